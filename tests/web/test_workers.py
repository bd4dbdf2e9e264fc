"""Several uvicorn workers serve one site: forms and downloads work whichever worker answers.

Each request below opens a new connection, so the kernel hands them to both
worker processes; they must share the CSRF secret and the result folder
(``serve`` passes both to every worker). With a secret per worker about half
of the posts would be refused, and with a folder per worker about half of
the downloads would be missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import httpx

from .support import EXAMPLES, ROOT
from .test_browser import _free_port

REQUESTS = 8


def test_two_workers_share_secret_and_results(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "gen.cli", "serve", "--port", str(port), "--workers", "2",
                             "--store", str(tmp_path / "store")], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                first = httpx.get(url + "/generate", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "jixiao serve --workers 2 did not start"
                time.sleep(0.3)
        cookies = first.cookies
        token = re.search(r'name="csrf_token" value="([^"]+)"', first.text).group(1)
        data = (EXAMPLES / "lw2022.yaml").read_bytes()
        for _ in range(REQUESTS):
            with httpx.Client(base_url=url, cookies=cookies, timeout=60) as c:  # a new connection each time
                r = c.post("/generate", data={"csrf_token": token, "source": "file"},
                           files={"data_file": ("lw2022.yaml", data)})
                assert r.status_code == 200, r.text[:300]
                link = re.search(r'href="(/download/[0-9a-f]{32}/md)"', r.text).group(1)
            with httpx.Client(base_url=url, cookies=cookies, timeout=60) as c:
                assert c.get(link).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)
