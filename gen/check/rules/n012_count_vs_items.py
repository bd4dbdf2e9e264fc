"""N012: "三项工作：一是…二是…三是…四是…" — a stated count that the listed items contradict."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.chinese_numerals import chinese_ordinal, count_value
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ._n012_bracketed import bracketed_names
from ._n012_examples import FLAG, KEEP
from ._n012_heading_count import parts_against_headings
from ._n012_report_parts import parts_claimed
from ._n012_respective import unpaired_figures
from .w006_body_name_cut import BODY_ENDS

RULE = Rule(
    code="N012",
    name="count-vs-items",
    severity="warning",
    summary="所述项数与随后列出的条目数不符",
    doc=(
        "“开展了三项工作：一是……二是……”“存在以下4个问题：（一）……”“包括5个项目：A、B、C、D。”"
        "这类先说数目、再逐条列出的写法，列出的条目数（一是、二是……；（一）（二）……；1. 2. ……；①②……；"
        "或顿号分隔的名称）应与所述数目一致。先列单位名称、再说数目的写法（“甲馆、乙馆、丙团5家单位”）同样核对：\n"
        "名称都以局、馆、院、中心等结尾时才核对，“和”“及”可能连接两个名称，也可能是一个名称的一部分，两种读法都不符才报告。"
        "先说项目个数、同一句稍后在“包括：”“分别是：”之后逐个列出项目及其金额的，各带金额的条目数也应与个数一致。"
        "“1个中心、2个实验室，分别为……”先按类别说数目、再逐个列出名称的，按名称的结尾（中心、实验室）分类计数，"
        "每类都应与所说数目一致（有名称不属于所列任何一类时不判断）。"
        "“甲、乙、丙和丁分别达12人、30人、56人”这样“分别”前所列项数多于其后数字个数的，同样报告。"
        "列举中有“等”时视为未列全，不报告。报告说“本报告由……五部分组成”、正文随后的一级标题（或“第X部分”）却多于所说数目的，同样报告（页面截断只会少、不会多）。"
        "例：主要做了三项工作：一是……二是……三是……四是……（列了四项）。"
    ),
    flag=FLAG,
    keep=KEEP,
)

_NUM = r"(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})"
_COUNT_RE = regex_cache.compile(
    r"(?:共|包括|主要有|主要包括|有|存在|开展|实施|完成|做好|抓好|落实|以下|如下|下列|做了|取得|内设|下设|下属|所属|直属|设"
    r"|制定了?|设定了?|设置了?|涉及|覆盖|惠及|提出了?)[ \u3000]?"
    + _NUM
    + r"(?:项|个方面|方面|条|点|个|所|家)(?P<noun>[\u4e00-\u9fff]{0,6}?)(?P<colon>[：:]|[，,](?:即|分别为|分别是|包括)[：:]?)"
)
# The count after its noun, as a unit's profile states its offices: 内设机构10个，有办公室、内科…… (or 下设科室5个：,
# 直属事业单位10个，即…).
_COUNT_AFTER_NOUN = regex_cache.compile(
    r"(?:内设|下设|设有|直属|下属|所属)(?P<noun>机构|科室|股室|部门|职能科室|职能部门|事业单位|二级单位|单位)[ \u3000]?" + _NUM
    + r"个(?P<colon>[：:]|[，,](?:有|包括|分别为|分别是|即|为)[：:]?)"
)
_STYLES = (
    ("是", lambda n: chinese_ordinal(n) + "是"),
    ("paren", lambda n: f"（{chinese_ordinal(n)}）"),
    ("arabic", lambda n: f"{n}."),
    ("arabic-dun", lambda n: f"{n}、"),
    ("arabic-paren", lambda n: f"（{n}）"),
    ("circled", lambda n: chr(0x2460 + n - 1) if n <= 20 else "\x00"),
)
# Items numbered 一、二、 on the count's line (共六个部分：一、概述；二、……), not split at their 顿号: read only when the
# list opens on 一、 (一、 ends words too: 统一、), and only in its sentence; not among the styles of a list below the
# count, where 一、 opens the report's own headings.
_DUN = ("dun", lambda n: chinese_ordinal(n) + "、")
MAX_REACH = 3000  # characters below the count searched for a list of items, one per line
# A heading above list level (一、, 第二章, # …): the list has ended.
_TOP = regex_cache.compile(r"^(?:#|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,3}[章节部分])")


_ASIDE_AFTER = regex_cache.compile(r"[，,](?:另设|另有|此外|另外)")
# An aside in brackets: a name's own parts (政治部（含组织人事科、教育培训科）) or an item's note.
_BRACKETED = regex_cache.compile(r"[（(][^（()）]{0,80}[）)]")


NAME_MAX, NAMED_KIND_MAX = 16, 40  # a 、-list's items; longer when each ends with the counted noun (……项目)


def _inline(rest: str, noun: str = "") -> Optional[tuple[int, int]]:
    """Items listed on the line of the count: 一是…二是…, （一）…（二）…, ①②, or 、-separated names, as
    (fewest, most): the last two names of a 、-list are often joined by 和 (应急管理办公室和城镇管理办公室),
    which may also belong to one name (文化和旅游办公室), so each 和/及/与 may add one. A name may be long
    (中央和省级政法纪检监察转移支付项目) where every name ends with the counted ``noun``'s last two characters:
    the list is then plainly one of those things, not a clause parted by 、."""
    for name, marker in _STYLES + (_DUN,):
        if name == "dun":
            if not rest.lstrip().startswith(marker(1)):
                continue
            rest = rest.split("。", 1)[0]  # the report's own 二、 headings may run on after it on a PDF's one line
        elif not (rest.lstrip().startswith(marker(1)) or (marker(1) in rest.split("。", 1)[0] and marker(2) in rest)):
            continue  # a 一是 that opens no list of the count's own sentence is another paragraph's, on a PDF's one line
        n, pos = 0, 0
        while n < 50:
            found = rest.find(marker(n + 1), pos)
            if found == -1:
                break
            n, pos = n + 1, found + 1
        return n, n
    # the count's own list ends where the sentence goes on to others (……检务督察部，另设政治部、机关党委)
    sentence = _ASIDE_AFTER.split(re.split(r"[。；;]", rest, maxsplit=1)[0], maxsplit=1)[0]
    # A name's own parts in brackets (政治部（含组织人事科、教育培训科）) are no items of the list.
    plain = _BRACKETED.sub("", sentence)
    names = [x for x in plain.split("、") if x.strip()]
    if len(names) >= 2 and (cut := _CLAUSE_AFTER.search(names[-1])) and not _DIGIT.search("".join(names[:-1])):
        # ……南乡、北乡，共改造管网86公里: a list of plain names ends at the clause after it (a list of figures
        # with amounts, 设备购置经费120万元、…, may name only some of its count: read as before)
        names[-1] = names[-1][:cut.start()]
        plain = "、".join(names)
    kind = noun[-2:]
    longest = NAMED_KIND_MAX if len(kind) == 2 and all(x.strip().endswith(kind) for x in names) else NAME_MAX
    if names and _COUNTED_PART.match(names[0]):
        return None  # a breakdown by counts (14项，包括9项实验室检查、4项病毒筛查), not a list of names
    if len(names) >= 2 and "等" not in sentence and all(len(x) <= longest for x in names):
        n = len(names) + sum(_range_size(x) - 1 for x in names)
        # a comma typed for a 、 (办公室,政治部、研究室…) parts two names the 、 count read as one
        return n, n + _joins(names) + len(_COMMA.findall(plain))
    return None


# An item line that names a kind and its count (1.行政单位1个：国土资源局本级): the lines break the total down.
_KIND_COUNTED = regex_cache.compile(r"[ \t\u3000]{0,2}[\u4e00-\u9fff]{2,10}[\d一二两三四五六七八九十]{1,3}(?:个|家|所|项|名|人)(?:[：:（(，,]|$)")
# An item that is itself a count (9项实验室检查): the list breaks the total down by counts.
_COUNTED_PART = regex_cache.compile(r"[ \t\u3000]{0,4}[\d一二两三四五六七八九十]{1,3}(?:项|个|条|家|所|名|人)")


# One name that stands for a run of numbered ones: 第一至第三监督检查室 is three offices.
_RANGE = regex_cache.compile(r"^\s*第?(?P<lo>[一二三四五六七八九十\d]{1,3})(?:至|到|-|—|～|~)第?(?P<hi>[一二三四五六七八九十\d]{1,3})")


def _range_size(name: str) -> int:
    """How many items the name stands for: hi − lo + 1 for a numbered run (第四至第七审查调查室), else 1."""
    m = _RANGE.match(name)
    lo, hi = (count_value(m.group("lo")), count_value(m.group("hi"))) if m else (None, None)
    return hi - lo + 1 if lo is not None and hi is not None and 0 < lo < hi <= lo + 30 else 1


def _following(lines: list[str]) -> Optional[tuple[int, int]]:
    """Items listed one per line below the count, in the numbering style of the first one."""
    body = [ln.strip() for ln in lines if ln.strip()]
    if not body:
        return None
    style = next((marker for _, marker in _STYLES if body[0].startswith(marker(1))), None)
    if style is None or _KIND_COUNTED.match(body[0], len(style(1))):
        return None  # 1.行政单位1个：…  2.参公单位1个：…  3.事业单位7个: a breakdown by counts, not one item each
    if style(2) in body[0]:
        return _inline(body[0])  # the items run on in one paragraph below the count: 一是……；二是……；三是……
    n = 0
    for ln in body:
        if ln.startswith(style(n + 1)):
            n += 1
        elif _TOP.match(ln) or any(ln.startswith(style(k)) for k in range(1, n + 1)):
            break  # a higher heading, or the numbering starts again: the list has ended
        # other lines (sub-items in another style, continued text) belong to the items above
    return n, n


def _written_twice(text: str, colon_end: int, listed: int) -> list[str]:
    """The names of a 、-list on the count's line that are written more than once (办公室、…、办公室);
    none unless the list was counted by its 、 (its ``listed`` items are these names)."""
    line_end = text.find("\n", colon_end)
    sentence = re.split(r"[。；;]", text[colon_end:len(text) if line_end == -1 else line_end], maxsplit=1)[0]
    names = [x.strip() for x in _BRACKETED.sub("", sentence).split("、") if x.strip()]
    if len(names) != listed:
        return []
    return [x for i, x in enumerate(names) if x in names[:i]]


_SENTENCE_END = regex_cache.compile(r"[。；;！？!?]")
MAX_CUT_OFF_ITEMS = 10_000  # what a list cut off by the end of the text may have named
# A 一是……二是…… list in a line the text breaks off in mid-sentence (a page's excerpt): the list may run on.
_LAST_ITEM_CUT = regex_cache.compile(r"[一二三四五六七八九十]是[^\n]*[^。；;！？!?\s”」）)]$")


def _rest_told_after(text: str, colon_end: int, stated: int, found: tuple[int, int]) -> bool:
    """The list falls short by the count the next sentence gives (另有四个派出法庭)."""
    line_end = text.find("\n", colon_end)
    m = _ALSO.search(text, colon_end, len(text) if line_end == -1 else line_end)
    extra = count_value(m.group("n")) if m else None
    return extra is not None and found[0] <= stated - extra <= found[1]


def _listed(text: str, colon_end: int, noun: str = "") -> Optional[tuple[int, int]]:
    """How many items the list after a count names, as (fewest, most)."""
    line_end = text.find("\n", colon_end)
    line_end = len(text) if line_end == -1 else line_end
    rest = text[colon_end:line_end]
    if rest.strip():
        found = _inline(rest, noun)
        if found and not text[line_end:].strip() and (not _SENTENCE_END.search(rest) or _LAST_ITEM_CUT.search(rest.rstrip())):
            # the text is cut off inside the list (a page's excerpt): at least these items, maybe more
            return found[0], MAX_CUT_OFF_ITEMS
        return found
    below = text[line_end + 1:line_end + 1 + MAX_REACH]
    found = _following(below.split("\n"))
    if found and line_end + 1 + MAX_REACH >= len(text) and not _SENTENCE_END.fullmatch(below.rstrip()[-1:]) \
            and not any(_TOP.match(ln.strip()) for ln in below.split("\n")[1:]):
        # the items run on to where the text breaks off mid-sentence (a page's excerpt): at least these
        return found[0], MAX_CUT_OFF_ITEMS
    return found


# "甲馆、乙馆、丙团5家下属单位": a count right after names of bodies listed with 、.
# The count's first character is matched before the lookbehind that tests the one in front of it (which then
# reads both), and the digits' and the numerals' ways share that one class, each going on as its first
# character says: the same matches as the two alternatives, but re skips to digits and numerals by itself
# instead of trying both at every character.
_COUNT_AFTER = regex_cache.compile(r"(?P<n>[\d二两三四五六七八九十](?<=[\u4e00-\u9fff）)][\d二两三四五六七八九十])"
                          r"(?:(?<=\d)\d?|(?<=[二两三四五六七八九十])[二两三四五六七八九十]{0,2}))(?:家|个|所)"
                          r"(?=(?:下属|直属|二级|所属|基层|预算)?(?:单位|机构|医院|学校|场馆|企业|部门)"
                          r"|(?P<place>村委会|村民委员会|行政村|社区|居委会|村(?!民小组)))")
_CLAUSE_START = regex_cache.compile(r"[，,。；;：:！？\n（(“]")
_JOINERS = regex_cache.compile(r"以及|和|及|与")
_COMMA = regex_cache.compile(r"[，,]")
_DIGIT = regex_cache.compile(r"\d")
# A clause after the last name, not a name a comma typed for 、 parts (……、北乡，共改造供水管网86公里): it states a
# figure or opens with a word that begins a clause.
_CLAUSE_AFTER = regex_cache.compile(r"[，,](?=[^、，,]{0,30}\d|共|全部|均|总|合计|其中|涉及|覆盖|惠及|受益|主要|并|已)")
# The count's remainder told in the next sentence (……包括十一个庭室。另有四个派出法庭): the list is not all of it.
_ALSO = regex_cache.compile(r"[。；;][ \t\u3000]{0,2}(?:另有|另设|另外还有|此外还有|还有|另)" + _NUM + r"(?:个|家|所|名)")


# A village's bare name (勐糯), or its full one after its township (古木镇沙沟村, 红甸乡红甸村).
_PLACE_NAME = regex_cache.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}(?:乡|镇|街道)[\u4e00-\u9fff]{1,5}(?:村|社区)")


def _names_before(text: str, at: int, place: bool = False) -> Optional[tuple[int, int]]:
    """How many bodies the 、-list ending at ``at`` names: (fewest, most), since 和/及 may join
    two names or belong to one (文化和旅游局); None unless every item is a body's name. Villages and
    communities counted after their bare names (勐糯、海头、丛岗、大寨、田坡6个村委会, ``place``): three or more
    names of two to four characters, the first after the clause's own words (涉及勐糯镇的勐糯)."""
    lo = max(0, at - 200)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, at)]
    segment = text[starts[-1] if starts else lo:at]
    if "、" not in segment or "等" in segment or "其中" in segment:
        return None
    names = segment.split("、")
    if place and len(names) >= 3 and all(_PLACE_NAME.fullmatch(n) for n in names[1:]) \
            and re.search(r"[\u4e00-\u9fff]{2}$", names[0]):
        return len(names), len(names)
    if not all(2 <= len(n) <= 20 and n.endswith(BODY_ENDS) for n in names):
        return None
    return len(names), len(names) + _joins(names)


