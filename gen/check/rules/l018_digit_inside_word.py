"""L018: a stray digit inside a common word (其3中 for 其中, 政2府 for 政府).

A transcription that lost its place, a page number the extraction dropped into a line, or a
footnote mark read as text leaves a digit between the two characters of a word: 其3中行政规范性
文件, 信1息公开. The sentence still reads to the eye, but a figure now stands where none was written
and a reader may take it for a count. Only words whose two characters never stand round a figure in
a report's own writing are listed: neither opens a count (其, 以, 通 before a figure) nor is a measure
or unit (中 of 3中, 位 of 3位, 度 of 3度, 件 of 3件 and the like are left out), so 其中3项, 第3中学, 3位专家
and 有3件 stay silent; the figure must stand glued on both sides, no space, no mark.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.text_heads import matches_at
from ...core.text_pairs import MIN_CHARS, digits_after
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L018",
    name="digit-inside-word",
    severity="warning",
    summary="常用词中间夹了数字（其3中、政2府），多是转录或提取留下的噪声",
    doc=(
        "检查什么：常用的双字词两字之间夹了一两位数字（“其3中”“政2府”“信1息公开”“根3据”），"
        "多是转录出错、页码或脚注标记混进正文留下的。\n"
        "为什么：句子读来像多了一个数字，读者可能把它当成数量；应删去数字并按原件核对。\n"
        "不报的情形：数字后面是量词或单位的（“第3中学”“3位专家”“3件”“3度”）；两字之间有空格或标点的；"
        "词表以外的字。\n"
        "示例：“其3中行政规范性文件5件”应为“其中行政规范性文件5件”。"
    ),
    flag=(
        "全年主动公开政府信息120条，其3中行政规范性文件5件。",
        "按照《条例》要求，做好政2府信息公开工作。",
        "根1据市政府统一部署，认真落实各项工作。",
    ),
    keep=(
        "全年公开信息120条，其中3条为规范性文件；第3中学、3位专家、有3件申请。",
        "召开会议12次，印发文件3件，其中2件已公开；政府信息公开 2 条，信息（3）公开。",
        "室外温度3度，全部3门课程，名单3位同志，条3例病例。",
    ),
)

# Two-character words of a report whose first character opens no count and whose second is no measure word
# or unit: a figure between them is noise. Words whose second character counts (中 of a school, 位, 件, 度, 门,
# 题, 例, 台, 站, 成, 点, 面, 时, 强, 行, 标, 设 of 设施) or whose first takes a figure (为, 有, 加) are left out.
WORDS = frozenset("""
其中 以及 通过 并且 按照 根据 关于 已经 没有 积极 认真 推进 落实 完善 工作 政府 信息 公开 情况 管理 服务 资金
项目 相关 要求 规定 申请 办理 依法 主动 组织 领导 群众 社会 发展 实施 监督 政务 公众 行政 复议 诉讼 报告 目前
继续 切实 不断 严格 规范 确保 保障 健全 机制 领域 内容 范围 栏目 任务 措施 质量 安全 宣传 培训 检查 经济 财政
预算 绩效 评价 教育 卫生 健康 环境 保护 生态 系统 数据 统计 期间 其他 包括
""".split())
_FIRSTS = "".join(sorted({w[0] for w in WORDS}))
_SECONDS = "".join(sorted({w[1] for w in WORDS}))
# The digits open the pattern, the word's first character tested behind the first digit (and no figure or
# letter before that character): re skips to digits by itself instead of trying the class at every character.
_NOISE = regex_cache.compile(r"\d(?<=(?<![0-9A-Za-z])[" + _FIRSTS + r"]\d)\d?(?=[" + _SECONDS + "])")


def _noise(text: str):
    """_NOISE's matches. A long report's are tried only at the digits right after a word's first character
    (text_pairs.digits_after, one vectorised pass): a pattern led by a digit is tried at every digit of the text
    (3 ms of 200,000 characters)."""
    if len(text) < MIN_CHARS:
        return _NOISE.finditer(text)
    return matches_at(_NOISE, text, digits_after(text, _FIRSTS))


def check(ctx):
    text = ctx.text
    for m in _noise(text):
        start, end = m.start() - 1, m.end() + 1
        word = text[start] + text[m.end()]
        if word not in WORDS:
            continue
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"“{text[start:end]}”中间夹了数字“{m.group()}”，疑为转录或提取留下的噪声，应为“{word}”，请按原件核对。",
                      word)
