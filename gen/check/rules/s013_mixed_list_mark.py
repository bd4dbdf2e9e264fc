"""S013: one item of a list written inside a paragraph with another mark (1. 2. 3. then 4、).

A list typed in one paragraph or table cell ("1.完成培训。2.开展服务。3.…")
keeps one mark after its numbers. An item whose mark differs from all the
others ("4、完成送文化下乡") was typed or pasted apart from them. Numbered
lines are S002's (which reports each 1、 heading); this rule reads the items
inside one paragraph, found as S007 finds them: after a clause boundary and
before a Chinese character, so 2.5万元 is never a marker. Precision first: the
numbers must run on (1, 2, 3, 4), at least two items must share the mark, and
only one item may differ.

A bracketed number ("(2)", "（3）") is a mark too: "1.…(2)…(3)…" is one list
whose first item took another mark. Not when the odd item is the run's last
("(1)…(2)…3."): that is a 2. with a sub-list of two items, followed by its
sibling 3.

An item can lose its mark altogether ("9. ……。 10 负责……。 11. ……"): the
bare number stands where the list's next item is due, at a clause boundary
before text, not a count (10人) or a date. Only one such number between its
two siblings, and the list runs on past them with the same mark.
"""

from __future__ import annotations

from functools import lru_cache

from ...core import regex_cache
from ..finding import Finding
from ..heading_gaps import COUNT_WORDS
from ..registry import Rule

RULE = Rule(
    code="S013",
    name="mixed-list-mark",
    severity="warning",
    summary="段落内列举序号后的标点不统一（1. 2. 3. 4、）",
    doc=(
        "检查什么：同一段落（或表格单元格）内连续编号的列举项，其他各项序号后都用“.”，只有一项用“、”（或反过来）；"
        "其他各项都写作“（2）”“（3）”，只有一项写作“1.”（或反过来）。\n"
        "为什么：同一列举的序号格式应统一（GB/T 9704 阿拉伯数字序号用“1.”），个别项不同说明是分别录入或拼接的文字，显得粗糙。\n"
        "不报的情形：编号不连续；只有两项；不同的不止一项；小数（2.5万元）；"
        "“（1）（2）”之后的“3.”（上一项“2.”下的小项之后接着是“3.”）。\n"
        "序号后的标点整个漏掉的（“9.……。10 负责……。11.……”中的“10”），同样报告。\n"
        "示例：“1.完成培训20场。2.开展数字文化服务。3.完成进校园活动。4、完成送文化下乡。”第4项应写“4.”。"
    ),
    flag=(
        "年度主要工作：1.完成业务培训12场。2.开展流动服务。3.组织专题展览。4、完成送书下乡30次。",
        "主要措施：1、加强学习；2、完善制度；3.强化监督；4、抓好整改。",
        "项目完成情况：1.配备巡查员九十五名。 (2)调整防灾责任人，健全四级网络。 (3)完善会商机制。",
        "主要措施：(1)加强学习；2.完善制度；(3)强化监督。",
        # one item lost its mark between its siblings (a page exported from PDF puts a blank after each)
        "主要职责：1. 负责统计调查。 2. 负责数据发布。 3 负责普查组织。 4. 负责统计执法。",
    ),
    keep=(
        "年度主要工作：1.完成业务培训12场。2.开展流动服务。3.组织专题展览。4.完成送书下乡30次。",
        "主要措施：1、加强学习；2.完善制度。",
        "本年收入2.5万元，其中：1.财政拨款2.1万元；2.其他收入0.4万元；3、上年结转0.5万元；4、事业收入1、2月到账。",
        "主要措施：1.加强学习；3、完善制度；5.强化监督。",
        # a sub-list of two under item 2., then its sibling 3.
        "主要措施：1.加强学习。2.完善制度：(1)建立台账；(2)定期通报。3.强化监督。",
        # a count or a date where the list skips a number is no lost mark
        "主要工作：1. 开展培训。 2. 组织检查，3 人次受表彰。 4. 完成验收。",
        "主要工作：1.开展培训。2.组织检查，全年 3月完成。4.完成验收。",
        "主要工作：1.开展培训。 3 负责检查。",
    ),
)

_BOUNDARY = frozenset("，,；;：:。！？ \t\u3000")
# An item's mark, before its text or the one blank a page exported from PDF puts there ("9. 负责……").
_MARK = regex_cache.compile(r"(?<![\d.．])(\d{1,2})([.．、])(?!\d)(?= ?[\u4e00-\u9fff“])|[（(](\d{1,2})[）)](?= ?[\u4e00-\u9fff“])")
# A number with no mark before an item's text (not a date's or a count's): "9. ……。 10 负责……。 11. ……".
_BARE = regex_cache.compile(rf"(?<![\d.．])(\d{{1,2}})(?= ?[\u4e00-\u9fff“])(?! ?[{COUNT_WORDS}])")
MIN_ITEMS = 3
_DIGIT = regex_cache.compile(r"\d")


