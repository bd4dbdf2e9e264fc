"""检查报告: upload a report, see findings highlighted, filter them, download the reports."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..core.errors import UserError
from . import downloads, pipeline, pipeline_check
from .app import Web, web_of
from .routes_misc import read_form
from .security import safe_name, save_upload

DOWNLOADS = {  # key -> (label, suffix, media type); the annotated copy only for .docx input
    "docx": ("带批注的 Word 副本", ".批注.docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "html": ("检查报告（网页，可打印）", ".检查报告.html", "text/html; charset=utf-8"),
    "json": ("JSON", ".检查结果.json", "application/json"),
    "sarif": ("SARIF", ".sarif", "application/sarif+json"),
    "xlsx": ("审核工作簿（Excel，可筛选、分派）", ".审核.xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


@dataclass(frozen=True)
class Checked:
    """What the downloads of one check are made from."""

    result: Any
    config: Any
    original: Optional[bytes]  # the uploaded .docx, for the annotated copy


downloads.MAKERS["check"] = {
    key: downloads.Maker(suffix, media, lambda c, key=key: pipeline_check.check_output(c.result, c.config, c.original, key))
    for key, (_, suffix, media) in DOWNLOADS.items()
}


def _page(web: Web, request: Request, status: int = 200, **context: Any) -> Response:
    context.setdefault("report_errors", [])
    context.setdefault("data_errors", [])
    return web.page(request, "check.html", code=status, suffixes=pipeline.checkable_suffixes(),
                    families=pipeline_check.families(), severity_names=pipeline_check.severity_names(),
                    downloads=DOWNLOADS, **context)


async def check_page(request: Request) -> Response:
    return _page(web_of(request), request)


def _upload(form: Any, name: str) -> Optional[UploadFile]:
    value = form.get(name)
    return value if isinstance(value, UploadFile) and value.filename else None


async def check_post(request: Request) -> Response:
    web = web_of(request)
    form = await read_form(request)
    report, data = _upload(form, "report_file"), _upload(form, "data_file")
    if report is None:
        return _page(web, request, 400, report_errors=["请选择要检查的报告文件"])
    shown = safe_name(report.filename, "报告")
    with tempfile.TemporaryDirectory(prefix="jixiao-web-") as tmp:  # this request's files, gone after it
        folder = Path(tmp)
        (folder / "report").mkdir()
        (folder / "data").mkdir()
        try:
            report_path = await save_upload(report, folder / "report", shown, web.upload_limit)
        except UserError as exc:
            return _page(web, request, 400, report_errors=exc.messages)
        data_path = data_shown = None
        if data is not None:
            data_shown = safe_name(data.filename, "数据文件")
            data_path = await save_upload(data, folder / "data", data_shown, web.upload_limit)
        try:
            checked = await run_in_threadpool(_check, web, report_path, shown, data_path, data_shown)
        except _DataError as exc:
            return _page(web, request, 400, data_errors=exc.messages)
        except UserError as exc:
            return _page(web, request, 400, report_errors=exc.messages)
    result = checked.result
    offered = [k for k in DOWNLOADS if k != "docx" or checked.original is not None]
    item = web.store.create(request.state.session, "check", stem=Path(shown).stem or "报告", offered=offered)
    downloads.keep(web, item, checked)
    return _page(web, request, result=result, item=item, available=offered,
                 marked=Markup(pipeline_check.highlight(result.source.decoded, result.findings)),
                 counts=_counts(result.findings), grounded=data is not None)


class _DataError(UserError):
    """A problem in the optional data file (shown next to that field)."""


def _check(web: Web, path: Path, shown: str, data_path: Optional[Path], data_shown: Optional[str]) -> Checked:
    with web.lock:
        spec = None
        if data_path is not None:
            try:
                spec = pipeline.load_data_file(data_path, data_shown or "数据文件")
            except UserError as exc:
                raise _DataError(exc.messages) from None
        source = pipeline_check.read_upload(path, shown, web.config)
        result = pipeline_check.check_source(source, web.config, spec)
        original = path.read_bytes() if source.kind == "docx" else None
        return Checked(result, web.config, original)


def _counts(findings: list) -> dict[str, dict[str, int]]:
    """Family -> severity -> count, for the filter's labels."""
    out: dict[str, dict[str, int]] = {}
    for f in findings:
        fam = out.setdefault(f.code[0], {})
        fam[f.severity] = fam.get(f.severity, 0) + 1
    return out


ROUTES = [
    Route("/check", check_page, methods=["GET"]),
    Route("/check", check_post, methods=["POST"]),
]
