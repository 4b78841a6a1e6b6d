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


def test_a_line_that_is_only_a_link_is_cut_but_a_link_in_a_sentence_stays():
    article = clean(doc("https://news.example.com/2024/03/12/fire-at-plant\nA fire tore through a plant on "
                        "Tuesday.\nDetails are at www.harwick.example/fire, the council said."))
    assert article.text.startswith("A fire tore through") and reasons(article) == ["artefact"]
    assert "www.harwick.example/fire, the council said." in article.text


def test_newsroom_notes_in_wire_copy_are_cut_inline_but_capitals_in_brackets_stay():
    article = clean(doc("The court will rule in May. (STORY CAN END HERE _ OPTIONAL MATERIAL FOLLOWS) "
                        "Lawyers for (NATO) said (MORE THAN 20) cases were filed."))
    assert "STORY CAN END" not in article.text and reasons(article) == ["artefact"]
    assert "(NATO)" in article.text and "(MORE THAN 20)" in article.text


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


def test_nested_comment_replies_are_removed_as_one_thread():
    thread = ("Comments\n\nRiverWatcher says:\nMay 2, 2024 at 6:02 pm\nWho pays for this?\nReply\n\n"
              "    Ann P. says:\n    May 2, 2024 at 7:15 pm\n    In reply to RiverWatcher.\n    We do.\n    Reply\n\n"
              "        RiverWatcher says:\n        May 2, 2024 at 7:30 pm\n        Figures.\n        Reply")
    article = clean(doc(*BODY, thread))
    assert article.text == "\n\n".join(BODY)
    assert reasons(article) == ["comments"] and "Figures." in article.removed[0].text
    assert article.quoted == (), "indented replies are comments, not a quoted block"


def test_thread_without_header_with_relative_times():
    article = clean(doc(*BODY, "jkessler\n2 hours ago\nThe date is wrong, it was Monday night.",
                        "Like · Reply", "marta_b\n1 hour ago\nThanks for the update."))
    assert article.text == "\n\n".join(BODY) and reasons(article) == ["comments"]


def test_article_quote_intros_are_not_a_comment_thread():
    kept = [BODY[0], "The mayor said:", '"We will reopen the bridge when it is safe."',
            "Her deputy wrote:", '"The repairs cannot wait another winter."']
    article = clean(doc(*kept))
    assert article.removed == () and article.text == "\n\n".join(kept)


def test_subheads_that_look_like_comment_headers_are_kept():
    kept = [BODY[0], "Reactions", "Residents welcomed the decision at a meeting on Tuesday.", "Discussion",
            "Engineers said the bridge had been unsafe for years."]
    assert clean(doc(*kept)).removed == ()


def test_promos_in_the_middle_of_the_body_are_cut_in_place():
    promos = ["Tune in to Harwick Tonight at 10:30 p.m. ET on Channel 9 for the mayor's interview.",
              "Get our free Morning Briefing newsletter delivered to your inbox.",
              "Related: Ten bridges that closed this year",
              "Follow us on Twitter and Facebook",
              "Advertisement"]
    article = clean(doc(BODY[0], *promos, BODY[1]))
    assert article.text == "\n\n".join(BODY)
    assert reasons(article) == ["promo", "promo", "promo", "signoff", "promo"]
    assert {r.at for r in article.removed} == {len(BODY[0])}


def test_promo_prefixes_followed_by_an_article_sentence_are_kept():
    kept = ["Related: the council said on Monday that the bridge would stay shut until the spring of next year.",
            "Photo: the mayor, who visited the site with engineers on Monday, said the repairs would be "
            "finished within a year and that the cost would be shared.",
            "Subscribe to the idea, said the mayor, that bridges last forever, and you will be disappointed.",
            "Sign up! the mayor told volunteers, who then filled the lists for the clean-up."]
    article = clean(doc(*kept))
    assert article.removed == () and article.text == "\n\n".join(kept)


def test_author_signoffs_and_social_handles():
    article = clean(doc(*BODY, "— Maria Lind", "@marialind", "Maria Lind covers transport for the Post. "
                        "Follow her on Twitter @marialind.", "Contact the author at [email protected]"))
    assert article.text == "\n\n".join(BODY)
    assert reasons(article) == ["signoff"] * 4


