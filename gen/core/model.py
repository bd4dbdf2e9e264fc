"""The typed report spec: what one bureau's data file holds.

Field titles are the Chinese names users see in error messages and in the
JSON Schema (``jixiao schema``). Amounts are in 万元 unless a field says
otherwise; they are rounded half-up to two decimals once, on load.
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.functional_validators import AfterValidator

from .glossary import self_ref_names
from .indicators import LEVEL1  # the indicator system lives apart, so the checker need not import this model
from .numbers import AMOUNT_PLACES, round_half_up
from .outlines import kind_id, kind_names, outline_for_region, resolve_outline
from .sectors import sector_ids

# Document kinds and their outlines are data: templates/<kind>/kind.yaml and
# templates/<kind>/<outline>.yaml (gen.core.outlines); no list is kept here.
KIND_NAMES = kind_names()
KIND_IDS = tuple(KIND_NAMES)

# Self-references (我局/我委/我会/我单位 …) are data: glossary/bodies.yaml, one place.
SELF_REFS = self_ref_names()



_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’"
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# Runs of ASCII white space, matched once each; whether a run touches Chinese is
# decided by looking at its two neighbours (a lookahead after an unbounded run
# would rescan the run from every start: quadratic on long blank stretches).
_SPACE_RUN = re.compile(r"[ \t\r\n]+")


def _tidy_text(v: str) -> str:
    """Drop ASCII white space next to Chinese characters (YAML folding inserts it).

    A full-width space (U+3000) is kept: it is how 公文 separates joint issuers
    such as 中共中央　国务院.
    """
    def drop(m: re.Match) -> str:
        before = v[m.start() - 1] if m.start() else ""
        after = v[m.end()] if m.end() < len(v) else ""
        touches = (before and _CJK_CHAR.match(before)) or (after and _CJK_CHAR.match(after))
        return "" if touches else m.group()

    return _SPACE_RUN.sub(drop, v)


def _round_amount(v: Decimal) -> Decimal:
    return round_half_up(v, AMOUNT_PLACES)


# Upper bounds reject absurd figures (1e300) that would overflow the decimal context
# when rounded; 10^9 万元 is far above any department's budget.
MAX_AMOUNT = Decimal(10) ** 9
MAX_METRIC = Decimal(10) ** 12
Amount = Annotated[Decimal, Field(ge=0, le=MAX_AMOUNT, allow_inf_nan=False), AfterValidator(_round_amount)]
Percent = Annotated[Decimal, Field(ge=0, le=1000, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
Text = Annotated[str, Field(min_length=1, max_length=20_000), AfterValidator(_tidy_text)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Region(_Model):
    province: Text = Field(title="省（自治区、直辖市）")
    city: Optional[Text] = Field(None, title="市（地区、州）")
    county: Optional[Text] = Field(None, title="县（区、市）")


# Characters no organisation name contains, which would turn a name into a path
# (batch output files are named after bureaus) or break a file system.
_RESERVED_NAME_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def _plain_name(v: str) -> str:
    bad = _RESERVED_NAME_CHARS.search(v)
    if bad:
        shown = repr(bad.group())[1:-1]
        raise ValueError(f"单位名称中不能含有字符“{shown}”（路径分隔符、保留字符或控制字符）")
    return v


Name = Annotated[Text, AfterValidator(_plain_name)]


class Bureau(_Model):
    name: Name = Field(title="单位全称", description="例如：广州市荔湾区卫生健康局")
    short_name: Optional[Name] = Field(None, title="单位简称", description="例如：区卫生健康局")
    self_ref: Literal[SELF_REFS] = Field("我局", title="自称", description="报告中单位的自称，如我局、我委、我中心")  # type: ignore[valid-type]
    region: Region = Field(title="所在地区")
    unit_type: Optional[Text] = Field(None, title="单位性质", description="例如：全额拨款的行政单位")
    internal_units: list[Text] = Field(default_factory=list, title="内设机构")
    sector: Optional[str] = Field(
        None, title="所属行业", description="health / education / civil_affairs / agriculture / cppcc …（glossary/sectors.yaml）；留空按单位名称识别"
    )

    @field_validator("sector", mode="after")
    @classmethod
    def _known_sector(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and v not in sector_ids():
            raise ValueError(f"行业代码“{v}”不在登记表中，可选：{'、'.join(sector_ids())}")
        return v


class PreviousYear(_Model):
    income: Optional[Amount] = Field(None, title="上年收入")
    expenditure: Optional[Amount] = Field(None, title="上年支出")
    basic_expenditure: Optional[Amount] = Field(None, title="上年基本支出")
    personnel: Optional[Amount] = Field(None, title="上年人员经费")
    public_costs: Optional[Amount] = Field(None, title="上年日常公用经费")
    project_expenditure: Optional[Amount] = Field(None, title="上年项目支出")


class FundSource(_Model):
    name: Text = Field(title="资金来源名称", description="例如：一般公共预算财政拨款")
    budget: Optional[Amount] = Field(None, title="预算数")
    arrived: Optional[Amount] = Field(None, title="到位数")
    spent: Optional[Amount] = Field(None, title="支出数")


class Reasons(_Model):
    """Why a figure changed or fell short: the text states it as "主要原因是…".

    A change or deviation above a threshold (glossary/thresholds.yaml) without
    its reason gets a placeholder and a warning naming the field, never a stock cause.
    """

    income: Optional[Text] = Field(None, title="本年收入较上年变动原因")
    expenditure: Optional[Text] = Field(None, title="本年支出较上年变动原因")
    basic_expenditure: Optional[Text] = Field(None, title="基本支出较上年变动原因")
    personnel: Optional[Text] = Field(None, title="人员经费较上年变动原因")
    execution: Optional[Text] = Field(None, title="预算执行率偏低原因")
    q3_progress: Optional[Text] = Field(None, title="截至9月底支出进度偏慢原因")
    procurement: Optional[Text] = Field(None, title="政府采购执行偏差原因")


class Finance(_Model):
    income: Optional[Amount] = Field(None, title="本年收入")
    expenditure: Optional[Amount] = Field(None, title="本年支出")
    budget_initial: Optional[Amount] = Field(None, title="年初预算")
    budget_adjusted: Optional[Amount] = Field(None, title="调整后预算")
    funds_arrived: Optional[Amount] = Field(None, title="实际到位资金")
    funds_spent: Optional[Amount] = Field(None, title="实际支出资金")
    basic_expenditure: Optional[Amount] = Field(None, title="基本支出")
    personnel: Optional[Amount] = Field(None, title="人员经费")
    public_costs: Optional[Amount] = Field(None, title="日常公用经费")
    project_expenditure: Optional[Amount] = Field(None, title="项目支出")
    procurement_planned: Optional[Amount] = Field(None, title="政府采购计划金额")
    procurement_actual: Optional[Amount] = Field(None, title="实际政府采购金额")
    q3_progress: Optional[Percent] = Field(None, title="截至9月底支出进度（%）")
    project_count: Optional[Count] = Field(None, title="预算项目个数")
    sources: list[FundSource] = Field(default_factory=list, title="分来源资金")
    previous: PreviousYear = Field(default_factory=PreviousYear, title="上年数据")
    project_change_reasons: list[Text] = Field(default_factory=list, title="项目支出变动原因")
    public_change_reasons: list[Text] = Field(default_factory=list, title="公用经费变动原因")
    reasons: Reasons = Field(default_factory=Reasons, title="变动与偏差原因")
    overspend_explanation: Optional[Text] = Field(None, title="超预算支出说明")
    arrival_explanation: Optional[Text] = Field(None, title="资金到位情况说明", description="到位资金多于预算时说明原因")


class BudgetPlan(_Model):
    """The budget block of a 绩效目标申报表 (seed 003)."""

    basic: Optional[Amount] = Field(None, title="基本支出预算")
    project: Optional[Amount] = Field(None, title="项目支出预算")
    special_development: Optional[Amount] = Field(None, title="财政专项资金")
    other_development: Optional[Amount] = Field(None, title="其他事业发展性支出")
    own_level: Optional[Amount] = Field(None, title="本级使用资金")
    transfers: Optional[Amount] = Field(None, title="拟用于对下转移支付资金")
    sources: list[FundSource] = Field(default_factory=list, title="收入来源")


class Staffing(_Model):
    authorized: Optional[Count] = Field(None, title="核定编制人数")
    administrative: Optional[Count] = Field(None, title="行政编制")
    institutional: Optional[Count] = Field(None, title="事业编制")
    actual: Optional[Count] = Field(None, title="实际在岗在编人数")
    retired: Optional[Count] = Field(None, title="离退休人员")
    seconded: Optional[Count] = Field(None, title="借调人员")
    dispatched: Optional[Count] = Field(None, title="劳务派遣人员")
    vehicles: Optional[Count] = Field(None, title="公务用车（台）")
    explanation: Optional[Text] = Field(None, title="人员编制情况说明", description="实际人数多于编制时说明原因")

    @model_validator(mode="after")
    def _parts_within_total(self) -> "Staffing":
        if self.authorized is not None:
            parts = (self.administrative or 0) + (self.institutional or 0)
            if parts > self.authorized:
                raise ValueError(f"行政编制与事业编制之和（{parts}人）超过核定编制人数（{self.authorized}人）")
        return self


class Metric(_Model):
    name: Text = Field(title="指标名称")
    unit: str = Field("", max_length=20, title="单位")
    comparator: Literal["≥", "≤", "="] = Field("≥", title="目标比较方式", description="≥ 达到或超过目标为完成；≤ 不超过目标为完成")
    target: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="目标值")
    actual: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="实际值")
    before: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="原有值")
    after: Optional[Decimal] = Field(None, ge=0, le=MAX_METRIC, allow_inf_nan=False, title="现有值")
    reason: Optional[Text] = Field(None, title="偏差原因分析及改进措施")


class Task(_Model):
    name: Text = Field(title="任务名称")
    content: Optional[Text] = Field(None, title="主要实施内容")
    funds: Optional[Amount] = Field(None, title="投入资金")
    goal: Optional[Text] = Field(None, title="期望达到的目标")
    result: Optional[Text] = Field(None, title="完成情况（文字）")
    metrics: list[Metric] = Field(default_factory=list, title="任务指标")
    other: bool = Field(False, title="是否为其他需完成的任务")


# -- 自评表 (issue 14): the official self-evaluation forms. Kept together so the
# form fields merge cleanly with other changes to this module.

FormScore = Annotated[Decimal, Field(ge=0, le=1000, allow_inf_nan=False)]


class IndicatorFormFields(_Model):
    """What the 自评表 adds to an indicator row: its 分值 and 得分 (its 偏差原因 is ``Indicator.reason``)."""

    points: Optional[FormScore] = Field(None, title="分值", description="不填时按评分规则集的一级指标分值平均分配")
    score: Optional[FormScore] = Field(None, title="得分", description="不填时按评分规则计算；填写时由 jixiao 核对")


class FormMoney(_Model):
    """One row of 项目资金（万元）."""

    initial: Optional[Amount] = Field(None, title="年初预算数")
    full_year: Optional[Amount] = Field(None, title="全年预算数（A）")
    executed: Optional[Amount] = Field(None, title="全年执行数（B）")


class FormFunds(_Model):
    """项目资金 block of a 自评表: the total and its sources, with the 预算执行率 row's 分值 and 得分."""

    total: FormMoney = Field(default_factory=FormMoney, title="年度资金总额")
    fiscal: FormMoney = Field(default_factory=FormMoney, title="其中：当年财政拨款")
    carryover: FormMoney = Field(default_factory=FormMoney, title="上年结转资金")
    other: FormMoney = Field(default_factory=FormMoney, title="其他资金")
    points: Optional[FormScore] = Field(None, title="预算执行率分值", description="不填时按评分规则集")
    score: Optional[FormScore] = Field(None, title="预算执行率得分", description="填写时由 jixiao 核对")
    reason: Optional[Text] = Field(None, title="预算执行偏差原因")


