"""Read old Word (.doc), WPS (.wps) and RTF files through LibreOffice.

Submissions still arrive in these formats. Rather than parse three binary
formats ourselves, LibreOffice converts the file to .docx in a private
temporary folder (its own profile too, so a running LibreOffice of the user's
is not disturbed), with a time limit, and the .docx reader does the rest:
tables keep their rows and cells the same way. Without LibreOffice the user is
told, in Chinese, how to install it or what to do instead.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Optional

from ..core.errors import UserError
from .read import OFFICE_SUFFIXES, SourceText, _docx_source

__all__ = ["OFFICE_SUFFIXES", "office_source", "find_soffice"]
CONVERT_TIMEOUT = 120  # seconds; a report converts in a few
_CANDIDATES = ("soffice", "libreoffice")
_FALLBACK_PATHS = ("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                   "/Applications/LibreOffice.app/Contents/MacOS/soffice",
                   r"C:\Program Files\LibreOffice\program\soffice.exe")
INSTALL_HINT = ("请安装 LibreOffice 后重试（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui；"
                "Windows、macOS：从 LibreOffice 官网下载安装），或在 Word/WPS 中将文件另存为 .docx 后再检查")


def find_soffice() -> Optional[str]:
    """The LibreOffice command: ``JIXIAO_SOFFICE``, then soffice/libreoffice on PATH."""
    configured = os.environ.get("JIXIAO_SOFFICE")
    if configured:
        return configured if Path(configured).exists() else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _FALLBACK_PATHS if Path(p).exists()), None)  # installed but not on PATH


def _convert(soffice: str, name: str, src: Path, outdir: Path, timeout: int) -> None:
    cmd = [soffice, f"-env:UserInstallation={(outdir.parent / 'profile').as_uri()}", "--headless", "--norestore",
           "--nologo", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(src)]
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as exc:
        raise UserError(f"{name}：无法启动 LibreOffice（{exc.strerror or exc}）；{INSTALL_HINT}") from None
    try:
        proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise UserError(f"{name}：LibreOffice 转换超过 {timeout} 秒仍未完成，已停止；"
                        "请在 Word/WPS 中将文件另存为 .docx 后再检查") from None


def _kill_group(proc: subprocess.Popen) -> None:
    """Stop LibreOffice and the soffice.bin it started (its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.communicate()


def office_source(name: str, data: bytes, suffix: str, max_chars: int,
                  timeout: int = CONVERT_TIMEOUT) -> SourceText:
    """A .doc/.wps/.rtf file (``data``) read as the .docx LibreOffice converts it to."""
    shown = suffix or ".doc"
    soffice = find_soffice()
    if soffice is None:
        raise UserError(f"{name}：检查 {shown} 文件需要 LibreOffice，但本机未找到 soffice 命令；{INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="jixiao-office-") as tmp:
        src = Path(tmp) / f"input{shown}"
        src.write_bytes(data)
        outdir = Path(tmp) / "out"
        _convert(soffice, name, src, outdir, timeout)
        converted = outdir / "input.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise UserError(f"{name}：LibreOffice 无法转换该 {shown} 文件，文件可能已损坏或不是 Word/WPS/RTF 文档；"
                            "请在 Word/WPS 中另存为 .docx 后再检查")
        docx_data = converted.read_bytes()
    source = _docx_source(name, docx_data, max_chars)
    return replace(source, kind=shown.lstrip("."), encoding=shown.lstrip("."))
