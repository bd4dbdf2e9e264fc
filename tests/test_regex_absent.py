"""A pattern's required characters (gen.core.regex_absent) must never rule out a text that holds a match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core.regex_absent import may_occur, requirement

_PATTERNS = [
    r"(?=[2_＿])(?:(?<![A-Za-z\d])20[_＿]{1,4}(?![_＿A-Za-z\d])|(?<![_＿])[_＿]{2,8}(?=[ \t　]?年))",
    r"(?:增加[ \t　]?[/／][ \t　]?减少|下降[/／]上升)",
    r"(?<=[:：])[ \t　]{0,2}(?=[是有])(?:是[ \t　]?[/／][ \t　]?否|有[ \t　]?[/／][ \t　]?无)",
    r"甲(?:乙|丙?)丁",  # an optional part requires nothing
    r"[^甲]乙|丙",
    r"(?i)ab",  # case-insensitive: nothing proved
    r"(a)\1b",
    r"(?:x{2,6}|[×Ｘ]{2})年",
    r"(?<![A-Za-z0-9])(?:[a-z]{2,5}|[a-z]{1,2}\d{1,2})(?![A-Za-z0-9])",  # a short range reads as its characters
    r"[^a-z]{2}甲",
]


class _Seen:
    """``seen[code point]`` for a text, as gen.core.text_pairs gives it for a long one."""

    def __init__(self, text: str):
        self.chars = set(map(ord, text))

    def __getitem__(self, code: int) -> bool:
        return code in self.chars


def test_requirements_read_literals_classes_lookarounds_and_alternatives():
    assert requirement(re.compile(r"(?i)ab")) is None
    assert requirement(re.compile(r"甲(?:乙|丙?)丁")) == ("all", (("chars", "甲"), ("chars", "丁")))
    assert not may_occur(re.compile(_PATTERNS[0]), _Seen("2020年度 20XX"))
    assert may_occur(re.compile(_PATTERNS[0]), _Seen("20__年"))
    assert requirement(re.compile(r"[a-c]|[\u4e00-\u9fff]")) is None  # a long range: nothing proved
    assert not may_occur(re.compile(r"[a-z]{2,5}"), _Seen("ABC 甲乙"))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["2", "0", "20", "_", "＿", "年", " ", "增加", "减少", "/", "／", "：", "是", "否", "有", "无",
                                 "甲", "乙", "丙", "丁", "a", "A", "b", "x", "z", "9", "×", "Ｘ"]), max_size=30).map("".join))
def test_a_text_ruled_out_holds_no_match(text):
    for pattern in _PATTERNS:
        p = re.compile(pattern)
        if not may_occur(p, _Seen(text)):
            assert p.search(text) is None, (pattern, text)
