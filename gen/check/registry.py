"""The rule registry: each rule is one module under gen/check/rules/.

A rule module defines ``RULE`` (a :class:`Rule`) and ``check(ctx)`` yielding
:class:`~gen.check.finding.Finding`. Adding a rule adds one module and edits
nothing else: modules are discovered by name, like ruff's registry.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from .finding import Finding

FAMILIES = {
    "T": "术语",
    "W": "用词",
    "N": "数字",
    "S": "结构",
    "P": "标点",
    "L": "语言",
    "G": "数据核对",
    "F": "自评表",
    "D": "时效表述",
    "B": "表格",
}


@dataclass(frozen=True)
class Rule:
    code: str  # family letter + three digits, stable once released
    name: str  # short English identifier
    severity: str  # default: error, warning or info
    summary: str  # one Chinese line
    doc: str  # what, why (Chinese)
    flag: tuple[str, ...] = ()  # example texts the rule must flag
    keep: tuple[str, ...] = ()  # example texts the rule must leave alone
    needs_data: bool = False  # G rules run only with --data
    default: bool = True  # False: runs only when selected by code or family (--select W003), e.g. a costly rule
    check: Callable[..., Iterable[Finding]] = field(default=lambda ctx: (), compare=False, repr=False)

    @property
    def family(self) -> str:
        return self.code[0]


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by code; rule modules found by walking the package."""
    from . import rules as pkg

    found: dict[str, Rule] = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if rule is None:
            continue
        if rule.code in found:
            raise RuntimeError(f"duplicate rule code {rule.code} in {info.name}")
        found[rule.code] = Rule(**{**rule.__dict__, "check": module.check})
    return tuple(found[c] for c in sorted(found))


def default_rules() -> tuple[Rule, ...]:
    """The rules that run when nothing is selected (opt-in rules left out)."""
    return tuple(r for r in all_rules() if r.default)


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with a selected prefix and with no ignored prefix.

    With no selection, the default rules; an opt-in rule runs when a selected
    code or family prefix names it (W003, or W).
    """
    sel, ign = tuple(select), tuple(ignore)
    return [r for r in all_rules() if selected(r.code, sel, ign, r.default)]


def selected(code: str, select: Iterable[str] = (), ignore: Iterable[str] = (), default: bool = True) -> bool:
    """Whether the rule ``code`` runs under ``select``/``ignore`` (code or family prefixes, any case):
    :func:`select_rules`' test, also asked by code that defers to another rule when it runs."""
    sel = tuple(str(s).upper() for s in select)
    ign = tuple(str(i).upper() for i in ignore)
    if not sel and not default:
        return False
    return code.startswith(sel or ("",)) and not (ign and code.startswith(ign))


def runs_in(ctx, code: str, default: bool = True) -> bool:
    """Whether the rule ``code`` runs under this check's --select/--ignore: a rule that leaves a defect to
    another (one finding per defect) leaves it only to one that will report it."""
    return selected(code, ctx.config.get("select") or (), ctx.config.get("ignore") or (), default)


def rule_findings(ctx, code: str, check: Callable[..., Iterable[Finding]]) -> list[Finding]:
    """The findings of rule ``code`` on ``ctx``, computed once per check: the runner and every rule that
    defers to another (spans_reported) share them. Rules are pure functions of the context, so the
    second asker gets the same list the first one made instead of running the rule again."""
    return ctx.memo(f"findings:{code}", lambda c: list(check(c)))


def spans_reported(ctx, modules: Iterable) -> list[tuple[int, int]]:
    """The spans the rules of ``modules`` (rule modules, each with its RULE) report in this check, for
    those of them that run in it."""
    return [(f.start, f.end) for m in modules if runs_in(ctx, m.RULE.code, m.RULE.default)
            for f in rule_findings(ctx, m.RULE.code, m.check)]


def unreported(ctx, found: Iterable, modules: Iterable) -> list:
    """The items of ``found`` (each with a start and an end) that touch no span the rules of ``modules``
    report in this check: one finding per slip, the rule that knows the word keeps it. The other rules are
    asked only when there is something to report, and only those that run in this check (else the slip
    would go unreported)."""
    found = list(found)
    if not found:
        return []
    taken = spans_reported(ctx, modules)
    return [v for v in found if not any(s < v.end and v.start < e for s, e in taken)]
