"""``storyline quotes`` and ``storyline eval quotes`` on small synthetic files."""

from __future__ import annotations

import json

from storyline.cli import main


def test_quotes_command_writes_raw_offsets(tmp_path, capsys):
    text = "  Lead paragraph.\r\n\r\n“Keep calm,” the chief said.\n\nOfficials said the road was closed."
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": text}) + "\n" + "not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["quotes", str(source), "-o", str(out)]) == 0
    assert "skipped " + str(source) + ":2: malformed JSON" in capsys.readouterr().err
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "a1"
    found = {(q["kind"], text[q["content"]["start"]:q["content"]["end"]],
              text[q["speaker"]["start"]:q["speaker"]["end"]], text[q["cue"]["start"]:q["cue"]["end"]])
             for q in row["quotes"]}
    assert found == {("direct", "“Keep calm,”", "the chief", "said"),
                     ("indirect", "the road was closed", "Officials", "said")}


def test_quotes_command_missing_file_is_one_line_error(tmp_path, capsys):
    assert main(["quotes", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_eval_quotes_scores_system_and_baseline(tmp_path, capsys):
    text = "“We will rebuild,” Mayor Ann Cole said on Friday. The plant will reopen, officials said."
    def span(fragment, last=False):
        start = text.rindex(fragment) if last else text.index(fragment)
        return [{"spans": [[start, start + len(fragment)]], "text": fragment}]
    record = {"doc": "d1", "annotator": "x", "text": text, "attributions": [
        {"id": "E1", "source": span("Mayor Ann Cole"), "cue": span("said"),
         "content": span("“We will rebuild,”"), "content_has_quote_marks": True},
        {"id": "E2", "source": span("officials"), "cue": span("said", last=True),
         "content": span("The plant will reopen"), "content_has_quote_marks": False},
    ]}
    data = tmp_path / "polnear.jsonl"
    data.write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--data", str(data)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 1  # deduplicated by doc
    ours = result["storyline"]
    assert ours["all"]["content_overlap"]["f1"] == 1.0
    assert ours["all"]["speaker_accuracy"] == 1.0
    assert ours["quote_marked"]["gold"] == 1
    assert result["naive_baseline"]["all"]["content_overlap"]["recall"] == 0.5
