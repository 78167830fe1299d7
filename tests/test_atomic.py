"""Atomic writes leave files and folders as an ordinary write would: a reader never sees half a
file, and the result has the permissions the umask gives, not the temporary file's 0600."""
import os
import stat

import pytest

from iraqclaims.atomic import atomic_write_bytes, atomic_write_text, replace_folder


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_written_file_has_the_usual_permissions(tmp_path, umask_022):
    target = tmp_path / "report.json"
    atomic_write_text(target, "{}")
    assert target.read_text() == "{}" and _mode(target) == 0o644
    atomic_write_bytes(target, b"[]")                     # replacing keeps them
    assert target.read_bytes() == b"[]" and _mode(target) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]     # no temporary file left


def test_a_replaced_folder_has_the_usual_permissions(tmp_path, umask_022):
    out = tmp_path / "out"
    replace_folder(out, {"report.html": b"<html></html>"})
    assert _mode(out) == 0o755 and _mode(out / "report.html") == 0o644
    replace_folder(out, {"claims.csv": b"id\n"})
    assert sorted(p.name for p in out.iterdir()) == ["claims.csv"] and _mode(out) == 0o755
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