def _joins(names: list[str]) -> int:
    """How many 和/及/与 in the names may part two names. Where every name is a body's (……中心, ……队),
    a joiner parts two only if the words before it end as a body does too (应急管理办公室和城镇管理办公室);
    生态环境和农业农村综合服务中心 is one name, so a list of six such names stays six, not six or seven."""
    if not all(n.strip().endswith(BODY_ENDS) for n in names):
        return sum(len(_JOINERS.findall(n)) for n in names)
    return sum(1 for n in names for m in _JOINERS.finditer(n) if n[:m.start()].endswith(BODY_ENDS))


def _counts_after_names(text: str) -> Iterable[Finding]:
    if "、" not in text:
        return
    # near the words that must follow a count (单位, 村…): the same matches, a third of the search (gen.core.regex_needles)
    for m in near_needles(_COUNT_AFTER, text):
        if text[m.start() - 1] in "第各每约近超逾达":
            continue
        stated = count_value(m.group("n"))
        listed = _names_before(text, m.start(), bool(m.group("place")))
        if not stated or stated < 2 or listed is None or listed[0] <= stated <= listed[1]:
            continue
        yield Finding(m.start("n"), m.end("n"), RULE.code, RULE.severity,
                      f"此处说“{m.group()}”，前面列出的单位名称是{listed[0]}个",
                      None if listed[0] != listed[1] else (str(listed[0]) if m.group("n").isdigit()
                                                           else chinese_ordinal(listed[0])))


