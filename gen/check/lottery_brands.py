"""A lottery's brand planted in a page in place of a place's name (L005's reading of it).

A hacked site's pages carry a lottery's name where the city or county stood: 中国体育彩票市自然资源局 for
某某市自然资源局, and where the county's own 县 went with it, 中国体育彩票教育科技局 for 某某县教育科技局. No
report glues a lottery to the front of a government body, so that join proves the plant. Once proven, the
same brand stands for the place everywhere else on the page (当前位置:中国体育彩票 > …, 《中国体育彩票支持…
的建议》, the site's own title line): those places lost the name too, and are read as echoes of the one proof.
Only a brand that names the whole lottery (中国体育彩票, 中国福利彩票) is echoed: a bare 体育彩票 is a sports
bureau's own word (销售体育彩票), and an echo before the lottery's own business (公益金, 投注站, 销售) is left.
"""

from __future__ import annotations

from ..core import regex_cache
from .textspans import merged_spans

# A lottery's brand put for the city's (county's) name: its 市 (县, 区) and the bureau stay behind it
# (中国体育彩票市自然资源局), or the brand took the 县 too (中国体育彩票教育科技局).
BRAND = regex_cache.compile(
    r"(?:中国)?(?:体育|福利)?彩票(?=[市县区旗]?(?:自然资源|财政|民政|公安|教育科技|教育|卫生健康|水利|农业农村|林业|交通运输"
    r"|住房和城乡建设|人力资源和社会保障|审计|统计|司法|商务|生态环境|应急管理|市场监督管理|退役军人事务|医疗保障|城市管理"
    r"|发展和改革|科学技术|工业和信息化)(?:和[\u4e00-\u9fff]{1,4})?(?:局|委员会))")
# A lottery's own business after its name: the lottery itself is meant there, not a place.
_OWN_BUSINESS = regex_cache.compile(r"公益金|投注|销售|发行|管理中心|中心|网点|代销|游戏|市场|[站店]")
_OWN_BUSINESS_REACH = 6  # characters read after an echo for the lottery's own business


def planted(text: str):
    """Spans of the planted brand: each proving join, then every other place of a whole brand, adjacent places
    merged (中国体育彩票中国体育彩票人大 is one plant)."""
    proofs = [(m.start(), m.end()) for m in BRAND.finditer(text)]
    brands = {text[s:e] for s, e in proofs if text[s:e].startswith("中国") and len(text[s:e]) >= 6}
    spans = list(proofs)
    for brand in brands:
        start = 0
        while (at := text.find(brand, start)) >= 0:
            start = at + len(brand)
            if any(s <= at < e for s, e in proofs):
                continue
            if not _OWN_BUSINESS.match(text, start, start + _OWN_BUSINESS_REACH):
                spans.append((at, start))
    return merged_spans(spans)
