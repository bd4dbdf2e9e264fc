"""A pattern's pair needs (gen.core.regex_pairs) must never rule out a text that holds a match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core import text_pairs
from gen.core.regex_pairs import DIGITS, may_occur, needs

_PATTERNS = [
    r"(?<=应到|实到|其中)((代表|委员|人员)(?:[0-9]{1,5}|[一二三]{1,5})[名人])",
    r"(?<![全各本])([市县区])(公安|财政)(?=(?:19|20)\d{2}年度)",
    r"(?<=ab)c(?=d)e?f",
    r"甲(?:乙|丙?)丁",  # an optional part breaks the chain
    r"[^甲]乙|丙",
    r"(?i)ab",  # case-insensitive: nothing proved
    r"(a)\1b",
    r"(?:x{2,6}|[×Ｘ]{2})年",
    r"a(?<=[ab])b",
    r"(?:ab|c)(?!x)d",
    r"(?:支出|收入)[ ]?(?<![\d.])(\d{1,3}\.\d{2})(?=[，。])",
    r"(?:部门|单位)(?=[ ]{0,2}\d{4}年度?)",
]


def _needs(pattern: str) -> set[tuple[str, str]]:
    return {("".join(sorted(a)), "".join(sorted(b))) for a, b in needs(re.compile(pattern))}


def test_needs_read_adjacent_parts_and_lookarounds():
    assert needs(re.compile(r"(?i)ab")) == ()
    assert _needs(r"(?<=ab)c(?=d)e?f") == {("a", "b"), ("b", "c"), ("c", "d"), ("ce", "f")}
    assert _needs(r"甲(?:乙|丙?)丁") == {("丙乙甲", "丁")}  # an optional part: what came before it may precede 丁
    assert ("员表", "0123456789一三二") in _needs(_PATTERNS[0])
    assert (DIGITS, ".") in _needs(r"收入[ ]?(\d{1,7}\.\d{2})")  # \d: the text's own digits when tested


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["应到", "其中", "代表", "委员", "人员", "1", "20", "一", "名", "人", "市", "县", "财政",
                                 "公安", "年度", "19", "a", "b", "c", "d", "e", "f", "x", "甲", "乙", "丙", "丁", "年",
                                 "×", "Ｘ", "，", "。", ".", "3", "５", "٣", " ", "收入", "支出", "部门", "单位", "2023"]), max_size=30).map("".join))
def test_a_text_ruled_out_holds_no_match(text):
    long = text + "\u3000" * text_pairs.MIN_CHARS  # long enough to be read into pair bits
    for pattern in _PATTERNS:
        p = re.compile(pattern)
        if not may_occur(p, long):
            assert p.search(long) is None, (pattern, text)
