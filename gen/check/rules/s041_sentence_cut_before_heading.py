"""S041: a paragraph whose last sentence stops on a word that cannot end one, right before a heading.

A report pasted from a page that was cut, or edited by deleting a few lines, loses the end of a paragraph: the
text runs "……;组织开展普法政策宣讲和公共" and the next line is "（二）依申请公开开展情况". The reader is left
without what was organised; a reviewer marks the sentence as cut. A paragraph that only lost its closing
full stop is another matter (P018's, when it stands alone): what tells a cut is the last word, one no Chinese
sentence can end on — a conjunction waiting for its second member (和, 与, 及, 以及, 并, 或) or a word that
only modifies a noun (公共, 共同, 主要, 各类, 各项: 区别词 in the grammars), which is still waiting for it.

Precision first, since a flattened page is full of lines without a mark: the paragraph must be prose of some
length with a sentence closed before its last one (a 。 or ； inside), the next paragraph a heading of the
report's outline (一、, （一）, 1., 第X部分; a document library's "2、" fragment number is the site's, not one), and
the text's own long paragraphs must close with a mark as a habit. A single-character conjunction is read only
when it is not the end of a word (总和, 参与, 普及, 合并 end sentences), and the last word of the contents or a
table's cell never meets all of it.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S041",
    name="sentence-cut-before-heading",
    severity="warning",
    summary="段落最后一句停在连词或只能修饰名词的词上，下接小标题，句子没有写完",
    doc=(
        "检查什么：正文段落的最后一句停在“和”“与”“及”“以及”“并”“或”等连词，或“公共”“共同”“主要”“各类”“各项”"
        "等只能修饰名词的词上，下一行就是小标题（一、（一）1. 第X部分），如“……组织开展普法政策宣讲和公共⏎（二）依申请公开开展情况”。\n"
        "为什么：这样的词后面必须还有内容，句子停在这里，是转载、排版或删改时把段落的后半截丢了，读者不知道说的是什么。\n"
        "不报的情形：以标点结尾的段落；“总和”“参与”“普及”“合并”等以这些字收尾的词；短行、标题、目录和表格；"
        "下一行不是标题的；文库预览给文档分段加的“2、”编号；全文较长的段落大多不以标点结尾的（网页转载时丢了标点）。\n"
        "示例：“……扎实做好舆情应对工作；组织开展普法政策宣讲和公共⏎（二）依申请公开开展情况”，应补全“和公共……”之后的内容。"
    ),
    flag=(
        "（一）主动公开情况\n全年主动公开政府信息120条，其中工作动态80条。积极做好回应关切、政策解读等工作，"
        "扎实做好舆情应对处置工作；组织开展法治宣传和公共\n（二）依申请公开情况\n全年收到政府信息公开申请2件，均已按时答复，"
        "答复内容依据充分、理由充足，未发生因政府信息公开引起的行政复议和诉讼。\n（三）政府信息管理\n"
        "严格落实信息发布审核制度，坚持先审后发，全年未发生泄密事件，信息发布的准确性和及时性进一步提高。\n",
        "一、主要工作\n全年完成农村公路养护里程320公里，投入养护资金860万元，路况优良率稳步提高。同时加强路政巡查，"
        "及时处置占道经营、违章建筑以及\n二、存在的问题\n养护资金缺口较大，专业技术人员不足，部分路段病害处置不够及时，"
        "群众出行的安全隐患尚未全部消除。\n三、下一步打算\n积极争取上级资金，加强专业队伍建设，提升养护的机械化水平，确保农村公路安全畅通。\n",
    ),
    keep=(
        # the sentence closed: nothing cut
        "（一）主动公开情况\n全年主动公开政府信息120条，其中工作动态80条。积极做好回应关切、政策解读等工作，"
        "扎实做好舆情应对处置工作；组织开展法治宣传和公共法律服务进社区活动。\n（二）依申请公开情况\n全年收到申请2件。\n",
        # a word ending on the character of a conjunction (参与, 普及) closes a sentence; the 。 was lost only
        "一、主要工作\n全年完成农村公路养护里程320公里，投入养护资金860万元。同时加强路政巡查，"
        "广泛动员沿线群众积极参与\n二、存在的问题\n养护资金缺口较大，专业人员不足。\n",
        "一、主要工作\n全年开展法治宣传活动32场，发放资料1.2万份。推动法律知识进村入户，宪法和民法典知识得到普及\n"
        "二、存在的问题\n宣传形式较为单一。\n",
        # the next line is no heading: the paragraph goes on after a stray break (W033's, if a word is split)
        "一、主要工作\n全年主动公开政府信息120条，其中工作动态80条。积极做好回应关切，组织开展法治宣传和公共\n"
        "法律服务进社区活动。\n",
        # a short line: a title, not a paragraph
        "一、宣传和公共\n（一）主动公开情况\n全年公开信息20条。\n",
    ),
)

# A word no sentence ends on: a conjunction waiting for its second member, a word that only modifies a noun.
_CUT_WORD = regex_cache.compile(
    r"(?:以及|及其|并且|而且|或者|公共|共同|主要|各类|各项|各种|有关的|相关的"
    r"|(?<![总平缓温祥柔调暖谐随附应唱和])和|(?<![参赋给授准])与|(?<![普涉以顾波危企触所推论提言未来])及"
    r"|(?<![合兼吞归])并|(?<![或])或)$")
_HEADING = regex_cache.compile(
    r"[ \t\u3000]{0,4}(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|\d{1,2}[.．](?!\d)|第[一二三四五六七八九十]{1,3}部分)")
_MARKS = "。！？；;!?：:，,、”）)…"
MIN_PARAGRAPH = 60  # characters of a paragraph of prose
HABIT = 0.8  # share of the text's long paragraphs that close with a mark
LONG = 40  # a paragraph this long is read for the habit
MIN_OTHERS = 2  # long paragraphs besides the one read, to learn the habit from


def _closes_habitually(paras) -> bool:
    """Whether the text's other long paragraphs (the one read set aside) close with a mark as a habit."""
    long = [p.text.rstrip() for p in paras if len(p.text.strip()) >= LONG]
    others = len(long) - 1
    return others >= MIN_OTHERS and sum(t[-1] in _MARKS for t in long) >= HABIT * others


def check(ctx: CheckContext) -> Iterable[Finding]:
    paras = ctx.paragraphs
    if not paras or not _closes_habitually(paras):
        return
    for p, nxt in zip(paras, paras[1:]):
        text = p.text.rstrip()
        if len(text) < MIN_PARAGRAPH or text[-1] in _MARKS or not _HEADING.match(nxt.text):
            continue
        cut = _CUT_WORD.search(text, len(text) - 4)
        if cut is None:
            continue
        last = max(text.rfind(mark) for mark in "。；;！？")
        if last < 0 or len(text) - last < 6:
            continue
        start = max(last + 1, max(text.rfind(m, 0, len(text)) for m in "，,") + 1)
        yield Finding(p.start + start, p.start + len(text), RULE.code, RULE.severity,
                      f"段落最后一句停在“{cut.group()}”上（“…{text[-12:]}”），下一行就是小标题，句子没有写完，"
                      "疑为转载或删改时丢了后半截，请补全这一句。", None)
