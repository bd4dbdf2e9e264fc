"""`jixiao check` starts cold without what it does not use (issue 12: cold start within the benchmark's bar).

The report model (pydantic), the generator and the corpus are for `generate`;
importing or parsing them made every cold check slower. Run in a fresh
interpreter, since the test process has imported everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from click.testing import CliRunner
from gen.cli import cli
result = CliRunner().invoke(cli, ["check", "--exit-zero", sys.argv[1]])
mods = sorted(m for m in sys.modules if m.startswith(("gen.core.model", "gen.core.load", "gen.generate", "gen.core.derive")))
print(json.dumps({"exit": result.exit_code, "modules": mods}))
"""


def test_check_imports_no_model_or_generator(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("一、基本情况\n我局2022年收入100万元，其中财政拨款90万元，占收入的90%。\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", PROBE, str(report)], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["exit"] == 0
    assert got["modules"] == [], got["modules"]
