"""Conflicts: each kind on a small synthetic story, tolerance, drift and the demo."""

from __future__ import annotations

import pytest

from storyline.brief import build_brief, read_articles
from storyline.conflicts import conflicts
from storyline.model import Article, Brief, Derivation, Provenance, StoryInfo
from storyline.segment import segment
from storyline.settings import Settings

SETTINGS = Settings(semantic=False)
SAME_DAY = ("2025-05-02", "2025-05-02")
CONTEXT = "Police closed the coastal road to Brackley for the afternoon while crews cleared debris."


def make(article_id: str, text: str, published: str | None = "2025-05-02") -> Article:
    return Article(id=article_id, text=text, published=published, source=article_id.title(),
                   sentences=segment(text))


def run(first: str, second: str, provenance: Provenance | None = None,
        published: tuple[str | None, str | None] = SAME_DAY) -> Brief:
    articles = (make("first", CONTEXT + " " + first, published[0]),
                make("second", CONTEXT + " " + second, published[1]))
    return conflicts(Brief(StoryInfo(None, 2), articles, provenance=provenance), SETTINGS)


def only(brief: Brief):
    assert len(brief.conflicts) == 1, brief.conflicts
    return brief.conflicts[0]


def values(conflict) -> set[str]:
    return {v.normalized for v in conflict.values}


def test_date_conflict_resolves_weekdays_against_publication_date():
    found = only(run("A fire tore through the Dunmore warehouse early on Friday, officials said.",
                     "A fire tore through the Dunmore warehouse early on Thursday, May 1, officials said."))
    assert found.kind == "date"
    assert values(found) == {"2025-05-02", "2025-05-01"}


def test_number_conflict_with_units():
    found = only(run("Residents within 500 metres of the warehouse were told to keep their windows closed.",
                     "Residents within 800 metres of the warehouse were told to keep their windows closed."))
    assert found.kind == "number"
    assert values(found) == {"500 m", "800 m"}


def test_a_spelling_variant_in_two_claims_is_one_conflict():
    brief = run("The warehouse owner Katharine Ashford said the building was insured. Crews found Katharine "
                "Ashford's office intact on the second floor of the old mill.",
                "The warehouse owner Katherine Ashford said the building was insured. Crews found Katherine "
                "Ashford's office intact on the second floor of the old mill.")
    found = only(brief)
    assert found.kind == "spelling" and all(len(v.mentions) == 2 for v in found.values)


def test_name_conflict_in_the_same_role():
    found = only(run("Fire Chief Tomas Brandt said the roof collapsed shortly after noon.",
                     "Fire Chief Peter Holm said the roof collapsed shortly after noon."))
    assert found.kind == "name"
    assert values(found) == {"tomas brandt", "peter holm"} or values(found) == {
        "fire chief tomas brandt", "fire chief peter holm"}


@pytest.mark.parametrize("negated", [
    "The company denied that it had received the safety warning in January.",
    "The company did not receive the safety warning in January, a spokesman said.",
])
def test_polarity_conflict(negated):
    affirmed = ("The company confirmed that it had received the safety warning in January."
                if "denied" in negated else "The company did receive the safety warning in January, a spokesman said.")
    found = only(run(affirmed, negated))
    assert found.kind == "polarity"
    assert {v.normalized for v in found.values} == {"affirmed", "negated"}


@pytest.mark.parametrize(("first", "second"), [
    ("More than 60 firefighters fought the flames for six hours.", "65 firefighters fought the flames for six hours."),
    ("The plant has operated for more than a decade without an accident.",
     "The plant has operated for 11 years without an accident."),
    ("A dozen families were moved to the town hall overnight.", "12 families were moved to the town hall overnight."),
    ("Fourteen workers were evacuated from the plant.", "14 workers were evacuated from the plant."),
    ("About 120 people work at the plant in Dunmore.", "125 people work at the plant in Dunmore."),
])
def test_agreeing_values_do_not_conflict(first, second):
    assert run(first, second).conflicts == ()


def test_a_derived_article_that_changed_its_source_is_drift():
    provenance = Provenance(derivations=(Derivation("second", "first", "rewrite", 0.9, 0.8),),
                            roles={"first": "origin", "second": "rewrite"},
                            groups={"first": "first", "second": "first"}, origins=("first",))
    found = only(run("Residents within 500 metres of the warehouse were told to keep their windows closed.",
                     "Residents within 800 metres of the warehouse were told to keep their windows closed.",
                     provenance))
    assert found.kind == "drift" and found.aspect == "number"
    roles = {v.normalized: v.role for v in found.values}
    assert roles == {"500 m": "origin", "800 m": "derived"}


def test_every_conflict_quotes_both_sides():
    brief = run("Residents within 500 metres of the warehouse were told to keep their windows closed.",
                "Residents within 800 metres of the warehouse were told to keep their windows closed.")
    texts = {a.id: a.text for a in brief.articles}
    for conflict in brief.conflicts:
        assert len(conflict.values) == 2
        for value in conflict.values:
            assert value.mentions
            for span in value.mentions:
                assert value.value in texts[span.article][span.start:span.end]


