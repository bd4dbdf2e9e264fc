"""P020: the dash before a report's dated subtitle is not the two-em dash (—2021年9月2日在…会议上).

A budget, final-accounts or audit report read to a people's congress carries a subtitle under its
title: "——2021年9月2日在某县第十七届人民代表大会常务委员会第四十三次会议上". The mark before the date
is the two-em dash ——. Copies keep slipping it: one em dash (—2021年…, five reports of four sets), two
一 typed for it (一一2022年…), two box-drawing lines (──2022年…). The subtitle's shape (a line that opens
on the mark, then a date and 在) is the same in every province's template, so the slip is told from the
right mark without knowing the report. A single box line is P007's; a dash inside a line (2019—2021年)
is a range, not a subtitle, and is not read. A subtitle may put 在 before the date (—在3月2日政协某市……会议上,
the year left to the title); then its line must end on 会议上.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P020",
    name="subtitle-dash",
    severity="warning",
    summary="报告副题前的破折号写错",
    doc=(
        "检查什么：向人大或其常委会所作报告的副题（“——2021年9月2日在某县第十七届人民代表大会常务委员会第四十三次会议上”）"
        "前的破折号只写了一个“—”，或写成“一一”（两个汉字一）、“──”（制表线）、“--”等。\n"
        "为什么：副题前的标点是占两个字位置的破折号“——”；写错的符号使副题格式不规范，“一一”读来是文字。\n"
        "不报的情形：正确的“——”；行中的“2019—2021年”等表示起止的连接号。\n"
        "示例：“—2021年9月2日在乳源瑶族自治县第十二届人民代表大会常务委员会第三十九次会议上”应为“——2021年9月2日在……”。"
    ),
    flag=(
        "关于2020年度县级预算执行和其他财政收支的审计工作报告\n—2021年9月2日在某县第十二届人民代表大会常务委员会第三十九次会议上\n",
        "某区2021年预算执行情况和2022年预算草案的报告\n一一2022年1月22日在某区第十八届人民代表大会第一次会议上\n",
        "关于2021年预算执行情况的报告\n──2022年2月12日在某市第十七届人民代表大会第六次会议上\n",
        "县2022年度审计工作报告\n  —2023 年 8 月在县十八届人大常委会第十三次会议上\n",
        # 在 before the date, the year left to the title
        "政协某市第九届委员会常务委员会工作报告\n—在2月27日政协某市第九届委员会第三次会议上\n",
    ),
    keep=(
        "关于2020年度县级预算执行的审计工作报告\n——2021年9月2日在某县第十二届人民代表大会常务委员会第三十九次会议上\n",
        "一、2019—2021年预算执行情况\n项目实施期为2019—2021年，共三年。\n",
        "一一对应建立台账。\n—2021年度项目支出绩效目标表\n",  # a table's title line, no date 在
        "（一）收入\n─2021年9月2日在某县会议上\n",  # a single box line is P007's
        "主要做法\n- 2021年3月在全县开展专项检查，召开会议2次。\n",  # a hyphen bullet
        "大事记\n—2021年3月在县城召开项目推进会。\n",  # a dated line, not a subtitle before a meeting
        "大事记\n—在3月5日召开全县推进会议，部署全年工作。\n",  # 在 and a date, but a chronicle's line
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


def check(ctx):
    text = ctx.text
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
