"""Collecting every compiled regex of the package, and near-matching adversarial inputs.

Shared by tests/test_regex_safety.py and benchmarks/check_scaling.py: both need
"text shaped to make a pattern try hard at every position".
"""

from __future__ import annotations

import importlib
import os
import sys
import pkgutil
import re
from typing import Any, Callable, Iterator

import gen

# Modules whose import has side effects we do not want in a test (none today);
# the CLI is imported too, it only builds click commands.
SKIP_MODULES: frozenset[str] = frozenset()


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def module_patterns() -> dict[str, re.Pattern]:
    """Every ``re.Pattern`` held at module level (directly or in a list/tuple/dict) in gen.*."""
    found: dict[str, re.Pattern] = {}
    for info in pkgutil.walk_packages(gen.__path__, "gen."):
        if info.name in SKIP_MODULES:
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            for i, pattern in enumerate(_patterns_in(value)):
                key = f"{info.name}.{attr}" + (f"[{i}]" if not isinstance(value, re.Pattern) else "")
                found.setdefault(key, pattern)
    # Deduplicate patterns imported into several modules under the same object.
    seen: dict[int, str] = {}
    out = {}
    for key, pattern in sorted(found.items()):
        if id(pattern) in seen:
            continue
        seen[id(pattern)] = key
        out[key] = pattern
    return out


def glossary_patterns() -> dict[str, re.Pattern]:
    """Every pattern of the glossary entries (terms, typos) and their ``unless`` contexts."""
    from gen.core.glossary import load

    g = load()
    out = {}
    for entry in (*g.terms, *g.typos):
        out[f"glossary:{entry.file}:{entry.id}"] = entry.pattern
        for j, pat in enumerate(entry.unless):
            out[f"glossary:{entry.file}:{entry.id}:unless{j}"] = pat
    return out


def all_patterns() -> dict[str, re.Pattern]:
    return {**module_patterns(), **glossary_patterns()}


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


# Each family builds a text of about n characters that keeps a pattern "almost matching".
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": _repeat("1234567890"),
    "digits_commas": _repeat("123,"),
    "digits_dots": _repeat("1.2."),
    "amount_like": _repeat("1,234.5"),
    "nested_fullwidth_parens": lambda n: "（" * (n // 2) + "一" * (n - n // 2),
    "nested_parens": lambda n: "(" * (n // 2) + "1" * (n - n // 2),
    "nested_brackets": lambda n: "【[《“" * (n // 8) + "一" * (n - 4 * (n // 8)),
    "headings_lines": _repeat("一、\n"),
    "headings_no_break": _repeat("（一）1.（1）一、"),
    "chinese_no_punct": _repeat("卫生健康局部门整体支出绩效自评报告年度工作"),
    "chinese_percent": _repeat("执行率达百分之"),
    "spaces": _repeat(" "),
    "spaces_then_han": lambda n: " " * (n - 1) + "一",
    "han_spaces": _repeat("一 "),
    "newlines": _repeat("\n"),
    "latin": _repeat("abcdefghij"),
    "latin_hyphen": _repeat("a-"),
    "comparators": _repeat("≥达到不低于"),
    "percent_signs": _repeat("1%"),
    "doubled_chars": _repeat("卫卫"),
    "punct_runs": _repeat("，。、；"),
    "suppress_comment": lambda n: "<!-- jixiao: ignore " + ("N001 " * (n // 5))[: max(0, n - 20)],
    "year_runs": _repeat("2022年度"),
}


def runtime_patterns() -> dict[str, re.Pattern]:
    """Patterns the package compiles while it runs (inside functions: re.search(r"..."), patterns
    joined from glossary words, rule helpers), collected by running every rule over its own
    must-flag and must-pass examples with ``re._compile`` observed. Module-level patterns are
    left to :func:`module_patterns`."""
    from gen.check.read import source_from_text
    from gen.check.registry import all_rules
    from gen.check.runner import check_source

    known = {(p.pattern, p.flags) for p in {**module_patterns(), **glossary_patterns()}.values()}
    seen: dict[tuple, re.Pattern] = {}
    original = re._compile  # type: ignore[attr-defined]

    package = os.path.dirname(gen.__file__) + os.sep

    def observe(pattern: Any, flags: Any) -> re.Pattern:
        compiled = original(pattern, flags)
        if isinstance(pattern, str):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename == re.__file__:
                frame = frame.f_back  # through re.compile / re.search to the caller
            if frame is not None and frame.f_code.co_filename.startswith(package):
                seen.setdefault((compiled.pattern, compiled.flags), compiled)
        return compiled

    rules = all_rules()
    examples = [text for r in rules for text in (*r.flag, *r.keep)]
    re._compile = observe  # type: ignore[attr-defined]
    try:
        check_source(source_from_text("\n".join(examples)), rules)
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return {f"runtime:{key[0][:60]!r}": p for key, p in seen.items()
            if key not in known and isinstance(key[0], str) and len(key[0]) > 1}
