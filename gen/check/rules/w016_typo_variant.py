"""W016: a frequent word with one character swapped, a date with 年 or 月 lost, letters in a figure.

The typo detector that runs by default. W001 knows the misspellings someone
listed and W011 the slips in the domain's own words; this rule finds a slip in
any frequent word of the language, without segmenting the text: every
one-character same-sound or look-alike misspelling of a frequent word, and
every form of a frequent three- or four-character word with an inner or its
last character lost (gen.check.long_typos), is indexed once (gen.check.typo_index) and the text is searched with one
vectorised pass; a second pass (gen.check.side_typos) finds a frequent
two-character word with one character swapped for another of the same side
(支信 for 支付), which stands only where the text spells that word right at
least twice elsewhere. Each hit must then be confirmed by its context
(gen.check.split_typos: unique in the text, no name, document issuer, figure
or newer word, and a much likelier reading with the word restored). Two
patterns need no statistics: a date whose 年 or 月 is dropped or doubled
(2022年年3月, 20223月; 528下午 with both 月 and 日 lost), and Latin letters in a figure (2O22年, 1O0%) as OCR
leaves them, or a letter O alone where a figure 0 stands before an amount's
unit (结余O万元).

It reports at info severity: a guess from statistics is a hint for the
reader, not a verdict. Its false alarms on clean text are measured in
tests/check/test_typo_detector.py. W003 (opt-in) adds what a full
segmentation of the text finds on top.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from .. import split_typos, unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W016",
    name="typo-variant",
    severity="info",
    summary="疑似错别字：常用词写错一个同音字或形近字；日期漏字、叠字；数字中混入字母",
    doc=(
        "检查什么：常用词（jieba 词典中常见的两字、三字、四字词）写错一个同音字或形近字，写出来又不成词的，"
        "如“问题导响”（导向）、“应急数援”（救援）、“来访接侍”（接待）、“循序渐近”（循序渐进）；"
        "常用三字、四字词中间或末尾漏了一个字、剩下的又不成词的（“齐心协力”写成“齐心协”）；同一偏旁的字写错另一半"
        "（“支付”写成“支信”）或多写、漏写一点一撇（“项目”写成“项自”），且该词在本文别处至少两次写对的；漏写或多写一个偏旁的（“推进”写成“推井”，“保障”写成“呆障”）；日期中的“年”“月”漏写或重复"
        "（“20223月”“2022年年3月”）；数字中混入字母（“2O22年”），或金额、百分比前单独一个字母O代替数字0（“结余O万元”）。\n"
        "为什么：固定错字表只能查到登记过的错字，同音、形近的笔误和识别错误多数不在表里。\n"
        "不报的情形：漏字处在行末或表格单元格边界的，或前后字与剩下的字能组成别的词的（“施工者”不是“工作者”漏字）；"
        "全文出现不止一次的写法（地名、简称常反复出现）；紧挨数字的；单位、地名的一部分（“××处”“××路”）；"
        "文号的发文机关代字（“财建〔2022〕”）；顿号隔开的短名称；jieba 词典未收的新词（glossary/recent_words.txt，如“抗疫”“提质”）；"
        "换回常用词后上下文读得并不更通的；同偏旁的写法，若本文别处没有两次写对该词（“迎检”“凝心聚力”等简称）。"
        "按词频推断，故为提示（info）。\n"
        "示例：“突发事件应急数援”应为“应急救援”。"
    ),
    flag=(
        "请各乡镇桉照文件要求报送材料。",  # a look-alike with its radical swapped (扌 for 木: glossary/shape_pairs.txt)
        "全面推井项目建设，确保年底前完工。",  # a side radical lost (进 without 辶: shape_pairs.txt's radical part)
        "坚持问题导响，推动工作落实。",
        "开展业务培训，提升服务水乎。",
        "负责突发事件应急数援，承担灾害应对。",
        "切实做好群众来访接侍工作，做到件件有回音。",
        "改革要循序渐近，不能急于求成。",
        "各部门要齐心协，共同完成年度任务。",
        "如对本报告有疑问，请与县医疗保障局办室联系。",  # 办公室 cut inside: its 室 is the word's, not a name's
        "本项目于2022年年3月启动。",
        "612下午，县政协在县卫健局召开提案督办会。",
        "本项目于20223月启动。",
        "全年共完成2O22年度计划。",
        "年初结转和结余O万元，本年收入216万元。",
        # an item's number typed with the letter l
        "（一）收入情况\nl、上年结转资金86.5万元。\n2、本年拨款120万元。\n",
        "工程款按进度支付，监理费按季度支信，质保金验收后支付。",
        "加强对下属单位的日常监管，保障白常办公，日常经费按时拨付。",
    ),
    keep=(
        "6月12日下午，县政协召开督办会；15:30下午茶歇，2023年6月12日上午召开座谈会。",
        "种植桉树200亩，按照要求完成验收。",
        "严格按比例配套，列入年度预算，新打机井12眼，推进项目建设。",  # real words holding 列/例, 井/进
        "建立隐患自查自改工作机制，全员提效抓落实。",  # 改/己, 效/交 (攵) are no radical pair: measured false
        "坚持问题导向，提升服务水平。",
        "截至2022年年底，项目全部完成。",
        "全年共完成2022年度计划，年初结转和结余0万元，O型血库存充足，APP注册率100%。",
        # a Roman numeral and a letter's own item, no digit typed as a letter
        "I、总体情况\nA．项目概况\n1、上年结转资金86.5万元。\nlog.txt文件\n",
        "做到应救尽救、应养尽养。",
        "统筹疫情防控和抗疫特别国债资金使用。",
        "梅苑路老旧小区改造项目已完工。",
        "依据《关于下达资金的通知》（财建〔2022〕19号）执行。",
        "艺术处、非遗处负责项目的组织实施。",
        "坚持以人民为中心的发展思想，推动卫生健康事业高质量发展。",
        "坚持凝心聚力，下定决心完成年度任务。",
        "做好国家卫生城市复查迎检工作。",
        "做好日常监管，白天巡查、夜间值守，日常经费按时拨付。",
        "依据《绩效评价工作方案》（县公警保（财）〔2021〕12号）执行。",
        "做好档案编研和展陈工作。",
        "改革要循序渐进，各部门齐心协力。",
        "由施工者负责现场安全。",
        "艺术处、非遗处负责项目的组织实施，财务室负责报账。",
        "| 齐心协 | 形成合力 |",
    ),
)

_DATE_DOUBLED = regex_cache.compile(r"((?:19|20)\d{2})年年(?![底末初中度内终])|(?<!\d)(\d{1,2})月月(?![底末初中内])")
_DATE_DROPPED = regex_cache.compile(r"(?<!\d)((?:19|20)\d{2})(1[0-2]|[1-9])月|(?<!\d)((?:19|20)\d{2})年(\d{1,2})日")
# A meeting's date at the head of a news item (5月28日下午) with both 月 and 日 lost: three or four digits that read
# as a month and a day, right before 上午 or 下午; a time of day is written 15:30, a count has its measure word.
_DATE_BARE = regex_cache.compile(r"(?<![\d.．:：/\-年月日号第])(?:[1-9]|1[0-2])(?:[0-2]\d|3[01])(?=[上下]午)")
_HALF_DAY_AT = regex_cache.compile("[上下]午")
_OCR_FIGURE = regex_cache.compile(r"(?<![A-Za-z0-9.])(?=[0-9OolI]*\d)(?=[0-9OolI]*[OolI])[0-9OolI]{2,8}(?:\.\d{1,4})?(?=[年月日%万亿元个人次件项家户])")
_OCR_MAP = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# The patterns above open with a look-behind or a group, which the regex engine tries at every
# position of the text; these open with a literal or one class and find the few places worth trying.
_DOUBLED_AT = regex_cache.compile("年年|月月")
# A year that _DATE_DROPPED can match is followed by a digit (20223月) or by 年 and a digit (2022年3日).
_YEAR_AT = regex_cache.compile(r"(?:19|20)\d\d(?=\d|年\d)")
_LETTER_AT = regex_cache.compile("[OolI]")
# A letter O alone, after Chinese or a blank, where a 0 stands before an amount's unit or % (结余O万元).
# An item's number at a line's start typed with the letter l for 1 or O for 0 (l、2011年度…, 1O．其他):
# a list number holds digits only, and a lower-case l is no Roman numeral. Found from the letter before
# the number's mark, then read from the line's start.
_ITEM_LETTER_AT = regex_cache.compile(r"[lO](?=[、.．])")
_ITEM_NUMBER = regex_cache.compile(
    r"[ \t\u3000]{0,4}(?=[0-9O]?l|[1-9]O)([0-9lO]{1,2})(?=、|[.．][ \u3000]{0,2}[\u4e00-\u9fff])")
_LONE_O = regex_cache.compile(r"[Oo](?<=[\u4e00-\u9fff \u3000：:][Oo])(?=[ \u3000]?(?:[万亿]?元|%))")


def check(ctx):
    seen: list[tuple[int, int]] = []
    for f in dates(ctx.text):
        seen.append((f.start, f.end))
        yield f
    for f in ocr(ctx.text):
        seen.append((f.start, f.end))
        yield f
    # A slip that W001's list already names is reported once, by W001, with its reason.
    seen += [span for span, _ in unspaced.listed_typos(ctx)]
    for s, e, written, word in split_typos.find(ctx.text, seen):
        yield Finding(s, e, RULE.code, RULE.severity, f"“{written}”疑为“{word}”之误。", word)


def _near(pattern: re.Pattern, text: str, hits, before: int, after: int):
    """Matches of ``pattern`` in windows around ``hits`` (each once, in text order); the pattern's
    look-behind still sees the text before a window."""
    found = {}
    for hit in hits:
        at = hit.start()
        for m in pattern.finditer(text, max(0, at - before), min(len(text), at + after)):
            if m.start() <= at < m.end():
                found[m.span()] = m
    return [found[k] for k in sorted(found)]


def dates(text: str):
    """A date whose 年 or 月 is doubled (2022年年3月) or lost (20223月, 2022年3日)."""
    for m in _near(_DATE_DOUBLED, text, near_needles(_DOUBLED_AT, text), 4, 3):
        unit = "年" if m.group(1) else "月"
        s = m.start() + len(m.group(1) or m.group(2))
        yield Finding(s, s + 2, RULE.code, RULE.severity, f"日期中“{unit}”字重复。", unit)
    for m in filter(None, (_DATE_DROPPED.match(text, y.start()) for y in near_needles(_YEAR_AT, text))):
        if m.group(1):
            fixed = f"{m.group(1)}年{m.group(2)}月"
            what = "年份与月份之间漏了“年”"
        else:
            fixed = None
            what = "年份之后直接是日，漏了“月”"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"日期“{m.group()}”{what}。", fixed)
    for h in near_needles(_HALF_DAY_AT, text):
        m = _DATE_BARE.search(text, max(0, h.start() - 4), h.start() + 2)
        if m and m.end() == h.start():
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"日期“{m.group()}”漏了“月”“日”，应写作“×月×日”（如“5月28日”）。")


def ocr(text: str):
    """Latin letters standing in for digits in a figure (2O22年), as OCR leaves them."""
    # A figure with a letter in it has a letter next to a digit.
    letters = (m for m in near_needles(_LETTER_AT, text) if any(c.isdigit() for c in text[max(0, m.start() - 1):m.start() + 2]))
    for m in _near(_OCR_FIGURE, text, letters, 9, 16):
        fixed = m.group().translate(_OCR_MAP)
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"数字“{m.group()}”中混有字母，疑为识别错误，应为“{fixed}”。", fixed)
    yield from _item_numbers(text)
    for m in near_needles(_LONE_O, text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"单位前的“{m.group()}”是字母，应为数字“0”。", "0")


def _item_numbers(text: str):
    """A list item's number typed with a letter at the line's start (l、 for 1、), as OCR and typists leave it."""
    starts = {text.rfind("\n", 0, m.start()) + 1 for m in near_needles(_ITEM_LETTER_AT, text)}
    for start in sorted(starts):
        m = _ITEM_NUMBER.match(text, start)
        if m:
            fixed = m.group(1).translate(_OCR_MAP)
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"序号“{m.group(1)}”用了字母，疑为识别错误，应为数字“{fixed}”。", fixed)
