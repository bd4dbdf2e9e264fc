"""N016: a figure in a list of quantities that lacks the unit every neighbour carries.

A rate of change or a share written without its % (增长4.97，占100。) in a text whose other rates carry it
is read the same way; so is a figure written bare after the word that elsewhere in the text gives it with its unit
(海拔1500以上 beside 海拔1500米以上) or after the same word as a figure with its unit in an earlier clause of the
same sentence (小麦……总产12.5万吨；油菜……总产8900), and a count of cases handled told as a bare integer in a sentence that counts
its other things with their units (共办理行政许可事项592，公示处罚信息11条), or a count of published items
told bare beside one with its 条 (公开政府信息214条，累计公开政府信息1886，; or ending its sentence before
one in 条: 公开政府信息12。发布工作信息65条。) or beside another published thing with its unit (发布信息3403，发布政策解读6项), and a decimal count of followers
(微博26.4粉丝: people are whole, the 万 was lost), a rate per thousand that lost its 之 (4.7千分控制标准), and an area in 平方 that lost its 米 (面积37849平方) or written 平 (厂房13600平。) or told in a length unit
(覆盖面积为全镇15.5km), and a count
of articles told bare between two counts in 篇 (省级媒体刊发43篇，市级媒体刊发75，其中……24篇: 篇 is no unit the
quantity reader knows, so the list is read here). A list of amounts of money is W026's: reviewers file a money amount without
its unit as a wording slip (用词), like 86万 for 86万元. Both rules read the
same lists through :func:`bare_in_list`.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ...core import regex_cache
from ...core.quantities import MONEY_FACTORS, Quantity, numeral_text
from ...core.regex_needles import finditer as near_needles, search as near_search
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import line_around
from ._n016_examples import FLAG, KEEP
from ._n016_restated import restated_bare

RULE = Rule(
    code="N016",
    name="missing-unit",
    severity="warning",
    summary="并列的数量（比率）中，一项漏写了单位",
    doc=(
        "“城关镇98.5%，河口镇97.2，石桥镇99.1%”“培训教师120人，医生85，护士96人”这样并列列出各项数量时，"
        "某一项的数字后面没有单位，而它前后相邻的两项带着同一个单位：多是漏写，读者无法确定单位。"
        "只在数字紧跟项目名称、其后就是“，；、。（”等分隔符，且前后两项都带同一单位时报告；"
        "整段都不写单位（如表头已注明单位）、编号、年份、“第1”之类不报。并列的金额漏写单位由 W026 报告。"
        "增减幅度或占比漏写“%”（“增长3.14，”“占100。”），而文中其他比率都带“%”的，同样报告。"
        "人口数（常住人口、户籍人口、总人口）写成不带单位的整数（“年末常住人口766579，比上年末增加2028人”），"
        "而同一句的人数带“人”的，同样报告。"
        "同一数字在文中另一处紧跟同一词语并带单位（“海拔1500米以上”），此处却不带（“海拔1500以上”）的；"
        "同一句前一分句同一词语后的数字带单位（“小麦……总产12.5万吨”），并列的后一分句却不带（“油菜……总产8900”）的；"
        "办理、受理的事项（案件、申请、投诉）数写成不带单位的整数（“共办理行政许可事项592，公示处罚信息11条”），"
        "而同一句其他数量都带单位的，同样报告（表格行中的数字单位在表头，不报）。"
        "面积写成“37849平方”、漏了“米”（“千米”“公里”）的，或口语写成“13600平”的，同样报告；面积用了长度单位的（“覆盖面积为全镇15.5km”）也报；千分率漏了“之”（“在4.7千分控制标准以内”）的也报。"
        "稿件（文章）篇数夹在两个带“篇”的篇数之间而不带单位的（“省级媒体刊发43篇，市级媒体刊发75，其中……24篇”），同样报告。"
        "按月（人、亩）计的数量在斜线前漏了单位（“养老金突破3000/月”，应为“3000元/月”）的，同样报告。"
        "某某率写成10到100之间不带“%”的数字（“计划生育率为99.18，”“征收到位率为80。”）的，同样报告；"
        "汇率、功率、频率、容积率等本不带“%”的比值，以‰计的出生率、死亡率、自然增长率，注明“单位：%”的文本和表格行不报。"
    ),
    flag=FLAG,
    keep=KEEP,
)

_SEPARATOR = "，,；;、。）)（(\n"
_LABEL_END = regex_cache.compile(r"[\u4e00-\u9fff]$")
# Words after which a figure is no item of the list: a number (第3, 附件2), a date, a rank, and the base of a
# rate that cannot be computed (增长--（基数为0，不可比）: the zero is a base, no amount of the list). 款 is a
# clause's (第2款) but not money's own word (社会捐款189.5 beside 下拨295万元: an amount of the list that lost 万元).
_NOT_LABEL = regex_cache.compile(r"(?:第|表|图|号|附件|之|年|月|日|至|到|约|近|共|前|后|级|期|批|类|组|区|段|条|(?<![捐拨贷借存欠罚汇善余付])款|项|章|节"
                                 r"|基数[为是]?)$")


def _bare(text: str, q: Quantity) -> bool:
    """A figure with no unit, right after an item's name and right before a separator."""
    if q.unit or q.comparator or q.end >= len(text) or text[q.end] not in _SEPARATOR:
        return False
    before = text[max(0, q.start - 6):q.start]
    return bool(_LABEL_END.search(before)) and not _NOT_LABEL.search(before)


