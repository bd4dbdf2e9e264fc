"""Small filled 自评表 in Markdown for the F rules' must-flag and must-pass examples."""

from __future__ import annotations

HEAD = (
    "| 项目名称 | 示例项目 | | | | | | | |\n"
    "| 项目资金（万元） | | | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分 |\n"
)
IND_HEAD = "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值（A） | 实际完成值（B） | 分值 | 得分 | 偏差原因分析及改进措施 |\n"


def form(budget: str = "100 | 100 | 95 | 10 | 95.00% | 9.5", training: str = "≥500人 | 520人 | 50 | 50",
         total: str = "100 | 99.5") -> str:
    """A national-layout form; each argument replaces one row's cells (as Markdown cells)."""
    return (
        HEAD
        + f"| | 年度资金总额 | | {budget} |\n"
        + IND_HEAD
        + f"| | 产出指标 | 数量指标 | 培训人数 | {training} | |\n"
        + "| | 效益指标 | 社会效益指标 | 群众知晓率 | ≥90% | 93% | 30 | 30 | |\n"
        + "| | 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 95% | 10 | 10 | |\n"
        + f"| 总分 | | | | | | {total} | |\n"
    )


def sichuan(rate: str = "100 | 100 | 100.00% | 10 | 10 |", deviation: str = "") -> str:
    """A 四川-layout form (权重 columns, a 原因 column in the budget block)."""
    return (
        "| 项目名称 | 示例项目 | | | | | | | | | |\n"
        "| 预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | | |\n"
        f"| | 总额 | 100 | {rate} | | |\n"
        "| 绩效指标（90分） | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n"
        f"| | 产出指标 | 数量指标 | 完成数量 | ≥ | ≥10个 | 个 | 9个 | 90 | 81 | {deviation} |\n"
        "| 合计 | | | | | | | | 100 | 91 | |\n"
    )
