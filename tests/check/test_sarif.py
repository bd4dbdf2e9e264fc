"""`jixiao check --format sarif`: SARIF 2.1.0 that validates against the official schema.

sarif-2.1.0.schema.json beside this file is the OASIS schema (errata01, the
file published as sarif-2.1/schema/sarif-schema-2.1.0.json in oasis-tcs/sarif-spec).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from gen import __version__
from gen.check.registry import all_rules
from gen.check.report_sarif import artifact_uri, to_dict
from gen.cli import cli

SCHEMA = json.loads((Path(__file__).with_name("sarif-2.1.0.schema.json")).read_text(encoding="utf-8"))
TEXT = "一、基本情况\n我局全年认真贯彻落实区委区政府的决策部署，完成了各项\n工作任务，执行率为99.5%。\n"


def validate(log: dict) -> None:
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    cls(SCHEMA, format_checker=cls.FORMAT_CHECKER).validate(log)


@pytest.fixture
def rules(fake_registry, regex_rule):
    fake_registry(
        regex_rule("W901", "各项工作", "error", suggestion="各项任务"),
        regex_rule("P901", r"99\.5%", "warning"),
        regex_rule("L901", "基本", "info"),
        regex_rule("G901", "执行率", "error", needs_data=True),
    )


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", "--format", "sarif", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_validates_and_carries_rules_and_regions(rules, workdir):
    (workdir / "报告").mkdir()
    (workdir / "报告" / "r 1.txt").write_text(TEXT, encoding="utf-8")
    code, out = sarif("报告/r 1.txt")
    assert code == 1
    log = json.loads(out)
    validate(log)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "jixiao" and driver["version"] == __version__
    assert [r["id"] for r in driver["rules"]] == ["G901", "L901", "P901", "W901"]
    w = driver["rules"][3]
    assert w["shortDescription"]["text"] == "测试规则 W901"
    assert w["fullDescription"]["text"] == "仅用于测试。"
    assert w["defaultConfiguration"]["level"] == "error"
    assert driver["rules"][1]["defaultConfiguration"]["level"] == "note"

    results = run["results"]
    assert [r["ruleId"] for r in results] == ["L901", "W901", "P901"]
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    assert [r["level"] for r in results] == ["note", "error", "warning"]
    w901 = results[1]
    assert w901["message"]["text"] == "测试规则命中“各项工作”（建议：各项任务）"
    location = w901["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "%E6%8A%A5%E5%91%8A/r%201.txt"
    start = TEXT.index("各项\n工作")
    assert location["region"] == {"startLine": 2, "startColumn": 25, "endLine": 3, "endColumn": 3,
                                  "charOffset": start, "charLength": 5, "snippet": {"text": "各项\n工作"}}
    assert run["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]


def test_deterministic(rules, workdir):
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    assert sarif("r.txt")[1] == sarif("r.txt")[1]


def test_no_findings_still_valid(rules, workdir):
    (workdir / "r.txt").write_text("正文。\n", encoding="utf-8")
    code, out = sarif("r.txt")
    assert code == 0
    log = json.loads(out)
    validate(log)
    assert log["runs"][0]["results"] == []


def test_failed_rule_is_a_notification(fake_registry, regex_rule, workdir):
    def boom(ctx):
        raise RuntimeError("坏了")
        yield  # pragma: no cover

    broken = regex_rule("W902", "x", "error")
    fake_registry(regex_rule("W901", "各项工作", "error"), type(broken)(**{**broken.__dict__, "check": boom}))
    (workdir / "r.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "sarif", "r.txt"], catch_exceptions=False)
    log = json.loads(result.stdout)
    validate(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["descriptor"] == {"id": "W902"}


def test_every_real_rule_has_valid_metadata():
    log = to_dict([], all_rules())
    validate(log)
    for descriptor, rule in zip(log["runs"][0]["tool"]["driver"]["rules"], all_rules()):
        assert descriptor["id"] == rule.code
        assert descriptor["shortDescription"]["text"] and descriptor["help"]["text"]


def test_artifact_uri(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert artifact_uri("a/b.txt") == "a/b.txt"
    assert artifact_uri(str(tmp_path / "sub" / "报告.docx")) == "sub/%E6%8A%A5%E5%91%8A.docx"
    assert artifact_uri("/elsewhere/r.txt") == "file:///elsewhere/r.txt"
    assert artifact_uri("-") == "-"


def test_schema_rejects_a_broken_log():
    with pytest.raises(jsonschema.ValidationError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})
