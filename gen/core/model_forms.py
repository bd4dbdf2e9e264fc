"""The 自评表 block (issue 14): the official self-evaluation forms' funds, projects and scores.

One block of the data model (:mod:`gen.core.model` assembles the report); an
indicator's own 分值/得分 live with the indicator (:mod:`gen.core.model_work`).
"""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .model_fields import Amount, Block, FormScore, Text
from .model_work import Indicator


class FormMoney(Block):
    """One row of 项目资金（万元）."""

    initial: Optional[Amount] = Field(None, title="年初预算数")
    full_year: Optional[Amount] = Field(None, title="全年预算数（A）")
    executed: Optional[Amount] = Field(None, title="全年执行数（B）")


class FormFunds(Block):
    """项目资金 block of a 自评表: the total and its sources, with the 预算执行率 row's 分值 and 得分."""

    total: FormMoney = Field(default_factory=FormMoney, title="年度资金总额")
    fiscal: FormMoney = Field(default_factory=FormMoney, title="其中：当年财政拨款")
    carryover: FormMoney = Field(default_factory=FormMoney, title="上年结转资金")
    other: FormMoney = Field(default_factory=FormMoney, title="其他资金")
    points: Optional[FormScore] = Field(None, title="预算执行率分值", description="不填时按评分规则集")
    score: Optional[FormScore] = Field(None, title="预算执行率得分", description="填写时由 jixiao 核对")
    reason: Optional[Text] = Field(None, title="预算执行偏差原因")


class ProjectForm(Block):
    """One 项目支出绩效自评表."""

    name: Text = Field(title="项目名称")
    department: Optional[Text] = Field(None, title="主管部门")
    implementer: Optional[Text] = Field(None, title="实施单位")
    funds: FormFunds = Field(default_factory=FormFunds, title="项目资金（万元）")
    goal_expected: Optional[Text] = Field(None, title="年度总体目标：预期目标")
    goal_actual: Optional[Text] = Field(None, title="年度总体目标：实际完成情况")
    indicators: list[Indicator] = Field(default_factory=list, title="绩效指标")
    score: Optional[FormScore] = Field(None, title="总分", description="不填时计算；填写时由 jixiao 核对")


class SelfEvalForms(Block):
    """The 自评表 data: rule set, the 部门整体 form's funds, and one form per project."""

    rule_set: str = Field("national", title="评分规则集", description="national、sichuan、hubei（glossary/scoring/）")
    funds: FormFunds = Field(default_factory=FormFunds, title="部门整体资金（万元）")
    projects: list[ProjectForm] = Field(default_factory=list, title="项目支出绩效自评表")
