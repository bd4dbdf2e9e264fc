"""Run a batch: one report per bureau, in parallel, with a summary.

Design choices, and why:

- Work is spread over processes (``jobs``, :mod:`gen.batch.procpool`), in
  chunks, taken in the order they finish so a slow bureau does not hold up the
  progress count. Each worker builds its
  pipeline once (Jinja environment, corpus, .docx template package, checker
  rules) in its initializer, and returns a small dict, not the document.
- One bureau's failure (bad data, a template error, even an unexpected
  exception) becomes a ``failed`` row with Chinese messages; the others go on.
- Re-running skips a bureau whose data, seed, formats, jixiao version and
  templates/corpus/glossary are unchanged (a hash stored in the summary) and
  whose outputs exist, unless ``force``.
- The summary (JSON and CSV) is written atomically at the end, and also when
  the run is interrupted, so it always says what was done. An interrupt stops
  the workers within a bounded time (:meth:`ProcessPool.stop`: SIGTERM, a grace
  period for their atomic writes, then SIGKILL), never waiting on a lock or a
  pipe a worker may hold.
- Memory stays flat in the number of bureaus: a workbook is read into a
  temporary SQLite file (:class:`gen.batch.workbook.WorkbookIndex`), tasks
  are made lazily and carry only the bureau's key, each worker builds its
  bureau from that file, and what comes back per bureau is small (paragraph
  fingerprints as a packed array).
- ``shard=(K, N)`` takes every N-th bureau starting at the K-th, so machines
  that each run one shard together cover the workbook; file names are decided
  over the whole workbook, so shards never clash.
"""

from __future__ import annotations

import time
from itertools import islice
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from ..core.atomic import check_target
from ..core.errors import UserError
from . import similarity
from .names import unique_stems
from .options import (DATA_SUFFIXES, Options, default_jobs,  # noqa: F401 - re-exported
                      environment_fingerprint, iter_formats, parse_shard)
from .outputs import FolderLock, sweep_temporaries
from .procpool import ProcessPool, WorkerLost
from .rows import Rows
from .summary import load_previous, summary_paths, write_summary
from .worker import Task, _init_worker, _signature_task, output_paths, process_chunk, process_task
from .workbook import BureauInput, WorkbookIndex

Inputs = Union[Sequence[BureauInput], WorkbookIndex]


@dataclass
class BatchResult:
    rows: Sequence[dict]
    pairs: list[dict]
    summary_json: Path
    summary_csv: Path
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r["status"] in ("failed", "interrupted"))


# ------------------------------------------------------------------ inputs


def inputs_from_folder(folder: Path) -> list[BureauInput]:
    """A folder of YAML/JSON data files: one bureau per file, keyed by the file name."""
    # Not only regular files: a FIFO or a link to /dev/zero named .yaml becomes a failed bureau with
    # its reason (the bounded reader refuses it), rather than a bureau silently missing from the batch.
    files = sorted(p for p in Path(folder).iterdir() if not p.is_dir() and p.suffix.lower() in DATA_SUFFIXES)
    if not files:
        raise UserError(f"{folder}: 文件夹中没有 YAML 或 JSON 数据文件")
    return [BureauInput(key=p.stem, name="", path=str(p)) for p in files]


def _entries(bureaus: Inputs) -> Iterator[tuple[str, str, Optional[BureauInput]]]:
    if isinstance(bureaus, WorkbookIndex):
        return ((key, name, None) for key, name in bureaus.entries())
    return ((b.key, b.name, b) for b in bureaus)


def all_stems(bureaus: Inputs) -> list[str]:
    """Output file stems of every bureau, decided over the whole input so shards agree."""
    return unique_stems(name or key for key, name, _ in _entries(bureaus))


def shard_size(total: int, shard: Optional[tuple[int, int]]) -> int:
    return total if shard is None else len(range(shard[0] - 1, total, shard[1]))


def iter_tasks(bureaus: Inputs, source: str, shard: Optional[tuple[int, int]], previous: dict[str, dict],
               stems: Optional[Sequence[str]] = None) -> Iterator[Task]:
    """Tasks for this shard, one at a time; a workbook task carries only its key."""
    if stems is None:
        stems = all_stems(bureaus)
    db = bureaus.db_path if isinstance(bureaus, WorkbookIndex) else None
    for index, ((key, name, b), stem) in enumerate(zip(_entries(bureaus), stems)):
        if shard is not None and index % shard[1] != shard[0] - 1:
            continue
        prev = previous.get(key)
        same = bool(prev) and prev.get("stem") == stem
        prev_hash = prev.get("hash") if same else None
        prev_outputs = prev.get("output_hashes") if same else None
        if b is None:
            yield Task(index, key, name, stem, source, prev_hash=prev_hash, db=db, prev_outputs=prev_outputs)
        else:
            yield Task(index, key, name, stem, source, b.raw or None, b.where, list(b.errors), b.path, prev_hash,
                       prev_outputs=prev_outputs)


# ------------------------------------------------------------------ main process


