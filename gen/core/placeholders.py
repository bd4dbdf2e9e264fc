"""Placeholders: the visible marks of content a report still needs.

The generator writes 【待补充：what】 where an outline needs what the data lacks;
officers also leave the common forms of their own (XXX, ×××, □□, 【 】, {{ }}).
The document model, the writers (Word highlights them), the JSON manifest and
the checker's S010 all find them with the patterns here, so they agree on
what a placeholder is.
"""

from __future__ import annotations

import re
from . import regex_cache
from .regex_needles import contains
from .regex_pruned import finditer as near_needles  # regex_needles' search, with only the alternatives a text can hold
from .star_masks import mask_pairs as _mask_pairs


OPEN, CLOSE = "【待补充：", "】"

# Ours: the text inside names what to fill (no nested 【】, bounded so matching stays linear).
OURS = regex_cache.compile(r"【待补充：(?P<what>[^【】\n]{1,200})】")

# Common forms a drafter leaves: XXX / xxx (three or more, not part of a Latin word),
# ×××, □□ (two or more), an empty 【 】 or ［ ］, a template's {{ … }}, and stars standing for a figure
# before its unit (≥**平方米, 约**万元): after a comparison mark, bracket or colon and before a unit that
# closes the phrase, so Markdown's **bold** is never one.
# The leading lookahead names every form's first character: it changes no match, but lets re
# pass over most positions with one test instead of trying each form (S010 reads every report).
# A date with its decade's year or its month and day left as X (201X年, 201X/X/XX, 2023年X月XX日) is one too;
# so are the forms of COMMON_MORE below: a figure left as XX or stars after the words it counts (安排XX万元,
# 资金**万元), a body's place left as one star (*县财政局), a document number's year left as 20xx (南财绩(20xx)5号).
COMMON = regex_cache.compile(
    r"(?=[Xx×□〇【［{*2])"
    r"(?<![A-Za-z])(?:X{3,12}|x{3,12})(?![A-Za-z])"
    r"|(?<![\dA-Za-z])20[0-9][Xx×](?:[/／][Xx×]{1,2}[/／][Xx×]{1,2}|(?=\s?年))"
    r"|(?<=年)[Xx×]{1,2}\s?月(?:\s?[Xx×]{1,2}\s?日)?"
    r"|×{2,12}|□{2,12}|〇{3,12}"
    r"|【[\s　]{0,6}】|［[\s　]{0,6}］"
    r"|\{\{[^{}\n]{0,100}\}\}"
    r"|(?<=[≥≤><＞＜=（(：:约达])\*{2,6}(?=(?:平方米|立方米|万元|元|人|个|%|％|亩|吨|台|套|次|件|项|公里|天|家|户|名)"
    r"(?:[）)，,。；;、\s]|$))"
)
# The forms round 23 met, apart: each opens on a literal of its own (XX, xx, *, 20xx), so a text is tried only
# where one stands (gen.core.regex_needles); inside COMMON they would be tried at its every 20 of a year.
COMMON_MORE = regex_cache.compile(
    # a figure left as XX, X, * or ** after the words it counts (资金**万元, 实践站*个, 全县辖x个乡, 支付率为X%, 资料x份, 火灾X起)
    r"(?<=[\u4e00-\u9fff])(?:[Xx]{1,2}|\*{1,4})(?=(?:万元|亿元|元|个|人|名|项|家|户|次|件|所|站|平方公里|公里|亩|公顷|[%％]"
    r"|份|面|起|盏|顶|张|辆|座|批|处|吨)"
    r"(?:[）)，,。；;、\s]|$)|个(?:乡|镇|村|行政村|社区|街道))"
    # a date whose month and day were left as X (截至X月X日), wherever it stands
    r"|(?<![A-Za-z\d])[Xx×]{1,2}月[Xx×]{1,2}日"
    # stars standing for a figure's whole part (公共区域***.08平方米)
    r"|(?<=[\u4e00-\u9fff])\*{1,6}(?=\.\d{1,2}(?:平方米|万元|元|%|％))"
    # a body's place left as a star (根据*县财政局): one star, not Markdown's closing ** (**重点**县)
    r"|(?<![*A-Za-z0-9])\*(?=[县市区][\u4e00-\u9fff])"
    # a count left as one star before its measure word and the thing counted (组成*个质量检查组)
    r"|(?<=[\u4e00-\u9fff])\*(?=个[\u4e00-\u9fff])"
    # a year, a place or a name masked by four or more stars (****年第五次普查, ******人民政府): Markdown's
    # bold opens on two, and a rule of stars stands alone on its line; a formulation's whole leading words masked
    # run longer (坚持以**************思想为指导)
    r"|(?<!\*)\*{4,30}(?=[\u4e00-\u9fff])"
    # a document number's serial masked by stars between the year's bracket and 号 (绩评字〔2025〕**号)
    r"|(?<=\d[〕\]］）)])\*{1,4}(?=号)"
    # a figure's decimals left as stars (预算安排3581.*，资金3001.*元); not a numbered item's Markdown bold (1.**重点**)
    r"|(?<=\d\.)\*{1,4}(?=[，,。；;、）)元万%％]|\s|$)"
    # a place, a school or a firm left as XX (XX市第一幼儿园, XX學校16套, XX縣, XX 咨询有限公司, xx属山区小县; a PDF's
    # copy spaces the letters from the place: XX 市, 《XX 省实施…》, xx 镇党委): two letters, no Latin word
    r"|(?<![A-Za-z])(?:XX|xx)(?![A-Za-z])(?=[ \u3000]?[市县区镇乡省州縣鄉鎮]|学校|小学|中学|幼儿园|医院|學校|小學|中學|幼兒園|醫院"
    r"|中心(?:敬老院|卫生院|学校|小学|幼儿园)|敬老院|卫生院|福利院|[ \u3000]?(?:咨询|会计|有限公司|公司|事务所|属))"
    # a document number's year left as the template wrote it (南财绩(20xx)5号)
    r"|(?<=[(（〔\[［【])20(?:xx|XX|××)(?=[)）〕\]］】])"
    # a template's question left for the figure (预算安排多少万元, 下達資金多少萬元): 多少 straight after the
    # words an amount follows and straight before its unit; opens on its literal, the words looked back at
    r"|多少(?<=(?:安排|资金|金额|预算|投入|下达|拨付|共计|合计|补助|补贴|資金|金額|預算|下達|撥付|補助|補貼)多少)"
    r"(?=万元|亿元|元|萬元|億元)"
)
# The forms round 33 met in reports published from a template, apart (each opens on its literal):
COMMON_LEFT = regex_cache.compile(
    # a place or a name left as XX set off by blanks inside a sentence (视察 XX 时, 开展 XX 县, 对 XX，); not a
    # model's name (XX 系列, XX 型)
    r"(?<=[\u4e00-\u9fff] )(?:XX|xx)(?= ?[，,。；;、]| (?!系列|型|号|款)[\u4e00-\u9fff])"
    # a body's place left as XX before the rest of its name (xx水利局, 《XX财政局关于…》), or the body's whole name
    # before its kind (常德市XX局单位概况)
    r"|(?<![A-Za-z])(?:XX|xx)(?![A-Za-z])(?=[\u4e00-\u9fff]{0,8}(?:局|委员会|厅|办公室|人民政府))"
    # a name left as xx straight before the closing mark (市水利局公布xx”), or a place's name after the
    # formulation's word before its list mark (推进平安XX、法治XX建设): XX glued to Chinese words on one side,
    # punctuation on the other, names nothing (a model's XX is followed by 系列, 型)
    r"|(?<=[\u4e00-\u9fff])(?:XX|xx)(?=[”』、，,。；;])"
    # the Party's congress left as XX (党的XX大, 党的XX届三中全会)
    r"|(?<=党的)(?:XX|xx|××)(?=大|届)"
    # a year left as one star (*年上半年, 结转*年): not Markdown's ** nor a footnote's star after a figure
    r"|(?<![*A-Za-z0-9])\*(?=年)"
    # a county's or a city's name masked by two or three stars (**县是个农业大县, 根据统计年报,**县纳入…): not after a
    # word (Markdown's closing ** follows its bold words) and with no ** after it on its line (an opening one)
    r"|(?<![*\u4e00-\u9fffA-Za-z0-9])\*{2,3}(?=[县市区][\u4e00-\u9fff])(?![^\n]{0,80}?\*\*)"
    # the Party's congress and plenary session left as stars (党的*大及*届五中全会)
    r"|(?<=党的)\*{1,3}(?=大)|(?<![*A-Za-z0-9])\*{1,3}(?=届[一二三四五六七八九]中全会)"
    # a thought's or a leader's name masked by stars (“*”重要思想, 以***新时代…思想, ***总书记), and 中央 after 党
    # masked so by a mirror's word filter (落实党***重大决策部署): three stars, not Markdown's closing ** after 党
    r"|(?<=“)\*{1,3}(?=”重要思想)|(?<!\*)\*{3}(?=新时代|总书记)|(?<=党)\*{3}(?!\*)(?=[\u4e00-\u9fff])"
    # a province's name left as one star (立项*省基础教育…), as the county's above (*县财政局); not a footnote's
    # star after a word before 省级 (重点项目*省级资金)
    r"|(?<=[\u4e00-\u9fff])\*(?=省(?!级)[\u4e00-\u9fff])"
    # a count left as stars or X before 多/余 and its measure word (全区*多名教师, 增加学位*余个): a figure goes there,
    # and no footnote's star stands before 多名, 余个
    r"|(?<=[\u4e00-\u9fff])(?:\*{1,4}|[Xx]{1,2})(?=[多余](?:万元|亿元|元|万|个|人|名|所|家|项|户|次|件|座|条|批|站|亩|公顷|公里|平方米))"
    # an item of a list masked before 等 (推进*等合作办学项目)
    r"|(?<=[\u4e00-\u9fff])\*(?=等[\u4e00-\u9fff])"
    # a place left as one X before its level and a name (x区农业农村局; not a lettered zone, A区、B区、X区, nor X区域), after a
    # comma too before a committee or a government (召开后,X市委统战部), and before a party department anywhere
    r"|(?<![A-Za-z0-9、,，])[Xx](?=[省市县区州镇乡](?!域)[\u4e00-\u9fff])"
    r"|(?<![A-Za-z0-9、])[Xx](?=[省市县区州镇乡](?:委(?![托员])|(?:人民)?政府|人大|政协))|(?<![A-Za-z0-9])[Xx](?=统战部|组织部|宣传部)"
    # a place or a name left as XX opening a clause, the subject the sentence goes on about (…，XX重点项目建设稳步推进,
    # 。xx既是…): not a model's XX (XX系列, XX型, XX号)
    r"|(?<=[，,。；;：:])(?:XX|xx)(?![A-Za-z])(?=[\u4e00-\u9fff])(?!系列|係列|型|号|號|款|码|碼|级|級)"
    # a place's or a name's mask of stars kept in the brackets of a masked copy (〔*〕县城管局, 整治〔*〕、〔*〕小区):
    # nothing but stars in 〔〕/【】/［］ between words or marks; a footnote's star stands bare, and a 文号's
    # masked serial follows its year's bracket (〔2025〕**号)
    r"|(?<=[\u4e00-\u9fff、，,。；;：:\s])[〔【［]\*{1,3}[〕】］](?=[\u4e00-\u9fff、，,])"
)
# The forms round 35 met (each opens on its literal): a place or a name left as lowercase xx glued between Chinese
# words or after 《 or 、 (把xx纳入xx都市圈, 《xx城市总体规划》; uppercase XX there may name a model: XX系列, XX型);
# a year's last two digits left as stars (20**年); a range whose ends were both left as stars (***-***); a city's
# name left as one star after the formulation's word that takes it (美丽*建设, 水更清的美丽*, 平安*); a count left
# as one X set off by a blank before its measure word (出动医务人员 X人); a place left as XX before a blank and its
# level (XX 区卫生健康局); a place left as one star between blanks before its level (中共 * 市 * 镇); a range
# whose ends were both left as X (保持在X-X之间); names left as an ellipsis after the verb that takes them (指导……申报).
COMMON_FILLS = regex_cache.compile(
    r"(?<![A-Za-z])xx(?![A-Za-z])(?<=[\u4e00-\u9fff《、]xx)(?=[\u4e00-\u9fff])"
    r"|(?<![\d*])(?:19|20)\*\*(?=\s?年)"
    r"|(?<![*])\*{2,6}[-－—~～至]{1,2}\*{2,6}(?!\*)"
    r"|\*(?<=(?:美丽|平安|法治|健康|幸福|魅力|文明|智慧)\*)(?!\*)(?=建设|[，,。；;、”\n]|$)"
    r"|(?<![A-Za-z])[Xx](?![A-Za-z])(?<=[\u4e00-\u9fff] [Xx])(?=(?:万元|元|个|人|名|项|家|户|次|件|所|份|辆|台|套)"
    r"(?:[）)，,。；;、\s]|$))"
    r"|(?<![A-Za-z])(?:XX|xx)(?= [区县市镇乡][\u4e00-\u9fff])"
    # a place left as one star set off by blanks before its level (中共 * 市 * 镇委员会, 谱写 * 镇发展新篇章): a
    # footnote's star is glued to its word, Markdown's bullet opens a line
    r"|\*(?<=[\u4e00-\u9fff] \*)(?= [区县市镇乡][\u4e00-\u9fff])"
    # a range whose ends were both left as X (性别比保持在X-X之间), as ***-*** above: Chinese on both sides
    r"|(?<=[\u4e00-\u9fff])X{1,3}[-－~～至]X{1,3}(?=[\u4e00-\u9fff%％])"
    # names left as an ellipsis between the verb or 和 that takes them and the verb or 等 after (指导……申报创建省级卫生镇,
    # 在县城建成区和……等创卫乡镇): a list cut short keeps its first items before it (苹果、香蕉……等)
    r"|(?:(?<=指导|督促|帮助|协助|推荐|组织|支持)|(?<=[和及与]))……(?=等|申报|创建|开展|参加|参与|完成|实施)"
)
# The forms round 36 met (each opens on its literal): a figure's blank typed as underscores before its measure word
# (共卫生院_个,_个行政村卫生室,_名村医), the way a template marks the figure to fill in; a figure's digits left as X among
# its own (儿童2XX人, 人均1XX32元, X112元, 比增21.X%). Not a measure word that opens a longer word (_个人, _名单, _人员),
# nor a model's letters (a digit and XX with no measure word after them). And empty brackets inside a phrase (国()境).
_MEASURE = (r"(?:个(?![人体性别])|人(?![民员])|名(?![单称录义])|所|家(?![庭属长])|户(?![籍口])|项(?!目)|万元|亿元|元"
            r"|次|件|座|辆|台|套|亩|平方米|[%％])")
