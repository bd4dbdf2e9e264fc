"""What a batch run is asked to do: its options, and how they are parsed and fingerprinted."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .. import __version__
from ..core.errors import UserError

from ..generate.formats import DEFAULT as FORMATS, parse_formats  # the one output-format registry
STATUS_NAMES = {"ok": "已生成", "skipped": "未变化，已跳过", "failed": "失败", "interrupted": "未完成（已中断）"}
DATA_SUFFIXES = (".yaml", ".yml", ".json")

@dataclass(frozen=True)
class Options:
    out_dir: Path
    formats: tuple[str, ...] = FORMATS
    seed: int = 0
    jobs: int = 0  # 0: all cores
    force: bool = False
    shard: Optional[tuple[int, int]] = None
    templates_dir: Optional[Path] = None
    corpus_dir: Optional[Path] = None
    self_check: bool = True
    environment: str = ""  # fingerprint of version, seed, formats and data folders (set by run_batch)


def parse_shard(value: str) -> tuple[int, int]:
    """"K/N" with 1 <= K <= N."""
    try:
        k, n = (int(x) for x in value.split("/"))
    except ValueError:
        raise UserError(f"--shard 应写成 K/N（如 2/4），收到“{value}”") from None
    if n < 1 or not 1 <= k <= n:
        raise UserError(f"--shard {value}：应满足 1 ≤ K ≤ N")
    return k, n


def iter_formats(value: str) -> tuple[str, ...]:
    """The --format list of a batch, through the one format registry (gen.generate.formats)."""
    return parse_formats(value)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _folder_fingerprint(folder: Optional[Path]) -> str:
    if folder is None:
        return "-"
    h = hashlib.sha256()
    base = Path(folder)
    for p in sorted(base.rglob("*")):
        # a symlink counts by where it points (the template loader refuses one leading out), a
        # FIFO or device by its name only: hashing must not hang on a pipe or read /dev/zero forever
        h.update(str(p.relative_to(base)).encode("utf-8"))
        if p.is_symlink():
            h.update(b"->" + os.fsencode(os.readlink(p)))
        elif stat.S_ISREG(p.lstat().st_mode):
            with open(p, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
    return h.hexdigest()


def environment_fingerprint(opts: Options) -> str:
    """Everything besides the data that changes the outputs: version, seed, formats, data folders."""
    from ..core.resources import data_dir

    parts = [__version__, str(opts.seed), ",".join(opts.formats), str(opts.self_check)]
    for name in ("templates", "corpus", "glossary"):
        try:
            parts.append(_folder_fingerprint(data_dir(name)))
        except Exception:  # a data folder that does not exist yet changes nothing
            parts.append("-")
    parts += [_folder_fingerprint(opts.templates_dir), _folder_fingerprint(opts.corpus_dir)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
