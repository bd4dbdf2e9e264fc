"""Deterministic zip packages (.docx): fixed timestamps and order, so equal content gives equal bytes."""

from __future__ import annotations

import io
import zipfile
from typing import Iterable

ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def zip_parts(parts: Iterable[tuple[str, bytes]], base: bytes = b"") -> bytes:
    """A zip of ``parts``, appended to the package ``base`` when given (its parts are not recompressed)."""
    buf = io.BytesIO(base)
    with zipfile.ZipFile(buf, "a" if base else "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            zf.writestr(info, data)
    return buf.getvalue()


def repack(data: bytes) -> bytes:
    """``data`` (a zip, e.g. as python-docx saves it with the current time) re-zipped deterministically."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zip_parts((name, zf.read(name)) for name in zf.namelist())
