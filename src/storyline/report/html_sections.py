"""The sections of the HTML report that read the brief's analyses.

Each function returns an HTML fragment (every brief string escaped) or a
short note saying the analysis is not in this brief, so a brief whose stages
did not run still renders as a calm, honest page.
"""

from __future__ import annotations

from ..model import Article, Brief, Claim, Provenance
from .html_common import Citations, esc
from .svg_graph import derivation_svg
from .svg_timeline import timeline_svg
from .words import (
    articles_and_outlets,
    bound_note,
    claim_outlets,
    conflict_title,
    date_label,
    human_date,
    in_words,
    outlet,
    plural,
    published_cell,
    ranked_claims,
    short,
    side_label,
    speaker_groups,
)


def _note(text: str) -> str:
    return f'<p class="muted note">{esc(text)}</p>'


def _origins(brief: Brief) -> int:
    return len(brief.provenance.origins) if brief.provenance else len(brief.articles)


def standfirst(brief: Brief) -> str:
    """One line under the headline: how many articles, outlets, origins, which days."""
    days = sorted(a.published[:10] for a in brief.articles if a.published)
    parts = [articles_and_outlets(brief.articles)]
    if brief.provenance is not None:
        parts.append(in_words(_origins(brief), "independent origin"))
    if days:
        first, last = human_date(days[0]), human_date(days[-1])
        parts.append(first if first == last else f"{first} – {last}")
    bound = bound_note(brief.story)
    if bound:
        parts.append(bound[0].lower() + bound[1:])
    return " · ".join(parts)


def summary_html(brief: Brief, citations: Citations) -> str:
    if not brief.summary:
        return ""
    sentences = []
    for number, sentence in enumerate(brief.summary, 1):
        tip = (f"{plural(sentence.support, 'article')}, {plural(sentence.independent_support, 'independent source')}"
               f" — click to see the sentences")
        marker = citations.button(sentence.mentions, str(number), tip)
        sentences.append(f'<span class="sum-s">{esc(sentence.text)}</span>{marker}')
    return f'<p class="summary">{" ".join(sentences)}</p>'


def _derived_from(article_id: str, provenance: Provenance, citations: Citations) -> str:
    found = sorted((d for d in provenance.derivations if d.article == article_id), key=lambda d: -d.confidence)
    return "; ".join(f"{esc(d.kind)} of {citations.source_link(d.source)} ({round(d.share * 100)}%)"
                     for d in found if d.source in citations.articles)


def sources_html(brief: Brief, citations: Citations) -> str:
    provenance = brief.provenance
    rows = []
    for article in brief.articles:
        cells = (f"<td>{citations.source_link(article.id)}</td><td>{esc(article.title or '')}</td>"
                 f'<td class="nowrap">{esc(published_cell(article))}</td>')
        if provenance is not None:
            role = provenance.roles.get(article.id, "independent")
            cells += (f'<td><span class="role role-{esc(role)}">{esc(role)}</span></td>'
                      f"<td>{_derived_from(article.id, provenance, citations) or '—'}</td>")
        rows.append(f"<tr>{cells}</tr>")
    head = "<th>Outlet</th><th>Title</th><th>Date</th>"
    if provenance is not None:
        head += "<th>Role</th><th>Kind of derivation</th>"
    table = (f'<div class="table-wrap"><table class="sources"><thead><tr>{head}</tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table></div>')
    if provenance is None:
        return _note("Provenance was not analysed: every article counts as its own source.") + table
    count = (f'<p class="origins"><strong>{plural(len(brief.articles), "article")}, '
             f'{in_words(_origins(brief), "independent origin")}</strong>.</p>')
    graph = derivation_svg(brief, citations.dom_ids)
    legend = ('<p class="legend"><span class="key key-origin"></span> origin '
              '<span class="key key-derived"></span> derived · arrows point to the article a text comes from; '
              'copies are stacked on the card they copy.</p>')
    return f'{count}<div class="graph-wrap">{graph}</div>{legend}{table}'


def _meter(independent: int, support: int) -> str:
    dots = "".join('<span class="dot dot-ind"></span>' if i < independent else '<span class="dot"></span>'
                   for i in range(min(support, 12)))
    return f'<span class="meter" aria-hidden="true">{dots}</span>'


def _support_cell(claim: Claim, articles: dict[str, Article]) -> str:
    """The article count, naming the outlets counted; outlets that only quote them are listed apart."""
    counted, quoting = claim_outlets(claim.mentions, articles)
    cell = f'<span title="{esc(", ".join(counted))}">{plural(claim.support, "article")}</span>'
    if quoting:
        cell += f'<br><small>quoted by {esc(", ".join(quoting))}</small>'
    return cell


def claims_html(brief: Brief, citations: Citations) -> str:
    if not brief.claims:
        return ""
    shared, single = ranked_claims(brief)
    html = _claims_table(shared, brief, citations)
    if single:
        html += (f'<details class="claims-single"><summary>{plural(len(single), "claim")} stated by one article '
                 f'only</summary>{_claims_table(single, brief, citations)}</details>')
    return html


