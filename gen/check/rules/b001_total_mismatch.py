"""B001: a 合计/小计 row, or a 其中 row, that the table's own rows contradict."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core.numbers import round_half_up, sum_tolerance
from ..context import CheckContext
from ..finding import Finding
from ..flat_funds import judged_total
from ..forms_find import inside_form
from ..registry import Rule
from ..table_sums import all_column_total_checks, all_total_checks, breakdown_parents, summable

RULE = Rule(
    code="B001",
    name="table-total-mismatch",
    severity="error",
    summary="表格合计（小计）与分项之和不符，或“其中”分项大于所属总数",
    doc=(
        "表格中“合计/总计/小计/总分”行的每个金额（数量、分值）列，以及表头为“合计”的列（同一行右侧或左侧各列之和），与它所汇总各行之和比较：上方各行"
        "（决算表把合计放在首行时为下方各行；分配表每组先列本组合计时，也按下方各行读），其中“其中”行及其后的分项、小计所代表的分组、"
        "“一、二、”编号的上级行等各种合理读法都不相等时才报错。“其中”行大于它所属的上一行时也报错（两格单位不同时不比，如“180只”对上一行的分值“10”）；上一行填的是0的，错在上一行（小计未填或漏算），报在上一行的格上，不报分项。"
        "识别为自评表的表格由 F 规则按评分规则核对，本规则不再重复报告。"
        "容差按打印精度：每个带小数的数半个末位单位，整数视为精确；同一列中有的金额带两位小数、有的写成整数（73、24），说明是手工填写而非程序四舍五入，此时必须精确相等。执行率、占比、指标值等列不求和。"
        "合计行的合并名称格被压成一格、金额落到各行写名称的列下时，对不上列，不作判断；"
        "左右两栏的总计行（收入总计 | 金额 | 支出总计 | 金额）之上，金额列里有的行写的是项目名称（空格丢失、各格左移）时，同样不作判断；"
        "表格没有表头（摘录从表中开始）、各行格数又不一样（合并的指标格有的行保留、有的行丢失）时，同一列在各行含义不同，也不作判断；"
        "合并的名称格只在首行保留（“保山市 | 市本级 | 55”之后是“隆阳区 | 212”），第二列有的行是名称、有的行是数字时同样不判断。"
        "“合计”列只加表头单位相同的列：“人数合计（人）”不加“资金（万元）”。"
        "分配表先列本组合计、再列各县时，上一组合计已与其下各行相符，这些行就不再算作下一组合计的分项；"
        "表头在表中原样重复（跨页续表）时，续表前最后一组的分项可能延续到续表，该组加不上也不作判断。"
        "各组名称相同（“综合医院合计”下列部属、省属、县属，“中医医院合计”下又列部属、省属、县属）时，每组合计只读其下各行。"
        "表题写明是平均数（院均、人均、户均、平均）的表格，或表头为“人均经费”之类的列，合计行是总体平均数而非各行之和，不作判断。"
        "例：人员经费550.11、日常公用经费42.67，合计写成593.78（应为592.78）。"
    ),
    flag=(
        # a two-panel total whose own panel's rows, all in their columns, do not make it
        "收入 | 金额 | 支出 | 金额 |\n财政拨款 | 20.00 | 教育支出 | 20.00 |\n其他收入 | 5.00 | 卫生健康支出 | 6.00 |\n"
        "收入总计 | 26.00 | 支出总计 | 26.00 |\n",
        "| 项目 | 预算数（万元） | 执行数（万元） |\n|---|---|---|\n| 人员经费 | 550.11 | 550.11 |\n"
        "| 日常公用经费 | 42.67 | 40.00 |\n| 合计 | 593.78 | 590.11 |",
        "| 项目 | 金额（万元） |\n|---|---|\n| 基本支出 | 592.78 |\n| 其中：人员经费 | 650.11 |\n"
        "| 项目支出 | 100.00 |\n| 合计 | 692.78 |",
        # a subtotal left at 0 over its filled 其中 row: the subtotal's cell is the one at fault
        "| 项目 | 预算数 |\n|---|---|\n| 1.公务接待费 | 1.70 |\n| 2.公务用车费 | 0 |\n| 其中：(1)运行维护费 | 32.65 |\n"
        "| (2)购置费 | 0 |\n| 合计 | 34.35 |",
        "指标\t分值\t得分\n预算执行率\t10\t9.5\n产出指标\t50\t48\n效益指标\t30\t28\n满意度指标\t10\t10\n总分\t100\t96",
        "| 科目 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 卫生健康支出 | 700.00 | 592.78 | 100.00 |",
        "| 支出内容 | 实际支出（万元） |\n|---|---|\n| 培训费 | 12.35 |\n| 印刷费 | 8 |\n| 差旅费 | 20.41 |\n"
        "| 设备购置 | 15 |\n| 合计 | 55.77 |",
        # the total row keeps its columns: it is judged
        "| 序号 | 事项 | 任务 | 预算 | 调整 | 安排 |\n|---|---|---|---|---|---|\n| 1 | 甲类事项 | 甲任务 | 60.00 | 5.00 | 65.00 |\n"
        "| 2 | 乙类事项 | 乙任务 | 40.00 | 3.00 | 43.00 |\n| 合计 | | | 100.00 | 8.00 | 110.00 |",
        # no header row, but every row with figures has the same cells: the columns line up, judged
        "| 办公费 | 10.00 | 9.00 |\n| 差旅费 | 5.00 | 4.00 |\n| 印刷费 | 3.00 | 3.00 |\n| 合计 | 19.00 | 16.00 |",
        # groups headed by their totals: the second one's own rows do not add up to it
        "| 地区 | 已拨 | 新拨 |\n|---|---|---|\n| 东市合计 | 300 | 30 |\n| 一县 | 100 | 10 |\n"
        "| 二县 | 200 | 20 |\n| 西市合计 | 160 | 15 |\n| 三县 | 60 | 6 |\n| 四县 | 90 | 9 |",
        # a parent row left at 0 over its 其中 row: reported on the parent's cell (tests/check/test_fa31_classes.py)
        "项目 | 预算数 | 财政拨款 |\n合计 | 25.50 | 25.50 |\n1.公务接待费 | 3.20 | 3.20 |\n2.公务用车费 | 0 | 0 |\n"
        "其中:(1)公务用车运行维护费 | 22.30 | 22.30 |\n(2)公务用车购置 | 0 | 0 |\n",
    ),
    keep=(
        # a two-panel table whose export dropped the empty cells: right-panel items slid under the left's figure
        "收入 | 金额 | 支出 | 金额 |\n财政拨款 | 30.00 | 教育支出 | 20.00 |\n其他收入 | 住房保障支出 | | |\n"
        "卫生健康支出 | 6.00 | | |\n农林水支出 | 4.00 | | |\n二、上年结转 | 二、结转下年 | | |\n"
        "收入总计 | 30.00 | 支出总计 | 30.00 |\n",
        # a 合计 column of head counts beside a column of money: the money is no part of the count
        "| 县(市、区) | 实发人数合计(人) | 机构养育(人) | 散居(人) | 实发资金(万元) |\n|---|---|---|---|---|\n"
        "| 隆阳区 | 212 | 57 | 155 | 28.71 |\n| 施甸县 | 101 | 25 | 76 | 13.64 |\n| 合计 | 313 | 82 | 231 | 42.35 |",
        # the merged 州(市) cell kept in the first row only: the rows below start one column to the left
        "| 州(市) | 县(市、区) | 实发人数合计(人) | 机构养育 | 散居 | 实发资金(万元) |\n|---|---|---|---|---|---|\n"
        "| 保山市 | 市本级 | 55 | 13 | 42 | 6.71 |\n| 隆阳区 | 212 | 57 | 155 | 28.71 |\n| 施甸县 | 101 | 25 | 76 | 13.64 |\n"
        "| 合计 | 368 | 95 | 273 | 49.06 |",
        # the total row's merged label cell was flattened to one: its figures sit under the name columns
        "| 序号 | 事项 | 任务 | 预算 | 调整 | 安排 |\n|---|---|---|---|---|---|\n| 1 | 甲类事项 | 甲任务 | 60.00 | 5.00 | 65.00 |\n"
        "| 2 | 乙类事项 | 乙任务 | 40.00 | 3.00 | 43.00 |\n| 合计 | 100.00 | 8.00 | 108.00 |",
        "| 支出内容 | 实际支出（万元） |\n|---|---|\n| 培训费 | 12.35 |\n| 印刷费 | 8 |\n| 差旅费 | 20.41 |\n"
        "| 设备购置 | 15 |\n| 合计 | 55.76 |",
        "| 支出内容 | 实际支出（万元） |\n|---|---|\n| 培训费 | 12.35 |\n| 印刷费 | 8.00 |\n| 差旅费 | 20.41 |\n"
        "| 设备购置 | 15.00 |\n| 合计 | 55.77 |",
        "| 项目 | 预算数（万元） | 执行数（万元） |\n|---|---|---|\n| 人员经费 | 550.11 | 550.11 |\n"
        "| 日常公用经费 | 42.67 | 40.00 |\n| 合计 | 592.78 | 590.11 |",
        "| 项目 | 金额（万元） |\n|---|---|\n| 基本支出 | 592.78 |\n| 其中：人员经费 | 550.11 |\n"
        "| 日常公用经费 | 42.67 |\n| 项目支出 | 100.00 |\n| 合计 | 692.78 |",
        "| 项目 | 金额（万元） |\n|---|---|\n| 收入合计 | 1000.00 |\n| 一、财政拨款收入 | 800.00 |\n"
        "| 其中：一般公共预算 | 600.00 |\n| 政府性基金 | 200.00 |\n| 二、事业收入 | 200.00 |",
        "| 项目 | 预算数 | 执行率 |\n|---|---|---|\n| 甲 | 10 | 90% |\n| 乙 | 20 | 95% |\n| 合计 | 30 | 93.33% |",
        "| 科目 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 卫生健康支出 | 692.78 | 592.78 | 100.00 |",
        "| 科目编码 | 科目 | 基本支出 | 项目支出 | 合计 |\n|---|---|---|---|---|\n| 2100101 | 行政运行 | 592.78 | 100 | 692.78 |",
        # 其中 rows one cell short (no 分值 of their own): their counts fall under the parent's 分值 column
        "| 三级指标 | 分值 | 指标值 | 实际值 | 得分 |\n|---|---|---|---|---|\n| 补助养殖数量 | 10 | 150只 | 150只 | 10 |\n"
        "| 其中羊养殖数量 | 120只 | 120只 | | |\n| 其中猪养殖数量 | 30头 | 30头 | | |",
        # each group headed by its own total (an allocation table: the city's total, then its counties)
        "| 地区 | 已下达 | 本次下达 |\n|---|---|---|\n| 甲市合计 | 300 | 30 |\n| 一县 | 100 | 10 |\n"
        "| 二县 | 200 | 20 |\n| 乙市合计 | 150 | 15 |\n| 三县 | 60 | 6 |\n| 四县 | 90 | 9 |",
        # an excerpt starting inside a form, no header: rows of different lengths (merged 指标 cells kept in
        # some, lost in others) put a target value and a score in one column; the columns cannot be told
        "读者到馆率 | = | 100 | % | 100 | 5 | 5 |\n| 良好 | 5 | 5 |\n志愿者满意度 | ≥ | 90 | % | 92 | 5 | 5 |\n"
        "合计 | 100 | 100 |",
        # a table of averages per unit, as its title says: the 合计 row is the average over all
        "2022年各类医院院均收入情况 | | |\n单位：万元 | | |\n类别 | 医疗收入 | 财政补助收入 |\n"
        "合计 | 500.00 | 60.00 |\n省属 | 900.00 | 100.00 |\n县属 | 300.00 | 40.00 |\n",
        # a column of averages beside a column of counts: the counts add up, the average does not
        "| 单位 | 人数 | 人均经费（元） |\n|---|---|---|\n| 甲所 | 10 | 500 |\n| 乙所 | 20 | 800 |\n| 合计 | 30 | 700 |",
        # the header printed again at a page break, the rest of 西市's counties not in this text
        "| 地区 | 已拨 | 新拨 |\n|---|---|---|\n| 东市合计 | 300 | 30 |\n| 一县 | 100 | 10 |\n"
        "| 二县 | 200 | 20 |\n| 西市合计 | 150 | 15 |\n| 三县 | 60 | 6 |\n| 地区 | 已拨 | 新拨 |",
        # the right panel's 一、 二、 in cells of their own: its cells slide left where the left panel has no figure
        "项目 | 预算数 | 项目 | 预算数 | |\n一、财政拨款收入 | 500000 | 一、 | 一般公共服务支出 | 400,000.00 |\n"
        "1. 一般公共预算资金 | 500000 | 二、 | 社会保障和就业支出 | 60,000.00 |\n2. 政府性基金 | 三、 | 卫生健康支出 | 40,000.00 | |\n"
        "二、事业收入 | ||||\n收入总计 | 500000 | 支出总计 | 500,000.00 |",
    ),
)


def _shown(value: Decimal, decimals: int) -> str:
    return format(round_half_up(value, decimals), "f")


def _header(table, col: int) -> str:
    header = table.columns[col].header if col < len(table.columns) else ""
    return f"“{header}”列" if header else f"第{col + 1}列"


def _totals(ctx: CheckContext) -> Iterable[Finding]:
    for chk in [*all_total_checks(ctx), *all_column_total_checks(ctx)]:
        if chk.total.value == 0 or chk.agrees():
            continue  # a total of zero over non-zero parts is B002's
        if inside_form(ctx, chk.cell.start):
            continue  # a 自评表's totals are the F rules' (F004, F008, F009), judged by its rule set
        shown = "＋".join(c.text for c in chk.readings[0])
        suggestion = chk.suggestion()
        yield Finding(
            chk.cell.start, chk.cell.end, RULE.code, RULE.severity,
            f"表格“{chk.row.label}”行{_header(chk.table, chk.cell.col)}为{chk.cell.text}，与所列分项之和不符"
            f"（{shown}＝{_shown(chk.sums()[0], chk.total.decimals)}）",
            None if suggestion is None else _shown(suggestion, chk.total.decimals),
        )


def _breakdowns(ctx: CheckContext) -> Iterable[Finding]:
    told: set[int] = set()  # the parent cells of 0 already reported
    for table in ctx.tables:
        for row, parent in breakdown_parents(table):
            for cell in row.cells:
                up = parent.cell(cell.col)
                if up is None or not summable(table, cell.col, cell.number) or not summable(table, up.col, up.number):
                    continue
                if not _same_measure(cell.number.unit, up.number.unit):  # type: ignore[union-attr]
                    continue  # 180只 under a bare 10: the parent's cell is another column (its 分值), shifted
                if inside_form(ctx, cell.start) or judged_total(ctx, parent.start, parent.end):
                    continue  # a 自评表's 其中 rows are F008's, or B009's when its funds block was read
                slack = sum_tolerance([cell.number.decimals, up.number.decimals])  # type: ignore[union-attr]
                if cell.number.value > slack and up.number.value == 0:  # type: ignore[union-attr]
                    if up.start not in told:  # the parent's 0 is the slip (left unfilled), not its part's amount
                        told.add(up.start)
                        yield Finding(up.start, up.end, RULE.code, RULE.severity,
                                      f"表格“{parent.label}”{_header(table, up.col)}为{up.text}，而其下“其中”分项"
                                      f"“{row.label}”为{cell.text}：小计未填或漏算")
                elif cell.number.value > up.number.value + slack:  # type: ignore[union-attr]
                    yield Finding(
                        cell.start, cell.end, RULE.code, RULE.severity,
                        f"表格“{row.label}”{_header(table, cell.col)}为{cell.text}，大于其所属的“{parent.label}”"
                        f"（{up.text}）",
                    )


_MONEY = frozenset(("元", "千元", "万元", "亿元"))


def _same_measure(unit: str, parent_unit: str) -> bool:
    """Whether a 其中 cell and its parent's cell count the same thing: the same unit, or one bare beside an
    amount (a form prints 万元 on one row only). A count (180只) beside a bare figure of the parent row is
    not its part: the child row, one cell short (no 分值 of its own), set its count under the parent's 分值."""
    if unit == parent_unit:
        return True
    return (unit or parent_unit) in _MONEY and not (unit and parent_unit)


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _totals(ctx)
    yield from _breakdowns(ctx)
