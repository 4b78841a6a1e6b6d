"""The story's headline: the title of the report the story rests on."""

from __future__ import annotations

from storyline.brief import build_brief
from storyline.clean import clean
from storyline.model import Document


def article(id_: str, title: str, published: str, text: str):
    return clean(Document(text=text, title=title, published=published, id=id_, source=id_.upper()))


def test_between_independent_reports_the_headline_is_the_one_the_summary_rests_on_not_the_earliest():
    aside = article("early", "Valley council delays budget vote", "2024-03-01",
                    "The Valley council delayed its budget vote on the Harwick plan to April.")
    first = article("b", "Fire destroys Harwick paint store", "2024-03-05",
                    "A fire destroyed the Harwick paint store on Quarry Road on Tuesday. Fire Chief Tomas Brandt "
                    "said the blaze started in a storage room. Nobody was hurt, he said.")
    second = article("c", "Paint store burns in Harwick", "2024-03-06",
                     "Crews fought a blaze that gutted a Harwick paint shop on Tuesday. Chief Tomas Brandt told "
                     "reporters it began in a storeroom. No injuries were reported.")
    brief = build_brief([aside, first, second])
    assert len(brief.provenance.origins) == 3
    assert brief.story.title == "Fire destroys Harwick paint store"
    assert build_brief([second, aside, first]).story.title == brief.story.title  # input order does not matter
