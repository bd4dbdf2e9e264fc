"""P012: two clauses run together after a figure ("发放率为98%覆盖率为100%").

Indicator sentences list one measure after another, each with its own
subject, verb and figure: "发放率为98%，覆盖率为100%". When the comma is lost
the next subject is glued to the figure ("98%覆盖率及到位率均为100%"), and a
reader cannot tell where one measure ends. The sign is a percentage followed
directly, with no mark, by a new subject that names a measure (…率, …值, …数,
…额, …度, …量, …比例) and its own 为/达/达到/是 + figure. Words that continue the
first clause after a percentage (以上, 左右, 的, 及以上, 增长, 提高 …) are not a new
subject, and neither is a subject that does not end in a measure word. The
same slip after an amount or a count (120万元预算执行率为96%) is read too, with
its verb; after a percentage a rate needs none ("执行率98%到位率100%"). An amount
restated at once as the next sentence's subject ("共计4250万元4250万元中，……") lost the
full stop between the two: the same amount back to back, the second followed by 中.

The 概况 says what the body is and whether it has units below it, two
statements: "本单位为某局下属二级预算单位，无下级预算单位". Glued together
("…二级预算单位无下级预算单位") the second reads as part of the first's name.
Read only after 为/是 naming a 预算单位, with 无/没有 下级 (下属, 所属, 二级)
单位 straight after it.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P012",
    name="clauses-run-together",
    severity="warning",
    summary="数值之后缺少标点，两个分句连在一起",
    doc=(
        "检查什么：一个百分数（或金额、人次）之后紧接着另一个分句的主语和数值，中间没有标点，如“经费发放率为98%覆盖率为100%”"
        "“指标值为100%实际完成值为100%”；说明单位性质的“为……二级预算单位”之后紧接“无下级预算单位”；以及一个金额之后紧接着下一句又以同一金额开头（“共计3180万元3180万元中”），中间漏了句号。\n"
        "为什么：并列的指标各有主语和数值，应以逗号或分号隔开；漏了标点，读者分不清数值属于哪个指标。\n"
        "不报的情形：百分数之后是“以上”“左右”“的”“及以上”等接着修饰前一分句的词；数值前紧挨着另一个数值（“100%100%”，去掉表格线的指标表中目标值、实际值相连）；"
        "后面的词不以“率、值、数、额、度、量、比例”等指标名结尾。\n"
        "示例：“经费发放率为98%覆盖率为100%”应为“经费发放率为98%，覆盖率为100%”。"
    ),
    flag=("2.质量指标。资金发放率为98%覆盖率及到位率均为100%。",
          "时效指标年度指标值为100%实际完成值为100%，按时发放。",
          "群众满意度达96%投诉办结率达到100%。",
          "预算执行率98.5%资金到位率100%。",
          "全年支出120.5万元预算执行率为96.4%。",
          "由本单位管理的资金共计3180万元3180万元中，省级项目支出为120万元。",
          "本馆是县文化和旅游局所属二级预算单位没有下属预算单位，设三个股室。"),
    keep=("资金发放率为98%，覆盖率为100%。", "执行率达到90%以上的得10分。", "孕产妇7天访视数 214人。",
          "全年支出120.5万元，预算执行率为96.4%。",
          "完成率98%的单位占比为60%。", "同比增长5%左右增幅为近年最低。",
          "增长5%主要原因为人员增加。",
          "由本单位管理的资金共计3180万元。3180万元中，省级项目支出为120万元。",
          # a flattened table: a target and its actual value side by side
          "成本指标计划总投资20万元20万元10分",
          # a flattened table row: target, actual, then the next row's indicator name and target
          "数量指标储备到位率100%100%库存数量真实率100%100%",
          "本馆是县文化和旅游局所属二级预算单位，没有下属预算单位，设三个股室。",
          "本单位无下级预算单位。"),
)

# A measure word ends the new subject; 均/也/分别 may stand before its verb. Both ways open on a digit that a
# point or a unit follows: said first (one class test), it turns away a figure's other digits at once.
_RUN_ON = regex_cache.compile(
    r"\d(?=[.%％万亿元人])(?:(?:\.\d+)?(?:[%％]|万元|亿元|元|人次)(?P<subject>[\u4e00-\u9fff]{2,12}?(?:率|值|数|额|度|量|比例|比重))"
    r"(?:均|也|分别)?(?:为|达到|达|是)[ \u3000]?\d"
    # after a percentage a rate needs no verb: "执行率98%到位率100%"
    r"|(?:\.\d+)?[%％](?P<rate>[\u4e00-\u9fff]{2,12}?率)[ \u3000]?\d)"
)
# The same amount twice, the second opening the next sentence ("4250万元4250万元中"): its 。 lost.
_RESTATED = regex_cache.compile(r"(?<![\d.,])(?P<fig>\d[\d.,]{0,15}(?:万元|亿元|元))(?P=fig)(?:之中|中)")
# An amount run straight into a figure: where _RESTATED can match at all (a literal-led search, found at once).
_YUAN_THEN_DIGIT = regex_cache.compile(r"元\d")
# "为某局下属二级预算单位无下级预算单位": what the body is, glued to its having no units below it.
_NO_SUBUNIT = regex_cache.compile(
    r"(?:为|是)[^，,。；;：:\n]{2,40}?预算单位(?=(?:无|没有)(?:下级|下属|所属|二级)(?:预算)?单位)"
)
# What goes on with the first clause rather than opening a new one.
_CONTINUES = regex_cache.compile(r"^(?:以上|以下|及以上|及以下|左右|上下|之间|的|之|至|到|和|与|或|增|减|提高|下降|降低|上升|增长|高于|低于|超)")


# A figure that ends right where the glued figure begins: two cells of a flattened table row (target, actual).
_CELL_BEFORE = regex_cache.compile(r"\d(?:\.\d+)?(?:[%％]|万元|亿元|元)$")


def _figure_start(text: str, start: int) -> int:
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    return start


def _figure(text: str, start: int, end: int) -> str:
    """The whole figure before the glued subject (the match starts at its last digit)."""
    return text[_figure_start(text, start):end]


def check(ctx):
    for m in (_RESTATED.finditer(ctx.text) if _YUAN_THEN_DIGIT.search(ctx.text) else ()):
        at = m.end("fig")
        yield Finding(
            at - 1, at, RULE.code, RULE.severity,
            f"“{m.group('fig')}”之后紧接着下一句以同一金额开头，中间缺少句号。", ctx.text[at - 1] + "。",
        )
    for m in near_needles(_NO_SUBUNIT, ctx.text):
        yield Finding(
            m.end() - 1, m.end(), RULE.code, RULE.severity,
            "“……预算单位”之后紧接着另一个分句“无下级单位”，中间缺少标点，应加逗号隔开。", "位，",
        )
    for m in _RUN_ON.finditer(ctx.text):
        name = "subject" if m.group("subject") else "rate"
        subject = m.group(name)
        if _CONTINUES.match(subject):
            continue
        at = m.start(name)
        begin = _figure_start(ctx.text, m.start())
        if _CELL_BEFORE.search(ctx.text, max(0, begin - 16), begin):
            continue  # 100%100%库存数量真实率: a table's target and actual cells, then the next row
        mark = ctx.text[at - 1]
        yield Finding(
            at - 1, at, RULE.code, RULE.severity,
            f"“{_figure(ctx.text, m.start(), at)}”之后紧接着另一个分句“{subject}…”，中间缺少标点，应加逗号或分号隔开。", mark + "，",
        )
