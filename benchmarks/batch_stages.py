"""Where one batch worker's time goes, per report and stage: the floor under `jixiao batch`.

    python benchmarks/batch_stages.py [--n 200] [--no-check]

Builds a workbook of N synthetic bureaus (gen.batch.synthetic) in a temporary
folder, reads it into the batch's index, and runs the stages a worker runs for
each bureau, in one process, timing each with CPU time (``time.process_time``,
so other processes on a shared machine inflate it less than wall time):

1. the bureau's rows from the index, 2. validation, 3. derived facts,
4. templates and phrases (Jinja), 5. markup to Document, 6. field tracing,
7. Markdown, 8. .docx, 9. paragraph fingerprints (similarity), 10. self-check (given the derived
facts of stage 3, as a batch worker gives it those its report was rendered from).

The first pass also compiles every phrase variant it meets (each worker does
that once); the figures are the best of three further passes, with the first
pass's own figure for stage 4 printed beside it. Each pass runs over its own N
bureaus (the workbook holds 4 N), as a batch does: caches that remember a text
(the checker's per-paragraph caches, for one) only help where bureaus share
wording, never because the very same report is checked again. Writing (atomic, fsync'd) is
timed as wall time, since it waits on the disk rather than the CPU; a batch
worker hands it to a writer thread (gen.batch.worker.process_chunk), so it
overlaps the next report. The last lines give the floor this implies on two
cores: one report's CPU time over two processes, before the per-run costs
(workbook reading, worker start-up, similarity pass, summary).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _stages(check: bool) -> list[tuple[str, object]]:
    from gen.batch.similarity import paragraph_hashes
    from gen.batch.workbook import load_bureau
    from gen.core.derive import derive
    from gen.core.load import validate_with_warnings
    from gen.generate.document import parse_markup
    from gen.generate.formats import render as render_format
    from gen.generate.render import render_markup
    from gen.generate.selfcheck import self_check
    from gen.generate.trace import trace_fields
    from gen.generate.write.markdown import to_markdown

    def run(s: dict) -> None:
        s["bureau"] = load_bureau(s["db"], s["key"])

    steps = [
        ("bureau's rows from the index", run),
        ("validate", lambda s: s.update(spec=validate_with_warnings(s["bureau"].raw, "bench", s["bureau"].where)[0])),
        ("derive facts", lambda s: s.update(facts=derive(s["spec"]))),
        ("templates and phrases (Jinja)", lambda s: s.update(
            markup=render_markup(s["spec"], facts=s["facts"], position=s["index"]))),
        ("markup to Document", lambda s: s.update(doc=parse_markup(
            s["markup"][0], s["markup"][1].uses, kind=s["spec"].kind, bureau=s["spec"].bureau.name,
            year=s["spec"].year))),
        ("trace fields", lambda s: trace_fields(s["spec"], s["doc"])),
        ("Markdown", lambda s: s.update(md=to_markdown(s["doc"]))),
        (".docx", lambda s: s.update(docx=render_format("docx", s["doc"], s["facts"], s["spec"]))),
        ("paragraph fingerprints", lambda s: paragraph_hashes(s["md"])),
    ]
    if check:
        steps.append(("self-check (every rule)", lambda s: self_check(s["md"], s["spec"], "bench.md", facts=s["facts"])))
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description="per-stage CPU time of one batch worker")
    parser.add_argument("--n", type=int, default=200, help="synthetic bureaus (default 200)")
    parser.add_argument("--no-check", action="store_true", help="leave the self-check out")
    args = parser.parse_args()
    from machine import describe

    from gen.batch.synthetic import synthetic_bureau
    from gen.batch.workbook import WorkbookIndex
    from gen.batch.workbook_write import write_workbook
    from gen.core.atomic import write_bytes

    print(describe())
    steps = _stages(not args.no_check)
    with tempfile.TemporaryDirectory(prefix="jixiao-stages-") as tmp:
        book = Path(tmp) / "bureaus.xlsx"
        write_workbook(book, ((f"S{i:05d}", synthetic_bureau(i)) for i in range(4 * args.n)))
        with WorkbookIndex(book) as index:
            all_keys = [k for k, _ in index.entries()]
            passes = []
            write_wall = 0.0
            for p in range(4):
                spent = [0.0] * len(steps)
                keys = all_keys[p * args.n:(p + 1) * args.n]  # bureaus this pass has not seen
                for i, key in enumerate(keys):
                    state = {"db": index.db_path, "key": key, "index": i}
                    for n, (_, step) in enumerate(steps):
                        t = time.process_time()
                        step(state)  # type: ignore[operator]
                        spent[n] += time.process_time() - t
                    if p == 3:
                        t = time.perf_counter()
                        write_bytes(Path(tmp) / f"{i}.md", state["md"].encode("utf-8"))
                        write_bytes(Path(tmp) / f"{i}.docx", state["docx"])
                        write_wall += time.perf_counter() - t
                passes.append(spent)
    n = args.n
    best = [min(p[k] for p in passes[1:]) for k in range(len(steps))]
    print(f"N={n} synthetic bureaus per pass, one process; ms per report, CPU time, best of 3 passes over "
          f"new bureaus each (first pass, compiling phrase variants, in brackets)")
    for (name, _), b, first in zip(steps, best, passes[0]):
        print(f"  {1000 * b / n:7.2f} ms  [{1000 * first / n:7.2f}]  {name}")
    total, first_total = sum(best), sum(passes[0])
    print(f"  {1000 * total / n:7.2f} ms  [{1000 * first_total / n:7.2f}]  CPU per report, all stages")
    print(f"  {1000 * write_wall / n:7.2f} ms  (wall)     writing .md and .docx (atomic, fsync'd; overlapped in a batch)")
    print(f"floor on 2 cores from these stages alone: {2 * n / total:.0f} reports/s "
          f"(first-pass figures: {2 * n / first_total:.0f} reports/s), before reading the workbook, "
          f"starting the workers, the similarity pass and the summary")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