COMMON_BLANKS = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff，,、(（:： ])_{1,8}(?=" + _MEASURE + ")"
    r"|(?<=[\u4e00-\u9fff，,、：:]\d)(?:XX|xx)(?=" + _MEASURE + ")"
    r"|(?<![A-Za-z0-9.])(?:\d+[Xx]{1,3}\d*|[Xx]{1,3}\d+|\d+\.\d*[Xx]{1,2})(?=" + _MEASURE + ")"
    # a character or a figure left out between empty brackets inside a name or a phrase (维护国()境地区, 各旗县市()人民政府,
    # 全年实际值()年度指标值): a Chinese character on both sides, no blank (a form's 按规定 ()内填写 has one), not a
    # form's own bracket named by the words after it (得分（）栏为空的)
    r"|(?<=[\u4e00-\u9fff])(?:\(\)|（）)(?=[\u4e00-\u9fff])(?![栏列内中处里填])"
    # a cited local document's title whose place was left out: the level alone after 《, then the year
    # (《市2020年大气污染综合治理工作方案》), as TITLE_BARE reads a report's own title
    r"|(?<=《)[市县区镇乡](?=(?:19|20)\d\d年)"
)
# The forms the blind sets of round 36 met (each opens on its literal): a figure or a year left as one or two ×
# glued between a Chinese word and its unit (救助资金×亿元, 对×名低保人员, 在×年的基础上, 提高×%), the sign a template
# writes where a figure goes (a product's ×, 长×宽, 3×4, stands between words or figures, not before a unit);
# a share's figure left as x or stars before its % whatever follows (份额的x%左右); a count left as x or × before 个
# and the thing counted, after a word or a list's mark (7大行业、x个统计专业); a name left as xx or ×× inside quotes
# (“xx”规划); a blank typed as two or more underscores between words (作为__工业经济, __湾电力小镇), or as one after
# 党的 before 大/届 or before a list's 、 (党的_大精神, 呈现出_、, 分析、_、上报); a year's last digit or two left as stars (20*年,
# a title's 城关镇201*森林防火工作总结, glued between words without 年); a town's or a county's name left as two or three
# stars before its level and a word or a year (**镇2021年工作总结); a city's name left as stars after the formulation's
# word (美丽**、富裕**); a quoted body's name masked (“***单位”).
_UNITS_X = (r"(?:万元|亿元|元|万人|个|人|名|项|家|户|次|件|所|站|座|辆|台|套|份|批|亩|公顷|吨|平方米|平方公里|公里|余万元|余元"
            r"|余人|余名|余个|余户|多名|多人|多户)")
