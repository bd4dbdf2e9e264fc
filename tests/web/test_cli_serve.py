"""The `jixiao serve` command's options and its refusal of a broken configuration."""

from __future__ import annotations

from click.testing import CliRunner

from gen.cli import cli


def test_serve_help_is_chinese_and_defaults_to_localhost():
    out = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "启动网页版" in out
    assert "127.0.0.1" in out


def test_serve_refuses_a_broken_configuration_before_starting(tmp_path):
    bad = tmp_path / "jixiao.toml"
    bad.write_text("max_bytes = -1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--config", str(bad)])
    assert result.exit_code == 2
    assert "max_bytes 应为正整数" in result.output
