"""W026: an amount of money written without 元 ("补助资金86.5万，") or without any unit in a list of amounts.

A report that writes its amounts in 万元 sometimes drops the 元 from one of
them: "救助站86万。", "日常支出103.9915万。". 万 alone is a count (惠及群众3万),
so the amount reads as a number of something; reviewers mark it as a wording
slip (用词). A text that writes its large sums in 亿元 drops the 元 the same way ("民生类支出1.21万亿，"). A sum said the spoken way (授信额度高达3个亿) is written 3亿元. A sum that can only be money (地区生产总值43.9亿，, 总投资3.2亿，, 品牌价值达16.48亿，, 销售额3.2亿，) is read in any text whose bare 亿 is no habit. The rule reports 万 right before a mark or a line end (or run straight into the change's rate, "增加12.5万增长3.6%") only where
the figure is plainly money: an amount word (资金, 经费, 支出, 补助, 低保金 …) names
it in a text that writes 万元 three times or more, or the amount before it in the same sentence is in 万元 with no count word between (a year between,
2020年度增加, is no count), or so is the amount after it, its own clause counting nothing (2020年支持某村项目30万，2021年支持某村60万元). A word that names nothing but money (金额, 资金, 经费, 投资, 造价, 预算, 拨款, 总额,
with 为/约/达 or a colon between: 工程金额:90万, 总投资约988万，) makes the figure money in any text, even one that
writes 万元 nowhere else, unless the text writes bare 万 more than twice: then it is its habit, and readers
take its sums as written. A 万 that ends the text (a page cut off) or has its 元 wrapped onto the next line is left alone. The second
case, a figure with no unit at all between two amounts in one same money unit
(执行数1032849.44（含……万元), is read from N016's lists (:func:`bare_in_list`):
N016 keeps the lists of other quantities. The third, a per-head standard with its 元 dropped
("慰问标准300/人"): a standard or subsidy word, the figure, then "/人" (/户, /生, /月 …) with no
unit between — a rate of money whose money has no unit. The fourth, an amount with no unit at all right after
the word that names it ("文化旅游体育与传媒支出92.65，", "住房保障支出共减少4.79，", "上年结转8.01。"): a figure
with two decimals (the way amounts in 万元 are written; counts are whole) between the amount word or 增加/减少
and a clause mark, where the amount before it on the same line carries 万元 or 元: that amount is both the proof
that prose writes the unit here and the unit to suggest. A rate's words (增长, 下降) are N016's.
"""

from __future__ import annotations

from bisect import bisect_right

from ...core import regex_cache
from ...core.quantities import MONEY_FACTORS, numeral_text
from ...core.regex_needles import contains, finditer as near_needles
from ..finding import Finding
from ..registry import Rule
from ..textspans import sentence_end, sentence_start
from .n016_missing_unit import bare_in_list

