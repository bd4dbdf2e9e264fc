"""Writing never destroys: what sits at an output path is refused unless it is a regular file,
OS failures are Chinese messages with the previous file intact, two outputs of one run never
share a path, one batch at a time per folder, and outputs are proven by their hashes.

Devices are made in the test folder with mknod where the test may (root); the system's
/dev/null is used only with os.replace guarded, so a regression could not replace it.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.badinput.midwrite import break_writes_after
from click.testing import CliRunner

from gen.cli import cli
from gen.core import atomic
from tests.badinput.cases import GOOD

ROOT = Path(__file__).resolve().parents[2]
TEXT = "我局2022年收入1,200.50万元。\n"


def _char_device(folder: Path, monkeypatch) -> Path:
    """A character device to aim -o at: a private null device, or /dev/null with os.replace guarded."""
    path = folder / "nulldev"
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        return path
    except (PermissionError, OSError):
        real_replace = os.replace

        def guarded(src, dst, *a, **k):
            if os.path.realpath(dst) == "/dev/null":
                raise AssertionError("tried to replace /dev/null")
            return real_replace(src, dst, *a, **k)

        monkeypatch.setattr(atomic.os, "replace", guarded)
        return Path("/dev/null")


def _fifo(folder: Path, monkeypatch) -> Path:
    os.mkfifo(folder / "pipe")
    return folder / "pipe"


def _socket(folder: Path, monkeypatch) -> Path:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(folder / "sock"))
    s.close()
    return folder / "sock"


def _symlink_to_file(folder: Path, monkeypatch) -> Path:
    (folder / "precious.txt").write_text("重要文件\n", encoding="utf-8")
    os.symlink(folder / "precious.txt", folder / "link")
    return folder / "link"


def _symlink_to_device(folder: Path, monkeypatch) -> Path:
    os.symlink("/dev/null", folder / "devlink")
    return folder / "devlink"


def _dangling_symlink(folder: Path, monkeypatch) -> Path:
    os.symlink(folder / "elsewhere" / "x.txt", folder / "dangling")
    return folder / "dangling"


def _directory(folder: Path, monkeypatch) -> Path:
    (folder / "adir").mkdir()
    (folder / "adir" / "keep.txt").write_text("留着\n", encoding="utf-8")
    return folder / "adir"


TARGETS = {
    "char_device": (_char_device, "字符设备"),
    "fifo": (_fifo, "命名管道"),
    "socket": (_socket, "套接字"),
    "symlink_to_file": (_symlink_to_file, "符号链接"),
    "symlink_to_device": (_symlink_to_device, "符号链接"),
    "dangling_symlink": (_dangling_symlink, "符号链接"),
    "directory": (_directory, "文件夹"),
}


def _snapshot(path: Path) -> tuple:
    st = os.lstat(path)
    link = os.readlink(path) if stat.S_ISLNK(st.st_mode) else None
    return stat.S_IFMT(st.st_mode), st.st_ino, link


def _assert_clean(result, expected: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert "错误：" in result.output and expected in result.output, result.output


@pytest.mark.parametrize("kind", sorted(TARGETS))
def test_check_output_to_special_path_is_refused(kind, tmp_path, monkeypatch):
    make, expected = TARGETS[kind]
    target = make(tmp_path, monkeypatch)
    before = _snapshot(target)
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(report), "-o", str(target)])
    _assert_clean(result, expected)
    assert str(target) in result.output
    assert _snapshot(target) == before  # the same inode, type and link: nothing replaced
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    if kind == "symlink_to_file":
        assert (tmp_path / "precious.txt").read_text(encoding="utf-8") == "重要文件\n"
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


@pytest.mark.parametrize("kind", ["char_device", "fifo", "symlink_to_file", "directory"])
def test_generate_output_over_special_file_is_refused(kind, tmp_path, monkeypatch):
    make, expected = TARGETS[kind]
    out = tmp_path / "out"
    out.mkdir()
    data = tmp_path / "bureau.yaml"
    data.write_text(GOOD, encoding="utf-8")
    target = make(out, monkeypatch)
    if target == Path("/dev/null"):
        pytest.skip("needs a private device node")  # /dev/null cannot be named bureau.md
    os.rename(target, out / "bureau.md")
    before = _snapshot(out / "bureau.md")
    result = CliRunner().invoke(cli, ["generate", str(data), "-o", str(out), "--format", "md", "--no-self-check"])
    _assert_clean(result, expected)
    assert _snapshot(out / "bureau.md") == before


def test_annotate_to_a_device_is_refused(tmp_path, monkeypatch):
    from tests.badinput.cases import _docx_bytes

    source = tmp_path / "r.docx"
    source.write_bytes(_docx_bytes())
    target = _char_device(tmp_path, monkeypatch)
    before = _snapshot(target)
    result = CliRunner().invoke(cli, ["check", str(source), "--annotate", str(target)])
    _assert_clean(result, "字符设备")
    assert _snapshot(target) == before


def test_parent_is_a_file(tmp_path):
    (tmp_path / "blocker").write_text("x", encoding="utf-8")
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "r.txt"), "-o", str(tmp_path / "blocker" / "sub" / "f.txt")])
    _assert_clean(result, "是文件而不是文件夹")
    assert (tmp_path / "blocker").read_text(encoding="utf-8") == "x"


def test_generate_into_a_file_path(tmp_path):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    data = tmp_path / "bureau.yaml"
    data.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(data), "-o", str(tmp_path / "taken"), "--format", "md", "--no-self-check"])
    _assert_clean(result, "taken")
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("code,expected", [
    (errno.ENOSPC, "磁盘空间已满"), (errno.EDQUOT, "磁盘配额"), (errno.EIO, "读写错误"), (errno.EFBIG, "写入"),
])
def test_full_disk_keeps_the_previous_file(code, expected, tmp_path, monkeypatch):
    target = tmp_path / "findings.txt"
    target.write_text("上一次的结果\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")

    def full(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "fsync", full)  # the data did not reach the disk
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "r.txt"), "-o", str(target)])
    _assert_clean(result, expected)
    assert str(target) in result.output and "保持不变" in result.output
    assert target.read_text(encoding="utf-8") == "上一次的结果\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.txt", "r.txt"]


def test_write_fails_half_way_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "r.md"
    target.write_text("旧版本\n", encoding="utf-8")
    break_writes_after(monkeypatch, lambda data: data[:10], lambda: OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(atomic.UserError) as info:
        atomic.write_text(target, "新版本\n" * 1000)
    assert "磁盘空间已满" in info.value.messages[0] and str(target) in info.value.messages[0]
    assert target.read_text(encoding="utf-8") == "旧版本\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]


@pytest.mark.parametrize("code,expected", [(errno.EACCES, "没有权限"), (errno.EROFS, "只读"), (errno.EPERM, "没有权限")])
def test_unwritable_folder(code, expected, tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)  # as root a read-only folder cannot be made
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "r.txt"), "-o", str(tmp_path / "o.txt")])
    _assert_clean(result, expected)
    assert str(tmp_path) in result.output


def test_missing_folder_that_cannot_be_created(tmp_path, monkeypatch):
    def refuse(self, *a, **k):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.Path, "mkdir", refuse)
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "r.txt"), "-o", str(tmp_path / "new" / "o.txt")])
    _assert_clean(result, "无法创建输出文件夹")


@pytest.mark.parametrize("mask,mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664), (0o077, 0o600)])
def test_file_mode_follows_the_umask(mask, mode, tmp_path):
    old = os.umask(mask)
    try:
        atomic.write_text(tmp_path / "a.md", "x")
        assert stat.S_IMODE(os.stat(tmp_path / "a.md").st_mode) == mode
    finally:
        os.umask(old)


# ------------------------------------------------------------------ two outputs of one run


def test_generate_same_stem_from_two_folders_writes_both(tmp_path):
    for sub, county in (("a", "示例区"), ("b", "示例乙区")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.yaml").write_text(GOOD.replace("示例区", county), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(tmp_path / "a" / "report.yaml"), str(tmp_path / "b" / "report.yaml"),
                                      "-o", str(out), "--format", "md", "--no-self-check"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["report-2.md", "report.md"]
    assert "示例乙区" in (out / "report-2.md").read_text(encoding="utf-8")
    assert "示例乙区" not in (out / "report.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["summary", "SUMMARY", "summary.shard-1-of-2", "Summary.csv"])
def test_batch_bureau_named_like_the_summary(name, tmp_path):
    src = tmp_path / "data"
    src.mkdir()
    (src / f"{name}.yaml").write_text(GOOD, encoding="utf-8")
    (src / "other.yaml").write_text(GOOD.replace("示例区", "示例乙区"), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["batch", str(src), "-o", str(out), "--format", "md,json", "-j", "1", "--no-check"]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert "bureaus" in summary  # the batch's own summary, not a report
    outputs = {Path(v).name for r in summary["bureaus"] for v in r["outputs"].values()}
    assert not {o for o in outputs if o.casefold().startswith("summary")}
    for row in summary["bureaus"]:
        for path in row["outputs"].values():
            assert Path(path).is_file() and json.loads(Path(path).read_text(encoding="utf-8")) if path.endswith(".json") else True
    again = CliRunner().invoke(cli, argv)  # a re-run skips both and rebuilds nothing wrongly
    assert again.exit_code == 0 and "未变化跳过 2 个" in again.output, again.output


# ------------------------------------------------------------------ one batch per folder, outputs proven by hash


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "data"
    src.mkdir()
    (src / "a.yaml").write_text(GOOD, encoding="utf-8")
    return src


def test_folder_in_use_is_refused(tmp_path):
    from gen.batch.outputs import LOCK_NAME

    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / LOCK_NAME).write_text(json.dumps({"pid": holder.pid, "host": os.uname().nodename}), encoding="utf-8")
        result = CliRunner().invoke(cli, ["batch", str(_folder(tmp_path)), "-o", str(out), "--format", "md", "-j", "1"])
        _assert_clean(result, "正被另一个批量任务使用")
        assert str(holder.pid) in result.output
        assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]  # nothing written, the lock left to its owner
    finally:
        holder.kill()
        holder.wait()


def test_stale_lock_is_taken_over(tmp_path):
    from gen.batch.outputs import LOCK_NAME

    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "host": os.uname().nodename}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(_folder(tmp_path)), "-o", str(out), "--format", "md", "-j", "1", "--no-check"])
    assert result.exit_code == 0, result.output
    assert not (out / LOCK_NAME).exists()  # released at the end
    assert (out / "a.md").is_file()


def test_half_written_lock_is_stale(tmp_path):
    from gen.batch.outputs import LOCK_NAME

    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).write_text("{\"pi", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(_folder(tmp_path)), "-o", str(out), "--format", "md", "-j", "1", "--no-check"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("edit", ["changed", "truncated", "replaced_by_other_report"])
def test_up_to_date_check_compares_hashes(edit, tmp_path):
    src = _folder(tmp_path)
    (src / "b.yaml").write_text(GOOD.replace("示例区", "示例乙区"), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["batch", str(src), "-o", str(out), "--format", "md", "-j", "1", "--no-check"]
    assert CliRunner().invoke(cli, argv).exit_code == 0
    original = (out / "a.md").read_bytes()
    if edit == "changed":
        (out / "a.md").write_bytes(original.replace("示例区".encode(), "别的区".encode()))
    elif edit == "truncated":
        (out / "a.md").write_bytes(original[:50])
    else:
        (out / "a.md").write_bytes((out / "b.md").read_bytes())
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 0, result.output
    assert (out / "a.md").read_bytes() == original  # rebuilt, not kept
    rows = {r["key"]: r for r in json.loads((out / "summary.json").read_text(encoding="utf-8"))["bureaus"]}
    assert rows["a"]["status"] == "ok" and rows["b"]["status"] == "skipped"


def test_jobs_capped_at_cpu_count(tmp_path, monkeypatch):
    import gen.batch.run as run

    monkeypatch.setattr(run, "default_jobs", lambda: 1)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(_folder(tmp_path)), "-o", str(out), "--format", "md", "-j", "300", "--no-check"])
    assert result.exit_code == 0, result.output
    assert "--jobs 300" in result.output and "已改为 1" in result.output


def test_sweep_removes_only_the_writers_temporaries(tmp_path):
    from gen.batch.outputs import sweep_temporaries

    for name in (".a.md.x1y2z3.tmp", ".a.docx.abcdef.tmp", ".other.md.q.tmp", "a.md", ".hidden"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert sweep_temporaries(tmp_path, ["a.md", "a.docx"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden", ".other.md.q.tmp", "a.md"]


def test_sigterm_mid_batch_writes_the_summary_and_removes_temporaries(tmp_path):
    import signal

    from tests.badinput.interrupt import stop_batch_midway, synthetic_workbook

    source = tmp_path / "bureaus.xlsx"
    synthetic_workbook(source, 240)
    out = tmp_path / "out"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    code, err = stop_batch_midway(source, out, "md", signal.SIGTERM, after_reports=4, env=env)
    assert code == 130, err
    assert "Traceback" not in err and "已中断" in err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["interrupted"] is True and len(summary["bureaus"]) == 240
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary file, no lock
    assert not [p for p in tmp.iterdir() if p.name.startswith("jixiao-")]  # the workbook index folder is gone


@pytest.mark.parametrize("kind", ["fifo", "char_device", "symlink_to_file"])
def test_special_file_where_the_summary_goes_is_refused_before_work(kind, tmp_path, monkeypatch):
    make, expected = TARGETS[kind]
    out = tmp_path / "out"
    out.mkdir()
    target = make(out, monkeypatch)
    if target == Path("/dev/null"):
        pytest.skip("needs a private device node")  # /dev/null cannot be named summary.json
    os.rename(target, out / "summary.json")
    before = _snapshot(out / "summary.json")
    result = CliRunner().invoke(cli, ["batch", str(_folder(tmp_path)), "-o", str(out), "--format", "md", "-j", "1", "--no-check"])
    _assert_clean(result, expected)
    assert _snapshot(out / "summary.json") == before
    assert not (out / "a.md").exists()  # refused before any bureau was generated
