"""N005's must-flag and must-pass examples added by later rounds, apart from the rule's reading (the module
stays its logic, within its size)."""

from __future__ import annotations

FLAG = (
        # the base named as that year's 决算数, the size right, the direction reversed (1957.23 > 1953.72)
        "三公经费支出1957.23万元，较2016年决算数1953.72万元减少3.51万元。",
        # a rate one unit off in its last place that no rounding of the printed figures gives: 58.8 ÷ 977.3 = 6.02%
        "公务接待费918.5万元，减少58.8万元，下降6.1%。",
        # a bare 增 before the rate: 53.75 ÷ 12.23 = 439.5%
        "公务接待费65.98万元，增加53.75万元，增437.7%。",
        # a 三公 item named again after 与…相比, another figure between: 596.98 ÷ 1713.12 = 34.8%
        "公务用车运行费1116.14万元，年末保有量404辆，与2016年相比，公务用车运行费减少596.98万元，下降39.8%。",
)

KEEP = (
        "公务用车运行费1116.14万元，年末保有量404辆，与2016年相比，公务用车运行费减少596.98万元，下降34.8%。",
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
)
