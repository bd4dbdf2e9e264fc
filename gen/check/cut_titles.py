"""Cited 公文 titles that stop before their 文种: 《关于开展2023年预算支出绩效评价》 for …工作的通知》.

A 公文's title is 发文机关 + 关于 + 事由 + 文种 (GB/T 9704), so a title in 书名号 that
holds 关于 ends in the kind of document it is (通知, 意见, 办法, 报告 …). One that
ends on its subject (评价, 资金, 工作) was copied short; the reader cannot look
the document up. The kinds are data (glossary/title_genres.yaml), proved by
their own examples at load; a version or batch in brackets at the title's end
(（试行）, （第一批）, （2021—2025年）) is set aside before the end is read.

A title can also lose its 文种 the other way: the marks close on the document a
notice issued, and the notice's 文种 is left outside them ("根据《某中心职能配置、
内设机构和人员编制规定》的通知"): the document cited is the notice (关于印发〈…〉的通知),
so its title was copied without its head. Where the words before the 《 issue or
forward it (关于印发《…》的通知, 转发, 贯彻落实) the title is written out of marks
and is whole; where the title itself holds 印发 or 转发 its 》 came too early, a
slip of marks that P004 and the rule on nested titles tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.regex_needles import contains
from ..core.regex_trie import alternation
from ..core.resources import data_dir
from .word_examples import prove_file

FILE = "title_genres.yaml"
# A cited title holding 关于: an issuer of up to 30 characters before it, the subject and kind after it.
_CITED = regex_cache.compile(r"《([^《》\n]{0,30}关于[^《》\n]{4,100})》")
# A bracketed version, batch or span at a title's end: （试行）, （第一批）, （2021—2025年）, (修订).
_TAIL_NOTE = regex_cache.compile(r"(?:[（(][^（()）]{1,16}[）)])+$")
# Marks of a title inside a title: 《某局关于印发〈某办法〉的通知》, or an issuer before a whole title in them.
_INNER_CLOSE = ("〉", ">", "」", "”", "’")
_INNER_OPEN = regex_cache.compile(r"[〈<「“‘]")
_STRAY_CLOSE = "的通知》"
# A title whose 事由 opens on a verb of setting up (关于建立健全……清单制度) and ends on that verb's object, a noun that
# is also a kind of document (制度, 清单, 标准 …) with no 的 between: the object, not the 文种, which must follow it
# after 的 (关于建立……制度的意见). A document that is itself a 制度 is titled ……管理制度 or 关于……的制度.
_OBJECT_END = regex_cache.compile(r"关于(?:进一步|全面)?(?:建立健全|建立|健全|完善|推行|实行|实施)[^的《》〈〉]{2,60}"
                                  r"(?:制度|清单|标准|规范|规则|目录|名录)$")
_MARKS_MISPLACED = regex_cache.compile(r"关于[〈<「“‘](?:印发|转发)")


@dataclass(frozen=True)
class CutTitle:
    start: int  # the title's first character, inside the marks
    end: int
    title: str
    object_end: str = ""  # the verb's object the title ends on (制度 in 关于建立……制度), where that cut it


@per_glossary()
def genres() -> re.Pattern:
    """The kinds a title may end in, as one pattern anchored at the end, proved by the file's examples."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    label = f"文种文件 {FILE}"
    if not isinstance(doc, dict):
        raise DataFileError(f"{label}：顶层应包含 genres、flag、keep")
    built = regex_cache.compile(alternation(string_list(doc, "genres", label)) + "$")
    prove_file(doc, label, lambda t: list(_cut(t, built)), lambda c: c.title)
    return built


def _cut(text: str, kinds: re.Pattern) -> Iterator[CutTitle]:
    if not contains(text, "关于"):
        return
    for m in _CITED.finditer(text):
        title = _TAIL_NOTE.sub("", m.group(1)).rstrip()
        if title.endswith(_INNER_CLOSE) and (_INNER_OPEN.search(title, 0, title.rfind("关于"))
                                            or _MARKS_MISPLACED.search(title)):
            # 《某市委市政府〈关于……的实施方案〉》: the issuer, then the title; 《某厅关于〈印发……的通知〉》: inner marks
            # put round the notice's own words (P006's), its 文种 there
            title = title.rstrip("".join(_INNER_CLOSE))
        if text.startswith(_STRAY_CLOSE, m.end()):
            continue  # 《…关于印发〈…办法〉》的通知》: a 》 too early, the title goes on (P004's)
        if not kinds.search(title):
            yield CutTitle(m.start(1), m.end(1), m.group(1))
        elif _OBJECT_END.search(title):
            yield CutTitle(m.start(1), m.end(1), m.group(1), title[-2:])


