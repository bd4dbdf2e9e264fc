"""L005: a gambling site's advert planted in the page in place of the report's words.

Government sites are hacked for search-engine spam, and a published report then
carries a betting site's name where a body or a document was: "北京市be365_365在线
官网下载_365体育旗下APP双井社区卫生服务中心", "根据全球最大的博彩平台部办公厅" (水利部),
"《www.28365-365_365bet体育开户…关于…》". The words are lost; a reader of the page
sees an advert in the department's name. No report writes such a string, so a few
seeds mark it (a pornographic site's strings are planted the same way: 视频一区,
日韩三级视频): the 365/bet site names, a few betting brands (新航娱乐, 开云体育, 半岛全站 put before a report's words; a Macau casino's name glued
to its mirror site's number, 金沙2004路线js5, or after it, js4399金沙线; a Macau casino's 娱乐场 or 赌场 put for a category's name, 澳门新濠天地娱乐场; a numbered lottery app's name and platform, 767彩票安卓), the advert's own words (官网下载, 体育开户,
旗下APP, 备用网址, 官方最新版, 网页登录入口; an e-sports betting brand's 电竞第一品牌, 电竞官方网站
and a site's 首页官方网址, 首页app免费下载; a foreign league's stream, 西甲直播, and a brand's 体育全站app) and 博彩平台; a content farm's note
(以下是小编为大家整理的…, 下面是小编收集整理的…, a title's (精选11篇) or its line's closing 范文, a title's genre tagged 供借鉴 after a blank, 精选优质文档-倾情为你奉上 over a
copied report; seen in some twenty reports of fifteen sets) is planted the same way — except where a 公安 report speaks of fighting one
(打击/查处/跨境…博彩). A sports-betting site's name put for a place's name leaves its 体育 glued to the
front of a body that is no sports body (东方体育民族宗教事务委员会 for 东方市…, 某县体育民政局): a bureau's
name joins 体育 only to 文化, 教育, 旅游 or 广电; a betting question is put for a name (什么app可以买足彩同志), and
_l005_contacts reads hotlines, spam domains and a clinic's advert line (最好的白癜风医院 http://…). A betting brand with its
mirror's name and slogan (利来w66最给利) is a seed too. One planted string (the run round a seed, glued by _ and digits) is one finding.
"""

from __future__ import annotations

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.regex_trie import alternation
from ...core.regex_needles import contains
from .. import keyword_pairs, lottery_brands
from ..finding import Finding
from ..registry import Rule
from ._l005_examples import FLAG as EXTRA_FLAG, KEEP as EXTRA_KEEP
from ._l005_contacts import planted_contacts

