"""Conflicts: aligned statements of different outlets whose values disagree.

Every pair of aligned units (same claim, or a candidate pair scoring high
enough) from different reports is compared value by value, each kind of value
by its own module:

- :mod:`.numbers` -- **number**: amounts counting the same thing whose
  tolerance intervals do not overlap;
- :mod:`.when` -- **date**: calendar values that disagree at their common
  precision (and which days each report tells of);
- :mod:`.names` -- **spelling** and **name**: one name spelled two ways, or
  another name in the same place of otherwise matching wording;
- :mod:`.polarity` -- **polarity**: one side negates what the other affirms.

:mod:`.view` holds a unit's values and the wording comparisons all of them
read; :mod:`.stage` runs the comparisons over the alignment, :mod:`.series`
drops runs of values and :mod:`.merge` joins the findings into conflicts.
"""

from .stage import conflicts
from .when import anchors

__all__ = ["anchors", "conflicts"]