COMMON_R36 = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff])×{1,2}(?=" + _UNITS_X + r"|年(?!代)|[%％])"
    r"|(?<=[\u4e00-\u9fff])(?:[Xx]{1,2}|\*{1,4})(?=[%％])"
    r"|(?<![A-Za-z])(?<=[\u4e00-\u9fff、，,])(?:[Xx]{1,2}|×{1,2})(?![A-Za-z])(?=个[\u4e00-\u9fff])"
    r"|(?<=[“「『])(?:XX|xx|××|XXX|xxx)(?=[”」』])"
    r"|(?<=[\u4e00-\u9fff，,、。；;：:])_{2,8}(?=[\u4e00-\u9fff])"
    r"|(?<=党的)_{1,3}(?=大|届)|(?<=[\u4e00-\u9fff、])_{1,3}(?=、)|(?<=[《、])_{1,3}(?=[\u4e00-\u9fff])"
    r"|(?<![\d*])(?:19|20)\d?\*(?!\*)(?=\s?年)"
    r"|(?<=[\u4e00-\u9fff])(?:19|20)\d\*(?!\*)(?=[\u4e00-\u9fff])"
    r"|(?<![*\u4e00-\u9fffA-Za-z0-9])\*{2,3}(?=[镇乡县市区](?:\d|[\u4e00-\u9fff]))(?![^\n]{0,80}?\*\*)"
    r"|(?<=美丽|平安|法治|健康|幸福|魅力|文明|智慧|富裕|生态|和谐)\*{2,3}(?!\*)(?=建设|[，,。；;、”\n]|$)"
    r"|(?<=“)\*{2,6}(?=[\u4e00-\u9fff]{1,6}”)"
)
# The forms round 40 met, a template's blanks typed as x glued to the words around them (each opens on its x): a month,
# a day or a year left as x after a word (应对x月中旬, 截至x月底, (xx年常住人口); a name left as lowercase x or xx before
# 某 (xx某公司与x某置业公司); an ordinal's figure after 第 (第x次, 第X期); a figure left as x before its measure word or
# unit (全市法院xx名干警, 造林xx万亩, 共有X名X级领导); a decimal's digits left as x (上升xx.xx%, 投资x.x亿元). Never
# inside a Latin word, a code or a file's name (x86, xlsx, 3x3, max年: a letter or a digit beside it), nor an X that
# names a ray or a model (X光, X射线, XX型: no measure word follows), nor a name's XX before 项目 or 名单.
COMMON_LOWER = regex_cache.compile(
    r"(?<![A-Za-z0-9])(?<=[\u4e00-\u9fff，,、（(：:])[xX]{1,4}(?![A-Za-z0-9])(?=[年月日](?!代))"
    r"|(?<![A-Za-z0-9])x{1,3}(?=某[\u4e00-\u9fff])"
    r"|(?<=第)[xX]{1,3}(?![A-Za-z0-9])(?=[\u4e00-\u9fff])"
    r"|(?<![A-Za-z0-9])(?<=[\u4e00-\u9fff，,、])[xX]{1,5}(?![A-Za-z0-9.])"
    r"(?=(?:万|亿|元|件|人|名(?![单称])|个|户|所|家|项(?!目)|次|条|篇|期|场|批|座|辆|台|套|亩|公里|平方米))"
    r"|(?<![A-Za-z0-9.])(?:x{1,4}\.x{1,4}|X{1,4}\.X{1,4})(?![A-Za-z0-9.])"
)
# A sample's places named by capital letters in order (A社区、B社区, C镇), or a template's X, x, XX (在X村, x镇政府, 到X学校任职, 对XX村;
# XX镇 is COMMON_MORE's), as 某社区 is: lone letters, no Latin word or code around them (3A景区, AB镇, X光机), before a level below the
# county no zone's letter takes (A区、X区 stay silent, as do 乡村, 村民, 村委). And a name left as one quoted lowercase letter (以“w”等疫病).
COMMON_LETTER = regex_cache.compile(r"(?<![A-Za-z0-9０-９])(?:[A-HXx]|XX|xx)(?![A-Za-z0-9])(?=社区|街道|村(?![民委级])|(?<![Xx]{2})(?:镇|乡(?!村))"
                                    r"|(?<![Xx]{2})(?<=[Xx])(?:学校|小学|中学))|(?<=[\u4e00-\u9fff]“)[a-z](?=”[\u4e00-\u9fff])")
