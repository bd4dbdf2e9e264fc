"""Repetition across a batch: the share of corpus-written sentences that recur in other reports.

    python benchmarks/repetition.py [WORKBOOK] [--jobs 2] [--show N]

Runs `jixiao batch WORKBOOK --format json --no-check` (default: the example
workbook) into a temporary folder and measures the JSON outputs with
gen.batch.repetition: every sentence (15+ characters) of a paragraph that the
manifest traces to the corpus, figures and names masked; prints the share that
also occurs in another report and the share that occurs in a quarter or more
of the reports, and which corpus files the recurring sentences come from;
--show N lists the N most recurring masked sentences and their corpus groups.
Targets on the example workbook (40+ bureaus): under 30 % and under 5 %;
with --strict the exit code is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gen.batch.repetition import measure, shared_by_file, top_recurring  # noqa: E402

TARGET_SHARED, TARGET_COMMON = 0.30, 0.05


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook", nargs="?", type=Path, default=ROOT / "examples" / "bureaus.xlsx")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="also print the N most recurring masked sentences with their corpus groups")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "gen.cli", "batch", str(args.workbook), "-o", tmp, "--format", "json",
               "--no-check", "--jobs", str(args.jobs)]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if done.returncode not in (0, 1):
            print(done.stderr, file=sys.stderr)
            return 2
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(tmp).glob("*.json"))
                if p.name != "summary.json"]
    r = measure(docs)
    by_file = shared_by_file(docs)
    print(f"repetition over {r.reports} reports, {r.sentences} corpus-written sentences (15+ chars, figures and names masked):")
    print(f"  also in another report:      {r.shared_share:6.1%}  ({r.shared})   target < {TARGET_SHARED:.0%}")
    print(f"  in a quarter of the reports: {r.common_share:6.1%}  ({r.common})   target < {TARGET_COMMON:.0%}")
    print("  recurring sentences by corpus file: " + "，".join(f"{f} {n}" for f, n in by_file.most_common()))
    for sentence, reports, times, groups in top_recurring(docs, args.show):
        print(f"  {times:3d}x in {reports:2d} reports  {sentence}\n        groups: {', '.join(groups)}")
    met = r.shared_share < TARGET_SHARED and r.common_share < TARGET_COMMON
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    raise SystemExit(main())
