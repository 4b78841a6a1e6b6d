"""`storyline eval provenance` on a tiny synthetic cluster file, and the JSON contract."""

from __future__ import annotations

import json

from storyline.cli import main

WORDS = ["river", "mill", "crews", "water", "board", "barrier", "school", "rain", "council", "mayor", "engineer",
         "street", "bank", "storm", "hospital", "nurse", "bus", "library", "farmer", "crop", "permit", "valley",
         "sun", "heat", "town", "bridge", "road", "field", "market", "harbour", "ferry", "station", "signal",
         "tower", "wall", "gate", "garden", "orchard", "quarry", "forest", "lake", "island", "coast"]


def _document(seed: int, sentences: int = 30) -> str:
    """Distinct pseudo-sentences: every 5-word run occurs once, as in a real article."""
    import random

    rng = random.Random(seed)
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "."
                    for _ in range(sentences))


def test_eval_provenance_runs_on_any_cluster_file(tmp_path, capsys):
    data = tmp_path / "clusters.jsonl"
    data.write_text(json.dumps({"id": "c1", "documents": [_document(1), _document(2)]}) + "\n")
    assert main(["eval", "provenance", "--data", str(data), "--reuse", "", "--sets", "4", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["generated"]
    assert figures["sets"] == 4
    assert set(figures["relations"]) == {"copy", "excerpt", "quotes", "rewrite"}
    assert figures["origin_count_exact"]["all"] >= 0.75


def test_eval_provenance_missing_data_is_one_line(tmp_path, capsys):
    assert main(["eval", "provenance", "--data", str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "no such data" in err and "Traceback" not in err


def test_brief_json_carries_the_provenance_contract(tmp_path):
    out = tmp_path / "brief.json"
    assert main(["brief", "--demo", "-o", str(out), "-q"]) == 0
    data = json.loads(out.read_text())
    assert data["story"]["independent_origins"] == 2 and len(data["story"]["origins"]) == 2
    ledger = next(a for a in data["articles"] if a["source"] == "Daily Ledger")
    assert ledger["role"] == "copy"
    derived = ledger["derived_from"][0]
    assert derived["kind"] == "copy" and derived["share"] > 0.9
    origin = next(a for a in data["articles"] if a["id"] == derived["article"])
    for passage in derived["passages"]:
        assert ledger["text"][passage["start"]:passage["end"]].lower().split()[:3] == \
            origin["text"][passage["source_start"]:passage["source_end"]].lower().split()[:3]
    assert ledger["credits"][0]["source"] == "Northwire"
