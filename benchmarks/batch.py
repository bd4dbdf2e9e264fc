"""Benchmark `jixiao batch` against a docxtpl baseline, and its memory at two sizes.

    python benchmarks/batch.py [--n 1000] [--jobs 0] [--memory-sizes 100,1000]

Both sides run in the same invocation, one after the other, as fresh
processes with the same number of worker processes, on the same workbook of
N synthetic bureaus (gen.batch.synthetic):

- jixiao: `jixiao batch WORKBOOK -o DIR --format md,docx --jobs J` (read the
  workbook, validate, render, write Markdown and GB/T 9704 .docx, self-check
  every report, similarity pass, summary).
- jixiao --no-check: the same without the self-check.
- docxtpl: read the same workbook, validate and render each bureau to the same
  Document model, write the same Markdown, and produce the .docx by rendering a
  docxtpl template built from jixiao's own GB/T 9704 set-up (docxtpl_baseline.py);
  before timing, the script asserts that the baseline's .docx reads back the
  same as jixiao's (styles, heading levels, tables cell by cell, page set-up).
  No self-check, no summary: it is compared like for like with --no-check.

Figures printed: wall time and reports per second for each, both ratios (each
labelled with what it compares); the CPU time of each run's whole process
tree (user + system, from the rusage of waited-for children: the workers are
joined by their parent), per report, and the rate the cores would give if the
run had them to itself, with the --no-check / docxtpl ratio from CPU time (on
a shared machine wall time also counts other processes' turns); and
peak memory of `jixiao batch` (sum of the proportional set size, PSS, of the
main process and its workers, sampled every 20 ms; plus the main process alone)
at each size in --memory-sizes.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_workbook(path: Path, n: int) -> None:
    from gen.batch.synthetic import synthetic_bureau
    from gen.batch.workbook_write import write_workbook

    write_workbook(path, ((f"S{i:05d}", synthetic_bureau(i)) for i in range(n)))


# ------------------------------------------------------------------ memory sampling


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class PeakMemory(threading.Thread):
    """Samples the PSS of a process tree; ``peak_total`` and ``peak_main`` in MiB."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_total = 0.0
        self.peak_main = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            tree = [self.pid]
            i = 0
            while i < len(tree):
                tree += _children(tree[i])
                i += 1
            sizes = [_pss_kb(p) for p in tree]
            self.peak_total = max(self.peak_total, sum(sizes) / 1024)
            self.peak_main = max(self.peak_main, sizes[0] / 1024)
            self.stop.wait(0.02)


def _children_cpu() -> float:
    """CPU seconds (user + system) of every waited-for descendant so far: pool workers are joined by
    their parent, so a finished command's workers count in it."""
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def timed_cpu(cmd: list[str], measure_memory: bool = False) -> tuple[float, float, PeakMemory | None]:
    """(wall seconds, CPU seconds of the command and all its processes, memory sampler)."""
    cpu0 = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    sampler = None
    if measure_memory and Path("/proc/self/smaps_rollup").exists():
        sampler = PeakMemory(proc.pid)
        sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if sampler:
        sampler.stop.set()
        sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')[-2000:]}")
    return elapsed, _children_cpu() - cpu0, sampler


def jixiao_cmd(workbook: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "gen.cli", "batch", str(workbook), "-o", str(out), "--format", "md,docx",
            "--jobs", str(jobs), "--force"]


# ------------------------------------------------------------------ docxtpl baseline (docxtpl_baseline.py)


_BASE: dict = {}


def _baseline_init(template: str, out: str) -> None:
    from docxtpl_baseline import Renderer

    _BASE["renderer"] = Renderer(Path(template))
    _BASE["out"] = Path(out)


def _baseline_one(task: tuple[str, dict]) -> int:
    from gen.core.atomic import write_bytes, write_text
    from gen.core.load import validate
    from gen.generate.render import render_document
    from gen.generate.write.markdown import to_markdown

    key, raw = task
    doc, _ = render_document(validate(raw, key))
    out = _BASE["out"]
    write_text(out / f"{key}.md", to_markdown(doc))
    write_bytes(out / f"{key}.docx", _BASE["renderer"].render(doc))
    return 1


def same_document(workbook: Path, template: Path, sample: int = 5) -> int:
    """Assert that the baseline writes what jixiao writes (styles, levels, tables, page) for a sample."""
    from docxtpl_baseline import Renderer, outline

    from gen.batch.workbook import read_workbook
    from gen.core.load import validate
    from gen.generate.render import render_document
    from gen.generate.write.docx_gbt9704 import to_docx_bytes

    bureaus, _ = read_workbook(workbook)
    renderer = Renderer(template)
    for b in bureaus[:sample]:
        doc, _ = render_document(validate(b.raw, b.key))
        if outline(to_docx_bytes(doc)) != outline(renderer.render(doc)):
            raise SystemExit(f"docxtpl baseline differs from jixiao's document for {b.key}: the comparison would be unfair")
    return min(sample, len(bureaus))


