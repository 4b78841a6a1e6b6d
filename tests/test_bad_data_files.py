"""Every JSONL-reading command and eval task: a missing, empty, binary or malformed
data file is one line on stderr and exit 2 (a skipped line for the lenient commands),
never a traceback."""

from __future__ import annotations

import io
import json

import pytest

from storyline.cli import main
from storyline.commands.common import UserError, jsonl_records, plural, read_jsonl
from storyline.eval.provenance import evaluate_reuse
from storyline.eval.timeline import DOCS, TIMELINES

BAD_FILES = {
    "missing": None,
    "empty": b"",
    "binary": bytes(range(256)) * 8,
    "malformed": b'{"id": 1, "text": "cut off\n',
    "not an object": b"[1, 2]\n",
    "folder": "folder",
}
EVAL_TASKS = ["provenance", "claims", "conflicts", "quotes", "summarize", "cluster", "timeline"]


def _bad(tmp_path, kind: str):
    path = tmp_path / kind.replace(" ", "_")
    content = BAD_FILES[kind]
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    return path


def _one_line_error(capsys, argv: list[str]) -> str:
    code = main(argv)
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    return lines[0]


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("task", EVAL_TASKS)
def test_eval_tasks_name_a_bad_data_file_in_one_line(tmp_path, capsys, task, kind):
    data = _bad(tmp_path, kind)
    if task == "timeline" and kind != "missing":  # timeline reads a folder of two files
        folder = tmp_path / "semeval"
        folder.mkdir()
        (folder / TIMELINES).write_text('{"corpus": "c", "entries": []}\n')
        (folder / DOCS).write_bytes(b"" if kind == "folder" else (BAD_FILES[kind] or b""))
        data = folder
    line = _one_line_error(capsys, ["eval", task, "--data", str(data)])
    assert line.startswith("storyline: ")


def test_eval_provenance_reuse_file_is_checked(tmp_path):
    wrong = tmp_path / "reuse.jsonl"
    wrong.write_text(json.dumps({"text": "a", "source_text": "b"}) + "\n")
    with pytest.raises(UserError, match=r"reuse.jsonl:1: no 'label' field"):
        evaluate_reuse(str(wrong), semantic=False)


@pytest.mark.parametrize("command", ["quotes", "summarize"])
@pytest.mark.parametrize("kind", ["missing", "binary", "folder"])
def test_jsonl_commands_refuse_an_unreadable_file_in_one_line(tmp_path, capsys, command, kind):
    line = _one_line_error(capsys, [command, str(_bad(tmp_path, kind))])
    assert line.startswith("storyline: cannot read ")


@pytest.mark.parametrize("command", ["quotes", "summarize"])
def test_jsonl_commands_skip_bad_lines_and_go_on(tmp_path, capsys, command):
    source = tmp_path / "in.jsonl"
    good = {"id": "g", "text": "The mayor said the bridge would close.", "documents": ["The bridge closed."]}
    source.write_text("{cut\n[1]\n" + json.dumps(good) + "\n", encoding="utf-8")
    assert main([command, str(source)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"storyline: skipped {source}:1: malformed JSON (Expecting property name "
                                         "enclosed in double quotes)",
                                         f"storyline: skipped {source}:2: a JSON list, not an object"]
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["g"]


def test_jsonl_records_reads_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"a": 1}\n\n"x"\n'))
    assert list(jsonl_records("-")) == [(1, {"a": 1}, None), (3, None, "a JSON str, not an object")]


def test_read_jsonl_names_missing_fields_and_refuses_no_records(tmp_path):
    data = tmp_path / "d.jsonl"
    data.write_text('{"doc": 1}\n')
    with pytest.raises(UserError, match=r"d.jsonl:1: no 'text' field"):
        read_jsonl(str(data), needs=("doc", "text"))
    data.write_text("\n\n")
    with pytest.raises(UserError, match="no records in"):
        read_jsonl(str(data))


@pytest.mark.parametrize(("count", "noun", "text"), [(1, "story", "1 story"), (2, "story", "2 stories"),
                                                     (0, "article", "0 articles"), (1, "input", "1 input"),
                                                     (3, "day", "3 days"), (2, "summary", "2 summaries")])
def test_plural(count, noun, text):
    assert plural(count, noun) == text


def test_an_empty_folder_is_named(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["brief", str(tmp_path / "empty")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"storyline: skipped {tmp_path / 'empty'}: a folder with no files to read",
        "storyline: no article could be read (1 input skipped)"]


def test_eval_cluster_needs_a_topic_per_fold(tmp_path, capsys):
    data = tmp_path / "ecb.jsonl"
    data.write_text("".join(json.dumps({"doc": f"d{i}", "text": "The bridge closed.", "topic": "1",
                                        "subtopic": "1a"}) + "\n" for i in range(2)))
    line = _one_line_error(capsys, ["eval", "cluster", "--data", str(data)])
    assert line.endswith("1 topic(s), fewer than the 5 folds (see --folds)")
