"""Temporal expressions: every form, its resolution and its false positives.

Fixtures are synthetic sentences; the anchor 2024-03-12 is a Tuesday.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.dates import DateMention, Offset, find_dates, offset, parse_anchor, shift, yearless

ANCHOR = "2024-03-12T13:20:00Z"


def values(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.precision) for m in find_dates(text, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks collapsed in March 2018.", ("March 2018", "2018-03", "month")),
    ("Talks collapsed in March of 2018.", ("March of 2018", "2018-03", "month")),
    ("The plant opened in 2018.", ("2018", "2018", "year")),
    ("It happened on Sept. 29, 2019, at dawn.", ("Sept. 29, 2019", "2019-09-29", "day")),
    ("It happened on September 29th 2019.", ("September 29th 2019", "2019-09-29", "day")),
    ("It happened on 29 September 2019.", ("29 September 2019", "2019-09-29", "day")),
    ("It happened on the 29th of September, 2019.", ("the 29th of September, 2019", "2019-09-29", "day")),
    ("He was seen on June 13 and 14, 2007.", ("June 13 and 14, 2007", "2007-06-13", "day")),
    ("They met on June 13-14, 2007 in Rome.", ("June 13-14, 2007", "2007-06-13", "day")),
    ("On March 3 and 4, 2000 protesters marched.", ("March 3", "2024-03-03", "day")),
    ("Filed 2019-09-29 by the clerk.", ("2019-09-29", "2019-09-29", "day")),
    ("Filed 2019-09 by the clerk.", ("2019-09", "2019-09", "month")),
    ("Filed 9/29/2019 by the clerk.", ("9/29/2019", "2019-09-29", "day")),
    ("Filed 29/09/2019 by the clerk.", ("29/09/2019", "2019-09-29", "day")),
    ("Filed 29.09.2019 by the clerk.", ("29.09.2019", "2019-09-29", "day")),
    ("Work resumed in spring 2019.", ("spring 2019", "2019", "year")),
    ("Profits fell in mid-2019.", ("2019", "2019", "year")),
    ("Greyline's 2019 fine was small.", ("2019", "2019", "year")),
    ("The largest drop since June of this year.", ("June of this year", "2024-06", "month")),
    ("It opened in March of last year.", ("March of last year", "2023-03", "month")),
])
def test_absolute_dates_at_every_precision(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("Rules set at the end of the Obama administration.", None, ("2017-01", "month")),
    ("Rules set at the end of the Bush administration.", "2010-05-01", ("2009-01", "month")),
    ("Rules set at the end of the Bush administration.", "1995-05-01", ("1993-01", "month")),
    ("Rules set in the first days of the George W. Bush administration.", None, ("2001-01", "month")),
    ("Rules set at the start of the George H. W. Bush administration.", None, ("1989-01", "month")),
    ("Rules set at the end of the Bush administration.", None, (None, "relative")),
])
def test_named_periods_resolve_when_the_president_is_known(text, anchor, expected):
    (mention,) = find_dates(text, anchor)
    assert mention.text.startswith("the ") and mention.text.endswith("administration")
    assert (mention.value, mention.precision) == expected


def test_absolute_dates_do_not_need_an_anchor():
    assert values("On 29 September 2019 and in March 2018.", None) == [
        ("29 September 2019", "2019-09-29", "day"), ("March 2018", "2018-03", "month")]


@pytest.mark.parametrize(("text", "expected"), [
    # The nearest such day to the publication date, the past preferred.
    ("The vote was on September 29.", ("September 29", "2023-09-29", "day")),
    ("The vote was on March 5.", ("March 5", "2024-03-05", "day")),
    ("The hearing is on March 20.", ("March 20", "2024-03-20", "day")),
    ("Inspectors came in January.", ("January", "2024-01", "month")),
    ("Inspectors came in early June.", ("June", "2023-06", "month")),
    ("Inspectors came in mid-March.", ("March", "2024-03", "month")),
    ("Inspectors came last November.", ("November", "2023-11", "month")),
    ("The board will decide in February.", ("February", "2025-02", "month")),
    ("The talks end in June.", ("June", "2024-06", "month")),
    ("A deal was reached in Paris in December.", ("December", "2023-12", "month")),
    ("The summit opens on May 2.", ("May 2", "2024-05-02", "day")),
    ("The summit opened on May 2.", ("May 2", "2023-05-02", "day")),
])
def test_dates_without_a_year_take_it_from_the_anchor(text, expected):
    assert values(text) == [expected]


def test_dates_without_a_year_stay_unresolved_without_anchor():
    assert values("The vote was on September 29 and in January.", None) == [
        ("September 29", None, "day"), ("January", None, "month")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The plane vanished on 1 June.", "--06-01"),
    ("The plane vanished on June 5.", "--06-05"),
    ("The plane vanished on Monday, June 5.", "--06-05"),
    ("The plane vanished on the 5th of Sept.", "--09-05"),
    ("The plane vanished in June.", "--06"),
])
def test_an_undated_month_and_day_keep_both_without_a_year(text, expected):
    (mention,) = find_dates(text)
    assert mention.value is None and yearless(mention) == expected


def test_a_placed_date_is_not_yearless():
    (mention,) = find_dates("The plane vanished on 1 June 2009.")
    assert yearless(mention) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("A fire broke out early on Tuesday.", ("Tuesday", "2024-03-12", "day")),
    ("Crews were called on Monday night.", ("Monday night", "2024-03-11", "day")),
    ("The mayor spoke Wednesday.", ("Wednesday", "2024-03-06", "day")),
    ("The mayor spoke last Friday.", ("last Friday", "2024-03-08", "day")),
    ("The mayor spoke last Tuesday.", ("last Tuesday", "2024-03-05", "day")),
    ("The council meets next Monday.", ("next Monday", "2024-03-18", "day")),
    ("The council met this Monday.", ("this Monday", "2024-03-11", "day")),
    ("The council meets this Friday.", ("this Friday", "2024-03-15", "day")),
    ("Windows stay closed until Wednesday morning.", ("Wednesday morning", "2024-03-13", "day")),
    ("The council will vote on Friday.", ("Friday", "2024-03-15", "day")),
    ("The council meets on Thursday.", ("Thursday", "2024-03-14", "day")),
    ("Police officers on Thursday arrested two men.", ("Thursday", "2024-03-07", "day")),
    ("Flights were cancelled due to fog on Thursday.", ("Thursday", "2024-03-07", "day")),
    ("The shed next to the plant burned on Thursday.", ("Thursday", "2024-03-07", "day")),
    ("The company plans to close the plant on Thursday.", ("Thursday", "2024-03-14", "day")),
    ("Crews arrived on Monday, March 11.", ("Monday, March 11", "2024-03-11", "day")),
])
def test_weekdays_resolve_against_the_publication_date(text, expected):
    assert values(text) == [expected]


def test_weekday_without_anchor_is_relative():
    assert values("The mayor spoke on Tuesday.", None) == [("Tuesday", None, "relative")]
    assert values("The mayor spoke on Tuesday.", "2024") == [("Tuesday", None, "relative")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said yesterday that", ("yesterday", "2024-03-11", "day")),
    ("Police said today that", ("today", "2024-03-12", "day")),
    ("Police said last night that", ("last night", "2024-03-11", "day")),
    ("The report is due tomorrow.", ("tomorrow", "2024-03-13", "day")),
    ("the day before yesterday", ("the day before yesterday", "2024-03-10", "day")),
    ("Police said last week that", ("last week", None, "relative")),
    ("Sales fell last month.", ("last month", "2024-02", "month")),
    ("Sales fell earlier this month.", ("earlier this month", "2024-03", "month")),
    ("Sales fell last year.", ("last year", "2023", "year")),
    ("Sales fell at the end of last year.", ("last year", "2023", "year")),
    ("the cars of tomorrow", None),
    ("Prices rose over the last year.", ("last year", None, "relative")),
    ("Sales will rise next year.", ("next year", "2025", "year")),
    ("It opened three days ago.", ("three days ago", "2024-03-09", "day")),
    ("It opened two weeks ago.", ("two weeks ago", "2024-02-27", "day")),
    ("It opened 5 months ago.", ("5 months ago", "2023-10", "month")),
    ("It opened a year ago.", ("a year ago", "2023", "year")),
    ("It opened years ago.", ("years ago", None, "relative")),
])
def test_deictic_expressions(text, expected):
    assert values(text) == ([expected] if expected else [])


@pytest.mark.parametrize("text", [
    "Two months later the plant closed.",
    "Weeks after the decision, the plant closed.",
    "A few days earlier, inspectors came.",
    "The next day, inspectors came.",
    "The day before, inspectors came.",
    "Later that year, inspectors came.",
    "Earlier in the day, inspectors came.",
    "That night, inspectors came.",
])
def test_event_relative_expressions_stay_unresolved(text):
    (mention,) = find_dates(text, ANCHOR)
    assert mention.value is None and mention.precision == "relative"
    assert text.lower().startswith(mention.text.lower())


@pytest.mark.parametrize("text", [
    "She may resign. They march on. It may rain in may.",
    "Theresa May said the deal was dead. The plan was backed by May.",
    "The March for Science drew crowds.",
    "The tally was 2,019 votes and 1500 people came.",
    "About 2000 people and 2019 workers were there, roughly 2010 in all.",
    "Flight 2019 left at 1900 GMT. He ran Windows 2000 on 2019.5 cores.",
    "Turnout was 20.19% and the code 2019-555 failed; call 555-2019.",
    "The 1990s were calm. June Carter sang. April Smith spoke.",
    "Markets recalled Black Monday. Shops opened on Good Friday.",
    "The office at 2019 Quarry Road closed.",
])
def test_false_positives_are_rejected(text):
    assert find_dates(text, ANCHOR) == []


def test_offsets_are_absolute_and_bounded_by_start_and_end():
    text = "Intro. The fire was on Tuesday. It was fined in 2019."
    start = text.index("It was")
    (mention,) = find_dates(text, ANCHOR, start=start)
    assert mention == DateMention(text.index("2019"), text.index("2019") + 4, "2019", "2019", "year")
    assert [m.text for m in find_dates(text, ANCHOR, end=start)] == ["Tuesday"]


def test_offset_and_shift_resolve_event_relative_expressions():
    def first(text):
        return find_dates(text)[0]

    assert offset(first("two months later")) == Offset(2, "month", 1)
    assert offset(first("3 days earlier")) == Offset(3, "day", -1)
    assert offset(first("weeks after the decision")) == Offset(None, "week", 1)
    assert offset(first("the next day")) == Offset(1, "day", 1)
    assert offset(first("the day before")) == Offset(1, "day", -1)
    assert offset(first("later that day")) == Offset(0, "day", 0)
    assert offset(first("earlier in the day")) == Offset(0, "day", 0)
    assert shift("2024-03-12", Offset(1, "day", 1)) == ("2024-03-13", "day")
    assert shift("2024-03-12", Offset(2, "week", -1)) == ("2024-02-27", "day")
    assert shift("2024-11-30", Offset(2, "month", 1)) == ("2025-01", "month")
    assert shift("2024-03", Offset(1, "year", -1)) == ("2023", "year")
    assert shift("2024", Offset(0, "day", 0)) == ("2024", "year")
    assert shift("2024-03-12", Offset(None, "week", 1)) is None


def test_parse_anchor_accepts_dates_and_datetimes():
    assert parse_anchor("2024-03-12 13:20:00") == (2024, 3, 12)
    assert parse_anchor("2024-03") == (2024, 3, None)
    assert parse_anchor("garbage") is None
    assert parse_anchor(None) is None


_PIECES = ["on", "in", "Monday", "last", "next", "March", "May", "29", "Sept.", "2019", ",", "the",
           "two", "months", "later", "ago", "yesterday", "1500", "people", "of", "week", "31",
           "February", "2024-02-30", "12/31/1999", "until", "Friday", "days", "after", "this", "year"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12),
       st.sampled_from([None, "2024-03-12", "2024-02-29T23:00:00Z", "1999-12-31", "2024", "bad"]))
def test_any_text_gives_well_formed_mentions(words, anchor):
    text = " ".join(words)
    mentions = find_dates(text, anchor)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
        assert mention.precision in {"day", "month", "year", "relative"}
        if mention.value is not None:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", mention.value)
            assert len(mention.value) == {"year": 4, "month": 7, "day": 10}[mention.precision]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_lower_cased_running_text_names_a_month_only_next_to_its_year():
    assert [(m.text, m.value) for m in find_dates("the census in may 2014 found more rhinos")] == \
        [("may 2014", "2014-05")]
    found = [m.text for m in find_dates("officials may 2 weeks later march on the capital")]
    assert not any("may" in text or "march" in text for text in found)