COMMON_FORMS = (COMMON, COMMON_MORE, COMMON_LEFT, COMMON_FILLS, COMMON_BLANKS, COMMON_R36, COMMON_LOWER, COMMON_LETTER)
# A sample published as it was written: its title opens on 某县/某市 where the body's place goes.
TITLE_SOME = regex_cache.compile(r"\A[\s\ufeff]{0,20}某[县市区镇乡](?=[\u4e00-\u9fff]{2,40}(?:汇报|报告|总结|说明|情况)\s*$)",
                                 re.MULTILINE)
# A sample's title that opens on 某某 where the body's place goes (某某乡妇联2021年工作总结): 某某 names no real body.
TITLE_SOME_TWICE = regex_cache.compile(r"\A[\s\ufeff]{0,20}某某[县市区镇乡街村](?=[\u4e00-\u9fff]{0,12}(?:19|20)\d\d年)")
# A title whose place was left out: it opens on the level alone, then the year (关于县2023年度…的报告, 镇2017年度…总结).
TITLE_BARE = regex_cache.compile(r"(?<=\A)(?:关于)?[县市区镇乡](?=(?:19|20)\d\d年)|(?<=\A[\s\ufeff])(?:关于)?[县市区镇乡](?=(?:19|20)\d\d年)")
# A lone x set off by blanks where a figure or a place's name goes (联合 x 个区直单位, 发放救助金 x 元, 在 xx 镇), or
# before 年 where a year goes (截至x年底): run only on a text that holds such an x.
COMMON_X = regex_cache.compile(r"(?<=[\u4e00-\u9fff] )[xX]{1,2}(?= (?:万多份|万元|元|个|人|名|项|家|户|次|件|所|份|镇|街道|街))"
                               r"|(?<=[至于到在 ])[xX]{1,2}(?=年)")
