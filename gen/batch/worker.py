"""One bureau in a worker process: build, write, self-check; never raise.

Each worker builds its pipeline once (Jinja environment, corpus, .docx
template package, checker rules) in its initializer, and returns a small
dict, not the document. One bureau's failure (bad data, a template error,
even an unexpected exception) becomes a ``failed`` row with Chinese messages.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from ..core.atomic import write_bytes
from ..core.errors import UserError
from . import similarity
from .options import Options
from .outputs import outputs_intact
from .workbook import load_bureau


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
    prev_outputs: Optional[dict] = None  # SHA-256 of each output as the previous summary recorded it


_STATE: dict[str, Any] = {}


def _init_worker(opts: Options, ignore_sigint: bool, warm: bool = False) -> None:
    """Build the pipeline once per process: templates, corpus, .docx package, rules.

    ``warm``: also generate and check the built-in example report once (not
    written anywhere), so jieba, spaCy and every lazily built table are loaded
    before the first real bureau arrives.
    """
    if ignore_sigint:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        # ProcessPool.stop() sends SIGTERM: end between bureaus, never half way through a write
        signal.signal(signal.SIGTERM, _stop_on_sigterm)
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


def _stop_on_sigterm(signum: int, frame: Any) -> None:
    """Exit now when no bureau is being made; otherwise ask the bureau loop to stop after this one.

    Why not raise SystemExit here: a handler runs wherever the main thread is,
    including inside a destructor or a callback (``Decimal.__del__``), where
    CPython can only print "Exception ignored in …" with a traceback and go on.
    A flag read between bureaus stops at a point of our choosing; the pool's
    grace period is many bureaus long. An idle worker (waiting for a task,
    sending a result) holds no half-written file, so it ends at once.
    """
    if _STATE.get("making"):
        _STATE["stop"] = 128 + signum
        return
    os._exit(128 + signum)


def _stop_if_asked() -> None:
    code = _STATE.pop("stop", None)
    if code is not None:
        raise SystemExit(code)


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


def spec_and_warnings(task: Task) -> tuple[Any, list[str]]:
    """The bureau's spec and its data warnings (超编, 到位多于预算 …; see gen.core.consistency)."""
    from ..core.load import load_spec_with_warnings, validate_with_warnings

    if task.path is not None:
        return load_spec_with_warnings(task.path)
    if task.db is not None:
        bureau = load_bureau(task.db, task.key)
        raw, where, errors = bureau.raw, bureau.where, bureau.errors
    else:
        raw, where, errors = task.raw, task.where, task.errors
    try:
        spec, warnings = validate_with_warnings(raw or {}, task.source, where)
    except UserError as exc:
        raise UserError(list(errors) + exc.messages) from None
    if errors:
        raise UserError(list(errors))
    return spec, warnings


def data_hash(spec: Any, environment: str) -> str:
    """Hash of the normalized data and everything else that shapes the outputs."""
    payload = spec.model_dump_json()
    return hashlib.sha256(f"{environment}\n{payload}".encode("utf-8")).hexdigest()


def output_paths(opts: Options, stem: str) -> dict[str, Path]:
    from ..generate.formats import extension

    return {fmt: opts.out_dir / f"{stem}{extension(fmt)}" for fmt in opts.formats}


def process_task(task: Task) -> dict:
    """Generate, write and self-check one bureau; never raises (but SystemExit when the pool is stopping)."""
    _STATE["making"] = True
    try:
        return _end(*_start(task, None))
    finally:
        _STATE["making"] = False
        _stop_if_asked()


