"""L002: Traditional characters in a Simplified Chinese report.

Text pasted from Hong Kong, Taiwan or old documents brings Traditional forms
(醫療, 衛生). The whole text is converted once with OpenCC's t2s table, which
knows phrases, not only characters, and only where the conversion changes
something is looked at closely.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

from ...core.regex_needles import search as near_search
from .. import unspaced
from ..finding import Finding
from ..page_chrome import is_tool_bar
from ..registry import Rule

RULE = Rule(
    code="L002",
    name="traditional-chars",
    severity="warning",
    summary="使用了繁体字",
    doc=(
        "检查什么：正文中的繁体字（如“醫療衛生”）。用 OpenCC 繁简转换表把全文转换为简体后比较，"
        "转换前后不同之处即为繁体字。\n"
        "为什么：公文应使用规范简化字，繁体字多来自粘贴的外部材料。\n"
        "全文（至少三段，或较短的全文每段都有，或含繁体字的段落占全文汉字九成以上，共十处以上）都用繁体字时，是网站繁体版或转码副本，只在第一处给出总数，全部列为提示。\n"
        "全文繁体且夹注拼音（如“績效(jì)”）的，是转码网站生成的副本：拼音由 L006 报警告，繁体只作一条提示。\n"
        "不报的情形：本身也是规范字的“乾”（乾州、乾安）、“薹”（蒜薹）、用于人名地名的“昇”“陞”等，同一段没有别的繁体字时；网页工具栏（登录 注册 繁體）。\n"
        "示例：“加強醫療衛生服務”应为“加强医疗卫生服务”。"
    ),
    flag=(
        "加強醫療衛生服務體系建設。",
        "全區共有衛生院2所。",
        # a character standard only in another reading, beside other Traditional characters
        "倉庫保持乾燥。",
        # a whole text in Traditional script: one warning with the count, each other run as info
        "一、項目基本情況\n本項目資金由財政撥款。\n二、績效目標完成情況\n完成農村危房改造129戶。\n三、偏離績效目標的原因\n"
        "資金下達較晚，導致進度滯後。\n",
        # a short note wholly in Traditional script, two paragraphs: still one warning with the count
        "本級“三公”經費預算為120萬元，比上年減少15萬元，其中公務接待費減少3萬元，公務用車運行費減少12萬元。\n"
        "會議費6萬元，培訓費4萬元，均比上年減少，原因是嚴格執行節約規定。\n",
        # a page flattened into one Traditional paragraph under a site's short banner: one warning with the count
        "某某网站 资讯首页\n\n2024-04-06\n\n中國氣象局2024年部門預算 第一部分 部門職責及概況 一、主要職責 "
        "二、機構設置 第二部分 部門預算表 一、部門收支總表 二、部門收入總表 三、財政撥款收支總表 "
        "四、一般公共預算支出表 五、政府性基金預算支出表 六、國有資本經營預算支出表\n",
        # a mirror site's copy (Traditional with pinyin readings): the script is told once, as a hint
        "一、部門職責(zé)\n本單位主要職責(zé)是加強醫療衛生服務。\n二、機構設置\n下設機構3個，編制人數25人。\n"
        "三、績效評價\n績效評價結果為優。\n",
    ),
    keep=(
        "加强医疗卫生服务体系建设。",
        "著名专家乾隆年间的医书，于是覆盖全区。",
        # 乾 (qián) and 薹 (tái) are standard Simplified characters in names and words of their own
        "乾州街道办事处组织辖区商户开展培训。",
        "扶持蒜薹种植基地三个。",
        # 昇 and 陞 are standard characters for names (通用规范汉字表, 2013)
        "3.红昇农场榴莲蜜项目(第二期)绩效目标表",
        # the tool bar of the web page the report was saved from
        "登录 註冊 长者版 | 无障碍 | 繁體中文\n某县民政局2022年度部门决算\n",
        # a menu written downwards, its 繁體 switch alone on its line
        "  • OA办公\n  • 繁體版\n  • 智能问答\n某县生态环境分局2023年政府信息公开工作年度报告\n",
    ),
)


@lru_cache(maxsize=1)
def _triggers() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """What a text must contain for the t2s conversion to change it.

    Built from the same dictionary files the converter uses (TSCharacters and
    TSPhrases). The converter writes an entry's first value where the entry's
    key occurs, so only entries whose first value differs from the key change
    anything (覆 → 覆 does not; its other value 复 is never used), and only
    where the whole key occurs. Returns the characters that change on their
    own (every Traditional character), and, for the few changing phrases made
    of characters that do not (反覆 → 反复), the phrases by one of their
    characters. A text with none of these converts to itself, so the (slow)
    conversion can be skipped without changing any result.
    """
    import opencc

    folder = Path(opencc.__file__).resolve().parent / "dictionary"
    changing = []
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            first = (values.split() or [key])[0]
            if first != key:
                changing.append(key)
    alone = frozenset(key for key in changing if len(key) == 1)
    phrases: dict[str, list[str]] = {}
    for key in changing:
        if len(key) > 1 and alone.isdisjoint(key):
            phrases.setdefault(key[0], []).append(key)
    return alone, {ch: tuple(keys) for ch, keys in phrases.items()}


# Variants the 通用规范汉字表 (2013) made standard for personal and place names.
NAME_CHARACTERS = frozenset("昇陞")


@lru_cache(maxsize=1)
def _own_simplified() -> frozenset[str]:
    """Characters the t2s table converts by default but also lists as their own simplified form.

    乾 ("干 乾"), 薹 ("苔 薹"): each is a standard simplified character in one reading (乾州, 乾安 and
    乾隆 are qián; 蒜薹 is tái) and Traditional only in another (乾燥 for 干燥). The converter takes the
    Traditional reading unless a phrase of its dictionary says otherwise, and its phrases know few
    names (乾县 but not 乾州). Alone in a Simplified paragraph such a character is read as the standard
    one; it is reported only where the paragraph holds other Traditional characters (乾淨, 蒜薹產量).

    昇 and 陞 are converted to 升 alone, but the 通用规范汉字表 (2013) restored both as standard
    characters for names (红昇农场, 毕昇), so they are read the same way.
    """
    import opencc

    folder = Path(opencc.__file__).resolve().parent / "dictionary"
    own = []
    for line in (folder / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and key in values.split()[1:]:
            own.append(key)
    return frozenset(own) | NAME_CHARACTERS


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern:
    """The changing phrases of :func:`_triggers` as one alternation: whether any occurs is one search in C."""
    _, phrases = _triggers()
    keys = sorted({key for keys in phrases.values() for key in keys}, key=lambda k: (-len(k), k))
    return re.compile("|".join(re.escape(k) for k in keys) or "(?!)")


def _may_change(text: str) -> bool:
    """False only when the conversion certainly leaves ``text`` as it is (see :func:`_triggers`)."""
    alone, _ = _triggers()
    return not alone.isdisjoint(text) or _phrase_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _alone_table():
    """A flag per code point: whether it is one of :func:`_triggers`' changing characters."""
    import numpy as np

    table = np.zeros(0x110000, dtype=bool)
    table[[ord(ch) for ch in _triggers()[0]]] = True
    return table


