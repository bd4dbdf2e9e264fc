"""Load a repository script (benchmarks/, scripts/) as a module, for tests of its functions.

Scripts are run by path, not imported as a package; a test that checks one of their
functions loads the file by path the same way everywhere.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str) -> ModuleType:
    """The script at ``ROOT/relative`` (e.g. ``benchmarks/real_reports.py``), executed as a fresh module."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
