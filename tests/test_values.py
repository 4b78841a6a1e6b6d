"""Values: quantities with tolerance, names and spelling variants, polarity cues."""

from __future__ import annotations

from storyline.values import (
    Name,
    clock_times,
    find_names,
    find_quantities,
    polarity,
    quantities_agree,
    same_name,
    same_slot,
    spelling_variant,
)


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_words_and_digits_are_the_same_number():
    assert quantities_agree(one("fourteen workers"), one("14 workers"))
    assert one("twenty-five people").value == 25


def test_a_dozen_is_about_twelve():
    assert one("a dozen people").value == 12
    assert quantities_agree(one("a dozen people"), one("12 people"))


def test_more_than_a_decade_does_not_contradict_eleven_years():
    decade, eleven = one("more than a decade"), one("11 years")
    assert decade.unit == eleven.unit == "year"
    assert quantities_agree(decade, eleven)
    assert not quantities_agree(one("a decade"), one("25 years"))


def test_round_figures_carry_their_rounding_and_qualifiers_widen():
    assert quantities_agree(one("about 120 people"), one("125 people"))
    assert quantities_agree(one("1.2 million dollars"), one("1,234,567 dollars"))
    assert not quantities_agree(one("500 metres"), one("800 metres"))
    assert not quantities_agree(one("14 workers"), one("12 workers"))


def test_units_normalise_and_slots_match():
    assert one("2 kilometres away").value == 2000 and one("2 kilometres away").unit == "m"
    assert one("40,000 euros").unit == "eur"
    assert same_slot(one("14 workers"), one("fourteen workers"))
    assert not same_slot(one("14 workers"), one("14 trucks"))


def test_years_clock_times_and_conversions_are_not_amounts():
    assert find_quantities("in 2019 at 4:30 a.m.") == []
    assert find_quantities("(0700 GMT), the typhoon") == []
    assert [q.value for q in find_quantities("a time of 5h 34' 28\" and a lead of 1' 37\"")] == []
    assert clock_times("(0700 GMT), the typhoon, at 2 p.m.") == {"700", "2"}
    assert [q.value for q in find_quantities("120 kilometers (72 miles) away")] == [120000]


def test_a_weekday_with_a_possessive_is_no_name():
    assert find_names("Wednesday's balloting was confused, Brandt said.")[0].text == "Brandt"


def test_names_are_capitalised_sequences_without_function_words():
    names = [n.text for n in find_names("The Harwick Environment Agency said Fire Chief Tomas Brandt left on Monday.")]
    assert names == ["Harwick Environment Agency", "Fire Chief Tomas Brandt"]


def test_spelling_variants_but_not_word_forms():
    assert spelling_variant(Name(0, 17, "Katharine Ashford"), Name(0, 17, "Katherine Ashford"))
    assert not spelling_variant(Name(0, 7, "Israeli"), Name(0, 8, "Israelis"))
    assert not spelling_variant(Name(0, 9, "Argentina"), Name(0, 9, "Argentine"))
    assert not spelling_variant(Name(0, 10, "John Smith"), Name(0, 10, "Mark Jones"))
    assert same_name(Name(0, 6, "Brandt"), Name(0, 12, "Tomas Brandt"))


def test_polarity_is_the_parity_of_negation_and_denial_cues():
    assert polarity("The company confirmed the report.") == 1
    assert polarity("The company denied the report.") == -1
    assert polarity("He did not sign it.") == -1
    assert polarity("He did not deny it.") == 1
    assert polarity("It was not only large but loud.") == 1


def test_ordinals_are_no_amounts():
    assert [q.text for q in find_quantities("pick up 4th graf, the 8,000th visitor and 12 guests")] == ["12"]


def test_a_quantity_knows_where_its_unit_word_ends():
    text = "within 500 metres of the warehouse"
    assert text[one(text).start:one(text).unit_end] == "500 metres"


def test_a_dash_written_as_underscore_and_a_nor_after_a_cue_add_no_negation():
    assert polarity("whose length is not known _not by the public") == 1  # two cues
    assert polarity("They did not have paperwork, nor permissions.") == -1
    assert polarity("Neither the mayor nor the police commented.") == -1


def test_a_part_of_a_whole_counts_what_the_whole_counts():
    part, whole = find_quantities("About 3,500 of the world's 4,800 black rhinos live in Vesland.")
    alone = one("About 1,750 black rhinos live in Vesland.")
    assert part.counted == whole.counted == alone.counted == ("black", "rhino")
    assert find_quantities("only nine of 13 bills")[0].counted == ("bill",)
    part, whole = find_quantities("only about 36 million of the 38.5 million eligible voters")
    assert part.counted == ("eligible", "voter") and not same_slot(part, whole)
