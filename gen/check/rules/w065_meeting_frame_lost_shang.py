"""W065: the frame 在……会议上 that lost its 上 before 作……发言 (在全省林业工作会议作典型发言).

Summaries of every body record the speeches their heads gave elsewhere: 在全市农业农村工作会议上作交流发言. 在 opens
the place, the meeting's name stands between and 上 closes it; the verb 作 (做) and the kind of speech follow. When
上 is lost the meeting runs straight into the verb (在……会议作典型发言) and the place phrase has no end, a slip a
reviewer marks at once. It recurs wherever a report lists honours and speeches, in every sector.

Read only a meeting's name (会议, 大会, 座谈会, 推进会, 论坛 …) followed at once by 作 or 做, at most six characters and
发言, and only when its clause (back to the last mark, 40 characters at most) holds a preposition 在 (not the 在 of
存在, 现在, 正在, 所在 or 实在). 向……会议作报告 is the right frame for a report to a congress and holds no 在; 常务会议作为
is 作为 and no speech follows; 在会议上作发言 and 在会议期间作发言 hold their closing word.

The same frame holds a deputy's motion: 代表在县第十八届人民代表大会第一次会议上提出的《关于……的建议》 in every reply to
a congress's or a CPPCC's motions. A numbered session (its name holds 届; 人代会 is the congress's short name) run
straight into 提出 or 提交 and the motion (的, 了, 《, 建议, 议案, 提案) has lost its 上 too. A meeting that itself 提出
something holds no 在 (中央城镇化工作会议提出了……), and 在 opening an action (在贯彻落实……会议提出的目标中) is left alone.

The same frame closes the dateline under the title of a report made to a congress or a meeting
(（2019年2月26日在镇第十四届人民代表大会第三次会议上）): a line that is only a date, 在 and a meeting's name
ending in 会议 or 大会 (or that, its line break joined away, runs on into the speaker's 某镇人民政府镇长 某某)
has lost its 上, and a dateline that closes the frame with 上 but holds no 在 after the date
(（2021年7月30日区五届人大常委会第36次会议上）) has lost its 在. Only a whole line is read, so 在……会议上,
在……会议期间, a caption ending 会议通过 and a sentence going on after the name are left alone.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache, regex_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import last_mark

RULE = Rule(
    code="W065",
    name="meeting-frame-lost-shang",
    severity="warning",
    summary="“在……会议作……发言”漏了方位词“上”（“在全省工作会议作典型发言”）",
    doc=(
        "检查什么：以“在”开头的分句里，会议名称（会议、大会、座谈会、推进会、论坛等）后面紧接“作（做）……发言”，"
        "如“在全省林业工作会议作典型发言”，应为“在全省林业工作会议上作典型发言”。\n"
        "报告题下的题注“2019年2月26日在镇第十四届人民代表大会第三次会议”（单独一行，或接着讲话人的职务姓名）同样漏了“上”；"
        "“（2021年7月30日区五届人大常委会第36次会议上）”漏了“在”。"
        "代表、委员“在县第十八届人民代表大会第一次会议提出的建议”同样漏了“上”（会议名称有“届”，后接“提出（提交）”和建议、议案、提案）。\n"
        "为什么：“在……会议上”是一个介词结构，“在”领起、“上”收住；漏了“上”，会议名称直接连着动词，句子不通。\n"
        "不报的情形：写了“上”或“期间”的（在会议上作发言）；没有“在”的（向大会作报告）；“会议作为……”；"
        "“存在”“现在”“正在”中的“在”。\n"
        "示例：“在全市农业农村工作会议作交流发言”应为“在全市农业农村工作会议上作交流发言”。"
    ),
    flag=(
        "局长在全省水利工作会议作典型发言，受到通报表扬。",
        "2023年，我局在全市营商环境推进会做了经验交流发言。",
        # the dateline under a government work report's title
        "政府工作报告\n2019年2月26日在镇第十四届人民代表大会第三次会议\n各位代表：",
        "（2023年1月10日在区第二届人民代表大会第三次会议）",
        # line breaks joined: the speaker's line runs on
        "2019年2月26日在镇第十四届人民代表大会第三次会议魏庄镇人民政府镇长 杨杰\n各位代表：",
        # the other end of the frame lost: 在 before the meeting's name
        "（2021年7月30日区五届人大常委会第36次会议上）",
        # a deputy's motion put at a numbered session
        "王某代表在县第十八届人民代表大会第一次会议提出的《关于修建村道的建议》已收悉。",
        "李某等代表在十七届一次人代会提出《关于加强古镇保护的建议》。",
    ),
    keep=(
        "局长在全省水利工作会议上作典型发言，受到通报表扬；在推进会期间作交流发言。",
        "院长向市人民代表大会作工作报告；始终把参加常务会议作为履职的重要途径。",
        "现存在的问题是部分单位会议作风不实、发言空泛。",
        "政府工作报告\n2019年2月26日在镇第十四届人民代表大会第三次会议上\n各位代表：",
        "（2023年1月10日在区第二届人民代表大会第三次会议上）\n2023年5月在全县工作会议期间\n",
        "2019年2月26日在镇第十四届人民代表大会第三次会议上魏庄镇人民政府镇长 杨杰\n",
        "2023年3月5日在全县大会会场举行表彰，县长 王明讲话\n",
        "（2021年7月30日区五届人大常委会第36次会议通过）\n2021年7月30日区五届人大常委会第36次会议\n",
        "您在县第十八届人民代表大会第一次会议上提出的建议已收悉；中央城镇化工作会议提出了新要求。",
        "全县在贯彻落实市第十四届党代会会议提出的目标中取得成效；在常委会议提出意见后即整改。",
    ),
)

_MEETINGS = r"(?:会议|大会|论坛|年会|(?:座谈|推进|现场|研讨|调度|培训|部署|交流|表彰|动员|汇报|联席|观摩)会)"
# 发言 given there, or a deputy's motion put to it (在县十八届人大一次会议提出的《关于……的建议》); 人代会 is the
# congress's short name.
_LOST_SHANG = regex_cache.compile(
    r"(?:" + _MEETINGS + r"|人代会)([作做](?:了)?[\u4e00-\u9fff]{0,6}?发言|提[出交](?=的|了|《|[\u4e00-\u9fff]{0,4}(?:建议|议案|提案|意见)))"
)
_CLAUSE_OPEN = "，,。；;：:！!？?\n"
# 在 as the second character of a word, not the preposition.
_NOT_PREPOSITION = frozenset("存现正所实自好内")


def _opens_with_zai(clause: str) -> bool:
    """Does the clause hold the preposition 在 (not the 在 closing 存在, 现在 or 正在)?"""
    at = clause.find("在")
    while at >= 0:
        if at == 0 or clause[at - 1] not in _NOT_PREPOSITION:
            return True
        at = clause.find("在", at + 1)
    return False


# Words that make 在 open an action (在贯彻落实……会议提出的要求中), not the place of a motion.
_ACTION = regex_cache.compile(r"落实|贯彻|学习|按照|根据|依据|执行|围绕|对照|响应|遵循|结合|传达|领会|部署")


def _names_a_session(clause: str) -> bool:
    """Does the preposition 在 open a numbered session (在县第十八届人民代表大会第一次会议), where a motion is put?"""
    at = clause.rfind("在")
    while at > 0 and clause[at - 1] in _NOT_PREPOSITION:
        at = clause.rfind("在", 0, at - 1)
    place = clause[at + 1:]
    return at >= 0 and "届" in place and not _ACTION.search(place)


# The speaker's line that a PDF's joined line breaks run onto the dateline (…第三次会议魏庄镇人民政府镇长 杨杰).
_SPEAKER = (r"(?!上|期间|中)(?:(?!会议|大会)[\u4e00-\u9fff]){2,20}?(?:镇长|乡长|县长|市长|区长|州长|旗长|省长|主席|主任|局长|书记)"
            r"[ \t\u3000]*[\u4e00-\u9fff][ \t\u3000]*[\u4e00-\u9fff]{1,3}[ \t\u3000]*$")
# A dateline: a whole line holding only a date, 在 and a meeting's name (in brackets or not).
_DATELINE = regex_cache.compile(
    r"(?m)^[ \t\u3000]*(?:[（(][ \t\u3000]*)?(?:\d{4}|[〇○零一二]{4})[ \t\u3000]*年[ \t\u3000]*[\d一二三四五六七八九十]{1,3}"
    r"[ \t\u3000]*月[ \t\u3000]*[\d一二三四五六七八九十]{1,3}[ \t\u3000]*日[ \t\u3000]*(在)?([^\n，,。；;（）()在]{2,40}?(?:会议|大会))(上)?"
    r"(?=[ \t\u3000]*(?:[）)][ \t\u3000]*)?(?:$|" + _SPEAKER + r"))"
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "日在" in text or "议上" in text or "会上" in text:
        for m in _DATELINE.finditer(text):
            zai, meeting, shang = m.group(1), m.group(2), m.group(3)
            if zai and not shang:
                yield Finding(
                    m.start(2), m.end(2), RULE.code, RULE.severity,
                    f"题注“……在{meeting}”漏了方位词“上”：“在……会议上”是一个介词结构，应为“{meeting}上”。",
                    f"{meeting}上",
                )
            elif shang and not zai:
                yield Finding(
                    m.start(2), m.end(3), RULE.code, RULE.severity,
                    f"题注“……日{meeting}上”漏了介词“在”：“在……会议上”是一个介词结构，应为“在{meeting}上”。",
                    f"在{meeting}上",
                )
    if "发言" not in text and "提" not in text:
        return
    for m in regex_needles.finditer(_LOST_SHANG, text):  # tried only at 发言/提出/提交, not at every 会
        verb = m.start(1)
        floor = max(0, verb - 40)
        opened = last_mark(text, _CLAUSE_OPEN, verb, floor)
        clause = text[(opened + 1 if opened >= 0 else floor):verb]
        if not _opens_with_zai(clause):
            continue
        if m.group(1)[0] == "提" and not _names_a_session(clause):
            continue
        meeting = text[m.start():verb]
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“{meeting}{m.group(1)}”漏了方位词“上”：“在……{meeting}上”是一个介词结构，应为“{meeting}上{m.group(1)}”。",
            f"{meeting}上{m.group(1)}",
        )
