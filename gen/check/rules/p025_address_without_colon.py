"""P025: a salutation, a notice's addressees or a lead-in (……如下) standing on its line without the colon that opens the text.

A report to a people's congress opens by addressing it (主任、各位副主任、秘书长、各位委员：, 各位代表：); a notice
opens by naming the bodies it goes to (各县区财政局：, 澄迈县、临高县财政局：). GB/T 9704—2012 (党政机关公文格式)
closes the 主送机关 with a full-width colon, and a speech's salutation takes one as well: the text that follows
is spoken or written to them. A line holding nothing but the salutation or the addressees and no colon lost it.

Precision first: the salutation line must hold only the congress's titles (主任, 副主任, 秘书长, 委员, 代表, 同志们),
two of them or one after 各位, and be followed by prose; the addressee line must stand within a notice's first
lines (its title names a 通知, 批复 or 函), list two bodies or more (a 顿号 between them) or open on 各 (各有关单位),
end on a body's kind (局, 厅, 委, 政府, 单位, 部门, 社会组织…), and be followed by prose; 各 may follow one level's
name (区本级各社会组织, 市属各社会组织). A web page's chrome may push the notice's title below the first lines (欢迎访问…,
您当前位置…): its addressees are then read within a few lines under the title, found within the first forty. A body named alone under a
report's title is its author (市财政局, then 主任、…), not an addressee, and is left alone. A half-width colon
is a colon (the page store turns full-width marks half-width). One body alone on its line is an addressee too where
the next line opens the letter to it (区住房保障房屋管理局 / 某代表提出的……建议收悉, 你局……): a reply to the body
leading on a proposal; an author's line under a title is followed by a date or by prose that addresses no one.

A lead-in that announces what follows (通告全文如下, 现将有关情况报告如下) ends in a colon, or at least a full stop;
on a line of its own with no mark at all after 如下, and text below it, it lost the colon.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import contains
from ...core.text_pairs import char_positions, positions
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P025",
    name="address-without-colon",
    severity="warning",
    summary="称呼语、主送机关或“……如下”单独成行，后面缺冒号",
    doc=(
        "检查什么：向人大常委会或代表大会所作报告开头的称呼语（“主任、各位副主任、秘书长、各位委员”“各位代表”），"
        "以及通知、批复开头的主送机关（“各县区财政局”“澄迈县、临高县财政局”）单独成行，后面没有冒号。\n"
        "为什么：GB/T 9704—2012《党政机关公文格式》规定主送机关后标全角冒号；称呼语后也用冒号引出正文。\n"
        "称呼之间丢了顿号（“主任、各位副主任各位委员”）的，一并指出。"
        "引出下文的“……如下”（“通告全文如下”）单独成行、后面什么标点也没有的，同样报告。\n"
        "不报的情形：已有冒号（半角也算）且各称呼之间都有顿号的；单独一行的人名（“王某代表”“王某、李某委员”）下一行不以“您”或“在……会议上提出的”开头、不是“《……建议》收悉”、也没有“尊敬的”的；报告标题下单独一行的发文单位（“市财政局”）；后面不接正文的。\n"
        "示例：“主任、各位副主任、秘书长、各位委员”后应加“：”。"
    ),
    flag=(
        "关于2024年预算调整方案的报告\n市财政局\n\n主任、各位副主任、秘书长、各位委员\n\n受市人民政府委托，现就预算调整方案报告如下。",
        "某省财政厅关于下达2023年农村环境整治资金的通知\n\n甲县、乙县财政局\n\n为促进农村环境质量改善，现将资金下达给你们。",
        "关于做好年度决算工作的通知\n各县区财政局\n根据年度工作安排，现就有关事项通知如下。",
        # two titles run together, the 顿号 between them lost with the colon; or the 顿号 alone
        "在区人大常委会会议上\n\n主任、各位副主任各位委员\n\n今年以来，街道人大工委认真履行各项职责。",
        "主任、副主任各位委员：\n受区人民政府委托，现将有关情况报告如下。",
        # a reply letter's salutation of one deputy, the letter opening on 您 below it
        "关于县人大第五次会议第16号建议的答复\n王某代表\n\n您在县第九届人民代表大会第五次会议上提出的建议收悉，现答复如下。",
        # the reply opening on the meeting the proposal was made at, its 您 left out
        "关于县十五届人大六次会议第42号建议的答复\n王某代表\n\n在县十五届人大六次会议上提出的关于新建幼儿园的建议收悉。",
        "关于县人大第五次会议第8号建议的答复\n尊敬的王某代表\n\n提出的“关于加强农田管理的建议”已收悉，现答复如下。",
        # a reply to two members' proposal: their names share the title, the reply opens on the proposal's title
        "某局关于政协第五次会议49号提案的答复函\n贺某某、佟某某委员\n\n《关于更新农村中小学图书的建议》收悉，现答复如下。",
        # one body alone on its line, the next opening the letter to it: the reply's addressee
        "关于县人大第三次会议第12号建议的会办意见\n县交通运输局\n\n李某代表提出的关于改造农村公路的建议收悉，现将会办意见函告如下。",
        # a web page's chrome above the notice's title; the addressees under it, one level's bodies after 本级
        "欢迎访问某市门户网\n您当前位置: 首页 > 政务公开\n\n\n\n\n\n\n\n\n\n\n某区民政局关于开展社会组织年度检查工作的通知\n"
        "浏览次数: 更新时间:2021-04-01\n区本级各社会组织\n现将《年度检查事项须知》印送你们,请及时完成初审工作。",
        # a lead-in on its own line, no mark after 如下, the notice it announces below
        "3月1日，县农业农村局发布了禁渔通告。\n  通告全文如下\n\n关于实施禁渔期制度的通告\n为保护渔业资源，特通告如下：",
    ),
    keep=(
        "关于2024年预算调整方案的报告\n市财政局\n\n主任、各位副主任、秘书长、各位委员:\n\n受市人民政府委托，现报告如下。",
        "某省财政厅关于下达2023年农村环境整治资金的通知\n\n甲县、乙县财政局：\n\n为促进农村环境质量改善，现将资金下达。",
        # the author under a report's title; a list of bodies inside a report's text
        "某县2022年工作总结\n某县财政局、某县农业农村局\n今年以来，我们认真落实各项工作部署。",
        "各位代表\n各位委员",
        # a site's name over its breadcrumb: no addressee
        "某县教育局\n您现在所在的位置: 首页 > 政务公开 > 政府信息公开年度报告\n分享到：微信、微博。",
        # one body alone under a reply's title: its author, a date below (and the addressee with its colon)
        "关于县人大第三次会议第12号建议的答复\n县交通运输局\n2023年6月28日",
        "关于县人大第三次会议第12号建议的会办意见\n县交通运输局：\n李某代表提出的关于改造农村公路的建议收悉。",
        # the salutation with its colon; a line naming a deputy, the text below not addressed to him
        "王某代表：\n您在县第九届人民代表大会第五次会议上提出的建议收悉，现答复如下。",
        "参加座谈的有：\n王某代表\n会议听取了乡镇的汇报，并就道路建设交换了意见。",
        "出席会议的有：\n王某代表\n在会议上发言的有李某、张某，会议提出的意见已整理。",
        "参加座谈的有：\n王某、李某委员\n会议听取了乡镇的汇报，收到建议3条，并就道路建设交换了意见。",
        "尊敬的王某代表：\n提出的“关于加强农田管理的建议”已收悉，现答复如下。",
        # a salutation whole, its titles each set off and closed by its colon
        "主任、各位副主任、各位委员：\n受区人民政府委托，现将有关情况报告如下。",
        # a notice's title far down a report, a body's name below it the author's, the date under it
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n附件：关于开展社会组织年度检查工作的通知\n区本级各社会组织\n2021年4月1日\n",
        # a lead-in closed by its colon or a full stop; one that ends the text (nothing below to lead into)
        "通告全文如下：\n关于实施禁渔期制度的通告\n现将有关事项报告如下。\n一、总体情况\n具体安排如下",
    ),
)

_TITLES = r"(?:主任|副主任|秘书长|委员|代表|同志们|同志)"
# A line of the congress's titles alone: two or more joined by 、，, or one after 各位.
# A title that opens on 各位 may follow the one before with no mark at all (各位副主任各位委员): the 顿号 lost between
# them. Such a line is read with or without its colon; with one, only its lost 顿号 is told.
_SALUTATION = regex_cache.compile(
    r"^[ \t\u3000]{0,4}(?P<line>(?:各位)?" + _TITLES + r"(?:[、，,][ \t\u3000]{0,2}(?:各位)?" + _TITLES
    + r"|各位" + _TITLES + r"){1,5}|各位" + _TITLES + r")(?P<colon>[:：]?)[ \t\u3000]{0,8}$")
# A reply letter's salutation: one deputy or member by name (王某代表, 尊敬的李某委员), alone on its line, the
# letter's text opening on 您/你 below it (您在……会议上提出的……建议收悉), on the proposal's title and 收悉
# (《关于……的建议》收悉), or on the meeting it was made at with its 您 left out (在县十五届人大六次会议上提出的…):
# read only with that next line, unless
# it opens on 尊敬的, which only a salutation does (尊敬的李某代表 over 提出的……建议已收悉，现答复如下).
# Several by name share the title (贺某、佟某委员), the reply then saying the proposal came to hand (《…》收悉).
_PERSON = regex_cache.compile(r"^[ \t\u3000]{0,4}(?P<line>(?:尊敬的)?(?:[\u4e00-\u9fff]{2,4}、){0,5}[\u4e00-\u9fff]{2,4}(?:代表|委员))(?P<colon>)[ \t\u3000]{0,8}$")
_ADDRESSED = regex_cache.compile(r"[ \t\u3000]{0,4}(?:[您你]|[^\n]{0,80}?(?:建议|提案|意见)[^\n]{0,4}收悉"
                                r"|在[^\n，,。]{0,30}?会议(?:上|期间)?提出的)")
_RUN_TOGETHER = regex_cache.compile(r"(?<=[任长员表])(?=各位)")  # 副主任各位委员: no 顿号 between two titles
# A notice's addressees: bodies joined by 、 or one opening on 各, ending on a body's kind.
_KINDS = r"(?:局|厅|委|委员会|人民政府|政府|办公室|单位|部门|公司|中心|院|所|站|街道办事处|管委会|社会组织)"
_ADDRESSEES = regex_cache.compile(
    r"^[ \t\u3000]{0,8}(?P<line>(?:[\u4e00-\u9fff（）()]{1,30}、){1,12}[\u4e00-\u9fff（）()]{1,30}" + _KINDS
    + r"|(?:[\u4e00-\u9fff]{1,4}本级|[\u4e00-\u9fff]{1,3}属)?各[\u4e00-\u9fff（）()、]{0,40}" + _KINDS + r")[ \t\u3000]*$")
# One body named alone on its line, the next line opening the letter to it (……代表提出的……建议收悉, 你局……):
# a reply's addressee (a 会办意见 or 答复 to the body leading on a proposal); an author's line is followed by a date.
_ONE_BODY = regex_cache.compile(r"^[ \t\u3000]{0,4}(?P<line>[\u4e00-\u9fff（）()]{2,30}" + _KINDS + r")[ \t\u3000]*$")
# The letter's opening to a body: 你局/贵局, or the proposal it answers (……代表提出的……建议收悉); never a web page's
# 您当前的位置 under the site's name.
_TO_BODY = regex_cache.compile(r"[ \t\u3000]{0,4}(?:你们?[局委办厅院所]|贵[局委办厅院所]|你单位|贵单位"
                               r"|[^\n]{0,80}?(?:建议|提案|意见)[^\n]{0,4}收悉)")
_NOTICE = regex_cache.compile(r"(?:通知|批复|函)[ \t\u3000]*$")
_PROSE = regex_cache.compile(r"[\u4e00-\u9fff][^\n]{8,300}[，,。；;]")  # bounded: linear under finditer too
HEAD_LINES = 12  # a notice's addressees stand within its first lines
# or within a few lines under the notice's title where a web page's chrome stands above it (欢迎访问…, 您当前位置…,
# 浏览次数…), the title found within its first lines
TITLE_LINES, UNDER_TITLE = 40, 8
# A lead-in alone on its line, nothing after 如下 (通告全文如下, 现将有关情况报告如下).
_LEAD_IN = regex_cache.compile(r"^[ \t\u3000]{0,4}(?P<line>[^\n]{0,56}[\u4e00-\u9fff]如下)(?P<colon>)[ \t\u3000]*$")


def _next_line(lines: list[str], i: int) -> str:
    for line in lines[i + 1:i + 4]:
        if line.strip():
            return line
    return ""


def _offsets(text: str) -> list[int]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append(at)
        at += len(line) + 1
    return out


_TITLE_WORDS = ("主任", "秘书长", "委员", "代表", "同志")  # one of which every title of _TITLES holds


def _candidates(text: str, count: int, salute: bool, lead: bool, head: int = HEAD_LINES) -> list[int]:
    """The indices of the lines the loop of :func:`check` can match on, in order: the first head lines (a notice's
    addressees, one body named alone), and after them only a line holding a title (_SALUTATION and _PERSON need
    one) or 如下 (_LEAD_IN): each found by a search of the text, where trying every line of a long report cost
    more than the rest of the rule. Every other line matched nothing there."""
    words = [word for word in (*(_TITLE_WORDS if salute else ()), *(("如下",) if lead else ())) if contains(text, word)]
    breaks = char_positions(text, "\n") if words else []
    found = {bisect_right(breaks, at) for word in words for at in positions(text, word)}
    return sorted(found.union(range(min(head, count))))


def _head_end(lines: list[str], notice: bool) -> tuple[int, int]:
    """The line before which a notice's addressees are read, and the notice's title line (-1 where none):
    HEAD_LINES, or a few lines under a notice's title that stands lower on a web page."""
    if notice:
        for i, line in enumerate(lines[:TITLE_LINES]):
            if _NOTICE.search(line):
                return max(HEAD_LINES, i + UNDER_TITLE), i
    return HEAD_LINES, -1


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    salute = any(contains(text, t) for t in ("主任", "委员", "代表", "同志"))
    notice = any(contains(text, t) for t in ("通知", "批复", "函"))
    lead = contains(text, "如下")
    if not (salute or notice or lead):
        return
    lines = text.split("\n")
    starts = None
    seen_notice = False
    head, title = _head_end(lines, notice)
    for i in _candidates(text, len(lines), salute, lead, head):
        line = lines[i]
        if len(line) > 60:
            continue
        m = _SALUTATION.match(line) if salute else None
        # _PERSON ends on 代表 or 委员: only a line that holds one is tried (most lines hold neither); a name alone
        # is a salutation before 您 or 《…建议》收悉 only (that line is the letter's text), 尊敬的 makes one whatever follows
        addressed = False
        if m is None and salute and ("代表" in line or "委员" in line) and (m := _PERSON.match(line)) is not None:
            addressed = bool(_ADDRESSED.match(_next_line(lines, i)))
            m = m if addressed or m.group("line").startswith("尊敬的") else None
        kind = "称呼语"
        if m is None and notice and i < head:
            seen_notice = seen_notice or bool(_NOTICE.search(line)) or 0 <= title < i
            if seen_notice and not _NOTICE.search(line):
                m = _ADDRESSEES.match(line)
                kind = "主送机关"
        if m is None and i < head and (one := _ONE_BODY.match(line)) is not None \
                and _TO_BODY.match(_next_line(lines, i)):
            m, kind, addressed = one, "主送机关", True
        if m is None and lead and line.endswith("如下", 0, len(line.rstrip(" \t\u3000"))):
            m = _LEAD_IN.match(line)
            kind = "引语"
            addressed = m is not None and bool(_next_line(lines, i).strip())  # any text below is what it leads into
        if m is None or not (addressed or _PROSE.match(_next_line(lines, i).strip())):
            continue
        said = m.group("line")
        joined = _RUN_TOGETHER.sub("、", said) if kind == "称呼语" else said
        colon = kind == "称呼语" and bool(m.group("colon"))
        if colon and joined == said:
            continue
        if starts is None:
            starts = _offsets(text)
        s, e = starts[i] + m.start("line"), starts[i] + m.end("line")
        yield Finding(s, e, RULE.code, RULE.severity, _message(kind, said, joined, colon),
                      joined if colon else joined + "：")  # the span ends before a colon the line has


def _message(kind: str, said: str, joined: str, colon: bool) -> str:
    if kind == "引语":
        return f"“{said}”引出下文，单独成行而后面没有标点，应加冒号：“{said}：”。"
    if joined == said:
        return f"{kind}“{said}”单独成行，后面缺冒号，应加“：”引出正文。"
    lost = "，" if colon else "，末尾缺冒号，"
    return f"{kind}“{said}”的称呼之间缺顿号{lost}应为“{joined}：”。"
