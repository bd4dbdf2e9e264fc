"""Classes of defect and of correct text found while scoring the checker on real reports.

Each case is written for the project (no text copied from a report): it pins
the behaviour that a real published report showed was missing or wrong, so
`make test` guards it. Alarms are error/warning findings, as in the measure.
"""

from __future__ import annotations

from gen.check.config import Config
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run


def _alarms(text: str, year: int | None = None) -> list:
    findings = run(source_from_text(text, "t.txt"), select_rules(), None, Config(year=year)).findings
    return [f for f in findings if f.severity in ("error", "warning")]


def _codes(text: str, year: int | None = None) -> set[str]:
    return {f.code for f in _alarms(text, year)}


def test_numbering_restarts_in_each_part():
    text = ("第一部分 单位概况\n一、主要职责\n二、机构设置\n第二部分 年度决算情况说明\n一、收入决算情况说明\n"
            "二、支出决算情况说明\n第五部分 附表\n一、收入支出决算总表\n二、收入决算表\n")
    assert "S001" not in _codes(text)


def test_numbering_skip_inside_a_part_still_flagged():
    text = "第一部分 单位概况\n一、主要职责\n三、机构设置\n"
    assert "S001" in _codes(text)


def test_list_item_mark_with_closing_bracket_is_not_halfwidth_punctuation():
    text = "协会的主要任务是：\n1)听取会员意见，反映会员诉求。\n2)承担联席会议的日常工作。\n"
    assert "P001" not in _codes(text)


def test_stray_halfwidth_bracket_inside_a_sentence_still_flagged():
    assert "P001" in _codes("本年新增诊室3间)，门诊量增加。\n")
