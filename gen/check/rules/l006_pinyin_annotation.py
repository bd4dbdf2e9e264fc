"""L006: pinyin in brackets after characters (其他(tā), 组织架构(gòu)), left by a reposting site.

Sites that copy government pages run them through a converter that adds the reading of "hard"
characters, and often turns the text into Traditional characters at the same time (L002 reads
those). A report's own text never carries a reading: each (tā) is debris to remove before the
text can be used. A copied page carries dozens of them, so the first is a warning that gives the
count, and the rest are info, each where it stands (as P001 reports a text typed throughout in
half-width marks): the reviewer is told once that the page is a converted copy, and each spot can
still be found. Only a syllable with a tone mark counts (tā, gòu, lǜ), in brackets right after a
Chinese character: a Latin word or an abbreviation in brackets ((GDP), (app)) never carries one.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import search as near_search
from ..finding import first_of_many
from ..unspaced import READING, TONED
from ..registry import Rule

RULE = Rule(
    code="L006",
    name="pinyin-annotation",
    severity="warning",
    summary="字后括注拼音（转载网站加注的读音），不是报告原文",
    doc=(
        "检查什么：汉字后面紧跟着括号里的带声调拼音，如“其他(tā)重要事项”“组织架构(gòu)”。\n"
        "为什么：这是转载网站自动加注的读音，常与繁体转换一起出现；报告原文没有，应从原文件重新复制。"
        "全文第一处报警告并给出总数，其余各处为提示。\n"
        "不报的情形：括号里是英文缩写或不带声调的字母（（GDP）、（APP））。\n"
        "示例：“十一、其他(tā)重要事项”应为“十一、其他重要事项”。"
    ),
    flag=(
        "十一、其他(tā)重要事项的情况说明\n单位职责主要有(yǒu)：",
        "組織架構(gòu)及人員情況",
    ),
    keep=(
        "国内生产总值（GDP）增长5%，开发手机应用(APP)一个。",
        "拼音教学：“他”读作 tā。",
    ),
)

# The reading is the shared view's (gen.check.unspaced drops it for the word lists): one pattern for both.
_TONE = regex_cache.compile("[" + TONED + "]")


def check(ctx):
    text = ctx.text
    if not near_search(_TONE, text):  # a report holds no tone mark: answered from its characters (regex_needles)
        return
    yield from first_of_many(
        list(READING.finditer(text)), RULE.code, RULE.severity,
        lambda m, n: f"“{m.group()}”是转载网站给前一个字加注的拼音，不是报告原文（全文共{n}处，此为第一处），应删去，或从原文件重新复制。",
        lambda m: f"“{m.group()}”是加注的拼音，应删去。")
