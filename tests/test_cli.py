import json

from storyline.cli import main


def test_demo_brief_json(tmp_path, capsys):
    out = tmp_path / "brief.json"
    assert main(["brief", "--demo", "-o", str(out), "-q"]) == 0
    data = json.loads(out.read_text())
    assert data["schema"] == "storyline.brief/1"
    assert data["story"]["articles"] == 6
    sources = {a["source"] for a in data["articles"]}
    assert {"Northwire", "Daily Ledger", "Harwick Courier"} <= sources
    for article in data["articles"]:
        for sentence in article["sentences"]:
            assert article["text"][sentence["start"]:sentence["end"]].strip()


def test_no_inputs_is_a_usage_error(capsys):
    assert main(["brief"]) == 2
    err = capsys.readouterr().err
    assert "no articles given" in err and "Traceback" not in err


def test_nothing_readable_exits_1_with_one_line_per_input(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["brief", str(empty), str(binary), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert any("empty.txt: empty file" in line for line in err)
    assert any("x.bin: binary" in line for line in err)
    assert any("missing.txt: no such file" in line for line in err)


def test_markdown_to_stdout(capsys):
    assert main(["brief", "--demo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ") and "## Sources" in out
