"""The web app's adapter to the generator: warm-up, loading data, generating and its downloads.

Why adapters: the generator, checker and batch are being changed by others;
every call the web app makes into them goes through ``pipeline*.py`` (this
module; :mod:`gen.web.pipeline_check` for checking; :mod:`gen.web.pipeline_batch`
for batch and the blank workbook), so a changed signature is fixed in one place. Everything here calls the same functions the
CLI calls (gen/cli.py, gen/check/command.py, gen/batch/command.py); nothing is
re-implemented. Errors are the pipelines' own Chinese ``UserError`` messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..core.errors import UserError
from ..generate.jinja_env import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN

DATA_SUFFIXES = (".yaml", ".yml", ".json")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
# The page lists the downloads in this order (Word first: what an officer submits); the formats
# themselves, their writers and which a report can have come from gen.generate.formats.
PAGE_ORDER = ("docx", "md", "json", "xlsx")
# A visible placeholder for content the data lacks: what the templates' missing() writes.
PLACEHOLDER_RE = re.compile(re.escape(PLACEHOLDER_OPEN) + r"[^" + re.escape(PLACEHOLDER_CLOSE) + r"]{0,200}"
                            + re.escape(PLACEHOLDER_CLOSE))


# ------------------------------------------------------------------ warm-up


def warm(templates_dir: Optional[Path] = None) -> None:
    """Build the checker (rules, jieba, spaCy) and generator (corpus, .docx package) once per worker.

    Generating and checking the built-in example bureau loads every lazily
    built table, so the first real request is as fast as the later ones.
    """
    from ..batch.init_workbook import example_bureau
    from ..core.load import validate

    spec = validate(example_bureau(), "example")
    report = generate(spec, templates_dir=templates_dir)
    for fmt in report_formats(report):
        output(report, fmt)
    from ..check.read import source_from_text
    from .pipeline_check import check_source

    check_source(source_from_text(report.markdown, "example.md", kind="md"))


# ------------------------------------------------------------------ loading data


def checkable_suffixes() -> tuple[str, ...]:
    """The file types the checker's reader accepts (the upload dialog offers these)."""
    from ..check.read import CHECKABLE_SUFFIXES

    return tuple(CHECKABLE_SUFFIXES)


def load_data_file(path: Path, shown: str) -> Any:
    """A ReportSpec from an uploaded YAML/JSON file or a one-bureau workbook; errors name ``shown``."""
    suffix = path.suffix.lower()
    if suffix in DATA_SUFFIXES:
        from ..core.load import load_spec

        try:
            return load_spec(path)
        except UserError as exc:
            raise UserError([m.replace(str(path), shown) for m in exc.messages]) from None
    if suffix in WORKBOOK_SUFFIXES:
        return _spec_from_workbook(path, shown)
    raise UserError(f"{shown}：数据文件应为 YAML（.yaml/.yml）、JSON（.json）或 Excel 工作簿（.xlsx）")


def _spec_from_workbook(path: Path, shown: str) -> Any:
    """The one bureau of a workbook, validated the way ``jixiao batch`` validates each bureau."""
    from ..batch.run import Task
    from ..batch.worker import spec_and_warnings
    from ..batch.workbook import WorkbookIndex

    try:
        index = WorkbookIndex(path)
    except UserError as exc:
        raise UserError([m.replace(str(path), shown) for m in exc.messages]) from None
    with index:
        entries = list(index.entries())
        if len(entries) != 1:
            raise UserError(f"{shown}：工作簿中有 {len(entries)} 个单位；生成单份报告时只能有一个单位，"
                            "多个单位请使用“批量生成”")
        key, name = entries[0]
        task = Task(index=0, key=key, name=name, stem=key, source=shown, db=index.db_path)
        return spec_and_warnings(task)[0]


def spec_from_dict(raw: dict, shown: str) -> Any:
    """Validate data filled in the web form, with the loader's messages."""
    from ..core.load import validate

    return validate(raw, shown)


def schema() -> dict:
    """The data file's JSON Schema (what ``jixiao schema`` prints)."""
    from ..core.model import ReportSpec

    return ReportSpec.model_json_schema()


