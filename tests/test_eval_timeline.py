"""``storyline eval timeline`` on a tiny synthetic set in the SemEval-2015 Task 4 format."""

from __future__ import annotations

import json

from storyline.cli import main
from storyline.eval.timeline import evaluate, gold_value, matches, order

DOCS = [
    {"corpus": "c1", "doc_id": "1", "file": "f1", "dct": "2010-05-07", "title": "Acme reports loss",
     "sentences": ["Acme reports loss", "May 07 , 2010",
                   "Acme said on Thursday that it lost money in 2009 .",
                   "The company was founded in March 1990 ."]},
    {"corpus": "c1", "doc_id": "2", "file": "f2", "dct": "08-05-2010", "title": "Acme shares fall",
     "sentences": ["Acme shares fall", "Shares of Acme fell sharply today ."]},
]
TIMELINES = [
    {"corpus": "c1", "entity": "Acme", "file": "acme", "entries": [
        {"order": 1, "date": "1990-03-XX", "mentions": [{"doc_id": "1", "sent": 3, "token": "founded"}]},
        {"order": 2, "date": "2009-XX-XX", "mentions": [{"doc_id": "1", "sent": 2, "token": "lost"}]},
        {"order": 3, "date": "2010-05-06", "mentions": [{"doc_id": "1", "sent": 2, "token": "said"}]},
        {"order": 4, "date": "2010-05-08", "mentions": [{"doc_id": "2", "sent": 1, "token": "fell"},
                                                        {"doc_id": "9", "sent": 1, "token": "fell"}]},
        {"order": 0, "date": "XXXX-XX-XX", "mentions": [{"doc_id": "2", "sent": 0, "token": "fall"}]},
    ]},
]


def write(tmp_path):
    for name, rows in (("semeval2015_t4_docs.jsonl", DOCS), ("semeval2015_t4_timelines.jsonl", TIMELINES)):
        (tmp_path / name).write_text("".join(json.dumps(row) + "\n" for row in rows))
    return tmp_path


def test_metrics_compare_at_the_gold_precision():
    assert gold_value("2007-10-XX") == "2007-10" and gold_value("XXXX-XX-XX") is None
    assert matches("2007-10-05", "2007-10") and matches("2007-10", "2007-10")
    assert not matches("2007", "2007-10") and not matches(None, "2007")
    assert order("2007", "2008-01-01") == -1 and order("2007", "2007-05") == 0


def test_storyline_beats_the_dct_on_dated_sentences(tmp_path):
    result = evaluate(write(tmp_path), semantic=False)
    assert result["gold_mentions_with_date"] == 4 and result["gold_mentions_skipped"] == 1
    # DCT is right only for "fell" (its DD-MM-YYYY DCT is read as 2010-05-08).
    assert result["date_accuracy"]["dct"] == 0.25
    # Storyline dates "founded" (March 1990), "lost" (2009), "said" (Thursday = 2010-05-06)
    # and "fell" (today); the mention in a document the set lacks is skipped.
    assert result["date_accuracy"]["storyline+dct"] == 1.0
    assert result["ordering_accuracy"]["storyline+dct"] == 1.0
    assert result["ordering_accuracy"]["dct"] < 1.0


def test_cli_prints_the_table_and_rejects_a_wrong_folder(tmp_path, capsys):
    assert main(["eval", "timeline", "--data", str(write(tmp_path)), "--lexical"]) == 0
    out = capsys.readouterr().out
    assert "storyline+dct" in out and "date acc" in out
    assert main(["eval", "timeline", "--data", str(tmp_path / "missing")]) == 2
    assert "expected semeval2015_t4_docs.jsonl" in capsys.readouterr().err
