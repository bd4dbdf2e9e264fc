"""P009: a 顿号 where the enumeration has already ended ("A、B、等", "省、市、有关规定").

The 顿号 separates the items of a list. It has no place before the word that
closes the list (等, 和, 及, 以及, 与, 或, 或者, 并), before a closing bracket
or quote, or between a list of government levels and the 有关/相关 that
modifies the noun they all share ("执行国家、省、市有关规定" — the levels are
attributes, not items beside 有关规定), nor before the 为主 that closes a
"以A、B为主" frame ("以油菜、青稞、为主"): only when a 以 opens the frame in the
same clause and the 为 word ends there, so a list item that starts with 为
("开展宣教、为重点人群提供服务") passes. Whether the word after 、 is the
function word itself or the start of another word (等级, 和谐, 及时, 与会)
is decided by the segmenter, so list items that merely begin with those
characters pass. Doubled marks (、、 、，) are P003's.

A numbered heading closes its line with a 顿号 after its title ("五、其他重要事项情况说明、"): a
title lists nothing, so the mark is a slip (the heading's own 五、 is its number, not this). The
heading's line must end with its break: a text that stops on the 顿号 was cut off there. So does an interpunct (·, the mark
that joins a foreign name's parts or a book's title and chapter) closing a numbered heading's line (二、《计划》的主要内容·):
it joins nothing there.

与 and 和 are also prepositions, and a 顿号 may part two phrases each
built on one ("与经济发展水平相适应、与财政政策相衔接"): when the item
before the 、 holds the same word, the word after it opens the next parallel
phrase, not the end of a list. So does a 顿号 after which the list goes on: when another 、 follows
the phrase 与 or 和 opens, within its clause ("核定缴费基数、与服务机构签订协议、实施稽核"), that phrase
is an item of its own (a preposition's phrase among verb phrases), and the list does not end at it;
a phrase holding 的 before that 、 is the list's last noun ("生育保险、和医疗救助的法规、政策"), then another list.
A 与 phrase that governs a verb of two sides (联系, 合作, 对接: "协商会、情况通报会、与政府部门对口联系活动") is an
activity listed as an item of its own, not the list's closer.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule
from ..textspans import last_mark

RULE = Rule(
    code="P009",
    name="stray-enumeration-comma",
    severity="warning",
    summary="列举已经结束处多了顿号",
    doc=(
        "检查什么：顿号后紧跟“等”“和”“及”“以及”“与”“或”“并”等结束列举的词（“人员、设备、等方面”），"
        "顿号后紧跟右括号或右引号，以及“国家、省、市、有关规定”这种把修饰语当成并列项的顿号。\n"
        "为什么：顿号只用在并列的词语之间，列举结束的“等”“和”前以及修饰语与中心语之间不能用顿号。\n"
        "不报的情形：顿号后是以这些字开头的词（等级、和谐、及时、与会），“省、市、有关部门”这样把有关部门列为并列项的。\n"
        "示例：“执行国家、省、市、有关规定”应为“执行国家、省、市有关规定”；“人员、设备、等方面”应为“人员、设备等方面”。"
    ),
    flag=(
        "四、政府采购情况说明\n五、其他重要事项情况说明、\n",
        # the heading's line joined to its first item when read (a line ending on 、 is taken as wrapped)
        "一、总体情况、\n一是主动公开情况。全年发布信息120条。\n",
        # an interpunct closing a heading's line
        "一、《规划》的编制背景\n二、《规划》的主要内容·\n全文分为五章。\n",
        "加强人员、设备、等方面的管理。",
        "完成了预算编制、执行、和监督工作。",
        "贯彻执行国家、省、市、有关基层治理工作的法律法规。",
        "涉及“人员、设备、”两类。",
        "全县种植业以马铃薯、蚕豆、为主，兼顾蔬菜生产。",
        # the list of insurances ends at 和; the 、 after its noun phrase opens another list
        "贯彻执行医疗保险、生育保险、和医疗救助的法律法规、政策制度。",
        # a 与 before a noun the list shares (……的联系): the list closes there
        "加强学校、家庭、与社会的联系。",
    ),
    keep=(
        # an interpunct inside a heading, joining a name's parts
        "一、阿依古丽·买买提同志先进事迹\n她扎根基层二十年。\n",
        "四、政府采购情况说明\n五、其他重要事项情况说明\n内设办公室、财务股、\n业务股等三个股室。\n",
        "加强人员、设备等方面的管理。",
        "开展人员培训、等级评定、及时结算和与会人员管理。",
        "贯彻执行国家、省、市有关基层治理工作的法律法规。",
        "配合国家、省、市、有关部门开展检查。",
        "推进和谐社会、和美乡村建设。",
        "负责下列工作：(1)培训、(3\n2、)考核。",
        # a numbered heading whose title opens with 与 or 和: 三、 numbers the line, no list ends there
        "三、与税务部门核对情况\n本年核对无差异。\n4、和上年比较\n",
        # two parallel phrases, each opened by the preposition 与
        "预算安排坚持与本地财力相匹配、与年度任务相衔接。",
        "全县种植业以马铃薯、蚕豆为主，兼顾蔬菜生产。",
        "以社区为单位开展健康宣教、为重点人群提供签约服务。",
        "对六十岁以上老人、为主的慢病患者开展随访。",
        # a duty list of verb phrases, one built on the preposition 与: more items follow it
        "负责核定缴费基数、与服务机构签订协议、开展稽核监督。",
        # the last item a 与 phrase whose predicate is a relation of two sides (与……相关): a modifier of its own
        "对涉及面广、社会关注度高、与群众利益密切相关的事项进行解读。",
        # the last item is a 与 phrase governing a verb of two sides: an activity of its own, not the list's closer
        "全年开展专题协商会、情况通报会、与市直部门对口联系活动12次。",
        # the copy breaks off after an item's 顿号: cut there, not a heading that ends in one
        "（三）负责起草有关规章草案。\n（四）承办规章的解释、",
    ),
)

_CLOSERS = {"等", "和", "及", "以及", "与", "或", "或者", "并", "并且"}
_CANDIDATE = regex_cache.compile(r"、(?=等|和|及|以及|与|或|并)")
# "以A、B、为主": the 为 word that closes a 以…为… frame, then the clause ends.
_FRAME_CLOSE = regex_cache.compile(r"、(为(?:主|重点|核心|主体|抓手|依托|基础|载体|导向|补充))(?=[，。；：,;）)的]|$)")
_CLAUSE_STOPS = "，。；：,;！？\n"
_NOT_FRAME = regex_cache.compile(r"以(?:及|上|下|来|前|后|外|内)|[可所难予加得足用]以")  # words that hold 以, no frame
_BEFORE_CLOSE = regex_cache.compile(r"、(?=[）)」』”’》】])")
# What stands before a 、 that numbers the line it opens ("2、"): no list item, so no stray comma.
_ITEM_NUMBER = regex_cache.compile(r"[ \u3000]{0,8}\d{1,3}")  # bounded: linear in any search
# The same at a numbered heading or item whose title opens with 与/和 (二、与财政部门对账情况): 二、 numbers the line.
_LINE_NUMBER = regex_cache.compile(r"[ \t\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}|\d{1,3})")
_LEVELS = regex_cache.compile(r"(?:国家|中央|上级|省级|市级|县级)(?:、[省市州县区乡镇]级?){1,4}(、)(?=有关|相关)")
# After 有关/相关 these nouns make the phrase an item of its own ("省、市、有关部门").
_BODY_NOUNS = {"部门", "单位", "机构", "人员", "企业", "方面", "科室", "股室", "乡镇", "街道", "学校", "医院",
               "领导", "专家", "组织", "行业", "职能部门", "主管部门", "处室", "县区", "地区"}


def _words(text: str, at: int) -> tuple[str, ...]:
    """The words the segmenter reads from ``at`` (a short window is enough)."""
    from ..analyse import short_words  # loaded lazily: only candidates need it

    return short_words(text[at : at + 8])


def _next_word(text: str, at: int) -> str:
    words = _words(text, at)
    return words[0] if words else ""


def _closes_list(text: str, at: int) -> str:
    """The closing word at ``at`` when the segmenter is sure of it, else "".

    A word the dictionary lacks (和美乡村) falls apart into single characters;
    the closer is trusted only when what follows it is a word of two or more
    characters or a mark, not such debris.
    """
    words = _words(text, at)
    if not words or words[0] not in _CLOSERS:
        return ""
    nxt = words[1] if len(words) > 1 else ""
    if len(nxt) == 1 and "\u4e00" <= nxt <= "\u9fff":
        return ""
    return words[0]


# What opens the item before a 、: the previous 、, a clause's mark or the line's start.
_ITEM_START = regex_cache.compile(r"[、，。；：,;:！？!?\n]")
ITEM_REACH = 30  # characters looked back for the item before the 、


def _parallel_phrase(text: str, at: int, word: str) -> bool:
    """The item before the 、 at ``at`` is built on the same preposition (与…相适应、与…相衔接)."""
    lo = max(0, at - ITEM_REACH)
    cut = max((m.end() for m in _ITEM_START.finditer(text, lo, at)), default=lo)
    from ..analyse import short_words

    return word in short_words(text[cut:at])


_PREPOSITIONS = {"与", "和", "同", "跟"}


def _list_goes_on(text: str, at: int, word: str) -> bool:
    """Another 、 follows the phrase a preposition opens at ``at``, in its clause: that phrase is an item."""
    if word not in _PREPOSITIONS:
        return False
    for i in range(at + len(word), min(len(text), at + len(word) + ITEM_REACH)):
        if text[i] == "、":
            return "的" not in text[at:i]  # 和医疗救助的法律法规、政策: a noun phrase that closes the list, then a new one
        if text[i] in _CLAUSE_STOPS:
            return False
    return False


# Verbs of two sides acting together: a 与 phrase that governs one (与政府部门对口联系活动) is an item of its own;
# so is one that governs a relation of two sides (社会关注度高、与群众利益密切相关的事项: 相关 its predicate).
_RECIPROCAL = regex_cache.compile(r"联系|合作|交流|对接|座谈|沟通|协商|联动|共建|协作|结对|会商|相关|有关|相适应|相衔接|相匹配")


def _governs_verb(text: str, at: int, word: str) -> bool:
    """The phrase the preposition 与/同/跟 opens at ``at`` governs a verb of two sides (……、与政府部门对口联系活动15次)
    before its item ends: an item of its own (a preposition's phrase), not the word closing a list of nouns. A 的
    before the verb makes it a noun the list shares (学校、家庭、与社会的联系), still a slip."""
    if word not in ("与", "同", "跟"):
        return False
    end = at + len(word)
    for i in range(end, min(len(text), end + ITEM_REACH)):
        if text[i] in _CLAUSE_STOPS or text[i] in "、的":
            return False
        if _RECIPROCAL.match(text, i):
            return i > end
    return False


# A numbered heading (一、 （一） 1.) whose title ends its line with a 顿号. The line must be closed by its
# break: a text that ends on the 顿号 (a copied page or an excerpt cut off mid-list) was cut, not misspelt. A line
# that ends on a 顿号 is joined to the next when the text is read (a wrapped list goes on), so the heading may
# also run straight into its first item (一、总体情况、一是主动公开情况): no list goes on with 一是 or （一）.
_HEADING_END = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．])"
    r"[^\n、，。；：,;:]{2,30}(、)[ \t\u3000]{0,4}(?=\n|一是|[（(]一[）)]|1[.．、](?!\d))")

# The same heading closing its line on an interpunct (二、《计划》的主要内容·), which joins nothing there.
_HEADING_DOT = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．])"
    r"[^\n、，。；：,;:·]{2,30}(?<=[\u4e00-\u9fff》”）)])(·)[ \t\u3000]{0,4}$")


def check(ctx):
    text = ctx.text
    for m in near_needles(_HEADING_END, text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity, "标题末尾不应有顿号。", "")
    if "·" in text:
        for m in _HEADING_DOT.finditer(text):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity, "标题末尾多了间隔号“·”，应删去。", "")
    for m in near_needles(_CANDIDATE, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        if _LINE_NUMBER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # 二、与财政部门对账情况: the heading's own number, no list before the 与
        word = _closes_list(text, m.end())
        if word and not _parallel_phrase(text, m.start(), word) and not _list_goes_on(text, m.end(), word) \
                and not _governs_verb(text, m.end(), word):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{word}”已结束列举，前面不应再用顿号。", "")
    for m in _FRAME_CLOSE.finditer(text):
        clause = last_mark(text, _CLAUSE_STOPS, m.start()) + 1
        if "以" in _NOT_FRAME.sub("", text[clause:m.start()]):
            yield Finding(m.start(), m.end() - len(m.group(1)), RULE.code, RULE.severity,
                          f"“以……{m.group(1)}”中列举已结束，“{m.group(1)}”前不应再用顿号。", "")
    for m in _BEFORE_CLOSE.finditer(text):
        if _ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # "2、)": a line's own item number (a page piece numbered by the site), no list
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, "列举的最后一项后不应再用顿号。", "")
    for m in near_needles(_LEVELS, text):
        after = m.end(1)
        noun = _next_word(text, after + 2)
        if noun in _BODY_NOUNS:
            continue
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"“{text[after:after + 2]}”修饰后面的名词，与前面的“国家、省、市”等不是并列项，其前不应用顿号。", "")
