"""Variation across a batch: deterministic spreading, inline alternatives, and the repetition measure."""

from __future__ import annotations

from collections import Counter

import pytest

from gen.batch.repetition import masked_sentences, measure
from gen.core.errors import UserError
from gen.generate.corpus import choose_variant, expand_alternatives


def test_alternatives_expand_to_every_combination():
    got = expand_alternatives("[[{{ year }}年末|截至{{ year }}年底]]，核定{{ n|count }}人[[。|；]]")
    assert got == ["{{ year }}年末，核定{{ n|count }}人。", "{{ year }}年末，核定{{ n|count }}人；",
                   "截至{{ year }}年底，核定{{ n|count }}人。", "截至{{ year }}年底，核定{{ n|count }}人；"]
    assert expand_alternatives("no choice {{ a|wan }}") == ["no choice {{ a|wan }}"]
    with pytest.raises(UserError, match="至少要有两个"):
        expand_alternatives("[[only]]")


def test_batch_positions_spread_variants_evenly_and_deterministically():
    n, bureaus = 4, 40
    picks = [choose_variant(n, f"B{p}", 2023, "g.x", 0, position=p) for p in range(bureaus)]
    assert Counter(picks) == {i: bureaus // n for i in range(n)}
    assert picks == [choose_variant(n, "other name", 1999, "g.x", 0, position=p) for p in range(bureaus)]
    # as many variants as bureaus: each bureau its own
    assert len({choose_variant(64, "b", 2023, "g.y", 0, position=p) for p in range(64)}) == 64
    # different groups are permuted differently
    assert [choose_variant(8, "b", 2023, "g.a", 0, position=p) for p in range(8)] != \
           [choose_variant(8, "b", 2023, "g.b", 0, position=p) for p in range(8)]


def _doc(bureau: str, sentences: list[str]) -> dict:
    paragraphs = [{"index": i, "text": s} for i, s in enumerate(sentences)]
    return {"bureau": bureau, "facts": {"bureau_name": bureau, "self_ref": "我局"}, "paragraphs": paragraphs,
            "sections": [], "manifest": [{"paragraph": i} for i in range(len(sentences))]}


def test_measure_masks_figures_and_names():
    a = _doc("甲县民政局", ["甲县民政局本年支出1,234.56万元，执行率为98.1%。", "这是一句只属于甲县的话，足够长了吧。"])
    b = _doc("乙县教育局", ["乙县教育局本年支出88万元，执行率为100%。", "乙县自己的另一句话，也有十五个字以上。"])
    assert masked_sentences(a)[0] == "〇本年支出#万元，执行率为#%。"
    r = measure([a, b])
    assert (r.reports, r.sentences, r.shared, r.common) == (2, 4, 2, 2)
    assert r.shared_share == 0.5


def test_measure_lists_the_most_recurring_sentences_with_their_groups():
    from gen.batch.repetition import top_recurring

    docs = [_doc(b, ["这一句在两份报告里都出现了，足够长。", f"只在第{n}份报告里出现的一句话，十五个字以上。"])
            for b, n in (("甲局", "一"), ("乙局", "二"))]
    for d in docs:
        for e in d["manifest"]:
            e["phrases"] = [{"group": f"g.{e['paragraph']}"}]
    assert top_recurring(docs, 5) == [("这一句在两份报告里都出现了，足够长。", 2, 2, ["g.0"])]
    assert top_recurring(docs, 0) == []

