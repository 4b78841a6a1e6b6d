"""The HTML page without a browser: parsed markup, CSP, layout of the pictures."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from storyline.model import Brief, Derivation, Event, StoryInfo
from storyline.report import render
from storyline.report.svg_graph import layout
from storyline.report.svg_timeline import dated_columns, gap_label
from synthetic import HOSTILE, brief_with_titled_speaker, make_brief


class _Markup(HTMLParser):
    """Every tag with its attributes, and the text of <style> and <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self._inside: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._inside = tag

    def handle_endtag(self, tag):
        self._inside = None

    def handle_data(self, data):
        if self._inside:
            self.raw[self._inside].append(data)


def _parse(html: str) -> _Markup:
    markup = _Markup()
    markup.feed(html)
    return markup


def _sha(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module")
def hostile() -> str:
    return render(make_brief(hostile=True), "html")


def test_hostile_text_creates_no_markup(hostile):
    markup = _parse(hostile)
    names = {tag for tag, _ in markup.tags}
    assert [tag for tag, _ in markup.tags].count("script") == 1
    assert [tag for tag, _ in markup.tags].count("style") == 1
    assert not names & {"img", "iframe", "object", "embed", "link", "base", "form"}
    for tag, attrs in markup.tags:
        assert not [a for a in attrs if a.startswith("on")], tag
        href = attrs.get("href")
        assert href is None or href.startswith(("#", "https://", "http://")), href
    assert "window.__pwned" not in "".join(markup.raw["script"])
    assert hostile.count(HOSTILE) == 0  # never verbatim
    assert "&lt;script&gt;window.__pwned" in hostile


def test_csp_forbids_network_and_allows_only_the_pages_own_code(hostile):
    markup = _parse(hostile)
    metas = [attrs for tag, attrs in markup.tags if tag == "meta"]
    policy = next(a["content"] for a in metas if a.get("http-equiv") == "Content-Security-Policy")
    assert policy.startswith("default-src 'none';")
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert f"style-src {_sha(''.join(markup.raw['style']))};" in policy
    assert f"script-src {_sha(''.join(markup.raw['script']))};" in policy
    assert not re.search(r"(src|href)=\"(https?:)?//", hostile.split("<main>")[0])  # nothing fetched by the head


def test_same_brief_same_bytes():
    assert render(make_brief(), "html") == render(make_brief(), "html")


def test_every_citation_points_at_marked_text():
    html = render(make_brief(), "html")
    cited = set(" ".join(re.findall(r'data-cite="([^"]+)"', html)).split())
    marked = set(" ".join(re.findall(r'data-m="([^"]+)"', html)).split())
    assert cited and cited == marked
    for cid in cited:
        assert f'id="m-{cid}"' in html  # the "show in article" target exists


def test_graph_folds_copies_into_their_origin_and_rows_follow_derivation():
    brief = make_brief()
    nodes, edges, width, height = layout(brief)
    assert set(nodes) == {"wire", "blog", "herald"}
    assert nodes["wire"].copies == ["gazette"]
    assert [(child, parent, d.kind) for child, parent, d in edges] == [("blog", "wire", "excerpt")]
    assert nodes["blog"].y > nodes["wire"].y == nodes["herald"].y
    assert nodes["herald"].x > nodes["wire"].x  # its own origin group, to the right
    assert width > 0 and height > 0
    assert layout(brief)[0]["blog"].x == nodes["blog"].x  # deterministic


def test_graph_survives_cycles_and_copies_of_missing_articles():
    brief = make_brief()
    provenance = replace(brief.provenance, derivations=(
        Derivation("wire", "blog", "rewrite", 0.5, 0.5), Derivation("blog", "wire", "rewrite", 0.5, 0.5),
        Derivation("herald", "not-in-brief", "copy", 0.9, 0.9)))
    nodes = layout(replace(brief, provenance=provenance))[0]
    assert {"wire", "blog", "herald", "gazette"} == set(nodes)
    assert render(replace(brief, provenance=provenance), "html").count('class="g-node') == 4


def test_timeline_columns_and_gaps():
    events = (Event("2024-05-07", "day", "b", ()), Event("2019", "year", "a", ()), Event(None, "relative", "c", ()),
              Event("2024-05-07", "day", "b2", ()), Event("2024-05", "month", "m", ()),
              Event("2024-05-01", "day", "d", ()))
    columns = dated_columns(events)
    assert [label for _, label, _ in columns] == ["2019", "May 2024", "1 May 2024", "7 May 2024"]
    assert [number for number, _ in columns[3][2]] == [1, 4]
    assert [gap_label(d) for d in (1, 3, 15, 70, 800)] == ["1 day", "3 days", "2 weeks", "2 months", "2 years"]


def test_empty_and_article_less_briefs_render():
    empty = Brief(story=StoryInfo(title=None, articles=0), articles=())
    html = render(empty, "html")
    assert "<h1>Story brief</h1>" in html and "Not in this brief" in html
    bare = replace(make_brief(), provenance=None, claims=(), conflicts=(), quotes=(), entities=(), timeline=(),
                   summary=())
    html = render(bare, "html")
    assert 'id="summary"' not in html and "<svg" not in html
    assert "Provenance was not analysed" in html and html.count('class="article"') == 4


def test_many_origin_groups_wrap_into_bands_of_page_width():
    brief = make_brief()
    articles = tuple(replace(brief.articles[3], id=f"independent-{i}") for i in range(12))
    provenance = replace(brief.provenance, derivations=(), roles={}, groups={}, origins=tuple(a.id for a in articles))
    nodes, _, width, _ = layout(replace(brief, articles=articles, provenance=provenance))
    assert width <= 1100 + 16
    assert len({node.y for node in nodes.values()}) > 1  # several bands
    assert len({(node.x, node.y) for node in nodes.values()}) == 12  # no two cards on one spot


def test_claim_support_cell_names_the_quoting_outlet_apart():
    page = render(make_brief(), "html")
    assert ('<span title="Riverton Gazette, Wirepoint">2 articles</span><br><small>quoted by Bridge Watch</small>'
            in page)


def test_a_conflict_card_is_headed_by_what_differs():
    page = render(make_brief(), "html")
    assert "<h3>Figure: six weeks or two months</h3>" in page
    assert "claim-repairs" not in page


def test_speaker_heading_is_the_entity_name_with_the_role_apart():
    page = render(brief_with_titled_speaker(), "html")
    assert '<h3>Dana Okafor <span class="muted">city engineer</span></h3>' in page


def test_claims_one_article_states_are_folded_under_the_shared_ones():
    page = render(make_brief(), "html")
    shared, folded = page.split('<details class="claims-single"><summary>1 claim stated by one article only</summary>')
    assert "The Old Mill bridge was closed" in shared.split('id="claims"')[1]
    assert "the city acted as soon as it knew" in folded.split("</details>")[0]
    only_single = replace(make_brief(), claims=make_brief().claims[1:])
    assert 'class="claims-single"' not in render(only_single, "html")  # nothing shared: one table
