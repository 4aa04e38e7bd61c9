"""Atomic text files: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

__all__ = ["write_text_atomic"]


def _create(folder: Path, name: str) -> tuple[int, Path]:
    for _ in range(100):
        tmp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            # 0o666 less the process's umask, as an ordinary new file gets (mkstemp's 0o600
            # would leave the result readable by its owner only).
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:  # pragma: no cover - 48 random bits taken already
            continue
    raise FileExistsError(f"no free temporary name in {folder}")  # pragma: no cover


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` in UTF-8, so that readers see the old file or the new one.

    The text goes to a temporary file in the same folder, which is flushed to disk and then
    renamed over the target. A failure leaves any previous file intact and no temporary
    file behind. A file that is replaced keeps its permission bits; a new one gets the
    usual ``0o666`` less the umask.

    Raises:
        OSError: the folder cannot be written.
    """
    target = Path(path)
    fd, tmp = _create(target.parent, target.name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            try:
                mode = stat.S_IMODE(os.stat(target).st_mode)
            except FileNotFoundError:
                pass
            else:
                os.chmod(tmp, mode)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
