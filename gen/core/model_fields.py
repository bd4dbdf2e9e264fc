"""The value types every block of the data file is built from: text, names, amounts, percents, counts, scores.

Separate from the blocks so that each block module (bureau and money, work and
indicators, 自评表 forms, the report) states only its fields, and a change to
how text is tidied or amounts are rounded is made once, here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field
from pydantic.functional_validators import AfterValidator

from . import regex_cache
from .numbers import AMOUNT_PLACES, round_half_up


_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’"
_CJK_CHAR = regex_cache.compile(rf"[{_CJK}]")
# Runs of ASCII white space, matched once each; whether a run touches Chinese is
# decided by looking at its two neighbours (a lookahead after an unbounded run
# would rescan the run from every start: quadratic on long blank stretches).
_SPACE_RUN = regex_cache.compile(r"[ \t\r\n]+")


def _tidy_text(v: str) -> str:
    """Drop ASCII white space next to Chinese characters (YAML folding inserts it).

    A full-width space (U+3000) is kept: it is how 公文 separates joint issuers
    such as 中共中央　国务院.
    """
    def drop(m: re.Match) -> str:
        before = v[m.start() - 1] if m.start() else ""
        after = v[m.end()] if m.end() < len(v) else ""
        touches = (before and _CJK_CHAR.match(before)) or (after and _CJK_CHAR.match(after))
        return "" if touches else m.group()

    if " " not in v and "\t" not in v and "\n" not in v and "\r" not in v:
        return v  # nothing to drop (most values): no search
    return _SPACE_RUN.sub(drop, v)


def _round_amount(v: Decimal) -> Decimal:
    return round_half_up(v, AMOUNT_PLACES)


# Upper bounds reject absurd figures (1e300) that would overflow the decimal context
# when rounded; 10^9 万元 is far above any department's budget.
MAX_AMOUNT = Decimal(10) ** 9
MAX_METRIC = Decimal(10) ** 12
Amount = Annotated[Decimal, Field(ge=0, le=MAX_AMOUNT, allow_inf_nan=False), AfterValidator(_round_amount)]
Percent = Annotated[Decimal, Field(ge=0, le=1000, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
Text = Annotated[str, Field(min_length=1, max_length=20_000), AfterValidator(_tidy_text)]


class Block(BaseModel):
    """Every block of the data file: unknown keys are errors, text is stripped, values are frozen."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


# Characters no organisation name contains, which would turn a name into a path
# (batch output files are named after bureaus) or break a file system.
_RESERVED_NAME_CHARS = regex_cache.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def _plain_name(v: str) -> str:
    bad = _RESERVED_NAME_CHARS.search(v)
    if bad:
        shown = repr(bad.group())[1:-1]
        raise ValueError(f"单位名称中不能含有字符“{shown}”（路径分隔符、保留字符或控制字符）")
    return v


# Spaces or tabs (no line break) between two Chinese characters of a name.
_NAME_GAP = regex_cache.compile(rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])")


def _joint_name(v: str) -> str:
    """A space between two names of one body (中共丹凤县纪律检查委员会 丹凤县监察委员会) is the
    公文 separator, a full-width space: kept, where in running text such a space is dropped."""
    return _NAME_GAP.sub("\u3000", v) if (" " in v or "\t" in v) else v


Name = Annotated[str, AfterValidator(_joint_name), Field(min_length=1, max_length=20_000), AfterValidator(_tidy_text),
                 AfterValidator(_plain_name)]


# The 分值 and 得分 of a 自评表 row.
FormScore = Annotated[Decimal, Field(ge=0, le=1000, allow_inf_nan=False)]
