"""T010: an economic classification code written with the name of another 款 (50304专用材料购置).

Project notes and budget approvals name the subject a fund is charged to as code and name:
"政府经济分类科目列“50205委托业务费”". Both are the Ministry of Finance's; where the name is that of
another 款 (专用材料购置费 is 50204; 503 is capital spending and has no 50304), the reader cannot tell
which subject is meant. The codes and names are data (glossary/economic_codes.yaml). Only names the
table holds are compared, and a code the table knows whose own name opens with the same two
characters (30201办公经费 for 30201办公费) is the name worded otherwise, not another subject.
"""

from __future__ import annotations

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.datafile import DataFileError, read_yaml_file
from ...core.glossary_user import per_glossary
from ...core.resources import data_dir
from ..finding import Finding
from ..registry import Rule
from ..word_examples import prove_file

FILE = "economic_codes.yaml"

RULE = Rule(
    code="T010",
    name="economic-code-name",
    severity="warning",
    summary="支出经济分类科目的编码与名称对不上",
    doc=(
        "检查什么：写成“编码＋名称”的支出经济分类款级科目（“50205委托业务费”“30211差旅费”），名称是另一个款的"
        "（科目表 glossary/economic_codes.yaml），如“50304专用材料购置”（专用材料购置费的编码是50204）。\n"
        "为什么：编码和名称都是财政部《政府收支分类科目》规定的，两者对不上，无从判断该列哪一款。\n"
        "不报的情形：名称不在科目表中的；编码本身在表中、名称只是写法略有不同的（30201办公经费）。\n"
        "示例：“30216差旅费”应为“30211差旅费”（30216是培训费）。"
    ),
    flag=("项目支出经济分类科目列“30216差旅费”。",),
    keep=("项目支出经济分类科目列“30211差旅费”、“30216培训费”。",),
)

# A 款 code of the economic classification (部门 301–399, 政府 501–599) right before its name.
# the character before the code (no digit, no point) is tested in Python: a look-behind first made re try every character
_CODE = regex_cache.compile(r"((?:30|31|39|5\d)\d{3})(?!\d)[ \u3000]{0,2}(?=[\u4e00-\u9fff])")
_NAME_RUN = regex_cache.compile(r"[\u4e00-\u9fff（）()]{1,16}")
_MARK = regex_cache.compile(r"[（(]护[）)]")


def _plain(name: str) -> str:
    return _MARK.sub("", name)


@per_glossary()
def table() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(code → name, name → codes), names without their （护） and each also without a closing 费."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    codes = doc.get("codes") if isinstance(doc, dict) else None
    if not isinstance(codes, dict) or not codes:
        raise DataFileError(f"名单文件 {FILE}：应有 codes（编码 → 名称）")
    names: dict[str, set[str]] = {}
    for code, name in codes.items():
        if not (isinstance(code, str) and code.isdigit() and len(code) == 5 and isinstance(name, str) and name):
            raise DataFileError(f"名单文件 {FILE}：{code!r} 应为五位编码与名称")
        plain = _plain(name)
        for form in {plain, plain[:-1] if plain.endswith("费") and len(plain) > 3 else plain}:
            names.setdefault(form, set()).add(code)
    built = ({c: _plain(n) for c, n in codes.items()}, {n: frozenset(c) for n, c in names.items()})
    prove_file(doc, f"名单文件 {FILE}", lambda t: list(_slips(t, built)), lambda s: s[2])
    return built


def _slips(text: str, built=None):
    """(start, end, written, codes) for each code written with the name of other codes."""
    by_code, by_name = built or table()
    for m in near_needles(_CODE, text):
        if m.start() and (text[m.start() - 1].isdecimal() or text[m.start() - 1] == "."):
            continue
        run = _NAME_RUN.match(text, m.end())
        if not run:
            continue
        written = _plain(run.group())
        name = max((n for n in by_name if written.startswith(n)), key=len, default=None)
        code = m.group(1)
        if name is None or code in by_name[name]:
            continue
        own = by_code.get(code)
        if own is not None and own[:2] == name[:2]:
            continue  # the code's own name worded otherwise (30201办公经费)
        yield m.start(), m.end() + len(name), text[m.start():m.end()] + name, by_name[name]


def check(ctx):
    if not any(c in ctx.text for c in ("30", "31", "5")):
        return
    for start, end, written, codes in _slips(ctx.text):
        meant = "、".join(sorted(codes))
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"“{written}”的编码与名称对不上：政府收支分类科目中该名称的编码是{meant}，请核对编码或名称。", None)
