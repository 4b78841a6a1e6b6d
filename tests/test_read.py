"""Each reader on small synthetic inputs written for these tests."""

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.brief import read_articles
from storyline.model import Document, Problem
from storyline.read import expand_inputs, read_bytes, read_documents
from storyline.read.sniff import sniff
from storyline.settings import Settings

BODY = ("The council voted on Monday to close the old bridge for repairs, officials said.\n\n"
        "Repairs will cost two million euros and take a year, the mayor told reporters.")

PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Bridge to close for a year | Valley Post</title>
<meta property="og:title" content="Bridge to close for a year">
<meta property="og:site_name" content="Valley Post">
<meta name="author" content="Ann Lee; Bo Chan">
<meta property="article:published_time" content="2024-05-02T09:00:00+00:00">
<link rel="canonical" href="https://valleypost.example/2024/05/02/bridge">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
<h1>Bridge to close for a year</h1>
<p>The council voted on Monday to close the old bridge for repairs, officials said in a statement.</p>
<p>Here's what the Valley Times reported:</p>
<blockquote><p>The main span shows deep cracks and must not carry traffic beyond the end of May.</p></blockquote>
<p>Repairs will cost two million euros and take a year, the mayor told reporters on Tuesday.</p>
</article></body></html>"""


def documents(inputs, **settings) -> list[Document]:
    found = list(read_documents(inputs, Settings(**settings)))
    assert all(isinstance(item, Document) for item in found), found
    return found


def test_plain_text_short_first_line_then_blank_line_is_the_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Bridge to close for a year\n\n" + BODY + "\n")
    [document] = documents([str(path)])
    assert document.title == "Bridge to close for a year"
    assert document.text == BODY


def test_plain_text_first_sentence_is_not_a_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(BODY)  # first line ends with a full stop: a sentence, not a title
    [document] = documents([str(path)])
    assert document.title is None and document.text == BODY
    run_on = tmp_path / "run_on.txt"
    run_on.write_text("The council voted on Monday\nto close the bridge.\n")  # no blank line
    assert documents([str(run_on)])[0].title is None


def test_html_metadata_and_blockquote_become_a_quoted_passage(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    [document] = documents([str(path)])
    assert document.title == "Bridge to close for a year"
    assert document.source == "Valley Post"
    assert document.url == "https://valleypost.example/2024/05/02/bridge"
    assert document.published == "2024-05-02"
    assert document.authors == ("Ann Lee", "Bo Chan")
    assert document.language == "en"
    assert not document.text.startswith("Bridge to close"), "the <h1> repeating the title is dropped"
    [(start, end)] = document.blockquotes
    assert document.text[start:end] == \
        "The main span shows deep cracks and must not carry traffic beyond the end of May."
    [article], _ = read_articles([str(path)])
    [quoted] = article.quoted
    assert article.text[quoted.start:quoted.end].startswith("The main span shows deep cracks")
    assert quoted.source == "Valley Times"  # named in the intro line
    flags = [s.quoted for s in article.sentences]
    assert flags.count(True) == 1 and flags[0] is False


def test_html_sniffed_by_content_despite_a_wrong_extension(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    assert sniff(PAGE.encode(), "page.txt") == "html"
    assert documents([str(path)])[0].source == "Valley Post"


def test_a_record_without_a_title_field_takes_its_headline_line(tmp_path):
    records = [{"text": "Bridge to close for a year\n\n" + BODY},
               {"text": "Saturday, July 7, 2007\n\n" + BODY},  # a date line is no headline
               {"text": BODY, "title": "Given title"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    headline, dated, titled = documents([str(path)])
    assert (headline.title, headline.text) == ("Bridge to close for a year", BODY)
    assert dated.title is None and dated.text.startswith("Saturday, July 7, 2007")
    assert (titled.title, titled.text) == ("Given title", BODY)


@pytest.mark.parametrize("first_line", [
    "He said: “The council will close Main Street for three weeks.”", "By Sam Ortiz and Jane Doe", "BY SAM ORTIZ",
    "Updated 10:04 a.m. ET, Tue March 3, 2019", "2019-03-03T10:04:00Z", "3 min read", "Advertisement",
])
def test_a_first_line_that_is_no_headline_stays_in_the_text(tmp_path, first_line):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": first_line + "\n\n" + BODY}))
    [document] = documents([str(path)])
    assert document.title is None and document.text.startswith(first_line)


def test_jsonl_with_news_please_and_datatrove_fields(tmp_path):
    records = [
        {"id": "np-1", "maintext": BODY, "title": "Bridge", "url": "https://a.example/x",
         "source_domain": "a.example", "date_publish": "2024-05-02 09:00:00", "authors": ["Ann Lee"],
         "language": "en"},
        {"text": "Datatrove keeps the text at the top and the rest in metadata.", "id": "dt-7",
         "metadata": {"url": "https://b.example/y", "date": "2024-05-03", "title": "Datatrove doc",
                      "authors": "Bo Chan; Cy Dee"}},
        {"body": "A record with a body field only, and no metadata at all."},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    first, second, third = documents([str(path)])
    assert (first.id, first.text, first.title, first.source, first.url, first.published, first.authors,
            first.language) == ("np-1", BODY, "Bridge", "a.example", "https://a.example/x",
                                "2024-05-02T09:00:00", ("Ann Lee",), "en")
    assert first.path == f"{path}:1"
    assert (second.id, second.url, second.published, second.title, second.authors) == (
        "dt-7", "https://b.example/y", "2024-05-03", "Datatrove doc", ("Bo Chan", "Cy Dee"))
    assert third.text.startswith("A record with a body field") and third.path == f"{path}:3"
    articles, _ = read_articles([str(path)])
    assert [a.source for a in articles] == ["a.example", "b.example", "feed #3"]


def test_a_named_outlet_field_wins_over_the_domain(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"maintext": BODY, "source_domain": "a.example", "site_name": "A Daily"}) + "\n")
    [document] = documents([str(path)])
    assert document.source == "A Daily"


def test_json_array_is_read_element_by_element(tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"text": "First article text."}, {"maintext": "Second article text."}]))
    found = documents([str(path)])
    assert [d.text for d in found] == ["First article text.", "Second article text."]
    assert [d.path for d in found] == [f"{path}[0]", f"{path}[1]"]


def _warc(records, gzipped: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for url, content_type, payload, *status in records:
        headers = StatusAndHeaders(status[0] if status else "200 OK", [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return out.getvalue()


def _page(number: int) -> bytes:
    return (f"<html><head><title>Story {number}</title></head><body><article><h1>Story {number}</h1>"
            f"<p>Story {number} says the council met on Monday to vote on closing the old bridge.</p>"
            f"<p>Repairs for story {number} will take a year and cost two million euros.</p>"
            "</article></body></html>").encode()


CRAWL = [("https://a.example/1", "text/html; charset=utf-8", _page(1)),
         ("https://a.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
         ("https://a.example/old", "text/html", b"<html><body>Moved</body></html>", "301 Moved Permanently"),
         ("https://a.example/gone", "text/html", b"<html><body>Not found</body></html>", "404 Not Found"),
         ("https://b.example/2", "text/html", _page(2))]


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_reads_html_responses_and_skips_the_rest(tmp_path, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(_warc(CRAWL, gzipped))
    found = documents([str(path)])
    assert [d.url for d in found] == ["https://a.example/1", "https://b.example/2"]
    assert found[0].text.startswith("Story 1 says the council met")
    assert found[0].path == f"{path}:https://a.example/1"
    articles, problems = read_articles([str(path)])
    assert [a.source for a in articles] == ["a.example", "b.example"] and problems == []


def test_folders_recursively_globs_and_hidden_files(tmp_path):
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One\n\nFirst text.")
    (tmp_path / "a" / "deep" / "two.txt").write_text("Two\n\nSecond text.")
    (tmp_path / "a" / ".hidden.txt").write_text("Hidden\n\nNot read.")
    (tmp_path / "b.md").write_text("B\n\nThird text.")
    assert [p.removeprefix(str(tmp_path)) for p in expand_inputs([str(tmp_path / "a")])] == \
        ["/a/deep/two.txt", "/a/one.txt"]
    titles = [d.title for d in documents([str(tmp_path / "a"), str(tmp_path / "**" / "*.md")])]
    assert titles == ["Two", "One", "B"]


def test_a_folder_skips_hidden_folders_and_its_own_notes_but_a_named_file_is_read(tmp_path):
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "ab12").write_bytes(b"x\x9c\x00\x01binary")
    (tmp_path / "story.txt").write_text("Story\n\nThe article.")
    for note in ("README.md", "LICENSE", "ATTRIBUTION.md", "changelog.txt"):
        (tmp_path / note).write_text("Notes\n\nAbout this folder.")
    assert [p.removeprefix(str(tmp_path)) for p in expand_inputs([str(tmp_path)])] == ["/story.txt"]
    assert [d.title for d in documents([str(tmp_path / "README.md")])] == ["Notes"]


def test_stdin_dash(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Stdin title\n\nRead from a pipe.")))
    [document] = documents(["-"])
    assert (document.title, document.text, document.path) == ("Stdin title", "Read from a pipe.", "<stdin>")


def test_gzip_inputs_of_every_kind(tmp_path):
    text = tmp_path / "story.txt.gz"
    text.write_bytes(gzip.compress(b"Gz title\n\n" + BODY.encode()))
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(json.dumps({"text": "Compressed record."}).encode()))
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    found = documents([str(text), str(feed), str(page)])
    assert [d.title for d in found] == ["Gz title", None, "Bridge to close for a year"]
    assert found[1].text == "Compressed record."
    articles, _ = read_articles([str(text)])
    assert articles[0].source == "story"  # file name without .txt.gz
    [from_bytes] = [d for d in read_bytes(gzip.compress(_warc(CRAWL[:1], False)), "<stdin>", Settings())]
    assert from_bytes.url == "https://a.example/1"


def test_dateline_gives_outlet_and_stated_date_gives_published():
    [article], _ = read_articles([Document(
        "NEW YORK (Reuters) - Published March 3, 2024. The bridge closed on Monday.")])
    assert article.source == "Reuters" and article.published == "2024-03-03"
    [paris], _ = read_articles([Document("Paris (CNN) Talks resumed on Friday.")])
    assert paris.source == "CNN"


def test_problems_name_the_input(tmp_path):
    found = list(read_documents([str(tmp_path / "nope.txt")]))
    assert found == [Problem(str(tmp_path / "nope.txt"), "no such file or directory")]


def test_stdin_jsonl_records_are_named_by_line(monkeypatch):
    feed = json.dumps({"text": "From a pipe."}) + "\n" + json.dumps({"text": "Second.", "url": "https://c.example/z"})
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(feed.encode())))
    articles, problems = read_articles(["-"])
    assert problems == [] and [a.path for a in articles] == ["<stdin>:1", "<stdin>:2"]
    assert [a.source for a in articles] == [None, "c.example"]


def test_dateline_forms():
    from storyline.read.metadata import dateline

    cases = {
        "ZURICH, Switzerland (AP) _ Swissair lawyers met.": ("ZURICH, Switzerland", "AP"),
        "WASHINGTON, March 3 (Reuters) - The Senate met.": ("WASHINGTON", "Reuters"),
        "Raleigh, n.c. ( ap ) — shortly after dusk": ("Raleigh, n.c.", "AP"),
        "( cnn ) -- former anchor": (None, "CNN"),
        "Mannheim , Germany ( Sports Network ) - The champion": ("Mannheim , Germany", "Sports Network"),
        "Voting for MPs to Majlis ( Parliament ) began on Monday.": (None, None),
        "The production of androgens ( mostly testosterone ) rises.": (None, None),
        "Photo (File) - a fire": (None, None),
    }
    for text, expected in cases.items():
        assert dateline(text)[:2] == expected, text


def test_wet_conversion_records_are_read_as_plain_text(tmp_path):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warc_record(
        "https://c.example/3", "conversion", payload=io.BytesIO(("Bridge closes\n\n" + BODY).encode()),
        warc_content_type="text/plain"))
    path = tmp_path / "crawl.warc.wet.gz"
    path.write_bytes(out.getvalue())
    [document] = documents([str(path)])
    assert (document.title, document.text, document.url) == ("Bridge closes", BODY, "https://c.example/3")


def test_records_without_an_outlet_are_named_by_file_and_line_not_all_by_the_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": f"Record number {n} says something new."}) for n in (1, 2))
                    + "\n" + json.dumps({"text": "A named one.", "site_name": "Valley Times"}) + "\n")
    articles, problems = read_articles([str(feed)])
    assert [a.source for a in articles] == ["feed #1", "feed #2", "Valley Times"] and problems == []
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"text": "The first record of an array."}, {"text": "The second one."}]))
    assert [a.source for a in read_articles([str(array)])[0]] == ["array #1", "array #2"]


def test_plain_text_headline_on_a_line_of_its_own_is_the_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Bridge to close for a year\n" + BODY + "\n")
    [document] = documents([str(path)])
    assert document.title == "Bridge to close for a year" and document.text == BODY
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("The council voted on Monday to\nClose the bridge for a year.\n")  # "Close" did not fit
    assert documents([str(wrapped)])[0].title is None


def test_an_article_with_no_other_date_takes_the_date_of_its_file_name_or_url(tmp_path):
    wire = tmp_path / "APW19981017.0151.txt"
    wire.write_text(BODY)
    named = tmp_path / "2019-03-03-bridge.txt"
    named.write_text("Published March 1, 2019\n\n" + BODY.replace("Monday", "Friday"))  # its date line wins
    plain = tmp_path / "bridge-20241301.txt"  # no such month
    plain.write_text(BODY.replace("Monday", "Sunday"))
    feed = tmp_path / "2019-03-04.jsonl"
    feed.write_text(json.dumps({"text": BODY.replace("Monday", "Tuesday")}) + "\n"
                    + json.dumps({"text": BODY.replace("Monday", "Wednesday"),
                                  "url": "https://news.example/2013/05/03/bridge"}) + "\n"
                    + json.dumps({"text": BODY.replace("Monday", "Thursday"),
                                  "url": "https://news.example/politics-20110623"}) + "\n")  # an article number
    future = tmp_path / "scan_20991231.txt"
    future.write_text(BODY.replace("Monday", "Saturday"))
    articles, _ = read_articles([str(p) for p in (wire, named, plain, feed, future)])
    assert [a.published for a in articles] == ["1998-10-17", "2019-03-01", None, None, "2013-05-03", None, None]


@pytest.mark.parametrize("first_line", ["WASHINGTON (AP)", 'The mayor called the closure "a disgrace."',
                                        "Contact: press@harwick.example", "Home | News | Local"])
def test_a_glued_first_line_that_is_no_headline_stays_in_the_text(tmp_path, first_line):
    path = tmp_path / "story.txt"
    path.write_text(first_line + "\n" + BODY + "\n")
    [document] = documents([str(path)])
    assert document.title is None and document.text.startswith(first_line)


def test_a_record_takes_only_a_headline_line_set_apart_by_a_blank_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Bridge to close for a year\n" + BODY}) + "\n"
                    + json.dumps({"text": "Bridge to close for a year\n\n" + BODY}) + "\n")
    glued, apart = documents([str(path)])
    assert glued.title is None and glued.text.startswith("Bridge to close")
    assert apart.title == "Bridge to close for a year" and apart.text == BODY
