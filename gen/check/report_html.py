"""HTML report: one self-contained page a reviewer opens on a desk, a phone or paper.

The page shows each checked text with every finding highlighted in the colour
of its rule family, and a list of the findings grouped by family and severity
that links to the highlights. It loads nothing from the network (styles are
inline, there is no script), so it works offline and can be mailed as it is.

Every finding is exactly one ``<mark id="f-N">``: findings whose spans cross
cannot nest, so where a mark has to close early its rest continues as a
``<span class="cont">`` of the same colour. Marks appear in the order of the
findings, so a reader (or a test) can pair them up one by one.
"""

from __future__ import annotations

from html import escape
from typing import Iterable

from .finding import SEVERITIES, SEVERITY_NAMES, Finding
from .registry import FAMILIES
from .report_text import summary_counts, summary_line
from .runner import FileResult

# Colours chosen to stay apart for common colour-vision deficiencies and to print in grey.
FAMILY_COLOURS = {
    "T": "#ffd166",
    "W": "#f4a3a8",
    "N": "#9ad0f5",
    "S": "#b9e4a8",
    "P": "#d7b8f3",
    "L": "#ffc48c",
    "G": "#8fe3d6",
}
_OTHER_COLOUR = "#dddddd"

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.7 "Noto Sans CJK SC", "Source Han Sans SC",
  "Microsoft YaHei", "PingFang SC", sans-serif; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #333; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
