"""N002: a stated rate (执行率, 支出进度, 到位率…) that its own amounts contradict."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..percent_claims import claim_findings
from ..registry import Rule

RULE = Rule(
    code="N002",
    name="rate-mismatch",
    severity="error",
    summary="所述比率与同句中的分子、分母金额不符",
    doc=(
        "检查执行率、支出进度、到位率、使用率、完成率、采购执行率等：在同一分句组（到上一个句号或分号为止）"
        "中按 glossary/rates.yaml 的关键词找到分子和分母金额，重新计算；所有可能的分子分母组合都与所述"
        "百分数（按其小数位数四舍五入或截断）不符时报错。分句组中只有分子时，分母（预算）也可在同一段的上一句"
        "或本句分号之前（“项目预算资金……，其中：……。实际支出……，预算执行率……”），其间不能再有同类比率。"
        "分子或分母不在文中时不报告。"
        "例：政府采购计划金额为694.13万元，实际政府采购金额为693.58万元，政府采购执行率为98.92%（应为99.92%）。"
    ),
    flag=("政府采购计划金额为694.13万元，实际政府采购金额为693.58万元，政府采购执行率为98.92%。",
          # the budget told once, with its breakdown, in the sentence before the rate
          "项目预算资金3,750.00万元，其中：中央资金2,500.00万元，省级资金1,250.00万元。截至12月31日，"
          "项目资金到位3,750.00万元，到位率110%；实际支出3,375.00万元，预算执行率95.00%。",
          "2023年部门预算总额4,820.00万元，其中：基本支出1,320.00万元，项目支出3,500.00万元。"
          "全年实际支出4,579.00万元，预算执行率96.00%。",
          # a count's part told in a 其中 after its whole, the rate right after the part
          "全年接到群众来信420件，其中办结396件，办结率95.7%。"),
    keep=(
        # no application received, none closed: 0 of 0 recomputes no rate (the rule once stopped on it)
        "全年共收到政府信息公开申请0件，已办结0件、办结率100%。",
        # counts rounded to 0.1万件: the rate told from the unrounded counts lies in the range they leave
        "今年1-11月份，中心受理办件301.5万件，办结301.2万件，办结率99.89%。",
        "政府采购计划金额为694.13万元，实际政府采购金额为693.58万元，政府采购执行率为99.92%。",
        "农村和城镇低保适龄妇女“两癌”免费检查完成2030人，完成率135.33%。",
        "全年任务数为270人，完成数为365人，完成比例135.18%。",
        "项目预算资金3,750.00万元，其中：中央资金2,500.00万元，省级资金1,250.00万元。截至12月31日，"
        "项目资金到位3,750.00万元，到位率100%；实际支出3,375.00万元，预算执行率90.00%。",
        # two budgets before: either one may be the rate's base
        "年初预算1,000.00万元，调整后预算1,200.00万元。全年实际支出1,140.00万元，预算执行率95.00%。",
        # the budget before has its own rate told: the next sentence's rate is another base's
        "基本支出预算300.00万元，支出290.00万元，执行率96.67%。项目支出1,140.00万元，执行率95.00%。",
        # each part of the budget told before has its own spending and rate (520.38 and 4140.52, not the total)
        "年初预算4660.90万元，其中专项资金520.38万元，财政拨款资金4140.52万元。专项资金支出316.38万元，预算执行率61%，"
        "财政资金支出2419.45万元，预算执行率58%。",
        # a part of the whole told before, with its rate on its own budget (not the whole's 45万元)
        "“三公”经费支出预算为45万元，支出决算为38.62万元。其中：公务用车购置及运行维护费支出决算为31.12万元，"
        "完成预算的86.06%；公务接待费支出决算为7.5万元。",
        "全年接到群众来信420件，其中办结396件，办结率94.3%。",
        # a 其中 part that is no numerator of the rate (转办 is not 办结): the rate is not part over total
        "全年接到群众来信420件，其中转办96件，办结率94.3%。",
        # a new paragraph: the budget above is not read
        "项目预算资金3,750.00万元。\n实际支出3,375.00万元，预算执行率95.00%。",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    return claim_findings(ctx, RULE, lambda c: c.kind == "rate" and not c.stated.comparator and not c.agrees(),
                          lambda c: f"所述{c.name}{c.stated.raw}与文中数字不符：{c.explain()}")
