"""Renderers of a :class:`~storyline.model.Brief`: JSON (the contract), Markdown, HTML."""

from __future__ import annotations

from ..model import Brief
from .html import render_html
from .json import render_json
from .markdown import render_markdown

FORMATS = ("json", "md", "html")


def render(brief: Brief, fmt: str) -> str:
    """The brief in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return render_json(brief)
    if fmt == "md":
        return render_markdown(brief)
    if fmt == "html":
        return render_html(brief)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