def test_email_artefacts_anywhere_are_cut_and_audited():
    article = clean(doc("Residents can write to [email protected] or call the hall, the council said.",
                        "[email protected]", BODY[1]))
    assert "protected" not in article.text
    assert reasons(article) == ["artefact", "artefact"]
    assert article.text.startswith("Residents can write to or call the hall")


def test_indented_block_is_quoted_and_unindented():
    article = clean(doc("The Times reported:", "    Talks ended without a deal.\n    Both sides left.",
                        "I doubt it."))
    [passage] = article.quoted
    assert article.text[passage.start:passage.end] == "Talks ended without a deal.\nBoth sides left."
    assert passage.source == "Times"


def test_intro_lines_name_the_quoted_outlet():
    cases = {"From the Post's report:": "Post", "The Times reported:": "Times",
             "Here's what Reuters wrote:": "Reuters", "As the BBC reported on Monday:": "BBC",
             "According to The New York Times:": "New York Times"}
    for intro, outlet in cases.items():
        article = clean(doc("I read the news today.", intro, "The bridge will close on May 1.",
                            "I think that is a mistake."))
        [passage] = article.quoted
        assert article.text[passage.start:passage.end] == "The bridge will close on May 1.", intro
        assert passage.source == outlet, intro


def test_an_intro_line_without_the_author_speaking_again_marks_nothing():
    article = clean(doc("From the Post's report:", *BODY))
    assert article.quoted == ()


def test_blockquote_ranges_from_markup_get_the_intro_outlet():
    text = "Here's what Reuters wrote:\n\nTalks ended without a deal.\n\nI doubt it."
    start = text.index("Talks")
    article = clean(Document(text=text, blockquotes=((start, start + len("Talks ended without a deal.")),)))
    [passage] = article.quoted
    assert article.text[passage.start:passage.end] == "Talks ended without a deal."
    assert passage.source == "Reuters"


def test_byline_in_the_text_gives_the_authors_when_metadata_has_none():
    assert clean(doc("Posted March 12, 2024 by Sam Ortiz", *BODY)).authors == ("Sam Ortiz",)
    assert clean(doc("By Ann Lee and Bo Chan", *BODY)).authors == ("Ann Lee", "Bo Chan")
    assert clean(doc("By Ann Lee", *BODY, authors=("Meta Author",))).authors == ("Meta Author",)
    assert clean(doc("By the river, the council met on Monday.", *BODY)).authors == ()


def test_a_date_line_under_the_headline_is_cut_and_dates_the_article():
    article = clean(doc("Saturday, July 7, 2007", *BODY))
    assert [(r.reason, r.text) for r in article.removed] == [("date", "Saturday, July 7, 2007")]
    assert article.published == "2007-07-07" and not article.text.startswith("Saturday")
    assert clean(doc("Published 3 March 2019, 10:04 GMT", *BODY)).published == "2019-03-03"
    sentence = clean(doc("July 7, 2007 was the day the bridge closed.", *BODY))
    assert not sentence.removed and sentence.text.startswith("July 7, 2007 was")


def test_byline_naming_the_outlet_gives_it_unless_the_input_has_its_own():
    blog = clean(doc("Posted March 12, 2024 by Sam Ortiz, The Civic Desk", *BODY))
    assert (blog.authors, blog.source) == (("Sam Ortiz",), "The Civic Desk")
    assert clean(doc("By Ann Lee, Bo Chan", *BODY)).authors == ("Ann Lee", "Bo Chan")  # two authors, no outlet
    own = clean(doc("By Sam Ortiz, The Civic Desk", *BODY, source="Civic Desk Weekly"))
    assert own.source == "Civic Desk Weekly"
    site = clean(doc("By Sam Ortiz, The Civic Desk", *BODY, url="https://civicdesk.example/p/1"))
    assert site.source == "civicdesk.example"


