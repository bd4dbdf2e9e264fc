"""W017: a national document cited with a wrong title or a wrong 文号 (after its repeal: D003).

Reports name their basis by title and 文号, copied from older reports or typed from memory:
a 文号 ends up with another document's title, a title loses a word (《项目支出绩效评价办法》),
a character changes (全面落实 for 全面实施), a serial or year slips (财预〔2020〕101号), and a
repealed 办法 stays the basis years after its replacement. The known documents are data
(glossary/documents.yaml, each confirmed on a public page); the reading is gen/check/citations.py.
The titles of some three hundred laws and of the people's organisations' 章程 (glossary/laws.yaml,
gen/check/laws.py) add the slips of a law's title: 《法院组织法》 for 人民法院组织法, also where the
title is written without its marks (中华人民共和国归侨侨眷权益法相配套的法规), read through the view
without the blanks PDF copies put inside words.

Each province's own 实施意见 on 全面实施预算绩效管理 is in the registry too (``region``), as the basis its
reports cite most after the national ones: its number written with another prefix (湘政发 for 湘办发) and the
number of the 两办 version under the 省委省政府 title (or the reverse) are reported
(gen/check/regional_citations.py); a city's own 实施意见 and a number that lost its 〔〕 are not.

A new rule rather than W001: W001's entries are fixed strings, while this rule pairs a title with
the number next to it and judges both against a registry and the report's year.

A number of an earlier edition (``former`` in the registry: the 条例's 492号 before its 2019
revision) is right in a report of a year that edition was in force, and reported only after.

Citing a document after its repeal is judged against the report's year, like the other dated
wording: D003 reports it from the same reading.
"""

from __future__ import annotations

from .. import unspaced
from ..citations import problems, registry, text_citations
from ..issuer_numbers import mismatched
from ..laws import bare_slips
from ..finding import Finding
from ..registry import Rule
from .l002_traditional_chars import only_script_differs

