"""The bundled static embedding model (wordllama, 256-d), loaded offline.

wordllama's wheel ships its weights and tokenizer, but its loader looks for
the tokenizer in a folder it does not ship under and then tries to download
it. Pointing ``cache_dir`` at the package itself finds both files with no
network access.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np


@lru_cache(maxsize=1)
def model():
    """The wordllama model, loaded once per process (about 0.2 s)."""
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised embeddings, shape ``(len(texts), 256)``, float32."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    vectors = np.asarray(model().embed(texts), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms
