"""Thresholds that steer derived conditions and validation: policy, so data (glossary/), not code."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from .datafile import read_yaml_file
from .resources import data_dir


@lru_cache(maxsize=1)
def load_thresholds() -> dict[str, Decimal]:
    """Read glossary/thresholds.yaml; every value as Decimal."""
    path = data_dir("glossary") / "thresholds.yaml"
    raw = read_yaml_file(path) or {}
    return {key: Decimal(str(entry["value"])) for key, entry in raw.items()}
