"""P003: doubled marks, such as "（一）、", "1、." or "，，".

A numbering mark already ends the number: （一） needs no 、 after it, 1. no
、. Doubled sentence marks (，， 。。 ，。) are editing leftovers, and so is an
indicator's comparison sign typed twice before its value (集中供水率≥≥98%): one
sign bounds a target. So is a per cent sign typed twice after a figure (提高12%%): one sign ends a rate.
A quoted or titled phrase wrapped in its marks twice (““十四五””, 《《条例》》) is a converter's or a typist's
slip: Chinese nests ‘’ inside “”, never “ inside “, so both sides doubled around one phrase are one mark too many.
A half-width comma, semicolon or colon beside a full-width mark is doubled too (职责是:、听取…: the page store turned the
colon half-width; a colon then a 顿号 most likely lost the list's first number, 一). Angle brackets doubled (首页>>信息公开) are a page's trail, not a sign. A comma and a Latin full stop between two
Chinese characters (明显提升,.事业全面进展) are a converter's leftover where words were lost: no clause closes on a comma.
A document library's page is not the report either (gen.check.library_pages): a mark doubled in its notice
("侵权必究。。") is the site's, and so is the 、 of its preview's fragment number before the file's own mark
("2、、取水口": the site cut the file right before a 、).
"""

from __future__ import annotations

import re


from ...core import regex_cache
from ...core.text_pairs import may_hold_pair
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..library_pages import fragment_marks, notice_lines
from ..registry import Rule

RULE = Rule(
    code="P003",
    name="doubled-mark",
    severity="warning",
    summary="标点或序号标记重复",
    doc=(
        "检查什么：序号后多余的标点（“（一）、”“1、.”“一、.”）、连续重复的标点（“，，”“。。”“，。”，汉字间的“,.”）、指标值前重复的比较符号（“≥≥98%”）"
        "和数字后重复的百分号（“12%%”）。\n"
        "为什么：“（一）”本身已是完整的序号，后面不再加顿号；重复标点是修改时的残留。\n"
        "用英文连字符拼成的破折号或连接号（“2023年1月31日---2023年12月31日”“运转类--日常管理类”）和打了两遍的破折号（“————”）也报告；"
        "讲话稿副标题前的破折号只写了一个“—”（“—2021年9月2日在……会议上”）同样报告。\n"
        "不报的情形：省略号“……”、破折号“——”、单独成行的分隔线；文库网站的声明（“本站……侵权必究。”）和文档预览分段的编号"
        "（网站把文档切成“1、”“2、”等段，段首恰是原文的“、”时成“2、、”）。\n"
        "示例：“（一）、公共卫生服务”应为“（一）公共卫生服务”。"
    ),
    flag=("（一）、公共卫生服务", "1、.政府采购执行情况", "工作取得成效，，群众满意。", "农村集中供水率≥≥98%，使用年限≤≤ 15年。",
          # a report's own short numbered items are no library's fragments
          "1、资金安排情况\n2、、资金使用情况",
          # a speech's subtitle opening with half a dash
          "关于2020年财政预算执行情况的报告\n—2021年9月2日在县第十二届人民代表大会常务委员会会议上\n",
          # a dash of ASCII hyphens between dates or words, and the dash typed twice
          "资金使用周期为2023年1月31日---2023年12月31日，项目类别为运转类--日常管理类。",
          "某县财政局\n————2022年1月4日在县第十八届人民代表大会上\n",
          # a per cent sign typed twice after a figure, in prose or in a table's cell
          "项目区粮食产能提高12%%，受益农户满意度95%。", "工程验收合格率|100%|100%％|15|15",
          # a phrase wrapped in its quotes or title marks twice
          "印发《某区卫生健康““十五五””发展规划》。", "依据《《预算法》》规定执行。",
          # a comma and a Latin full stop left where a converter lost words
          "城市管理水平明显提升,.事业全面进展,精神文明建设取得新成效。",
          # a half-width colon before a 顿号: the page store's colon, the mark doubled all the same
          "本会主要职责是:、听取残疾人意见,反映残疾人需求。"),
    keep=("（一）公共卫生服务", "1.政府采购执行情况", "工作取得成效……群众满意——这是结果。",
          # a page number between dashes, and a whole dash before the date
          "—1—\n——2021年9月2日在县人民代表大会上\n",
          # a telephone number's area code typed with two hyphens
          "地址：某路1号 电话:0941--6621683",
          # an index number's fields, a code of letters and figures
          "索引号: k352100--2023-0047 主题分类: 综合政务",
          "2023-2024年度，编号2023-01-05，——2022年1月4日\n--------------------\n————————————\n",
          # quotes nested the standard way, and a quote closed before another opens
          "落实“‘三保’支出优先”要求，推进“放管服”“互联网+政务服务”改革。",
          "当前位置：首页>>信息公开>>绩效管理\n农村集中供水率≥98%，受益人数≥24人。",
          # a format string's doubled sign (printf's %% is one sign) stands after no figure
          "完成率为100%，模板写作“%%d”，不是数字之后。",
          # half-width marks alone, or between figures and letters
          "主要职责是:一、听取意见,反映需求;二、维护权益。时间为9:30,地点为会议室。",
          # a document library's notice above the file: its doubled mark is the site's
          "  2. 2、本站文档均由网友上传，本站不对内容的完整性负责，如有侵权请联系客服。。\n某县2021年度项目绩效评价报告\n",
          # a library's preview cut the file into numbered fragments; the second begins with the file's own 、
          "1、某县2021年度衔接推进乡村振兴补助资金绩效评价报告。一、项目概况：全年安排资金860万元，用于15个行政村的"
          "基础设施和产业发展，其中新修村组道路12.6千米，硬化晒坝3400平方米，新建灌溉渠道5.2千米，"
          "改造人饮工程8处，新建产业路、便民桥、文化广场和村级综合服务设施若干处，另安排产业奖补资金用于种植、养殖和加工等项目，"
          "新建冷库两座、蓄水池\n2、、提灌站各一处，受益农户2100户。"),
)

