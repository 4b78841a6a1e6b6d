"""The bundled static embedding model (wordllama, 256-d), loaded offline.

wordllama's wheel ships its weights and tokenizer, but its loader looks for
the tokenizer in a folder it does not ship under and then tries to download
it. Pointing ``cache_dir`` at the package itself finds both files with no
network access.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from threading import Lock

import numpy as np


@lru_cache(maxsize=1)
def model():
    """The wordllama model, loaded once per process (about 0.2 s)."""
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


#: distinct texts whose vectors are kept (~1 KB each): more than one story's sentences
CACHE_SIZE = 8192
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = Lock()


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised embeddings, shape ``(len(texts), 256)``, float32.

    Each distinct text is embedded once and kept (the last :data:`CACHE_SIZE`): the
    stages of one brief embed the same sentences (claims, timeline, provenance) and a
    story's copies repeat them. wordllama embeds every text on its own (a batch gives
    the same bits as one text at a time), so the cache changes no value.
    """
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    with _lock:
        found = {text: _cache[text] for text in texts if text in _cache}
    missing = [text for text in dict.fromkeys(texts) if text not in found]
    if missing:
        vectors = np.asarray(model().embed(missing), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        found.update(zip(missing, (row.copy() for row in vectors / norms), strict=True))  # rows own their memory
    with _lock:
        for text in dict.fromkeys(texts):
            _cache[text] = found[text]
            _cache.move_to_end(text)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return np.stack([found[text] for text in texts])
