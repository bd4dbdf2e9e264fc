"""N035: staff 在编 (holding a post of the quota) outnumbering the unit's whole quota stated just before.

"实有人员编制10人。其中：行政编制10人；在职在编实有行政人员12人": a member of staff
在编 fills one post of the 编制, so the staff 在编 cannot be more than the posts
the unit has. The reverse is common and correct (posts left vacant: 编制11人, 在编10人),
and so are staff outside the quota (编外, 聘用, 借调), who are not 在编. Only the
unit's whole quota is compared (核定编制, 人员编制, 编制数: no category such as
行政编制 in its name, which a 在编 count of all categories may exceed), with
a 在编 count in the same paragraph shortly after it, of no other year; a
paragraph that says the unit is over its quota (超编) is left alone. A warning, as the generator's own
data check (staffing.actual over staffing.authorized) warns: a unit may be over its quota for a time, and
the report should then say why.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import items, years_compatible
from ..registry import Rule
from ..staff_counts import HEAD_UNITS, staff_words

RULE = Rule(
    code="N035",
    name="staff-over-quota",
    severity="warning",
    summary="在编人数多于前文所述编制总数",
    doc=(
        "检查什么：人员情况先写单位的编制总数（“核定编制10人”“实有人员编制10人”），随后（同一段内）写在编人数"
        "（“在职在编实有行政人员12人”），在编人数多于编制总数。\n"
        "为什么：在编人员占用编制，在编人数不能超过编制数；多出来说明编制数或在编人数写错。\n"
        "某一类编制后面紧接着写这一类的在编人数（“事业编制17人，在编20人”）的，也这样比较。\n"
        "不报的情形：在编人数少于编制（有空编）；某一类编制（行政编制、事业编制）与全部在编人数比较；"
        "编外、聘用、借调、退休等不在编人员；不同年度；段内写明“超编”。\n"
        "在编人数紧接着另起一段开头写出的（“核定编制人数7人，……”“截至2023年12月31日，实有在编人数8人”），同样比较。\n"
        "示例：核定编制10人，其中行政编制10人；在职在编实有行政人员12人。"
    ),
    flag=(
        "本单位核定编制10人。其中：行政编制10人；在职在编实有行政人员12人。退休人员10人。",
        "人员编制数为8人，年末在编人数为9人。",
        "核定编制8个，在编人员9人。",
        # the count opens the next paragraph
        "机构编制管理部门核定编制人数7人，设常务副会长1名、副会长1名。\n截至2023年12月31日，实有在编人数8人，其中参公人员7人。\n",
        "核定人员编制30名，其中原单位划转编制20名，划入人员编制10名。现有在职在编人员38名。",
        # a category's quota with its own 在编 count straight after it
        "全局现有编制49个，其中行政编制21个，在编20人；事业编制17人，在编20人。",
    ),
    keep=(
        # the next paragraph speaks of something else first: its count is not the quota's
        "核定编制人数7人，设常务副会长1名。\n下属事业单位2个，分别为某中心和某站，共有在编人员12人。\n",
        "本单位核定编制11人，年末在编人员10人，编外聘用人员3人。",
        "本单位行政编制8人，事业编制4人，在编人员11人。",
        "本单位核定编制10人，在编12人，超编2人，正在按要求逐步消化。",
        "本单位核定编制10人，编外聘用人员12人。",
        "2020年核定编制10人。2023年在编人员12人。",
        # the posts of one kind: staff 在编 of every kind may outnumber them
        "核定行政编制8个，在编人员9人。",
        # the parts of the whole quota that its 其中 lists are no quotas of their own
        "核定人员编制43名，其中原单位划转编制25名，划入人员编制18名。现有在职在编人员38名。",
        "其中行政编制21个，在编20人；工勤编制1个，在编1人；事业编制17人，实有22人（含编外5人）。",
        # a quota's change, not the quota; two units' staff counted together
        "原核定人员编制数64人，核减编制2人，核增编制5人。现编制核定为64人，实际在编人员62人。",
        "设立某县矫正帮教管理服务中心，核定编制8名，同月将某县法律援助中心编制调整为6名，2021年两单位实有在编人员11名。",
    ),
)

_QUOTA = regex_cache.compile(r"编制(?:数|总数|人数)?(?:为|共)?$")
_CHANGE = regex_cache.compile(r"增加|减少|增长|下降|较上年|比上年")
# A category's quota with its own 在编 count right after it: 事业编制17人，在编20人; read only where the
# paragraph pairs two categories or more so (行政编制21个，在编20人；工勤编制1个，在编1人): after one category
# alone, "在编人员11人" may count every category.
_OWN_HELD = regex_cache.compile(r"[，,]?[ \u3000]?(?:其中)?在编(?:人员|人数)?(?:为|共)?")
_PAIR = regex_cache.compile(r"编制[ \u3000]?\d{1,5}[ \u3000]?[个人名][，,][ \u3000]?(?:其中)?在编(?:人员|人数)?(?:为|共)?[ \u3000]?\d")
_UNITS = HEAD_UNITS | {"个"}  # a quota is counted in posts (编制10个) or heads
NEAR = 200  # characters: the 在编 count belongs to the quota stated just before it


# A quota's change (核增编制5人), not the quota; a count of several units' staff (两单位实有在编人员11名), not one's.
_QUOTA_CHANGE = regex_cache.compile(r"核增|核减|调增|调减|增加|减少|划入|划出|增编|减编")
_UNITS_TOGETHER = regex_cache.compile(r"[两二三四五六七八九十多各]个?(?:单位|中心|机构)|共计|合计")


def _quota_of_staff(label: str) -> bool:
    """A quota of posts (编制数, 行政编制), not of beds (床位编制) nor a quota's change (核增编制)."""
    return bool(_QUOTA.search(label)) and "床" not in label and not _QUOTA_CHANGE.search(label)


