"""The B (table) rules on Word tables built at test time and on text tables.

The rules' own flag/keep examples run in test_rule_examples.py; these tests
add what examples cannot show: .docx tables through the real reader, a 自评表
whose header repeats mid-table, positions, and tolerance at printed precision.
"""

from __future__ import annotations

import io

import docx

from gen.check.read import read_path, source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.check.table_text import find_tables


def _docx(path, rows):
    d = docx.Document()
    d.add_paragraph("项目支出绩效自评表")
    tab = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            tab.cell(i, j).text = value
    d.add_paragraph("填表说明：略。")
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(buf.getvalue())
    return read_path(path)


SELF_EVAL = [
    ["项目资金（万元）", "", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
    ["", "年度资金总额", "80.00", "100.00", "95.00", "10", "95%", "{funds_score}"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "数量指标", "培训人数", "≥100人", "120人", "40", "40", ""],
    ["效益指标", "社会效益指标", "疫苗接种率", "≥95%", "{rate_value}", "40", "{benefit_score}", ""],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "{total}", ""],
]


def _self_eval(tmp_path, **values):
    defaults = {"funds_score": "9.5", "rate_value": "98%", "benefit_score": "38", "total": "97.5"}
    defaults.update(values)
    rows = [[cell.format(**defaults) for cell in row] for row in SELF_EVAL]
    return _docx(tmp_path / "self_eval.docx", rows)


def _codes(source, prefix=("B",)):
    return [(f.code, source.decoded[f.start:f.end]) for f in check_source(source, select_rules(prefix))]


def test_self_eval_docx_is_split_at_its_second_header(tmp_path):
    src = _self_eval(tmp_path)
    found = find_tables(src.analysis, src.table_grid)
    assert len(found) == 2
    funds, indicators = found
    assert [c.role for c in funds.columns][2:] == ["budget", "budget", "actual", "weight", "rate", "score"]
    assert [c.role for c in indicators.columns][3:7] == ["target", "value", "weight", "score"]
    assert indicators.rows[-1].role == "total"


def test_correct_self_eval_docx_passes(tmp_path):
    assert _codes(_self_eval(tmp_path)) == []


def test_self_eval_docx_errors_found_at_their_cells(tmp_path):
    """A recognised 自评表: its scores and totals are the F rules' (one finding per error), B005 stays."""
    src = _self_eval(tmp_path, funds_score="10", benefit_score="42", total="99", rate_value="2300人")
    found = _codes(src, ("B", "F"))
    assert ("F001", "10") in found  # 95% × 10 points is 9.5
    assert ("F002", "42") in found  # above its 40 points
    assert ("F004", "99") in found  # 10 + 40 + 42 + 10 = 102
    assert ("B005", "2300人") in found
    assert len(found) == 4, found


def test_rate_column_tolerance_follows_printed_precision():
    head = "| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n"
    # rounded half-up or truncated to the printed places, as the number layer accepts
    ok = [head + "| 甲 | 3 | 2 | " + v + " |" for v in ("66.67%", "66.7%", "67%", "66.66%", "66%")]
    bad = [head + "| 甲 | 3 | 2 | " + v + " |" for v in ("66.68%", "66.8%", "65%")]
    rules = select_rules(["B003"])
    for text in ok:
        assert check_source(source_from_text(text, kind="md"), rules) == [], text
    for text in bad:
        assert [f.code for f in check_source(source_from_text(text, kind="md"), rules)] == ["B003"], text


def test_total_tolerance_and_exact_counts():
    money = "项目\t金额（万元）\n甲\t0.33\n乙\t0.33\n丙\t0.33\n合计\t1.00\n"
    assert check_source(source_from_text(money, kind="txt"), select_rules(["B001"])) == []
    counts = "项目\t人数\n甲\t3\n乙\t4\n合计\t8\n"
    (f,) = check_source(source_from_text(counts, kind="txt"), select_rules(["B001"]))
    assert f.code == "B001" and f.suggestion == "7"


