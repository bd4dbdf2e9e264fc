"""L005's reading of an advert's contact planted into the text: a service hotline set in a sentence or a title, a
spam site's keyword glued to its domain (apart from the rule's seeds, the module within its size)."""

from __future__ import annotations

import re
from typing import Iterator

from ...core import regex_cache
from ...core.regex_needles import contains

# A service hotline's advert planted into a sentence or a title (清明节文24小时殡葬服务电话 4008341834明祭扫倡议书,
# 殡仪一条龙 殡葬殡葬服务殡葬 4008341834低碳出行): a ten-digit 400/800 number set off by a space from the words before
# it and glued to the next word. A report that gives a hotline ends it with a mark or a bracket (热线400-123-4567。).
_HOTLINE = regex_cache.compile(r"(?:\d{1,2}小时)?(?:[\u4e00-\u9fff]{1,6}(?:电话|热线) )?(?<=[\u4e00-\u9fff] )[48]00\d{7}"
                               r"(?![0-9])(?=[\u4e00-\u9fff])")


# A spam site's keyword glued to its own domain (老公阳痿www.yangweiw.cn after a page's date): a report that gives a
# site writes it after a mark, a space or the words that name it (门户网站www…, 网址www…, 登录www…, 快文网http://www…).
_GLUED_DOMAIN = regex_cache.compile(
    r"[\u4e00-\u9fff]{2,6}(?<![网站址录陆问见至到在过入于开击索注为是即的和与及或])(?:https?://)?www\.[A-Za-z0-9-]+"
    r"\.(?!gov\b|edu\b|org\b)(?:cn|com|net|cc|top|vip)\b")

# A clinic's advert planted as a line of its own over a page (最好的白癜风医院 http://…): a medical search keyword that
# asks or ranks (最好的, 哪家好, 哪里好, 排名, 多少钱) with a hospital's word, then the advert's link. A report names
# a hospital in its sentences, never ranks one with a link (a government site's link is the page's own).
_CLINIC_LINE = regex_cache.compile(
    r"^[ \t\u3000]*(?=[\u4e00-\u9fff]{0,12}(?:最好|哪家|哪里|哪个|排名|多少钱))(?=[\u4e00-\u9fff]{0,14}(?:医院|专科|诊所|医生))"
    r"[\u4e00-\u9fff]{2,16}[ \u3000]{0,2}(?:https?://|www\.)(?![A-Za-z0-9.-]*\.gov\.cn)[!-~]{4,120}", re.M)


def planted_contacts(text: str) -> Iterator[tuple[int, int, str]]:
    """Each planted hotline, keyword-and-domain run or clinic's advert line, with its message."""
    if contains(text, "http") or contains(text, "www."):
        for m in _CLINIC_LINE.finditer(text):
            s = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u3000"))
            yield s, m.end(), f"“{text[s:m.end()][:40]}”是网页被植入的医疗广告（求医关键词连着链接），不是报告原文，请删去并检查网站安全。"
    if contains(text, "www."):
        for m in _GLUED_DOMAIN.finditer(text):
            yield m.start(), m.end(), f"“{m.group()}”是网页被植入的垃圾网站广告（关键词连着网址），不是报告原文，请删去并检查网站安全。"
    if contains(text, " 400") or contains(text, " 800"):
        for m in _HOTLINE.finditer(text):
            yield m.start(), m.end(), f"“{m.group()}”是网页被植入的服务电话广告，插在句中或标题里，不是报告原文，请删去并检查网站安全。"
