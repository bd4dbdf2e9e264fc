"""W011: a misspelt or clipped domain word (财政拔款, 政府彩购, 四、政拨款收入…).

W001 knows the slips someone listed; W003 finds others but must segment the
whole text and is opt-in. This rule covers the words every budget report
repeats (glossary/domain_words.yaml) at the cost of a set lookup per
character: one character swapped for a same-sound or similar-shape one, or
the first character lost at the start of a line or clause, giving a string
that is no dictionary word and that the segmenter does not read as other
words in its context (gen.check.domain_words).
"""

from __future__ import annotations

from .. import unspaced
from ..domain_words import find
from ..confusion import freq
from ..finding import Finding
from ..registry import Rule
from ..textspans import in_slogan_run
from .l002_traditional_chars import only_script_differs, written_for

RULE = Rule(
    code="W011",
    name="domain-word-typo",
    severity="warning",
    summary="预算、绩效常用词中的错字或漏字",
    doc=(
        "检查什么：预算、决算、绩效报告的常用词（词库 glossary/domain_words.yaml）写错一个同音字或形近字"
        "（“财政拔款”“政府彩购”“绩效自平”），或在行首、句首丢了第一个字（“四、政拨款收入支出决算总表”“般公共预算”）。\n"
        "为什么：这些词在报告里反复出现，错一个字就显得不认真；固定错字表只能列出见过的写法，这里按同音、形近字和漏字推出所有可能的错法。\n"
        "不报的情形：写错后恰好是词典里的词或另一个常用词的一部分；在上下文中能读成别的词（资本支出、市民政部门、三项经费）；介词后接一个常用词的（“由医院承担”不是“中医院”）；"
        "句中的简称（市财政、年预算）；只是繁体写法的（政府采購，由 L002 报告）。\n"
        "示例：“财政拔款收入”应为“财政拨款收入”。"
    ),
    flag=(
        "全县基层党组织履盖率达到100%。",  # a look-alike (履 for 覆: glossary/shape_pairs.txt)
        "本年财政拔款收入325.5万元。",
        "指导县属机关和企业《学习读本》业单位开展工作。",
        "（二）员经费支出情况\n",
        "全面开展绩效自平工作。",
        # the first character lost where the items around are longer: no run of three-character slogans
        "坚持维护安全、护稳定，推动发展。",
        # a wrong character beside Traditional ones is still a slip
        "三、政府彩购支出情況\n",
        # the same page with the first character truly lost before the reading
        "各科室報銷均按(guī)章制度辦理。",
    ),
    keep=(
        "全面履行职责，基层党组织覆盖率达到100%。",
        # a reading after a character that makes a word with the rest (预算): nothing lost after it
        "二、2025年部門預(yù)算情況說明\n",
        # an aside in brackets, then the clause going on: nothing lost after the closing bracket
        "（一）负责保障性住房（含人才住房）的建设管理服务工作。",
        # a title pasted into the middle of a word: the first character stands before the insertion
        "指导县属机关和企事《学习读本》业单位开展工作。",
        # a quoted name, then the clause going on with 的: nothing lost after the closing quote
        "三、加强协会“职工之家”的建设，做好试点工作。",
        "本年财政拨款收入325.5万元，一般公共预算财政拨款支出300万元。",
        # a measure word after a figure (11 + 所): the homes counted, no 新农村 misspelt
        "对全市11所农村福利院、3个农村敬老院进行了登记。",
        # a figure and its measure word before the noun (9项工作): 9 counts the tasks, no 各 lost
        "全年围绕一条主线，抓好9项工作，完成5个项目。",
        # a figure and its measure before a word (10项 + 工作报告): the 项 counts the reports, no 各 of 各项工作 lost
        "审议通过了《年度工作计划》等近10项工作报告。",
        # a preposition before a word (由 + 医院): 医院 bears the cost, no 中医院 misspelt
        "在编人员工资70%由财政拨付，30%由医院自身承担。",
        # the word in Traditional script: L002 reports the script, no character is wrong
        "三、政府采購支出情況\n",
        "资本支出、基本支出和项目支出均按计划执行，本指标已完成。",
        "2023年县财政共下达专项资金50万元，市财政安排补助10万元。",
        "能够运用绩 效评价结果改进下一年度的预算安排。",
        # a word in Traditional script (購 is 购 written in the other script): L002 reports the script, no slip here
        "本年度政府采購支出共计8万元。",
        # a run of three-character slogans (防风险、保安全、护稳定): 护稳定 is one of them, no 维 lost
        "着力提升“防风险、保安全、护稳定、促发展”能力水平。",
        # a series of one-character names (河、湖、库 for rivers, lakes and reservoirs): 库 lost no 水
        "负责辖区内河、湖、库堤防加固工程的日常巡查。",
        # a heading broken across two lines (a PDF copy): the first character ends the line before
        "第二部分：某单位预算及三公经费决\n算情况说明\n",
        "对区政府《关于上年决算及本年上半年预\n\n算执行情况报告》的审议意见",
        # a page converted to Traditional script with the reading put after some characters: 規 is 规
        "各科室報銷均按規(guī)章制度辦理。",
    ),
)


def misses(ctx) -> list:
    """The domain-word slips of the text, (start, end, miss), once per check: W005 asks for them too, to
    leave a swapped first character (拔款收入 in 财政拔款收入) to this rule rather than call it lost."""
    return ctx.memo("domain_misses", lambda c: unspaced.unlisted_misses(c, find, readings=True))


