"""The ASGI app behind ``jixiao serve``: settings, shared state, middleware.

Settings come from environment variables so that every uvicorn worker of one
``serve`` (started by uvicorn as separate processes) gets the same secret,
result folder and administrator options; ``serve.py`` sets them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from . import pipeline, pipeline_check
from .security import SESSION_COOKIE, Csrf, Forbidden, TooLarge, new_session
from .store import DEFAULT_TTL, Store

ENV_PREFIX = "JIXIAO_WEB_"
UPLOAD_OVERHEAD = 256 * 1024  # form fields and multipart headers around the file itself
NAV = (("/generate", "生成报告"), ("/check", "检查报告"), ("/batch", "批量生成"),
       ("/workbook", "下载空白工作簿"), ("/help", "帮助"))


@dataclass(frozen=True)
class Settings:
    store_root: Path
    secret: str
    templates_dir: Optional[Path] = None  # the administrator's template folder; users cannot upload one
    config_path: Optional[Path] = None  # jixiao.toml for the checker and the upload limit
    batch_jobs: int = 1
    batch_timeout: float = 3600.0
    ttl: float = DEFAULT_TTL
    warm: bool = True

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        root = env.get(ENV_PREFIX + "STORE") or tempfile.mkdtemp(prefix="jixiao-web-")
        path = lambda name: Path(env[ENV_PREFIX + name]) if env.get(ENV_PREFIX + name) else None  # noqa: E731
        return cls(
            store_root=Path(root),
            secret=env.get(ENV_PREFIX + "SECRET") or secrets.token_hex(32),
            templates_dir=path("TEMPLATES"),
            config_path=path("CONFIG"),
            batch_jobs=int(env.get(ENV_PREFIX + "BATCH_JOBS") or 1),
            batch_timeout=float(env.get(ENV_PREFIX + "BATCH_TIMEOUT") or 3600),
            ttl=float(env.get(ENV_PREFIX + "TTL") or DEFAULT_TTL),
            warm=env.get(ENV_PREFIX + "WARM", "1") != "0",
        )


class Web:
    """What every route needs: settings, the result store, CSRF, the page templates."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.store_root, settings.ttl)
        self.csrf = Csrf(settings.secret)
        self.config = pipeline_check.load_check_config(settings.config_path)
        self.upload_limit = self.config.max_bytes
        # The pipelines keep per-process caches (spaCy, jieba, Jinja); requests run one at a
        # time per worker. The work is CPU-bound under the GIL, so nothing is lost; more
        # users are served by more workers (see the README's deployment notes).
        self.lock = threading.Lock()
        # The web pages' own environment, autoescaped; not the report templates' sandbox.
        self.pages = Environment(loader=PackageLoader("gen.web", "pages"), autoescape=select_autoescape(default=True),
                                 trim_blocks=True, lstrip_blocks=True)
        self.pages.filters["placeholders"] = mark_placeholders

    def page(self, request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        session = request.state.session
        html = self.pages.get_template(name).render(
            nav=NAV, path=request.url.path, csrf_token=self.csrf.token(session), **context)
        return HTMLResponse(html, status_code=code)

    def error_page(self, request: Request, status: int, title: str, messages: list[str]) -> HTMLResponse:
        return self.page(request, "error.html", code=status, title=title, messages=messages)


def mark_placeholders(text: str, flagged: Optional[list] = None) -> Markup:
    """Escaped text with 【待补充：…】 placeholders and self-check findings marked.

    A placeholder becomes ``<mark class="placeholder">``; a finding (start,
    end, severity, label) ``<mark class="flag sev-…" title="label">``. Spans
    that overlap an earlier one are left unmarked (the list beside the
    report still names them).
    """
    spans = [(m.start(), m.end(), '<mark class="placeholder">') for m in pipeline.PLACEHOLDER_RE.finditer(text)]
    for start, end, severity, label in flagged or ():
        spans.append((start, max(end, start + 1), Markup('<mark class="flag sev-{}" title="{}">').format(severity, label)))
    out, pos = [], 0
    for start, end, tag in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end > len(text):
            continue
        out += [escape(text[pos:start]), Markup(tag), escape(text[start:end]), Markup("</mark>")]
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def web_of(request: Request) -> Web:
    return request.app.state.web


class SessionAndLimits:
    """Pure ASGI middleware: a session cookie, security headers, and a cap on request bodies.

    The body is counted as it streams in, so a chunked upload without a
    Content-Length is stopped at the limit too, before the form parser
    spools it to disk.
    """

    def __init__(self, app: Any, limit_of: Any) -> None:
        self.app = app
        self.limit_of = limit_of

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookies = _cookies(scope)
        session = cookies.get(SESSION_COOKIE, "")
        fresh = not (len(session) == 32 and all(c in "0123456789abcdef" for c in session))
        if fresh:
            session = new_session()
        scope.setdefault("state", {})["session"] = session
        limit = self.limit_of() + UPLOAD_OVERHEAD
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            scope["state"]["too_large"] = True
        seen = 0

        async def counted_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(f"上传的内容过大（超过 {limit - UPLOAD_OVERHEAD} 字节的上限），可在配置中调整 max_bytes")
            return message

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                    (b"content-security-policy",
                     b"default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                     b"form-action 'self'; base-uri 'none'"),
                ]
                if fresh:
                    secure = "; Secure" if scope.get("scheme") == "https" else ""  # behind a TLS proxy
                    headers.append((b"set-cookie", f"{SESSION_COOKIE}={session}; Path=/; HttpOnly; SameSite=Lax{secure}"
                                    .encode("ascii")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, counted_receive, send_with_headers)


def _cookies(scope: dict) -> dict[str, str]:
    out = {}
    for name, value in scope.get("headers", ()):
        if name == b"cookie":
            for part in value.decode("latin-1").split(";"):
                key, _, val = part.strip().partition("=")
                out.setdefault(key, val)
    return out


async def _forbidden(request: Request, exc: Exception) -> Response:
    return web_of(request).error_page(request, 403, "请求被拒绝", [str(exc)])


async def _too_large(request: Request, exc: Exception) -> Response:
    return web_of(request).error_page(request, 413, "文件过大", [str(exc)])


async def _not_found(request: Request, exc: Exception) -> Response:
    return web_of(request).error_page(request, 404, "找不到页面或文件",
                                      ["该页面或文件不存在，或已过期被删除（结果保留两小时），或属于其他用户。"])


async def _internal(request: Request, exc: Exception) -> Response:
    """A bug, not the user's mistake: say so in Chinese (the traceback goes to the server's log)."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    message = f"内部错误（{type(exc).__name__}{'：' + detail if detail else ''}），请把所用文件和本信息报告给管理员。"
    try:
        return web_of(request).error_page(request, 500, "服务器内部错误", [message])
    except Exception:  # the page itself failed: plain text still says what happened
        return Response(message, status_code=500, media_type="text/plain; charset=utf-8")


def create_app(settings: Optional[Settings] = None) -> Starlette:
    """The app; ``settings`` default to the environment (what each uvicorn worker reads)."""
    from . import downloads, routes_batch, routes_check, routes_generate, routes_misc

    settings = settings or Settings.from_env()
    web = Web(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        if settings.warm:
            with web.lock:
                pipeline.warm(settings.templates_dir)
        yield
        routes_batch.stop_all()

    routes = [
        *routes_misc.ROUTES, *downloads.ROUTES, *routes_generate.ROUTES, *routes_check.ROUTES, *routes_batch.ROUTES,
        Mount("/static", StaticFiles(packages=[("gen.web", "static")]), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={Forbidden: _forbidden, TooLarge: _too_large, 404: _not_found,
                                        Exception: _internal})
    app.state.web = web
    app.add_middleware(SessionAndLimits, limit_of=lambda: web.upload_limit)
    return app


def app_factory() -> Starlette:
    """Entry point for ``uvicorn --factory gen.web.app:app_factory`` (each worker builds its own)."""
    return create_app()


__all__ = ["Settings", "create_app", "app_factory", "Web", "web_of"]
