"""S027: one enumeration whose items are marked in three ways or more (首先……第二，……三、……四是……第五，……).

A list of measures in prose is numbered in one form throughout: 一是、二是、三是, or 第一，第二，第三，, or
首先、其次、再次. A text pieced together from several sources, or rewritten by a spinning tool, keeps each
item's own mark, and one run of five items reads 首先……第二，……三、……四是……第五，……: the reader cannot tell
whether it is one list or several, and the forms stand for different levels (三、 is a heading's number).
Two forms in one run happen in careful writing (首先……第二……第三……, 一是……二是……第三，), so only a run
whose items take three forms or more is read: its numbers consecutive from the first (1, 2, 3 …), each item
opening a clause (after 。；：，, or a line's start; 三、 only inside a paragraph, after a stop: at a line's
start it is a heading), each within a few hundred characters of the one before. A list restarts at its first
item (一是 after 第一，is a sub-list, not the next item). The items not in the run's commonest form are reported.

Paragraphs are read for the same slip with two forms: a paragraph opening on 二是 right after one opening on （一）
(no 一是 in it) is the run's second point in the prose form where the first took the heading's: （二） is due.
"""

from __future__ import annotations

from typing import Iterator

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S027",
    name="mixed-enumeration-marks",
    severity="warning",
    summary="同一列举的各项序号形式不一（首先……第二，……三、……四是……）",
    doc=(
        "检查什么：正文中连续编号的一组列举（1、2、3……），各项的序号用了三种以上形式，"
        "如“首先……第二，……三、……四是……第五，……”。\n"
        "为什么：同一列举应统一用“一是、二是、三是”或“第一，第二，第三，”或“首先、其次、再次”；"
        "混用多是拼凑或洗稿留下的，读者分不清是一个列举还是几个，“三、”还是标题的编号。\n"
        "分段列举时，上一段以“（一）”开头，下一段却以“二是”开头（上一段中没有“一是”）的，也报告，应为“（二）”。\n"
        "前两项用“首先”“其次”、第三项起改用“三是”的，也报告（“三是”之前并无“一是”“二是”）。\n"
        "不报的情形：只混用两种形式的（“首先……第二……第三……”，“首先”“其次”之后接“三是”的除外）；序号不连续的；行首的“三、”（标题）；"
        "子列举（“第一，”之下的“一是、二是”）。\n"
        "示例：“首先制定方案。第二，严格选择供应单位。三、严格验收。四是加强绩效管理。”应统一为“一是……二是……三是……四是……”。"
    ),
    flag=(
        "任务下达后，首先制定实施方案。第二，严格选择供应单位。\n通过询价确定供应商。三、严格验收，检查质量。\n"
        "保证了数量。四是加强绩效监控。第五，做好宣传报道。\n",
        "主要做法：首先，健全制度；第二，强化监督。三是完善考核。\n",
        # the second point of a run opened by （一） takes the prose form 二是
        "一、概述\n（一）加强组织领导，落实工作责任。成立了领导小组。\n二是规范信息发布，加强网站建设。\n",
        # the adverbs 首先、其次, then N是 for the third item
        "（一）重视理论学习。首先，抓好班子学习，每月集中学习一次。其次，抓好机关学习，开展读书活动。三是，抓好基层学习，组织送学上门。\n",
    ),
    keep=(
        "任务下达后，一是制定实施方案。二是严格选择供应单位。三是严格验收。四是加强绩效监控。\n",
        # two forms only: careful writing does this
        "首先，健全制度。第二，强化监督。第三，完善考核。\n",
        # a heading's 三、 at a line's start, a sub-list under 第一
        "一、主要做法\n第一，健全制度：一是建台账，二是定责任。第二，强化监督。\n三、存在问题\n",
        # numbers not consecutive: two lists
        "首先，健全制度。第三，强化监督。五是完善考核。\n",
        # 二是 goes on the sub-list the （一） paragraph opened with 一是
        "（一）加强组织领导。一是成立领导小组，明确分工。\n二是落实工作责任，层层签订责任书。\n（二）规范信息发布。\n",
        # the adverbs go on as adverbs or as 第三; a sub-list in N是 that opens at 一是 under 其次
        "首先，抓好班子学习。其次，抓好机关学习。再次，抓好基层学习。\n首先，健全制度。其次，强化监督。第三，完善考核。\n"
        "首先，明确目标。其次，细化措施：一是建台账，二是定责任，三是抓督查。\n",
    ),
)

_NUMERALS = "一二三四五六七八九十"
# A clause's opening mark, then an item's mark. Forms: 首先/其次/再次 (A), 第N，(B), N是 (C, a comma after it or not), N、 (D),
# 其N (E).
_ITEM = regex_cache.compile(
    r"(?<![^。；;：:，,！!？?\n])[ \t\u3000]{0,4}"
    r"(?:(首先|其次|再次)|第([一二三四五六七八九十])(?=[，,、])|([一二三四五六七八九十])是(?=[，,]?[\u4e00-\u9fff])"
    r"|([一二三四五六七八九十])、(?=[\u4e00-\u9fff])|其([一二三四五])(?=[，,、是]))")