def check(ctx):
    # Read through the stray spaces of PDF and web copies ("绩 效评价" is no lost 绩): gen.check.unspaced;
    # a slip that W001's list already names is reported once, by W001, with its reason.
    for start, end, miss in misses(ctx):
        if miss.kind == "lost" and (_split_by_insertion(ctx.text, start, miss.word[0], miss.written)
                                    or _split_by_line_break(ctx.text, start, miss.written, miss.word[0])
                                    or _after_quoted_name(ctx.text, start)
                                    or _in_one_character_series(ctx.text, start)
                                    or in_slogan_run(ctx.text, start, end)
                                    or _measure_after_figure(ctx.text, start, miss.written)):
            continue
        if miss.kind != "lost" and only_script_differs(miss.written, miss.word):
            continue  # 政府采購: the word in Traditional script, which L002 reports; not a same-sound slip
        if miss.kind == "sub" and _preposition_before_word(miss.written, miss.at):
            continue  # 由医院承担: 由 and the word 医院, not 中医院 misspelt
        if miss.kind == "sub" and miss.at == 0 and _measure_after_figure(ctx.text, start, miss.written):
            continue  # 11所农村福利院: 所 counts the homes after the figure, not 新农村 misspelt
        if miss.kind == "lost":
            message = f"“{miss.written}”疑似漏了第一个字，应为“{miss.word}”。"
        else:
            message = f"“{miss.written}”疑为“{miss.word}”之误（“{miss.written[miss.at]}”应为“{miss.word[miss.at]}”）。"
        yield Finding(start, end, RULE.code, RULE.severity, message, miss.word)


# Measure words that count places and bodies after a figure (11所学校, 3个村, 5家企业, 2座水库).
_MEASURES = frozenset("所个家座处户名项条")
_FIGURE = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十两百千几数多")


def _measure_after_figure(text: str, start: int, written: str) -> bool:
    """Is the swapped first character a measure word after a figure (11所农村福利院: 11 所, then 农村福利院)?
    The figure counts what the rest names, so the character is the sentence's own, not 新 of 新农村 misspelt."""
    before = text[max(0, start - 2):start].rstrip(" \u3000")
    return written[0] in _MEASURES and bool(before) and before[-1] in _FIGURE


# Prepositions that open a phrase with the noun after them (由医院承担, 向医院拨付, 对医院考核).
_PREPOSITIONS = frozenset("由从向对在给被把将为与和跟同自于以按经")
WORD_AFTER_FREQ = 50  # how common the rest must be to read as a word of its own (医院)


def _preposition_before_word(written: str, at: int) -> bool:
    """Is the swapped first character a preposition and the rest a common word (由医院: 由 + 医院)? The
    segmenter leaves a preposition alone, so the lone-character test reads it as a slip; but a
    preposition before a word is the sentence's own (工资20%由医院自身承担), not 中医院 misspelt."""
    return at == 0 and written[0] in _PREPOSITIONS and freq(written[1:]) >= WORD_AFTER_FREQ


def _split_by_line_break(text: str, start: int, written: str, first: str) -> bool:
    """Was a word broken across lines, not clipped? "…三公经费预\\n\\n算情况说明": the line before ends with the
    character the word seems to lack, or with one that makes a word with the written first character (预算)."""
    before = text[max(0, start - 16):start]
    kept = before.rstrip(" \t\u3000\r\n")
    if "\n" not in before[len(kept):] or not kept:
        return False
    return kept[-1] == first or freq(kept[-1] + written[0]) > 0


def _in_one_character_series(text: str, start: int) -> bool:
    """Is the word's first character the last of a series of one-character names (涉河、湖、库除险加固: 河, 湖
    and 库 stand for rivers, lakes and reservoirs)? The item before its 、 is one character and follows
    another 、, so nothing was lost; a heading's 四、政拨款 has its numeral at the line's start instead."""
    return (start >= 3 and text[start - 1] == "、" and text[start - 3] == "、"
            and "\u4e00" <= text[start - 2] <= "\u9fff")


_QUOTE_CLOSERS = frozenset("”」’")


def _after_quoted_name(text: str, start: int) -> bool:
    """Does the word go on from a quoted name ("会员之家"的建设)? The clause runs on past the closing quote,
    whose name stands where the first character seems lost: no line or clause starts there. A heading's （二）
    closes a mark before a line's first word, and a title pasted into a word (企业《读本》业单位) parts it, so
    neither ） nor 》 is among these."""
    return start > 0 and text[start - 1] in _QUOTE_CLOSERS


_OPENERS = {"》": "《", "）": "（", ")": "(", "」": "「", "”": "“", "】": "【"}
MAX_INSERTION = 60


def _split_by_insertion(text: str, start: int, first: str, written: str = "") -> bool:
    """Was the word parted by something pasted into it, not clipped? "企事《学习读本》业单位": the rest
    follows a closing mark, and the character before its opener is the one the word seems to lack, or its
    Traditional form: web copies converted to Traditional script put a reading after some characters
    (規(guī)章制度), and L002 reports the script once for the whole text."""
    if start == 0 or text[start - 1] not in _OPENERS:
        return False
    opener = text.rfind(_OPENERS[text[start - 1]], max(0, start - MAX_INSERTION), start - 1)
    if opener <= 0:
        return False
    before = text[opener - 1]
    if before == first or written_for(before, first):
        return True
    # a reading after a character that makes a word with the rest (預(yù)算情況說明: 预算, not a lost 决)
    return unspaced.is_reading(text, opener, start) and freq(unspaced.simplified(before) + written[:1]) > 0
