"""T005: a body's formal name without its head: 国家 in the 中央主管部门 slot, 省/市 after a place's short form,
人民 in a cited title's issuer (重庆市政府办公厅关于…), or a short name there (安徽省卫健委关于…).

A form's 中央主管部门 names a central body, and the central bodies that are
not ministries carry 国家 in their names (国家医疗保障局, 国家林业和草原局);
"医疗保障局" there is the local body's name put where the central one belongs; so it is in a list right after
a ministry (会同自然资源部、应急管理部、林业和草原局办理: only the central body stands beside the ministries).
A body's formal full name keeps its place's level word (湖北省残疾人联合会,
湘潭市发展和改革委员会); the short form of the place before a full formal name
(湖北残疾人联合会) mixes a short form with a full one. Only a formal name is
judged (the body's first mention, or one the text goes on to shorten with
（以下简称…）), and only the listed names of government bodies and people's
organisations, so proper names that keep the short form (湖北大学, 湖南日报社)
and short names (湖北残联) pass. A document's title names its issuer formally too: a cited
title's issuer written by a short name no title uses (卫健委, 发改委) or as a place's
government without 人民 (重庆市政府办公厅) is the same slip. Data and search: gen.check.formal_names.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..formal_names import central_beside_ministry, central_heads, central_office, formal, issuers, level_dropped, municipal_districts, party_heads, place_heads
from ..registry import Rule

RULE = Rule(
    code="T005",
    name="body-name-head",
    severity="warning",
    summary="机构正式名称缺少“国家”或省、市层级字",
    doc=(
        "检查什么：表格“中央主管部门”一栏只写了去掉“国家”的名称（医疗保障局、林业和草原局），"
        "以及省、市简称直接接机构全称（湖北残疾人联合会、湘潭发展和改革委员会），直辖市简称直接接所属区县的机构名称（重庆渝北区人和街道办事处）；"
        "县、县级市、区的机构名称少了层级字，而同一文中写有带层级字的全称（文中有“个旧市财政局”，别处写“个旧财政局”）；"
        "所引文件标题中“关于”前的发文机关写了简称（《某省卫健委关于……》）或在地名全称后把“人民政府”写成“政府”"
        "（《重庆市政府办公厅关于……》）；与国务院办公厅并称的“中央办公厅”漏了“中共”。"
        "名称表见 glossary/formal_names.yaml。\n"
        "为什么：机构名称第一次出现或用“（以下简称……）”定义简称时应写正式全称，"
        "中央主管部门应写中央机关的名称，不应写成地方机关的名称。\n"
        "不报的情形：部、委等本无“国家”二字的中央机关（财政部、人力资源社会保障部）；"
        "地方主管部门一栏；机构在文中已出现过后再用的写法；简称（湖北残联）和保留地名简称的专名（湖北大学、湖南日报社）；"
        "文件标题中的规范简称（国家卫生健康委、省医保局）和不带地名的“省政府”“县政府办公室”。\n"
        "示例：“湖北残疾人联合会（以下简称“省残联”）”应为“湖北省残疾人联合会”。"
    ),
    flag=(
        "项目名称 | 医疗救助资金 |\n中央主管部门 | 医疗保障局 |\n地方主管部门 | 某县医疗保障局 |\n",
        "根据有关规定，广东妇女联合会（以下简称“省妇联”）组织开展绩效自评。",
        "项目经长沙发展和改革委员会批复后实施。",
        "您提出的提案由生态环境部会同应急管理部、林业和草原局办理。",
        "资金拨付至个旧市财政局，由个旧财政局直接支付。",
        "根据《某省财政厅、安徽省卫健委关于下达补助资金的通知》执行。",
        "根据《重庆市政府办公厅关于印发管理办法的通知》执行。",
        "重庆渝北区人和街道办事处2020年度部门决算公开情况说明\n一、部门基本情况\n",
        "按照《中央办公厅 国务院办公厅关于推进基层政务公开标准化规范化工作的意见》要求开展工作。",
    ),
    keep=(
        "中央主管部门 | 国家林业和草原局 |\n地方主管部门 | 林业和草原局 |\n",
        "中央主管部门 | 财政部 |\n",
        "会同应急管理部、国家林业和草原局办理；县应急管理局、林业和草原局配合，学校继续教育部、统计局参加。",
        "广东省妇女联合会（以下简称“省妇联”）组织开展绩效自评，广东妇联派员指导。",
        "长沙市发展和改革委员会批复后，长沙发展和改革委员会再次发文。",
        "与湖北大学、湖南日报社合作开展宣传。",
        # the formal name in the same sentence, as the cited notice's issuer: the short form is shorthand beside it
        "广西财政厅于2022年7月14日以《广西壮族自治区财政厅关于下达补助资金的通知》将资金下达各市。",
        "资金拨付至个旧市财政局，由个旧市财政局直接支付，个旧财政工作稳步推进。",
        "根据《重庆市人民政府办公厅关于印发管理办法的通知》《县委办公室 县政府办公室关于印发方案的通知》执行。",
        # the full name; a national new area whose formal name has no 市; a bare list of places
        "重庆市渝北区人和街道办事处2020年度部门决算公开情况说明\n重庆两江新区康庄美地第二小学校位于渝北区。\n"
        "服务范围覆盖重庆渝北区、江北区。\n",
        "按照《中共中央办公厅 国务院办公厅关于推进基层政务公开标准化规范化工作的意见》要求，报送省委办公厅、省政府办公厅。",
        # 传达 and the prefecture's own 州人民政府 (a 自治州's), no 达州 short of its 市
        "会议传达州人民政府副州长对全州科技工作的批示。",
    ),
)


_SENTENCE_END = regex_cache.compile(r"[。！？；\n]")


def _named_in_sentence(text: str, hit) -> bool:
    """The formal name stands in the same sentence (广西财政厅于…以《广西壮族自治区财政厅关于…的通知》): the short
    form is the writer's shorthand beside it, not a formal name written without its head."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, hit.start - 200), hit.start)),
             default=max(0, hit.start - 200))
    hi = _SENTENCE_END.search(text, hit.end, hit.end + 300)
    return text.find(hit.meant, lo, hi.start() if hi else min(len(text), hit.end + 300)) != -1


