"""W023: a phrase written a character off from the way the same text writes it elsewhere.

Half of the real slips are wording, and each is different: a list of typos
(W001), of domain words (W005, W011), of names (W018) or titles (W020) holds
few of them. But a slip is a one-off of wording the writer keeps using, so
the text itself is the reference: a body's name, a heading of the table of
contents, a fund named ten times. gen.check.text_variants finds the spans a
character lost, added or moved away from such a phrase, where the segmenter
reads the written form with a lone character that the text's own form takes
into a word; gen.check.text_swaps finds a character put for one of like sound or shape that the text
writes there elsewhere, where neither neighbour makes a word with it. What the other typo rules report there is theirs (one finding
per slip): this rule keeps only the spans none of them touches, and asks
them only when it has something to report. A suggestion's title quoted in its reply is read apart
(gen.check.quoted_titles): a quotation is word for word, so there even an optional 的 put in is a slip.
"""

from __future__ import annotations

from collections import Counter

from .. import quoted_titles, text_swaps, text_variants
from ..finding import Finding
from ..confusion import freq
from ...core.han import is_han
from ...core.text_pairs import first_positions
from ..registry import Rule, unreported
from . import l002_traditional_chars, w001_typo, w005_compound_missing_char, w011_domain_word_typo, \
    w016_typo_variant, w018_body_name_typo, w020_standard_title_typo

