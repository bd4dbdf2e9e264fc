"""Every registered rule flags its `flag` examples and leaves its `keep` examples alone.

Like a prh entry's specs, a rule's examples are its contract; this test runs them
through the real runner, so it grows with every rule added under gen/check/rules/.
Examples are the text a rule sees (no PDF line joining), as in ``jixiao rules CODE``.
"""

from __future__ import annotations

import re

import pytest

from gen.check.finding import SEVERITIES
from gen.check.read import source_from_text
from gen.check.registry import FAMILIES, all_rules
from gen.check.runner import check_source

RULES = all_rules()
DATA_RULES = [r for r in RULES if r.needs_data]


def _codes(rule, text: str) -> list[str]:
    source = source_from_text(text, path="<example>", kind="docx", join_lines=False)
    data = _example_data() if rule.needs_data else None
    return [f.code for f in check_source(source, [rule], data=data)]


def _example_data():
    """Data for G rules: the 高阳 example (gy2021.yaml), whose figures the rules' examples quote.

    Named, not "the first file": other examples sort before it.
    """
    from pathlib import Path

    from gen.core.load import load_spec

    return load_spec(Path(__file__).resolve().parents[2] / "examples" / "gy2021.yaml")


def test_registry_loads_with_valid_metadata():
    codes = [r.code for r in RULES]
    assert codes == sorted(set(codes))
    for r in RULES:
        assert re.fullmatch(r"[A-Z]\d{3}", r.code) and r.family in FAMILIES, r.code
        assert r.severity in SEVERITIES, r.code
        assert r.summary.strip() and r.doc.strip(), r.code


@pytest.mark.parametrize("rule", [r for r in RULES if not r.needs_data], ids=lambda r: r.code)
def test_examples(rule):
    assert rule.flag, f"{rule.code} has no flag example"
    for text in rule.flag:
        assert rule.code in _codes(rule, text), f"{rule.code} should flag: {text}"
    for text in rule.keep:
        assert rule.code not in _codes(rule, text), f"{rule.code} should keep: {text}"


@pytest.mark.parametrize("rule", DATA_RULES or [None], ids=lambda r: r.code if r else "no-data-rules")
def test_data_rule_examples(rule):
    if rule is None:
        assert not any(r.needs_data for r in all_rules())
        return
    for text in rule.flag:
        assert rule.code in _codes(rule, text), f"{rule.code} should flag: {text}"
    for text in rule.keep:
        assert rule.code not in _codes(rule, text), f"{rule.code} should keep: {text}"
