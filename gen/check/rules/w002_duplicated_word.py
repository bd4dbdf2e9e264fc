"""W002: a character or word typed twice ("的的", "进一步步", "加强加强").

Chinese reduplicates on purpose (常常, 人人, 层层, 步步: the word lists are
data, glossary/reduplications.yaml) and words meet at a shared character
(项目目标, 2021年年底), so a doubled character alone proves nothing. The segmenter decides: a doubling is flagged only when the two
characters fall into different words and one of them is left over as a
single character, or when the same word is repeated back to back.

A title spaced out letter by letter ("目 录", as PDF and web copies print
headings) can double a character across the spaces ("目 目 录"), where the
segmenter sees only lone characters. That form is read apart: one character,
the same again, and a third that makes a common word with it, each standing
alone between blanks. Other blanks between doubled words are left alone: in
a table copied as text they part cells that may well repeat ("公开 公开").

A year written out in Chinese numerals ("二〇二二年", "一九九九年", as a
report's date line prints it) doubles a digit because the year does, not
the typist: a doubled digit inside four numeral characters that hold a zero
(〇, 零) or end at 年 is left alone; a congress's 大 typed twice is not (十九大大精神, gen.check.numeral_doublings).

A run-in label typed twice ("绩效目标完成情况：绩效目标完成情况：一是…") is a doubling the segmenter cannot see as one
word: two or more characters, a colon, the same again and a colon. So is a sentence's lead said on both sides of its
colon ("……万元，主要用于：主要用于单位人员工资"): three or more characters after a comma, the colon, and the same
characters opening the words after it (a heading's label at a line's start, 完成情况：完成情况良好, is left). A heading
run into its line (一、关于今年的统计工作统计工作是……，) ends in the word its body opens with: said once in each
(run_in_headings.title_then_body); a short lead (（一）加强加强组织领导，) is still read.

A heading's numeral typed twice ("一一、部门职责") is one word to the
segmenter (一一, one by one); at a line's start before 、 it is a numbering
mark, where no numeral repeats (十一、, 二十一、 are other numbers).

A site's tool bar above a report ("无障碍浏览无障碍浏览 | 长者专区", page_chrome.is_tool_bar) reads each tool's
label twice when its icon's text and its own are both copied: a doubling on that line is the page's, not the
author's; so is one in a navigation trail's crumbs ("当前位置：当前位置： 首页 > …", page_chrome.trail_end).
So is one on a page's byline, the site's name run into its column's before the host name and the time it put
the page out ("某市某市统计局 tjj.example.gov.cn 发布时间:2022-09-01", page_chrome.is_byline).

A list's item typed twice ("内科、外科、外科、妇产科") is two words to the
segmenter with a mark between them: an item of two or more characters
standing whole right before a 、 and the same again right after it (then a
、, a clause's mark, 和, 及 or 等). A list never names one member twice.

A word repeated inside the brackets right after it ("部门（部门）基本概况", a
template's 部门（单位） whose second word was replaced by the first) glosses
nothing: the brackets name another form, never the same one.

An office's kind typed twice in a list of offices ("群众体育处、竞技体育处处、青少年体育处") is one word to
the segmenter (处处, everywhere): it is read where a neighbouring item ends in the same kind
(gen.check.doubled_kind).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Callable

from ...core import regex_cache
from ...core.glossary_user import per_glossary
from .. import doubled_marks
from ..bracketed_repeats import bracketed_again
from ..doubled_kind import doubled_kinds
from ..numeral_doublings import congress_doubled, in_numerals
from ..confusion import freq
from ..domain_words import rule_words, word_file
from ..finding import Finding
from ..tripled import echo_paragraphs, emphasised, repeated, tripled, verb_around_adverb
from ..form_lines import form_run_together, restates_name
from ..form_fields import cells_meet as _cells_meet, field_follows as _field_follows, next_field as _next_field
from ..page_chrome import after_dateline, is_byline, is_tool_bar, trail_end
from ..run_in_headings import title_then_body
from ..reduplications import Reduplications, load_reduplications, prove
from ..split_typos import recent_at
from ..doubled_levels import LEVELS, body_follows, head_title_after, level_before_body, levels_listed, town_named
from ..textspans import finditer_from, line_around, title_then_prose
from ..registry import Rule

RULE = Rule(
    code="W002",
    name="duplicated-word",
    severity="warning",
    summary="字词重复",
    doc=(
        "检查什么：误重复的字或词，如“的的”“进一步步”“加强加强”；列举中同一项连写两次（“外科、外科、妇产科”）；冒号前后同一引语写两遍（“，主要用于：主要用于……”）；机构名单中名称末字重复（“群众体育处、竞技体育处处、”）。\n"
        "为什么：重复多是修改文字时留下的残余，读来不通顺。\n"
        "不报的情形：正常的叠词（常常、人人、年年、天天、层层、步步等），"
        "以及两个词首尾相接恰好同字（项目目标、2021年年底、人口口径）；摘录在重复处断开（“公安局局”后被截去“长”）；网站工具栏中图标和文字各读一遍的栏目名（“无障碍浏览无障碍浏览 | 长者专区”）。\n"
        "示例：“进一步步加强管理”应为“进一步加强管理”。"
    ),
    flag=("全年主动公开信息3030条，公开主动公开政府文件16份。", "县委巡察办办公室负责日常工作。", "局党组切实把整改责任切实扛在肩上。", "坚持以脱贫攻坚坚坚统揽经济社会发展全局。", "山王坪镇镇人民政府负责全镇工作。", "我们的的工作取得了成效。",
          # a form's header named in a sentence is no form run together: the slip in the next line stands
          "本表列年初预算数和全年执行数。\n年度目标已全部全部完成。\n", "进一步步加强管理。", "要加强加强队伍建设。", "根据《预算法》等文件文件精神开展评价。",
          "项目支出绩效自评报告\n目 目 录\n", "全年预算执行良好。绩效目标完成情况：绩效目标完成情况：一是产出指标全部完成。",
          "年末的的库存清点完毕。", "一一、部门职责\n", "积极争取上级财政财政补助资金。",
          "全年政府采购支出政府采购支出总额58万元。", "组织老年人健康体检健康体检活动两次。", "其中：其中：人员经费20万元。", "教育支出2384.48万元，主要用于：主要用于单位人员工资、保险。", "当前位置：首页 > 信息公开\n绩效目标完成情况：绩效目标完成情况：全部完成。\n",
          "由某某区区民政局负责实施。", "西城街道2023年工作总结\n西城街街道办事处负责实施。\n",
          # a doubling in a sentence of the report, under the page's byline: the author's
          "发布时间:2022-09-01 tjj.example.gov.cn\n本局由某市某市统计局主管。\n", "由某县城关镇镇水务所负责实施。", "您在镇镇第二十届人民代表大会第一次会议上提出的建议收悉。", "设内科、儿科、外科、外科、妇产科等科室。", "开设语文、英语、英语和数学课程。",
          "一、部门（部门）基本概况\n", "内设综合科、业务科科、财务科等3个科室。", "中心为市人社局局直属事业单位。", "本报告在某市人民政政府门户网站公布。",
          # a line's first label typed twice: no label before it, so no form's value runs into the next field
          "图文讲解讲解链接：点击查看图文讲解\n", "（一）加强加强组织领导，落实责任。", "前言。\n一、关于今年的审计工作审计工作\n审计工作是重要基础。\n", "某区举办应急救护技能展示活动，年度目标已全部全部完成，演示了心肺复苏。\n", "贯彻党的十九大大精神。"),
    keep=("全年主动公开信息3030条，其中主动公开政府文件16份；推进政务公开，主动公开政策解读。", "要积极参与，积极参与各项活动。", "局党组切实把整改责任扛在肩上，迅速行动，把任务迅速分解到股室。", "某市北关街街道办事处负责辖区综合治理。", "某区举办应急救护技能展示活动\n活动现场，16支救护队演示了心肺复苏。\n", "中心为市人社局直属事业单位，局直属单位3个，厅属高校2所，县委委员5人。", "本项目的目的是为解决审计力量的不足。", "表十：某县国有资本经营支出决算表\n表十一：某县地方政府债务限额和余额情况表\n", "截至2021年年底，项目目标全部完成。", "报告日期：二〇〇〇年一月。", "教育支出2384.48万元，主要用于：单位人员工资。\n二、完成情况：完成情况良好。\n", "坚持以脱贫攻坚统揽经济社会发展全局。", "受区卫生健康委委托开展爱国卫生指导，外派纪检监察组组成联合检查组。", "县委委员列席委员会会议，推进人民民主。",
          "保护提高耕地地力，提高农业综合生产能力。", "全县实现镇镇通公交、村村通硬化路，乡乡第一时间响应。", "用于全县县、乡、村道公路日常养护。", "常常深入基层，层层压实责任，人人参与。", "一个一个地检查，步步为营。", "一张张福字、一次次走访送到群众手中。",
          "项目名称:苗圃建设市级配套项目项目单位:某市林业局主管部门:某市人民政府",
          # a 自评表 run into one line, its two goal columns interleaved: 河道保 | 保洁 meet at the cut
          "部门整体绩效自评表年初绩效目标全年绩效目标实际完成情况完成河道保完成河道保保洁任务,水质达标洁任务,水质达标\n",
          "项目支出绩效自评报告\n目 录\n", "当前位置：当前位置： 首页 > 信息公开\n某会2022年度部门决算\n", "公开方式 主动公开 公开范围 面向全社会\n", "人 人 有 责\n",
          "持续加大大数据审计力度。", "新增增养殖业户120户。",  # a word ending in the character, then a newer word (大数据, 增养殖)
          "评价等级 优 优 良 中\n", "二级指标 三级指标 效益指标经济效益指标指标1亩均增收5%\n", "成本指标 资金是否超支 是否超支否否10\n", "质量指标资金使用专款专用专款专用专款专用10\n", "预算时对对象摸底不够准确。", "眉山市市场监督管理局（简称市市场监管局）",
          "发放耕地地力保护补贴156.8万元。", "核定事业编制60名，现在职职工52人。",
          # an excerpt that breaks off after 局, the first character of 局长
          "评价工作由绩效评价小组负责，组长由县公安局局", "绩效目标完成情况：一是产出指标全部完成。二是绩效目标完成情况：良好。",
          # a goal table's row run into one line: the next cell restates the indicator's name (保障院内安全|安全排查次数)
          "开展全院安全排查次数6开展安全排查,保障院内安全安全排查次数6次以上计3分,少于6次不计分3\n",
          "发布机构 县统计局 公开方式 依申请公开\n公开范围 面向社会 公开时限 长期公开\n",
          # the site's tool bar, each tool's label read twice (its icon's and its text)
          "无障碍无障碍 | 长者模式 | 登录\n某县2023年度部门决算\n",
          # a page's byline: the site's name, its column's name, its host and the time it put the page out
          "某市某市统计局 tjj.example.gov.cn 发布时间:2022-09-01 12:01\n某市统计局2021年度部门决算\n",
          "市农业农村局\n二〇二二年三月\n", "某某日报/2023年/3月/1日/第002版综合新闻\n综合新闻某县召开会议\n", "年初预算数全年预算数全年执行数分值执行率得分资金总额12.5 12.5 10 100% 10\n", "十一、部门职责\n一一对应，逐项核实。\n", "落款：某县教育局 二〇一一年五月", "成立于一九九九年。",
          "内设基础教育办公室、办公室、教务处；编号1、1、2；“外科”、“外科”；天天、月月、年年。",
          # the adverb 处处 in a list of adverbs, and a 科长 after the office's name
          "做到时时处处、事事人人严格要求；由财务科科长负责，儿童福利司司长、派出所所长参加。",
          "全面落实“一四四六”工作思路。",  # a quoted code of numerals read out digit by digit
          # towns whose one-character name ends in 镇 (章镇 + 镇), written so each time
          "受木镇镇人民政府委托，向大会作报告。章镇镇2024年财政预算执行情况。",
          # a water works' 出厂水 before its 水质, a 末梢血 (fingertip blood) before its 血糖: a domain word, then a word that starts with its end
          "供水水量及出厂水水质基本能够满足人们的生活和生产需要。", "为失能老人提供血压测量、末梢血血糖检测。", "公开法律、法规和国家有关规定规定应当主动公开的其他信息。",
          # the slogan's rising repetition: the word twice, then a third time after 再
          "发扬奋斗奋斗再奋斗、创新创新再创新的精神。", "党的二十大大力推进改革，十九大以来大大提高了效率。", "我讲几点意见。一、关于今年的审计工作审计工作是实行科学决策的重要基础，要抓好落实。"),
)

_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")
_DOUBLE = regex_cache.compile(r"([\u4e00-\u9fff])\1")
KIND_WORD_FREQ = 1000  # the word after the kind must be this common (委托, 组成), not a lone slip
_WINDOW = 8
_YES_NO = "是否有无"  # the answers a yes/no indicator's target and actual columns hold
# A digit right after the second word: it is a numbered label (指标1, 任务2), a table's next cell.
_NUMBERED_CELL = regex_cache.compile(r"[0-9０-９]")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of a short window, from the spaCy pipeline's tokenizer (jieba, glossary-aware), with offsets."""
    from ..analyse import get_nlp  # built once per process, only when a doubling needs judging

    return [(t.idx, t.idx + len(t.text), t.text) for t in get_nlp().tokenizer(text) if not t.is_space]


