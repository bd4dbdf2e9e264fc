"""P005: a half-width '.' ending a Chinese sentence.

A Chinese sentence ends with 。; a '.' after Chinese text is an English
keyboard habit. Numbers (3.5), numbering (1.), abbreviations and file names
keep their dots. So does a compound unit: in 元/生.年, 人.次 or 元/人.月 the
dot stands where the middle dot · belongs (元/(生·年)); calling it a sentence
end would be wrong, so it gets an info note that the separator is ·.

A dot inside a word ("重.要设备", a speck a scanner read as a full stop) ends no sentence either: where
the segmenter, reading the text without the dot, finds one word over the two characters it parts, the
dot is reported as one to delete, not as a full stop to change into 。.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P005",
    name="period-as-full-stop",
    severity="warning",
    summary="中文句末使用了英文句点",
    doc=(
        "检查什么：中文句子以半角“.”或全角“．”结尾。\n"
        "为什么：中文句末应使用句号“。”。\n"
        "不报的情形：单位中文域名中的点（某某站.公益、某某局.政务）；小数（3.5）、序号（1. 或 一.）、英文缩写和文件名中的点；目录中被截短的引导点（上下行都有“……”引到页码）；复合计量单位中的点（元/生.年、人.次、元/人.月）"
        "不是句末，只提示应写间隔号“·”；夹在一个词两字之间的点（“重.要设备”，扫描留下的杂点）提示删去，不当作句末。\n"
        "示例：“资金使用率达90%.”应为“资金使用率达90%。”"
    ),
    flag=("资金使用率达到预期.下一步将继续加强管理。", "全年完成率100%.",
          # a dot inside a word: reported too, as one to delete
          "全年按期完成重.要节点的巡查。",
          # the domain word goes on as prose: a full stop after all
          "各项工作已按计划完成.公益性岗位人员全部到岗。"),
    keep=("1.政府采购执行情况", "增长3.5个百分点。", "详见附件说明.docx。",
          # a contents entry whose dot leader was cut to one dot
          "（十）机关运行经费支出说明…………（11）\n（十一）国有资产占用情况说明.",
          # a public body's Chinese domain name (.公益, .政务): the domain's dot
          "网上名称 某县农业技术推广站.公益 从业人数 12", "网站域名：某市统计局.政务。"),
)

# The dot is matched before the lookbehind that tests the character in front of it (which then reads
# both): the same matches, but re skips to the dots by itself instead of trying the lookbehind at every character.
_DOT = regex_cache.compile(r"[.．](?<=[\u4e00-\u9fff%％）”》][.．])(?=[ \u3000]{0,2}(?:$|\n|[\u4e00-\u9fff“（《]))", re.M)
# A dot between two characters of a compound unit: 元/生.年, 元/人.月, 元/月.座 (after a slash), or 人.次,
# 台.次, 千瓦.时 (after a figure). What follows the unit is not Chinese text that goes on.
_UNIT_DOT = regex_cache.compile(
    r"(?:/[\u4e00-\u9fff]{1,2}|\d(?:人|台|车|架|艘|吨|千瓦|户|床))[.．]"
    r"(?:年|月|日|天|次|时|小时|公里|周|学年|期|座|人|床|户|辆|台|亩)(?![\u4e00-\u9fff])"
)
_NUMBERING = regex_cache.compile(r"^[ \u3000\t]{0,4}(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")
# The Chinese top-level domains of public bodies: a 事业单位's 网上名称 is 某某站.公益 and a 党政机关's
# 某某局.政务; the dot there is the domain's, not a sentence's end. The domain ends the name (what follows is
# not more Chinese text of the same run).
_CN_DOMAIN = regex_cache.compile(r"[.．](?:公益|政务)(?![\u4e00-\u9fff])")
# A contents entry's dot leader (……(11), .......3): the line above or below holds one.
_LEADER = regex_cache.compile(r"[.．·…]{3}")


def _leader_left(text: str, i: int, line_start: int) -> bool:
    """The dot ends a line of a contents whose neighbours run dot leaders to their page numbers: what
    is left of this entry's leader (the page export or the writer cut it), not a sentence's end."""
    line_end = text.find("\n", i)
    if text[i + 1:line_end if line_end >= 0 else len(text)].strip():
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    below = text[line_end + 1:text.find("\n", line_end + 1)] if line_end >= 0 else ""
    return bool(_LEADER.search(above) or _LEADER.search(below))


WORD_REACH = 4  # Chinese characters read on each side of a dot to see whether it parts a word
_HAN_RUN_LEFT = regex_cache.compile(r"[\u4e00-\u9fff]{1,4}$")
_HAN_RUN_RIGHT = regex_cache.compile(r"[\u4e00-\u9fff]{1,4}")


def _inside_word(text: str, i: int) -> bool:
    """The dot at ``i`` stands between two characters of one word (重.要设备): read without the dot, the
    segmenter (jieba, as W002) puts a word over both."""
    left = _HAN_RUN_LEFT.search(text, max(0, i - WORD_REACH), i)
    right = _HAN_RUN_RIGHT.match(text, i + 1)
    if left is None or right is None:
        return False
    from ..analyse import get_nlp  # built once per process, only for a dot between Chinese characters

    joined, cut = left.group() + right.group(), len(left.group())
    return any(t.idx < cut < t.idx + len(t.text) for t in get_nlp().tokenizer(joined))


def check(ctx):
    text = ctx.text
    for m in near_needles(_DOT, text):
        i = m.start()
        line_start = text.rfind("\n", 0, i) + 1
        if _NUMBERING.match(text[line_start:i]):
            continue  # 一. 基本情况: a numbering mark (see S002)
        if _leader_left(text, i, line_start) or _CN_DOMAIN.match(text, i):
            continue
        unit = _UNIT_DOT.search(text, max(0, i - 3), i + 5)
        if unit and unit.start() < i < unit.end():
            yield Finding(i, i + 1, RULE.code, "info", "复合计量单位中的间隔应使用间隔号“·”，此处为“.”。", "·")
            continue
        if _inside_word(text, i):
            word = text[i - 1] + text[i + 1]
            yield Finding(i, i + 1, RULE.code, RULE.severity, f"“{word}”两字之间多了一个“.”，应删去。", "")
            continue
        yield Finding(i, i + 1, RULE.code, RULE.severity, "中文句末应使用句号“。”，此处为“.”。", "。")
