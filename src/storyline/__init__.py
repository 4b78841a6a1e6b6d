"""Storyline: turn a pile of news articles into a sourced story brief."""

from __future__ import annotations

__version__ = "0.1.0"

from .brief import brief, build_brief, read_articles
from .model import Article, Brief, Document, Span
from .settings import Settings

__all__ = ["Article", "Brief", "Document", "Settings", "Span", "__version__", "brief",
           "build_brief", "read_articles"]