RULE = Rule(
    code="L005",
    name="injected-advert",
    severity="warning",
    summary="文中有网页被植入的博彩广告文字，原文被替换",
    doc=(
        "检查什么：报告中出现博彩网站的名称和广告语（“365bet”“be365”“在线官网下载”“体育开户”“旗下APP”"
        "“备用网址”“官方最新版”“网页登录入口”“全球最大的博彩平台”，连着镜像网址编号的赌场名“金沙2004路线js5”“js4399金沙线”、澳门赌场的“××娱乐场”（“澳门新濠天地娱乐场”）、带编号的镜像线路检测页“bet365线路检测中心”等）、在文中多处替换名称的垃圾网站关键词对（“中国某彩网,某彩网公安局”）、色情网站的字串（“视频一区”“三级视频”“黄色三级”“无码黄片”）、游戏外挂广告（“外挂购买”）、足球投注网站的问句（“有哪些信誉好的足球投注网站”“什么app可以买足彩”），插在句中或标题里的服务电话广告（“24小时殡葬服务电话 4008341834”，号码前空格、后面紧接正文），紧连网址的垃圾关键词（“老公阳痿www.example.cn”），带编号的体育博彩网站名（“188体育,188体育平台”）、博彩品牌的“××体育全站app”、外国足球联赛的直播网站名（“西甲直播”）、老虎机游戏网站名，博彩网站名称“××体育”接在民族宗教、民政等机构名称前（“东方体育民族宗教事务委员会”），彩票网站名称接在机构名称前（“中国体育彩票教育科技局”）及同一名称在文中别处替换的地名，多替换了单位名称、机关名称或文件名称；内容农场、文档分享网站的转载说明（“以下是小编为大家整理的……”“由会员分享，可在线阅读”“（精选11篇）”“精选优质文档-倾情为你奉上”、标题行末的“范文”、标题后空格隔开的“供借鉴”）说明此页是转载的副本；单独成行、求医关键词连着链接的医疗广告（“最好的白癜风医院 http://…”）也报告。\n"
        "为什么：这是网站被入侵后植入的垃圾文字，不是报告的内容；原来的名称已经丢失，公开文本读来是广告。\n"
        "不报的情形：公安等部门写打击、查处、整治博彩的句子（“打击跨境博彩平台”）；体育彩票投注站；“文化体育”“教育体育”合并的机构名称。\n"
        "示例：“北京市be365_365在线官网下载_365体育旗下APP双井社区卫生服务中心”应为原来的单位名称。"
    ),
    flag=(
        "北京市be365_365在线官网下载_365体育旗下APP双井社区卫生服务中心2021年度部门决算",
        "根据全球最大的博彩平台部办公厅下达的资金计划，",
        "《www.28365-365_365bet体育开户_Bet体育365提款要多久2022关于印发通知》",
        "2022世界杯买球赛官网关于2020-2021年政府债券资金使用情况的说明",
        "欧洲杯下注平台_欧洲杯下注app下载|官网:机关运行经费\n负责全县文化市场的买足球的软件监督管理。",
        "邵阳dafabet888官网,大发dafa888内设机构包括办公室。\n以下是小编帮大家整理的公路养护绩效评价报告。",
        "足彩app哪个是正规的2022年度部门决算\n千万精品文档，由会员分享，可在线阅读。",
        "部门(单位)名称: 365彩票手机app下载_365bet官网网址多少林业局",
        "上海市新航娱乐区医疗急救中心2019年度决算",  # a betting brand put for the district's name
        "半岛全站2023年,某县医保局坚持以人民为中心。\n参保人数中半岛全站,在职职工12万人。",  # a brand's 全站 put before words
        "衡阳市社会福利院韩国福利视频一区,日韩三级视频中文字幕2025年度部门预算",  # a pornographic site's strings
        "2022年度beat365官方最新版决算情况说明",  # a brand with the advert's words, put for the school's name
        "9游体育官方网入口文化馆2024年部门预算表",
        "六、澳门现金网:政府采购支出说明",
        "省、市bet88体育在线-【官网直营网站】关于印发的通知",
        "某县2024新澳门正版资料大全卫生健康局2023年度部门决算",
        "第一部分 内蒙古自治区38-365365基本情况\n澳门金沙官网赌场残疾人联合会“一卡通”项目清单\n",
        "拉斯维加斯7799908网站2023年度部门决算\n全国高端服外围微信号_全国空降同城免费\n",
        "名师资料总结 - - -精品资料欢迎下载\n1、此文档仅供收集于网络，如有侵权请联系网站删除只供学习与交流\n",
        "以下是小编为大家整理的项目绩效评价报告，欢迎大家分享。",  # a content farm's note on a copied report
        "下面是小编收集整理的工作经费绩效自评报告(精选11篇)，希望对大家有所帮助。",
        "以下是小编整理的公路建设绩效评价报告范文(通用5篇)，仅供参考。", "某某公文写作范文宝典:www.example.comX县教育局2020年工作情况",
        "1 2021 年某县农业农村局上半年工作总结及下步计划 供借鉴\n今年以来，县农业农村局坚持稳中求进。\n",
        "下面是小編整理的林業項目資金績效自評報告，歡迎大家借鑒與參考。",  # a page turned to traditional characters
        # betting brands and a bare-number domain put for a place's or a body's name
        "必威体育平台,必威体育app\n2023年度某区民政局部门决算",
        "财政厅足球竞彩app哪个靠谱2021年度彩票公益金使用情况",
        "当前位置: 澳门赌场备用 > 澳门皇冠 > 部门预决算",
        "2022年www.3016.com预算调整方案",
        "根据中共大陆娱乐城 委办公厅《关于印发大陆娱乐城 侨联改革方案的通知》",  # a casino put for the city
        # a betting brand put for an institute's name, a sports-betting app's for the province
        "第一部分 某自治区农牧龙8手机版登录畜牧兽医研究概况",
        "根据《肆客足球打赢蓝天保卫战三年行动计划》，结合国家和肆客足球有关要求。",
        # a document-sharing site's copy codes, ten letters and digits glued into the text
        "现将有关情况汇报如下:b5E2RGbCAP1、项目概况\n安排工作。 DXDiTa9E3d2.机构人员",
        "某县林业局2023年度部门决算公开 -k8凯发赢家一触即发",  # a betting brand's slogan glued after the title
        # an e-sports betting brand and its site's words put for an office's name, a porn site's header over the page
        "领导小组办公室设在飞龙亚洲电竞第一品牌,办公室主任由局长兼任。",
        "星河电竞官方网站办公室\n2023年3月1日",
        "鲸鱼首页官方网址某省农业农村厅召开发布会",
        "同时,鲸鱼首页app免费下载全年完成整治村120个。",
        "来源: 某某买球最新版 网 浏览字号: 2022年04月28日",
        "天天躁综合夜夜爽,在线视频二区\n某区体育局2024年度部门决算",
        # a live-score or streaming site's name and a betting brand's app put for a body's name or a page's site
        "贯彻执行国家雷速体育,雷速直播统计工作的方针。",
        "当前位置: 足球即时比分>>乡镇>>决算公开",
        "欧冠视频直播\n某县农业农村局2023年度部门决算",
        "当前位置:手机版亚博首页 > 政府信息公开",
        # a betting brand's number-and-bet in a breadcrumb, a ghostwriter's contact advert after the text
        "首页 > 188bet老虎机 > 政务公开\n某县民政局2023年工作总结\n《2018年度澳门银河网址市环保目标责任书》\n",
        "以上是全年工作总结。润笔请加微:abcd123。",
    ) + EXTRA_FLAG,
    keep=("举办公文写作培训班，报名网站:www.example.gov.cn。",  # a bureau's own writing course, its government site
        "香港赛马会慈善信托基金资助项目一个，澳门特别行政区代表团来访，体育彩票开奖结果按时公示，编印《政策宝典》。",  # names
        "依法打击跨境博彩平台，查处网络赌博案件12起。", "山东半岛全面推进蓝色经济区建设，半岛全域旅游示范区创建，全站点更新。",
        "销售体育彩票1.2亿元，筹集彩票公益金365万元。",
        "全年共开展活动365天，开通微信公众号和手机APP。",
        "扫码加微信公众号某县民政了解详情，联系人加微信群，邮箱abc@163.com。",
        "项目编号 2023_365_01，官网发布。",
        "在政府官方网站和本单位官网公开，福彩发行销售体育彩票。",
        "按现金收付制记账，网上办理入口已开通。",
        "开展贵宾会见厅改造，国产设备采购占比90%，召开在线视频会议12次，承办全国青少年校园足球网络联赛。",
        "制作宣传视频一部，打造文艺精品三件，评定三级医院一所。",
        "购买球类器材一批，组织世界杯知识讲座。",
        "对辖区内歌舞娱乐场所开展检查，娱乐城经营者签订责任书。",
        "精选优质种苗2万株，采购通用设备5台，按程序收集整理档案12卷，开展体育彩票竞彩业务培训。",
        "公开网址为www.gov.cn和www.mof.gov.cn，皇冠梨种植基地100亩。",
        "完成G8高速公路龙8标段的绿化，开通政务服务网手机版，登录人数2万人次。",
        "与凯发环保公司签订合同，防汛形势一触即发。",
        "举办电竞产业发展论坛，建成电竞场馆1个，在门户网站首页公开，政务APP可免费下载使用。",
        "天天开展巡查，夜夜值守，保持急躁情绪疏导热线畅通。",
        # 外挂 of a retrofit lift or a wall unit, 无码 of a card, 三级 of a hospital beside 免费
        "既有住宅加装外挂电梯12部，外挂空调机位统一规范，无码卡片一律作废，三级医院免费义诊3次。",
        # a sports bureau's own broadcasts and a live-streaming sales class
        "承办省运会，做好体育赛事直播和转播保障，开展电商直播培训3期，即时比对数据，举办亚博会分会场活动。",
        "使用SolidWorks和AutoCAD2020软件，统一社会信用代码12430600MB1234567X，索引号01404053X/2023-01393。",
    ) + EXTRA_KEEP,
)

