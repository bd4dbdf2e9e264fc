"""The bureau and its money: who reports (name, region, self-reference), income and spending, budget, staffing.

One block of the data model (:mod:`gen.core.model` assembles the report);
kept apart so each block reads on its own and the model stays small.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field, field_validator, model_validator

from .glossary import default_self_ref, self_ref_names
from .model_fields import Amount, Block, Count, Name, Percent, Text
from .sectors import sector_id, sector_names

# Self-references (我局/我委/我会/我单位 …) are data: glossary/bodies.yaml, one place.
SELF_REFS = self_ref_names()


class Region(Block):
    """Where the bureau is: it names the region in a few sentences and chooses the outline by region. All optional:
    a data file without it gets the kind's default outline and no sentence that names the region."""
    province: Optional[Text] = Field(None, title="省（自治区、直辖市）")
    city: Optional[Text] = Field(None, title="市（地区、州）")
    county: Optional[Text] = Field(None, title="县（区、市）")




class Bureau(Block):
    name: Name = Field(title="单位全称", description="例如：广州市荔湾区卫生健康局")
    short_name: Optional[Name] = Field(None, title="单位简称", description="例如：区卫生健康局")
    self_ref: Literal[SELF_REFS] = Field(  # type: ignore[valid-type]
        "我局", title="自称", description="报告中单位的自称，如我局、我委、我中心；留空按单位名称（委员会为我委，厅为我厅，馆为我馆，学校为我校；看不出单位类型时为我单位）"
    )
    region: Region = Field(default_factory=Region, title="所在地区")
    unit_type: Optional[Text] = Field(None, title="单位性质", description="例如：全额拨款的行政单位")
    internal_units: list[Text] = Field(default_factory=list, title="内设机构")
    sector: Optional[str] = Field(
        None, title="所属行业", description="行业代码或名称：health（卫生健康）/ education（教育）/ civil_affairs（民政）/ finance（财政）…（glossary/sectors/ 中每个行业一个文件，文件名即代码）；留空按单位名称识别"
    )

    @model_validator(mode="before")
    @classmethod
    def _self_ref_from_name(cls, data):
        if isinstance(data, dict) and data.get("self_ref") in (None, "") and isinstance(data.get("name"), str):
            data = {**data, "self_ref": default_self_ref(data["name"].strip())}
        return data

    @field_validator("sector", mode="after")
    @classmethod
    def _known_sector(cls, v: Optional[str]) -> Optional[str]:
        """An id or the sector's Chinese name (the batch workbook's drop-down shows names); kept as the id."""
        if v is None:
            return v
        found = sector_id(v)
        if found is None:
            names = "、".join(f"{i}（{n}）" for i, n in sector_names().items())
            raise ValueError(f"行业“{v}”不在登记表中，可选：{names}")
        return found


class PreviousYear(Block):
    income: Optional[Amount] = Field(None, title="上年收入")
    expenditure: Optional[Amount] = Field(None, title="上年支出")
    basic_expenditure: Optional[Amount] = Field(None, title="上年基本支出")
    personnel: Optional[Amount] = Field(None, title="上年人员经费")
    public_costs: Optional[Amount] = Field(None, title="上年日常公用经费")
    project_expenditure: Optional[Amount] = Field(None, title="上年项目支出")


class FundSource(Block):
    name: Text = Field(title="资金来源名称", description="例如：一般公共预算财政拨款")
    budget: Optional[Amount] = Field(None, title="预算数")
    arrived: Optional[Amount] = Field(None, title="到位数")
    spent: Optional[Amount] = Field(None, title="支出数")


class Reasons(Block):
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


class Finance(Block):
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


class BudgetPlan(Block):
    """The budget block of a 绩效目标申报表 (seed 003)."""

    basic: Optional[Amount] = Field(None, title="基本支出预算")
    project: Optional[Amount] = Field(None, title="项目支出预算")
    special_development: Optional[Amount] = Field(None, title="财政专项资金")
    other_development: Optional[Amount] = Field(None, title="其他事业发展性支出")
    own_level: Optional[Amount] = Field(None, title="本级使用资金")
    transfers: Optional[Amount] = Field(None, title="拟用于对下转移支付资金")
    sources: list[FundSource] = Field(default_factory=list, title="收入来源")


class Staffing(Block):
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
