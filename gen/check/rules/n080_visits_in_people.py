"""N080: one count of visits written in 人 and in 人次 within one sentence (接待游客68.8万人……接待游客80万人次).

A museum, library or scenic spot counts its visitors in 人次: one person who comes twice is two visits, and the
number of distinct people is not known. A sentence that gives the same measure (the same verb and the same
visitors: 接待游客, 服务读者, 吸引观众) twice, once in 人次 and once in bare 人, has dropped the 次 on one of them:
the two figures (so far this year, expected for the year) are of one kind and must share their unit.

Read only within one sentence and only for the same verb and object; the bare 人 figure is reported.

The reverse slip has a fixed measure: new urban employment (城镇新增就业) is a count of people who found work, which
the statistics give in 人 (新增就业1200人); written in 人次 (新增就业人数533人次) it counts visits, which it is not.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N080",
    name="visits-in-people",
    severity="warning",
    summary="同一句中同一接待量先写“人”、又写“人次”，单位不一致；新增就业人数写成“人次”",
    doc=(
        "检查什么：同一句中同一项接待、服务数量（接待游客、服务读者、吸引观众等），一处以“人次”为单位，另一处只写“人”的，"
        "如“截至11月共接待游客约68.8万人，预计全年接待游客80万人次”。\n"
        "为什么：接待量按人次统计（同一人来两次算两次），同一项数量前后单位应一致；只写“人”多半是漏了“次”。\n"
        "不报的情形：不在同一句中的；动词或对象不同的（接待游客与其中外地游客）；两处都写“人”或都写“人次”的。\n"
        "示例：“共接待游客约68.8万人”应为“68.8万人次”。\n"
        "反过来，“新增就业（人数）”统计的是实现就业的人数，以“人”计，写成“人次”（“城镇新增就业人数533人次”）也报告。"
    ),
    flag=(
        "截至10月底共接待游客约12.5万人，预计全年接待游客15万人次。",
        "全年服务读者3.2万人次，其中上半年服务读者1.1万人。",
        # new employment is a count of people, not of visits
        "全年城镇新增就业人数533人次，城镇登记失业率控制在4%以内。",
    ),
    keep=(
        "截至10月底共接待游客约12.5万人次，预计全年接待游客15万人次。",
        # another object: the visitors from elsewhere are a part, counted as people
        "全年接待游客15万人次，外地游客约4万人。",
        "全年接待游客15万人次。本馆现有注册读者3000人。",
        "全年城镇新增就业1200人，开展职业技能培训3500人次，转移就业2.1万人次。",
    ),
)

_VISITS = regex_cache.compile(r"(接待|服务|吸引)(游客|观众|群众|读者|参观者|市民)[^，,。；;\d\n]{0,6}?"
                              r"(\d+(?:\.\d+)?)[ \u3000]{0,1}(万|千)?人(次)?")
# A sentence is read as a run of at most SENTENCE_MAX characters without a closing mark (a longer one in pieces).
_STOPS = "。！？!?\n"
_STOP = regex_cache.compile(f"[{_STOPS}]")
SENTENCE_MAX = 600


def _sentences_with(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence piece holding ``word``, in order: found from the word's places, not by
    cutting the whole text into sentences (some 2 ms of 200,000 characters, for the few that hold 人次)."""
    last = -1
    at = text.find(word)
    while at != -1:
        run = _run_start(text, at)
        start = run + (at - run) // SENTENCE_MAX * SENTENCE_MAX  # the piece of the run that holds ``at``
        limit = min(len(text), start + SENTENCE_MAX)
        stop = _STOP.search(text, at, limit)
        end = stop.start() if stop else limit
        if at + len(word) <= end and start != last:
            last = start
            yield start, end
        at = text.find(word, at + 1)


def _run_start(text: str, at: int) -> int:
    """Where the run of characters without a closing mark that holds ``at`` starts."""
    lo = at
    while lo > 0:
        lo = max(0, lo - 2 * SENTENCE_MAX)
        found = max(text.rfind(ch, lo, at) for ch in _STOPS)
        if found >= 0:
            return found + 1
    return 0


# New employment, a count of people, in 人次 (城镇新增就业人数533人次): the figure and its unit are reported.
_JOBS_IN_VISITS = regex_cache.compile(r"新增就业(?:人数|人员)?[^，,。；;\d\n]{0,6}?(\d+(?:\.\d+)?[ \u3000]?[万千]?人次)")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "人次" not in text:
        return
    if "新增就业" in text:
        for m in _JOBS_IN_VISITS.finditer(text):
            fixed = m.group(1)[:-1]
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"新增就业统计的是实现就业的人数，以“人”计，“{m.group(1)}”应为“{fixed}”。", fixed)
    for start, end in _sentences_with(text, "人次"):
        found = list(_VISITS.finditer(text, start, end))
        if len(found) < 2:
            continue
        for m in found:
            key = m.group(1) + m.group(2)
            if m.group(5) or not any(o.group(5) and o.group(1) + o.group(2) == key for o in found):
                continue
            yield Finding(m.start(3), m.end(), RULE.code, RULE.severity,
                          f"同一句中“{key}”另一处以“人次”计，此处“{m.group(3)}{m.group(4) or ''}人”疑漏了“次”，单位应一致。",
                          f"{m.group(3)}{m.group(4) or ''}人次")
