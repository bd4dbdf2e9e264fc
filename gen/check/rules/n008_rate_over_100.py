"""N008: a rate that cannot exceed 100% (覆盖率, 满意度, 签约率…) but does."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.glossary_user import per_glossary
from ...core.text_pairs import char_positions
from ..context import CheckContext
from ..finding import Finding
from ..met_claims import target_pairs
from ..numbers_text import items
from ..rates import rate_glossary
from ..registry import Rule

RULE = Rule(
    code="N008",
    name="rate-over-100",
    severity="error",
    summary="按定义不能超过100%的比率超过了100%",
    doc=(
        "覆盖率、满意度、知晓率、签约率、合格率、达标率等是“部分占全体”的比例，按定义不超过100%；"
        "超过100%多为笔误或分子分母颠倒。名单见 glossary/rates.yaml 的 caps。"
        "完成率、完成比例、增长率可以超过100%，不在此列。"
        "例：重点人群签约率104%。这类比率的目标值写作“≥100%”的，只能在恰为100%时达到，提示改写为“100%”。"
        "比率的数字以文中年份开头且高达一万以上（2023年报告中“到位率20230%”），是年份误填入数字，也报告。"
        "表格行（竖线或制表符分隔）中指标名称一格写明这类比率时，其后的指标值、实际完成值各格同样核对（“受益群众满意度|≥90%|105%”）。"
    ),
    flag=("全人群签约率43.6%，重点人群签约率104%。", "质量指标设备验收合格率达到105%，全年实际值超过目标。",
          # a year typed into a rate's figure, in a text of that year
          "2023年，低保资金拨付到位率20230%，无截留挪用。",
          # a 自评表 row flattened with pipes or tabs: the cell names the rate, the next cells hold its values
          "满意度指标|服务对象满意度指标|受益群众满意度|≥90%|105%|10|10|",
          "产出指标\t质量指标\t基本医保参保率\t≥105%",
          # an indicator told in prose: its actual value after its target
          "服务对象满意度目标值为≥90%，实际值为104%，达到目标。",
          "工程验收合格率，年度指标值为100%，实际完成值为110%，指标分值10分，得分10分。"),
    keep=(
        # an indicator row flattened without blanks: the score 10 glued to the target 100%, then the actual
        "三级指标分值年度指标值全年实际值得分质量指标设备验收合格率10100%100%10",
        "三级指标分值年度指标值全年实际值得分质量指标设备验收合格率20≥95%100%20",
        "全人群签约率43.6%，重点人群签约率84%，计生特殊家庭签约率100%。",
        "农村和城镇低保适龄妇女“两癌”免费检查2030人，完成率135.33%。",
        # a target of at least 100% for a rate that may pass it, a capped rate's target below its cap
        "2023年，某产业产值增长率20230%，基数很小。2023年资金到位率100%。",
        "数量指标 | 培训任务完成率 | ≥100% | 10\n时效指标 | 补助发放及时率 | ≥95% | 10",
        "满意度指标|服务对象满意度指标|受益群众满意度|≥90%|95%|10|10|",
        # a rate that may exceed 100% in the row, or a cap named only in another row
        "产出指标\t数量指标\t培训任务完成率\t≥100%\t120%\t10\t10",
        "三级指标|年度指标值|实际完成值\n产出数量|新增参保人数|≥105%|110%",
        # two indicators side by side in one row: the second's rate is not capped
        "参保率|98%|任务完成率|120%",
        "服务对象满意度目标值为≥90%，实际值为96%，达到目标。",
        "培训任务完成率，年度指标值为100%，实际完成值为110%。",
    ),
)

_TAIL_OK = regex_cache.compile(r"^(?:调查|指标|情况|水平)?$")


@per_glossary(maxsize=4096)  # a form's rows repeat their indicator cells: each label is read once per glossary
def cap_name(label: str) -> Optional[str]:
    """The capped rate a percentage's label names, if any."""
    best = None
    for cap in rate_glossary().caps:
        pos = label.rfind(cap.name)
        if pos != -1 and _TAIL_OK.match(label[pos + len(cap.name):]):
            if best is None or len(cap.name) > len(best):
                best = cap.name
    return best


# A table row run together: "合格率10100%100%10" is the score 10, the target 100%, the actual 100%.
_NEXT_PERCENT = regex_cache.compile(r"[≥≤>＞<＜=＝]?\d{1,6}(?:\.\d{1,4})?[%％]")  # bounded: linear in any search


def _glued_score(text: str, q) -> bool:
    """The figure's digits are a score (1-100) glued to a percentage of at most 100, and another
    percentage (the actual value) follows at once: cells of an indicator row, not one rate."""
    digits = re.match(r"\d+", q.raw)
    if digits is None or "." in q.raw or not _NEXT_PERCENT.match(text, q.end):
        return False
    d = digits.group()
    return any(d[k] != "0" and 1 <= int(d[:k]) <= 100 and int(d[k:]) <= 100 for k in range(1, len(d)))


def _target_at_cap(it) -> bool:
    """A target of at least 100% for a capped rate (及时率≥100%): it can be met only at 100% exactly."""
    return it.q.unit == "%" and it.q.comparator in ("≥", "≧") and it.q.value == 100


_CELL_LABEL = regex_cache.compile(r"([\u4e00-\u9fff]{2,16})[ \u3000]{0,2}[|｜][ \u3000]{0,2}$")


def _label(text: str, it) -> str:
    """The item's label, or in a table row flattened with bars (及时率 | ≥100%) the cell before the figure."""
    if it.label:
        return it.label
    m = _CELL_LABEL.search(text, max(0, it.q.start - 24), it.q.start)
    return m.group(1) if m else ""