RULE = Rule(
    code="W026",
    name="amount-without-yuan",
    severity="warning",
    summary="金额漏写“元”（“86万”）或漏写单位",
    doc=(
        "检查什么：通篇以“万元”计的金额中，某一金额写成“86万”（后面直接是标点或换行），"
        "而它前面是“资金、经费、支出、补助”等金额词，或同一分句前一项就是“××万元”；"
        "以及并列的几项金额中，一项数字后面什么单位都没写（“执行数1032849.44（含中央资金……万元”）。\n"
        "补助、慰问等标准写成“300/人”“80/人·月”（数字与“/人”之间没有金额单位）的，"
        "比较的基数没写单位、其后的增减额写了的（“较上年2.08减少1.58万元”），也报告。\n"
        "为什么：“万”单独是数量（“惠及群众3万”），金额少了“元”读者要猜；审稿时按用词错误圈出。\n"
        "不报的情形：“总人口8.45万。”“惠及群众3万，”等人数、件数；全文很少写“万元”的文本（“金额、资金、经费、投资”等只能指钱的词后的除外），"
        "以及通篇金额都写“××万”的文本；"
        "“生产总值、产值、总投资、品牌价值、销售额（交易额、成交额、营业额）”只能是金额，其后的“××亿”漏写“元”在任何文本中都报告"
        "（通篇金额都写“××亿”的除外）；"
        "口语说法“3个亿”同样漏写“元”，应为“3亿元”；"
        "“5000万以上项目”这类“万”后还有字的写法；表头已注明“单位：万元”而各项都不写单位的列举。\n"
        "示例：“学生资助资金86.5万，”应为“86.5万元”。"
    ),
    flag=(
        # a budget is money: its figure in 万 lacks the 元 in a text that writes no other amount
        "同意先将28个重点村按技防村标准建设，预算约60万。建成后新增视频监控点140个。",
        # the next amount of the sentence, a parallel clause, carries 万元
        "2022年财政支持某村文化广场建设项目25万，2023年财政支持某村文化广场40万元。",
        "籽棉收购价格：机采棉6.82/公斤，手摘棉7.12/公斤。",
        "项目资金120万元，其中设备购置40万元，基建工程50万元，学生资助资金30万，已全部到位。",
        "下达补助资金500万元，其中城关镇200万元，河口镇180万元，石桥镇120万。",
        # the verb or the 总数 that states the amount between its word and the figure
        "专项资金预算38.00万元，其中工会经费10.00万元，截至12月支出为24.56万，执行率为64.63%。",
        "项目资金到位20.00万元，支出12.00万元；本年预算总数为 30.00万，已全部下达。",
        "项目资金到位20.00万元，支出12.00万元，结余8.00万元。年中调增总数6.00万。全年投资任务数为400万，完成520万元。",
        # 万 run into the verb after it, the amount word before it (经费18万纳入)
        "全年支出合计356.20万元，其中人员经费200万元，专项工作经费18万纳入预算管理。",
        "敬老院建于2006年，2009年市财政拨款260万进行扩建，总占地面积约2万平方米。",
        "具体包括：设备购置1.29万元，人员培训3.1万元；宣传印刷0.17；专家咨询0.18万元。",
        # an item named by a money word ending in 款 (捐款, 拨款): no clause number (第2款) before the figure
        "共收到资金320.5万元，其中：上级划拨200万元、社会捐款120.5(其中定向捐款80.2万元、非定向捐款40.3万元)。",
        # run straight into the change's rate, a year between it and the amount before
        "全年支出合计356.20万元，比2022年增加12.5万增长3.6%，主要是人员经费增加。",
        # a per-head standard whose 元 was dropped
        "春节期间走访一线医护人员80人，慰问标准500/人，资金已发放。",
        # a fine waived is money, though a count of cases stands between it and the 万元 before
        "办理行政处罚案件2件，罚款8万元；不予处罚案件1件，免罚3.6万，办理许可事项5件。",
        # a comparison's base with no unit, the change after it in 万元
        "公务用车运行维护费支出0.50万元，较上年2.08减少1.58万元。",
        # the base written with thousands separators, the change after it in 元
        "生均公用经费为4,307.78元，比上年的2,176.76增加2,131.02元，增长97.90%。",
        # a copy that spaces its figures: the amount word, a space, the figure
        "本年收入合计 356.20 万元，其中财政拨款收入 350.00 万元，经营收入 6.20 万，为开展经营活动取得的收入。",
        # 亿 with no 元 before a bracket that breaks it down into amounts in 亿元 (a traditional page's 億 too)
        "全省筹集公益金25.08亿元，其中：上缴中央12.37亿元，本省留用12.71亿（其中：省本级5.96亿元，市县6.75亿元）。",
        "全省籌集公益金25.08億元，本省留用12.71億(其中:省本級5.96億元,市縣6.75億元)。",
        # 亿 with no 元 in a text that writes its large sums in 亿元
        "全省一般公共预算支出1.74亿元，其中民生类支出1.21万亿，教育支出0.3亿元，卫生支出0.2亿元。",
        # a word that names only money, in a text that writes 万元 nowhere else
        "工程名称：村道硬化工程\n工程金额:90万\n施工单位：某建设公司",
        "某中心幼儿园扩建项目工程总投资约988万，主要建设内容为新建一栋教学用房。",
        # an amount with no unit at all right after its word, the amount before it on the line in 万元
        "本年支出合计2046.61万元，其中教育支出5.98万元，文化旅游体育与传媒支出92.65，社会保障和就业支出325.13万元。",
        "支出合计356.20万元，人员经费200.00万元；教育支出增加3.84万元，卫生健康支出共减少4.79，主要是人员减少。",
        # a sum that can only be money (地区生产总值) in 亿, even in a text that writes no 亿元
        "全县辖6镇1乡，总人口19.7万。2005年全县实现地区生产总值43.9亿，三次产业比为26:32:42。",
        # output value and wages are money too (建筑业省内产值38.6亿，从业人员工资4935.7万，)
        "全年建筑业总产值46.6亿元，省内产值38.6亿，同比增长21%；从业人员工资4935.7万，同比增长28.4%。",
        # a brand's value and a sales figure are money too (品牌价值达16.48亿，)
        "2023年某某茶地理标志产品品牌价值达16.48亿，品牌效应显著。",
        # a sum said the spoken way
        "近三年通过知识产权质押融资授信额度高达3个亿。",
        "全年电商平台销售额3.2亿，同比增长12%。",
        # a sum named by a 金 word (低保金, 救助金, 慰问金) in a text counted in 万元
        "发放临时救助资金12万元、医疗救助资金30万元、丧葬补助8万元，为1200名低保对象发放低保金96万；",
    ),
    keep=(
        "同意先将28个重点村按技防村标准建设，预算约60万元。预算单位3个，覆盖人口约6万。",
        # a count in 万 before a sum in 万元 in the next clause: its own clause counts people
        "全年惠及群众3万，投入资金60万元。",
        # a count in 亿 broken down into counts; the whole written with its 元
        "全省常住人口1.2亿（其中：城镇人口0.8亿，乡村人口0.4亿）。",
        "本省留用12.71亿元（其中：省本级5.96亿元，市县6.75亿元）。",
        "籽棉收购价格：机采棉6.82元/公斤，手摘棉7.12元/公斤，亩产300公斤/亩。",
        "项目资金120万元，其中设备购置40万元，基建工程50万元，学生资助资金30万元，已全部到位。",
        # the loan's and the donation's amounts carry their unit: nothing lost
        "共收到资金320.5万元，其中：上级划拨200万元、社会捐款120.5万元(其中定向捐款80.2万元)。",
        # the zero is the base of a rate that cannot be computed, no amount of the list
        "公务用车购置费支出0万元，完成预算0万元的--%（基数为0，不可比），比上年增加0万元，增长--（基数为0，不可比）。",
        "下达补助资金500万元，惠及群众3万，覆盖城关镇等3个镇，投入资金合计500万元。",
        "辖区总人口8.45万。全年支出300万元，其中人员经费200万元，公用经费100万元。",
        "发放临时救助资金12万元、医疗救助资金30万元、丧葬补助8万元，为1200名低保对象发放低保金96万元；",
        "全县实现地区生产总值43.9亿元，总人口19.7万。",
        "2023年某某茶地理标志产品品牌价值达16.48亿元，带动茶农1.2亿人次增收。",
        "近三年通过知识产权质押融资授信额度高达3亿元，服务群众2个亿人次。",
        # bare 亿 is the text's habit: readers take its sums as written
        "全县实现地区生产总值43.9亿，财政收入5.2亿，固定资产投资21亿，社会消费品零售总额18亿。",
        "（单位：万元）具体包括：设备购置1.29，人员培训3.1；宣传印刷0.17；专家咨询0.18。",
        "全年支出合计356.20万元，接待游客35.6万人次，比2022年增加2.5万增长7.5%。",
        "全年支出合计356.20万元，比2022年增加12.5万元增长3.6%，主要是人员经费增加。",
        "年度收入合计 356.20 万元，其中财政拨款收入 350.00 万元，其他收入 6.20 万元，惠及群众 3 万，覆盖全县。",
        "引进5000万以上项目3个，到位资金12万元，比上年增加2万元，总投资额186万元。",
        "全年支出合计356.20万元，其中人员经费200万元，补助群众3万人，培训1.2万人次全部到位。",
        "春节期间走访一线医护人员80人，慰问标准500元/人，资金已发放。",
        "办理行政处罚案件2件，罚款8万元；不予处罚案件1件，免罚3.6万元，办理许可事项5件。",
        # a count stated with 为 after a word that names no money, in a text counted in 万元
        "项目资金120.00万元，支出80.00万元，结余40.00万元；受益人数为3万，服务人次总数为5万。",
        # a count after a word that is no amount, a count of people matching a sum by chance, 万 before more words
        "工程金额90万元，项目惠及群众12万，受益人口12万，投资12万元。",
        # a text whose sums are all in bare 万: its habit, not a slip
        "项目经费共计163.69万。其中合作经费33.69万；宣传经费各40万；印刷经费15万。到位资金163.69万元。",
        "项目总投资约988万元，资金来源为专项债券。资金规模5000万以上的项目3个。",
        "市财政拨款260万元进行扩建，动员群众3万进行植树，投资5000万以上项目另行核算。",
        "全区常住人口 30万，其中城镇人口18万。安排补助资金30万元、18万元。",
        "补助标准按上年的1/2核定，覆盖率为1/3。",
        "公务用车运行维护费支出0.50万元，较上年2.08万元减少1.58万元，较上年1.5减少0.5个百分点。",
        "生均公用经费为4,307.78元，比上年的2,176.76元增加2,131.02元；比上年的1,234.5,增加2项。",
        "全省一般公共预算支出1.74亿元，教育支出0.3亿元，卫生支出0.2亿元，惠及群众1.2亿，接待游客3.5万亿次。",
        # a rate after the change (N016's), a header that gives the unit once, a figure on a line of its own
        "支出合计356.20万元，人员经费200.00万元，公用经费156.20万元，比上年增长3.64，主要是人员增加。",
        "支出合计356.20万元，人员经费200.00万元；下表金额单位：万元，其中公用经费156.20，其他支出0.00。",
        "支出合计356.20万元，人员经费200.00万元，公用经费156.20万元。\n项目支出156.20，详见附表。",
    ),
)

