"""Values: quantities with tolerance, names and spelling variants, polarity cues."""

from __future__ import annotations

import pytest

from storyline.values import (
    Name,
    clock_times,
    find_names,
    find_quantities,
    polarity,
    quantities_agree,
    same_slot,
    same_words,
    spelling_variant,
)


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_words_and_digits_are_the_same_number():
    assert quantities_agree(one("fourteen workers"), one("14 workers"))
    assert one("twenty-five people").value == 25


def test_a_model_or_designation_is_no_amount():
    assert one("Police seized seven AK-47 rifles.").value == 7
    assert one("Two F-16 jets flew over.").value == 2
    assert find_quantities("the COVID-19 outbreak at the G-20 summit") == []
    assert [q.value for q in find_quantities("a 12-year-old boy, aged 18-24")] == [12, 18, 24]


def test_took_over_a_number_is_more_than_it_but_handing_over_is_a_particle():
    assert one("They took over 200 hostages.").high == float("inf")
    assert one("They handed over two suspects.").high < float("inf")


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


def test_a_possessive_splits_the_owner_from_the_name_it_owns_when_asked():
    text = "The guards at Vesland's Camp Dunmore prison met Tomas Brandt's lawyer."
    assert [n.text for n in find_names(text)] == ["Vesland's Camp Dunmore", "Tomas Brandt's"]
    assert [n.text for n in find_names(text, owners=True)] == ["Vesland's", "Camp Dunmore", "Tomas Brandt's"]
    assert [n.text for n in find_names("on Veteran's Day", owners=True)] == ["Veteran's Day"]


def test_spelling_variants_but_not_word_forms():
    assert spelling_variant(Name(0, 17, "Katharine Ashford"), Name(0, 17, "Katherine Ashford"))
    assert not spelling_variant(Name(0, 7, "Israeli"), Name(0, 8, "Israelis"))
    assert not spelling_variant(Name(0, 9, "Argentina"), Name(0, 9, "Argentine"))
    assert not spelling_variant(Name(0, 10, "John Smith"), Name(0, 10, "Mark Jones"))
    assert same_words(Name(0, 6, "Brandt").words, Name(0, 12, "Tomas Brandt").words)


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


def test_as_many_as_is_an_upper_bound():
    """"killing as much as 200,000 people" does not contradict 150,000 dead."""
    most = one("killing as many as 200,000 people")
    assert most.low == 0 and quantities_agree(most, one("150,000 people"))
    assert one("as much as $3 million").low == 0


def test_another_and_a_further_are_additions_so_at_least_that_many():
    """"another million have been left without homes": an amount, and an addition (at
    least that many in all), so it does not contradict "1.5 million people"."""
    more = one("another million have been left without homes")
    assert more.value == 1_000_000 and more.high == float("inf")
    assert quantities_agree(more, one("1.5 million people"))
    assert one("a further 300 people").high == float("inf")
    assert one("an additional 40 troops").high == float("inf")


def test_and_a_half_and_fractions_are_part_of_the_figure():
    assert one("two and a half million people").value == 2_500_000
    assert quantities_agree(one("two and a half million people"), one("2.5 million people"))
    assert one("one and a half hours").value == 1.5 and one("one and a half hours").unit == "hour"
    assert one("2 1/2 years").value == 2.5


def test_a_scale_word_makes_a_figure_round():
    """"1 million" is as round as "1.2 million": it does not state the last person."""
    assert quantities_agree(one("1 million people"), one("1,050,000 people"))
    assert quantities_agree(one("a million people"), one("950,000 people"))
    assert not quantities_agree(one("1 million people"), one("1.5 million people"))
    assert not quantities_agree(one("12 people"), one("13 people"))


def test_over_after_hand_or_turn_is_a_particle_not_more_than():
    """"to hand over two suspects" hands over two, not more than two."""
    handed = one("refused to hand over two suspects")
    assert handed.text == "two" and handed.high == 2
    assert not quantities_agree(handed, one("seven suspects"))
    assert one("lasted over 16 hours").high == float("inf")


@pytest.mark.parametrize("text", ["a magnitude 6.9 earthquake", "reached a magnitude of 6.9 on Monday",
                                  "a 6.9-magnitude quake", "the 6.9 magnitude quake"])
def test_a_quakes_magnitude_is_a_unit_before_or_after_its_figure(text):
    assert one(text).unit == "magnitude" and one(text).value == 6.9


def test_a_count_of_shocks_of_a_magnitude_is_no_magnitude():
    assert [(q.text, q.unit) for q in find_quantities("There were 3 magnitude-5 aftershocks.")] == [
        ("3", None), ("5", "magnitude")]
    assert next((q.text, q.unit) for q in find_quantities("The 6.9 magnitude 10-km-deep quake")) == ("6.9", "magnitude")
    assert [(q.text, q.unit) for q in find_quantities("At least 20 magnitude 4 aftershocks followed.")] == [
        ("At least 20", None), ("4", "magnitude")]