RULE = Rule(
    code="W023",
    name="text-variant",
    severity="warning",
    summary="疑似笔误：与本文别处反复出现的同一说法相差一字（漏字、多字、音形近的错字、字序颠倒）",
    doc=(
        "检查什么：本文别处至少两次写作某种形式的说法（单位名称、目录标题、资金名称等），此处漏了一个字、多了一个字、"
        "把一个字写成了音近或形近的字（“浑查二村”写成“浑茶二村”，两边都不成词），或两个字（词）位置颠倒，且这样写读不通（分词后留下孤立的单字，按本文的写法则成词），"
        "如“森林防检查站”（本文别处均作“森林防火检查站”）、“河口镇院卫生”（别处作“河口镇卫生院”）。\n"
        "为什么：笔误各不相同，错字表收不全；但正确的写法往往就在同一篇报告里。\n"
        "不报的情形：本文也常这样写的（简称、自有术语）；本文另写全称的通行简称（“城管委”，本文别处作“城市管理执法委员会”），按整词读本文从未写过的说法不作为建议；差在“和、与、及、的、之、度、是”等可有可无的字上的（词库 glossary/text_variants.yaml；但引号、书名号内引用的建议、提案标题须与本文标题、案由一字不差，多一个“的”也报）"
        "（人力资源和社会保障局／人力资源社会保障局、2023年度／2023年）；届次前可写可省的“第”（区第十八届人大常委会／区十八届人大常委会）；职务前的“副”（副主任／主任、副局长／局长是两个职务）；差一个相邻重复字的（县委县政府／县委政府：后者缺“县”，由 W013 另行提示）；"
        "两种写法都成词的（党组／党组织）；相差的是一个繁体字的（“我縣將…”，词典不识繁体字，字体问题由 L002 报告）；文号的发文机关代字；其他错字规则（W001、W005、W011、W016、W018、W020）已报的。\n"
        "示例：“森林防检查站”应为“森林防火检查站”。"
    ),
    flag=(
        # the right form always after one character that makes no word with it (县): still a slip
        "县森林防火检查站值班。县森林防火检查站巡查。市森林防检查站检修。",
        "森林防火检查站建设完成。森林防火检查站配备人员4名。森林防检查站全年值守。",
        "河口镇卫生院负责辖区基本医疗。河口镇卫生院共有职工20人。第一部分 河口镇院卫生概况。",
        # a character of like sound put for the text's own in a name no list holds (查 / 茶)
        "曲登乡浑查二村人居环境项目。浑查二村共有农户80户。浑查二村村委会负责实施。曲登乡浑茶二村项目已完工。",
        # a suggestion's title quoted with a 的 its heading and 案由 do not write: a quotation is word for word
        "关于将老旧厂房纳入城镇更新范围的建议的答复\n案由：关于将老旧厂房纳入城镇更新范围的建议\n"
        "您提出的“关于将老旧厂房纳入城镇的更新范围的建议”收悉。",
    ),
    keep=(
        # 小企业合同金额 only inside 中小企业 (a dictionary word): 小微企业 is the 决算 template's own term, no slip
        "授予中小企业合同金额100.00万元，占政府采购支出总额的83.33%，其中授予小微企业合同金额80.00万元，"
        "占授予中小企业合同金额的80.00%。",
        # 新农村 (a word of its own) beside 新型农村养老保险: two things, not a lost 型
        "推进新型农村养老保险、新型农村合作医疗。抓好新农村建设规划，促进农村经济发展。",
        "森林防火检查站建设完成。森林防火检查站配备人员4名。森林防火检查站全年值守。",
        "县人力资源和社会保障局负责就业工作。县人力资源和社会保障局全年培训500人。县人力资源社会保障局另行发文。",
        "在县委县政府领导下开展工作。县委县政府高度重视。县委政府多次调度。",
        "加强党组织建设。党组织全年开会12次。党组会议研究决定。",
        "资金使用规范。资金使用合规。资金用于设备购置。",
        "2023年度预算执行良好。2023年度绩效目标完成。2023年预算已公开。",
        # two words of like sound, each a word of its own: 检查 is no slip for 检察
        "加强检察工作。检察工作全面推进。检察工作成效明显。开展安全检查工作。",
        # the usual short name of a body the text names in full: 城管委 is no 城市管委 (a form the text never writes)
        "荆门市城管委2021年部门决算公开。第一部分 荆门市城市管理执法委员会概况。第二部分 荆门市城市管理执法委员会决算表。",
        # the deputy's post beside the head's (副主任 / 主任): two posts, no 副 added by a slip
        "根据县监察委员会主任的提名，任免县监察委员会副主任、委员。县监察委员会主任列席会议。县监察委员会主任另有任用。",
        # 官网 is a word of its own (官方网站's usual short form, in glossary/recent_words.txt), no 官方网 cut short
        "在局官方网站发布信息。局官方网站全年更新。及时更正局官网的错误链接。局官方网站栏目调整。",
        # a Traditional 將 (把) the Simplified dictionary does not know as a word: L002 reports the script
        "我縣生活無著人員救助工作。我縣生活無著人員共10人。我縣生活無著人員全部納入。我縣將生活無著人員列入預算。",
        # 半 grades a word (生活半自理 / 生活自理): a policy names the half state beside the full one, two terms
        "认定完全丧失生活自理能力的老人5人。丧失生活自理能力的老人另行护理。具备生活半自理能力的老人12人。"
        "生活自理能力评估每年一次。",
        # 央省 (中央和省) beside 中央福彩公益金: 央福彩公益金 is never written alone, only inside 中央
        "本局收到央省福彩公益金104万元(含中央福彩公益金5万元,省级福彩公益金85万元)。（一）中央福彩公益金使用情况。"
        "中央福彩公益金全部用于养老服务。",
        # the bodies of the counties and cities together (县市民政局) beside one county's own (县民政局)
        "全州县市民政部门均设婚姻登记机关。县市民政局婚姻登记机关人员不足。甲县实现了县民政局集中办理婚姻登记。",
        # the set phrase 应X尽X: its 应 is no character put into the text's own 政府信息公开
        "做好政府信息公开工作。政府信息公开平台运行平稳。做到政府信息应公开尽公开。",
        # 省 and 省级 both name the province's; 应 the modal before the verb 组织; 大公开 a coined concept
        "入选省级精品年鉴创建单位。省级精品年鉴创建工作启动。近日入选省精品年鉴创建单位。",
        "成立应急组织指挥部。应急组织体系完善。各县人民政府应组织有关部门协调处置。",
        "推进政府信息公开。政府信息公开平台运行平稳。构建政府信息大公开体系。",
        # the quoted title as the heading and the 案由 write it
        "关于将老旧厂房纳入城镇更新范围的建议的答复\n案由：关于将老旧厂房纳入城镇更新范围的建议\n"
        "您提出的“关于将老旧厂房纳入城镇更新范围的建议”收悉。",
    ),
)

# The rules whose findings on a span are the finding there: a listed slip, a domain word, a name, a title,
# a one-character slip of a frequent word.
_OTHERS = (w001_typo, w005_compound_missing_char, w011_domain_word_typo, w016_typo_variant, w018_body_name_typo,
           w020_standard_title_typo)


def _variants(text: str) -> list:
    """The lost, added and moved characters, then the swapped ones where none of those stands."""
    found = text_variants.find(text)
    found += [v for v in text_swaps.swaps(text) if not any(f.start < v.end and v.start < f.end for f in found)]
    return sorted(found)


def _script_slip(v) -> bool:
    """Whether a character the two forms differ in is Traditional (我縣將生活無著人員 / 我縣生活無著人員).

    The segmenter's dictionary is Simplified: it reads a Traditional 將 (把) or 與 as a lone character, so
    the lone-character test cannot tell such a word from a slip. L002 reports the script once; a
    character lost or put in among Traditional ones (醫 for 醫院) is still read here.
    """
    differ = (Counter(v.written) - Counter(v.right)) + (Counter(v.right) - Counter(v.written))
    return any(l002_traditional_chars.traditional(ch) for ch in differ)


