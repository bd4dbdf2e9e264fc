"""N045: the changes of a complete breakdown that do not add up to the change of its total.

"支出预算1779.74万元，比上年增加198.76万元。其中基本支出249.78万元，比上年增加29.73万元；项目支出
1529.96万元，比上年增加168.36万元": the parts make the total (249.78 + 1529.96 = 1779.74), so last
year's parts made last year's total too, and the parts' changes must make the total's change
(29.73 + 168.36 = 198.09, not 198.76). One of the changes was mistyped or copied from another line.

Read only where it is plain: a total followed at once by its change, then 其中 and two or more
parts each followed at once by its own change, to the end of the paragraph, with no second 其中;
the parts as printed must make the total (else the list may be partial), and every change must
say its direction (增加/减少).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import Item, closes, is_change, items, num, sum_slack
from ..registry import Rule
from ..textspans import line_around

RULE = Rule(
    code="N045",
    name="breakdown-changes",
    severity="warning",
    summary="分项合计等于总数，各分项的增减额之和却不等于总数的增减额",
    doc=(
        "检查什么：总数之后紧跟它较上年的增减额，随后“其中”逐项列出分项，每项之后紧跟它自己的增减额，"
        "分项之和等于总数，但各分项增减额（增加为正、减少为负）之和不等于总数的增减额。\n"
        "为什么：本年各分项合计等于总数，上年也是一样，分项的增减额相加必然等于总数的增减额；合不上，"
        "说明某个增减额写错或抄自别处。\n"
        "不报的情形：分项之和不等于总数的（可能只列了一部分）；分项中又有“其中”的；有分项没有写增减额，"
        "或增减额没有写明方向的；相差在各数舍入范围内的。\n"
        "示例：支出预算1779.74万元，比上年增加198.76万元。其中基本支出249.78万元，比上年增加29.73万元；"
        "项目支出1529.96万元，比上年增加168.36万元（29.73＋168.36＝198.09）。"
    ),
    flag=(
        "2023年支出预算1779.74万元，比2022年增加198.76万元。其中基本支出预算249.78万元，比2022年增加29.73万元，"
        "主要是人员增加；项目支出预算1529.96万元，比2022年增加168.36万元，主要是2022年含上级转移支付767万元。",
        # a fall among the parts: 30.00 − 12.00 = 18.00, not 28.00
        "本年收入合计500.00万元，较上年增加28.00万元，其中：财政拨款收入450.00万元，较上年增加30.00万元；"
        "其他收入50.00万元，较上年减少12.00万元。",
    ),
    keep=(
        "2023年支出预算1779.74万元，比2022年增加198.09万元。其中基本支出预算249.78万元，比2022年增加29.73万元，"
        "主要是人员增加；项目支出预算1529.96万元，比2022年增加168.36万元，主要是转移支付增加。",
        "本年收入合计500.00万元，较上年增加18.00万元，其中：财政拨款收入450.00万元，较上年增加30.00万元；"
        "其他收入50.00万元，较上年减少12.00万元。",
        # the parts do not make the total: the list may be partial
        "本年收入合计520.00万元，较上年增加28.00万元，其中：财政拨款收入450.00万元，较上年增加30.00万元；"
        "其他收入50.00万元，较上年减少12.00万元。",
        # a part without its own change
        "本年收入合计500.00万元，较上年增加28.00万元，其中：财政拨款收入450.00万元，较上年增加30.00万元；"
        "其他收入50.00万元。",
        # within the rounding of the printed figures
        "本年支出合计300.00万元，较上年增加10.01万元。其中基本支出200.00万元，较上年增加5.00万元；"
        "项目支出100.00万元，较上年增加5.00万元。",
    ),
)

_UP = regex_cache.compile(r"(?:增加|增长|上升|提高|增)了?[ \u3000]{0,2}$")
_DOWN = regex_cache.compile(r"(?:减少|下降|降低|减)了?[ \u3000]{0,2}$")
_SINCE = regex_cache.compile(r"(?:比|较|与)[^，,。；;]{0,12}$")  # 比上年 / 较2022年决算数 / 与上年相比
_REASON = regex_cache.compile(r"主要|原因|用于|因为")
_QIZHONG = regex_cache.compile(r"^[ \u3000。，,]{0,2}其中[：:，,]?")


def _signed(text: str, it: Item) -> Optional[Decimal]:
    """The change's money with its direction's sign, or None unless it is a change on an earlier year."""
    before = text[max(0, it.q.start - 24):it.q.start]
    if it.money is None or it.q.comparator or not is_change(text, it) or not _SINCE.search(before.rstrip("增加减少了 ")):
        return None
    if _UP.search(before):
        return it.money
    if _DOWN.search(before):
        return -it.money
    return None


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "其中" not in text:
        return
    all_items = [it for it in items(ctx) if it.q.unit != "%"]
    for k in range(len(all_items) - 5):
        total, change = all_items[k], all_items[k + 1]
        if total.money is None or is_change(text, total) or total.q.comparator:
            continue
        moved = _signed(text, change)
        if moved is None:
            continue
        m = _QIZHONG.match(text[change.q.end:change.q.end + 8].lstrip("万元亿"))
        if m is None:
            continue
        end = line_around(text, change.q.end)[1]
        if text.count("其中", change.q.end, end) != 1:
            continue  # a part with its own breakdown
        pairs: list[tuple[Item, Decimal, Item]] = []
        j = k + 2
        last = change.q.end
        while j < len(all_items) and all_items[j].q.start < end:
            part = all_items[j]
            own = all_items[j + 1] if j + 1 < len(all_items) else None
            signed = _signed(text, own) if own is not None and own.q.start < end else None
            if part.money is None or is_change(text, part) or signed is None:
                if len(pairs) >= 2 and _REASON.search(text, last, part.q.start):
                    break  # a figure in the reasons given for the last part (主要是……767万元): the list has ended
                pairs = []
                break
            pairs.append((part, signed, own))
            last = own.q.end
            j += 2
        if len(pairs) < 2:
            continue
        parts = [p for p, _, _ in pairs]
        if not closes(sum((p.money for p in parts), Decimal(0)), total.money, sum_slack(parts + [total])):
            continue
        summed = sum((s for _, s, _ in pairs), Decimal(0))
        if closes(summed, moved, sum_slack([c for _, _, c in pairs] + [change])):
            continue
        if any(c.q.unit != change.q.unit for _, _, c in pairs):
            continue
        shown = "".join(("＋" if s >= 0 else "－") + num(c.q) for _, s, c in pairs).lstrip("＋")
        in_unit = sum(((c.q.value if s >= 0 else -c.q.value) for _, s, c in pairs), Decimal(0))
        yield Finding(
            change.q.start, change.q.end, RULE.code, RULE.severity,
            f"所列分项之和等于总数{total.q.raw}，各分项的增减额合计为{shown}＝{in_unit:f}{change.q.unit}，"
            f"与总数的增减额{change.q.raw}不符，请核对。",
            None,
        )
