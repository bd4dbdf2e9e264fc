"""N076's must-flag and must-pass examples, apart from the rule so that it stays within its length."""

FLAG = (
    # the kinds before the semicolon alone pass the channel's total
    "全年共主动公开政府信息300条，通过县政府网站公开120条，其中工作动态60条，通知公告45条，政策文件30条；通过公示栏公开信息180条。",
    "全年在门户网站发布各类信息126条，其中工作动态60条，政策文件40条，通知公告30条，人事信息20条。",
    "主动公开政府信息215条，其中包括：机构职能12条、政策文件96条、规划计划31条、财政信息88条、其他信息17条。",
    # a list with 其他 holds every item: it must make the total
    "全年在门户网站发布各类信息300条，其中工作动态160条，政策文件40条，通知公告30条，其他信息20条。",
    # the kinds right after the count, no 其中: 61 + 5 + 3 + 1 = 70
    "本年度累计公布信息69条，工作动态61条，通知公告5条，人事信息3条，财政信息1条，依申请公开办结1件。",
    # a count with 余 right after 各类信息: its kinds reach the next ten (173 of 160余)
    "本局依托门户网站发布各类信息160余条，工作动态95条，通知公告31条，政策解读22条，人事信息25条，会议活动全程公开。",
    # 涵盖 … 其他: a whole list short of its total (405)
    "本年度累计发布各类信息410条，涵盖工作动态120条、通知公告185条、人事信息20条、其他信息80条。",
    # 分别为 names every kind: 210 passes 200
    "全年发布政府信息200条，分别为工作动态120条、通知公告50条、政策文件40条。",
    # two levels in brackets, every kind broken down: each bracket must make its kind (49 of 52, 36 of 38)
    "全年共公开政务信息90条，其中信息公开专栏52条（包括公开指南1条、财政信息12条、工作动态36条），"
    "政务公开专栏38条（包括政策解读4条、重点领域32条）。",
    # a kind broken down in a 包含 clause up to its semicolon: 105 of 96, and the kinds 181 of 180
    "全年共公开政府信息180条，其中：政策文件类97条，包含通知公告30条，规章制度25条，其他类文件50条；工作动态83条；年度报告1条。",
    # the kinds after a colon right after the total: 60 + 35 = 95 of 100
    "全年共公开政务信息100条：信息公开专栏60条（包括公开指南1条、工作动态59条），政务公开专栏35条（包括政策解读5条、重点领域30条）。",
    # a kind with nothing in it: the list goes through every kind (123 of 150)
    "全年在门户网站共发布信息150条，其中领导信息3条、规范性文件0条、政策解读0条、工作动态80条、通知公告40条。",
    # down to kinds of one item, one item short: 237 of 238
    "全年主动公开政府信息238条。其中年度报告1条、规划计划1条、机构职能1条、政策文件15条、工作动态219条。",
    # the first kind says where it was posted (one channel is no breakdown by channel); 50 of 51, 2% short
    "全年共公开信息51条，其中：通过门户网站发布工作动态30条，通知公告12条，政策文件1条，公开指南1条，年度报告1条，机构职能5条。",
    # a Traditional mirror's page is read in Simplified (條 for 条)
    "本單位嚴格按照條例要求，通過門戶網站發布政務信息，設置專欄，做好財政預決算、項目、國務院文件、經費、計劃、數據等信息的公開。"
    "全年公開信息51條，其中工作動態30條，通知公告12條，政策文件1條，公開指南1條，年度報告1條，機構職能5條。",
    # a kind with nothing in it, the list closed by a semicolon and another clause after it (12 of 30)
    "全年主动公开政府信息30条，其中，规章文件6条，规划计划5条，工作动态0条，年度报告1条；办理依申请公开0件。",
    # a 、 list with an empty kind closed by a comma and a clause of another kind (68 of 80)
    "全年共发布各类信息共计80条，其中工作动态50条、通知公告12条、规划计划0条、政策文件6条、人事信息0条，全年未发生失实情况。",
    # the last kind takes the rest in with its own (动态及其他工作信息): the list is whole, 97 of 150
    "全年共更新政府信息150条，其中机构职能类7条；规范性文件类4条；工作报告类5条；动态及其他工作信息81条。",
    # the kinds make the total, then one more kind follows: it lies outside the total (60 + 9)
    "全年在门户网站发布信息60条，含政策文件2件、工作动态40条、通知公告18条、人事信息9条。",
    "全年主动公开政府信息60条，其中政策文件2条，工作动态40条，通知公告18条，人事信息9条。",
)

