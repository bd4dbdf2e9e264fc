"""P018: a sentence standing alone under a heading without the full stop that closes it.

A section whose whole text is one short sentence ("二、部门预算单位构成" / "大英县象山中学校是二级预算
单位" / "三、……") is typed in a hurry, and its 。 is the mark most often left out: the line looks
like one more title. Reviewers mark it. Precision first, since a flattened page is full of
lines without a mark (table cells, titles, labels): the line must stand between a heading (or a
lead-in ending in a colon) and the next heading or 第X部分, outside the contents; read as a
statement (a subject of two characters or more, then 是/为/共/无/设/下设/内设/负责…, then its
complement) with no table's blanks or bars in it; and the text's own prose must end its
paragraphs with a mark as a habit (four in five of its paragraphs of prose), so a page whose
paragraphs all lost their marks in the copy is left alone. A paragraph of two sentences whose first is
closed by 。 and whose last is a statement (its subject may be the first's: "…1个。下设三个内设机构") is
read on its last sentence; so is a sentence of absence whose subject (the body) is left out, as reports write it
(未设立微信公众号等公开平台: no title opens on 未 and a verb), and a pointer to where more is told, which no title opens
with either (详图见幼儿园大门口招生公告, 详见附件); a title that lost its number (gen.check.lost_numbers) is the next heading
as a numbered one would be. One line needs no habit: the 决算 template's
"报表详见附件。" under 第一部分 …部门决算报表, which the template writes with its 。 and a short page (the
tables left out, next to no prose to learn a habit from) copies without it.
"""

from __future__ import annotations

from ...core import regex_cache
from ..contents import toc_span
from ..finding import Finding
from ..headings import headings
from ..lost_numbers import lost_numbers
from ..parts import part_starts
from ..registry import Rule

