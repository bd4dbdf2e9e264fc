"""Word lists as trie-shaped regexes (gen.core.regex_trie) must match exactly what the flat alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core.regex_trie import alternation, as_trie, literal_words

_WORDS = st.lists(st.text(alphabet="甲乙丙a.", min_size=1, max_size=4), min_size=1, max_size=8)
_TEXT = st.text(alphabet="甲乙丙丁a.\n", max_size=40)


@settings(max_examples=400, deadline=None)
@given(_WORDS, _TEXT)
def test_trie_matches_the_longest_first_alternation(words, text):
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(alternation(words))
    assert [(m.span(), m.group()) for m in trie.finditer(text)] == [(m.span(), m.group()) for m in flat.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_WORDS, _TEXT)
def test_as_trie_only_where_the_listed_order_gives_the_same_matches(words, text):
    pattern = re.compile("|".join(re.escape(w) for w in words))
    trie = as_trie(pattern)
    if trie is not None:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_examples():
    assert re.compile(alternation(["基本支", "基本", "关于印"])).findall("基本支出与基本工资关于印发") == ["基本支", "基本", "关于印"]
    assert alternation([]) == "(?!)"
    assert as_trie(re.compile("预算|预算执行")) is None  # listed order takes 预算 where the trie would take 预算执行
    assert as_trie(re.compile("预算执行|预算|决算")) is not None
    assert literal_words(re.compile("分岐|户藉")) == ["分岐", "户藉"]
    assert literal_words(re.compile("(分岐)|户藉")) is None  # a group the suggestion may refer to
    assert literal_words(re.compile("分[岐歧]")) is None
