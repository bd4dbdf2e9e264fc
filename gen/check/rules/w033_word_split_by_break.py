"""W033: a paragraph break inside a term (实施食品⏎⏎安全风险监测计划).

A web page or a document edited in a word processor sometimes breaks a
paragraph in the middle of its sentence, and the break falls inside a fixed
term: the reader sees 食品 close one paragraph and 安全风险监测计划 open the
next. Hard line breaks (a PDF's wrapped lines) are joined before the rules
read the text; a break with a blank line under it is a paragraph of its own,
so it is a slip of the published text.

Precision first: the paragraph before must be running prose (a clause mark
inside, some length) that ends on a Chinese character, the one after must
open on a Chinese character without a heading's numeral, and the two sides
joined must hold one of the domain words (glossary/domain_words.yaml, the
words W011 reads) across the break. A heading over its text (一、部门职责 then
负责…) or a table's cells never meets all three.

A break may also fall between two words, where the paragraph before ends on a frame that opens a clause and
cannot close a sentence (……进行文化知识教育的同时⏎⏎根据职业岗位的要求……): 的同时, 的基础上, 的前提下, 的过程中
leave the sentence waiting for its main clause. Read on a paragraph of prose length with no heading's numeral,
the next one opening on a Chinese character without one.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ...core.han import is_han
from ..registry import Rule
from ..term_seams import term_across
from ..textspans import line_around

RULE = Rule(
    code="W033",
    name="word-split-by-break",
    severity="warning",
    summary="段落在一个固定词语中间断开",
    doc=(
        "检查什么：一段正文没有写完，在一个固定词语的中间断开、另起一段（“会同有关部门实施食品⏎⏎安全风险监测计划”），"
        "断开处前后合起来正是预算、绩效和各行业的常用词（词库 glossary/domain_words.yaml）。\n"
        "为什么：词语被拆到两段，读者会以为前一段到此为止，也显得排版粗糙；应把两段接上。\n"
        "不报的情形：前一段以标点结尾或不是正文句子（序号之后没有逗号、句号、顿号，或很短，如转行的长标题）；后一段以序号开头（一、（一）1.）；"
        "两段连起来不构成词库中的词；单个换行（PDF 转行，分析前已接上）。"
        "前一段以“的同时”“的基础上”“的前提下”“的过程中”结尾、句子没说完就另起一段的也报告（带序号的标题不报）。\n"
        "示例：“实施食品⏎⏎安全风险监测计划”应为“实施食品安全风险监测计划”。"
    ),
    flag=(
        "负责全县卫生健康工作，会同有关部门制定并实施食品\n\n安全风险监测计划。\n",
        "本年度认真开展各项工作，完成了基本公共\n\n卫生服务项目的年度任务。\n",
        # a paragraph that stops on a frame waiting for its main clause
        "某县职业中学是在义务教育的基础上对学生进行文化基础教育的同时\n\n按照岗位要求实施职业技能教育的学校。\n",
    ),
    keep=(
        "负责全县卫生健康工作，会同有关部门制定并实施食品安全风险监测计划。\n\n安全生产工作由办公室负责。\n",
        "一、食品\n\n安全风险监测计划的执行情况见附表。\n",
        "负责全县卫生健康工作，会同有关部门制定并实施各项计划\n\n一、基本公共卫生服务\n",
        # a long title that wrapped onto a paragraph of its own
        "五、一般公共预算财政拨款“三公”经费支出决算\n\n情况说明\n",
        # the frame as a numbered heading, or closed by its mark; a short line
        "（二）在抓好疫情防控常态化工作的同时\n\n统筹推进各项业务。\n"
        "学校在抓好文化基础课程教学的同时，\n\n按照岗位要求实施职业技能教育。\n发展的同时\n\n兼顾公平。\n",
    ),
)

MIN_PROSE = 16  # characters of the paragraph before: a sentence, not a heading or a cell
# From the break's first line end (re skips to it), blank lines, then a Chinese character; the blanks before
# it and the Chinese character that must end the paragraph above are read back by hand (_breaks).
_BREAK = regex_cache.compile(r"\n(?:[ \t\u3000]{0,8}\n){1,3}[ \t\u3000]{0,8}(?=[\u4e00-\u9fff])")
_BLANKS = " \t\u3000"
MAX_BLANKS = 8


def _breaks(text: str):
    """(start, end) of each paragraph break with blank lines between two Chinese characters."""
    for m in _BREAK.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < MAX_BLANKS and text[start - 1] in _BLANKS:
            start -= 1
        if start > 0 and is_han(text[start - 1]):
            yield start, m.end()
_CLAUSE_MARK = regex_cache.compile(r"[，。；、,;]")
# A paragraph that opens on a heading's numeral or a part's mark is a new section, whatever it says.
# The paragraph before: its own numeral's 、 is no clause mark (五、…“三公”经费支出决算⏎⏎情况说明 is a title that wrapped).
_LEAD_MARK = regex_cache.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])")
_NUMBERED = regex_cache.compile(r"[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[部章节条]|附[件表]")


# A frame that opens a clause and leaves the sentence waiting for its main clause: no paragraph ends on it.
_OPEN_FRAMES = ("的同时", "的基础上", "的前提下", "的过程中")


def check(ctx):
    text = ctx.text
    for start, end in _breaks(text):
        before = text[line_around(text, start)[0]:start].strip()
        after = text[end:line_around(text, end)[1]].strip()
        lead = _LEAD_MARK.match(before)
        if before.endswith(_OPEN_FRAMES) and len(before) >= MIN_PROSE and not lead and not _NUMBERED.match(after) \
                and not _LEAD_MARK.match(after):
            frame = next(f for f in _OPEN_FRAMES if before.endswith(f))
            yield Finding(start, end, RULE.code, RULE.severity,
                          f"段落在“……{frame}”处断开，句子还没有说完，前后两段应接成一段。", None)
            continue
        if len(before) < MIN_PROSE or not _CLAUSE_MARK.search(before, lead.end() if lead else 0) \
                or _NUMBERED.match(after):
            continue
        term, _ = term_across(before, after)
        if term:
            yield Finding(start, end, RULE.code, RULE.severity,
                          f"段落在“{term}”中间断开了，前后两段应接成一段。", None)