JOINED_FREQ = 1000  # a pair of characters this common in jieba's dictionary is a word
FORMS_READ = 50  # occurrences of the right form read for the character before it
# Two divisions named together (县市民政局: the bodies of the counties and cities) beside one division's body
# (来凤县的县民政局): two referents, not a character lost.
_COLLECTIVES = frozenset({"县市", "市县", "县区", "区县", "省市", "市州", "州市"})


def _division_collective(v) -> bool:
    """Whether the forms differ by a division's character that, in the longer one, makes a collective of two
    divisions (县市) followed by a word (民政局): 县市民政局 and 县民政局 name different bodies. A 市 lost from
    市场 (县场监管局) is still read: 场监 is no word."""
    one = _one_added(v)
    if one is None:
        return False
    longer, shorter, i = one
    if longer[i] not in "省市县区州":
        return False
    for a in (i - 1, i):
        if a >= 0 and longer[a:a + 2] in _COLLECTIVES and freq(longer[a + 2:a + 4]):
            return True
    return False


def _tail_of_longer(text: str, v) -> bool:
    """Whether the text writes the right form only as the tail of a longer term (央福彩公益金 only in 中央福彩公益金)
    that the written form does not continue (收到央省福彩公益金: 央省 is 中央和省, its own short form): no slip of it."""
    before = {text[i - 1:i] for i in first_positions(text, v.right, FORMS_READ)}
    if len(before) != 1 or text[v.start - 1:v.start] in before:
        return False
    ch = next(iter(before))
    # 中+央 is a word, or 中+小企业 (中小企业, in the dictionary): the right form starts inside it
    return is_han(ch) and (freq(ch + v.right[0]) >= JOINED_FREQ or any(freq(ch + v.right[:n]) for n in (2, 3)))


def _ying_jin(text: str, v) -> bool:
    """Whether the written form holds the 应 of the set phrase 应X尽X (政府信息应公开尽公开, 应收尽收): the right form
    with 应 put before a word that 尽 repeats right after the span; no character added by a slip."""
    at = v.written.find("应")
    return at > 0 and v.written[:at] + v.written[at + 1:] == v.right and text.startswith("尽" + v.written[at + 1:], v.end)


_MODALS = frozenset("应须需要将可")


def _one_added(v) -> tuple[str, str, int] | None:
    """(longer, shorter, i): the forms where one has the character longer[i] the other lacks; None otherwise."""
    longer, shorter = (v.right, v.written) if len(v.right) > len(v.written) else (v.written, v.right)
    if len(longer) != len(shorter) + 1:
        return None
    i = next((k for k, (a, b) in enumerate(zip(longer, shorter)) if a != b), len(shorter))
    return (longer, shorter, i) if longer[i + 1:] == shorter[i:] else None


def _both_read(v) -> bool:
    """Whether the forms differ by a character both readings want: 级 after a level (省精品年鉴 / 省级精品年鉴,
    both the province's), a modal's word after it (人民政府应组织 / 应急组织: 应 the modal, 组织 the verb), or 大
    before a verb that makes a coined concept (政府信息大公开体系 / 政府信息公开)."""
    one = _one_added(v)
    if one is None:
        return False
    longer, shorter, i = one
    if longer[i] == "级" and i > 0 and longer[i - 1] in "省市县区州乡镇":
        return True
    if longer is v.right and i > 0 and shorter[i - 1] in _MODALS and freq(shorter[i:i + 2]) >= JOINED_FREQ:
        return True
    return longer is v.written and longer[i] == "大" and freq(longer[i + 1:i + 3]) >= JOINED_FREQ


def check(ctx):
    for v in unreported(ctx, [v for v in _variants(ctx.text) if not _script_slip(v) and not _tail_of_longer(ctx.text, v)
                                  and not _division_collective(v) and not _ying_jin(ctx.text, v) and not _both_read(v)],
                        _OTHERS):
        yield Finding(v.start, v.end, RULE.code, RULE.severity,
                      f"“{v.written}”与本文别处反复出现的“{v.right}”相差一字，疑为笔误。", v.right)
    for v in unreported(ctx, quoted_titles.find(ctx.text), _OTHERS):
        yield Finding(v.start, v.end, RULE.code, RULE.severity,
                      f"引用的标题“{v.written}”与本文标题、案由中的“{v.right}”相差一字，引用应与原题一致，应为“{v.right}”。",
                      v.right)
