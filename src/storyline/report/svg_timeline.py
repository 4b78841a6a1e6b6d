"""The timeline as an inline SVG time axis.

Dated events sit on a horizontal axis, one column per distinct date in
chronological order; the time between two columns is written on the axis
("4 years"), and long gaps are drawn as a broken axis. Evenly spaced columns
keep a story with one event in 2019 and ten on one day readable, while the
gap labels keep the distances honest.
"""

from __future__ import annotations

from datetime import date

from ..model import Event
from .html_common import esc
from .words import date_label, event_day, short

COL_W, AXIS_Y, LINE_H, MARGIN = 200, 58, 15, 18


def gap_label(days: int) -> str:
    """A gap in words: ``1 day``, ``3 weeks``, ``10 months``, ``4 years``."""
    for size, unit in ((365, "year"), (30, "month"), (7, "week"), (1, "day")):
        if days >= size * (2 if size > 1 else 1) or size == 1:
            count = max(days // size, 1)
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return ""


def _wrap(text: str, width: int = 23, lines: int = 3) -> list[str]:
    out: list[str] = []
    for word in text.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > lines:
        out = [*out[: lines - 1], short(" ".join(out[lines - 1 :]), width)]
    return [short(line, width + 1) for line in out]


def dated_columns(events: tuple[Event, ...]) -> list[tuple[date, str, list[tuple[int, Event]]]]:
    """Dated events grouped by day and precision ("May 2024" and "1 May 2024" apart), numbered as listed."""
    columns: dict[tuple[date, str], list[tuple[int, Event]]] = {}
    for number, event in enumerate(events, 1):
        day = event_day(event)
        if day is not None:
            columns.setdefault((day, date_label(event)), []).append((number, event))
    ordered = sorted(columns.items(), key=lambda item: (item[0][0], len(item[0][1]), item[0][1]))
    return [(day, label, items) for (day, label), items in ordered]


def timeline_svg(events: tuple[Event, ...]) -> str:
    """The axis with every dated event, or an empty string when none is dated."""
    columns = dated_columns(events)
    if not columns:
        return ""
    width = MARGIN * 2 + COL_W * len(columns)
    parts, height = [], AXIS_Y + 40
    for index, (day, label, items) in enumerate(columns):
        x = MARGIN + COL_W * index + COL_W / 2
        parts.append(f'<text class="t-date" x="{x:.0f}" y="{AXIS_Y - 16}">{esc(label)}</text>')
        parts.append(f'<circle class="t-dot" cx="{x:.0f}" cy="{AXIS_Y}" r="6"/>')
        y = AXIS_Y + 44
        for number, event in items:
            lines = _wrap(event.text)
            spans = "".join(f'<tspan x="{x - COL_W / 2 + 30:.0f}" dy="{0 if i == 0 else LINE_H}">{esc(line)}</tspan>'
                            for i, line in enumerate(lines))
            parts.append(f'<g class="t-event"><title>{esc(event.text)}</title>'
                         f'<circle class="t-num" cx="{x - COL_W / 2 + 18:.0f}" cy="{y - 4}" r="9"/>'
                         f'<text class="t-numtext" x="{x - COL_W / 2 + 18:.0f}" y="{y}">{number}</text>'
                         f'<text class="t-text" y="{y}">{spans}</text></g>')
            y += LINE_H * len(lines) + 14
        height = max(height, y)
        if index:
            gap = (day - columns[index - 1][0]).days
            mid = x - COL_W / 2
            parts.append(f'<text class="t-gap" x="{mid:.0f}" y="{AXIS_Y + 16}">{esc(gap_label(gap))}</text>')
            if gap > 60:
                parts.append(f'<path class="t-break" d="M{mid - 7:.0f},{AXIS_Y + 6} l6,-12 M{mid + 1:.0f},{AXIS_Y + 6} '
                             f'l6,-12"/>')
    axis = f'<line class="t-axis" x1="{MARGIN}" y1="{AXIS_Y}" x2="{width - MARGIN}" y2="{AXIS_Y}"/>'
    return (f'<svg class="timeline" role="img" aria-labelledby="timeline-title" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="timeline-title">Timeline of the dated events</title>{axis}{"".join(parts)}</svg>')
