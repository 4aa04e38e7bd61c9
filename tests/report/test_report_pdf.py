"""The report as PDF through a real renderer: LibreOffice, headless, laying out the .docx.

The tests skip, saying why, only where LibreOffice or poppler's pdftotext is missing;
``.ci/install-libreoffice`` installs both in CI (with Liberation Serif, metric-compatible
with Times New Roman). The PDF is saved under ``test-artifacts/`` for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.report import render

pytest.importorskip("docx", reason="the docx extra (python-docx) writes the Word file")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
needs_renderer = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="no LibreOffice (soffice) or pdftotext on this machine; .ci/install-libreoffice "
    "installs libreoffice-writer, fonts-liberation2 and poppler-utils",
)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    path.write_bytes(render(tay_ho_2019(), "pdf"))
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(path, ARTIFACTS / "report-tay-ho-2019-docx.pdf")
    return path


def _text(pdf: Path, first: int, last: int) -> str:
    assert PDFTOTEXT is not None
    done = subprocess.run(
        [PDFTOTEXT, "-f", str(first), "-l", str(last), "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


@needs_renderer
def test_pdf_pages_are_a4(pdf: Path) -> None:
    # ND30, Phụ lục I, Phần I, mục I, khoản 1: A4, 210 × 297 mm = 595,3 × 841,9 pt.
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes
    for width, height in boxes:
        assert abs(float(width) - 595.28) < 1
        assert abs(float(height) - 841.89) < 1


@needs_renderer
def test_first_page_shows_the_heading_parts(pdf: Path) -> None:
    first = _text(pdf, 1, 1)
    lines = [" ".join(line.split()) for line in first.splitlines() if line.strip()]
    # The issuer (left) and the national name (right) share the first line; the title and
    # the opening of the body follow (ND30, Phụ lục I, Phần I, mục II, khoản 1-6).
    assert lines[0] == "THƯỜNG TRỰC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert lines[1] == "HỘI ĐỒNG NHÂN DÂN Độc lập - Tự do - Hạnh phúc"
    flat = " ".join(lines)
    for part in (
        "Số: …/BC-HĐND-UBND-MTTQ",
        "Tây Hồ, ngày … tháng … năm 2020",
        "BÁO CÁO",
        "Chiều thứ Ba, ngày 11 tháng 02 năm 2020, Hội đồng nhân dân (HĐND)",
    ):
        assert part in flat
    # No page number on the first page (mục I, khoản 7).
    assert not re.fullmatch(r"\d+", lines[0])


@needs_renderer
def test_later_pages_are_numbered_and_the_document_closes(pdf: Path) -> None:
    second = _text(pdf, 2, 2)
    assert second.strip().splitlines()[0].strip() == "2"
    everything = " ".join(_text(pdf, 1, 99).split())
    for part in ("TM. ỦY BAN NHÂN DÂN", "Nơi nhận:", "- Lưu: VT.", "PHỤ LỤC"):
        assert part in everything


def test_pdf_without_libreoffice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ValidationError) as info:
        render(tay_ho_2019(), "pdf")
    assert info.value.field == "format"
    assert "LibreOffice" in info.value.reason
