"""Turn facts (Decimals, nested lists and dicts) into JSON-ready values."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def jsonable(value: Any) -> Any:
    """Decimals become strings (exact, as computed); containers recurse."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value
