"""The project's own data (glossary, thresholds, rates, grounding, gazetteer) proved before any work.

Each loader validates its file against the examples the file carries. They
are loaded lazily by the rules, and a rule that fails is skipped with a
warning, so a broken glossary entry used to surface as a skipped rule and a
clean "未发现问题". Loading everything here first turns it into exit 2 with
the file and line, before the first report is checked or generated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

import yaml

from ..core import kept_results, proof_stamp, regex_cache
from ..core.datafile import built_value, handing_over, keep_built
from ..core.errors import UserError
from ..core.parse import DataProblem, parse_text, parses_cleanly  # not core.load: checking needs no report model
from ..core.resources import data_dir

_ENTRY = regex_cache.compile(r"词库文件 (?P<file>[\w.]+)，第(?P<n>\d+)[条项]")
_FOLDERS = ("glossary", "corpus")


def _loaders(grounding: bool, rule_data: bool = True) -> list[tuple[str, Callable[[], Any]]]:
    from ..core.glossary import load
    from ..core.scales import scales
    from ..core.thresholds import load_thresholds
    from .comparisons import comparison_words
    from .gazetteer import gazetteer
    from .met_claims import met_claims
    from .partitions import partitions
    from .rates import rate_glossary
    from .rules.n027_date_before_document import acts
    from .staff_counts import staff_words

    out: list[tuple[str, Callable[[], Any]]] = [
        ("glossary/*.yaml", load), ("glossary/thresholds.yaml", load_thresholds),
        ("glossary/rates.yaml", rate_glossary), ("glossary/met_claims.yaml", met_claims),
        ("glossary/staff_counts.yaml", staff_words), ("glossary/comparisons.yaml", comparison_words),
        ("glossary/partitions.yaml", partitions), ("glossary/document_acts.yaml", acts),
        ("glossary/scales/", scales), ("行政区划表", gazetteer)]
    if rule_data:
        # the rules' own lists, read at the first check anyway: proved here, a broken one stops the run
        # (exit 2, file and entry) instead of one rule being skipped with a warning
        from . import (body_names, cut_words, disclosure_phrases, disclosure_report, domain_words, founding_years,
                       labels, split_terms, sums, table_roles, template_text, text_variants, titles)
        from .citations import registry
        from .rules import t010_economic_code_name
        from .renamed_places import renamed
        from .sector_words import sector_words

        out += [("glossary/documents.yaml", registry), ("glossary/body_names.yaml", body_names.names),
                ("glossary/titles.yaml", titles.titles), ("glossary/template_text.yaml", template_text.entries),
                ("glossary/sums.yaml", sums.identities), ("glossary/tables.yaml", table_roles.roles),
                ("glossary/labels.yaml", labels.label_words), ("glossary/cut_words.yaml", cut_words.cut_words),
                ("glossary/domain_words.yaml", domain_words.domain_words),
                ("glossary/split_terms.yaml", split_terms.split_pattern),
                ("glossary/economic_codes.yaml", t010_economic_code_name.table),
                ("glossary/text_variants.yaml", text_variants.policy), ("glossary/renamed_places.yaml", renamed),
                ("glossary/disclosure_report.yaml", disclosure_report.fmt),
                ("glossary/disclosure_phrases.yaml", disclosure_phrases.phrases),
                ("glossary/founding_years.yaml", founding_years.years),
                ("glossary/sectors/", sector_words)]
    if grounding:
        from .grounding_names import named_quantities

        out.insert(3, ("glossary/grounding.yaml", named_quantities))
    return out


def check_project_data(folders: tuple[str, ...] = _FOLDERS, grounding: bool = True, rule_data: bool = True) -> None:
    """Raise UserError (exit 2) naming file and line when any bundled data file is broken.

    A command proves what it will read, and no more (each file costs cold-start
    time): ``folders`` are the data folders whose YAML syntax is proved
    (``jixiao check`` reads no corpus); ``grounding`` loads glossary/grounding.yaml,
    which only the G rules read (``check --data``) and whose proof needs the
    report model; ``rule_data`` the lists only checking reads (a batch with
    ``--no-check`` does not load them).
    """
    with handing_over():  # each file's value, built by its proof, goes to its loader: parsed once, not twice
        _prove(folders, grounding, rule_data)


def _prove(folders: tuple[str, ...], grounding: bool, rule_data: bool) -> None:
    """Prove, or, when a stamp says these very files and code proved themselves before, only build the data
    (gen.core.proof_stamp: the examples' verdicts are kept, and the YAML values the proof parsed, handed to
    the loaders as the proof hands them). A user glossary is never stamped."""
    from ..core import glossary_user

    texts: dict[str, str] = {}
    builtin_only = glossary_user._active is None  # noqa: SLF001 - the one fact the stamp needs of that module
    stamp = proof_stamp.key(repr((folders, grounding, rule_data)), texts, folders) if builtin_only else None
    values = proof_stamp.kept_values(stamp)
    kept_results.use(stamp)  # analyses of the patterns kept under the same key (a user glossary: none)
    if values is not None:
        for name, value in values.items():
            if name in texts:
                keep_built(texts[name], value)
        with proof_stamp.proofs_skipped():
            _load(grounding, rule_data)
        return
    kept: dict[str, bytes] = {}
    _prove_now(folders, grounding, rule_data, kept)
    proof_stamp.remember(stamp, kept)


def _prove_now(folders: tuple[str, ...], grounding: bool, rule_data: bool, kept: dict[str, bytes]) -> None:
    problems: list[str] = []
    for folder in folders:
        base = data_dir(folder)
        for path in _yaml_files(base, folder):
            problems.extend(_syntax(path, base, folder, kept if folder == "glossary" else None))
    if problems:
        raise UserError(problems)
    _load(grounding, rule_data)


def _load(grounding: bool, rule_data: bool) -> None:
    for name, loader in _loaders(grounding, rule_data):
        try:
            loader()
        except UserError as exc:
            raise UserError([_with_line(m) for m in exc.messages]) from None
        except Exception as exc:  # a loader's ValueError/KeyError/TypeError: the data file is broken
            raise UserError(f"内置数据 {name} 有误，已停止（{type(exc).__name__}：{exc}）") from None


def _yaml_files(base: Path, folder: str) -> list[Path]:
    """The folder's YAML files, and in the glossary those of the sector registry's folder (one file a sector)."""
    from ..core.sector_files import FOLDER

    return sorted(base.glob("*.yaml")) + (sorted(base.glob(f"{FOLDER}/*.yaml")) if folder == "glossary" else [])


def _syntax(path: Path, base: Path, folder: str, kept: Optional[dict[str, bytes]] = None) -> list[str]:
    """Duplicate keys, impossible dates, syntax errors of one bundled YAML file; the value the proof built
    goes to ``kept`` (by its name in the folder) for the stamp, before a loader can change it."""
    name = path.relative_to(base).as_posix()
    try:
        text = path.read_text(encoding="utf-8")
        if not parses_cleanly(text):  # libyaml's quick proof; when it fails, the located message
            parse_text(text, f"{folder}/{name}")
        elif kept is not None and (built := built_value(text)) is not None:
            value = proof_stamp.keep(built[0])
            if value is not None:
                kept[name] = value
    except UnicodeDecodeError:
        return [f"{folder}/{name}: 应为 UTF-8 编码"]
    except UserError as exc:
        return exc.messages
    return []


def _with_line(message: str) -> str:
    """Add the line of the entry a glossary message names ("第3条") when it can be found."""
    m = _ENTRY.search(message)
    if not m:
        return message
    path = data_dir("glossary") / m["file"]
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, DataProblem):
        return message
    n = int(m["n"])
    for key, value in getattr(root, "value", []) if isinstance(root, yaml.MappingNode) else []:
        if isinstance(value, yaml.SequenceNode) and len(value.value) >= n and key.value not in ("unless_all", "history"):
            return f"glossary/{m['file']}:{value.value[n - 1].start_mark.line + 1}: {message}"
    return message
