"""L014: a political word masked by a Latin letter on a mirror page (贯彻X的二十大精神, 思想ZZ引领).

Copy sites that repost government pages mask the words their filters fear: 党 becomes X, 政治 becomes ZZ
("深入学习贯彻X的二十大精神", "引导青少年爱X、爱国", "把思想ZZ引领贯穿全年"). The published text then reads as a
riddle in the very phrases a report cannot get wrong. A placeholder X of a template (某X局, X个, X元, X河) stands
for a figure or a name; these letters stand where only 党 or 政治 can stand — before 的二十大 (a Party congress),
between 爱 and 、爱国, before 中央 or 史学习教育, and ZZ before 站位, 引领, 建设 and their like — so they are read only
in those slots, and a letter glued to other Latin letters or digits (XX县, X1) is no mask. Others write 党 as
its pinyin's initial, D ("在镇D委、政府的正确领导下", "全体D员"): read only where a body's name ends (镇D委, 局D组) or
in the Party's own words (D员, D支部, D风廉政, D的二十大); a class or grade D (D级危房, D类, D区) stands elsewhere.

A mirror may mask a common word too: 和 as XX ("学习党的二十大精神XX新修订的条例", "发展XX群众关注关切"). A template's
XX stands for a name or a figure (XX县, XX万元) in the same slot, so one XX says nothing; but a text that writes the
law's name 中华人民共XX国 (or 党XX国家, XX谐) masks 和 itself, and there every XX glued between Chinese characters is
read as 和.

A mirror may also cut a word out of a budget table's subject names and leave (略) in its place ((略) 支出 for
城乡社区支出, 援助 (略) 支出 for 援助其他地区支出): a subject's name never holds (略), which a drafter writes only
after a whole item (附件(略)), so (略) straight before 支出 or 收入 is read as a masked word.

Others mask the one character with a star (“省*府主要领导”, “以高度的*治责任感”, “落实*中央决策部署”). A template's star
stands for a figure or a name (*人, 第*期, *月*日), so a star is read only where 政 or 党 alone can stand: 政 between a
level of government and 府 (省*府, 县人民*府), 政 before 治 and the words 政治 governs (*治责任感, *治站位, *治问题), and 党
in X's slots (*中央, *的二十大, *史学习教育).

A mirror may mask whole words with a run of stars (中国******成立100周年 for 中国共产党, 按照***、省、市、县 for 党中央,
十九大、***二中、三中……全会*** for 十九届 and 全会). A template's stars stand for a figure or a name (***县, ***亿元), so
one run says nothing; but a text that masks the Party's own name (中国 then three to six stars then a Chinese
character) masks the others too, and there every run of three or more stars beside a Chinese character is read as a
masked word.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import contains, finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L014",
    name="masked-word",
    severity="warning",
    summary="“党”“政治”“和”等字词被转载网站用字母（X、ZZ、XX）替换",
    doc=(
        "检查什么：只能是“党”或“政治”的位置上出现了字母（“镇D委”“D员”中以拼音首字母D代“党”也在此列）：“X的二十大”“爱X、爱国”“X中央”“X史学习教育”“听X话、跟X走”，"
        "“思想ZZ引领”“讲ZZ”“ZZ站位”“ZZ建设”等；文中写作“中华人民共XX国”（或“党XX国家”“XX谐”）的，各处夹在汉字中间的“XX”都是替换“和”的（“质量XX实效”）。\n"
        "为什么：这是转载网站为躲避过滤把敏感词换成字母，公开的文本因此读不通，重要表述也错了。\n"
        "不报的情形：模板里代替数字或名称的“X”（“X个”“X元”“某X局”“X河”）；字母与其他字母、数字连写的（“XX县”“X1”）。\n"
        "以“*”代替“政”“党”一字的（“省*府”“*治责任感”“*中央”）也报告；模板中代替数字、日期的“*”（“*人”“*月*日”）不报。\n"
        "预算科目名称中的字被“(略)”代替的（“(略) 支出”“援助 (略) 支出”），也报告。\n"
        "示例：“深入学习贯彻X的二十大精神”应为“深入学习贯彻党的二十大精神”。"
    ),
    flag=(
        "全体干部深入学习贯彻X的二十大精神，推动工作落实。",
        "引导青年爱X、爱国、爱家乡，把思想ZZ引领贯穿全年工作。",
        "坚决拥护X中央决策部署，扎实开展X史学习教育。",
        "不断提高ZZ站位，加强机关ZZ建设，坚定听X话、跟X走。",
        "在镇D委、政府的正确领导下，全体D员参加学习。",  # 党 as its pinyin's initial
        "成立以镇 D委书记为组长的森林防灭火工作领导小组。",  # the letter set off by a blank
        "局D组会议研究部署，落实D风廉政建设责任制。",
        "学校全面贯彻D的教育方针，把D的建设放在首位，加强D对学校工作的全面领导。",
        # 和 masked as XX: the law's name says so, and every other XX between words is 和 too
        "贯彻新修订的《中华人民共XX国政府信息公开条例》，提高公开质量XX实效，回应企业XX群众关切。",
        # a subject's name cut and (略) left in its place
        "节能环保支出 | 12.00 |\n(略) 支出 | 3.50 |\n援助 (略) 支出 | |\n",
        # one character masked by a star: 政 in 政府 and 政治, 党 in 党中央
        "会议要求以高度的*治责任感落实*中央决策部署和省*府主要领导批示精神。",
        # whole words masked by runs of stars, in a text that masks the Party's name
        "2021年是中国******成立100周年。按照***、省、市关于工作的安排部署，学习十九大、***二中、三中全会***精神。",
    ),
    keep=(
        "全县共有X个乡镇，人均补助X元，X河断面水质达标。",
        "某X局2023年工作总结，XX县XX镇，X1型设备。",
        "学习贯彻党的二十大精神，加强机关政治建设，提高政治站位。",
        "X射线检测设备1台，X光机检查200人次。",
        # a grade or a class D, an area D, a group D of a contest
        "鉴定D级危房12户，D类人员3名，园区D区建成，D组第一名，全区D员工培训。",
        "D的建设标准高于C级，D对照组的领导力得分、方案D的建设周期较短。",  # a grade, a group, a plan named D
        # a template's XX for a name or a figure, in a text that writes 和 itself
        "根据《中华人民共和国政府信息公开条例》，XX县XX镇完成XX项目，投入XX万元。",
        # an item left out of the copy on purpose, named whole
        "附件：1. 项目支出明细表(略)\n其他支出（略），详见附表。",
        # a template's star for a figure, a name or a date
        "全县设县级林长*人，第*、*期简报，*月*日完成，*府路*号，*治理工程*处。",
        # a template's runs of stars for a place or a figure, in a text that names the Party whole
        "中国共产党成立100周年，统计工作在***县经济社会发展中，地区生产总值将突破***亿元。",
    ),
)

_NOT_LATIN = r"(?<![A-Za-z0-9])"
# 党 masked as X, read only in the slots no placeholder takes.
_PARTY = (_NOT_LATIN + r"X(?![A-Za-z0-9])(?=的(?:[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:大|届)"
          r"|中央(?!的?[A-Za-z0-9])|史学习|章党规|风廉政|的领导|的创新理论|、爱国|话、跟|走(?:[,，、]|$))"
          r"|(?<=[爱听跟向])X(?=[、，,]爱国)|(?<=听)X(?=话)|(?<=跟)X(?=走)")
# 政治 masked as ZZ, before the words it governs in the Party's phrases (ZZ站位, 思想ZZ引领, 讲ZZ).
_POLITICS = (_NOT_LATIN + r"ZZ(?![A-Za-z0-9])(?=站位|引领|建设|判断力|领悟力|执行力|生态|理论学习|素质|纪律|规矩|立场|担当|面貌|监督)"
             r"|(?<=讲)ZZ(?![A-Za-z0-9])")
# 党 as its pinyin's initial D: after a body's or a place's last character (镇D委, 局D组; a copy that sets the letter off
# by a blank, 镇 D委书记), or before the Party's words.
_PARTY_D = (r"(?:(?<=[镇乡村县区市省局厅委院校街部])|(?<=[镇乡村县区市省局厅委院校街部][ \u3000]))D(?![A-Za-z0-9])(?=委|组(?!织|[A-Za-z0-9])|工委|总支|支部)"
            r"|(?<=[\u4e00-\u9fff])D(?=员(?!工)|支部|风廉政|的(?:二十|十九|十八)大|中央|史学习|章党规|建引领)"
            # the Party's own phrases after a verb (贯彻, 加强, 将, 把 …) or a clause's mark (全面贯彻D的教育方针,
            # 将D的建设摆在首位, 加强D对教育工作的全面领导): a grade, a group or a plan D (方案D的建设) stands elsewhere
            r"|(?<=[彻强持将把抓进面严保护守循于和，,、；;])D(?=的(?:教育方针|建设|全面领导|领导|创新理论|基本理论|基本路线|政治建设|组织路线|群众路线|宗旨)"
            r"|对[\u4e00-\u9fff]{1,8}的(?:全面|绝对)?领导(?![力者班层人干]))")
# 政 or 党 masked by a star (省*府, *治责任感, *中央): only where that one character can stand.
_STAR = (r"(?:(?<=[省市县区州镇乡])|(?<=人民))\*(?=府)"
         r"|(?<![*＊A-Za-z0-9])\*(?=治(?:" + r"站位|引领|建设|判断力|领悟力|执行力|生态|理论|素质|纪律|规矩|立场|担当|面貌|监督"
         r"|责任感?|问题|意识|方向|任务|安全|觉悟|品格|能力|优势))"
         r"|(?<![*＊A-Za-z0-9])\*(?=中央(?!的?[A-Za-z0-9*])|的(?:[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])大|史学习|章党规|风廉政)")
_MASK = regex_cache.compile(_PARTY + "|" + _POLITICS + "|" + _PARTY_D)
_STAR_AT = regex_cache.compile(_STAR)
# A budget subject's words cut out and (略) left before 支出/收入 (援助 (略) 支出).
_OMITTED = regex_cache.compile(r"[(（]略[)）](?=[ \u3000]?(?:支出|收入))")
# The Party's name masked by stars (中国******成立): the text masks words by runs of stars, each one beside a Chinese
# character read as a masked word.
_STARS_PROOF = regex_cache.compile(r"中国\*{3,6}(?=[\u4e00-\u9fff])")
_STAR_RUN = regex_cache.compile(r"(?<![*＊])\*{3,}(?![*＊])")
_WORD = {"X": "党", "ZZ": "政治", "D": "党", "XX": "和"}
# 和 masked as XX where nothing but 和 stands (中华人民共和国, 党和国家, 和谐): the text masks 和 throughout.
_AND_PROOF = regex_cache.compile(r"共XX国|党XX(?:国家|政府|人民)|(?<![A-Za-z0-9])XX谐")
_AND_MASK = regex_cache.compile(r"(?<=[\u4e00-\u9fff])XX(?=[\u4e00-\u9fff])")


def check(ctx):
    text = ctx.text
    if contains(text, "略"):
        for m in near_needles(_OMITTED, text):
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 4)
            name = text[lo:m.end() + 3].split("|")[0].strip()
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{name}”中科目名称的一部分被“{m.group()}”代替（转载网站删去的字），"
                          "科目名称不完整，请按原文件补全（如“城乡社区支出”“援助其他地区支出”）。", None)
    masks = list(near_needles(_STAR_AT, text))  # tried at each * (Markdown's bold marks put stars in most long texts)
    if contains(text, "X") or contains(text, "ZZ") or contains(text, "D"):
        masks = sorted(masks + list(_MASK.finditer(text)), key=lambda m: m.start())
    if contains(text, "XX") and _AND_PROOF.search(text):
        masks = sorted(masks + list(_AND_MASK.finditer(text)), key=lambda m: m.start())
    if contains(text, "中国***") and _STARS_PROOF.search(text):
        for m in _STAR_RUN.finditer(text):
            before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
            if any("\u4e00" <= c <= "\u9fff" for c in before + after):
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"“{text[max(0, m.start() - 4):m.end() + 4]}”中的“{m.group()}”是转载网站屏蔽字词留下的星号"
                              "（文中“中国”之后的星号即“共产党”），原文字词已被删去，请按原文件补全。", None)
    for m in masks:
        letter = m.group()
        word = _WORD.get(letter) or ("政" if text.startswith(("府", "治"), m.end()) else "党")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{text[max(0, m.start() - 4):m.end() + 6]}”中的“{letter}”是转载网站替换“{word}”的{'符号' if letter == '*' else '字母'}，"
                      f"原文应为“{word}”，请按原文件改回。", word)
