"""What the format of the 政府信息公开工作年度报告 tells about a text: is it such a report, its year, its parts.

Every administrative body publishes by 31 January its report on the last year's government information
disclosure (《中华人民共和国政府信息公开条例》, 2019 revision, 第五十条) in the format of 国办公开办函〔2021〕30号:
six parts in a fixed order (总体情况, 主动公开政府信息情况, 收到和处理政府信息公开申请情况, 政府信息公开行政复议、
行政诉讼情况, 存在的主要问题及改进情况, 其他需要报告的事项), figures for the calendar year the title names. The
format's facts are data (glossary/disclosure_report.yaml). W047 reads the year against the statistics period and the
body's opening, W048 the report's own name, S035 the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file
from ..core.resources import data_dir

FILE = "disclosure_report.yaml"
HEAD = 2000  # characters of the text's head that name what it is
HEADING_WORDS = 30  # characters after a part's number read for its title

# The report's name after its year, in the head: 2023年政府信息公开工作年度报告, 2023年度某局政府信息公开年报.
# 信息公开年度报告 without 政府 names it too (a service centre's 2017年某中心信息公开年度报告).
_TITLE_YEAR = regex_cache.compile(
    r"((?:19|20)\d\d)\s{0,2}年度?[^\n。，,；;：:《》“”0-9]{0,24}?"
    r"(?:政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|(?<!非)信息公开(?:工作)?年度报告)")
_NAMES = regex_cache.compile(r"政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|政府信息(?:工作)?年度报告|政府信息工作报告")
# A level-1 heading at a line's start: 一、 二. 第三部分.
_PART_HEADING = regex_cache.compile(
    r"^[ \t\u3000]{0,4}(?:第([一二三四五六七八九十])部分|([一二三四五六七八九十])[ \t\u3000]{0,2}[、.．,，])[ \t\u3000]{0,3}",
    re.M)


@dataclass(frozen=True)
class Part:
    index: int  # 0..5: the format's part this heading names
    number: str  # its own number: 一, 二 …
    start: int  # the heading's first character
    end: int  # the end of its number and title (at most HEADING_WORDS after the number)


@dataclass(frozen=True)
class Format:
    source: str
    from_year: int
    title: str
    parts: tuple[tuple[str, re.Pattern], ...]  # (standard title, keys)


@lru_cache(maxsize=1)
def fmt() -> Format:
    """The format's facts, proved at load like the glossary's entries: each part's keys recognise its own standard
    title, and the report's standard name and every accepted variant (``names``) are recognised as such a report's
    name, so that a key or a name edited into the data that the rules would not read fails here, not silently."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    if not isinstance(doc, dict) or not isinstance(doc.get("parts"), list) or len(doc["parts"]) != 6:
        raise DataFileError(f"格式文件 {FILE}：应包含 source、from_year、title、names 和六项 parts")
    parts = tuple((str(p["title"]), regex_cache.compile(str(p["keys"]))) for p in doc["parts"])
    for title, keys in parts:
        if not keys.search(title):
            raise DataFileError(f"格式文件 {FILE}：部分“{title}”的 keys 认不出它自己的标题")
    for name in [str(doc["title"]), *map(str, doc.get("names") or ())]:
        if not _NAMES.fullmatch(name):
            raise DataFileError(f"格式文件 {FILE}：报告名称“{name}”不会被认作政府信息公开工作年度报告")
    return Format(str(doc.get("source", "")), int(doc["from_year"]), str(doc["title"]), parts)


# The format's opening sentences, which a page copied without its title still keeps: 本报告是根据《中华人民共和国政府信息
# 公开条例》……编制; the parts named, two of them only this report's (主动公开政府信息情况, 收到和处理政府信息公开申请).
# No other report says it is written under the 条例, or has these parts (a university's 信息公开工作报告 of the school
# year, under another rule, shares 本报告中所列数据的统计期限 but neither of these). The report is also its 年报 (本年报是根据
# 《中华人民共和国政府信息公开条例》……编制), the name the format's own title allows.
_OPENING = regex_cache.compile(r"本(?:年度)?(?:报告|年报)[^。\n]{0,12}?(?:根据|依据|按照)《(?:中华人民共和国)?政府信息公开条例》")
_OWN_PARTS = ("主动公开政府信息情况", "收到和处理政府信息公开申请")


def is_report(text: str) -> bool:
    """The text's head names a government information disclosure annual report, or holds its format's own sentences."""
    if _NAMES.search(text, 0, HEAD):
        return True
    head = text[:HEAD]
    return "条例》" in head and _OPENING.search(head) is not None \
        or all(part in head for part in _OWN_PARTS)


def report_year(text: str) -> Optional[int]:
    """The year the report's name gives in the head (2023年政府信息公开工作年度报告: 2023), else None."""
    m = _TITLE_YEAR.search(text, 0, HEAD)
    return int(m.group(1)) if m else None


def report_year_span(text: str) -> Optional[tuple[int, int]]:
    m = _TITLE_YEAR.search(text, 0, HEAD)
    return (m.start(1), m.end(1)) if m else None


def parts(text: str) -> list[Part]:
    """The level-1 headings that name one of the format's six parts, in the text's order."""
    out = []
    for m in _PART_HEADING.finditer(text):
        words = text[m.end():m.end() + HEADING_WORDS].split("\n", 1)[0]
        for i, (_, keys) in enumerate(fmt().parts):
            k = keys.search(words)
            if k:
                out.append(Part(i, m.group(1) or m.group(2), m.start(), m.end() + len(words)))
                break
    return out


# The statistics period's first day (统计时间为2018年1月1日至…), and a paragraph of the year's work opening on its year
# (2018年，我局……): the two places besides the name that say which year the report is on.
_PERIOD_START = regex_cache.compile(
    r"统计(?:期限|时限|时段|期间|区间|周期|时间)[^\n。\d]{0,6}?((?:19|20)\d\d)\s{0,2}年\s{0,2}1\s{0,2}月\s{0,2}1\s{0,2}日")
_OPENING_YEAR = regex_cache.compile(r"^[ \t\u3000]{0,4}((?:19|20)\d\d)年度?[,，]", re.M)


def outvoted_name_year(text: str) -> Optional[tuple[int, int, int]]:
    """(start, end, the body's year) of the report's name's year when the statistics period and the year's work both
    name another year, and none of them the name's: the name is the slip (现公布某局2017年度政府信息公开工作报告,
    统计时间为2018年1月1日至2018年12月31日, 2018年，我局……), not the period. None otherwise."""
    span = report_year_span(text)
    if span is None:
        return None
    said = int(text[span[0]:span[1]])
    period = _PERIOD_START.search(text, 0, HEAD * 3)
    if period is None or int(period.group(1)) == said:
        return None
    body = int(period.group(1))
    end = next((p.start for p in parts(text) if p.index >= 4), len(text))
    openings = [int(m.group(1)) for m in _OPENING_YEAR.finditer(text, 0, end)]
    if body not in openings or said in openings:
        return None
    return span[0], span[1], body
