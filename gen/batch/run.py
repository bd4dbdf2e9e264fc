"""Run a batch: one report per bureau, in parallel, with a summary.

Design choices, and why:

- Work is spread over processes (``jobs``), in chunks, with ``imap_unordered``
  so a slow bureau does not hold up the progress count. Each worker builds its
  pipeline once (Jinja environment, corpus, .docx template package, checker
  rules) in its initializer, and returns a small dict, not the document.
- One bureau's failure (bad data, a template error, even an unexpected
  exception) becomes a ``failed`` row with Chinese messages; the others go on.
- Re-running skips a bureau whose data, seed, formats, jixiao version and
  templates/corpus/glossary are unchanged (a hash stored in the summary) and
  whose outputs exist, unless ``force``.
- The summary (JSON and CSV) is written atomically at the end, and also when
  the run is interrupted, so it always says what was done.
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

import csv
import hashlib
import json
import multiprocessing
import os
import signal
import tempfile
import threading
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from .. import __version__
from ..core.atomic import open_atomic, write_bytes, write_text
from ..core.errors import UserError
from . import similarity
from .names import unique_stems
from .workbook import BureauInput, WorkbookIndex, load_bureau

Inputs = Union[Sequence[BureauInput], WorkbookIndex]

from ..generate.formats import DEFAULT as FORMATS, extension as _extension, parse_formats, unavailable
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


@dataclass
class Task:
    """What a worker needs for one bureau; picklable and small."""

    index: int
    key: str
    name: str
    stem: str
    source: str
    raw: Optional[dict] = None
    where: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    path: Optional[str] = None
    prev_hash: Optional[str] = None
    db: Optional[str] = None  # workbook input: the WorkbookIndex file the worker builds the bureau from


class Rows(Sequence):
    """Summary rows, kept in an anonymous temporary file rather than in memory.

    Why: the summary needs one row per bureau until the end of the batch; as
    Python dicts a row costs several KB, so a big workbook would make the
    main process grow with it. Each row is stored as compact JSON followed by
    its paragraph fingerprints (8 bytes each); only three integers per row
    stay in memory. Reading a row decodes a fresh dict; write a change back
    with ``rows[i] = row`` (the new version is appended). Reads and writes
    hold a lock, so the pool's feeder thread may read while this thread waits.
    """

    def __init__(self, rows: Iterable[dict] = ()) -> None:
        self._file = tempfile.TemporaryFile(prefix="jixiao-rows-")  # removed when closed or collected
        self._lock = threading.Lock()
        self._end = 0
        self._at = array("Q")  # offset of each row's record
        self._json = array("Q")  # bytes of JSON at the start of the record
        self._para = array("Q")  # bytes of paragraph fingerprints after it
        for row in rows:
            self.append(row)

    @staticmethod
    def _encode(row: dict) -> tuple[bytes, bytes]:
        data = json.dumps({k: v for k, v in row.items() if k != "paragraphs"}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        p = row.get("paragraphs")
        return data, (p if isinstance(p, array) else array("Q", p or ())).tobytes()

    def _write(self, data: bytes, para: bytes) -> int:
        with self._lock:
            at = self._end
            self._file.seek(at)
            self._file.write(data)
            self._file.write(para)
            self._end = at + len(data) + len(para)
        return at

    def _record(self, i: int) -> tuple[bytes, bytes]:
        i = range(len(self._at))[i]  # IndexError past the end, as a sequence must
        n = self._json[i]
        with self._lock:
            self._file.seek(self._at[i])
            buf = self._file.read(n + self._para[i])
        return buf[:n], buf[n:]

    def append(self, row: dict) -> None:
        self._put(*self._encode(row))

    def _put(self, data: bytes, para: bytes) -> None:
        self._at.append(self._write(data, para))
        self._json.append(len(data))
        self._para.append(len(para))

    def take(self, other: "Rows", i: int) -> None:
        """Append row ``i`` of ``other`` as it is (no decoding)."""
        self._put(*other._record(i))

    def __getitem__(self, i: int) -> dict:  # type: ignore[override]
        data, para = self._record(i)
        row = json.loads(data)
        row["paragraphs"] = self._unpack(para)
        return row

    def __setitem__(self, i: int, row: dict) -> None:
        i = range(len(self._at))[i]
        data, para = self._encode(row)
        self._at[i] = self._write(data, para)
        self._json[i] = len(data)
        self._para[i] = len(para)

    def __len__(self) -> int:
        return len(self._at)

    def paragraphs(self, i: int) -> array:
        return self._unpack(self._record(i)[1])

    @staticmethod
    def _unpack(para: bytes) -> array:
        out = array("Q")
        out.frombytes(para)
        return out

    def close(self) -> None:
        self._file.close()


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
    files = sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in DATA_SUFFIXES)
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
        prev_hash = prev.get("hash") if prev and prev.get("stem") == stem else None
        if b is None:
            yield Task(index, key, name, stem, source, prev_hash=prev_hash, db=db)
        else:
            yield Task(index, key, name, stem, source, b.raw or None, b.where, list(b.errors), b.path, prev_hash)


def make_tasks(bureaus: Inputs, source: str, shard: Optional[tuple[int, int]],
               previous: dict[str, dict]) -> list[Task]:
    """Every task of this shard at once (small inputs and tests; a batch uses :func:`iter_tasks`)."""
    return list(iter_tasks(bureaus, source, shard, previous))


# ------------------------------------------------------------------ worker

_STATE: dict[str, Any] = {}


def _init_worker(opts: Options, ignore_sigint: bool, warm: bool = False) -> None:
    """Build the pipeline once per process: templates, corpus, .docx package, rules.

    ``warm``: also generate and check the built-in example report once (not
    written anywhere), so jieba, spaCy and every lazily built table are loaded
    before the first real bureau arrives.
    """
    if ignore_sigint:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..check.registry import all_rules
    from ..generate.corpus import default_corpus
    from ..generate.write.docx_gbt9704 import template_package

    _STATE["opts"] = opts
    if opts.self_check:
        all_rules()
    if opts.templates_dir is None and opts.corpus_dir is None:
        default_corpus()
    if "docx" in opts.formats:
        template_package()
    if warm:
        _warm_up(opts)


def _warm_up(opts: Options) -> None:
    from ..core.load import validate
    from ..generate.render import render_document
    from ..generate.write.markdown import to_markdown
    from .init_workbook import example_bureau

    try:
        spec = validate(example_bureau(), "example")
        doc, _ = render_document(spec, seed=opts.seed, templates_dir=opts.templates_dir, corpus_dir=opts.corpus_dir)
        md = to_markdown(doc)
        if "docx" in opts.formats:
            from ..generate.write.docx_gbt9704 import to_docx_bytes

            to_docx_bytes(doc)
        if opts.self_check:
            _self_check(md, spec, "example.md")
    except Exception:  # warming up is an optimisation; real bureaus report their own errors
        pass


def spec_of(task: Task) -> Any:
    from ..core.load import load_spec, validate

    if task.path is not None:
        return load_spec(task.path)
    if task.db is not None:
        bureau = load_bureau(task.db, task.key)
        raw, where, errors = bureau.raw, bureau.where, bureau.errors
    else:
        raw, where, errors = task.raw, task.where, task.errors
    try:
        spec = validate(raw or {}, task.source, where)
    except UserError as exc:
        raise UserError(list(errors) + exc.messages) from None
    if errors:
        raise UserError(list(errors))
    return spec


def data_hash(spec: Any, environment: str) -> str:
    """Hash of the normalized data and everything else that shapes the outputs."""
    payload = spec.model_dump_json()
    return hashlib.sha256(f"{environment}\n{payload}".encode("utf-8")).hexdigest()


def output_paths(opts: Options, stem: str) -> dict[str, Path]:
    return {fmt: opts.out_dir / f"{stem}{_extension(fmt)}" for fmt in opts.formats}


def process_task(task: Task) -> dict:
    """Generate, write and self-check one bureau; never raises."""
    opts: Options = _STATE["opts"]
    started = time.perf_counter()
    row: dict[str, Any] = {
        "index": task.index, "key": task.key, "name": task.name, "stem": task.stem, "status": "failed",
        "score": None, "rating": None, "findings": {"error": 0, "warning": 0, "info": 0},
        "outputs": {}, "errors": [], "notes": [], "hash": None, "paragraphs": array("Q"),
    }
    try:
        _generate(task, opts, row)
    except UserError as exc:
        row["status"] = "failed"
        row["errors"] = exc.messages
    except Exception as exc:  # isolate: one bureau's bug must not stop the batch
        row["status"] = "failed"
        row["errors"] = [f"内部错误（{type(exc).__name__}）：{exc}"]
    row["paragraphs"] = array("Q", row["paragraphs"])  # 8 bytes per paragraph: the main process keeps every row
    row["seconds"] = round(time.perf_counter() - started, 4)
    return row


def _generate(task: Task, opts: Options, row: dict) -> None:
    from ..core.numbers import rating_for

    spec = spec_of(task)
    row["name"] = spec.bureau.name
    score = spec.evaluation.score
    row["score"] = None if score is None else str(score)
    row["rating"] = rating_for(score) if score is not None else spec.evaluation.rating
    digest = data_hash(spec, opts.environment)
    row["hash"] = digest
    paths = output_paths(opts, task.stem)
    # a format this bureau's data cannot give (xlsx without forms) is left out and said why, not a failure
    missing = {fmt: why for fmt in paths if (why := unavailable(fmt, spec)) is not None}
    paths = {fmt: p for fmt, p in paths.items() if fmt not in missing}
    row["notes"] = list(missing.values())
    row["outputs"] = {fmt: str(p) for fmt, p in paths.items()}
    if not opts.force and task.prev_hash == digest and all(p.exists() for p in paths.values()):
        row["status"] = "skipped"
        if "md" in paths:
            md = paths["md"].read_text(encoding="utf-8")
            row["paragraphs"] = similarity.paragraph_hashes(md)
        return
    from ..generate.render import render_document
    from ..generate.write.markdown import to_markdown

    doc, facts = render_document(spec, seed=opts.seed, templates_dir=opts.templates_dir, corpus_dir=opts.corpus_dir)
    md = to_markdown(doc)
    from ..generate.formats import render

    # every output made before any is written: a writer's error leaves no half-written set
    made = {fmt: md if fmt == "md" else render(fmt, doc, facts, spec) for fmt in paths}
    for fmt, path in paths.items():
        data = made[fmt]
        if isinstance(data, bytes):
            write_bytes(path, data)
        else:
            write_text(path, data)
    if opts.self_check:
        row["findings"], row["check_failed_rules"] = _self_check(md, spec, str(paths.get("md", task.stem + ".md")))
    row["paragraphs"] = similarity.paragraph_hashes(md) if "md" in paths else []
    row["status"] = "ok"


def _self_check(md: str, spec: Any, path: str) -> tuple[dict, list[str]]:
    """Findings of the generator's own self-check (gen.generate.selfcheck, data included), counted by severity."""
    from ..generate.selfcheck import self_check

    failed: list[str] = []
    findings = self_check(md, spec, path, on_rule_error=lambda rule, exc: failed.append(rule.code))
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts, failed


