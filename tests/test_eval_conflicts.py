"""The injection benchmark: which sentences it alters and how."""

from __future__ import annotations

import random

from storyline.eval.conflicts import GENUINE_MULTILING2011, cluster_articles, injections, known_discrepancies
from storyline.model import Article
from storyline.segment import segment


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, published="2025-05-02", source=article_id.title(),
                   sentences=segment(text))


def altered(first: str, second: str, kind: str) -> list[tuple[str, str]]:
    """(altered article, altered sentence) of every injection of ``kind`` into the two texts."""
    articles = (make("first", first), make("second", second))
    return [(i.article, i.after[i.start:i.end]) for i in injections(articles, 4, random.Random(1))
            if i.kind == kind]


def test_a_figure_is_not_skipped_for_an_open_ended_figure_that_contains_its_digits():
    first = "Rescuers pulled 4 survivors from the rubble of the collapsed Dunmore school in the night."
    second = ("Rescuers pulled 4 survivors from the rubble of the collapsed Dunmore school in the night, "
              "where more than 14 children had been trapped.")
    assert ("first", first.replace(" 4 ", " 9 ")) in altered(first, second, "number")


def test_a_figure_the_other_side_states_open_ended_is_not_altered():
    first = "Rescuers pulled 14 survivors from the rubble of the collapsed Dunmore school in the night."
    second = "Rescuers pulled more than 14 survivors from the rubble of the collapsed Dunmore school in the night."
    assert altered(first, second, "number") == []


def test_a_figure_is_altered_only_where_the_other_side_states_it_whole():
    first = "Rescuers pulled 4 survivors from the rubble of the collapsed Dunmore school in the night."
    second = "Rescuers pulled 14 survivors from the rubble of the collapsed Dunmore school in the night."
    assert altered(first, second, "number") == []


def test_polarity_is_injected_where_the_other_side_states_the_auxiliary_and_its_verb():
    first = "The surveillance images from the Dunmore station show the teacher, and the girl is shown with red hair."
    second = first.replace("red hair.", "red hair too.")
    assert ("first", first.replace("is shown", "is not shown")) in altered(first, second, "polarity")


def test_polarity_is_not_injected_into_a_clause_the_other_side_lacks():
    first = "The surveillance images from the Dunmore station show the teacher, and the girl is shown with red hair."
    second = "The surveillance images from the Dunmore station clearly show the teacher with darkened hair."
    assert altered(first, second, "polarity") == []


def test_the_kind_with_fewest_candidate_sentences_chooses_first():
    # two shared sentences, both naming someone, one with an auxiliary: names and spellings
    # taking both would leave polarity none
    text = ("Rescuers said that Maria Dellacorte was carried from the collapsed school by volunteers. "
            "The mayor of Dunmore praised Tomas Ferreira for organising the volunteers at the quarry.")
    articles = (make("first", text), make("second", text))
    kinds = [i.kind for i in injections(articles, 2, random.Random(1))]
    assert kinds.count("polarity") == 2


def test_sentences_stating_different_figures_are_not_altered():
    first = "Alexander Vinokourov of Kazakhstan has won stage 13 of the 2004 Tour de France in the Alps."
    second = "Alexander Vinokourov of Kazakhstan has won stage 15 of the 2004 Tour de France in the Alps."
    articles = (make("first", first), make("second", second))
    assert injections(articles, 4, random.Random(1)) == []
    # one figure more on one side is no other fact
    articles = (make("first", first), make("second", first.replace(" in the Alps.", " in 5h 34 minutes.")))
    assert injections(articles, 4, random.Random(1))


def test_each_checked_data_set_has_its_own_list_of_genuine_discrepancies():
    assert known_discrepancies("../shared/data/mds/multiling2011_en.jsonl") == GENUINE_MULTILING2011
    assert ("chilean army", "chilean navy") in GENUINE_MULTILING2011
    assert known_discrepancies("../shared/data/mds/multinews_val_500.jsonl") == ()


def test_articles_are_dated_by_their_ids_else_by_a_date_line_as_cleaning_dates_them():
    """WikiNews articles (MultiLing) carry no date but a date line under the title; `storyline
    brief` reads it when cleaning, so the eval must too (else every report is "the same day")."""
    record = {"documents": ["Flood hits Vesland\n\nSaturday, January 8, 2005\n\nThe river rose overnight.",
                            "The river rose overnight in Vesland.", "Dunmore mayor resigns\n\nThe mayor left."],
              "doc_ids": ["M1-0", "APW19981017.0151", "M1-2"]}
    assert [a.published for a in cluster_articles(record)] == ["2005-01-08", "1998-10-17", None]