# A pornographic or score site's strings (literal, no pattern characters): seeds and anchors both.
_PORN_SEEDS = ("视频一区", "三级视频", "视频中文字幕", "精品一区二区", "国产精品", "精品国产", "国产三级", "福利视频",
               "欧美精品", "日韩精品", "亚洲精品", "久久精品", "久久久久", "一级毛片", "毛片大全", "比分直播", "足球比分",
               "国产免费", "又爽又", "免费在线视频",
               "天天躁", "夜夜躁", "久久天天", "综合夜夜",
               # a porn site's header planted over a page (黄色三级免费网站_…_久久久国产一区, 亚洲无码黄片, 毛片在线视频)
               "黄色三级", "三级免费", "国产一区", "久久伊人", "无码黄片", "高清无码", "亚洲无码", "黄片视频", "毛片在线",
               "涩图", "A级视频",
               # a game-cheat seller's line planted the same way (指标外挂购买): 外挂 alone is a retrofit lift's word
               "外挂购买", "游戏外挂",
               # a live-score site's name (足球即时比分), planted as a page's site name
               "即时比分")
# A content farm's or a document-sharing site's own line on the copy it serves: the page is a copy, nothing replaced.
_FARM_SEEDS = (r"小[编編](?:(?:为|帮|給|给|幫|為)大家)?(?:整理|收集|搜集)|千万精品文档|由会员分享|精选优质文档|倾情为你奉上"
               r"|[（(](?:精选|通用)\d{1,3}篇[）)]"
               # a template site's label ending a title's line (工作思路范文; 优秀范文 stays) or stamp (…范文宝典:www.…)
               r"|(?<=[\u4e00-\u9fff])(?<!优秀|公文|征文|写作)范文(?:大全|精选)?(?=[ \t\u3000]*(?:\n|$))"
               r"|(?:范文|写作)[\u4e00-\u9fff]{0,4}[:：][ \u3000]?(?i:www\.)(?![A-Za-z0-9.-]*\.gov\.cn)"
               # a template site's title inside a word (造转正申请书范文成通路, 首届农民范文网春晚; 范文汇编/评选 pass; lookaheads negative: _FARM reads the run alone)
               r"|(?:申请书|总结|计划|心得体会|演讲稿|发言稿|讲话稿|思想汇报)范文(?![汇选集评库写篇]|[^\u4e00-\u9fff])"
               r"|(?<=[\u4e00-\u9fff]{2})范文网(?![^\u4e00-\u9fff])"
               # a template site's tag set off by a blank after a title's genre (…上半年工作总结及下步计划 供借鉴), its line
               # perhaps joined to the next
               r"|(?<=(?:计划|总结|报告|方案|思路|汇报|讲话|材料|要点)[ \u3000])仅?供(?:借鉴|参考)"
               # a ghostwriter's contact advert on the copy (润笔请加微:liaoda199, 加V：abc12345): a WeChat id opens on a
               # letter; a bureau's notice names its public account, not a private id after 加微
               r"|加(?:微信?|[Vv])[:：]?[ \u3000]?[A-Za-z][A-Za-z0-9_-]{4,19}")  # 工作经费绩效自评报告(精选11篇): a farm's title over its pile of copies
