"""W012: a word cut to its first character before an amount or 的 (体系建84.5万元, 终端单的).

W005 knows the long compounds of budget reports and finds them with any one
character lost; W003 finds typos from statistics but cannot see a slip that
leaves single characters that are each words. This rule covers the common
two-character words that close a phrase (建设, 单位, 资金, 指标 …, glossary/
cut_words.yaml) when only their first character is written and an amount or
的 follows at once (gen.check.cut_words), or where a heading or a sentence
stops (国有资产占用情况说 at a line's end, 现代化建 before 。). It costs two
regex passes and a few dictionary lookups per hit, so it is on by default.
"""

from __future__ import annotations

from .. import unspaced
from ..cut_words import find
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W012",
    name="word-cut-before-figure",
    severity="warning",
    summary="金额或“的”前面、句末或行末的词语只写了头一个字",
    doc=(
        "检查什么：常作词语结尾的双字词（词库 glossary/cut_words.yaml：建设、单位、资金、指标等）只写了头一个字，"
        "后面紧接金额或“的”，如“公共文化服务体系建84.5万元”（建设）、“对终端单的考核”（单位）；"
        "或标题、句子在此结束，如标题“国有资产占用情况说”（说明）、“社会主义现代化建。”（建设）。\n"
        "为什么：漏字后剩下的单字本身也是字典里的字，分词和拼写检查都发现不了。\n"
        "不报的情形：单字能与前面的字组成词的（名单的、专项5万元、所说。）；本身可以带金额或“的”的动词（人均补300元、村集体建的）；"
        "换行处断开的词（情况说/明）；与前一字组成词典未收的新词的（组织生活质效。）；前面是“有人”“专人”这类主语的动词（事事有人管。）；全文最后一行（网页存档常在词中截断）；引语后说话人之后的“说”（“……”李明代表说。）；网站列表里在日期前被“...”截断的标题。\n"
        "示例：“服务体系建84.5万元”应为“服务体系建设84.5万元”。"
    ),
    flag=(
        "全年用于乡村公共文化体系建62.3万元。",
        "加强对社区卫生服务站和基层单的考核。",
        "九、国有资产占用情况说\n十、政府采购情况说明\n",
    ),
    keep=(
        "全年用于乡村公共文化体系建设62.3万元。",
        "同比增12.5万元，人均补300元；村集体建的仓库已验收，核对名单的完整性。",
        # 有人管: a person the subject, 管 the verb the clause closes on, no 管理 cut short
        "将各项工作分解到人，做到人人有事做，事事有人管。\n二是强化内部管理。\n",
        # 质效 (quality and efficiency, glossary/recent_words.txt): a word of its own, no 效益 cut short
        "认真落实“三会一课”制度，不断提高组织生活质效。\n下一步继续做好党建工作。\n",
        # 十四运: the 14th games (运动会) by their edition's number, not 运行 cut short
        "选拔出来的运动员将全力备战省十四运。\n下一步继续做好训练。\n",
        # 代表说: the speech verb after a quotation and its speaker, not 说明 cut short
        "“今年民生支出的比重很高。”李明代表说。\n会议还听取了其他报告。\n",
        # a site's list cuts a long title off (...) before the item's date: not the writer's slip
        "· 县人民政府关于印发《县防汛防旱应急预... 2025-12-07\n· 县人民政府关于印发《县城乡建设管理办法》的通知 2025-11-03\n",
    ),
)


def check(ctx):
    cuts = find(ctx.text)
    if not cuts:
        return
    listed = [span for span, _ in unspaced.listed_typos(ctx)]  # W001 reports these
    for cut in cuts:
        s, e = cut.start, cut.start + 1
        if any(lo < e and s < hi for lo, hi in listed):
            continue
        shown = "”或“".join(cut.words)
        after = "“的”" if ctx.text.startswith("的", e) else "金额" if ctx.text[e:e + 1].isdigit() else None
        where = f"后面紧接{after}" if after else "在此结束"
        yield Finding(s, e, RULE.code, RULE.severity, f"“{ctx.text[s - 2:e]}”{where}，“{cut.written}”疑为“{shown}”漏了后一个字。",
                      cut.words[0] if len(cut.words) == 1 else None)