def _claims_table(claims: list[Claim], brief: Brief, citations: Citations) -> str:
    articles = {a.id: a for a in brief.articles}
    rows = "".join(
        f'<tr><td>{esc(c.text)}{citations.button(c.mentions, "›", "show where it is stated")}</td>'
        f'<td class="num"><strong>{c.independent_support}</strong> independent</td>'
        f'<td class="num">{_support_cell(c, articles)}</td><td>{_meter(c.independent_support, c.support)}</td></tr>'
        for c in claims
    )
    head = ('<th>Claim</th><th>Independent support</th><th>Articles</th>'
            '<th><span class="sr">support</span></th>')
    table = f'<table class="claims"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    return f'<div class="table-wrap">{table}</div>'


def _drift_html(brief: Brief, citations: Citations) -> str:
    if brief.provenance is None or not brief.provenance.drift:
        return ""
    items = []
    for drift in brief.provenance.drift:
        if drift.derived.article not in citations.articles or drift.source.article not in citations.articles:
            continue
        items.append(
            f'<li class="drift"><span class="badge badge-drift">drift</span> '
            f'<blockquote>{citations.source_link(drift.source.article)}: {citations.excerpt(drift.source)}'
            f'{citations.button([drift.source], "›")}</blockquote>'
            f'<blockquote>{citations.source_link(drift.derived.article)} (derived): {citations.excerpt(drift.derived)}'
            f'{citations.button([drift.derived], "›")}</blockquote></li>')
    if not items:
        return ""
    return ('<h3>Changed in copying</h3><p class="muted">Sentences a derived article took from its source '
            f'and altered.</p><ul class="drifts">{"".join(items)}</ul>')


def conflicts_html(brief: Brief, citations: Citations) -> str:
    drift = _drift_html(brief, citations)
    if not brief.conflicts:
        return drift
    cards = []
    for conflict in brief.conflicts:
        drifted = conflict.kind == "drift" or any(v.role == "derived" for v in conflict.values)
        sides = []
        for value in conflict.values:
            quotes = "".join(f"<blockquote>{citations.source_link(m.article)}: {citations.excerpt(m)}</blockquote>"
                             for m in value.mentions if m.article in citations.articles)
            outlets = sorted({outlet(citations.articles[m.article]) for m in value.mentions
                              if m.article in citations.articles})
            label = esc(side_label(conflict, value))
            sides.append(f'<div class="side side-{esc(value.role)}"><div class="value">{label}</div>'
                         f'<div class="side-meta">{esc(value.role)} · {esc(", ".join(outlets))}'
                         f'{citations.button(value.mentions, "›")}</div>{quotes}</div>')
        badges = f'<span class="badge">{esc(conflict.kind)}</span>'
        if drifted and conflict.kind != "drift":
            badges += ' <span class="badge badge-drift" title="a derived article departs from its source">drift</span>'
        cards.append(f'<article class="conflict">{badges} <span class="conf">confidence '
                     f'{round(conflict.confidence * 100)}%</span>'
                     f'<h3>{esc(conflict_title(conflict))}</h3><div class="sides">{"".join(sides)}</div>'
                     "</article>")
    return "".join(cards) + drift


def quotes_html(brief: Brief, citations: Citations) -> str:
    if not brief.quotes:
        return ""
    blocks = []
    for group in speaker_groups(brief.quotes, citations.articles, brief.entities):
        items = []
        for quote in group.quotes:
            text = esc(quote.text)
            body = f"“{text}”" if quote.kind == "direct" else f'<span class="indirect">{text}</span>'
            who = f'<span class="who">{esc(quote.speaker.text)}</span>' if group.anonymous else ""
            said = ", ".join(p for p in (who, esc(quote.cue)) if p)
            reported = sorted({outlet(citations.articles[m.content.article]) for m in quote.mentions
                               if m.content.article in citations.articles})
            meta = " · ".join(p for p in (said, esc(quote.kind), f'reported by {esc(", ".join(reported) or "—")}') if p)
            items.append(f'<li class="quote quote-{esc(quote.kind)}"><p>{body}</p><p class="q-meta">{meta}'
                         f'{citations.button([m.content for m in quote.mentions], "›")}</p></li>')
        blocks.append(f'<div class="speaker"><h3>{esc(group.name)} <span class="muted">{esc(group.role)}</span></h3>'
                      f'<ul class="quotes">{"".join(items)}</ul></div>')
    return "".join(blocks)


def timeline_html(brief: Brief, citations: Citations) -> str:
    if not brief.timeline:
        return ""
    items = "".join(
        f'<li><span class="t-when">{esc(date_label(e) if e.date else e.precision)}</span> {esc(e.text)}'
        f"{citations.button(e.mentions, '›')}</li>"
        for e in brief.timeline
    )
    return f'<div class="timeline-wrap">{timeline_svg(brief.timeline)}</div><ol class="events">{items}</ol>'


def entities_html(brief: Brief) -> str:
    if not brief.entities:
        return ""
    chips = "".join(f'<li><span class="e-type">{esc(e.type)}</span> {esc(e.name)}'
                    f'{" — " + esc(", ".join(e.roles)) if e.roles else ""} '
                    f'<span class="muted">{plural(len(e.mentions), "mention")}</span></li>'
                    for e in sorted(brief.entities, key=lambda e: (-len(e.mentions), e.name))[:40])
    return f'<ul class="entities">{chips}</ul>'


def problems_html(brief: Brief) -> str:
    if not brief.problems:
        return ""
    items = "".join(f"<li>{esc(short(str(p), 300))}</li>" for p in brief.problems)
    return f'<section id="problems"><h2>Inputs skipped</h2><ul>{items}</ul></section>'
