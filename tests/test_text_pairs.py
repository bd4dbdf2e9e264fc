"""The characters-and-pairs test of a long text (gen.core.text_pairs) must never deny a string that occurs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core import pair_index, text_pairs
from gen.core.regex_needles import contains

_LONG = ("本年度财政拨款收入325.5万元，支出决算完成率98.6%。" * 1500 + "𠀀甲乙\n丙丁") * 2  # an astral character too
_NEEDLE = st.text(alphabet="本年度财政拨款收入支出决算完成率甲乙丙丁拔帐薄分岐𠀀\n.%0123456789", min_size=1, max_size=5)


def test_long_text_is_indexed():
    assert len(_LONG) >= text_pairs.MIN_CHARS


@settings(max_examples=500, deadline=None)
@given(_NEEDLE)
def test_never_denies_what_occurs(needle):
    if needle in _LONG:
        assert text_pairs.may_contain(_LONG, needle)
    assert contains(_LONG, needle) == (needle in _LONG)


def test_denies_strings_whose_characters_or_pairs_never_occur():
    assert not text_pairs.may_contain(_LONG, "分岐")  # 岐 never occurs
    assert not text_pairs.may_contain(_LONG, "拨财")  # both occur, never in this order (short of a hash collision)
    assert text_pairs.may_contain(_LONG, "财政拨款")
    assert text_pairs.may_contain(_LONG, "𠀀甲")


def test_a_text_of_the_same_content_is_answered_for_itself():
    other = _LONG.replace("拨款", "拔款")
    assert contains(other, "拔款") and not contains(_LONG, "拔款")
    assert contains(_LONG, "拨款") and not contains(other, "拨款")


def test_distinct_chars_are_the_text_s_characters_once_each():
    assert text_pairs.distinct_chars(_LONG) == "".join(sorted(set(_LONG)))


@pytest.mark.parametrize("chars", ["，", "，。；\n", "甲乙丙丁", "𠀀x"])
def test_char_positions_are_what_a_class_search_finds(chars):
    for text in (_LONG, _LONG[:2000], ""):
        expected = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", text)]
        assert text_pairs.char_positions(text, chars) == expected


@pytest.mark.parametrize("word", ["拨款", "的的", "abab", "aaa", "财政拨款收入", "𠀀甲", "x"])
def test_first_positions_are_the_first_of_every_position(word):
    # overlapping occurrences too: a word whose beginning is its end (的的, abab) takes the string's own search
    text = _LONG + "的的的 ababab aaaa 𠀀甲𠀀甲" + _LONG[:500]
    every = text_pairs.positions(text, word)
    for limit in (1, 2, 3, len(every), len(every) + 5):
        assert text_pairs.first_positions(text, word, limit) == every[:limit]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="的的得地a", min_size=0, max_size=40), st.text(alphabet="的得a", min_size=1, max_size=4))
def test_first_positions_agree_with_positions_on_any_text(text, word):
    assert text_pairs.first_positions(text, word, 1000) == text_pairs.positions(text, word)


@settings(max_examples=300, deadline=None)
@given(_NEEDLE, st.integers(min_value=0, max_value=4000))
def test_the_pair_index_finds_every_offset_str_find_does(needle, limit):
    # the sorted pairs (gen.core.pair_index) answer a long text's needles: the same offsets, overlapping ones too
    text = _LONG + "的的的 ababab 𠀀甲𠀀甲"
    got = pair_index.first_offsets(text, text_pairs.code_points(text), needle, limit)
    assert got == (None if len(needle) < 2 else text_pairs.positions(text, needle)[:limit])
