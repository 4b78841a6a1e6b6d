"""Passes over the attributions found in one text: drop, trim and regroup them.

Each rule settles how two attributions of the same passage relate, following
PolNeAR's grouping: an indirect content that runs over a direct quote is cut or
dropped, a nested one kept only under a verb of saying, a quote reported
"according to" someone is the report's, and quotes carried on after a sentence
go to the attribution that sentence ended with.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from .cues import SAYING
from .quotedtext import Attribution, QuotedText
from .speakers import Range, strip_span

_GOES_ON = {"adding", "added", "explaining", "explained", "continuing", "continued"}


def hand_over(doc: QuotedText, found: list[Attribution]) -> list[Attribution]:
    """Quotes carried on after a direct quote's sentence go to a later cue of that sentence
    that announces more speech and shares the speaker ('“A,” he said, adding that B. “C.”':
    "C" is what he was adding), as PolNeAR annotates them ("referring to", "citing" do not
    take them)."""
    later: dict[Range, Attribution] = {}  # direct cue -> the last indirect of its sentence sharing its speaker
    by_cue = {a.cue: a for a in found if a.kind == "direct" and a.cue and len(a.content) > 1}
    for a in found:
        if a.kind != "indirect" or a.cue is None or doc.text[a.cue[0]:a.cue[1]].split()[-1] not in _GOES_ON:
            continue
        for cue, direct in by_cue.items():
            if direct.speaker == a.speaker and cue[1] <= a.cue[0] and a.content[-1][1] <= doc.sentence(cue[0])[1]:
                later[cue] = a
    moved: dict[Range, tuple[Range, ...]] = {}  # indirect cue -> parts handed over
    out = []
    for a in found:
        target = later.get(a.cue) if a.kind == "direct" else None
        if target is not None:
            keep = tuple(part for part in a.content if part[0] < target.content[-1][1])
            if keep and len(keep) < len(a.content):
                moved[target.cue] = a.content[len(keep):]
                a = Attribution(a.kind, keep, a.speaker, a.cue)
        out.append(a)
    return [Attribution(a.kind, (*a.content, *moved[a.cue]), a.speaker, a.cue) if a.cue in moved else a for a in out]


def trim_over_direct(text: str, found: list[Attribution]) -> list[Attribution]:
    """Cut an indirect content where a separately attributed direct quote begins."""
    starts = sorted(min(a.content[0][0], *(a.speaker or ()), *(a.cue or ()))
                    for a in found if a.kind == "direct")
    out = []
    for a in found:
        if a.kind == "indirect":
            start, end = a.content[0]
            index = bisect_right(starts, start)
            cut = starts[index] if index < len(starts) and starts[index] < end else None
            if cut is not None:
                start, end = strip_span(text, start, cut, " \t\n,;:—–")
                if len(text[start:end].split()) < 2:
                    continue
                a = Attribution(a.kind, ((start, end),), a.speaker, a.cue)
        out.append(a)
    return out


def drop_over_direct_cue(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop an indirect attribution whose content holds a direct quote's cue
    ('"...," said Bruce Willsie, who declined ...'), or, when its own cue is not a
    verb of saying, another's verb of saying ('issued a statement after Trump told
    a town hall that ...'): it runs over another attribution. "According to" may
    hold one ('"...," Sanders said, according to CNN')."""
    direct = sorted(a.cue[0] for a in found if a.kind == "direct" and a.cue)
    saying = sorted(a.cue[0] for a in found if a.kind == "indirect" and a.cue and _says(text, a))

    def holds(cues: list[int], a: Attribution) -> bool:
        index = bisect_left(cues, a.content[0][0])
        return index < len(cues) and cues[index] < a.content[-1][1]

    return [a for a in found if a.kind == "direct" or text[a.cue[0]:a.cue[1]].lower().startswith("according")
            or not (holds(direct, a) or (not _says(text, a) and holds(saying, a)))]


def drop_in_report_source(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop an attribution whose cue lies in what "according to" names ('According to a
    complaint filed by the SEC, ...'): the verb describes the source, it reports nothing."""
    sources = [a.speaker for a in found if a.kind == "indirect" and a.cue and a.speaker
               and text[a.cue[0]:a.cue[1]].lower().startswith("according")]
    return [a for a in found if a.cue is None or text[a.cue[0]:a.cue[1]].lower().startswith("according")
            or not any(start <= a.cue[0] < end for start, end in sources)]


def drop_reported(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop a direct quote that, with its cue, is the content of an "according to"
    ('“...,” Walker said, according to an AP account.'): PolNeAR annotates the report
    only (28 of 28 such contents in train); the quote's later parts go to the report."""
    reports = {a.content[0]: a for a in found if a.kind == "indirect" and a.cue
               and text[a.cue[0]:a.cue[1]].lower().startswith("according")}
    rest: dict[Range, tuple[Range, ...]] = {}  # report content -> parts of the quote after it
    out = []
    for a in found:
        report = next((r for r in reports if a.kind == "direct" and a.cue is not None
                       and r[0] <= a.content[0][0] and a.cue[1] <= r[1]), None)
        if report is None:
            out.append(a)
        else:
            rest[report] = tuple(part for part in a.content if part[0] >= report[1])
    return [Attribution(a.kind, (*a.content, *rest[a.content[0]]), a.speaker, a.cue)
            if a.kind == "indirect" and a.content[0] in rest and reports.get(a.content[0]) is a else a for a in out]


def _says(text: str, a: Attribution) -> bool:
    return text[a.cue[0]:a.cue[1]].split()[-1].lower() in SAYING


def drop_nested(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop an indirect attribution whose cue and content lie inside another's
    content, unless its cue is a verb of saying that addresses no one: PolNeAR annotates
    "X said that Y believed Z" once but "X wrote that Y said Z" twice."""
    parts = sorted(part for a in found for part in a.content)
    starts = [s for s, _ in parts]
    reach = list(accumulate((e for _, e in parts), max))

    def nested(a: Attribution) -> bool:
        index = bisect_left(starts, min(a.content[0][0], a.cue[0])) - 1
        return index >= 0 and reach[index] >= a.content[-1][1]

    return [a for a in found if a.kind == "direct" or a.cue is None or not nested(a)
            or (_says(text, a) and text[a.cue[0]:a.cue[1]].split()[-1].lower() not in _ADDRESSING)]


#: Verbs of saying that address someone: nested in another content ("X said he had told Y
#: that ..."), PolNeAR annotates them in 5 of 31 cases in train, against 68 of 103 for "say".
_ADDRESSING = {"told", "tells", "tell", "telling", "asked", "asks", "asking"}


def carry_on(doc: QuotedText, found: list[Attribution], free: list[Attribution]) -> list[Attribution]:
    """A free quote opening the sentence right after an indirect attribution's sentence
    continues it (``Clinton “drew well” there, said Paul Beck. “That was her base.”``), as
    one opening the sentence after a direct quote's does; other free quotes stay apart."""
    by_end: dict[int, int] = {}  # end of an indirect attribution's sentence -> its index in found
    for index, a in enumerate(found):
        if a.kind == "indirect" and a.cue is not None:
            by_end[max(doc.sentence(a.cue[0])[1], a.content[-1][1])] = index
    out = list(found)
    for a in free:
        start = a.content[0][0]
        end = start
        while end > 0 and doc.text[end - 1].isspace():
            end -= 1
        index = by_end.get(end)
        if index is not None and doc.sentence(start)[0] == start:
            target = out[index]
            out[index] = Attribution(target.kind, (*target.content, *a.content), target.speaker, target.cue)
        else:
            out.append(a)
    return out


