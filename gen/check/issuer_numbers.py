"""A central body's document cited with a province's 文号 (《财政部关于…的通知》（宁水计发〔2016〕132号）).

A report that follows a national fund copies the title of the ministry's notice and, from the
province's forwarding letter in the same file, that letter's number: the pair names no document.
Only the issuers are read, not a registry: a title whose issuers (before 关于) are all central
bodies (中共中央, 国务院, a 部, 署 or 国家…局/委 with no place in its name), and a number whose 代字
opens with a province's one-character name (宁, 湘, 川 …), which no central body's 代字 does. A title
that forwards (转发) is the forwarding body's, whatever it names inside.
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache

# The one-character names of the provinces that open their bodies' 代字 (湘财预, 宁水计发, 川办发).
PROVINCE_CODES = frozenset("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔贵云滇藏陕甘青宁新")
_CENTRAL = regex_cache.compile(
    r"(?:中共中央|国务院|全国人大常委会|审计署|[\u4e00-\u9fff]{1,9}部|国家[\u4e00-\u9fff]{1,9}(?:委|局|署|总局|委员会))"
    r"(?:办公厅)?"
)
_PLACE = regex_cache.compile(r"[省市县区州旗盟镇乡]")
_SEP = regex_cache.compile(r"[\s\u3000、]+")
_NOT_HAN = regex_cache.compile(r"[^\u4e00-\u9fff]")


def central(title: str) -> bool:
    """Every issuer named before the title's 关于 is a central body (财政部, 财政部 水利部, 国务院办公厅)."""
    at = title.find("关于")
    if at <= 0 or "转发" in title:
        return False
    issuers = [w for w in _SEP.split(title[:at]) if w]
    return bool(issuers) and all(_CENTRAL.fullmatch(w) and not _PLACE.search(w) for w in issuers)


def mismatched(citations) -> Iterator[tuple[int, int, str, str]]:
    """(start, end of the number, the title, the number as its 代字) for each central title with a
    province's number."""
    for c in citations:
        n = c.number
        if c.title is None or n is None or not n.head or n.year is None:
            continue
        code = _NOT_HAN.sub("", n.head)
        if code[:1] in PROVINCE_CODES and central(c.title):
            yield n.start, n.end, c.title, code
