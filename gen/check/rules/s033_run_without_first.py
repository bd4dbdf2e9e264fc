"""S033: a run-in 二是、三是 series inside a paragraph whose first item carries no 一是.

Reports set out measures and reasons as a run-in series: "……。一是……。二是……。三是……". When the first item
loses its 一是 (a cut, an edit that rewrote the first sentence), the paragraph reads "围绕A深化公开。……。二是围绕
B深化公开。……。三是……": the reader is given the second and third items and no first. The shape read: 二是
opening a clause inside a paragraph (after 。, ；, ：), 三是 opening a later clause of the same paragraph, and
no first item marked anywhere in the paragraph before it nor in the two paragraphs before (一是, 其一, 首先,
第一, 一要, 一则, 一方面, 一来; a list may open in the paragraph before). A first item that kept a bare 是 (：是组织
到位……；二是……) is W046's, and is left to it. A paragraph that opens on 二是 (a run of paragraphs, one of which
may have been left out on purpose or lie behind a table) is not read.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S033",
    name="run-without-first",
    severity="warning",
    summary="同一段中“二是、三是”依次列出，前面却没有“一是”",
    doc=(
        "检查什么：一段文字中间以“二是”开头的分句，同段后面还有“三是”，而这一段此前和前两段都没有“一是”"
        "（或“其一”“首先”“第一”“一方面”等），如“……营造良好舆论环境。二是围绕建议提案办理……。三是……”。\n"
        "为什么：列举从“二是”开始，第一项丢了序号，读者看不出哪一句是第一项，条理不清。\n"
        "不报的情形：同段或前两段已有“一是”“其一”“首先”“第一”等的；第一项只剩“是”字的（见 W046）；"
        "同段后面没有“三是”的；“二是”开头一段的（分段列举，前一段可能另有安排）。\n"
        "示例：“发布工作动态20余条。二是公开建议提案办理情况。三是公示权责清单。”第一项应补上“一是”。"
    ),
    flag=(
        "（二）拓展公开深度。围绕稳就业深化公开，发布政策措施20余条。二是围绕建议提案办理深化公开。三是围绕权责清单深化公开。\n",
        "针对以上问题，我局将采取以下措施：我局将加强人员培训；二是加强信息发布审核；三是提升政策解读质量。\n",
    ),
    keep=(
        "（二）拓展公开深度。一是围绕稳就业深化公开。二是围绕建议提案办理深化公开。三是围绕权责清单深化公开。\n",
        # the first item in the paragraph before
        "一是围绕稳就业深化公开，发布政策措施20余条。\n二是围绕建议提案办理深化公开。三是围绕权责清单深化公开。\n",
        # another first marker
        "主要做法：首先，健全工作制度。二是加强审核把关。三是提升解读质量。\n",
        # the first item kept a bare 是: W046's
        "主要措施：是组织到位，成立领导小组；二是制度健全，印发办法；三是公开及时。\n",
        # no 三是 in the paragraph: a lone 二是 may close a pair the text sets out otherwise
        "发布政策措施20余条。二是围绕建议提案办理深化公开。\n",
        # a paragraph opening on 二是
        "二是围绕建议提案办理深化公开。三是围绕权责清单深化公开。\n",
    ),
)

# 二是 opening a clause inside a paragraph (a stop, semicolon or colon before it on the same line).
_SECOND = regex_cache.compile(r"(?<=[。；;：:])[ \u3000]{0,2}二是(?=[\u4e00-\u9fff“])")
_THIRD = regex_cache.compile(r"(?<=[。；;，,])[ \u3000]{0,2}三是")
_FIRST = regex_cache.compile(r"一[ \u3000]{0,1}是|其一|首先|第一|一要|一则|一方面|一来|1是")
# A clause opening on a bare 是 (W046's lost 一): 是否, 是年 open sentences of their own.
_BARE = regex_cache.compile(r"(?:(?<=[：:。；;])|(?m:^))[ \u3000]{0,2}是(?![否年日月以故非])")
PARAGRAPHS_BACK = 2  # paragraphs before the 二是's own searched for its first item
BACK_REACH = 1500  # characters read back at most
LINE_REACH = 3000  # characters of the paragraph after the 二是 read for 三是


def _back_start(text: str, para: int) -> int:
    """Where the ``PARAGRAPHS_BACK`` non-empty paragraphs before the one starting at ``para`` start."""
    lo = max(0, para - BACK_REACH)
    pos, found = para, 0
    while found < PARAGRAPHS_BACK and pos > lo:
        end = pos - 1
        while end > lo and text[end - 1] in "\n \t\u3000\r":
            end -= 1
        if end <= lo:
            return lo
        pos = text.rfind("\n", lo, end) + 1 or lo
        found += 1
    return max(pos, lo)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "二是" not in text or "三是" not in text:
        return
    for m in near_needles(_SECOND, text):
        para = text.rfind("\n", 0, m.start()) + 1
        if not text[para:m.start()].strip(" \t\u3000"):
            continue
        end = text.find("\n", m.end(), m.end() + LINE_REACH)
        if not _THIRD.search(text, m.end(), end if end >= 0 else min(len(text), m.end() + LINE_REACH)):
            continue
        back = _back_start(text, para)
        if _FIRST.search(text, back, m.start()) or _BARE.search(text, para, m.start()):
            continue
        at = m.end() - 2
        yield Finding(at, at + 2, RULE.code, RULE.severity,
                      "这一段列举从“二是”开始，后面还有“三是”，前面却没有“一是”：第一项丢了序号，"
                      "应在第一项前补上“一是”。", None)