def process_chunk(tasks: list[Task]) -> list[dict]:
    """:func:`process_task` for a few bureaus; each one's files are written while the next is made.

    Why: every output is synced to disk before it is renamed (gen.core.atomic),
    and a worker waiting for the disk leaves its core idle. One writer thread
    per process takes the writes; a bureau's row is finished (status, hashes,
    or the write's error, exactly as when writing in line) only after its own
    writes are done, and nothing is left pending when this returns or is
    interrupted (SIGTERM from ``ProcessPool.stop()``): the files on disk are
    complete ones, as the interrupted-run summary expects.
    """
    writer = _writer()
    started: list[tuple[dict, Any, float]] = []
    _STATE["making"] = True
    try:
        for task in tasks:
            if "stop" in _STATE:  # SIGTERM: no new bureau; the ones started finish their writes below
                break
            started.append(_start(task, writer.submit))
        return [_end(*item) for item in started]
    except BaseException:
        for _row, finish, _t in started:
            if finish is not None:
                finish.wait()
        raise
    finally:
        _STATE["making"] = False
        _stop_if_asked()


def _writer() -> Any:
    """This process's writer thread (made in the process that uses it: threads do not survive fork)."""
    from concurrent.futures import ThreadPoolExecutor

    if _STATE.get("writer_pid") != os.getpid():
        _STATE["writer"] = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jixiao-write")
        _STATE["writer_pid"] = os.getpid()
    return _STATE["writer"]


def _start(task: Task, submit: Optional[Callable[..., Any]]) -> tuple[dict, Any, float]:
    """Everything of one bureau up to its writes: (row, what finishes it or None, start time)."""
    opts: Options = _STATE["opts"]
    started = time.perf_counter()
    row: dict[str, Any] = {
        "index": task.index, "key": task.key, "name": task.name, "stem": task.stem, "status": "failed",
        "score": None, "rating": None, "findings": {"error": 0, "warning": 0, "info": 0},
        "outputs": {}, "errors": [], "notes": [], "hash": None, "paragraphs": array("Q"),
    }
    finish = None
    try:
        finish = _generate(task, opts, row, submit)
    except Exception as exc:  # isolate: one bureau's bug must not stop the batch
        _failed(row, exc)
    if not row["name"] and task.path is not None:
        row["name"] = own_name(task.path)
    return row, finish, started


def own_name(path: str) -> str:
    """What a data file that failed to load calls itself (its bureau.name, when that much parses), else
    its file name: a summary row with an empty 单位名称 does not tell a reviewer which bureau failed."""
    from ..core.load import max_data_bytes, parse_text
    from ..core.readfile import read_limited

    try:
        raw = parse_text(read_limited(path, max_data_bytes()).decode("utf-8-sig"), path)
        name = raw.get("bureau", {}).get("name") if isinstance(raw, dict) and isinstance(raw.get("bureau"), dict) else None
    except Exception:  # unreadable, not YAML, a form: the file name says which file it is
        name = None
    if not isinstance(name, str) or not name.strip() or len(name) > NAME_LIMIT or not _writable(name):
        return Path(path).name  # a name the loader refused for its characters is not printed either
    return " ".join(name.split())


# Longer than any body's name: a longer bureau.name is not a name but damage, and the file name says more.
NAME_LIMIT = 200


