"""Trying a pattern only where a match can begin (gen.core.regex_first) must find exactly what re finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core.regex_first import first_chars, first_items, guarded, match_starts, opening_chars
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


def test_global_inline_flags_are_kept_as_flags_of_the_wrapped_pattern():
    p = re.compile(r"(?m)^附件\d$|(?<=x)注")
    assert opening_chars(p) == frozenset("附注") and guarded(p) is not p and guarded(p).flags == p.flags
    assert match_starts(p, "附件1\n附件2x\nx注") == [0, 10]


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
    r"(?m)(?<=[年月])未(?=数\s?$)",  # inline flags open the pattern: wrapped without them (they are in its flags)
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


_OPENING = [
    r"(?:提高|提升|加快)(?=[\u4e00-\u9fff]{0,6}?力度)",  # alternatives: re skips ahead through a character set
    r"[（(](?:注[:：]?\s{0,2})?请(?:根据|填写)",  # a class of literals
    r"(内设|下设)(\d{1,3}|[一二三两]{1,3})个\1(?=[\u4e00-\u9fff])",  # a back-reference: re refuses it in a lookbehind
    r"因(?<![原基]因)由于|由于因为|因为由于",  # a lookbehind over the opening character itself
    r"(?<=[局委会])(?:年度|部门)(?=决算)",  # a lookbehind before the match
    r"(?:十[七八]|二十)(?:大|届)(?:[和、](?:十[七八]|二十)(?:大|届))*",  # matches that run on into others' openings
    r"(?m)^[ \t]{0,2}附件\d(?:…|\.{3})$|(?<=\d、)注(?=请)",  # global inline flags, then a line's start and end
]
_OPENING_PIECES = st.sampled_from(["提高", "提升", "加快", "力度", "工作", "（", "(", "注", "：", "请", "根据", "填写",
                                   "内设", "下设", "3", "三", "个", "科", "原", "基", "因", "由于", "因为", "局", "委",
                                   "年度", "部门", "决算", "十七", "十八", "二十", "大", "届", "和", "、", " ", "\n",
                                   "附件", "…", "..."])


@settings(max_examples=400, deadline=None)
@given(st.lists(_OPENING_PIECES, max_size=40).map("".join))
def test_match_starts_are_where_re_matches(text):
    """Each opening character searched for by itself: every place the pattern matches, and no other."""
    for pattern in _OPENING:
        p = re.compile(pattern)
        assert opening_chars(p) is not None, pattern
        starts = match_starts(p, text)
        assert starts == (None if "\\1" in pattern else [i for i in range(len(text)) if p.match(text, i)]), (pattern, text)
        long_text = (text + "。") * (50_000 // (len(text) + 1) + 1)  # long enough for the searches near needles
        assert [(m.span(), m.groups()) for m in finditer(p, long_text)] == \
            [(m.span(), m.groups()) for m in p.finditer(long_text)], (pattern, text)


@pytest.mark.parametrize("pattern", [
    r"年度(?=部门)",  # a literal prefix: re finds it by itself
    r"(年度)(?=部门)",  # the same inside a group
    r"(?<!x)\d单",  # a class of characters, not a few literal ones (and too short a skeleton: gen.core.regex_skeleton)
    r"(?i)(?:ab|cd)",  # case-insensitive
])
def test_no_opening_characters(pattern):
    p = re.compile(pattern)
    assert opening_chars(p) is None and match_starts(p, "年度部门") is None


_AFTER = [
    r"(?m)^[ \t]{0,2}([一二三]{1,2})、",  # a line's start: after a newline, or at the text's start
    r"(?<=。)([\u4e00-\u9fff]{2,6})。",  # right after a literal lookbehind
    r"(?<=应到|实到|其中)(代表|委员)(\d{1,3})",  # after one of its strings
    r"(?<![\d.])((?:19|20)\d\d)\1(?=年)",  # digits first, a back-reference: from the 年 at a fixed distance
    r"(?<![\d.])(1|2|9)((?:19|20)\d\d)(?=年)",
]
_AFTER_PIECES = st.sampled_from(["一", "二", "三", "、", "\n", " ", "。", "应到", "实到", "其中", "代表", "委员", "12",
                                 "1", "9", "2022", "2020", "19", "年", ".", "工作"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_AFTER_PIECES, max_size=40).map("".join))
def test_places_after_lines_strings_and_skeletons_hold_every_match(text):
    """A line start, a lookbehind's strings or a skeleton's character give every place the pattern matches (the
    first two no other); tried there, the same matches as re."""
    for pattern in _AFTER:
        p = re.compile(pattern)
        starts = match_starts(p, text)
        where = [i for i in range(len(text)) if p.match(text, i)]
        assert starts is not None and set(where) <= set(starts), (pattern, text)
        assert starts == where or "年" in pattern, (pattern, text)
        long_text = (text + "。") * (50_000 // (len(text) + 1) + 1)
        assert [(m.span(), m.groups()) for m in finditer(p, long_text)] == \
            [(m.span(), m.groups()) for m in p.finditer(long_text)], (pattern, text)


def test_an_optional_opening_adds_what_follows_it():
    assert opening_chars(re.compile(r"(?:甲|乙)?单位")) == frozenset("甲乙单")