class ProjectForm(_Model):
    """One 项目支出绩效自评表."""

    name: Text = Field(title="项目名称")
    department: Optional[Text] = Field(None, title="主管部门")
    implementer: Optional[Text] = Field(None, title="实施单位")
    funds: FormFunds = Field(default_factory=FormFunds, title="项目资金（万元）")
    goal_expected: Optional[Text] = Field(None, title="年度总体目标：预期目标")
    goal_actual: Optional[Text] = Field(None, title="年度总体目标：实际完成情况")
    indicators: list["Indicator"] = Field(default_factory=list, title="绩效指标")
    score: Optional[FormScore] = Field(None, title="总分", description="不填时计算；填写时由 jixiao 核对")


class SelfEvalForms(_Model):
    """The 自评表 data: rule set, the 部门整体 form's funds, and one form per project."""

    rule_set: str = Field("national", title="评分规则集", description="national、sichuan、hubei（glossary/scoring/）")
    funds: FormFunds = Field(default_factory=FormFunds, title="部门整体资金（万元）")
    projects: list[ProjectForm] = Field(default_factory=list, title="项目支出绩效自评表")


class Indicator(IndicatorFormFields):
    level1: Text = Field(title="一级指标")
    level2: Text = Field(title="二级指标")
    name: Text = Field(title="三级指标")
    target: Text = Field(title="指标值（目标）", description="如 ≥95%、100%、≥2/10万、不断提高")
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