RULE = Rule(
    code="W017",
    name="document-citation",
    severity="warning",
    summary="引用的国家文件（或本省实施意见）名称、文号有误",
    doc=(
        "检查什么：报告引用的国家文件、法律（glossary/documents.yaml 登记的，如中发〔2018〕34号、财预〔2020〕10号、"
        "《预算法》及其实施条例）：文号配了别的文件名；法律和人民团体章程（glossary/laws.yaml）的名称漏字、错字"
        "（《中华人民共和国法院组织法》《归侨侨眷权益法》《全国妇女联合会章程》）；文件名漏字、多字、错字（《项目支出绩效评价办法》、"
        "《中华人民共和国预算法施条例》、“全面落实”误作“全面实施”）；已知文件名配了错误的文号（财预〔2020〕101号）；各省关于全面实施预算绩效管理的实施意见（已登记的）文号前缀、年份或序号有误"
        "（湘政发〔2019〕10号应为湘办发〔2019〕10号），或省委省政府文件名配了两办文件的文号（反之亦然）；"
        "中央部门的文件名（《财政部关于……的通知》）配了地方的文号（宁水计发〔2016〕132号）。"
        "报告年度在文件废止之后仍以其为依据的，由 D003 报告。\n"
        "为什么：评审人员首先核对报告的依据文件，引错文件名或文号、沿用已废止的文件，说明报告照抄旧稿、依据不实。\n"
        "不报的情形：地方文号（川财预〔2020〕12号）和地方文件（《某省项目支出绩效评价管理办法》）；"
        "省略“中华人民共和国”的法律简称；书名号嵌套、“中共中央 国务院”之间的空格或顿号、全角半角括号的差别；"
        "已废止文件（D003 的）；报告年度仍在旧版施行期内而引用旧版文号的（2010年度报告引用政府信息公开条例“国务院令第492号”）；只是繁体写法的正确名称（《母嬰保健法》，由 L002 报告）；市县自己的实施意见；文号丢了〔〕的（P002 的）；不在名录中、也不与名录中某一名称只差一两个字的法律名称；《新预算法》等加字的说法。\n"
        "示例：“《项目支出绩效评价管理办法》（财预〔2020〕101号）”的文号应为“财预〔2020〕10号”。"
    ),
    flag=(
        "依据《中共中央 国务院关于全面落实预算绩效管理的意见》（中发〔2018〕34号）开展自评。",
        "对照《项目支出绩效评价办法》设置评分标准。",
        "依照《项目支出绩效评价管理办法》（财预〔2020〕101号）开展评价。",
        "按照《国务院关于深化预算管理制度改革的决定》（财预〔2011〕416号）要求执行。",
        "各级妇联依照《全国妇女联合会章程》开展工作。",
        "制定与中华人民共和国归侨侨眷权益法相配套的办法。",
        "根据《中共湖南省委 湖南省人民政府关于全面实施预算绩效管理的实施意见》（湘办发〔2019〕10号）开展自评。",
        "根据《财政部关于提前下达2017年水利发展资金预算指标的通知》（宁水计发〔2016〕132号）下达资金。",
        # the 2007 edition's number in a report of a year after the 2019 revision took effect
        "某局2019年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》（国务院令第492号），编制本报告。",
    ),
    keep=(
        "依据《中共中央、国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)开展自评。",
        # a second document's number after 和: not the title's
        "认真贯彻落实《中华人民共和国政府信息公开条例》和国办发〔2022〕8号文件要求。",
        "按照《财政部关于印发〈项目支出绩效评价管理办法〉的通知》（财预[2020]10号）开展单位自评。",
        "参照《某省项目支出绩效评价管理办法》（川财预〔2020〕12号）设置评分标准。",
        "根据《预算法》和《政府采购法》规定，制定了《关于全面实施预算绩效管理的实施意见》。",
        "依据《中华人民共和国人民法院组织法》和《中华全国妇女联合会章程》，执行《某市土地管理办法》。",
        "依照中华人民共和国法官法规定，自中华人民共和国成立以来依法治国。",
        "2019年度项目支出绩效自评报告\n一、基本情况\n根据财预〔2011〕285号《财政支出绩效评价管理暂行办法》开展自评。",
        "2021年度项目支出绩效自评报告\n一、基本情况\n根据财预〔2011〕285号《财政支出绩效评价管理暂行办法》开展自评。",
        "根据《中共某市委 某市人民政府关于全面实施预算绩效管理的实施意见》（某发〔2019〕60号）开展自评。",
        "根据《宁夏回族自治区财政厅关于转发〈财政部关于下达水利发展资金的通知〉的通知》（宁财农〔2016〕12号）执行。",
        "根据《财政部 水利部关于下达2017年水利发展资金的通知》（财农〔2016〕132号）下达资金。",
        "根据《湖南省财政厅关于下达资金的通知》（湘财农〔2016〕13号）执行。",
        # the number of the edition in force in the report's year (492号 until the 2019 revision)
        "某局2010年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》（国务院令第492号），编制本报告。",
        # the right title in Traditional script: L002 reports the script, the title is no slip
        "依照《母嬰保健法》開展婚前保健服務。",
    ),
)


def check(ctx):
    for p in problems(ctx):
        doc = p.document
        if p.kind == "repealed":
            continue  # D003's
        if p.kind == "number":
            message = f"文号{doc.number}对应的文件是《{doc.title}》，与所写文件名《{p.written}》不符；请核对文号或文件名。"
        elif p.kind == "title":
            if p.suggestion and only_script_differs(p.written, p.suggestion):
                continue  # 《母嬰保健法》: the right title in Traditional script, which L002 reports
            message = f"文件名《{p.written}》有误，应为《{p.suggestion}》。"
        else:
            message = f"《{doc.title}》的文号是{doc.number}，此处写作“{p.written}”。"
        yield Finding(p.start, p.end, RULE.code, RULE.severity, message, p.suggestion)
    for start, end, title, code in mismatched(text_citations(ctx)):
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"《{title}》是中央部门的文件，所写文号的代字“{code}”却是地方的，文件名与文号不符；"
                      "请核对是引用原文件（写原文号）还是本省的转发文件（写转发文件名）。", None)
    if "和国" in ctx.text:
        view = unspaced.of(ctx)
        for s, e, written, meant in bare_slips(view.text, registry()):
            start, end = view.span(s, e)
            yield Finding(start, end, RULE.code, RULE.severity, f"法律名称“{written}”有误，应为《{meant}》。", meant)
