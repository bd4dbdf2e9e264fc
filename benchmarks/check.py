"""Checker speed, measured side by side with its floor, in one run.

Prints:
  - characters per second of the full checker (all rules) on a long report;
  - the physical limit on the same text: one pass of the number layer's
    readers (Arabic and Chinese-numeral quantities), which every N rule needs,
    so no checker that checks figures can be faster; the checker's share of it;
  - jieba.lcut on the same text, as a reference point (not a limit: no rule
    segments the whole text; W002 segments only short windows around doubled
    characters), with the ratio the README's target is stated in;
  - cold start of `jixiao check` on one report against bare construction of the
    spaCy + jieba pipeline in a fresh interpreter, with the ratio.

The long report is made from the bundled examples (rendered by jixiao itself),
repeated to the requested size; nothing outside the repository is read.
Targets (2-core machine): check >= 0.6x jieba's speed; cold check <= 1.25x bare
pipeline construction.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def long_report(chars: int) -> str:
    from gen.core.load import load_spec
    from gen.generate.render import render_document
    from gen.generate.write.markdown import to_markdown

    parts = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        doc, _ = render_document(load_spec(path))
        parts.append(to_markdown(doc))
    base = "\n".join(parts)
    return (base * (chars // len(base) + 1))[:chars]


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def warm_speed(text: str, repeat: int) -> tuple[float, float, float]:
    import jieba

    from gen.check.analyse import get_segmenter
    from gen.check.read import source_from_text
    from gen.check.registry import select_rules
    from gen.check.runner import check_source
    from gen.core.quantities import extract_chinese_quantities, extract_quantities

    get_segmenter()
    rules = select_rules()
    source = source_from_text(text, "bench.md", kind="md")
    check_source(source, rules)  # warm caches (glossary, gazetteer, regexes)
    t_check = best_of(lambda: check_source(source_from_text(text, "bench.md", kind="md"), rules), repeat)
    t_jieba = best_of(lambda: jieba.lcut(text), repeat)
    t_floor = best_of(lambda: (list(extract_quantities(text)), list(extract_chinese_quantities(text))), repeat)
    return len(text) / t_check, len(text) / t_floor, len(text) / t_jieba


BARE = (
    "import jieba, logging, spacy; jieba.setLogLevel(logging.WARNING); jieba.initialize();"
    "nlp = spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'jieba'}}});"
    "nlp.add_pipe('sentencizer'); nlp('预热')"
)


def cold(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=500_000, help="size of the long report (characters)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from machine import describe

    print(describe())
    text = long_report(args.chars)
    check_cps, floor_cps, jieba_cps = warm_speed(text, args.repeat)
    print(f"checker, all rules: {check_cps:,.0f} chars/s on {len(text):,} chars")
    print(f"physical limit, reading the figures once (number layer): {floor_cps:,.0f} chars/s; "
          f"checker at {check_cps / floor_cps:.2f} of it")
    print(f"jieba.lcut on the same text (reference, not a limit): {jieba_cps:,.0f} chars/s")
    print(f"ratio checker/jieba.lcut: {check_cps / jieba_cps:.2f}  (target >= 0.60)")

    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "report.md"
        one.write_text(long_report(20_000), encoding="utf-8")
        jixiao = str(Path(sys.executable).with_name("jixiao"))
        t_check = cold([jixiao, "check", "--exit-zero", str(one)], args.repeat + 2)
        t_bare = cold([sys.executable, "-c", BARE], args.repeat + 2)
    print(f"cold `jixiao check` (one 20,000-char report): {t_check:.2f} s")
    print(f"bare spaCy+jieba pipeline construction: {t_bare:.2f} s")
    print(f"ratio cold check/bare pipeline: {t_check / t_bare:.2f}  (target <= 1.25)")


if __name__ == "__main__":
    main()
