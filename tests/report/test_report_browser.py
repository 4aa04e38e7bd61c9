"""The HTML report in a real browser: Debian's chromium, headless.

The page must load with no console message at all (it has no script), show the key figures
of the seed, fit a phone's width without scrolling sideways, and print on A4. Screenshots, the
PDF and the page itself are saved under ``test-artifacts/`` (gitignored) for a person to look
at. The tests skip, saying why, only where no Chromium binary exists: ``.ci/install-chromium``
installs Debian's package.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.report import render

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str | None:
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


BROWSER = _browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium binary on this machine (looked for "
    + ", ".join(_CANDIDATES)
    + "); .ci/install-chromium installs Debian's chromium",
)

# The seed's figures, as the report writes them (see test_report_render.py for the rules).
KEY_FIGURES = (
    "Số: …/BC-HĐND-UBND-MTTQ",
    "Tây Hồ, ngày … tháng … năm 2020",
    "Phối hợp tổ chức 03 phiên giải trình:",
    "thực hiện 14 nội dung giám sát, khảo sát, kiểm tra chuyên đề.",
    "thực hiện 04 nội dung giám sát chuyên đề",
    "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp quận đạt 56,82%.",
    "Năm 2020 tập trung thực hiện 03 nhiệm vụ trọng tâm:",
    "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
    "Nơi nhận:",
    "PHỤ LỤC",
    "Tỷ lệ giải quyết theo số liệu công bố: 56,82%;",
)

# A console line of Chromium's log (--enable-logging=stderr): "…:INFO:CONSOLE:2] "msg", …",
# and an uncaught exception anywhere in the log.
_CONSOLE = re.compile(r":CONSOLE(?:\(\d+\)|:\d+)?\]|Uncaught", re.IGNORECASE)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",  # tests run as root in CI containers
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def _console(log: str) -> list[str]:
    return [line for line in log.splitlines() if _CONSOLE.search(line)]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "bao-cao.html"
    path.write_text(render(tay_ho_2019(), "html"), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(path, ARTIFACTS / "report-tay-ho-2019.html")
    return path


def test_console_messages_are_detected(tmp_path: Path) -> None:
    # The check below must be able to fail: a page that logs and throws is caught.
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><p>x</p>'
        "<script>console.error('hỏng'); khong_co_ham();</script></html>",
        encoding="utf-8",
    )
    result = _chromium(tmp_path, "--dump-dom", probe.as_uri())
    found = _console(result.stderr)
    assert any("Uncaught ReferenceError" in line for line in found), result.stderr[-2000:]
    assert any("hỏng" in line for line in found)


def test_page_loads_without_console_messages_and_shows_the_key_figures(
    page: Path, tmp_path: Path
) -> None:
    result = _chromium(tmp_path, "--window-size=1200,1600", "--dump-dom", page.as_uri())
    assert _console(result.stderr) == []
    dom = result.stdout
    assert dom.lstrip().startswith("<!DOCTYPE html>")
    for figure in KEY_FIGURES:
        assert figure in dom


def test_page_fits_a_phone(page: Path, tmp_path: Path) -> None:
    # A copy of the page with a measuring script (the report itself has none): at a phone's
    # width the page must not scroll sideways.  Headless Chromium's smallest window is
    # 500 px wide, under the page's 40rem (640 px) breakpoint.
    probe = tmp_path / "measure.html"
    script = (
        "<script>document.title = 'W=' + document.documentElement.scrollWidth + "
        "' V=' + window.innerWidth;</script></body>"
    )
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script), "utf-8")
    result = _chromium(tmp_path, "--window-size=390,844", "--dump-dom", probe.as_uri())
    match = re.search(r"<title>W=(\d+) V=(\d+)</title>", result.stdout)
    assert match, result.stdout[:500]
    scroll_width, viewport = int(match.group(1)), int(match.group(2))
    assert viewport <= 640  # the phone layout applies
    assert scroll_width <= viewport


@pytest.mark.parametrize(("name", "size"), [("desktop", "1100,1600"), ("phone", "390,844")])
def test_screenshots(page: Path, tmp_path: Path, name: str, size: str) -> None:
    target = ARTIFACTS / f"report-tay-ho-2019-{name}.png"
    target.unlink(missing_ok=True)
    _chromium(tmp_path, f"--window-size={size}", f"--screenshot={target}", page.as_uri())
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(data[16:20], "big")
    assert width == int(size.split(",")[0])


def test_page_prints_on_a4(page: Path, tmp_path: Path) -> None:
    # Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 paper (210 × 297 mm = 595,3 × 841,9 pt).
    target = ARTIFACTS / "report-tay-ho-2019.pdf"
    target.unlink(missing_ok=True)
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={target}", page.as_uri())
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes
    for width, height in boxes:
        assert abs(float(width) - 595.28) < 1
        assert abs(float(height) - 841.89) < 1
