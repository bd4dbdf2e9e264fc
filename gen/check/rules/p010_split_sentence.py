"""P010: a full stop that cuts one sentence in two ("原因是机构改革，单位合并。人员减少。").

When a list of causes or items is typed in short clauses, one comma is
sometimes struck as 。 and the last item becomes a "sentence" of a few
characters with neither subject nor link to what follows. Short sentences
of their own are rare in these reports (特此报告。 stands on its own line),
so a fragment of two to six characters after a 。 inside the paragraph is
reported only when it is parallel to the clause before it (about as long)
and the sentence before announces a list (原因是, 主要是, 包括, 一是 …).
A sentence that opens with a word that can only continue one (等, 以及)
is reported as well, except the verb 等 of a clause of time that opens a
sentence of its own ("等市局批复后，进行招标"; wait until … then).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P010",
    name="split-sentence",
    severity="warning",
    summary="句号把一个句子断开了",
    doc=(
        "检查什么：列举原因、内容时误把逗号打成句号，最后一项成了只有几个字的“句子”（“主要原因是机构改革，单位合并。人员减少。”）；"
        "句号之后以“等”“以及”开头的半句。\n"
        "为什么：句号表示一句话说完，把列举项断开会让读者以为后面是新的一句，也显得文字粗糙。\n"
        "不报的情形：单独成段的“特此报告。”；“等……后，”开头的时间分句（“等上级批复后，进行招标”）；前一句不是列举（没有“原因是”“主要是”“包括”“一是”等）；断开的部分与前一分句长短相差较大。\n"
        "示例：“主要原因是机构改革，单位合并。人员减少。”应为“主要原因是机构改革，单位合并，人员减少。”"
    ),
    flag=(
        "支出比上年减少12万元，主要原因是机构改革，单位合并。人员减少。下一步将加强管理。",
        "存在的问题主要是预算编制不细，执行偏慢。绩效不高。",
        "开展了培训、督导和考核。以及年终评比。",
    ),
    keep=(
        "支出比上年减少12万元，主要原因是机构改革，单位合并，人员减少。下一步将加强管理。",
        "以上情况，请予审查。特此报告。",
        "主要原因是人员减少。经费随之下降了不少。",
        "全年完成培训两次，效果良好。经费有结余。",
        # 等 "wait until": a clause of time (等……后，) opens a sentence of its own
        "项目初步设计已经完成。等省发展改革委批复后，进行招标和施工。",
    ),
)

FRAGMENT_MIN, FRAGMENT_MAX = 2, 6
_FRAGMENT = regex_cache.compile(r"(?<=。)([\u4e00-\u9fff]{%d,%d})。" % (FRAGMENT_MIN, FRAGMENT_MAX))
# The sentence before announces a list of causes or items.
_LIST_CUE = regex_cache.compile(r"原因(?:是|为|有|：)|因为|由于|主要是|主要有|包括|一是|体现在|表现在|表现为|分别是|分别为")
# A sentence cannot open with these: they continue the sentence before.
_CONTINUATION = regex_cache.compile(r"(?<=。)(?:等|以及)(?=[\u4e00-\u9fff])")
_CLAUSE = regex_cache.compile(r"[，、：,:]")
# 等 the verb "wait until": its clause ends in 后/时 at the first comma (等上级批复后，…).
_WAIT_UNTIL = regex_cache.compile(r"等[^，,。；;！？\n]{1,24}(?:后|时)[，,]")


def _sentence_before(text: str, end: int) -> str:
    """The sentence that ends with the 。 at ``end`` - 1, within its line."""
    lo = end - 1
    while lo > 0 and text[lo - 1] not in "。！？；\n":
        lo -= 1
    return text[lo:end - 1]


def check(ctx):
    text = ctx.text
    for m in near_needles(_FRAGMENT, text):
        before = _sentence_before(text, m.start())
        if not _LIST_CUE.search(before):
            continue
        last = _CLAUSE.split(before)[-1]
        if abs(len(last) - len(m.group(1))) > 1:
            continue  # not parallel to the clause it would continue
        yield Finding(m.start() - 1, m.start(), RULE.code, RULE.severity,
                      f"“{last}”与“{m.group(1)}”是同一句中并列的分句，中间应用逗号，不应用句号断开。", "，")
    for m in near_needles(_CONTINUATION, text):  # the same matches, found from their needles
        if _continuation_word(text, m.start()) and not _WAIT_UNTIL.match(text, m.start()):
            yield Finding(m.start() - 1, m.start(), RULE.code, RULE.severity,
                          f"句子不能以“{m.group()}”开头，这里的句号把一句话断开了。", "")


def _continuation_word(text: str, at: int) -> bool:
    """True when the segmenter reads 等/以及 as a word of its own here (not 等级, 等待)."""
    from ..analyse import short_words  # loaded lazily: only candidates need it

    words = short_words(text[at : at + 8])
    return bool(words) and words[0] in ("等", "以及")
