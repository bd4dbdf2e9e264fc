"""N027: a document received or issued on a date before the year its own number gives it, or issued after it.

The verbs of receiving and issuing are data (glossary/document_acts.yaml), proved by that file's own
sentences when the rule first runs.

A document is numbered when it is issued, so the day it was issued (印发, 制发, 出台) falls in its number's year:
"2022年6月19日，省财政厅印发了《关于下达2021年……的通知》（川财社〔2021〕57号）" dates the issue a year late. Only
those verbs: a document is received, passed on or forwarded (收到, 下达, 转发, 下发) any time after its year. A date in
the January after the number's year is left (a number taken in late December, the paper sent out in January).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ...core import regex_cache
from ...core.datafile import DataFileError, read_yaml_file, string_list
from ...core.regex_trie import alternation
from ...core.resources import data_dir
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from .. import docnumbers
from ..finding import Finding
from ..registry import Rule
from ..word_examples import prove_file

RULE = Rule(
    code="N027",
    name="date-before-document",
    severity="warning",
    summary="收到、印发文件的日期早于该文件文号的年份，或印发文件的日期晚于文号年份",
    doc=(
        "检查什么：同一分句先写具体日期（某年某月某日），再写收到、接到、印发、下发、下达、转发某文件"
        "（这些词在词库 glossary/document_acts.yaml），"
        "而该文件的文号年份（〔2022〕）晚于日期的年份，如“2012年6月14日，收到《关于下达2022年……的通知》（财建〔2022〕153号）”。\n"
        "为什么：文号中的年份是发文的年份，不可能在此之前收到或印发，日期的年份多半写错（常见为错一位数字）。\n"
        "不报的情形：只写年份或年月的时期（“2021年度，根据……〔2022〕……号开展自评”）；“根据”“按照”等依据，"
        "不是收发文件的动作；日期与文件之间隔了句号、分号；日期年份不早于文号年份。\n"
        "示例：2012年6月14日，收到财建〔2022〕153号文件 → 日期应为2022年。\n"
        "印发（制发、出台）文件的日期晚于文号年份的（“2022年6月19日，省财政厅印发了……（某财社〔2021〕57号）”），同样报告："
        "文号在发文时编定，印发日期应在文号年份之内；收到、转发、下达可以在以后，不报；文号年份次年1月印发的不报。"
    ),
    flag=(
        "2013年5月20日，我局收到《市财政局关于下达2023年农村供水补助资金的通知》（X财农〔2023〕41号），下达资金300万元。",
        "2021年3月2日印发了《绩效管理实施办法》（X办发〔2022〕5号）。",
        # issued a year after its number's year
        "2023年7月8日，市财政局、市农业农村局印发了《关于下达2022年农机购置补贴资金的通知》（X财农〔2022〕66号）。",
    ),
    keep=(
        "2023年5月20日，我局收到《市财政局关于下达2023年农村供水补助资金的通知》（X财农〔2023〕41号）。",
        "2022年12月28日，收到《关于提前下达2023年补助资金的通知》（X财社〔2022〕1386号）。",
        "2021年度，根据《关于开展绩效自评的通知》（X财绩〔2022〕3号）开展自评。",
        "2021年3月2日召开会议。根据X办发〔2022〕5号文件要求，全面开展自评。",
        # received or passed on later; issued in the January after a December number
        "2023年7月8日，收到《关于下达2022年农机购置补贴资金的通知》（X财农〔2022〕66号）。",
        "2023年1月6日，市财政局印发了《关于下达2023年补助资金的通知》（X财农〔2022〕298号）。",
        "2023年7月8日，市财政局印发了《关于下达2023年补助资金的通知》（X财农〔2023〕66号）。",
    ),
)

FILE = "glossary/document_acts.yaml"
# A full date, then within one clause (no 。；) a verb of receiving or issuing, then a document number.
_DATE = regex_cache.compile(r"(?P<y>(?:19|20)\d{2})\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日")
_CLAUSE_END = regex_cache.compile(r"[。；;！？!?\n]")
MAX_REACH = 160  # characters from the date to the document number: a title in 《》 between


@lru_cache(maxsize=1)
def acts() -> re.Pattern:
    """The verbs of glossary/document_acts.yaml as one pattern, proved by the file's own sentences."""
    raw = read_yaml_file(data_dir("glossary") / "document_acts.yaml") or {}
    if not isinstance(raw, dict):
        raise DataFileError(f"{FILE}：文件顶层须为映射（acts、flag、keep）")
    words = string_list(raw, "acts", FILE)
    verbs = regex_cache.compile(alternation(words))
    prove_file(raw, FILE, lambda text: list(_found(text, verbs)), lambda f: f.message)
    return verbs


def check(ctx: CheckContext) -> Iterable[Finding]:
    return _found(ctx.text, acts())


# The verbs of the issuer itself: the day of issue falls in the number's year (收到, 下达, 转发 may come later).
_ISSUING = frozenset(("印发", "制发", "出台"))
_MONTH = regex_cache.compile(r"年\s{0,2}(\d{1,2})\s{0,2}月")


def _issued_late(date: re.Match, verb: str, number_year: int) -> bool:
    """Whether the issuer's own act is dated after its number's year (the January after it is left: a number
    taken in late December, the paper sent out in the new year)."""
    year = int(date.group("y"))
    if verb not in _ISSUING or year <= number_year:
        return False
    month = _MONTH.search(date.group())
    return not (year == number_year + 1 and month is not None and int(month.group(1)) == 1)


def _found(text: str, verbs: re.Pattern) -> Iterable[Finding]:
    for d in near_needles(_DATE, text):
        end = _CLAUSE_END.search(text, d.end(), d.end() + MAX_REACH)
        clause = text[d.end():end.start() if end else d.end() + MAX_REACH]
        verb = verbs.search(clause)
        if verb is None or _DATE.search(clause, 0, verb.start()):
            continue  # no receiving or issuing, or another date nearer the verb
        # The first 文号 after the verb (docnumbers: the one reading of a number, any year bracket).
        number = next((n for n in docnumbers.numbers(clause[verb.end():]) if n.year is not None), None)
        if number is None:
            continue
        written = clause[verb.end() + number.start:verb.end() + number.end]
        if _issued_late(d, verb.group(), number.year):
            yield Finding(
                d.start("y"), d.end(), RULE.code, RULE.severity,
                f"日期“{d.group()}”晚于所{verb.group()}文件的文号年份（{written}）：文号在发文时编定，"
                f"{verb.group()}日期应在{number.year}年，请核对日期的年份",
            )
            continue
        if number.year <= int(d.group("y")):
            continue
        yield Finding(
            d.start("y"), d.end(), RULE.code, RULE.severity,
            f"日期“{d.group()}”早于所{verb.group()}文件的文号年份（{written}），"
            f"文号年份之前不可能{verb.group()}该文件，请核对日期的年份",
        )