def run_batch(bureaus: Any, source: str, opts: Options, *, orphans: Sequence[str] = (),
              progress: Optional[Callable[[int, int], None]] = None, threshold: Optional[float] = None) -> BatchResult:
    """Generate every bureau of this shard; write and return the summary.

    ``bureaus`` is a list of :class:`BureauInput` or a :class:`WorkbookIndex`
    (the caller closes it afterwards), or a callable returning
    ``(bureaus, orphans)``: then the worker processes start (and load their
    pipeline) while this process is still reading the workbook. Tasks are made
    one at a time, never all at once.
    """
    started = time.perf_counter()
    started_wall = time.time()
    jobs = opts.jobs or default_jobs()
    opts = Options(**{**opts.__dict__, "jobs": jobs, "environment": environment_fingerprint(opts)})
    pool = _start_pool(opts, jobs)
    bureaus, orphans, lock = _open_input(bureaus, orphans, opts, pool)
    try:
        json_path, csv_path = summary_paths(opts)
        for path in (json_path, csv_path):
            check_target(path)  # a FIFO or device where the summary goes: refused now, not after the work
        previous = {} if opts.force else load_previous(json_path)
        stems = all_stems(bureaus)
        total = shard_size(len(stems), opts.shard)

        def tasks() -> Iterator[Task]:
            return iter_tasks(bureaus, source, opts.shard, previous, stems)

        finished = _Finished(previous, progress, total)
        if progress:
            progress(0, total)
        interrupted, pool = _generate_all(pool, opts, tasks, finished, total, stems)
        ordered = Rows(_orphan_rows(orphans, source) if (opts.shard is None or opts.shard[0] == 1) else ())
        _fill_missing(tasks(), finished.done, finished.position, ordered, opts, started_wall)
        finished.position.clear()
        finished.done.close()
        pairs, interrupted = _pairs_then_close(ordered, opts, threshold, pool, interrupted)
        result = BatchResult(ordered, pairs, json_path, csv_path, interrupted, time.perf_counter() - started)
        write_summary(result, source, opts)
        if interrupted:
            raise KeyboardInterrupt
        return result
    finally:
        lock.release()


def _start_pool(opts: Options, jobs: int) -> Optional[ProcessPool]:
    """The worker pool (None for one job); started first so workers warm up while the input is read."""
    if jobs <= 1:
        return None
    return ProcessPool(jobs, _init_worker, (opts, True, True))


def _open_input(bureaus: Any, orphans: Sequence[str], opts: Options, pool: Any) -> tuple[Any, Sequence[str], FolderLock]:
    """Read the input (when given as a callable) and lock the output folder; on any failure the pool goes."""
    try:
        if callable(bureaus):
            bureaus, orphans = bureaus()
        _make_out_dir(opts.out_dir)
        lock = FolderLock(opts.out_dir)
        lock.acquire()
    except BaseException:
        if pool is not None:
            pool.stop()
        raise
    return bureaus, orphans, lock


class _Finished:
    """Receives each row as it finishes: kept in finishing order, with progress reported.

    An unchanged (skipped) bureau keeps its previous self-check counts.
    """

    def __init__(self, previous: dict[str, dict], progress: Optional[Callable[[int, int], None]], total: int) -> None:
        self.previous = previous
        self.progress = progress
        self.total = total
        self.done = Rows()  # in the order they finish
        self.position: dict[int, int] = {}  # task index -> position in ``done``

    def __call__(self, row: dict) -> None:
        prev = self.previous.get(row["key"])
        if row["status"] == "skipped" and prev:  # unchanged: the self-check counts still hold
            row["findings"] = prev.get("findings", row["findings"])
            if prev.get("check_failed_rules"):
                row["check_failed_rules"] = prev["check_failed_rules"]
        # stored before it is indexed: an interrupt between the two leaves the bureau "interrupted"
        # (its files listed from the disk), never an index pointing past the stored rows
        at = len(self.done)
        self.done.append(row)
        self.position[row["index"]] = at
        if self.progress:
            self.progress(1, self.total)


