"""W054: a sentence frame said twice (句式杂糅): two ways of saying one thing run into one clause.

A writer who starts a sentence one way and finishes it another leaves both frames standing. Eight shapes
recur in reports of every bureau and are read precisely, each within one clause (no stop between):

- 原因是 (or 原因为), its colon, then 主要是 / 主要由于 / 主要因为 (减少的主要原因是：主要是……): the cause's
  frame opened twice; one of them must go.
- 不发生 / 未发生 / 没有发生 …… 的情况 / 现象 / 问题 / 事件 …… 发生 (确保不发生拖欠工资的情况发生): the
  event's 发生 said before its object and again after it.
- A verb (保障, 保护, 落实, 改善, 提高, 提升) after 为/为了/以/切实/确保/有效, its object, then 得到(有效)
  and the same verb (为了保障群众的合法权益得到有效保障): the active and the passive frame of one act.
  使/让 between them starts a new clause of its own (保障政策使群众生活得到保障 is right), so none may stand there.
- 截止到 / 截至 / 截止(期限、日期、时间)为 a date, then 至 a date (统计截止到2018年1月1日至2018年12月31日止,
  数据截止期限为2021年1月1日至2021年12月31日): 截至 names one end, not a period; a period is 自……起至……止.
- 纳入 a whole, then 之一 (将信息公开工作纳入全年重点工作之一, and after 将 or 把 even with a 的 between:
  将耕地保护纳入各级干部任期考核的重要依据之一): 纳入 takes the whole it joins, 之一 wants
  作为/列为; with 的 between them, or 是/为 before 纳入, the clause is a judgement and is left alone.
- 至 a full date (year, month and day) closed by 以来 (统计期限为2022年1月1日至2022年12月31日以来制作的信息): 以来
  counts from a start up to now, 至 names a period's end; the period and the running count are run into one. A
  bare year before 以来 (2018年至今以来, 十八大以来) is no full date and is left alone.
- 根据 a document in 《》 (its 以下简称 aside allowed), then 颁布/施行/实施 …以来 in the same clause (根据《条例》颁布施行
  以来，我局……): 根据 wants a basis, 以来 a starting time; the sentence opened on one and closed on the other. A 以来的
  (根据《条例》实施以来的经验) makes the period a modifier of a noun and is right.

- 关于《关于……的建议》的建议 (or 提出的《关于……的提案》的提案, its number between: 《……的提案》（第2024081号）的提案收悉):
  a title that is already framed as 关于……的建议, framed again around its 《》 by a reply letter; the 建议 (提案) said twice.
- 其中 opening a clause, then a comma and 其中 again with no figure between (其中：财政拨款支出按功能科目分类，其中：
  文化旅游体育与传媒支出……): the breakdown announced twice, once by the sentence being rewritten. A breakdown nested
  in another names an amount before the inner 其中 (其中：基本支出120万元，其中：人员经费80万元) and is right.

It reads the shared Simplified view (gen.check.unspaced), so a Traditional mirror's copy holds the same slip.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W054",
    name="doubled-frame",
    severity="warning",
    summary="句式杂糅：同一句里两种说法套在一起（“原因是：主要是”“不发生……的情况发生”“保障……得到保障”“截止到……至……”“截止期限为……至……”“纳入……之一”“至某日以来”“根据《条例》施行以来”“其中：……，其中：”）",
    doc=(
        "检查什么：一句话里两种句式套用：“主要原因是：主要是……”；“确保不发生……的情况发生”；"
        "“为了保障……得到有效保障”（主动、被动两种说法叠在一起）；“截止到某日至某日”“截止期限为某日至某日”（“截至”只说一个时点，"
        "一段时间应写“自……起至……止”）；“将某项工作纳入全年重点工作之一”（“纳入”接整体，“之一”要用“作为……之一”）；"
        "“某日至某日以来”（“以来”从某时起算到现在，与“至某日”两种说法叠在一起）；"
        "“根据《条例》颁布施行以来”（“根据”引出依据，“以来”说起算时间，应为“自《条例》颁布施行以来”）；"
        "“其中：财政拨款支出按功能科目分类，其中：……”（中间没有任何数额，“其中”说了两次）。\n"
        "为什么：句式杂糅读来不通，是修改文字时两种写法都留下了。\n"
        "不报的情形：两种说法之间有句号、逗号、分号断开的；中间有“使”“让”另起的（“保障政策使群众生活得到保障”）；"
        "“杜绝……情况发生”“确保不发生……情况”这类只用了一种说法的；“是纳入统计的指标之一”这样“之一”属于判断句的；"
        "分项中再分项、两个“其中”之间列了数额的（其中：基本支出120万元，其中：人员经费80万元）。\n"
        "示例：“确保不发生拖欠工资的情况发生”应为“确保不发生拖欠工资的情况”或“杜绝拖欠工资的情况发生”。"
    ),
    flag=(
        "支出减少的主要原因是：主要是会议费压减。",
        "全年确保了不发生欠薪的情况发生。",
        "为了保障老年人的合法权益得到有效保障，出台了办法。",
        "本报告统计期截止到2022年1月1日至2022年12月31日止。",
        "依据格式编制本报告，数据截止期限为2022年1月1日至2022年12月31日。",
        "坚持将安全生产工作纳入年度重点工作之一，同部署、同落实。",
        "将耕地保护纳入各级干部任期考核的重要依据之一。",
        "统计期限为2023年1月1日至2023年12月31日以来制作、获取的政府信息。",
        "根据《某省档案管理条例》（以下简称《条例》）颁布施行以来，我馆逐项落实。",
        "您提出的关于《关于增设某镇公共停车场的建议》的建议已收悉，现答复如下。",
        "你在县政协十届三次会议上提出的《关于完善农产品品牌名录的提案》（第2024081号）的提案收悉。",
        "本年支出合计86.5万元。其中：一般公共预算支出按功能分类，其中：教育支出62.1万元、卫生健康支出24.4万元。",
    ),
    keep=(
        "支出减少的主要原因是会议费压减。变动原因：主要是会议费压减。",
        "全年未发生欠薪情况，杜绝了类似情况发生。确保不发生欠薪的情况。",
        "落实保障政策使困难群众基本生活得到保障，老年人合法权益得到有效保障。",
        "本报告统计期限自2022年1月1日起至2022年12月31日止，数据截至2022年12月31日。",
        "数据截止日期为2022年12月31日，统计期限为2022年1月1日至2022年12月31日。",
        "将安全生产工作纳入年度重点工作，作为考核内容之一。该指标是纳入考核的指标之一，也是列为重点的项目之一。",
        "将耕地保护作为纳入干部考核的重要依据之一，把该项目纳入市级重点项目的，是全市十个之一。",
        "统计期限为2023年1月1日至2023年12月31日，2021年以来累计公开信息360条；2018年至今以来的数据未纳入。",
        "自《某省档案管理条例》颁布施行以来，我馆逐项落实；根据《条例》规定，自2019年施行以来未有延误。",
        "根据《条例》实施以来的经验，修订了工作规程。",
        # a breakdown nested in another: an amount stands before the inner 其中; 参与其中 closes a clause, opens no breakdown
        "本年支出86.5万元。其中：基本支出60万元，其中：人员经费45万元。群众积极参与其中，其中青年志愿者占一半。",
        # the title framed once; a reply or a report about the 建议; a 建议人 named after it
        "您提出的《关于增设某镇公共停车场的建议》已收悉。关于《关于增设停车场的建议》的答复、《关于某事的提案》的提案人。",
        "你提出的《关于完善农产品品牌名录的提案》（第2024081号）收悉，《关于某事的提案》（第12号）的提案人是张某。",
    ),
)

_CLAUSE = r"[^，。；！？,;!?\n]"
_CAUSE = regex_cache.compile(r"原因[是为][:：][ \u3000]{0,2}(?:一是)?主要(?:是|由于|因为)")
_NOT_HAPPEN = regex_cache.compile(
    rf"(?:不|未|没有)发生(?:(?!防止|避免|杜绝|确保|发生){_CLAUSE}){{1,24}}?(?:情况|现象|问题|事件|事故)的?发生")
_VERB_TWICE = regex_cache.compile(
    rf"(?:为了?|以|切实|确保|有效)(保障|保护|落实|改善|提高|提升)(?:(?![使让]){_CLAUSE}){{1,20}}?得到了?"
    r"(?:有效|切实|充分|进一步|较好|很好|明显|全面)?的?\1")
_CUT_OFF_PERIOD = regex_cache.compile(
    r"截(?:止到|至到?|止(?:期限|日期|时间)?为)[ \u3000]{0,2}\d{4}[ \u3000]{0,2}年[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}月[ \u3000]{0,2}\d{1,2}"
    r"[ \u3000]{0,2}日[ \u3000]{0,2}(?:起)?[ \u3000]{0,2}[至到—\-~～][ \u3000]{0,2}\d{4}[ \u3000]{0,2}年")
# 至, a full date with its day, then 以来 at once: a period's end and a running count from a start in one.
_END_SINCE = regex_cache.compile(
    r"至[ \u3000]{0,2}\d{4}[ \u3000]{0,2}年[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}月[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}日"
    r"[ \u3000]{0,2}以来")

# 纳入 a whole (纳入重点工作) and 之一 naming one of many (作为重点工作之一) run together: 纳入全年重点工作之一.
# A 的 between them makes 纳入…的 a modifier of the noun before 之一 (是纳入统计的指标之一), and 是/为 right
# before 纳入 makes the clause a judgement whose 之一 is right: neither is read.
_INTO_ONE_OF = regex_cache.compile(rf"(?<![是为])纳入(?:(?!的|之一){_CLAUSE}){{1,14}}之一")
# Opened by 将 or 把 (将耕地保护纳入各级干部任期考核的重要依据之一), the clause disposes of its object: 纳入 is its
# verb, not a modifier, and a 的 before 之一 proves nothing (纳入 a whole's part, 作为 meant). A 作为, 列为, 是 or 为
# between 将 and 纳入 (将其作为纳入考核的指标之一) is the clause's own verb and is left alone. Read where the plain
# reading above is not (a 的 stands between), so that no frame is told twice.
_DISPOSED_INTO_ONE_OF = regex_cache.compile(
    rf"[将把](?:(?!纳入|作为|列为|是|为){_CLAUSE}){{1,20}}纳入(?:(?!之一){_CLAUSE}){{0,20}}的(?:(?!之一){_CLAUSE}){{0,14}}之一")

# 根据 a document (its 以下简称 aside allowed), then its promulgation and 以来 in one clause: a basis and a
# starting time run together. 以来的 makes the span a modifier (根据《条例》实施以来的经验) and is right.
_BASIS_SINCE = regex_cache.compile(
    r"根据《[^》\n]{2,40}》(?:[（(][^）)\n]{0,20}[）)])?[ \u3000]{0,2}(?:正式)?(?:颁布|公布|发布|实施|施行|出台|印发)"
    rf"{_CLAUSE}{{0,6}}以来(?!的)")
# A 提案's or 建议's title already framed as 关于……的建议, framed again around its 《》 (您提出的关于《关于建设公厕的
# 建议》的建议已收悉): the outer 关于……的建议 doubles the title's own. Opened on 《 so that re skips to it. Its number
# in brackets may stand between (提出的《关于……的提案》（第2024081号）的提案收悉): the genre word said twice all the same.
_TITLE_FRAMED_TWICE = regex_cache.compile(
    r"《(?:(?<=关于《)|(?<=提出的《))关于[^》\n]{2,60}的(建议|提案|议案|意见)》"
    r"(?:[（(][ \u3000]{0,2}第?[\d〇零一二三四五六七八九十百]{1,10}号[ \u3000]{0,2}[）)])?的\1(?![人者])")
# 其中 opening a clause, then 其中 again after a comma with no figure between: the breakdown announced twice.
_BREAKDOWN_TWICE = regex_cache.compile(
    r"(?<=[。；;：:，,\n])其中[:：]?(?:(?!其中)[^\d。；;！？!?\n]){1,30}[，,]其中")
_READINGS = (
    (_CAUSE, "“原因是”之后又写“主要是”，两种说法套在一起，请删去其一（如“主要原因是：……”或“原因主要是……”）。"),
    (_NOT_HAPPEN, "“不发生……发生”两次说“发生”，句式杂糅，应为“不发生……的情况”或“杜绝……的情况发生”。"),
    (_VERB_TWICE, "同一动词在句首主动说一次、句尾“得到……”又说一次，句式杂糅，请删去其一。"),
    (_INTO_ONE_OF, "“纳入……之一”句式杂糅：“纳入”接整体，“之一”要用“作为（列为）……之一”，应改为“纳入……”或“作为……之一”。"),
    (_DISPOSED_INTO_ONE_OF, "“将……纳入……之一”句式杂糅：“纳入”接整体，“之一”要用“作为（列为）……之一”，"
                            "应改为“将……纳入……”或“将……作为……之一”。"),
    (_CUT_OFF_PERIOD, "“截止到（截至）”只说一个时点，后面又接“至某日”，句式杂糅；一段时间应写“自……起至……止”。"),
    (_BASIS_SINCE, "“根据……”引出依据，“……颁布施行以来”说起算时间，两种说法套在一起，句式杂糅；应为“自《……》颁布施行以来”。"),
    (_TITLE_FRAMED_TWICE, "书名号内的标题已是“关于……的建议（提案）”，书名号后又接“的建议（提案）”，同一个词说了两次，"
                          "句式杂糅；应为“您提出的《关于……的建议》（已）收悉”。"),
    (_BREAKDOWN_TWICE, "“其中”接连写了两次，中间没有列出任何数额，句式杂糅；分项只需引出一次，请删去前一个“其中”"
                       "（如“财政拨款支出按功能科目分类，其中：……”）。"),
    (_END_SINCE, "“至某日”说一段时间的终点，后面又接“以来”，句式杂糅；请写“自……起至……止”或删去“以来”。"),
)


def check(ctx):
    view = unspaced.of(ctx)
    text = view.text
    for pattern, message in _READINGS:
        # near their literals: the frames opening on a class or a lookbehind (纳入, 其中) cost 6 ms each on
        # 200,000 characters when re tried them at every character
        for m in near_needles(pattern, text):
            s, e = view.span(*m.span())
            yield Finding(s, e, RULE.code, RULE.severity, f"“{ctx.text[s:e]}”：{message}", None)
