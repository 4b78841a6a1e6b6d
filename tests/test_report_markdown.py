"""Markdown output, checked by structure rather than by snapshot."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from storyline.brief import demo_paths, read_articles
from storyline.model import Brief, Conflict, ConflictValue, Quote, QuoteMention, Span, Speaker, StoryInfo
from storyline.report import render
from storyline.report.words import outlet
from synthetic import brief_with_titled_speaker, make_brief


@pytest.fixture(scope="module")
def full() -> str:
    return render(make_brief(), "md")


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def _unescaped(char: str, line: str) -> int:
    return len(re.findall(r"(?<!\\)" + re.escape(char), line))


def test_sections_in_reading_order(full):
    names = [h for h in _headings(full) if h.startswith("## ")]
    assert names == ["## Summary", "## Sources", "## Claims", "## Where outlets disagree", "## Who said what",
                     "## Who is who", "## Timeline", "## Cut from the scraped text"]


def test_every_summary_sentence_has_a_footnote_quoting_its_support(full):
    summary = full.split("## Summary\n\n", 1)[1].split("\n", 1)[0]
    refs = re.findall(r"\[\^(\d+)\]", summary)
    assert refs == ["1", "2"]
    notes = {m.group(1): m.group(2) for m in re.finditer(r"^\[\^(\d+)\]: (.+)$", full, re.M)}
    assert set(notes) == set(refs)
    assert notes["1"].startswith("2 articles, 1 independent source. ")
    assert "Wirepoint: “RIVERTON (Wirepoint) -- **The Old Mill bridge" in notes["1"]
    assert "Herald: “She said repairs would take **two months**" in notes["2"]


def test_sources_table_has_roles_and_independent_origins(full):
    rows = [line for line in full.split("## Sources", 1)[1].split("\n## ", 1)[0].splitlines()
            if line.startswith("|")]
    assert rows[0] == "| Outlet | Title | Date | Role | Derived from |"
    assert len(rows) == 2 + 4
    assert all(_unescaped("|", row) == 6 for row in rows)
    assert "| copy | copy of Wirepoint (90%) |" in rows[3]
    undated = render(replace(make_brief(), articles=tuple(replace(a, published=None) for a in make_brief().articles)),
                     "md")
    assert "| undated | origin |" in undated  # an empty cell reads as missing data
    assert "**4 articles, two independent origins**: Wirepoint, Herald." in full


def test_conflicts_quotes_and_timeline(full):
    assert "### Figure: six weeks or two months (number)" in full  # what differs, not the claim id
    assert "### Figure: 9,000 or 12,000 (drift in a derived article)" in full
    assert "- **12,000** (derived; Riverton Gazette)" in full
    speakers = [h for h in _headings(full.split("## Who said what", 1)[1].split("\n## ", 1)[0]) if h.startswith("###")]
    assert speakers[-1] == "### Unnamed sources"
    assert "A city official who asked not to be named, said" in full
    timeline = full.split("## Timeline\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split("**")[1] for line in timeline] == ["2019", "6 May 2024", "7 May 2024", "relative"]


def test_hostile_text_cannot_change_the_structure(full):
    hostile = render(make_brief(hostile=True), "md")
    assert len(hostile.splitlines()) == len(full.splitlines())
    assert _headings(hostile) == [h for h in _headings(hostile) if h.startswith("#")]
    assert [h.split(" ", 1)[0] for h in _headings(hostile)] == [h.split(" ", 1)[0] for h in _headings(full)]
    for line in hostile.splitlines():
        assert _unescaped("<", line) == 0 and _unescaped("[", line) == _unescaped("[^", line)
    rows = [line for line in hostile.splitlines() if line.startswith("|")]
    assert all(_unescaped("|", row) == 6 for row in rows)


def test_brief_without_analyses_stays_short():
    articles, _ = read_articles(demo_paths())
    bare = Brief(story=StoryInfo(title="Demo", articles=len(articles)), articles=tuple(articles))
    markdown = render(bare, "md")
    names = [h for h in _headings(markdown) if h.startswith("## ")]
    assert names == ["## Sources", "## Cut from the scraped text"]
    assert "| Outlet | Title | Date | Id |" in markdown


def test_text_cannot_start_a_list_or_heading():
    brief = make_brief()
    first = brief.summary[0]
    tricky = replace(brief, story=replace(brief.story, title="1. Not a list"),
                     summary=(replace(first, text="- not a bullet"), *brief.summary[1:]))
    markdown = render(tricky, "md")
    assert markdown.startswith("# 1\\. Not a list\n")
    assert "\n\\- not a bullet[^1]" in markdown


def test_claim_lists_the_outlets_it_counts_and_apart_those_that_only_quote_them(full):
    line = next(line for line in full.splitlines() if line.startswith("- The Old Mill bridge was closed"))
    assert line.endswith("of 2 articles (Riverton Gazette, Wirepoint; quoted by Bridge Watch)")


def test_a_footnote_marks_the_article_that_only_quotes_the_outlet_it_counts_for(full):
    note = next(line for line in full.splitlines() if line.startswith("[^1]:"))
    assert note.startswith("[^1]: 2 articles, 1 independent source.")
    assert "Bridge Watch (quoting Wirepoint): " in note
    assert "Riverton Gazette: " in note


def test_a_first_person_speaker_is_shown_as_the_writer_of_the_article():
    brief = make_brief()
    blog = next(a for a in brief.articles if outlet(a) == "Bridge Watch")
    mention = QuoteMention(Span(blog.id, 0, 5))
    mine = Quote("quote-mine", "indirect", Speaker("I"), "have written", "about the bridge", (mention,))
    markdown = render(replace(brief, quotes=(*brief.quotes, mine)), "md")
    assert "### Bridge Watch (the writer)" in markdown
    assert "### I\n" not in markdown


def test_a_polarity_side_reads_as_affirmed_or_denied_with_its_words():
    brief = make_brief()
    mention = brief.conflicts[0].values[0].mentions
    polarity = Conflict("conflict-denial", "polarity", None, 0.6, (
        ConflictValue("affirmed", "affirmed", mention, "origin"),
        ConflictValue("never, not", "negated", mention, "independent"),
    ), aspect="polarity")
    markdown = render(replace(brief, conflicts=(polarity,)), "md")
    assert "### Affirmed or denied (polarity)" in markdown
    assert "- **affirmed** (origin;" in markdown
    assert "- **denied (“never, not”)** (independent;" in markdown


def test_who_is_who_counts_mentions_in_words(full):
    brief = make_brief()
    okafor = brief.entities[0]
    single = replace(okafor, id="entity-single", name="Riverton Works", type="organization", aliases=(), roles=(),
                     mentions=okafor.mentions[:1])
    markdown = render(replace(brief, entities=(okafor, single)), "md")
    assert "- **Dana Okafor** (person, city engineer): 2 mentions" in full
    assert "- **Riverton Works** (organization): 1 mention\n" in markdown


def test_speaker_heading_is_the_entity_name_with_the_role_apart():
    markdown = render(brief_with_titled_speaker(), "md")
    assert "### Dana Okafor (city engineer)" in markdown
    assert "### city engineer Dana Okafor" not in markdown


@pytest.mark.parametrize("sentence, heading", [
    ("The bridge closed on Monday.", "# The bridge closed on Monday\n"),
    ("The mayor said it was “safe.”", "# The mayor said it was “safe”\n"),
    ("One two three four five six seven eight nine ten eleven twelve thirteen fourteen, fifteen.",
     "# One two three four five six seven eight nine ten eleven twelve thirteen fourteen …\n"),
])
def test_a_story_without_a_title_is_headed_by_its_summary_opening_in_the_page_not_the_json(sentence, heading):
    brief = make_brief()
    untitled = replace(brief, story=replace(brief.story, title=None),
                       summary=(replace(brief.summary[0], text=sentence), *brief.summary[1:]))
    assert render(untitled, "md").startswith(heading)
    assert json.loads(render(untitled, "json"))["story"]["title"] is None


def test_articles_whose_input_named_no_outlet_are_not_counted_as_outlets():
    brief = make_brief()
    first, *rest = brief.articles
    unnamed = replace(first, source="feed #1", path="/data/feed.jsonl:1")
    assert render(brief, "md").split("\n")[2].startswith("4 articles from 4 outlets")
    mixed = render(replace(brief, articles=(unnamed, *rest)), "md").split("\n")[2]
    assert mixed.startswith("4 articles from 3 outlets (1 with no outlet named)")


def test_a_quote_without_a_cue_word_reads_without_an_empty_one():
    brief = make_brief()
    quotes = tuple(replace(q, cue="") if q.kind == "direct" else q for q in brief.quotes)
    uncued = replace(brief, quotes=quotes)
    markdown, page = render(uncued, "md"), render(uncued, "html")
    assert "” — direct; reported by" in markdown and "— ;" not in markdown
    assert '<p class="q-meta">direct · reported by' in page and "> · direct" not in page


def test_articles_of_one_outlet_are_told_apart_in_the_sources_by_their_id():
    brief = make_brief()
    one_outlet = tuple(replace(a, source="AP") for a in brief.articles)
    wire = replace(brief, articles=one_outlet)
    markdown, page = render(wire, "md"), render(wire, "html")
    rows = [line for line in markdown.split("## Sources", 1)[1].splitlines() if line.startswith("| AP")]
    assert len(rows) == len(one_outlet) and all(f"| AP ({a.id}) |" in markdown for a in one_outlet)
    assert f">AP ({one_outlet[0].id})</a>" in page


def test_claims_one_article_states_follow_the_shared_ones_under_their_own_heading(full):
    claims = full.split("## Claims\n", 1)[1].split("\n## ", 1)[0]
    shared, single = claims.split("### Stated by one article only (1)")
    assert "The Old Mill bridge was closed" in shared and "acted as soon as it knew" in single
    only_single = render(replace(make_brief(), claims=make_brief().claims[1:]), "md")
    assert "Stated by one article only" not in only_single and "acted as soon as it knew" in only_single


def test_underscores_inside_a_word_stay_readable_but_emphasis_is_escaped():
    from storyline.report.markdown import _escape
    assert _escape("Follow @civic_desk_sam") == "Follow @civic_desk_sam"  # cannot emphasise inside a word
    assert _escape("a _loud_ __claim__ _") == r"a \_loud\_ \_\_claim\_\_ \_"
    assert _escape("*x* #1 [y]") == r"\*x\* \#1 \[y\]"


def test_who_is_who_names_the_places_on_their_own_line(full):
    section = full.split("## Who is who\n", 1)[1].split("\n## ", 1)[0]
    assert "Places: **Riverton** (1 mention)." in section
    assert "**Riverton** (place" not in section  # not among the people and organisations