def _clause(text: str, s: int, e: int) -> tuple[int, int]:
    """A window around s..e that stops at punctuation or line ends."""
    lo = s
    while lo > 0 and s - lo < _WINDOW and _HAN.match(text[lo - 1]):
        lo -= 1
    hi = e
    while hi < len(text) and hi - e < _WINDOW and _HAN.match(text[hi]):
        hi += 1
    return lo, hi


# A year in Chinese numerals: four numeral characters holding a zero, or followed by 年 (二〇二二, 一九九九年); its zero
# typed as the letter O or the digit 0 (二O二二年: W001 reports the letter) is still a year.


def _in_domain_word(text: str, s: int, doubled: str) -> bool:
    """A word of the domain list that holds ``doubled`` stands in ``text`` over offset ``s`` (the
    segmenter does not know it: 耕地地力 reads as 耕地 / 地 / 力)."""
    return any(text.startswith(word, s - at) for word, at in _doubling_words().get(doubled, ()))


@lru_cache(maxsize=1)
def _doubling_words() -> dict[str, tuple[tuple[str, int], ...]]:
    """The domain words that hold a doubled character, by the doubling, each with where it stands in
    the word: read once, not the whole list at every doubling of a long text."""
    out: dict[str, list[tuple[str, int]]] = {}
    for word in rule_words(word_file(), "w011"):
        for m in _DOUBLE.finditer(word):
            out.setdefault(m.group(), []).append((word, m.start()))
    return {k: tuple(v) for k, v in out.items()}