# Words that name an amount of money, right before its figure (资助资金86.5万; a PDF's copy may space them:
# 经营收入 0.00 万), or with the verb or the 总数 that states it between (截至12月支出为24.56万, 预算总数为 30.00万);
# a budget's adjustment (调增总数8.00万, 追加5万) moves money only, and so does a target for it (投资任务数为4000万).
_AMOUNT_WORD = regex_cache.compile(
    r"(?:资金|经费|费用|支出|拨款|补助|补贴|资助|奖补|奖励|预算数?|执行数|决算数|收入|投资|投入|结余|结转|"
    r"金额|总额|余额|费|款|金|调增|调减|追加|引资)(?:总数|总额|任务数|目标)?(?:为|达|共计|合计|计)?[ \u3000]{0,2}$"
)
# Words that say what is counted: an amount before them does not make the next 万 money.
_COUNT_WORD = regex_cache.compile(r"[人户名亩册株尾头粒页吨次]|群众|人口|居民|游客|平方|公里")
_AFTER_WAN = "。，,；;、)）\n"
# 万 run straight into the change's rate ("较上年增加12.5万增长3.2%"): the clause ends there though no mark is written.
_RATE_AFTER = regex_cache.compile(r"(?:增长|下降|增加|减少)\d{1,3}(?:\.\d{1,4})?%")
# Or into a verb that cannot go on the figure (经费18万纳入预算管理; not 5000万以上, 3万人), a verb of what the
# money does among them (拨款260万进行扩建, 投资500万新建).
_VERB_AFTER = regex_cache.compile(r"纳入|用于|全部|已经|已[全按于经]|主要用|均已|拨付|下达|到位"
                                  r"|进行|实施|(?:新|扩|改|修)建|建设|购置|购买")
