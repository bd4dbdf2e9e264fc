"""W063: the document a notice sends named one way in its title and another in its body (关于印发2025年政府信息公开
工作年度报告的通知, then 现将《某局2025年政府信息公开年度报告》印发给你们).

A notice that sends a document names it twice: in its title (关于印发X的通知) and in its first sentence
(现将《X》印发给你们). Both must be the document's one name; when either lost or gained a few characters in
editing (工作 dropped from the quoted name), the reader cannot tell which is the document's title. The body
quotes the name whole, with the issuer before it, where the title puts the issuer before 关于: the issuer is
left out of the comparison. Reported only when one name is the other with one to four Chinese characters
cut out in one place, so a notice quoting another document, a name set in other words or a differing year is
not read; the shorter name is the one marked.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W063",
    name="notice-name-mismatch",
    severity="warning",
    summary="印发（转发）通知正文所引文件名称与通知标题中的名称不一致（多字或漏字）",
    doc=(
        "检查什么：“关于印发X的通知”的标题与正文“现将《X》印发给你们”中所引的同一文件名称，一处比另一处少了一到四个字，"
        "如标题为“关于印发2025年政府信息公开工作年度报告的通知”，正文写“现将《某局2025年政府信息公开年度报告》印发给你们”。\n"
        "为什么：两处说的是同一份文件，名称必须一致；一处漏字或多字，读者无法判断文件的正式名称。\n"
        "不报的情形：两处只差发文机关名称的（标题把机关写在“关于”之前）；正文所引是另一份文件、换了说法或年份不同的。\n"
        "示例：正文“《某局2025年政府信息公开年度报告》”应与标题一致，写作“《某局2025年政府信息公开工作年度报告》”。"
    ),
    flag=(
        "某县卫生健康局关于印发2024年政府信息公开工作年度报告的通知\n各股室：\n"
        "现将《某县卫生健康局2024年政府信息公开年度报告》印发给你们，请认真贯彻落实。\n",
        # the title the shorter one
        "关于印发某区教育事业发展规划的通知\n各学校：\n现将《某区教育事业发展专项规划》印发给你们，请遵照执行。\n",
    ),
    keep=(
        "某县卫生健康局关于印发2024年政府信息公开工作年度报告的通知\n各股室：\n"
        "现将《某县卫生健康局2024年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。\n",
        "关于印发《某区教育事业发展专项规划》的通知\n各学校：\n现将《某区教育事业发展专项规划》印发给你们，"
        "请结合《某区教育督导办法》抓好落实。\n",
        # another document quoted, and a name of another year
        "关于印发某区教育事业发展专项规划的通知\n现将《某区卫生事业发展专项规划》转发给你们。\n",
        "关于印发2023年工作要点的通知\n现将《2024年工作要点》印发给你们。\n",
    ),
)

_TITLE = regex_cache.compile(r"关于(?:印发|转发)[ \u3000]{0,3}《?([^《》\n]{4,60}?)》?的通知")
_CITED = regex_cache.compile(r"现将《([^《》\n]{4,80})》")
HEAD = 3000  # a notice's title stands in its first lines, below a page's menu at most
MAX_CUT = 4
_BLANKS = str.maketrans("", "", " \u3000\t")


def _cut(longer: str, shorter: str) -> Optional[str]:
    """The characters cut out of ``longer`` in one place to leave ``shorter``, when they are 1-4 Chinese ones."""
    size = len(longer) - len(shorter)
    if not 1 <= size <= MAX_CUT:
        return None
    i = 0
    while i < len(shorter) and longer[i] == shorter[i]:
        i += 1
    if longer[i + size:] != shorter[i:]:
        return None
    gone = longer[i:i + size]
    return gone if all("\u4e00" <= c <= "\u9fff" for c in gone) else None


def _issuer(text: str, at: int) -> str:
    """The issuer's name before 关于 on the title's line (泉州市某区教育局关于印发…)."""
    return text[text.rfind("\n", 0, at) + 1:at].translate(_BLANKS)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "现将《" not in text:
        return
    title = _TITLE.search(text, 0, HEAD)
    if not title:
        return
    issuer = _issuer(text, title.start())
    named = title.group(1).translate(_BLANKS)
    if issuer and named.startswith(issuer):
        named = named[len(issuer):]
    for m in _CITED.finditer(text, title.end()):
        cited = m.group(1).translate(_BLANKS)
        if issuer and cited.startswith(issuer):
            cited = cited[len(issuer):]
        if cited == named:
            continue
        if (gone := _cut(named, cited)) is not None:
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"所印发文件的名称《{m.group(1)}》比通知标题中的“{title.group(1).strip()}”少了“{gone}”，"
                          "两处应一致，请核对文件的正式名称。")
        elif (gone := _cut(cited, named)) is not None:
            yield Finding(title.start(1), title.end(1), RULE.code, RULE.severity,
                          f"通知标题中的文件名称“{title.group(1).strip()}”比正文所引《{m.group(1)}》少了“{gone}”，"
                          "两处应一致，请核对文件的正式名称。")
        break  # the first 现将《》 is the document sent; later ones quote others