def _doubled_chars(text: str, lists: Callable[[], Reduplications]):
    cut = len(text.rstrip())  # where an excerpt that breaks off mid-word ends
    for m in repeated(_DOUBLE, text, 2):  # _DOUBLE.finditer(text), tried only at doubled characters
        s, e = m.span()
        if e == cut:
            continue  # the text breaks off right after it: the second may open a word cut off (公安局局|长)
        if in_numerals(text, s) or levels_listed(text, s, e) or head_title_after(text, s, e):
            continue  # 二〇二二年: the year's digits; 全县县、乡、村道: a list of levels; 福利司司长: the head's title
        if m.group(1) in _YES_NO and _NUMBERED_CELL.match(text, e):
            continue  # 是是8: a yes/no indicator's target and actual cells, then its score
        if _in_domain_word(text, s, m.group()) or lists().in_doubled_name(text, s, m.group()) or town_named(text, s):
            continue  # 耕地地力保护, 凉山州州本级: a domain word, or a name of glossary/reduplications.yaml, holds it
        if lists().softened_verb(text, s) or lists().light_verb(text, s):
            continue  # 洗洗澡、治治病: a verb said twice to soften it; 对此项工作作了安排: a light verb after its object
        lo, hi = _clause(text, s, e)
        toks = _tokens(text[lo:hi])
        first = next(t for t in toks if t[0] <= s - lo < t[1])
        second = next(t for t in toks if t[0] <= s + 1 - lo < t[1])
        if first is second:
            if level_before_body(text, s, toks, first, lo) or congress_doubled(text, s):
                yield s, e, m.group()[0], m.group()
            continue  # one word: 常常, 的的确确
        if first[2] in lists().before_word.words and len(second[2]) > 1 and second[0] == s + 1 - lo:
            continue  # 对对象, 市市场监管局: a preposition or level prefix, then a word that starts with it
        if (first[2] in lists().after_word.words or first[2] == "一" + m.group(1)) and first[1] == s + 1 - lo:
            continue  # 为目的的, 标的的: a word ending in the character, then the particle; 一张|张: a measure said twice after 一
        if len(first[2]) > 1 and first[1] == s + 1 - lo and recent_at(text, s + 1):
            continue  # 加大|大数据: a word ends in the character, and a newer word jieba lacks starts with it
        if first[2] in lists().body_kinds.words and second[0] == s + 1 - lo and len(second[2]) > 1 and freq(second[2]) >= KIND_WORD_FREQ \
                and s > 0 and _HAN.match(text[s - 1]):
            continue  # 卫生健康委|委托, 纪检监察组|组成: a body's kind ends its name, a common word starts with it
        if m.group() in LEVELS and len(first[2]) == len(second[2]) == 1 and s > 0 and _HAN.match(text[s - 1]) \
                and body_follows(text, e):
            yield s, e, m.group()[0], m.group()  # 漷县镇镇水务所: both lone, a body's name after them
            continue
        if m.group() in lists().words:
            # 进一步步: a word ends in 步 and a lone 步 follows.
            bad = len(first[2]) > 1 and len(second[2]) == 1
        else:
            bad = len(first[2]) == 1 or len(second[2]) == 1
        if bad:
            yield s, e, m.group()[0], m.group()


