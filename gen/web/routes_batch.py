"""批量生成: upload a workbook, watch the progress, download a zip of all reports."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..core.errors import UserError
from . import batch_job, pipeline
from .app import Web, web_of
from .routes_misc import read_form
from .security import safe_name, save_upload

_RUNNING: dict[str, subprocess.Popen] = {}
_LOCK = threading.Lock()


async def batch_page(request: Request) -> Response:
    return web_of(request).page(request, "batch.html", upload_errors=[])


async def batch_post(request: Request) -> Response:
    web = web_of(request)
    form = await read_form(request)
    upload = form.get("workbook")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return web.page(request, "batch.html", code=400, upload_errors=["请选择要批量生成的 Excel 工作簿（.xlsx）"])
    shown = safe_name(upload.filename, "工作簿.xlsx")
    if Path(shown).suffix.lower() not in pipeline.WORKBOOK_SUFFIXES:
        return web.page(request, "batch.html", code=400,
                        upload_errors=[f"{shown}：应为 Excel 工作簿（.xlsx）"])
    raw_seed = str(form.get("seed") or "0").strip()
    if not raw_seed.lstrip("-").isdigit() or len(raw_seed) > 9:
        return web.page(request, "batch.html", code=400, upload_errors=["措辞种子应为整数"])
    item = web.store.create(request.state.session, "batch", shown=shown)
    folder = web.store.folder(item)
    try:
        saved = await save_upload(upload, folder, shown, web.upload_limit)
    except UserError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    params = {"shown": shown, "workbook": saved.name, "seed": int(raw_seed), "jobs": web.settings.batch_jobs,
              "templates_dir": str(web.settings.templates_dir) if web.settings.templates_dir else None}
    (folder / batch_job.PARAMS).write_text(json.dumps(params, ensure_ascii=False), encoding="utf-8")
    batch_job.write_status(folder, state="queued", done=0, total=0)
    start(web, item, folder)
    return RedirectResponse(f"/batch/{item}", status_code=303)


def start(web: Web, item: str, folder: Path) -> None:
    """Run the job in its own process; a watcher thread stops it after the configured timeout."""
    proc = subprocess.Popen([sys.executable, "-m", "gen.web.batch_job", str(folder)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with _LOCK:
        _RUNNING[item] = proc

    def watch() -> None:
        try:
            _, err = proc.communicate(timeout=web.settings.batch_timeout)
            if proc.returncode not in (0, 1, 2) and batch_job.read_status(folder).get("state") != "done":
                batch_job.write_status(folder, state="error", done=0, total=0,
                                       messages=[f"批量生成进程异常退出（代码 {proc.returncode}）"])
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            batch_job.write_status(folder, state="error", done=0, total=0,
                                   messages=[f"批量生成超过 {int(web.settings.batch_timeout)} 秒的时限，已停止"])
        finally:
            with _LOCK:
                _RUNNING.pop(item, None)

    threading.Thread(target=watch, name=f"batch-{item[:8]}", daemon=True).start()


def stop_all() -> None:
    """Stop running batches when the server shuts down (their folders expire with the store)."""
    with _LOCK:
        procs = list(_RUNNING.values())
    for proc in procs:
        proc.kill()


def _job(request: Request) -> tuple[Web, str, dict]:
    web = web_of(request)
    item = request.path_params["item"]
    meta = web.store.meta(item, request.state.session)
    if meta is None or meta.get("kind") != "batch":
        raise HTTPException(404)
    return web, item, meta


async def job_page(request: Request) -> Response:
    web, item, meta = _job(request)
    status = batch_job.read_status(web.store.folder(item), web.settings.batch_timeout + 60)
    return web.page(request, "batch_job.html", item=item, shown=meta.get("shown", ""), status=status,
                    has_zip="zip" in (web.store.meta(item, request.state.session) or {}).get("files", {}))


async def job_status(request: Request) -> Response:
    web, item, _ = _job(request)
    status: dict[str, Any] = batch_job.read_status(web.store.folder(item), web.settings.batch_timeout + 60)
    return JSONResponse(status, headers={"cache-control": "no-store"})


ROUTES = [
    Route("/batch", batch_page, methods=["GET"]),
    Route("/batch", batch_post, methods=["POST"]),
    Route("/batch/{item}", job_page, methods=["GET"]),
    Route("/batch/{item}/status", job_status, methods=["GET"]),
]
