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
- ``shard=(K, N)`` takes every N-th bureau starting at the K-th, so machines
  that each run one shard together cover the workbook; file names are decided
  over the whole workbook, so shards never clash.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from .. import __version__
from ..atomic import write_bytes, write_text
from ..errors import UserError
from . import similarity
from .names import unique_stems
from .workbook import BureauInput

FORMATS = ("md", "docx", "json")
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


@dataclass
class BatchResult:
    rows: list[dict]
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


def make_tasks(bureaus: Sequence[BureauInput], source: str, shard: Optional[tuple[int, int]],
               previous: dict[str, dict]) -> list[Task]:
    """Tasks for this shard; stems are decided over all bureaus so shards agree."""
    stems = unique_stems(b.name or b.key for b in bureaus)
    tasks = []
    for index, (b, stem) in enumerate(zip(bureaus, stems)):
        if shard is not None and index % shard[1] != shard[0] - 1:
            continue
        prev = previous.get(b.key)
        prev_hash = prev.get("hash") if prev and prev.get("stem") == stem else None
        tasks.append(Task(index, b.key, b.name, stem, source, b.raw or None, b.where, list(b.errors), b.path, prev_hash))
    return tasks


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
    from ..corpus import default_corpus
    from ..write.docx_gbt9704 import _template

    _STATE["opts"] = opts
    if opts.self_check:
        all_rules()
    if opts.templates_dir is None and opts.corpus_dir is None:
        default_corpus()
    if "docx" in opts.formats:
        _template()
    if warm:
        _warm_up(opts)


def _warm_up(opts: Options) -> None:
    from ..load import validate
    from ..render import render_document
    from ..write.markdown import to_markdown
    from .init_workbook import example_bureau

    try:
        spec = validate(example_bureau(), "example")
        doc, _ = render_document(spec, seed=opts.seed, templates_dir=opts.templates_dir, corpus_dir=opts.corpus_dir)
        md = to_markdown(doc)
        if "docx" in opts.formats:
            from ..write.docx_gbt9704 import to_docx_bytes

            to_docx_bytes(doc)
        if opts.self_check:
            _self_check(md, spec, "example.md")
    except Exception:  # warming up is an optimisation; real bureaus report their own errors
        pass


def _spec_of(task: Task) -> Any:
    from ..load import load_spec, validate

    if task.path is not None:
        return load_spec(task.path)
    try:
        spec = validate(task.raw or {}, task.source, task.where)
    except UserError as exc:
        raise UserError(list(task.errors) + exc.messages) from None
    if task.errors:
        raise UserError(list(task.errors))
    return spec


def data_hash(spec: Any, environment: str) -> str:
    """Hash of the normalized data and everything else that shapes the outputs."""
    payload = spec.model_dump_json()
    return hashlib.sha256(f"{environment}\n{payload}".encode("utf-8")).hexdigest()


def output_paths(opts: Options, stem: str) -> dict[str, Path]:
    return {fmt: opts.out_dir / f"{stem}.{fmt}" for fmt in opts.formats}


def process_task(task: Task) -> dict:
    """Generate, write and self-check one bureau; never raises."""
    opts: Options = _STATE["opts"]
    started = time.perf_counter()
    row: dict[str, Any] = {
        "index": task.index, "key": task.key, "name": task.name, "stem": task.stem, "status": "failed",
        "score": None, "rating": None, "findings": {"error": 0, "warning": 0, "info": 0},
        "outputs": {}, "errors": [], "hash": None, "paragraphs": [],
    }
    try:
        _generate(task, opts, row)
    except UserError as exc:
        row["status"] = "failed"
        row["errors"] = exc.messages
    except Exception as exc:  # isolate: one bureau's bug must not stop the batch
        row["status"] = "failed"
        row["errors"] = [f"内部错误（{type(exc).__name__}）：{exc}"]
    row["seconds"] = round(time.perf_counter() - started, 4)
    return row


def _generate(task: Task, opts: Options, row: dict) -> None:
    from ..numbers import rating_for

    spec = _spec_of(task)
    row["name"] = spec.bureau.name
    score = spec.evaluation.score
    row["score"] = None if score is None else str(score)
    row["rating"] = rating_for(score) if score is not None else spec.evaluation.rating
    digest = data_hash(spec, opts.environment)
    row["hash"] = digest
    paths = output_paths(opts, task.stem)
    row["outputs"] = {fmt: str(p) for fmt, p in paths.items()}
    if not opts.force and task.prev_hash == digest and all(p.exists() for p in paths.values()):
        row["status"] = "skipped"
        if "md" in paths:
            md = paths["md"].read_text(encoding="utf-8")
            row["paragraphs"] = similarity.paragraph_hashes(md)
        return
    from ..render import render_document
    from ..write.markdown import to_markdown

    doc, facts = render_document(spec, seed=opts.seed, templates_dir=opts.templates_dir, corpus_dir=opts.corpus_dir)
    md = to_markdown(doc)
    for fmt, path in paths.items():
        if fmt == "md":
            write_text(path, md)
        elif fmt == "json":
            from ..write.json_doc import to_json

            write_text(path, to_json(doc, facts))
        else:
            from ..write.docx_gbt9704 import to_docx_bytes

            write_bytes(path, to_docx_bytes(doc))
    if opts.self_check:
        row["findings"], row["check_failed_rules"] = _self_check(md, spec, str(paths.get("md", task.stem + ".md")))
    row["paragraphs"] = similarity.paragraph_hashes(md) if "md" in paths else []
    row["status"] = "ok"


