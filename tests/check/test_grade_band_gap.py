"""F012: percentage bands of a graded standard leaving a gap between two grades."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import f012_grade_band_gap as f012

HEAD = "评分标准（优、良、中、差）\n"


def got(text):
    return [text[f.start:f.end] for f in f012.check(CheckContext(text))]


def test_a_band_stopping_short_of_the_next_is_flagged():
    assert got(HEAD + "覆盖率 | 95%-100% | 85%-95% | 70%-80% | <70% |\n") == ["70%-80%"]
    assert got(HEAD + "完成率 90%～100%，80%～90%，60%～80%，50%以下\n") == ["50%以下"]


def test_bands_that_meet_pass():
    assert got(HEAD + "覆盖率 | 95%-100% | 85%-95% | 70%-85% | <70% |\n") == []
    assert got(HEAD + "完成率 90%-100% 80%-89% 60%-79% 低于60%\n") == []  # whole-number steps


def test_short_runs_rising_runs_and_ungraded_ranges_pass():
    assert got(HEAD + "覆盖率 85%-95% <60%\n") == []  # two bands
    assert got(HEAD + "分组 10%-20% 30%-40% 60%-80%\n") == []  # rising: no scale of grades
    assert got("其中三类占比分别为60%-80%、30%-40%、10%-20%。\n") == []  # no grading named


def test_bands_with_one_percent_sign_each_are_read_whole():
    assert got(HEAD + "到位率 100.0 - 100.0 %，80.0 - 95.0 %，60.0 - 80.0 %，低于 60.0 %\n") == ["80.0 - 95.0 %"]
    assert got("说明：" + "数据" * 40 + "\n" + HEAD + "到位率 95%-100%、85%-95%、70%-80%、<70%\n") == ["70%-80%"]