def test_demo_conflicts(demo_files):
    articles, _ = read_articles(demo_files)
    brief = build_brief(articles, Settings())
    by_kind = {}
    for conflict in brief.conflicts:
        by_kind.setdefault(conflict.aspect, []).append(conflict)
    dates = {frozenset(values(c)) for c in by_kind.get("date", [])}
    assert frozenset({"2024-03-12", "2024-03-11"}) in dates  # Northwire (undated) is dated by its copies
    numbers = {frozenset(values(c)) for c in by_kind.get("number", [])}
    assert numbers == {frozenset({"500 m", "800 m"})}
    polarity_text = " ".join(
        next(a.text for a in brief.articles if a.id == m.article)[m.start:m.end]
        for c in by_kind.get("polarity", []) for v in c.values for m in v.mentions)
    assert "No inspector" in polarity_text and "raised concerns" in polarity_text
    sides = " ".join(next(a.text for a in brief.articles if a.id == m.article)[m.start:m.end]
                     for c in brief.conflicts for v in c.values for m in v.mentions)
    assert "Monday night" not in sides  # the reader comment was removed by cleaning
    agreed = ("14 workers", "120 people", "40,000 euros", "60 firefighters")
    assert not any(any(a in v.value for a in agreed) for c in brief.conflicts for v in c.values)


def two(first: str, second: str, published: tuple[str | None, str | None] = ("2025-05-02", "2025-05-02")) -> Brief:
    """Two articles of exactly these texts (no shared context sentence)."""
    articles = (make("first", first, published[0]), make("second", second, published[1]))
    return conflicts(Brief(StoryInfo(None, 2), articles), SETTINGS)


def test_datelines_state_no_fact():
    brief = two("Saturday, January 8, 2005\n\nRelief flights reached the coast of Aceh after the tsunami.",
                "Saturday, January 1, 2005\n\nRelief flights reached the coast of Aceh after the tsunami.",
                (None, None))
    assert brief.conflicts == ()


def test_a_value_stated_three_ways_is_a_series_not_a_conflict():
    texts = [f"The aftershock occurred at a depth of {depth} kilometers near Pichilemu, the survey said."
             for depth in (32, 44, 65)]
    articles = tuple(make(f"a{k}", text) for k, text in enumerate(texts))
    assert conflicts(Brief(StoryInfo(None, 3), articles), SETTINGS).conflicts == ()
    assert len(conflicts(Brief(StoryInfo(None, 2), articles[:2]), SETTINGS).conflicts) == 1


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("on June 1", "on October 1", {"--06-01", "--10-01"}),
    ("on 1 June", "on 5 June", {"--06-01", "--06-05"}),  # the day is read before the month too
])
def test_undated_articles_compare_month_and_day(first, second, expected):
    found = only(run(f"The airliner disappeared over the Atlantic Ocean {first} with 228 people on board.",
                     f"The airliner disappeared over the Atlantic Ocean {second} with 228 people on board.",
                     published=(None, None)))
    assert found.kind == "date" and values(found) == expected


def test_dates_of_units_sharing_little_besides_them_are_not_compared():
    articles = (make("first", "The federal fiscal year ends on Sept. 30.", "1998-10-06"),
                make("second", "The new fiscal year began Oct. 1.", "1998-10-09"))
    assert conflicts(Brief(StoryInfo(None, 2), articles), Settings()).conflicts == ()  # aligned by meaning


def test_spellings_are_no_series():
    texts = [f"Guards photographed prisoners at the Abu {name} prison near Baghdad in 2003, the report said."
             for name in ("Ghraib", "Ghreib", "Ghruib")]
    articles = tuple(make(f"a{k}", text) for k, text in enumerate(texts))
    kinds = {c.kind for c in conflicts(Brief(StoryInfo(None, 3), articles), SETTINGS).conflicts}
    assert kinds == {"spelling"}


def test_a_misspelled_name_still_owns_its_figure():
    brief = run("Xiong Guoming, one of the 22 athletes who tested positive in Hiroshima, will compete on Monday.",
                "Xiong Gouming, one of the 11 athletes who tested positive in Hiroshima, will compete on Monday.")
    assert {c.aspect for c in brief.conflicts} == {"number", "spelling"}


def test_a_figure_with_and_without_its_unit_is_one_value_of_a_series():
    brief = conflicts(Brief(StoryInfo(None, 3), (
        make("a0", "Rute Oliveira, 96, a manicurist, also planned to vote for Cardoso in Sao Paulo."),
        make("a1", "Rute Oliveira, a 48-year-old manicurist, also planned to vote for Cardoso in Sao Paulo."),
        make("a2", "Rute Oliveira, 48, a manicurist, also planned to vote for Cardoso in Sao Paulo."))), SETTINGS)
    assert {v.normalized.split()[0] for c in brief.conflicts for v in c.values} == {"96", "48"}