_DATE_UNITS = frozenset({"年", "月", "日"})
_DATE_REACH = 12  # a year this close before the figure belongs to its clause ("2020年度增加")
_MIN_WANYUAN = 3  # a text that writes 万元 fewer times does not use it as its unit


# A text that writes bare 万 for its sums more often than this has it as its habit (经费33.69万；…各40万；…共计
# 163.69万): readers take its amounts as written, so the test below, which needs no 万元 around, leaves it alone.
BARE_WAN_HABIT = 2

# Words that can only name a sum of money, with the 为/约/达 or colon that may stand before its figure
# (工程金额:90万, 总投资约988万): the figure after them is money in any text, however few 万元 it writes.
# A fine is money too, imposed or waived (罚款10万, 免罚5.4万): enforcement records list them among counts of
# cases, so the 万元 before them is no help (a count of 件 stands between).
_MONEY_ONLY_WORD = regex_cache.compile(
    r"(?:金额|资金|经费|投资|造价|预算|拨款|总额|工资|产值|罚款|罚没款?|罚金|免罚|减罚)[ \u3000]{0,2}(?:[:：]|为|约|达|共计|共|合计|计)?[ \u3000]{0,2}$")


def _wan_is_money(text: str, qs, i: int) -> bool:
    """Whether the i-th quantity, 万 before a mark, is plainly an amount of money in a text counted in 万元."""
    q = qs[i]
    if _AMOUNT_WORD.search(text[max(0, q.start - 10):q.start]) and text.count("万元") >= _MIN_WANYUAN:
        return True
    if _MONEY_ONLY_WORD.search(text[max(0, q.start - 8):q.start]) and len(_BARE_WAN.findall(text)) <= BARE_WAN_HABIT:
        return True
    j = i - 1
    while j >= 0 and qs[j].unit in _DATE_UNITS and q.start - qs[j].end <= _DATE_REACH:
        j -= 1  # "……万元2020年度增加12万": a year between is no counted thing
    if j >= 0 and qs[j].unit in MONEY_FACTORS and _money_run(text[qs[j].end:q.start]):
        return True
    # The next amount of the sentence, in 万元, told the same way (2020年财政支持某村项目30万，2021年财政支持某村60万元):
    # a parallel clause, and the figure's own clause counts nothing (惠及群众3万，投入资金60万元).
    k = i + 1
    while k < len(qs) and qs[k].unit in _DATE_UNITS and qs[k].start - q.end <= _DATE_REACH:
        k += 1
    if k == len(qs) or qs[k].unit not in MONEY_FACTORS or not _money_run(text[q.end:qs[k].start]):
        return False
    own = max(text.rfind(c, max(0, q.start - 40), q.start) for c in "。，,；;\n")
    return not _COUNT_WORD.search(text, own + 1, q.start)