def check(ctx):
    # The lists (and the segmenter their proof needs) are loaded only when a doubling is seen.
    text = ctx.text
    marks = (Finding(s, e, RULE.code, RULE.severity, message, fix) for s, e, message, fix in chain(doubled_marks.find(text), verb_around_adverb(text)))
    again = (Finding(s, e, RULE.code, RULE.severity,
                     f"“{text[s:e]}”括号中又写了一遍“{word}”，括号内应是另一种写法（如“部门（单位）”），请核对。", None)
             for s, e, word in bracketed_again(text))
    kinds = (Finding(s, e, RULE.code, RULE.severity, message, kind)
             for s, e, message, kind in doubled_kinds(text))
    triples = (Finding(s, e, RULE.code, RULE.severity,
                       f"“{text[s:e]}”中“{text[s]}”字连写了{e - s}次，多打了字，请删去多余的“{text[s]}”。", None)
               for s, e in tripled(text))
    found = chain(_findings(text, ctx.paragraphs, reduplications), _spaced_out(text), marks, again, kinds, triples)
    for f in found:
        span = text[f.start:f.end]  # ……支出决算表 / 表十一：…: a list's next item (its line joined by the reader or not)
        mid = f.start + (span.index("\n") + 1 if "\n" in span else len(span) // 2)  # where the second copy starts
        if ("\n" in span and _ITEM_OPENS.match(text, mid)) or (span[:mid - f.start].strip() == span[mid - f.start:].strip()
                                                                and (title_then_prose(text, mid) or len(span) >= 4 and title_then_body(text, mid))) \
                or _TABLE_LABEL.match(text, f.start + len(span) // 2):
            continue
        line_start, line_end = line_around(text, f.start)
        line = text[line_start:line_end]
        # 无障碍浏览无障碍浏览 | 长者专区: a site's tool label read twice; 当前位置:当前位置: 首页 > …: the trail's, alike
        # 年初绩效目标…实际完成 unbroken: a 自评表 run into one line, its columns' cells meeting by chance (form_lines)
        # 湘潭市湘潭市统计局 xttj.xiangtan.gov.cn 发布时间:…: a page's byline, the site's name run into its column's; 第005版共青团 | 共青团某县委: a clipping's page name, then its headline
        if (not is_tool_bar(line) and f.start - line_start >= trail_end(line) and not form_run_together(line)
                and not is_byline(line) and not after_dateline(text, f.start)):
            yield f


# What opens a list's item or a table's label at a line's start (表十一：, 附表2, 一、, （一）, 1.).
_ITEM_OPENS = regex_cache.compile(r"[ \t\u3000]{0,4}(?:附?表[一二三四五六七八九十\d]{1,3}[:：、.． ]|[一二三四五六七八九十]{1,3}、"
                                  r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])")


_TABLE_LABEL = regex_cache.compile(r"附?表[一二三四五六七八九十\d]{1,3}[:：]")
# A character standing alone between blanks, the same again, and a third: "目 目 录".
# Not inside a longer run of lone characters: a table row of one-character cells ("优 优 良 中") is no title.
_SPACED_DOUBLE = regex_cache.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,2}\1[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
    r"(?![ \u3000]{1,2}[\u4e00-\u9fff](?:[ \u3000\n]|$))"
)
_BLANK = regex_cache.compile("[ \u3000](?<=[\u4e00-\u9fff][ \u3000])(?=[ \u3000]?[\u4e00-\u9fff][ \u3000])")  # the lone character's blank in the shape every match has: tried only there
_LONE_BEFORE = regex_cache.compile(r"(?:^|[ \u3000\n])[\u4e00-\u9fff][ \u3000]{1,2}$")
SPACED_WORD_FREQ = 50  # the second and third characters must make a word at least this common (目录)


