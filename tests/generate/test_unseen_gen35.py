"""Drafts of bureaus unlike the examples (round gen35); each test is one place where a draft or
generate's warnings were untrue, silent or read as machine-written."""

from __future__ import annotations

import re

from tests.generate.support import data_file, render_md

MINIMAL = {
    "kind": "dept_self_eval", "year": 2023,
    "bureau": {"name": "桃源县水利局", "region": {"province": "湖南省", "city": "常德市", "county": "桃源县"}},
    "finance": {"income": 1200.5, "expenditure": 1069.87},
}


def test_low_spending_progress_is_judged_in_the_sentence_that_states_it(tmp_path):
    # "总体支出进度为89.12%。支出进度偏缓。": the verdict stood alone after the rate, in every seed
    path = data_file(tmp_path, "d.yaml", MINIMAL)
    for seed in range(8):
        part = render_md(path, seed=seed).split("## 二、")[1].split("## 三、")[0]
        body = [line for line in part.splitlines()[1:] if line.strip()]
        assert len(body) == 1, body
        sentences = [s for s in re.split(r"(?<=。)", body[0]) if s]
        assert len(sentences) == 1, sentences
        assert "89.12%，" in sentences[0]