_SEED = regex_cache.compile(
    r"(?i:365bet|bet365|be365|28365|365体育|体育365|365彩票|日博365|bet体育|manbetx)"
    r"|利来(?i:w66)|(?i:w66)利来|利来国际|最给利"  # a betting brand with its mirror's name and its slogan (利来w66最给利)
    r"|体育官网|万博体育|优米体育|新航娱乐|开云体育|九游会|乐鱼体育|半岛体育|半岛全站|米乐体育|亚博体育|澳门新葡京|威尼斯人娱乐"
    r"|官网下载|在线官网|官网网址|官方网站大全|体育开户|提款要多久|旗下APP|娱乐app|备用网址|彩票手机app"
    # more brands and the advert's own words (beat365官方最新版, 9游体育官方网入口, 澳门现金网, 亚博vip网页登录入口)
    r"|(?i:beat365|bet\d{2,3}体育|亚博vip)|9游体育|首发体育|新普京|现金网|福彩网|手机彩票网|体育在线"
    r"|第一足球网|竞彩网|香港铁算|铁算资料|铁算盘资料|香港马会资料|金沙官网|澳门金沙|拉斯维加斯\d{2,8}|365365"
    # a Mark Six tip sheet's words (香港六宝典资料, 新澳门正版资料大全, 管家婆一码一肖); 香港赛马会 is left alone
    r"|(?:香港|澳门|新澳门?|澳彩)[\u4e00-\u9fff]{0,3}?(?:宝典|资料大全|正版资料|免费资料|资料免费|开奖(?:结果|记录|直播)|彩图)"
    r"|六宝典|一肖一码|一码一肖|管家婆(?:一码|一肖|资料|彩图|必中|中特)|精准一肖"
    r"|外围微信|空降同城|精品资料欢迎下载|仅供收集于网络|如有侵权请联系网站删除|贵宾会(?![见客议谈])|狗万|开云网页版|(?i:开云app)"
    r"|官方最新版|官网直营|官方网入口|官网入口|网页登录入口|手机版登录|娱乐网址|" + _FARM_SEEDS +
    # a betting brand put for a body's or a province's name (农牧龙8手机版登录畜牧兽医研究, 根据《肆客足球打赢…》)
    r"|必威(?:体育|平台|官网|(?i:app))|皇冠体育|澳门皇冠|澳门赌场|竞彩(?i:app)"  # 必威体育平台, 足球竞彩app哪个靠谱
    # a bare-number .com domain put for a place's name (2022年www.3016.com预算调整方案): no body's site is one
    r"|www\.\d{3,6}\.com"
    r"|肆客足球|龙8(?:国际|官网|娱乐|手机版(?:登录)?|(?i:long8))"
    # a betting brand and its slogan after a title (决算公开 -k8凯发赢家一触即发, 尊龙凯时-人生就是博)
    r"|(?i:k8)凯发(?:天生)?(?:赢家)?(?:一触即发)?|凯发(?:天生)?赢家(?:一触即发)?|凯发(?:娱乐|官网|(?i:app))"
    r"|尊龙凯时|人生就是博|尊龙(?:网?平台|网|官网|娱乐|体育|(?i:app))"  # a brand's site after a title (年度报告-尊龙网平台)
    # a card-game brand put for 关于印发 before a document's inner title (办公室某某棋牌<…模板>的通知); 棋牌室 stays
    r"|[\u4e00-\u9fff]{0,2}棋牌(?=[<〈_|｜]|官网|官方|娱乐|下载|(?i:app))"
    # a live-score brand (雷速体育, 雷速直播) and a pirate stream of a league (世界杯视频直播, 英超高清直播); a betting
    # brand's app (手机版亚博首页): not a bureau's 体育赛事直播, which names no league with 视频/高清/在线
    # a score site put for a portal's name (当前位置: 篮球比分 >); 篮球比分牌, 篮球比分3:1 are a gym's (guard: a char after)
    r"|雷速(?:体育|直播|比分)|篮球比分(?=[^牌器屏显板0-9０-９:：])|(?:世界杯|欧洲杯|欧冠|英超|西甲|意甲|德甲|(?i:nba))(?:视频|高清|在线|免费){1,2}直播"
    # a foreign league's bare stream (西甲直播文化和旅游局: no body streams one), a brand's 体育全站app (全站职工 has no app)
    r"|(?:欧冠|英超|西甲|意甲|德甲|法甲)直播|[\u4e00-\u9fff]{0,3}体育全站(?:(?i:app))?|全站(?i:app)"
    r"|手机版亚博|亚博(?:手机版|官网|娱乐|平台|网页版|足彩|(?i:app))"
    # a casino's name put for a place, the blank it leaves kept (中共大陆娱乐城 委办公厅)
    r"|[\u4e00-\u9fff]{2}娱乐城(?=[ \u3000_]|官|网|平台|开户|注册|(?i:app))"
    # a sports-betting casino and a football-pools site put for a document's issuer (《沙巴体育娱乐场,中国足彩在线印发…
    # 格式的通知》): a sports body runs no 娱乐场 (a dance hall's 娱乐场所 is the market's word), no report 足彩在线
    r"|[\u4e00-\u9fff]{0,2}体育娱乐(?:场|城)(?!所|地)|(?:中国)?足彩(?:在线|网|官网|平台)"
    # a spam brand written as a firm's "X(中国)官方网站" put for a district's name (卡卡湾(中国)官方网站 园林和林业局)
    r"|[A-Za-z0-9\u4e00-\u9fff·]{2,6}[(（]中国[)）](?:体育|娱乐)?(?:官方网站|官网)"
    r"|(?i:dafabet\d{0,4}|大发dafa\d{0,4})|足彩(?i:app)|(?<![A-Za-z0-9.．])\d{2,4}彩票(?:安卓|苹果|(?i:app|ios)|下载|手机版)"  # dafabet888官网, 767彩票安卓
    # a betting site's id glued to its brand and 官方网站 (qy966千亿国际官方网站 for a college): no body's site so named
    r"|(?<![A-Za-z0-9])[A-Za-z]{1,5}\d{3,5}[\u4e00-\u9fff]{0,3}(?:国际|娱乐|体育|彩票|棋牌)(?:官方网站|官网)"
    # a betting brand that puts its number before bet (188bet老虎机 in a page's breadcrumb)
    r"|(?<![A-Za-z0-9])\d{2,4}(?i:bet)(?![A-Za-z])"
    # a numbered sports-betting brand, often with its 平台 repeated after a comma (188体育,188体育平台 put for a
    # city's name): no body's name is a number glued to 体育; a year glued to it (2023体育中考) is left out
    r"|(?<![A-Za-z0-9.．])(?!(?:19|20)\d\d体育)\d{2,4}体育(?![场馆课中])(?:平台|官网)?"
    r"(?:[,，]\d{2,4}体育(?:平台|官网|(?i:app))?)?"
    # a numbered betting brand's app title, written as the site's page title (188某某app_188某某体育): no body's
    # name is a number glued to a brand and to app_, and a year glued to it (2023年政务app) is left out
    r"|(?<![A-Za-z0-9.．])(?!(?:19|20)\d\d)\d{2,4}[\u4e00-\u9fff]{2,4}(?i:app)_"
    r"(?:\d{2,4}[\u4e00-\u9fff]{2,4}(?:体育|娱乐|平台|官网|(?i:app)))?"
    # a slot machine's game site (信息来源:老虎机游戏:某乡政府): a police report's seized machines (收缴老虎机12台,
    # 老虎机游戏机) name no game site
    r"|(?<!打击|查处|取缔|整治|收缴|查获)老虎机(?:游戏(?![机厅室币])|平台|官网|网站|娱乐|下载|(?i:app))"
    # a slot game's name put for 政府信息公开 in a disclosure report's headings (收到和处理飞禽走兽老虎机申请情况,
    # 飞禽走兽老虎机目录): a report's own 老虎机 is a seized machine, never followed by a disclosure word
    r"|飞禽走兽老虎机|(?<!打击|查处|取缔|整治|收缴|查获|赌博|非法)老虎机(?=申请|目录|行政复议|行政诉讼|政府信息|信息公开)"
    # a Macau casino's brand with its game site's word glued after a title (工作会-澳门金威尼斯游戏, 澳门金威尼斯游戏的友情链接)
    r"|澳门金?威尼斯人?(?:游戏|娱乐|官网|网址|平台|线路|(?i:app))|金威尼斯(?:游戏|娱乐|官网|平台)"
    # a Macau casino's brand with its site's words put for a city's name (2018年澳门银河网址市环保目标责任书)
    r"|澳门银河(?:网址|官网|娱乐|平台|线路|(?i:app))"
    # the betting vocabulary as a class: a casino's brand, perhaps with 博彩, followed by its site's words (新葡京博彩官网区, 欧博官网 司法局, 澳门银河官方app下载,
    # 美高梅注册登录), a ranking of betting companies (十大博彩公司), a bookmaker that is nothing but one (威廉希尔),
    # a lottery site's name glued to its page's title (…_某某彩票网-游戏平台) and a site title's "-游戏平台"
    r"|(?:澳门银河|澳门金沙|新葡京|威尼斯人|美高梅|太阳城|巴黎人)(?:博彩)?(?:官方|官网|网址|娱乐|平台|线路|注册|开户|登录|入口|下载|(?i:app))|欧博官网"
    r"|十大(?:博彩|赌博|赌场|投注|彩票(?:公司|网站|平台|排名|排行|(?i:app)))|威廉希尔"
    r"|彩票网(?=[-_|｜]|游戏|娱乐|投注|(?i:app))|[-_|｜](?:游戏|娱乐|投注|博彩|彩票)(?:平台|官网|网站)"
    # a Macau casino's brand glued to its mirror site's number and "route" (金沙2004路线js5, 威尼斯人0106线路): a
    # mirror's address is a number, its "路线" the link to it; no report glues a figure to a casino's name
    r"|(?:金沙|威尼斯人|葡京|永利|美高梅|新濠|太阳城|巴黎人)(?:\d{2,5}(?:路线|线路|(?i:js|com|vip|cc))|(?i:js)\d{1,4}|线路检测)"
    # the mirror's number before the brand (-js4399金沙线), a casino's 娱乐场 for a category (澳门新濠天地娱乐场75条); not 娱乐场所
    r"|(?<![A-Za-z])(?i:js)\d{2,5}(?:金沙|威尼斯人|葡京|永利|美高梅|新濠|太阳城|巴黎人)(?:线路|路线|线)?"
    r"|(?:澳门)?(?:新濠天地|新濠影汇|新葡京|威尼斯人|美高梅|永利|金沙|澳门银河|巴黎人)(?:娱乐场(?!所)|赌场)"
    # a betting mirror's route-check page under its number (bet365线路检测中心, 8828线路检测): a line's test names its voltage
    r"|(?<![A-Za-z0-9.．])(?!(?:19|20)\d\d[线路])[A-Za-z]{0,6}\d{2,6}(?:线路检测|路线检测|线路测速)(?:中心)?"
    r"|世界杯买球|(?<!购)买球(?:赛|网|平台|官网|最新版|(?i:app))"  # 华体会买球最新版 网
    # an e-sports betting brand's words (雷火亚洲电竞第一品牌, 开云电竞官方网站) and a site's front page (博鱼首页官方网址)
    r"|电竞(?:第一品牌|官方网站|官网|(?i:app))|首页(?:官方网址|官方网站|(?i:app)(?:免费)?下载)"  # 2022世界杯买球赛官网 (not 购买球类器材)
    r"|(?:欧洲杯|世界杯|亚洲杯)下注(?:平台|网站|官网|(?i:app))?|下注(?:平台|网站|官网|(?i:app))|买足球(?:的)?(?:软件|平台|网站|(?i:app))"  # 欧洲杯下注平台_…app下载
    r"|足球投注|体育投注|投注(?:网站|网址|平台|官网|(?i:app))|信誉好的(?:足球|体育|博彩|投注|娱乐)"
    r"|(?:什么|哪个|哪些)(?:(?i:app)|软件|平台|网站)(?:可以|能)(?:买|投注|下注)(?:足彩|足球|球)"  # 什么app可以买足彩
    r"|(?<![^\n])[\u4e00-\u9fff]{2,4}(?<!体育|福利|中国|即开|电脑|竞猜|网络|视频|销售|发行|代销|购买|管理)彩票(?=\n)"  # a lottery brand's line alone (阿里彩票)
    r"|全球最大的博彩平台|(?<![打查整跨境非法击处治赌网络]{2})博彩平台|最大的博彩"
    # a betting site's plea over withheld winnings and its number before 平台 (365平台被黑不给出款怎么办 for a county's name)
    r"|被黑不给(?:出款)?(?:怎么办)?|不给出款(?:怎么办)?|(?<![A-Za-z0-9.．])365平台"
    # a betting brand's login page and a score site's name put for a word (2121某某体育登录入口的公告类, 十二、某某足球网_
    # 某某体育比分:空表的说明): a body's portal names no 体育 entrance, a bureau no score site
    r"|[\u4e00-\u9fff]{0,2}(?:体育|娱乐|彩票|足球|棋牌)(?:官网|网页版?|手机版|官方)?(?:登录|注册)入口|体育比分|[\u4e00-\u9fff]{0,2}足球网(?=[_|｜¥])"
    # a pornographic or score site's strings, planted the same way (韩国福利视频一区,日韩三级视频中文字幕)
    r"|" + "|".join(_PORN_SEEDS))
