"""Atomic text files: a temporary file in the same folder, then a rename.

The promise: a reader of the target sees the old file or the new one, never a part of the
new one; a failure (an error, a full disk) leaves the old file and nothing else. How each
step keeps it:

- the text is written to a file in the target's folder (a rename is atomic only within one
  file system), flushed and ``fsync``-ed, then renamed over the target with
  :func:`os.replace` (atomic on POSIX and on Windows), and the folder is ``fsync``-ed so the
  rename itself survives a power cut (POSIX; Windows has no folder handle to flush);
- on Linux the file is made with ``O_TMPFILE``: it has no name while the text is written, so
  a process killed mid-write (``kill -9``, a power cut) leaves nothing behind; it gets a
  temporary name only once complete, just before the rename. Where ``O_TMPFILE`` is missing
  (other systems, some file systems) the file is named from the start, and a killed write
  can leave a ``.NAME.XXXXXXXXXXXX.tmp`` file, which an error removes but a kill cannot;
- the temporary name is at most 255 bytes (the longest file name of common file systems)
  whatever the target's, so a target of a valid long name can be written;
- a symbolic link is written through: its target is replaced and the link kept, as editors
  do (replacing the link by a file would leave the file it points to unchanged);
- a read-only file is refused with :class:`PermissionError` rather than replaced (a rename
  needs only the folder to be writable), as editors refuse it; make it writable first.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

__all__ = ["write_bytes_atomic", "write_text_atomic"]

# The longest file name (in bytes) of ext4, NTFS, APFS and most others.
_NAME_MAX = 255
# ".", ".", 12 hex digits, ".tmp": what a temporary name adds to the target's.
_SUFFIX = 18


def _temporary_name(name: str) -> str:
    """``.NAME.XXXXXXXXXXXX.tmp``, NAME cut (whole characters) to fit in 255 bytes."""
    head = name[: _NAME_MAX - _SUFFIX]
    while len(os.fsencode(head)) > _NAME_MAX - _SUFFIX:
        head = head[:-1]
    return f".{head}.{secrets.token_hex(6)}.tmp"


def _open_unnamed(folder: Path) -> int | None:
    """A file of no name in ``folder`` (Linux ``O_TMPFILE``), or None where there is none."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):  # pragma: no cover - not Linux
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, 0o666)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None  # the file system has no O_TMPFILE: a named file instead
        raise


def _create_named(folder: Path, name: str) -> tuple[int, Path]:
    for _ in range(100):
        tmp = folder / _temporary_name(name)
        try:
            # 0o666 less the process's umask, as an ordinary new file gets (mkstemp's 0o600
            # would leave the result readable by its owner only).
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:  # pragma: no cover - 48 random bits taken already
            continue
    raise FileExistsError(f"no free temporary name in {folder}")  # pragma: no cover


def _link_unnamed(fd: int, folder: Path, name: str) -> Path | None:
    """Give the complete unnamed file a temporary name in ``folder``; None if it cannot.

    ``linkat(AT_SYMLINK_FOLLOW)`` of ``/proc/self/fd/N`` (os.link calls linkat when given a
    folder descriptor); without /proc the caller writes a named file instead.
    """
    folder_fd = os.open(folder, os.O_RDONLY)
    try:
        for _ in range(100):
            tmp = _temporary_name(name)
            try:
                os.link(f"/proc/self/fd/{fd}", tmp, dst_dir_fd=folder_fd, follow_symlinks=True)
            except FileExistsError:  # pragma: no cover - 48 random bits taken already
                continue
            except OSError:  # pragma: no cover - /proc not mounted or not ours
                return None
            return folder / tmp
    finally:
        os.close(folder_fd)
    raise FileExistsError(f"no free temporary name in {folder}")  # pragma: no cover


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entries (the rename) to disk, where the system allows it."""
    if os.name != "posix":  # pragma: no cover - Windows opens no folder
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # pragma: no cover - some file systems refuse a folder's fsync
        if exc.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def _target(path: str | os.PathLike[str]) -> tuple[Path, int | None]:
    """The file to replace (a link's target, at its end), and its permission bits if any."""
    if not os.fspath(path):
        raise FileNotFoundError(errno.ENOENT, "no file name given", "")
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target, None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", os.fspath(path))
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise PermissionError(
            errno.EACCES, "the file is read-only (make it writable to replace it)", os.fspath(path)
        )
    return target, mode


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` in UTF-8, so that readers see the old file or the new one.

    See the module's documentation for how. A file that is replaced keeps its permission
    bits; a new one gets the usual ``0o666`` less the umask.

    Raises:
        OSError: the folder cannot be written, ``path`` is empty or a folder, or the file is
            read-only (:class:`PermissionError`).
        UnicodeEncodeError: ``text`` holds a lone surrogate (nothing is written).
    """
    _target(path)  # the path's own errors first, as for bytes
    write_bytes_atomic(path, text.encode("utf-8"))  # encoded before any file is made


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` (a Word file, a PDF) to ``path``, so that readers see the old file or the new.

    As :func:`write_text_atomic`, for bytes.

    Raises:
        OSError: the folder cannot be written, ``path`` is empty or a folder, or the file is
            read-only (:class:`PermissionError`).
    """
    target, mode = _target(path)
    folder = target.parent
    unnamed = _open_unnamed(folder)
    tmp = None if unnamed is None else _write(unnamed, None, data, mode, target)
    if tmp is None:
        fd, tmp = _create_named(folder, target.name)
        _write(fd, tmp, data, mode, target)
    try:
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _write(fd: int, tmp: Path | None, data: bytes, mode: int | None, target: Path) -> Path | None:
    """Write, flush and sync ``data`` to ``fd``; return its temporary path.

    An unnamed file (``tmp`` None) is named once complete (None if it cannot be: the caller
    writes a named file). A failure removes a named file.
    """
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                if tmp is None:
                    os.fchmod(handle.fileno(), mode)
                else:
                    os.chmod(tmp, mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if tmp is None:
                return _link_unnamed(handle.fileno(), target.parent, target.name)
        return tmp
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
