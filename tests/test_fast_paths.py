"""Fast paths in shared analyses must give exactly what the plain code gave."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gen.core import quantities
from gen.check import grounding
from gen.check.grounding import Grounding
from gen.check.numbers_text import _LAST_LABEL_STOP, _SEGMENT_STOP_CHARS, LABEL_STOPS, SEGMENT_STOPS, _segment_bounds
from gen.core.text_pairs import char_positions


def _matches(pattern: re.Pattern, text: str) -> list:
    """What a pattern finds, to compare a fast form with its plain one: each match's span and its groups by name
    and by number."""
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


_TEXT = st.text(alphabet="0123456789１２.,，。；;\n !?！？ 　-−%％万元亿人个≥≤><＞＜不低于少高超过达到项目率分", max_size=60)


def _plain_quantity_re() -> re.Pattern:
    """QUANTITY_RE without its first-character lookahead."""
    return re.compile(quantities.QUANTITY_RE.pattern.removeprefix(quantities._FIRST_CHAR))


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.span("comp"), m.span("num"), m.span("unit")) for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_quantity_lookahead_changes_no_match(text):
    assert _spans(quantities.QUANTITY_RE, text) == _spans(_plain_quantity_re(), text)


def _read(pattern: re.Pattern, text: str) -> list:
    """What the number layer takes from each match: comparator, number, unit and where the quantity ends."""
    return [(m.span("comp") if m.group("comp") else None, m.span("num"), m.span("unit"),
             m.end() if m.group("unit") else m.end("num")) for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.,，。\n \t　-−%万元人≥><＞不低于少过达到", max_size=60))
def test_quantity_blanks_before_a_bare_number_read_the_same(text):
    """Blanks opening a match with no comparator (the older pattern's) changed nothing the layer reads."""
    older = re.compile(quantities._COMP_RE + r"?\s{0,2}(?P<num>" + quantities._NUM_RE + r")\s{0,2}(?P<unit>"
                       + quantities._UNIT_RE + r")?")
    assert _read(quantities.QUANTITY_RE, text) == _read(older, text)
    # where a quantity starts (its comparator's start, else its number's) is the match's own start
    assert all(m.start() == (m.start("comp") if m.group("comp") else m.start("num"))
               for m in quantities.QUANTITY_RE.finditer(text))


def _plain_segment_bounds(text: str, pos: int) -> tuple[int, int]:
    start = pos
    lo = max(0, pos - 400)
    while start > lo and text[start - 1] not in SEGMENT_STOPS:
        start -= 1
    end = pos
    hi = min(len(text), pos + 400)
    while end < hi and text[end] not in SEGMENT_STOPS:
        end += 1
    return start, end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙。；;！？!?\n", max_size=900), st.data())
def test_segment_bounds_as_scanned(text, data):
    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    stops = char_positions(text, _SEGMENT_STOP_CHARS)
    assert _segment_bounds(stops, pos, len(text)) == _plain_segment_bounds(text, pos)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙，。、（）|\n\t“”1 ", max_size=40), st.data())
def test_label_start_as_scanned(text, data):
    """A figure's label starts after the last stop in its reach: one regex search, as the character loop found it."""
    hi = data.draw(st.integers(min_value=0, max_value=len(text)))
    lo = data.draw(st.integers(min_value=0, max_value=hi))
    start = hi
    while start > lo and text[start - 1] not in LABEL_STOPS:
        start -= 1
    stop = _LAST_LABEL_STOP.search(text, lo, hi)
    assert (stop.start() + 1 if stop else lo) == start


class _Names(Grounding):
    def __init__(self, names):  # only what _data_name reads
        self.by_name = {n: [1] for n in names}
        self._order = {n: i for i, n in enumerate(self.by_name)}


def _plain_data_name(names, label):
    best = None
    for name in names:
        hit = label.endswith(name) or any(label == name + tail for tail in grounding._NAME_TAILS)
        if hit and (best is None or len(name) > len(best)):
            best = name
    return best


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙目标完成实际", min_size=2, max_size=4), max_size=8, unique=True),
       st.text(alphabet="甲乙目标完成实际值", max_size=10))
