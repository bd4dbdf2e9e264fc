"""N074: a year said to be an anniversary it is not (2023年是中华人民共和国成立70周年: the 70th was 2019).

Reports open by placing their year: "2021年是中国共产党成立100周年", "2024年是新中国成立75周年". The year and the
count of years are both written, and the founding year is fixed, so the sum can be checked. A report reused from
an earlier year with only its year changed keeps the old count (2023年是……成立70周年), and the reader sees the
slip at once.

The founding years are policy data (gen.check.founding_years: glossary/founding_years.yaml, each with its source):
the Party 1921 and the People's Republic 1949 (the 2021 resolution on the Party's century), the Youth League, the
army and the days a report celebrates. Only a year and its anniversary in one clause are read
("YYYY年是/为/恰逢/适逢/正值……成立N周年"); a count of years written in Chinese numerals is read too.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from .. import founding_years
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N074",
    name="anniversary-year",
    severity="warning",
    summary="所称某年为建党（新中国成立）若干周年，与成立年份不符",
    doc=(
        "检查什么：“2023年是中华人民共和国成立70周年”“2021年是建党100周年”这样，同一分句写明年份和周年数，"
        "而年份减去成立年份（中国共产党1921年，中华人民共和国1949年）不等于所写周年数。\n"
        "为什么：成立年份是确定的，周年数可以直接算出；不符的多是沿用旧年份的文稿只改了年份（2019年是70周年，"
        "2023年应为74周年）。\n"
        "不报的情形：没有写明年份的（“庆祝新中国成立70周年”）；年份与周年数不在同一分句的。\n"
        "示例：“2023年是中华人民共和国成立70周年”，应为2019年，或改为74周年。"
    ),
    flag=(
        "2022年是中华人民共和国成立70周年，全县上下喜迎盛会。",
        "2020年是中国共产党成立一百周年，我们开展了系列庆祝活动。",
        "2024年恰逢新中国成立80周年。",
        "2020年是改革开放41周年，是决胜全面小康社会的关键一年。",
    ),
    keep=(
        "2019年是中华人民共和国成立70周年，全县上下喜迎盛会。",
        "2021年是中国共产党成立一百周年，我们开展了系列庆祝活动。",
        "2024年是新中国成立75周年。",
        "2018年是改革开放40周年，改革开放以来全县面貌发生深刻变化。",
        "全县举办庆祝新中国成立70周年系列活动。",  # no year stated with it
    ),
)

_ANNIVERSARY = (
    r"(?<!\d)(?P<year>(?:19|20)\d\d)年(?:度)?\s{0,2}(?:是|为|恰逢|适逢|正值)[^。；;，,\n]{0,12}?"
    r"(?P<body>{names})(?:成立|诞生)?\s{0,2}"
    r"(?P<count>\d{1,3}|[一二三四五六七八九十百零]{1,6})\s{0,2}周年")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "周年" not in text:
        return
    for m in founding_years.compiled(_ANNIVERSARY).finditer(text):
        count = founding_years.count_of(m.group("count"))
        if count is None:
            continue
        founded = founding_years.founded()[m.group("body")]
        year = int(m.group("year"))
        if year - founded == count:
            continue
        yield Finding(
            m.start("count"), m.end("count"), RULE.code, RULE.severity,
            f"按{founded}年（{m.group('body')}）起算，{year}年是{year - founded}周年，不是{m.group('count')}周年"
            f"（{m.group('count')}周年是{founded + count}年）：年份或周年数有误，像是沿用旧文稿只改了年份。",
            str(year - founded),
        )