def _money_run(between: str) -> bool:
    """Two amounts of one sentence, close, with no counted thing between."""
    return len(between) <= 40 and not any(c in between for c in "。\n") and not _COUNT_WORD.search(between)


def _before_mark(text: str, end: int) -> bool:
    """Whether 万 ending at ``end`` stands before a mark or a line end, not at a cut-off end of the text and
    not before a 元 wrapped onto the next line."""
    rest = text[end:end + 4]
    if not rest.strip():
        return False
    if _RATE_AFTER.match(text, end) or _VERB_AFTER.match(text, end):
        return True
    return rest[0] in _AFTER_WAN and (rest[0] != "\n" or rest.lstrip()[:1] != "元")


# 亿 after 万 or alone, before a mark, after an amount word, in a text that writes its large sums in 亿元:
# 民生类支出1.21万亿， (the reader takes 1.21万 for the quantity and leaves 亿 after it).
_YI_AFTER = regex_cache.compile(r"万?亿(?=[。，,；;、)）\n])")


# Words that name only a sum of money counted in 亿 (地区生产总值43.9亿，, 省内产值38.6亿，): the figure is money in any text,
# however few 亿元 it writes, unless bare 亿 is its habit.
_YI_MONEY_WORDS = ("生产总值", "GDP", "总投资", "投资总额", "产值", "价值", "销售额", "交易额", "成交额", "营业额")
_YI_MONEY_ONLY = regex_cache.compile(
    "(?:" + "|".join(_YI_MONEY_WORDS) + r")[ \u3000]{0,2}(?:[:：]|为|约|达到?|共计|共|合计|计)?[ \u3000]{0,2}$")
_BARE_YI = regex_cache.compile(r"\d亿(?![元人余多])")


def _yi_without_yuan(text: str, qs):
    many = text.count("亿元") >= _MIN_WANYUAN
    only = any(w in text for w in _YI_MONEY_WORDS) and len(_BARE_YI.findall(text)) <= BARE_WAN_HABIT
    if not many and not only:
        return
    for q in qs:
        if q.unit not in ("万", "亿"):
            continue
        tail = _YI_AFTER.match(text, q.end - (q.unit == "亿"))
        if not tail or not (q.unit == "亿" or tail.group().startswith("亿")):
            continue
        if many and _AMOUNT_WORD.search(text[max(0, q.start - 6):q.start]):
            why = "全文金额以“亿元”计"
        elif only and _YI_MONEY_ONLY.search(text[max(0, q.start - 8):q.start]):
            why = "生产总值、产值、总投资、品牌价值、销售额只能是金额"
        else:
            continue
        figure = numeral_text(q.raw).rstrip("万亿")
        unit = "万亿" if q.unit == "万" else "亿"
        yield Finding(q.start, tail.end(), RULE.code, RULE.severity,
                      f"金额“{figure}{unit}”漏写“元”，应为“{figure}{unit}元”（{why}）。", f"{figure}{unit}元")