# A rate whose figure opens with a year the text writes (到位率20230% in a 2023 report): a year typed or
# replaced into the figure. Read only from 10000% up, a value no rate of a report reaches, and not on a
# growth (增长20230% from a tiny base is arithmetic, however odd).
_YEAR_HEAD = regex_cache.compile(r"(20\d\d)\d")
_GROWTH = regex_cache.compile(r"增长|增幅|增加|提高|上升|同比|环比")


def _year_in_rate(text: str, it) -> Optional[str]:
    q = it.q
    if q.unit != "%" or q.value < 10000 or "率" not in it.label[-6:] or _GROWTH.search(it.label):
        return None
    m = _YEAR_HEAD.match(q.raw.lstrip("≥≤><＞＜=＝约达为"))
    return m.group(1) if m and f"{m.group(1)}年" in text else None


# A table row run into a line: cells split by pipes or tabs (two separators at least).
_ROW = regex_cache.compile(r"^[^\n]*[|\t][^\n]*[|\t][^\n]*$", re.M)
_CELL = regex_cache.compile(r"[^|\t\n]{1,60}")
_OTHER_RATE = regex_cache.compile(r"[率度]\s{0,3}$|比例")
_PERCENT_CELL = regex_cache.compile(r"\s{0,3}(?:[≥>＞=＝]|>=)?\s{0,2}(\d{1,6}(?:\.\d{1,4})?)\s{0,2}[%％]\s{0,3}")


def _rows(text: str) -> Iterable[tuple[int, int]]:
    """The spans ``_ROW.finditer`` finds (lines holding two pipes or tabs), read from the text's pipes and tabs:
    the pattern was tried at every character and backtracked over each line (3 of 4.6 ms per 200,000 characters)."""
    seps = char_positions(text, "|\t")
    i = 0
    while i < len(seps):
        start = text.rfind("\n", 0, seps[i]) + 1
        end = text.find("\n", seps[i])
        end = len(text) if end < 0 else end
        j = bisect_left(seps, end, i)
        if j - i >= 2:
            yield start, end
        i = j


def _row_findings(text: str) -> Iterable[Finding]:
    """Rows of a form flattened with pipes or tabs: their figures carry no label of their own (a cell
    break ends a label), so the capped rate is the one the row's indicator cell names, and every
    percentage cell after it (target, actual) is that rate's."""
    if "|" not in text and "\t" not in text:
        return
    for start, end in _rows(text):
        if text.find("%", start, end) < 0 and text.find("％", start, end) < 0:
            continue  # no percentage in the row: nothing to judge
        name = None
        for cell in _CELL.finditer(text, start, end):
            if name is None:
                name = cap_name(cell.group().strip())
                continue
            m = _PERCENT_CELL.fullmatch(cell.group())
            if m is None and _OTHER_RATE.search(cell.group()):
                name = cap_name(cell.group().strip())  # a second indicator in the row: its rate rules what follows
                if name is None:
                    break
            if m and name and float(m.group(1)) > 100:
                at = cell.start() + m.start(1)
                yield Finding(
                    at, cell.end() - (len(cell.group()) - len(cell.group().rstrip())), RULE.code, RULE.severity,
                    f"{name}为{cell.group().strip()}：{name}按定义不能超过100%", None,
                )


_CLAUSE_BEFORE = regex_cache.compile(r"([\u4e00-\u9fff]{2,20})[，,：:][ \u3000]{0,2}$")


def _pair_findings(ctx: CheckContext) -> Iterable[Finding]:
    """An indicator told in prose, its target then its actual value ("服务对象满意度目标值为≥90%，实际值为104%";
    "工程验收合格率，年度指标值为100%，实际完成值为110%"): the actual value is the rate the indicator names."""
    text = ctx.text
    for p in target_pairs(ctx):
        a = p.actual
        if a.unit != "%" or a.value is None or a.value <= 100 or a.comparator not in ("=", ""):
            continue
        name = cap_name(p.name)
        if name is None and not p.name:  # the indicator in the clause before its target: "合格率，年度指标值为…"
            before_target = text.rfind("，", 0, text.rfind("，", 0, p.actual_start)) + 1
            m = _CLAUSE_BEFORE.search(text, max(0, before_target - 40), before_target) if before_target else None
            name = cap_name(m.group(1)) if m else None
        if name is not None:
            yield Finding(p.actual_start, p.actual_end, RULE.code, RULE.severity,
                          f"{name}的实际完成值为{a.text}：{name}按定义不能超过100%", None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _row_findings(ctx.text)
    yield from _pair_findings(ctx)
    for it in items(ctx):
        q = it.q
        if (year := _year_in_rate(ctx.text, it)) is not None:
            yield Finding(q.start, q.end, RULE.code, RULE.severity,
                          f"{it.label}为{q.raw}，不可能：数字以年份“{year}”开头，疑为年份误填入数字")
            continue
        if _target_at_cap(it) and (name := cap_name(label := _label(ctx.text, it))) is not None:
            yield Finding(q.start, q.end, RULE.code, "info",
                          f"{label}的指标值写作“{q.raw}”：{name}按定义不能超过100%，应写“=100%”或“100%”", "=100%")
            continue
        if q.unit != "%" or q.value <= 100 or q.comparator in ("≤", "<"):
            continue
        name = cap_name(it.label)
        if name is None or _glued_score(ctx.text, q):
            continue
        yield Finding(
            q.start, q.end, RULE.code, RULE.severity,
            f"{it.label}为{q.raw}：{name}按定义不能超过100%",
            None,
        )
