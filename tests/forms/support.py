"""Data for the form tests: a 部门整体 report with a national-layout form, as YAML text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from gen.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples" / "forms").glob("*.yaml"))

DEPT = """\
kind: dept_self_eval
year: 2023
bureau: {name: 某市卫生健康局, region: {province: 广东省, city: 某市}}
indicators:
  - {level1: 产出指标, level2: 数量指标, name: 培训人数, target: "≥500人", actual: "400人", points: 30}
  - {level1: 产出指标, level2: 数量指标, name: 检查次数, target: "≥20次", actual: "20次", points: 20}
  - {level1: 效益指标, level2: 社会效益指标, name: 群众知晓率, target: "≥90%", actual: "93%", points: 30}
  - {level1: 满意度指标, level2: 服务对象满意度指标, name: 服务对象满意度, target: "≥90%", actual: 基本达成, points: 10}
projects:
  - {name: 基本公共卫生服务, goal: 提高服务水平, budget: 300, spent: 290, score: 98.35}
forms:
  funds:
    total: {initial: 1000, full_year: 1200, executed: 1080}
    fiscal: {initial: 900, full_year: 1000, executed: 900}
    carryover: {full_year: 200, executed: 180}
  projects:
    - name: 基本公共卫生服务
      department: 某市卫生健康局
      implementer: 某市疾病预防控制中心
      funds: {total: {initial: 300, full_year: 300, executed: 290}}
      goal_expected: 提高基本公共卫生服务水平
      goal_actual: 完成年度服务任务
      indicators:
        - {level1: 产出指标, level2: 数量指标, name: 建档人数, target: "≥1万人", actual: "1.2万人", points: 25}
        - {level1: 产出指标, level2: 质量指标, name: 建档合格率, target: "≥95%", actual: "90%", points: 25, reason: 部分档案信息不全，已组织补录}
        - {level1: 效益指标, level2: 社会效益指标, name: 慢病规范管理率, target: "≥60%", actual: "66%", points: 30}
        - {level1: 满意度指标, level2: 服务对象满意度指标, name: 群众满意度, target: "≥90%", actual: "92%", points: 10}
"""


def write_dept(folder: Path, text: str = DEPT, name: str = "dept.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])
