"""Build glossary/confusion.tsv: for each common character, the characters a writer
or an OCR engine puts in its place — same sound (pypinyin) and similar shape.

    python scripts/build_confusion.py [--font PATH] [--chars 4500]

Common characters are ranked by their weight in jieba's dictionary (the sum of
the frequencies of the words that contain them). Same-sound candidates share
the toneless pinyin of the character's most common reading. Similar-shape
candidates are found by drawing every character with a CJK font (Noto Sans
CJK, found with fc-list, or --font) at 40×40 pixels and comparing the
bitmaps: the cosine of the blurred ink images, kept when it is at least
SHAPE_MIN and among the SHAPE_TOP nearest. Pillow and the font are needed
only here, to rebuild the file; the checker reads the TSV alone.
Output is sorted and deterministic, so a rebuild changes the file only when
the inputs change.

It also writes glossary/domain_ngrams.txt: the three- and four-character
sequences that occur at least twice in the text written for this project
(corpus/, templates/, glossary/ but for the misspellings in typos.yaml), the vocabulary of these reports that jieba's
general dictionary lacks (政府采购, 整体支出, 使用效益).
"""

from __future__ import annotations

import argparse
import logging
import subprocess
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "glossary" / "confusion.tsv"
NGRAMS = ROOT / "glossary" / "domain_ngrams.txt"
NGRAM_MIN_COUNT = 2
SIZE = 40
SHAPE_MIN = 0.80
SHAPE_TOP = 6
SOUND_TOP = 12


def common_chars(n: int) -> list[str]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    weight: dict[str, int] = defaultdict(int)
    for word, freq in jieba.dt.FREQ.items():
        if freq:
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    weight[ch] += freq
    ranked = sorted(weight, key=lambda c: (-weight[c], c))
    return ranked[:n]


def find_font(explicit: str | None) -> str:
    if explicit:
        return explicit
    out = subprocess.run(["fc-list", ":lang=zh", "file", "family"], capture_output=True, text=True).stdout
    for line in sorted(out.splitlines()):
        if "Sans CJK" in line:
            return line.split(":")[0]
    raise SystemExit("no CJK font found (install fonts-noto-cjk or pass --font)")


def bitmaps(chars: list[str], font_path: str) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(font_path, SIZE - 4, index=2 if font_path.endswith(".ttc") else 0)
    rows = []
    for ch in chars:
        img = Image.new("L", (SIZE, SIZE), 0)
        ImageDraw.Draw(img).text((2, 0), ch, fill=255, font=font)
        img = img.filter(ImageFilter.GaussianBlur(1.2))
        v = np.asarray(img, dtype=np.float32).ravel()
        rows.append(v / (np.linalg.norm(v) or 1.0))
    return np.vstack(rows)


def shape_neighbours(chars: list[str], font_path: str) -> dict[str, list[str]]:
    m = bitmaps(chars, font_path)
    sim = m @ m.T
    np.fill_diagonal(sim, 0)
    out = {}
    for i, ch in enumerate(chars):
        order = np.argsort(-sim[i], kind="stable")[:SHAPE_TOP]
        out[ch] = [chars[j] for j in order if sim[i, j] >= SHAPE_MIN]
    return out


def sound_neighbours(chars: list[str]) -> dict[str, list[str]]:
    from pypinyin import Style, lazy_pinyin

    key = {ch: lazy_pinyin(ch, style=Style.NORMAL)[0] for ch in chars}
    groups: dict[str, list[str]] = defaultdict(list)
    for ch in chars:  # chars are ranked, so each group lists the common ones first
        groups[key[ch]].append(ch)
    return {ch: [c for c in groups[key[ch]] if c != ch][:SOUND_TOP] for ch in chars}


def domain_ngrams() -> list[str]:
    import re

    counts: dict[str, int] = defaultdict(int)
    files = sorted(p for d in ("corpus", "templates", "glossary") for p in (ROOT / d).rglob("*")
                   if p.is_file() and p.suffix in (".yaml", ".j2", ".md") and p.name != "typos.yaml")
    for path in files:
        for run in re.findall(r"[\u4e00-\u9fff]{3,}", path.read_text(encoding="utf-8")):
            for n in (3, 4):
                for i in range(len(run) - n + 1):
                    counts[run[i:i + n]] += 1
    return sorted(g for g, c in counts.items() if c >= NGRAM_MIN_COUNT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", default=None)
    parser.add_argument("--chars", type=int, default=4500)
    args = parser.parse_args()
    chars = common_chars(args.chars)
    sound = sound_neighbours(chars)
    shape = shape_neighbours(chars, find_font(args.font))
    lines = ["# 字\t同音字\t形近字（由 scripts/build_confusion.py 生成，勿手改）"]
    for ch in sorted(chars):
        if sound[ch] or shape[ch]:
            lines.append(f"{ch}\t{''.join(sound[ch])}\t{''.join(shape[ch])}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 1} characters")
    grams = domain_ngrams()
    NGRAMS.write_text("# 本项目语料中出现两次以上的三字、四字串（由 scripts/build_confusion.py 生成，勿手改）\n"
                      + "\n".join(grams) + "\n", encoding="utf-8")
    print(f"{NGRAMS.relative_to(ROOT)}: {len(grams)} sequences")


if __name__ == "__main__":
    main()