# A sentence that writes three or more amounts in bare 万 (水东8万、狸桥6万、文昌4万…) keeps a style of its own:
# none of them lost its 元 more than the others. Readers differ on it (one marks each, another the list as
# correct), so it is told as a hint.
_BARE_WAN = regex_cache.compile(r"\d万(?![元人余多])")
BARE_WAN_STYLE = 3


def _sentence_in_bare_wan(text: str, at: int) -> bool:
    return len(_BARE_WAN.findall(text, sentence_start(text, at), sentence_end(text, at))) >= BARE_WAN_STYLE


# 亿 with no 元 right before a bracket that breaks the figure down into amounts in 亿元 (留用12.71亿(其中:省本级
# 5.96亿元，市县级6.75亿元)): the parts are money, and so is their whole. A page a site served in traditional
# script writes 億 (億元), which the number layer does not read as a unit: the pattern reads both.
_YI_BEFORE_PARTS = regex_cache.compile(
    r"(?<![\d.])(\d{1,6}(?:\.\d{1,4})?)[ \u3000]?([万萬]?[亿億])[(（](?:其中|含|包括)[:：]?[^()（）\n]{0,60}?\d[亿億]元")


def _yi_before_parts(text: str):
    for m in near_needles(_YI_BEFORE_PARTS, text):
        figure, unit = m.group(1), m.group(2)
        yield Finding(m.start(1), m.end(2), RULE.code, RULE.severity,
                      f"金额“{figure}{unit}”漏写“元”，应为“{figure}{unit}元”（其后括号内的分项都以“{unit[-1]}元”计）。",
                      f"{figure}{unit}元")


def _wan_without_yuan(ctx):
    text = ctx.text
    qs = ctx.quantities
    yield from _yi_without_yuan(text, qs)
    yield from _yi_before_parts(text)
    for i, q in enumerate(qs):
        if q.unit == "万" and _before_mark(text, q.end) and _wan_is_money(text, qs, i):
            figure = numeral_text(q.raw)
            severity = "info" if _sentence_in_bare_wan(text, q.start) else RULE.severity
            why = "（全文金额以“万元”计）" if text.count("万元") >= _MIN_WANYUAN else ""
            yield Finding(q.start, q.end, RULE.code, severity,
                          f"金额“{figure}万”漏写“元”，应为“{figure}万元”{why}。", f"{figure}万元")


# A standard of money per head with no unit of money: 慰问标准300/人, 补助标准为80/人·月.
_PER_HEAD_BARE = regex_cache.compile(
    r"(?:标准|补助|补贴|慰问金?|奖励|资助|补助金)(?:为|是|按)?[:：]?[ \u3000]{0,1}"
    r"(?<![\d./])(\d{1,6}(?:\.\d{1,2})?)(?=/(?:人|户|生|月|年|次|亩))")


# A price per unit of weight with no unit of money: 机采棉6.82/公斤 (a figure right before /公斤 can only be a price).
_PER_WEIGHT_BARE = regex_cache.compile(r"(?<![\d./])(\d{1,5}(?:\.\d{1,2})?)(?=/(?:公斤|千克|斤|吨))")


def _per_head_without_yuan(text: str):
    if any(contains(text, per) for per in ("/公斤", "/千克", "/斤", "/吨")):
        for m in _PER_WEIGHT_BARE.finditer(text):
            if "\u4e00" <= text[m.start() - 1:m.start()] <= "\u9fff":  # after words (收购价, 机采棉), not a table's cells
                figure, per = m.group(1), text[m.end(1):m.end(1) + 3].rstrip("，。；,;")
                yield Finding(m.start(1), m.end(1) + len(per), RULE.code, RULE.severity,
                              f"价格“{figure}{per}”漏写金额单位，应为“{figure}元{per}”。", f"{figure}元{per}")
    for m in near_needles(_PER_HEAD_BARE, text):
        figure = m.group(1)
        per = text[m.end(1):m.end(1) + 2]
        yield Finding(m.start(1), m.end(1) + 2, RULE.code, RULE.severity,
                      f"标准“{figure}{per}”漏写金额单位，应为“{figure}元{per}”。", f"{figure}元{per}")


