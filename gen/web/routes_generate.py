"""生成报告: upload a data file or fill the form, see the report, download it."""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..core.errors import UserError
from . import downloads, forms, pipeline
from .app import Web, web_of
from .routes_misc import read_form
from .security import safe_name, save_upload

MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# The button text; a format added to gen.generate.formats without one here shows the registry's label.
LABELS = {"docx": "Word（.docx，含自评表）", "md": "Markdown（.md）", "json": "JSON（含依据）", "xlsx": "自评表 Excel（.xlsx）"}
downloads.MAKERS["report"] = {
    fmt: downloads.Maker(pipeline.output_suffix(fmt), MEDIA.get(fmt, "application/octet-stream"),
                         lambda report, fmt=fmt: pipeline.output(report, fmt))
    for fmt in pipeline.output_formats()
}


@lru_cache(maxsize=1)
def form_groups() -> tuple[forms.FormGroup, ...]:
    return tuple(forms.groups_from_schema(pipeline.schema()))


def _known_paths() -> list[str]:
    return [g.path for g in form_groups() if g.path] + [f.path for g in form_groups() for f in g.fields]


def _options(form: Any) -> dict[str, Any]:
    kinds = pipeline.kinds()
    kind = str(form.get("kind") or "")
    profile = str(form.get("profile") or "")
    problems = {}
    if kind and kind not in kinds:
        problems["kind"] = ["文书类型无效，请从列表中选择"]
    elif profile and profile not in {p for _, ps in kinds.values() for p in ps}:
        problems["profile"] = ["提纲样式无效，请从列表中选择"]
    raw_seed = str(form.get("seed") or "0").strip()
    if not raw_seed.lstrip("-").isdigit() or len(raw_seed) > 9:
        problems["seed"] = ["措辞种子应为整数"]
        raw_seed = "0"
    return {"kind": kind, "profile": profile, "seed": int(raw_seed), "problems": problems}


async def generate_page(request: Request) -> Response:
    return _page(web_of(request), request, values={}, options={"kind": "", "profile": "", "seed": 0})


def _page(web: Web, request: Request, status: int = 200, **context: Any) -> Response:
    context.setdefault("field_errors", {})
    context.setdefault("general_errors", [])
    context.setdefault("file_errors", [])
    return web.page(request, "generate.html", code=status, groups=form_groups(), kinds=pipeline.kinds(),
                    descriptions=pipeline.fact_descriptions(), **context)


async def generate_post(request: Request) -> Response:
    web = web_of(request)
    form = await read_form(request)
    options = _options(form)
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = form.get("data_file")
    use_file = isinstance(upload, UploadFile) and bool(upload.filename) and form.get("source") != "form"
    if options["problems"]:
        return _page(web, request, 400, values=values, options=options, field_errors=options["problems"])
    if form.get("source") != "form" and not use_file:
        return _page(web, request, 400, values=values, options=options,
                     file_errors=["请选择数据文件（.yaml、.json 或 .xlsx），或选择“在表单中填写”"])
    with tempfile.TemporaryDirectory(prefix="jixiao-web-") as tmp:  # this request's files, gone after it
        shown = safe_name(upload.filename, "数据文件") if use_file else forms.FORM_SOURCE
        try:
            if use_file:
                path = await save_upload(upload, Path(tmp), shown, web.upload_limit)
                outcome = await run_in_threadpool(_generate_file, web, path, shown, options)
            else:
                raw = forms.data_from_form(form_groups(), values)
                outcome = await run_in_threadpool(_generate_raw, web, raw, options)
        except UserError as exc:
            if use_file:
                return _page(web, request, 400, values=values, options=options, file_errors=exc.messages)
            by_field, general = forms.place_errors(exc.messages, _known_paths())
            return _page(web, request, 400, values=values, options=options, field_errors=by_field,
                         general_errors=general)
    spec, report = outcome
    item = None
    formats = pipeline.report_formats(report)  # the registry's formats this data allows (xlsx needs forms)
    if not report.errors:  # a report the self-check refused is shown, not offered
        item = web.store.create(request.state.session, "report", stem=pipeline.report_stem(spec),
                                offered=list(formats))
        downloads.keep(web, item, report)
    labels = {f: LABELS.get(f) or pipeline.format_label(f) for f in formats}
    return _page(web, request, values=values, options=options, report=report, item=item,
                 source=shown, formats=formats, labels=labels, manifest=paragraph_facts(report))


def _generate_file(web: Web, path: Path, shown: str, options: dict) -> tuple[Any, Any]:
    with web.lock:
        spec = pipeline.load_data_file(path, shown)
        spec = pipeline.with_outline(spec, options["kind"] or None, options["profile"] or None, shown)
        return spec, pipeline.generate(spec, seed=options["seed"], templates_dir=web.settings.templates_dir)


def _generate_raw(web: Web, raw: dict, options: dict) -> tuple[Any, Any]:
    if options["kind"]:
        raw["kind"] = options["kind"]
    if options["profile"]:
        raw["profile"] = options["profile"]
    with web.lock:
        spec = pipeline.spec_from_dict(raw, forms.FORM_SOURCE)
        return spec, pipeline.generate(spec, seed=options["seed"], templates_dir=web.settings.templates_dir)


def paragraph_facts(report: Any) -> dict[int, list[dict]]:
    """Paragraph index -> the phrases it was drawn from, from the JSON manifest."""
    return {m["paragraph"]: m["phrases"] for m in report.structure["manifest"]}


ROUTES = [
    Route("/generate", generate_page, methods=["GET"]),
    Route("/generate", generate_post, methods=["POST"]),
]