# "项目支出共13个，年初预算数…万元，包括：A资金3727.00万元、B经费143.83万元……": projects counted, then
# listed after 包括 later in the sentence, each with its amount.
_PROJECT_COUNT = regex_cache.compile(
    r"(?:项目[^，,。；;：:\d]{0,4}?(?:共|共计|合计)?(?=[\d一二两三四五六七八九十]{1,3}(?:个|项)(?![\u4e00-\u9fff]))"
    r"|(?:共|共计|合计|实施|安排)(?=[\d一二两三四五六七八九十]{1,3}(?:个|项)(?:项目|专项)))" + _NUM + r"(?:个|项)"
)
_LIST_MARK = regex_cache.compile(r"(?:具体|主要)?(?:包括|分别是|分别为|具体为|具体是)[：:]")
_AMOUNT_ITEM = regex_cache.compile(r"^[^\d]{2,60}?\d[\d,]*(?:\.\d+)?(?:万元|元)$")
_ITEM_SEP = regex_cache.compile(r"(?<!\d),|,(?!\d)|[、；;，]")


def _priced_items(text: str, start: int) -> Optional[int]:
    """How many items, each a name and its amount, run from ``start`` to the sentence's end; None
    unless every item is one ("……等", a clause without an amount, or fewer than two: not a list)."""
    end = min((i for i in (text.find(c, start) for c in "。\n") if i != -1), default=len(text))
    body = _BRACKETED.sub("", text[start:end])
    chunks = [c.strip() for c in _ITEM_SEP.split(body) if c.strip()]
    if len(chunks) < 2 or "等" in body or not all(_AMOUNT_ITEM.match(c) for c in chunks):
        return None
    return len(chunks)


