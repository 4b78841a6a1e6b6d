"""Provenance on small synthetic stories: every relation kind, direction, credits, drift."""

from __future__ import annotations

import pytest

from storyline.brief import build_brief, read_articles
from storyline.model import Document
from storyline.provenance import find_provenance
from storyline.provenance.credits import find_credits
from storyline.provenance.drift import differs
from storyline.provenance.passages import shared_passages, tokenize
from storyline.settings import Settings

SENTENCES = [
    "The river burst its banks near the old mill in Carden on Sunday night after three days of rain.",
    "Emergency crews evacuated 212 residents from the low-lying streets of the eastern quarter.",
    "Mayor Odile Brennan said the town had never seen water rise so fast in living memory.",
    "Engineers from the regional water board inspected the damaged embankment at first light.",
    "The board said a temporary barrier of sandbags would be built along the northern bank.",
    "Schools in the eastern quarter will remain closed until Thursday, the council announced.",
    "Forecasters expect the rain to ease by Tuesday afternoon but warned of further showers.",
    "Local farmers reported losing hay stores and several dozen sheep to the rising water.",
    "A relief centre at the sports hall on Kestrel Lane offered beds and hot meals overnight.",
    "The last comparable flood in Carden, in 1987, damaged more than 150 homes on the same streets.",
]
ORIGIN = "\n\n".join(" ".join(SENTENCES[i:i + 2]) for i in range(0, len(SENTENCES), 2))
INDEPENDENT = (
    "A hospital in Merrow treated fourteen patients for heat exhaustion on Saturday as temperatures "
    "climbed past forty degrees.\n\nNurses set up extra beds in a corridor, a spokesman for the trust said. "
    "Residents were urged to drink water and avoid the midday sun.\n\nThe city opened two cooling "
    "centres in libraries and said buses would run free of charge until Monday evening."
)
REWRITE = "\n\n".join([
    "Heavy rain over three days caused the river to overflow beside the former mill in Carden late on Sunday.",
    "Some 212 people living on low streets in the east of the town had to be moved out by rescue teams.",
    "Never in living memory had the water climbed this quickly, according to Mayor Odile Brennan.",
    "At dawn, regional water board engineers examined the embankment that had been damaged.",
    "A provisional sandbag wall is to go up on the river's northern side, the board said.",
    "The council said classes in the eastern district are cancelled until Thursday.",
    "The 1987 flood in Carden, the last of this size, hit over 150 houses in those same streets.",
])


def _doc(text: str, source: str, published: str | None = None, **extra) -> Document:
    return Document(text=text, source=source, published=published, **extra)


def _run(*documents: Document):
    articles, problems = read_articles(list(documents))
    assert not problems
    found = find_provenance(articles, semantic=True)
    by_source = {a.source: a for a in articles}
    relation = {(by_source_name(articles, d.article), by_source_name(articles, d.source)): d
                for d in found.derivations}
    return found, by_source, relation


def by_source_name(articles, article_id: str) -> str:
    return next(a.source for a in articles if a.id == article_id)


def test_copy_with_rewrapping_and_curly_quotes_is_a_copy():
    copy = ORIGIN.replace("Mayor Odile Brennan said", "Mayor Odile Brennan said,\n").replace("'", "’")
    found, _, relation = _run(_doc(ORIGIN, "Carden Wire", "2024-04-01T08:00:00"),
                              _doc(copy, "Daily Ledger", "2024-04-01T10:00:00"))
    derivation = relation[("Daily Ledger", "Carden Wire")]
    assert derivation.kind == "copy" and derivation.share > 0.95
    assert found.roles[derivation.source] == "origin"
    assert len(found.origins) == 1


def test_excerpt_is_the_first_paragraphs_and_the_fuller_text_is_the_source_without_dates():
    excerpt = "\n\n".join(ORIGIN.split("\n\n")[:2])
    _, _, relation = _run(_doc(excerpt, "Valley Times"), _doc(ORIGIN, "Carden Wire"))
    assert relation[("Valley Times", "Carden Wire")].kind == "excerpt"


