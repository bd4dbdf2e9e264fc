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
    # Literal alternatives read as the strings they spell with the text around them: rarer than 五保 alone.
    (r"(?:农村)?五保(?:户|对象|供养对象|老人|人员)", {"五保户", "五保对象", "五保供养对象", "五保老人", "五保人员"}),
    (r"(?:十[七八九]|二十)大[一二三四五六七八九]中全会", {f"{a}大{b}中全会" for a in ("十七", "十八", "十九", "二十")
                                                    for b in "一二三四五六七八九"}),
    (r"(\d{1,3})(?=[二三]级(?:预算)?单位)", {"二级单位", "三级单位", "二级预算单位", "三级预算单位"}),  # a lookahead that must hold names text that must be there
    (r"意识|四种意识", {"意识"}),  # 四种意识 contains 意识: one test covers both
    (r"四种意识|(?:政治|大局)意识", {"四种意识", "政治意识", "大局意识"}),
    (r"帐户|记帐", {"帐户", "记帐"}),
    (r"[甲乙]", {"甲", "乙"}),  # a class of a few characters: one of them
    (r"(?:甲|乙)[\d丙]丁", {"丁"}),  # a class with a category spells nothing: two runs, 甲|乙 and 丁 (fewer)
])
def test_needles_found(pattern, expected):
    assert needles(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"a?", r"a|", r"(?i)abc", r"[^甲乙]", r".+", r"(?<!x)\d+", r"(.)\1", r"(?!abc)\w",
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


# -- searching only near the needles (finditer) must find exactly what re finds --

_WINDOWED = [
    r"(?<![\d.．第])(\d{1,3})(?=[二三]级(?:预算)?单位)",
    r"(?<=发展|建设)得(?=(?:重要|良好)(?:作用|基础))",
    r"(?<![残\u4e00-\u9fff])疾人(?=工作|事业)|(?<=[县市])疾人(?=工作|事业)",
    r"(?<!一)般公共预算",
    r"\b单位$",  # anchors near a window's end must read the real text, not the window's end
    r"(?m)(?<=[年月])未(?=数\s?$)",
]


def test_reach_bounds_what_an_attempt_reads_and_declines_what_it_cannot_bound():
    from gen.core.regex_needles import reach

    assert reach(re.compile(r"(?<![\d.．第])(\d{1,3})(?=[二三]级(?:预算)?单位)")) == 1 + 3 + 1 + 1 + 2 + 2
    assert reach(re.compile(r"(?<!一)般公共预算")) == 6
    assert reach(re.compile(r"(?<!x)\d+单位")) is None  # unbounded
    assert reach(re.compile(r"单位\d")) is None  # opens with a literal: re skips ahead by itself
    assert reach(re.compile(r"(?<!x)\d?")) is None  # may match the empty string
    assert reach(re.compile(r"(?<!x)(a)\1")) is None  # a back-reference: no bound proved


def test_windowed_search_picks_the_rarest_needle():
    from gen.core.regex_needles import window_needles

    options = window_needles(re.compile(r"(?<=发展|建设)得(?=好)"))
    assert frozenset({"得"}) in options and frozenset({"发展", "建设"}) in options


_WINDOW_PIECES = st.sampled_from(["单位", "二级", "三级预算", "12", "5", "第", ".", "发展", "建设", "得", "重要", "作用",
                                  "良好", "基础", "疾人", "残", "县", "工作", "一", "般公共预算", "年", "未", "数", " ",
                                  "\n", "甲", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WINDOW_PIECES, max_size=40).map("".join))
def test_windowed_search_finds_what_re_finds(text):
    from gen.core.regex_needles import finditer

    for pattern in _WINDOWED:
        p = re.compile(pattern)
        assert [m.span() for m in finditer(p, text)] == [m.span() for m in p.finditer(text)], (pattern, text)


def test_windowed_search_on_a_long_text_with_dense_and_sparse_needles():
    from gen.core.regex_needles import finditer

    text = ("本年度一般公共预算安排5二级单位。" * 300 + "甲般公共预算乙。" + "发展得重要作用，建设得良好基础。" * 3) * 4
    for pattern in _WINDOWED:
        p = re.compile(pattern)
        assert [m.span() for m in finditer(p, text)] == [m.span() for m in p.finditer(text)], pattern


def test_search_is_the_first_match():
    from gen.core.regex_needles import search

    long_text = ("本年度一般公共预算安排5二级单位。" * 300 + "甲般公共预算乙。") * 20
    for text in ("", "甲般公共预算乙。", long_text):
        for pattern in _WINDOWED:
            p = re.compile(pattern)
            found, plain = search(p, text), p.search(text)
            assert (found and found.span()) == (plain and plain.span()), pattern


def test_glossary_entries_found_the_same_through_windows_and_tries():
    from gen.core.regex_needles import finditer
    from gen.core.regex_trie import as_trie

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "golden").rglob("*.md"))]
    for entry in _glossary_entries():
        examples = [t for t, _ in entry.flag] + [t for t, _ in entry.keep]
        for text in texts + examples + ["\n".join(examples) * 3]:
            plain = [(m.span(), m.group()) for m in entry.pattern.finditer(text)]
            fast = as_trie(entry.pattern) or entry.pattern
            assert [(m.span(), m.group()) for m in finditer(fast, text)] == plain, (entry.id, text[:60])
