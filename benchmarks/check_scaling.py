"""Checking time grows linearly: 1 MB of adversarial text vs 100 KB, same machine, same run.

The text mixes what makes a checker work hardest: long digit runs and amounts,
nested brackets, repeated headings, Chinese without punctuation, percentages
and rates with their parts, duplicated characters. Both sizes are built from
the same blocks, checked with every rule (spaCy and jieba loaded beforehand so
neither size pays for them), and the ratio of the times is printed; linear
growth gives about 10, the target is at most 12.

Run: .venv/bin/python benchmarks/check_scaling.py [--small-kb 100] [--large-kb 1000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BLOCKS = [
    "一、部门整体支出情况\n",
    "（一）收入支出情况\n",
    "2022年我局收入1,200.50万元，支出1,100.25万元，其中基本支出800.10万元、项目支出300.15万元，执行率为91.65%，较上年增长12.5%。\n",
    "1234567890" * 30 + "\n",
    "（" * 200 + "资金" + "）" * 150 + "\n",
    "【[《“" * 50 + "\n",
    "卫生健康局部门整体支出绩效自评报告年度工作" * 20 + "\n",
    "一、\n一、\n一、\n（一）\n（一）\n1.\n1.\n",
    "本年度自评得分98.9分，等级为良。满意度达到95%以上，接种率≥90%。\n",
    "卫卫生生健健康康" * 10 + "\n",
    "1,2,3,4,5,6,7,8,9,0," * 20 + "\n",
    "ICU APP AEFI covid vaccine 計劃衛生\n",
]


def adversarial_text(target_bytes: int) -> str:
    """Blocks repeated until the UTF-8 size reaches ``target_bytes``."""
    out, size, i = [], 0, 0
    while size < target_bytes:
        block = BLOCKS[i % len(BLOCKS)]
        out.append(block)
        size += len(block.encode("utf-8"))
        i += 1
    return "".join(out)


def check_seconds(text: str, rules) -> tuple[float, int]:
    from gen.check.read import source_from_text
    from gen.check.runner import run

    t0 = time.perf_counter()
    result = run(source_from_text(text, "bench.txt"), rules)
    return time.perf_counter() - t0, len(result.findings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small-kb", type=int, default=100)
    parser.add_argument("--large-kb", type=int, default=1000)
    parser.add_argument("--target", type=float, default=12.0)
    args = parser.parse_args(argv)

    from machine import describe

    from gen.check.analyse import get_nlp
    from gen.check.registry import all_rules

    print(describe())
    get_nlp()  # load jieba and spaCy before timing
    rules = all_rules()
    check_seconds(adversarial_text(10_000), rules)  # warm caches
    small = adversarial_text(args.small_kb * 1000)
    large = adversarial_text(args.large_kb * 1000)
    t_small, n_small = check_seconds(small, rules)
    t_large, n_large = check_seconds(large, rules)
    ratio = t_large / t_small
    size_ratio = len(large.encode("utf-8")) / len(small.encode("utf-8"))
    print(f"{args.small_kb} KB: {len(small):,} chars, {t_small:.2f} s, {n_small} findings")
    print(f"{args.large_kb} KB: {len(large):,} chars, {t_large:.2f} s, {n_large} findings")
    print(f"time ratio {ratio:.1f} for a size ratio of {size_ratio:.1f} (target ≤ {args.target:g}): "
          + ("OK" if ratio <= args.target else "TOO SLOW"))
    return 0 if ratio <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
