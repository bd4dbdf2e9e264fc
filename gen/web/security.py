"""Sessions, CSRF tokens and bounded uploads.

A browser gets a random session id in an HttpOnly cookie on its first visit;
results are owned by that id (see store.py). Every form carries a CSRF token:
the session id signed with the server's secret (itsdangerous), valid for a
working day. A POST whose token is missing, forged, expired or made for
another session is refused, so another site cannot make a logged-in browser
post forms here. The secret is shared by all workers of one ``serve``.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Optional

from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "jixiao_session"
CSRF_FIELD = "csrf_token"
CSRF_MAX_AGE = 12 * 3600
_SALT = "jixiao-csrf"


class Forbidden(Exception):
    """A request that must be refused with 403 and a Chinese message."""


class TooLarge(Exception):
    """An upload above the configured limit (413)."""


def new_session() -> str:
    return secrets.token_hex(16)


class Csrf:
    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt=_SALT)

    def token(self, session: str) -> str:
        return self._serializer.dumps(session)

    def verify(self, token: Optional[str], session: Optional[str]) -> None:
        if not token or not session:
            raise Forbidden("表单已失效或缺少安全校验码，请刷新页面后重新提交")
        try:
            signed = self._serializer.loads(token, max_age=CSRF_MAX_AGE)
        except BadSignature:
            raise Forbidden("表单安全校验失败（页面已过期或来自其他网站），请刷新页面后重新提交") from None
        if not secrets.compare_digest(str(signed), session):
            raise Forbidden("表单安全校验失败（会话不一致），请刷新页面后重新提交")


def safe_name(filename: Optional[str], default: str) -> str:
    """The base name of an uploaded file for messages and downloads; never used as a path."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*')
    return name[:120] or default


async def save_upload(upload, folder: Path, name: str, limit: int) -> Path:
    """Write an upload into ``folder`` in chunks, refusing it once it passes ``limit`` bytes.

    The file is saved under a fixed name with the upload's suffix only, so the
    user's file name never becomes a path.
    """
    suffix = Path(name).suffix.lower()
    if not suffix.isascii() or not suffix[1:].isalnum():
        suffix = ""
    target = folder / f"upload{suffix}"
    size = 0
    with open(target, "wb") as fh:
        while True:
            chunk = await upload.read(1 << 16)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"{name}：文件过大（超过 {limit} 字节的上限），可在配置中调整 max_bytes")
            fh.write(chunk)
    return target
