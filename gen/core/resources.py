"""Where the data folders (templates, corpus, glossary) live.

In a wheel they ship as ``gen/_data/<name>``; in a source checkout or an
editable install they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # the gen package


def data_dir(name: str) -> Path:
    """Return the folder of bundled data ``name`` (templates, corpus, glossary)."""
    shipped = _PACKAGE / "_data" / name
    if shipped.is_dir():
        return shipped
    source = _PACKAGE.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"找不到内置数据目录：{name}")
