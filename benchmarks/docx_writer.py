"""Time per report of jixiao's .docx writer against python-docx's object API and docxtpl.

    python benchmarks/docx_writer.py [--repeat 20]

One process, no batch machinery: each of the bundled example reports is
rendered once, then written to .docx bytes (nothing touches the disk) by

- jixiao's writer (``to_docx_bytes``): the configured GB/T 9704 package kept as
  bytes once per process, only ``word/document.xml`` written per report;
- python-docx's object API (``to_docx_bytes_objectapi``): the same layout built
  paragraph by paragraph as python-docx objects, then saved;
- docxtpl (docxtpl_baseline.py): the same layout from a template.

Before timing, every writer's output is read back and must give the same
document (paragraph styles and text, tables cell by cell, page set-up). Each
figure is the best of --repeat rounds over all examples, divided by the number
of reports: the writer's cost alone, which is what the README's figure states.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def example_documents() -> list:
    from gen.core.load import load_spec
    from gen.generate.render import render_document

    return [render_document(load_spec(p))[0] for p in sorted((ROOT / "examples").glob("*.yaml"))]


def per_report_ms(write, docs: list, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc in docs:
            write(doc)
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / len(docs)


def main() -> int:
    from docxtpl_baseline import Renderer, build_template, outline
    from machine import describe

    from gen.generate.write.docx_gbt9704 import to_docx_bytes, to_docx_bytes_objectapi

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    print(describe())
    docs = example_documents()
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.docx"
        build_template(template)
        docxtpl = Renderer(template).render
        writers = {"jixiao writer": to_docx_bytes, "python-docx object API": to_docx_bytes_objectapi, "docxtpl": docxtpl}
        for doc in docs:
            want = outline(to_docx_bytes(doc))
            for name, write in writers.items():
                if outline(write(doc)) != want:
                    raise SystemExit(f"{name} writes a different document for {doc.bureau}: timing would compare unlike work")
        print(f"{len(docs)} example reports; all three writers produce the same document (read back and compared)")
        times = {name: per_report_ms(write, docs, args.repeat) for name, write in writers.items()}
    base = times["jixiao writer"]
    for name, ms in times.items():
        print(f".docx per report, {name:<24}: {ms:7.2f} ms" + ("" if name == "jixiao writer" else f"  ({ms / base:.0f}x jixiao)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
