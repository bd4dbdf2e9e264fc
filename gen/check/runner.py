"""Run the rules over one source and turn their findings into reportable ones.

Rules see only the analysis text (PDF line breaks joined); everything a user
sees refers to the decoded text. This module is where the two meet: it maps
offsets back, applies configured severities and inline suppressions, and puts
findings in one deterministic order.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Iterator, Optional

from ..core import regex_cache
from .config import Config
from .context import CheckContext
from .finding import SEVERITIES, Finding
from .read import SourceText
from .registry import Rule, rule_findings

# "jixiao: ignore N001,P002" (also inside <!-- ... -->); "jixiao: ignore" alone ignores all.
_SUPPRESS_RE = regex_cache.compile(
    r"(?:<!--\s{0,8})?jixiao[:：]\s{0,8}ignore"
    r"(?P<codes>(?:[ \t]{1,8}[A-Za-z]\d{0,3}(?![A-Za-z0-9])"
    r"(?:(?:[ \t]{0,8}[,，][ \t]{0,8}|[ \t]{1,8})[A-Za-z]\d{0,3}(?![A-Za-z0-9])){0,50})?)"
    r"(?:\s{0,8}-->)?"
)

RuleErrorHandler = Callable[[Rule, BaseException], None]


@dataclass(frozen=True)
class FileResult:
    """The findings for one input, with the source they point into."""

    source: SourceText
    findings: list[Finding]
    failed_rules: tuple[str, ...] = ()  # codes of rules that raised

    @property
    def path(self) -> str:
        return self.source.path


def check_source(source: SourceText, rules: Iterable[Rule], data: Optional[Any] = None,
                 config: Optional[Config] = None, on_rule_error: Optional[RuleErrorHandler] = None,
                 facts: Optional[dict] = None) -> list[Finding]:
    """Findings of ``rules`` on ``source``, offsets into ``source.decoded``, sorted.

    A rule that raises propagates unless ``on_rule_error`` is given (the CLI
    reports the rule and goes on with the others). Rules that need data (G)
    run only when ``data`` is given. ``facts``: ``gen.core.derive.derive(data)``
    when the caller has made it already (it must be exactly that), so it is not
    derived twice.
    """
    return run(source, rules, data, config, on_rule_error, facts).findings


def run(source: SourceText, rules: Iterable[Rule], data: Optional[Any] = None,
        config: Optional[Config] = None, on_rule_error: Optional[RuleErrorHandler] = None,
        facts: Optional[dict] = None) -> FileResult:
    """Like :func:`check_source`, also telling which rules failed."""
    with _no_collection():
        return _run(source, rules, data, config, on_rule_error, facts)


@contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection while one source is checked; collection resumes after it.

    A check makes hundreds of thousands of records (paragraphs, figures, labels,
    matches) that all live until it ends: the collector would walk them again and
    again as they accumulate (about 6 % of a long report's check), and find almost
    nothing to free. Reference counting still frees everything else at once; the
    few cycles made during the check are collected once it is over.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run(source: SourceText, rules: Iterable[Rule], data: Optional[Any], config: Optional[Config],
         on_rule_error: Optional[RuleErrorHandler], facts: Optional[dict]) -> FileResult:
    config = config or Config()
    ctx = CheckContext(source.analysis, path=source.path, data=data, config=_ctx_config(config),
                       table_grid=source.table_grid, facts=facts)
    found: set[Finding] = set()
    failed: list[str] = []
    # No character joined away and no severity configured: a finding inside the text with a known severity is
    # reported as the rule made it (what _to_decoded returns then), without a call per finding.
    n = len(source.analysis) if not source.gaps.at and not source.gaps.dropped and not config.severity else -1
    for rule in rules:
        if rule.needs_data and data is None:
            continue
        try:
            produced = [f if 0 <= f.start <= f.end <= n and f.severity in SEVERITIES else _to_decoded(f, source, config)
                        for f in rule_findings(ctx, rule.code, rule.check)]
        except Exception as exc:
            if on_rule_error is None:
                raise
            on_rule_error(rule, exc)
            failed.append(rule.code)
            continue
        found.update(produced)
    findings = sorted(found, key=lambda f: (f.start, f.code, f.end, f.message, f.suggestion or ""))
    if source.kind in ("txt", "md"):
        findings = apply_suppressions(source.decoded, findings, source.line_col)
    return FileResult(source, findings, tuple(failed))


def _ctx_config(config: Config) -> dict:
    return {"select": config.select, "ignore": config.ignore, "severity": dict(config.severity), "year": config.year,
            "rounding": config.rounding}


def _to_decoded(f: Finding, source: SourceText, config: Config) -> Finding:
    start, end = source.to_decoded(f.start, f.end)
    severity = config.severity_for(f.code, f.severity)
    if severity not in SEVERITIES:
        raise ValueError(f"rule {f.code} produced unknown severity {severity!r}")
    if (start, end, severity) == (f.start, f.end, f.severity):
        return f  # the common case (no line joined before it, no configured severity): no copy
    return replace(f, start=start, end=end, severity=severity)


def suppressions(text: str) -> dict[int, tuple[Optional[frozenset[str]], tuple[int, int]]]:
    """Suppression comments by 1-based line: (codes or None for all, span of the comment)."""
    out: dict[int, tuple[Optional[frozenset[str]], tuple[int, int]]] = {}
    if "jixiao" not in text:
        return out  # no comment anywhere (most reports): one search instead of a test per line
    line_no = 1
    pos = 0
    for line in text.split("\n"):
        if "jixiao" in line:
            m = _SUPPRESS_RE.search(line)
            if m:
                codes = frozenset(c.strip().upper() for c in re.split(r"[,，\s]+", m.group("codes")) if c.strip())
                out[line_no] = (codes or None, (pos + m.start(), pos + m.end()))
        pos += len(line) + 1
        line_no += 1
    return out


def apply_suppressions(text: str, findings: list[Finding], line_col: Callable[[int], tuple[int, int]]) -> list[Finding]:
    """Drop findings that a ``jixiao: ignore`` comment on their line or the line above covers.

    Findings inside the comment itself (it is English, with a half-width colon)
    are dropped too: the comment is an instruction to the checker, not report text.
    """
    marks = suppressions(text)
    if not marks:
        return findings
    spans = [span for _, span in marks.values()]
    kept = []
    for f in findings:
        if any(s <= f.start < e for s, e in spans):
            continue
        line, _ = line_col(f.start)
        if _covered(marks.get(line), f.code) or _covered(marks.get(line - 1), f.code):
            continue
        kept.append(f)
    return kept


def _covered(mark: Optional[tuple[Optional[frozenset[str]], tuple[int, int]]], code: str) -> bool:
    if mark is None:
        return False
    codes = mark[0]
    return codes is None or any(code.startswith(c) for c in codes)
