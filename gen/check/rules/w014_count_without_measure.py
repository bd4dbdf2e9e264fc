"""W014: a head count or a count of bodies that lost its measure word ("离退休17，人事代理1人").

Reports state staff and internal bodies as label + figure + measure word:
行政编制8名，事业编制90名，离退休17人；内设机构10个. When one figure in
such a run has no 人/名/个 ("离退休17，人事代理1人", "内设机构10：办公室、……"),
the word was dropped in editing. Two readings keep this precise:

- staff: the label is one that only ever counts people (在职, 离退休, 人事代理,
  行政编制 …), the figure is followed directly by a clause mark or the line's
  end, and another figure of the same sentence carries 人 or 名 (or counts
  posts: 编制18个) — that sibling is both the
  proof that counts are written with a measure word here and the word to
  suggest;
- vehicles: 公务用车 / 执法车辆 … the same way, with a sibling count in 辆;
- bodies: 内设机构 / 下设科室 / 二级单位 … directly followed by the figure and a
  clause mark or a colon opening the list; such a count is never written bare.

- bodies after a verb: 下设 / 内设 / 设有 / 下辖 / 下属 + figure + the bodies' noun (下设14业务科室,
  下属3预算单位): a count standing before its noun always takes 个; the short forms 内设5科2室, 下设3处
  put the measure word's place to a one-character noun and are left alone, but 处室, 科室, 股室 are
  the two-character nouns themselves (内设17处室 lost its 个 like 内设17科室). A whole area's count of its
  bodies is read the same way (全省102婚姻登记机关 for 102个; 全省3万机关干部 counts people).
  Its villages and communities too (全县210村(社区)), but only where the same text counts them with 个
  elsewhere (210个村): some write 全镇12村 throughout.

- a count in a list of counts, or after a verb that assigns posts (设有4个专门委员会和1综合办事机构,
  由办公室明确1群团工作综合岗位): after 和 / 及 / 与 / 、 (another count of the same sentence carries 个,
  the proof that counts are written with it here) or after 明确 / 设置 / 设立 / 配备 / 增设 / 设有, a figure of
  one or two digits followed directly by the noun phrase of a body or a post (…机构, …科室, …岗位,
  …委员会); a count standing before its noun always takes 个. 等17部门 (a document's issuers) is
  not read: 等 is not among the words before it.

- last year's count written with 年 for its measure word (受理案件4232件，比上年同期4378年减少): after
  比/较 上年(同期) a figure of three to six digits and 年 right before the change (减少, 增加, 下降 …)
  is last year's count, unless it is a year (1949–2100: 比上年同期2021年 names the period); read only
  where the same sentence states this year's count before it with its measure word, which is the
  word to suggest.

A comma followed by three digits is a thousands separator, not a clause
mark: 事业编制2,571人 is one count with its measure word.

Figures parted from their label by a blank, a colon or a table bar are table
cells or "label: value" pairs, not prose, and are left alone; so is "在职17、
退休5人", where 、 may share one measure word across a list.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ...core.text_heads import matches_at
from ...core.text_pairs import MIN_CHARS, after_digits
from ..finding import Finding
from ..registry import Rule
from ..textspans import last_mark

RULE = Rule(
    code="W014",
    name="count-without-measure",
    severity="warning",
    summary="人数、车辆数或机构数漏了量词（或量词误作“年”）",
    doc=(
        "检查什么：人数、车辆数、机构数后漏写量词，如“行政编制8名，离退休17，人事代理1人”（“离退休17”应为“离退休17人”），"
        "“执法执勤用车3，应急保障用车2辆”（应为“3辆”），“内设机构10：办公室、……”（应为“内设机构10个”），“内设12处室”“下属3预算单位”“全省102婚姻登记机关”（应为“12个处室”“3个预算单位”“102个婚姻登记机关”），“纳入本套部门决算汇编范围的单位共1，”（应为“共1个”）；"
        "全县（镇）村、社区的总数不带量词（“全县210村(社区)”，同一篇另有“210个村”时才报，应为“210个村”），"
        "与上年比较的件数写成“年”（“受理案件4232件，比上年同期4378年减少”，应为“4378件”，不是年份的数才报）。"
        "人数、车辆数只在同一句中其他数带“人”“名”或“辆”时才报。\n"
        "为什么：同一句的几个人数有的带量词、有的不带，是改稿时漏删漏改留下的，读者看不出“17”是人数还是别的数。\n"
        "不报的情形：表格中的“在职人员 17”“内设机构：10”，顿号列举中共用量词的“在职17、退休5人”，"
        "带量词的“离退休17人”“内设机构10个”。\n"
        "示例：“离退休17，人事代理1人”应改为“离退休17人，人事代理1人”。"
    ),
    flag=(
        "局行政编制8名，事业编制90名，离退休17，人事代理1人。",
        "属于全额拨款的行政单位，内设机构10：办公室、人事科、财务科。",
        "实有车辆5辆，其中执法执勤用车3，应急保障用车2辆。",
        "核定事业编制18个，临聘编制2个，实有人员20\n（三）固定资产情况。",
        "监测站编制28人，实有人数28。",
        "共有正式职工2人，临时工8人，计划内合同工1，退休职工4人。",
        "中心下设4业务科室和2个职能科室。",
        "市局内设12处室，下属3预算单位。",
        "全省102婚姻登记机关实现婚姻家庭辅导全覆盖。",
        # a whole county's villages counted bare where the text counts them with 个 elsewhere
        "率先完成全县210村(社区)的数字档案室建设，其中45个村为省级示范。",
        "纳入本套部门决算汇编范围的单位共2，单位名称：某县实验小学、某县第二小学。",
        "区人大常委会机关设有4个专门委员会和1综合办事机构及3个工作委员会。",
        "具体工作由党建工作办公室明确1群团工作综合岗位承担。",
        "全年办理各类案件3125件，比上年同期3380年减少7.54%。",
    ),
    keep=(
        "局行政编制8名，事业编制90名，离退休17人，人事代理1人。",
        "内设机构10个：办公室、人事科、财务科。",
        "在职人员 17，离退休人员 5。",
        "其中在职17、退休5人，编制数17，实有人数15人。",
        "内设机构：10，下属单位：3。",
        "实有公务用车3，均按规定使用。",
        "实有人员20\n二级单位3\n",
        "中心下设4个业务科室，内设5科2室，下设3处。",
        "市局内设12个处室，下属3个预算单位，下属2家企业。",
        "全省102个婚姻登记机关全覆盖，全省3万机关干部参加培训，健全市12345热线工作机制，全市2024年部门预算公开。",
        "全镇12村3社区均建成文化礼堂。",  # a telegraphic count, with no count in 个 anywhere to prove the style
        "纳入本套部门决算汇编范围的单位共2个，包括：某县实验小学、某县第二小学。",
        "机关设有4个专门委员会和1个综合办事机构；商务部等17部门联合印发；办公室和3楼会议室。",
        "1、1雨湖区姜畲中心校预算说明；本院内设13個職能部門和1個綜合事務中心。",
        "机关设有专门委员会和2综合办事机构。",
        "全年办理各类案件3125件，比上年同期3380件减少7.54%，较上年同期2021年下降。",
        # a thousands separator inside the count: 2,571 is one figure with its 人
        "本台事业编制2,571人，实有人数1,593人。",
        # 人数 and 合同工 with their 人; a count of 人数 in a table cell
        "监测站编制人数28人，实有人数28人，临时工8人，计划内合同工1人。",
        "实有人数 28，编制人数 30。",
    ),
)

# Labels that only ever count people; the figure follows with no blank.
# 实有人数 / 编制人数 count people too (监测站编制28人，实有人数28。), and so do 合同工 and 临时工 (临时工8人，合同工1，).
_STAFF = (r"(?:在职|在编|实有|编制|离退休|退休|离休|人事代理|劳务派遣|聘用|临聘|编外|合同制|工勤|遗属)(?:人员|职工|干部|人数)"
          r"|(?:在职|在编|实有|离退休|退休|离休|人事代理|劳务派遣|聘用|临聘|编外|合同制|工勤|遗属)"
          r"|(?:行政|事业|参公|工勤|核定)编制|公益性岗位|合同工|临时工")
_CARS = r"公务用车|执法执勤用车|执法用车|执法车辆?|应急保障用车|业务用车|特种专业技术用车|机要通信用车|车辆"
# 纳入本套部门决算汇编范围的单位共1个 is the 决算 template's count of its units, never written bare either.
_BODIES = r"内设机构|内设科室|内设股室|下设科室|下设股室|下属单位|二级单位|所属单位|范围内?的单位共|(?:预算|决算)单位共"
# Found from the figure (a digit run before a clause mark), then the label read backwards from it: a search
# that opened on the labels' many alternatives would try each at every character of the text.
# A comma with three digits after it is a thousands separator (事业编制2,571人): the figure goes on there.
_FIGURE = regex_cache.compile(r"\d{1,4}(?=[，,；;：:。\n])(?!,\d{3}(?!\d))")
_LABEL_END = regex_cache.compile(rf"(?:(?P<staff>{_STAFF})|(?P<car>{_CARS})|(?P<body>{_BODIES}))\Z")
_LONGEST_LABEL = 9
# A sibling count in the same sentence that has its measure word: people, or vehicles.
# A count of posts (编制18个) is a sibling of a head count too: the same run of staff figures.
_SIBLING = {"staff": regex_cache.compile(r"\d{1,5}\s?[人名](?![民次均数员])|编制\d{1,5}个"), "car": regex_cache.compile(r"\d{1,4}\s?辆")}
_SENTENCE_END = "。！？\n"
# A count of bodies between its verb and its noun (下设14业务科室): the noun, up to four characters of
# qualifier first, must follow the figure directly, so 内设5科2室 and 下设3处 (one-character nouns) do not match.
# A whole area's count of its bodies reads the same way (全省102婚姻登记机关: 102个); 健全市场 holds no 全市,
# and a figure with 万/千/余 after it counts people (全省3万机关干部), not bodies.
_VERB_COUNT = regex_cache.compile(
    r"(?:下设|内设|设有|下辖|下属|(?<![健完齐安周保成])全[国省市州县区])(\d{1,3})(?![万千百亿余多])"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:科室|股室|处室|机构|机关|部门|中心|站所|单位))")
_NOT_A_NOUN = "个家所名处科室股"
_BODY_NOUNS = ("处室", "科室", "股室")  # two-character nouns that open with a one-character one's character


def _figures(text: str) -> Iterable[re.Match]:
    """``_FIGURE.finditer(text)``: a figure is one to four digits before a clause mark, so in a long text it is
    tried only at the four places before each mark that follows a digit (text_pairs.after_digits), not at every
    digit of the text; the same matches (text_heads.matches_at)."""
    if len(text) < MIN_CHARS:
        return _FIGURE.finditer(text)
    places = sorted({q - k for q in after_digits(text, _MARKS_AFTER) for k in range(1, 5) if q >= k})
    return matches_at(_FIGURE, text, places)


_MARKS_AFTER = "，,；;：:。\n"  # the clause marks _FIGURE's lookahead reads


def _sentence(text: str, pos: int) -> tuple[int, int]:
    lo = last_mark(text, _SENTENCE_END, pos) + 1
    ends = [i for i in (text.find(c, pos) for c in _SENTENCE_END) if i >= 0]
    return lo, (min(ends) if ends else len(text))


def check(ctx):
    text = ctx.text
    yield from _verb_counts(text)
    yield from _last_year_counts(text)
    for fig in _figures(text):
        s, e = fig.span()
        if s == 0 or text[s - 1] in "0123456789.．":
            continue
        m = _LABEL_END.search(text[max(0, s - _LONGEST_LABEL) : s])
        if m is None:
            continue
        if m.group("body"):
            if text[e] in "；;。\n":  # "二级单位3。" may close a table-like line; only a list or a clause
                continue
            word = "个"
        else:
            kind = "staff" if m.group("staff") else "car"
            lo, hi = _sentence(text, s)
            if not _SIBLING[kind].search(text, lo, hi):
                continue
            word = "辆" if kind == "car" else "名" if m.group("staff").endswith("编制") else "人"
        label = m.group()
        fixed = f"{label}{fig.group()}{word}"
        yield Finding(s - len(label), e, RULE.code, RULE.severity, f"“{label}{fig.group()}”漏了量词，应为“{fixed}”。", fixed)


# Last year's count with 年 for its measure word, right before the change it states.
_LAST_YEAR = regex_cache.compile(r"[比较](?:上年|去年|上一年)(?:同期)?(\d{3,6})年(?=减少|增加|下降|增长|上升|持平)")
# This year's count in the same sentence, with its measure word.
_THIS_YEAR = regex_cache.compile(r"\d{1,6}\s?([件起宗例次人个户家项辆])")
FIRST_YEAR, LAST_YEAR = 1949, 2100


def _last_year_counts(text: str):
    if "上年" not in text and "去年" not in text and "上一年" not in text:
        return
    for m in near_needles(_LAST_YEAR, text):
        if FIRST_YEAR <= int(m.group(1)) <= LAST_YEAR:
            continue
        lo, _ = _sentence(text, m.start())
        words = _THIS_YEAR.findall(text, lo, m.start())
        if not words:
            continue
        s, e = m.span(1)
        fixed = f"{m.group(1)}{words[-1]}"
        yield Finding(s, e + 1, RULE.code, RULE.severity,
                      f"“{m.group(1)}年”不是年份，应是上年的数量，量词误作“年”，应为“{fixed}”。", fixed)


# A count in a list of counts (和1综合办事机构) or after a verb that assigns posts (明确1群团工作综合岗位): the
# figure, not followed by a measure word, then the noun phrase of a body or a post.
_LISTED_COUNT = regex_cache.compile(
    r"(?:(?<=[\u4e00-\u9fff][和及与、])|(?<=明确|设置|设立|配备|增设|设有))(\d{1,2})"
    r"(?![\d个個家名处人所项类次种批级号栋座间张台套月日年届楼层])"
    r"(?=[\u4e00-\u9fff]{1,6}?(?:机构|科室|股室|处室|岗位|委员会|办公室|中心|单位))")
_COUNT_WITH_GE = regex_cache.compile(r"\d{1,3}个")
_LIST_JOINS = "和及与、"


def _listed_counts(text: str):
    for m in near_needles(_LISTED_COUNT, text):
        s, e = m.span(1)
        if text[s - 1] in _LIST_JOINS:
            lo, hi = _sentence(text, s)
            if not _COUNT_WITH_GE.search(text, lo, hi):
                continue  # no count of the sentence carries 个: nothing shows the list's counts take it
        yield Finding(s, e, RULE.code, RULE.severity, f"“{m.group(1)}”后漏了量词，应为“{m.group(1)}个”。", f"{m.group(1)}个")


# A whole area's count of its villages or communities written bare (全县210村(社区)) where the same text counts them
# with 个 elsewhere (210个村): that sibling shows the report writes the measure word, so the bare one lost it. A text
# that always writes 全镇12村 (a telegraphic style some use) has no such sibling and stays silent.
# 完成全县 is a verb before the area (成全 is not)
_AREA_VILLAGES = regex_cache.compile(r"(?<![健完齐安周保])(?<![^完]成)全[省市州县区镇乡](\d{1,4})(?![\d万千百亿余多])(?=(?:行政)?村|社区)")
_VILLAGES_WITH_GE = regex_cache.compile(r"\d{1,4}个(?:行政)?村|\d{1,4}个社区")


def _village_counts(text: str):
    found = list(near_needles(_AREA_VILLAGES, text))
    if not found or not _VILLAGES_WITH_GE.search(text):
        return
    for m in found:
        s, e = m.span(1)
        yield Finding(s, e, RULE.code, RULE.severity, f"“{m.group()}”后漏了量词，应为“{m.group(1)}个”。", f"{m.group(1)}个")


def _verb_counts(text: str):
    yield from _listed_counts(text)
    yield from _village_counts(text)
    for m in near_needles(_VERB_COUNT, text):
        s, e = m.span(1)
        if text[e] in _NOT_A_NOUN and not text.startswith(_BODY_NOUNS, e):
            continue
        yield Finding(s, e, RULE.code, RULE.severity, f"“{m.group()}”后漏了量词，应为“{m.group(1)}个”。", f"{m.group(1)}个")
