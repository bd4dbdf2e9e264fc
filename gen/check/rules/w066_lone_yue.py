"""W066: a lone 越 before an adjective after 将 or 会 (难度将会越大 for 难度将会越来越大).

越 grades an adjective only in a pair: 越来越大 (more and more) or 越……越…… (越早越好, 拖得越久难度越大). A report's
forecast that lost 来越 reads 难度将会越大 or 成本会越高, one 越 and nothing that it pairs with: a reader waits for the
other half. The slip recurs in the outlook and problem sections of reports of every sector.

Read only 越 after 将, 会 or 将会 and before an adjective of degree (大, 多, 高, 重, 难, 突出, 严重 …), and only when
its sentence holds no other 越 in the 40 characters before it (拖得越久，难度会越大 is the pair and stays silent).
越过, 越级, 越权 and 越发 are words of their own and their second character is never an adjective read here.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import last_mark

RULE = Rule(
    code="W066",
    name="lone-yue",
    severity="warning",
    summary="“将会越大”只有一个“越”，漏了“来越”（应为“越来越大”）",
    doc=(
        "检查什么：“将”“会”“将会”之后单用一个“越”修饰形容词，同一句前面又没有与之呼应的“越”，如“治理难度将会越大”。\n"
        "为什么：“越”表示程度递进要成对使用：“越来越大”或“越……越……”；只写一个“越”，读来缺了一半。\n"
        "不报的情形：前面有呼应的“越”的（拖得越久，难度会越大）；写全“越来越”的；“越过”“越级”“越发”等词。\n"
        "示例：“长期下去，治理难度将会越大”应为“长期下去，治理难度将会越来越大”。"
    ),
    flag=(
        "如不及时整治，今后的治理难度将会越大，成本也会成倍增加。",
        "群众对服务质量的要求会越高。",
    ),
    keep=(
        "如不及时整治，今后的治理难度将会越来越大；问题拖得越久，整改成本会越高。",
        "禁止车辆越线停放，不得越级上报，形势将越发严峻。",
    ),
)

_LONE = regex_cache.compile(
    r"(?:将会|将|会)越(?=大|多|高|重|难|强|好|小|少|低|快|慢|广|深|紧|严|远|长|突出|明显|严重|复杂|频繁|激烈|迫切)"
)
_SENTENCE_OPEN = "。！!？?\n"


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "越" not in text:
        return
    for m in _LONE.finditer(text):
        yue = m.end() - 1
        floor = max(0, yue - 40)
        opened = last_mark(text, _SENTENCE_OPEN, yue, floor)
        if "越" in text[(opened + 1 if opened >= 0 else floor):yue]:
            continue
        degree = text[m.end()]
        written = text[m.start():m.end() + 1]
        yield Finding(
            m.start(), m.end() + 1, RULE.code, RULE.severity,
            f"“{written}”只用了一个“越”，读来缺了一半：应为“越来越{degree}”（或写成“越……越……”）。",
            written[:-2] + f"越来越{degree}",
        )