def _may_change_anywhere(text: str) -> bool:
    """:func:`_may_change` of a whole text: its characters tested in one vectorised look-up (a set's
    isdisjoint hashes the text's characters one by one, most of this rule's time on clean text)."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return bool(_alone_table()[codes].any()) or near_search(_phrase_pattern(), text) is not None  # the phrases' needles first


def _diff_spans(original: str, converted: str):
    """(start, end, replacement) where the conversion changed the text."""
    if len(original) == len(converted):
        i = 0
        while i < len(original):
            if original[i] != converted[i]:
                j = i
                while j < len(original) and original[j] != converted[j]:
                    j += 1
                yield i, j, converted[i:j]
                i = j
            else:
                i += 1
        return
    matcher = difflib.SequenceMatcher(None, original, converted, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal" and i2 > i1:
            yield i1, i2, converted[j1:j2]


def traditional(ch: str) -> bool:
    """Whether the t2s conversion changes ``ch`` on its own: a Traditional character (將, 醫)."""
    return ch in _triggers()[0]


def written_for(ch: str, meant: str) -> bool:
    """Whether ``ch`` is the Traditional form of ``meant`` (撥 for 拨, 農 for 农): the same character
    in the other script, not another one (W005 reads 財政撥款 as 拨款 written in Traditional, not a lost 拨)."""
    return ch != meant and ch in _triggers()[0] and _simplified(ch) == meant


def only_script_differs(written: str, meant: str) -> bool:
    """Whether ``written`` is ``meant`` in Traditional script (政府采購 for 政府采购, 母嬰保健法 for 母婴保健法):
    same length, and each character that differs is the Traditional form of the one meant. A word rule
    that reads such a word as a slip repeats what L002 reports once for the whole script."""
    return (len(written) == len(meant) and written != meant
            and all(w == m or written_for(w, m) for w, m in zip(written, meant)))


@lru_cache(maxsize=8192)
def _simplified(text: str) -> str:
    """OpenCC's t2s conversion of one paragraph, once per distinct paragraph and process.

    The converter is pure Python and slow, and reports repeat paragraphs (a
    batch's template wording, an office's standard text), so most are converted once.
    """
    return unspaced.simplified(text)


MERGE_GAP = 3  # runs this close together are one finding (加強醫療衛生 -> one, not three)


def _merged(spans):
    current = None
    for s, e, _ in spans:
        if current and s - current[1] <= MERGE_GAP:
            current = (current[0], e)
            continue
        if current:
            yield current
        current = (s, e)
    if current:
        yield current


WHOLESALE_SPANS = 10  # a text with this many Traditional runs in WHOLESALE_PARAGRAPHS paragraphs or more is
WHOLESALE_PARAGRAPHS = 3  # written (or converted by a web page) in Traditional script: one warning, the rest info


WHOLESALE_SHARE = 0.9  # or in paragraphs holding this share of the text's Chinese characters


def _spans(ctx):
    """(paragraph, start, end, fixed) of every Traditional run, in order."""
    convert = _simplified
    for span in ctx.paragraphs:  # phrases never cross paragraphs: convert each one that could change
        if not _may_change(span.text) or is_tool_bar(span.text):
            continue  # (a site's tool bar writes its 繁體 switch in the script it switches to)
        simplified = convert(span.text)
        if simplified == span.text:
            continue
        runs = list(_merged(_diff_spans(span.text, simplified)))
        own = _own_simplified()
        if all(set(span.text[s:e]) <= own for s, e in runs):
            continue  # only characters that are standard Simplified in a reading of their own (乾州)
        for s, e in runs:
            yield span, s, e, convert(span.text[s:e])


def _throughout(ctx, touched: set[int]) -> bool:
    """Whether the Traditional runs fill the text: in WHOLESALE_PARAGRAPHS paragraphs, or in every
    paragraph of a shorter text (a web page's one- or two-paragraph note converted whole, which would
    otherwise raise a warning for each of its dozens of runs)."""
    if len(touched) >= WHOLESALE_PARAGRAPHS:
        return True
    worded = [p for p in ctx.paragraphs if _HAN.search(p.text)]
    if bool(worded) and all(id(p) in touched for p in worded):
        return True
    # A page saved from a mirror site: the report flattened into one long paragraph in Traditional script,
    # beside a few short lines of the site's own (a banner, a date stamp). The script fills the text when
    # the paragraphs it touches hold nearly all of its Chinese characters.
    han = [(len(_HAN.findall(p.text)), id(p) in touched) for p in worded]
    total = sum(n for n, _ in han)
    return total > 0 and sum(n for n, hit in han if hit) >= WHOLESALE_SHARE * total


_HAN = re.compile("[\u4e00-\u9fff]")


def check(ctx):
    if not _may_change_anywhere(ctx.text):
        return
    found = list(_spans(ctx))
    wholesale = len(found) >= WHOLESALE_SPANS and _throughout(ctx, {id(p) for p, *_ in found})
    # A mirror site converts a page to Traditional and glosses characters with pinyin (職責(zé)): the
    # script is the mirror's, not the report's, and L006 already warns of the readings it planted.
    # Readers of such copies mark the readings and accept the script, so the count is told as a hint.
    # So is a whole text in Traditional script without readings: no mainland body writes its report so; the
    # script is a site's 繁體 version or a mirror's conversion, as the page store's half-width marks are its
    # own (P001 tells those as hints too). Readers do not mark the script of such copies; one character of
    # Traditional in a Simplified text is a slip of the report's and stays a warning.
    mirror = wholesale and unspaced.READING.search(ctx.text) is not None
    for k, (span, s, e, fixed) in enumerate(found):
        message = f"“{span.text[s:e]}”中有繁体字，应为“{fixed}”。"
        severity = RULE.severity
        if wholesale:
            # like P001's half-width marks: the whole text is one defect, told once with its count
            if k == 0 and mirror:
                message = (f"全文使用繁体字并夹注拼音（共{len(found)}处繁体字，此为第一处），是转码网站生成的副本，"
                           "请以原文件为准核对。" + message)
                severity = "info"
            elif k == 0:
                message = (f"全文使用繁体字（共{len(found)}处，此为第一处），多为网站繁体版或转码网站生成的副本，"
                           "请以原文件为准核对；如报告原文如此，应整体转换为简体字。" + message)
                severity = "info"
            else:
                severity = "info"
        yield Finding(span.start + s, span.start + e, RULE.code, severity, message, fixed)
