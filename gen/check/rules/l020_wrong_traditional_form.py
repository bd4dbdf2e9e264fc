"""L020: a Simplified character converted to the wrong one of its Traditional forms (方麵, 控製, 體係, 曆史).

Mirror sites publish reports in Traditional script by a character-for-character conversion. Where one
Simplified character stands for several Traditional ones (面 for 面 and 麵, 制 for 制 and 製, 系 for 系, 係 and
繫, 历 for 歷 and 曆, 只 for 只 and 隻, 干 for 幹, 乾 and 干, 发 for 發 and 髮, 台 for 臺 and 颱), a converter that
does not read the word picks the wrong one: 方麵 (flour for aspect), 控製, 體係, 曆史, 隻有, 乾部, 髮展, 平颱. No
reader of Traditional writes them, and the copied report reads as a string of slips in its commonest words.

Only words whose wrong form is never right are listed (全麵, 製度; not 編製, which Traditional writes too, nor
關係); 隻 counts only where no numeral or demonstrative stands before it (一隻有 is a measure word's). The rule
reads only a page written in Traditional (the count of unspaced.TRADITIONAL_PAGE): on a Simplified page every
such character is already L002's. A mirror's pinyin reading between the two characters (控(kòng)製) is read
across.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L020",
    name="wrong-traditional-form",
    severity="warning",
    summary="繁体页面中一简对多繁转换选错了字（“方麵”“控製”“體係”“曆史”）",
    doc=(
        "检查什么：繁体版页面（转载网站逐字转换）中，一个简体字对应几个繁体字时选错了字的常用词："
        "“方麵”“層麵”“全麵”“麵對”（应为“面”），“控製”“製度”“強製”“機製”（应为“制”），“體係”“係統”“係列”（应为“系”），"
        "“曆史”“經曆”（应为“歷”），“隻有”“隻計”（应为“只”），“乾部”（应为“幹”），“髮展”“開髮”（应为“發”），“平颱”（应为“臺”）。\n"
        "为什么：这些写法在繁体中也是错字，是转换工具不看词义造成的，读来满篇错字。\n"
        "不报的情形：简体页面（繁体字由 L002 报告）；繁体中本来就对的词（“編製”“關係”“麵粉”“頭髮”）；量词“隻”（“一隻有”“這隻”）。\n"
        "示例：“在重大傳染病防控方麵”应为“在重大傳染病防控方面”。"
    ),
    flag=(
        "為進一步加強機關建設，我們對這些項目開展了評價，實現了預期目標，會議數據報告計劃經費說明單位實際。\n"
        "在疫情防控方麵，提升預防控製能力，夯實疾控體係基礎，發病率降至曆史最低。",
        "為進一步加強機關建設，我們對這些項目開展了評價，實現了預期目標，會議數據報告計劃經費說明單位實際。\n"
        "依法實施行政強製，隻計一次；加強乾部隊伍建設，推動經濟高質量髮展，搭建服務平颱。",
        # a mirror's pinyin reading between the two characters
        "為進一步加強機關建設，我們對這些項目開展了評價，實現了預期目標，會議數據報告計劃經費說明單位實際。\n"
        "完善內部控(kòng)製制度，健全工作體係。",
    ),
    keep=(
        "為進一步加強機關建設，我們對這些項目開展了評價，實現了預期目標，會議數據報告計劃經費說明單位實際。\n"
        "在疫情防控方面，提升預防控制能力，編製年度預算，理順工作關係，發展成效明顯，購置麵粉一批。",
        "為進一步加強機關建設，我們對這些項目開展了評價，實現了預期目標，會議數據報告計劃經費說明單位實際。\n"
        "救助流浪犬一隻有專人看護，這隻能否領養待定，幹部隊伍穩定，歷史最好水平。",
        # a Simplified page: the Traditional characters are L002's
        "在疫情防控方麵，提升预防控製能力。",
    ),
)

_R = r"(?:[（(][a-zü" + unspaced.TONED + r"]{1,7}[)）])?"  # a mirror's pinyin reading, read across
# The wrong form of each word and the right one (Traditional standard forms).
_WRONG = {
    "方麵": "方面", "層麵": "層面", "全麵": "全面", "表麵": "表面", "局麵": "局面", "麵對": "面對", "麵臨": "面臨",
    "麵向": "面向", "麵積": "面積", "麵貌": "面貌",
    "控製": "控制", "製度": "制度", "強製": "強制", "體製": "體制", "機製": "機制", "限製": "限制", "管製": "管制",
    "製約": "制約",
    "體係": "體系", "係統": "系統", "係列": "系列",
    "曆史": "歷史", "經曆": "經歷", "曆程": "歷程", "學曆": "學歷", "履曆": "履歷",
    "隻有": "只有", "隻要": "只要", "隻能": "只能", "隻計": "只計",
    "乾部": "幹部", "骨乾": "骨幹",
    "髮展": "發展", "開髮": "開發", "髮放": "發放", "髮揮": "發揮", "髮生": "發生", "髮現": "發現", "髮布": "發布",
    "平颱": "平臺", "舞颱": "舞臺",
}
_NOT_MEASURE = r"(?<![0-9一二兩三四五六七八九十幾每這那此該某])"
_PATTERN = regex_cache.compile("|".join(
    (_NOT_MEASURE if w[0] == "隻" else "") + w[0] + _R + w[1] for w in sorted(_WRONG, key=lambda w: w[0] + w[1])))
_NEEDLES = ("麵", "製", "係", "曆", "隻", "乾", "髮", "颱")


def _is_traditional_page(text: str) -> bool:
    return sum(1 for _ in unspaced._TRADITIONAL.finditer(text)) >= unspaced.TRADITIONAL_PAGE


def check(ctx):
    text = ctx.text
    if not any(contains(text, c) for c in _NEEDLES) or not _is_traditional_page(text):
        return
    for m in _PATTERN.finditer(text):
        word = m.group()[0] + m.group()[-1]
        right = _WRONG[word]
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{word}”是繁简转换时一简对多繁选错了字，繁体也应写作“{right}”（简体“{unspaced.simplified(right)}”），"
                      "请按原文件改正。", right)