def test_blog_quoting_a_block_with_commentary_quotes_its_source():
    block = "\n\n".join(ORIGIN.split("\n\n")[1:3])
    blog = ("I grew up two streets from the mill, and I have been dreading this for years.\n\n"
            f"From the Carden Wire's report:\n\n{block}\n\n"
            "I think the council has questions to answer, and I will be at Thursday's meeting to ask them.")
    found, by_source, relation = _run(_doc(blog, "Riverside Blog"), _doc(ORIGIN, "Carden Wire"))
    derivation = relation[("Riverside Blog", "Carden Wire")]
    assert derivation.kind == "quotes"
    blog_article = by_source["Riverside Blog"]
    assert blog_article.quoted and blog_article.quoted[0].source == "Carden Wire"
    quoted = blog_article.text[derivation.passages[0].start:derivation.passages[0].end]
    assert "Engineers from the regional water board" in quoted
    assert any(c.target == by_source["Carden Wire"].id for c in found.credits)


def test_rewrite_is_found_by_sentence_alignment_and_independent_report_is_not():
    found, by_source, relation = _run(_doc(ORIGIN, "Carden Wire", "2024-04-01T08:00:00"),
                                      _doc(REWRITE, "Metro Daily", "2024-04-02T08:00:00"),
                                      _doc(INDEPENDENT, "Merrow Courier", "2024-04-01T09:00:00"))
    assert relation[("Metro Daily", "Carden Wire")].kind == "rewrite"
    assert found.roles[by_source["Merrow Courier"].id] == "independent"
    assert len(found.origins) == 2


def test_direction_follows_publication_time_when_known():
    _, _, later_first = _run(_doc(ORIGIN, "Carden Wire", "2024-04-02"),
                             _doc(ORIGIN + "\n\nMore updates will follow.", "Daily Ledger", "2024-04-01"))
    assert ("Carden Wire", "Daily Ledger") in later_first


def test_direction_without_dates_follows_the_wire_dateline():
    wire = "CARDEN (Carden Wire) -- " + ORIGIN
    _, _, relation = _run(_doc(wire, "Daily Ledger"), _doc(wire, "Carden Wire"))
    assert relation[("Daily Ledger", "Carden Wire")].kind == "copy"


@pytest.mark.parametrize(("sentence", "outlet"), [
    ("The minister resigned on Friday, a senior aide told Reuters.", "Reuters"),
    ("The deal is worth $2 billion, according to the New York Times.", "New York Times"),
    ("The plan was, as first reported by the Harbor Herald, drafted in May.", "Harbor Herald"),
    ("The Post's Jane Doe reported that the talks had collapsed.", "Post"),
    ("PARIS (AP) -- Talks resumed on Monday.", "AP"),
])
def test_credits_are_found_with_spans(sentence, outlet):
    articles, _ = read_articles([_doc(sentence, "Other Outlet")])
    credits = find_credits(articles)
    assert [c.source for c in credits] == [outlet]
    assert outlet in articles[0].text[credits[0].start:credits[0].end]
    assert credits[0].target is None  # not one of the story's articles: an external origin


def test_a_lower_cased_wire_dateline_is_a_credit():
    articles, _ = read_articles([_doc("London ( ap ) — two pictures of the prince have been released.", "Other")])
    assert [c.source for c in find_credits(articles)] == ["AP"]


def test_credit_links_to_the_story_article_of_that_outlet_and_ignores_non_outlets_and_self():
    articles, _ = read_articles([
        _doc("Water rose fast, according to the fire service. Two homes flooded, Carden Wire reported.",
             "Metro Daily"),
        _doc(ORIGIN + " The barrier will hold, an engineer told the Carden Wire.", "Carden Wire"),
    ])
    credits = find_credits(articles)
    assert [(c.source, c.target) for c in credits] == [("Carden Wire", articles[1].id)] or \
        [(c.source, c.target) for c in credits] == [("Carden Wire", articles[0].id)]
    assert all(c.article != next(a.id for a in articles if a.source == "Carden Wire") for c in credits)


def test_drift_records_aligned_sentences_that_change_a_number_or_date():
    assert differs("Residents within 800 metres were told to stay in.",
                   "Residents within 500 metres were told to stay in.") == "number"
    assert differs("The fire broke out on Monday.", "The fire broke out on Tuesday.") == "date"
    assert differs("The fire broke out on Monday.", "The blaze broke out on Monday.") is None
    drifted = REWRITE.replace("over 150 houses", "over 400 houses")
    found, by_source, _ = _run(_doc(ORIGIN, "Carden Wire", "2024-04-01"),
                               _doc(drifted, "Metro Daily", "2024-04-02"))
    articles = {a.id: a for a in by_source.values()}
    pairs = [(d.derived.text(articles), d.source.text(articles)) for d in found.drift]
    assert any("400" in derived and "150" in source for derived, source in pairs)


