"""N067: a count word right after the action it counts, its figure lost (共开展执法检查次, 疫病监测份).

A report counts its work in units (开展检查126次, 出动执法人员380人次, 监测样品2400份, 免疫畜禽760万头). When a
figure is lost in editing or extraction, the unit stays glued to the word before it: "共开展执法检查次，出动执法
人员人次". No Chinese word ends an action or its counted subject with such a unit: 检查次, 监测份, 人员人次 and 畜禽万头
are read only with a figure between. L017 reads a copy that lost all its digits (its money and area units left
bare); this rule reads each single loss, where the unit is a count's (次, 份, 头, 只, 羽, 件…) right after
one of the actions reports count (检查, 监测, 免疫, 培训, 走访…), or a count of people, animals or goods (人次, 户次,
万头, 份) right after the subject it counts (人员, 畜禽, 群众, 职工, 物品…), and a disclosure report's count of items
(信息条 for 信息12条: no word ends in 信息条). An approximate count of people loses its
figure the same way (一线职工代表余人参加 for 代表50余人): 余人 or 余名 right after the people counted, before the verb
that follows such a count (参加, 出席) or a mark, and so does a count of patients (义务就诊余人次). A rate or a sum
loses its figure the same way: % right after the verb it measures (同比增长%, 覆盖率达%), 亿元 or 万元 right after a
sum word (产值共亿元, 研发投入达到亿元), and a count of copies printed before the title it names (印发万份《科普法》).
A count in 万 loses its figure the same way wherever it stands: 万头, 万亩, 万吨, 万人次 … right after a word (or a
blank after one) and closing a clause (全县猪存栏万头，应免万头，实免万头; 其中重旱万亩; 猪瘟疫苗 万头份) — a figure in
words is a numeral or an approximate word before 万 (三万头, 数万亩, 上万人次), 突破万吨 a round ten thousand.

Precision: the unit must close its clause (a mark follows: ，。；、（), so the nouns 检查次数, 培训人次数 and
服务人次达到 are not read; a Chinese numeral or an approximate word (数万头, 近万头, 上万人次) is a figure, and
those are not preceded by the action directly; units that make nouns with these words (检查项, 服务期, 帮扶户,
监测户) are not in the list, and the compound units that make statistical nouns after an action (诊疗人次,
抽检批次, 接种剂次) are read after a subject only.
"""

from __future__ import annotations

from typing import Iterable

from ...core.text_heads import matches_at
from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..lost_list_figures import lost_before_about, lost_in_runs
from ..registry import Rule