def _generate_all(pool: Any, opts: Options, tasks: Callable[[], Iterator[Task]], finished: _Finished,
                  total: int, stems: Sequence[str]) -> tuple[bool, Any]:
    """Run every task here or in the pool: (interrupted, the pool still to close).

    Ctrl-C stops the workers (bounded: see :meth:`ProcessPool.stop`) and sweeps their temporaries.
    """
    try:
        if pool is None:
            _init_worker(opts, ignore_sigint=False)
            for task in tasks():
                finished(process_task(task))
        else:
            # the pool pulls from the generator as workers become free, so only a few chunks
            # of (tiny) tasks exist at any time; a worker writes one bureau's files while it
            # makes the next (worker.process_chunk)
            chunk = max(1, min(32, total // (opts.jobs * 8)))
            for rows in pool.imap_unordered(process_chunk, _chunks(tasks(), chunk)):
                for row in rows:
                    finished(row)
    except KeyboardInterrupt:
        if pool is not None:
            pool.stop()  # every worker has ended (or been killed) when this returns
        sweep_temporaries(opts.out_dir, (f"{st}.{fmt}" for st in stems for fmt in opts.formats))
        return True, None
    except WorkerLost as exc:
        pool.stop()
        sweep_temporaries(opts.out_dir, (f"{st}.{fmt}" for st in stems for fmt in opts.formats))
        raise UserError(f"{exc}，批量任务已停止（可能是内存不足；可减少 --jobs 后重试）") from None
    except BaseException:
        if pool is not None:
            pool.stop()
        raise
    return False, pool


def _pairs_then_close(ordered: Rows, opts: Options, threshold: Optional[float], pool: Any,
                      interrupted: bool) -> tuple[list[dict], bool]:
    """Bureaus whose reports read alike (using the pool when there is one), then the pool is closed."""
    from ..core.thresholds import load_thresholds

    pairs: list[dict] = []
    finished = False
    try:
        if not interrupted and "md" in opts.formats:
            th = threshold if threshold is not None else float(load_thresholds()["similarity_threshold"])
            pairs = _similar(ordered, th, pool)
        finished = True
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if pool is not None:
            # all answers read: the workers end on their own; otherwise they are stopped, not awaited
            try:
                if finished and not interrupted:
                    pool.close()
                else:
                    pool.stop()
            except KeyboardInterrupt:  # Ctrl-C while they end: stop them, and still write the summary
                pool.stop()
                interrupted = True
    return pairs, interrupted


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    while chunk := list(islice(tasks, size)):
        yield chunk


def _make_out_dir(folder: Path) -> None:
    from ..core.readfile import os_reason

    if folder.exists() and not folder.is_dir():
        raise UserError(f"输出路径 {folder} 已存在且不是文件夹，请换一个输出文件夹")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"无法创建输出文件夹 {folder}（{os_reason(exc)}）") from None


def _fill_missing(tasks: Iterable[Task], done: Rows, position: dict[int, int], out: Rows,
                  opts: Options, since: float) -> None:
    """Append the rows to ``out`` in input order; a task without a row (interrupted) gets an "interrupted" row.

    A worker stopped by the interrupt may already have written all of a
    bureau's files (each one complete: writes are atomic). The row then lists
    them, so the summary says exactly what is on disk.
    """
    for task in tasks:
        at = position.get(task.index)
        if at is not None:
            out.take(done, at)
            continue
        paths = output_paths(opts, task.stem)
        written = {fmt: str(p) for fmt, p in paths.items() if p.exists() and p.stat().st_mtime >= since}
        if len(written) == len(paths):
            note = "运行被中断：报告文件已完整写出，但未完成自查"
        elif written:
            note = f"运行被中断：只写出了{'、'.join(written)}文件（每个文件都是完整的）"
        else:
            note = "运行被中断，未生成"
        out.append({"index": task.index, "key": task.key, "name": task.name, "stem": task.stem,
                    "status": "interrupted", "score": None, "rating": None,
                    "findings": {"error": 0, "warning": 0, "info": 0}, "outputs": written,
                    "errors": [note], "hash": None, "paragraphs": []})


def _orphan_rows(orphans: Sequence[str], source: str) -> list[dict]:
    return [{"index": -1, "key": "", "name": "（无法归属到单位的行）", "stem": "", "status": "failed", "score": None,
             "rating": None, "findings": {"error": 0, "warning": 0, "info": 0}, "outputs": {},
             "errors": [f"{source}: {m}" for m in orphans], "hash": None, "paragraphs": []}] if orphans else []


def _similar(rows: Rows, threshold: float, pool: Any) -> list[dict]:
    """Pairs of reports above the threshold; every row gets ``similar_to``."""
    have = []  # positions in ``rows`` of the reports with Markdown
    for i in range(len(rows)):
        r = rows[i]
        if r["status"] in ("ok", "skipped") and r["outputs"].get("md"):
            have.append(i)
    similar: dict[int, list[str]] = {}
    pairs = []
    if len(have) >= 2:
        skip = similarity.boilerplate(rows.paragraphs(i) for i in have)

        def md_path(k: int) -> str:
            return rows[have[k]]["outputs"]["md"]

        args = ((md_path(k), skip) for k in range(len(have)))
        if pool is not None:
            sigs = list(pool.imap(_signature_task, args))
        else:
            sigs = [_signature_task(a) for a in args]
        candidates = similarity.candidate_pairs(sigs, threshold)
        del sigs
        found = similarity.confirm(candidates, lambda k: Path(md_path(k)).read_text(encoding="utf-8"), skip, threshold)
        for p in found:
            a, b = rows[have[p.a]], rows[have[p.b]]
            similar.setdefault(have[p.a], []).append(b["key"])
            similar.setdefault(have[p.b], []).append(a["key"])
            pairs.append({"a": a["key"], "a_name": a["name"], "b": b["key"], "b_name": b["name"],
                          "similarity": p.similarity})
    for i in range(len(rows)):
        r = rows[i]
        r["similar_to"] = similar.get(i, [])
        rows[i] = r
    return pairs


__all__: Iterable[str] = ("Options", "run_batch", "inputs_from_folder", "parse_shard", "iter_formats", "BatchResult",
                           "iter_tasks")