def test_shared_passages_are_spans_in_both_articles_and_tolerate_a_changed_word():
    edited = ORIGIN.replace("evacuated 212 residents", "moved 212 residents")
    articles, _ = read_articles([_doc(ORIGIN, "A"), _doc(edited, "B")])
    tokens = tokenize(articles)
    passages = shared_passages(tokens)[(0, 1)]
    near = [p for p in passages if not p.exact]
    assert len(near) == 1 and near[0].a_end - near[0].a_start == len(tokens[0].ids)
    assert max(p.a_end - p.a_start for p in passages if p.exact) < len(tokens[0].ids)


def test_demo_story_provenance():
    from storyline.brief import demo_paths

    articles, _ = read_articles(demo_paths())
    brief = build_brief(articles, Settings())
    source = {a.id: a.source for a in brief.articles}
    roles = {source[k]: v for k, v in brief.provenance.roles.items()}
    assert roles == {"Northwire": "origin", "Daily Ledger": "copy", "Valley Times": "excerpt",
                     "The Civic Desk": "quotes", "Metro Daily": "rewrite",
                     "Harwick Courier": "independent"}
    parents = {source[d.article]: source[d.source] for d in brief.provenance.derivations}
    assert set(parents.values()) == {"Northwire"}
    assert brief.story.independent_origins == 2
    assert {source[o] for o in brief.story.origins} == {"Northwire", "Harwick Courier"}
    blog = next(a for a in brief.articles if a.source == "The Civic Desk")
    assert blog.quoted[0].source == "Northwire"
    by_id = {a.id: a for a in brief.articles}
    drifted = " ".join(d.derived.text(by_id) for d in brief.provenance.drift)
    assert "Monday, March 11" in drifted and "800 metres" in drifted


def test_one_shared_short_sentence_is_not_a_rewrite():
    articles, _ = read_articles([_doc("Hi.", "A"), _doc("Hi there.", "B"), _doc("Hi there friend.", "C")])
    found = find_provenance(articles)
    assert found.derivations == () and len(found.origins) == 3


def test_roundup_quoting_two_outlets_lists_both_sources_and_keeps_two_origins():
    first = "\n\n".join(ORIGIN.split("\n\n")[1:3])
    second = "\n\n".join(INDEPENDENT.split("\n\n")[:2])
    roundup = ("I have two stories on my mind this week.\n\n"
               f"From the Carden Wire's report:\n\n{first}\n\n"
               "I will write more about the flood soon, but first the heat.\n\n"
               f"From the Merrow Courier's story:\n\n{second}\n\n"
               "I think both towns need better emergency plans, and I said so at the meeting.")
    found, by_source, relation = _run(_doc(roundup, "Roundup Blog", "2024-04-03"),
                                      _doc(ORIGIN, "Carden Wire", "2024-04-01"),
                                      _doc(INDEPENDENT, "Merrow Courier", "2024-04-01"))
    assert relation[("Roundup Blog", "Carden Wire")].kind == "quotes"
    assert relation[("Roundup Blog", "Merrow Courier")].kind == "quotes"
    assert len(found.origins) == 2
    assert found.roles[by_source["Roundup Blog"].id] == "quotes"


