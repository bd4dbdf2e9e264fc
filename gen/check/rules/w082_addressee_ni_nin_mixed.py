"""W082: a reply to one person that calls its addressee 您 in most places and 你 in one (or the other way round), or
calls that person by a body's form of address (贵委提出的……建议 after 尊敬的某某委员).

A body's reply to a deputy's 建议, a member's 提案 or a citizen's letter speaks to its addressee throughout: 您提出的
……建议收悉, 感谢您对……的关心. A reply that keeps to one form and switches once (针对你提出的建议 among five 您,
感谢您对水利建设的关心 after two 你) was pasted together from two templates or typed without care; a reviewer asks
for one form.

Read only a reply (答复, 函复 or 收悉 in the text). Count the singular 你 (not 你们, 你我, 你好, 你追我赶, 迷你) and
the 您 (not 您们, W001's, nor a site's 欢迎您, nor a line of a template site's chrome: 小编, 范文, 本站), and report
each occurrence of the rarer form when the other is more frequent; as many of each stay silent (which form is
meant cannot be told).

A reply whose salutation names one person (尊敬的叶某委员, 王某代表：) and then says the proposal came from 贵委, 贵局,
贵单位 (贵委提出的《关于……的建议》已收悉) addresses the member as a body: 贵 + a body's word is how one body writes to
another, and the line was kept from a reply to a committee or a bureau. Read only 贵X right before 提出, 提交, 所提 or
反映 that opens the first line after such a salutation (or follows it on its line): a letter to a body (某某局：) has
no such salutation, and a 贵局 later in the reply may name another body the writer dealt with.

A reply to several (郭某、袁某、李某代表：, 罗某等代表：) that calls them 你们 throughout and once 您 or 你 (您在……会议上提出的
建议 before two 你们) kept a line of a one-person template; reported when 你们 is more frequent than the singular.

The other way round, a reply to one person (张某代表：, 尊敬的甄某委员：) that has called its addressee 你 or 您 and then
thanks or hopes of 你们 (感谢你对……的关心，希望你们继续……; 感谢你们对我区公安工作的关心 after two 您) kept a line of a
reply to several. Read only 感谢, 谢谢, 希望 or 欢迎 before 你们, after the nearest salutation above it names one person
and a singular 你 or 您 stands between them: a reply to a body (民盟某委员会：, 某局：) that thanks 你们 has no such
salutation, and a 你们 in another frame (对以上答复你们有什么意见, a form's line to all deputies) is not read.

The reply's addressee may be lost altogether where the reply opens: right after the salutation (尊敬的许某代表：) the
first line reads 提出的《关于……的建议》收悉 (所提, 提交的, 反映的 alike), with no 您 (你, 你们) to have proposed it — the
subject of the reply's first sentence. Read only after a salutation that names deputies or members and closes on its
colon: a salutation without its colon (尊敬的某某代表 提出的……) may run on into the sentence, and is P025's.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W082",
    name="addressee-ni-nin-mixed",
    severity="warning",
    summary="答复文书对同一收件人称谓前后不一：通篇称“您”，个别处写“你”（或相反），或称委员、代表个人为“贵委”“贵局”，"
            "或开头“提出的《……》”漏了“您”",
    doc=(
        "检查什么：答复代表建议、委员提案或群众来信的文书，通篇称收件人“您”（您提出的……建议收悉），"
        "个别地方却写成“你”（针对你提出的建议），或通篇称“你”而个别处写“您”。\n"
        "为什么：同一封答复对同一个人的称谓应前后一致；个别处换了称谓，多是拼接不同模板或录入疏忽。\n"
        "不报的情形：不是答复文书（无“答复、函复、收悉”）的；“你们”“你我”“你好”“迷你”；称机关的“你局”“你单位”“你所（请示）”；网站页面的“欢迎您”"
        "和范文网站的“小编为您……”；两种称谓出现次数相同（无法判断以哪个为准）的。\n"
        "答复多位代表、委员的文书（称呼为“某某、某某代表”“某某等代表”）通篇称“你们”，个别处写“您”或“你”。\n"
        "答复一位代表、委员的文书前文称“你”或“您”，致谢、希望处写成“你们”（“感谢你……，希望你们继续……”）。\n"
        "答复委员、代表个人的文书（称呼为“尊敬的某某委员”“某某代表：”）称来件出自“贵委”“贵局”“贵单位”（“贵委提出的……建议已收悉”）。\n"
        "答复开头称呼（“尊敬的某某代表：”）之后的第一句以“提出的《……》”开头，漏了提出人“您”（“你们”）。\n"
        "示例：全文五处称“您”，“针对你提出的建议”应为“针对您提出的建议”；“尊敬的叶某委员　贵委提出的……”应为“您提出的……”。"
    ),
    flag=(
        "李长城代表：\n您提出的关于增加城市管理维护费用的建议收悉。针对你提出的建议，我局高度重视。\n"
        "再次感谢您对我们的支持，望您多加指导。\n",
        "罗元代表：你提出的议案已交由我局研究办理，现答复如下：\n首先，感谢你对我县水利建设工作的关心。\n"
        "感谢您对水利建设的关心和支持！\n",
        "王某某代表：\n您提出的建议收悉。首先感谢您的关注，你所提的建议我们十分重视。\n",
        "罗某等代表：\n您提出的建议已交镇政府办理，现答复如下：\n感谢你们对文化工作的关心，望你们继续支持。\n",
        "郭某某、袁某某代表：\n你们提出的建议已转交我局办理，现答复如下：你们反映的问题属实，感谢你对体育事业的关心。\n",
        "张某某代表：\n你在县十七届人大三次会议上提出的建议收悉。现答复如下：\n感谢你对教育事业的关心，希望你们继续提出宝贵意见。\n",
        "尊敬的叶某某委员\n\n贵委提出的《关于改善农村人居环境的建议》（第168号）已收悉，我委高度重视。\n",
        # the reply's first line lost its subject, the addressee who proposed
        "尊敬的许某代表:\n\n提出的《关于加大专项资金投入的建议》(第263号)收悉,现答复如下:\n",
        "郭某某、袁某某代表：\n所提《关于改善农村道路的建议》已收悉，现答复如下。\n",
    ),
    keep=(
        "某某县人民政府欢迎您！\n罗元代表：你提出的议案已交由我局研究办理，现答复如下：\n"
        "首先，感谢你对我县水利建设工作的关心。\n",
        "张某某代表：\n您提出的建议收悉，现答复如下：\n我局将与你们所在的村委会沟通，做到你中有我、你追我赶。\n"
        "感谢您对我们工作的支持。\n",
        "王某某代表：\n你提出的建议收悉，现答复如下。感谢您的关心，感谢你对我们工作的支持，望您多提意见。\n",
        "李某某委员：\n您提出的提案收悉，现答复如下：\n已请你局配合，你单位的意见一并转达，感谢您的支持，望您指导。\n",
        "某某派出所：\n你所《关于增设警务室的请示》收悉，现答复如下：感谢您的来信，望您理解。\n",
        "郭某某、袁某某代表：\n你们提出的建议收悉，现答复如下：感谢您的关心，望您支持。\n",
        "您当前所在的位置：首页 > 政协提案\n尊敬的师某某等委员：\n你们提出的建议已收悉，现答复如下：感谢你们的关心。\n",
        "县农业农村委员会：\n贵委提出的《关于改善农村人居环境的建议》已收悉，我局高度重视。\n",
        "某某县基层委员会：\n你们提出的提案收悉，现答复如下：\n感谢你们对我局工作的关心。\n",
        "宋某某代表：\n您提出的建议收悉，现答复如下：\n对以上答复你们有什么意见，请填写在征求意见表上。\n",
        "郭某、袁某代表：\n您提出的建议收悉，感谢你们对交通工作的关心。\n",
        "尊敬的叶某某委员：\n您提出的建议已收悉。经与贵委商议，贵局提出的意见一并采纳。\n",
        # a salutation without its colon may run on into the sentence (P025 tells the colon); a body's letter
        "尊敬的幸某某代表\n\n提出的“关于对高标准农田优化管理的建议”已收悉，现答复如下。\n",
        "某某代表：\n您提出的《关于加大专项资金投入的建议》收悉。\n提出的《实施方案》已印发。\n",
    ),
)

_REPLY = regex_cache.compile(r"答复|函复|收悉|答復")
# 你 of the addressee: not 你们 (plural), 你我/你中有我/你追我赶 (idioms), 你好 (greeting), 迷你, nor 你 before a body
# (你局, 你委, 你单位《关于……的请示》收悉: the official form of address to a body, beside 您 for a person).
# 你所 is a body (你所《关于……的请示》) unless 所 is the particle before the addressee's verb: 你所提的建议 is a person's.
_NI = regex_cache.compile(r"(?<!迷)你(?![们們我好追中局委办院厅校部站县市区镇乡]|单位|公司|所(?!提|反映|关[心注]|述|说|讲|言))")
_NIN = regex_cache.compile(r"(?<!欢迎)(?<!歡迎)您(?![们們好])")
# A line of a template site's chrome (小编今天就为您带来了……，相信一定会对你有所帮助) or a page's breadcrumb (您当前所在的位置).
_CHROME = regex_cache.compile(r"小编|范文|本站|本网|所在的?位置|当前位置")


# One person's salutation (尊敬的叶某委员, 王某代表：) on its own line or before the reply's first sentence, then 贵 and a
# body's word as the proposer (贵委提出的): a body's form of address for a person. Opened on 贵 (the rarer literal).
_BODY_FOR_PERSON = regex_cache.compile(r"贵(?:委|局|办|院|厅|单位|部门|公司|中心)(?=提出|提交|所提|反映)")
# What stands before it: the salutation, then at most blank lines and indentation (read on the 80 characters before).
_SALUTED_PERSON = regex_cache.compile(
    r"(?:^|\n)[ \t\u3000]{0,4}(?:尊敬的)?[\u4e00-\u9fff]{2,4}(?:委员|代表)[:：，,]?[ \t\u3000]{0,4}(?:\n[ \t\u3000]{0,4}){0,3}")


# A salutation naming several (郭某、袁某代表：, 罗某等代表：, 罗某等5位代表：) on a line of its own near the top.
_SALUTED_GROUP = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(?:尊敬的)?(?:(?:[\u4e00-\u9fff]{2,4}[、，,]){1,9}[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}等"
    r"[0-9一二三四五六七八九十]{0,2}[名位]?)(?:人大代表|政协委员|代表|委员)[:：]")


# A salutation on a line of its own naming one person (张某某代表：, 尊敬的李某委员：), the reply's addressee till the next
# salutation; a group's (郭某、袁某代表：, 罗某等代表：) is _SALUTED_GROUP's.
_ADDRESSEES = (r"[ \t\u3000]{0,4}(?:尊敬的)?(?:[\u4e00-\u9fff]{2,4}[、，,]|[\u4e00-\u9fff]{2,4}等)*"
               r"[\u4e00-\u9fff]{2,4}(?:人大代表|政协委员|代表|委员)[:：]")  # one or several named, then the colon
_SALUTATION = regex_cache.compile(r"(?m)^" + _ADDRESSEES)
# 你们 in the reply's thanks or hope to its addressee (感谢你们对……的关心, 希望你们继续……), read after a one-person
# salutation once the reply has called that person 你 or 您: a line kept from a reply to several.
_PLURAL_THANKS = regex_cache.compile(r"(?:感谢|谢谢|希望|欢迎)你们")


def _plural_to_one(text: str, ni: list[int], nin: list[int]) -> Iterable[Finding]:
    """你们 thanking or hoping of a reply's one addressee, whom the reply before it called 你 or 您."""
    heads = [(m.start(), m.group()) for m in _SALUTATION.finditer(text)]
    singular = sorted(ni + nin)
    for m in _PLURAL_THANKS.finditer(text):
        at = m.end() - 2
        head = next(((s, g) for s, g in reversed(heads) if s < at), None)
        if head is None or _SALUTED_GROUP.match(text, head[0]) is not None:
            continue
        between = [p for p in singular if head[0] < p < at]
        if not between:
            continue
        form = text[between[-1]]
        yield Finding(at, at + 2, RULE.code, RULE.severity,
                      f"答复对象是{head[1].strip(' 　:：')}一人，前文称“{form}”，此处写“你们”，称谓前后不一致，应为“{form}”。",
                      form)


