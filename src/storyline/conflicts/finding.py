"""One disagreement between two aligned units, as a value rule finds it: the stage
collects them, :mod:`.series` drops runs of values and :mod:`.merge` joins the rest
into conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One disagreement between units ``a`` and ``b`` (indices into the alignment)."""

    kind: str
    a: int
    b: int
    value_a: str
    normal_a: str
    value_b: str
    normal_b: str
    confidence: float