def kinds() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Document kind -> (Chinese name, outlines it can use), from the outline registry."""
    from ..core.outlines import load_kinds

    return {k.id: (k.name, tuple(o.id for o in k.outlines)) for k in load_kinds()}


# ------------------------------------------------------------------ generation


@dataclass
class Report:
    """A generated report and what the page shows about it."""

    doc: Any
    facts: dict
    markdown: str
    structure: dict  # the JSON writer's document_dict: sections, paragraphs, manifest, facts
    spec: Any = None  # the data: the .docx appends its 自评表 and the .xlsx is written from it
    warnings: list[str] = field(default_factory=list)  # self-check findings as the CLI prints them
    errors: list[str] = field(default_factory=list)  # the self-check refused the report: no downloads
    placeholders: list[str] = field(default_factory=list)  # 【待补充：…】 markers, in order
    # paragraph index -> [(start, end, severity, label)] of self-check findings inside that paragraph
    flagged: dict[int, list[tuple[int, int, str, str]]] = field(default_factory=dict)


def generate(spec: Any, *, seed: int = 0, section: Optional[str] = None,
             templates_dir: Optional[Path] = None, self_check: bool = True) -> Report:
    """Render, then self-check the report the way ``jixiao generate`` does."""
    from ..generate.render import render_document
    from ..generate.write.json_doc import document_dict
    from ..generate.write.markdown import to_markdown

    doc, facts = render_document(spec, seed=seed, templates_dir=templates_dir, section=section)
    markdown = to_markdown(doc)
    report = Report(doc, facts, markdown, document_dict(doc, facts), spec)
    report.placeholders = PLACEHOLDER_RE.findall(markdown)  # the markers as printed, in reading order
    report.warnings.extend(str(w) for w in getattr(doc, "warnings", None) or ())
    if self_check:
        from ..generate.selfcheck import gate

        lines: list[str] = []
        name = f"{spec.bureau.name}.md"
        try:
            findings = gate(markdown, spec, name, partial=bool(section), echo=lines.append)
        except UserError as exc:
            report.errors = lines + exc.messages
        else:
            report.warnings.extend(lines)
            report.flagged = _by_paragraph(doc, [f for f in findings if f.severity in ("error", "warning")])
    return report


def _by_paragraph(doc: Any, findings: list) -> dict[int, list[tuple[int, int, str, str]]]:
    """Self-check findings (offsets into the Markdown) as spans inside the document's paragraphs.

    The Markdown is the title and each block's Markdown joined by blank lines
    (the writer's ``to_markdown``); a paragraph's Markdown is its text, with at
    most one backslash inserted near the start to escape list syntax.
    """
    from ..generate.document import Paragraph
    from ..generate.write.markdown import block_markdown
    from ..check.annotate_docx import comment_text

    out: dict[int, list[tuple[int, int, str, str]]] = {}
    pos = len(f"# {doc.title}") + 2
    n_par = -1
    for block in doc.blocks:
        chunk = block_markdown(block)
        if isinstance(block, Paragraph):
            n_par += 1
            shift = len(chunk) - len(block.text)  # 1 when an escape was inserted, else 0
            for f in findings:
                if pos <= f.start and f.end <= pos + len(chunk):
                    start, end = max(f.start - pos - shift, 0), max(f.end - pos - shift, 0)
                    out.setdefault(n_par, []).append((start, end, f.severity, comment_text(f)))
        pos += len(chunk) + 2
    return out

def output_formats() -> tuple[str, ...]:
    """Every format of the registry (gen.generate.formats), in the page's order."""
    from ..generate.formats import FORMATS

    return tuple([f for f in PAGE_ORDER if f in FORMATS] + [f for f in FORMATS if f not in PAGE_ORDER])


def report_formats(report: Report) -> tuple[str, ...]:
    """The downloads a report offers: every registered format its data allows (xlsx only with forms)."""
    from ..generate.formats import writable

    return writable(report.spec, output_formats())


def output_suffix(fmt: str) -> str:
    from ..generate.formats import extension

    return extension(fmt)


def format_label(fmt: str) -> str:
    from ..generate.formats import FORMATS

    return FORMATS[fmt].label


def output(report: Report, fmt: str) -> bytes:
    """One downloadable file of a report, by the writer ``jixiao generate --format`` uses."""
    from ..generate.formats import render

    data = report.markdown if fmt == "md" else render(fmt, report.doc, report.facts, report.spec)
    return data.encode("utf-8") if isinstance(data, str) else data


def with_outline(spec: Any, kind: Optional[str], profile: Optional[str], shown: str) -> Any:
    """``spec`` with the document kind and outline chosen on the page (validated again)."""
    if not kind and not profile:
        return spec
    raw = spec.model_dump(mode="python", exclude_none=True)
    if kind:
        raw["kind"] = kind
        raw.pop("profile", None)
    if profile:
        raw["profile"] = profile
    return spec_from_dict(raw, shown)


def report_stem(spec: Any) -> str:
    """The download's file name without suffix: 单位 + 年度 + 文书名称."""
    return f"{spec.bureau.name}{spec.year}年度{spec.kind_name}"


def fact_descriptions() -> dict[str, str]:
    """What each derived fact means (what ``jixiao facts`` prints beside it)."""
    from ..core.derive import DESCRIPTIONS

    return dict(DESCRIPTIONS)
