"""Predicates: verbs found without a tagger, and which units a denial may join."""

from __future__ import annotations

import pytest

from storyline.predicates import Predicates, verbs


@pytest.mark.parametrize(("text", "expected"), [
    ("The blaze broke out at about 4:30 a.m., the fire service said.", ("broke",)),
    ("Greyline has denied that it ignored the warnings of the injured workers.", ("denied", "ignored")),
    ("The agency was monitoring air quality, officials confirmed.", ("monitoring",)),
])
def test_verbs_are_past_forms_and_words_after_auxiliaries_without_reporting_or_adjectives(text, expected):
    assert verbs(text) == expected


@pytest.mark.parametrize(("other", "linkable"), [
    ("The blaze broke out in a storage hall of the Greyline plant.", False),
    ("Inspectors said Greyline ignored safety warnings at the Greyline plant.", True),
    ("Greyline also rejected claims that it ignored safety warnings.", True),
])
def test_a_denial_links_only_to_units_stating_one_of_its_verbs(other, linkable):
    denial = "Greyline denied that it had ignored safety warnings before a fire at the Greyline plant."
    predicates = Predicates([denial, other], semantic=False)
    assert predicates.linkable(0, 1) is linkable and predicates.linkable(1, 0) is linkable


def test_pairs_without_a_denial_always_link():
    predicates = Predicates(["The blaze broke out at dawn.", "Fire swept through the hall."], semantic=False)
    assert predicates.linkable(0, 1)
