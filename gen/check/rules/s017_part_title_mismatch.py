"""S017: a part or heading titled one way in the contents and another way in the body.

A report lists its parts and headings first (目录: 第一部分 单位概况 … 第五部分
附件, or 一、摘要 二、部门概况 (一)…) and then repeats them over the body. When the
two differ by a word or two (目录 "一、部门主要职责", body "一、部门主要职能"), one of
them was edited and the other not: a reader cannot tell which is the part's
name. gen.check.contents pairs each body heading with the contents entry of the
same place (part, level, number, the 一、 above a （一）). Only slips are
reported: a part's title of four or more characters with at most two
characters changed, added or dropped; a heading's with one (two from eight
characters on), or a word doubled (目录 "二、决算单位构成", body "二、单位决算单位构成");
a short heading (ten characters at most) renamed in one place only, keeping
a word of its own and changing the rest (目录 一、部门职责, body 一、主要职责: nine
readers of round 18's sets marked such pairs), unless the word kept is one
every outline's headings share (部门, 基本, 情况) or the body filled the
contents' 单位概况 with its name.
A contents that shortens its titles or whose width cut them (one title
inside the other), a difference of figures (a year, a page number), and a
body title that the contents list at another number are left alone; but an
entry of one word (职责) that the body titles with a word before it (部门职责)
is reported where the contents give three titles or more word for word: such
contents shorten nothing, the one entry was edited alone.

The contents also number the parts: a body heading titled exactly as an
entry of its level that bears another number (目录 一、摘要 二、部门概况, body
一、部门概况 after an unnumbered 摘要) is reported once, on the first such heading.
Contents that number the parts 一、 二、 三、 over a body divided into 第一部分,
第二部分 … of the same titles number one outline a level apart: reported once,
on the body's first part, when two parts or more name the entry of their number.
The reverse, contents of 第一部分 with 一、 二、 under it over a body that opens with
一、 of the first part's title and （一） （二） of its sections, is reported once on that
一、, when a section under it names the contents' entry of its number too.
"""

from __future__ import annotations

from collections import Counter
from os.path import commonprefix

from ..contents import clean_title, contents_and_body, text_contents_start, worded_otherwise
from ..section_levels import sections_apart
from ..edit_distance import edits
from ..confusion import freq
from ..finding import Finding
from ..formal_names import PLACE_LEVEL
from ..gazetteer import gazetteer
from ..headings import numbering, part_number, part_starts
from ..registry import Rule, spans_reported
from ._s017_examples import FLAG, KEEP
from ...core import regex_cache

RULE = Rule(
    code="S017",
    name="part-title-mismatch",
    severity="warning",
    summary="目录与正文中同一部分的标题或编号不一致",
    doc=(
        "检查什么：目录中列出的标题与正文中同一位置（同一部分、同一级、同一编号）的标题相差一两个字，如目录“第一部分 单位概况”、"
        "正文“第一部分 部门概况”，目录“一、部门主要职责”、正文“一、部门主要职能”，目录“二、决算单位构成”、正文“二、单位决算单位构成”；"
        "或正文标题与目录中的某一条相同，编号却不同（目录“一、摘要 二、部门概况”，正文“一、部门概况”）。\n"
        "目录用“一、”“二、”给各部分编号（其下用“（一）”），正文却分为“第一部分”“第二部分”（其下用“一、”），层级不一致，同样报告（报一次）；反过来，目录分“第一部分”（其下“一、”），正文却以“一、某某概况”“（一）”编号同一部分的，也报一次。\n"
        "为什么：目录与正文标题应当一致；只改了一处，读者无从判断哪个是准确的名称，按目录也找不到对应的部分。\n"
        "十个字以内的短标题，保留了一个词、换了其余的字（目录“一、部门职责”、正文“一、主要职责”），同样报告。"
        "正文小标题在目录条目上增删了词语（目录“一、主要职能”、正文“一、部门主要职能”），以上都不能解释、又保留了目录的一段原文（四个字以上）的，作为提示（info）报告；多数标题都如此时视为目录的写法，不报。"
        "“第X部分”的标题在正文中增删了单位名称、年度或词语（目录“第一部分 某局概况”、正文“第一部分 部门概况”）的，同样作为提示报告（多数部分都如此时不报）。\n"
        "不报的情形：相差较多（目录用的是简称）、两个短标题只共有“部门”“单位”“基本”“情况”这类各标题都有的字、目录的“单位概况”在正文中填成了单位名称、一个包含另一个（目录宽度截断或省略了前后的词）、只差数字（年度、页码）、只差“市”“县”“区”前的地名（目录“市房产局概况”、正文“九江市房产局概况”，同一单位的简称和全称）；"
        "正文标题是目录中另一编号下的标题的（编号问题另行报告）；没有目录、或目录之后没有按同样编号重新开始的正文。\n"
        "示例：正文“一、部门主要职能”应与目录一致，为“一、部门主要职责”（或改目录）。"
    ),
    flag=FLAG,
    keep=KEEP,
)

