"""W037: one item written twice in a list parted by 顿号 (……计划生育、环境保护、文化、卫生、安全生产、计划生育等).

A duty list is assembled from older lists and edited by hand; an item added again at the end, or pasted
twice, survives because the list is long. The items of one 顿号 list within a clause are compared as
written: those between two 顿号 are whole, the last one is read up to 等 (……、计划生育等行政工作), and the
first one, which the clause's words run into (管理本辖区内的社会事务管理), is left out. Items of two
Chinese characters or more only: a list of single characters (县、乡、村) or of figures is no such list.

The first item is still read at its end: where the second item, whole and of three characters or more, is what
the first part ends with (其中县医院、县医院、疾控中心), the clause's words ran into the same item written twice.
A shorter tail (管理、管理) may be a word the first part's own compound ends with, and is left alone.

A list of cited titles (根据《条例》、《条例》、《规定》) is read apart: its 书名号 end the clauses above, so the
titles joined by 顿号 alone are compared whole; the same title twice in one such run is a paste left twice.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W037",
    name="list-item-twice",
    severity="warning",
    summary="顿号列举中同一项写了两次",
    doc=(
        "检查什么：一个用顿号分隔的列举中，同一项出现了两次，如“劳动和社会保障、计划生育、环境保护、文化、卫生、安全生产、计划生育等行政工作”。\n"
        "为什么：列举中的重复项多是拼接、修改时留下的，读者会以为漏写了别的项。\n"
        "不报的情形：单字的项（县、乡、村）、数字；列举第一项（前面的字与它连在一起，分不清从哪里开始）。\n"
        "示例：删去后一个“计划生育”，或改为本来要写的项。"
    ),
    flag=(
        "管理本辖区内的社会事务管理、劳动和社会保障、计划生育、环境保护、文化、卫生、安全生产、计划生育等行政工作。",
        "内设办公室、财务股、业务股、财务股和法规股。",
        # the same cited title twice in a run of titles joined by 顿号
        "依据《中华人民共和国统计法》、《中华人民共和国统计法》、《统计执法监督检查办法》开展检查。",
        # the first item, run into the clause's words, written again as the second
        "其中中心医院、中心医院、妇幼保健院、疾控中心等机构规模居全市前列。",
    ),
    keep=(
        "管理本辖区内的社会事务、劳动和社会保障、计划生育、环境保护、文化、卫生、安全生产等行政工作。",
        "覆盖县、乡、村、县三级网络。",
        # a first part that ends in a shorter word the second item is
        "加强财务管理、管理制度建设、资产清查、档案整理。", "建设市人民医院、人民医院分院、疾控中心、血站。",
        "分别于3月、6月、9月、6月开展检查。",
        # two lists in one sentence, parted by a comma: each item once in its own list
        "开展文化、卫生、体育活动，组织文化、卫生、科技下乡。",
        "负责刑事、民事、行政诉讼活动及刑事、民事、行政裁决和裁定等生效法律文书执行的法律监督工作。",
        # a list number's 顿号 opens the clause; a 等 ends the objects' list and opens the actions'
        "3、做好辖区范围内城市建设和管理、市容环境卫生、园林绿化、环境保护、市政等监督、管理、服务工作。",
        # a list of pairs joined by 和: one member stands in two pairs
        "健全政府和企业、政府和社会、社会和企业之间的协同机制。",
        # one title cited twice, but not in one run: a 和 or a clause between, or its number after one of them
        "依据《中华人民共和国统计法》、《统计执法监督检查办法》和《中华人民共和国统计法》的规定。",
        "学习《条例》、《办法》，落实《条例》、《细则》。",
        "印发《关于加强农业、林业管理的通知》、《关于加强农业、林业管理的意见》。",
    ),
)

# A clause: the text between marks that end or part a sentence's clauses.
_CLAUSE_END = regex_cache.compile(r"[，。；：;,:！？!?（）()“”《》]")
_LAST_ITEM_END = regex_cache.compile(r"等|和|及|与|[^\u4e00-\u9fff]")
# A 和/及 inside an item between two 顿号 ends one list and opens another (刑事、民事、行政诉讼活动及刑事、民事、行政裁决).
# So does 等 inside one (市政等监督、管理、服务工作: the objects' list ends at 等, the actions' list opens).
_JOINER = regex_cache.compile(r"以及|及|和|与|或|等")
# A list number opening the clause (3、做好……): its 顿号 is the number's, not the list's.
_NUMBER = regex_cache.compile(r"[ \u3000]{0,2}\d{1,2}、")
MIN_ITEM = 2
MAX_ITEM = 16
MIN_TAIL = 3  # the second item repeated at the first part's end: three characters or more (县医院)


def _is_item(word: str) -> bool:
    return MIN_ITEM <= len(word) <= MAX_ITEM and all("\u4e00" <= ch <= "\u9fff" for ch in word)


def _clauses(text: str) -> Iterable[tuple[int, str]]:
    """(offset, clause) of each clause holding two 顿号 or more, read only on the lines that hold them."""
    line_start = 0
    for line in text.split("\n"):
        if line.count("、") >= 2:
            start = 0
            for m in _CLAUSE_END.finditer(line):
                if line.count("、", start, m.start()) >= 2:
                    yield line_start + start, line[start:m.start()]
                start = m.end()
            if line.count("、", start) >= 2:
                yield line_start + start, line[start:]
        line_start += len(line) + 1


# A run of cited titles joined by 顿号 alone (《甲》、《乙》、《甲》); led by its literal 《.
_TITLE_RUN = regex_cache.compile(r"《[^《》\n]{1,60}》(?:、《[^《》\n]{1,60}》){1,12}")
_TITLE = regex_cache.compile(r"《[^《》\n]{1,60}》")


def _titles_twice(text: str) -> Iterable[Finding]:
    """The second of one title cited twice in a run of titles joined by 顿号 alone."""
    if "》、《" not in text:
        return
    for m in _TITLE_RUN.finditer(text):
        seen: set[str] = set()
        for title in _TITLE.finditer(text, m.start(), m.end()):  # a title may hold a 顿号 of its own
            if title.group() in seen:
                yield Finding(title.start(), title.end(), RULE.code, RULE.severity,
                              f"同一列举中{title.group()}写了两次，请删去重复的一项或改为本来要引用的文件。")
                break
            seen.add(title.group())


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    yield from _titles_twice(text)
    if text.count("、") < 3:
        return
    for at, clause in _clauses(text):
        number = _NUMBER.match(clause)
        if number:
            at, clause = at + number.end(), clause[number.end():]
        parts = clause.split("、")
        seen: set[str] = set()
        pos = at + len(parts[0]) + 1
        paired = False  # the item before was a pair joined by 和 (政府和社会)
        for k, part in enumerate(parts[1:], start=1):
            item = part
            if k == len(parts) - 1:
                cut = _LAST_ITEM_END.search(part)
                item = part[:cut.start()] if cut else part
                if paired and cut and cut.group() in "和及与":
                    break  # 政府和企业、政府和社会、社会和企业之间: a list of pairs, each whole; one member in two pairs
            joined = _JOINER.search(item) if k < len(parts) - 1 else None
            paired = bool(joined) and joined.group() in "和及与"
            if joined:  # 行政诉讼活动及刑事: one list ends, the next starts with the word after 及
                tail = item[joined.end():]
                seen = {tail} if _is_item(tail) else set()
            elif _is_item(item):
                if item in seen or k == 1 and len(item) >= MIN_TAIL and len(parts[0]) > len(item) \
                        and parts[0].endswith(item) and k < len(parts) - 1:
                    yield Finding(pos, pos + len(item), RULE.code, RULE.severity,
                                  f"同一列举中“{item}”写了两次，请删去重复的一项或改为本来要写的项。")
                    break
                seen.add(item)
            pos += len(part) + 1