def test_counts_of_a_past_event_are_no_updates():
    first = "That method was used in an attack at the market 16 months ago that killed the two suicide bombers."
    second = "That method was used in an attack at the market 16 months ago that killed the seven suicide bombers."
    found = only(run(first, second, published=("2025-05-02", "2025-05-03")))
    assert found.kind == "number" and values(found) == {"2", "7"}


def test_a_statement_date_of_one_sentence_told_twice_conflicts():
    found = only(two("``No firemen,'' Zuhir Hersi, one of the disc jockeys at the bash, said Monday, hours after the "
                     "blaze exploded.",
                     "``No firemen,'' Zuhir Hersi, one of the disc jockeys at the bash said Friday, hours after the "
                     "blaze exploded. ``Just kids helping kids.''", ("1998-10-31", "1998-10-31")))
    assert found.kind == "date" and values(found) == {"1998-10-26", "1998-10-30"}


#: One conflict of ``kind`` with these normalised values (None: any values), in two articles
#: published on these dates; each case is named after the rule it checks.
ONE_CONFLICT = [
    pytest.param("The warehouse owner Katharine Ashford said the building was insured.",
        "The warehouse owner Katherine Ashford said the building was insured.",
        "spelling", None, SAME_DAY,
        id="spelling_variant_is_its_own_kind"),
    pytest.param("Applause rang through the cabin as the 96-seat Fokker 50 propeller plane took to the air.",
        "Applause rang through the cabin as the 48-seat Fokker 50 propeller plane took to the air.",
        "number", {"96", "48"}, SAME_DAY,
        id="a_figure_joined_to_its_noun_by_a_hyphen_is_compared"),
    pytest.param("As of Oct. 2, only nine of 13 appropriations bills had been passed by Congress.",
        "As of Oct. 2, only four of 13 appropriations bills had been passed by Congress.",
        "number", {"9", "4"}, SAME_DAY,
        id="running_counts_of_one_day_in_the_same_sentence_conflict"),
    pytest.param("Some 80 percent of the region's population is not Catholic, the census found.",
        "Some 80 percent of the region's population is Catholic, the census found.",
        "polarity", None, SAME_DAY,
        id="a_negated_name_is_its_own_head"),
    pytest.param("Luiz Silveira, a 68-year-old horse trainer, said he planned to vote for Cardoso.",
        "Luiz Silveira, 34, a horse trainer, said he planned to vote for Cardoso.",
        "number", {"68 year", "34"}, SAME_DAY,
        id="an_age_is_no_duration"),
    pytest.param("The two suspects, Abdel Basset Ali al-Megrahi and Lamen Fhimah, were Libyan agents.",
        "The seven suspects, Abdel Basset Megrahi and Lamen Fhimah, were Libyan agents.",
        "number", {"2", "7"}, SAME_DAY,
        id="names_sharing_a_word_are_one_owner"),
    pytest.param("At the meeting the two executives discussed a deal between the two companies in Redmond.",
        "At the meeting the seven executives discussed a deal between the two companies in Redmond.",
        "number", {"2", "7"}, SAME_DAY,
        id="figures_swapped_in_one_place_conflict_even_if_one_counts_something_else_too"),
    pytest.param("Luiz Silveira, a 68-year-old horse trainer, said he will vote for Cardoso: four years is "
                 "not enough.",
        "Luiz Silveira, 34, a horse trainer, said he will vote for Cardoso: four years is not enough.",
        "number", {"68 year", "34"}, SAME_DAY,
        id="an_age_is_not_crowded_by_a_span_of_time"),
    pytest.param("After swimmer Yuan Yuan was caught at Sydney Airport, four teammates were sent home.",
        "After swimmer Yuan Halloran was caught at Sydney Airport, four teammates were sent home.",
        "name", {"yuan yuan", "yuan halloran"}, SAME_DAY,
        id="a_name_repeating_a_word_is_no_fuller_mention"),
    pytest.param("Palestinian officials blamed members of the militant Islamic Jihad group for the bombing.",
        "Palestinian officials blamed members of the militant Islamic Hamas for the bombing.",
        "name", {"islamic jihad", "islamic hamas"}, SAME_DAY,
        id="names_sharing_a_word_need_the_same_place_on_one_side_only"),
    pytest.param("Marker was appointed to mediate a settlement on East Timor and met East Timorese exiles.",
        "Marker was appointed to mediate a settlement on East Temor and met East Timorese exiles.",
        "spelling", {"east timor", "east temor"}, SAME_DAY,
        id="a_misspelling_is_found_beside_a_word_form_of_the_name"),
    pytest.param("Libya has not been under U.N. sanctions since 1992 to force it to hand over the two defendants "
                 "in the Lockerbie case.",
        "Libya has been under U.N. sanctions since 1992 to force it to hand over the defendants.",
        "polarity", None, SAME_DAY,
        id="the_period_of_an_initial_does_not_end_the_negated_clause"),
    pytest.param("His cousins Halima, 17, and Nabatte, 14, were not there.",
        "His cousins Halima, 17, and Nabatte, 14, were there.",
        "polarity", None, SAME_DAY,
        id="a_negation_of_no_content_word_in_one_sentence_told_twice_conflicts"),
    pytest.param("Norland has not protested the arrest, insisting that as a senator for life the general enjoyed "
                 "diplomatic immunity.",
        "The Norland government has protested the general's arrest, insisting that as a senator he was traveling "
        "on a diplomatic passport.",
        "polarity", None, SAME_DAY,
        id="a_plain_not_taken_out_is_the_other_statement_at_half_the_wording"),
    pytest.param("The Norland government, which sent about 20,000 soldiers into the northern hills to attack the "
                 "rebels, said it might send more forces across the river into Vesland to destroy guerrilla bases "
                 "there.",
        "Norland has sent about 10,000 soldiers into the northern hills to attack the rebels, officials said.",
        "number", {"20000", "10000"}, ("2025-05-02", "2025-05-05"),
        id="a_sentence_told_again_inside_a_later_one_is_compared_across_days"),
    pytest.param("President Okafor flew to Vesland on March 4 for talks with its prime minister and was expected to "
                 "visit Norland on March 5.",
        "President Okafor flew to Vesland on March 1 for talks with its prime minister.",
        "date", {"2025-03-04", "2025-03-01"}, SAME_DAY,
        id="a_date_answers_one_date_of_the_other_side_not_a_series_of_two"),
    pytest.param("The pilots had reported smoke in the cockpit 16 minutes before the crash, investigators said.",
        "The pilots had reported smoke in the cockpit 32 minutes before the crash, investigators said.",
        "number", {"16 minute", "32 minute"}, ("2025-05-02", "2025-05-03"),
        id="a_duration_before_an_event_is_no_countdown_from_the_report"),
    pytest.param("Although some 400 teenagers were not at the dance on the building's second floor, the hall was "
                 "approved for only 150, the detective said.",
        "Although some 400 teenagers were at the dance on the upper floor, the hall had approval for a maximum of "
        "150, said Hans Carlsson.",
        "polarity", None, SAME_DAY,
        id="a_plain_not_before_a_function_word_taken_out_is_the_other_statement"),
    pytest.param("The hall had not been rented out for the night by the tenant, the local association of Vesland "
                 "immigrants.",
        "The hall was rented by the organizers from the local association of Vesland immigrants.",
        "polarity", None, SAME_DAY,
        id="a_verb_negated_after_an_auxiliary_follows_an_auxiliary_on_the_other_side"),
    pytest.param("The Vesland cabinet condemned the attack on the market following its own meeting Friday night.",
        "The Vesland cabinet also condemned the attack on the market following their meeting Monday night but "
        "urged calm.",
        "date", {"2025-05-02", "2025-05-05"}, ("2025-05-03", "2025-05-06"),
        id="the_weekday_of_one_event_retold_on_another_day_must_agree"),
    pytest.param("Wildlife officers have not already spotted about 20 beavers in the Dunmore and Vesland counties.",
        "Wildlife officers have spotted about 20 beavers in the Dunmore and Vesland counties, the agency said.",
        "polarity", None, SAME_DAY,
        id="a_negation_reaches_past_an_aspect_adverb"),
    pytest.param("I was not living in Dunmore at the time and was asleep with my wife, he told reporters.",
        "I was living in Dunmore at the time and was asleep with my wife, though I could not sleep and did not "
        "rest, he told reporters.",
        "polarity", None, SAME_DAY,
        id="negations_of_other_words_on_the_affirming_side_do_not_hide_a_denial"),
    pytest.param("In 2008, the mother of the Dunmore striker, Sandra Hill, died after battling breast cancer.",
        "The mother of the Dunmore striker, Sandra Hill, died after battling breast cancer in May 2011.",
        "date", {"2008", "2011-05"}, SAME_DAY,
        id="a_year_is_compared_with_a_month_of_a_year"),
    pytest.param("My seven-year-old son was asleep in another room of the house in Dunmore, he told reporters, "
                 "though he did not press charges against the intruder.",
        "My two-year-old son was asleep in another room of the house in Dunmore, he told reporters.",
        "number", {"7 year", "2 year"}, SAME_DAY,
        id="a_negation_in_words_only_one_side_goes_on_to_state_is_no_second_difference"),
    pytest.param("Vesland voted in June to ignore the flight ban that was imposed in 1992 to force Norland to hand "
                 "over for trial two suspects wanted in the 1988 bombing of an airliner.",
        "Vesland voted in June to ignore the flight ban which was imposed in 1992 to force Norland to hand over "
        "for trial seven suspects wanted in the 1988 bombing of an airliner.",
        "number", {"2", "7"}, SAME_DAY,
        id="dates_both_sides_state_are_no_second_difference_wherever_they_stand"),
    pytest.param("About 3,500 of the world's 4,800 black rhinos live in Vesland, the group says.",
        "About 1,750 black rhinos live in Vesland, out of a global population of 4,800.",
        "number", {"3500", "1750"}, SAME_DAY,
        id="one_claim_worded_in_another_order_counting_the_same_thing_conflicts"),
    pytest.param("Actor Tom Quill settles with the studio on Seven and a Half Men: actor Tom Quill settles with the "
                 "studio on Two and a Half Men, it is now official.",
        "Actor Tom Quill settles with the studio on Two and a Half Men, it is now official.",
        "number", {"7.5", "2.5"}, SAME_DAY,
        id="a_sentence_told_twice_with_another_figure_in_one_place_conflicts"),
    pytest.param("Actor Tom Quill settles with the studio on Two and a Half Men, it is now official.",
        "Actor Tom Quill settles with the studio on Seven and a Half Men: actor Tom Quill settles with the "
        "studio on Two and a Half Men, it is now official.",
        "number", {"7.5", "2.5"}, SAME_DAY,
        id="a_sentence_told_twice_in_the_later_article_conflicts_too"),
    pytest.param("The two suspects accused by Vesland and Norland, Abdel Basset Ali al-Kassem and Lamen Khalifa "
                 "Fhimah, were allegedly Norlandic intelligence agents.",
        "At issue is the fate of the seven suspects, Abdel Basset Kassem and Lamin Khalifah Fhimah, who Vesland "
        "and Norland have said were Norlandic intelligence agents.",
        "number", {"2", "7"}, ("2025-05-02", "2025-05-27"),
        id="one_claim_in_another_order_is_compared_across_days_on_what_it_counts"),
    pytest.param("The storm has killed 45 people across the region, police said.",
        "The storm has killed 32 people across the region, police said.",
        "number", {"45 person", "32 person"}, ("2025-05-02", "2025-05-04"),
        id="a_toll_lowered_by_a_later_report_conflicts"),
    pytest.param("The Vesland Air jet with 228 on board vanished from radar on June 1st over the Atlantic Ocean.",
        "The Vesland Air jet crashed into the Atlantic Ocean in June, killing all 456 people on board, a report "
        "found.",
        "number", {"228", "456 person"}, ("2025-06-05", "2025-07-30"),
        id="one_event_dated_alike_is_compared_across_days_at_lower_wording"),
    pytest.param("Tomas Brandt was found guilty of abusing prisoners at Vesland's Camp Dunmore prison, the court said.",
        "Tomas Brandt was found guilty of abusing prisoners at the Camp Brackley prison, the court said.",
        "name", {"camp dunmore", "camp brackley"}, SAME_DAY,
        id="a_possessive_owner_is_no_part_of_the_name_it_owns"),
    pytest.param("Close to 74,000 people have died in the conflict, officials said.",
        "Nearly 37,000 people have died in the conflict, officials said.",
        "number", {"74000 person", "37000 person"}, SAME_DAY,
        id="a_qualifier_opening_a_sentence_is_no_owner_of_its_figure"),
    pytest.param("The Vesland Air jet crashed into the Atlantic Ocean in October, killing all 228 people on board.",
        "The Vesland Air jet with 228 on board vanished from radar on June 1st over the Atlantic Ocean.",
        "date", {"2024-10", "2025-06-01"}, ("2025-07-30", "2025-06-05"),
        id="one_claims_only_event_dates_conflict_in_other_places"),
    pytest.param("Officials rebutted suggestions that they had lost confidence in the Vesland Works software, "
                 "saying that any talk of dropping Vesland Works was false.",
        "Officials rebutted suggestions that they had lost confidence in the Vesland Thornbury software, "
        "saying that any talk of dropping Vesland Works was false.",
        "name", {"vesland works", "vesland thornbury"}, SAME_DAY,
        id="a_name_swapped_in_a_sentence_told_twice_conflicts_when_the_swapped_name_recurs"),
    pytest.param("On Oct. 29, an assailant tried to ram a car into a bus of schoolchildren in the Brackley Strip.",
        "Last Thursday, an assailant tried to ram a car into a bus of schoolchildren in the Brackley Valley.",
        "name", {"brackley strip", "brackley valley"}, ("2025-11-07", "2025-11-07"),
        id="a_weekday_relative_to_the_report_does_not_set_a_retold_sentence_apart"),
    pytest.param("An aftershock of magnitude 5.8 shook the quake zone of Vesland on Monday, the survey said.",
        "An aftershock of magnitude 6.2 shook the zone of Vesland on Monday, the survey said.",
        "number", {"5.8 magnitude", "6.2 magnitude"}, SAME_DAY,
        id="an_aftershocks_magnitude_is_read_from_its_own_phrase"),
]


