"""Multi-document summary: extractive, deletion-only compression, cited.

One concern a module, sumy-style: ``text`` (words, stems, stop words),
``candidates`` (news preprocessing), ``compress`` (deletion rules),
selectors ``concepts`` (bigram-concept ILP, the default), ``submodular`` and
``centroid``, ``order``, ``cite`` (support), ``core`` (the pipeline) and
``stage`` (the brief stage).
"""

from .core import DEFAULT_METHOD, METHODS, extract
from .stage import articles_from_texts, summarize, summarize_texts

__all__ = ["DEFAULT_METHOD", "METHODS", "articles_from_texts", "extract", "summarize", "summarize_texts"]
