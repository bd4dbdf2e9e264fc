"""Web app latency, warm, side by side with the CLI's cold time, in one run.

Starts ``jixiao serve`` on 127.0.0.1 (a free port), waits until it accepts
connections (it warms the checker and generator before that), then times,
over real HTTP:

  - checking a 20,000-character report (POST /check, the page with highlighted findings),
  - generating one report from examples/lw2022.yaml (POST /generate, self-check and
    .docx/.md/.json included),

each several times (median and worst), and the same work through the CLI in a fresh
process (``jixiao check`` / ``jixiao generate``), which pays for loading jieba, spaCy
and the templates every time. Target: each warm request within 300 ms, judged on the
median (the worst of the runs is printed too: on a shared, loaded machine single runs
spike when another process takes the core).
Nothing outside the repository is read.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from check import long_report  # noqa: E402  (benchmarks/check.py: the examples rendered and repeated)

TARGET_MS = 300.0
JIXIAO = [sys.executable, "-m", "gen.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path) -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(JIXIAO + ["serve", "--port", str(port), "--store", str(store)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, f"http://127.0.0.1:{port}", time.perf_counter() - started
        except OSError:
            if proc.poll() is not None or time.perf_counter() - started > 120:
                proc.kill()
                raise SystemExit("jixiao serve did not start")
            time.sleep(0.1)


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def cold(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(JIXIAO + args, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    import httpx

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--chars", type=int, default=20_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="jixiao-bench-web-") as tmp:
        tmp_path = Path(tmp)
        report = tmp_path / "report.md"
        report.write_text(long_report(args.chars), encoding="utf-8")
        data = ROOT / "examples" / "lw2022.yaml"
        proc, url, startup = start_server(tmp_path / "store")
        try:
            with httpx.Client(base_url=url, timeout=60) as client:
                token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/check").text).group(1)

                def check() -> None:
                    r = client.post("/check", data={"csrf_token": token},
                                    files={"report_file": ("report.md", report.read_bytes())})
                    assert r.status_code == 200 and 'id="check-result"' in r.text, r.status_code

                def generate() -> None:
                    r = client.post("/generate", data={"csrf_token": token, "source": "file", "seed": "0"},
                                    files={"data_file": (data.name, data.read_bytes())})
                    assert r.status_code == 200 and 'id="downloads"' in r.text, r.status_code

                check()  # the first request of a connection
                warm_check = timed(check, args.repeat)
                warm_generate = timed(generate, args.repeat)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        cold_check = cold(["check", str(report), "--exit-zero"])
        cold_generate = cold(["generate", str(data), "-o", str(tmp_path / "out")])

    ok = True
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"web: jixiao serve ready (warmed) in {startup:.1f} s; machine load average {load:.1f} "
          f"on {os.cpu_count()} cores")
    print(f"{'':34}{'web warm median':>16}{'web warm worst':>16}{'CLI cold':>10}")
    for label, warm, cold_ms in ((f"check {args.chars:,}-character report", warm_check, cold_check),
                                 ("generate one report (lw2022)", warm_generate, cold_generate)):
        median, worst = statistics.median(warm), max(warm)
        ok &= median <= TARGET_MS
        print(f"{label:34}{median:>13.0f} ms{worst:>13.0f} ms{cold_ms:>7.0f} ms"
              f"   {'OK' if median <= TARGET_MS else 'SLOW'} (target {TARGET_MS:.0f} ms warm)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