class Project(_Model):
    """One budget project in a 项目支出绩效自评工作报告 (seed 004)."""

    name: Text = Field(title="项目名称")
    goal: Text = Field(title="绩效目标及实现情况")
    budget: Optional[Amount] = Field(None, title="预算资金")
    spent: Optional[Amount] = Field(None, title="实际支出")
    score: Optional[Decimal] = Field(None, ge=0, le=100, allow_inf_nan=False, title="项目自评得分")


class Evaluation(_Model):
    score: Optional[Decimal] = Field(None, ge=0, le=100, allow_inf_nan=False, title="自评得分")
    rating: Optional[Literal["优", "良", "中", "差"]] = Field(None, title="自评等级")
    basis: list[Text] = Field(default_factory=list, title="评价依据文件")
    method: Optional[Text] = Field(None, title="评价方式")


class Disclosure(_Model):
    budget_date: Optional[_dt.date] = Field(None, title="预算公开日期")
    final_accounts_date: Optional[_dt.date] = Field(None, title="决算公开日期")

    @field_validator("budget_date", "final_accounts_date", mode="after")
    @classmethod
    def _not_future(cls, v: Optional[_dt.date]) -> Optional[_dt.date]:
        """A report states that disclosure has happened: a future date is a typing mistake."""
        if v is not None and v > _dt.date.today():
            raise ValueError(f"公开日期{v.isoformat()}晚于今天，应为已经公开的日期")
        return v


class Management(_Model):
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


class StyleSettings(_Model):
    """How this bureau writes figures; unset keys follow jixiao.toml, then the outline (gen.core.number_style)."""

    thousands_separator: Optional[bool] = Field(None, title="千分位分隔符", description="true：325,399.34万元；false：325399.34万元")
    amount_decimals: Optional[Literal["keep", "whole", "strip"]] = Field(
        None, title="金额小数", description="keep：900.00万元；whole：900万元、18.60万元；strip：900万元、18.6万元"
    )
    percent_decimals: Optional[Literal["keep", "whole", "strip"]] = Field(
        None, title="百分比小数", description="keep：92.80%、99.00%；whole：92.80%、99%；strip：92.8%、99%"
    )


class ReportSpec(_Model):
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