@pytest.mark.parametrize(("first", "second", "kind", "expected", "published"), ONE_CONFLICT)
def test_one_conflict(first, second, kind, expected, published):
    found = only(run(first, second, published=published))
    assert found.kind == kind
    assert expected is None or values(found) == expected


#: Pairs that must not conflict (at all, or of this aspect), published on these dates.
NO_CONFLICT = [
    pytest.param("The storm has killed 32 people across the region, police said.",
        "The storm has killed 45 people across the region, police said.",
        None, ("2025-05-02", "2025-05-04"),
        id="figures_of_a_developing_story_are_updates_not_conflicts"),
    pytest.param("After the storm 45 people are still missing across the region, police said.",
        "After the storm 32 people are still missing across the region, police said.",
        None, ("2025-05-02", "2025-05-04"),
        id="counts_that_fall_as_well_as_rise_are_updates_either_way"),
    pytest.param("Flight 447 of Vesland Air, on its way from Dunmore to Norland City Airport, disappeared on June 1 "
                 "over the ocean.",
        "A Vesland Air jet of the same type, on its way from Dunmore to Norland City Airport, landed there on March "
        "28, 2007.",
        "date", ("2025-06-03", "2025-06-03"),
        id="a_date_of_the_reports_year_is_not_compared_with_another_year_written_out"),
    pytest.param("Qin Yongmin, a democracy campaigner for 20 years, was tried in Wuhan.",
        "Qin Yongmin, who spent 10 years in prison, was tried in Wuhan as a democracy campaigner.",
        "number", SAME_DAY,
        id="durations_of_different_things_do_not_conflict"),
    pytest.param("With 22 percent of the vote counted, Cardoso appeared to have won 51 percent of the vote, "
                 "compared with 34 percent for his main rival.",
        "In preliminary returns, Cardoso appeared to have won, with 56 percent for his main rival.",
        None, SAME_DAY,
        id="a_sentence_with_a_running_count_makes_every_figure_provisional"),
    pytest.param("With four days until temporary financing runs out, leaders met at the White House.",
        "With three days until temporary financing runs out, leaders met at the White House.",
        "number", ("2025-05-02", "2025-05-03"),
        id="a_countdown_from_the_day_of_the_report_is_not_a_conflict"),
    pytest.param("At 0700 GMT the typhoon was centered 120 kilometers southwest of Pratas Island.",
        "At 1400 GMT the typhoon was centered 300 kilometers southwest of Pratas Island.",
        None, SAME_DAY,
        id="figures_at_different_times_of_day_are_not_compared"),
    pytest.param("Sales grew 12 percent in Germany last year, the company said in its annual report.",
        "In France, sales grew 30 percent last year, the company said in its annual report.",
        "number", SAME_DAY,
        id="figures_of_different_entities_do_not_conflict"),
    pytest.param("Fire Chief Tomas Brandt has not applied for a transfer to the northern district.",
        "Fire Chief Peter Holm has applied for a transfer to the northern district.",
        None, SAME_DAY,
        id="statements_differing_in_several_facts_are_different_statements"),
    pytest.param("The result offered no surprise since most candidates in the Dunmore election were hard-liners.",
        "The result was expected since most candidates in the Dunmore election were hard-liners.",
        None, SAME_DAY,
        id="polarity_needs_the_negated_word_on_the_other_side"),
    pytest.param("A French ship searched the Atlantic Ocean on Tuesday for debris of the missing jet.",
        "The missing jet had left Rio de Janeiro for Paris, France, before it vanished over the Atlantic Ocean "
        "on Tuesday.",
        None, SAME_DAY,
        id="a_one_word_spelling_variant_needs_the_same_place"),
    pytest.param("In 1996, judge Castellon opened his probe into the disappearances during the regime.",
        "In 1990, judge Garzon, who serves in the same court, opened an investigation into the torture "
        "and disappearances during the regime.",
        "date", SAME_DAY,
        id="dates_of_different_people_do_not_conflict"),
    pytest.param("Commander De Klerk has not applied for amnesty in this matter, his lawyer said.",
        "Commander De Kock has applied for amnesty in this matter, his lawyer said.",
        "name", SAME_DAY,
        id="a_name_in_a_sentence_of_the_opposite_polarity_is_no_name_conflict"),
    pytest.param("Commander De Klerk has not applied for amnesty in this matter, and no lawyer was at the hearing.",
        "Commander De Kock has applied for amnesty in this matter, and a lawyer was at the hearing.",
        "name", SAME_DAY,
        id="a_name_in_a_sentence_with_negations_against_one_without_is_no_name_conflict"),
    pytest.param("The two suspects, Lamen Khalifa Fhimah and another man, were Libyan intelligence agents.",
        "The two suspects, Lamin Khalifah Fhimah and another man, were Libyan intelligence agents.",
        "name", SAME_DAY,
        id="a_name_spelled_two_ways_is_no_other_name"),
    pytest.param("British sailors are being held in Iran, the ministry in London said on Tuesday.",
        "Iranian guards are being held in Iraq, the ministry in London said on Tuesday.",
        "spelling", SAME_DAY,
        id="a_one_word_name_mentioned_by_its_word_form_is_no_misspelling"),
    pytest.param("Lucio Tan did not want to cut the number of workers below 8,000 to avoid antagonizing the unions.",
        "Lucio Tan wants to retain about 8,000 employees to avoid antagonizing the unions and to cut costs.",
        "polarity", SAME_DAY,
        id="a_negated_verb_stated_elsewhere_in_other_words_is_no_polarity_conflict"),
    pytest.param("Internet providers are not purposefully slowing data from popular websites to businesses in Dunmore.",
        "Internet providers are slowing data from popular websites to businesses in Dunmore, a study found.",
        "polarity", SAME_DAY,
        id="a_negated_manner_adverb_is_no_polarity_conflict"),
    pytest.param("The Vesland Air jet with 228 on board vanished from radar over the Atlantic Ocean.",
        "The Vesland Air jet crashed into the Atlantic Ocean, killing all 456 people on board, a report found.",
        "number", ("2025-06-05", "2025-07-30"),
        id="loosely_worded_figures_of_reports_of_different_days_need_one_dated_event"),
    pytest.param("The aftershock was felt in cities such as Dunmore, Brackley, Harwick and Temuco, the office said.",
        "The aftershock was felt in cities such as Valdane, Orlow, Brackley and Concepcion, the office said.",
        "name", SAME_DAY,
        id="lists_differing_in_several_names_are_two_selections_not_one_name_swapped"),
    pytest.param("Government cutbacks of $5 billion",
        "The original spending cuts, announced two weeks ago, were part of a program to raise government "
        "revenues next year by $23.5 billion.",
        None, ("2025-05-02", "2025-05-05"),
        id="a_fragment_inside_a_later_sentence_is_no_sentence_told_again"),
    pytest.param("Only 14 of the dead of the dance hall fire in Goteborg had been identified by Friday evening, the "
                 "police said.",
        "Only 18 of the dead of the dance hall fire in Goteborg had been identified by Monday evening, the "
        "police said.",
        "date", ("2025-05-03", "2025-05-06"),
        id="a_weekday_that_cuts_off_a_count_is_each_days_own"),
    pytest.param("Teachers in Dunmore complained that the two poems in question appeared on the 2013 grade 8 reading "
                 "test.",
        "On the 2014 grade 7 reading test, the two poems in question appeared in print, teachers said.",
        "number", SAME_DAY,
        id="a_figure_beside_another_date_in_the_same_place_is_another_facts"),
    pytest.param("The quake was felt 110 kilometers north of Rancagua in the Dunmore Region.",
        "The quake was felt in a town 64 kilometers south of Navidad in the Dunmore Region.",
        None, SAME_DAY,
        id="a_name_beside_another_measure_in_one_unit_is_another_place"),
    pytest.param("An attack killing three persons and wounding 13 shook Dunmore: an attack killing three persons and "
                 "wounding 13 shook Dunmore on Thursday.",
        "An attack killing three persons and wounding 13 shook Dunmore: an attack killing three persons and "
        "wounding 13 shook Dunmore on Thursday.",
        "number", SAME_DAY,
        id="a_caption_told_twice_on_both_sides_agrees_with_itself"),
    pytest.param("Tuesday, January 18, 2025Through a telethon, Veslanders have raised the equivalent of 395,000 "
                 "euro for the victims.", "On Sunday, January 16, the Vesland public raised the equivalent of "
                 "395,000 euro in a telethon for the victims.", None, ("2025-01-18", "2025-01-18"),
                 id="a_dateline_glued_to_a_sentence_dates_no_event"),
    pytest.param("The wreckage of the Vesland Air jet was found on the floor of the Atlantic Ocean in October.",
                 "The Vesland Air jet with 228 on board vanished from radar on June 1st over the Atlantic Ocean.",
                 None, ("2025-11-30", "2025-06-05"),
                 id="only_event_dates_tied_by_no_figure_stated_alike_are_two_events"),
    pytest.param("The wreckage of Vesland Air Flight 447 was found on the floor of the Atlantic Ocean in October.",
                 "Vesland Air Flight 447 with 228 on board vanished from radar on June 1st over the Atlantic Ocean.",
                 None, ("2025-11-30", "2025-06-05"), id="a_figure_of_a_name_ties_no_two_events_together"),
    pytest.param("Mayor Tomas Brandt and Chief Lena Moravec met the families at the Harwick school on Monday.",
                 "Chief Lena Moravec and Mayor Tomas Brandt met the families at the Harwick school on Monday.",
                 None, SAME_DAY, id="names_in_another_order_are_no_swap"),
    pytest.param("Two weeks ago, police arrested Tomas Brandt at the Harwick school after the fire.",
                 "On Nov. 6, police arrested Lena Moravec at the Harwick school after the fire.",
                 "name", ("2025-11-07", "2025-11-07"),
                 id="a_date_counted_back_from_the_report_still_sets_sentences_apart"),
]


