from storyline.clean import clean
from storyline.model import Document

BODY = [
    "The council voted on Monday to close the old bridge, officials said.",
    "Repairs will cost 2 million euros and take a year, the council said.",
]


def doc(*paragraphs: str, **meta) -> Document:
    return Document(text="\n\n".join(paragraphs), **meta)


def reasons(article) -> list[str]:
    return [r.reason for r in article.removed]


def test_comment_thread_after_header_is_removed_and_kept_in_audit():
    article = clean(doc(*BODY, "Comments (2)", "bob says:\nMarch 1, 2024 at 5:02 pm\nGreat.\nReply",
                        "amy says:\nMarch 1, 2024 at 6:00 pm\nNo, it was Tuesday.\nReply"))
    assert article.text == "\n\n".join(BODY)
    assert reasons(article) == ["comments"]
    assert "it was Tuesday" in article.removed[0].text
    assert article.removed[0].at == len(article.text)


def test_comment_thread_without_header_is_found_from_metadata_lines():
    article = clean(doc(*BODY, "bob says:\nGreat piece.", "Reply", "amy says:\nAgreed."))
    assert article.text == "\n\n".join(BODY)
    assert reasons(article) == ["comments"]


def test_promos_share_lines_and_signoffs_are_cut_in_the_middle():
    article = clean(doc(BODY[0], "Sign up for our newsletter to get the news first.",
                        "Read more: Ten bridges to see this summer",
                        "Watch Morning Desk weekdays at 7 a.m. on Channel 4", BODY[1],
                        "Share this article | Facebook | Twitter", "(Reporting by Jo Lee; Editing by Al Ko)"))
    assert article.text == "\n\n".join(BODY)
    assert reasons(article) == ["promo", "promo", "promo", "boilerplate", "signoff"]
    first = article.removed[0]
    assert first.at == len(BODY[0])


def test_article_sentences_that_look_like_rules_are_kept():
    kept = [
        "Read more than 100 pages of the report, the inspector told the committee on Monday.",
        "Watch officials said they would inspect the bridge again in May.",
        "Share prices of the builder fell 4 percent on the news.",
    ]
    article = clean(doc(*kept))
    assert article.text == "\n\n".join(kept)
    assert article.removed == ()


def test_email_artefact_is_cut_inline():
    article = clean(doc("Write to the council at [email protected] before Friday, it said."))
    assert "[email" not in article.text
    assert reasons(article) == ["artefact"]
    assert article.text.startswith("Write to the council at")


def test_quoted_block_after_intro_line_is_marked_with_its_outlet():
    quoted = ["The bridge will close on May 1, the council said.", "It was built in 1902."]
    article = clean(doc("I have followed this for years.", "From the Post's report:", *quoted,
                        "I think the council is wrong."))
    assert len(article.quoted) == 1
    passage = article.quoted[0]
    assert article.text[passage.start:passage.end] == "\n\n".join(quoted)
    assert passage.source == "Post"
    flags = {article.sentence_text(s): s.quoted for s in article.sentences}
    assert flags["It was built in 1902."] is True
    assert flags["I think the council is wrong."] is False


def test_markdown_quote_markers_are_stripped_and_marked():
    article = clean(doc("Here is what Reuters wrote:", "> Talks ended without a deal.", "My view: sad."))
    assert article.quoted and article.text[article.quoted[0].start:article.quoted[0].end] == \
        "Talks ended without a deal."
    assert article.quoted[0].source == "Reuters"


def test_outlet_from_dateline_and_url():
    wire = clean(doc("LONDON (AP) -- The bridge closed on Monday."))
    assert wire.source == "AP"
    site = clean(doc("The bridge closed.", url="https://www.example-news.com/a"))
    assert site.source == "example-news.com"


def test_id_is_stable_and_depends_on_text_and_outlet():
    one = clean(doc(BODY[0], source="A"))
    assert one.id == clean(doc(BODY[0], source="A")).id
    assert one.id != clean(doc(BODY[0], source="B")).id
