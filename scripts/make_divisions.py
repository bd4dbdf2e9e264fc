"""Rebuild glossary/divisions.tsv from the division table that the cpca package ships.

For maintainers only: jixiao itself never imports cpca. The checker's gazetteer
needs one table (code and name of every province, city and county), and cpca
carries pandas (about 84 MB) along with it; so the table is copied here once,
as project data with its source noted, and cpca is installed only to refresh it:

    pip install cpca                      # in a scratch or dev environment
    python scripts/make_divisions.py      # rewrites glossary/divisions.tsv

The file is read as a plain resource (find_spec does not run cpca/__init__, so
pandas is not imported even here). Placeholder rows (市辖区, 省直辖县级行政区划...)
and malformed rows are left out; rows are sorted by code, so a refresh shows as
a readable diff.
"""

from __future__ import annotations

import csv
import datetime
import importlib.metadata
import importlib.util
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "glossary" / "divisions.tsv"
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}


def cpca_table() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("cpca is not installed: pip install cpca (only needed to refresh glossary/divisions.tsv)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def rows(raw: str) -> list[tuple[str, str]]:
    out = {}
    for row in csv.DictReader(io.StringIO(raw)):
        code, name = (row.get("adcode") or "").strip(), (row.get("name") or "").strip()
        if len(code) == 12 and code.isdigit() and name and name not in PLACEHOLDERS and "\t" not in name:
            out[code] = name
    return sorted(out.items())


def main() -> None:
    source = cpca_table()
    table = rows(source.read_text(encoding="utf-8"))
    version = importlib.metadata.version("cpca")
    header = [
        "# China's administrative divisions (province, prefecture, county), read by gen/check/gazetteer.py.",
        f"# Source: resources/adcodes.csv of the cpca package {version} (MIT licence),",
        "#   https://github.com/DQinYuan/chinese_province_city_area_mapper",
        f"# Generated {datetime.date.today().isoformat()} by scripts/make_divisions.py; placeholder rows (市辖区...) left out.",
        "# Columns: 12-digit division code, TAB, full name. Edit by hand only to fix a name; keep codes sorted.",
    ]
    body = [f"{code}\t{name}" for code, name in table]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(body)} divisions from cpca {version}")


if __name__ == "__main__":
    main()