def test_typed_amounts_must_add_up_exactly():
    """Whole amounts among two-decimal ones show the column was typed, not rounded by a
    program: a total one cent off its parts is then wrong, though within rounding slack."""
    rows = ["房屋维修\t30.15", "宣传资料\t6", "会议费\t4.27", "物业管理\t11", "网络租赁\t9.38"]
    typed = "项目\t金额（万元）\n" + "\n".join(rows) + "\n合计\t60.79\n"
    (f,) = check_source(source_from_text(typed, kind="txt"), select_rules(["B001"]))
    assert f.code == "B001" and f.suggestion == "60.80"
    exact = typed.replace("60.79", "60.80")
    assert check_source(source_from_text(exact, kind="txt"), select_rules(["B001"])) == []
    uniform = typed.replace("\t6\n", "\t6.00\n").replace("\t11\n", "\t11.00\n")
    assert check_source(source_from_text(uniform, kind="txt"), select_rules(["B001"])) == []


def test_aligned_pdf_like_table_is_checked():
    text = ("二、部门整体支出情况\n"
            "项目            预算数（万元）      执行数（万元）\n"
            "人员经费        550.11              550.11\n"
            "日常公用经费    42.67               42.67\n"
            "合计            592.78              595.78\n"
            "以上数据来源于部门决算。\n")
    src = source_from_text(text, kind="txt")
    assert _codes(src) == [("B001", "595.78")]


TWO_PANELS = (
    "| 收入 | 行次 | 金额 | 支出 | 行次 | 金额 |\n|---|---|---|---|---|---|\n"
    "| 财政拨款收入 | 1 | 800.00 | 一般公共服务支出 | 6 | 300.00 |\n"
    "| 事业收入 | 2 | 150.00 | 卫生健康支出 | 7 | 600.00 |\n"
    "| 其他收入 | 3 | 50.00 | 住房保障支出 | 8 | 60.00 |\n"
    "| 本年收入合计 | 4 | {income} | 其他支出 | 9 | 40.00 |\n"
    "| | | | 本年支出合计 | 10 | {spent} |\n"
)


def test_two_panel_final_accounts_table():
    """收入 and 支出 side by side: each 合计 totals its own panel; 行次 numbers are never added."""
    ok = TWO_PANELS.format(income="1,000.00", spent="1,000.00")
    assert _codes(source_from_text(ok, kind="md")) == []
    bad = TWO_PANELS.format(income="1,000.00", spent="1,010.00")
    assert _codes(source_from_text(bad, kind="md")) == [("B001", "1,010.00")]
    bad = TWO_PANELS.format(income="990.00", spent="1,000.00")
    assert _codes(source_from_text(bad, kind="md")) == [("B001", "990.00")]


def test_long_tables_cost_linear_time():
    """Four times the rows must cost well under sixteen times (quadratic) the time.

    CPU time of this process, not wall time: other work on a shared machine
    then cannot make the larger input look slower than it is."""
    import time

    def text(n: int) -> str:
        return ("| 项目 | 金额 |\n|---|---|\n| 总 | 9 |\n" + "| 其中：甲 | 1 |\n" * n + "| 小计 | 1 |\n" * n
                + "| 甲 | 1 |\n" * n + "| 合计 | 5 |\n")

    def best(n: int) -> float:
        times = []
        for _ in range(2):
            src = source_from_text(text(n), kind="md")
            start = time.process_time()
            check_source(src, select_rules(["B"]))
            times.append(time.process_time() - start)
        return min(times)

    small, big = best(500), best(2000)
    assert big / small < 8, (small, big)


def _merged_self_eval(path, funds_score="9.6", total="97.6"):
    """A 项目支出绩效自评表 laid out as Word forms are: merged label cells (vertical and across)."""
    rows = [
        ["项目名称", "基层卫生人员培训项目", "", "", "", "", "", ""],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
        ["", "总额", "200.00", "250.00", "240.00", "96.00%", "10", funds_score],
        ["", "其中：财政资金", "200.00", "250.00", "240.00", "96.00%", "/", "/"],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
        ["", "产出指标", "数量指标", "培训人次", "≥500人次", "620人次", "30", "30"],
        ["", "效益指标", "社会效益指标", "群众满意度", "≥90%", "96%", "30", "30"],
        ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "30", "28"],
        ["合计", "", "", "", "", "", "100", total],
    ]
    d = docx.Document()
    tab = d.add_table(rows=len(rows), cols=8)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value:
                tab.cell(i, j).text = value
    tab.cell(0, 1).merge(tab.cell(0, 7))
    tab.cell(1, 0).merge(tab.cell(3, 0))
    tab.cell(4, 0).merge(tab.cell(7, 0))
    tab.cell(8, 0).merge(tab.cell(8, 5))
    d.add_paragraph("项目负责人：某某")
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(buf.getvalue())
    return read_path(path)


