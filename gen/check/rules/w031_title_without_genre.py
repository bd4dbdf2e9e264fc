"""W031: a cited 公文 title copied short, without its 文种 (《关于开展2023年预算支出绩效评价》).

Reports name their basis by title, and a reviewer looks the document up by it.
A title that holds 关于 ends in the kind of document (通知, 意见, 办法 …); one that
stops on its subject lost its end in the copying (gen.check.cut_titles, the
kinds as data in glossary/title_genres.yaml). On the 880 annotated real reports
the reading met three such titles, every one a slip.

The notice's 文种 left outside the marks that close on the document it issued
("根据《某中心职能配置、内设机构和人员编制规定》的通知") is the same slip at the
title's head: the notice is cited, its 关于印发 lost (cut_titles.genre_outside;
two reports of the round-18 sweeps, both slips).

The same head can be lost inside the marks: 《某区2018年政务公开工作要点的通知》 names the notice (…的通知) and the
document it issued (…要点), but has neither 关于 nor 印发, so it is not the notice's title (关于印发〈…〉的通知) as issued
(cut_titles.head_lost; round 43, a disclosure report citing its district's yearly 要点; round 52, a catalogue's
notice cited with its edition, 《某省政府核准的投资项目目录（2017年本）的通知》).
"""

from __future__ import annotations

from ..cut_titles import cut_titles, genre_outside, head_lost
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W031",
    name="title-without-genre",
    severity="warning",
    summary="引用的公文标题不完整：以“关于”起头的标题没有以文种（通知、意见、办法……）收尾",
    doc=(
        "检查什么：书名号中含“关于”的公文标题，末尾不是文种（通知、意见、办法、报告、批复、方案……，"
        "文种表 glossary/title_genres.yaml），如“《关于开展2023年预算支出绩效评价》”，标题抄短了，应补全为"
        "“《关于开展2023年预算支出绩效评价工作的通知》”。\n"
        "为什么：公文标题由“发文机关＋关于＋事由＋文种”组成（GB/T 9704），缺了文种，读者无法据以查找文件。\n"
        "不报的情形：标题以文种收尾的；末尾括注版本、批次、年限的（“（试行）”“（第一批）”“（2021—2025年）”）先去掉括注再看；"
        "不含“关于”的书名（法律、条例、办法的名称）。\n"
        "书名号只括住所印发的文件、其后紧接“的通知”“的决定”，而书名号前没有“关于印发”“转发”“贯彻落实”等字样的"
        "（“根据《某中心职能配置、内设机构和人员编制规定》的通知”），引用的其实是印发该文件的通知，标题缺了开头，同样报告。\n"
        "书名号中写成“某文件的通知”，而标题中没有“关于”“印发”“转发”等字样的（“《某区2023年政务公开工作要点的通知》”），"
        "同样缺了开头，应为“《关于印发〈某区2023年政务公开工作要点〉的通知》”（印发的是任务分解表、指引、纲要、预案的同样）。\n"
        "示例：“根据县财政局《关于开展2023年预算支出绩效评价》文件要求”。"
    ),
    flag=(
        "根据县财政局《关于开展2023年预算支出绩效评价》文件要求，我局成立了自评小组。",
        # a motion's subject title whose 建议 was typed 建设: the same motion is quoted whole below
        "对某区第四次会议16号议案《关于某镇公交车线路的建设》的答复\n您提出的《关于开通某镇公交车线路的建议》收悉。",
        "按照《省农业农村厅关于下达2022年耕地地力保护补贴资金》，资金已全部发放到户。",
        "（一）部门职能\n按照《某县数据中心职能配置、内设机构和人员编制规定》的通知（县编〔2021〕3号），组建县数据中心。",
        "根据《某区2023年政务公开工作要点的通知》要求，结合本局工作实际编制本报告。",
        # the 事由's verb with its object (制度) at the end, no 的 and 文种 after it
        "局党组制定《关于建立健全领导干部应知应会法律法规清单制度》，在党组会上带头学习。",
        # a table or a guide the notice issued, its head lost the same way
        "落实《某县2022年政务公开重点工作任务分解表的通知》和《政府网站建设指引的通知》要求。",
        # a catalogue with its edition's aside, a year's work plan: the notice that issued them lost its head too
        "执行《某省政府核准的投资项目目录（2017年本）的通知》和《2021年全省政务公开重点工作安排的通知》。",
    ),
    keep=(
        "局党组制定《关于建立健全领导干部应知应会法律法规清单制度的实施意见》，落实《某局财务管理制度》。",
        "根据县财政局《关于开展2023年预算支出绩效评价工作的通知》文件要求，我局成立了自评小组。",
        "按照《省农业农村厅关于下达2022年耕地地力保护补贴资金的通知（第一批）》，资金已全部发放到户。",
        "依据《中华人民共和国预算法》《关于全面实施预算绩效管理的意见》开展评价。",
        # the notice's title written out of marks, the document it issued in them
        "根据县财政局关于印发《项目资金管理办法》的通知（县财〔2022〕5号），规范资金使用。",
        # 关于印发 before the marks: the notice's head is there, its 《 set one word late (a slip of marks)
        "按照某办公室关于印发《某工作年度报告格式的通知》要求编制。",
        "认真贯彻落实《某省预算绩效管理条例》的通知要求。",
        # the title's 》 too early (the notice's 印发 inside): a slip of marks, told by other rules
        "根据《某县财政局关于印发〈预算绩效管理暂行办法〉》的通知》执行。",
        # the same in Traditional script, with ASCII angle brackets round the notice (a converted mirror page)
        "按照<某市人民政府辦公室關于印發《某市城鄉醫療救助實施方案》的通知>(某政辦字[2020]11號)執行。",
        # the notice's head there (关于印发, 转发), or the notice not one that issues a document
        "根据《某区人民政府办公室关于印发某区2023年政务公开工作要点的通知》《某市转发省级资金管理办法的通知》要求。",
        "根据《做好2023年度政府信息公开工作年度报告编制的通知》要求。",
        # a deputy's 建议 named by its kind before its subject's title
        "会议听取了县卫健委关于重点建议《关于加强村卫生室建设》的办理情况汇报。",
        # the same with its kind right after the marks
        "你们提出的《关于提高村组干部补贴标准》的建议收悉，现答复如下。",
        # the notice that issued the table, its head there; a notice asking for returns (报表) issues no document
        "落实《某县人民政府办公室关于印发某县2022年政务公开任务分解表的通知》《报送2022年度统计报表的通知》要求。",
    ),
)

