"""N084: a count of whole things with decimals, restated without the 万 it had before (15.3万册, then 15.3册).

Books, people, households and copies come whole: 15.3册 cannot be. When the same figure stands elsewhere in the
text with 万 (or 亿) and the same unit (配送图书15.3万册 …… 补充更新的15.3册出版物), the restatement lost its 万.
Read only that pairing: a decimal count without 万 that the text never writes with it may be a slip of another
kind, and is left alone; so is an average or a ratio (平均每户1.5人), which may hold decimals.

One unit needs no pairing: 名 counts people and nothing else, so a head count in 名 with decimals (调整了26.05名企业退休
人员的养老金) lost its 万 whatever else the text writes, unless a ratio or an average reads it (每千人口执业医师2.8名).

A sum of money in 元 with decimals is the same slip where the text writes the same figure in 万元 (商品和服务支出10.17万元
…… 公用经费开支:10.17元; 比上年增加170.77万元 …… 比上年增加170.77元): two decimals repeated by chance are rare, the
万 dropped in a restatement is not. A price or a standard (人均, 每人, 单价) is left alone.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import finditer_after_run
from ..unspaced import READING

RULE = Rule(
    code="N084",
    name="count-lost-wan",
    severity="warning",
    summary="整件计数带小数却无“万”字：同一数字前文写作“万”（15.3万册 → 15.3册），或以“名”计的人数（26.05名）；金额同理（10.17万元 → 10.17元）",
    doc=(
        "检查什么：册、本、人、户、件、份等只能是整数的计数写成带小数（15.3册），而同一文本中同一数字、同一单位"
        "另有带“万”（或“亿”）的写法（15.3万册）的，后者漏了“万”字。\n"
        "为什么：图书、人数、户数都是整数，15.3册不可能；前文写明15.3万册，复述时丢了“万”。\n"
        "以“名”计的人数带小数（“调整了26.05名企业退休人员的养老金”），不论文中是否另有“万”的写法，同样报告。\n"
        "不报的情形：文中没有同一数字带“万”的写法的（“名”除外）；“个月”“个百分点”等可有小数的单位；"
        "平均数和比例（“平均每户1.5人”“每千人口执业医师2.8名”）。\n"
        "金额同理：带小数的“10.17元”而文中另有“10.17万元”的，疑漏了“万”字；人均、单价、标准等不报。"
    ),
    flag=(
        "全年向农家书屋配送图书15.3万册，报刊2.8万份。补充更新的15.3册出版物中，推荐目录品种占比超过六成。",
        # 名 counts people only: a head count with decimals lost its 万 (the text writes it nowhere with one)
        "全年核发待遇98.67万人次，及时调整了全市26.05名企业退休人员的养老金。",
        # a sum in 元 whose figure the text writes in 万元 elsewhere
        "本年支出137.26万元，其中商品和服务支出10.17万元。公用经费开支：10.17元，占经费的7%。",
    ),
    keep=(
        "全年向农家书屋配送图书15.3万册，补充更新的15.3万册出版物中，推荐目录品种占比超过六成。",
        # a ratio or an average of heads in 名
        "每千人口拥有执业医师2.83名，注册护士3.1名。全县平均每个村配备1.5名村医。",
        "全年服务群众1.5万人，平均每户1.5人参与。",
        "项目工期1.5个月，完成投资1.5万元。",
        "本年支出137.26万元，其中商品和服务支出10.17万元；人均补助10.17元，每人每月12.50元。",
    ),
)

_UNITS = "册冊本人户戶件份所家名台臺辆輛张張套部处處元"
# What follows the figure's decimals: its unit (万 between).
_UNIT_AFTER = r"\s{0,1}([万萬亿億])?(?:\([a-zü\u0100-\u01dc]{1,6}\))?([" + _UNITS + r"])(?!次|均|口|民|员|才|数)"
# The figure's first digit comes before the look-behind that no digit or point stands before it (the same
# matches as (?<![\d.])(\d{1,6}\.…): a pattern led by a look-behind is tried at every character of the text.
_COUNT = regex_cache.compile(r"(\d(?<![\d.]\d)\d{0,5}\.\d{1,4})" + _UNIT_AFTER)
# Every match's point, found by a search for the point (re skips to a literal by itself): the figure's digits
# before it are read back from there (textspans.finditer_after_run), not tried at every digit (4 ms of 200,000
# characters to a few hundredths).
_POINT = regex_cache.compile(r"\.(?<=\d\.)(?=\d{1,4}" + _UNIT_AFTER + ")")
# An average or a ratio (平均每户1.5人, 户均2.3人, 每千人拥有1.2张床位) may hold decimals of whole things.
_AVERAGE = regex_cache.compile(r"均|每|比|率|约")
AVERAGE_REACH = 10
# A ratio of heads in 名 may be read from further back (每千人口拥有执业(助理)医师2.83名) or after it (2.1名/千人).
# A sum of money may follow a comparison (比上年增加170.77元); only a price or a standard (人均, 每人) holds 元 apart.
_PER = regex_cache.compile(r"均|每|单价|标准|价格")
_HEAD_RATIO = regex_cache.compile(r"均|每|比|率|约|拥有|配备")
HEAD_RATIO_REACH = 24
_SIMPLE = str.maketrans("冊戶臺輛張處萬億", "册户台辆张处万亿")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "." not in text:
        return
    with_wan: set[tuple[str, str]] = set()
    bare: list[tuple[int, int, str, str]] = []
    for m in finditer_after_run(_COUNT, text, (p.start() for p in _POINT.finditer(text)), 6):
        unit = m.group(3).translate(_SIMPLE)
        if m.group(2):
            with_wan.add((m.group(1), unit))
        elif not (_PER if unit == "元" else _AVERAGE).search(text, max(0, m.start() - AVERAGE_REACH), m.start()):
            bare.append((m.start(), m.end(), m.group(1), unit))
    for start, end, figure, unit in bare:
        if unit == "名" and (figure, unit) not in with_wan and text[end:end + 1] not in "/／" \
                and not _HEAD_RATIO.search(text, max(0, start - HEAD_RATIO_REACH), start):
            yield Finding(start, end, RULE.code, RULE.severity,
                          f"“{figure}名”带小数，人数只能是整数，此处疑漏了“万”字。", f"{figure}万名")
        elif unit == "元" and (figure, unit) in with_wan:
            yield Finding(start, end, RULE.code, RULE.severity,
                          f"金额“{figure}元”与文中的“{figure}万元”数字相同，此处疑漏了“万”字。", f"{figure}万元")
        elif (figure, unit) in with_wan:
            yield Finding(start, end, RULE.code, RULE.severity,
                          f"“{figure}{unit}”带小数，{unit}只能是整数；文中另有“{figure}万{unit}”，此处疑漏了“万”字。",
                          f"{figure}万{unit}")
