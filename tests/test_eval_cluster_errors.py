"""The per-topic error table of ``storyline eval cluster --errors``."""

import json

from storyline.cli import main
from storyline.eval.cluster_errors import describe, topic_errors


def test_merged_and_split_articles_are_counted_per_topic_worst_first():
    topics = [1, 1, 1, 1, 2, 2, 3]
    gold = ["a", "a", "b", "b", "c", "c", "d"]
    predicted = ["s", "s", "s", "t", "u", "v", "w"]
    errors = topic_errors(topics, gold, predicted)
    assert [(e.topic, e.merged, e.split) for e in errors] == [("2", 0, 1), ("1", 1, 0), ("3", 0, 0)]
    assert errors[1].stories == [{"a": 2, "b": 1}, {"b": 1}]
    assert errors[0].f1 < errors[1].f1 < errors[2].f1 == 1.0
    lines = describe("toy", errors)
    assert lines[0].startswith("errors of toy on held-out topics: 1 article(s) in another event's story, 1 split")
    assert len(lines) == 4 and lines[3].split()[:4] == ["1", "0.706", "1", "0"]  # topic 3 has no error


def test_eval_cluster_lists_the_events_it_merged(tmp_path, capsys):
    texts = {"1a": "The old bridge in Lisbon closed after a winter storm damaged its cables.",
             "1b": "The old bridge in Lisbon closed after a winter storm damaged its cables.",
             "2a": "Voters in Turkmenistan elected a new parliament with two parties.",
             "2b": "A magnitude 5.9 earthquake shook Qeshm island and destroyed villages."}
    records = [{"doc": f"{event}{n}", "text": text, "topic": event[0], "subtopic": event}
               for event, text in texts.items() for n in range(3)]
    data = tmp_path / "ecb.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "result.json"
    assert main(["eval", "cluster", "--data", str(data), "--folds", "2", "--systems", "storyline", "--errors",
                 "--json", str(out), "--quiet"]) == 0
    printed = capsys.readouterr().out.splitlines()
    table = printed[printed.index(next(line for line in printed if line.startswith("errors of storyline"))):]
    assert table[2].split()[:4] == ["1", "0.667", "3", "0"] and "{1a: 3, 1b: 3}" in table[2]
    assert len(table) == 3  # topic 2 is right
    saved = json.loads(out.read_text())[0]["errors"]
    assert [(e["topic"], e["merged"]) for e in saved] == [("1", 3), ("2", 0)]


def test_shuffled_fold_assignment_is_balanced_repeatable_and_different():
    from storyline.eval.cluster import fold_of_topics
    topics = list(range(1, 21)) * 2  # every topic twice, as records repeat their topic
    default = fold_of_topics(topics, 5)
    assert default == {topic: (topic - 1) % 5 for topic in range(1, 21)}
    shuffled = fold_of_topics(topics, 5, shuffle=1)
    assert shuffled == fold_of_topics(topics, 5, shuffle=1) and shuffled != default
    assert sorted(shuffled) == list(range(1, 21))
    assert sorted(list(shuffled.values()).count(fold) for fold in range(5)) == [4] * 5
