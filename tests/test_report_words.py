"""Names the reports give articles and outlets."""

from storyline.model import Article
from storyline.report.words import source_labels


def test_several_articles_of_one_outlet_are_told_apart_by_file_name_else_id():
    articles = (Article("a1", "x", source="AP", path="wire/APW19981103.0271.txt"),
                Article("a2", "x", source="AP", path="wire/APW19981116.0496.txt"),
                Article("a3", "x", source="AP", path="other/APW19981116.0496.txt"),  # same name: ids
                Article("a4", "x", source="AP"),
                Article("b1", "x", source="Reuters", path="reuters.txt"))
    assert source_labels(articles) == {"a1": "AP (APW19981103.0271)", "a2": "AP (a2)", "a3": "AP (a3)",
                                       "a4": "AP (a4)", "b1": "Reuters"}