_CN = "[一二三四五六七八九十]{1,3}"
# Numbering at a line (or table cell) start followed by an extra mark (groups 1 and 2). Led by the line break or
# tab before it (the text's start apart), not by a line-start test and a lookbehind, so that re skips to those
# by itself instead of trying every character: a match ends in a mark, never in a break, so the break before a
# match is never inside the one before, and the matches are the same.
_NUMBER_ITEM = rf"[ \u3000]{{0,4}}((?:[（(]{_CN}[）)]|[（(]\d{{1,2}}[）)]|{_CN}[、.．]|\d{{1,2}}[、.．]))([、.．，,]{{1,2}})(?![\d])"
_NUMBER_DOUBLE = regex_cache.compile(r"[\n\t]" + _NUMBER_ITEM)
_NUMBER_DOUBLE_AT_START = regex_cache.compile(_NUMBER_ITEM)
_MARKS = "，。、；：！？"
_PUNCT_DOUBLE = regex_cache.compile(f"[{_MARKS}]{{2,4}}")
# A half-width comma, semicolon or colon beside a full-width mark (主要职责是:、听取…; a page store turns full-width
# marks half-width, the 、 has no half-width form): two marks in a row all the same.
_HALF = ",;:"
_MIXED_DOUBLE = regex_cache.compile(f"[{_HALF}][{_MARKS}]|[{_MARKS}][{_HALF}]")
# A comparison sign typed twice before an indicator's value (≥≥98%); not a run of three or more (a drawn line).
# Opening with the sign (the sign before it looked for behind both) lets re skip ahead to the signs: a pattern
# opening with a lookbehind is tried at every character of the text.
_SIGN_DOUBLE = regex_cache.compile(r"([≥≤])(?<![≥≤][≥≤])\1(?![≥≤])(?=[ \t]{0,1}\d)")
# A dash typed with ASCII hyphens between words or dates (2023年1月31日---2023年, 运转类--日常管理类), and the
# Chinese dash typed twice (————2022年1月4日): not a rule line, which stands alone on its line.
# ASCII hyphens run two or three long, or the dash typed four long, between words or figures. Led by the
# hyphens or dashes themselves, the neighbours tested behind and ahead in the same pass (a Markdown
# table's "| --- |" rows hold hundreds of runs: no Python per run).
_DASH_RUN = regex_cache.compile(
    r"---(?<=[\u4e00-\u9fff\d]---)(?=[\u4e00-\u9fff\d])|--(?<=[\u4e00-\u9fff\d]--)(?=[\u4e00-\u9fff\d])"
    r"|————(?<!—————)(?![—])(?=[\u4e00-\u9fff\d])")
