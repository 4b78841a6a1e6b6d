"""Entities: names, types, titles and roles, aliases merged across articles."""

from __future__ import annotations

import storyline
from storyline.entities import article_mentions, recognizer, story_entities
from storyline.model import Article


def article(id_: str, text: str, source: str | None = None) -> Article:
    return Article(id=id_, text=text, source=source)


def by_name(entities, name):
    [entity] = [e for e in entities if e.name == name]
    return entity


def test_person_aliases_title_surname_and_role_noun():
    text = ("Chancellor Angela Merkel arrived in Berlin on Monday. Merkel met the press at noon. "
            "Later the chancellor left for Paris.")
    found = story_entities((article("a", text),))
    merkel = by_name(found.entities, "Angela Merkel")
    assert merkel.type == "person"
    assert {"Merkel", "Chancellor Angela Merkel", "the chancellor"} <= set(merkel.aliases)
    assert "Chancellor" in merkel.roles
    assert [text[m.start:m.end] for m in merkel.mentions] == [
        "Chancellor Angela Merkel", "Merkel", "the chancellor"]


def test_types_from_gazetteers_name_words_and_context():
    text = ("Greyline Recycling said the fire on Quarry Road was out. The Harwick Environment Agency "
            "sent inspectors to Harwick, Reuters reported. Officials in Ostrava were told.")
    found = story_entities((article("a", text),))
    types = {e.name: e.type for e in found.entities}
    assert types["Greyline Recycling"] == "organization"
    assert types["Harwick Environment Agency"] == "organization"
    assert types["Quarry Road"] == "place"
    assert types["Reuters"] == "outlet"
    assert types["Ostrava"] == "place"


def test_roles_before_the_name_and_in_apposition():
    text = ("Defense Department spokeswoman Jane Smith declined to comment. "
            "Omar Haddad, a spokesman for the ministry, said talks continue.")
    found = story_entities((article("a", text),))
    assert "Defense Department spokeswoman" in by_name(found.entities, "Jane Smith").roles
    assert "spokesman for the ministry" in by_name(found.entities, "Omar Haddad").roles


def test_a_title_that_opens_with_its_body_or_country_is_split_from_the_name():
    text = ("Senate Majority Leader Chuck Schumer praised the move. In London, British Prime Minister "
            "Rishi Sunak hosted a summit. General Motors and the Fire Service said nothing. Republicans on "
            "Capitol Hill objected.")
    found = story_entities((article("a", text),))
    assert by_name(found.entities, "Chuck Schumer").roles == ("Senate Majority Leader",)
    assert by_name(found.entities, "Rishi Sunak").roles == ("British Prime Minister",)
    types = {e.name: e.type for e in found.entities}
    assert types["London"] == "place"  # the apposition after it is no role of London's
    assert types["General Motors"] == types["Fire Service"] == "organization"
    assert types["Capitol Hill"] == "place"


def test_a_title_before_a_surname_that_is_a_place_or_body_word_still_makes_a_person():
    text = ("Mayor Jack Park said the plan was sound. Judge Ann Church ruled. Coach Grant Hill spoke. "
            "Grant Hill scored. Martin Luther King Jr. said it. Bridge closed on Monday. Port officials met.")
    found = story_entities((article("a", text),))
    types = {e.name: e.type for e in found.entities}
    assert by_name(found.entities, "Jack Park").roles == ("Mayor",) and types["Jack Park"] == "person"
    assert types["Ann Church"] == types["Grant Hill"] == "person"
    assert "Jr" not in types and "Martin Luther King Jr" in types  # a suffix is no name
    assert "place" not in {types.get("Bridge"), types.get("Port")}  # a lone place word opening a sentence


def test_a_person_of_a_body_or_place_is_two_names_but_bodies_named_with_of_stay_whole():
    text = ("Dr. Fei-Fei Li of Stanford University called it a milestone. John Smith of Harwick said he saw "
            "smoke. The Bank of America and the University of Iowa said nothing. The Church of England did. "
            "Li agreed.")
    found = story_entities((article("a", text),))
    types = {e.name: e.type for e in found.entities}
    assert types["Fei-Fei Li"] == "person" and types["Stanford University"] == "organization"
    assert types["John Smith"] == "person" and types["Harwick"] == "place"
    assert {"Bank of America", "University of Iowa", "Church of England"} <= set(types)
    assert "Li" in by_name(found.entities, "Fei-Fei Li").aliases


