"""Bad input: one line naming the input and the reason, the rest goes on, no traceback.

Each case is checked through ``read_articles`` (the Python API) and through the
CLI (stderr line, exit code).
"""

import gzip
import io
import json
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.brief import read_articles
from storyline.cli import main
from storyline.settings import Settings

GOOD = "Good story\n\nThe council voted on Monday to close the old bridge, officials said.\n"


def run_cli(capsys, *inputs) -> tuple[int, list[str], dict | None]:
    code = main(["brief", *map(str, inputs), "--format", "json"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err.strip().splitlines(), json.loads(captured.out) if captured.out else None


def check(tmp_path, capsys, name: str, content: bytes, reason: str) -> None:
    """``name`` is skipped with ``reason`` while a good file next to it is read."""
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    articles, problems = read_articles([str(bad), str(good)])
    assert [a.title for a in articles] == ["Good story"]
    assert [(p.input, reason in p.reason) for p in problems] == [(str(bad), True)], problems
    code, err, brief = run_cli(capsys, bad, good)
    assert code == 0 and brief["story"]["articles"] == 1
    assert any(line.startswith(f"storyline: skipped {bad}: ") and reason in line for line in err), err
    code, err, brief = run_cli(capsys, bad)  # nothing readable: exit 1
    assert code == 1 and brief is None and len(err) == 2 and "no article could be read" in err[-1]


def test_empty_file(tmp_path, capsys):
    check(tmp_path, capsys, "empty.txt", b"", "empty file")


def test_whitespace_only(tmp_path, capsys):
    check(tmp_path, capsys, "blank.txt", b"  \n\n\t \r\n", "empty input")


def test_binary(tmp_path, capsys):
    check(tmp_path, capsys, "image.txt", bytes(range(256)) * 20, "binary")


def test_malformed_json_array(tmp_path, capsys):
    check(tmp_path, capsys, "list.json", b'[{"text": "cut off', "malformed JSON")


def test_html_without_article_text(tmp_path, capsys):
    check(tmp_path, capsys, "nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
          "no article text")


def test_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café owners in São Paulo\n\nThe café’s naïve owner said on Monday it would "
                     "reopen.".encode("cp1252"))
    [article], problems = read_articles([str(path)])
    assert problems == []
    assert article.title == "Café owners in São Paulo"
    assert "café’s naïve owner" in article.text


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a déclaré que la réforme entrerait en vigueur à Noël.".encode("latin-1"))
    [article], _ = read_articles([str(path)])
    assert "déclaré que la réforme" in article.text and "à Noël" in article.text


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Título\n\nEl café abrió el lunes, dijeron los funcionarios.".encode("utf-16"))
    [article], _ = read_articles([str(path)])
    assert (article.title, article.text) == ("Título", "El café abrió el lunes, dijeron los funcionarios.")


def test_malformed_html_does_not_crash(tmp_path, capsys):
    path = tmp_path / "broken.html"
    path.write_text("<html><head><title>Broken</title><body><article><p>The council voted on Monday to "
                    "close the old bridge for repairs, officials said.<p>Repairs will take a year and "
                    "cost two million euros, the mayor said<div><b><i unclosed='")
    [article], problems = read_articles([str(path)])
    assert problems == [] and article.title == "Broken"
    assert "Repairs will take a year" in article.text
    assert run_cli(capsys, path)[0] == 0


def test_malformed_json_line_among_good_ones(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "First good record about the bridge."}),
        '{"text": "unterminated',
        json.dumps({"title": "a record without any text"}),
        json.dumps([1, 2]),
        json.dumps({"maintext": "Second good record about the bridge."}),
    ]))
    articles, problems = read_articles([str(path)])
    assert [a.text for a in articles] == ["First good record about the bridge.",
                                          "Second good record about the bridge."]
    assert [p.input for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in problems[0].reason
    assert "no text" in problems[1].reason and "not an object" in problems[2].reason
    code, err, brief = run_cli(capsys, path)
    assert code == 0 and brief["story"]["articles"] == 2
    assert err[0].startswith(f"storyline: skipped {path}:2: malformed JSON")


def _page(number: int) -> bytes:
    return (f"<html><head><title>Story {number}</title></head><body><article>"
            f"<p>Story {number} says the council met on Monday to vote on closing the old bridge.</p>"
            f"<p>Repairs for story {number} will take a year and cost two million euros.</p>"
            "</article></body></html>").encode()


def _warc(count: int) -> tuple[bytes, list[int]]:
    """A WARC of ``count`` responses and the offset where each record starts."""
    return _warc_gz(count, gzip=False)


def _warc_gz(count: int, gzip: bool = True) -> tuple[bytes, list[int]]:
    """A gzipped WARC of ``count`` responses and the offset where each record's gzip member starts."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    starts = []
    for number in range(count):
        starts.append(out.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>",  # the same bytes
                 "WARC-Date": "2024-03-12T08:00:00Z"}  # every run, so damage lands in the same place
        writer.write_record(writer.create_warc_record(f"https://a.example/{number}", "response",
                                                      payload=io.BytesIO(_page(number)), http_headers=headers,
                                                      warc_headers_dict=fixed))
    return out.getvalue(), starts


def test_corrupt_warc_gz_keeps_the_records_before_the_damage(tmp_path, capsys):
    whole, starts = _warc_gz(4)
    data = bytearray(whole)
    middle = (starts[2] + starts[3]) // 2  # garbage inside the third record
    data[middle : middle + 40] = bytes(byte ^ 0xFF for byte in data[middle : middle + 40])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(data))
    articles, problems = read_articles([str(path)])
    assert [a.url for a in articles] == ["https://a.example/0", "https://a.example/1"]
    assert len(problems) == 1 and problems[0].reason.startswith("malformed WARC after 2 records"), problems
    code, err, _ = run_cli(capsys, path)
    assert code == 0 and err[0].startswith(f"storyline: skipped {path}") and "malformed WARC" in err[0]


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_warc_cut_anywhere_in_its_last_record_keeps_the_others_and_says_so(tmp_path, gzipped):
    whole, starts = _warc_gz(4) if gzipped else _warc(4)
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(whole)
    articles, problems = read_articles([str(path)])
    assert len(articles) == 4 and problems == []  # whole: nothing to say
    last = len(whole) - starts[3]
    for cut in range(1, last - 16, 7):  # a gzip member ends in a checksum and size, no text
        path.write_bytes(whole[: starts[3] + cut])
        articles, problems = read_articles([str(path)])
        assert [a.url for a in articles] == [f"https://a.example/{n}" for n in range(3)], cut
        assert len(problems) == 1, (cut, problems)
        assert any(word in problems[0].reason for word in ("cut off", "cut short", "ends inside", "malformed")), \
            problems


def test_corrupt_gzip_text(tmp_path, capsys):
    data = bytearray(gzip.compress(GOOD.encode() * 50))
    data[30:60] = bytes(30)
    check(tmp_path, capsys, "story.txt.gz", bytes(data), "corrupt")


def test_duplicate_article_is_skipped_with_what_it_duplicates(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(GOOD)
    second.write_text(GOOD.replace("Monday", "Monday").replace("\n", "\r\n"))  # same text, CRLF
    articles, problems = read_articles([str(first), str(second)])
    assert len(articles) == 1
    assert [str(p) for p in problems] == [f"{second}: duplicate of {first}"]
    code, err, brief = run_cli(capsys, first, second)
    assert code == 0 and brief["story"]["articles"] == 1 and err == [f"storyline: skipped {second}: "
                                                                      f"duplicate of {first}"]


def test_same_text_from_two_outlets_is_two_articles():
    records = [{"text": "Wire copy about the bridge.", "source_domain": "a.example"},
               {"text": "Wire copy about the bridge.", "source_domain": "b.example"}]
    articles, problems = read_articles(records)
    assert len(articles) == 2 and problems == []


def test_a_50_mb_file_is_refused_quickly_with_one_line(tmp_path, capsys):
    big = tmp_path / "huge.html"
    with big.open("w") as handle:
        handle.write("<html><body>" + "<p>The council met on Monday.</p>" * 1_600_000)
    assert big.stat().st_size > 50_000_000
    started = time.perf_counter()
    code, err, _ = run_cli(capsys, big)
    assert time.perf_counter() - started < 5
    assert code == 1 and err[0].startswith(f"storyline: skipped {big}: html input over the 5 MB limit")


def test_oversized_jsonl_record_is_skipped_and_the_stream_goes_on(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "x " * 600}) + "\n" + json.dumps({"text": "Small record."}) + "\n")
    articles, problems = read_articles([str(path)], Settings(max_record_bytes=1000))
    assert [a.text for a in articles] == ["Small record."]
    assert problems[0].input == f"{path}:1" and "exceeds" in problems[0].reason


def test_gzip_bomb_is_bounded(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 20_000_000))
    _, problems = read_articles([str(path)], Settings(max_article_bytes=1_000_000))
    assert "limit" in problems[0].reason


def test_unreadable_items_given_to_the_python_api():
    articles, problems = read_articles([{"title": "no text"}, 42])
    assert articles == [] and [p.input for p in problems] == ["<item 0>", "<item 1>"]


def test_stdin_garbage_is_one_line(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(bytes(range(32)) * 100)))
    code, err, _ = run_cli(capsys, "-")
    assert code == 1 and err[0] == "storyline: skipped <stdin>: binary content, not text"


def test_known_binary_formats_are_named(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    docx = tmp_path / "story.docx"
    docx.write_bytes(b"PK\x03\x04" + bytes(100))
    _, problems = read_articles([str(pdf), str(docx)])
    assert [p.reason for p in problems] == ["a PDF file, not text (extract its text first)",
                                            "a ZIP or Office (docx, xlsx, epub) file, not text "
                                            "(extract its text first)"]


def test_text_opening_with_a_bracket_or_brace_is_still_text(tmp_path):
    path = tmp_path / "update.txt"
    path.write_text("[Updated] The bridge will reopen on Friday, the council said.\n\n{Editor's note: corrected.}")
    [article], problems = read_articles([str(path)])
    assert problems == [] and article.text.startswith("[Updated] The bridge")


def test_jsonl_with_a_bom_and_a_cp1252_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "First record."}).encode() + b"\n"
                     + '{"text": "Le café a rouvert."}'.encode("cp1252") + b"\n")
    articles, problems = read_articles([str(path)])
    assert problems == [] and [a.text for a in articles] == ["First record.", "Le café a rouvert."]


def test_records_sharing_an_input_id_are_not_duplicates_unless_the_text_is_the_same(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": "1", "text": "The bridge closed on Monday."}) + "\n")
    two.write_text(json.dumps({"id": "1", "text": "The school reopened on Friday."}) + "\n"
                   + json.dumps({"id": "9", "text": "The bridge closed on Monday."}) + "\n")
    articles, problems = read_articles([str(one), str(two)])
    assert [a.text for a in articles] == ["The bridge closed on Monday.", "The school reopened on Friday."]
    assert len({a.id for a in articles}) == 2 and articles[0].id == "1"
    assert [str(p) for p in problems] == [f"{two}:2: duplicate of {one}:1"]


@pytest.mark.parametrize("gzipped", [True, False])
@pytest.mark.parametrize("ending", [b"\r\n\r\n", b"\n" * 100, b"empty gzip member"])
def test_blank_lines_or_an_empty_gzip_member_after_the_last_record_are_no_cut(tmp_path, gzipped, ending):
    whole, _ = _warc_gz(2) if gzipped else _warc(2)
    if ending == b"empty gzip member":
        ending = gzip.compress(b"") if gzipped else b""
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(whole + ending)
    articles, problems = read_articles([str(path)])
    assert len(articles) == 2 and problems == []