KEEP = (
    # a breakdown by channel (网站, 其他方式) makes the total; the kind after it (规范性文件) is one of the items, no part
    "2024年主动公开信息总数560条，其中政府网站公开政府信息数268条，其他方式公开政府信息数292条，规范性文件数1条。",
    # 含 after the count opens its kinds as 其中 does: these make it
    "全年在门户网站发布信息60条，含政策文件2件、工作动态40条、通知公告18条。",
    # short of the total, but with no 其他 the list may be a selection
    "全年在门户网站发布各类信息300条，其中工作动态60条，政策文件40条，通知公告30条，人事信息20条。",
    "全年在门户网站发布各类信息150条，其中工作动态60条，政策文件40条，通知公告30条，人事信息20条。",
    # the parts make the total and then break it down again
    "主动公开政府信息120条，其中政策文件50条，工作动态70条，人事信息20条，财政信息30条，其他信息70条。",
    # channels: one item is posted to several
    "主动公开政府信息126条，其中门户网站发布60条，微信公众号发布50条，政务微博发布40条。",
    "主动公开政府信息126条，其中工作动态60条，政策文件40条，通知公告16条。",  # fewer than the whole
    "累计公布信息80条，工作动态61条，通知公告5条，人事信息3条，依申请公开办结1件。",
    # kinds within a count with 余 (168 of 160余), or of 100余 (173: the count runs to the next hundred)
    "本局依托门户网站发布各类信息160余条，工作动态95条，通知公告31条，政策解读22条，人事信息20条，会议活动全程公开。",
    "本局依托门户网站发布各类信息100余条，工作动态95条，通知公告31条，政策解读22条，人事信息25条，会议活动全程公开。",
    # a kind's own count opens the list: its siblings follow, no total
    "全年社会救助类公开信息18条，养老服务类公开信息16条，机关党建工作信息28条。",
    "主动公开发布基础信息135条，重大建设项目领域信息5条，水利领域信息81条，合计共221条。",
    # a kind broken down on its own (内有, 其中): its parts are no siblings of the kinds
    "全年新增主动公开信息40条，其中机构类信息16条，内有领导信息8条、机构职能5条、内设机构3条；工作类信息14条；财政类信息10条。",
    "全年受理信访事项126件，其中来信60件，来访40件，网上信访30件，电话信访20件。",  # not published items
    # 涵盖 with no 其他 may be a selection; with 其他 it closes
    "本年度累计发布各类信息410条，涵盖工作动态120条、通知公告185条、人事信息20条。",
    "本年度累计发布各类信息410条，涵盖工作动态120条、通知公告185条、人事信息25条、其他信息80条。",
    # two levels that close
    "全年共公开政务信息90条，其中信息公开专栏52条（包括公开指南1条、财政信息15条、工作动态36条），"
    "政务公开专栏38条（包括政策解读6条、重点领域32条）。",
    # one kind broken down, without 其他: both levels may be selections
    "全年共公开政务信息150条，其中信息公开专栏52条（包括公开指南1条、财政信息12条），政务公开专栏38条。",
    "全年共公开政府信息180条，其中：政策文件类96条，包含通知公告30条，规章制度25条，其他类文件41条；工作动态83条；年度报告1条。",
    "全年在门户网站共发布信息150条，其中领导信息3条、规范性文件0条、政策解读0条、工作动态97条、通知公告50条。",
    # kinds of one item, but far short of the total: the list goes on elsewhere
    "全年主动公开政府信息300条，其中部门动态87条、政策文件1条、公开指南1条、部门文件9条、财政预决算2条、机构职能1条。",
    # short by one, but no kind of one item: a list of the main kinds
    "全年主动公开政府信息575条，其中工作动态310条、通知公告142条、政策文件66条、人事信息56条。",
    # closed by a semicolon, but with no 其他 and no empty kind: maybe a selection
    "全年主动公开政府信息30条，其中，规章文件6条，规划计划5条，年度报告1条；办理依申请公开0件。",
    # the same list closed by a comma: it makes the total; with no 0条 kind it may be a selection
    "全年共发布各类信息共计68条，其中工作动态50条、通知公告12条、规划计划0条、政策文件6条、人事信息0条，全年未发生失实情况。",
    "全年共发布各类信息共计80条，其中工作动态50条、通知公告12条、政策文件6条，全年未发生失实情况。",
    # the annual report table's decision rows, a 0条 among them: decisions among the items, no kinds of them
    "全年主动公开政府信息96条。其中行政许可处理决定数7条，行政处罚处理决定数0条，行政强制处理决定数0条。",
    # 法规及其他规范性文件 names a kind of its own, not the rest: the list may be a selection
    "全年共更新政府信息150条，其中机构职能类7条；工作报告类5条；法规及其他规范性文件81条。",
    # one channel's kinds end at a semicolon before 通过: another channel's own count follows
    "全年共主动公开政府信息312条，通过区政府网站公开90条，其中工作动态61条，通知公告27条；通过公示栏、微信公众号公开各类信息222条。",
    # the text's last line, cut off by a page store inside the list: its other kinds lay beyond the cut
    "全年主动公开政府信息176条，其中工作动态72条，公示公告21条，其他主动公开文件3条，政策解读2条，机构简介9条，财政预决",
    # 含 breaks the first part down; after the semicolon, the outer count's other part (351 + 1420 = 1771)
    "2025年度，我局发布信息1771条，其中门户网站351条，含动态信息类260条，机构概况类8条，主动公开文件83条；微信公众号1420条。",
    # the website's kinds make its total; the new media's own count follows, no kind of the website's
    "2021年，我委网站共发布信息841条，其中概况类信息16条，政务动态信息646条，信息公开目录信息179条，新媒体发布信息230条。",
)
