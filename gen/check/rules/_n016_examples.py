"""N016's must-flag and must-pass examples, apart from its reading: units are lost in many shapes, and each class a
round found needs its own example (the rule's module stays its logic)."""

from __future__ import annotations

FLAG = (
    # the 、 list's member after two in 条 lost its unit, and the figure after it lost its own too (the line cut)
    "主动公开信息66条，其中：通知公告18条、行政许可事项3条、行政处罚1，回复公众诉求件9",
    "全年通过门户网站主动公开政府信息745\n二、依申请公开情况\n",
    "本年度共收到依申请公开事项0三是政府信息管理方面。",
    "各乡镇完成率分别为：城关镇98.5%，河口镇97.2，石桥镇99.1%。",
    "全年培训乡村教师120人，乡村医生85，护理人员96人。",
    "本年收入1691.93万元，较上年增加53.23万元，增长3.14，主要是人员增加；支出下降2.5%。",
    "财政拨款收入1691.93万元，占100。其他收入0万元，占0%。",
    # no rate anywhere with its %, but this one follows a change in money: it can only be a percentage
    "2021年度收入总计1745.16万元。收支较上年决算数增加53.23万元、 增长3.14，主要原因是补缴职业年金。",
    # a population written as a bare integer, its change in the same sentence with 人
    "年末全镇户籍人口45218，比上年末减少312人。",
    # the same figure after the same word, with its unit elsewhere in the text
    "预计海拔1200米以上山区将出现降雪。本周海拔1200以上地区气温将降至零下。",
    # a parallel clause of the same sentence gives the same word's figure with its unit
    "小麦亩均单产达364公斤，总产12.5万吨；油菜亩均单产171.3公斤，总产8900\n",
    "全年新建村级服务站12个，服务面积3.2万亩；新建乡级服务站3个，服务面积1.5，已全部投入使用。",
    # a count of cases handled as a bare integer, the sentence's other count with its unit
    "全年共受理群众投诉举报315，办结率100%，回访群众280人。",
    # a count of published items, bare, beside one with its 条
    "本年主动公开政府信息126条，历年累计主动公开政府信息2450，均已归档。",
    # the count ends its sentence, the next one counts published items with 条
    "通过政府信息公开平台主动公开政府信息15。通过微信公众号发布工作信息40条。",
    # the sentence counts its other published things in another unit (政策解读6项)
    "依托门户网站、微信公众号等平台发布信息3403，发布政策解读6项。",
    # an area whose unit lost its 米
    "新建学校运动场面积12850平方，绿化面积3200平方米。",
    "改造老旧小区屋面2,400平方。",
    "白蚁防治覆盖面积为全镇15.5km，新建绿地面积达2000米。",  # an area in a length unit
    # a rate per thousand that lost its 之 (4.7‰)
    "人口自然增长率为1.08‰，在4.7千分控制标准以内。",
    "一期投资6000万元，生产厂房共13600\n平。主要建设研发基地。",
    # followers are whole people: a decimal count lost its 万
    "依托官方微博与18.6粉丝开展互动。",
    "政务微博粉丝数达12.5，全年发布微博3200条。",
    # a page that lost every %: a decimal change on last year, a completion right after its quantity
    "全镇地区生产总值实现18640万元，比上年增长12﹒6。",
    "全年生猪出栏量达4180头，完成103；新建蔬菜基地860亩，完成96。",
    # a count of articles between two with their 篇
    "全年共编发稿件150篇，中央媒体采用32篇，省级媒体采用41，其中头版刊发12篇。",
    # a quantity per month whose figure lost its unit before the slash
    "退休职工人均养老金和城乡居民基础养老金水平分别突破3000/月、300/月。",
    # a named rate told as a bare figure: a 率 is a percentage
    "全年出生245人，计划生育率为99.18，统计准确率98.85。", "社会抚养费征收到位率为80。",
    # one rate by kind, the first kind's figure bare beside the next kind's with %
    "全市适龄儿童入学率小学达99.35、初中达98.73%，均高于全省平均水平。",
)