MIN_TITLE = 4
MAX_EDITS = 2  # a part's title (few, and long)
SHORT_TITLE = 8  # a heading's title below this length may differ by one character only


def _without_year(title: str) -> str:
    """A title without the 年 (年度) its year's figures left at its head once cleaned (2025年部门预算 -> 部门预算)."""
    return title.removeprefix("年度") if title.startswith("年度") else title.removeprefix("年")


def _parts_differ(toc: str, title: str) -> bool:
    """A 第X部分 titled anew by a word or two, not cut short by the contents' width, nor only by its year."""
    toc, title = _without_year(toc), _without_year(title)
    if min(len(toc), len(title)) < MIN_TITLE or toc.startswith(title) or title.startswith(toc):
        return False
    return edits(toc, title, MAX_EDITS) <= MAX_EDITS


def _place_named(toc: str, title: str) -> bool:
    """One title is the other with the place's own name put before its 市, 县 or 区 (目录 第一部分 市房产局概况,
    正文 第一部分 九江市房产局概况): the body's full name and its short one, the same heading, no word edited."""
    longer, shorter = (toc, title) if len(toc) > len(title) else (title, toc)
    if not shorter or shorter[0] not in PLACE_LEVEL or not longer.endswith(shorter[1:]):
        return False
    place = longer[:len(longer) - len(shorter) + 1]
    return place.endswith(shorter[0]) and place in gazetteer().by_name


