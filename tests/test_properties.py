"""Property-based tests: spans slice the clean text exactly, reading is deterministic,
and neither cleaning nor reading ever raises on arbitrary input."""

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.brief import read_articles
from storyline.clean import clean
from storyline.model import Article, Document, Problem
from storyline.read import read_bytes
from storyline.read.html import _normalize_paragraphs
from storyline.segment import sentence_spans
from storyline.settings import Settings

# Fragments that trigger every rule: comment metadata, promos, quote intros,
# quote markers, indentation, abbreviations, quotes, artefacts.
FRAGMENTS = [
    "The council voted on Monday.", "Sen. Ann Lee said", "U.S.", "a.m.", "“We will,” he said.",
    '"It is over. We lost," she said.', "Comments (2)", "bob says:", "March 1, 2024 at 5:02 pm",
    "Reply", "2 hours ago", "Read more: Bridges", "Sign up for our newsletter", "Share | Facebook",
    "From the Post's report:", "The Times reported:", "> quoted line", "    indented line",
    "[email protected]", "(Reporting by Jo Lee)", "— Jo Lee", "@handle", "I think so.", "1. Item",
    "- bullet", "LONDON (AP) --", "...", "…", "Mr.", "No. 5", "é", "\t", " ", "\n", "\n\n", "\r\n",
]
texty = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=30).map("".join)
anything = st.one_of(texty, st.text(max_size=300))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_spans(article: Article) -> None:
    text = article.text
    previous_end = 0
    for sentence in article.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        piece = text[sentence.start : sentence.end]
        assert piece == piece.strip() and piece
        inside = any(q.start <= sentence.start and sentence.end <= q.end for q in article.quoted)
        assert sentence.quoted == inside
        previous_end = sentence.end
    for passage in article.quoted:
        assert 0 <= passage.start < passage.end <= len(text)
        assert text[passage.start : passage.end].strip()
    for removal in article.removed:
        assert 0 <= removal.at <= len(text) and removal.text


@FAST
@given(anything)
def test_cleaning_never_raises_and_every_span_slices_the_clean_text(text):
    check_spans(clean(Document(text=text)))


@FAST
@given(anything, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=3))
def test_blockquote_ranges_of_any_shape_are_safe(text, ranges):
    blockquotes = tuple((min(a, b), max(a, b)) for a, b in ranges)
    check_spans(clean(Document(text=text, blockquotes=blockquotes)))


@FAST
@given(anything)
def test_sentences_are_ordered_non_overlapping_and_cover_all_words(text):
    spans = sentence_spans(text)
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))
    covered = "".join(text[start:end] for start, end in spans)
    assert "".join(covered.split()) == "".join(text.split())  # no character but white space is lost


@FAST
@given(anything)
def test_cleaning_is_deterministic(text):
    document = Document(text=text, url="https://a.example/x")
    assert clean(document) == clean(document)


PREFIXES = [b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b'{"text": "', b"[", b"<html><p>", b"\xff\xfe"]
any_bytes = st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=2000)).map(lambda pair: pair[0] + pair[1])


@FAST
@given(any_bytes)
def test_reading_arbitrary_bytes_never_raises_and_is_deterministic(data):
    first = list(read_bytes(data, "<stdin>", Settings()))
    assert all(isinstance(item, (Document, Problem)) for item in first)
    assert first == list(read_bytes(data, "<stdin>", Settings()))


@settings(max_examples=25, deadline=None)
@given(texty)
def test_reading_a_file_twice_gives_identical_articles(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("read") / "story.txt"
    path.write_text("Title\n\n" + text + "\nThe council voted on Monday.", encoding="utf-8")
    assert read_articles([str(path)]) == read_articles([str(path)])


@FAST
@given(st.text(alphabet="ab \n\t", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)),
                                                          max_size=3))
def test_html_paragraph_normalisation_keeps_quote_ranges_on_the_same_words(text, ranges):
    quotes = tuple((min(a, b, len(text)), min(max(a, b), len(text))) for a, b in ranges)
    flat, moved = _normalize_paragraphs(text, quotes)
    assert "\n\n\n" not in flat and flat == flat.strip()
    assert "".join(flat.split()) == "".join(text.split())
    for start, end in moved:
        assert 0 <= start < end <= len(flat) and flat[start:end] == flat[start:end].strip()
    for (start, end), (new_start, new_end) in zip(
            [q for q in quotes if text[q[0]:q[1]].strip()], moved, strict=True):
        assert "".join(flat[new_start:new_end].split()) == "".join(text[start:end].split())
