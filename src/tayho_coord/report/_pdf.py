"""The .docx laid out as PDF by LibreOffice, headless (``soffice --convert-to pdf``).

LibreOffice lays out the Word file as Word does; Times New Roman, which Debian cannot ship,
is replaced by Liberation Serif, a font with the same widths (metric-compatible), so lines
and pages break in the same places. ``.ci/install-libreoffice`` installs both.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tayho_coord.errors import ValidationError

__all__ = ["docx_to_pdf", "soffice"]

_NAMES = ("soffice", "libreoffice")
TIMEOUT = 180  # seconds: the first start of a fresh profile takes a few


def soffice() -> str | None:
    """The LibreOffice program on the PATH, or None."""
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def docx_to_pdf(data: bytes) -> bytes:
    """The PDF of a .docx file's bytes.

    Raises:
        ValidationError: LibreOffice is not on the PATH, or it produced no PDF.
    """
    program = soffice()
    if program is None:
        raise ValidationError(
            "format",
            "pdf",
            "needs LibreOffice (soffice on the PATH): apt-get install libreoffice-writer "
            "fonts-liberation2, or run .ci/install-libreoffice",
        )
    with tempfile.TemporaryDirectory(prefix="tayho-pdf-") as folder:
        work = Path(folder)
        source = work / "report.docx"
        source.write_bytes(data)
        # A profile of its own: a running LibreOffice, or another conversion at the same
        # time, does not block this one.
        profile = (work / "profile").as_uri()
        try:
            done = subprocess.run(
                [
                    program,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(source),
                ],
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ValidationError(
                "format", "pdf", f"LibreOffice did not finish within {TIMEOUT} s"
            ) from None
        target = work / "report.pdf"
        if done.returncode != 0 or not target.exists():
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise ValidationError(
                "format",
                "pdf",
                f"LibreOffice made no PDF (exit status {done.returncode}"
                + (f": {detail[-1]}" if detail else "")
                + ")",
            )
        return target.read_bytes()
