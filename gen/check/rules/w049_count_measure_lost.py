"""W049: a count in a run of counts that lost its measure word (领导信息4条，……部门动态信息1).

A disclosure report or a work summary lists its counts as label + figure + measure word:
领导信息4条，统计信息2条，部门动态信息1 / 80岁以上老人2794人，高龄老人240人，百岁老人31. When the
last figure of such a run stands bare at the clause's end, its measure word was lost in editing
(often with the full stop). Two readings, each with its own proof:

- a run: every figure before it in the same sentence carries one and the same measure word, and one
  of them has the same label head (the two characters before the figure: 信息1 beside 信息30条,
  老人31 beside 老人240人). The head match keeps a different kind of count out (设备47 after
  3个县区, whose measure word would be 台); a figure after 为/是/达/至/比/率 is a value, not a count
  (性别比为103);
- a head count run on into the next clause (分散特困供养人员381同时时刻关注……, 现有孤儿22每人每月):
  a noun that only counts people (人员, 对象, 孤儿, 老人, 儿童, 残疾人, 群众) is followed by a
  figure and straight away by a character that opens a new phrase, not a measure word, a unit, an
  age, a range or a percent sign (困难群众100%资助到位 is a share of the people, not a count);
  the measure word (and the mark after it) was lost.
- a breakdown's part (收到行政复议3条，其中2撤销……，1条正在办理): the whole before 其中 and a sibling part after
  it in the same sentence carry one measure word, and the figure right after 其中 runs on into a verb with none.

- an age band that lost its 岁 (……40-50岁的1154人；50以上657人): a two-digit figure with 以上 or 以下 run
  straight into a head count, in a sentence whose other bands carry 岁 — the band's own measure word lost.

- a list of counts parted by semicolons (要闻418条；科研184条；快讯1598；…；影像3。): every item of the sentence a
  label and a figure, at least three with one measure word and fewer without it; the items are the run whatever
  their labels' heads, which a site's columns rarely share.

- a disclosure count run on (收到政府信息公开申请1，全年……; 部门文件3依托……; 主动公开政府信息260余 at a line's end;
  办理依申请公开事项2，所有……; 公开审批事项办理结果10550；): 申请, 文件, 信息, 事项 or 办理结果 right before a bare
  figure, in a sentence whose verb counts them (收到, 受理, 公开, 发布, 印发, 制发, 办理) earlier in the sentence (a few commas may stand between, sixty characters at most: 公开动态34条，部门文件3依托;
  公开政府信息3218条，其中公示公告类信息299条，政务动态信息352条，政策文件20转载……), and after the figure (and its 余/多) a clause's end or a character that opens a
  new phrase, no measure word, unit, date or range; these are counted in 件 or 条, and the word was lost.

- a list of counts parted by 、 (对10家书店、2网吧、2KTV娱乐场所加大监管): an item written figure + measure word +
  noun, and after it in the same list an item whose figure runs straight into its noun, a Han character that is no
  measure word, unit or date, or a Latin name of two letters or more (KTV; 5G is a name of its own): a count
  standing before its noun always takes a measure word, and the list's own shows which (gen.check.listed_counts).

- a count run straight into the next point of a list (全市已建成智慧安防小区216二是提高……; 其中负压救护车3五是……): a
  bare figure after a Chinese character, then at once 二是 … 十是, and the point before it (一是 … 九是) earlier in
  the text, so the list is the report's own: the count's measure word and the point's full stop were lost together,
  whichever the word was (个, 辆), so none is suggested.

- a count whose measure word was typed before its figure (……行政许可事项3条、行政处罚1条，回复公众诉求件9): a bare figure
  closing its clause right after 件, 条 or 项, in a sentence whose figures before it (two or more) each carry their
  measure word after them; 附件1, 文件2, 事项3, 条件4 are names and numbers, not counts, and are left alone.

- a breakdown's part counted in 个 where its whole counts the same people in 人 or 名 (全县共设立林长3122人，其中县级
  林长5个): the whole's label head (林长) comes back right before the part's figure after 其中, in the same sentence;
  the part's measure word is not lost but slipped, and the whole shows which it should be.

A figure that ends the whole text is left alone: the text was cut off there, and the measure word with it.

W014 reads staff, vehicle and body counts by their labels; a span it reports is left to it.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.han import is_han
from ...core.regex_needles import finditer as near_needles
from ...core.text_pairs import MIN_CHARS, after_digits
from ..finding import Finding
from ..registry import Rule, unreported
from ..textspans import finditer_after_run, last_mark
from .. import listed_counts
from . import w014_count_without_measure

RULE = Rule(
    code="W049",
    name="count-measure-lost",
    severity="warning",
    summary="一串带量词的数量中，某个数漏了量词（“……信息30条，部门动态信息1”）",
    doc=(
        "检查什么：同一句中前面的数都带同一个量词（“领导信息4条，统计信息2条”），句末同类的数却没有量词"
        "（“部门动态信息1”应为“部门动态信息1条”，“高龄老人240人，百岁老人31”应为“31人”）；"
        "只计人的名词（人员、对象、孤儿、老人、儿童、残疾人、群众）后的数直接接下一句（“特困供养人员381同时……”"
        "“现有孤儿22每人每月……”），量词和标点一起丢了；“其中”后分项的数没有量词，而前面的总数和后面的分项带着同一个量词"
        "（“收到行政复议3条，其中2撤销……，1条正在办理”）；总数按人计（“林长3122人”），“其中”后同一称谓的分项却写成“个”（“县级林长5个”）；“收到政府信息公开申请1，”“公开部门文件3依托……”这类公开、收到的件数后没有量词；前面的年龄段都带“岁”，某一段漏了“岁”（“40-50岁的1154人，50以上657人”）；分号隔开的一串计数，各项都是“名称+数”，三项以上带同一量词，个别项没有（“要闻418条；快讯1598；……”）；数之后直接接下一项“二是”“三是”（“建成智慧安防小区216二是……”），量词和句号一起丢了；同句的数都是数在前、量词在后，某一项量词写在了数之前（“回复公众诉求件9”）。\n"
        "为什么：数没有量词，读者看不出是多少条、多少人，也说明改稿时删多了字。\n"
        "不报的情形：前面的数不带量词或量词不一的（表格式的“小计0，退休0”）；同类的名称对不上的（“3个县区……设备47”）；"
        "“为、是、达、至、比、率”后的数值（“性别比为103”）；千分位逗号（“145,372人”）；后接量词、单位、年龄、范围、时长（“工作人员24小时轮班”）的；全文在这个数上结束的（文本被截断，量词随后文一起丢失）。\n"
        "示例：“公益事业建设信息30条，部门动态信息1”应为“部门动态信息1条”。"
    ),
    flag=(
        "主动公开信息42条，其中领导信息4条，统计信息2条，部门动态信息1\n（二）依申请公开情况\n",
        "全镇80岁以上老人2794人，高龄老人240人，百岁老人31\n二、社会救助\n",
        "我镇分散特困供养人员381同时关注敬老院老人的生活。",
        "我镇现有孤儿22每人每月发放1100元。",
        "全年收到行政复议3件，其中2撤销复议申请，1件正在办理。",
        "专任教师中，30岁以下的215人，30-45岁的960人，45以上418人。",
        # a semicolon list of a site's columns: two items lost their 条 (the labels share no head)
        "网站发布要闻312条；教学动态96条；院系快讯1204；媒体视角58条；专题报道(含人物)41条；影像校园7。\n校报出版12期。",
        "本年度某镇收到政府信息公开申请2，均已按期答复。",
        "全年主动公开动态信息41条，规范性文件5依托镇政务平台发布。",
        "通过网站专栏主动公开政府信息170余\n二、依申请公开情况\n",
        "严格规范办理依申请公开事项3，所有事项均按期答复。",
        # the verb three commas back, the counts between it and the bare figure each with its 条
        "全年主动公开政府信息1200条，其中通知公告类信息210条，工作动态信息330条，政策文件15转载上级重要信息96条。",
        "通过政务服务网公开行政许可事项办理结果2316；全年发布微博80条。",
        "对城区的12家书店、3网吧、2KTV等场所开展检查。",
        "一是推进智慧安防小区建设。截至目前，全市已建成智慧安防小区216二是提高居民法律意识。",
        "主动公开信息66条，其中通知公告18条、行政许可事项3条，回复公众诉求件9\n二、依申请公开情况\n",
        # people counted in 人 as a whole and in 个 as the part after 其中
        "全县共设立林长3122人，其中县级林长5个，镇级林长195个。",
    ),
    keep=(
        "主动公开信息42条，其中领导信息4条，统计信息2条，部门动态信息1条。",
        # the text ends on the figure: the page was cut there, its measure word may have gone with the rest
        "本年共制作信息96条，其中主动公开41条，依申请公开2条，不予公开53",
        "离休人数小计0，退休人数小计0，退职人员0，遗属人数0人。",
        "3个县区、24个司法所增加矫正设备47，运行良好。",
        "男孩40人，女孩22人，性别比为103，出生率12。",
        "低保脱贫户145,372人，五保户210人。",
        "现有孤儿22人，每人每月1100元；60岁以上老人1200余人，残疾人2级以上35人，儿童0-6岁12人。",
        # how long, not how many: the people work round the clock
        "严格实行24小时全天候救助服务，工作人员24小时轮班值守，值班人员7天轮换一次。",
        "严格实行24小时救助服务，工作人员24小时轮班值守，救助对象3天内安置，服务对象30分钟内响应。",
        # a span of time after the people noun: how long they work, not how many they are
        "救助站实行全天候服务，工作人员24小时轮班值守，值班人员3天一轮换，服务对象1h内得到响应。",
        # a share, not a head count: 100% of the people (its % is the unit)
        "全镇困难群众100%参保到位，留守儿童95％建立档案。",
        "全年收到行政复议3件，其中2件撤销复议申请，1件正在办理；培训5次，其中2021年3次，2022年2次。",
        # the bands with their 岁; a score or a share band with no age beside it
        "专任教师中，30岁以下的215人，45岁以上418人；考核90分以上36人，成绩60以下5人。",
        # a semicolon list whose items are not all a label and a count, or whose bare items are as many as the rest
        "发布要闻312条；动态96条；快讯1204条；其中图片新闻占比为35，视频7。",
        "小计12；办公室3；业务科3人；综合科4；后勤2；财务2人。",
        # measure words, units, dates, a document number: no count lost
        "收到政府信息公开申请2件，公开文件5份、信息170余条，印发文件2023年12月生效，发布信息3.5万条，制发文件1号。",
        "收到申请人提交的材料后，按照依申请公开信息1对1答复。表中申请1为本年新收申请。",
        "办理依申请公开事项3件，公开审批事项办理结果2316件；公开事项1：机构职能。",
        # a figure counting the parts a list names (6部分, 3方面, 4大类): the noun after it is its measure
        "报告全文包括总体情况、主动公开情况、其他需要报告事项6部分内容，公开事项分3方面、信息4大类。",
        # each item with its measure word; an item's own measure word, unit or ordinal; a name led by a figure
        "对城区的12家书店、3家网吧、2个KTV开展检查；建成5个基站、3处5G站点、2号楼、1楼大厅和20余人队伍。",
        "全镇有4个社区、3个村、2021年新建1所学校；第1、2、3项已完成；涉及7个罪名、132起犯罪事实。",
        # the point's full stop kept; a 二是 with no 一是 before it is no list of the report's own
        "一是建成智慧安防小区216个。二是提高居民法律意识。编号A12二是型号名称。",
        # a number that names its item (附件1), and a text cut off on its figure
        "公开通知公告18条、行政许可事项3条，详见附件1，另见附件2。回复公众诉求件9\n",
        # another thing counted after 其中 (党支部 among 党员), or people in 名 and 人 alike
        "全镇共有党员83名，其中在职党员57人，在职党员党支部4个；全县林长3122人，其中县级林长5人。",
    ),
)

# A bare figure closing a clause, after a Chinese character (a label), not a thousands separator's head. The
# character before is tested behind the first digit, so the pattern opens with a digit and re skips to digits by
# itself instead of trying the lookbehind at every character (the same matches: 5 ms of 200,000 characters to 1).
_BARE = regex_cache.compile(r"(\d(?<=[\u4e00-\u9fff]\d)\d{0,3})(?![\d.．,，]\d)(?=[，,。；;]|\n|$)")
_BARE_END = "，,。；;\n"  # what a bare figure's lookahead needs after it ($: the text's end, or before its last \n)


def _bare(text: str) -> list:
    """_BARE's matches. A long report's are tried only at the digits before one of the marks that must follow
    them (text_pairs.after_digits, one vectorised pass, then textspans.finditer_after_run), and at its end: a
    pattern led by a digit is tried at every digit of the text (4 ms of 200,000 characters to under 1)."""
    if len(text) < MIN_CHARS:
        return list(_BARE.finditer(text))
    return list(finditer_after_run(_BARE, text, after_digits(text, _BARE_END) + [len(text)], 4))


_FIGURE = regex_cache.compile(r"\d{1,9}(?:[.．,]\d{1,4}){0,3}")
_MEASURES = "人名条件个户项次家所辆场篇期份"
_SENTENCE_END = "。！？\n；;"
_SENTENCE_BACK = 400  # characters read back for the sentence's start
_AGE = "岁周"
_VALUE_BEFORE = "为是达至比率第年月日号"
# A people noun, a figure, then a character that opens a new phrase (no measure word, unit, age, range, span of
# time or mark between): 人员381同时, 孤儿22每人; 工作人员24小时轮班 is how long they work, not how many.
_RUN_ON = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff])(?:人员|对象|孤儿|老人|儿童|残疾人|群众)(\d{1,4})(?![\d.．%％,，]\d)"
    r"(?=[^%％‰xX×\d人名位户例个次家岁周年月日小天分秒时hH万千百余多批组对类项件级至到及和与或\-~～—/／元（()）\s，,。；;：:、])")

# A whole with its measure word, 其中, then a part's figure run on into a word (no measure word, unit or date after).
_PART = regex_cache.compile(
    r"\d([人名条件个户项次家所辆场篇期份])[，,]?其中(\d{1,4})(?![\d.．%％,，]\d)"
    r"(?=[\u4e00-\u9fff])(?![人名位户例个次家岁周年月日万千百余多批组对类项件级条所辆场篇期份元亿])")


# A whole counted in 人 or 名 after its label head, 其中, then the same head counted in 个 (林长3122人，其中县级林长5个).
_PEOPLE_PART_IN_GE = regex_cache.compile(
    r"([\u4e00-\u9fff]{2})\d{1,7}[人名][，,]?其中[\u4e00-\u9fff]{0,8}?\1(\d{1,7})个(?![\u4e00-\u9fff]{0,2}?[人名])")


def _people_parts_in_ge(text: str):
    """Parts after 其中 counted in 个 where their whole counts the same people in 人 or 名.

    Read in a window round each 其中 (a match reaches at most 11 characters before it and 21 after): the pattern opens
    on a Han pair and a back-reference, which no needle analysis can bound, and over the whole text it is tried at
    every Han character (6 ms on 300,000 characters).
    """
    end = 0
    at = text.find("其中")
    while at >= 0:
        for m in _PEOPLE_PART_IN_GE.finditer(text, max(end, at - 11), at + 40):
            if m.start() > at:  # its own 其中 is a later one: read in that one's window, whole
                break
            end = m.end()
            yield m.start(2), m.end(2) + 1
        at = text.find("其中", at + 2)


# A disclosure noun counted by its verb earlier in its sentence (commas may stand between: a run of counts, three
# or four, between the verb and the noun), a bare figure, its 余/多, then a clause's
# end or a character that opens a new phrase (no measure word, unit, date, range or number sign).
_DOC_RUN_ON = regex_cache.compile(
    r"(?:收到|受理|公开|发布|印发|制发|办理)[^。；;！？\n]{0,60}?(申请|文件|信息|事项|办理结果)(\d{1,5}(?:余|多)?)(?![\d.．%％,，]\d)"
    r"(?=[，,。；;\n]|[^xX×\dA-Za-z人名位户例个次家岁周年月日号万千百余多批组对类项件级至到及和与或对比部方大\-~～—/／元"
    r"（()）\s条篇份期宗起套册、：:])")
_DOC_MEASURE = {"申请": "件", "文件": "件", "信息": "条", "事项": "件", "办理结果": "件"}


def _doc_counts(text: str):
    """Disclosure counts whose 件 or 条 was lost (申请1，, 文件3依托, 信息260余 at a line's end)."""
    for m in near_needles(_DOC_RUN_ON, text):
        s, e = m.span(2)
        if not text[e:e + 64].strip():
            continue  # the text was cut off on the figure: its measure word went with the rest
        yield s, e, _DOC_MEASURE[m.group(1)]

# A bare figure after a label, then straight the next point of the report's list (216二是, 3五是).
_POINT_RUN_ON = regex_cache.compile(r"(?<=[\u4e00-\u9fff])(\d{1,6})(?![\d.．,，]\d)(?=([二三四五六七八九十])是)")
_POINT_BEFORE = dict(zip("二三四五六七八九十", "一二三四五六七八九"))
_POINT_BACK = 3000  # characters read back for the point before


def _point_run_ons(text: str):
    """Counts run on into the next point of a list (216二是), the point before it found earlier in the text."""
    for m in near_needles(_POINT_RUN_ON, text):
        if _POINT_BEFORE[m.group(2)] + "是" in text[max(0, m.start() - _POINT_BACK):m.start()]:
            yield m.start(1), m.end(1), m.group(2)


# A two-digit band with 以上/以下 and at once a head count: its 岁 lost if the sentence's other bands carry one.
_AGE_BAND = regex_cache.compile(r"(?<![\d.．\-~～—至到])([1-9]\d)(?:以上|以下)(?=的?\d{1,6}[人名])")
_AGE_SIBLING = regex_cache.compile(r"\d岁")
# Between the band before (…岁) and this one, only its count and share: another kind of band (考核90分以上) between
# them is no run of ages.
_BAND_GAP = regex_cache.compile(r"[^\u4e00-\u9fff]|[的占人名以上下及至到约为]")


def _age_bands(text: str):
    """Age bands whose 岁 was lost (50以上657人 after 40-50岁的1154人)."""
    for m in near_needles(_AGE_BAND, text):
        floor = max(0, m.start() - _SENTENCE_BACK)
        lo = max(floor, last_mark(text, "。！？\n", m.start(), floor) + 1)
        siblings = list(_AGE_SIBLING.finditer(text, lo, m.start()))
        if len(siblings) >= 2 and all(_BAND_GAP.fullmatch(ch) for ch in text[siblings[-1].end():m.start()]):
            yield m.start(1), m.end(1), "岁"


def _parts(text: str):
    """The breakdown's parts whose measure word was lost (其中2撤销, beside 3条 before and 1条 after)."""
    for m in near_needles(_PART, text):
        word = m.group(1)
        stop = min([i for i in (text.find(c, m.end(), m.end() + _SENTENCE_BACK) for c in "。！？\n；;") if i >= 0],
                   default=min(len(text), m.end() + _SENTENCE_BACK))
        if regex_cache.compile(rf"[，,、]\d{{1,4}}{word}").search(text, m.end(), stop):
            yield m.start(2), m.end(2), word


def _runs(text: str, bare: list):
    for m in bare:
        s, e = m.span(1)
        if text[s - 1] in _VALUE_BEFORE or e + 64 >= len(text) and not text[e:].strip():
            continue  # a value, or the last word of a text cut off there (its measure word went with the rest)
        floor = max(0, s - _SENTENCE_BACK)  # a bound, so a long text is not read back to its start per figure
        lo = max(floor, last_mark(text, _SENTENCE_END, s, floor) + 1)
        # an age qualifies the label (80岁以上老人2794人): not a count of the run
        figures = [f for f in _FIGURE.finditer(text, lo, s) if text[f.end():f.end() + 1] not in _AGE]
        if len(figures) < 2:
            continue
        words = {text[f.end():f.end() + 1] for f in figures}
        if len(words) != 1 or not words <= set(_MEASURES):
            continue
        head = text[s - 2:s]
        if not any(text[f.start() - 2:f.start()] == head for f in figures):
            continue
        yield s, e, next(iter(words))


# The measure word typed before its figure (诉求件9), and the words that end in one of these before a number of theirs.
_BEFORE_FIGURE = "件条项"
_NAMED_BY_NUMBER = frozenset(("附件", "文件", "案件", "事件", "邮件", "软件", "稿件", "信件", "部件", "条件", "物件", "证件",
                              "要件", "快件", "配件", "组件", "事项", "款项", "选项", "条项", "线条", "专项", "立项", "一条",
                              "一项", "一件", "本条", "本项", "本件"))


def _measure_first(text: str, bare: list):
    """Counts whose measure word stands before the figure (诉求件9), in a sentence of counts written figure first."""
    for m in bare:
        s, e = m.span(1)
        if text[s - 1] not in _BEFORE_FIGURE or text[s - 2:s] in _NAMED_BY_NUMBER or not is_han(text[max(0, s - 2)]):
            continue
        if e + 64 >= len(text) and not text[e:].strip():
            continue
        floor = max(0, s - _SENTENCE_BACK)
        lo = max(floor, last_mark(text, _SENTENCE_END, s, floor) + 1)
        counted = [f for f in _FIGURE.finditer(text, lo, s - 1) if text[f.end():f.end() + 1] in _MEASURES]
        if len(counted) >= 2:
            yield s - 1, e, text[s - 1]



# A list of counts parted by semicolons, each item a label and a figure with its measure word (要闻418条；科研184条；
# 快讯1598；…；影像3。): the items of a semicolon list are the run, whatever their labels' heads. Read only where
# every item of the sentence is such a label and figure, at least three carry one and the same measure word, and
# the bare ones are fewer than those.
_LIST_ITEM = regex_cache.compile(r"([^\d；;。！？\n]{2,20}?)(\d{1,6})([" + _MEASURES + r"])?")
_LIST_MARKS = "；;"
_LIST_SPLIT = regex_cache.compile(r"[；;]")


def _semicolon_lists(text: str, bare: list):
    """Bare figures in a semicolon list of counts whose other items carry one measure word (``bare``: _BARE's
    matches in ``text``, found once for this reading and _runs)."""
    seen = set()
    for m in bare:
        s, e = m.span(1)
        floor = max(0, s - _SENTENCE_BACK)
        lo = max(floor, last_mark(text, "。！？\n", s, floor) + 1)
        if lo in seen or not any(c in text[lo:e + 1] for c in _LIST_MARKS):
            continue
        seen.add(lo)
        hi = min([i for i in (text.find(c, e, e + _SENTENCE_BACK) for c in "。！？\n") if i >= 0],
                 default=min(len(text), e + _SENTENCE_BACK))
        yield from _bare_items(text, lo, hi)


def _bare_items(text: str, lo: int, hi: int):
    items, at = [], lo
    for piece in _LIST_SPLIT.split(text[lo:hi]):
        items.append((at, _LIST_ITEM.fullmatch(piece)))
        at += len(piece) + 1
    if len(items) < 4 or any(item is None for _, item in items):
        return
    words = [item.group(3) for _, item in items if item.group(3)]
    bare = [(at, item) for at, item in items if not item.group(3)]
    if len(set(words)) != 1 or len(words) < 3 or len(bare) >= len(words):
        return
    for at, item in bare:
        if item.group(1)[-1] not in _VALUE_BEFORE:
            yield at + item.start(2), at + item.end(2), words[0]


def check(ctx):
    text = ctx.text
    bare = _bare(text)  # read by both readings below
    found = list(_runs(text, bare))
    if "；" in text or ";" in text:
        found += [f for f in _semicolon_lists(text, bare) if f not in found]
    found += [(m.start(1), m.end(1), "人") for m in near_needles(_RUN_ON, text)]  # near its people nouns
    found += list(_parts(text))
    docs = list(_doc_counts(text))
    found += docs
    if "、" in text:
        found += list(listed_counts.bare_items(text))
    if "以" in text and "岁" in text:
        found += list(_age_bands(text))
    if "是" in text:
        for s, e, point in _point_run_ons(text):
            if any(f[0] <= s < f[1] for f in found):
                continue
            fig = text[s:e]
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"“{fig}”之后直接接下一项“{point}是”：这个数漏了量词，句末也漏了句号"
                          f"（应为“{fig}个（辆、人……）。{point}是”）。", None)
    if "其中" in text:
        for s, e in _people_parts_in_ge(text):
            fig = text[s:e - 1]
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"“{fig}个”：总数按“人”计，“其中”后同一称谓的分项却写成“个”，量词前后不一，应为“{fig}人”。",
                          f"{fig}人")
    for s, e, word in _measure_first(text, bare):
        if any(f[0] <= s + 1 < f[1] for f in found):
            continue
        fig = text[s + 1:e]
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{word}{fig}”量词写在了数之前（同句的数都是数在前、量词在后），应为“{fig}{word}”。", f"{fig}{word}")
    spans = unreported(ctx, [_Span(s, e, w) for s, e, w in sorted(found)], (w014_count_without_measure,))
    counted = {(s, e) for s, e, _ in docs}
    for sp in spans:
        fig = text[sp.start:sp.end]
        why = "公开、收到、办理的件数" if (sp.start, sp.end) in counted else f"同类的数都带“{sp.word}”"
        yield Finding(sp.start, sp.end, RULE.code, RULE.severity,
                      f"“{fig}”漏了量词（{why}），应为“{fig}{sp.word}”。", f"{fig}{sp.word}")


class _Span:
    __slots__ = ("start", "end", "word")

    def __init__(self, start: int, end: int, word: str):
        self.start, self.end, self.word = start, end, word
