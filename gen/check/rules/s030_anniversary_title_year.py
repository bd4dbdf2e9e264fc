"""S030: an anniversary held in the text that falls in another year than the title's (a 2023 title, 妇女节99周年).

A report tells what was done in its year: "召开纪念“三八”国际劳动妇女节99周年大会" dates the event, since the
day's first year is fixed and the count of years is written. A summary copied from an old one, or a content
farm's page that heads an old text with this year's title (2023年妇联上半年总结篇1 over a text of 2009), keeps
the old count; the reader who knows the 113th 三八 was held in 2023 sees the text is not this year's.

The founding years are policy data with their sources (gen.check.founding_years: 三八 1910, 五四 1919, the Party
1921, the Youth League 1922, the army 1927, the People's Republic 1949), shared with N074.

Only a celebration held (纪念/庆祝 … N周年) is read, and only when it misses the title's year by two years or
more (a plan may name next year's, a report written early the next year last year's). The title's year is the
nearest title line above (a short line with a year and a report's genre word: 总结, 报告, 计划 …), so a farm
page's several texts are each read against their own title.

A yearly event counted by its ordinal dates its year the same way: the 爱国卫生月 was first held in 1989, so
"开展第三十个爱国卫生月活动" under a 2020 title is two years off (2020 held the 32nd). The events and their first
years are policy data too (founding_years.first_held), each with its source.
"""

from __future__ import annotations

from typing import Optional

from ...core import regex_cache
from .. import founding_years
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S030",
    name="anniversary-title-year",
    severity="warning",
    summary="文中纪念某节日（建党、建军等）若干周年，与标题的年份不符",
    doc=(
        "检查什么：正文写“纪念“三八”国际劳动妇女节99周年大会”“庆祝建党100周年”等，按成立年份（三八妇女节1910年、五四运动1919年、"
        "中国共产党1921年、共青团1922年、建军1927年、新中国1949年）算出的年份，与上方标题的年份相差两年以上。\n"
        "为什么：周年数确定了活动的年份；与标题年份不符，多是沿用旧文稿或转载网站把旧文章套上新标题，内容不是本年度的。\n"
        "每年举办一次的活动（爱国卫生月1989年起、全国安全生产月2002年起、全国防灾减灾日2009年起、全国助残日1991年起等）写“第N个”的，同样按首次举办年份算出年份核对。\n"
        "不报的情形：相差一年以内的（计划写下一年的纪念、次年初写上一年的）；没有带年份的标题的；只提周年、没有纪念或庆祝的。\n"
        "示例：标题“2023年妇联上半年工作总结”下写“召开纪念“三八”国际劳动妇女节99周年大会”，99周年是2009年，2023年是113周年。"
    ),
    flag=(
        "2023年某县妇联上半年工作总结\n3月6日，召开纪念“三八”国际劳动妇女节99周年大会，300人参加。\n",
        "某镇2022年团委工作总结\n五月，组织青年开展纪念五四运动九十周年主题活动。\n",
        "2024年某局工作计划\n一、党建工作\n七月，组织党员庆祝建党90周年。\n",
        "某乡2020年卫生工作总结\n四月，积极开展第三十个“爱国卫生月”活动。\n",
        "2023年某县应急管理局工作总结\n六月，组织开展第十九个全国安全生产月活动。\n",
        "2022年某县残联工作总结\n五月，为迎接第二十八次全国助残日，开展系列助残活动。\n",
    ),
    keep=(
        "2023年某县妇联上半年工作总结\n3月6日，召开纪念“三八”国际劳动妇女节113周年大会，300人参加。\n",
        "2018年某局工作总结\n二是筹备庆祝新中国成立70周年活动。\n",  # next year's, in a plan
        "某局工作总结\n组织党员庆祝建党90周年。\n",  # no year in the title
        "2023年某校工作总结\n校史馆建成，学校建校60周年，纪念活动圆满。\n",  # not one of the days read
        "某乡2020年卫生工作总结\n四月，积极开展第32个“爱国卫生月”活动。\n",
        "2023年某县应急管理局工作总结\n六月，组织开展第二十二个全国安全生产月活动。\n",
        "2022年某县残联工作总结\n五月，为迎接第三十二次全国助残日，开展系列助残活动。\n",
    ),
)

_HELD = (r"(?:纪念|庆祝)[^。；;！!\n]{0,8}?(?P<day>{names})"
         r"[^。；;，,！!\n\d]{0,10}?(?P<count>\d{1,3}|[一二三四五六七八九十百]{1,5})\s{0,2}周年")
_ORDINAL = r"第(?P<count>\d{1,3}|[一二三四五六七八九十百]{1,5})(?:个|届|次)\s{0,2}[“\"「]?(?P<day>{ordinals})"
_TITLE = regex_cache.compile(r"(?<!\d)((?:19|20)\d\d)年[^。；;，,：:\n]{0,40}?(?:总结|报告|计划|要点|汇报|情况|打算)")
TITLE_LINE = 50  # a title line is this short


def _title_year(paras, pos: int) -> Optional[int]:
    """The year of the nearest title line above pos."""
    year = None
    for p in paras:
        if p.start > pos:
            break
        if len(p.text) <= TITLE_LINE and p.text[-1:] not in "。；;，,":
            m = _TITLE.search(p.text)
            if m:
                year = int(m.group(1))
    return year


def _ordinals(ctx):
    """A yearly event held the Nth time (第三十个爱国卫生月) in another year than the title's."""
    text, first = ctx.text, founding_years.first_held()
    for m in founding_years.compiled(_ORDINAL).finditer(text):
        count = founding_years.count_of(m.group("count"))
        title = _title_year(ctx.paragraphs, m.start()) if count else None
        if title is None:
            continue
        held = first[m.group("day")] + count - 1
        if abs(held - title) < 2:
            continue
        yield Finding(m.start(), m.end("count") + 1, RULE.code, RULE.severity,
                      f"第{m.group('count')}个“{m.group('day')}”是{held}年，与标题的{title}年不符（{title}年是第"
                      f"{title - first[m.group('day')] + 1}个）：正文像是沿用旧年份的文稿，请核对。", None)


def check(ctx):
    text = ctx.text
    if "第" in text:
        yield from _ordinals(ctx)
    if "周年" not in text:
        return
    paras = ctx.paragraphs
    founded = founding_years.founded()
    for m in founding_years.compiled(_HELD).finditer(text):
        count = founding_years.count_of(m.group("count"))
        title = _title_year(paras, m.start()) if count else None
        if title is None:
            continue
        held = founded[m.group("day")] + count
        if abs(held - title) < 2:
            continue
        yield Finding(m.start("count"), m.end("count") + 2, RULE.code, RULE.severity,
                      f"“{m.group('day')}”{m.group('count')}周年是{held}年，与标题的{title}年不符（{title}年是"
                      f"{title - founded[m.group('day')]}周年）：正文像是沿用旧年份的文稿，请核对年份和周年数。", None)