def test_data_name_as_scanned(names, label):
    assert _Names(names)._data_name(label) == _plain_data_name(names, label)


def test_domain_word_candidates_cached_per_run_find_the_same():
    """W011's per-run cache (built-in list) finds what the uncached scan finds, on first and later calls."""
    from pathlib import Path

    from gen.check.domain_words import domain_words, find

    lists = domain_words()
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "golden").rglob("*.md"))]
    texts += list(lists.flag) + list(lists.keep)
    texts += ["一、政拨款收入情况\n四、政拨款收入", "本年财政拔款收入325.5万元，财政拔款支出。", "（二）员经费支出情况\n"]
    for text in texts:
        expected = find(text, lists)
        assert find(text) == expected
        assert find(text) == expected
    assert find("本年财政拔款收入325.5万元。")


_DECIMALS = st.decimals(min_value=0, max_value=100000, places=6, allow_nan=False, allow_infinity=False)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_DECIMALS, st.decimals(min_value=0, max_value=30, places=2)), max_size=12),
       st.one_of(_DECIMALS, st.decimals(min_value=0, max_value=30, places=2)), st.integers(min_value=0, max_value=4))
def test_printed_as_equals_rounding_every_known_value(known, value, places):
    """G002's binary search answers what rounding (half up) or truncating every known value answers."""
    from gen.core.numbers import round_half_up, truncate

    g = Grounding.__new__(Grounding)
    g.known = frozenset(abs(v) for v in known)
    g._sorted = sorted(g.known)
    printed = {r for v in g.known for r in (round_half_up(v, places), truncate(v, places))}
    assert g.printed_as(value, places) == (value in printed)
    for v in known:  # the values themselves, as printed, are always known
        assert g.printed_as(round_half_up(v, places), places)
        assert g.printed_as(truncate(v, places), places)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Xxa×□〇【】［］{} 　\n甲*≥（人）2019年月日/", max_size=40))
def test_placeholder_lookahead_changes_no_match(text):
    from gen.core import placeholders

    lead = "(?=[Xx×□〇【［{*2])"
    assert placeholders.COMMON.pattern.startswith(lead)
    plain = re.compile(placeholders.COMMON.pattern.removeprefix(lead))
    assert _matches(placeholders.COMMON, text) == _matches(plain, text)


def _t2s_pieces() -> list[str]:
    from gen.check.rules.l002_traditional_chars import _triggers

    alone, phrases = _triggers()
    keys = [k for ks in phrases.values() for k in ks]
    return sorted(alone)[:40] + keys + [k[:1] for k in keys] + [k[1:] for k in keys] + list("覆么盖反复的了一是")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_t2s_pieces()), max_size=8).map("".join))
def test_l002_skips_only_text_the_converter_leaves_alone(text):
    from gen.check.rules.l002_traditional_chars import _may_change
    from gen.check.unspaced import simplified

    if not _may_change(text):
        assert simplified(text) == text


def test_known_values_walk_reads_every_kind_of_fact():
    import datetime
    from decimal import Decimal as D

    from gen.check.grounding import _walk

    values, texts = [], []
    _walk({"a": D("1.50"), "b": [1, 2.5, True, None, "共3人", "无"], "c": (datetime.date(2023, 5, 6),),
           "d": {"e": "第2项"}}, values, texts)
    assert values == [D("1.50"), D(6), D(1), D("2.5"), D(1), D(2023), D(5), D(6)]
    assert texts == ["共3人", "第2项"]


_LABELS = st.lists(st.sampled_from(["绩效目标", "完成情况", "目标", "情况", "：", ":", "一", "，", "\n", "绩效目标完成情况：",
                                    "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌"]), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LABELS)