def _line_starts(before: str) -> list[int]:
    """Where the last few lines of ``before`` start (at its newlines), the salutation's candidates."""
    return [i for i, c in enumerate(before) if c == "\n"][-5:] + ([0] if len(before) < 80 else [])


def _saluted(salutation: re.Pattern[str], text: str, at: int) -> bool:
    """Whether the 80 characters before ``at`` end on ``salutation`` (then only blank lines) from one of their last
    line starts: the reply's opening sentence right under its salutation."""
    before = text[max(0, at - 80):at]
    return any(salutation.fullmatch(before, i) for i in _line_starts(before))


def _spots(pattern: re.Pattern[str], text: str) -> list[int]:
    spots = []
    for m in pattern.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        if _CHROME.search(text, start, end if end >= 0 else len(text)) is None:
            spots.append(m.start())
    return spots


# The reply's first line opening on the proposal with no proposer (提出的《关于……的建议》收悉), and what stands before it:
# a salutation naming deputies or members closed by its colon, then at most blank lines (read on the 80 characters before).
_PROPOSAL_OPENING = regex_cache.compile(r"(?:提出|提交|反映)的(?=[《“]|关于)|所提的?(?=[《“]|关于)")
_SALUTED_WITH_COLON = regex_cache.compile(r"(?:^|\n)" + _ADDRESSEES + r"[ \t\u3000]{0,4}(?:\n[ \t\u3000]{0,4}){0,3}")


