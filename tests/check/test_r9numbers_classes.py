"""Classes of number, table and form defect met in the dev sets of round 9 (issue 12), written for the project.

The texts are our own; the layouts are those web pages and PDF text extraction leave: a pipe row
broken over two lines, a header whose merged left cell the rows lost, a 其中 list one digit short,
a stated weighting of the first-level indicators, a long figure with two digits swapped.
"""

from __future__ import annotations

from gen.check.table_text import text_tables
from tests.check.findings import findings_of

FUNDS = ("部门总体资金（万元） | 资金来源 | 年初预算数（A） | 全年执行数（B） | 分值（10分） | 得分 | 得分计算方法 | ||\n"
         "年度资金总额： | 600.00 | 630.00 | 10 | 10 | 执行率×该指标分值，最高不超过分值 | ||\n"
         "基本支出 | 400.00 | 360.00 |\n10 | 10 | ||||\n"
         "项目支出 | 200.00 | 270.00 | 10 | 10 | ||||\n")


def test_a_pipe_row_broken_over_two_lines_is_one_row_under_its_header():
    (table,) = [t for t in text_tables(FUNDS) if t.body]
    row = next(r for r in table.body if r.label == "基本支出")
    assert [c.text for c in row.cells][:5] == ["基本支出", "400.00", "360.00", "10", "10"]
    # the header's merged left cell is read off: 年初预算数 stands over the first figures
    assert [c.role for c in table.columns][:5] == ["amount", "budget", "actual", "weight", "score"]


def test_the_rejoined_row_is_scored_by_the_form_method():
    found = findings_of(FUNDS, "B004")
    assert len(found) == 1 and found[0].suggestion == "9"
    assert findings_of(FUNDS.replace("10 | 10 | ||||\n项目", "10 | 9 | ||||\n项目"), "B004") == []


def test_a_full_row_of_figures_is_not_joined_to_the_row_above():
    text = "| 项目 | 预算数 | 执行数 |\n| 甲 | 100 | 90 |\n| 1 | 2 | 3 |\n"
    (table,) = text_tables(text)
    assert len(table.body) == 2


def test_a_header_whose_figures_already_stand_under_figure_columns_is_not_shifted():
    text = ("| 资金来源 | 说明 | 预算数 | 执行数 |\n| 财政拨款 | 本级 | 100 | 90 |\n| 其他资金 | 自筹 | 50 | 40 |\n")
    (table,) = text_tables(text)
    assert [c.role for c in table.columns][2:] == ["budget", "actual"]


def test_colon_list_one_digit_short_is_a_slip_but_a_long_way_short_is_a_partial_list():
    slip = "下达补助资金3641万元。其中：校舍维修1820万元，设备购置1200万元，教师培训611万元。"
    assert [f.severity for f in findings_of(slip, "N014")] == ["warning"]
    partial = "下达补助资金3641万元。其中：校舍维修1820万元，设备购置1200万元，教师培训421万元。"
    assert findings_of(partial, "N014") == []


def test_stated_weighting_short_of_100_and_labels_against_a_uniform_weighting():
    assert len(findings_of("本次评价指标权重设置为：产出指标40%、效益指标40%、满意度指标10%。", "N031")) == 1
    stated = "一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。"
    assert findings_of(stated + "产出指标（50分） 效益指标（30分）", "N031") == []
    assert len(findings_of(stated + "产出指标（60分） 效益指标（30分）", "N031")) == 1


def test_transposed_digits_in_one_figure_printed_twice():
    text = "计划安排 | 2417.358206 |\n实际支出 | 2417.385206 |\n其中部门预算支出 | 2417.358206 |\n"
    found = findings_of(text, "N032")
    assert len(found) == 1 and text[found[0].start:found[0].end] == "2417.385206"


def test_nature_split_total_none_of_the_row_amounts():
    text = ("年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 300.00 450.00 450.00 10 100% 10 "
            "按收入性质分：450.00 按支出性质分：418.30 其中：一般公共预算：400.00 其中：基本支出：300.00 "
            "项目支出：118.30 其他资金：50.00 年度总体目标")
    assert len(findings_of(text, "B014")) == 1
    assert findings_of(text.replace("418.30", "450.00").replace("118.30", "150.00"), "B014") == []


def test_docked_row_with_an_empty_reason_cell_in_a_pipe_form():
    head = "| 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
    row = "| 社会效益指标 | 项目知晓率 | ＝ | 100 | % | 97% | 10 | 8 |{}\n| 满意度指标 | 群众满意度 | ≥ | 90 | % | 93% | 10 | 10 | |\n"
    assert len(findings_of(head + row.format(" |"), "B015")) == 1
    assert findings_of(head + row.format(" 宣传覆盖不足，下年加大宣传 |"), "B015") == []
    # no reason column in the header: nothing to fill
    assert findings_of(head.replace(" 偏差原因分析及改进措施 |", "") + row.format(""), "B015") == []


def test_balanced_budget_changes_must_agree_and_the_reasons_tell_which_to_report():
    text = ("（一）收入预算：2024年年初预算数836.20万元，其中财政拨款收入800.00万元；收入较去年减少12.40万元。\n"
            "（二）支出预算：2024年年初预算数836.20万元，其中基本支出600.00万元。支出预算较上年减少14.20万元。\n")
    found = findings_of(text, "N033")  # the reasons do not tell: the later statement, naming the earlier
    assert len(found) == 1 and text[found[0].start:found[0].end] == "14.20万元" and "12.40" in found[0].message
    assert findings_of(text.replace("14.20", "12.40"), "N033") == []
    # the spending change's own reasons make 14.20: the income figure is the slip
    told = text.replace("减少14.20万元。", "减少14.20万元，主要是基本支出减少10.00万元，项目支出减少4.20万元。")
    (finding,) = findings_of(told, "N033")
    assert told[finding.start:finding.end] == "12.40万元"


def test_full_payment_claim_against_a_part_paid_with_its_rate():
    claim = "（一）资金到位。上级下达补助资金1,250万元，已全部支付给项目单位。\n"
    facts = "（二）资金执行。补助资金共1,250万元，截至年底已支付1,180.40万元，支付率94.43%。\n"
    (finding,) = findings_of(claim + facts, "N034")
    assert (claim + facts)[finding.start:finding.end].startswith("1,250万元")
    # a larger figure that merely ends in the same digits is another amount
    assert findings_of(claim + facts.replace("共1,250", "共21,250"), "N034") == []
