"""Zip packages (.docx, .xlsx) refused before they inflate beyond the limits.

Both the checker's Word reader and the 自评表 readers open packages a user
hands in; one guard serves both. The sizes are the declared ones, read before
anything is inflated (zipfile stops at the declared size, so an understated
header cannot smuggle more data past the check): a zip bomb costs nothing.
"""

from __future__ import annotations

import io
import zipfile
from typing import Optional

from .errors import UserError

MAX_PART_BYTES = 100 * 1024 * 1024  # inflated size of one part of a package
MAX_TOTAL_BYTES = 300 * 1024 * 1024  # inflated size of all its parts
MAX_ENTRIES = 10_000


def check_zip_sizes(data: bytes, name: str, what: str, unreadable: Optional[str] = None) -> None:
    """Raise a UserError naming ``name`` when the package ``data`` would inflate beyond the limits.

    ``what`` names the kind of file in the message ("Word ", " Excel "). A package that
    is not a readable zip raises ``unreadable`` when given, else passes (its own reader
    then reports it as damaged).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        if unreadable is not None:
            raise UserError(unreadable) from None
        return
    if len(infos) > MAX_ENTRIES:
        raise UserError(f"{name}：{what}文件包含 {len(infos)} 个部件，超过 {MAX_ENTRIES} 个的上限，文件可能已损坏或被恶意构造")
    total = 0
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise UserError(f"{name}：{what}文件中的 {info.filename} 解压后有 {info.file_size} 字节，超过 "
                            f"{MAX_PART_BYTES} 字节的上限，文件可能已损坏或被恶意构造（压缩炸弹）")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise UserError(f"{name}：{what}文件解压后共 {total} 字节，超过 {MAX_TOTAL_BYTES} 字节的上限，"
                        "文件可能已损坏或被恶意构造（压缩炸弹）")
