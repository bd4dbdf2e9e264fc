"""The field tracer finds a printed value with plain string search, exactly where a pattern would.

gen/generate/trace.py used to compile one regular expression per value and per
report; it now searches with ``str.find`` and checks the number boundaries by
hand (for speed in a batch). These tests hold the hand-written test to the
patterns it replaces, on texts built to sit right at the boundaries (digits,
full-width and other Unicode digits, points, commas, units).
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from gen.generate.trace import _candidates


def _reference(t: str, units: tuple[str, ...] = (), amount: bool = False) -> re.Pattern:
    """The pattern each kind of value was traced with before (copied from the earlier trace.py); an amount of
    money is, besides, never a percentage (50% does not print a budget of 50万元) nor a count of something
    else (扫描120万画幅, 12人 do not print 120万元, 12万元): after it no Chinese character but 元万亿, after 万 none but 元万亿."""
    if units:
        return re.compile(rf"(?<![\d.]){t}(?:{'|'.join(units)})")
    if t[0].isdigit():
        other = r"(?![%％])(?!万[\u4e00-\u9fff](?<![元万亿]))(?![\u4e00-\u9fff](?<![元万亿]))"
        return re.compile(rf"(?<![\d.,]){re.escape(t)}(?![\d]){other if amount else ''}")
    return re.compile(re.escape(t))


# Characters that sit on either side of a figure: ASCII, full-width and Arabic-Indic digits, points,
# commas, units, and Chinese text.
_EDGE = st.sampled_from(list("0123456789.,，。人名台辆个项年万元%是的１２٣ ") + ["\u00b2", "\u2460"])
_TEXTS = st.lists(st.one_of(_EDGE, st.sampled_from(["3", "12", "325,399.34", "99", "2023", "1.5"])),
                  max_size=12).map("".join)


@given(text=_TEXTS, value=st.sampled_from([3, 12, 2023, 99]))
@example(text="共有3人", value=3)
@example(text="编制13人", value=3)
@example(text="1.3人", value=3)
@example(text="３人，3名", value=3)
def test_count_with_unit_matches_the_pattern(text, value):
    units = ("人", "名")
    (shown,) = _candidates(("staffing", "actual"), value)
    assert shown.found(text) == bool(_reference(str(value), units).search(text))


@given(text=_TEXTS, value=st.sampled_from([Decimal("325399.34"), Decimal("12"), Decimal("1.5"), Decimal("99.00"),
                                           Decimal("3")]))
@example(text="支出325,399.34万元", value=Decimal("325399.34"))
@example(text="1325,399.34", value=Decimal("325399.34"))
@example(text="325,399.345", value=Decimal("325399.34"))
@example(text="达到12%，", value=Decimal("12"))
@example(text="扫描12万画幅", value=Decimal("12"))
@example(text="12万元，12万", value=Decimal("12"))
@example(text="٣12", value=Decimal("12"))
@example(text="12١", value=Decimal("12"))
@example(text="12\u00b2", value=Decimal("12"))  # a superscript is a digit to str.isdigit, not to re's \d
@example(text="\u246012", value=Decimal("12"))
def test_figure_matches_the_pattern(text, value):
    found = _candidates(("finance", "income"), value)
    assert found
    for shown in found:
        assert shown.found(text) == bool(_reference(str(shown), amount=True).search(text)), str(shown)


@given(text=st.text(alphabet="完成目标任务（）.*+?[]\\，。", max_size=20))
@example(text="完成了目标任务（一）.*", )
def test_text_matches_the_pattern(text):
    for shown in _candidates(("tasks", 0, "name"), "目标任务（一）.*+?，完成了全部的工作安排"):
        assert shown.found(text) == bool(_reference(str(shown)).search(text)), str(shown)


def test_figure_boundaries():
    """Worked cases: what is and is not the figure 12 (or the count 3人)."""
    (twelve,) = _candidates(("x",), 12)
    assert twelve.found("共12项") and twelve.found("12") and twelve.found("，12。")
    assert not twelve.found("112") and not twelve.found("123") and not twelve.found("1.12") and not twelve.found("1,12")
    assert not twelve.found("12３")  # a full-width digit after it is still a digit
    (three,) = _candidates(("staffing", "actual"), 3)
    assert three.found("在编3人") and three.found("3名")
    assert not three.found("13人") and not three.found("3个") and not three.found("0.3人")


_BLOCK_TEXTS = st.lists(_TEXTS, min_size=1, max_size=6)


@given(texts=_BLOCK_TEXTS, title=_TEXTS, value=st.sampled_from([3, 12, Decimal("325399.34"), Decimal("1.5"), "目标任务"]))
@example(texts=["共计12", "3人"], title="", value=3)  # a figure at a block's end, another block starting with a digit
@example(texts=["支出12", "3"], title="1", value=12)
@example(texts=["", "", "12"], title="", value=12)
@example(texts=["a\x0012"], title="", value=12)  # the separator itself in the text: searched block by block
def test_where_is_the_first_block_that_shows_it(texts, title, value):
    """All blocks searched at once give the same block as searching them one by one."""
    from gen.generate.document import Document, Heading, Paragraph, Table
    from gen.generate.trace import _blocks, _Printed

    blocks = []
    for i, t in enumerate(texts):
        blocks.append([Paragraph(t), Heading(2, "一、", t), Table(["h"], [[t]], caption="")][i % 3])
    doc = Document(title=title, blocks=blocks)
    printed = _Printed(doc)
    loc = ("staffing", "actual") if isinstance(value, int) else ("finance", "income")
    for shown in _candidates(loc, value):
        expected = next((w for w, text in _blocks(doc) if shown.found(text)), None)
        assert printed.where(shown) == expected


def test_a_count_is_traced_with_its_own_fields_unit():
    """staffing.vehicles is written 21台: the field's own unit, not its group's (人), or the tracer warned
    that a printed vehicle count had no place in the outline."""
    vehicles = _candidates(("staffing", "vehicles"), 21)
    assert any(c.found("我局现有公务用车21台。") for c in vehicles)
    assert not any(c.found("核定编制21人。") for c in vehicles)
    assert any(c.found("核定编制21人。") for c in _candidates(("staffing", "authorized"), 21))
