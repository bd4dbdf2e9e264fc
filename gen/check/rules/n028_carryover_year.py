"""N028: funds carried over at a year's end said to be used in that same year, not the next.

结转资金 are what is left at the end of year Y and goes on into Y+1: "2021年……
年末结转资金487万元，在2022年度继续安排使用". Written "在2021年度继续使用",
the year was copied from the sentence's own and not moved on. The year the
carry-over leaves is read from the paragraph before it (its "2021年度",
"2021年末"), else from the report's year; a later year than that is right.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..identity import identity
from ..registry import Rule

RULE = Rule(
    code="N028",
    name="carryover-year",
    severity="warning",
    summary="年末结转资金写成在当年继续使用（应为下一年度）",
    doc=(
        "检查什么：“某年……年末结转资金X万元，在某年度继续安排使用”中，继续使用的年度不晚于结转发生的年度。"
        "结转的年度取同一段前文的“2021年度”“2021年末”，没有时取报告年度。\n"
        "为什么：年末结转资金只能在下一年度继续使用；写成当年，是照抄本年年份没有改过来。\n"
        "不报的情形：继续使用的年度晚于结转的年度；“上年结转”“以前年度结转”（转入当年的资金）；段中和报告中都看不出年度。\n"
        "示例：“2021年度……年末结转资金487万元，在2021年度继续安排使用”应为“在2022年度继续安排使用”。"
    ),
    flag=(
        "2022年度本县上级补助收入1200万元，全部按用途安排，年末结转资金35万元，在2022年度继续安排使用。",
        "截至2023年末，项目结转资金12万元，于2023年继续使用。",
    ),
    keep=(
        "2022年度本县上级补助收入1200万元，全部按用途安排，年末结转资金35万元，在2023年度继续安排使用。",
        "年末结转资金35万元，在下一年度继续安排使用。",
        # carried in from the year before: used in the year named
        "2023年预算收入800万元，上年结转资金20万元，在2023年继续使用。",
    ),
)

_CARRYOVER = regex_cache.compile(
    r"结转(?:资金|结余|下年)?[^。；！？\n]{0,20}?[，,]?\s*(?:在|于|留待|到)\s*((?:19|20)\d{2})\s*年度?(?:内)?继续(?:安排)?使用"
)
_CARRIED_IN = regex_cache.compile(r"上年|以前年度|往年|历年|上一年")
LOOKBACK = 12
_YEAR = regex_cache.compile(r"((?:19|20)\d{2})\s*年(?:度|末|底)?")


def _paragraph_year(ctx: CheckContext, at: int) -> Optional[int]:
    """The last year named in the paragraph before ``at`` (2021年度, 2021年末)."""
    start = ctx.text.rfind("\n", 0, at) + 1
    years = [int(m.group(1)) for m in _YEAR.finditer(ctx.text, start, at)]
    return years[-1] if years else None


def check(ctx: CheckContext) -> Iterable[Finding]:
    for m in _CARRYOVER.finditer(ctx.text):
        if _CARRIED_IN.search(ctx.text, max(0, m.start() - LOOKBACK), m.start() + 4):
            continue  # 上年结转: funds that came into the year named, used in it
        used = int(m.group(1))
        left = _paragraph_year(ctx, m.start()) or identity(ctx).year
        if left is None or used > left:
            continue
        yield Finding(m.start(1), m.end(1) + 1, RULE.code, RULE.severity,
                      f"{left}年末结转的资金只能在下一年度继续使用，此处写成“{used}年”，应为“{left + 1}年”。",
                      f"{left + 1}年")