def bare_in_list(ctx: CheckContext) -> list[tuple[Quantity, str]]:
    """Each figure without a unit whose two neighbours in its sentence carry one same unit, with that unit.

    Read once per context: N016 and W026 both read these lists, each over every figure of the text."""
    return ctx.memo("n016.bare_in_list", lambda c: list(_bare_in_list(c)))


def _bare_in_list(ctx: CheckContext) -> Iterator[tuple[Quantity, str]]:
    text = ctx.text
    qs = ctx.quantities
    for i in range(1, len(qs)):
        q, prev = qs[i], qs[i - 1]
        if not _bare(text, q) or not prev.unit:
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and prev.unit == nxt.unit:
            between = text[prev.end:nxt.start]
            if "。" not in between and "\n" not in between and len(between) <= 60:
                yield q, prev.unit
                continue
        if i >= 2 and _enumerated(text, qs[i - 2], prev, q):
            yield q, prev.unit


def _enumerated(text: str, first: Quantity, prev: Quantity, q: Quantity) -> bool:
    """True when ``q`` is the next member of a 、 list whose two members before it carry one unit: the list's
    figure after them that lost its unit has no neighbour after it to vouch for it when the next figure lost its
    own too, or the line was cut (行政许可事项3条、行政处罚1，回复公众诉求件9)."""
    if first.unit != prev.unit:
        return False
    return all("、" in gap and not any(c in gap for c in "，,。；;：:\n") and len(gap) <= 20
               for gap in (text[first.end:prev.start], text[prev.end:q.start]))


# A rate of change or a share written without its %: "增长4.97，" "下降12，" "占100。", where the same text writes
# its other rates with % (增长5.2%): the figure lost its unit, it is no count.
_BARE_RATE = regex_cache.compile(r"(?:增长|下降|上升|降低|增幅为?|降幅为?|占比为?|占)(\d{1,3}(?:\.\d{1,2})?)(?=[，,。；;]|此外)")
_WRITTEN_RATE = regex_cache.compile(r"(?:增长|下降|上升|降低|增幅|降幅|占比?)[为达]?\d{1,3}(?:\.\d{1,2})?%")


# The rate right after a change in money (较上年增加53.23万元、增长3.14，): the figure can only be a percentage, so
# it is read even in a text that writes no rate with % (a page that lost every %).
_RATE_AFTER_CHANGE = regex_cache.compile(
    r"(?:增加|减少|增长|下降|降低)\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)[、，,\s]{1,3}(?:增长|下降|上升|降低|增幅为?|降幅为?)"
    r"(\d{1,3}(?:\.\d{1,2})?)(?=[，,。；;])")