_X_GUARD = (" x ", " X ", " xx ", " XX ", "x年", "X年")


def common(text: str) -> list[re.Match]:
    """Every drafter's placeholder in ``text`` (the common forms, not ours), in text order: read by S010 and by
    the .docx writer's highlights, each form tried only where it can begin."""
    found = [m for pattern in COMMON_FORMS for m in near_needles(pattern, text)]
    found += TITLE_SOME.finditer(text[:200])
    found += TITLE_SOME_TWICE.finditer(text[:200])
    found += TITLE_BARE.finditer(text[:200])
    if any(contains(text, g) for g in _X_GUARD):
        found += COMMON_X.finditer(text)
    if contains(text, "**"):
        found += _mask_pairs(text)
    return sorted(found, key=lambda m: m.start())


def marker(what: str) -> str:
    """The placeholder for ``what`` (e.g. "政府采购执行情况（计划金额、实际金额）")."""
    what = str(what).strip()
    if not what:
        raise ValueError("占位内容不能为空")
    return f"{OPEN}{what}{CLOSE}"


def ours(text: str) -> list[str]:
    """What each of our placeholders in ``text`` asks for, in order."""
    return [m.group("what") for m in OURS.finditer(text)]


# A head count with its figure left blank: "其中：行政编制 人，事业编制 人" (the template's label and unit, the
# space for the figure never filled); so too a score or a count of equipment ("平均得分 分", "设备 台(套)"). Only
# these labels, and only blanks on one line, so a line break in a flattened table is no match.
BLANK_COUNT = regex_cache.compile(
    r"(?:(?:编制|离休|退休|在职|在编|实有|职工|人员)(?:人数)?[ \t\u3000]{1,8}(?:人|名)"
    r"|(?:得分|设备)[ \t\u3000]{1,8}(?:分|台))(?=[，,。；;、）)（(\n]|$)")

