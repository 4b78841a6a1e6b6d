from storyline.segment import sentence_spans, tokens


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_titles_and_initials_do_not_split():
    text = "Sen. John Smith met Gov. Ann Lee and George W. Bush on Jan. 5 in St. Louis. They talked."
    assert split(text) == [
        "Sen. John Smith met Gov. Ann Lee and George W. Bush on Jan. 5 in St. Louis.",
        "They talked.",
    ]


def test_initialism_splits_only_before_a_sentence_starter():
    assert split("He met U.S. Army officers. He lives in the U.S. The country is big.") == [
        "He met U.S. Army officers.", "He lives in the U.S.", "The country is big."]


def test_quotes_ellipses_and_questions():
    text = '"It is over." Then he left... The end? "Why?" she asked. It cost $3.5 million.'
    assert split(text) == ['"It is over."', "Then he left...", "The end?", '"Why?" she asked.',
                           "It cost $3.5 million."]


def test_curly_quotes_and_paragraphs_and_bullets():
    text = "“We will rebuild.” The mayor left.\n\nNew paragraph without stop\n- first item\n- second"
    assert split(text) == ["“We will rebuild.”", "The mayor left.", "New paragraph without stop",
                           "- first item", "- second"]


def test_number_abbreviations():
    assert split("It was No. 5 on the list. Room no. 12 is open.") == [
        "It was No. 5 on the list.", "Room no. 12 is open."]


def test_tokens_have_offsets():
    text = "Greyline's plant, Quarry-Road"
    assert [text[s:e] for s, e in tokens(text)] == ["Greyline's", "plant", "Quarry-Road"]
