"""S017: a 第X部分 titled one way in the contents and another way in the body.

A 决算 or 预算 text lists its parts first (第一部分 单位概况 … 第五部分 附件) and
then repeats them over the body. When the two differ by a word or two (目录
"第一部分 单位概况", body "第一部分 部门概况"), one of them was edited and the
other not: a reader cannot tell which is the part's name. Only near misses are
reported — at most two characters changed, added or dropped in a title of four
or more — so a contents that shortens its titles, or one whose width cut them
(one a prefix of the other), is left alone, and so are differences of figures
(a year, a page number).
"""

from __future__ import annotations


from ...core import regex_cache
from ..finding import Finding
from ..headings import part_number, part_starts
from ..registry import Rule

RULE = Rule(
    code="S017",
    name="part-title-mismatch",
    severity="warning",
    summary="目录与正文中同一“部分”的标题不一致",
    doc=(
        "检查什么：目录中列出的“第X部分”标题与正文中同一部分的标题相差一两个字，如目录“第一部分 单位概况”、"
        "正文“第一部分 部门概况”。\n"
        "为什么：目录与正文标题应当一致；只改了一处，读者无从判断哪个是准确的名称。\n"
        "不报的情形：相差较多（目录用的是简称）、一个是另一个的开头（目录宽度截断）、只差数字（年度、页码）。\n"
        "示例：正文“第一部分 部门概况”应与目录一致，为“第一部分 单位概况”（或改目录）。"
    ),
    flag=(
        "目录\n第一部分 单位概况\n第二部分 2023年度部门决算表\n第三部分 名词解释\n"
        "第一部分 部门概况\n一、部门职责\n负责全乡医疗卫生服务。\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
    ),
    keep=(
        "目录\n第一部分 单位概况 1\n第二部分 2023年度部门决算表 3\n第三部分 名词解释 9\n"
        "第一部分 单位概况\n一、部门职责\n负责全乡医疗卫生服务。\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
        # the contents cut a long title at its width; another names a different year
        "目录\n第一部分 某县某镇中心卫生院单位\n第二部分 2022年度部门决算表\n第三部分 名词解释\n"
        "第一部分 某县某镇中心卫生院单位概况\n第二部分 2023年度部门决算表\n第三部分 名词解释\n",
    ),
)

MIN_TITLE = 4
MAX_EDITS = 2
_NOISE = regex_cache.compile(r"[\s\d.．…·:：、,，()（）]+")


def _title(text: str, word: str) -> str:
    """A part's title without its 第X部分, page number, spaces and punctuation."""
    rest = text.split(word, 1)[1] if word in text else ""
    return _NOISE.sub("", rest)


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two short titles, cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _runs(ctx) -> list[dict[int, tuple[int, str]]]:
    """The runs of parts (第一部分 … then 第一部分 … again: contents, then body), each as
    number -> (offset, title)."""
    runs: list[dict[int, tuple[int, str]]] = []
    last = 0
    for at in part_starts(ctx):
        end = ctx.text.find("\n", at)
        line = ctx.text[at : end if end >= 0 else len(ctx.text)]
        got = part_number(line)
        if got is None:
            continue
        if got[0] <= last or not runs:
            runs.append({})
        runs[-1].setdefault(got[0], (at, _title(line, got[2])))
        last = got[0]
    return runs


def check(ctx):
    runs = _runs(ctx)
    if len(runs) != 2:
        return  # contents then body, nothing else: three runs are parts of separate documents
    contents, body = runs
    for number, (at, title) in body.items():
        listed = contents.get(number)
        if listed is None:
            continue
        toc = listed[1]
        if toc == title or min(len(toc), len(title)) < MIN_TITLE or toc.startswith(title) or title.startswith(toc):
            continue
        if _edits(toc, title, MAX_EDITS) <= MAX_EDITS:
            end = ctx.text.find("\n", at)
            end = end if end >= 0 else len(ctx.text)
            line = ctx.text[at:end].strip()
            yield Finding(at, at + len(line), RULE.code, RULE.severity,
                          f"正文标题“{line}”与目录中的“{ctx.text[listed[0]:ctx.text.find(chr(10), listed[0])].strip()}”"
                          "不一致，请统一。")
