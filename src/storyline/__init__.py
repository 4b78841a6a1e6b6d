"""Storyline: turn a pile of news articles into a sourced story brief.

The public names are imported on first use (PEP 562), so that ``storyline --help``
does not pay for the analysis stages and their libraries.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .brief import brief, build_brief, read_articles
    from .model import Article, Brief, Document, Span
    from .settings import Settings

#: public name -> the submodule defining it
_EXPORTS = {
    "Article": ".model", "Brief": ".model", "Document": ".model", "Span": ".model",
    "Settings": ".settings", "brief": ".brief", "build_brief": ".brief", "read_articles": ".brief",
}

__all__ = ["Article", "Brief", "Document", "Settings", "Span", "__version__", "brief",
           "build_brief", "read_articles"]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name], __name__), name)
    setattr(sys.modules[__name__], name, value)
    return value


class _Package(ModuleType):
    """Keeps ``storyline.brief`` the function even once the submodule of that name is imported
    (the import system would otherwise set the attribute to the module)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "brief" and isinstance(value, ModuleType):
            value = value.brief
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