# A change on the year before told as a bare decimal (比上年增长14.5。, its point typed as the small ﹒ of a page
# that lost every %): no count of things has a decimal, and an amount would carry its unit, so the figure is a rate.
_DECIMAL_CHANGE = regex_cache.compile(
    r"(?:比|较)(?:上年|去年|上年同期|去年同期)(?:同期)?(?:增长|下降|上升|降低)了?"
    r"(?<![\d.])(\d{1,3}[.．﹒]\d{1,2})(?=[，,。；;])")
# A completion told as a bare figure right after the quantity it measures (总产量达2325吨，完成101；): the share of
# the target done, its % lost. Only figures a share of a target can be (50 to 300): a small one may be a count.
_BARE_COMPLETION = regex_cache.compile(
    r"(?<=\d)(?:吨|亩|万元|元|人|户|个|头|只|公里|千米|米|平方米|公顷|株|件|项)[，,]完成(?:率)?(?:为|达)?"
    r"(\d{2,3}(?:\.\d{1,2})?)(?=[，,。；;])")
COMPLETION_RANGE = (50, 300)
# A named rate told as a bare figure from 10 to 100 (计划生育率为99.18，征收到位率为80。): no count is a 率, and the
# ratios written bare (汇率, 功率, 频率, 容积率, 倍率, 市盈率, 周转率) or in ‰ (出生率, 死亡率, 自然增长率) are left.
_BARE_NAMED_RATE = regex_cache.compile(
    r"(?<![汇功频积倍盈转速生亡长])率(?:为|达到|达|是)?(\d{2,3}(?:\.\d{1,2})?)(?=[，,。；;]|$)")
NAMED_RATE_RANGE = (10, 100)
# A named rate given by kind, the first kind's figure bare and the next kind's with % (入学率小学达99.35、初中达98.73%):
# the two are one measure, so the first lost its %. A figure with decimals only: 率 then a count is no rate.
_BARE_BESIDE_PERCENT = regex_cache.compile(
    r"率[\u4e00-\u9fff]{0,6}?(?:为|达到|达|是)(\d{1,3}\.\d{1,2})[、，,][\u4e00-\u9fff]{1,6}?(?:为|达到|达|是)\d{1,3}(?:\.\d{1,2})?[%％]")
_PERCENT_HEADER = regex_cache.compile(r"单位[:：]\s*[%％]|[（(][%％][）)]")


