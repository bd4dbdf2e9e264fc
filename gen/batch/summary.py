"""The batch summary (summary.json and summary.csv), and reading back the previous one."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..core.atomic import open_atomic
from ..core.errors import UserError
from ..core.readfile import read_limited
from .options import STATUS_NAMES, Options


MAX_SUMMARY_BYTES = 1024 ** 3  # a summary of a million bureaus is far below this


def summary_paths(opts: Options) -> tuple[Path, Path]:
    stem = "summary" if opts.shard is None else f"summary.shard-{opts.shard[0]}-of-{opts.shard[1]}"
    return opts.out_dir / f"{stem}.json", opts.out_dir / f"{stem}.csv"


_PREVIOUS_FIELDS = ("hash", "stem", "findings", "check_failed_rules", "output_hashes")


def load_previous(path: Path) -> dict[str, dict]:
    """The rows of an earlier summary, by key, with only what a re-run uses; nothing if missing or unreadable."""
    try:
        data = json.loads(read_limited(path, MAX_SUMMARY_BYTES).decode("utf-8"))
        return {r["key"]: {k: r[k] for k in _PREVIOUS_FIELDS if k in r}
                for r in data.get("bureaus", []) if isinstance(r, dict) and "key" in r}
    except (UserError, ValueError, AttributeError, TypeError):  # missing, special, damaged: start afresh
        return {}


_CSV_HEADER = ("单位编号", "单位名称", "状态", "自评得分", "自评等级", "自查错误", "自查警告", "自查提示",
               "Markdown", "Word", "JSON", "雷同报告", "问题说明")


def _public(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k not in ("paragraphs", "index")}
    out["status_name"] = STATUS_NAMES.get(row["status"], row["status"])
    out.setdefault("similar_to", [])
    return out


def write_summary(result: Any, source: str, opts: Options) -> None:
    """summary.json and summary.csv (UTF-8 with BOM so Excel opens it), both atomically.

    Written row by row, so the whole summary is never held as one string; the
    JSON is byte-for-byte what ``json.dumps(doc, indent=2)`` would give.
    """
    counts = {s: 0 for s in STATUS_NAMES}
    for r in result.rows:
        if r["status"] in counts:
            counts[r["status"]] += 1
    doc = {
        "source": source,
        "jixiao_version": __version__,
        "seed": opts.seed,
        "formats": list(opts.formats),
        "shard": list(opts.shard) if opts.shard else None,
        "interrupted": result.interrupted,
        "seconds": round(result.seconds, 3),
        "counts": counts,
        "similarity_threshold": None,
        "similar_pairs": result.pairs,
        "bureaus": [],
    }
    try:
        from ..core.thresholds import load_thresholds

        doc["similarity_threshold"] = float(load_thresholds()["similarity_threshold"])
    except Exception:
        pass
    head = json.dumps(doc, ensure_ascii=False, indent=2)
    tail = "[]\n}"
    assert head.endswith('"bureaus": ' + tail)
    with open_atomic(result.summary_json, text=True) as fh:
        fh.write(head[: -len(tail)])
        if not len(result.rows):
            fh.write("[]")
        else:
            fh.write("[\n")
            for n, r in enumerate(result.rows):
                item = json.dumps(_public(r), ensure_ascii=False, indent=2)
                fh.write((",\n    " if n else "    ") + item.replace("\n", "\n    "))
            fh.write("\n  ]")
        fh.write("\n}\n")
    with open_atomic(result.summary_csv, text=True) as fh:
        fh.write("\ufeff")
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(_CSV_HEADER)
        for r in result.rows:
            f = r["findings"]
            o = r["outputs"]
            w.writerow([r["key"], r["name"], STATUS_NAMES.get(r["status"], r["status"]), r["score"] or "",
                        r["rating"] or "", f.get("error", 0), f.get("warning", 0), f.get("info", 0), o.get("md", ""),
                        o.get("docx", ""), o.get("json", ""), "；".join(r.get("similar_to", [])),
                        "；".join([*r["errors"], *r.get("notes", ())])])