_KIND_BEFORE = frozenset(("建议", "提案", "议案"))


def _named_whole(text: str, title: str) -> bool:
    """The same motion quoted elsewhere with its kind at the end (《关于开通某镇公交车线路的建议》 beside
    议案《关于某镇公交车线路的建设》): the subject-only title is then a cut one, its 建议 typed 建设."""
    stem = title[-10:-2]
    return len(stem) >= 6 and any(f"{stem}{kind}》" in text for kind in _KIND_BEFORE)


def check(ctx):
    for cut in genre_outside(ctx.text):
        issued = cut.title.removeprefix("关于")[:40]  # 《关于某规定》的通知: the 关于 was the notice's
        yield Finding(cut.start, cut.end, RULE.code, RULE.severity,
                      f"“的通知”写在书名号之外：书名号中的“{issued}”是所印发的文件，引用的是印发它的通知，"
                      f"标题缺了开头，应按原文件写作“《关于印发〈{issued}〉的通知》”。")
    for cut in head_lost(ctx.text):
        issued = cut.title[:40]
        yield Finding(cut.start, cut.end, RULE.code, RULE.severity,
                      f"引用的标题“《{issued}的通知》”缺了开头：通知印发的是“{issued}”，通知的标题应为"
                      f"“《关于印发〈{issued}〉的通知》”（前面可冠发文机关），应按原文件补全。")
    for cut in cut_titles(ctx.text):
        kind_after = ctx.text[cut.end:cut.end + 4].lstrip("》")[:3]
        if (ctx.text[max(0, cut.start - 3):cut.start - 1] in _KIND_BEFORE or kind_after[:1] == "的" and kind_after[1:] in _KIND_BEFORE) \
                and not _named_whole(ctx.text, cut.title):
            continue  # 重点建议《关于加强某建设》, 《关于提高某待遇》的建议: a deputy's 建议 (提案) titled by its subject, its kind named beside it
        if cut.object_end:
            yield Finding(cut.start, cut.end, RULE.code, RULE.severity,
                          f"引用的文件标题“《{cut.title[:40]}》”以“关于建立（健全、完善）……{cut.object_end}”收尾：“{cut.object_end}”"
                          f"是动词的宾语，不是文种，标题缺了“的意见（办法、通知）”等文种，应按原文件补全。")
            continue
        yield Finding(cut.start, cut.end, RULE.code, RULE.severity,
                      f"引用的文件标题“《{cut.title[:40]}》”没有以文种（通知、意见、办法、报告等）收尾，标题不完整，"
                      f"应按原文件补全（如“……的通知”）。")
