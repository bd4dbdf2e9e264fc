"""W031: a cited 公文 title copied short, without its 文种 (《关于开展2023年预算支出绩效评价》).

Reports name their basis by title, and a reviewer looks the document up by it.
A title that holds 关于 ends in the kind of document (通知, 意见, 办法 …); one that
stops on its subject lost its end in the copying (gen.check.cut_titles, the
kinds as data in glossary/title_genres.yaml). On the 880 annotated real reports
the reading met three such titles, every one a slip.
"""

from __future__ import annotations

from ..cut_titles import cut_titles
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
        "示例：“根据县财政局《关于开展2023年预算支出绩效评价》文件要求”。"
    ),
    flag=(
        "根据县财政局《关于开展2023年预算支出绩效评价》文件要求，我局成立了自评小组。",
        "按照《省农业农村厅关于下达2022年耕地地力保护补贴资金》，资金已全部发放到户。",
    ),
    keep=(
        "根据县财政局《关于开展2023年预算支出绩效评价工作的通知》文件要求，我局成立了自评小组。",
        "按照《省农业农村厅关于下达2022年耕地地力保护补贴资金的通知（第一批）》，资金已全部发放到户。",
        "依据《中华人民共和国预算法》《关于全面实施预算绩效管理的意见》开展评价。",
    ),
)


def check(ctx):
    for cut in cut_titles(ctx.text):
        yield Finding(cut.start, cut.end, RULE.code, RULE.severity,
                      f"引用的文件标题“《{cut.title[:40]}》”没有以文种（通知、意见、办法、报告等）收尾，标题不完整，"
                      f"应按原文件补全（如“……的通知”）。")