h4 { font-size: 1rem; margin: .5rem 0 .25rem; font-weight: normal; }
table.counts { border-collapse: collapse; margin: .5rem 0; }
table.counts th, table.counts td { border: 1px solid #999; padding: .15rem .6rem; text-align: center; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; padding: 0; margin: .5rem 0; list-style: none; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: -.15em; margin-right: .25em;
  border: 1px solid #666; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ccc; padding: .75rem; margin: .5rem 0;
  background: #fcfcfc; }
mark, .cont { color: inherit; border-bottom: 2px solid #555; padding: 0 1px; }
mark.sev-error, .cont.sev-error { border-bottom: 3px solid #b00020; }
mark.sev-warning, .cont.sev-warning { border-bottom: 2px dashed #8a5a00; }
mark.sev-info, .cont.sev-info { border-bottom: 1px dotted #555; }
mark:empty::after { content: "\\2038"; }
mark:target { outline: 3px solid #0057b8; }
.findings { padding-left: 1.25rem; }
.findings li { margin: .15rem 0; overflow-wrap: anywhere; }
.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: bold; }
.loc { color: #555; }
.none { color: #2e7d32; }
@media (max-width: 40rem) {
  body { padding: .5rem; font-size: 15px; }
  h1 { font-size: 1.25rem; }
  .text { padding: .4rem; }
  table.counts { font-size: .85rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .text { border: none; padding: 0; background: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .findings li { break-inside: avoid; }
  mark, .cont, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _family_css() -> str:
    rules = [f".fam-{fam} {{ background: {colour}; }}" for fam, colour in FAMILY_COLOURS.items()]
    rules.append(f".fam-other {{ background: {_OTHER_COLOUR}; }}")
    return "\n".join(rules)


def _fam_class(code: str) -> str:
    return f"fam-{code[0]}" if code[:1] in FAMILY_COLOURS else "fam-other"


def _label(f: Finding) -> str:
    text = f"{f.code} {SEVERITY_NAMES[f.severity]}：{f.message}"
    if f.suggestion is not None:
        text += f"（建议：{f.suggestion}）"
    return text


def highlight(text: str, findings: list[Finding], first_id: int = 1) -> str:
    """``text`` as escaped HTML with one ``<mark id="f-N">`` per finding (N from ``first_id``)."""
    n = len(text)
    spans = [(min(max(f.start, 0), n), min(max(f.end, f.start, 0), n)) for f in findings]
    events = sorted({0, n, *(s for s, _ in spans), *(e for _, e in spans)})
    opened: set[int] = set()
    stack: list[int] = []  # indices of findings whose element is open, outermost first
    out: list[str] = []

    def open_tag(i: int) -> str:
        f = findings[i]
        cls = f"{_fam_class(f.code)} sev-{f.severity}"
        if i in opened:
            return f'<span class="{cls} cont" data-ref="f-{first_id + i}">'
        opened.add(i)
        return (f'<mark id="f-{first_id + i}" data-code="{escape(f.code)}" class="{cls}" '
                f'title="{escape(_label(f))}">')

    def close_tag(i: int) -> str:
        return "</span>" if _is_cont[i] else "</mark>"

    _is_cont: dict[int, bool] = {}
    for k, pos in enumerate(events):
        nxt = events[k + 1] if k + 1 < len(events) else pos
        # findings that cover [pos, nxt), plus empty ones at pos, in finding order
        active = [i for i, (s, e) in enumerate(spans) if (s <= pos < e and nxt > pos) or (s == e == pos)]
        empty = [i for i in active if spans[i][0] == spans[i][1]]
        covering = [i for i in active if i not in empty]
        keep = 0
        while keep < len(stack) and keep < len(covering) and stack[keep] == covering[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(close_tag(stack.pop()))
        for i in sorted(empty + covering[keep:]):  # marks stay in finding order
            if i in empty:
                out.append(open_tag(i) + "</mark>")
                continue
            _is_cont[i] = i in opened
            out.append(open_tag(i))
            stack.append(i)
        if nxt > pos:
            out.append(escape(text[pos:nxt]))
    while stack:
        out.append(close_tag(stack.pop()))
    return "".join(out)


def _counts_table(findings: list[Finding]) -> str:
    families = sorted({f.code[0] for f in findings}, key=lambda c: (list(FAMILIES).index(c) if c in FAMILIES else 99, c))
    head = "".join(f"<th>{escape(SEVERITY_NAMES[s])}</th>" for s in SEVERITIES)
    rows = []
    for fam in families:
        cells = "".join(f"<td>{sum(1 for f in findings if f.code[0] == fam and f.severity == s)}</td>"
                        for s in SEVERITIES)
        total = sum(1 for f in findings if f.code[0] == fam)
        rows.append(f'<tr><th><span class="swatch {_fam_class(fam)}"></span>{escape(fam)} '
                    f"{escape(FAMILIES.get(fam, '其他'))}</th>{cells}<td>{total}</td></tr>")
    totals = "".join(f"<td>{sum(1 for f in findings if f.severity == s)}</td>" for s in SEVERITIES)
    rows.append(f"<tr><th>合计</th>{totals}<td>{len(findings)}</td></tr>")
    return (f'<table class="counts"><thead><tr><th>类别</th>{head}<th>合计</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _findings_list(result: FileResult, first_id: int) -> str:
    indexed = list(enumerate(result.findings))
    families = sorted({f.code[0] for _, f in indexed},
                      key=lambda c: (list(FAMILIES).index(c) if c in FAMILIES else 99, c))
    parts = []
    for fam in families:
        in_fam = [(i, f) for i, f in indexed if f.code[0] == fam]
        parts.append(f'<h3><span class="swatch {_fam_class(fam)}"></span>{escape(fam)} '
                     f"{escape(FAMILIES.get(fam, '其他'))}（{len(in_fam)}）</h3>")
        for sev in SEVERITIES:
            group = [(i, f) for i, f in in_fam if f.severity == sev]
            if not group:
                continue
            parts.append(f"<h4>{escape(SEVERITY_NAMES[sev])}（{len(group)}）</h4>")
            items = []
            for i, f in group:
                line, col = result.source.line_col(f.start)
                items.append(f'<li><a href="#f-{first_id + i}"><span class="code">{escape(f.code)}</span> '
                             f'<span class="loc">第 {line} 行第 {col} 列</span> {escape(f.message)}'
                             + (f"（建议：{escape(f.suggestion)}）" if f.suggestion is not None else "")
                             + "</a></li>")
            parts.append(f'<ol class="findings">{"".join(items)}</ol>')
    return "".join(parts)


def _legend() -> str:
    items = "".join(f'<li><span class="swatch fam-{fam}"></span>{escape(fam)} {escape(name)}</li>'
                    for fam, name in FAMILIES.items())
    return f'<ul class="legend" aria-label="颜色图例">{items}</ul>'


def to_html(results: Iterable[FileResult]) -> str:
    """The whole page for all files, in the given order; the same input gives the same bytes."""
    results = list(results)
    counts = summary_counts(results)
    sections = []
    next_id = 1
    for k, r in enumerate(results, start=1):
        body = [f'<section id="file-{k}"><h2>{escape(r.path)}</h2>']
        if r.failed_rules:
            body.append(f"<p>以下规则运行出错，结果不完整：{escape('、'.join(r.failed_rules))}</p>")
        if r.findings:
            body.append(_counts_table(r.findings))
            body.append(_findings_list(r, next_id))
        else:
            body.append('<p class="none">未发现问题。</p>')
        body.append('<h3>正文</h3>')
        body.append(f'<div class="text" lang="zh-CN">{highlight(r.source.decoded, r.findings, next_id)}</div>')
        body.append("</section>")
        next_id += len(r.findings)
        sections.append("".join(body))
    all_findings = [f for r in results for f in r.findings]
    overview = _counts_table(all_findings) if all_findings and len(results) > 1 else ""
    toc = ""
    if len(results) > 1:
        toc = "<ol>" + "".join(f'<li><a href="#file-{k}">{escape(r.path)}</a>（{len(r.findings)} 个问题）</li>'
                               for k, r in enumerate(results, start=1)) + "</ol>"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>jixiao 检查报告</title>"
        f"<style>{_CSS}{_family_css()}</style></head>\n<body>"
        "<h1>jixiao 检查报告</h1>"
        f"<p>{escape(summary_line(counts))}</p>"
        f"{_legend()}{overview}{toc}\n"
        + "\n".join(sections)
        + "\n</body></html>\n"
    )
