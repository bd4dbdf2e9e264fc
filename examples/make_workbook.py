"""Build examples/bureaus.xlsx: the source-report bureaus plus synthetic 示例… bureaus.

Run from the repository root:  python examples/make_workbook.py [--synthetic 25] [-o examples/bureaus.xlsx]

The real bureaus come from examples/*.yaml (and examples/synthetic/*.yaml if
present), validated and normalized through the report model, so the workbook
holds exactly what the data files hold. The synthetic bureaus come from
gen.batch.synthetic, whose figures exercise every branch of the corpus (each
rating, low execution, late spending, unmet and far-exceeded indicators, low
procurement, missing optional data). The output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gen.batch.synthetic import synthetic_bureau  # noqa: E402
from gen.batch.workbook_write import write_workbook  # noqa: E402
from gen.core.load import load_spec  # noqa: E402


def spec_data(path: Path) -> dict:
    """A data file, validated, as a plain dict (normalized values, no empty fields)."""
    return load_spec(path).model_dump(mode="python", exclude_none=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=25, help="number of synthetic bureaus (default 25)")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "examples" / "bureaus.xlsx")
    args = parser.parse_args(argv)
    files = sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "examples" / "synthetic").glob("*.yaml"))
    bureaus = [(f"E{n:02d}-{p.stem}", spec_data(p)) for n, p in enumerate(files, start=1)]
    bureaus += [(f"S{i + 1:03d}", synthetic_bureau(i)) for i in range(args.synthetic)]
    write_workbook(args.output, bureaus)
    print(f"{args.output}: {len(files)} bureaus from data files, {args.synthetic} synthetic")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
