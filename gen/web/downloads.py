"""Downloads, made when they are asked for.

Why lazily: a reviewer looks at the page first and downloads one or two of
the offered files, if any; making every format up front (annotated Word,
JSON, SARIF, HTML; or .docx, .md, .json) would add their cost to every
page. The result the page was built from is kept in the item's folder
(pickled by this server, read back only by it, like the batch's workbook
index), and each format is made from it on the first download and kept.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any, Callable

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from .app import web_of

RESULT = "result.pickle"


@dataclass(frozen=True)
class Maker:
    suffix: str  # appended to the item's file stem
    media_type: str
    make: Callable[[Any], bytes]  # the kept result -> the file's bytes


# item kind ("report", "check") -> key -> Maker; filled by the route modules
MAKERS: dict[str, dict[str, Maker]] = {}


def keep(web: Any, item: str, result: Any) -> None:
    """Keep ``result`` for the item's downloads."""
    (web.store.folder(item) / RESULT).write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))


def _make(web: Any, item: str, key: str, meta: dict) -> None:
    maker = MAKERS[meta["kind"]][key]
    result = pickle.loads((web.store.folder(item) / RESULT).read_bytes())  # written by this server only
    with web.lock:
        data = maker.make(result)
    web.store.put(item, key, meta["stem"] + maker.suffix, data, maker.media_type)


async def download(request: Request) -> Response:
    """A result by opaque id and a key the server offers; only for the session that made it."""
    web = web_of(request)
    item, key, session = request.path_params["item"], request.path_params["key"], request.state.session
    found = web.store.get(item, key, session)
    if found is None:
        meta = web.store.meta(item, session)
        if meta is None or key not in meta.get("offered", ()) or key not in MAKERS.get(meta.get("kind"), {}):
            raise HTTPException(404)
        await run_in_threadpool(_make, web, item, key, meta)
        found = web.store.get(item, key, session)
        if found is None:
            raise HTTPException(404)
    return FileResponse(found.path, media_type=found.media_type, filename=found.filename)


ROUTES = [Route("/download/{item}/{key}", download)]