def _doubled(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with a word added that ``shorter`` already holds (单位决算单位构成)."""
    at = longer.find(shorter)
    extra = longer[:at] + longer[at + len(shorter):]
    return len(extra) >= 2 and extra in shorter


LOST_WORD_FREQ = 1000  # how common the word a lost first character made must be (基本, 全年)
ONE_WORD = 2  # a contents entry of one word (职责), the body's title that word and one more (部门职责)


def _first_lost(longer: str, shorter: str) -> bool:
    """``shorter`` is ``longer`` less its first character, which made a common word with the next
    (一、本职能及主要工作 under 目录 一、基本职能及主要工作): a character lost, not a word a contents shortens."""
    return len(longer) == len(shorter) + 1 and longer.endswith(shorter) and freq(longer[:2]) >= LOST_WORD_FREQ


def _headings_differ(toc: str, title: str, listed: set[str], verbatim: bool = False) -> bool:
    """A heading's title that differs from its contents entry by a slip: a character or two changed
    (职责 / 职能), or a word doubled. Not a title the contents list elsewhere (the body's numbering
    went astray), nor a word dropped or added at either end (a contents that shortens its entries),
    unless the entry is one word and the body put a word before it (目录 一、职责, 正文 一、部门职责) in a
    text whose contents give its other headings word for word (``verbatim``): such contents shorten nothing."""
    if title in listed:
        return False
    if verbatim and len(toc) == ONE_WORD and len(title) == 2 * ONE_WORD and title.endswith(toc) \
            and freq(title[:ONE_WORD]) >= LOST_WORD_FREQ:
        return True
    if min(len(toc), len(title)) < MIN_TITLE:
        return False
    if toc in title or title in toc:
        if len(toc) > len(title):
            return _doubled(toc, title) or _first_lost(toc, title)
        return _doubled(title, toc) or _first_lost(title, toc)
    if edits(toc, title, 2) <= (1 if min(len(toc), len(title)) < SHORT_TITLE else 2):
        return True
    return _renamed(toc, title)


RENAMED_MAX = 10  # a renamed heading's title (部门职责 / 主要职责): short, as the outline's fixed headings are


def _renamed(toc: str, title: str) -> bool:
    """Two short titles at one place that keep a word of two characters and change the rest (目录
    一、部门职责, 正文 一、主要职责; 基本职能 / 职能简介): the one heading renamed in one place only."""
    if max(len(toc), len(title)) > RENAMED_MAX or _ORGAN.search(title) or _ORGAN.search(toc):
        return False  # 目录 一、单位概况, 正文 一、某市气象局概况: the template's blank filled in
    return any(toc[i:i + 2] in title and toc[i:i + 2] not in _FRAME_WORDS for i in range(len(toc) - 1))


# Words every outline's headings share (部门基本情况 / 部门机构设置): two headings that keep only these
# are two sections, not one renamed.
_FRAME_WORDS = frozenset(("部门", "单位", "主要", "基本", "情况", "本部", "机构"))
_ORGAN = regex_cache.compile(r"[局委院所站办厅处馆队会]概况|(?:[市县区镇乡]|政府|中心)概况")


def _told_in_contents(ctx, entry) -> bool:
    """A listed misspelling (W001) stands in the contents entry: the entry is the wrong one, and told there."""
    from . import w001_typo  # asked only when a pair differs

    end = entry.start + len(_line(ctx, entry.start))
    return any(s < end and entry.start < e for s, e in spans_reported(ctx, (w001_typo,)))


def _contents_odd(text: str, toc: str, title: str) -> bool:
    """The contents entry holds the slip: where the two differ (with two characters either side), the
    entry's wording occurs nowhere else in the text, and the body's occurs at least once more than in
    the body heading (the report's title, its running text): 行政行审批局 in the contents of a text
    that names its 行政审批局 three times."""
    lead = len(commonprefix([toc, title]))
    tail = len(commonprefix([toc[lead:][::-1], title[lead:][::-1]]))
    lo = max(0, lead - 2)
    toc_window, body_window = toc[lo:len(toc) - tail + 2], title[lo:len(title) - tail + 2]
    if len(body_window) < 3 or toc_window in title or body_window in toc:
        return False
    return text.count(toc_window) == 1 and text.count(body_window) >= 2


def _line(ctx, at: int) -> str:
    end = ctx.text.find("\n", at)
    return ctx.text[at : end if end >= 0 else len(ctx.text)].strip()


def _renumbered(ctx, toc, body):
    """The first body heading titled as a contents entry of its level that bears another number
    (目录 一、摘要 二、部门概况, 正文 一、部门概况): one finding, the rest of the body follows it. Only where
    both number each part's headings from 一、 and the body's number follows its own previous one (a
    skip inside the body is S001's); a contents that runs its numbers on across parts is S016's."""
    once: dict[tuple[int, str], list] = {}
    first: dict[int, int] = {}  # part -> the number of its first 一、-level entry
    for e in toc:
        if e.level == 1:
            first.setdefault(e.key[0], e.number)
            if len(e.title) >= MIN_TITLE:
                once.setdefault((e.key[0], e.title), []).append(e)
    by_key = {e.key: e for e in toc}
    previous: dict[int, int] = {}  # part -> the number of the body's last 一、-level heading
    for b in body:
        if b.level != 1:
            continue
        part, follows = b.key[0], b.number == previous.get(b.key[0], 0) + 1
        previous[part] = b.number
        same = once.get((part, b.title), [])
        listed = by_key.get(b.key)
        if (follows and len(same) == 1 and same[0].number != b.number and first.get(part) == 1
                and (listed is None or listed.title != b.title)):
            return Finding(b.start, b.end, RULE.code, RULE.severity,
                           f"正文标题“{_line(ctx, b.start)}”在目录中编号为“{same[0].mark}”，正文与目录的编号不一致，请统一。")
    return None


MIN_TOP_ENTRIES = 3  # contents entries numbered 一、 二、 三、 … that stand for the body's parts
MIN_PARTS_ALIKE = 2
SUFFIX_ALIKE = 2  # characters a contents title and a part's title end alike with (部门概况 / 某局概况)


def _part_worded(toc: str, title: str) -> bool:
    """(info) A part titled otherwise in the body than in the contents, as a part of the same kind (both end in
    概况, 决算表, 说明 …): the body's name, a year or a word added or dropped (目录 第一部分 某局概况, 正文 第一部分
    部门概况). Not a body title the page cut (第一部分 alone, or the entry's opening words)."""
    return (len(title) >= 2 and toc != title and not toc.startswith(title) and toc[-2:] == title[-2:]
            and not _differ_in_year_only(toc, title))


def _differ_in_year_only(toc: str, title: str) -> bool:
    """Titles that differ in a year only (its digits are gone from both, 2023年度 / 2023年 is left): no wording."""
    return toc.replace("年度", "年") == title.replace("年度", "年")


def _alike(toc: str, title: str) -> bool:
    """A part's title that names the contents entry: one holds the other, or both end in the same word."""
    return bool(toc) and (toc in title or title in toc or toc[-SUFFIX_ALIKE:] == title[-SUFFIX_ALIKE:])


def _parts_numbered_as_headings(ctx, toc):
    """Contents that number the parts 一、 二、 三、 (their sections （一）) over a body divided into 第一部分,
    第二部分 … of the same titles (their sections 一、): the two number one outline a level apart. Reported
    once, on the body's first part; at least two parts must name their contents entry of the same number."""
    tops = {e.number: e for e in toc if e.level == 1}
    if any(e.level == 0 for e in toc) or len(tops) < MIN_TOP_ENTRIES:
        return None
    starts = set(part_starts(ctx))
    parts = [(p, part_number(p.text)) for p in ctx.paragraphs if p.start in starts and p.start >= toc[-1].end]
    alike = [p for p, (n, _, written) in parts
             if n in tops and _alike(tops[n].title, clean_title(p.text.strip()[len(written):]))]
    if len(alike) < MIN_PARTS_ALIKE or not parts or parts[0][1][0] != 1:
        return None
    first, (_, _, written) = parts[0]
    one, two = (tops[k].mark for k in sorted(tops)[:2])
    return Finding(first.start, first.start + len(_line(ctx, first.start)), RULE.code, RULE.severity,
                   f"目录中各部分编号为“{one}”“{two}”……，正文却分为“{written}”等部分，"
                   f"目录与正文的编号层级不一致，请统一。")


def _contents_parts(paras, begin: int):
    """The titles of a contents of parts from paragraph ``begin`` on: {part: title}, the titles of the first
    part's 一、 entries by number, and the index of the first paragraph after the parts restart at 一、."""
    parts: dict[int, str] = {}
    sections: dict[int, str] = {}
    for i in range(begin, min(len(paras), begin + TOC_LINES)):
        text = paras[i].text
        part = part_number(text)
        if part:
            if part[0] in parts:
                return None
            parts[part[0]] = clean_title(text.strip(" \t\u3000")[len(part[2]):])
            continue
        h = numbering(text)
        if h is None or h.level != 1 or not parts:
            return None  # prose, or a contents that does not open with its parts
        if h.number == 1 and len(parts) >= MIN_TOP_ENTRIES and _alike(parts.get(1, ""), clean_title(h.title)):
            return parts, sections, i
        if len(parts) == 1:
            sections[h.number] = clean_title(h.title)
    return None


def _parts_written_as_headings(ctx):
    """Contents of 第一部分 … (their sections 一、 二、) over a body that opens with 一、 of the first part's
    title and numbers its sections （一） （二）: one outline a level apart, the reverse of the case above.
    Reported once, on the body's 一、, when one of its sections names the contents' entry of its number."""
    paras = ctx.paragraphs
    found = text_contents_start(ctx)
    if found is None or not found[1]:
        return None
    read = _contents_parts(paras, found[0])
    if read is None:
        return None
    parts, sections, at = read
    alike = 0
    for p in paras[at + 1:at + 1 + TOC_LINES]:
        h = numbering(p.text)
        if h is not None and h.level == 1:
            break  # the next 一、-level heading: the first part's sections are over
        if h is not None and h.level == 2 and _alike(sections.get(h.number, ""), clean_title(h.title)):
            alike += 1
    if not alike:
        return None
    first = paras[at]
    return Finding(first.start, first.start + len(_line(ctx, first.start)), RULE.code, RULE.severity,
                   "目录中分为“第一部分”“第二部分”……（其下用“一、”“二、”），正文却以“一、”“（一）”编号同一部分，"
                   "目录与正文的编号层级不一致，请统一。")


MIN_VERBATIM = 3  # contents entries the text repeats word for word: contents that shorten nothing


def _verbatim(text: str, toc) -> bool:
    """The contents give the body's headings word for word: three entries or more of four characters or
    more occur again in the text (the body's heading), the way a contents that shortens its titles does not."""
    return sum(len(e.title) >= MIN_TITLE and text.count(e.title) >= 2 for e in toc) >= MIN_VERBATIM


TOC_LINES = 60  # paragraphs of a contents of parts, and of the body's first part


def check(ctx):
    reverse = _parts_written_as_headings(ctx)
    if reverse is not None:
        yield reverse
        return
    got = contents_and_body(ctx)
    if got is None:
        return
    toc, body = got
    levels = _parts_numbered_as_headings(ctx, toc)
    if levels is not None:
        yield levels
        return  # the contents and the body are paired a level apart: their titles do not compare
    keys = Counter(e.key for e in toc)
    by_key = {e.key: e for e in toc if keys[e.key] == 1}
    listed: dict[tuple[int, int], set[str]] = {}
    for e in toc:
        listed.setdefault(e.key[:2], set()).add(e.title)
    # entries the body repeats word for word under their number: another body heading of that number
    # is the number used twice (S001 reports it), not the entry renamed
    found = {b.key for b in body if b.key in by_key and by_key[b.key].title == b.title}
    verbatim = _verbatim(ctx.text, toc)
    paired, worded, parts_worded = 0, [], []  # headings with an entry; those worded otherwise, not reported above
    for b in body:
        entry = by_key.get(b.key)
        paired += entry is not None
        if entry is None or entry.title == b.title or b.key in found or _place_named(entry.title, b.title):
            continue
        if b.level == 0:
            differ = _parts_differ(entry.title, b.title)
        else:
            differ = _headings_differ(entry.title, b.title, listed[b.key[:2]], verbatim)
        if differ and _told_in_contents(ctx, entry):
            continue  # the contents entry holds a listed slip (部门概括): W001 reports it there, once
        if differ and _contents_odd(ctx.text, entry.title, b.title):
            yield Finding(entry.start, entry.start + len(_line(ctx, entry.start)), RULE.code, RULE.severity,
                          f"目录中的“{_line(ctx, entry.start)}”与正文标题“{_line(ctx, b.start)}”不一致"
                          "（正文及文中其他地方都是正文的写法），请改正目录。")
        elif differ:
            yield Finding(b.start, b.start + len(_line(ctx, b.start)), RULE.code, RULE.severity,
                          f"正文标题“{_line(ctx, b.start)}”与目录中的“{_line(ctx, entry.start)}”不一致，请统一。")
        elif b.level and b.title not in listed[b.key[:2]] and worded_otherwise(entry.title, b.title, _line(ctx, b.start)):
            worded.append(Finding(b.start, b.start + len(_line(ctx, b.start)), RULE.code, "info",
                                  f"正文标题“{_line(ctx, b.start)}”与目录中的“{_line(ctx, entry.start)}”写法不同"
                                  "（增删了词语或单位名称），请核对是否统一。"))
        elif not b.level and _part_worded(entry.title, b.title):
            parts_worded.append(Finding(b.start, b.start + len(_line(ctx, b.start)), RULE.code, "info",
                                        f"正文部分标题“{_line(ctx, b.start)}”与目录中的“{_line(ctx, entry.start)}”写法不同"
                                        "（增删了单位名称、年度或词语），请核对是否统一。"))
    if len(worded) * 2 <= paired:
        yield from worded  # a few headings worded otherwise; where most are, the contents shorten by style
    if len(parts_worded) < 2 or len(parts_worded) * 2 <= sum(b.level == 0 for b in body):
        yield from parts_worded  # one part, or a few, worded otherwise; where most are, the contents' style
    renumbered = _renumbered(ctx, toc, body)
    if renumbered is not None:
        yield renumbered
    for b, entry in sections_apart(toc, body):
        yield Finding(b.start, b.start + len(_line(ctx, b.start)), RULE.code, RULE.severity,
                      f"正文标题“{_line(ctx, b.start)}”在目录中是“{_line(ctx, entry.start)}”，编号层级不一致，请统一。")