# What an advert's parts are glued with: Latin letters, digits, underscores, dots and hyphens (www.28365-365_…).
_GLUE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
# Every seed holds one of these: the pattern is run only round where they stand (most texts hold none).
_ANCHORS = ("365", "bet", "Bet", "BET", "官网", "官方网站", "博彩", "体育", "娱乐", "开户", "提款", "旗下", "备用网址", "九游会", "半岛全站",
            "新葡京", "老虎机", "威尼斯", "手机app", "彩票安卓", "彩票苹果", "彩票app", "彩票APP", "彩票ios", "彩票下载", "彩票手机版", "澳门银河", "加微", "加V", "加v", "亚博", "新普京", "现金网", "福彩网", "彩票网", "最新版", "网入口", "登录入口", "小编", "线路检测", "路线检测", "线路测速",
            "足球网", "竞彩网", "宝典", "资料大全", "正版资料", "免费资料", "资料免费", "开奖", "彩图", "一肖", "一码",
            "贵宾会", "狗万", "开云", "买球", "下注", "买足球", "dafa", "足彩", "精品文档",
            "会员分享", "范文", "供借鉴", "供参考", "w66", "W66", "利来国际", "最给利", "铁算", "马会资料", "金沙", "拉斯维加斯", "外围微信", "空降同城", "精品资料", "收集于网络",
            "如有侵权", "app_", "APP_", "手机版登录", "威尼斯人", "葡京", "永利", "美高梅", "新濠", "太阳城", "巴黎人", "凯发", "尊龙", "棋牌", "就是博", "肆客足球", "龙8", "必威", "皇冠", "赌场", "竞彩", "www.", "电竞", "首页", "雷速", "篮球比分", "直播", "十大", "威廉希尔", "游戏平台", "游戏官网", "彩票\n", "游戏网站", "彩票平台", "彩票官网", "彩票网站", "篇)", "篇）", "优质文档", "倾情", "小編", "投注", "信誉好", "全站", "被黑", "不给")
