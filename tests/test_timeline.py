"""The story timeline: dated events, relative resolution, merging, order.

Fixtures are synthetic articles; 2024-03-12 is a Tuesday.
"""

from __future__ import annotations

import json

import storyline
from storyline.brief import STAGES, build_brief
from storyline.model import Article
from storyline.report.json import brief_json
from storyline.segment import segment
from storyline.settings import Settings
from storyline.timeline import build_timeline, timeline


def article(article_id: str, text: str, published: str | None = "2024-03-12") -> Article:
    return Article(id=article_id, text=text, published=published, sentences=segment(text))


def rows(events, articles=None):
    return [(e.date, e.precision, e.text) for e in events]


def test_each_dated_sentence_is_an_event_sorted_by_date():
    events = build_timeline([article("a", (
        "The river flooded the town on Tuesday, forcing 200 families from their homes. "
        "The last flood, in March 2018, was smaller. "
        "The dam was built in 1962. Nobody was hurt."))])
    assert rows(events) == [
        ("1962", "year", "The dam was built in 1962"),
        ("2018-03", "month", "The last flood, in March 2018, was smaller"),
        ("2024-03-12", "day", "The river flooded the town on Tuesday"),
    ]
    first = events[0].mentions[0]
    assert first.article == "a" and first.end - first.start == len("The dam was built in 1962")


def test_relative_expressions_resolve_against_the_previous_event():
    events = build_timeline([article("a", (
        "The company was founded in June 2015 by two engineers. "
        "Two months later it opened its first factory in the north. "
        "Weeks after the opening, workers went on strike over pay."))])
    assert rows(events) == [
        ("2015-06", "month", "The company was founded in June 2015 by two engineers"),
        ("2015-08", "month", "Two months later it opened its first factory in the north"),
        (None, "relative", "Weeks after the opening, workers went on strike over pay"),
    ]


def test_unresolved_events_keep_their_place_next_to_their_anchor():
    events = build_timeline([article("a", (
        "The mayor resigned in 2010 after a long scandal. "
        "Days later, protesters gathered outside the town hall. "
        "In 2005 she had won her first election by a wide margin."))])
    assert [e.date for e in events] == ["2005", "2010", None]


def test_event_text_is_the_clause_around_the_date():
    (event,) = build_timeline([article("a", (
        "Officials, who spoke on condition of anonymity because the talks were private, said the "
        "two sides had met secretly in Geneva in August 2021, long before the deal was announced."))])
    assert event.date == "2021-08"
    assert "in August 2021" in event.text and event.text.startswith("the two sides")  # not "said the two sides"
    assert len(event.text.split()) <= 25


def test_a_saying_verb_is_dropped_only_after_a_speakers_comma():
    events = build_timeline([article("a", (
        "Added security was posted at the stadium in May 2022 after the riot. "
        "Stated goals were met in June 2023, the report found."))])
    assert [e.text.split()[0] for e in events] == ["Added", "Stated"]


def test_copies_and_rewrites_of_a_sentence_are_one_event_with_several_mentions():
    wire = "Police arrested two men on Monday after a bank robbery in Leeds, officials said."
    copy = "Police arrested two men on Monday after a bank robbery in Leeds, officials said."
    rewrite = "Two men were arrested by police on Monday following the Leeds bank robbery."
    other = "The bank reopened on Monday with extra guards at the door."
    events = build_timeline([article("a", wire), article("b", copy), article("c", rewrite),
                             article("d", other)])
    assert [(e.date, sorted(m.article for m in e.mentions)) for e in events] == [
        ("2024-03-11", ["a", "b", "c"]), ("2024-03-11", ["d"])]


def test_an_undated_article_joins_its_dated_copies():
    text = "A fire broke out at the mill early on Tuesday, the fire service said."
    events = build_timeline([article("copy", text), article("wire", text, published=None)])
    assert [(e.date, [m.article for m in e.mentions]) for e in events] == [
        ("2024-03-12", ["copy", "wire"])]


def test_same_date_different_events_stay_apart_and_different_dates_never_merge():
    events = build_timeline([
        article("a", "The storm hit the coast on Tuesday, cutting power to 5,000 homes."),
        article("b", "The storm hit the coast on Monday, cutting power to 5,000 homes."),
    ])
    assert sorted(e.date for e in events) == ["2024-03-11", "2024-03-12"]


def test_quoted_passages_and_datelines_are_not_events():
    text = ("Posted March 12, 2024 by Sam Ortiz\n\nFrom the wire report:\n\n"
            "The plant was fined in 2019.\n\nI wrote about it in 2020 and nobody listened.")
    quoted_at = text.index("The plant")
    from storyline.model import QuotedPassage

    passage = QuotedPassage(quoted_at, quoted_at + len("The plant was fined in 2019."), "wire")
    blog = Article(id="blog", text=text, published="2024-03-12", quoted=(passage,),
                   sentences=segment(text, (passage,)))
    assert rows(build_timeline([blog])) == [("2020", "year", "I wrote about it in 2020 and nobody listened")]


