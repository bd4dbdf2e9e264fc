"""W060: a year written with 年来 for 年以来 (2022年来，我区……).

年来 follows a length of time (近年来, 多年来, 三年来, 100年来: so many years up to now); after a calendar year
the phrase is 以来 (2022年以来: from that year on). 2022年来 is 2022年以来 that lost its 以, a slip a reviewer marks
at once, and it recurs at the head of a paragraph in summaries and disclosure reports of every body.

Read only a four-digit year of 1900-2099 (so 100年来 and 三年来 are lengths, never read) and only when a comma
follows 年来 at once: there 来 can only close the time phrase. Before anything else 来 may be the verb of the
sentence (2019年来我镇调研: the visitors came in 2019), which is right. The one other place read is 年来的 before a
word of a body's record (交流2021年来的工作情况, 2020年来的成效): what came in a year is a person (2019年来的专家),
never 工作, 成效 or 变化, so there too 来 closes the time phrase. The third is 年来 before an adverb that opens
the predicate of a running total or a steady effort (2012年来累计投入, 2020年来先后建成, 2019年来持续推进): the verb
来 takes a place or a purpose after it (来我镇, 来调研), never 累计, 先后 or 持续, so there too 来 closes the time phrase.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W060",
    name="year-since-lost",
    severity="warning",
    summary="年份后的“以来”漏了“以”（“2022年来，……”）",
    doc=(
        "检查什么：具体年份后写“年来”，且紧接逗号，如“2022年来，我区……”，应为“2022年以来”。\n"
        "为什么：“年来”接在一段时长之后（近年来、多年来、三年来），具体年份之后应说“以来”，漏了“以”读来不通。\n"
        "“年来的”后接工作、成效、变化、情况等的（“交流2021年来的工作情况”），“年来”后接累计、先后、持续等副词的"
        "（“2012年来累计投入”）同样报告。\n"
        "不报的情形：时长后的“年来”（“近年来”“三年来”“100年来”）；“年来”后不是逗号、也不是“的工作”“的成效”这类的"
        "（“2019年来我镇调研”“2019年来的专家”，“来”是动词）。\n"
        "示例：“2022年来，某镇坚持依法行政”应为“2022年以来，某镇坚持依法行政”。"
    ),
    flag=(
        "2023年来，某街道坚持把政务公开作为重点工作。",
        "自2021年来,我局持续推进数字化建设。",
        "座谈中交流了2022年来的工作情况和取得的成效。",
        "据统计，2015年来累计投入资金约3亿元。",
        "2020年来先后建成污水处理站5座。",
    ),
    keep=(
        "2023年以来，某街道坚持把政务公开作为重点工作。近年来，各项工作稳步推进。",
        "三年来，我局持续推进数字化建设；建党100年来，成就举世瞩目。",
        "2019年来我镇调研的专家组提出了意见。",
        "2019年来的专家组提出了意见；座谈中交流了2022年以来的工作情况。",
        "据统计，2015年以来累计投入资金约3亿元；近三年来先后建成污水处理站5座。",
        "专家组2021年来调研，2022年来指导。",
    ),
)

# A year of 1900-2099 (not a longer figure), 年来, then a comma at once or 的 and a word of the body's record.
_YEAR_SINCE = regex_cache.compile(
    r"(?<![\d.．])(?:19|20)\d{2}[ \u3000]{0,2}年(来)"
    r"(?=[，,]|的(?:工作|成效|成绩|变化|发展|情况|进展|经验|做法|成果)"
    r"|(?:累计|累积|共计|先后|陆续|持续|不断|始终|一直|逐年)[\u4e00-\u9fff])"
)


def check(ctx):
    text = ctx.text
    if "年来" not in text:
        return
    for m in _YEAR_SINCE.finditer(text):
        s, e = m.span()
        written = text[s:e]
        fixed = written[:-1] + "以来"
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{written}”：具体年份后应说“以来”，漏了“以”，应为“{fixed}”。", fixed)