def _self_check(md: str, spec: Any, path: str) -> tuple[dict, list[str]]:
    """Findings of the generator's own self-check (gen.selfcheck, data included), counted by severity."""
    from ..selfcheck import self_check

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
    from ..resources import data_dir

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


def load_previous(path: Path) -> dict[str, dict]:
    """The rows of an earlier summary, by key; nothing if it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {r["key"]: r for r in data.get("bureaus", []) if isinstance(r, dict) and "key" in r}
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

    ``bureaus`` is a list of :class:`BureauInput`, or a callable returning
    ``(bureaus, orphans)``: then the worker processes start (and load their
    pipeline) while this process is still reading the workbook.
    """
    from ..thresholds import load_thresholds

    started = time.perf_counter()
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
    tasks = make_tasks(bureaus, source, opts.shard, previous)
    rows: dict[int, dict] = {}
    interrupted = False
    if progress:
        progress(0, len(tasks))
    try:
        if pool is None:
            _init_worker(opts, ignore_sigint=False)
            for task in tasks:
                rows[task.index] = process_task(task)
                if progress:
                    progress(1, len(tasks))
        else:
            chunk = max(1, min(32, len(tasks) // (jobs * 8)))
            for row in pool.imap_unordered(process_task, tasks, chunksize=chunk):
                rows[row["index"]] = row
                if progress:
                    progress(1, len(tasks))
    except KeyboardInterrupt:
        interrupted = True
        if pool is not None:
            pool.terminate()
            pool = None
    ordered = _fill_missing(tasks, rows, source)
    for row in ordered:
        prev = previous.get(row["key"])
        if row["status"] == "skipped" and prev:  # unchanged: the self-check counts still hold
            row["findings"] = prev.get("findings", row["findings"])
            if prev.get("check_failed_rules"):
                row["check_failed_rules"] = prev["check_failed_rules"]
    ordered = _orphan_rows(orphans, source) + ordered if (opts.shard is None or opts.shard[0] == 1) else ordered
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


def _fill_missing(tasks: Sequence[Task], rows: dict[int, dict], source: str) -> list[dict]:
    out = []
    for task in tasks:
        row = rows.get(task.index)
        if row is None:
            row = {"index": task.index, "key": task.key, "name": task.name, "stem": task.stem,
                   "status": "interrupted", "score": None, "rating": None,
                   "findings": {"error": 0, "warning": 0, "info": 0}, "outputs": {}, "errors": ["运行被中断，未生成"],
                   "hash": None, "paragraphs": []}
        out.append(row)
    return out


def _orphan_rows(orphans: Sequence[str], source: str) -> list[dict]:
    return [{"index": -1, "key": "", "name": "（无法归属到单位的行）", "stem": "", "status": "failed", "score": None,
             "rating": None, "findings": {"error": 0, "warning": 0, "info": 0}, "outputs": {},
             "errors": [f"{source}: {m}" for m in orphans], "hash": None, "paragraphs": []}] if orphans else []


def _similar(rows: list[dict], threshold: float, pool: Any) -> list[dict]:
    """Pairs of reports above the threshold; rows get ``similar_to``."""
    have = [r for r in rows if r["status"] in ("ok", "skipped") and r["outputs"].get("md")]
    for r in rows:
        r["similar_to"] = []
    if len(have) < 2:
        return []
    skip = similarity.boilerplate(r["paragraphs"] for r in have)
    args = [(r["outputs"]["md"], skip) for r in have]
    if pool is not None:
        sigs = pool.map(_signature_task, args, chunksize=max(1, len(args) // 64))
    else:
        sigs = [_signature_task(a) for a in args]
    candidates = similarity.candidate_pairs(sigs, threshold)
    found = similarity.confirm(candidates, lambda i: Path(have[i]["outputs"]["md"]).read_text(encoding="utf-8"),
                               skip, threshold)
    pairs = []
    for p in found:
        a, b = have[p.a], have[p.b]
        a["similar_to"].append(b["key"])
        b["similar_to"].append(a["key"])
        pairs.append({"a": a["key"], "a_name": a["name"], "b": b["key"], "b_name": b["name"], "similarity": p.similarity})
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
    """summary.json and summary.csv (UTF-8 with BOM so Excel opens it), both atomically."""
    counts = {s: sum(1 for r in result.rows if r["status"] == s) for s in STATUS_NAMES}
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
        "bureaus": [_public(r) for r in result.rows],
    }
    try:
        from ..thresholds import load_thresholds

        doc["similarity_threshold"] = float(load_thresholds()["similarity_threshold"])
    except Exception:
        pass
    write_text(result.summary_json, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(_CSV_HEADER)
    for r in result.rows:
        f = r["findings"]
        o = r["outputs"]
        w.writerow([r["key"], r["name"], STATUS_NAMES.get(r["status"], r["status"]), r["score"] or "", r["rating"] or "",
                    f.get("error", 0), f.get("warning", 0), f.get("info", 0), o.get("md", ""), o.get("docx", ""),
                    o.get("json", ""), "；".join(r.get("similar_to", [])), "；".join(r["errors"])])
    write_bytes(result.summary_csv, ("\ufeff" + buf.getvalue()).encode("utf-8"))


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
    fmts = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise UserError(f"--format：可选格式为 {','.join(FORMATS)}（用逗号分隔），收到“{value}”")
    return fmts


__all__: Iterable[str] = ("Options", "run_batch", "inputs_from_folder", "parse_shard", "iter_formats", "BatchResult")
