"""The needle test before a regex (gen.core.regex_needles) must never hide a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core.glossary import load
from gen.core.regex_needles import common_part, may_match, needles

ROOT = Path(__file__).resolve().parent


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![财行\u4e00-\u9fff])政拨款|(?<=[、.．）)\s])政拨款", {"政拨款"}),
    (r"(?:农村)?五保(?:户|对象|供养对象|老人|人员)", {"五保"}),
    (r"(?:十[七八九]|二十)大[一二三四五六七八九]中全会", {"中全会"}),
    (r"(\d{1,3})(?=[二三]级(?:预算)?单位)", {"单位"}),  # a lookahead that must hold names text that must be there
    (r"四种意识|(?:政治|大局)意识", {"意识"}),  # 四种意识 contains 意识: one test covers both
    (r"帐户|记帐", {"帐户", "记帐"}),
])
def test_needles_found(pattern, expected):
    assert needles(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"a?", r"a|", r"(?i)abc", r"[甲乙]", r".+", r"(?<!x)\d+", r"(.)\1", r"(?!abc)\w",
])
def test_no_needles_when_none_is_certain(pattern):
    assert needles(re.compile(pattern)) is None
    assert may_match(re.compile(pattern), "")


def test_case_insensitive_group_proves_nothing_inside():
    assert needles(re.compile(r"x(?i:abc)")) == frozenset({"x"})
    assert may_match(re.compile(r"x(?i:abc)"), "xABC")


def test_common_part():
    assert common_part(frozenset({"假帐", "帐户", "对帐"})) == "帐"
    assert common_part(frozenset({"甲", "乙"})) == ""
    assert not may_match(re.compile("帐户|记帐|对帐"), "账户记账")
    assert may_match(re.compile("帐户|记帐|对帐"), "对帐单")


def _glossary_entries():
    g = load()
    return [e for name in ("typos", "terms", "formulations", "outdated") for e in getattr(g, name)]


def test_every_glossary_example_and_golden_report_agrees_with_its_regex():
    """A needle test that says "no match" where the regex finds one would silently drop findings."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "golden").rglob("*.md"))]
    for entry in _glossary_entries():
        examples = [t for t, _ in entry.flag] + [t for t, _ in entry.keep]
        for text in texts + examples:
            if entry.pattern.search(text):
                assert may_match(entry.pattern, text), (entry.id, text[:60])


_PIECES = st.sampled_from(["帐", "户", "政拨款", "五保", "十九", "届", "四中全会", "依法治国", "单位", "二级", "1", "、", "意识", "a"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_needles_never_hide_a_match(text):
    for entry in _glossary_entries():
        if entry.pattern.search(text):
            assert may_match(entry.pattern, text), (entry.id, text)


def test_scan_remembers_the_last_text_without_mixing_texts_or_years():
    from gen.core.glossary_match import scan

    typos = load().typos
    text = "本年财政拔款收入325.5万元。" + "".join(t for e in typos for t, _ in e.flag[:1])
    first = scan(typos, text)
    again = scan(typos, text)
    assert again == first and again is not first
    other = "正确的文字。"
    assert scan(typos, other) == []
    assert scan(typos, text) == first
    assert scan(list(typos), text) == first  # a list is scanned afresh, same answer