def _spaced_out(text: str):
    for m in finditer_from(_SPACED_DOUBLE, text, _BLANK, 1):
        ch, nxt = m.group(1), m.group(2)
        if _LONE_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
            continue
        if freq(ch + nxt) < SPACED_WORD_FREQ or freq(ch + ch) > 0 or ch + ch in reduplications().words:
            continue  # 人 人 有: a reduplication spaced out, not a slip
        fixed = m.group()[1:].lstrip()  # 目 目 录 -> 目 录
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"“{m.group()}”中“{ch}”字重复，应为“{fixed}”。", fixed)


def _findings(text: str, paragraphs, lists: Callable[[], Reduplications]):
    seen: set[int] = set()
    for s, e, ch, pair in _doubled_chars(text, lists):
        seen.add(s)
        yield Finding(s, e, RULE.code, RULE.severity, f"“{pair}”中“{ch}”字重复，请删去一个。", ch)
    for span in echo_paragraphs(text, paragraphs):  # the others certainly hold no phrase typed twice running
        if not _may_double(span.text):
            continue
        toks = _tokens(span.text)
        words = [t[2] for t in toks]
        for k, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(toks, toks[1:])):
            # 文件文件精神: the segmenter may hide the repeat inside a longer word that starts with it.
            # 改造工程工程款: a name ends in the word a noun of its own begins with (glossary: whole_words).
            repeated = a == b or (len(b) > len(a) and b.startswith(a) and b not in lists().whole_words.words)
            if repeated and (words[k + 2 : k + 3] == [a] or words[k - 1 : k] == [a]
                             or k + 2 < len(words) and restates_name(span.text, s1, b + words[k + 2])):
                continue  # 专款专用专款专用: a row's cells run together; 保障安全|安全排查次数: a cell restates the row's name
            if repeated and b == a and _NUMBERED_CELL.match(span.text, s2 + len(a)):
                continue  # 经济效益指标指标1: a category cell, then its first item's numbered label (指标1)
            if repeated and b == a and emphasised(span.text, s2 + len(a), a):
                continue  # 坚持坚持再坚持: the word said twice, then once more for stress
            if repeated and (_next_field(span.text, s1, s2 + len(a)) or lists().in_doubled_name(span.text, s1, a + b)):
                continue  # 项目名称:某配套项目项目单位:某局: the next field's label; 乡政府政府信息公开: a name (glossary)
            if repeated and _cells_meet(span.text, s2, a, lists().header_cells.words):
                continue  # 二级指标指标内容: two header cells of a flattened table
            if repeated and _field_follows(span.text, s2, a, lists().field_cells.words):
                continue  # 新增项目项目分类: a form's value, then its next field's label
            if repeated and len(a) >= 2 and _HAN.match(a) and not lists().idiomatic.match(a) and a not in lists().words:
                start = span.start + s1
                if any(start <= x < span.start + e2 for x in seen):  # already reported
                    continue
                seen.add(start)
                yield Finding(start, span.start + s2 + len(a), RULE.code, RULE.severity, f"“{a}”重复了两次，请删去一个。", a)
        yield from _doubled_phrases(span, toks, seen, lists)