# The pornographic and score sites' seeds are their own anchors (视频, 精品, 三级 alone are common words of a
# report), searched only in a text that holds one of the gates every one of them contains.
_PORN_GATES = ("视频", "精品", "国产三级", "久久", "毛片", "比分", "国产免费", "又爽", "天天躁", "夜夜躁", "综合夜夜",
               "黄色三级", "三级免费", "国产一区", "无码", "黄片", "涩图", "外挂")
SEED_MAX = 12  # characters a seed may hold on either side of its anchor
# The anchors found in one pass of a trie of them (some thirty words: a search each cost more than the rule).
_ANCHOR_FINDER = regex_cache.compile(alternation(_ANCHORS))
_ANCHORS_AND_PORN = regex_cache.compile(alternation(_ANCHORS + _PORN_SEEDS))
_CJK_REACH = 6  # Chinese characters an underscore joins on (在线官网下载, 体育旗下), read on each side


def _widen(text: str, s: int, e: int) -> tuple[int, int]:
    """The planted run round a seed: across glue, and on past Chinese characters that glue with an underscore joins on."""
    while True:
        lo, hi = s, e
        while lo > 0 and text[lo - 1] in _GLUE:
            lo -= 1
        if "_" in text[lo:s]:
            while lo > 0 and s - lo < _CJK_REACH and "\u4e00" <= text[lo - 1] <= "\u9fff":
                lo -= 1
        while hi < len(text) and text[hi] in _GLUE:
            hi += 1
        if "_" in text[e:hi]:
            while hi < len(text) and hi - e < _CJK_REACH and "\u4e00" <= text[hi] <= "\u9fff":
                hi += 1
        if (lo, hi) == (s, e):
            return s, e
        s, e = lo, hi


