"""Names the reports give articles and outlets."""

from storyline.model import Article
from storyline.report.words import short_label, source_labels


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