def _kind(mark) -> str:
    return "()" if mark is None else "、" if mark == "、" else "."


def _item(m) -> tuple[int, int, int, str]:
    """(start, end, number, kind) of one item's mark: the number and its dot or 顿号, or the bracketed number."""
    if m.group(1) is None:
        return m.start(), m.end(), int(m.group(3)), "()"
    return m.start(1), m.end(2), int(m.group(1)), _kind(m.group(2))


def _fixed(n: int, kind: str) -> str:
    return f"（{n}）" if kind == "()" else f"{n}{kind}"


def _runs(marks: list[tuple[int, int, int, str]]) -> list[list[tuple[int, int, int, str]]]:
    """Runs of items numbered on from 1 (1, 2, 3 …): a list restarting at 1 starts a new run."""
    runs: list[list[tuple[int, int, int, str]]] = []
    for m in marks:
        if runs and runs[-1] and m[2] == runs[-1][-1][2] + 1:
            runs[-1].append(m)
        elif m[2] == 1:
            runs.append([m])
        else:
            runs.append([])  # a number out of sequence ends any run (S007 speaks of it)
    return [r for r in runs if len(r) >= MIN_ITEMS]


def _lost_marks(text: str, marks: list[tuple[int, int, int, str]]):
    """Items that lost their mark: "9." then "11." with one bare "10" at a clause boundary between them, the
    list running on at least one item past the gap (or before it) with the same mark."""
    for i, (a, b) in enumerate(zip(marks, marks[1:])):
        if b[2] != a[2] + 2 or a[3] != b[3] or a[3] == "()":
            continue
        before = i > 0 and marks[i - 1][2] == a[2] - 1 and marks[i - 1][3] == a[3]
        after = i + 2 < len(marks) and marks[i + 2][2] == b[2] + 1 and marks[i + 2][3] == a[3]
        if not (before or after):
            continue
        bare = [m for m in _BARE.finditer(text, a[1], b[0])
                if int(m.group(1)) == a[2] + 1 and (m.start() == 0 or text[m.start() - 1] in _BOUNDARY)]
        if len(bare) == 1:
            yield bare[0].start(), bare[0].end(), a[2] + 1, a[3]


def check(ctx):
    for para in ctx.paragraphs:
        for s, e, message, fix in _found(para.text):
            yield Finding(para.start + s, para.start + e, RULE.code, RULE.severity, message, fix)


@lru_cache(maxsize=16384)
def _found(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, message, fix) of each finding in one paragraph, offsets in it: the rule reads nothing
    outside the paragraph, and a long report repeats most of its paragraphs (an outline's titles, a form's
    rows), so each distinct one is read once per process (S007 does the same)."""
    if text.count("、") + text.count(".") + text.count("．") + text.count(")") + text.count("）") < MIN_ITEMS:
        return ()
    if _DIGIT.search(text) is None:
        return ()  # every mark holds a digit: a list counted in words (一、二、) has none to judge
    return tuple(_judged(text))


def _judged(text: str):
    marks = [_item(m) for m in _MARK.finditer(text) if m.start() == 0 or text[m.start() - 1] in _BOUNDARY]
    for s, e, n, usual in _lost_marks(text, marks):
        yield s, e, f"同一列举中前后各项序号后都有“{usual}”，此项“{n}”后缺少，应为“{n}{usual}”。", f"{n}{usual}"
    for run in _runs(marks):
        kinds = [k for *_, k in run]
        odd = [m for m in run if kinds.count(m[3]) == 1]
        if len(odd) != 1 or len(set(kinds)) != 2:
            continue
        s, e, n, kind = odd[0]
        usual = next(k for k in kinds if k != kind)
        if "()" in kinds and odd[0] is run[-1]:
            continue  # (1) (2) then 3.: a sub-list, then its parent's next item
        if usual == "()":
            other = next(m for m in run if m[3] == usual)
            yield (s, e, f"同一列举中其他各项序号都带括号（如“{text[other[0]:other[1]]}”），此项写作“{text[s:e]}”，"
                         f"应统一为“{_fixed(n, usual)}”。", _fixed(n, usual))
            continue
        yield s, e, f"同一列举中其他各项序号后用“{usual}”，此项写作“{text[s:e]}”，应统一为“{n}{usual}”。", f"{n}{usual}"