# Three more blanks, kept apart because their only literals (年, （, 总计) stand hundreds of times in every report, where
# BLANK_COUNT is tried at each of its literals: a date whose figures were never written in (报送日期： 年 月 日),
# run only on a text where a blank stands before a 月, and a heading's number left out of its brackets
# (()  部门基本职能 at a line's start), searched in one pass.
# The blank date may also follow a label or a form's box with a blank before it (联合评价组□ 年 月 日).
BLANK_DATE = regex_cache.compile(r"(?:(?<=[:：])[ \t\u3000]{0,8}|(?<=[□\u4e00-\u9fff])[ \t\u3000]{1,8})"
                                 r"年[ \t\u3000]{1,8}月[ \t\u3000]{1,8}日")
BLANK_BEFORE_MONTH = (" 月", "\u3000月", "\t月")
# (a contents page indents its entries: up to four blanks before the pair, 　()指导思想(2))
BLANK_HEADING_NUMBER = regex_cache.compile(
    r"(?:^|(?<=^[ \t\u3000])|(?<=^[ \t\u3000]{2})|(?<=^[ \t\u3000]{3})|(?<=^[ \t\u3000]{4}))"
    r"[（(][ \t\u3000]{0,2}[）)](?=[ \t\u3000]{0,3}[\u4e00-\u9fff])", re.M)
# An administrative level's bracket left empty where the template offers another (指导县（）民办非企业单位, for
# 县（区）): run only on a text that holds an empty pair of brackets.
BLANK_LEVEL = regex_cache.compile(r"[县市区州旗乡镇][ \t\u3000]{0,2}[（(][ \t\u3000]{0,2}[）)](?=[\u4e00-\u9fff])")
_EMPTY_PAIRS = ("()", "（）", "( )", "（ ）", "(）", "（)")
# A list announced and never written (统筹设置5个事业单位：分别是。): run only on a text that holds 分别.
BLANK_LIST = regex_cache.compile(r"分别(?:是|为)[:：]?[ \t\u3000]{0,2}(?=[。；;])")
# So is one whose line ends on 包括： and the next line opens the document's next part (……二级预算单位包括：, then
# 第二部分 … or 某校2017年部门预算——预算表): run only on a text that holds 包括.
BLANK_LIST_BEFORE_PART = regex_cache.compile(
    r"包括[:：][ \t\u3000]{0,4}(?=\n[ \t\u3000]{0,4}(?:第[一二三四五六七八九十]{1,2}部分|[^\n]{2,40}——))")
# So is a total whose figure was never written (2020年度收入总计 ，其中): 总计 and 合计 stand everywhere.
BLANK_TOTAL = regex_cache.compile(r"(?:总计|合计)[ \t\u3000]{1,6}(?=[，,；;])")
# A count with its figure left blank after 共 (独立核算单位共 个，具体情况如下): 共 stands everywhere, so run only on a
# text where a blank follows it.
BLANK_AFTER_TOTAL = regex_cache.compile(
    r"共(?:有|计)?[ \t\u3000]{1,6}(?:个|人|名|家|项|所|户|辆|台)(?=[，,。；;、）)（(：:]|[ \t\u3000]*$)", re.M)
_BLANK_AFTER_TOTAL_GUARD = ("共 ", "共\u3000", "共\t", "共有 ", "共计 ", "共有\u3000", "共计\u3000")
# And a date whose month was left out (2014年月), run only on a text that holds 年月.
BLANK_MONTH = regex_cache.compile(r"(?<=\d{4})年月(?!日)")
# A date in running prose whose figures were all lost (自年月动工建设; 年月，县局率先启动; 今年至月，已完成投资): 年月
# after a word of time or at a clause's start, 至月 right after a year word; 年月 as a noun (艰苦的年月里) follows
# neither. Run only on a text that holds 年月 or 年至月.
BLANK_YEAR_MONTH = regex_cache.compile(
    r"(?:^|(?<=[自于从在到至，,。；;：:\n]))年月(?=[，,起以至到开动份底末])|(?<=年)至月(?=[，,底末份])", re.M)