def _runs(text: str) -> list[tuple[int, int]]:
    """Each planted run once: the seeds' widened spans, merged where they touch."""
    runs: list[tuple[int, int]] = []
    for m in _seeds(text):
        s, e = _widen(text, m.start(), m.end())
        if runs and s <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(e, runs[-1][1]))
        else:
            runs.append((s, e))
    return runs


def _seeds(text: str):
    """The seeds' matches, searched only round the anchors they hold (a figure 365 or the word 体育 is common;
    the alternation over the whole text is not), each read whole from where it starts."""
    finder = _ANCHORS_AND_PORN if any(contains(text, g) for g in _PORN_GATES) else _ANCHOR_FINDER
    windows = [(max(0, m.start() - SEED_MAX), m.end() + SEED_MAX) for m in near_needles(finder, text)]
    end = -1
    for lo, hi in windows:
        for m in _SEED.finditer(text, max(lo, end), hi):
            m = _SEED.match(text, m.start()) or m  # whole: a window's end may cut a seed's optional tail
            end = m.end()
            yield m


_FARM = regex_cache.compile(_FARM_SEEDS)
# A betting site's "XX体育" put for a place's name, its 体育 glued before a body no sports bureau is merged with.
_SPORTS_BRAND = regex_cache.compile(
    r"(?<!文化|教育|旅游|广电|文旅|卫生)体育(?=民族宗教|民政局|财政局|公安局|司法局|人力资源和社会保障|住房和城乡建设"
    r"|农业农村局|退役军人事务|信访局|自然资源和规划局)")
