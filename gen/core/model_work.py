"""The year's work: key tasks with their metrics, performance indicators, budget projects and the evaluation.

One block of the data model (:mod:`gen.core.model` assembles the report). The
indicator system (一级/二级指标) is checked here, where indicators are defined.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, Optional

from pydantic import Field, field_validator, model_validator

from .indicators import LEVEL1  # the indicator system lives apart, so the checker need not import this model
from .model_fields import MAX_METRIC, Amount, Block, FormScore, Text


class Metric(Block):
    name: Text = Field(title="指标名称")
    unit: str = Field("", max_length=20, title="单位")
    comparator: Literal["≥", "≤", "="] = Field("≥", title="目标比较方式", description="≥ 达到或超过目标为完成；≤ 不超过目标为完成")
    target: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="目标值")
    actual: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="实际值")
    before: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="原有值")
    after: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="现有值")
    reason: Optional[Text] = Field(None, title="偏差原因分析及改进措施")


class Task(Block):
    name: Text = Field(title="任务名称")
    content: Optional[Text] = Field(None, title="主要实施内容")
    funds: Optional[Amount] = Field(None, title="投入资金")
    goal: Optional[Text] = Field(None, title="期望达到的目标")
    result: Optional[Text] = Field(None, title="完成情况（文字）")
    metrics: list[Metric] = Field(default_factory=list, title="任务指标")
    other: bool = Field(False, title="是否为其他需完成的任务")


class IndicatorFormFields(Block):
    """What the 自评表 adds to an indicator row: its 分值 and 得分 (its 偏差原因 is ``Indicator.reason``)."""

    points: Optional[FormScore] = Field(None, title="分值", description="不填时按评分规则集的一级指标分值平均分配")
    score: Optional[FormScore] = Field(None, title="得分", description="不填时按评分规则计算；填写时由 jixiao 核对")


class Indicator(IndicatorFormFields):
    level1: Text = Field(title="一级指标")
    level2: Text = Field(title="二级指标")
    name: Text = Field(title="三级指标")
    # Optional: a bureau that set no target still gets a draft, with a placeholder where the target
    # goes and no verdict (达到/未达到) on the indicator, since the data holds none.
    target: Optional[Text] = Field(None, title="指标值（目标）", description="如 ≥95%、100%、≥2/10万、不断提高")
    period_target: Optional[Text] = Field(None, title="实施周期指标值")
    actual: Optional[Text] = Field(None, title="实际完成值")
    reason: Optional[Text] = Field(None, title="偏差原因分析及改进措施", description="未完成或大幅超额完成时填写")

    @field_validator("target", "period_target", "actual", mode="before")
    @classmethod
    def _number_to_text(cls, v: object) -> object:
        if isinstance(v, bool):
            return v
        if isinstance(v, (int, float, Decimal)):
            return format(Decimal(str(v)).normalize(), "f")
        return v

    @field_validator("level1", mode="after")
    @classmethod
    def _known_level1(cls, v: str) -> str:
        v = v if v.endswith("指标") else v + "指标"
        if v not in LEVEL1:
            raise ValueError(f"一级指标应为{'、'.join(LEVEL1)}之一")
        return v

    @model_validator(mode="after")
    def _level2_in_level1(self) -> "Indicator":
        l2 = self.level2 if self.level2.endswith("指标") else self.level2 + "指标"
        if l2 == "服务对象满意度指标" or l2 in LEVEL1[self.level1]:
            object.__setattr__(self, "level2", l2)
            return self
        raise ValueError(f"二级指标“{self.level2}”不属于一级指标“{self.level1}”（应为{'、'.join(LEVEL1[self.level1])}）")


class Project(Block):
    """One budget project in a 项目支出绩效自评工作报告 (seed 004)."""

    name: Text = Field(title="项目名称")
    goal: Optional[Text] = Field(None, title="绩效目标及实现情况")  # missing: a placeholder in the draft
    budget: Optional[Amount] = Field(None, title="预算资金")
    spent: Optional[Amount] = Field(None, title="实际支出")
    score: Optional[Decimal] = Field(None, ge=0, le=100, allow_inf_nan=False, title="项目自评得分")


class Evaluation(Block):
    score: Optional[Decimal] = Field(None, ge=0, le=100, allow_inf_nan=False, title="自评得分")
    rating: Optional[Text] = Field(
        None, title="自评等级",
        description="本单位等级标准（评分规则集的 grades，默认优/良/中/差）中的一个等级；须与得分相符")
    basis: list[Text] = Field(default_factory=list, title="评价依据文件")
    method: Optional[Text] = Field(None, title="评价方式")