# A 文号 whose year was never written in its brackets (琼财预〔〕112号), run only on a text that holds such a pair.
BLANK_DOC_YEAR = regex_cache.compile(r"[〔\[［][ \u3000]{0,2}[〕\]］](?=[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}号)")
_EMPTY_DOC_BRACKETS = ("〔〕", "〔 〕", "[]", "［］")
# An ordinal whose figure was never written (第 月至第 月, 第季度): run only on a text that holds one.
BLANK_ORDINAL = regex_cache.compile(r"第[ \t\u3000]{0,4}(?:月|季度)(?=至|到|—|-|[，,。；;、]|[ \t\u3000]{0,4}$)", re.M)
# A share with no figure (补助支出0万元，占%), and a fund's amount left blank before its unit (专项资金   万元):
# each run only on a text that holds its literal run together (占%, a blank before 万元).
BLANK_SHARE = regex_cache.compile(r"占(?:比)?(?:为)?[%％]")
_BLANK_SHARE_GUARD = ("占%", "占比%", "占为%", "占％", "占比为%")
# So is one that names its base and then leaves the figure out (占基本支出预算%，同比增加; 占人口总数的%。): the % right
# after the words, inside a sentence (a table's header cell 占计划% | or a line's end 增幅% is a column's name).
BLANK_NAMED_SHARE = regex_cache.compile(r"占[\u4e00-\u9fff]{1,12}[%％](?=[，,。；;])")
# A share whose figure and % were both left out, its base named up to its 的 and the clause closed (现有残疾人7.6万人，
# 占总人口的。): a clause opened by 占 after a count, its base a whole (总人口, 全县总数), 的 and a stop. A clause
# like 占道经营的 names no whole; 占总人口的比重 goes on to its noun.
BLANK_BASE_SHARE = regex_cache.compile(
    r"(?:(?<=\d[\u4e00-\u9fff][，,])|(?<=\d[\u4e00-\u9fff]{2}[，,]))占[\u4e00-\u9fff]{0,6}(?:总|全)[\u4e00-\u9fff]{0,6}的(?=[，,。；;])")
# A share or a change whose figure was left out where a blank or nothing stands before its % (占 %，比上年减少; 收支较上年
#增加22万元、增长%，主要原因): the % closes a clause, so a table's column name (同比增减% |) is no blank; the rule
# reads simplified and traditional forms (增長, 減少), as copies of old reports keep them.
BLANK_BARE_SHARE = regex_cache.compile(
    r"(?:占(?:比)?(?:为|為)?[ \t\u3000]{1,4}"
    r"|(?:增[长長]|下降|增幅|降幅|上升|提高|降低|[减減]少|增加)(?:了|为|為)?[ \t\u3000]{0,4})[%％](?=[，,。；;])")
# And an area whose figure was never written (现有用地面积2514平方米，建筑面积平方米，设9个教学班).
BLANK_AREA = regex_cache.compile(r"面积(?:为|约|达|共)?(?:平方米|平方公里|公顷|亩|㎡|万平方米|万亩)(?=[，,。；;、])")
BLANK_FUNDS = regex_cache.compile(r"(?:资金|经费|补助|拨款)[ \t\u3000]{1,8}万元")
BLANK_BEFORE_WAN = (" 万元", "\u3000万元", "\t万元")
# The same amount with no blank at all, where the list it stands in goes on or ends (其中中央补贴万元，省级补贴689万元，
# 市级配套万元。; a 决算 subject's line, 1.一般公共服务支出万元:): sought from each 万元, only a few hundred in a report.
BLANK_FUNDS_RUN = regex_cache.compile(r"(?:资金|经费|补助|补贴|拨款|配套|支出)万元(?=[，,。；;、:：])")
# A paragraph that is only its amount's unit and stop (1、收入说明, then a line 万元。): the figure and the words before
# it were lost, as a page drops a value its template filled in. A unit alone with no stop is a table's cell, and one
# after a line ending in a figure (收入合计120, then 万元。) a wrapped line: both left alone.
BLANK_LINE_UNIT = regex_cache.compile(r"(?<=[^\d.．,，一二两三四五六七八九十百千万零〇]\n)[ \t\u3000]{0,4}(?:万元|元|亿元)[。；;](?=[ \t\u3000]{0,4}(?:\n|$))")
_BLANK_LINE_UNIT_GUARD = ("\n万元", "\n元", "\n亿元", "\n 万元", "\n\u3000万元")


# A form's header field left blank (主管部门:, then the next field's line; 主管部门  项目起止时间 …; 项目主管部门 | 实施单位;
# 项目编号: | at the row's end): only these fields, which every project has, and only where the next thing written is
# another field's label, so a value on the next line (主管部门:\n某市文物局) is no blank. Signatures (签字) may stay blank.
# The label may follow the line before it run on (…人民政府主管部门:), as the reader joins a wrapped line.
_FIELD = r"(?:项目主管部门|主管部门|项目实施单位|实施单位|评价机构|绩效评价报告编号|评价报告编号|报告编号|项目编号|是否为专项资金)"
_NEXT_FIELD = (r"(?:项目主管部门|主管部门|项目实施单位|实施单位|项目起止时间|评价机构|报告编号|项目编号|金额单位|项目名称"
               r"|项目负责人|联系电话|评价时间|评估日期|项目属性)")
