"""How long an interrupted batch takes to end, side by side with the bound it must stay within.

Prints, for several runs of `jixiao batch` on two workers stopped by SIGINT
once its first reports are written: the seconds from the signal to the exit
(the workers finish the bureau in hand and its writes, then exit), and the
bound the pool enforces whatever a worker does (gen.batch.procpool: the
grace period after SIGTERM, then SIGKILL). Optionally with both cores kept
busy by other processes (`--busy`), as on a loaded machine.

Nothing outside the repository is read; the workbook is made from
gen.batch.synthetic in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

JIXIAO = Path(sys.executable).with_name("jixiao")
BUREAUS = 240
AFTER_REPORTS = 6


def _workbook(path: Path) -> None:
    from gen.batch.synthetic import synthetic_bureau
    from gen.batch.workbook_write import write_workbook

    write_workbook(path, [(f"S{i + 1:03d}", synthetic_bureau(i)) for i in range(BUREAUS)])


def _one_stop(source: Path, out: Path) -> float:
    proc = subprocess.Popen([str(JIXIAO), "batch", str(source), "-o", str(out), "--jobs", "2", "--format", "md,docx"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=source.parent,
                            start_new_session=True)
    while proc.poll() is None:
        if out.exists() and sum(p.suffix == ".md" for p in out.iterdir()) >= AFTER_REPORTS:
            break
        time.sleep(0.02)
    if proc.poll() is not None:
        raise SystemExit("the batch ended before it could be stopped")
    started = time.perf_counter()
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=120)
    return time.perf_counter() - started


def _burners(n: int) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]


def main() -> None:
    from gen.batch import procpool

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--busy", action="store_true", help="keep both cores busy with two other processes")
    args = parser.parse_args()
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bureaus.xlsx"
        _workbook(source)
        burners = _burners(os.cpu_count() or 2) if args.busy else []
        try:
            for k in range(args.runs):
                times.append(_one_stop(source, Path(tmp) / f"out{k}"))
        finally:
            for b in burners:
                b.kill()
                b.wait()
    bound = procpool.STOP_GRACE_SECONDS + procpool.KILL_WAIT_SECONDS
    load = "both cores busy" if args.busy else "idle machine"
    print(f"interrupted batch ({BUREAUS} bureaus, 2 workers, md+docx; {load}), {args.runs} runs:")
    print(f"  signal to exit: {', '.join(f'{t:.2f}' for t in times)} s; median {statistics.median(times):.2f} s")
    print(f"  bound enforced by the pool (grace + kill wait): {bound:.1f} s")


if __name__ == "__main__":
    main()
