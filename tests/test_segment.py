import json
from pathlib import Path

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


def test_hard_cases_fixture():
    """The hard cases of benchmarks/bench_sentences.py, written for Storyline."""
    fixture = Path(__file__).parent / "fixtures" / "sentences.jsonl"
    for line in fixture.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        assert split(case["text"]) == case["sentences"], case["text"]


def test_quote_with_attribution_stays_one_sentence():
    assert split('"It is over. We lost," he said. His aides wept.') == [
        '"It is over. We lost," he said.', "His aides wept."]
    assert split("“Why now? Why here?” she asked. Nobody knew.") == [
        "“Why now? Why here?” she asked.", "Nobody knew."]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    assert split('He said "it is over. Then he left. Later he came back.') == [
        'He said "it is over.', "Then he left.", "Later he came back."]


def test_am_pm_before_a_capital_and_before_a_time_zone():
    assert split("It opened at 9 a.m. ET on Monday. It closed at 5 p.m. Nobody came.") == [
        "It opened at 9 a.m. ET on Monday.", "It closed at 5 p.m.", "Nobody came."]


def test_numbered_list_items_are_not_split_after_the_number():
    assert split("Steps:\n1. Close it.\n2. Fix it.") == ["Steps:", "1. Close it.", "2. Fix it."]


def test_a_line_of_its_own_ends_a_sentence_but_a_wrapped_line_does_not():
    glued = "Bridge to close\nWASHINGTON (Reuters) - The bridge will close on Monday for repairs, officials said."
    assert split(glued) == ["Bridge to close", glued.split("\n")[1]]
    one_a_line = "Flood waters rise in the valley\nResidents were told to leave on Sunday , police said .\n"
    assert split(one_a_line) == one_a_line.strip().split("\n")
    wrapped = "Officials said on Monday that the\nBridge Authority would close it for two\nweeks, the city said."
    assert split(wrapped) == [wrapped]  # "Bridge" did not fit on the first line: a wrap
    comma = "The fire spread to the roof,\nThen the walls fell in."
    assert split(comma) == [comma]
    assert split("Storm hits coast\nThousands flee") == ["Storm hits coast\nThousands flee"]  # cannot tell: kept


def test_evenly_wrapped_lines_and_a_long_url_line_are_no_breaks():
    evened = ("The blaze broke out at about 4:30 a.m. in a storage hall of the Greyline\n"
              "Recycling plant on Quarry Road, according to the Harwick Fire Service,\n"
              "which sent crews from three stations to the scene.\n")  # as GNU fmt wraps it
    assert len(split(evened)) == 1
    url = ("Residents can read the report, which was posted at\n"
           "https://www.harwick.example/council/2024/03/bridge-inspection-report.pdf\n"
           "before the meeting on Thursday, when Mayor Elena\nVarga and Fire Chief Tomas Brandt will answer.")
    assert len(split(url)) == 1
    assert len(split("WASHINGTON _\nAfter the crash of the jet, the airline paid the families on Monday.")) == 1
    assert split("Bridge to close\n“The bridge is unsafe,” the mayor said on Monday at the council meeting.")[0] \
        == "Bridge to close"  # a quotation opens the next sentence