BLANK_FIELD = regex_cache.compile(
    r"(?P<label>" + _FIELD + r")(?:[:：][ \t\u3000]{0,60}(?=\n[ \t\u3000]{0,8}\n?[ \t\u3000]{0,8}"
    r"[\u4e00-\u9fff()（）]{2,14}[:：])"
    r"|[:：]?[ \t\u3000]{2,12}(?=" + _NEXT_FIELD + r")"
    r"|[:：]?[ \t\u3000]{0,3}\|[ \t\u3000]{0,3}(?=" + _NEXT_FIELD + r")"
    r"|[:：][ \t\u3000]{0,3}\|[ \t\u3000|]{0,8}(?=\n|$))")
_FIELD_GUARD = ("主管部门", "实施单位", "评价机构", "报告编号", "项目编号", "是否为专项资金")
# A report's own number field that stops after the year (报告文号:某所绩字(2018), the line ending there): its serial
# and 号 were never filled in. Only after a 文号/编号 label, where the number stands alone on its line; a citation in
# running text may wrap after its year (……办法》(财预〔2011〕, then 285号) on the next line). Run only on a text that
# holds such a label.
BLANK_SERIAL = regex_cache.compile(
    r"(?<=[文编]号[:：])[ \t\u3000]{0,4}[\u4e00-\u9fff]{1,12}[〔【\[［(（](?:19|20)\d{2}[〕】\]］)）](?=[ \t\u3000]{0,8}(?:\n|$))")


# Patterns searched only in a text holding one of their guard strings, in the order blanks() reports them
# (a missing guard is one read of the text instead of a regex pass).
_GUARDED_FIRST = (
    (BLANK_BEFORE_MONTH, BLANK_DATE), (_BLANK_AFTER_TOTAL_GUARD, BLANK_AFTER_TOTAL), (("年月",), BLANK_MONTH),
    (("年月", "年至月"), BLANK_YEAR_MONTH),
    (("第",), BLANK_ORDINAL), (_EMPTY_DOC_BRACKETS, BLANK_DOC_YEAR),
)
_GUARDED_AREA_FUNDS = ((("面积",), BLANK_AREA), (BLANK_BEFORE_WAN, BLANK_FUNDS), (_BLANK_LINE_UNIT_GUARD, BLANK_LINE_UNIT))
_GUARDED_LAST = (
    (_EMPTY_PAIRS, BLANK_LEVEL), (("分别",), BLANK_LIST), (("包括",), BLANK_LIST_BEFORE_PART),
    (_FIELD_GUARD, BLANK_FIELD), (("号:", "号："), BLANK_SERIAL),
)


def _funds_run_together(text: str) -> list[re.Match]:
    out = []
    at = text.find("万元", 2)
    while at != -1:
        if text[at - 1] in "金费助贴款套出" and (m := BLANK_FUNDS_RUN.match(text, at - 2)):
            out.append(m)
        at = text.find("万元", at + 2)
    return out


def _guarded(text: str, table: tuple) -> list[re.Match]:
    """The matches of each (guards, pattern) of ``table`` whose guard ``text`` holds, in table order."""
    return [m for guards, pattern in table if any(contains(text, g) for g in guards) for m in pattern.finditer(text)]


def blanks(text: str) -> list[re.Match]:
    """Every figure left blank in ``text`` (行政编制 人, 报送日期： 年 月 日, ()  部门基本职能, 收入总计 ，, 2014年月, 占%, 占 %，, 增长%，, 占总数的%, 占总人口的。, 建筑面积平方米,
    专项资金   万元, 指导县（）民办非企业单位, 分别是。),
    each pattern searched the way its literals allow: through the needle search, in one pass, or behind a guard
    (each guard answered from a long text's characters and pairs where it can be: a missing string is else a
    read of the whole text, some forty of them here)."""
    found = [*near_needles(BLANK_COUNT, text), *near_needles(BLANK_HEADING_NUMBER, text),
             *near_needles(BLANK_TOTAL, text)]
    found += _guarded(text, _GUARDED_FIRST)
    if contains(text, "%") or contains(text, "％"):
        found += BLANK_SHARE.finditer(text) if any(contains(text, form) for form in _BLANK_SHARE_GUARD) else ()
        found += BLANK_NAMED_SHARE.finditer(text)
        # found near its % (5 ms of 200,000 characters less than at every character), each match made again by the
        # pattern itself, whose identity S010 reads for its message
        found += [BLANK_BARE_SHARE.match(text, m.start()) for m in near_needles(BLANK_BARE_SHARE, text)]
    found += _guarded(text, ((("的。", "的，", "的,", "的；"), BLANK_BASE_SHARE),))
    found += _guarded(text, _GUARDED_AREA_FUNDS)
    found += _funds_run_together(text)
    found += _guarded(text, _GUARDED_LAST)
    return found