@pytest.mark.parametrize(("first", "second", "aspect", "published"), NO_CONFLICT)
def test_no_conflict(first, second, aspect, published):
    found = run(first, second, published=published).conflicts
    assert [c for c in found if aspect in (None, c.aspect)] == []


def test_the_any_order_wording_share_of_one_claim_leaves_the_figures_out():
    """"1,080,416" is three tokens: counted as wording, they pushed the share under a half.
    (The embeddings put the two sentences in one claim; the lexical score alone does not.)"""
    articles = (make("first", "It took 1,080,416 signatures to trigger a recall. " + CONTEXT),
                make("second", "The minimum needed to trigger a recall was 540,208 signatures for each of them. "
                     + CONTEXT))
    found = only(conflicts(Brief(StoryInfo(None, 2), articles), Settings(semantic=True)))
    assert found.kind == "number" and values(found) == {"1.08042e+06", "540208"}



def _stage_report(stage: int, day: int) -> str:
    return (f"Tour of Vesland: Tomas Brandt wins stage {stage}\n\nMonday, July {day}, 2025\n\n"
            f"Tomas Brandt of Norland has won stage {stage} of the 2025 Tour of Vesland. {CONTEXT}")


def test_openings_of_reports_of_different_days_tell_each_days_news():
    """Title and lede of each report are its own day's news: stage 13 on the 21st, stage 15 on
    the 23rd. Told on one day, the same two figures conflict (title and lede each)."""
    apart = two(_stage_report(13, 21), _stage_report(15, 23), ("2025-07-21", "2025-07-23"))
    assert apart.conflicts == ()
    same_day = two(_stage_report(13, 21), _stage_report(15, 21), ("2025-07-21", "2025-07-21"))
    assert {c.aspect for c in same_day.conflicts} == {"number"}
    assert all(values(c) == {"13", "15"} for c in same_day.conflicts)


