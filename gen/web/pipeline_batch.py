"""The web app's adapter to batch generation: the blank workbook, a batch run and its zip.

One of the web app's adapters to the pipelines (see :mod:`gen.web.pipeline`):
the batch page runs the same ``run_batch`` as ``jixiao batch``.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..core.errors import UserError



def blank_workbook(folder: Path) -> bytes:
    """The bytes of the workbook ``jixiao init`` writes."""
    from ..batch.init_workbook import init_workbook

    target = folder / "jixiao-workbook.xlsx"
    init_workbook(target)
    return target.read_bytes()


@dataclass
class BatchOutcome:
    total: int
    ok: int
    failed: list[tuple[str, str, list[str]]]  # (key, name, messages)
    similar: list[tuple[str, str, float]]  # bureaus whose reports read alike: (name, name, similarity %)
    # generated bureaus with something left to fill in or left out: (key, name, placeholders, notes)
    gaps: list[tuple[str, str, int, list[str]]]


def run_batch(workbook: Path, shown: str, out_dir: Path, zip_path: Path, *, seed: int = 0, jobs: int = 1,
              templates_dir: Optional[Path] = None,
              progress: Optional[Callable[[int, int], None]] = None) -> BatchOutcome:
    """Run ``jixiao batch`` on ``workbook`` into ``out_dir`` and zip the reports and summary."""
    from ..batch.run import Options, run_batch as batch
    from ..batch.workbook import MAIN_SHEET, WorkbookIndex

    opts = Options(out_dir=out_dir, seed=seed, jobs=jobs, force=True, templates_dir=templates_dir)
    opened: list[WorkbookIndex] = []

    def load():
        index = WorkbookIndex(workbook)
        opened.append(index)
        if not len(index) and not index.orphans:
            raise UserError(f"{shown}：没有任何单位（“{MAIN_SHEET}”表为空）")
        return index, index.orphans

    try:
        result = batch(load, shown, opts, progress=progress)
    finally:
        for index in opened:
            index.close()
    failed = [(r["key"], r["name"], list(r["errors"])) for r in result.rows if r["status"] == "failed"]
    ok = sum(1 for r in result.rows if r["status"] == "ok")
    _zip_folder(out_dir, zip_path)
    similar = [(p["a_name"], p["b_name"], p["similarity"]) for p in result.pairs]
    gaps = [(r["key"], r["name"], int(r.get("placeholders") or 0), list(r.get("notes") or ()))
            for r in result.rows if r["status"] == "ok" and (r.get("placeholders") or r.get("notes"))]
    return BatchOutcome(len(result.rows), ok, failed, similar, gaps)


def _zip_folder(folder: Path, target: Path) -> None:
    """Every file the batch wrote, with fixed timestamps so the same outputs give the same zip."""
    from ..core.atomic import open_atomic

    with open_atomic(target) as fh:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            for p in sorted(folder.rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    info = zipfile.ZipInfo(p.relative_to(folder).as_posix(), date_time=(2000, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    zf.writestr(info, p.read_bytes())