RULE = Rule(
    code="N067",
    name="count-without-figure",
    severity="warning",
    summary="计数单位紧跟在所计的工作或对象之后，前面漏了数字",
    doc=(
        "检查什么：“共开展执法检查次，出动执法人员人次”“完成疫病监测份”“累计免疫畜禽万头”这样，计数单位（次、人次、份、头、只、"
        "羽、件、场次、批次、剂次等）直接接在所计的工作（检查、监测、免疫、接种、培训、走访、巡查、抽检等）或对象（人员、畜禽）"
        "之后，并以标点结束一个分句；政府信息公开报告中“机构职能类信息条”一类，“信息”与“条”之间漏了条数的，同样报告。\n"
        "为什么：这些词与单位之间本应有数字（检查126次、人员380人次、监测2400份），数字在编辑或提取时丢失，读者无法知道数量。"
        "整篇数字全部丢失的副本由 L017 报告；本规则报告个别的丢失。\n"
        "不报的情形：单位后还有字、构成名词的（检查次数、服务人次达到）；中文数字或约数（数万头、近万头、上万人次）；"
        "与这些词组成名词的单位（检查项、服务期、帮扶户、监测户）。\n"
        "约数同理：“职工代表余人参加”“义务就诊余人次”的“余人”前漏了数字（50余人）；“其余人员”“剩余人数”不报。\n"
        "比率和金额同理：“同比增长%”“覆盖率达%”的“%”、“产值共亿元”“投入达到亿元”的“亿元”前漏了数值；"
        "“数亿元”“近亿元”“收入达万元”这样用文字表示的数不报。\n"
        "一串同一单位的计数中（“中省政策16条、财政预决算条、三公经费5条”），前后两项都有数字、夹在中间的一项只剩名称和单位的，"
        "同样是漏了数字；“共”“共计”“累计”等合计词后直接写“多条”“余件”的（“共多条信息被采用”），漏了“多”“余”前的数字。\n"
        "以“万”计的数量同理：“全县猪存栏万头”“应免万头，实免万头”“重旱万亩”“猪瘟疫苗 万头份”，"
        "“万头”“万亩”“万吨”“万人次”等紧接在文字（或文字后的空格）之后、结束一个分句的，漏了“万”前的数字；"
        "中文数字或约数（三万头、数万亩、近万人、上万人次）、“突破万吨”这样的整数、“千家万户”不报。\n"
        "示例：“共开展执法检查次，出动执法人员人次”应补上次数和人次。"
    ),
    flag=(
        "专项行动期间，共开展联合执法检查次，出动执法人员人次，立案查处违法案件12件。",
        "全年完成重点疫病监测份，检测结果均为阴性。",
        "截至目前，全市已累计免疫畜禽万头（只羽次），免疫密度保持在90%以上。",
        "全年共走访慰问困难群众人次，发放慰问金8万元。",
        "组织业务骨干深入乡镇走访次；召开座谈会6场。",
        "慰问困难职工和一线职工人次，为环卫工人送去防暑物品份。",
        "各乡镇工会主席和环卫工人等一线职工代表余人参加启动仪式。",
        # a disclosure report's count of items (主动公开信息120条) with its figure lost
        "全年主动公开信息96条，其中工作动态类信息41条、机构职能类信息条、规划计划类信息5条。",
        # items counted in 条 right after the act or channel (共主动公开条, 受理市长热线条)
        "全年在门户网站共主动公开条，其中政策文件12条。",
        "办理政务服务事项860件，受理市民热线条。",
        # any label between two siblings with figures in one unit; a sum word before an approximate count
        "全年发布信息210条，其中政策法规18条、人事任免条、通知公告35条。",
        "各类经验做法共多条被市级以上媒体采用。",
        # a rate or a sum with its figure lost; copies printed before the title they name; patients counted
        "1-11月，高新技术产业产值共亿元，同比增长%，研发机构覆盖率达%。",
        "研发投入达到亿元，占地区生产总值比重达%。",
        "同时印发万份《科普法》宣传资料，义务就诊余人次。",
        # a count in 万 right after the word it counts, or after a blank where its figure stood
        "全县猪存栏万头，牛口蹄疫应免万头，实免万头，免疫密度为100%。",
        "下发猪口蹄疫疫苗12万毫升，猪瘟疫苗 万头份；农作物受旱面积3.2万亩，其中重旱万亩。",
    ),
    keep=(
        "专项行动期间，共开展联合执法检查126次，出动执法人员380人次，立案查处违法案件12件。",
        "全年完成重点疫病监测2400份，检测结果均为阴性。",
        "全市已累计免疫畜禽数万头（只羽次），完成动物疫病免疫近万头只次。",
        "进一步提高执法检查次数，培训人次达到往年两倍。",  # nouns: a character follows the unit
        "确定检查项，明确服务期，建立监测户、帮扶户台账。",  # words that end in a unit's character
        "以社区幸福食堂为例，老年人就餐每餐补贴3元。",
        "慰问困难职工和一线职工860人次，送去防暑物品1200份；职工代表60余人参加，其余人员在线收看。",
        "职工人次数稳步增长，物品件数清点无误；剩余人数、业余人才均已登记。",
        # statistical nouns: an action with a compound unit names the measure, not a count that lost its figure
        "全年门诊诊疗人次、出院人数均有增长，抽检批次、接种剂次稳步上升。",
        "工作动态类信息41条、机构职能类信息3条；信息条目、信息条数逐年增加。",
        # a clause that says none came: no figure lost before the unit
        "本年度未收到依申请公开政府信息件；无行政复议案件。",
        "严格办理依申请公开件，全年主动公开信息52条，受理热线来电31条。",
        # words ending in the unit's character, counts in words or approximate ones, and one neighbour only
        "全年印发规范性文件3件、政策解读文件、会议纪要5件。",
        "全年发布政策法规18条、通知公告多条、人事信息5条；收到申请2件，均为网络申请件，已办结。",
        "各类经验做法共有多条被市级以上媒体采用，公共多媒体平台发布信息30余条。",
        "产值共12.5亿元，同比增长8%，投入达到数亿元，农户年收入达万元，比重（%）见附表，就诊人次增加。",
        # 万 after a figure, a numeral or an approximate word; a round ten thousand; an idiom; a noun after the unit
        "全县猪存栏12.6万头，牛存栏三万头，羊存栏数万只，禽类近万羽，惠及上万人次，服务成千上万人。",
        "粮食产量突破万吨，温暖千家万户，建成万亩良田示范片和万吨级码头。", "开展“走千家进万户”走访活动。",
    ),
)

# An action then a count's own unit closing its clause (检查次, 监测份, 免疫万头). Units that make nouns with an
# action (诊疗人次, 抽检批次, 接种剂次, 服务期, 帮扶户) are read after a counted subject only (人员人次).
_ACTIONS = ("检查|巡查|抽查|排查|督查|检测|抽检|监测|送检|检疫|免疫|接种|培训|走访|慰问|救治|诊疗|调解|"
            "宣传|查处|出动|开展|举办|发放|印发|印制|采集|执法")
