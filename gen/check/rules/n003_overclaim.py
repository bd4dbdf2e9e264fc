"""N003: "达/达到/超过 X%" where the text's own figures give less."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..percent_claims import claim_findings
from ..registry import Rule

RULE = Rule(
    code="N003",
    name="overclaim",
    severity="error",
    summary="“达到”“超过”某百分比，但文中数字算出的值更低",
    doc=(
        "检查带“达”“达到”“超过”“不低于”的比率或占比：按文中分子、分母重新计算，"
        "结果低于所述值且按所述精度也不能四舍五入或截断为所述值时报错。"
        "“达90%”而实际只有89.45%属于夸大成绩。"
        "例：实际到位资金30758.63万元，实际支出27512.96万元，资金使用率达90%（实为89.45%）。"
    ),
    flag=("实际到位资金30758.63万元，实际支出27512.96万元，资金使用率达90%。",
          # the part's share named by the part's own name: of the count before 其中 naming its noun (1248÷4610)
          "拥有养老总床位4610张，每千名老人拥有床位45.27张。其中护理型床位1248张，护理型床位比例达到30.96%。"),
    keep=(
        "拥有养老总床位4610张，每千名老人拥有床位45.27张。其中护理型床位1248张，护理型床位比例达到27.07%。",
        # the figure before 其中 names another noun: whose share it is is not known
        "全院职工300人，其中护理人员120张，护理型床位比例达到50%。",
        "实际到位资金30758.63万元，实际支出27512.96万元，资金使用率达89%。",
        "实际到位资金30758.63万元，实际支出27812.96万元，资金使用率达90%。",
        "新生儿遗传代谢性疾病筛查率、听力筛查率均达到99%以上。",
        "全年收入合计820万元，支出合计650万元，其中：人员经费支出400万元，执行率达100%，"
        "专项经费支出250万元，执行率达60%。",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    return claim_findings(ctx, RULE, lambda c: c.stated.comparator in ("≥", ">") and not c.reaches(),
                          lambda c: f"所述{c.name}{c.stated.raw}高于文中数字算出的值：{c.explain()}")
