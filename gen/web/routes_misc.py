"""Home, help, the blank workbook, downloads and the family colours."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from . import forms, pipeline, pipeline_batch, pipeline_check
from .app import web_of
from .security import CSRF_FIELD, TooLarge

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def read_form(request: Request):
    """The posted form, after the CSRF check; refuses a body announced as too large."""
    web = web_of(request)
    if getattr(request.state, "too_large", False):
        raise TooLarge(f"上传的内容过大（超过 {web.upload_limit} 字节的上限），可在配置中调整 max_bytes")
    form = await request.form(max_files=4, max_fields=400)
    web.csrf.verify(form.get(CSRF_FIELD) if isinstance(form.get(CSRF_FIELD), str) else None, request.state.session)
    return form


async def home(request: Request) -> Response:
    return RedirectResponse("/generate", status_code=303)


async def help_page(request: Request) -> Response:
    web = web_of(request)
    return web.page(request, "help.html", rules=pipeline_check.rules(), families=pipeline_check.families(),
                    fields=forms.schema_rows(pipeline.schema()),
                    severity_names=pipeline_check.severity_names(), suffixes=pipeline.checkable_suffixes(),
                    kinds=pipeline.kinds())


async def workbook(request: Request) -> Response:
    with tempfile.TemporaryDirectory(prefix="jixiao-web-init-") as tmp:
        data = pipeline_batch.blank_workbook(Path(tmp))
    return Response(data, media_type=XLSX, headers={"content-disposition": attachment("绩效数据填报工作簿.xlsx")})


def attachment(filename: str) -> str:
    """A Content-Disposition value that old and new browsers both read (RFC 6266 filename*)."""
    ascii_name = "".join(c if c.isascii() and c.isalnum() or c in "._-" else "_" for c in filename)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


async def family_css(request: Request) -> Response:
    """The checker's family colours as a style sheet (the page allows no inline styles)."""
    rules = [f".fam-{fam} {{ background: {colour}; }}" for fam, colour in pipeline_check.family_colours().items()]
    rules.append(".fam-other { background: #dddddd; }")
    return Response("\n".join(rules) + "\n", media_type="text/css",
                    headers={"cache-control": "public, max-age=3600"})


ROUTES = [
    Route("/", home),
    Route("/help", help_page),
    Route("/workbook", workbook),
    Route("/families.css", family_css),
]