def _writable(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8 (a lone surrogate, from a bad \\ud800 escape, cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _end(row: dict, finish: Optional["_Finish"], started: float) -> dict:
    if finish is not None:
        try:
            finish()
        except Exception as exc:
            _failed(row, exc)
    row["paragraphs"] = array("Q", row["paragraphs"])  # 8 bytes per paragraph: the main process keeps every row
    row["seconds"] = round(time.perf_counter() - started, 4)
    return row


def _failed(row: dict, exc: Exception) -> None:
    row["status"] = "failed"
    row["errors"] = exc.messages if isinstance(exc, UserError) else [f"内部错误（{type(exc).__name__}）：{exc}"]


class _Finish:
    """Completes a bureau's row once its outputs are written: the write's error first, as when writing came first."""

    def __init__(self, row: dict, written: Any, after: dict, error: Optional[Exception]):
        self.row, self.written, self.after, self.error = row, written, after, error

    def wait(self) -> None:
        try:
            self.written()
        except BaseException:
            pass

    def __call__(self) -> None:
        self.row["output_hashes"] = self.written()
        if self.error is not None:
            raise self.error
        self.row.update(self.after)
        self.row["status"] = "ok"


def _write_outputs(paths: dict[str, Path], made: dict[str, Any]) -> dict[str, str]:
    """Write each output in order (stopping at the first error); their SHA-256."""
    hashes: dict[str, str] = {}
    for fmt, path in paths.items():
        out = made[fmt]
        data = out.encode("utf-8") if isinstance(out, str) else out
        write_bytes(path, data)
        hashes[fmt] = hashlib.sha256(data).hexdigest()
    return hashes


def _generate(task: Task, opts: Options, row: dict, submit: Optional[Callable[..., Any]] = None) -> Optional[_Finish]:
    """Make and write (or hand to ``submit``) one bureau's outputs; what finishes its row, or None (skipped)."""
    from ..core.derive import rating_of
    from ..core.numbers import format_score

    spec, data_warnings = spec_and_warnings(task)
    row["name"] = spec.bureau.name
    score = spec.evaluation.score
    row["score"] = None if score is None else format_score(score)
    row["rating"] = rating_of(spec)
    # The bureau's place in the batch spreads phrase variants, so it is part of what the output depends on.
    digest = data_hash(spec, f"{opts.environment}\x1f{task.index}")
    row["hash"] = digest
    paths = output_paths(opts, task.stem)
    # a format this bureau's data cannot give (xlsx without forms) is left out and said why, not a failure
    from ..generate.formats import unavailable

    missing = {fmt: why for fmt in paths if (why := unavailable(fmt, spec)) is not None}
    paths = {fmt: p for fmt, p in paths.items() if fmt not in missing}
    row["notes"] = list(missing.values())
    row["outputs"] = {fmt: str(p) for fmt, p in paths.items()}
    if not opts.force and task.prev_hash == digest and outputs_intact(paths, task.prev_outputs):
        row["status"] = "skipped"
        row["output_hashes"] = dict(task.prev_outputs or {})
        if "md" in paths:
            md = paths["md"].read_text(encoding="utf-8")
            row["paragraphs"] = similarity.paragraph_hashes(md)
        return None
    from ..generate.render import render_document
    from ..generate.write.markdown import to_markdown

    from ..generate.formats import render

    doc, facts = render_document(spec, seed=opts.seed, templates_dir=opts.templates_dir, corpus_dir=opts.corpus_dir,
                                 position=task.index)
    doc.warnings = data_warnings + doc.warnings
    from ..generate.gaps import form_gaps

    form_holes = form_gaps(doc, spec, tuple(paths))  # also warns when no format writes the forms
    row["warnings"] = list(doc.warnings)  # data warnings, missing reasons, unused fields (as `generate` prints them)
    row["placeholders"] = len(doc.placeholders()) + len(form_holes)
    md = to_markdown(doc)
    # every output made before any is written: a writer's error leaves no half-written set
    made = {fmt: md if fmt == "md" else render(fmt, doc, facts, spec) for fmt in paths}
    if submit is None:
        hashes = _write_outputs(paths, made)
        written: Callable[[], dict[str, str]] = lambda: hashes  # noqa: E731
    else:
        written = submit(_write_outputs, paths, made).result
    after: dict[str, Any] = {}
    error = None
    try:
        if opts.self_check:
            after["findings"], after["check_failed_rules"] = _self_check(
                md, spec, str(paths.get("md", task.stem + ".md")), facts)
        after["paragraphs"] = similarity.paragraph_hashes(md) if "md" in paths else []
    except Exception as exc:  # reported after the write's own outcome, in the order of a write in line
        error = exc
    return _Finish(row, written, after, error)


def _self_check(md: str, spec: Any, path: str, facts: Optional[dict] = None) -> tuple[dict, list[str]]:
    """Findings of the generator's own self-check (gen.generate.selfcheck, data included), counted by severity."""
    from ..generate.selfcheck import self_check

    failed: list[str] = []
    findings = self_check(md, spec, path, on_rule_error=lambda rule, exc: failed.append(rule.code), facts=facts)
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts, failed


def _signature_task(args: tuple[str, frozenset]) -> bytes:
    path, skip = args
    return similarity.signature(Path(path).read_text(encoding="utf-8"), skip)
