"""Build glossary/typo_index.npz: every one-character misspelling of a frequent word (W016's candidates).

    python scripts/build_typo_index.py

The misspellings include the swaps in four-character words and the forms of three- and
four-character words with a character lost (gen/check/long_typos.py). Reads glossary/confusion.tsv and glossary/shape_pairs.txt (the confusion sets),
glossary/components.tsv (the sides of each character)
and jieba's dictionary with the glossary's words added, exactly as the checker
loads them; see gen/check/typo_index.py. Run it after either changes: the
checker notices a stale index and rebuilds it in memory (slower), and
tests/check/test_typo_detector.py fails until the file is rebuilt. The output
is deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from gen.check.typo_index import INDEX_FILE, save

    path = ROOT / "glossary" / INDEX_FILE
    n, side, domain, lost = save(path)
    print(f"{path.relative_to(ROOT)}: {n} misspellings, {side} side-masked words, {domain} domain words under the floor, "
          f"{lost} lost-character forms")


if __name__ == "__main__":
    main()