def cut_titles(text: str) -> list[CutTitle]:
    """Titles in 书名号 that hold 关于 and end in no kind of document."""
    return list(_cut(text, genres()))


# The issued document in marks, then the notice's 文种 outside them: 《某规定》的通知.
_GENRE_OUTSIDE = regex_cache.compile(r"《([^《》\n]{4,100})》的(?:通知|决定|批复)")
# Words before the 《 that make the title one written out of marks (关于印发《…》的通知), or a title the
# marks close too early (《…关于印发〈…〉》的通知): either way not a title cut at its head. The same words
# in Traditional script (關于印發《…》的通知, on pages converted for Hong Kong or Taiwan readers) count too.
_ISSUED = regex_cache.compile(r"印[发發]|[转轉][发發]|下[发發]|[颁頒][发發]|[颁頒]布|公[布佈]|[发發]布|批[转轉]|[贯貫][彻徹]|落[实實]"
                              r"|[执執]行|[实實]施|[学學][习習]|做好|[关關][于於]|修[订訂]|修改|[废廢]止")
LEAD_MAX = 30  # characters before the 《 read for such words, back to the clause's start
_CLAUSE_MARK = regex_cache.compile(r"[，。；：,;:\n（(、《]")


def genre_outside(text: str) -> list[CutTitle]:
    """Titles in 书名号 followed by 的通知 with nothing before them that issues or forwards them."""
    if "》的" not in text:
        return []
    out = []
    for m in _GENRE_OUTSIDE.finditer(text):
        lead_start = max(0, m.start() - LEAD_MAX)
        marks = [c.end() for c in _CLAUSE_MARK.finditer(text, lead_start, m.start())]
        lead = text[marks[-1] if marks else lead_start:m.start()]
        if _ISSUED.search(lead) or _ISSUED.search(m.group(1).replace("关于", "", 1)):
            continue
        out.append(CutTitle(m.start(), m.end(), m.group(1)))
    return out


# A notice's title in marks that names the document it issued but lost its 关于印发 head: 《某区2018年政务公开工作要点的
# 通知》. A 通知 that issues a document is titled 关于印发〈…〉的通知 (GB/T 9704: 关于 + 事由 + 文种), so a title in
# marks that ends in a document's kind then 的通知 with no 关于 or issuing verb in it was copied without its head.
# A notice issues tables and guides as well (任务分解表, 责任清单表, 发展指引, 实施纲要, 应急预案, 任务分工: round 46,
# a district's 政务公开 task table; 《政府网站发展指引的通知》 in two reports of earlier rounds). 报表 is no kind here:
# 《做好…统计报表的通知》 asks for reports, its head is 关于做好, not 关于印发.
# A catalogue, a yearly work plan or a report's format is issued the same way (《某省政府核准的投资项目目录（2017年本）
# 的通知》, 《2021年全省政务公开重点工作安排的通知》, 《……工作年度报告格式的通知》: rounds 50 and 52), its edition's aside
# (（2017年本）, （试行）) kept before 的通知.
_HEAD_LOST = regex_cache.compile(
    r"《([^《》\n]{4,80}?(?:要点|方案|办法|细则|规定|意见|规划|计划|规则|清单|指南|标准|指引|纲要|预案|任务分工|目录|安排|格式"
    r"|(?:分解|一览|分工|清单|责任|任务|安排)表)(?:[（(][^（）()《》\n]{1,10}[）)])?)的通知》")
_ISSUED_IN_TITLE = regex_cache.compile(r"[关關][于於]|印[发發]|[转轉][发發]|批[转轉]|[颁頒][发發]|下[发發]|[发發]布|公[布佈]")
# An issuing word right before the 《 (关于印发《某格式的通知》): the head is there, the marks were set one word late
_ISSUED_BEFORE = regex_cache.compile(r"(?:印[发發]|[转轉][发發]|[发發]布|下[发發])$")


def head_lost(text: str) -> list[CutTitle]:
    """Titles in 书名号 of a notice issuing a document, with no 关于印发 (nor any issuing word) in them."""
    if "的通知》" not in text:
        return []
    return [CutTitle(m.start(1), m.end(1), m.group(1)) for m in _HEAD_LOST.finditer(text)
            if not _ISSUED_IN_TITLE.search(m.group(1)) and not _ISSUED_BEFORE.search(text, max(0, m.start() - 2), m.start())]
