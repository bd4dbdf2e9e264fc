"""The typed report spec: what one bureau's data file holds.

Field titles are the Chinese names users see in error messages and in the
JSON Schema (``jixiao schema``). Amounts are in 万元 unless a field says
otherwise; they are rounded half-up to two decimals once, on load.

The blocks live by subject: value types in :mod:`gen.core.model_fields`, the
bureau and its money in :mod:`gen.core.model_bureau`, tasks, indicators,
projects and the evaluation in :mod:`gen.core.model_work`, the 自评表 in
:mod:`gen.core.model_forms`. This module assembles them into
:class:`ReportSpec`, with the blocks that belong to the report as a whole
(disclosure, management statements, number style).
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal, Optional

from pydantic import Field, field_validator, model_validator

from .model_bureau import Bureau, BudgetPlan, Finance, Staffing
from .model_fields import Amount, Block, Text
from .model_forms import SelfEvalForms
from .model_work import Evaluation, Indicator, Project, Task
from .outlines import Outline, kind_id, kind_names, outline_for_region, resolve_outline

# Document kinds and their outlines are data: templates/<kind>/kind.yaml and
# templates/<kind>/<outline>.yaml (gen.core.outlines); no list is kept here.
KIND_NAMES = kind_names()
KIND_IDS = tuple(KIND_NAMES)


class Disclosure(Block):
    budget_date: Optional[_dt.date] = Field(None, title="预算公开日期")
    final_accounts_date: Optional[_dt.date] = Field(None, title="决算公开日期")

    @field_validator("budget_date", "final_accounts_date", mode="after")
    @classmethod
    def _not_future(cls, v: Optional[_dt.date]) -> Optional[_dt.date]:
        """A report states that disclosure has happened: a future date is a typing mistake."""
        if v is not None and v > _dt.date.today():
            raise ValueError(f"公开日期{v.isoformat()}晚于今天，应为已经公开的日期")
        return v


class Management(Block):
    """Statements of management the bureau can back: each printed only when given.

    A draft may say that budgeting, procurement, disclosure or asset management
    was done properly only when this block says so; otherwise the outline gets
    a placeholder naming what to fill.
    """

    budget_steps: list[Text] = Field(default_factory=list, title="预算编制工作（已完成的环节）",
                                     description="例如：按财政局要求于2023年1月完成部门预算编制")
    targets_with_budget: Optional[bool] = Field(None, title="绩效目标与预算同步编制、审核、批复")
    procurement: Optional[Text] = Field(None, title="政府采购管理情况", description="例如：采购均按政府采购目录和限额标准组织实施")
    compliance: Optional[Text] = Field(None, title="财务合规情况", description="检查、审计的结论，例如：年度审计未发现违规问题")
    internal_control: list[Text] = Field(default_factory=list, title="内部控制建设与检查")
    disclosure: Optional[Text] = Field(None, title="预决算公开情况说明", description="例如：在区政府门户网站公开，内容含三公经费")
    assets_total: Optional[Amount] = Field(None, title="年末资产总额")
    fixed_assets: Optional[Amount] = Field(None, title="年末固定资产")
    assets: Optional[Text] = Field(None, title="资产管理情况", description="例如：年末开展资产清查，账实相符")
    evaluation_process: Optional[Text] = Field(None, title="自评工作开展情况")


class StyleSettings(Block):
    """How this bureau writes figures; unset keys follow jixiao.toml, then the outline (gen.core.number_style)."""

    thousands_separator: Optional[bool] = Field(None, title="千分位分隔符", description="true：325,399.34万元；false：325399.34万元")
    amount_decimals: Optional[Literal["keep", "whole", "strip"]] = Field(
        None, title="金额小数", description="keep：900.00万元；whole：900万元、18.60万元；strip：900万元、18.6万元"
    )
    percent_decimals: Optional[Literal["keep", "whole", "strip"]] = Field(
        None, title="百分比小数", description="keep：92.80%、99.00%；whole：92.80%、99%；strip：92.8%、99%"
    )


class ReportSpec(Block):
    kind: Literal[KIND_IDS] = Field("dept_self_eval", title="文书类型")  # type: ignore[valid-type]
    profile: Optional[str] = Field(
        None, title="提纲样式", description="提纲代码、中文名称或别名（jixiao outlines 列出全部）；留空按地区选择"
    )
    bureau: Bureau = Field(title="单位信息")
    year: int = Field(ge=2000, title="年度")
    duties: list[Text] = Field(default_factory=list, title="部门职能")
    transformation: Optional[Text] = Field(None, title="职能转变")
    work_summary: Optional[Text] = Field(None, title="年度总体工作")
    overall_goal: Optional[Text] = Field(None, title="总体绩效目标")
    goals: list[Text] = Field(default_factory=list, title="部门整体支出绩效目标")
    finance: Finance = Field(default_factory=Finance, title="收支情况")
    budget: BudgetPlan = Field(default_factory=BudgetPlan, title="预算情况（申报表）")
    staffing: Staffing = Field(default_factory=Staffing, title="人员编制")
    tasks: list[Task] = Field(default_factory=list, title="重点工作任务")
    indicators: list[Indicator] = Field(default_factory=list, title="绩效指标")
    projects: list[Project] = Field(default_factory=list, title="预算项目")
    evaluation: Evaluation = Field(default_factory=Evaluation, title="自评结果")
    forms: Optional[SelfEvalForms] = Field(None, title="自评表", description="填写后按评分规则计算或核对自评得分，并可输出自评表")
    disclosure: Disclosure = Field(default_factory=Disclosure, title="预决算公开")
    management: Management = Field(default_factory=Management, title="管理情况")
    achievements: list[Text] = Field(default_factory=list, title="主要工作成效（手工填写）")
    problems: list[Text] = Field(default_factory=list, title="存在问题（手工填写）")
    measures: list[Text] = Field(default_factory=list, title="改进措施（手工填写）")
    style: StyleSettings = Field(default_factory=StyleSettings, title="数字写法")

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_alias(cls, v: object) -> object:
        return (kind_id(v) or v) if isinstance(v, str) else v

    @field_validator("year", mode="after")
    @classmethod
    def _not_future(cls, v: int) -> int:
        limit = _dt.date.today().year + 1
        if v > limit:
            raise ValueError(f"年度不能晚于{limit}年")
        return v

    @model_validator(mode="after")
    def _profile_fits_kind(self) -> "ReportSpec":
        if self.profile is None:
            object.__setattr__(self, "profile", outline_for_region(self.kind, self.bureau.region).id)
            return self
        found = resolve_outline(self.kind, self.profile)
        if found is None:
            from .outlines import get_kind

            names = "、".join(f"{o.id}（{o.name}）" for o in get_kind(self.kind).outlines)
            raise ValueError(f"提纲样式“{self.profile}”不适用于{KIND_NAMES[self.kind]}，可选：{names}")
        object.__setattr__(self, "profile", found.id)
        return self

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]

    @property
    def outline(self) -> "Outline":
        """The outline in use: the validator above has set ``profile`` to its id (named, or chosen by region)."""
        return resolve_outline(self.kind, self.profile)
