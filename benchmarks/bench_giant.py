"""Briefing one giant story: CPU per stage for synthetic stories of 50 to 5,000 articles.

A giant story is what a big event (or the 1M synthetic corpus, whose renamed
copies of one ECB+ base merge in a 30-day window) gives the brief phase: many
versions, exact copies and light rewrites of one base article, each version
with its own names and numbers (``bench_corpus.synthetic`` on one base). Each
size is briefed in its own child process (``Settings(semantic=False)`` as in
``bench_corpus``), with a CPU limit; a size over the limit reports its stages
so far and ``"limit": true``.

    python benchmarks/bench_giant.py [--sizes 50,100,200,400,1000,5000] [--limit 600] [--base 7]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
sys.path.insert(0, str(ROOT))

from bench_corpus import DEFAULT_DATA, load_bases, synthetic  # noqa: E402


def giant_story(data: str, size: int, base: int):
    """``size`` articles of one synthetic story family (one base, many renamed versions and copies)."""
    from storyline.clean import clean
    from storyline.read.records import document_from_record
    bases = load_bases(data)
    return [clean(document_from_record(record, record["id"]))
            for record, _, _ in synthetic([bases[base % len(bases)]], size, seed=size)]


def child(data: str, size: int, base: int, out: str) -> None:
    """Brief one giant story, writing the per-stage CPU seconds to ``out`` after every stage."""
    from storyline.brief import build_brief
    from storyline.report.json import render_json
    from storyline.settings import Settings
    articles = giant_story(data, size, base)
    stages: dict[str, float] = {}
    current = ["start", time.process_time()]

    def record(name: str) -> None:
        now = time.process_time()
        stages[current[0]] = round(stages.get(current[0], 0.0) + now - current[1], 2)
        current[:] = [name, now]
        Path(out).write_text(json.dumps({"articles": len(articles), "stages": stages}))

    brief = build_brief(articles, Settings(semantic=False), on_stage=record)
    record("json")
    render_json(brief)
    record("end")
    stages.pop("start", None)
    stages.pop("end", None)
    story = json.loads(render_json(brief))["story"]
    Path(out).write_text(json.dumps({"articles": len(articles), "stages": stages,
                                     "cpu": round(sum(stages.values()), 2), "claims": len(brief.claims),
                                     "conflicts": len(brief.conflicts),
                                     "analysed": story.get("analysed_articles"),
                                     "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


def measure(data: str, size: int, base: int, limit: float) -> dict:
    out = Path(f"/tmp/bench_giant_{size}.json")
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", str(size), "--base", str(base),
                                "--data", data, "--out", str(out)],
                               preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (int(limit), int(limit) + 5)))
    process.wait()
    result = json.loads(out.read_text()) if out.exists() else {"articles": size, "stages": {}}
    result["wall"] = round(time.perf_counter() - started, 1)
    if process.returncode != 0:
        result["limit"] = True
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--sizes", default="50,100,200,400,1000,5000")
    parser.add_argument("--base", type=int, default=7, help="which ECB+ article the story family is built on")
    parser.add_argument("--limit", type=float, default=600, help="CPU seconds per size before it is stopped")
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.data, args.child, args.base, args.out)
        return 0
    for size in (int(s) for s in args.sizes.split(",")):
        print(json.dumps(measure(args.data, size, args.base, args.limit)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