RULE = Rule(
    code="P018",
    name="sentence-without-stop",
    severity="warning",
    summary="标题下单独成段的一句话末尾缺少句号",
    doc=(
        "检查什么：夹在两个标题之间（或冒号引起的一句之后、下一个标题之前）的一句完整的话，"
        "有主语和谓语（“……是二级预算单位”“单位内设……共7个处室”“本单位无下级预算单位”“报表详见附件”），"
        "或指明详见何处的一句（“详图见幼儿园大门口招生公告”），末尾却没有句号。\n"
        "为什么：这一句是正文，不是标题；少了句号，读来像又一个小标题，也与全文其他段落的写法不一。\n"
        "不报的情形：目录；标题、表名、表格的单元格（含多个空格或竖线的行）；“一是……”“1.……”这样的列举项；"
        "全文较长的段落大多不以标点结尾的（网页转载时丢了标点）。\n"
        "示例：“二、部门预算单位构成\\n大英县象山中学校是二级预算单位\\n三、收支预算情况说明”，第二行末尾应加“。”。"
    ),
    flag=(
        # a plan's item, its subject left out, under its heading among items closed by 。
        "一、听取专项工作报告\n听取区政府关于国民经济和社会发展计划执行情况的报告，提出审议意见。\n二、执法检查\n"
        "组织对《食品安全法》贯彻实施情况开展执法检查，推动法律全面实施。\n"
        "三、专题询问\n对全区市容环境整治工作开展专题询问\n四、专题调研\n组织对基层治理工作开展专题调研。\n"
        "五、代表工作\n组织代表开展集中视察活动。\n六、自身建设\n加强常委会机关自身建设。\n",
        "一、部门职责\n负责全县中小学教育教学管理工作，组织实施义务教育。\n二、部门预算单位构成\n"
        "大英县象山中学校是二级预算单位\n三、收支预算情况说明\n本年收入合计1200万元，全部为财政拨款收入。\n"
        "本年支出合计1180万元，其中基本支出900万元。\n结转下年20万元，为项目结余资金。\n",
        "（二）机构设置。\n殡仪馆设置办公室、火化车间等6个内设机构。\n（三）单位构成。\n本单位无下级预算单位\n"
        "二、部门决算情况说明\n2021年度收入总计633.47万元，支出总计633.47万元。\n收支较上年减少1516.99万元，主要是工程项目减少。\n"
        "其中基本支出500万元，项目支出133.47万元。\n",
        # a year before the subject; a part whose one line sends the reader to the tables
        "一、部门职责\n负责全县中小学教育教学管理工作，组织实施义务教育。\n三、政府性基金预算支出情况\n"
        "2023年度我单位无政府性基金预算的支出\n四、国有资本经营预算支出情况\n本年收入合计1200万元，全部为财政拨款收入。\n"
        "本年支出合计1180万元，其中基本支出900万元。\n第一部分 2019年度部门决算报表\n报表详见附件1\n第二部分 2019年度部门决算说明\n"
        "结转下年20万元，为项目结余资金。\n",
        # 没有 as the predicate, the line indented
        "（二）一般公共预算支出情况\n2018年基本支出634.71万元，比上年减少562.21万元。\n（三）政府性基金预算\n"
        "    本单位没有政府性基金预算\n（四）机关运行经费预算\n本年机关运行经费20万元，比上年减少2万元。\n",
        # the last of two sentences, its subject in the first, which has its 。
        "（二）机构设置\n本中心为公益一类事业单位，经费由财政全额拨款。\n（三）单位构成\n纳入本部门预算编制的单位共1个,其中:\n"
        "公益一类事业单位1个。下设综合部、业务部两个内设机构\n三、收支预算情况\n本年收入合计300万元，全部为财政拨款。\n",
        # the 决算 template's line on a short page with no prose to learn a habit from
        "某区文物局2019年度部门决算\n第一部分 2019年度部门决算报表\n  报表详见附件1\n第二部分 2019年度部门决算说明\n",
        # a lone sentence reporting a sum; a lone duty under the duties heading
        "（一）项目基本情况。\n2022年度县财政安排农村公路养护资金150万元\n（二）项目决策情况。\n"
        "项目立项依据充分，资金分配合理，绩效目标明确。\n（三）项目管理情况。\n资金拨付及时，使用规范，无挤占挪用情况发生。\n",
        "一、部门职责\n管理、服务由上级移交本县安置的退休人员和遗属\n二、机构设置\n"
        "本局内设办公室、业务科两个科室，编制10名。\n三、收支情况\n本年收入合计300万元，全部为财政拨款。\n",
        # a sentence of something absent, its subject left out
        "（三）政府信息管理情况。\n建立保密审查机制，严格开展信息保密审查及内容审查。\n（四）公开平台建设情况。\n"
        "暂未开通政务微博、微信公众号等公开平台\n（五）监督保障情况。\n我局完善信息公开的审核、发布机制，确保信息准确。\n",
        # the year, 全年 and the body all before the absence
        "（一）主动公开情况\n全年主动公开信息60条，其中工作动态35条。\n（二）依申请公开情况\n"
        "2023年全年我中心未收到政府信息公开申请\n（三）政府信息管理情况\n严格开展保密审查，确保信息准确。\n",
        # a pointer to where more is told, last in its section; the next section's title lost its 三、
        "一、招生规模\n今年招收小班幼儿120人，按就近原则分配学位。\n二、招生对象\n1.幼儿年满三周岁；\n"
        "2.户籍均在辖区内，详见学区划分示意图。\n详图见幼儿园大门口招生公告\n招生办法\n"
        "1.预登记：家长持户口簿到园登记，登记时间另行通知。\n2.录取：登记人数在计划内的，全部录取。\n",
    ),
    keep=(
        # a sub-title naming such an item's report (…情况), and one opening on 对口 (a word of its own)
        "一、专题询问\n对全区市容环境整治工作开展专题询问情况\n询问会上，常委会组成人员提出问题12个，有关部门逐一作了回答。\n"
        "二、对口帮扶\n对口支援地区组织开展劳务协作\n全年组织劳务输出300人，帮助群众稳定增收，效果良好。\n三、其他\n",
        # a title that names where the tables are, not a pointer sentence
        "一、部门职责\n负责全县中小学教育教学管理工作，组织实施义务教育。\n二、附表\n详见附表情况说明表：\n三、其他\n本年无其他事项，特此说明。\n",
        "一、部门职责\n负责全县中小学教育教学管理工作，组织实施义务教育。\n二、部门预算单位构成\n"
        "大英县象山中学校是二级预算单位。\n三、收支预算情况说明\n本年收入合计1200万元，全部为财政拨款收入。\n"
        "本年支出合计1180万元，其中基本支出900万元。\n结转下年20万元，为项目结余资金。\n",
        # a sub-title, not a statement; a table's cells
        "一、部门职责\n负责全县中小学教育教学管理工作，组织实施义务教育。\n二、部门概况\n主要职能和机构设置\n"
        "三、收支情况\n本年收入合计1200万元，全部为财政拨款收入。\n本年支出合计1180万元，其中基本支出900万元。\n"
        "结转下年20万元，为项目结余资金。\n四、其他\n项目   是否完成   无\n五、附表\n",
        # two sentences both closed; a last phrase that is a title, not a statement
        "（二）机构设置\n本中心为公益一类事业单位，经费由财政全额拨款。\n（三）单位构成\n纳入本部门预算编制的单位共1个,其中:\n"
        "公益一类事业单位1个。下设综合部、业务部两个内设机构。\n三、收支预算情况\n本年收入合计300万元，全部为财政拨款。\n",
        "（二）机构设置\n本中心为公益一类事业单位，经费由财政全额拨款。\n（三）单位构成\n纳入本部门预算编制的单位共1个,其中:\n"
        "公益一类事业单位1个。内设机构情况\n三、收支预算情况\n本年收入合计300万元，全部为财政拨款。\n",
        # a page whose paragraphs lost their marks: no habit to hold the line to
        "一、部门职责\n负责全县中小学教育教学管理工作\n二、单位构成\n本单位无下级预算单位\n三、收支情况\n"
        "本年收入合计1200万元全部为财政拨款收入\n",
        # a title naming a sum; a sub-title under the duties heading
        "（一）项目基本情况。\n项目总投资150万元\n（二）项目决策情况。\n项目立项依据充分，资金分配合理。\n"
        "一、部门职责\n负责本县退役军人服务保障的主要职责\n二、机构设置\n本局内设办公室、业务科两个科室，编制10名。\n",
        # a sub-title naming a state of affairs, not a sentence of absence
        "（三）政府信息管理情况。\n建立保密审查机制，严格开展信息保密审查及内容审查。\n（四）公开平台建设情况。\n"
        "未开通平台的整改情况说明\n（五）监督保障情况。\n我局完善信息公开的审核、发布机制，确保信息准确。\n",
        # the page's title after its metadata line (文章字号:): the 共 of 公共 is no predicate
        "某州政务服务和公共资源交易管理局2022年度政府信息公开工作年度报告\n发布日期: 2023-01-29 浏览次数: 文章字号:\n\n"
        "某州政务服务和公共资源交易管理局2022年度政府信息公开工作年度报告\n\n一、总体情况\n\n"
        "2022年，我局认真贯彻落实条例，推进政务公开。\n\n（一）主动公开情况\n\n全年主动公开信息120条。\n",
    ),
)