def test_stage_is_registered_and_fills_the_brief():
    assert timeline in STAGES
    brief = build_brief([article("a", "The bridge closed on Friday for repairs that will last weeks.")],
                        Settings(semantic=False))
    assert [(e.date, e.precision) for e in brief.timeline] == [("2024-03-08", "day")]
    data = brief_json(brief)["timeline"]
    assert data[0]["mentions"] == [{"article": "a", "start": 0, "end": data[0]["mentions"][0]["end"]}]
    assert json.dumps(data)


def test_deterministic_whatever_the_input_order():
    first = article("a", "Talks began in May 2020 in Oslo. A deal followed in 2021.")
    second = article("b", "Talks began in May 2020 in Oslo, diplomats said.", "2024-03-13")
    one = build_brief([first, second], Settings(semantic=False)).timeline
    two = build_brief([second, first], Settings(semantic=False)).timeline
    assert one == two and [e.date for e in one] == ["2020-05", "2021"]


def test_demo_timeline(demo_files):
    brief = storyline.brief(demo_files, Settings(semantic=False))
    source = {a.id: a.source for a in brief.articles}
    events = {(e.date, e.precision): e for e in brief.timeline}
    dates = [e.date for e in brief.timeline]
    assert dates == sorted(dates)
    fire = next(e for e in brief.timeline if e.text.endswith("early on Tuesday"))
    assert fire.date == "2024-03-12"
    assert {"Northwire", "Daily Ledger"} <= {source[m.article] for m in fire.mentions}
    windows = events[("2024-03-13", "day")]
    assert "until Wednesday morning" in windows.text
    assert "in January" in events[("2024-01", "month")].text
    assert any(e.date == "2019" and "fined 40,000 euros in 2019" in e.text for e in brief.timeline)
    monday = events[("2024-03-11", "day")]
    assert "Monday, March 11" in monday.text
    assert {source[m.article] for m in monday.mentions} == {"Metro Daily"}
    for event in brief.timeline:
        for mention in event.mentions:
            text = next(a.text for a in brief.articles if a.id == mention.article)
            assert text[mention.start:mention.end].strip()


def test_yardstick_dates_are_not_events_but_since_a_state_is():
    events = build_timeline([article("a", (
        "The index closed at its lowest level since 1987 on Monday. "
        "It was the biggest fall since the September 11, 2001 attacks. "
        "Sales fell 20% compared with March 2023, the company said. "
        "The firm has been barred from contracts since July 2003."))])
    assert [(e.date, e.text) for e in events] == [
        ("2003-07", "The firm has been barred from contracts since July 2003"),
        ("2024-03-11", "The index closed at its lowest level since 1987 on Monday"),
    ]


def test_two_dates_in_a_sentence_split_it_into_two_clauses():
    events = build_timeline([article("a", (
        "The carmaker announced on Wednesday that its sales fell sharply in February."))])
    assert [(e.date, e.text) for e in events] == [
        ("2024-02", "its sales fell sharply in February"),
        ("2024-03-06", "The carmaker announced on Wednesday"),
    ]


def test_with_no_clause_word_the_split_keeps_the_noun_a_date_qualifies():
    events = build_timeline([article("a", (
        "The rider was withdrawn from the 2007 Tour de France by his team for lying about his whereabouts in June."))])
    texts = {e.date: e.text for e in events}
    assert texts["2007"] == "The rider was withdrawn from the 2007 Tour de France"
    assert next(t for d, t in texts.items() if d.endswith("-06")).endswith("whereabouts in June")
    opening = build_timeline([article("b", "In 2019 prices in the region rose 40 percent to a record in 2023.")])
    assert [e.text for e in opening] == ["prices in the region rose 40 percent to a record in 2023"]


def test_a_date_left_alone_by_the_clause_split_is_no_event():
    assert build_timeline([article("a", "In 2023, in March 2021, 2020.")]) == ()
    [event] = build_timeline([article("b", "He saw her in Rome on June 13 and 14, 2007.")])
    assert (event.date, event.text) == ("2007-06-13", "He saw her in Rome on June 13 and 14, 2007")


def test_markdown_lists_the_timeline_with_its_outlets():
    from storyline.report.markdown import render_markdown

    first = Article(id="a", text="The dam *burst* on Monday.", published="2024-03-12", source="Daily Post",
                    sentences=segment("The dam *burst* on Monday."))
    brief = build_brief([first], Settings(semantic=False))
    text = render_markdown(brief)
    assert "## Timeline" in text
    assert "- **11 March 2024** — The dam \\*burst\\* on Monday (Daily Post)" in text


def test_undated_article_keeps_document_order_and_marks_unplaced_dates_relative():
    events = build_timeline([article("a", (
        "The strike began on September 29 at the docks. "
        "It ended on Friday after talks. It had last happened in 1998."), published=None)])
    # Unplaced events sort just before the next dated one, in document order.
    assert [(e.date, e.precision) for e in events] == [
        (None, "relative"), (None, "relative"), ("1998", "year")]
    assert events[0].text.startswith("The strike began") and events[1].text.startswith("It ended")
