"""B025: a row of a disclosure report's tables whose 总计 is not the sum of its parts.

The format of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号) fixes two tables whose totals are sums:
收到和处理政府信息公开申请情况 has, in every row (本年新收…, 上年结转…, 予以公开 …), the columns 自然人, five kinds
of 法人或其他组织 (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) and 总计, the sum of the six; 政府信息公开行政
复议、行政诉讼情况 has three groups (行政复议; 未经复议直接起诉; 复议后起诉) of 结果维持, 结果纠正, 其他结果, 尚未审结
and 总计, the sum of the four. Pages flatten these tables into lines of numbers parted by blanks or |: a line
of exactly seven whole numbers under the 自然人 … 总计 header, or of exactly fifteen under the 行政复议 header, is
such a row, and a total that is not its parts' sum is a figure copied or added wrongly. The applications table
also balances, column by column: 本年新收 + 上年结转 = 办理结果的总计 + 结转下年度继续办理 (the format's own note
under the table: 第一项加第二项之和，等于第三项加第四项之和).

The body's own count of the applications (本年度共受理政府信息公开申请2件) is the table's 本年新收 总计 (or, where
the body counts those carried over too, 新收 plus 上年结转): a count that is neither is a figure copied wrongly.

Read only in a text whose head names such a report (gen.check.disclosure_report); a row with any other count of
numbers (a cell lost, a sub-header) is left alone.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from .. import disclosure_report as dr
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B025",
    name="disclosure-table-totals",
    severity="error",
    summary="政府信息公开年度报告的申请情况表或行政复议、行政诉讼情况表中，总计不等于各栏之和",
    doc=(
        "检查什么：政府信息公开工作年度报告中“收到和处理政府信息公开申请情况”表的每一行（自然人、五类法人或其他组织、总计共7栏），"
        "总计是否等于前6栏之和；“政府信息公开行政复议、行政诉讼情况”表的一行（行政复议、未经复议直接起诉、复议后起诉三组，"
        "每组结果维持、结果纠正、其他结果、尚未审结、总计共15栏），每组总计是否等于前4栏之和；申请情况表各栏的“本年新收+上年结转”是否等于“办理结果总计+结转下年度继续办理”；"
        "正文所说收到（受理）的申请件数是否等于表中本年新收的总计（或加上年结转）。\n"
        "为什么：国办公开办函〔2021〕30号规定的表格格式中，总计就是各栏之和；不等说明数字填错或漏加。\n"
        "不报的情形：不是政府信息公开年度报告的；表头之下数字个数不是7个（或15个）的行（有格丢失，对不上栏）。\n"
        "示例：“一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 5”，总计应为4。"
    ),
    flag=(
        # the body counts two applications, the table three new ones
        "某局2023年政府信息公开工作年度报告\n二、依申请公开情况\n本年度，共受理政府信息公开申请2件，都在法定期限内予以答复。\n"
        "三、收到和处理政府信息公开申请情况\n自然人 | 法人或其他组织 | 总计 |\n"
        "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
        "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n自然人 | 法人或其他组织 | 总计 |\n"
        "一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |\n",
        "某局2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼 |\n"
        "1 0 0 0 2 0 0 0 0 0 0 0 0 0 0\n",
        "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n自然人 | 法人或其他组织 | 总计 |\n"
        "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        "（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
    ),
    keep=(
        "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n自然人 | 法人或其他组织 | 总计 |\n"
        "一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
        "某局2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼 |\n"
        "1 0 0 0 1 0 0 1 0 1 0 0 0 0 0\n",
        "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n自然人 | 法人或其他组织 | 总计 |\n"
        "（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n",
        "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n自然人 | 法人或其他组织 | 总计 |\n"
        "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        "（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n",
        "某局2023年部门决算\n自然人 | 法人或其他组织 | 总计 |\n本年 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |\n",
        # the body's count is the table's new applications, or those plus the ones carried over
        "某局2023年政府信息公开工作年度报告\n二、依申请公开情况\n本年度共受理政府信息公开申请3件，上年结转1件。"
        "全年收到政府信息公开申请4件。\n三、收到和处理政府信息公开申请情况\n自然人 | 法人或其他组织 | 总计 |\n"
        "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n",
    ),
)

_SEP = r"[ \t\u3000|｜]"
# A line ending in a run of whole numbers parted by blanks or bars, after an optional label.
_ROW = regex_cache.compile(rf"^([^\n]{{0,60}}?)(?<![\d.．,，])(\d{{1,7}}(?:{_SEP}+\d{{1,7}}){{6,14}}){_SEP}*$", re.M)
_NUMBER = regex_cache.compile(r"\d+")
_APPLICATIONS = regex_cache.compile(r"自然人[^\n]{0,60}总计")
_REVIEWS = regex_cache.compile(r"行政复议")
_NEXT_PART = regex_cache.compile(r"^[ \t\u3000]{0,4}[五六][、.．]", re.M)
# The rows of the format's identity 新收 + 上年结转 = 办理结果总计 + 结转下年度.
_BALANCE_ROWS = (("new", regex_cache.compile("本年新收")), ("old", regex_cache.compile("上年结转")),
                 ("left", regex_cache.compile("结转下年度")), ("done", regex_cache.compile(r"^[^\n]{0,12}总计")))
SPAN = 6000  # characters under a header read for its rows


def check(ctx):
    text = ctx.text
    if not dr.is_report(text):
        return
    header = _APPLICATIONS.search(text)
    if header:
        yield from _rows(text, header.end(), 7, ((0, 6),), "申请情况表")
        yield from _balance(text, header.end())
        yield from _told_count(text, header)
    for part in dr.parts(text):
        if part.index == 3:
            yield from _rows(text, part.end, 15, ((0, 4), (5, 9), (10, 14)), "行政复议、行政诉讼情况表")


def _balance(text: str, start: int):
    """新收 + 上年结转 = 办理结果总计 + 结转下年度, column by column, when the four rows are all there."""
    rows = {}
    for m in _rows_of(text, start, 7):
        label = m.group(1)
        for key, words in _BALANCE_ROWS:
            if key not in rows and words.search(label):
                rows[key] = m
                break
    if len(rows) < 4:
        return
    cells = {k: [(m.start(2) + x.start(), m.start(2) + x.end(), int(x.group())) for x in _NUMBER.finditer(m.group(2))]
             for k, m in rows.items()}
    for i in range(7):
        new, old, done, left = (cells[k][i][2] for k in ("new", "old", "done", "left"))
        if new + old != done + left:
            s, e, _ = cells["done"][i]
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"申请情况表中本年新收{new}件加上年结转{old}件为{new + old}件，而办理结果总计{done}件加结转下年度"
                          f"{left}件为{done + left}件，两者应相等。", None)
            return


# The body's count of the applications received, before the table: 共受理政府信息公开申请2件.
_TOLD_COUNT = regex_cache.compile(
    r"(?:受理|收到|接收|新收)了?(?:各类)?(?:政府信息公开|信息公开|依申请公开)申请(?:共|合计)?[ \u3000]?(\d{1,5})[ \u3000]?件")


def _told_count(text: str, header):
    """The body's count of applications against the table's 本年新收 总计 (and 新收 plus 上年结转)."""
    if "申请" not in text[:header.start()]:
        return
    totals = {}
    for m in _rows_of(text, header.end(), 7):
        for key, words in _BALANCE_ROWS[:2]:
            if key not in totals and words.search(m.group(1)):
                totals[key] = int(_NUMBER.findall(m.group(2))[-1])
    if "new" not in totals:
        return
    allowed = {totals["new"], totals["new"] + totals.get("old", 0)}
    for m in _TOLD_COUNT.finditer(text, 0, header.start()):
        said = int(m.group(1))
        if said not in allowed:
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"正文说收到（受理）申请{said}件，而申请情况表中本年新收总计{totals['new']}件，前后不一致。",
                          None)


def _rows_of(text: str, start: int, count: int):
    end = min(len(text), start + SPAN)
    n = _NEXT_PART.search(text, start, end)
    end = n.start() if n else end
    for m in _ROW.finditer(text, start, end):
        if len(_NUMBER.findall(m.group(2))) == count:
            yield m


def _rows(text: str, start: int, count: int, groups, table: str):
    for m in _rows_of(text, start, count):
        nums = list(_NUMBER.finditer(m.group(2)))
        base = m.start(2)
        for first, total in groups:
            parts = [int(x.group()) for x in nums[first:total]]
            said = int(nums[total].group())
            if sum(parts) != said:
                t = nums[total]
                yield Finding(base + t.start(), base + t.end(), RULE.code, RULE.severity,
                              f"{table}中这一组的总计为{said}，而各栏之和为{'+'.join(map(str, parts))}={sum(parts)}。",
                              str(sum(parts)))
