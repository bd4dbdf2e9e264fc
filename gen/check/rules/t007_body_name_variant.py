"""T007: one body named two ways in one text (某市中医院 / 某市中医医院).

A body's name is a term: a report that writes its own name or a unit's name
in two forms (劳动和社会保障服务所 in one list, 劳动就业和社会保障服务所 in
another) leaves the reader asking whether they are two bodies. Names are
compared only where they stand alone (a title's unit name, a list item), and
only pairs with the same first two characters and the same last one, where
one is the other with one or two characters put inside that make no other
body (分局, 中心卫生院, 第一人民医院) and are no optional word (和, 的):
gen.check.body_variants, data in glossary/body_variants.yaml. W023 finds a
phrase a character off from a form the text repeats; this rule finds names,
however often each form is written, that W023's segmenter test would pass.

A body merged from two (林业和草原局, 教育科技局) and named in its own text by the first half alone
(开远市林业局, 2023年度教育局…) is named two ways too, the one way a body that no longer exists: that
slip stands in running text, and is read against the title's own name (gen.check.merged_names).
"""

from __future__ import annotations

from ..body_variants import variants
from ..merged_names import former_halves
from ..finding import Finding
from ..page_chrome import is_record_line
from ..registry import Rule
from ..textspans import line_around

RULE = Rule(
    code="T007",
    name="body-name-variant",
    severity="warning",
    summary="同一机构名称前后写法不一",
    doc=(
        "检查什么：单独成项的机构名称（标题中的单位名称、单位列表中的一项）在文中另一处多了或少了一两个字，"
        "而开头两个字和结尾的机构类别字（院、所、局、中心等）相同，如“某县中医院”与“某县中医医院”、"
        "“劳动和社会保障服务所”与“劳动就业和社会保障服务所”。\n"
        "为什么：同一机构的名称应前后一致，写法不一会让人以为是两个机构。\n"
        "不报的情形：多出的字构成另一个机构或下设机构（分局、中心卫生院、第一人民医院、直属、下设、中级法院）；"
        "可写可不写的连接词（和、与、及、的）；嵌在句子中间的名称；省、市、县等层级字（由 T005 判断）。"
        "词表见 glossary/body_variants.yaml。\n"
        "合并组建的单位（林业和草原局、教育科技局）在正文中只写前一半的旧名称（某市林业局、“2023年度教育局……”），"
        "也是同一机构名称写法不一；讲合并组建、更名经过的句子，上级机关（市教育局），公认简称（应急局）不报。\n"
        "示例：标题写“某县中医院2023年度部门决算”，文中其他地方写“某县中医医院”，应统一。"
    ),
    flag=(
        "某市中医医院2024年预算公开\n某市中医院2023年度部门决算\n某市中医医院是一所公立医院。",
        "二、机构设置\n1、劳动就业和社会保障服务所\n2、文化服务中心\n三、单位构成\n文化服务中心、劳动和社会保障服务所。",
        # a merged body named in its own text by its first half: the name before the merger
        "青川县自然资源和规划局2021年度政府信息公开工作年度报告\n一、总体情况\n2021年，青川县自然资源局认真贯彻条例。",
        "某某县文化体育局\n2022年度部门整体支出绩效自评报告\n一、基本情况\n"
        "为做好2022年度文化局预算管理工作，本局成立领导小组。",
    ),
    keep=(
        "某市中医医院2024年预算公开\n某市中医医院2023年度部门决算\n",
        # the merger told in the sentence; a superior body of the old name; an accepted short form (应急管理局 → 应急局)
        "青川县自然资源和规划局2021年度部门决算\n一、基本情况\n本局由原青川县自然资源局和规划局整合组建。",
        "洪山县教育科技局2023年政府信息公开工作年度报告\n一、总体情况\n按照市教育局的部署，洪山县教育科技局推进公开。",
        "青川县应急管理局2021年度部门决算\n一、基本情况\n青川县应急局负责全县安全生产综合监管。",
        "下属单位：某镇卫生院、某镇中心卫生院、某县财政局、某县财政分局。",
        "某区人民医院、某区第一人民医院共同承担。",
        # a level word makes another court: the intermediate court and the basic one under it
        "3.某市铁路运输中级法院，包括某市铁路运输中级法院本级、某市铁路运输法院。\n",
        # a unit renamed, the old and the new name in the sentence that says so
        "2011年5月成立河西社区卫生服务中心，2021年11月更名为河西街道社区卫生服务中心。\n"
        "河西街道社区卫生服务中心核定编制22人。",
        # the site's record of the page names its publisher short: no wording of the report
        "责任部门 某市中医院 公开方式 主动公开\n某市中医医院2023年度部门决算\n某市中医医院是一所公立医院。",
    ),
)


def check(ctx):
    for v in variants(ctx):
        if is_record_line(ctx.text[slice(*line_around(ctx.text, v.start))]):
            continue  # 责任部门 西夏区政府办公室 公开方式 主动公开: the site's record of the page, not the report
        yield Finding(v.start, v.end, RULE.code, RULE.severity,
                      f"同一机构名称前后写法不一：此处作“{v.written}”，文中另一处作“{v.meant}”，请核对并统一。",
                      v.meant)
    for v, full in former_halves(ctx):
        yield Finding(v.start, v.end, RULE.code, RULE.severity,
                      f"标题中本单位名称为“{full}”，此处写成“{v.written}”，是合并组建前的单位名称，"
                      f"应统一为“{v.meant}”。", v.meant)
