"""`jixiao corpus lint` over the whole bundled corpus, and what it catches."""

from pathlib import Path

from click.testing import CliRunner

from gen.cli import cli
from gen.generate.corpus_lint import lint

from tests.generate.support import EXAMPLES


def test_whole_corpus_is_clean_and_every_variant_renders():
    result = CliRunner().invoke(cli, ["corpus", "lint"])
    assert result.exit_code == 0, result.output
    problems, stats = lint(None, None)
    assert problems == []
    assert stats["groups"] >= 60 and stats["variants"] >= 150
    assert stats["rendered"] == stats["variants"]


def _corpus(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    original = (Path(__file__).resolve().parents[2] / "corpus").glob("*.yaml")
    for path in original:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz_bad.yaml").write_text(body, encoding="utf-8")
    return folder


def test_lint_catches_typed_digits_unknown_facts_and_unearned_praise(tmp_path):
    folder = _corpus(tmp_path, """\
- id: bad.digits
  slot: bad.slot
  source: 000_1c390e4484db6cd2.txt
  variants:
    - "本年收入325399.34万元。"
- id: bad.fact
  slot: bad.slot
  source: 000_1c390e4484db6cd2.txt
  variants:
    - "本年收入{{ incom|wan }}万元。"
- id: bad.praise
  slot: bad.slot
  when: "not praise_ok"
  source: 000_1c390e4484db6cd2.txt
  variants:
    - "圆满完成各项任务。"
""")
    problems, _ = lint(folder, EXAMPLES)
    text = "\n".join(problems)
    assert "bad.digits" in text and "手写了数字" in text
    assert "bad.fact" in text and "incom" in text
    assert "bad.praise" in text and "praise_ok" in text
    assert "示例数据没有覆盖到此组" in text  # bad.slot is used by no template


def test_preview_shows_every_variant():
    result = CliRunner().invoke(cli, ["corpus", "preview", "finance.overview.income_spending"])
    assert result.exit_code == 0, result.output
    assert "变体1：" in result.output and "325,399.34万元" in result.output
