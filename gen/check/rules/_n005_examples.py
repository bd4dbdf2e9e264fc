"""N005's must-flag and must-pass examples added by later rounds, apart from the rule's reading (the module
stays its logic, within its size)."""

from __future__ import annotations

FLAG = (
        # the figure's share of the total between it and its change: 0.52 ÷ (3.15 + 0.52) = 14.17%, not 0.14%
        "③医疗保障支出3.15万元，占支出总预算0.41%，同比减少0.52万元，降低0.14%。",
        # the base named as that year's 决算数, the size right, the direction reversed (1957.23 > 1953.72)
        "三公经费支出1957.23万元，较2016年决算数1953.72万元减少3.51万元。",
        # a rate one unit off in its last place that no rounding of the printed figures gives: 58.8 ÷ 977.3 = 6.02%
        "公务接待费918.5万元，减少58.8万元，下降6.1%。",
        # a bare 增 before the rate: 53.75 ÷ 12.23 = 439.5%
        "公务接待费65.98万元，增加53.75万元，增437.7%。",
        # a 三公 item named again after 与…相比, another figure between: 596.98 ÷ 1713.12 = 34.8%
        "公务用车运行费1116.14万元，年末保有量404辆，与2016年相比，公务用车运行费减少596.98万元，下降39.8%。",
        # the figure's parts in brackets and its completion rate before its change: 3.05 ÷ (85.26 − 3.05) = 3.7%
        "全市一般公共预算收入完成85.26亿元（市本级61.3亿元，开发区23.96亿元），完成调整预算的101.35%，同比增收3.05亿元，增长8.7%。",
        "全市一般公共预算收入完成85.26亿元，完成年初预算的98.6%，完成调整预算的101.35%，比上年增收3.05亿元，增长8.7%。",
        # a part after 其中 with its own completion rate and change: 1.2 ÷ (61.3 − 1.2) = 2.0%
        "全市一般公共预算收入完成85.26亿元。其中，税收收入完成61.3亿元，完成预算的99.1%，同比增收1.2亿元，增长8.0%。",
        # last year's figure in brackets after its year, the rate on this year's: 25000 ÷ 100000 = 25%, not 20%
        "2021年财政拨款收入预算125000元，比2020年（100000元）增加25000元，增长20.00%。",
        # this year's figure named with its year, last year's inside 比上年…: 200 ÷ 1000 = 20%
        "2023年度收入总计1200.00万元，比上年1000.00万元增长25.00%。",
        # last year's figure in brackets inside the comparison
        "本年收入1200.00万元，比上年（1000.00万元）增长25.00%。",
        # the one figure of both totals (收、支总计X), its change told under the same name: 120.16 ÷ 1130.20 = 10.63%
        "2023年度收、支总计1250.36万元。与2022年相比，收、支总计各增加120.16万元，增长11.63%。",
    # the balanced totals named as one subject, spelt 收入、支出总计 / 收支预算总计 / with their scope: 80 ÷ 1000 = 8.00%
    "2023年度收入总计1080.00万元，支出总计1080.00万元。与2022年度相比，收入、支出总计各增加80.00万元，增长7.41%。",
    "2024年收入预算总计540.00万元，支出预算总计540.00万元。与2023年相比，收支预算总计各增加40.00万元，增长7.41%。",
    "2023年度财政拨款收入总计920.00万元，支出总计920.00万元。与2022年度相比，财政拨款收入、支出总计各减少80.00万元，下降8.70%。",
    # 增长 with a negative rate
    "2023年度收入总计1080.00万元，支出总计1080.00万元。与2022年度相比，收入和支出总计各增加80.00万元，增长-8.00%。",
    "本年支出180.00万元，比上年减少20.00万元，增长10.00%。",
    # percentages moved against the verb, or a size in points that is not their difference
    "床位使用率从85.0%提高到80.2%。",
    "孕产妇系统管理率由2022年的91.5%提高到2023年的93.8%，提高3.3个百分点。",
    "群众满意度由91.5%提高到93.8%，增长5.20%。",
    # the one figure of both totals written with 均 (收、支总计均为X): 50 ÷ 1050 = 4.76%
    "2023年度收、支总计均为1000.00万元。与2022年度相比，收入和支出总计各减少50.00万元，下降5.00%。",
)

