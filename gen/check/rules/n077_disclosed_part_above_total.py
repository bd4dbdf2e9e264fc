"""N077: one part of the published items (条, or articles in 篇) larger by itself than the total it breaks down.

政府信息公开工作年度报告 state what was published and then break it down, by kind or by channel: "全年主动公开
政府信息382条，包括政府网站35条，媒体发布80条，微信公众号2443条". Parts by channel may overlap (one item posted
on the website and on WeChat), so their sum proves nothing (N076 leaves channels out) — but no part, whatever
the breakdown, can hold more items than the whole. A part alone above the total means the total or that part
is wrong (a digit lost, or the total of another column or year).

A sentence may state several totals and break them down together in the next ("通过政府网站公开754条，通过政务
新媒体公开2808条，通过其他方式公开54条。其中，微博12984条……"): the part is then read against all the totals
of that sentence added together, the most any part could hold.

A total of one or a few items is read too (发布法定主动公开内容1条，包括机构概况1条，以及预决算信息2条): a part
above the whole needs no slip of a digit to show, unlike N072's excess.

Not read: totals with 余/多 (approximate), totals after a change word (新增, 增加 — a difference, not a whole),
parts that are running totals (累计, 历年, 以来, 至今), a clause opened by 含 (an item's own breakdown) or views (阅读, 浏览, 点击, 粉丝); units other than 条 and 篇, and a part in another unit than its total's
(but a part in 篇 under a total in 条 is read: an article is one published item, so 微信公众号发布信息293篇 is one of
the 162条 published; a total in 篇 may count articles among items of another kind, so a part in 条 under it is not);
sentences of the total that do not speak of publishing (公开, 发布, 公布, 信息, 推送, 更新). The breakdown must follow
its total directly (其中 or 包括 right after it); the parts are read up to the sentence's end or a nested 其中,
and a list enumerated with 、 (or one whose next clause opens 通过…, or one closed by 等) up to a semicolon: what
follows is another count.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from . import n072_counted_parts_exceed as n072

RULE = Rule(
    code="N077",
    name="disclosed-part-above-total",
    severity="warning",
    summary="公开信息条数的某一分项单独就超过总数",
    doc=(
        "检查什么：“全年主动公开政府信息382条，包括政府网站35条，微信公众号2443条”这样先说公开信息总条数、"
        "紧接着用“其中”“包括”分列（按类别或按渠道），而某一分项单独就多于总数的。"
        "一句中并列几个总数、下一句用“其中”分列的，分项与这几个总数之和比较。\n"
        "为什么：按渠道分列时同一条信息可能多处发布，各项之和可以多于总数；但任何一项都不可能多于全部，"
        "单独一项超过总数，说明总数或该项写错。\n"
        "不报的情形：总数带“余”“多”的；总数前是“新增”“增加”等（是差额而非总数）；分项是“累计”“历年”“以来”"
        "或阅读、浏览、点击、粉丝等数字的；单位不是“条”（或文章的“篇”）、或与总数单位不同的；总数所在句子不是讲公开、发布信息的。"
    ),
    flag=(
        "全年主动公开政府信息382条，包括门户网站35条，微信公众号2443条，政务微博80条。",
        "本年度通过网站公开信息650条，通过新媒体公开信息280条。其中，微信公众号发布310条、政务微博发布9150条。",
        "今年共发布政务信息126条，其中工作动态412条。",
        # articles in 篇: one kind alone above all the articles published
        "通过门户网站发布统计信息118篇，其中统计分析30余篇，统计数据信息152篇。",
        # articles are items: a part in 篇 above a total in 条
        "全年主动公开政府信息150条。其中，镇政府文件公开38条，通过镇微信公众号发布信息276篇。",
        # a total of one item, a part of two
        "发布法定主动公开内容1条，包括机构职能1条，以及部门预算信息2条。",
    ),
    keep=(
        "全年主动公开政府信息382条，包括门户网站335条，微信公众号243条，政务微博80条。",
        # all totals of the sentence together bound the parts
        "本年度通过网站公开信息650条，通过新媒体公开信息280条。其中，微信公众号发布310条、政务微博发布150条。",
        # a running total is no part of one year's count
        "今年共发布政务信息126条，其中工作动态60条，历年累计发布信息1520条。",
        # a list enumerated with 、 ends at a semicolon: what follows is another channel's count
        "通过门户网站公开政府信息115条，其中包括：通知公告30条、政策文件10条、其他信息75条；通过信用平台公示行政许可信息306条。",
        # a list closed by 等 ends at its semicolon: the channel after it is counted on its own
        "全年主动公开信息260条，其中工作动态120条，通知公告45条，政策文件30篇等；政务微信发布890条。",
        # an approximate total
        "全年公开各类政府信息730余条，其中政府网站公开745条。",
        # a change is not a total
        "今年发布信息较上年增加26条，其中工作动态40条。",
        # a part in another unit than its total's; articles within their total
        "通过门户网站发布统计信息118篇，其中统计分析30余篇，统计数据信息85篇，转载信息152条。",
        "全年主动公开政府信息150条。其中，镇政府文件公开38条，通过镇微信公众号发布信息96篇。",
        "发布法定主动公开内容3条，包括机构职能1条，以及部门预算信息2条。",
        # the website's kinds listed, then another channel's own count with the total's verb and object
        "区政府网站全年发布信息540条，其中通知公告210条，工作动态330条，“某区发布”微信公众号发布信息612条。",
        # the same, the account's count said with a verb and object of its own
        "在门户网站发布各类信息52条，其中领导信息1条，社会救助30条，养老服务13条，双随机8条，微信公众号发布工作动态472条。",
        # not published items
        "全年办理群众来信12条，其中转办件15条。",
        # a clause opened by 含 breaks down the item before it, not the total
        "公开行政权力运行信息199条，其中行政许可186条，行政处罚5条；每日环境质量月报12条，含日报365条。",
    ),
)

# Published items are counted in 条, articles in 篇 (发布统计信息127篇，其中……164篇): a total and its parts in one of them.
_ITEM_COUNT = regex_cache.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u2009\u202f])" + n072._NUMBER + r"\s{0,1}(条|篇)")
_MARK = regex_cache.compile(r"(?:[，,：:；;]\s{0,1}(?:其中|包括)|。\s{0,1}其中)\s{0,1}[，,：:]?\s{0,1}")
_PUBLISHING = regex_cache.compile(r"公开|发布|公布|信息|推送|更新")
_APPROX_AFTER = regex_cache.compile(r"\s{0,1}(?:余|多)")
# A clause opened by 含 breaks down the item before it (月报12条，含日报365条), not the total: it is no part.
_NOT_A_PART = regex_cache.compile(r"累计|历年|以来|至今|阅读|浏览|点击|粉丝|关注|访问|转发|评论|留言|总计|合计|(?<=[，,；;])\s?含")
_SEMICOLON = regex_cache.compile(r"[；;]\s{0,1}(通过|在|向)?")
_STOP = regex_cache.compile(r"[。\n]|其中")
_REACH = 200  # characters after the mark read for parts
_BACK = 200  # characters before the mark read for the total's sentence


def _totals(text: str, mark: int, after_full_stop: bool) -> tuple[list[int], str] | None:
    """The 条 (or 篇) counts of the total's sentence (for 。其中) or the count just before the mark; None when unfit."""
    lo = max(0, mark - _BACK)
    if after_full_stop:
        start = max(text.rfind("。", lo, mark), text.rfind("\n", lo, mark)) + 1
    else:
        start = max(text.rfind("。", lo, mark), text.rfind("\n", lo, mark), text.rfind("；", lo, mark),
                    text.rfind(";", lo, mark)) + 1
    counts = list(_ITEM_COUNT.finditer(text, start, mark))
    if not counts or not _PUBLISHING.search(text, start, mark):
        return None
    last = counts[-1]
    if text[last.end():mark].strip(" ，,：:；;。"):
        return None  # the total must close its clause
    counts = [m for m in counts if m.group(2) == last.group(2)] if after_full_stop else [last]
    for m in counts:
        if _APPROX_AFTER.match(text, m.end()) or n072._CHANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            return None
        if _NOT_A_PART.search(text, max(start, m.start() - 8), m.start()):
            return None
    return [n072._count(m.group(1)) for m in counts], last.group(2)


