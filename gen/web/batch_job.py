"""One batch run in its own process: ``python -m gen.web.batch_job FOLDER``.

Why a process: a batch can take minutes and forks worker processes of its
own; run from a thread of the web server it would share the server's memory
and signals. Here it can be stopped on a timeout without harm to the server.
Progress goes to ``status.json`` in the job's folder (atomically), which any
worker of the site can read for the page's progress bar.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from ..core.atomic import write_text
from ..core.errors import UserError
from . import pipeline_batch
from .store import Store

STATUS = "status.json"
PARAMS = "params.json"
ZIP_KEY = "zip"


def write_status(folder: Path, **status: Any) -> None:
    write_text(folder / STATUS, json.dumps(status, ensure_ascii=False))


def read_status(folder: Path, stale_after: float = float("inf")) -> dict:
    """The job's status; a job silent for ``stale_after`` seconds (its server was stopped) is reported as ended."""
    path = folder / STATUS
    try:
        status = json.loads(path.read_text(encoding="utf-8"))
        age = time.time() - path.stat().st_mtime
    except (OSError, ValueError):
        return {"state": "queued", "done": 0, "total": 0}
    if status.get("state") in ("queued", "running") and age > stale_after:
        return {"state": "error", "done": 0, "total": 0, "messages": ["批量生成已中断（服务曾停止或重启），请重新提交"]}
    return status


def run(folder: Path) -> int:
    params = json.loads((folder / PARAMS).read_text(encoding="utf-8"))
    shown = params["shown"]
    last = [0.0]

    def progress(step: int, total: int) -> None:
        progress.done += step  # type: ignore[attr-defined]
        now = time.monotonic()
        if now - last[0] > 0.2 or progress.done >= total:  # type: ignore[attr-defined]
            last[0] = now
            write_status(folder, state="running", done=progress.done, total=total)  # type: ignore[attr-defined]

    progress.done = 0  # type: ignore[attr-defined]
    write_status(folder, state="running", done=0, total=0)
    templates = Path(params["templates_dir"]) if params.get("templates_dir") else None
    try:
        outcome = pipeline_batch.run_batch(folder / params["workbook"], shown, folder / "out", folder / ZIP_KEY,
                                     seed=params["seed"], jobs=params["jobs"], templates_dir=templates,
                                     progress=progress)
    except UserError as exc:
        write_status(folder, state="error", messages=exc.messages, done=0, total=0)
        return 2
    except Exception as exc:  # the page must say what happened; the server goes on
        write_status(folder, state="error", messages=[f"内部错误（{type(exc).__name__}）：{exc}"], done=0, total=0)
        return 1
    finally:
        (folder / params["workbook"]).unlink(missing_ok=True)  # the upload is not kept once read
    Store(folder.parent).register(folder.name, ZIP_KEY, f"{Path(shown).stem}-报告.zip", "application/zip")
    write_status(folder, state="done", done=outcome.total, total=outcome.total, ok=outcome.ok,
                 failed=[{"key": k, "name": n, "messages": m} for k, n, m in outcome.failed],
                 similar=[{"a": a, "b": b, "similarity": sim} for a, b, sim in outcome.similar],
                 gaps=[{"key": k, "name": n, "placeholders": count, "notes": notes}
                       for k, n, count, notes in outcome.gaps])
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1])))
