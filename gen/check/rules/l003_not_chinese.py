"""L003: a paragraph that is not Chinese.

An English or Japanese paragraph in a Chinese report is pasted material. Out
of the box langdetect takes Traditional Chinese for Korean and is random on
short input, so it runs seeded, with only the profiles that can matter here,
and only on paragraphs long enough to judge.

Web addresses, file paths and a copied page's HTML tags and style sheet (.TRS_Editor P{margin-top:0;…}) are no language: a page's chrome line (门户网站
www.example.gov.cn 发布时间) or a copied image link (![报告](/static/img/big_1.jpg))
is Chinese with Latin letters in its address, and those letters would outweigh
its Han characters. They are left out before the letters are counted. A bilingual table (a statistical
yearbook's Chinese label with its English beside it on one line) is English by design, not pasted.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from ...core import regex_cache, text_pairs
from ..finding import Finding
from ..textspans import DOMAIN, EMAIL, URL
from ..registry import Rule

RULE = Rule(
    code="L003",
    name="not-chinese",
    severity="warning",
    summary="段落不是中文",
    doc=(
        "检查什么：整段不是中文的段落（如英文、日文段落）。用 langdetect 判断语言，固定随机种子以保证结果稳定，"
        "只加载中文（简、繁）、英文、日文、韩文的语言模型，且只判断足够长的段落；以汉字为主、又没有假名和韩文字母的段落直接视为中文。\n"
        "为什么：中文报告中整段外文多是误粘贴的材料，应删除或译为中文。\n"
        "示例：一段“The department has completed all tasks…”的英文段落。"
    ),
    flag=(
        "一、基本情况\nThe department has completed all of its annual performance targets and the budget was executed as planned.",
        # an English paragraph stays English when its address is left out
        "Details of the annual self-evaluation are published at www.example.gov.cn for every citizen to read and review.",
    ),
    keep=(
        "一、基本情况\n本部门全面完成了年度绩效目标，预算执行情况良好，资金使用合规。",
        "ICU CT DR AEFI",
        "加強醫療衛生服務體系建設，提升基層醫療機構服務能力和水平。",
        # a page's byline: a few Chinese words, the site's host name and the time it was put out
        "某市统计局2021年度部门决算\n\n某市某市统计局 tjjx.examplecity.gov.cn 发布时间:2022-09-01 12:01\n\n",
        # a web page's chrome: its address's letters are no English
        "长宁区人民政府门户网站  www.changningqu.gov.cn                    发布时间:2023-05-10",
        # a page's markup around its Chinese text (L007 reports the tags)
        '<div class=TRS_Editor><div class="TRS_PreAppend" style="overflow-x: hidden; word-break: break-all">'
        '<span style="font-family: 宋体; font-size: 15pt"><font style="font-size: 14pt">',
        # a bilingual yearbook table: each Chinese label with its English beside it
        "20-2 社会救助情况\nStatistics of Social Relief\n  农村特困人员供养人数(人)  Number of destitute People in Rural "
        "Areas(person) 62044 60811\n  农村特困人员全年供养支出(万元)  Support Expenditure of destitute People\n in Rural Areas",
        # a page's style sheet left above a document number: code, not English
        "<style type=\"text/css\">.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:1.8;font-family:宋体;font-size:12pt;}"
        ".TRS_Editor DIV{margin-top:0;margin-bottom:0;line-height:1.8;}.TRS_Editor TD{font-size:12pt;}</style>\n某财发〔2019〕8号",
        # an image link copied from a page: a path, not a sentence
        "![养老,服务,中心,自评,报告](/static/upload/picture/rand/big_2048.jpg)",
    ),
)

LANGUAGES = ("zh-cn", "zh-tw", "en", "ja", "ko")
CHINESE = {"zh-cn", "zh-tw"}
NAMES = {"en": "英文", "ja": "日文", "ko": "韩文"}
MIN_LETTERS = 30
MIN_PROBABILITY = 0.9
# Counted by their runs (the summed lengths of the maximal runs are the count): a list of runs is far
# shorter than a list of characters, and every long paragraph of a report is counted.
_LETTERS = regex_cache.compile(r"[^\W\d_]+", re.U)
_HANS = regex_cache.compile(r"[\u3400-\u9fff]+")
_KANA = regex_cache.compile(r"[\u3040-\u30ff]")
_HANGUL = regex_cache.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
# A letter outside _HANS, or kana or hangul: without any, a paragraph's letters are all Han, so it is Chinese
# (the share test below passes); one search instead of counting its letters and its Han characters.
_NOT_HAN_ONLY = regex_cache.compile(r"[^\W\d_\u3400-\u9fff]|[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff]")
# Mostly Han characters and no kana or hangul: Chinese, whatever the statistics say
# (langdetect's n-grams take some Chinese sentences for Korean).
HAN_SHARE = 0.5
# Web and e-mail addresses, host names and file paths (an image link's /static/upload/…): their letters are
# no words of any language.
# An HTML tag left in a copied page (<div class=TRS_Editor>, <span style="font-size: 14pt">): L007 reports it; its
# attribute names are no English of the report's.
_TAG = regex_cache.compile(r"</?[A-Za-z][^<>\n]{0,300}>")
# A page's style sheet copied with its tags (<style>.TRS_Editor P{margin-top:0;font-family:宋体;}…): selectors and
# property names are code, no English of the report's. A rule is a selector, then declarations name:value in braces.
_CSS_RULE = regex_cache.compile(r"(?:[.#]?[A-Za-z][\w.#:>, -]{0,60})?\{(?:[ \t]*[a-z-]{1,30}[ \t]*:[^;{}<>\n]{0,80};?){1,40}[ \t]*\}")
# A row of a bilingual table: a Chinese label, then its English after a blank (城市特困人员供养人数(人)  Number of
# destitute People in Urban Areas): a statistical yearbook prints both on purpose.
_BILINGUAL_ROW = regex_cache.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff（）()]{3,40}[ \t\u3000]{1,12}[A-Z][a-z]{1,20}(?: [A-Za-z]{1,20}){1,12}")
_WEB = regex_cache.compile(rf"{URL}|{EMAIL}|{DOMAIN}|(?:/[A-Za-z0-9_.-]{{1,64}}){{2,16}}")


@lru_cache(maxsize=1)
def _factory():
    from langdetect.detector_factory import DetectorFactory

    profiles = resources.files("langdetect").joinpath("profiles")
    factory = DetectorFactory()
    factory.load_json_profile([profiles.joinpath(lang).read_text(encoding="utf-8") for lang in LANGUAGES])
    factory.seed = 0
    return factory


def detect(text: str) -> tuple[str, float]:
    """Best language and its probability (deterministic)."""
    detector = _factory().create()
    detector.append(text)
    best = detector.get_probabilities()[0]
    return best.lang, best.prob


def check(ctx):
    if len(ctx.text) >= text_pairs.MIN_CHARS and not _NOT_HAN_ONLY.search(text_pairs.distinct_chars(ctx.text)):
        return  # no paragraph holds a letter of another script (a class of single characters, read per character)
    for span in ctx.paragraphs:
        lang = _foreign_language(span.text)
        if lang is None:
            continue
        for s, e in _foreign_stretches(span.text):
            yield Finding(
                span.start + s, span.start + e, RULE.code, RULE.severity,
                f"该段落不是中文（判断为{NAMES.get(lang, lang)}），请删除或译为中文。",
            )


# A clause of Chinese inside a paragraph judged foreign (a machine-translated copy that kept the quoted
# formulations: "Guided by …,全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神,Conscientiously …"): it is
# the report's own wording, so the finding covers the stretches around it, each with letters enough to read.
# A converted page's Chinese keeps its clauses with half-width marks and figures (经费性质为财政核拨,人员编制数18人,
# 在职人数16人。 From the perspective…): those are the clause's too, or its tail would open the English stretch.
_HAN_CLAUSE = regex_cache.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff、，。；：“”《》（）,;:()%\d ]{0,400}[\u4e00-\u9fff])?")
HAN_CLAUSE = 8  # Chinese characters that make a clause of the report's own
_EDGE = " \t\u3000,.;:，。；：、"
# After the stretch's last Latin letter, the opening of the Chinese clause that follows (——2024年3月5, 2024年):
# the start of a line of the report's own that the next Chinese clause goes on with.
_CHINESE_TAIL = regex_cache.compile(r"(?<=[A-Za-z\d)）.])[ \t\u3000]{0,4}\n?[ \t\u3000]{0,4}(?:——|[\d]{0,4}[\u4e00-\u9fff])[^A-Za-z]{0,40}$")


def _foreign_stretches(text: str) -> list[tuple[int, int]]:
    cuts = [m.span() for m in _HAN_CLAUSE.finditer(text) if sum(map(len, _HANS.findall(m.group()))) >= HAN_CLAUSE]
    if not cuts:
        return [(0, len(text))]
    out, at = [], 0
    for s, e in cuts + [(len(text), len(text))]:
        piece = text[at:s]
        if (tail := _CHINESE_TAIL.search(piece)) is not None:
            piece = piece[:tail.start()]  # "…BUDGETS FOR 2024\n——2024年3月5" (日在…会议上): the Chinese line's date
        if sum(map(len, _LETTERS.findall(piece))) >= MIN_LETTERS:
            lead = len(piece) - len(piece.lstrip(_EDGE))
            out.append((at + lead, at + len(piece.rstrip(_EDGE))))
        at = e
    return out


@lru_cache(maxsize=8192)
def _foreign_language(text: str) -> Optional[str]:
    """The language of a paragraph that is not Chinese, else None.

    Depends on the paragraph alone (detection is seeded), so each distinct
    paragraph is judged once per process: reports repeat their wording.
    """
    if not _NOT_HAN_ONLY.search(text):
        return None
    if "." in text or "/" in text:
        text = _WEB.sub(" ", text)  # a page's byline naming its site (tjj.example.gov.cn), an image's path: no language
    if "<" in text:
        text = _TAG.sub(" ", text)  # <span style="font-family: 宋体">: the page's markup (L007's), no language
    if "{" in text:
        text = _CSS_RULE.sub(" ", text)  # .TRS_Editor P{margin-top:0;…}: a copied style sheet (L007 reports its tag)
    letters = sum(map(len, _LETTERS.findall(text)))
    if letters < MIN_LETTERS:
        return None
    if _BILINGUAL_ROW.search(text):
        return None  # a bilingual table (a yearbook's 农村特困人员供养人数(人)  Number of destitute People…): by design
    kana, hangul = _KANA.search(text), _HANGUL.search(text)
    if not kana and not hangul and sum(map(len, _HANS.findall(text))) >= HAN_SHARE * letters:
        return None
    try:
        lang, prob = detect(text)
    except Exception:  # langdetect raises on text without features
        return None
    if lang == "ja" and not kana or lang == "ko" and not hangul:
        return None  # Japanese without kana, Korean without hangul: misread Chinese
    if lang not in CHINESE and prob >= MIN_PROBABILITY:
        return lang
    return None
