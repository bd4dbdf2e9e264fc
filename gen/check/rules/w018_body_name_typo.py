"""W018: an official name written with a character wrong, lost, added or two swapped (市场监管督理).

W001 knows the slips someone listed and W011 the one-character slips of
common words; a body's name goes wrong in ways no list foresees
(人力资源社会资源保障, 文艺术家协会, 卫生健委员会). A reviewer knows the
standard names: they are data (glossary/body_names.yaml, with their accepted
short and variant forms), and gen.check.body_names finds the spans within one
or two edits of a name that are none of its accepted forms. The rule reports
them with the right form, leaving to W001 what its list names.
"""

from __future__ import annotations

from .. import unspaced
from ..body_names import JOIN_FREQ, find
from ..confusion import freq
from ..finding import Finding
from ..registry import Rule
from .l002_traditional_chars import only_script_differs

RULE = Rule(
    code="W018",
    name="body-name-typo",
    severity="warning",
    summary="机关、团体或职能的标准名称写错（错字、漏字、多字、颠倒）",
    doc=(
        "检查什么：机关、党群组织、人民团体的标准名称及其核心职能名称（名称表 glossary/body_names.yaml："
        "人力资源和社会保障、市场监督管理、卫生健康委员会、纪律检查机关、文学艺术界联合会等）写错一两个字、"
        "多一两个字、少一个字或颠倒两个字，如“人力资源社会资源保障”“市场监管督理”“文艺术家协会”。\n"
        "为什么：单位和职能的名称是正式名称，写错显得不严谨，错字表也列不全所有错法。\n"
        "不报的情形：公认的简称和变体（人力资源社会保障、人社、市场监管、自然资源规划、文化广电旅游）；"
        "另一个真实名称（纪律检查工作委员会、退役军人服务站、村务监督委员会）；名称前后多写或重复的字"
        "（“市市场监督管理局”由 W002 查重复）；名称中的一个词换成了长短不同的另一个常用词、读作并列的两项的"
        "（“农村住房和小城镇建设”）；表格单元格或网页空格隔开的字。\n"
        "示例：“人力资源社会资源保障专项资金”应为“人力资源社会保障专项资金”。"
    ),
    flag=(
        "安排省对下人力资源社会资源保障专项资金。",
        "县市场监管督理局开展食品抽检。",
        "负责联系市级各文艺术家协会。",
        "县卫生健委员会负责辖区公共卫生。",
    ),
    keep=(
        "县人力资源和社会保障局、县人力资源社会保障局、县人社局联合开展招聘。",
        "衡山縣供銷合作社聯合社成立於1951年6月。",  # Traditional script: L002's
        "市自然资源和规划局、区自然资源规划分局负责不动产登记。",
        "县纪律检查工作委员会与村务监督委员会共同开展监督。",
        "全市卫生健康工作会议在县卫健委召开。",
        "眉山市市场监督管理局开展食品抽检。",
        "人力资源 | 社会保障 | 合计\n市场监督 管理局\n",
        # two duties side by side (农村住房, 小城镇建设): another word where the name has 城乡
        "负责指导全县农村住房和小城镇建设工作。",
        # another duty: 市容 (the city's appearance) is a word of its own where the name has 市场
        "（二）承担城市市容监督管理责任，做好市容市貌整治。",
        # a person's title and the modal 会 (will) before where and when: not a misspelt 委员会
        "各村食品安全协管员会在每月5日前上报检查情况。",
        # a duty and the bureau's own organs joined by 和: not 应急管理局 with a 和 put in
        "我局深化政务公开，推进了应急管理和局机关自身建设。",
        # a list of bodies closed by 等, then the 会办单位 (co-handling bodies): no 委员会 with 等 for 员
        "经综合区委政法委等会办单位意见，现答复如下。",
    ),
)


