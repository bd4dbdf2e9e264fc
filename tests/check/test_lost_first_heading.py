"""S001 reports a level that starts at （二） on the line that lost its （一）, where the reader looks for it."""

from gen.check.context import CheckContext
from gen.check.rules import s001_heading_sequence as s001


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.message) for f in s001.check(CheckContext(text))]


def test_short_title_line_takes_the_finding():
    text = "一、上半年工作情况\n稳就业，兜牢民生底线\n全年新增就业岗位120个。\n（二）促发展，壮大村集体经济\n新建冷库两座。\n"
    assert [span for span, _ in _found(text)] == ["稳就业，兜牢民生底线"]


def test_run_in_title_takes_the_finding():
    text = "一、总体情况\n本年度我局扎实推进政务公开。\n主动公开情况。我局及时发布各类信息。\n（二）依申请公开情况。全年收到申请2件。\n"
    assert [span for span, _ in _found(text)] == ["主动公开情况"]


def test_no_such_line_stays_on_the_second():
    text = "一、总体情况\n本年度我局扎实推进政务公开，及时发布各类信息，回应社会关切。\n（二）依申请公开情况。全年收到申请2件。\n"
    found = _found(text)
    assert len(found) == 1 and found[0][0].startswith("（二）")


def test_shapes_must_match():
    # a run-in （二） does not make a short line above it its lost first sibling
    text = "一、总体情况\n政务公开工作\n（二）依申请公开情况。全年收到申请2件，均已按时答复。\n"
    found = _found(text)
    assert len(found) == 1 and found[0][0].startswith("（二）")