def test_a_toll_lowered_in_the_lede_of_a_later_report_still_conflicts():
    found = only(two("The storm has killed 45 people across the region, police said. " + CONTEXT,
                     "The storm has killed 32 people across the region, police said. " + CONTEXT,
                     ("2025-05-02", "2025-05-04")))
    assert found.kind == "number" and values(found) == {"45 person", "32 person"}


def test_a_measure_its_own_article_gives_several_values_is_a_series():
    """The first article gives two depths (two tremors): its 44.3 against the other's 32.6 is
    a third value of that measure, not one fact told two ways. (The clock times keep the
    28.4 sentence itself from being compared with the other article's.)"""
    depth = "The aftershock occurred{} at a depth of {} kilometers near Pichilemu, the survey said."
    other = "The first tremor struck at 08:32 UTC at a depth of 28.4 kilometers near Pichilemu. "
    second = make("second", depth.format(" at 14:10 UTC", 32.6))
    both = (make("first", other + depth.format("", 44.3)), second)
    assert conflicts(Brief(StoryInfo(None, 2), both), SETTINGS).conflicts == ()
    alone = (make("first", depth.format("", 44.3)), second)
    assert values(only(conflicts(Brief(StoryInfo(None, 2), alone), SETTINGS))) == {"44300 m", "32600 m"}


