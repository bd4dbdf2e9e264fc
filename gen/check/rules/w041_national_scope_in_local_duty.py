"""W041: a local body's duty that leads work of the whole country (对全国政法工作作出全局性部署 in a city's 政法委).

A city's or a county's body leads the work of its own area: 全市, 全县. Its duty list is written from the next
level's 三定 text with the level's word changed; where the change slipped, the body is said to deploy, guide or
coordinate the work of 全国, which only a central body does. The report's own body (gen.check.identity) is the
evidence: a body named after a province, city, county or district, none of 中央, 国家, 全国 or 最高 in its name (read in
the text's head when no title names it: a page that opens on its contents).

Read only the leading verbs (对全国…工作作出…部署, 统筹/指导/领导全国…工作) and only where the clause names no
central body as their subject (中央, 国务院, 国家…部, 党中央): a city's report may well say what the centre did.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..identity import identity
from ..registry import Rule
from ..textspans import last_mark

RULE = Rule(
    code="W041",
    name="national-scope-in-local-duty",
    severity="warning",
    summary="地方机关的职责写成领导“全国”的工作（对全国政法工作作出全局性部署）",
    doc=(
        "检查什么：市、县、区机关的报告在职责中写“对全国……工作作出……部署”“统筹（指导、领导）全国……工作”。\n"
        "为什么：地方机关只领导本行政区域的工作（全市、全县）；职责照上级三定文本改写时把“全市”错成了“全国”。\n"
        "不报的情形：中央、国家机关的报告；句中主语是党中央、国务院、国家部委的（讲上级的部署）；“全国人大”“全国性”等。\n"
        "示例：某市委政法委职责“对全国政法工作作出全局性部署”应为“对全市政法工作作出全局性部署”。"
    ),
    flag=(
        "某市委政法委2023年部门预算\n一、部门职责\n2、协助市委研究制定全市政法工作的方针、政策，对全国政法工作作出全局性部署，并督促落实；\n",
        "某县农业农村局2023年部门决算\n一、部门职责\n3、统筹全国农业农村经济发展工作。\n",
    ),
    keep=(
        "某市委政法委2023年部门预算\n一、部门职责\n2、对全市政法工作作出全局性部署；贯彻党中央对全国政法工作作出的部署。\n",
        "中共中央政法委员会2023年部门预算\n一、部门职责\n对全国政法工作作出全局性部署。\n",
        "某县统计局2023年部门决算\n一、部门职责\n组织实施全国经济普查在本县的工作，指导全国人大代表联络工作。\n",
    ),
)

_LEADS = regex_cache.compile(
    r"对全国(?!人大|人民代表|政协|性)[\u4e00-\u9fff]{2,10}工作作出[\u4e00-\u9fff]{0,6}部署"
    r"|(?:统筹|指导|领导)全国(?!人大|人民代表|政协|性)[\u4e00-\u9fff]{2,10}工作")
# A local body named in the text's head when the identity read no title (a page that opens on its contents).
_LOCAL_HEAD = regex_cache.compile(r"[\u4e00-\u9fff][市县区州旗](?:委|人民政府|[\u4e00-\u9fff]{1,10}(?:局|委员会|办公室|中心))")
HEAD_CHARS = 400
_CENTRAL_NAME = ("中央", "国家", "全国", "最高", "国务院")
_LOCAL_NAME = regex_cache.compile(r"[省市县区州旗盟]|自治")
_CENTRAL_SUBJECT = regex_cache.compile(r"中央|国务院|国家[\u4e00-\u9fff]{0,8}部|[\u4e00-\u9fff]部(?:署)?[\u4e00-\u9fff]{0,2}对全国|总书记")


def check(ctx):
    text = ctx.text
    if "全国" not in text:
        return
    name = identity(ctx).name
    if name is None:
        head = text[:HEAD_CHARS]
        found = _LOCAL_HEAD.search(head)
        if not found or any(w in head for w in _CENTRAL_NAME):
            return
        name = "本单位"  # the head names a local body; its name's start is not told
    elif any(w in name for w in _CENTRAL_NAME) or not _LOCAL_NAME.search(name):
        return
    for m in _LEADS.finditer(text):
        lo = last_mark(text, "。；;\n，,", m.start())
        if _CENTRAL_SUBJECT.search(text, lo + 1, m.start()):
            continue
        at = text.index("全国", m.start())
        yield Finding(at, at + 2, RULE.code, RULE.severity,
                      f"“{m.group()}”：{name}是地方机关，职责应是本行政区域的工作（全市、全县），不是“全国”。")
