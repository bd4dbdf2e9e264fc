"""W062: the frame 在……的领导下 that lost its 在 (市机关事务服务中心市委、市政府的正确领导下，……).

Nearly every summary opens with the frame 在市委、市政府的正确领导下 (under the leadership of …): 在 opens it, 领导下
closes it, and the bodies that lead stand between. When 在 is lost in editing, the clause reads
"某中心市委、市政府的正确领导下，" or "县委、县政府的坚强领导下，各项工作……": the bodies and 领导下 hang without the
preposition that makes them an adverbial of the sentence, a slip a reviewer marks at once.

Read only the clause that ends in 领导下 and holds no 在 (nor 于 or 受, which open the frame too) since the last mark
before it (，。；：), within 40 characters, and that names a leading body (委, 政府, 党, 局, 厅, 部, 会) before
领导下. The clause is read on past two marks that do not close it: a line break inside a sentence (a wrapped line,
the character before it no mark) and a comma right after a leading body, where the list of bodies runs on
(在市委、市政府，新区党工委、管委会的坚强领导下). 领导下的 is a noun phrase (党委领导下的校长负责制), not the frame, and is not read.

The same frame closes on other nouns than 领导 (在各方的共同努力下, 在一代又一代民警的长期坚守下, 在上级部门的指导下):
a sentence that opens on "一代又一代……民警的长期坚守下，" lost its 在 the same way. With no leading body to tell the
frame, it is read only at a sentence's start: from the last 。！？； (or the text's start, within _SENTENCE_BACK
characters) to …的……下， nothing may stand that opens or carries an adverbial (在, 于, 受, 经过, 通过, 依靠, 得益,
离不开, 由于, 是), so a sentence whose 在 stands on the wrapped line before is silent; 以下, 如下, 地下 and their
like are words of their own. Of 2,000 older pages and reports three such sentences were read, all slips.

A report's dated subtitle is the other 在 frame of every report read to a congress: "——2023年5月17日在某区……会议上".
When its 在 is lost the date runs into the body's name (——2023年5月17日某区……会议上); gen.check.subtitle_frame reads
that shape.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..subtitle_frame import subtitles_without_zai
from ..textspans import last_mark
from ...core.regex_needles import finditer as near_needles

RULE = Rule(
    code="W062",
    name="leadership-frame-lost-zai",
    severity="warning",
    summary="“……的领导下”或报告副题“——某年某月某日……会议上”漏了介词“在”（“某中心市委、市政府的正确领导下，……”）",
    doc=(
        "检查什么：以“领导下”结束的分句（从前一个逗号、句号、分号或冒号起），其中没有“在”（或“于”“受”），如“某中心市委、市政府的正确领导下，……”。\n"
        "为什么：“在……的领导下”是一个介词结构，“在”领起、“领导下”收住；漏了“在”，“市委、市政府的正确领导下”就无所依附，句子不通。\n"
        "句首以“……的（共同努力、长期坚守、大力支持）下，”开头而整句前面没有“在”的，也在此报告（“一代又一代民警的长期坚守下，该所……”）。\n"
        "报告副题（“——2023年5月17日在某区第十七届人民代表大会常务委员会第十次会议上”）日期后漏了“在”的也在此报告。\n"
        "不报的情形：写了“在”的（在县委、县政府的坚强领导下）；“领导下的”构成名词的（党委领导下的校长负责制）；分句中没有领导机关的；"
        "带日期的行不以“会议上”收尾的（大事记、标题）。\n"
        "示例：“某中心市委、市政府的正确领导下，各项工作稳步推进”应为“某中心在市委、市政府的正确领导下，各项工作稳步推进”。"
    ),
    flag=(
        "2023年，某县机关事务服务中心县委、县政府的正确领导下，稳步推进各项工作。",
        "区委、区政府的坚强领导下，全区各项工作取得新成效。",
        "某街道人大工委工作报告\n——2022年6月8日某区第十六届人民代表大会\n\n常务委员会第九次会议上\n",
        "某县预算执行情况的报告\n——2021年1月6日某县第十八届人民代表大会第五次会议上\n",
        "该所成立于1949年。\n\n一代又一代民警的长期坚守下，该所保持着零违纪的记录。",
        # no leading body, but the sentence opens on the frame
        "各成员单位密切配合、分工协作的工作机制下，任务按期完成。",
    ),
    keep=(
        "该所成立于1949年。在一代又一代民警的长期坚守下，该所保持着零违纪的记录。",
        "2025年度，县人民医院在县委、县政府及县卫生健\n康局的大力支持下，坚持以人民健康为中心。",
        "各项工作经过全体干部的共同努力下，取得成效。具体情况如下，请审阅。",
        "2023年，某县机关事务服务中心在县委、县政府的正确领导下，稳步推进各项工作。",
        "实行党委领导下的校长负责制，各项工作有序开展。",
        "我局坚持在区委的领导下开展工作；全体干部于市委统一领导下，履职尽责。",
        "2022年，园区在市委、市政府，新区\n党工委、管委会的坚强领导下，坚持稳中求进。",
        "在各成员单位密切配合、分工协作的工作机制下，任务按期完成。",
        "某县预算执行情况的报告\n——2021年1月6日在某县第十八届人民代表大会第五次会议上\n",
        "某市交通运输工作报告\n——2017年3月2日某市交通运输工作报告\n大事记\n—2021年3月5日县政府召开全县推进会议，部署工作。\n",
    ),
)

_FRAME_END = regex_cache.compile(r"领导下(?!的)")
# The marks that open a clause; the frame's clause is read back to the last of them, 40 characters at most.
_CLAUSE_OPEN = "，,。；;：:！!？?\n"
_OPENS_FRAME = ("在", "于", "受")
_LEADING_BODIES = ("委", "政府", "党", "局", "厅", "部", "会")


_COMMAS = "，,"


def _clause_before(text: str, end: int) -> str | None:
    """The clause ending at ``end``, back to the last mark within 40 characters; None when no mark is that near."""
    start = max(0, end - 40)
    at = last_mark(text, _CLAUSE_OPEN, end, start)
    if at >= 0:
        return text[at + 1:end]
    return text[start:end] if start == 0 else None


def _runs_on(text: str, at: int) -> bool:
    """Whether the mark at ``at`` leaves the frame's clause open: a line break inside a sentence (no mark before it)
    or a comma right after a leading body (在市委、市政府，新区党工委……的领导下)."""
    before = text[max(0, at - 2):at]
    if text[at] == "\n":
        return bool(before) and before[-1] not in _CLAUSE_OPEN + "、）)》”"
    return text[at] in _COMMAS and any(before.endswith(body) for body in _LEADING_BODIES)


def _opened_before(text: str, clause_start: int) -> bool:
    """Whether 在 (于, 受) opens the frame before a clause start that only continues it, 40 characters at most."""
    floor = max(0, clause_start - 40)
    at = clause_start - 1
    while at >= floor and _runs_on(text, at):
        prev = last_mark(text, _CLAUSE_OPEN, at, floor)
        piece = text[max(prev + 1, floor):at]
        if any(word in piece for word in _OPENS_FRAME):
            return True
        if prev < 0:
            return False
        at = prev
    return False


# …的……下， closing a frame on another noun than 领导 (长期坚守下, 共同努力下); 以下, 如下, 地下 … are words of their own.
_OTHER_FRAME_END = regex_cache.compile(r"的[\u4e00-\u9fff]{1,6}?(?<!领导)(?<![以如上私乡地底眼当时一])下[，,]")
_SENTENCE_OPEN = "。；;！!？?"
_SENTENCE_BACK = 80  # characters back to the sentence's start
# Words that open or carry the sentence's adverbial before the frame: the frame is then not the sentence's head.
_CARRIED = regex_cache.compile(r"在|于|受|经过|通过|依靠|得益|离不开|由于|是")


def _sentence_heads_without_zai(text: str):
    """(start, end, clause) of each sentence that opens on …的……下， with nothing before it to carry the frame."""
    for m in near_needles(_OTHER_FRAME_END, text):
        floor = max(0, m.start() - _SENTENCE_BACK)
        at = last_mark(text, _SENTENCE_OPEN, m.start(), floor)
        if at < 0 and floor > 0:
            continue
        start = at + 1
        while start < m.start() and text[start] in " \t\u3000\r\n":
            start += 1
        head = text[start:m.end() - 1]
        if len(head) < 4 or _CARRIED.search(head):
            continue
        yield start, m.end() - 1, head


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for start, end, date in subtitles_without_zai(text):
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"报告副题的日期“{date}”后漏了介词“在”：副题应写作“——{date}在……会议上”。", None,
        )
    if "下，" in text or "下," in text:
        for start, end, head in _sentence_heads_without_zai(text):
            yield Finding(
                start, end, RULE.code, RULE.severity,
                f"“{head}”漏了介词“在”：“在……下”是一个介词结构，句首应补上“在”（如“在各方的共同努力下”）。",
            )
    if "领导下" not in text:
        return
    for m in _FRAME_END.finditer(text):
        clause = _clause_before(text, m.start())
        if not clause or any(word in clause for word in _OPENS_FRAME):
            continue
        if not any(body in clause for body in _LEADING_BODIES):
            continue
        start = m.start() - len(clause)
        if _opened_before(text, start):
            continue
        yield Finding(
            start, m.end(), RULE.code, RULE.severity,
            f"“{clause}领导下”漏了介词“在”：“在……的领导下”是一个介词结构，应在领导机关前补上“在”（如“在市委、市政府的领导下”）。",
        )
