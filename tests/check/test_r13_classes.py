"""Classes read from the three round-13 sets after their blind measure (issue 12).

A template's instruction to the writer left in the duties heading (W019), 第X部门
for 第X部分 at a heading, 中共某市市委 (now W036's), 极其 for 及其 before 开展情况, 隶属与 for 隶属于,
an indicator level in Arabic digits beside 二级指标 (W013 entries, glossary/wording.yaml);
the State Council order number in its colloquial form, 死刑缓期两年执行, the 210 budget
class under its pre-2019 name (T001, glossary/terms.yaml); replacement characters
left by an encoding conversion (L004). Every case is written for the project (no
report text copied): texts each rule must flag, with the span and suggestion, and
near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import assert_flagged, findings_of

FLAG = [
    ("W019", "一、部门职责（职能参照市政府批准的三定方案）\n", "（职能参照市政府批准的三定方案）", None),
    ("W013", "第二部分 决算表\n第三部门 2021年度部门决算情况说明\n", "第三部门", "第三部分"),
    ("W036", "在中共某某市市委的坚强领导下。", "市市", "市"),
    ("W013", "指导全市社会救助工作极其开展情况。", "极其", "及其"),
    ("W013", "该校是隶属与市教育局管理的事业单位。", "隶属与", "隶属于"),
    ("W013", "共设1级指标3个、二级指标6个。", "1级指标", "一级指标"),
    ("T001", "依据《某某条例》（国务院第588号令）执行。", "国务院第588号令", "国务院令第588号"),
    ("T001", "其中判处死刑缓期两年执行的罪犯5人。", "死刑缓期两年执行", "死刑缓期二年执行"),
    ("L004", "其中：商品和服务支出8万元，\ufffd\ufffd支出2万元。", "\ufffd\ufffd", None),
]

KEEP = [
    ("W019", "一、部门职责（职能依据三定方案确定，详见附件）\n本局职能参照县政府批准的三定方案执行。\n"),
    ("W013", "第一部分 概况\n第三部门组织参与社区治理，社会组织作为第三部门发挥作用。\n"),
    ("W036", "在中共某某市委的坚强领导下，中共沛县县委部署。"),
    ("W013", "指导全市社会救助工作及其开展情况，任务极其繁重。"),
    ("W013", "该校是隶属于市教育局管理的事业单位，理顺隶属与管理关系。"),
    ("W013", "共设1级指标3个、2级指标6个。"),
    ("T001", "依据《某某条例》（国务院令第588号）执行，刑期两年。"),
    ("L004", "其中：商品和服务支出8万元，资本性支出2万元。"),
]


def test_the_old_budget_class_name_after_2019():
    text = "（十一）医疗卫生与计划生育(类)行政事业单位医疗(款)支出12.5万元。"
    assert [f.suggestion for f in findings_of(text, "T001", year=2021)] == ["卫生健康支出"]
    assert not findings_of(text, "T001", year=2018)


@pytest.mark.parametrize(("code", "text", "span", "suggestion"), FLAG)
def test_round_thirteen_slip_is_flagged(code, text, span, suggestion):
    assert_flagged(code, text, span, suggestion)


@pytest.mark.parametrize(("code", "text"), KEEP)
def test_the_right_words_pass(code, text):
    assert not findings_of(text, code)
