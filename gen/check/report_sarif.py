"""SARIF 2.1.0 report, so code-review systems (GitHub code scanning, GitLab, Azure DevOps) show findings.

One run; the driver lists the rules that ran, with their Chinese summary and
documentation, so a review tool can explain a result without calling us.
Regions count code points in the decoded text (``columnKind``
"unicodeCodePoints"); for .docx that is the paragraphs and table cells joined
with "\\n", the same text the JSON report's offsets refer to.
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePath
from typing import Iterable
from urllib.parse import quote

from .. import __version__
from .finding import Finding
from .registry import FAMILIES, Rule
from .runner import FileResult

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for ``path`` when it lies under the working directory.

    Relative paths stay relative (forward slashes, percent-encoded so Chinese
    file names are valid URIs); other absolute paths become file: URIs.
    """
    p = PurePath(path)
    if p.is_absolute():
        try:
            p = Path(path).resolve().relative_to(Path(os.getcwd()).resolve())
        except ValueError:
            return Path(path).resolve().as_uri()
    return quote(p.as_posix(), safe="/-._~")


def _rule_descriptor(rule: Rule) -> dict:
    help_lines = [rule.summary, "", rule.doc.strip()]
    if rule.flag:
        help_lines += ["", "应报告的示例："] + [f"  ✗ {t}" for t in rule.flag]
    if rule.keep:
        help_lines += ["", "不应报告的示例："] + [f"  ✓ {t}" for t in rule.keep]
    descriptor = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc.strip() or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "help": {"text": "\n".join(help_lines).strip()},
        "properties": {"tags": [FAMILIES.get(rule.family, rule.family)]},
    }
    if rule.needs_data:
        descriptor["properties"]["needsData"] = True
    return descriptor


def _message(f: Finding) -> str:
    return f.message + (f"（建议：{f.suggestion}）" if f.suggestion is not None else "")


def _result(r: FileResult, f: Finding, index: dict[str, int]) -> dict:
    start_line, start_col = r.source.line_col(f.start)
    end_line, end_col = r.source.line_col(f.end)
    result = {"ruleId": f.code}
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    result.update({
        "level": LEVELS[f.severity],
        "message": {"text": _message(f)},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(r.path)},
                "region": {
                    "startLine": start_line,
                    "startColumn": start_col,
                    "endLine": end_line,
                    "endColumn": end_col,
                    "charOffset": f.start,
                    "charLength": f.end - f.start,
                    "snippet": {"text": r.source.decoded[f.start:f.end]},
                },
            },
        }],
    })
    return result


def to_dict(results: Iterable[FileResult], rules: Iterable[Rule]) -> dict:
    """The SARIF log: ``rules`` are the rules that ran (sorted by code), results in report order."""
    results = list(results)
    listed = {r.code: r for r in rules}
    ordered = [listed[c] for c in sorted(listed)]
    index = {r.code: i for i, r in enumerate(ordered)}
    run: dict = {
        "tool": {"driver": {
            "name": "jixiao",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_rule_descriptor(r) for r in ordered],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(r, f, index) for r in results for f in r.findings],
    }
    failed = sorted({c for r in results for c in r.failed_rules})
    run["invocations"] = [{
        "executionSuccessful": not failed,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": f"规则 {code} 运行出错，已跳过该规则"},
             "descriptor": {"id": code}}
            for code in failed
        ],
    }]
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def to_sarif(results: Iterable[FileResult], rules: Iterable[Rule]) -> str:
    return json.dumps(to_dict(results, rules), ensure_ascii=False, indent=2) + "\n"