KEEP = (
    "主动公开信息66条，其中：通知公告18条、行政许可事项3条、行政处罚1条，回复公众诉求9件。",
    # a 、 list whose earlier members carry other units: no one unit to miss
    "全年培训3期、120人次、发放资料500，覆盖全镇。",
    "全年主动公开政府信息745条。\n本年度共收到依申请公开事项0件。三是政府信息管理方面。\n",
    "全年通过网站主动公开通知通告信息3\n",  # the copy ends there
    "本年收入较上年增长3.14%，人数增长12人，占比90%。",
    "全年接诊人次增长12，床位增加5张。",  # no rate with % anywhere: a count
    "支出较上年增加12万元，人数增长12，主要是新进人员。",  # the count of another clause
    "各乡镇完成率分别为：城关镇98.5%，河口镇97.2%，石桥镇99.1%。",
    "（单位：%）完成率：城关镇98.5，河口镇97.2；石桥镇99.1。",
    "城关镇98.5%，见附表2，石桥镇99.1%。",
    "城关镇98.5%，第3，石桥镇99.1%。",
    # the base of a rate that cannot be computed, between two rates
    "城关镇增长12.5%，河口镇增长--（基数为0，不可比），石桥镇增长8.0%。",
    "年末全镇户籍人口45218人，比上年末减少312人。",
    "年末全镇户籍人口4.52万，比上年末减少312人。",  # 万 alone: a style some bulletins keep
    "预计海拔1200米以上山区将出现降雪。本周海拔1200米以上地区气温将降至零下。",
    # the same word in another sentence, or a bare figure that runs on into words
    "小麦总产12.5万吨。油菜总产8900，比上年增加。",
    "小麦总产12.5万吨，占全市总产35，居全市第一。",
    "春粮总产15028吨，较上年增长9.1%；其中马铃薯总产1\n\n2、2168吨，较上年增加1381吨。",
    # a table row: the unit stands in its header
    "预计海拔1200米以上山区将出现降雪。\n| 海拔1200 | 12 |\n",
    "全年共受理群众投诉举报315件，办结率100%，回访群众280人。",
    "全年共受理群众投诉举报315，均已办结。",  # no other count in the sentence to tell the unit
    "本年主动公开政府信息126条，历年累计主动公开政府信息2450条，均已归档。",
    "历年累计主动公开政府信息2450，均已归档。",  # nothing in the sentence tells the unit
    "依托门户网站发布信息3403，均已归档，其中2023年以来的占多数。",  # a year is no count with its unit
    "主动公开政府信息15。\n二、依申请公开情况\n共收到申请3件。",  # no count in 条 near it
    "新建运动场面积12850平方米，辖区面积36.5平方公里，林地4.2平方千米。",
    "新建运动场面积12850平方 米。",  # the blank of a copied layout: the unit is whole
    "全年收入与上年持平，联赛战绩2胜1平1负，面积1200平方米。",
    "覆盖面积15.5km²，绿地面积2000m2，治理面积3.2万亩、堤防长度15.5km，面积较大的3处相距800米。",
    "人口自然增长率为1.08‰，在千分之4.7的控制标准以内，比上年下降3.18个千分点，提高0.5个百分点。",
    "依托官方微博与18.6万粉丝开展互动，粉丝数较上年增长12.5%。",
    "政务微博粉丝数达12.5万，人均阅读2.5次。",
    # a change with its unit, a count of a change; a completion with its %, or a small count after 完成
    "全镇地区生产总值比上年增长12.6%，粮食比上年增长1.5万吨，户数比上年增加120户。",
    "全年生猪出栏量达4180头，完成103%；新建蔬菜基地5个，完成3，其余在建。",
    # every count with its 篇; a number of an issue (第3) or a bare figure with no 篇 after it
    "全年共编发稿件150篇，中央媒体采用32篇，省级媒体采用41篇，其中头版刊发12篇。",
    "全年共编发稿件150篇，刊登在第3，其中头版刊发12篇。",
    "全年共编发稿件150篇，省级媒体采用41，市级媒体采用60。",
    # each figure with its unit before the slash; a date and a fraction written with slashes
    "基础养老金提高到300元/月，巡查频次2次/周，补助标准1200元/人·年。",
    "于2023/5/12召开会议，完成率为3/4。",
    # ratios written bare, a birth rate in ‰, a rate below 10 (a count of a rate's points?), a table in %
    "项目容积率为2.5，汇率为12.5，功率达20，人口出生率为10.5，多孩率为0。",
    "（单位：%）\n计划生育率为99.18，统计准确率98.85。", "| 计划生育率为99.18 | 98 |\n",
    # both kinds with their %
    "全市适龄儿童入学率小学达99.35%、初中达98.73%。",
)