KEEP = (
        # the same with the rate right: the share is the figure's own aside
        "③医疗保障支出3.15万元，占支出总预算0.41%，同比减少0.52万元，降低14.17%。",
        # a share of another subject between them: the change may be that one's
        "医疗保障支出3.15万元，项目支出占支出总预算0.41%，同比减少0.52万元，降低0.14%。",
        "公务用车运行费1116.14万元，年末保有量404辆，与2016年相比，公务用车运行费减少596.98万元，下降34.8%。",
        "全市一般公共预算收入完成85.26亿元（市本级61.3亿元，开发区23.96亿元），完成调整预算的101.35%，同比增收3.05亿元，增长3.71%。",
        "全市一般公共预算收入完成85.26亿元，完成年初预算的98.6%，完成调整预算的101.35%，比上年增收3.05亿元，增长3.7%。",
        "全市一般公共预算收入完成85.26亿元。其中，税收收入完成61.3亿元，完成预算的99.1%，同比增收1.2亿元，增长2.0%。",
        # parts after 其中 without a completion rate between: which figure changed is not told, no judgement
        "本年支出合计250.00万元，其中基本支出150.00万元，项目支出100.00万元，较上年增加50.00万元，增长28.50%。",
        # a part in brackets is no figure of the change: 开发区's 23.96 is not divided by
        "全市税收收入完成61.3亿元（其中开发区23.96亿元），同比增收1.2亿元，增长2.0%。",
        "2021年财政拨款收入预算125000元，比2020年（100000元）增加25000元，增长25.00%。",
        # a completion rate of another figure (支出) between: the change is not this figure's, no judgement
        "收入完成85.26亿元，支出完成调整预算的95.2%，同比增加3.05亿元，增长8.7%。",
        "三公经费支出1957.23万元，较2016年决算数1953.72万元增加3.51万元。",
        "公务接待费918.5万元，减少58.8万元，下降6.0%。",
        "公务接待费65.98万元，增加53.75万元，增439.5%。",
        # the rate truncated at its last place (6.017% printed 6.0%), or rounded from unrounded figures
        "公务接待费918.5万元，减少58.8万元，下降6.01%。",
        # rounded twice (33.048% → 33.05% → 33.1%): one unit over, but a common way to print it
        "本年支出6315.69万元，减少3117.38万元，下降33.1%。",
        # 收入合计 is read against last year's 收入合计 (760.00), not its 收入总计 (which adds the carry-over)
        "2022年收入总计800.00万元，包括本年收入合计760.00万元，使用年初结转和结余40.00万元。"
        "2023年度收入合计700.00万元，较上年决算数减少60.00万元，下降7.89%。",
        "2023年度收入总计1200.00万元，比上年1000.00万元增长20.00%。",
        "2021年收入1200.00万元，比上年（1000.00万元）增加200.00万元，增长20.00%。",
        "2023年度收、支总计1250.36万元。与2022年相比，收、支总计各增加120.16万元，增长10.63%。",
        "2023年度收入总计1080.00万元，支出总计1080.00万元。与2022年度相比，收入、支出总计各增加80.00万元，增长8.00%。",
        "2024年收入预算总计540.00万元，支出预算总计540.00万元。与2023年相比，收支预算总计各增加40.00万元，增长8.00%。",
        # the 财政拨款 totals' change is not read against the department's totals (no 财政拨款 figure before it)
        "2023年度收入总计1080.00万元，支出总计1080.00万元。与2022年度相比，财政拨款收入、支出总计各减少80.00万元，下降7.00%。",
        # unequal totals: which one the change is of is unknown
        "2023年度收入总计1080.00万元，支出总计1000.00万元。与2022年度相比，收入、支出总计各增加80.00万元，增长8.00%。",
        "区属医院ICU床位从21张增加至157张，发热门诊(诊室)从21间增加至42间。",
        "住房公积金支出4.55万元，较2016年决算4.08万元，增加了0.47万元，增加了11.52%。",
        "2022年基本支出592.78万元，较上年减少47.80万元。",
        # percentages: the points are the difference (93.8 − 91.5), the % the relative change (2.3 ÷ 91.5 = 2.51%)
        "孕产妇系统管理率由2022年的91.5%提高到2023年的93.8%，提高2.3个百分点。",
        "群众满意度由91.5%提高到93.8%，增长2.51%。",
        "床位使用率从85.0%下降至80.2%，下降4.8个百分点。",
        "2023年度收、支总计均为1000.00万元。与2022年度相比，收入和支出总计各减少50.00万元，下降4.76%。",
        "2021年基本支出640.58万元。2022年基本支出592.78万元，较上年减少47.80万元。",
        "上年项目支出762.96万元。项目支出2329.34万元，比上年增长205.3%。",
        "本年收入580.12万元，上年收入504.78万元，较上年增加75.34万元。",
        "本年收入580.12万元，比上年504.78万元增长14.93%。",
        "本年收入580.12万元，其中财政拨款500万元，上年财政拨款450万元，较上年增加50万元。",
        "2022年基本支出640.58万元。2023年基本支出592.78万元，与2022年相比，减少47.80万元。",
        # the year named is not the one whose figure is stated: no base to judge against
        "2021年基本支出640.58万元。2023年基本支出592.78万元，比2022年增加47.80万元。",
    # a negative growth against the base inside the sentence: its size is right, its minus tells the fall
    "项目支出预算900万元，比上年1100万元增长-18%。",
)
