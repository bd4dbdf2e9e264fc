"""The cases-tried counter shared by the fuzz tests and their conftest (one module object)."""

from __future__ import annotations

import os
from collections import Counter

PROFILE = "fuzz" if os.environ.get("JIXIAO_HYPOTHESIS_PROFILE") == "fuzz" else "fuzz-default"
COUNTS: Counter = Counter()


def count_example(name: str) -> None:
    COUNTS[name] += 1
