"""N025: a comparison stated in words (决算数小于预算数, 支出大于收入) that the sentence's own figures contradict."""

from __future__ import annotations

from typing import Iterable

from ..comparisons import Comparison, contradicted
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import num
from ..registry import Rule

RULE = Rule(
    code="N025",
    name="comparison-contradicted",
    severity="error",
    summary="文字所述大小关系（决算数小于预算数、支出大于收入等）与同一句中的数字矛盾",
    doc=(
        "检查什么：同一句先写出两个数（年初预算数、支出决算；本年收入、本年支出），或一方占另一方的比率"
        "（完成年初预算的108.41%），又用文字说明两者的关系（“决算数小于预算数的主要原因是……”“支出大于收入”"
        "“决算数与预算数持平”），而数字显示的关系与文字相反，或数字相等却说大于、小于；"
        "以及一个数紧接着与所比的标准相比（“满意度88%，高于年度目标值90%”“执行率96.5%，低于95%的目标”）而大小说反了。"
        "“低于目标值5%”可能指低5个百分点，只认“低于95%的目标”这种写法。\n"
        "为什么：这类说明常从上一行照抄，与本行数字对不上，读者无从判断哪个是真的。\n"
        "不报的情形：差额在所述精度的舍入范围内；同一方在句中有两个不同的数（年初预算、调整预算）；"
        "“不大于”“未超过”“如……”等限定或条件；比率写作100%（可能有尾差）。用词是数据"
        "（glossary/comparisons.yaml，带示例）。\n"
        "示例：年初预算数为62.38万元，支出决算为62.38万元，完成年初预算的100.0%，决算数小于预算数的主要原因是……"
    ),
    flag=(
        "农林水支出年初预算数为27.05万元，支出决算为27.05万元，完成年初预算的100.0%，"
        "决算数小于预算数的主要原因是压减会议费。",
        "教育支出年初预算数为120.00万元，支出决算为98.20万元，决算数大于预算数的主要原因是年中追加。",
        "本年收入86.4万元，本年支出91.2万元，收入大于支出。",
        # a figure, then the verb and the standard it is compared with
        "群众满意度为86%，高于全市平均水平91%。",
        "项目资金支出进度97.2%，低于90%的序时进度要求。",
        "卫生健康支出支出决算为18.2万元，完成年初预算的112.5%，决算数小于预算数的主要原因是追加疫情防控经费。",
    ),
    keep=(
        "教育支出年初预算数为120.00万元，支出决算为131.80万元，决算数大于预算数的主要原因是年中追加。",
        "农林水支出年初预算数为27.05万元，支出决算为27.05万元，完成年初预算的100.0%，决算数等于预算数。",
        "卫生健康支出支出决算为18.2万元，完成年初预算的87.5%，决算数小于预算数的主要原因是项目延期。",
        # within rounding: 12.3 and 12.30 may be 12.304 and 12.296
        "年初预算数为12.30万元，支出决算为12.3万元，决算数与预算数持平。",
        # last year's figure is not a side of this year's comparison
        "上年支出决算为120.00万元，年初预算数为100.00万元，本年支出决算为90.00万元，决算数小于预算数。",
        "本年收入86.4万元，本年支出91.2万元，确保收入大于支出。",
        "群众满意度为96%，高于全市平均水平91%。",
        # 低于目标值5% may mean "by 5%"; 超过200万元的项目 names another thing
        "项目资金支出进度97.2%，低于年度目标值5%。",
        "全年安排资金150万元，超过300万元的项目2个。",
    ),
)

_SAY = {"greater": "大于", "less": "小于", "equal": "等于"}


def _shown(c: Comparison) -> str:
    if len(c.evidence) == 1:
        rate = c.evidence[0]
        return f"同一句“{rate.raw_label.strip()}{num(rate.q)}%”表明{c.sides[0]}{_SAY[c.shown]}{c.sides[1]}"
    a, b = c.evidence
    if c.adjacent:
        return f"{a.label}{num(a.q)}{a.q.unit}{_SAY[c.shown]}{c.sides[1]}{b.q.value:f}{b.q.unit}"
    return f"同一句中{a.label}{num(a.q)}{a.q.unit}{_SAY[c.shown]}{b.label}{num(b.q)}{b.q.unit}"


def check(ctx: CheckContext) -> Iterable[Finding]:
    for c in contradicted(ctx):
        yield Finding(
            c.start, c.end, RULE.code, RULE.severity,
            f"此处称“{c.text}”，但{_shown(c)}，文字与数字矛盾：请核对数字或改写说明",
        )