def _quota(label: str, categories: tuple[str, ...]) -> bool:
    """The unit's whole quota: no category (行政编制) in its name."""
    return _quota_of_staff(label) and not any(c in label for c in categories)


def _part(text: str, whole, it) -> bool:
    """``it`` is one part of the quota ``whole`` (核定编制43名，其中原产权所划转编制25名、划入编制18名)."""
    return it.q.value < whole.q.value and "其中" in text[whole.q.end:it.q.start] and "\n" not in text[whole.q.end:it.q.start]


def _category_pair(text: str, quota, after, label: str) -> Iterable[Finding]:
    """A category's quota whose own 在编 count follows it straight (行政编制21个，在编20人；事业编制17人，在编20人):
    the count is of that category, so it cannot pass that quota either."""
    if not after or not _quota_of_staff(label):
        return
    it = after[0]
    start, end = text.rfind("\n", 0, quota.q.start) + 1, text.find("\n", it.q.end)
    if len(_PAIR.findall(text, start, len(text) if end < 0 else end)) < 2:
        return
    if (it.q.unit in HEAD_UNITS and _OWN_HELD.fullmatch(text, quota.q.end, it.q.start)
            and it.q.value > quota.q.value and years_compatible(it, quota)):
        yield Finding(it.q.start, it.q.end, RULE.code, RULE.severity,
                      f"在编人数{it.q.raw}多于紧接其前的{label}{quota.q.raw}：在编人员占用编制，在编人数不能超过编制数，请核对")


OPENING = 30  # characters before the first head count of the next paragraph (截至2023年12月31日，实有在编人数8人)


def _next_opening(text: str, later: list, para_end: int) -> int:
    """Where the quota's reading ends: its paragraph, or the first head count of the next one when that
    paragraph opens with it (a copy that parts "核定编制人数7人，……" and "截至……，实有在编人数8人" in two
    paragraphs: the count is still the quota's unit's)."""
    nxt = next((it for it in later if it.q.start > para_end), None)
    if nxt is None or text.find("\n", para_end + 1, nxt.q.start) != -1 or nxt.q.start - para_end > OPENING:
        return para_end
    return nxt.q.end


def check(ctx: CheckContext) -> Iterable[Finding]:
    words = staff_words()
    heads = [it for it in items(ctx) if it.q.unit in _UNITS and not it.q.comparator]
    text = ctx.text
    whole = None  # the last whole quota: the quotas its 其中 lists are its parts, not quotas of their own
    for n, quota in enumerate(heads):
        label = "".join(quota.label.split())
        if not _quota(label, words.categories):
            yield from _category_pair(text, quota, heads[n + 1:n + 2], label)
            continue
        if whole is not None and quota.q.start - whole.q.end <= NEAR and _part(text, whole, quota):
            continue
        whole = quota
        para_end = text.find("\n", quota.q.end)
        para_end = len(text) if para_end == -1 else para_end
        para_start = text.rfind("\n", 0, quota.q.start) + 1
        scope_end = _next_opening(text, heads[n + 1:], para_end)
        if "超编" in text[para_start:scope_end]:
            continue
        for it in heads[n + 1:]:
            if it.q.start > min(scope_end, quota.q.end + NEAR):
                break
            if _quota("".join(it.label.split()), words.categories):
                if _part(text, quota, it):
                    continue
                break  # another quota: what follows is compared with it
            held = it.raw_label
            if (it.q.unit not in HEAD_UNITS or "在编" not in held or any(w in held for w in words.outside) or _CHANGE.search(held)
                    or _UNITS_TOGETHER.search(held)
                    or not years_compatible(it, quota) or it.q.value <= quota.q.value):
                continue
            yield Finding(it.q.start, it.q.end, RULE.code, RULE.severity,
                          f"在编人数{it.q.raw}多于前文所述编制{quota.q.raw}：在编人员占用编制，在编人数不能超过编制数，请核对")
            break