def baseline_main(workbook: str, out: str, jobs: int) -> None:
    """Entry point of the baseline process (see --baseline)."""
    import multiprocessing

    from docxtpl_baseline import build_template

    from gen.batch.workbook import read_workbook

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    template = out_dir / "template.docx"
    build_template(template)
    bureaus, _ = read_workbook(workbook)
    tasks = [(b.key, b.raw) for b in bureaus]
    with multiprocessing.get_context("fork").Pool(jobs, _baseline_init, (str(template), out)) as pool:
        done = sum(pool.imap_unordered(_baseline_one, tasks, chunksize=max(1, len(tasks) // (jobs * 8))))
    assert done == len(tasks)


# ------------------------------------------------------------------ main


def main() -> int:
    parser = argparse.ArgumentParser(description="jixiao batch vs docxtpl; memory at two sizes")
    parser.add_argument("--n", type=int, default=1000, help="number of synthetic bureaus (default 1000)")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes for both (default: all cores)")
    parser.add_argument("--memory-sizes", default="100,1000", help="sizes for the peak-memory runs")
    parser.add_argument("--baseline", nargs=3, metavar=("WORKBOOK", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        baseline_main(args.baseline[0], args.baseline[1], int(args.baseline[2]))
        return 0
    from machine import describe

    from gen.batch.run import default_jobs

    print(describe())
    jobs = args.jobs or default_jobs()
    sizes = sorted({int(s) for s in args.memory_sizes.split(",") if s.strip()})
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        tmp_path = Path(tmp)
        books = {}
        for n in sorted(set(sizes) | {args.n}):
            books[n] = tmp_path / f"bureaus-{n}.xlsx"
            make_workbook(books[n], n)
        print(f"N={args.n} synthetic bureaus, {jobs} processes, {os.cpu_count()} CPUs; outputs md + docx")
        template = tmp_path / "docxtpl-template.docx"
        from docxtpl_baseline import build_template

        build_template(template)
        checked = same_document(books[args.n], template)
        print(f"docxtpl baseline writes the same document as jixiao (styles, heading levels, tables, page set-up; "
              f"checked on {checked} bureaus)")
        # Speed runs sample no memory: reading /proc every 20 ms would slow the run it measures.
        t_jx, c_jx, _ = timed_cpu(jixiao_cmd(books[args.n], tmp_path / "jixiao", jobs))
        t_nc, c_nc, _ = timed_cpu(jixiao_cmd(books[args.n], tmp_path / "jixiao-nocheck", jobs) + ["--no-check"])
        t_bl, c_bl, _ = timed_cpu([sys.executable, str(Path(__file__).resolve()), "--baseline", str(books[args.n]),
                                   str(tmp_path / "docxtpl"), str(jobs)])
        r_jx, r_nc, r_bl = args.n / t_jx, args.n / t_nc, args.n / t_bl
        print(f"jixiao batch (with self-check)      : {t_jx:6.2f} s {r_jx:7.1f} reports/s  (target >= 150 on 2 cores)")
        print(f"jixiao batch --no-check             : {t_nc:6.2f} s {r_nc:7.1f} reports/s")
        print(f"docxtpl baseline (no self-check)    : {t_bl:6.2f} s {r_bl:7.1f} reports/s")
        print(f"ratio --no-check / docxtpl          : {r_nc / r_bl:6.2f}x  (like for like; target >= 3x)")
        print(f"ratio with self-check / docxtpl     : {r_jx / r_bl:6.2f}x  (jixiao also checks every report)")
        # CPU time of each run's whole process tree: what the run costs whatever else shares the cores
        # (wall time on a shared machine also counts the other processes' turns).
        for label, c in (("jixiao batch (with self-check)", c_jx), ("jixiao batch --no-check", c_nc),
                         ("docxtpl baseline (no self-check)", c_bl)):
            print(f"CPU {label:<33}: {c:6.2f} s {1000 * c / args.n:6.2f} ms/report; "
                  f"{jobs} cores busy with it alone: {jobs * args.n / c:6.1f} reports/s")
        print(f"CPU ratio --no-check / docxtpl      : {c_bl / c_nc:6.2f}x  (like for like, from CPU time)")
        peaks = {}
        for n in sizes:
            if n not in peaks:
                _, _, peaks[n] = timed_cpu(jixiao_cmd(books[n], tmp_path / f"mem-{n}", jobs), measure_memory=True)
        if all(peaks.get(n) for n in sizes):
            for n in sizes:
                print(f"peak memory N={n:<6}: {peaks[n].peak_total:7.1f} MiB total PSS "
                      f"(main process {peaks[n].peak_main:6.1f} MiB)")
            lo, hi = peaks[sizes[0]], peaks[sizes[-1]]
            print(f"memory growth N={sizes[0]} -> N={sizes[-1]}: {100 * (hi.peak_total / lo.peak_total - 1):+.1f}% total, "
                  f"{100 * (hi.peak_main / lo.peak_main - 1):+.1f}% main (target within 10%)")
        else:
            print("peak memory: not measured (needs Linux /proc)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