_ACTION_UNITS = "万头|万只|万羽|万份|头|只|羽|份|次|件|场|例|起"
_SUBJECTS = "人员|畜禽|群众|农户|患者|学生|儿童|职工|物品|慰问品|信息"
_SUBJECT_UNITS = "万人次|人次|户次|万头|万只|万羽|万份|万件|万条|头|只|羽|份|件|次|条"
# A disclosure report's items counted in 条 right after the act or channel they count (共主动公开条, 受理市长热线条):
# 条 only, since 依申请公开件 is also the name of an application (严格办理依申请公开件), not a count.
_ITEM_WORDS = "公开|热线"
_LOST = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?P<act>" + _ACTIONS + r")(?P<aunit>" + _ACTION_UNITS + r")|(?P<subj>" + _SUBJECTS
    + r")(?P<sunit>" + _SUBJECT_UNITS + r")|(?P<item>" + _ITEM_WORDS + r")(?P<iunit>条))(?=[，,。；;、（(《])")
# A unit's last character (every unit ends with one of these) before the mark that closes the clause: a match ends
# there and opens 3 to 5 characters before its end (a word of two, a unit of one to three). _LOST opens with a
# look-behind, tried at every character (2.5 ms per 200,000 of them); a search for each character finds the places.
_UNIT_END_AT = tuple(regex_cache.compile(f"{last}(?=[，,。；;、（(《])") for last in "头只羽份次件场例起条")


def _lost(text: str):
    """``_LOST.finditer(text)``'s matches, tried only where one can start."""
    places = {m.end() - size for last in _UNIT_END_AT for m in near_needles(last, text) for size in (3, 4, 5) if m.end() >= size}
    return matches_at(_LOST, text, sorted(places))


# An approximate count of people (50余人, 30余名) whose figure was lost: 余 then 人 or 名 right after the people
# counted (代表余人参加). 其余人员, 剩余人数 and 业余人才 are not read: 其, 剩 and 业 are no counted people.
_PEOPLE = "代表|职工|干部|群众|党员|人员|嘉宾|学员|志愿者|居民|村民|学生|就诊|诊疗|接诊|义诊"
_LOST_ABOUT = regex_cache.compile(r"(?:(?<=" + _PEOPLE.replace("|", ")|(?<=") + r"))余(?:人次|人|名)(?=参加|出席|参与|到场|[，,。；;、（(])")


def _lost_about(text: str) -> Iterable[Finding]:
    if "余人" not in text and "余名" not in text:
        return
    for m in near_needles(_LOST_ABOUT, text):  # led by lookbehinds: tried near 余 only
        unit = m.group()
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“{unit}”前缺少数字：约数应写作“数字＋{unit}”（如“50{unit}”），像是数字在编辑或提取时丢失，应按原文补上。",
        )


# A rate or a sum whose figure was lost: % right after the verb or word it measures (同比增长%, 覆盖率达%, 比重为%),
# 亿元 or 万元 right after a sum word (产值共亿元, 投入达到亿元), closing the clause. No word ends in such a verb and
# the unit: 数亿元, 近亿元, 上万元 carry their figure in words, and 达 alone before 万元 is left alone (收入达万元,
# a round sum said in words).
_RATE_VERBS = "增长|下降|增加|减少|提高|降低|上升|回落|达到|达|为|约|占"
_TOTAL_WORDS = "共|共计|合计|累计"
_SUM_VERBS = _TOTAL_WORDS + "|达到|约"
# The word is matched with its unit (the unit is the group): led by lookbehinds the pattern was tried at each of a
# report's thousands of % and 万元 (2 ms per 300,000 characters); with the word in the match the pairs it needs
# (长%, 共万元) are looked for first (gen.core.regex_needles), and a report holds none. No unit is part of a word.
_LOST_MEASURE = regex_cache.compile(
    r"(?:" + _RATE_VERBS + r")([%％])(?=[，,。；;、）)\n])|(?:" + _SUM_VERBS + r")(亿元)(?=[，,。；;、）)\n])|(?:"
    + _TOTAL_WORDS + r")(万元)(?=[，,。；;、）)\n])")


def _lost_measure(text: str) -> Iterable[Finding]:
    for m in near_needles(_LOST_MEASURE, text):
        start, end = m.span(m.lastindex)
        unit = m.group(m.lastindex)
        word = next(w for w in sorted((_RATE_VERBS + "|" + _SUM_VERBS).split("|"), key=len, reverse=True)
                    if text.endswith(w, 0, start))
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"“{word}{unit}”之间缺少数字：“{unit}”前应写明数值（如“{word}12{unit}”），"
            f"像是数字在编辑或提取时丢失，应按原文补上。",
        )


