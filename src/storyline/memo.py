"""Memos that serve one story at a time.

A story repeats its names and wordings in pair after pair of units, so the
conflicts stage memoises what it computes from them; another story hardly
shares any, and a corpus run briefs thousands of stories in one process
(full memos would hold 150-250 MB in each). Functions memoised with
:func:`story_memo` are emptied together by :func:`forget` once a story is done.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def story_memo(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)`` that :func:`forget` empties."""
    def wrap(function: F) -> F:
        memo = lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(memo)
        return memo  # type: ignore[return-value]
    return wrap


def forget() -> None:
    """Empty every story memo."""
    for memo in _MEMOS:
        memo.cache_clear()
