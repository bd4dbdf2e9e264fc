"""One sparse map for every view with characters removed (gen.check.text_map): it must map back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gen.check.text_map import Gaps, drop


def _runs(draw_text: str, picks: list[int]) -> list[tuple[int, int]]:
    """Disjoint, ordered (start, end) runs from a list of cut points (adjacent runs allowed)."""
    cuts = sorted({min(p, len(draw_text)) for p in picks})
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙 \n", max_size=30), st.lists(st.integers(0, 30), max_size=10))
def test_every_view_character_maps_back_to_itself(text, picks):
    runs = _runs(text, picks)
    view, gaps = drop(text, runs)
    removed = {i for s, e in runs for i in range(s, e)}
    kept = [i for i in range(len(text)) if i not in removed]
    assert view == "".join(text[i] for i in kept)
    assert [gaps.source(i) for i in range(len(view))] == kept
    assert gaps.dropped == len(removed)
    for s in range(len(view)):
        for e in range(s + 1, len(view) + 1):
            assert gaps.span(s, e) == (kept[s], kept[e - 1] + 1)
            assert gaps.straddles(s, e) == any(kept[k + 1] - kept[k] > 1 for k in range(s, e - 1))
    for i in range(len(view)):
        assert gaps.gap_before(i) == (kept[i] > (kept[i - 1] + 1 if i else 0))


def test_adjacent_runs_make_one_gap_and_nothing_dropped_keeps_the_text():
    view, gaps = drop("甲 \n乙", [(1, 2), (2, 3)])
    assert view == "甲乙" and gaps == Gaps((1,), (0, 2))
    text = "没有要去掉的字"
    same, none = drop(text, [])
    assert same is text and none == Gaps()


def test_a_long_text_keeps_one_entry_per_gap():
    text = "负责\n职责范围内的工作。" * 10_000
    view, gaps = drop(text, [(i, i + 1) for i, ch in enumerate(text) if ch == "\n"])
    assert len(gaps.at) == 10_000 and len(view) == len(text) - 10_000
    assert text[gaps.source(len(view) - 1)] == "。"
