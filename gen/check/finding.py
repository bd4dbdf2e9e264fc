"""A finding: one problem at one span of the analysed text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

SEVERITIES = ("error", "warning", "info")
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


@dataclass(frozen=True, order=True)
class Finding:
    start: int  # 0-based character offset into the decoded text, inclusive
    end: int  # exclusive
    code: str
    severity: str
    message: str
    suggestion: Optional[str] = None