def test_blas_runs_on_one_thread_and_the_thread_pools_are_found_once(monkeypatch):
    from threadpoolctl import threadpool_info

    from storyline.provenance import stage
    seen = []

    def record(*args):
        seen.append([pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"])
        return real(*args)

    real = stage._find_provenance
    monkeypatch.setattr(stage, "_find_provenance", record)
    pools = stage._thread_pools()
    articles, _ = read_articles([_doc(ORIGIN, "Carden Wire"), _doc(REWRITE, "Daily Ledger")])
    for _ in range(2):
        find_provenance(articles, semantic=False)
    assert len(seen) == 2 and all(threads and threads == [1] * len(threads) for threads in seen)
    assert stage._thread_pools() is pools  # not scanned again per call (~2 ms a story)


def test_shared_passages_are_the_same_whatever_the_block_size_of_seeds():
    from storyline.brief import demo_paths, read_articles
    articles, _ = read_articles(demo_paths())
    tokens = tokenize(list(articles) * 3)  # copies: every shingle is shared by many articles
    whole = shared_passages(tokens)
    assert whole and shared_passages(tokens, max_block_seeds=50) == whole
    assert list(shared_passages(tokens, max_block_seeds=1)) == list(whole)  # the same pairs in the same order


def test_a_giant_storys_passages_are_sought_only_with_each_articles_best_sharing_partners():
    texts = [" ".join(SENTENCES), " ".join(SENTENCES[:8]), " ".join(SENTENCES[:3]), INDEPENDENT]
    articles, _ = read_articles([_doc(text, f"outlet{n}") for n, text in enumerate(texts)])
    tokens = tokenize(articles)
    whole = shared_passages(tokens)
    assert set(whole) == {(0, 1), (0, 2), (1, 2)}
    # each article's one best partner: 0 and 1 each other's, 2 ties between them and takes the earlier
    bounded = shared_passages(tokens, partners=1)
    assert bounded == {pair: whole[pair] for pair in [(0, 1), (0, 2)]}
    assert shared_passages(tokens, partners=2) == whole


def test_only_a_story_above_the_bound_has_its_provenance_pairs_bounded_and_says_so():
    import json

    from storyline.report.json import render_json
    from storyline.report.load import brief_from_json
    from storyline.report.markdown import render_markdown
    from storyline.report.schema import schema_errors
    texts = [" ".join(SENTENCES), " ".join(SENTENCES[:8]), " ".join(SENTENCES[:3]), INDEPENDENT]
    articles, _ = read_articles([_doc(text, f"outlet{n}") for n, text in enumerate(texts)])
    whole = build_brief(articles, Settings(semantic=False))
    assert whole.story.source_candidates is None
    assert "source_candidates" not in json.loads(render_json(whole))["story"]
    giant = build_brief(articles, Settings(semantic=False, claim_articles=3, source_candidates=1))
    data = json.loads(render_json(giant))
    assert data["story"]["source_candidates"] == 1 and schema_errors(data) == []
    assert brief_from_json(data).story.source_candidates == 1  # corpus export renders stored briefs
    assert "shares the most text with (1 each)" in render_markdown(giant)
    derived = {d.article for d in giant.provenance.derivations}
    assert len(derived) == 2 and derived == {d.article for d in whole.provenance.derivations}


def test_copies_are_measured_once_and_judged_as_without_that_saving(monkeypatch):
    from dataclasses import replace

    from storyline.brief import demo_paths
    from storyline.provenance import relations
    articles, _ = read_articles(demo_paths())
    story = list(articles) + [replace(a, id=f"{a.id}-copy{n}") for n in range(2) for a in articles[:3]]
    measured = []
    evidence = relations.pair_evidence
    monkeypatch.setattr(relations, "pair_evidence", lambda *args: measured.append(1) or evidence(*args))
    once = find_provenance(story, semantic=False)
    measured_once, measured[:] = len(measured), []
    setup = relations.PairJudge.__init__

    def every_pair(self, *args):
        setup(self, *args)
        self.copied = [False] * len(self.copied)

    monkeypatch.setattr(relations.PairJudge, "__init__", every_pair)
    assert find_provenance(story, semantic=False) == once
    assert measured_once < len(measured)
    assert {d.article for d in once.derivations} >= {f"{a.id}-copy1" for a in articles[:3]}


def test_an_undated_copy_that_runs_the_headline_and_date_line_into_its_text_derives_from_the_origin():
    head = "Flood waters rise in Carden\n\nMonday, March 4, 2024\n\n"
    glued = head.replace("\n\n", " ") + " ".join(ORIGIN.split("\n\n"))
    articles, _ = read_articles([{"id": "o", "text": head + ORIGIN, "source": "Carden Post"},
                                 {"id": "c", "text": glued, "source": "Aggregator"}])
    assert articles[0].title == "Flood waters rise in Carden" and articles[0].text.startswith("The river")
    # As published the two are the same words; the copy's text was longer only by the cut lines
    [derivation] = find_provenance(articles, semantic=False).derivations
    assert (derivation.article, derivation.source) == ("c", "o")