def test_word_form_with_merged_cells(tmp_path):
    src = _merged_self_eval(tmp_path / "ok.docx")
    assert _codes(src) == []
    funds, indicators = find_tables(src.analysis, src.table_grid)[-2:]
    assert [r.role for r in funds.body] == ["data", "breakdown"]
    assert indicators.rows[-1].role == "total" and indicators.rows[-1].cell(6).number.value == 100
    src = _merged_self_eval(tmp_path / "bad.docx", funds_score="10", total="99")
    assert _codes(src) == []  # a recognised 自评表: the F rules judge it, once
    found = _codes(src, ("B", "F"))
    assert ("F001", "10") in found and ("F004", "99") in found  # 96% × 10 is 9.6; 10 + 88 is 98
    assert len(found) == len(set(found)) and not [f for f in found if f[0].startswith("B")], found


def test_subtotals_that_head_their_groups_and_rows_a_page_broke():
    """An allocation table heads each group with its 小计 (市级小计 over its hospitals, then 区小计 over its
    counties): the second 小计 adds the rows below it, not the first group's. Rows a page broke and glued back
    short of cells cannot be lined up with the total's columns: the total is not judged."""
    from gen.check.context import CheckContext
    from gen.check.rules import b001_total_mismatch as b001
    head = ("地区(单位) | 分配金额 | 已提前下达 | 本次下达 |\n合 计 | 1556 | 370 | 1186 |\n市级小计 | 910 | 144 | 766 |\n"
            "宁波市中医院 | 707 | 141 | 566 |\n宁波市第二医院 | 203 | 3 | 200 |\n区(县、市)小计 | 646 | 226 | 420 |\n")
    good = head + "海曙区 | 300 | 100 | 200 |\n镇海区 | 346 | 126 | 220 |\n"
    bad = head + "海曙区 | 300 | 100 | 200 |\n镇海区 | 356 | 126 | 230 |\n"
    broken = head + "海曙区 | 2 |\n| 2 |\n镇海区 | 55 | 5 | 50 |\n"
    assert list(b001.check(CheckContext(good))) == []
    assert [f.start for f in b001.check(CheckContext(bad))] == [bad.index("646"), bad.index("420")]
    assert list(b001.check(CheckContext(broken))) == []


def test_parallel_groups_headed_by_their_totals_read_their_own_rows():
    """Two groups naming the same units, each headed by its total: the second total's parts are the rows below it,
    even where the first group does not add up to its total (its own slip, reported on its own row)."""
    text = ("| 地区 | 户数 |\n|---|---|\n| 城镇合计 | 31 |\n| 东区 | 10 |\n| 西区 | 20 |\n"
            "| 农村合计 | 50 |\n| 东区 | 20 |\n| 西区 | 25 |\n")
    found = check_source(source_from_text(text, kind="txt"), select_rules(["B001"]))
    assert [f.message.split("（")[1] for f in found] == ["10＋20＝30）", "20＋25＝45）"]


def test_tables_of_averages_are_not_added_up():
    """A table titled as averages per unit (院均, 人均): its 合计 row is the average over all, not a sum."""
    text = ("2022年各类医院院均收入情况 | | |\n单位：万元 | | |\n类别 | 医疗收入 | 财政补助收入 |\n"
            "合计 | 500.00 | 60.00 |\n省属 | 900.00 | 100.00 |\n县属 | 300.00 | 40.00 |\n")
    assert check_source(source_from_text(text, kind="txt"), select_rules(["B001"])) == []
