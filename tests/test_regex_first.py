"""Trying a pattern only where a match can begin (gen.core.regex_first) must find exactly what re finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core.regex_first import first_chars, first_items, guarded
from gen.core.regex_needles import finditer


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<=[局委会])年度(?=部门)", {"年"}),  # a lookbehind reads no character of the match
    (r"(?:有序|稳步)的(?=开展)|(?:不断|逐步)的(?=推进)", {"有", "稳", "不", "逐"}),  # re finds no first set here
    (r"(?<![残县])疾人|(?<=[县市])疾人", {"疾"}),
    (r"(?:新型)?农村合作医疗|新农合", {"新", "农"}),  # an optional part: what follows may begin the match too
    (r"(?:(?:十[七八]|二十)届|十九届)全会", {"十", "二"}),
    (r"(?!道路)(?:道路|理论)自信", {"道", "理"}),
])
def test_first_characters_proved(pattern, expected):
    assert first_chars(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"年度(?=部门)",  # opens with a literal: re skips ahead by itself
    r"[市县]财政",  # opens with a class: the same
    r"(?:市|县)财政",  # alternatives that each open with a literal: the same
    r"(?<!x)\d?",  # may match the empty string
    r"(?<!x).单位",  # any character
    r"(?<!x)[^a]单位",  # a negated class
    r"(?<!x)(a)?\1b",  # a back-reference
    r"(?i)(?<!x)abc",  # case-insensitive
])
def test_no_first_characters_when_re_skips_ahead_or_none_is_certain(pattern):
    p = re.compile(pattern)
    assert first_items(p) is None and first_chars(p) is None
    assert guarded(p) is p


def test_classes_and_categories_make_a_guard_but_no_character_list():
    p = re.compile(r"(?<![\d.第])(\d{1,3})(?=[二三]级单位)|(?<=x)[一-丁]")
    assert first_chars(p) is None
    assert guarded(p) is not p and guarded(p).groups == p.groups


_PATTERNS = [
    r"(?<=[局委会])年度(?=部门)",
    r"(?:有序|稳步)的(?=开展)|(?:不断|逐步)的(?=推进|开展)",
    r"(?<![残县])疾人|(?<=[县市])疾人",
    r"(?:新型)?农村合作医疗|新农合",
    r"(?<![\d.第])(\d{1,3})(?=[二三]级单位)",
    r"(?!道路)(?:道路|理论)自信",
    r"(?<=[年月])(未)(?=数\s?$)",
    r"(?m)(?<=[年月])未(?=数\s?$)",  # inline flags open the pattern: left as it is
    r"(?:(?:十[七八]|二十)届|十九届)全会",
    r"(?<!一)(般)(公共)?预算",
]
_PIECES = st.sampled_from(["年度", "局", "委", "部门", "有序", "稳步", "不断", "的", "开展", "推进", "疾人", "残", "县",
                           "新型", "农村合作医疗", "新农合", "12", "5", "第", "二级单位", "道路", "理论", "自信", "年",
                           "未", "数", " ", "\n", "十七", "二十", "十九", "届", "全会", "一", "般", "公共", "预算"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_same_matches_and_groups_as_re(text):
    for pattern in _PATTERNS:
        p = re.compile(pattern)
        plain = [(m.span(), m.groups()) for m in p.finditer(text)]
        assert [(m.span(), m.groups()) for m in guarded(p).finditer(text)] == plain, (pattern, text)
        assert [(m.span(), m.groups()) for m in finditer(p, text)] == plain, (pattern, text)


def test_long_text_with_rare_and_dense_first_characters():
    """Rare first characters: each place tried by itself; dense ones: the whole text behind the guard."""
    text = ("本局年度部门预算有序的开展工作，新农合与农村合作医疗。" * 400 + "县疾人工作；一般公共预算，般预算。") * 3
    for pattern in _PATTERNS:
        p = re.compile(pattern)
        assert [(m.span(), m.groups()) for m in finditer(p, text)] == [(m.span(), m.groups()) for m in p.finditer(text)]