_FORM_WORDS = {"首先": 1, "其次": 2, "再次": 3}
GAP = 400  # characters at most between one item and the next
FORMS_MIN = 3
ITEMS_MIN = 3


def _items(text: str):
    """(start, end, number, form) of each item mark; a heading's N、 at a line's start is none."""
    for m in near_needles(_ITEM, text):
        if m.group(1):
            yield m.start(1), m.end(1), _FORM_WORDS[m.group(1)], "A"
        elif m.group(2):
            yield m.start(2) - 1, m.end(2) + 1, _NUMERALS.index(m.group(2)) + 1, "B"
        elif m.group(3):
            yield m.start(3), m.end(3) + 1, _NUMERALS.index(m.group(3)) + 1, "C"
        elif m.group(4):
            before = text[m.start() - 1] if m.start() else "\n"
            if before in "。；;！!？?":  # inside a paragraph, after a stop: not a heading, not a list of terms
                yield m.start(4), m.end(4) + 1, _NUMERALS.index(m.group(4)) + 1, "D"
        else:
            yield m.start(5) - 1, m.end(5), _NUMERALS.index(m.group(5)) + 1, "E"


def _runs(text: str):
    """Runs of items numbered 1, 2, 3 … in order, each near the one before; an item 1 starts a run afresh."""
    run: list[tuple[int, int, int, str]] = []
    for item in _items(text):
        s, _, n, _ = item
        if n == 1:
            if len(run) >= ITEMS_MIN:
                yield run
            run = [item]
        elif run and n == run[-1][2] + 1 and s - run[-1][1] <= GAP:
            run.append(item)
        elif run and s - run[-1][1] > GAP:
            if len(run) >= ITEMS_MIN:
                yield run
            run = []
    if len(run) >= ITEMS_MIN:
        yield run


_BRACKETED = regex_cache.compile(r"[ \t\u3000]{0,4}[（(]([一二三四五六七八九])[）)]")
_SHI = regex_cache.compile(r"[ \t\u3000]{0,4}([二三四五六七八九十])是(?=[\u4e00-\u9fff])")


def _shi_after_bracketed(ctx):
    """A paragraph opening on N是 right after one opening on （N-1） (（一）加强组织领导。…… / 二是规范信息发布……): the
    second point of one run took the prose form, where its sibling took the heading's. Read only where no 一是
    stands in the paragraph before (then 二是 goes on that paragraph's own sub-list)."""
    before = None
    for p in ctx.paragraphs:
        if not p.text.strip():
            continue
        m = _SHI.match(p.text) if before is not None else None
        if m and _NUMERALS.index(m.group(1)) == before[0] + 1 and "一是" not in before[1]:
            mark = f"（{m.group(1)}）"
            yield Finding(p.start + m.start(1), p.start + m.end(1) + 1, RULE.code, RULE.severity,
                          f"上一段以“（{_NUMERALS[before[0]]}）”编号，这一段却以“{m.group(1)}是”开头，同一层级的序号形式不一，"
                          f"应为“{mark}”。", mark)
        b = _BRACKETED.match(p.text)
        before = (_NUMERALS.index(b.group(1)), p.text) if b else None


def _adverbs_then_shi(text: str, run) -> Iterator[Finding]:
    """A run opened by the adverbs 首先、其次 and gone on with N是 (首先……其次……三是……): N是 counts from an 一是 and
    二是 that were never written, so its form cannot follow the adverbs (再次 or 第三 can: 首先 stands for 第一)."""
    if len(run) < ITEMS_MIN or [form for *_, form in run[:2]] != ["A", "A"]:
        return
    for s, e, n, form in run[2:]:
        if form == "C":
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"前两项用“首先”“其次”，第{n}项却写作“{text[s:e]}”，序号形式不一（“{text[s:e]}”之前并无“一是”“二是”），"
                          "应改为“再次”（或全部改用“一是、二是、三是”）。", "再次" if n == 3 else None)


def check(ctx):
    text = ctx.text
    yield from _shi_after_bracketed(ctx)
    for run in _runs(text):
        forms = [form for *_, form in run]
        if len(set(forms)) == FORMS_MIN - 1:
            yield from _adverbs_then_shi(text, run)
        if len(set(forms)) < FORMS_MIN:
            continue
        common = max(set(forms), key=lambda f: (forms.count(f), -forms.index(f)))
        shown = "”“".join(text[s:e] for s, e, _, _ in run)
        for s, e, n, form in run:
            if form != common:
                yield Finding(s, e, RULE.code, RULE.severity,
                              f"同一列举的{len(run)}项序号写法不一（“{shown}”）：第{n}项写作“{text[s:e]}”；"
                              "应统一用“一是、二是……”或“第一，第二，……”等一种形式。")
