"""P020: the dash before a report's dated subtitle is not the two-em dash (—2021年9月2日在…会议上).

A budget, final-accounts or audit report read to a people's congress carries a subtitle under its
title: "——2021年9月2日在某县第十七届人民代表大会常务委员会第四十三次会议上". The mark before the date
is the two-em dash ——. Copies keep slipping it: one em dash (—2021年…, five reports of four sets), two
一 typed for it (一一2022年…), two box-drawing lines (──2022年…). The subtitle's shape (a line that opens
on the mark, then a date and 在) is the same in every province's template, so the slip is told from the
right mark without knowing the report. A single box line is P007's; a dash inside a line (2019—2021年)
is a range, not a subtitle, and is not read. A subtitle may put 在 before the date (—在3月2日政协某市……会议上,
the year left to the title); then its line must end on 会议上.

A news-style headline carries its subtitle on its own line after a blank: "关注饮水安全 解群众之忧 ——某区人大
开展专题调研". Two ASCII hyphens typed for the dash there (" --某区……") are the same slip. Only that shape is
read: a blank before the hyphens, Chinese right after them, and no sentence end before them on the line. Two
hyphens glued between words (基本支出表--人员经费, the finance ministry's own table names; 公开目录--年报, a
menu path) are left alone.

A title and its subtitle joined by a single em dash inside 《》 (《寒冬送温暖—关爱流浪乞讨人员》, 《全团行动 狠抓落实—某某
同志在……讲话》: two reports of two sets, and a third one's own title line, 某市志—红十字会志 under 某市志——红十字会志) are the
same slip. Four Han characters at least on each side of the dash keep a connecting mark out (《京津冀—长三角……》,
受理—登记—审核); a title's line outside 《》 is read only where the same text writes it with —— (a site's page title,
某网—法律法规查看, is the site's).
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule
from ..textspans import line_around

RULE = Rule(
    code="P020",
    name="subtitle-dash",
    severity="warning",
    summary="报告副题前的破折号写错",
    doc=(
        "检查什么：向人大或其常委会所作报告的副题（“——2021年9月2日在某县第十七届人民代表大会常务委员会第四十三次会议上”）"
        "前的破折号只写了一个“—”，或写成“一一”（两个汉字一）、“──”（制表线）、“--”等；新闻式标题与同一行副题之间的破折号写成“--”（“解群众之忧 --某区人大开展专题调研”）；书名号内正题与副题之间（“《寒冬送温暖—关爱流浪乞讨人员》”）或文中另写作“——”的标题行里只写了一个“—”。\n"
        "为什么：副题前的标点是占两个字位置的破折号“——”；写错的符号使副题格式不规范，“一一”读来是文字。\n"
        "不报的情形：正确的“——”；行中的“2019—2021年”等表示起止的连接号；紧贴在两词之间的“--”（基本支出表--人员经费、公开目录--年报）；连接两个地名或步骤的“—”（受理—登记—审核）。\n"
        "示例：“—2021年9月2日在乳源瑶族自治县第十二届人民代表大会常务委员会第三十九次会议上”应为“——2021年9月2日在……”。"
    ),
    flag=(
        "关于2020年度县级预算执行和其他财政收支的审计工作报告\n—2021年9月2日在某县第十二届人民代表大会常务委员会第三十九次会议上\n",
        "某区2021年预算执行情况和2022年预算草案的报告\n一一2022年1月22日在某区第十八届人民代表大会第一次会议上\n",
        "关于2021年预算执行情况的报告\n──2022年2月12日在某市第十七届人民代表大会第六次会议上\n",
        "县2022年度审计工作报告\n  —2023 年 8 月在县十八届人大常委会第十三次会议上\n",
        # 在 before the date, the year left to the title
        "政协某市第九届委员会常务委员会工作报告\n—在2月27日政协某市第九届委员会第三次会议上\n",
        # a headline's subtitle after a blank, on the same line
        "守护群众饮水安全 解决农户后顾之忧 --某县人大常委会开展饮水工程专题视察\n",
        # a title's subtitle inside 《》 joined by a single dash
        "民政局印发了《冬季送温暖—关爱困难群众专项行动方案》。\n",
        # a title line written with one dash, the same title with —— above it
        "某县志——卫生健康志\n编纂说明\n某县志—卫生健康志\n",
    ),
    keep=(
        "关于2020年度县级预算执行的审计工作报告\n——2021年9月2日在某县第十二届人民代表大会常务委员会第三十九次会议上\n",
        "一、2019—2021年预算执行情况\n项目实施期为2019—2021年，共三年。\n",
        "一一对应建立台账。\n—2021年度项目支出绩效目标表\n",  # a table's title line, no date 在
        "（一）收入\n─2021年9月2日在某县会议上\n",  # a single box line is P007's
        "主要做法\n- 2021年3月在全县开展专项检查，召开会议2次。\n",  # a hyphen bullet
        "大事记\n—2021年3月在县城召开项目推进会。\n",  # a dated line, not a subtitle before a meeting
        "大事记\n—在3月5日召开全县推进会议，部署全年工作。\n",  # 在 and a date, but a chronicle's line
        "八、一般公共预算基本支出表--人员经费(工资福利支出)\n",  # the table template's own name
        "详见政府信息公开目录--政府信息公开年报栏目。\n",  # a menu path, glued
        "全年完成检查12次。 --以上数据截至年底\n",  # after a sentence's end: a note, not a subtitle
        # a connecting dash between two names or steps, inside 《》 or in a line; a site's page title
        "印发《京津冀—长三角协作方案》，按照受理—登记—审核—办理—答复流程办理。\n",
        "法律法规网—法律法规查看\n",
    ),
)

# The marks a subtitle opens on when it is not ——: one em dash (not two), 一一, two box lines, two ASCII or
# full-width hyphens or en dashes (one hyphen may be a list's bullet).
_MARKS = ("—", "一一", "──", "--", "－－", "––")
_LEAD = " \u3000"
LEAD_MAX = 4  # blanks a subtitle line may open with
# What follows the mark on a subtitle: the date, 在 and the meeting (…会议上, perhaps on the next line).
_REST = regex_cache.compile(
    r"[ \u3000]{0,4}(?:19|20)\d{2}[ \u3000]{0,2}年[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}月"
    r"(?:[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}日)?[ \u3000]{0,2}在[^。；;]{0,60}会议")
# The other order (——在3月2日政协某市第十一届委员会第五次会议上), the year often left to the title: 在, the month and
# day, and a line that ends on 会议上, so a dated line of a chronicle (—在3月召开推进会议，……) is not read.
_REST_ZAI = regex_cache.compile(
    r"[ \u3000]{0,4}在[ \u3000]{0,2}(?:(?:19|20)\d{2}[ \u3000]{0,2}年[ \u3000]{0,2})?\d{1,2}[ \u3000]{0,2}月"
    r"(?:[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}日)?[^。；;，,\n]{2,60}会议上[ \u3000]{0,4}(?:\n|$)")


def _opens_line(text: str, i: int) -> bool:
    j = i
    while j > 0 and i - j < LEAD_MAX and text[j - 1] in _LEAD:
        j -= 1
    return j == 0 or text[j - 1] == "\n"


# A headline's subtitle on its own line: a blank, two hyphens (ASCII or full-width), Chinese at once.
_HEADLINE_DASH = regex_cache.compile(r"(?<=[\u4e00-\u9fff”》）])[ \u3000]{1,4}(--|－－)(?![-－])(?=[\u4e00-\u9fff“《])")
HEADLINE_REACH = 80  # characters from the line's start within which a headline's subtitle opens
_SENTENCE_END = "。；;！!？?"


def _dash_matches(text: str) -> list:
    """``_HEADLINE_DASH.finditer(text)``, tried only before each pair of dashes that a blank stands before: a match
    is the blanks (at most four, after a character the look-behind takes) right before one pair, so each pair holds
    one match or none, and no two overlap. A markdown table's rules (| --- |) hold hundreds of pairs; the pattern,
    led by a look-behind, was tried at every character of the text (8 ms on 500,000)."""
    found = {}
    for dash in ("--", "－－"):
        d = text.find(dash)
        while d >= 0:
            if d and text[d - 1] in " \u3000":
                for m in _HEADLINE_DASH.finditer(text, max(0, d - 4), d + 3):  # d + 2 read by the look-aheads
                    found[m.start()] = m
            d = text.find(dash, d + 1)
    return [found[k] for k in sorted(found)]


def _headline_dashes(text: str):
    """Two hyphens opening a headline's subtitle on the headline's line: no sentence ends before them."""
    i = text.find("--")
    j = text.find("－－")
    if i == -1 and j == -1:
        return
    for m in _dash_matches(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = text[line_start:m.start()]
        if m.start() - line_start > HEADLINE_REACH or any(c in head for c in _SENTENCE_END):
            continue
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"标题与副题之间的破折号写成了“{m.group(1)}”，应为“——”。", "——")


SUBTITLE_HALF = 4  # Han characters on each side of a single dash inside a title: a title and its subtitle, not
# two names joined (北京—上海, 接收—登记—审核 are connecting marks)


def _han_run(text: str, i: int, step: int) -> int:
    """How many Han characters run from ``i`` in the direction ``step`` (at most SUBTITLE_HALF are counted)."""
    n = 0
    while n < SUBTITLE_HALF and 0 <= i < len(text) and "\u4e00" <= text[i] <= "\u9fff":
        n += 1
        i += step
    return n


def _title_single_dashes(text: str):
    """A single em dash between two Han characters, joining a title and its subtitle: inside 《》
    (《寒冬送温暖—关爱流浪乞讨人员》), four Han characters at least on each side, or on a title's own line of Han characters that the same text writes with
    —— elsewhere (包头市志——红十字会志 over 包头市志—红十字会志)."""
    i = text.find("—")
    while i != -1:
        if text[i + 1:i + 2] == "—" or text[i - 1:i] == "—":
            i = text.find("—", i + 2)
            continue
        left, right = _han_run(text, i - 1, -1), _han_run(text, i + 1, 1)
        if left and right:
            line_start, line_end = line_around(text, i)
            opened = text.rfind("《", line_start, i)
            closed = text.find("》", i, line_end)
            line = text[line_start:line_end].strip()
            if opened != -1 and closed != -1 and text.find("》", opened, i) == -1 and text.find("《", i, closed) == -1 \
                    and left >= SUBTITLE_HALF and right >= SUBTITLE_HALF:
                yield Finding(i, i + 1, RULE.code, RULE.severity,
                              f"《{text[opened + 1:closed]}》中正题与副题之间的破折号只写了一个“—”，应为“——”。", "——")
            elif line.count("—") == 1 and all("\u4e00" <= c <= "\u9fff" for c in line.replace("—", "")) \
                    and line.replace("—", "——") in text:
                yield Finding(i, i + 1, RULE.code, RULE.severity,
                              f"“{line}”中的破折号只写了一个“—”，文中同一标题写作“{line.replace('—', '——')}”，应为“——”。",
                              "——")
        i = text.find("—", i + 1)


def check(ctx):
    text = ctx.text
    yield from _headline_dashes(text)
    if "—" in text:
        yield from _title_single_dashes(text)
    if "会议" not in text:
        return
    for mark in _MARKS:
        i = text.find(mark)
        while i != -1:
            end = i + len(mark)
            if (mark != "—" or text[end:end + 1] != "—" and text[i - 1:i] != "—") and _opens_line(text, i) \
                    and (_REST.match(text, end) or _REST_ZAI.match(text, end)):
                yield Finding(i, end, RULE.code, RULE.severity,
                              f"报告副题前的破折号写成了“{mark}”，应为“——”。", "——")
            i = text.find(mark, end)