# A statement: a subject of two or more Chinese characters (no list mark before it), a predicate, a complement. The
# 共 of 公共 is no predicate (某州政务服务和公共资源交易管理局2022年度报告 is the page's title).
_STATEMENT = regex_cache.compile(
    r"^(?![一二三四五六七八九十]是|\d{1,2}[、.．]|[（(])(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff“”（）()]{2,30}?"
    r"(?:是|为|(?<!公)共有|(?<!公)共|无|没有|下设|内设|设有|设置|负责|承担|属于|纳入|实行|详见)[\u4e00-\u9fff\d“”、（）()]{2,70}$")
# A sentence that reports a sum: a subject, a verb of funds (下拨, 安排, 投入…), the amount in 元 at its end
# ("2021年度市财政下拨专项资金286万元"). A title names a sum without such a verb ("（一）项目资金286万元").
_FUNDS_STATEMENT = regex_cache.compile(
    r"^(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff“”、（）()]{2,30}?(?:下拨|下达|拨付|安排|投入|到位|发放|争取|筹集|落实)"
    r"[\u4e00-\u9fff“”、（）()]{1,30}?\d+(?:\.\d+)?(?:万元|亿元|元)$")
# A duty under the 职责 heading: it opens on a verb and runs long enough to be a clause
# ("管理、服务由部队移交地方政府安置的军队离休退休干部"); a sub-title there is short and names a thing (主要职责).
# A sentence that reports something absent, its subject (the body) left out as reports do ("未设立微信公众号等公开平台",
# "本年度未收到政府信息公开申请", "2020年全年我局未收到……": the year, 全年 and the body may all stand before it): no title
# opens on 未/尚未 and a verb.
_ABSENT = regex_cache.compile(
    r"^(?:(?:19|20)\d\d年度?|本年度?|全年|我[局委办院馆站中心]{1,2}|本单位){0,3}(?:暂未|尚未|均未|未|没有|暂无)"
    r"(?:设立|设置|开设|开通|收到|发生|建立|开展|发现|涉及|出现|产生|受理)[\u4e00-\u9fff\d“”、（）()]{2,60}$")
_TITLE_END = ("情况", "说明", "问题", "措施", "原因", "分析", "对策")
# A plan's item with its subject (the body) left out, a preposition before its object and then its verb ("对全区市容
# 环境整治工作开展专题询问", "围绕优化营商环境进行专题调研"): a title names the matter (专题询问), it does not open on 对
# and run on to the verb (对口, 对外, 对标… are words of their own).
_WORK_ITEM = regex_cache.compile(
    r"^(?:对(?![口外内标接照比象应策于])|围绕|就)[\u4e00-\u9fff“”、（）()]{2,30}?(?:开展|进行|组织)[\u4e00-\u9fff“”、（）()]{2,20}$")