def _bare_shares(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Rates that can only be percentages whatever the rest of the text writes: a decimal change on last year,
    a completion right after its quantity."""
    if "上年" in text or "去年" in text:
        for m in near_needles(_DECIMAL_CHANGE, text):
            figure = m.group(1).replace("﹒", ".").replace("．", ".")
            yield m.start(1), m.end(1), figure, "比上年的增减幅度带小数，不是件数，只能是百分比"
    if "完成" in text:
        for m in near_needles(_BARE_COMPLETION, text):
            if COMPLETION_RANGE[0] <= float(m.group(1)) <= COMPLETION_RANGE[1]:
                yield m.start(1), m.end(1), m.group(1), "它紧跟在所完成的数量之后，是完成计划的百分比"
    if "率" in text and ("%" in text or "％" in text):
        for m in near_needles(_BARE_BESIDE_PERCENT, text):
            if float(m.group(1)) <= NAMED_RATE_RANGE[1]:
                yield m.start(1), m.end(1), m.group(1), "同一比率并列的下一项带“%”"
    if "率" in text and near_search(_PERCENT_HEADER, text) is None:  # (a search tried each character)
        for m in near_needles(_BARE_NAMED_RATE, text):
            line = text[slice(*line_around(text, m.start()))]
            if NAMED_RATE_RANGE[0] < float(m.group(1)) <= NAMED_RATE_RANGE[1] and "|" not in line and "\t" not in line:
                yield m.start(1), m.end(1), m.group(1), "“率”后的数字只能是百分比"


def _bare_rates(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, figure, why) of each rate written without its %."""
    seen: set[int] = set()
    for r in _bare_shares(text):
        seen.add(r[0])
        yield r
    if "%" not in text or near_search(_WRITTEN_RATE, text) is None:
        for m in _RATE_AFTER_CHANGE.finditer(text):  # where other rates carry %, _BARE_RATE below reads these too
            if m.start(1) not in seen:
                yield m.start(1), m.end(1), m.group(1), "它紧跟在增减金额之后，只能是百分比"
        return
    for m in near_needles(_BARE_RATE, text):  # the same matches, tried near their literals (gen.core.regex_needles)
        if m.start(1) in seen:
            continue
        if m.group().startswith("占") and not m.group().startswith("占比") and text[m.start() - 1:m.start()] not in "，,":
            continue  # 占 alone only after a comma (财政拨款收入…，占100。): 所占, 占地 are other words
        yield m.start(1), m.end(1), m.group(1), "文中其他比率都带“%”"


# A population told as a bare integer right before a separator (常住人口766579，), when the same sentence counts people
# with 人 (比上年末增加2028人): the figure lost its 人. A figure in 万 (户籍人口4.52万) is left: some bulletins write so.
_BARE_POPULATION = regex_cache.compile(r"(?:常住|户籍|总)人口(?:数)?[为达是]?(\d{3,9})(?=[，,；;])")
_PERSONS_AFTER = regex_cache.compile(r"[^。；;\n]{0,40}?\d人(?!次)")


def _bare_populations(text: str) -> Iterator[tuple[int, int]]:
    if "人口" not in text:
        return
    for m in _BARE_POPULATION.finditer(text):
        if _PERSONS_AFTER.match(text, m.end(1)):
            yield m.start(1), m.end(1)


# A count of cases handled, told as a bare integer before a separator (共办理各类行政许可事项592，公示处罚信息11条): such
# things are counted with 件 or 项, and the same sentence counts its other things with their unit.
_HANDLED_BARE = regex_cache.compile(
    r"(?:办理|受理|审批|处理|查处|答复|办结)[\u4e00-\u9fff]{0,10}?(?:事项|案件|申请|投诉|举报|信访)"
    r"(?<![\d.,])(\d{1,7})(?=[，,；;])")
_COUNT_AFTER = regex_cache.compile(r"[^。；;\n]{1,30}?\d(?:件|项|条|次|个|人)")


def _handled_bare(text: str) -> Iterator[tuple[int, int]]:
    for m in near_needles(_HANDLED_BARE, text):
        if _COUNT_AFTER.match(text, m.end(1)):
            yield m.start(1), m.end(1)


# A count of published items told as a bare integer (累计主动公开政府信息1886，) in a sentence that counts published
# items with 条 before or after it (今年主动公开政府信息214条，), or its other published things with their own unit
# (发布信息3403，发布政策解读6项): the figure lost its 条.
_PUBLISHED_BARE = regex_cache.compile(
    r"(?:公开|发布|公布|推送|报送|上报)[\u4e00-\u9fff]{0,10}?信息(?<![\d.,])(\d{1,7})(?=[，,；;。])")
_ITEMS_NEAR = regex_cache.compile(r"\d(?:条|项|件|篇|次|个)")


def _published_bare(text: str) -> Iterator[tuple[int, int]]:
    if "信息" not in text:
        return
    for m in near_needles(_PUBLISHED_BARE, text):
        lo, hi = max(0, m.start() - 60), min(len(text), m.end() + 60)
        start = max(text.rfind("。", lo, m.start()), text.rfind("\n", lo, m.start())) + 1
        # a count that ends its sentence (公开政府信息12。发布工作信息65条。): the next sentence tells the unit
        after = m.end() + 1 if text.startswith("。", m.end()) else m.end()
        stops = [i for i in (text.find("。", after, hi), text.find("\n", m.end(), hi)) if i >= 0]
        if _ITEMS_NEAR.search(text, start, min(stops) if stops else hi):
            yield m.start(1), m.end(1)


# An area whose unit lost its 米 (公里): 面积37849平方 is no unit at all (GB 3100: 平方米, 平方千米; 平方公里 in use).
# The colloquial 平 for 平方米 (厂房共13600平。) is cut the same way: read only where a mark or the line's end follows it,
# so 1平2负 (a draw) and 持平 (no figure) are no area.
_CUT_AREA = regex_cache.compile(r"(?<![\d.])(\d[\d,.]{0,12})\s{0,1}平(?:方(?![米公千厘分毫英码])(?!\s{0,2}[米公千厘分毫])"
                                r"|(?=[。，,；;、）)]|[ \t]*(?:\n|$)))")


def _cut_area(text: str) -> Iterator[tuple[int, int]]:
    if "平" not in text:
        return
    for m in near_needles(_CUT_AREA, text):
        if m.group(1)[-1].isdigit():
            yield m.start(), m.end()


# An area told in a length unit (覆盖面积为全镇15.5km, 面积达2000米): 面积 and its figure with no other figure between,
# the unit a length's with neither 平方 before it nor ² after it. The 平方 was lost, or a length was put for an area.
_AREA_AS_LENGTH = regex_cache.compile(
    r"面积[^，,。；;、\d\n]{0,8}?(?<![\d.])(\d[\d,]{0,9}(?:\.\d{1,3})?)[ \u3000]?(?:km|KM|Km|公里|千米|米|m)(?![²2a-zA-Z0-9])")


def _area_as_length(text: str) -> Iterator[tuple[int, int]]:
    if "面积" in text:
        for m in near_needles(_AREA_AS_LENGTH, text):
            yield m.start(1), m.end()


# A rate per thousand whose 之 was lost (在4.7千分控制标准以内 for 4.7‰): 千分 (百分, 万分) after a figure is half a unit;
# 千分之、千分点、千分比、千分位 and 百分点 are whole.
_CUT_PERMILLE = regex_cache.compile(r"(?<![\d.])(\d{1,4}(?:\.\d{1,3})?)[千百万]分(?![之点比位制率号数表])")


def _cut_permille(text: str) -> Iterator[tuple[int, int]]:
    if "分" in text:
        for m in near_needles(_CUT_PERMILLE, text):
            yield m.start(), m.end()


# Followers are whole people: a decimal count of them (微博粉丝26.4，官方微博26.4粉丝) lost its 万 (or 亿).
_DECIMAL_FOLLOWERS = regex_cache.compile(
    r"(?:粉丝|关注者|订阅用户|关注用户)(?:数|量|人数)?[为达超]?(?<![\d.])(\d{1,4}\.\d{1,2})(?=[，,。；;、）)]|人|名)"
    r"|(?<![\d.])(\d{1,4}\.\d{1,2})(?:名|个)?(?:粉丝|关注者|订阅用户|关注用户)")


def _decimal_followers(text: str) -> Iterator[tuple[int, int]]:
    if "粉丝" not in text and "关注" not in text and "订阅" not in text:
        return
    for m in _DECIMAL_FOLLOWERS.finditer(text):
        g = 1 if m.group(1) else 2
        yield m.start(g), m.end(g)


# A count of published items or applications that ends its line, or runs into the next item (一是 … 二是), with
# neither unit nor full stop: 主动公开政府信息745 at a line's end, 共收到依申请公开事项0三是政府信息管理方面.
_CUT_COUNT = regex_cache.compile(r"(?:公开|发布|公布|收到|受理)[\u4e00-\u9fff]{0,10}(?:信息|事项|申请)(\d{1,6})"
                                 r"(?=[ \t\u3000]*\n|[一二三四五六七八九十]是)")


# A count of articles told bare between two counts in 篇 (国家级媒体刊发44篇，市级媒体刊发75，其中……刊发24篇): 篇 is no
# unit of gen.core.quantities, so bare_in_list never sees these lists; the figure is read between its neighbours here.
_BARE_ARTICLES = regex_cache.compile(r"\d篇[，,、；;]([^。\n，,、；;\d]{1,20}?)(\d{1,6})(?=[，,、；;])")
_ARTICLES_AFTER = regex_cache.compile(r"[，,、；;][^。\n\d]{0,30}?\d{1,6}篇")


def _bare_articles(text: str) -> Iterator[tuple[int, int]]:
    if "篇" not in text:
        return
    for m in near_needles(_BARE_ARTICLES, text):
        label = m.group(1)
        if _LABEL_END.search(label) and not _NOT_LABEL.search(label) and _ARTICLES_AFTER.match(text, m.end()):
            yield m.start(2), m.end(2)


# A quantity per month (per person, per mu …) whose figure carries no unit before the slash (养老金突破3000/月): the
# denominator's unit is written, the numerator's (元, 次, 人) is lost, and the reader cannot tell what there are 3000 of.
_BARE_PER = regex_cache.compile(r"(?<![\d.,，/／:：\-])(\d[\d,]{0,9}(?:\.\d{1,2})?)[ \u3000]?[/／]([月年人天日周户亩])")


def _bare_per(text: str) -> Iterator[tuple[int, int, str]]:
    if "/" not in text and "／" not in text:
        return
    for m in near_needles(_BARE_PER, text):
        yield m.start(1), m.end(1), m.group(2)


def check(ctx: CheckContext) -> Iterable[Finding]:
    seen: set[int] = set()  # one finding per figure: a count may lose its unit in two shapes the readers both see
    for finding in _findings(ctx):
        if finding.start not in seen:
            seen.add(finding.start)
            yield finding


def _findings(ctx: CheckContext) -> Iterable[Finding]:
    for s, e in _bare_articles(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"并列各项篇数都写了单位“篇”，此处“{ctx.text[s:e]}”漏写单位", f"{ctx.text[s:e]}篇")
    for s, e in _handled_bare(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"办理的事项（案件）数“{ctx.text[s:e]}”漏写了单位（件、项）：同一句其他数量都带单位")
    for s, e in _published_bare(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"公开信息条数“{ctx.text[s:e]}”漏写了单位“条”：同一句中其他计数都带单位", f"{ctx.text[s:e]}条")
    for m in near_needles(_CUT_COUNT, ctx.text):
        if not ctx.text[m.end():m.end() + 40].strip() and m.end() + 40 >= len(ctx.text):
            continue  # the copy ends there: cut off, not a slip
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"公开信息（事项）数“{m.group(1)}”后既无单位也无句号，下文直接接排，疑漏写了单位（条、件）和句号", None)
    for s, e, per in _bare_per(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{ctx.text[s:e]}/{per}”的数字漏写了单位：斜线前应写明计量单位（如“{ctx.text[s:e]}元/{per}”）", None)
    for s, e in _cut_area(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"面积“{ctx.text[s:e].strip()}”的单位不完整：应写作“平方米”（或“平方千米”“平方公里”）", None)
    for s, e in _area_as_length(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"面积“{ctx.text[s:e]}”用了长度单位：面积应以平方米、平方千米（平方公里）、亩、公顷计，疑漏了“平方”或数量写错", None)
    for s, e in _cut_permille(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{ctx.text[s:e]}”的单位不完整：漏了“之”（如“千分之4.7”，或写作“4.7‰”）", None)
    for s, e in _decimal_followers(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"粉丝（关注者）人数“{ctx.text[s:e]}”带小数，人数只能是整数，疑漏写了“万”", f"{ctx.text[s:e]}万")
    for s, e in _bare_populations(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity, f"人口数“{ctx.text[s:e]}”漏写了单位“人”：同一句的人数都带“人”",
                      f"{ctx.text[s:e]}人")
    for s, e, figure, why in _bare_rates(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"增减幅度（占比）“{figure}”漏写了“%”：{why}，读者无法确定单位", f"{figure}%")
    rates = {s for s, _e, _f, _w in _bare_shares(ctx.text)}
    for q, unit in bare_in_list(ctx):
        if unit in MONEY_FACTORS or q.start in rates:
            continue  # an amount of money: W026; a completion's share, read above with its %
        yield Finding(
            q.start, q.end, RULE.code, RULE.severity,
            f"并列各项都写了单位“{unit}”，此处“{numeral_text(q.raw)}”漏写单位",
            f"{numeral_text(q.raw)}{unit}",
        )
    for q, unit, shown in restated_bare(ctx, _NOT_LABEL):
        figure = numeral_text(q.raw)
        same = shown.startswith("文中")  # the same figure: its unit is known; a parallel one's may differ in 万
        yield Finding(q.start, q.end, RULE.code, RULE.severity,
                      f"“{figure}”漏写了单位：{shown}", f"{figure}{unit}" if same else None)
