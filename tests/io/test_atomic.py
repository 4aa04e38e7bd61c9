"""Atomic writes keep their promise at the edges (issue 14, "Files").

A symbolic link is written through; a valid long file name works; a killed write leaves no
temporary file; the folder is synced after the rename; a read-only file is refused.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tayho_coord.io import _atomic, dump, load
from tayho_coord.io._atomic import write_text_atomic
from tayho_coord.model import Source

if TYPE_CHECKING:
    from pathlib import Path

needs_posix = pytest.mark.skipif(os.name != "posix", reason="POSIX links and modes")


def _unnamed_files_work(folder: Path) -> bool:
    fd = _atomic._open_unnamed(folder)
    if fd is None:
        return False
    os.close(fd)
    return True


@needs_posix
def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "data" / "review.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "review.json"
    link.symlink_to(real)
    dump(Source("s1", "Báo cáo"), link)
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert load(real) == Source("s1", "Báo cáo")
    assert sorted(p.name for p in real.parent.iterdir()) == ["review.json"]


@needs_posix
def test_a_dangling_link_gets_its_target_made(tmp_path: Path) -> None:
    link = tmp_path / "new.json"
    link.symlink_to(tmp_path / "made.json")
    write_text_atomic(link, "x\n")
    assert link.is_symlink()
    assert (tmp_path / "made.json").read_text(encoding="utf-8") == "x\n"


@pytest.mark.parametrize(
    "name",
    [
        "a" * 250 + ".json",  # 255 bytes, the longest name of ext4
        "ệ" * 83 + ".json",  # 3 bytes each in UTF-8: 249 + 5 = 254 bytes
    ],
)
def test_a_long_valid_name_is_written(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    write_text_atomic(target, "nội dung\n")
    assert target.read_text(encoding="utf-8") == "nội dung\n"
    assert list(tmp_path.iterdir()) == [target]


def test_temporary_names_fit_in_255_bytes() -> None:
    for name in ("a" * 255, "ệ" * 85, "x"):
        tmp = _atomic._temporary_name(name)
        assert len(os.fsencode(tmp)) <= 255
        assert tmp.startswith(f".{name[:10]}")
        assert tmp.endswith(".tmp")


@needs_posix
def test_a_read_only_file_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "final.json"
    target.write_text("signed\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only") as info:
        write_text_atomic(target, "new\n")
    assert info.value.filename == str(target)
    assert target.read_text(encoding="utf-8") == "signed\n"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("path", ["", "."])
def test_no_file_name_or_a_folder_is_refused(
    path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises((FileNotFoundError, IsADirectoryError)) as info:
        write_text_atomic(path, "x")
    assert info.value.filename == path
    assert list(tmp_path.iterdir()) == []


def test_a_lone_surrogate_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "a\udc80")
    assert list(tmp_path.iterdir()) == []


@needs_posix
def test_the_folder_is_synced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[bool, bool]] = []  # (a folder?, the target there yet?)
    real_fsync = os.fsync
    target = tmp_path / "a.json"

    def fsync(fd: int) -> None:
        synced.append((stat.S_ISDIR(os.fstat(fd).st_mode), target.exists()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_text_atomic(target, "x")
    assert synced == [(False, False), (True, True)]  # the file, then its folder


@needs_posix
def test_without_unnamed_files_a_named_one_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_atomic, "_open_unnamed", lambda folder: None)
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(sys.platform != "linux", reason="O_TMPFILE is Linux's")
def test_a_killed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    if not _unnamed_files_work(tmp_path):
        pytest.skip("this file system has no O_TMPFILE")
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")
    # The process kills itself (SIGKILL: no handler, no cleanup) once the text is written
    # and before the rename: the moment a named temporary file would be left behind.
    script = (
        "import os, signal\n"
        "from tayho_coord.io import _atomic\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"_atomic.write_text_atomic({str(target)!r}, 'new' * 100000)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == -9
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]
