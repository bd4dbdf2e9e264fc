"""The national layout of the 自评表: titles, row labels and column labels.

One place for the words the forms are made of, so the writers (docx, xlsx)
and the readers (generate input, checker) can never disagree about them.
Readers match labels loosely (full/half-width brackets, spaces, A/B marks), as
officers retype them.
"""

from __future__ import annotations

from functools import lru_cache

from .. import regex_cache


PROJECT_TITLE = "项目支出绩效自评表"
DEPT_TITLE = "部门整体支出绩效自评表"

NAME_LABEL = "项目名称"
DEPT_NAME_LABEL = "部门（单位）名称"
DEPARTMENT_LABEL = "主管部门"
IMPLEMENTER_LABEL = "实施单位"
FUNDS_LABEL = "项目资金（万元）"
DEPT_FUNDS_LABEL = "部门资金（万元）"
GOAL_LABEL = "年度总体目标"
GOAL_EXPECTED = "预期目标"
GOAL_ACTUAL = "实际完成情况"
INDICATORS_LABEL = "绩效指标"
TOTAL_LABEL = "总分"
PROJECTS_LABEL = "项目支出情况"
BUDGET_REASON_LABEL = "预算执行偏差原因"  # a row under the 资金 block, written when the data gives a reason
RULE_SET_LABEL = "评分规则"  # jixiao's last row: which rule set scored the form, so a reader can use it again

# 项目资金 block: the money columns, then 分值, 执行率, 得分 (national order).
MONEY_COLUMNS = ("年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分")
# rows of the 项目资金 block: model field -> label
MONEY_ROWS = (
    ("total", "年度资金总额"),
    ("fiscal", "其中：当年财政拨款"),
    ("carryover", "上年结转资金"),
    ("other", "其他资金"),
)
INDICATOR_COLUMNS = ("一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "分值", "得分",
                     "偏差原因分析及改进措施")
PROJECT_COLUMNS = ("项目名称", "预算资金（万元）", "实际支出（万元）", "执行率", "自评得分")

WIDTH = 1 + len(INDICATOR_COLUMNS)  # section label column + the indicator columns

_NOISE = regex_cache.compile(r"[\s　（）()：:]|[A-Za-z/]")


@lru_cache(maxsize=16384)
def key(text: str) -> str:
    """A label reduced for matching: no spaces, brackets, colons or A/B marks. Remembered: a long report's forms
    ask it of the same few column labels and cells thousands of times."""
    return _NOISE.sub("", text or "")

