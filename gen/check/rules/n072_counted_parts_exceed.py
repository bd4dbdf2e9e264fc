"""N072: a count broken down under 其中 whose parts add up to more than it, by a slip of one digit.

"全县共有学校126所，其中幼儿园58所，小学42所，初中18所，普通高中5所，中等职业学校4所" (127):
statistical bulletins and work summaries break counts down this way (学校、案件、市场主体、医疗机构),
and the money rules (N004, N014) read amounts only. Parts of a count may overlap when they are
attributes rather than kinds (职工120人，其中党员65人，女职工56人), so an excess alone proves nothing;
what marks a slip is its size: the sum differs from the total in one digit or two swapped digits, or
one part changed so (74 for 47) makes the parts close exactly. Overlapping attributes add up to
another number altogether. Attribute words (党员, 女, 以上, 岁) keep a list out.

Yearbooks print counts in groups of three set off by spaces (拖拉机19 426台) and set each part's change on
the year after it (其中链轨拖拉机1 098台，比上年增长1.4%；轮式拖拉机2 005台，下降1.4%): such a count is read as one
number, such a change as an aside of its part, and a 其中 after a semicolon takes its total from the clause
before. A 其中 may say 其中包括：, a label may hold its own enumeration comma (双随机、一公开监管信息5条), and a
list enumerated with 、 ends at a semicolon. A breakdown in brackets right after its total (放映1047场次（内含故事片898场，科教片449场）) is read too.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..growth_asides import CHANGE_ASIDE_RE
from ..finding import Finding
from ..nested_counts import documents_as_items
from ..registry import Rule

RULE = Rule(
    code="N072",
    name="counted-parts-exceed",
    severity="error",
    summary="“其中”所列各类数量之和超过总数，且只差一位数字",
    doc=(
        "检查什么：“共有学校126所，其中幼儿园58所，小学42所……”这样用“其中”把一个数量（所、个、户、家、件、人……）"
        "按类别分列，各项单位与总数相同，各项之和大于总数，并且和与总数只差一位数字或相邻两位颠倒，"
        "或把某一项改动一位数字（颠倒两位）即正好等于总数。\n"
        "为什么：按类别分列的各项不会多于总数；只差一位数字的，是总数或某一项写错。\n"
        "按三位一组、以空格分隔书写的数（19 426台）读作一个数；各项后附的增减幅度（“比上年增长1.4%”）和内容说明（“主要围绕……；”）不影响分项的读取；紧跟总数的括号内分列（“1047场次（内含故事片898场，科教片449场）”）同样核对；某一项后括号内的再细分（“小学141所(含民办5所)”）不算一项；写作“1600余条”的项按1600计，此时只在各项之和与总数只差一位数字时报告。\n"
        "不报的情形：只有一项的；总数不到10的；各项是相互重叠的属性（党员、女性、35岁以下、本科以上学历等）的；"
        "之和小于总数的（可能未列全）；差额不像笔误的（多是类别重叠）。\n"
        "示例：“学校126所，其中幼儿园58所，小学42所，初中18所，普通高中5所，中等职业学校4所”，合计127所。"
    ),
    flag=(
        "年末全县共有各级各类学校126所，其中幼儿园58所，小学42所，初中18所，普通高中5所，中等职业学校4所。",
        "全年新登记市场主体4862户，同比增长8.3%。其中，企业1125户，个体工商户3690户，农民专业合作社74户。",
        "全年查办各类案件138件，罚没款245.6万元。其中，食品类案件62件，药品类案件28件，价格类案件19件，其他案件39件。",
        # counts in spaced groups of three, each part with its change on the year
        "全市拥有农用运输车8 415辆，比上年增长3.2%；其中大型运输车1 206辆，增长2.1%；中型运输车2 310辆，下降0.8%；"
        "小型运输车4 929辆，增长5%。",
        # the breakdown in brackets after its total
        "全年完成送戏下乡演出1062场次（内含戏曲专场745场，综艺专场347场），超额完成年度任务。",
        # the kinds in brackets right after the count, with no 其中
        "据最新教育统计，区属公办学校82所（小学52所，中学14所，幼儿园14所，职业学校1所，特殊教育学校1所，进修学校1所），在校学生67140人。",
        # 其中包括, a label with its own enumeration comma, a semicolon closing the list
        # a hotline's number in a part's name, the list closed by a clause on every part
        "全年办理来信来访48件，其中政策咨询类40件，信访件3件，12345热线转办件7件，均已按时办结。",
        "通过门户网站公开各类信息96条，其中包括：通知公告20条、政策文件12条、人事信息38条、双随机、一公开信息31条；"
        "通过政务服务网公布办事指南18条。",
        # a kind of documents counted in 件 among kinds in 条: one list of four (300 + 8 + 5 + 120 = 433 of 413)
        "全年共主动公开政府信息413条，其中：发布工作动态300条；制定并发布规范性文件8件；发布人事信息5条；更新办事指南120条。",
        # documents in 件 among kinds in 件: left in 件, the list is read as before (22 of 20)
        "全年共印发各类文件20件，其中规范性文件5件、请示8件、报告9件。",
        # a part's own breakdown in brackets after it, read past: 141 + 24 + 1 + 4 + 2 = 172 of 170
        "现有中小学校170所，其中：小学141所(含民办5所)、初中24所（含民办2所）、九年一贯制学校1所、普通高中4所、职业高中2所。",
        # parts given as floors (1600余条) still pass the total by one digit: 9769 of 8769
        "主动公开政府信息8769条。其中，通过网站公开信息2100条，通过门户网站发布信息5469条，通过新闻媒体公开信息1600余条、通过其他形式公开信息600余条。",
        # a kind of published item named after people (妇女儿童) is a topic, not an attribute: 31 + 12 + 9 + 19 = 71 of 61
        "全年主动公开政府信息61条，其中，综合政务31条；财政信息12条；教育信息9条；计划生育、妇女儿童19条。",
        # articles in 篇: 3 + 6 + 41 + 5 = 55 of 54
        "单位网站全年累计发布信息54篇，其中机构概况3篇、规范性文件6篇、工作动态41篇、预决算公开5篇；公众号发布信息120条。",
        # each kind followed by what it was about, up to a semicolon: 64 + 36 + 40 = 140 of 136
        "政务网站公开各类信息136条，其中，惠企政策类信息64条，主要围绕减轻企业负担，解决实际困难；安全生产类信息36条，"
        "主要围绕日常监督检查；营商环境类信息40条，主要围绕优化审批服务。",
    ),
    keep=(
        # a breakdown by channel making the total, then one kind counted apart (规范性文件)
        "2024年主动公开信息总数560条，其中政府网站公开政府信息数268条，其他方式公开政府信息数292条，规范性文件数1条。",
        # brackets after a count: kinds that fall short (some not listed), attributes that overlap, a year's figures
        "建成村卫生室12个（新建5个，改建6个），全县有职工120人（党员65人，女职工56人），建成学校10所（2022年5所，2023年6所）。",
        "政务网站公开各类信息140条，其中，惠企政策类信息64条，主要围绕减轻企业负担，解决实际困难；安全生产类信息36条，"
        "主要围绕日常监督检查；营商环境类信息40条，主要围绕优化审批服务。",
        "年末全县共有各级各类学校126所，其中幼儿园58所，小学42所，初中18所，普通高中5所，中等职业学校3所。",
        "全年新登记市场主体4862户，同比增长8.3%。其中，企业1125户，个体工商户3690户，农民专业合作社47户。",
        # attributes overlap: 65 + 56 = 121 of 120 staff is no slip
        "现有职工120人，其中党员65人，女职工56人。",
        # women counted among people are an attribute: 70 + 52 = 122 of 120 is no slip
        "全村常住人口120人，其中劳动力70人，妇女52人。",
        "全年主动公开政府信息71条，其中，综合政务31条；财政信息12条；教育信息9条；计划生育、妇女儿童19条。",
        # fewer than the whole: the list may be a selection
        "全年查办各类案件138件，其中食品类案件62件，药品类案件28件。",
        # an excess that no one-digit slip explains: categories that overlap
        "共有医疗机构40个，其中公立医院12个，民营医院21个，二级以上医院15个。",
        # a single-digit total: any two such counts differ in one digit
        "共有直属单位0个。其中行政单位0个，全额拨款事业单位1个。",
        "全市拥有农用运输车8 445辆，比上年增长3.2%；其中大型运输车1 206辆，增长2.1%；中型运输车2 310辆，下降0.8%；"
        "小型运输车4 929辆，增长5%。",
        "全年完成送戏下乡演出1092场次（内含戏曲专场745场，综艺专场347场），超额完成年度任务。",
        "全年办理来信来访50件，其中政策咨询类40件，信访件3件，12345热线转办件7件，均已按时办结。",
        "通过门户网站公开各类信息101条，其中包括：通知公告20条、政策文件12条、人事信息38条、双随机、一公开信息31条；"
        "通过政务服务网公布办事指南18条。",
        "全年共主动公开政府信息433条，其中：发布工作动态300条；制定并发布规范性文件8件；发布人事信息5条；更新办事指南120条。",
        "全年共印发各类文件22件，其中规范性文件5件、请示8件、报告9件。",
        "现有中小学校172所，其中：小学141所(含民办5所)、初中24所（含民办2所）、九年一贯制学校1所、普通高中4所、职业高中2所。",
        # a floor among the parts: one part one digit off (216 for 126) is no sign, the parts may be of another kind
        "累计公开政府信息276条，其中：政务动态信息216条，更新信息公开目录50条，主动向上级报送信息100余条。",
        "单位网站全年累计发布信息55篇，其中机构概况3篇、规范性文件6篇、工作动态41篇、预决算公开5篇；公众号发布信息120条。",
        "去年共化解邻里纠纷216起,其中现场化解198起,上门化解12起,转交相关单位6起,有效维护了社区和谐。",
        # a clause after the parts that holds a figure is not read as closing them: a part in another unit ends the list
        "去年共化解邻里纠纷215起,其中现场化解198起,上门化解12起,转交相关单位6起,涉及群众30人。",
    ),
)

# 篇 counts articles a site or paper published (发布信息53篇，其中工作动态43篇…), kinds that do not overlap.
_UNITS = "所|个|户|家|件|人次|人|名|项|批次|次|座|处|辆|台|套|份|起|宗|期|场|支|条|栋|间|头|只|匹|篇"
# A count: digits, or groups of three set off by commas or by spaces (拖拉机19 426台, as yearbooks print them).
_NUMBER = r"(\d{1,3}(?:,\d{3}){1,2}|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,2}|\d{1,7})"
_COUNT = regex_cache.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u2009\u202f])" + _NUMBER + r"\s{0,1}(" + _UNITS + r")")
_QIZHONG = regex_cache.compile(r"[，,。；;]\s{0,1}其中\s{0,1}(?:包括|包含)?\s{0,1}[，,：:]?\s{0,1}|[（(]\s{0,1}(?:其中|内含)\s{0,1}[：:]?\s{0,1}")
# A count's kinds in brackets right after it with no 其中 (区属公办学校82所（小学52所，中学15所，幼儿园16所）): the bracket is
# the breakdown when it opens on a kind's name and its figure.
_BARE_BRACKET = regex_cache.compile(r"(?:(?<=\d[" + "".join(u for u in _UNITS.split("|") if len(u) == 1) + r"])|(?<=\d人次)|(?<=\d批次))"
                                    r"[（(](?=[\u4e00-\u9fff]{1,12}?\d)")
# A label may hold an enumeration comma of its own name (双随机、一公开监管信息5条), never first.
_PART_HEAD = r"((?:123\d\d(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff“”（）()][\u4e00-\u9fff“”（）()、]{0,19}?)(?:为|有|达|共)?\s{0,1}" + _NUMBER
_PART = regex_cache.compile(_PART_HEAD + r"\s{0,1}(" + _UNITS + r")")
# A part's change on the year set after it ("1 098台，比上年增长1.4%；"): an aside, not another part.
_ASIDE = CHANGE_ASIDE_RE
# A part's own breakdown in brackets after its count (小学141所(含民办5所)、初中24所（其中民办2所）): an aside of the
# part, read past as the change on the year is; the kinds go on after it.
_SUB_ASIDE = regex_cache.compile(r"\s{0,1}[（(](?:其中|内含|含|包括)[^（）()\n。；;]{1,40}[）)]")
# A part given as a floor (新闻媒体公开信息1600余条): still at least that many, so an excess over the total stands.
_PART_FLOOR = regex_cache.compile(_PART_HEAD + r"(?:余|多)?\s{0,1}(" + _UNITS + r")")
_FLOOR_IN = regex_cache.compile(r"\d(?:余|多)\s{0,1}(?:" + _UNITS + r")")
# A label opening a breakdown of the part before it (内有, 其中, 包括): the list nests, and its sum means nothing.
_NESTED = regex_cache.compile(r"(?:内有|内含|其中|包括|包含|含)")
_SEP = regex_cache.compile(r"\s{0,1}[，,、；;]\s{0,1}")
# A clause without figures said of every part at once (均已办结, 全部按时答复): the list ends before it.
_CLOSING = regex_cache.compile(r"(?:均|全部|都)[^\d，,。；;\n]{1,30}(?:[，,。；;\n]|$)")
# A clause with no figure at all to the sentence's end (…，移交其他部门2起，较好地维护了社会稳定。): the parts are
# over and the sentence goes on to what they achieved; no further part can stand in it.
_FIGURELESS = regex_cache.compile(r"[^\d\n。；;！？!?]{2,120}(?:[。；;！？!?\n]|$)")
_END = regex_cache.compile(r"\s{0,1}(?:[。\n）)]|$)")
# What a kind was about, said after its count up to the semicolon before the next kind (…64条，主要围绕减轻企业负担，
# 解决实际困难；安全生产类信息36条…): a description of the part, with no figure, not the list's end.
_DESCRIBED = regex_cache.compile(r"(?:主要|内容)(?:围绕|包括|涉及|是|为)[^\d\n。；;]{0,120}[；;]\s{0,1}")
_ATTRIBUTE = regex_cache.compile(r"党员|团员|女|男性|男职工|少数民族|以上|以下|岁|学历|本科|研究生|大专|专科|高级|中级|初级|职称|"
                                 r"退休|在职|新增|新建|新开|改造|累计|其他类?别?中")
# A kind of published item named after people (妇女儿童 信息 in 条) is a topic, not an attribute of the counted.
_TOPIC = regex_cache.compile(r"妇女(?:儿童)?")


# Where an item was published (政府网站公开政府信息数, 其他方式公开政府信息数): the parts of a breakdown by channel.
CHANNEL = regex_cache.compile(r"网站|网页|微信|微博|公众号|客户端|平台|抖音|头条|新媒体|报刊|报纸|电视|广播|APP|App|app|公告栏|公开栏|视频号"
                              r"|其他方式|其他渠道")


def by_channel(labels: Iterable[str]) -> bool:
    """A breakdown by channel names two channels at least (网站60条，微信50条); one part that says where the
    first kind was posted (通过门户网站发布工作动态29条，审计结果1条，…) leaves a breakdown by kind. A breakdown by
    channel that makes the total, then a kind (规范性文件数1条), counts the kind apart: it is one of the items, no part."""
    return sum(1 for label in labels if CHANNEL.search(label)) >= 2


def _channels_then_kinds(items: list, total: int) -> bool:
    """A breakdown by channel whose first parts make the total exactly (网站268条、其他方式292条 of 560), then a kind
    counted apart (规范性文件数1条): the kind is one of the items, no part. Channels that pass the total with no such
    prefix (网站2100条、门户网站5469条、新闻媒体1600余条… of 8769) stay a slip to report."""
    if not by_channel(label for label, _ in items):
        return False
    running = 0
    for _, n in items[:-1]:
        running += n
        if running == total:
            return True
    return False


def item_attribute(label: str) -> bool:
    """An attribute word (党员, 以上 …) in the name of a kind of published item (N076's), topics named after
    people (人口计划生育、妇女儿童) set aside: items on women are not counted twice the way female staff are."""
    return _ATTRIBUTE.search(_TOPIC.sub("", label)) is not None


_CHANGE_BEFORE = regex_cache.compile(r"(?:增加|减少|新增|增长|下降|增|减|多|少)了?\s{0,1}$")
MIN_TOTAL = 10  # below it every two counts differ "in one digit": no sign of a slip (直属单位0个，其中…1个)
_SENTENCE_BACK = 200  # characters before 其中 read for the total


def _one_digit_apart(a: int, b: int) -> bool:
    """Same length, differing in one digit or in two neighbouring digits swapped."""
    x, y = str(a), str(b)
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _count(digits: str) -> int:
    return int(digits.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", ""))


def _total(text: str, qz: int, unit: str) -> Optional[int]:
    """The last count in ``unit`` before 其中, in its sentence or (for "。其中", "；其中") the clause before."""
    lo = max(0, qz - _SENTENCE_BACK)
    stop = max(text.rfind("。", lo, qz), text.rfind("\n", lo, qz), text.rfind("；", lo, qz), text.rfind(";", lo, qz))
    if text[qz] == "。":
        stop = max(text.rfind("。", lo, qz - 1 if qz else 0), text.rfind("\n", lo, qz))
    found = None
    for m in _COUNT.finditer(text, stop + 1, qz + 1):
        same = m.group(2) == unit
        if same and not _CHANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            found = _count(m.group(1))
        elif same:
            found = None
    return found


def _parts(text: str, pos: int, part=_PART) -> Optional[tuple[list[tuple[str, int]], str, int]]:
    """The ``label count`` items from ``pos`` to the sentence's end, all in one unit; None when anything else stands between.
    ``part`` reads one item (N085 passes one that knows 篇 too)."""
    items: list[tuple[str, int]] = []
    seps: list[str] = []
    unit = ""
    while True:
        m = part.match(text, pos)
        if not m or (unit and m.group(3) != unit):
            return None
        unit = m.group(3)
        if items and _NESTED.match(m.group(1)):
            return None  # 机构类信息20条，内有领导成员10条、…: a kind's own parts, not siblings of the kinds
        items.append((m.group(1), _count(m.group(2))))
        pos = m.end()
        aside = _ASIDE.match(text, pos)
        if aside:
            pos = aside.end()
        own = _SUB_ASIDE.match(text, pos)
        if own:
            pos = own.end()
        if _END.match(text, pos):
            return items, unit, pos
        sep = _SEP.match(text, pos)
        if not sep:
            return None
        described = sep.group().strip() in "，," and _DESCRIBED.match(text, sep.end())
        if described and (after := part.match(text, described.end())) and after.group(3) == unit:
            seps.append("；")
            pos = described.end()
            continue
        if len(items) >= 2 and sep.group().strip() in "，," and (
                _CLOSING.match(text, sep.end()) or _FIGURELESS.match(text, sep.end())):
            return items, unit, pos  # …，信访件2件，均在规定时限内办结: a clause on every part closes the list
        mark = sep.group().strip()
        if mark in "；;" and seps and all(m == "、" for m in seps):
            # a list enumerated with 、 ends at a semicolon (…5条；通过政务服务网公布事项25条): a clause of its own
            return items, unit, pos
        seps.append(mark)
        pos = sep.end()


def _named(opening: str) -> str:
    """How the message names the breakdown: by its 其中 or 内含, or as the brackets'."""
    return "“内含”" if "内含" in opening else "“其中”" if "其中" in opening else "括号内"


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = documents_as_items(ctx.text)  # 规范性文件11件 among kinds in 条: one of them
    opened = near_needles(_QIZHONG, text) if "其中" in text or "内含" in text else ()
    bare = near_needles(_BARE_BRACKET, text) if "（" in text or "(" in text else ()
    for q in sorted((*opened, *bare), key=lambda m: m.start()):
        got = _parts(text, q.end(), _PART_FLOOR)
        if got is None:
            continue
        items, unit, end = got
        attribute = item_attribute if unit == "条" else _ATTRIBUTE.search  # items in 条 are published, not people
        if len(items) < 2 or any(attribute(label) for label, _ in items):
            continue
        total = _total(text, q.start(), unit)
        if total is None or unit == "条" and _channels_then_kinds(items, total):
            continue
        summed = sum(n for _, n in items)
        if summed <= total or total < MIN_TOTAL:
            continue
        floor = _FLOOR_IN.search(text, q.end(), end)  # a part of 1600余条: only the sum itself one digit off tells a slip
        slip = _one_digit_apart(summed, total) or not floor and any(
            _one_digit_apart(n, n - (summed - total)) for _, n in items if n > summed - total)
        if not slip:
            continue
        shown = "＋".join(str(n) for _, n in items)
        yield Finding(q.end(), end, RULE.code, RULE.severity,
                      f"{_named(q.group())}所列各项之和{shown}＝{summed}{unit}{'（带“余”“多”的按所写数计）' if floor else ''}，多于总数{total}{unit}，"
                      f"只差一位数字，疑为总数或某一项写错。", None)