# Marks that end a clause, and a figure (a table's cell value). A document number's year and serial
# (办字〔2014〕41号, 财预[2023]12号) are no cell values: a sentence citing three documents is no table row.
_CLAUSE_END = regex_cache.compile(r"[，。；！？,;!?|\t\n]")
_FIGURE = regex_cache.compile(r"[〔【\[［(（]\d{4}[〕】\]］)）]第?\d{1,5}号|\d+(?:\.\d+)?")
CLAUSE_FIGURES = 3


def _in_flattened_row(text: str, s: int, e: int) -> bool:
    """A table copied without its cell borders runs a header (年初预算数全年预算数全年执行数) or a
    row's cells together into one long clause full of figures; neighbouring cells there repeat by
    chance. A clause holding several figures is read as such a row."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, s - 80), s)), default=max(0, s - 80))
    hi = _CLAUSE_END.search(text, e, e + 80)
    figures = _FIGURE.findall(text, lo, hi.start() if hi else min(len(text), e + 80))
    return sum(1 for f in figures if not f.endswith("号")) >= CLAUSE_FIGURES


def _boundaries(toks) -> frozenset[int]:
    return frozenset(x for t in toks for x in (t[0], t[1]))


def _doubled_phrases(span, toks, seen: set[int], lists: Callable[[], Reduplications]):
    """A phrase typed twice that the segmenter does not see as one word twice: several words
    (政府采购支出政府采购支出, 人群体检人群体检) or a word's tail before the same word again
    (中央财政财政补贴, read 中央财政 / 财政补贴). The copies must meet at a word boundary, which
    coincidences across words do not (a word ending as the next begins meets inside it); a third copy, or a figure right after, is a
    flattened table row (target, actual, score), as for single words above."""
    text, cuts = span.text, None
    for m in _WORD_CANDIDATE.finditer(text):
        phrase = m.group(1)
        s, mid, e = m.start(), m.start() + len(phrase), m.end()
        if any(span.start + s <= x < span.start + e for x in seen):
            continue  # the word-by-word reading above reported it
        if text.startswith(phrase, e) or text[max(0, s - len(phrase)):s] == phrase or _NUMBERED_CELL.match(text, e) \
                or emphasised(text, e, phrase) \
                or e + 2 <= len(text) and restates_name(text, s, text[mid:e + 2]):  # a cell restating the row's name
            continue
        if _next_field(text, s, e) or _cells_meet(text, mid, phrase, lists().header_cells.words) \
                or _field_follows(text, mid, phrase, lists().field_cells.words):
            continue  # 项目名称:某配套项目项目单位:某局 (a form's next field), 二级指标指标内容 (two header cells)
        if lists().idiomatic.match(phrase) or phrase in lists().words or _in_flattened_row(text, s, e) or lists().in_doubled_name(text, s, phrase * 2):
            continue
        if any(w.startswith(phrase) and text.startswith(w, mid) for w in lists().whole_words.words):
            continue  # 改造工程工程款: the second copy opens a noun of its own (glossary: whole_words)
        cuts = cuts if cuts is not None else _boundaries(toks)
        if mid in cuts and (s == 0 or s in cuts or not any(s < c < mid for c in cuts)):  # not 项目的|目的: the copy straddles
            seen.add(span.start + s)
            yield Finding(span.start + s, span.start + e, RULE.code, RULE.severity,
                          f"“{phrase}”重复了两次，请删去一个。", phrase)


# A phrase of two to eight characters typed twice running: the quick filter of a paragraph (ABAB), and
# the doubled phrases themselves.
_WORD_CANDIDATE = regex_cache.compile(r"([\u4e00-\u9fff]{2,8})\1")


@lru_cache(maxsize=16384)
def _may_double(paragraph: str) -> bool:
    """Whether a word of the paragraph may be written twice in a row: the back-reference is tried at every
    Chinese character, and reports repeat their paragraphs, so each distinct one is searched once per process."""
    return _WORD_CANDIDATE.search(paragraph) is not None


def _judge(text: str, lists: Reduplications) -> list[Finding]:
    """W002's findings in a one-paragraph example text."""
    from ..context import CheckContext

    return list(_findings(text, CheckContext(text).paragraphs, lambda: lists))


@per_glossary()
def reduplications() -> Reduplications:
    """The word lists (built-in, with the user's glossary laid over), proved by their examples.

    The examples need the segmenter, so they run here, when W002 first judges a
    text, not when the glossary is read.
    """
    lists = load_reduplications()
    prove(lists, _judge)
    return lists

