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


def test_missing_character_in_budget_table_names():
    text = "第五部分 附表\n一、收入支出决算总表\n二、收入决算表\n三、出决算表\n四、政拨款收入支出决算总表\n五、般公共预算财政拨款支出决算表\n"
    hits = [f for f in _alarms(text) if f.code == "W001"]
    assert [f.suggestion for f in hits] == ["支出决算", "财政拨款", "一般公共预算"]


def test_full_budget_table_names_pass():
    text = "第五部分 附表\n一、收入支出决算总表\n三、支出决算表\n四、财政拨款收入支出决算总表\n五、一般公共预算财政拨款支出决算表\n"
    assert "W001" not in _codes(text)


def test_date_without_year_and_month_marks():
    hits = [f for f in _alarms("公开时间：2023815\n") if f.code == "W001"]
    assert hits and hits[0].suggestion == "2023年8月15日"
    assert "W001" not in _codes("公开时间：2023年8月15日\n发布日期：2023-08-15\n")


def test_adverbial_de_before_verb():
    assert "W001" in _codes("我局有计划、有重点的推进各项改革。\n")
    assert "W001" not in _codes("我局有计划、有重点地推进各项改革，取得更好的效果。\n")


def test_general_budget_basic_expenditure_must_close():
    bad = "本年一般公共预算基本支出530.20万元，其中：人员经费480.10万元，公用经费30.10万元。\n"
    good = "本年一般公共预算基本支出510.20万元，其中：人员经费480.10万元，公用经费30.10万元。\n"
    assert "N009" in _codes(bad)
    assert "N009" not in _codes(good)


def test_procurement_total_must_close():
    bad = "本年政府采购支出总额45万元，其中：政府采购货物支出5万元、政府采购工程支出0万元、政府采购服务支出30万元。\n"
    good = "本年政府采购支出总额45万元，其中：政府采购货物支出15万元、政府采购工程支出0万元、政府采购服务支出30万元。\n"
    assert "N009" in _codes(bad)
    assert "N009" not in _codes(good)


def test_share_under_numbered_item_is_recomputed():
    text = "2. 项目支出预算300.00万元，其中：\n设备购置支出225.50万元，占项目支出预算75.17%；\n维护支出74.50万元，占项目支出预算24.84%。\n"
    hits = [f for f in _alarms(text) if f.code == "N001"]
    assert len(hits) == 1 and "24.84%" in hits[0].message


def test_part_opening_with_a_second_level_heading_lacks_a_level():
    bad = "第一部分 单位概况\n（一）主要职责\n承担全区体育工作。\n（二）机构设置\n内设股室三个。\n"
    assert "S011" in _codes(bad)
    good = bad.replace("（一）主要职责", "一、主要职责\n（一）职责").replace("（二）机构设置", "二、机构设置")
    assert "S011" not in _codes(good)


def test_part_opening_with_a_list_of_definitions_is_not_an_outline():
    text = ("第一部分 单位概况\n一、主要职责\n承担全区体育工作。\n第三部分 名词解释\n"
            "1.一般公共预算财政拨款收入：指本级财政当年拨付的资金。\n2.其他收入：指除上述以外的收入。\n")
    assert "S011" not in _codes(text)