# A pointer to where more is told ("详图见幼儿园大门口招生公告", "具体详见附件2"): a sentence with its subject left out.
_POINTER = regex_cache.compile(r"^(?:具体)?(?:详见|详图见|详情见|请见|参见)[\u4e00-\u9fff\d“”《》、（）()]{2,40}$")


def _absent(said: str) -> bool:
    """A sentence of absence, not a title that names one (未开通平台的整改情况说明)."""
    return _ABSENT.match(said) is not None and not said.endswith(_TITLE_END)


_DUTY_HEAD = regex_cache.compile(r"职责|职能")
_DUTY = regex_cache.compile(
    r"^(?:负责|管理|承担|组织|指导|贯彻|拟订|拟定|制定|监督|协调|承办|参与|开展|落实|做好|服务|保障|实施|研究|执行|完成)"
    r"[\u4e00-\u9fff“”、（）()]{10,120}$")
_DUTY_TITLE_END = ("职责", "职能", "情况", "如下", "概况", "内容")
_TABLE_MARKS = regex_cache.compile(r"[|\t]|[ \u3000]{2}")
_CLOSE = "。；;！？!?：:…）)”"
# The 决算 template's one line under its part of tables (报表详见附件。), held to its 。 without a habit.
_TEMPLATE_LINE = regex_cache.compile(r"^(?:[\u4e00-\u9fff\d]{2,40}?)?报表详见附件\d?$")
PROSE_CHARS = 20  # a paragraph of prose: this long, with a comma in it (a title or a cell has none)
HABIT = 0.8
_COMMA = regex_cache.compile(r"[，,]")


def _habit(ctx, heads: set[int], toc) -> bool:
    """The text closes its prose paragraphs with a mark: four in five of them, one at least (its last
    paragraph aside, which a page store may have cut off)."""
    prose = [p for p in ctx.paragraphs[:-1] if p.start not in heads and len(p.text) >= PROSE_CHARS
             and _COMMA.search(p.text) and not (toc and toc[0] <= p.start < toc[1])]
    closed = sum(1 for p in prose if p.text[-1] in _CLOSE)
    return bool(prose) and closed >= HABIT * len(prose)


# The paragraph's last sentence after one closed by 。, its subject in that one ("单位1个。下设办公室等三个内设机构"):
# the predicate opens it.
_TAIL = regex_cache.compile(r"^(?:下设|内设|设有|共有|负责|承担|主要负责)[\u4e00-\u9fff\d“”、（）()]{2,70}$")


_COUNTED = regex_cache.compile(r"[、个名人家所处科股室]")


def _closes_after_stop(said: str) -> bool:
    """The paragraph holds two sentences, the first closed by 。, and its last is a statement without its own:
    the writer closes sentences so, and left the last one open."""
    head, stop, tail = said.rpartition("。")
    opened = _TAIL.match(tail) is not None and _COUNTED.search(tail) is not None  # not a title (内设机构情况)
    return bool(stop) and len(head) >= 2 and (_STATEMENT.match(tail) is not None or opened)


def check(ctx):
    paras = ctx.paragraphs
    heads = {h.start for h in headings(ctx)} | set(part_starts(ctx))
    heads |= {x.start for x in lost_numbers(ctx) if x.kind == "section"}  # a title that lost its number
    candidates = [i for i in range(1, len(paras) - 1)
                  if paras[i].start not in heads and paras[i + 1].start in heads
                  and (paras[i - 1].start in heads or paras[i - 1].text.endswith(("：", ":")))
                  and ("\u4e00" <= paras[i].text[-1] <= "\u9fff" or "0" <= paras[i].text[-1] <= "9")]
    if not candidates:
        return
    toc = toc_span(ctx)
    habit = _habit(ctx, heads, toc)
    for i in candidates:
        p = paras[i]
        if toc and toc[0] <= p.start < toc[1]:
            continue
        said = p.text.strip(" \t\u3000")  # an indent is the paragraph's, not a table's blanks
        if not habit and not ("报表详见附件" in said and _TEMPLATE_LINE.match(said)):
            continue
        duty = (_DUTY_HEAD.search(paras[i - 1].text) is not None and _DUTY.match(said) is not None
                and "的" in said and not said.endswith(_DUTY_TITLE_END))
        if _TABLE_MARKS.search(said) or not (_STATEMENT.match(said) or _closes_after_stop(said)
                                             or _FUNDS_STATEMENT.match(said) or _absent(said) or duty
                                             or _POINTER.match(said) or (_WORK_ITEM.match(said) and not said.endswith(_TITLE_END))):
            continue
        yield Finding(p.end - 1, p.end, RULE.code, RULE.severity,
                      "这一段是一句完整的话（正文），末尾缺少句号“。”。", p.text[-1] + "。")