# A speech's subtitle opens with a dash before its date (——2021年9月2日在……会议上); one — alone is half of it.
# A page number set between dashes (—1—) holds no four-figure year.
_HALF_DASH = regex_cache.compile(r"^[ \t\u3000]{0,8}(—)(?=\d{4}[年\d])", re.M)
# An area code (0941) before the hyphens and seven or eight digits after them: a telephone number, no dash.
# A per cent sign typed twice right after a figure (12%%, 95%％): one sign ends the rate. Led by the signs
# (rare), the figure tested behind them.
_PERCENT_DOUBLE = regex_cache.compile(r"[%％]{2}(?<=\d[%％]{2})(?![%％])")
_PHONE = regex_cache.compile(r"\D?0\d{2,3}-")
# A phrase wrapped twice in the same pair of marks (““十四五””, 《《预算法》》): both sides doubled, one phrase inside.
_WRAP_DOUBLE = regex_cache.compile(r"““([^“”\n]{1,30})””|《《([^《》\n]{1,40})》》")
_PHONE_TAIL = regex_cache.compile(r"\d{7,8}(?!\d)")
# A comma and a Latin full stop between two Chinese characters (提升,.事业全面进展): no sentence closes on a comma; a
# converter that lost words left both marks. Led by the comma; figures (1,.5) are not read.
_COMMA_POINT = regex_cache.compile(r"[,，][.．](?<=[\u4e00-\u9fff][,，][.．])(?=[\u4e00-\u9fff])")
# A code of Latin letters, figures and hyphens (an index number, 索引号: f679500--2024-0031): its hyphens part
# the code's fields and are no dash. Read on the ASCII run around the hyphens, which must hold a Latin letter.
_CODE_BEFORE = regex_cache.compile(r"[A-Za-z0-9]{1,24}$")
_CODE_AFTER = regex_cache.compile(r"[A-Za-z0-9\-]{1,24}")



