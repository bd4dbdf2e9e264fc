"""Results kept for download, by opaque random id, owned by one browser session.

Why a folder and not memory: behind a reverse proxy several uvicorn workers
serve one site, and the page that shows a result and the link that downloads
it may reach different workers; they share this folder (the ``serve`` command
hands its path to every worker). A request never names a path: an id must be
32 hex digits and a file key one of the names the server itself chose, so no
part of a URL reaches the file system. Every item records the session that
made it; another session asking for it gets "not found", so concurrent users
never see each other's files. Items older than the time-to-live are removed.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..core.atomic import write_bytes, write_text

ID_RE = re.compile(r"[0-9a-f]{32}")
KEY_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
META = "meta.json"
DEFAULT_TTL = 2 * 3600  # seconds a result stays downloadable


@dataclass(frozen=True)
class Stored:
    path: Path
    filename: str  # what the browser saves it as
    media_type: str


class Store:
    def __init__(self, root: Path, ttl: float = DEFAULT_TTL) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.ttl = ttl
        self._last_sweep = 0.0

    # -- items

    def create(self, owner: str, kind: str, **extra: Any) -> str:
        """A new empty item owned by ``owner``; returns its id."""
        self.sweep()
        item_id = secrets.token_hex(16)
        folder = self.root / item_id
        folder.mkdir()
        self._write_meta(item_id, {"owner": owner, "kind": kind, "created": time.time(), "files": {}, **extra})
        return item_id

    def folder(self, item_id: str) -> Path:
        if not ID_RE.fullmatch(item_id):
            raise KeyError(item_id)
        return self.root / item_id

    def meta(self, item_id: str, owner: str) -> Optional[dict]:
        """The item's record, or None when it does not exist, has expired or belongs to someone else."""
        if not ID_RE.fullmatch(item_id or ""):
            return None
        try:
            meta = json.loads((self.root / item_id / META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not secrets.compare_digest(str(meta.get("owner", "")), owner or "") or self._expired(meta):
            return None
        return meta

    def update(self, item_id: str, **changes: Any) -> None:
        meta = json.loads((self.folder(item_id) / META).read_text(encoding="utf-8"))
        meta.update(changes)
        self._write_meta(item_id, meta)

    def put(self, item_id: str, key: str, filename: str, data: bytes, media_type: str) -> None:
        """Store one downloadable file under a key the server chose (e.g. "docx")."""
        if not KEY_RE.fullmatch(key):
            raise ValueError(f"bad file key {key!r}")
        write_bytes(self.folder(item_id) / key, data)
        meta = json.loads((self.folder(item_id) / META).read_text(encoding="utf-8"))
        meta["files"][key] = {"filename": filename, "media_type": media_type}
        self._write_meta(item_id, meta)

    def register(self, item_id: str, key: str, filename: str, media_type: str) -> None:
        """Record a file that a background job wrote into the item's folder as ``key``."""
        if not KEY_RE.fullmatch(key):
            raise ValueError(f"bad file key {key!r}")
        meta = json.loads((self.folder(item_id) / META).read_text(encoding="utf-8"))
        meta["files"][key] = {"filename": filename, "media_type": media_type}
        self._write_meta(item_id, meta)

    def get(self, item_id: str, key: str, owner: str) -> Optional[Stored]:
        meta = self.meta(item_id, owner)
        if meta is None or not KEY_RE.fullmatch(key or "") or key not in meta["files"]:
            return None
        info = meta["files"][key]
        path = self.root / item_id / key
        return Stored(path, info["filename"], info["media_type"]) if path.is_file() else None

    def _write_meta(self, item_id: str, meta: dict) -> None:
        write_text(self.root / item_id / META, json.dumps(meta, ensure_ascii=False))

    # -- expiry

    def _expired(self, meta: dict) -> bool:
        return time.time() - float(meta.get("created", 0)) > self.ttl

    def sweep(self, force: bool = False) -> int:
        """Remove expired items (at most once a minute unless ``force``); returns how many."""
        now = time.time()
        if not force and now - self._last_sweep < 60:
            return 0
        self._last_sweep = now
        removed = 0
        for folder in self.root.iterdir():
            if not ID_RE.fullmatch(folder.name):
                continue
            try:
                created = json.loads((folder / META).read_text(encoding="utf-8")).get("created", 0)
            except (OSError, ValueError):
                created = folder.stat().st_mtime
            if now - float(created) > self.ttl:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed
