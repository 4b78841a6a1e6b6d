"""Renderers of a :class:`~storyline.model.Brief`: JSON (the contract), Markdown, HTML.

Each renderer is imported when first asked for, so listing :data:`FORMATS` costs nothing.
"""

from __future__ import annotations

from ..model import Brief

FORMATS = ("json", "md", "html")
_ALIASES = {"markdown": "md", "htm": "html"}


def format_name(text: str) -> str:
    """A format as a user may type it ("Markdown", "HTML") to its name in :data:`FORMATS`."""
    name = text.strip().lower()
    return _ALIASES.get(name, name)


def render(brief: Brief, fmt: str) -> str:
    """The brief in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        from .json import render_json

        return render_json(brief)
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(brief)
    if fmt == "html":
        from .html import render_html

        return render_html(brief)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