def test_doubled_labels_found_from_the_colons_as_the_pattern_finds_them(text):
    from gen.check import doubled_marks

    found = [(start, end, fix) for start, end, _, fix in doubled_marks._doubled_labels(text)]
    assert found == [(m.start(), m.end(), m.group(1) + m.group(2)) for m in doubled_marks._DOUBLED_LABEL.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="本部门abcΩé_1２ 。あア한䷀\u9fff\u4e00\u3400", max_size=80))
def test_l003_counts_by_runs_as_by_characters(text):
    from gen.check.rules import l003_not_chinese as l003

    assert sum(map(len, l003._LETTERS.findall(text))) == len(re.findall(r"[^\W\d_]", text))
    assert sum(map(len, l003._HANS.findall(text))) == len(re.findall(r"[\u3400-\u9fff]", text))


@pytest.mark.parametrize("size, spread", [(0, 1), (1, 1), (7, 3), (5000, 40), (20000, 1 << 32)])
def test_distinct_pairs_are_np_unique(size, spread):
    """side_typos reads distinct pairs, first indexes and counts by one sort of value+index keys: np.unique's arrays."""
    import numpy as np

    from gen.check import side_typos

    values = np.random.RandomState(size).randint(0, spread, size=size, dtype=np.int64).astype(np.uint32)
    got = side_typos._distinct(values)
    want = np.unique(values, return_index=True, return_counts=True)
    assert all(np.array_equal(g, w) and g.dtype == w.dtype for g, w in zip(got, want))


def _stated_band():
    from gen.check import stated_scales

    fast = stated_scales._RANGE_FIRST
    return fast, re.compile(fast.pattern.replace("{1,6}+", "{1,6}").replace("]*+[", "]*["))


def _wan_amount():
    from gen.check.rules import n041_malformed_figure as n041

    return n041._WAN_AMOUNT, re.compile(r"\d{1,3}(?:,?\d{3}){0,4}\.(\d{1,6})(?![\d.])(?=\s?万元)")


def _run_on_digit():
    from gen.check.rules import p012_clauses_run_together as p012

    return p012._RUN_ON, re.compile(
        r"\d(?:\.\d+)?(?:[%％]|万元|亿元|元|人次)(?P<subject>[\u4e00-\u9fff]{2,12}?(?:率|值|数|额|度|量|比例|比重))"
        r"(?:均|也|分别)?(?:为|达到|达|是)[ \u3000]?\d|\d(?:\.\d+)?[%％](?P<rate>[\u4e00-\u9fff]{2,12}?率)[ \u3000]?\d")


def _body_name_runs():
    from gen.check import body_variants

    return body_variants._NAME, re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{5,20}(?![\u4e00-\u9fff])")


# Fast forms of patterns and their plain forms, each with the characters its texts are drawn from: the band's
# lookahead reading its runs possessively (their classes share no character); N041's amounts behind a lookahead
# for their whole shape; P012's run-on clauses opening on a digit a point or unit follows; body_variants' runs of
# five to twenty Chinese characters found from their first.
_FAST_FORMS = [
    (_stated_band, "0123456789. 分（(含包）)及以-－~至到为优秀良好：“”，"),
    (_wan_amount, "0123456789１,. 万元，"),
    (_run_on_digit, "0123456789.%％万元亿人次执行率到位值为达是均 ，"),
    (_body_name_runs, "甲乙丙局中心 ，a\n1"),
]


@pytest.mark.parametrize("forms, alphabet", _FAST_FORMS, ids=lambda v: getattr(v, "__name__", "chars"))
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_fast_form_finds_what_the_plain_pattern_finds(forms, alphabet, data):
    """Each fast form makes the same matches (spans and groups) as its plain pattern."""
    fast, plain = forms()
    text = data.draw(st.text(alphabet=alphabet, max_size=60))
    assert _matches(fast, text) == _matches(plain, text)
