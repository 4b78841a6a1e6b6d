"""The articles themselves: clean text with highlights, and the cleaning audit.

The text is cut at every boundary of every mark (quoted passage, passage
shared with another article, credit, cited span, cleaning cut) and each piece
becomes a ``<span>`` carrying the classes and citation ids that cover it, so
overlapping marks need no nesting.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..model import Article, Brief
from .html_common import Citations, esc
from .words import human_date, outlet, plural, short


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    css: str = ""  # a class name
    cite: str = ""  # a citation id
    title: str = ""


def _marks(article: Article, brief: Brief, citations: Citations) -> list[_Mark]:
    names = {a.id: outlet(a) for a in brief.articles}
    marks = [_Mark(q.start, q.end, "q", title=f"quoted from {q.source}" if q.source else "quoted passage")
             for q in article.quoted]
    provenance = brief.provenance
    if provenance is not None:
        for d in provenance.derivations:
            for p in d.passages:
                if d.article == article.id:
                    marks.append(_Mark(p.start, p.end, "sh", title=f"{p.kind} from {names.get(d.source, d.source)}"))
                if d.source == article.id:
                    marks.append(_Mark(p.source_start, p.source_end, "sh",
                                       title=f"reused by {names.get(d.article, d.article)} ({p.kind})"))
        marks += [_Mark(c.start, c.end, "cr", title=f"credits {c.source}")
                  for c in provenance.credits if c.article == article.id]
    marks += [_Mark(start, end, cite=cid) for start, end, cid in citations.marks(article.id)]
    size = len(article.text)
    return [m for m in marks if 0 <= m.start < m.end <= size]


def _cuts(article: Article) -> dict[int, list[str]]:
    """Where cleaning removed something: offset -> reasons."""
    cuts: dict[int, list[str]] = {}
    for removal in article.removed:
        cuts.setdefault(min(max(removal.at, 0), len(article.text)), []).append(removal.reason)
    return cuts


def article_text_html(article: Article, brief: Brief, citations: Citations) -> str:
    """The clean text as paragraphs of escaped, marked-up pieces."""
    text = article.text
    marks = _marks(article, brief, citations)
    cuts = _cuts(article)
    bounds = {0, len(text), *cuts}
    for mark in marks:
        bounds.update((mark.start, mark.end))
    for index, char in enumerate(text):
        if char == "\n":
            bounds.update((index, index + 1))
    points = sorted(bounds)
    starts = sorted(marks, key=lambda m: m.start)
    active: list[_Mark] = []
    next_mark, first_seen = 0, set()
    paragraphs: list[list[str]] = [[]]
    for start, end in itertools.pairwise(points):
        for reason in cuts.get(start, ()):
            paragraphs[-1].append(f'<span class="cut" title="removed here: {esc(reason)}">✂</span>')
        while next_mark < len(starts) and starts[next_mark].start <= start:
            active.append(starts[next_mark])
            next_mark += 1
        active = [m for m in active if m.end > start]
        piece = text[start:end]
        if piece == "\n":
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(_piece(piece, active, first_seen))
    for reason in cuts.get(len(text), ()) if text else ():
        paragraphs[-1].append(f'<span class="cut" title="removed here: {esc(reason)}">✂</span>')
    return "".join(f"<p>{''.join(p)}</p>" for p in paragraphs if p)


def _piece(piece: str, active: list[_Mark], first_seen: set[str]) -> str:
    if not active:
        return esc(piece)
    classes = sorted({m.css for m in active if m.css})
    cites = sorted({m.cite for m in active if m.cite}, key=lambda c: int(c[1:]))
    titles = sorted({m.title for m in active if m.title})
    new = [c for c in cites if c not in first_seen]
    first_seen.update(new)
    anchors = "".join(f'<span class="anchor" id="m-{c}"></span>' for c in new)
    attrs = ""
    if cites:
        classes.append("m")
        attrs += f' data-m="{" ".join(cites)}"'
    if classes:
        attrs += f' class="{" ".join(classes)}"'
    if titles:
        attrs += f' title="{esc("; ".join(titles))}"'
    return f"{anchors}<span{attrs}>{esc(piece)}</span>"


def _audit(article: Article) -> str:
    if not article.removed:
        return '<p class="muted">Cleaning removed nothing from this article.</p>'
    items = "".join(f'<li><span class="reason">{esc(r.reason)}</span> <span class="removed">{esc(short(r.text, 400))}'
                    f"</span></li>" for r in article.removed)
    return (f'<details class="audit"><summary>Cleaning audit: {plural(len(article.removed), "passage")} removed '
            f'(marked ✂ in the text)</summary><ul>{items}</ul></details>')


def articles_html(brief: Brief, citations: Citations) -> str:
    """Every article, folded, with its highlights and its cleaning audit."""
    provenance = brief.provenance
    out = []
    for article in brief.articles:
        dom_id = citations.dom_ids[article.id]
        role = provenance.roles.get(article.id, "independent") if provenance else ""
        meta = " · ".join(part for part in (human_date(article.published), ", ".join(article.authors), role) if part)
        link = ""
        if article.url and article.url.lower().startswith(("https://", "http://")):
            link = (f'<a class="ext" href="{esc(article.url)}" rel="noopener noreferrer nofollow">'
                    f"{esc(short(article.url, 80))}</a>")
        elif article.url:
            link = f'<span class="ext">{esc(short(article.url, 80))}</span>'
        out.append(
            f'<details class="article" id="{dom_id}"><summary><span class="a-outlet">{esc(outlet(article))}</span> '
            f'<span class="a-title">{esc(article.title or "(untitled)")}</span> '
            f'<span class="a-meta">{esc(meta)}</span></summary>'
            f'<div class="a-body">{link}{article_text_html(article, brief, citations)}{_audit(article)}</div></details>'
        )
    return "".join(out)
