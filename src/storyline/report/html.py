"""The brief as ONE self-contained HTML page.

Inline CSS, JS and SVG only; no network request of any kind, so it works
from ``file://`` and offline. A Content-Security-Policy meta forbids every
fetch (``default-src 'none'``) and allows only this page's own style and
script, by their SHA-256 hashes: even if an escaping bug let article text
into the markup, an injected script or style would not run.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources

from ..model import Brief
from .html_articles import articles_html
from .html_common import Citations, esc
from .html_sections import (
    claims_html,
    conflicts_html,
    entities_html,
    problems_html,
    quotes_html,
    sources_html,
    standfirst,
    summary_html,
    timeline_html,
)
from .words import headline


@cache
def asset(name: str) -> str:
    """A packaged file of ``report/templates``."""
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def csp_hash(code: str) -> str:
    """The CSP source expression allowing exactly this inline code."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    return (f"default-src 'none'; style-src {csp_hash(style)}; script-src {csp_hash(script)}; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


_ARTICLES_LEGEND = (
    '<p class="intro legend">In the text: <span class="swatch q">quoted from another report</span> '
    '<span class="swatch sh">shared with another article</span> <span class="swatch cr">credits an outlet</span> '
    '<span class="swatch key-lit">supports what you clicked</span> <span class="cut">✂</span> cleaning cut something '
    "here (each article's audit says what and why). Hover a highlight for details.</p>"
)


def _section(anchor: str, title: str, body: str, intro: str = "") -> str:
    lead = f'<p class="intro">{esc(intro)}</p>' if intro else ""
    return f'<section id="{anchor}"><h2>{esc(title)}</h2>{lead}{body}</section>'


_NAV = {"conflicts": "Disagreements"}  # short labels for the navigation bar


def render_html(brief: Brief) -> str:
    """The whole page; the same brief gives the same bytes."""
    citations = Citations(brief)
    title = headline(brief)
    # Sections that cite come first so every cited span has its id before the articles are drawn.
    sections = [
        ("summary", "Summary", summary_html(brief, citations), ""),
        ("sources", "Sources", sources_html(brief, citations), ""),
        ("claims", "Claims", claims_html(brief, citations),
         "Each fact with how many independent origins stand behind it, next to the raw article count."),
        ("conflicts", "Where outlets disagree", conflicts_html(brief, citations), ""),
        ("quotes", "Who said what", quotes_html(brief, citations), ""),
        ("timeline", "Timeline", timeline_html(brief, citations), ""),
        ("entities", "People, organisations and places", entities_html(brief), ""),
    ]
    present = [s for s in sections if s[2]]
    missing = [title.lower() for anchor, title, body, _ in sections if not body and anchor != "entities"]
    body = [_section(anchor, title, html, intro) for anchor, title, html, intro in present]
    if missing:
        body.insert(0, f'<p class="muted note absent">Not in this brief: {esc(", ".join(missing))} '
                       "(the stages that make them did not run or found nothing).</p>")
    body.append(_section("articles", "The articles", _ARTICLES_LEGEND + articles_html(brief, citations)))
    body.append(problems_html(brief))
    nav_items = [(anchor, title) for anchor, title, _, _ in present if anchor != "entities"]
    nav_items.append(("articles", "Articles"))
    style, script = asset("brief.css"), asset("brief.js")
    nav = "".join(f'<a href="#{anchor}">{esc(_NAV.get(anchor, label))}</a>' for anchor, label in nav_items)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(style, script)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{esc(title)} — Storyline brief</title><style>{style}</style></head><body>"
        f'<header class="masthead"><p class="kicker">Storyline brief</p><h1>{esc(title)}</h1>'
        f'<p class="standfirst">{esc(standfirst(brief))}</p><nav>{nav}</nav></header>'
        f'<main>{"".join(body)}</main>'
        '<footer><p>Every statement links to the sentences that support it. Generated offline by Storyline; '
        "article text is shown as text and never run.</p></footer>"
        f"<script>{script}</script></body></html>\n"
    )
