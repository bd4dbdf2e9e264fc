"""A body formed by merging two, named in its own text by the first of them alone: the search behind T007's
second class (开远市林业局 in the report of 开远市林业和草原局, 教育局 in that of 洪洞县教育科技局).

The reforms of 2018–2019 merged bodies and named the new one after both: 林业和草原局, 自然资源和规划局,
文化和旅游局, 教育科技局, 教育体育局, 卫生健康局. Text carried over from the years before keeps the old name,
which is the name of the first half alone; a reader of the report sees its own body named two ways, the old
way a body that no longer exists. The body's own name is read from the title (a line that goes on, or is
followed by a line that goes on, with a year or the genre: …2020年度政府信息公开工作年度报告), only when it
is such a merged name: a core written X和Y (林业和草原), or four characters whose second two are a field of
their own (教育科技), not a word an accepted short form drops (交通运输局 → 交通局, 应急管理局 → 应急局:
body_variants' ``dropped``) or a generic word of administration (管理, 服务, 建设). The old name is looked
for after the title only (a site's column label above the title is the site's): with the title's own place
(开远市林业局), or bare where nothing but the year or 本 stands before it (2023年度教育局政府信息公开工作),
so that a superior body (市教育局) is never read as the body's own. A sentence that tells of the merger
(组建, 更名, 原…) names both legitimately; an old name T001 judges by the reform's date (农业局, 卫生局) is left
to T001, one finding for one slip.
"""

from __future__ import annotations

from ..core import regex_cache
from ..core.glossary import load, scan
from .body_names import Miss
from .body_variants import policy, renamed_near
from .identity import identity
from .page_chrome import after_publisher_label

TITLE_LINES = 25  # paragraphs read for the title: a web copy puts its page furniture first
TITLE_MAX = 60
# A body's name standing alone (not the tail of a longer run), up to its kind: 局, 厅, 委员会.
_NAME = regex_cache.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{4,20}?)(局|厅|委员会)")
# What a title goes on with after the body's name: its year or its genre.
_TITLE_TAIL = regex_cache.compile(r"[^。\n]{0,30}?(?:(?:19|20)\d\d|报告|决算|预算|说明|总结|计划|答复|要点)")
_PLACE_END = "省市县区州旗盟"
# Second halves of a four-character core that are no field of their own (城市管理, 政务服务, 城乡建设): the
# name less them is a short form or no name at all, not another body's.
_GENERIC = frozenset({"服务", "监督", "监管", "执法", "保障", "建设", "发展", "综合", "行政", "工作", "资源",
                      "改革", "审批", "规划"})
_OLD_BEFORE = "原"
# Before a bare old name: the year it was the body's work of (2023年度教育局…) or 本; never a place or level.
_BARE_BEFORE = regex_cache.compile(r"(?:\d[ \u3000]{0,2}年度?|本)$")


def _merged(name: str, kind: str):
    """(place, core, first half) when ``name`` (less its kind) is a place and a merged core, else None."""
    for i in range(len(name) - 4, 1, -1):
        if name[i - 1] in _PLACE_END:
            place, core = name[:i], name[i:]
            break
    else:
        return None
    if "和" in core:
        first, _, second = core.partition("和")
        return (place, core, first) if len(first) >= 2 and len(second) >= 2 else None
    second = core[2:]
    if len(core) == 4 and second not in _GENERIC and second not in policy().dropped:
        return place, core, core[:2]
    return None


def own_merged_name(ctx):
    """(place, core, first half, kind, end of the title line) of the report's own merged name, else None."""
    paras = ctx.paragraphs[:TITLE_LINES]
    for k, p in enumerate(paras):
        if "。" in p.text or len(p.text) > TITLE_MAX:
            continue
        m = _NAME.search(p.text)
        if m is None or after_publisher_label(p.text, m.start()):
            continue
        rest = p.text[m.end():]
        follows = paras[k + 1].text if not rest.strip() and k + 1 < len(paras) else rest
        if not _TITLE_TAIL.match(follows):
            continue
        found = _merged(m.group(1), m.group(2))
        return (*found, m.group(2), p.end) if found else None
    return None


def former_halves(ctx) -> list[tuple[Miss, str]]:
    """Each place after the title where the text names its own merged body by the first half alone, with the
    title's full name (the Miss's ``meant`` is the form to write there: with the place, or bare as written)."""
    own = own_merged_name(ctx)
    if own is None:
        return []
    place, core, first, kind, after = own
    text = ctx.text
    who = identity(ctx)
    if scan(load().terms, first + kind, who.year, who.earliest):
        return []  # an old name T001 reports by the reform's date
    out = []
    for written, meant in ((place + first + kind, place + core + kind), (first + kind, core + kind)):
        at = text.find(written, after)
        while at != -1:
            end = at + len(written)
            bare = written == first + kind
            if not (bare and (text[at - len(place):at] == place or not _BARE_BEFORE.search(text, max(0, at - 6), at))) \
                    and text[at - 1:at] != _OLD_BEFORE and not renamed_near(text, [(at, end)]):
                out.append((Miss(at, end, written, meant), place + core + kind))
            at = text.find(written, end)
    return out