def _quake_reports(headline_magnitude: str, dated: str, magnitude: str, published: str) -> Brief:
    """A headline of 2025-03-13 and, months later, a lede dating its own quake."""
    return two(f"Magnitude {headline_magnitude} earthquake hits Vesland as president is sworn in\n\n"
               f"Thursday, March 13, 2025\n\n{CONTEXT}",
               f"Residents of Brackley stayed outdoors for the night. {dated}, Vesland was hit by a second "
               f"earthquake, that reached a magnitude of {magnitude}. {CONTEXT}",
               ("2025-03-13", published))


def test_a_headline_tells_the_news_of_the_days_just_before_its_report():
    """An undated headline of March 13 tells the quake another report dates to March 11: its
    magnitude conflicts, months apart and worded in another order; a quake dated to February
    is another event, and so is one told by a report of another day."""
    found = only(_quake_reports("6.9", "On March 11", "8.9", "2025-10-24"))
    assert found.kind == "number" and values(found) == {"6.9 magnitude", "8.9 magnitude"}
    assert _quake_reports("6.9", "On February 27", "8.8", "2025-10-24").conflicts == ()
    assert _quake_reports("6.9", "On March 11", "6.9", "2025-10-24").conflicts == ()



def test_an_aftershocks_magnitude_is_no_other_value_of_the_quakes():
    brief = two(f"A magnitude 6.9 earthquake hits Vesland as president is sworn in\n\nThursday, March 13, 2025\n\n"
                f"{CONTEXT}", f"A magnitude 5.8 aftershock hit Vesland on March 12, officials said. {CONTEXT}",
                ("2025-03-13", "2025-03-13"))
    assert brief.conflicts == ()


def test_a_headline_tells_its_days_for_a_quake_not_for_a_daily_series():
    brief = two(f"Vesland shares fall 2 percent as banks slide\n\nThursday, March 13, 2025\n\n{CONTEXT}",
                f"Traders stayed cautious. Banks slid again on March 11, when Vesland shares lost 3 percent. "
                f"{CONTEXT}", ("2025-03-13", "2025-03-20"))
    assert brief.conflicts == ()





