"""Names the reports give articles and outlets."""

from storyline.model import Article, Brief, Claim, StoryInfo
from storyline.report.words import ranked_claims, short_label, source_labels


def test_several_articles_of_one_outlet_are_told_apart_by_file_name_else_id():
    articles = (Article("a1", "x", source="AP", path="wire/APW19981103.0271.txt"),
                Article("a2", "x", source="AP", path="wire/APW19981116.0496.txt"),
                Article("a3", "x", source="AP", path="other/APW19981116.0496.txt"),  # same name: ids
                Article("a4", "x", source="AP"),
                Article("b1", "x", source="Reuters", path="reuters.txt"))
    assert source_labels(articles) == {"a1": "AP (APW19981103.0271)", "a2": "AP (a2)", "a3": "AP (a3)",
                                       "a4": "AP (a4)", "b1": "Reuters"}


def test_a_short_label_keeps_the_outlet_and_cuts_the_file_name():
    assert short_label("AP (2019-03-03-council-votes-bridge)", 24) == "AP (2019-03-03-council…)"
    assert len(short_label("AP (2019-03-03-council-votes-bridge)", 24)) == 24
    assert short_label("AP (d3)", 24) == "AP (d3)"
    assert short_label("The Harwick Courier and Evening Post", 24) == "The Harwick Courier…"


def test_claims_of_equal_support_keep_the_claims_stages_order():
    claims = tuple(Claim(id_, id_, (), support, support) for id_, support in
                   (("c9", 1), ("c1", 2), ("c7", 1), ("c3", 1), ("c5", 2)))  # stage order: most central first
    shared, single = ranked_claims(Brief(StoryInfo(None, 3), (), claims=claims))
    assert [c.id for c in shared] == ["c1", "c5"] and [c.id for c in single] == ["c9", "c7", "c3"]
