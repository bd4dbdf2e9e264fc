"""T020: a plan's title whose period lost its 年 (《法治浙江建设规划(2021-2025)》 for （2021—2025年）).

A plan, an outline or a programme that covers several years carries its period in its title, closed by 年:
《中医药发展战略规划纲要（2016—2030年）》, 《广东省法治政府建设实施纲要（2016—2020年）》. A title quoted with
the period's two years bare before its closing 》 is not the document's name: the 年 was lost in copying. Every
such title in the annotated sets of rounds 52–55 (five of them) was marked as a defect.

Read only where the words before the period end in a genre of a plan (规划, 纲要, 计划, 方案, 行动, 战略, 工程,
意见, 要点, 指南, 措施, 清单): a history volume's period (《中国共产党历史（1921—1949）》) names an era, not the
years a document covers, and stays silent; so does a period written with its 年 or 年度. The dash between the
years (P001's and the style rules' matter) is not judged here.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T020",
    name="plan-period-without-nian",
    severity="warning",
    summary="规划、纲要等文件名称中的起止年份漏了“年”（《法治浙江建设规划(2021-2025)》）",
    doc=(
        "检查什么：书名号内规划、纲要、计划、方案等文件名称末尾的起止年份没有“年”，"
        "如《中医药发展战略规划纲要（2016—2030）》。\n"
        "为什么：这类文件的正式名称写作“（2016—2030年）”，漏了“年”就不是文件的正式名称。\n"
        "不报的情形：起止年份带“年”或“年度”的；史书等名称中的年代（《中国共产党历史（1921—1949）》）。\n"
        "示例：《广东省法治政府建设实施纲要(2016-2020)》应为《广东省法治政府建设实施纲要（2016—2020年）》。"
    ),
    flag=(
        "认真落实《某省法治政府建设实施纲要(2016-2020)》，全面推进依法行政。",
        "牵头编制《某县国土空间总体规划（2021—2035）》，按时报审。",
    ),
    keep=(
        "认真落实《某省法治政府建设实施纲要（2016—2020年）》，全面推进依法行政。",
        "组织干部学习《中国共产党历史（1921—1949）》，编制《某区养老服务设施布局规划（2021-2025年度）》。",
        "某县国土空间总体规划（2021—2035）已报省政府审批。",  # no 《》: a plan named in prose, not its title
    ),
)

_PERIOD = regex_cache.compile(
    r"《[^《》\n]{0,60}?(?:规划|纲要|计划|方案|行动|战略|工程|意见|要点|指南|措施|清单)[ \u3000]?"
    r"(?P<p>[（(][ \u3000]?((?:19|20)\d{2})[ \u3000]?[-—–－―~～至到]{1,2}[ \u3000]?((?:19|20)\d{2})[ \u3000]?[）)])》")


def check(ctx):
    text = ctx.text
    if not contains(text, ")》") and not contains(text, "）》"):
        return
    for m in _PERIOD.finditer(text):
        if int(m.group(3)) <= int(m.group(2)):
            continue  # not a period of years
        yield Finding(m.start("p"), m.end("p"), RULE.code, RULE.severity,
                      f"文件名称中的起止年份“{m.group('p')}”漏了“年”，"
                      f"正式名称应写作“（{m.group(2)}—{m.group(3)}年）”，请核对文件的正式名称。",
                      f"（{m.group(2)}—{m.group(3)}年）")