# A document-sharing site's copy code: ten letters and digits, mixed case, glued into the copied text
# (况汇报如下:b5E2RGbCAP1、, 主要职责是:p1EanqFDPw 贯彻) — perhaps before a list's own number. No report
# writes such a word; a product's name (SolidWorks) has too few capitals, a code of a register no lower case.
# Runs of letters and digits are found whole (a pattern that opened on a lookbehind was tried at every character),
# each tried once, from its first character (the lookbehind after it turns away the rest of a run: a report's
# short figures, 2023 or 12.5, were each tried at every one of their digits), the same matches.
_ALNUM_RUN = regex_cache.compile(r"[A-Za-z0-9](?<![A-Za-z0-9][A-Za-z0-9])[A-Za-z0-9]{9,}")
COPY_CODE, COPY_CODE_CAPS, COPY_CODE_SMALL, COPY_CODE_SWITCHES = 10, 3, 2, 3


def _copy_codes(text: str):
    for m in _ALNUM_RUN.finditer(text):
        run = m.group()
        if len(run) > COPY_CODE and not (len(run) <= COPY_CODE + 2 and run[COPY_CODE:].isdigit()
                                          and text[m.end():m.end() + 1] in ("、", ".", "．")):
            continue
        word = run[:COPY_CODE]
        caps, small = sum(ch.isupper() for ch in word), sum(ch.islower() for ch in word)
        if caps < COPY_CODE_CAPS or small < COPY_CODE_SMALL:
            continue
        switches = sum(1 for a, b in zip(word, word[1:]) if a.isalpha() and b.isalpha() and a.isupper() != b.isupper())
        if switches >= COPY_CODE_SWITCHES or any(ch.isdigit() for ch in word):
            yield m.start(), m.start() + COPY_CODE, word


# The brand of a spam site's "X(中国)官方网站": planted once in the title, it stands for the place's name elsewhere too.
_BRAND = regex_cache.compile(r"([A-Za-z0-9\u4e00-\u9fff·]{2,6})[(（]中国[)）](?:体育|娱乐)?(?:官方网站|官网)")


def _brand_runs(text: str, runs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], str]:
    """The runs, each "X(中国)官方网站" cut to the brand's shortest form (the title's, at a line's start: the words
    before it elsewhere, 现编制2021年度, are the report's), and that brand ("" where none stands)."""
    # a year before the brand is the report's (现编制2021年度卡卡湾(中国)官方网站)
    brands = [m.group(1).lstrip("0123456789年度") for s, e in runs for m in _BRAND.finditer(text, s, e)]
    brands = [b for b in brands if len(b) >= 2]
    if not brands:
        return runs, ""
    brand = min(brands, key=len)
    cut = []
    for s, e in runs:
        m = _BRAND.search(text, s, e)
        if m and m.group(1).endswith(brand):
            s = max(s, m.end(1) - len(brand))
        cut.append((s, e))
    return cut, brand


def _brand_echoes(text: str, runs: list[tuple[int, int]], brand: str):
    """The spam brand's other places in the text (绿色卡卡湾、生态卡卡湾 after 卡卡湾(中国)官方网站)."""
    start = 0
    while (at := text.find(brand, start)) >= 0:
        start = at + len(brand)
        if not any(s <= at < e for s, e in runs):
            yield at, start


def check(ctx):
    text = ctx.text
    yield from (Finding(s, e, RULE.code, RULE.severity, message, None) for s, e, message in planted_contacts(text))
    brand_runs, brand = _brand_runs(text, _runs(text))
    for s, e in brand_runs:
        if _FARM.search(text, s, e):
            message = (f"“{text[s:e][:40]}”是内容农场或文档分享网站加在转载页上的文字，不是报告原文；"
                       "此页是转载的副本，请以原文件为准核对。")
        else:
            message = (f"“{text[s:e][:40]}”是网页被植入的博彩或色情网站广告文字，替换了原来的单位、机关或文件名称，"
                       "请按原文件改回并检查网站安全。")
        yield Finding(s, e, RULE.code, RULE.severity, message, None)
    for s, e in _brand_echoes(text, brand_runs, brand) if brand else ():
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{brand}”是前文植入的垃圾网站名称（“{brand}(中国)官方网站”），在此又替换了原来的地名，请按原文件改回。", None)
    if contains(text, "体育"):
        for m in near_needles(_SPORTS_BRAND, text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "“体育”接在不管体育的机构名称前，多是网页被植入的博彩网站名称（“××体育”）替换了原来的地名"
                          "或“市”“县”，请按原文件改回机构全称并检查网站安全。", None)
    if contains(text, "彩票"):
        for s, e in lottery_brands.planted(text):
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"“{text[s:e]}”是网页被植入的彩票网站名称，替换了原来的地名，请按原文件改回机构全称并检查网站安全。",
                          None)
    for s, e, pair in keyword_pairs.planted_pairs(text):
        yield Finding(s, e, RULE.code, RULE.severity, f"“{pair}”是网页被植入的垃圾网站关键词（同一串文字在文中多处替换了原来的"
                      "单位名称、地名或文件名称），请按原文件改回并检查网站安全。", None)
    for s, e, word in _copy_codes(text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{word}”是文档分享网站插在转载页里的防复制码，不是报告原文；此页是转载的副本，请删去并以原文件为准核对。",
                      None)