def _proposer_lost(text: str) -> Iterable[Finding]:
    """The reply's first line, right after its salutation, opening on 提出的《……》 without 您 (你, 你们)."""
    for m in _PROPOSAL_OPENING.finditer(text):
        if not _saluted(_SALUTED_WITH_COLON, text, m.start()):
            continue
        salutation = text[max(0, m.start() - 80):m.start()].rstrip("\n \t\u3000")
        salutation = salutation[salutation.rfind("\n") + 1:]
        who = "你们" if any(c in salutation for c in "、，,等") else "您"  # several named (郭某、袁某代表：, 罗某等代表：)
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"答复开头第一句漏了提出人：应为“{who}{m.group()}……”。", who + m.group())


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if _REPLY.search(text) is not None and contains(text, "提"):
        yield from _proposer_lost(text)
    if contains(text, "贵"):
        for m in _BODY_FOR_PERSON.finditer(text):
            if not _saluted(_SALUTED_PERSON, text, m.start()):
                continue
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"答复对象是委员（代表）个人，称“{m.group()}”是对机关单位的称呼，应为“您”。", "您")
    if not contains(text, "你") or _REPLY.search(text) is None:
        return
    nin = _spots(_NIN, text)
    ni = _spots(_NI, text)
    plural = text.count("你们")
    if plural >= 2 and len(ni) + len(nin) < plural and _SALUTED_GROUP.search(text, 0, 1000) is not None:
        for at in sorted(ni + nin):
            yield Finding(at, at + 1, RULE.code, RULE.severity,
                          f"答复对象是多位代表（委员），全文称“你们”（{plural}处），此处写“{text[at]}”，称谓前后不一致，应为“你们”。",
                          "你们")
        return
    if plural and _PLURAL_THANKS.search(text) is not None:
        yield from _plural_to_one(text, ni, nin)
    if not nin or not ni or len(nin) == len(ni):
        return
    rare, written, common = (ni, "你", "您") if len(ni) < len(nin) else (nin, "您", "你")
    for at in rare:
        yield Finding(at, at + 1, RULE.code, RULE.severity,
                      f"全文对收件人称“{common}”（{max(len(ni), len(nin))}处），此处写“{written}”，称谓前后不一致，应统一为“{common}”。",
                      common)
