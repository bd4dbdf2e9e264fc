"""The generator checks its own output with the same checker and the same data.

``jixiao generate`` and the batch call :func:`self_check` on the Markdown they
wrote: every rule (all families, G rules included, since the data is at hand)
runs over it. A finding of error severity means the generator contradicted its
own data or rules and must not ship the report silently. The rule registry,
jieba and spaCy are built once per process (cached in gen.check), so checking
each report costs only the rules themselves.
"""

from __future__ import annotations

from typing import Callable, Optional

from ..check.finding import Finding
from ..check.read import source_from_text
from ..check.registry import Rule, default_rules
from ..check.report_text import format_finding
from ..check.runner import check_source
from ..core.model import ReportSpec


def self_check(markdown: str, spec: ReportSpec, path: str,
               on_rule_error: Optional[Callable[[Rule, BaseException], None]] = None,
               facts: Optional[dict] = None) -> list[Finding]:
    """Findings of every rule on generated ``markdown``, grounded against ``spec``.

    Offsets refer to ``markdown``; ``path`` is the name findings are shown with.
    A rule that raises propagates unless ``on_rule_error`` is given. ``facts``:
    the derived facts the report was rendered from (``render_document`` returns
    them), so the check does not derive them again; omitted, they are derived.
    """
    source = source_from_text(markdown, path, kind="md")
    return check_source(source, default_rules(), data=spec, on_rule_error=on_rule_error, facts=facts)


def describe(markdown: str, path: str, findings: list[Finding]) -> list[str]:
    """Findings as ``path:line:col: CODE 严重程度 message`` lines, as ``jixiao check`` prints them."""
    source = source_from_text(markdown, path, kind="md")
    out = []
    for f in findings:
        line, col = source.line_col(f.start)
        out.append(format_finding(path, line, col, f))
    return out


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def warnings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "warning"]


# Structure rules judge a whole outline and are left out for one --section; these
# S rules judge any text (an unfilled placeholder is one wherever it stands).
PER_TEXT_S_RULES = frozenset({"S010"})

# In the generator's own output every figure must come from the data: a figure the
# checker cannot trace to it (G002, info for a reviewer's report) fails the report here.
# Unfilled placeholders (S010) stay info: the officer fills them in.
ESCALATED = frozenset({"G002"})


def _escalate(f: Finding) -> Finding:
    if f.code in ESCALATED and f.severity != "error":
        from dataclasses import replace

        return replace(f, severity="error")
    return f


def gate(markdown: str, spec: ReportSpec, path: str, *, partial: bool = False,
         echo: Callable[[str], None] = print) -> list[Finding]:
    """Self-check generated ``markdown``; show errors and warnings; raise on errors.

    ``partial`` (one ``--section``) leaves out the structure rules, which judge
    a whole outline. A rule that crashes is reported and skipped: the report
    is still checked by the others. Errors raise a UserError, which fails this
    data file the way bad input does (exit 2).
    """
    from ..core.errors import UserError

    def on_rule_error(rule: Rule, exc: BaseException) -> None:
        echo(f"警告：自检时规则 {rule.code}（{rule.name}）运行出错，已跳过：{type(exc).__name__}")

    rules = [r for r in default_rules() if not (partial and r.family == "S" and r.code not in PER_TEXT_S_RULES)]
    source = source_from_text(markdown, path, kind="md")
    findings = [_escalate(f) for f in check_source(source, rules, data=spec, on_rule_error=on_rule_error)]
    shown = errors(findings) + warnings(findings)
    for line in describe(markdown, path, sorted(shown, key=lambda f: (f.start, f.code))):
        echo(line)
    bad = errors(findings)
    if bad:
        raise UserError(f"{path}：生成结果未通过自检（{len(bad)} 个错误级问题），未写出该报告；"
                        "这是生成器或模板、语料的问题，请报告；确需输出时可加 --no-self-check")
    return findings
