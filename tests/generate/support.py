"""Helpers shared by the document-kind tests: render an example, golden files, lint once."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.generate.corpus import PRAISE_WORDS
from gen.generate.corpus_lint import lint
from gen.core.load import load_spec
from gen.generate.render import render_document
from gen.generate.write.markdown import to_markdown

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
SYNTH = EXAMPLES / "synthetic"
GOLDEN = ROOT / "tests" / "golden"


def data_file(tmp_path: Path, name: str, data) -> Path:
    """A bureau's data file written for one test: ``data`` is YAML text or a dict (dumped as YAML)."""
    import yaml

    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def render_md(path: Path, seed: int = 0, section: str | None = None) -> str:
    doc, _ = render_document(load_spec(path), seed=seed, section=section)
    return to_markdown(doc)


def render_doc(path: Path, seed: int = 0):
    doc, facts = render_document(load_spec(path), seed=seed)
    return doc, facts


def assert_golden(md: str, name: str) -> None:
    """Compare with tests/golden/<name>; JIXIAO_UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("JIXIAO_UPDATE_GOLDEN") == "1":
        path.write_text(md, encoding="utf-8")
    assert md == path.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lint_result() -> tuple[tuple[str, ...], dict]:
    problems, stats = lint(None, None)
    return tuple(problems), stats


def praise_in(text: str) -> list[str]:
    return [w for w in PRAISE_WORDS if w in text]


def number_findings(md: str) -> list[tuple[str, str, str]]:
    """Error/warning findings of the N (numbers) rules on generated Markdown."""
    findings = check_source(source_from_text(md, "generated.md", kind="md"), select_rules(["N"]))
    return [(f.code, md[f.start:f.end], f.message) for f in findings if f.severity in ("error", "warning")]


def variation_ok(group) -> bool:
    """Two or more variants (counted after [[…|…]] choice points are expanded), unless every
    variant is a placeholder or the data's own statement (no wording to vary)."""
    import re

    fixed = all("missing(" in v or not re.sub(r"\{\{.*?\}\}", "", v).strip() for v in group.variants)
    return len(group.variants) >= 2 or fixed