def test_a_place_known_only_from_a_capitalised_dateline_reads_in_title_case():
    found = story_entities((article("a", "WASHINGTON (Reuters) - The talks in Geneva ended. NATO said nothing."),))
    types = {e.name: e.type for e in found.entities}
    assert types["Washington"] == "place" and "NATO" in types


def test_entities_merge_across_the_story_articles():
    first = article("one", "Mayor Elena Varga visited the site. Greyline Recycling closed the hall.")
    second = article("two", "Varga promised a review. Greyline said it would cooperate.")
    found = story_entities((first, second))
    varga = by_name(found.entities, "Elena Varga")
    assert {m.article for m in varga.mentions} == {"one", "two"}
    greyline = by_name(found.entities, "Greyline Recycling")
    assert "Greyline" in greyline.aliases and len(greyline.mentions) == 2
    assert found.at("two", 0, 5) == varga.id


def test_sentence_openers_and_months_are_not_names():
    text = "Residents were told to stay inside. Neighbours said March was quiet. Posted Monday by staff."
    names = {m.name for m in article_mentions(text) if not m.doubtful}
    assert not names & {"Residents", "Neighbours", "Posted", "Posted Monday", "March"}
    assert not {e.name for e in story_entities((article("a", text),)).entities} & {"Neighbours", "Residents"}


def test_outlets_of_the_story_are_outlets():
    found = story_entities((article("a", "Northwire reported the fire first.", source="Northwire"),))
    assert by_name(found.entities, "Northwire").type == "outlet"


def test_the_short_form_of_one_story_outlet_is_that_outlet():
    courier = article("c", "Greyline denied the report on Tuesday.", source="Harwick Courier")
    told = article("t", "A spokesman told the Courier the plant was safe. The Times did not reply.",
                   source="Northwire")
    times = (article("x", "Text.", source="Financial Times"), article("y", "Text.", source="New York Times"))
    entities = story_entities((courier, told, *times)).entities
    outlet = by_name(entities, "Harwick Courier")
    assert outlet.type == "outlet" and "Courier" in outlet.aliases and len(outlet.mentions) == 1
    assert by_name(entities, "Times").type == "outlet"  # two outlets end with it: left as written


def test_ids_are_stable_and_the_brief_says_which_recognizer_ran():
    text = "Fire Chief Tomas Brandt said the fire was out."
    once = story_entities((article("a", text),))
    again = story_entities((article("a", text),))
    assert [e.id for e in once.entities] == [e.id for e in again.entities]
    brief = storyline.brief({"id": "x", "text": text})
    assert brief.story.entity_recognizer == recognizer()
    assert recognizer() == "rules" or recognizer().startswith("spacy:")


def test_a_channel_number_belongs_to_the_name():
    names = {m.name for m in article_mentions("TV 2 News also says the rider left. On May 5 Obama spoke.")}
    assert "TV 2 News" in names and not {"TV", "News", "May 5 Obama"} & names


def test_events_teams_nationalities_and_time_zones_are_not_people():
    text = ("Lena Moravec, a former Tour de France cyclist, said the Harwick Cycling Team would ride. "
            "The first three French riders started at 11:00 BST in front of the British public.")
    found = story_entities((article("a", text),))
    types = {e.name: e.type for e in found.entities}
    assert types["Tour de France"] == "other" and by_name(found.entities, "Tour de France").roles == ()
    assert types["Harwick Cycling Team"] == "organization"
    assert types["Lena Moravec"] == "person"
    assert not {"French", "British", "BST"} & set(types)
    bodies = story_entities((article("b", "Team Sky, the Open University and the Summit County Sheriff Office "
                                          "met before the World Cup."),)).entities
    assert {e.name: e.type for e in bodies} == {"Team Sky": "organization", "Open University": "organization",
                                                "Summit County Sheriff Office": "organization", "World Cup": "other"}


def test_a_trade_ending_a_name_makes_a_company():
    text = "Marathon Oil and Vesland Airways said on Monday that Brackley Ventures had bought Dunmore Mining."
    types = {e.name: e.type for e in story_entities((article("a", text),)).entities}
    assert {types[n] for n in ("Marathon Oil", "Vesland Airways", "Brackley Ventures", "Dunmore Mining")} == {
        "organization"}


def test_a_surname_that_is_also_a_trade_stays_a_person():
    text = ("Danielle Steel said on Monday that her new novel would be published in June. "
            "\"It is my best book,\" Steel said.")
    found = story_entities((article("a", text),)).entities
    assert by_name(found, "Danielle Steel").type == "person" and "Steel" in by_name(found, "Danielle Steel").aliases
