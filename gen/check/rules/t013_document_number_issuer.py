"""T013: a cited document's number that lost its issuer's code (《…意见》（〔2019〕45号）).

A document number is the issuer's code, the year in 〔〕 and the serial: 国办发〔2019〕45号, 财预〔2020〕10号. Cited
after its title in brackets, the whole number is given; a number that opens on the year's bracket right after
the title's 》 and the opening bracket has lost the code (a copy that dropped it, or a draft that left it to fill
in), and with it the one part that says which body issued the document: 〔2019〕45号 is a number of every issuer.

Read only in that position — 》, an opening bracket, then 〔year〕N号 — where nothing else can stand before
the year: a list that names the code once and then the next numbers bare (国办发〔2019〕45号、〔2019〕46号) has no
》 before them. A number whose code is the issuer's name written out (市政府办公室[2006]74号文) has none either: a code
is a few characters (某府办), never a whole 办公室, 政府 or 委员会.
"""

from __future__ import annotations

from ...core import regex_cache, regex_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="T013",
    name="document-number-issuer",
    severity="warning",
    summary="引用文件的文号缺少发文机关代字（“〔2019〕45号”）",
    doc=(
        "检查什么：书名号之后括号内的文号直接以年份开头，缺少发文机关代字，如“《关于深化改革的意见》（〔2019〕45号）”。\n"
        "为什么：文号由发文机关代字、年份和序号组成（国办发〔2019〕45号）；少了代字，读者无法知道是哪个机关的文件。\n"
        "文号的代字写成机关名称的（“市政府办公室[2006]74号文”）同样报告。\n"
        "不报的情形：文号写全的（“（国办发〔2019〕45号）”）；不紧跟书名号的文号。\n"
        "示例：“《关于深化农村公路管理养护体制改革的意见》（〔2019〕45号）”应补全为“（国办发〔2019〕45号）”。"
    ),
    flag=(
        "根据《关于深化农村公路管理养护体制改革的意见》（〔2019〕45号），制定本方案。",
        "按照《某省公路养护管理办法》([2020]12号)要求，落实养护资金。",
        # the code lost and the serial joined to the year by a dash, its 号 lost too
        "根据《关于印发<某州表彰实施方案>的通知》(〔2025〕-37)文件要求，组织推荐。",

        # the issuer's name written where its code stands
        "按照市政府办公室[2006]74号文《关于实施在地统计的通知》精神开展工作。",
    ),
    keep=(
        "根据《关于深化农村公路管理养护体制改革的意见》（国办发〔2019〕45号），制定本方案。",
        "根据国办发〔2019〕45号、〔2019〕46号文件精神，制定本方案。",
        "按照《某省公路养护管理办法》要求，2020年落实养护资金。",
        "根据《关于印发<某州表彰实施方案>的通知》(某办发〔2025〕37号)文件要求，组织推荐。",
        "《某市发展规划》(2021-2025)已印发。",

        "按照市政府办公室印发的某府办〔2006〕74号文件精神，县政府2020年第3号公告已发布。",
    ),
)

# The serial closes with 号, or (a copy that also lost the 号) is joined to the year by a dash and closes the
# brackets: 〔2025〕-211) is the same number with less of it left.
_BARE_NUMBER = regex_cache.compile(
    r"》[ \t\u3000]{0,2}[（(][ \t\u3000]{0,2}([〔\[［【](?:19|20)\d\d[〕\]］】][ \t\u3000]{0,2}"
    r"(?:第?\d{1,4}[ \t\u3000]{0,2}号|[-－—–](\d{1,4})(?=[ \t\u3000]{0,2}[）)])))")


# A number whose code is the issuer's name written out (市政府办公室[2006]74号): a code is a few characters
# (国办发, 某府办), never a whole 办公室, 政府 or 委员会, and the name says neither the code nor the kind of document.
_NAME_AS_CODE = regex_cache.compile(
    r"(?:[省市县区州旗镇乡](?=(?:人民)?政府|委员会))?(?:(?:人民)?政府办公室|人民政府|政府|办公室|委员会)"
    r"[ \t\u3000]{0,2}[〔\[［【](?:19|20)\d\d[〕\]］】][ \t\u3000]{0,2}第?\d{1,4}[ \t\u3000]{0,2}号")


def check(ctx):
    for m in _BARE_NUMBER.finditer(ctx.text):
        dashed = f"，序号应写作“{m.group(2)}号”" if m.group(2) else ""
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"文号“{m.group(1)}”缺少发文机关代字（如“国办发”“财预”），应写全{dashed}。")
    if "办公室" in ctx.text or "政府" in ctx.text or "委员会" in ctx.text:
        for m in regex_needles.finditer(_NAME_AS_CODE, ctx.text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"文号“{m.group()}”以机关名称代替了发文机关代字（如“某府办”“某政办发”），应写全文号。")
