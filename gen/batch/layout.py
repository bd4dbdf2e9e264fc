"""The input workbook's layout as data: sheets, Chinese headers, field paths, and cell addresses.

Reading, writing (``jixiao init``, the examples) and the error messages all
follow this one description, so they cannot drift apart.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..core.forms.grid import column_letter  # noqa: F401 - 0 -> A, 26 -> AA; used here and re-exported
from ..core.model import KIND_NAMES
from ..core.model_bureau import SELF_REFS
from ..core.indicators import LEVEL1
from ..core.number_style import ZERO_NAMES, ZEROS
from ..core.outlines import all_outline_ids
from ..core.scales import rating_scale
from ..core.sectors import sector_names

KEY_HEADER = "单位编号"
_LEVEL2 = tuple(dict.fromkeys(l2 for l2s in LEVEL1.values() for l2 in l2s))
_PROFILES = all_outline_ids()  # the outline registry (templates/<kind>/<outline>.yaml)
_YES = ("是", "否")
_SECTORS = sector_names()


@dataclass(frozen=True)
class Column:
    """One column: its header, where its value goes, and how a cell is read.

    ``kind``: text, amount, number, int, date, yes_no, choice, indicator_value
    (text or number, kept as text), route (picks the list a row goes to),
    id (a row's own number, for child sheets to refer to), parent (refers to a
    row of the parent sheet by that number).
    """

    header: str
    field: str = ""
    kind: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    display: dict = dataclasses.field(default_factory=dict, hash=False)  # stored value -> the choice shown (ids read back too)
    note: str = ""
    width: int = 16


@dataclass(frozen=True)
class Sheet:
    """One sheet. ``many``: several rows per bureau, each one item of a list."""

    name: str
    columns: tuple[Column, ...]
    note: str
    target: str = ""  # many=True: the list the rows go to (unless a route column picks one)
    many: bool = False
    routes: dict = field(default_factory=dict)  # route choice -> list path
    parent: str = ""  # sheet whose ``id`` column a ``parent`` column refers to
    child_list: str = ""  # parent item field the child rows go to


def _c(header: str, path: str = "", kind: str = "text", **kw: Any) -> Column:
    return Column(header, path, kind, **kw)


_AMT = "单位：万元，保留两位小数"
# Number style columns: the data file's ``style:`` block (gen.core.number_style), one bureau per row.
_STYLE_NOTE = "留空按提纲样式"
_ZEROS_NOTE = "；".join(f"{z}：{ZERO_NAMES[z]}" for z in ZEROS) + "；" + _STYLE_NOTE

SHEETS: tuple[Sheet, ...] = (
    Sheet("单位信息", (
        _c("单位名称", "bureau.name", required=True, note="单位全称，如：广州市荔湾区卫生健康局", width=28),
        _c("文书类型", "kind", "choice", choices=tuple(KIND_NAMES.values()), display=KIND_NAMES, note="留空为部门整体支出绩效自评报告", width=28),
        _c("提纲样式", "profile", "choice", choices=_PROFILES,
           note="提纲代码（jixiao outlines 列出全部及适用地区）；留空按单位所在地区选择"),
        _c("年度", "year", "int", required=True, note="四位数年份，如 2023", width=8),
        _c("单位简称", "bureau.short_name", note="如：区卫生健康局"),
        _c("自称", "bureau.self_ref", "choice", choices=SELF_REFS, note="报告中单位的自称，留空为我局", width=8),
        _c("省", "bureau.region.province", note="省（自治区、直辖市）；可空：空则用全国通用提纲"),
        _c("市", "bureau.region.city"),
        _c("县区", "bureau.region.county"),
        _c("单位性质", "bureau.unit_type", note="如：全额拨款的行政单位"),
        _c("职能转变", "transformation", width=30),
        _c("年度总体工作", "work_summary", width=30),
        _c("总体绩效目标", "overall_goal", note="绩效目标申报表用", width=30),
        _c("所属行业", "bureau.sector", "choice", choices=tuple(_SECTORS.values()), display=_SECTORS,
           note="行业登记表（glossary/sectors/）中的行业，也可填行业代码（health、education …）；留空按单位名称识别",
           width=14),
        _c("千分位分隔符", "style.thousands_separator", "yes_no", choices=_YES,
           note="报告中金额的写法。是：325,399.34万元；否：325399.34万元；" + _STYLE_NOTE, width=12),
        _c("金额小数", "style.amount_decimals", "choice", choices=ZEROS, note="万元金额的小数。" + _ZEROS_NOTE, width=10),
        _c("百分比小数", "style.percent_decimals", "choice", choices=ZEROS, note="百分比的小数。" + _ZEROS_NOTE, width=10),
    ), note="每个单位一行；单位编号在各表中必须一致且不重复。最后三列是报告中数字的写法，可留空。"),
    Sheet("收支情况", (
        _c("本年收入", "finance.income", "amount", note=_AMT),
        _c("本年支出", "finance.expenditure", "amount", note=_AMT),
        _c("年初预算", "finance.budget_initial", "amount", note=_AMT),
        _c("调整后预算", "finance.budget_adjusted", "amount", note=_AMT),
        _c("实际到位资金", "finance.funds_arrived", "amount", note=_AMT),
        _c("实际支出资金", "finance.funds_spent", "amount", note=_AMT),
        _c("基本支出", "finance.basic_expenditure", "amount", note=_AMT),
        _c("人员经费", "finance.personnel", "amount", note=_AMT),
        _c("日常公用经费", "finance.public_costs", "amount", note=_AMT),
        _c("项目支出", "finance.project_expenditure", "amount", note=_AMT),
        _c("政府采购计划金额", "finance.procurement_planned", "amount", note=_AMT),
        _c("实际政府采购金额", "finance.procurement_actual", "amount", note=_AMT),
        _c("截至9月底支出进度", "finance.q3_progress", "number", note="单位：%，填数字，如 72.5"),
        _c("预算项目个数", "finance.project_count", "int", note="单位：个"),
        _c("上年收入", "finance.previous.income", "amount", note=_AMT),
        _c("上年支出", "finance.previous.expenditure", "amount", note=_AMT),
        _c("上年基本支出", "finance.previous.basic_expenditure", "amount", note=_AMT),
        _c("上年人员经费", "finance.previous.personnel", "amount", note=_AMT),
        _c("上年日常公用经费", "finance.previous.public_costs", "amount", note=_AMT),
        _c("上年项目支出", "finance.previous.project_expenditure", "amount", note=_AMT),
        _c("超预算支出说明", "finance.overspend_explanation", width=30),
        _c("资金到位情况说明", "finance.arrival_explanation", note="到位资金多于预算时说明原因", width=30),
        _c("本年收入变动原因", "finance.reasons.income", note="较上年变动的主要原因", width=30),
        _c("本年支出变动原因", "finance.reasons.expenditure", width=30),
        _c("基本支出变动原因", "finance.reasons.basic_expenditure", width=30),
        _c("人员经费变动原因", "finance.reasons.personnel", width=30),
        _c("执行率偏低原因", "finance.reasons.execution", width=30),
        _c("9月底进度偏慢原因", "finance.reasons.q3_progress", width=30),
        _c("政府采购偏差原因", "finance.reasons.procurement", width=30),
    ), note="每个单位一行；金额单位为万元。没有的数据留空，不要填 0 或“无”。"),
    Sheet("预算申报", (
        _c("基本支出预算", "budget.basic", "amount", note=_AMT),
        _c("项目支出预算", "budget.project", "amount", note=_AMT),
        _c("财政专项资金", "budget.special_development", "amount", note=_AMT),
        _c("其他事业发展性支出", "budget.other_development", "amount", note=_AMT),
        _c("本级使用资金", "budget.own_level", "amount", note=_AMT),
        _c("拟用于对下转移支付资金", "budget.transfers", "amount", note=_AMT),
    ), note="绩效目标申报表用；每个单位一行，金额单位为万元。"),
    Sheet("资金来源", (
        _c("所属", kind="route", required=True, choices=("收支情况", "预算申报"),
           note="收支情况：自评报告的分来源资金；预算申报：申报表的收入来源"),
        _c("资金来源名称", "name", required=True, note="如：一般公共预算财政拨款", width=24),
        _c("预算数", "budget", "amount", note=_AMT),
        _c("到位数", "arrived", "amount", note=_AMT),
        _c("支出数", "spent", "amount", note=_AMT),
    ), note="每个资金来源一行。", many=True,
        routes={"收支情况": "finance.sources", "预算申报": "budget.sources"}),
    Sheet("人员编制", (
        _c("核定编制人数", "staffing.authorized", "int", note="单位：人"),
        _c("行政编制", "staffing.administrative", "int", note="单位：人"),
        _c("事业编制", "staffing.institutional", "int", note="单位：人"),
        _c("实际在岗在编人数", "staffing.actual", "int", note="单位：人"),
        _c("离退休人员", "staffing.retired", "int", note="单位：人"),
        _c("借调人员", "staffing.seconded", "int", note="单位：人"),
        _c("劳务派遣人员", "staffing.dispatched", "int", note="单位：人"),
        _c("公务用车", "staffing.vehicles", "int", note="单位：台"),
        _c("人员编制情况说明", "staffing.explanation", note="实际人数多于编制时说明原因", width=30),
    ), note="每个单位一行；人数填整数。"),
    Sheet("文字条目", (
        _c("类别", kind="route", required=True, choices=(
            "内设机构", "部门职能", "绩效目标", "主要工作成效", "存在问题", "改进措施", "评价依据文件",
            "项目支出变动原因", "公用经费变动原因", "预算编制工作", "内部控制")),
        _c("内容", "", required=True, note="一条一行，按顺序排列", width=60),
    ), note="列表型文字，每条一行；同一类别按行的先后排序。", many=True, routes={
        "内设机构": "bureau.internal_units", "部门职能": "duties", "绩效目标": "goals",
        "主要工作成效": "achievements", "存在问题": "problems", "改进措施": "measures",
        "评价依据文件": "evaluation.basis", "项目支出变动原因": "finance.project_change_reasons",
        "公用经费变动原因": "finance.public_change_reasons",
        "预算编制工作": "management.budget_steps", "内部控制": "management.internal_control",
    }),
    Sheet("重点任务", (
        _c("任务序号", kind="id", required=True, note="本单位内的任务编号（1、2、3…），任务指标表据此对应", width=10),
        _c("任务名称", "name", required=True, width=20),
        _c("主要实施内容", "content", width=40),
        _c("投入资金", "funds", "amount", note=_AMT),
        _c("期望达到的目标", "goal", width=30),
        _c("完成情况", "result", width=40),
        _c("其他任务", "other", "yes_no", choices=_YES, note="是：属于“其他需完成的任务”；留空为否", width=10),
    ), note="每个任务一行。", target="tasks", many=True),
    Sheet("任务指标", (
        _c("任务序号", kind="parent", required=True, note="对应重点任务表的任务序号", width=10),
        _c("指标名称", "name", required=True, width=24),
        _c("单位", "unit", note="计量单位，如：人、个、%", width=8),
        _c("比较方式", "comparator", "choice", choices=("≥", "≤", "="), note="≥ 达到或超过目标为完成；留空为≥", width=10),
        _c("目标值", "target", "number", note="填数字"),
        _c("实际值", "actual", "number", note="填数字"),
        _c("原有值", "before", "number", note="填数字（如改造前床位数）"),
        _c("现有值", "after", "number", note="填数字"),
        _c("偏差原因分析及改进措施", "reason", note="未完成目标时填写", width=30),
    ), note="每个任务指标一行。", target="metrics", many=True, parent="重点任务", child_list="metrics"),
    Sheet("绩效指标", (
        _c("一级指标", "level1", "choice", required=True, choices=tuple(LEVEL1)),
        _c("二级指标", "level2", "choice", required=True, choices=_LEVEL2, width=20),
        _c("三级指标", "name", required=True, width=28),
        _c("指标值", "target", "indicator_value", note="如 ≥95%、100%、≥2/10万、不断提高；没有目标值时留空，报告中留待补充"),
        _c("实施周期指标值", "period_target", "indicator_value"),
        _c("实际完成值", "actual", "indicator_value", note="没有实际值（如申报表）留空"),
        _c("偏差原因分析及改进措施", "reason", note="未完成或大幅超额完成时填写", width=30),
    ), note="每个三级指标一行；一级、二级指标从下拉列表选择。", target="indicators", many=True),
    Sheet("预算项目", (
        _c("项目名称", "name", required=True, width=24),
        _c("绩效目标及实现情况", "goal", width=40),
        _c("预算资金", "budget", "amount", note=_AMT),
        _c("实际支出", "spent", "amount", note=_AMT),
        _c("项目自评得分", "score", "number", note="0～100"),
    ), note="项目支出绩效自评报告用；每个项目一行。", target="projects", many=True),
    Sheet("自评结果", (
        _c("自评得分", "evaluation.score", "number", note="0～100，可带小数"),
        _c("自评等级", "evaluation.rating", "choice", choices=rating_scale().names(), note="可留空，由得分推出"),
        _c("评价方式", "evaluation.method", width=30),
        _c("预算公开日期", "disclosure.budget_date", "date", note="如 2023-03-09"),
        _c("决算公开日期", "disclosure.final_accounts_date", "date", note="如 2023-09-15"),
    ), note="每个单位一行。"),
    Sheet("管理情况", (
        _c("绩效目标与预算同步编审", "management.targets_with_budget", "yes_no", choices=_YES, note="是：同步编制、审核、批复", width=12),
        _c("政府采购管理情况", "management.procurement", width=30),
        _c("财务合规情况", "management.compliance", note="检查、审计的结论", width=30),
        _c("预决算公开情况说明", "management.disclosure", width=30),
        _c("年末资产总额", "management.assets_total", "amount", note=_AMT),
        _c("年末固定资产", "management.fixed_assets", "amount", note=_AMT),
        _c("资产管理情况", "management.assets", width=30),
        _c("自评工作开展情况", "management.evaluation_process", width=30),
    ), note="每个单位一行；只填有依据的情况，未填的内容在报告中留待补充。"),
)

SHEETS_BY_NAME = {s.name: s for s in SHEETS}
MAIN_SHEET = SHEETS[0].name


def _cell_where(sheet: str, row: int, col: int, header: str) -> str:
    return f"{sheet} 第{row}行 {column_letter(col)}列（{header}）"


def format_where(cell: tuple) -> str:
    """(sheet, row, col, header) -> "收支情况 第5行 C列（本年收入）"; (sheet, row) -> "收支情况 第5行"."""
    if len(cell) == 4:
        return _cell_where(*cell)
    return f"{cell[0]} 第{cell[1]}行"