# A comparison's base with no unit: 较上年2.08减少0.88万元 (the change after it names the unit).
_BASE_BARE = regex_cache.compile(
    r"(?:较上年|比上年|较去年|比去年|较上一年|比上一年)度?(?:的)?[ \u3000]?(?<![\d.,])(\d{1,3}(?:,\d{3}){1,2}\.\d{1,2}|\d{1,8}\.\d{1,2})"
    r"(?=[ \u3000]?(?:增加|减少|增长|下降))")  # written out, so that the search opens on 较上年, not on every 比
BASE_REACH = 16  # characters from the base to the change's amount, whose unit it should carry


def _base_without_unit(ctx):
    """The base of a comparison written as a bare figure while the change right after it carries the unit."""
    text = ctx.text
    qs = ctx.quantities
    for m in near_needles(_BASE_BARE, text):
        k = bisect_right(qs, m.end(1), key=lambda q: q.start)
        change = qs[k] if k < len(qs) and qs[k].start <= m.end(1) + BASE_REACH else None
        if change is None or change.unit not in MONEY_FACTORS:
            continue
        figure = m.group(1)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"比较的基数“{figure}”漏写单位，应为“{figure}{change.unit}”（其后的增减额以“{change.unit}”计）。",
                      f"{figure}{change.unit}")


# An amount with no unit right after the word that names it, before a clause mark: 传媒支出92.65，/ 共减少4.79，
_BARE_AFTER_WORD = regex_cache.compile(
    r"(?:支出|收入|拨款|结转|结余|资金|经费|增加|减少)[ \u3000]?(?<![\d.])(\d{1,7}\.\d{2})(?=[，,；;。])")
_UNIT_HEADER = regex_cache.compile(r"单位[:：为]|[（(]万?元[）)]")
_BARE_REACH = 120  # characters back to the amount whose unit the bare one should carry


def _bare_after_word(ctx):
    text = ctx.text
    if text.count("万元") < _MIN_WANYUAN:
        return
    qs = ctx.quantities
    for m in near_needles(_BARE_AFTER_WORD, text):
        k = bisect_right(qs, m.start(1), key=lambda q: q.start) - 1
        while k >= 0 and qs[k].end > m.start(1):
            k -= 1
        if k < 0 or qs[k].unit not in ("万元", "元") or m.start(1) - qs[k].end > _BARE_REACH:
            continue
        if "\n" in text[qs[k].end:m.start(1)] or _UNIT_HEADER.search(text, max(0, m.start(1) - _BARE_REACH), m.start(1)):
            continue  # another line, or a header that gives the unit once for all its figures
        figure, unit = m.group(1), qs[k].unit
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"金额“{figure}”漏写单位，应为“{figure}{unit}”（前文金额以“{unit}”计）。", f"{figure}{unit}")


# A sum said the spoken way, a measure word before 亿 and no 元 (授信额度高达3个亿): a report writes 3亿元. Read with
# Arabic figures only, and not before a count's unit (3个亿人次).
_SPOKEN_YI = regex_cache.compile(r"(?<![\d.])(\d{1,4}(?:\.\d{1,2})?)个亿(?![元人次吨立平])")


def _spoken_yi(text: str):
    for m in _SPOKEN_YI.finditer(text):
        fixed = f"{m.group(1)}亿元"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"金额“{m.group()}”是口语说法，又漏写“元”，应为“{fixed}”。", fixed)


def check(ctx):
    if "个亿" in ctx.text:
        yield from _spoken_yi(ctx.text)
    yield from _wan_without_yuan(ctx)
    yield from _bare_after_word(ctx)
    yield from _per_head_without_yuan(ctx.text)
    yield from _base_without_unit(ctx)
    for q, unit in bare_in_list(ctx):
        if unit in MONEY_FACTORS:
            figure = numeral_text(q.raw)
            yield Finding(q.start, q.end, RULE.code, RULE.severity,
                          f"并列各项金额都写了单位“{unit}”，此处“{figure}”漏写单位", f"{figure}{unit}")
