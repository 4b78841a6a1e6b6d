"""Claims: units, alignment across articles, support and independent support."""

from __future__ import annotations

from dataclasses import replace

from storyline.brief import build_brief, read_articles
from storyline.claims import claims, story_units
from storyline.model import Article, Brief, Provenance, QuotedPassage, StoryInfo
from storyline.segment import segment
from storyline.settings import Settings

SETTINGS = Settings(semantic=False)
REPORT = ("A fire destroyed a warehouse in Dunmore on Friday, forcing 30 workers out of the building. "
          "The blaze started in a paint store and spread to the roof within minutes.")
OTHER = "Police closed the coastal road to Brackley for the afternoon while crews cleared debris."


def make(article_id: str, text: str, published: str | None = "2025-05-02", source: str | None = None,
         quoted: tuple[QuotedPassage, ...] = ()) -> Article:
    return Article(id=article_id, text=text, published=published, source=source or article_id,
                   quoted=quoted, sentences=segment(text, quoted))


def story(*articles: Article, provenance: Provenance | None = None) -> Brief:
    return Brief(StoryInfo(None, len(articles)), tuple(articles), provenance=provenance)


def claim_of(brief: Brief, words: str):
    return next(c for c in brief.claims if words in c.text)


def test_copies_support_a_claim_but_count_as_one_origin():
    copies = [make(f"copy{k}", REPORT) for k in range(3)]
    own = make("own", "A fire destroyed a warehouse in Dunmore on Friday, and 30 workers had to leave. " + OTHER)
    groups = {"copy0": "g", "copy1": "g", "copy2": "g", "own": "own"}
    brief = claims(story(*copies, own, provenance=Provenance(groups=groups, origins=("g", "own"))), SETTINGS)
    fire = claim_of(brief, "destroyed a warehouse")
    assert fire.support == 4
    assert fire.independent_support == 2
    assert {m.article for m in fire.mentions} == {"copy0", "copy1", "copy2", "own"}


def test_a_claims_text_leaves_out_the_wire_dateline_its_mentions_keep():
    wire = make("wire", "DUNMORE (Northwire) -- " + REPORT)
    brief = claims(story(wire, make("copy", "DUNMORE (Northwire) -- " + REPORT)), SETTINGS)
    fire = claim_of(brief, "destroyed a warehouse")
    assert fire.text.startswith("A fire destroyed a warehouse")
    assert wire.text[fire.mentions[0].start:].startswith("DUNMORE (Northwire) -- A fire")


def test_without_provenance_each_article_is_its_own_origin():
    brief = claims(story(*(make(f"copy{k}", REPORT) for k in range(3))), SETTINGS)
    assert claim_of(brief, "paint store").independent_support == 3


def test_quoted_passage_counts_for_the_outlet_it_quotes():
    wire = make("wire", REPORT, source="Wirenews")
    intro = "From Wirenews's report:\n\n"
    blog_text = intro + REPORT + "\n\nI walked past the site on Saturday and it was still smoking badly."
    passage = QuotedPassage(len(intro), len(intro) + len(REPORT), "Wirenews")
    blog = make("blog", blog_text, quoted=(passage,))
    units = story_units((wire, blog))
    assert {u.supporter for u in units if u.article == "blog" and u.start < passage.end} == {"wire"}
    brief = claims(story(wire, blog), SETTINGS)
    fire = claim_of(brief, "paint store")
    assert len(fire.mentions) == 2 and fire.support == 1


def test_a_sentence_with_two_facts_is_split_into_clauses_without_their_conjunction():
    text = "Three workers were hurt in Dunmore on Friday, and 30 staff had to be evacuated by the crews."
    units = story_units((make("a", text),))
    assert [u.text for u in units] == ["Three workers were hurt in Dunmore on Friday",
                                       "30 staff had to be evacuated by the crews."]


def test_quotations_are_not_split_and_unrelated_sentences_do_not_align():
    text = '"We faced heat and thick smoke, and we kept the fire from the chemical store," the chief said.'
    assert len(story_units((make("a", text),))) == 1
    brief = claims(story(make("a", REPORT), make("b", OTHER)), SETTINGS)
    assert all(c.support == 1 for c in brief.claims)


def test_claims_rank_by_independent_support_and_are_deterministic():
    a, b = make("a", REPORT + " " + OTHER), make("b", REPORT)
    first = claims(story(a, b), SETTINGS).claims
    assert first[0].independent_support == 2 and first[-1].independent_support == 1
    again = claims(story(replace(a), replace(b)), SETTINGS).claims
    assert [c.id for c in first] == [c.id for c in again]


def test_stage_runs_inside_build_brief():
    brief = build_brief([make("a", REPORT), make("b", REPORT)], SETTINGS)
    assert brief.claims and brief.claims[0].support == 2


EVENT = "The blaze broke out in the paint store of the Dunmore Paints warehouse on Mill Lane shortly after midnight."


def test_a_denial_does_not_join_a_claim_it_only_shares_names_with():
    denial = ("Dunmore Paints denied that it had ignored safety warnings before the blaze in the paint store on "
              "Mill Lane.")
    brief = claims(story(make("a", EVENT), make("b", EVENT), make("c", denial)), SETTINGS)
    assert claim_of(brief, "broke out").support == 2
    assert claim_of(brief, "ignored safety warnings").support == 1


def test_a_denial_of_the_same_predicate_joins_the_claim():
    denial = "Dunmore Paints denied that the blaze broke out in the paint store of its warehouse on Mill Lane."
    brief = claims(story(make("a", EVENT), make("b", EVENT), make("c", denial)), SETTINGS)
    assert claim_of(brief, "broke out in the paint store of the").support == 3


def test_demo_denial_is_not_a_mention_of_the_blaze(demo_files):
    articles, _ = read_articles(demo_files)
    brief = build_brief(articles, Settings())
    texts = {a.id: a.text for a in brief.articles}
    blaze = next(c for c in brief.claims if "4:30" in c.text and "broke out" in c.text)
    mentions = [texts[m.article][m.start:m.end] for m in blaze.mentions]
    assert len(mentions) >= 4 and not any("denied" in m for m in mentions)


def test_the_writers_own_stance_and_questions_are_no_claim_units():
    blog = make("b", "I hope someone asks the mayor about the review. Will the plant reopen next year? "
                     "I asked the company for comment and have not heard back. We still think it was avoidable.")
    texts = [u.text for u in story_units((blog,))]
    assert texts == ["I asked the company for comment and have not heard back."]
    reported = make("r", 'We believe the fire started in the kitchen, fire chief John Smith said on Tuesday. '
                         'The mayor asked: "Who approved the permit for the plant?"')
    assert len(story_units((reported,))) == 2