def _projects_listed_with_amounts(text: str) -> Iterable[Finding]:
    for m in near_needles(_PROJECT_COUNT, text):
        stated = count_value(m.group("n") or "")
        sentence_end = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i != -1), default=len(text))
        mark = _LIST_MARK.search(text, m.end(), sentence_end)
        if not stated or stated < 2 or mark is None or _PROJECT_COUNT.search(text, m.end(), mark.start()):
            continue
        listed = _priced_items(text, mark.end())
        if listed is not None and listed != stated:
            yield Finding(m.start("n"), m.end("n"), RULE.code, RULE.severity,
                          f"此处说项目{m.group('n')}{text[m.end('n'):m.end('n') + 1]}，随后“{mark.group(0)[:-1]}”列出了{listed}个（各带金额）",
                          str(listed) if m.group("n").isdigit() else chinese_ordinal(listed))


# "1个中心、2个实验室、2个试验站，分别为A中心、B实验室、C实验室、D实验室和E试验站": counts of kinds,
# then the names, each ending in its kind.
_KIND_COUNTS = regex_cache.compile(
    r"(?:[\d一二两三四五六七八九十]{1,3}个[\u4e00-\u9fff]{2,12}?[、和]){1,5}[\d一二两三四五六七八九十]{1,3}个[\u4e00-\u9fff]{2,12}?"
    r"[，,：:]?(?:分别为|分别是)[：:]?"
)
_KIND = regex_cache.compile(r"(?P<n>[\d一二两三四五六七八九十]{1,3})个(?P<noun>[\u4e00-\u9fff]{2,12}?)(?=[、和，,：:]|分别)")
_NAME_SEP = regex_cache.compile(r"[、，,]|和")
KIND_KEY = 2  # a kind is known by the last two characters of its noun (实验室 → 验室, 中心)