# A total said of the body's website (局官网全年共发布信息2660条), and the verb and its object it is said with.
_SITE = regex_cache.compile(r"官网|网站|门户|政务网")
_VERB_OBJ = regex_cache.compile(r"(?:发布|公开|推送|公布)[\u4e00-\u9fff]{0,4}?信息")
# Another channel than a website: an account of the new media.
_OTHER_CHANNEL = regex_cache.compile(r"公众号|微博|抖音|头条号|视频号|客户端|新媒体")
_PUBLISH = regex_cache.compile(r"发布|公开|推送|公布")


def sibling_channel(text: str, mark: int, clause: str) -> bool:
    """The clause names another channel and counts it with the very verb and object of a total said of the
    website (局官网…发布信息2660条，其中公告类930条，工作动态类1730条，“某某”微信公众号发布信息2715条): the
    website's kinds are listed and the account's own count follows, a sibling of the total, not its part."""
    lo = max(0, mark - _BACK)
    head = text[max(text.rfind("。", lo, mark), text.rfind("\n", lo, mark)) + 1:mark]
    said = list(_VERB_OBJ.finditer(head))
    if not (said and _SITE.search(head, 0, said[-1].start()) and _OTHER_CHANNEL.search(clause) and not _SITE.search(clause)):
        return False
    # the total's verb and object again, or a verb of its own where the total's sentence names the website alone
    # (门户网站发布各类信息52条，其中……，微信公众号发布工作动态472条)
    return said[-1].group() in clause or (_PUBLISH.search(clause) is not None and not _OTHER_CHANNEL.search(head))


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if ("条" not in text and "篇" not in text) or ("其中" not in text and "包括" not in text):
        return
    for q in near_needles(_MARK, text):
        read = _totals(text, q.start(), q.group().lstrip().startswith("。"))
        if not read:
            continue
        totals, unit = read
        whole = sum(totals)
        if whole < 1:
            continue
        stop = _STOP.search(text, q.end(), min(len(text), q.end() + _REACH))
        end = stop.start() if stop else min(len(text), q.end() + _REACH)
        semi = _SEMICOLON.search(text, q.end(), end)
        if semi and ("、" in text[q.end():semi.start()] or semi.group(1) or text[semi.start() - 1] == "等"):
            # a list enumerated with 、 ends at a semicolon, as does one before 通过… (another channel's count)
            # and one closed by 等 (…121篇等；微信公众号发布1135条: the list is done, what follows is a count of its own)
            end = semi.start()
        for m in _ITEM_COUNT.finditer(text, q.end(), end):
            if m.group(2) != unit and not (unit == "条" and m.group(2) == "篇"):
                continue  # an article is one item: a part in 篇 under a total in 条 is read, not the other way
            part = n072._count(m.group(1))
            if part <= whole:
                continue
            clause = max(text.rfind(c, q.end(), m.start()) for c in "，,、；;：:")
            if _NOT_A_PART.search(text, max(q.end(), clause + 1), m.start()):
                continue
            if n072._CHANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            if sibling_channel(text, q.start(), text[clause + 1:m.start()]):
                break  # the website's list is done: another channel's own count follows
            said = "＋".join(str(t) for t in totals)
            total_text = f"总数{whole}{unit}" if len(totals) == 1 else f"前句各总数之和{said}＝{whole}{unit}"
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"分项{part}{m.group(2)}单独就多于{total_text}，分项不会超过全部，请核对总数或该项。", None)
            break
