"""Classes read from the round-17 sweep of performance-evaluation reports, self-evaluation tables
and budget explanations (issue 12).

A budget's list of tables, one a line, glued by the reader into one line (表…表4. → W002 表表); a
flattened indicator table whose header cells meet at their shared word (二级指标指标内容, W002) and
whose target and actual cells run into the next row's name (100%100%库存数量真实率, P012); batches
numbered without 第 in a series (一批…二批…三批, W013's 二 for 两); a part listing the report's tables
numbered 1、 2、 (S012). Every case is written for the project (no report text copied): texts each
rule must still flag, and the near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import assert_flagged, findings_of

FLAG = [
    ("W002", "本年度加强预算管理，进一步完善三级指标指标体系。", "指标", None),
    ("W002", "我们的的工作取得了成效。", "的的", None),
    ("P012", "预算执行率98.5%资金到位率100%。", "%", "%，"),
    ("W013", "上级资金分二批下达，一批用于道路，另一批用于路灯。", "二", "两"),
    ("S012", "第一部分 部门概况\n（一）主要职能\n负责全市工作。\n（二）机构设置\n内设科室八个。\n", "（一）", None),
]

KEEP = [
    # a list of tables, one a line; a long title with quotes must not run into the next label
    ("W002", "第二部分 2022年部门预算表\n表2-1. 财政拨款支出预算表（政府经济分类科目）\n"
             "表3-3. 一般公共预算“三公”经费支出预算表\n表4. 政府性基金支出预算表\n"),
    # the header row of an indicator table copied without its borders
    ("W002", "年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标"),
    ("W002", "绩效指标一级指标二级指标三级指标指标性质指标值度量单位权重"),
    # target and actual side by side, then the next row's indicator
    ("P012", "质量指标验收合格率100%100%设备完好率95%98%"),
    # batches numbered in a series, 第 left out
    ("W013", "工程分三批实施，一批项目铺设管网2公里，二批项目新建泵站1座，三批项目改造阀门40个。"),
    # a part that lists the tables, numbered 1、 2、
    ("S012", "第二部分 2024年部门预算公开表\n1、部门收支总表\n2、部门收入总表\n3、部门支出总表\n"
             "第三部分 预算情况说明\n一、收支预算总体情况\n本年收入预算100万元。\n"),
]


@pytest.mark.parametrize(("code", "text", "span", "suggestion"), FLAG)
def test_round_seventeen_slip_is_still_flagged(code, text, span, suggestion):
    assert_flagged(code, text, span, suggestion)


@pytest.mark.parametrize(("code", "text"), KEEP)
def test_the_table_and_series_forms_pass(code, text):
    assert not findings_of(text, code)