def _kind_of(name: str, keys: list[str]) -> Optional[str]:
    return next((k for k in keys if name.endswith(k)), None)


def _names_by_kind(body: str, keys: list[str]) -> Optional[dict[str, int]]:
    """How many names of each kind the list holds; a piece that ends in no kind is joined to the
    next (和, 、 inside a name); None when some name stays of no kind or the list says 等."""
    if "等" in body:
        return None
    counts = dict.fromkeys(keys, 0)
    pending = ""
    for piece in _NAME_SEP.split(body):
        pending += piece.strip()
        kind = _kind_of(pending, keys)
        if kind is not None:
            counts[kind] += 1
            pending = ""
    return counts if not pending and sum(counts.values()) >= 2 else None


def _counts_by_kind(text: str) -> Iterable[Finding]:
    for m in near_needles(_KIND_COUNTS, text):  # the same matches, tried only near 分别为/分别是
        kinds = [(k, count_value(k.group("n"))) for k in _KIND.finditer(text, m.start(), m.end())]
        keys = [k.group("noun")[-KIND_KEY:] for k, _ in kinds]
        if len(kinds) < 2 or len(set(keys)) != len(keys) or any(n is None for _, n in kinds):
            continue
        end = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i != -1), default=len(text))
        listed = _names_by_kind(text[m.end():end], keys)
        if listed is None:
            continue
        for (k, stated), key in zip(kinds, keys):
            if listed[key] != stated:
                yield Finding(k.start("n"), k.end("n"), RULE.code, RULE.severity,
                              f"此处说{k.group('n')}个{k.group('noun')}，随后逐个列出的名称中"
                              f"以“{k.group('noun')[-3:]}”结尾的有{listed[key]}个",
                              str(listed[key]) if k.group("n").isdigit() else chinese_ordinal(listed[key]))