def test_indented_lists_without_an_intro_line_are_not_quotes():
    article = clean(doc(BODY[0], "Casualties by country:", "    * Sri Lanka - 300\n    * India - 120",
                        "    Ann Lee, 22, a student.\n    Bo Chan, 30, a teacher.", BODY[1]))
    assert article.quoted == ()
    assert "* Sri Lanka - 300\n    * India - 120" in article.text


def test_a_byline_or_date_line_glued_to_the_text_by_one_newline_is_cut_like_a_paragraph():
    article = clean(Document(text="By Jane Doe\nHARWICK -- The bridge closed on Monday, the city said."))
    assert article.text.startswith("HARWICK -- The bridge") and article.authors == ("Jane Doe",)
    dated = clean(Document(text="March 4, 2024\nThe bridge closed on Monday after a crack was found."))
    assert dated.text.startswith("The bridge") and dated.removed[0].reason == "date"
    kept = clean(Document(text="By the river\nthe town grew quickly over the years."))  # no name: prose
    assert kept.text.startswith("By the river") and kept.removed == ()


def test_notices_of_social_video_and_news_pages_are_boilerplate():
    notices = ["Tweet with a location. You can add location information to your Tweets, such as your city or "
               "precise location, from the web and via third-party applications. Learn more",
               "We've detected that JavaScript is disabled in your browser. Would you like to proceed to legacy "
               "Twitter? Yes",
               "Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order "
               "presentation-ready copies, use the Order Reprints tool.",
               "This will appear next to all of your comments. This will not appear anywhere on the site.",
               "Rating is available when the video has been rented. This feature is not available right now."]
    article = clean(doc(BODY[0], *notices, BODY[1]))
    assert article.text == "\n\n".join(BODY)
    assert reasons(article) == ["boilerplate"] * len(notices)
    kept = clean(doc("The senator tweeted with a location tag from the border, aides said.", BODY[1]))
    assert reasons(kept) == []


def test_an_editors_note_opening_wire_copy_is_cut_up_to_its_dateline():
    wire = clean(doc("Eds: UPDATES with four more deaths AP Photo By ANN LEE Associated Press Writer "
                     "BRACKLEY, Vesland (AP) _ A cold wave has killed at least 65 people, police said Monday.",
                     BODY[1]))
    assert wire.text.startswith("BRACKLEY, Vesland (AP) _ A cold wave")
    assert [(r.reason, r.at) for r in wire.removed] == [("artefact", 0)]
    assert wire.removed[0].text.startswith("Eds: UPDATES") and wire.source == "AP"
    note = clean(doc("EDITOR'S NOTE: This story is part of a series on the town's bridges.", *BODY))
    assert note.text == "\n\n".join(BODY) and reasons(note) == ["artefact"]
    later = clean(doc(BODY[0], "Editors: the council's list follows.", BODY[1]))
    assert reasons(later) == []  # only an opening note is one


def test_an_editors_note_that_is_news_or_alone_is_kept():
    news = "Editor's note: The mayor said on Monday that the Quarry Road bridge will close for a year."
    assert reasons(clean(doc(news, BODY[1]))) == []  # no note wording: the lede
    only = "Editor's note: This story was updated at 1:55 p.m. with the council's vote."
    assert clean(doc(only)).text == only  # the article's only paragraph
    assert reasons(clean(doc(only, BODY[1]))) == ["artefact"]


def test_offsets_of_artefacts_after_an_editors_note_are_those_of_the_clean_text():
    article = clean(doc("Eds: UPDATES with Poland AP Photo Associated Press Writer BRACKLEY, Vesland (AP) _ A cold "
                        "wave killed 65 people. ADVERTISEMENT Police said roads were closed.", BODY[1]))
    advert = next(r for r in article.removed if r.text == "ADVERTISEMENT")
    assert article.text[advert.at - 23:advert.at] == "wave killed 65 people. "


def test_a_site_notice_glued_to_article_text_keeps_the_text():
    glued = ("Rating is available when the video has been rented. This feature is not available right now. "
             "Please try again later. The senator said on Monday that she would resign from the committee.")
    assert reasons(clean(doc(glued, BODY[1]))) == []
