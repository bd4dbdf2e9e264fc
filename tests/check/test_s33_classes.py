"""Round 33's structure classes, read on the tuning reports' false alarms and misses."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import s001_heading_sequence as s001
from gen.check.rules import s011_lost_item_number as s011
from gen.check.rules import s012_missing_level as s012


def run(mod, text):
    return list(mod.check(CheckContext(text)))


def test_s012_single_part_without_first_level_is_a_hint():
    # one part, no 一、 anywhere: some templates open their parts at （一）, so only a hint
    one = "第一部分 某局概况\n（一）部门主要职责\n某局的主要职责是：\n1、负责全区市场监管工作。\n"
    assert [f.severity for f in run(s012, one)] == ["info"]
    # a 一、 elsewhere in the text shows its outline: the part opening at （一） lost a level
    two = "第一部分 某局概况\n（一）部门主要职责\n负责全区工作。\n第二部分 决算情况\n一、收入决算情况\n本年收入十万元。\n"
    assert [f.severity for f in run(s012, two)] == ["warning"]


def test_s001_doubled_marks_fill_the_gap():
    text = "二、部门预算报表\n1、收支总表\n2,、收入总表\n3,、支出总表\n4、财政拨款收支总表\n"
    assert run(s001, text) == []
    lost = "二、部门预算报表\n1、收支总表\n2,、收入总表\n4、财政拨款收支总表\n"
    assert [lost[f.start:f.end] for f in run(s001, lost)] == ["4、"]


def test_s011_colon_title_between_gapped_siblings():
    text = ("二、部门概况\n1.部门主要职能:\n负责全县的农机推广工作,指导农机安全生产。\n机构设置:\n"
            "本局为县农业农村局管理的全额拨款事业单位。\n3.人员构成:\n编制十二人,实有十人,其中在职人员九人。\n")
    found = run(s011, text)
    assert [text[f.start:f.end] for f in found] == ["机构设置:"]
    assert [f for f in run(s001, text) if f.severity != "info"] == []