def _signature_task(args: tuple[str, frozenset]) -> bytes:
    path, skip = args
    return similarity.signature(Path(path).read_text(encoding="utf-8"), skip)


# ------------------------------------------------------------------ main process


def _folder_fingerprint(folder: Optional[Path]) -> str:
    if folder is None:
        return "-"
    h = hashlib.sha256()
    base = Path(folder)
    for p in sorted(base.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(base)).encode("utf-8"))
            h.update(p.read_bytes())
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


def summary_paths(opts: Options) -> tuple[Path, Path]:
    stem = "summary" if opts.shard is None else f"summary.shard-{opts.shard[0]}-of-{opts.shard[1]}"
    return opts.out_dir / f"{stem}.json", opts.out_dir / f"{stem}.csv"


_PREVIOUS_FIELDS = ("hash", "stem", "findings", "check_failed_rules")


def load_previous(path: Path) -> dict[str, dict]:
    """The rows of an earlier summary, by key, with only what a re-run uses; nothing if missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {r["key"]: {k: r[k] for k in _PREVIOUS_FIELDS if k in r}
                for r in data.get("bureaus", []) if isinstance(r, dict) and "key" in r}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run_batch(bureaus: Any, source: str, opts: Options, *, orphans: Sequence[str] = (),
              progress: Optional[Callable[[int, int], None]] = None, threshold: Optional[float] = None) -> BatchResult:
    """Generate every bureau of this shard; write and return the summary.

    ``bureaus`` is a list of :class:`BureauInput` or a :class:`WorkbookIndex`
    (the caller closes it afterwards), or a callable returning
    ``(bureaus, orphans)``: then the worker processes start (and load their
    pipeline) while this process is still reading the workbook. Tasks are made
    one at a time, never all at once.
    """
    from ..core.thresholds import load_thresholds

    started = time.perf_counter()
    started_wall = time.time()
    jobs = opts.jobs or default_jobs()
    opts = Options(**{**opts.__dict__, "jobs": jobs, "environment": environment_fingerprint(opts)})
    pool = None
    if jobs > 1:
        ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(opts, True, True))
    try:
        if callable(bureaus):
            bureaus, orphans = bureaus()
        opts.out_dir.mkdir(parents=True, exist_ok=True)
    except BaseException:
        if pool is not None:
            pool.terminate()
        raise
    json_path, csv_path = summary_paths(opts)
    previous = {} if opts.force else load_previous(json_path)
    stems = all_stems(bureaus)
    total = shard_size(len(stems), opts.shard)

    def tasks() -> Iterator[Task]:
        return iter_tasks(bureaus, source, opts.shard, previous, stems)

    done = Rows()  # in the order they finish
    position: dict[int, int] = {}  # task index -> position in ``done``

    def finished(row: dict) -> None:
        prev = previous.get(row["key"])
        if row["status"] == "skipped" and prev:  # unchanged: the self-check counts still hold
            row["findings"] = prev.get("findings", row["findings"])
            if prev.get("check_failed_rules"):
                row["check_failed_rules"] = prev["check_failed_rules"]
        position[row["index"]] = len(done)
        done.append(row)
        if progress:
            progress(1, total)

    interrupted = False
    if progress:
        progress(0, total)
    try:
        if pool is None:
            _init_worker(opts, ignore_sigint=False)
            for task in tasks():
                finished(process_task(task))
        else:
            # imap_unordered pulls from the generator as the pipe to the workers drains,
            # so only a few chunks of (tiny) tasks exist at any time
            chunk = max(1, min(32, total // (jobs * 8)))
            for row in pool.imap_unordered(process_task, tasks(), chunksize=chunk):
                finished(row)
    except KeyboardInterrupt:
        interrupted = True
        if pool is not None:
            pool.terminate()
            pool = None
    ordered = Rows(_orphan_rows(orphans, source) if (opts.shard is None or opts.shard[0] == 1) else ())
    _fill_missing(tasks(), done, position, ordered, opts, started_wall)
    position.clear()
    done.close()
    pairs: list[dict] = []
    try:
        if not interrupted and "md" in opts.formats:
            th = threshold if threshold is not None else float(load_thresholds()["similarity_threshold"])
            pairs = _similar(ordered, th, pool)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    result = BatchResult(ordered, pairs, json_path, csv_path, interrupted, time.perf_counter() - started)
    write_summary(result, source, opts)
    if interrupted:
        raise KeyboardInterrupt
    return result


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
            sigs = list(pool.imap(_signature_task, args, chunksize=max(1, len(have) // 64)))
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


# ------------------------------------------------------------------ summary

_CSV_HEADER = ("单位编号", "单位名称", "状态", "自评得分", "自评等级", "自查错误", "自查警告", "自查提示",
               "Markdown", "Word", "JSON", "雷同报告", "问题说明")


def _public(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k not in ("paragraphs", "index")}
    out["status_name"] = STATUS_NAMES.get(row["status"], row["status"])
    out.setdefault("similar_to", [])
    return out


def write_summary(result: BatchResult, source: str, opts: Options) -> None:
    """summary.json and summary.csv (UTF-8 with BOM so Excel opens it), both atomically.

    Written row by row, so the whole summary is never held as one string; the
    JSON is byte-for-byte what ``json.dumps(doc, indent=2)`` would give.
    """
    counts = {s: 0 for s in STATUS_NAMES}
    for r in result.rows:
        if r["status"] in counts:
            counts[r["status"]] += 1
    doc = {
        "source": source,
        "jixiao_version": __version__,
        "seed": opts.seed,
        "formats": list(opts.formats),
        "shard": list(opts.shard) if opts.shard else None,
        "interrupted": result.interrupted,
        "seconds": round(result.seconds, 3),
        "counts": counts,
        "similarity_threshold": None,
        "similar_pairs": result.pairs,
        "bureaus": [],
    }
    try:
        from ..core.thresholds import load_thresholds

        doc["similarity_threshold"] = float(load_thresholds()["similarity_threshold"])
    except Exception:
        pass
    head = json.dumps(doc, ensure_ascii=False, indent=2)
    tail = "[]\n}"
    assert head.endswith('"bureaus": ' + tail)
    with open_atomic(result.summary_json, text=True) as fh:
        fh.write(head[: -len(tail)])
        if not len(result.rows):
            fh.write("[]")
        else:
            fh.write("[\n")
            for n, r in enumerate(result.rows):
                item = json.dumps(_public(r), ensure_ascii=False, indent=2)
                fh.write((",\n    " if n else "    ") + item.replace("\n", "\n    "))
            fh.write("\n  ]")
        fh.write("\n}\n")
    with open_atomic(result.summary_csv, text=True) as fh:
        fh.write("\ufeff")
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(_CSV_HEADER)
        for r in result.rows:
            f = r["findings"]
            o = r["outputs"]
            w.writerow([r["key"], r["name"], STATUS_NAMES.get(r["status"], r["status"]), r["score"] or "",
                        r["rating"] or "", f.get("error", 0), f.get("warning", 0), f.get("info", 0), o.get("md", ""),
                        o.get("docx", ""), o.get("json", ""), "；".join(r.get("similar_to", [])),
                        "；".join([*r["errors"], *r.get("notes", ())])])


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


__all__: Iterable[str] = ("Options", "run_batch", "inputs_from_folder", "parse_shard", "iter_formats", "BatchResult",
                           "iter_tasks", "make_tasks")
