"""W079: a notice's closing line naming another genre than its title (关于……的通告, closed by 特此公告).

An announcement of any body closes on a line of its own that names its genre: a 通告 on 特此通告, a 公告 on
特此公告, a 通知 on 特此通知. The closing repeats the genre of the title above it; when the two differ (关于实施
禁渔期制度的通告 closed by 特此公告), the closing was kept from another document used as a model, and the reader
cannot tell which genre the body issued.

Read only a closing that stands alone on its line (特此公告, 特此通告 or 特此通知, a stop after it at most), and the
last title above it within a few thousand characters that stands alone on its line, holds 关于 and ends on …的通告,
…的公告 or …的通知 (a sentence, a menu's 通知公告 or a title of another genre is not read). A notice that forwards an
announcement is titled …的通知, and its closing is compared with that.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W079",
    name="closing-other-genre",
    severity="warning",
    summary="文末结束语的文种与标题不一（标题为“关于……的通告”，结束语写“特此公告”）",
    doc=(
        "检查什么：通告、公告、通知末尾单独成行的结束语“特此通告”“特此公告”“特此通知”，与其上方标题"
        "“关于……的通告（公告、通知）”的文种不同，如标题为“关于实施禁渔期制度的通告”，结束语却写“特此公告”。\n"
        "为什么：结束语重申本文的文种，应与标题一致；文种不一，多是套用了别的文件的结尾，读者无法确定本文是哪一文种。\n"
        "不报的情形：结束语不单独成行的；上方没有单独成行、含“关于”并以“的通告（公告、通知）”结尾的标题的"
        "（句子中提到的文件、网站栏目“通知公告”不算）；转发公告的通知，以通知的标题为准。\n"
        "示例：标题“关于实施禁渔期制度的通告”下的结束语“特此公告”应为“特此通告”。"
    ),
    flag=(
        "关于实施某市禁渔期制度的通告\n为做好禁渔期工作，特通告如下：\n一、禁渔时间为3月1日至6月30日。\n"
        "特此公告\n某市农业农村局\n2024年2月28日\n",
        "关于开展2024年度安全生产大检查的通知\n各乡镇、各部门：\n现就有关事项通知如下。\n特此通告。\n",
    ),
    keep=(
        "关于实施某市禁渔期制度的通告\n为做好禁渔期工作，特通告如下：\n一、禁渔时间为3月1日至6月30日。\n"
        "特此通告\n某市农业农村局\n2024年2月28日\n",
        # a notice forwarding an announcement closes as a notice
        "关于转发《某省关于实施禁渔期制度的通告》的通知\n各县区：\n现将通告转发给你们，请遵照执行。\n特此通知\n",
        # a site's menu, and a title named in a sentence, are not the document's title
        "通知公告\n关于某局2023年部门预算公开的说明\n根据《关于做好预算公开工作的通知》要求，现予公开。\n特此公告\n",
    ),
)

_CLOSING = regex_cache.compile(r"^[ \t\u3000]*特此(公告|通告|通知)[。.]?[ \t\u3000]*$", re.M)
# A title alone on its line: 关于 within it, no sentence mark, ending on its genre.
_TITLE = regex_cache.compile(r"^[ \t\u3000]*[^\n。，,；;：:！？]{0,40}关于[^\n。，,；;：:！？]{2,80}的(公告|通告|通知)[ \t\u3000]*$",
                             re.M)
REACH = 6000  # characters above a closing read for its title: an announcement is a page or two


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not contains(text, "特此"):
        return
    for m in _CLOSING.finditer(text):
        title = None
        for t in _TITLE.finditer(text, max(0, m.start() - REACH), m.start()):
            title = t
        if title is None or title.group(1) == m.group(1):
            continue
        genre, said = title.group(1), m.group(1)
        yield Finding(m.start(1) - 2, m.end(1), RULE.code, RULE.severity,
                      f"标题“{title.group().strip()}”的文种是“{genre}”，结束语却写“特此{said}”，二者不一，"
                      f"应为“特此{genre}”。", f"特此{genre}")