# A list by kinds, each with its own count (分别是：审判业务部门14个，包括……；综合行政部门4个，包括……): its
# entries are the kinds' members, not the counted things one by one.
_BY_KIND = regex_cache.compile(r"[ \u3000]{0,2}[\u4e00-\u9fff（）()]{2,16}?\d{1,3}个[，,：:]")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    yield from _counts_after_names(text)
    yield from _counts_by_kind(text)
    yield from _projects_listed_with_amounts(text)
    for start, end, said, fix in bracketed_names(text):
        yield Finding(start, end, RULE.code, RULE.severity, said, fix or None)
    for start, end, said in unpaired_figures(text):
        yield Finding(start, end, RULE.code, RULE.severity, said, None)
    claimed = list(parts_claimed(text))  # told against the names the list gives: not again against the headings
    for start, end, said in [*claimed, *parts_against_headings(ctx, {start for start, _, _ in claimed})]:
        yield Finding(start, end, RULE.code, RULE.severity, said, None)
    for m in near_needles(_COUNT_AFTER_NOUN, text):
        stated = count_value(m.group("n"))
        found = _listed(text, m.end("colon")) if stated and stated >= 2 else None
        if found is not None and not found[0] <= stated <= found[1] \
                and not _rest_told_after(text, m.end("colon"), stated, found):
            listed = found[0]
            yield Finding(m.start("n"), m.end("n"), RULE.code, RULE.severity,
                          f"此处说{m.group('noun')}{m.group('n')}个，随后列出了{listed}个",
                          str(listed) if m.group("n").isdigit() else chinese_ordinal(listed))
    for m in near_needles(_COUNT_RE, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        stated = count_value(m.group("n"))
        if not stated or stated < 2 or _BY_KIND.match(text, m.end("colon")):
            continue
        found = _listed(text, m.end("colon"), m.group("noun"))
        if found is not None and not found[0] <= stated <= found[1] and not _rest_told_after(text, m.end("colon"),
                                                                                         stated, found):
            listed = found[0]
            said = f"此处说{m.group('n')}{text[m.end('n'):m.start('colon')]}，随后列出了{listed}条"
            twice = _written_twice(text, m.end("colon"), listed)
            if twice and listed - len(twice) == stated:  # the count is right; a name was listed again
                yield Finding(m.start("n"), m.end("n"), RULE.code, RULE.severity,
                              f"{said}，其中“{'”“'.join(twice)}”重复列出", None)
                continue
            yield Finding(m.start("n"), m.end("n"), RULE.code, RULE.severity, said,
                          str(listed) if m.group("n").isdigit() else chinese_ordinal(listed))
