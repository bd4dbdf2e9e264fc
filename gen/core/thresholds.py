"""Thresholds that steer derived conditions and validation: policy, so data (glossary/), not code."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from .datafile import load_yaml
from .resources import data_dir


@lru_cache(maxsize=1)
def load_thresholds() -> dict[str, Decimal]:
    """Read glossary/thresholds.yaml; every value as Decimal."""
    path = data_dir("glossary") / "thresholds.yaml"
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    return {key: Decimal(str(entry["value"])) for key, entry in raw.items()}