def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the hyphens stand inside a code of Latin letters and figures (索引号 f679500--2024-0031)."""
    before = _CODE_BEFORE.search(text, max(0, start - 24), start)
    after = _CODE_AFTER.match(text, end)
    code = (before.group() if before else "") + (after.group() if after else "")
    return bool(before and after) and any("a" <= c.lower() <= "z" for c in code)


def _dash_runs(text: str):
    """Dashes typed with ASCII hyphens or typed twice, past a telephone number's and a code's hyphens."""
    for m in near_needles(_DASH_RUN, text):
        if _PHONE.match(text, max(0, m.start() - 5)) and _PHONE_TAIL.match(text, m.end()):
            continue  # 0941--6621683: a telephone number's area code, typed with two hyphens
        if _in_code(text, m.start(), m.end()):
            continue  # f679500--2024-0031: an index number's fields
        ascii_run = m.group()[0] == "-"
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“{m.group()}”{'是用英文连字符拼成的破折号或连接号' if ascii_run else '是破折号打了两遍'}："
            "起止之间应写“至”或“—”，破折号应为“——”。", "——" if not ascii_run else None,
        )


def _mixed_doubles(text: str, in_notice):
    """A half-width comma, semicolon or colon beside a full-width mark (职责是:、听取…)."""
    if not (may_hold_pair(text, _HALF, _MARKS) or may_hold_pair(text, _MARKS, _HALF)):
        return
    for m in _MIXED_DOUBLE.finditer(text):
        if in_notice(m.start()):
            continue
        lost = m.group()[0] in ":：" and m.group()[1] == "、"  # 职责是:、听取…: the list's first number lost
        yield Finding(m.start() + 1, m.end(), RULE.code, RULE.severity,
                      f"冒号后直接是顿号“{m.group()}”：列举的第一个序号（如“一”）可能丢了，应补上序号或删去顿号。" if lost
                      else f"标点重复：“{m.group()}”，请只保留一个。", None if lost else "")


def check(ctx):
    text = ctx.text
    notices = notice_lines(text)
    marks = fragment_marks(text)
    sites = {s for s, _ in marks}  # the starts of a library's fragment numbers ("2、")
    site_marks = {e - 1 for _, e in marks}  # and their 、

    def in_notice(pos: int) -> bool:
        return any(s <= pos < e for s, e in notices)

    first = _NUMBER_DOUBLE_AT_START.match(text)
    for m in ([first] if first else []) + list(near_needles(_NUMBER_DOUBLE, text)):
        if m.start(1) in sites or in_notice(m.start(1)):
            continue  # the site's number before the file's own mark, or the site's notice
        number = m.group(1)
        yield Finding(
            m.start(2), m.end(2), RULE.code, RULE.severity,
            f"序号“{number}”后不应再加“{m.group(2)}”。", "",
        )
    # two of the marks in a row, else no run (a long text's pairs are known: the class is not tried everywhere)
    for m in near_needles(_PUNCT_DOUBLE, text) if may_hold_pair(text, _MARKS, _MARKS) else ():
        run, start = m.group(), m.start()
        if start in site_marks:
            run, start = run[1:], start + 1  # the site's 、 after its fragment number is not the file's
        if len(run) < 2 or run in ("？！", "！？") or in_notice(start):
            continue
        yield Finding(
            start + 1, m.end(), RULE.code, RULE.severity,
            f"标点重复：“{run}”，请只保留一个。", "",
        )
    yield from _mixed_doubles(text, in_notice)
    if ",." in text or "，." in text or ",．" in text or "，．" in text:
        for m in _COMMA_POINT.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"标点重复：“{m.group()}”，逗号后多了英文句点，常是转换时丢了字留下的，请对照原件补全并只保留逗号。", None)
    if "--" in text or "————" in text:
        yield from _dash_runs(text)
    if "—" in text:
        for m in _HALF_DASH.finditer(text):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          "副标题前的破折号只写了一半：破折号应为“——”。", "——")
    if "%%" in text or "％" in text:
        for m in _PERCENT_DOUBLE.finditer(text):
            yield Finding(m.start() + 1, m.end(), RULE.code, RULE.severity,
                          f"百分号重复：“{m.group()}”，请只保留一个。", "")
    if "““" in text or "《《" in text:
        for m in _WRAP_DOUBLE.finditer(text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            single = m.group()[1] + inner + m.group()[-1]
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"标号重复：{m.group()}两侧的标号各多了一个，应只保留一层，写作{single}。", single)
    # every match is a sign doubled: without ≥≥ or ≤≤ side by side (a long text's pairs tell) none is there
    for m in _SIGN_DOUBLE.finditer(text) if may_hold_pair(text, "≥", "≥") or may_hold_pair(text, "≤", "≤") else ():
        yield Finding(
            m.start() + 1, m.end(), RULE.code, RULE.severity,
            f"比较符号重复：“{m.group()}”，请只保留一个。", "",
        )
