"""L012: a space a PDF converter put inside a budget term's word (一 般公共预算, 财 政拨款, 部 门决算).

A report exported from PDF, or typed into a justified table of contents, comes back with a blank
where the layout stretched a line: 六、 一 般公共预算财政拨款支出决算表, 十三、 国 有资本经营预算支出决算表,
2021 年部 门决算表. The term is then no longer the one a reader (or a search) looks for, and the
page shows the converter's work. A heading spaced out on purpose (目 录, 财 政 拨 款) puts a blank
between every character, so only a single blank inside one two-character word of a standard
budget term, the rest of the term written unbroken, counts; a blank between the term's words
(财政 拨款, a table's two cells) is not read — it may part two columns. The terms are data
(glossary/split_terms.yaml, gen.check.split_terms).

The same blank inside any common word (职能配 置内设机构 for 职能配置) is a slip of the same kind when the text
holds almost no blank between Chinese characters elsewhere (``FEW_BLANKS``): a page that puts them everywhere is
laid out so, a page that holds one lost it by accident. The blank counts only inside a run of Chinese on both
sides (two characters at least: a spaced heading 目 录, a name 马 娟 have one), where the characters on either
side stand alone in the segmentation of their own run (第一部分 部门概况: 部分 and 部门 are words) and together
form a frequent word (``WORD_FREQ``) of the run joined up.
"""

from __future__ import annotations

from ...core import regex_cache
from ..analyse import get_segmenter
from ..confusion import freq
from ..finding import Finding
from ..split_terms import split_pattern
from ..registry import Rule

RULE = Rule(
    code="L012",
    name="split-term",
    severity="warning",
    summary="预算术语的词中间多了空格（“一 般公共预算”“财 政拨款”）",
    doc=(
        "检查什么：预算报表的标准术语中，一个双字词被空格拆开，术语的其余部分却连写"
        "（“一 般公共预算财政拨款支出决算表”“国 有资本经营预算”“部 门决算表”）。\n"
        "为什么：这是 PDF 转换或两端对齐排版留下的空格，术语因此不完整，检索和阅读都会出错，应删去空格。\n"
        "全文汉字之间几乎没有空格时，一个常用词中间的单个空格（“职能配 置”）同样报告。\n"
        "不报的情形：有意逐字加空格的标题（“目 录”“财 政 拨 款”），词与词之间的空格（“财政 拨款”，可能是表格的两栏）。\n"
        "示例：“六、 一 般公共预算财政拨款支出决算表”应为“六、一般公共预算财政拨款支出决算表”。"
    ),
    flag=(
        "四、 财 政拨款收入支出决算表 25\n五、 一 般公共预算财政拨款支出决算表 26\n",
        "十三、 国 有资本经营预算财政拨款支出决算表\n十二、 政 府性基金预算财政拨款收入支出决算表\n",
        "第二部分:某县档案馆2022 年部 门决算表\n",
        "本年机关运 行经费支出12.5万元，项 目支出30万元。",
        # one blank inside a common word, the rest of the page unspaced
        "根据《关于印发某县农业农村局职能配 置内设机构和人员编制规定的通知》，本局设办公室。",
    ),
    keep=(
        "目 录\n一、部门概况\n财 政 拨 款 收 入 支 出 决 算 表\n",
        "一般公共预算 财政拨款 政府性基金 合计\n财政 拨款收入 12.5\n",
        "全国 有12个试点县，单位：万元 部门 决算数 预算数\n",
        # a part's heading, two issuers of one document, a byline's names, a spaced heading
        "目 录\n第一部分 部门概况\n根据《中共中央 国务院关于全面实施预算绩效管理的意见》\n（记者 马 娟）",
        # a page laid out with blanks everywhere is laid out so
        "职能配 置、内设机 构、人员编 制、工作任 务、资产管 理、档案管 理、信息公 开的情况。",
    ),
)


# A blank between two Chinese characters, and one with two on each side.
_BLANK = regex_cache.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
_LEFT_RUN = regex_cache.compile(r"[\u4e00-\u9fff]{2,8}$")
_RIGHT_RUN = regex_cache.compile(r"[\u4e00-\u9fff]{2,8}")
FEW_BLANKS = 6  # blanks between Chinese characters a text may hold and still be read as written unspaced
WORD_FREQ = 1000  # the joined word's frequency in the segmenter's dictionary (配置 1591, 二部 57)
_NUMERALS = frozenset("一二三四五六七八九十〇零百千万")


def check(ctx):
    text = ctx.text
    if " " not in text and "\u3000" not in text:
        return
    found = []
    for m in split_pattern().finditer(text):
        term = m.group().replace(" ", "").replace("\u3000", "")
        found.append(m.start())
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”词中间多了空格（PDF 转换或排版留下的），应为“{term}”。", term)
    blanks = [m.start() for m in _BLANK.finditer(text)]
    if not blanks or len(blanks) > FEW_BLANKS:
        return
    for at in blanks:
        word = _split_word(text, at)
        if word and not any(at - 8 <= s <= at for s in found):
            yield Finding(at - 1, at + 2, RULE.code, RULE.severity,
                          f"“{text[at - 1:at + 2]}”词中间多了空格（转换或排版留下的），应为“{word}”。", word)


def _split_word(text: str, at: int):
    """The word a blank at ``at`` parts, when the characters on its sides read as one word and as nothing else."""
    left, right = _LEFT_RUN.search(text, max(0, at - 8), at), _RIGHT_RUN.match(text, at + 1, at + 9)
    if left is None or right is None:
        return None
    word = text[at - 1] + text[at + 1]
    if freq(word) < WORD_FREQ or not _NUMERALS.isdisjoint(word):
        return None
    cut = get_segmenter().lcut
    if len(cut(left.group(), HMM=False)[-1]) != 1 or len(cut(right.group(), HMM=False)[0]) != 1:
        return None  # 第一部分 部门概况: each side ends or opens a word of its own
    joined, at_left = left.group() + right.group(), len(left.group())
    pos = 0
    for token in cut(joined, HMM=False):
        if pos == at_left - 1 and token == word:
            return word
        pos += len(token)
    return None