def check(ctx):
    data = formal()
    for hit in central_heads(ctx.text, data):
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"中央主管部门应写中央机关的名称“{hit.meant}”，此处写成了“{hit.written}”。", hit.meant)
    for hit in central_beside_ministry(ctx.text, data):
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"与国务院各部并列的是中央机关“{hit.meant}”，此处写成了“{hit.written}”，少了“国家”。", hit.meant)
    for hit in place_heads(ctx.text, data):
        if _named_in_sentence(ctx.text, hit):
            continue
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"机构正式名称中的地名应写全称：“{hit.written}”应为“{hit.meant}”。", hit.meant)
    for hit in level_dropped(ctx.text, data):
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"同一机构文中写作“{hit.meant}”，此处“{hit.written}”少了地名的层级字，应统一为“{hit.meant}”。",
                      hit.meant)
    for hit in municipal_districts(ctx.text):
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"直辖市所属区县的机构名称应冠以直辖市全称：“{hit.written}”应为“{hit.meant}”。", hit.meant)
    for hit in party_heads(ctx.text, data):
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"党委工作部门的正式名称应冠以“中共”：“{hit.written}”应为“{hit.meant}”。", hit.meant)
    for hit in central_office(ctx.text):
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      "与国务院办公厅并称的党中央办事机构是“中共中央办公厅”（联合发文署名“中共中央办公厅 国务院办公厅”），"
                      "“中共”不能省。", hit.meant)
    for hit in issuers(ctx.text, data):
        yield Finding(hit.start, hit.end, RULE.code, RULE.severity,
                      f"所引文件标题中的发文机关应写正式名称：“{hit.written}”应为“{hit.meant}”。", hit.meant)