def swapped_word(written: str, meant: str) -> bool:
    """One character swapped that makes with a neighbour a common word where the name's character makes one
    (市容 for 市场, 侨务 for 事务): another duty (城市市容监督管理) or another body (民族宗教侨务办公室), a known
    word put in the name's place, not a slip of the hand, which leaves a character that makes no word there.

    Only for bodies' names: a standard title's slip may make a word too (名称解释 for 名词解释), and the
    titles are fixed by the template, so W020 reports it."""
    if len(written) != len(meant):
        return False
    differ = [i for i, (a, b) in enumerate(zip(written, meant)) if a != b]
    if len(differ) != 1:
        return False
    at = differ[0]
    return any(min(freq(written[i:i + 2]), freq(meant[i:i + 2])) >= JOIN_FREQ
               for i in (at - 1, at) if 0 <= i < len(written) - 1)


# What follows the modal 会 (will) after a person's title: a place or a time (会在), a preposition (会同 is a body's word,
# not here), an adverb or a verb of reporting and acting.
_TITLES = ("协管员", "管理员", "网格员", "信息员", "联络员", "监督员", "宣传员", "辅导员", "安全员", "协理员", "巡查员",
           "护林员", "调解员", "指导员", "检查员", "协查员", "专管员")
_AFTER_MODAL = ("在", "于", "将", "把", "对", "按", "每", "定期", "及时", "主动", "上报", "报送", "协助", "配合", "入户")


def modal_hui(text: str, end: int, written: str, meant: str) -> bool:
    """Whether a 委员会 misread is a person's title and the modal verb 会 (食品安全协管员会在每月上报, 网格员会及时
    报告): the written span ends on 员会 where the name has 委员会, and a place, a time or a verb follows, as after
    a subject's 会 (will); a committee's name is followed by its own verb or mark (委员会召开, 委员会，)."""
    if not (meant.endswith("委员会") and written.endswith("员会") and written[:-1].endswith(_TITLES)):
        return False
    return text.startswith(_AFTER_MODAL, end)


# What follows a bureau's own short name (局机关, 局领导) after a duty joined to it by a conjunction (推进了应急管理和局机关
# 自身建设): the duty and the bureau's own organs, two items, not the bureau's name with a conjunction put in.
_CONJUNCTIONS = "和与及、"
_OWN_ORGANS = ("机关", "系统", "领导", "班子", "党组", "本级", "直属", "干部", "职工")


def conjoined(text: str, end: int, written: str, meant: str) -> bool:
    """Whether the written span is the name's duty, a conjunction and the bureau's own organs (应急管理和局机关): the
    name's last character (局) opens a word of its own there, its body's organs (机关, 领导, 班子)."""
    return (len(written) == len(meant) + 1 and written[-2] in _CONJUNCTIONS and written[:-2] + written[-1] == meant
            and text.startswith(_OWN_ORGANS, end))


def check(ctx):
    # Read through the stray spaces of PDF and web copies ("市场监督 管理局"): gen.check.unspaced.
    for start, end, miss in unspaced.unlisted_misses(ctx, find):
        if only_script_differs(miss.written, miss.meant):
            continue  # 供銷合作社: the name in Traditional script, which L002 reports for the whole text
        if swapped_word(miss.written, miss.meant):
            continue  # 市容监督管理: another duty, not 市场监督管理 misspelt
        if conjoined(ctx.text, end, miss.written, miss.meant):
            continue  # 应急管理和局机关: a duty and the bureau's own organs, not 应急管理局 with a 和 put in
        if "等" in miss.written and "等" not in miss.meant:
            continue  # 经综合区委政法委等会办单位意见: a list closed by 等, then 会办, not 政法委员会 misspelt
        if modal_hui(ctx.text, end, miss.written, miss.meant):
            continue  # 协管员会在每月25日前上报: a person and the verb 会, not 委员会 misspelt
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"名称“{miss.written}”疑有错字、漏字或多字，标准名称为“{miss.meant}”。", miss.meant,
        )
