"""Provenance: shared passages, paraphrase, credits, relations, origin groups and drift.

One concern per module: ``passages`` (verbatim and near-verbatim reuse),
``paraphrase`` (sentence alignment), ``credits`` (explicit credits),
``relations`` (the relation of a pair), ``origins`` (origin groups and roles),
``drift`` (facts a derivative changed), ``stage`` (the brief stage).
"""

from .stage import find_provenance, provenance

__all__ = ["find_provenance", "provenance"]