# A count in 万 of a thing counted whole or measured (万头, 万亩, 万吨, 万人次) right after a word, its figure lost:
# "全县猪存栏万头，牛口蹄疫应免万头，实免万头", "农作物受旱面积万亩", "猪瘟疫苗 万头份" (a blank where it stood). A figure
# in words stands before 万 as a numeral or an approximate word (三万头, 数万亩, 近万人, 上万人次, 成千上万人); 达, 超,
# 逾, 过, 破 before a bare 万 say a round ten thousand (产量突破万吨); 千家万户 is an idiom, and so its slogans (走千家进万户). 万元 is W019's and S010's
# (收入达万元 is a sum said in words), and an area's 面积万亩 S010's own (BLANK_AREA).
_WAN_UNITS = "头份|头只|头|只|羽份|羽|亩|吨|公斤|千克|人次|户次|人|户|株|尾|份|剂次|剂|毫升"
_WAN_COUNT = regex_cache.compile(r"万(?:" + _WAN_UNITS + r")(?=[，,。；;、）)])")
_WAN_WORDS = frozenset("一二两三四五六七八九十百千万亿零〇数几近上逾余多成约超达过破愈")
_BLANKS = " \t\u3000"
_AREA_BLANK = regex_cache.compile(r"面积(?:为|约|达|共)?$")


def _lost_wan(text: str, done: set[int]) -> Iterable[Finding]:
    for m in near_needles(_WAN_COUNT, text):
        at = m.start()
        before = at
        while before > 0 and text[before - 1] in _BLANKS and at - before < 4:
            before -= 1
        if before == 0 or at - before >= 4 or not "\u4e00" <= text[before - 1] <= "\u9fff":
            continue
        if text[before - 1] in _WAN_WORDS or text.startswith("千家万户", at - 2) or text[at - 3:at - 1] == "千家" or at in done:
            continue
        if before == at and _AREA_BLANK.search(text, max(0, at - 4), at):
            continue  # 面积万亩: S010's BLANK_AREA
        word = text[max(0, before - 2):before]
        yield Finding(
            at, m.end(), RULE.code, RULE.severity,
            f"“{word}{m.group()}”之间缺少数字：“{m.group()}”前应写明数量（如“{word}1.2{m.group()}”），"
            f"像是数字在编辑或提取时丢失，应按原文补上。",
        )


# A negation in the clause before a count of items (未收到……信息件): the clause says none came, no figure was lost.
_NONE = regex_cache.compile(r"未|没有|无")
_CLAUSE_MARKS = regex_cache.compile(r"[，,。；;！？\n]")
CLAUSE_REACH = 40


def _clause_start(text: str, at: int) -> int:
    lo = max(0, at - CLAUSE_REACH)
    return max((m.end() for m in _CLAUSE_MARKS.finditer(text, lo, at)), default=lo)


def _lost_elsewhere(text: str, done: set[int]) -> Iterable[Finding]:
    """The readings of gen.check.lost_list_figures: a run's item between two siblings with figures, and a sum word
    right before 多 or 余 (a unit another reading reported is skipped)."""
    for at, label, unit in lost_in_runs(text):
        if at not in done:
            yield Finding(
                at, at + len(unit), RULE.code, RULE.severity,
                f"“{label}{unit}”之间缺少数字：前后各项都写明了多少{unit}，此项只剩名称和单位，"
                f"应补上数量（如“{label}12{unit}”），像是数字在编辑或提取时丢失。",
            )
    for m in lost_before_about(text):
        tail = m.group("about") + m.group("unit")
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“{m.group()}”缺少数字：“{tail}”是约数的后半，前面应写明数量（如“{m.group('sum')}20{tail}”），"
            f"像是数字在编辑或提取时丢失，应按原文补上。",
        )


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    yield from _lost_about(text)
    yield from _lost_measure(text)
    done: set[int] = set()
    for m in _lost(text):
        if m.group("subj") == "信息" and _NONE.search(text, _clause_start(text, m.start()), m.start()):
            continue  # 未收到……政府信息件: none received, a wording slip but no figure lost
        key = "aunit" if m.group("aunit") else "sunit" if m.group("sunit") else "iunit"
        word, unit = m.group("act") or m.group("subj") or m.group("item"), m.group(key)
        done.add(m.start(key))
        yield Finding(
            m.start(key), m.end(key), RULE.code, RULE.severity,
            f"“{word}{unit}”之间缺少数字：“{unit}”是计数单位，前面应写明数量（如“{word}12{unit}”），"
            f"像是数字在编辑或提取时丢失，应按原文补上。",
        )
    yield from _lost_elsewhere(text, done)
    if "万" in text:
        yield from _lost_wan(text, done)
