"""The web app in a real browser: headless Chromium driven by Selenium (Debian's chromium-driver).

One server and one browser session serve every test here (the machine is
shared). The tests upload the example files, wait for the results, download
the outputs and open them, check that findings are highlighted in their
family's colour and that an error appears next to its field, and save a
screenshot of each main page. The screenshots go to pytest's temporary
folder, so a test run never changes files in the checkout; `make
screenshots` sets JIXIAO_SCREENSHOTS=docs/screenshots to refresh the ones the
README shows, so that layout changes are visible in review.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from .support import EXAMPLES, EXPECTED_FAMILIES, FLAGGED_TEXT, ROOT, docx_with, workbook_with_bad_cell

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``jixiao serve`` on 127.0.0.1 and a free port, as a user would start it."""
    port = _free_port()
    store = tmp_path_factory.mktemp("web-store")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "gen.cli", "serve", "--port", str(port), "--store", str(store)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("jixiao serve did not start: " + proc.stdout.read().decode(errors="replace"))
            time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-downloads")


@pytest.fixture(scope="module")
def browser(downloads):
    for tool in (CHROMIUM, CHROMEDRIVER):
        assert Path(tool).exists(), f"{tool} is missing: run `make system-deps` (Debian chromium, chromium-driver)"
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not try to fetch a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=zh-CN", "--disable-gpu"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield driver
    driver.quit()


def _wait(browser, css: str, timeout: float = WAIT):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))


def _download(browser, link, folder: Path, suffix: str, timeout: float = WAIT) -> Path:
    before = set(folder.iterdir())
    link.click()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = [p for p in set(folder.iterdir()) - before if p.suffix == suffix]
        if new:
            return new[0]
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} file was downloaded")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: JIXIAO_SCREENSHOTS if set (make screenshots), else a temporary folder."""
    chosen = os.environ.get("JIXIAO_SCREENSHOTS")
    return (ROOT / chosen) if chosen else tmp_path_factory.mktemp("screenshots")


def _screenshot(browser, folder: Path, name: str) -> None:
    """The whole page (up to 2400 px high) as FOLDER/NAME.png."""
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(800, min(int(height) + 40, 2400)))
    browser.execute_script("window.scrollTo(0, 0)")
    folder.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(folder / f"{name}.png"))
    assert (folder / f"{name}.png").stat().st_size > 10_000
    browser.set_window_size(1280, 1000)


def _css(browser, selector: str):
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, selector)


def test_generate_page_shows_the_report_its_facts_and_downloads(server, browser, downloads, shots):
    browser.get(server + "/generate")
    _css(browser, "#data_file")[0].send_keys(str(EXAMPLES / "lw2022.yaml"))
    _css(browser, "#generate-button")[0].click()
    _wait(browser, "#report-result")
    assert "荔湾区卫生健康局" in _css(browser, ".document")[0].text
    para = _css(browser, ".para.has-facts")[0]
    facts = _css(browser, f"#facts-{para.get_attribute('data-p')}")[0]
    assert not facts.is_displayed()
    para.click()
    assert facts.is_displayed() and "本段依据" in facts.text
    _screenshot(browser, shots, "generate")
    word = _download(browser, _css(browser, "#downloads a[data-format=docx]")[0], downloads, ".docx")
    time.sleep(0.5)  # let Chromium finish renaming the .crdownload
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "广州市荔湾区卫生健康局" in text


def test_a_form_error_is_shown_next_to_its_field(server, browser):
    browser.get(server + "/generate")
    _css(browser, "input[name=source][value=form]")[0].click()
    year = _css(browser, "#f-year")[0]
    assert year.is_displayed()
    year.send_keys("去年")
    _css(browser, "#f-bureau\\.name")[0].send_keys("某某区民政局")
    _css(browser, "#generate-button")[0].click()
    error = _wait(browser, ".field[data-field=year] .field-error")
    assert "字段 year（年度）：应为整数" in error.text
    assert _css(browser, "#f-bureau\\.name")[0].get_attribute("value") == "某某区民政局"


def test_check_page_highlights_findings_by_family_and_filters_them(server, browser, downloads, tmp_path, shots):
    report = tmp_path / "自评报告.docx"
    report.write_bytes(docx_with(FLAGGED_TEXT))
    browser.get(server + "/check")
    _css(browser, "#report_file")[0].send_keys(str(report))
    _css(browser, "#check-button")[0].click()
    _wait(browser, "#check-result")
    marks = _css(browser, "#checked-text mark")
    assert {m.get_attribute("data-code")[0] for m in marks} >= EXPECTED_FAMILIES
    colours = {m.get_attribute("data-code")[0]: m.value_of_css_property("background-color") for m in marks}
    assert len(set(colours.values())) == len(colours)  # one colour per family
    assert all(c not in ("rgba(0, 0, 0, 0)", "transparent") for c in colours.values())
    _screenshot(browser, shots, "check")
    _css(browser, "#filters input[name=family][value=P]")[0].click()
    for item in _css(browser, ".finding[data-family=P]"):
        assert not item.is_displayed()
    assert all(i.is_displayed() for i in _css(browser, ".finding[data-family=T]"))
    assert all("filtered" in m.get_attribute("class") for m in _css(browser, "#checked-text mark.fam-P"))
    annotated = _download(browser, _css(browser, "#downloads a[data-kind=docx]")[0], downloads, ".docx")
    time.sleep(0.5)
    comments = zipfile.ZipFile(annotated).read("word/comments.xml").decode()
    assert comments.count("<w:comment ") == len(marks)


def test_batch_page_shows_progress_failures_and_gives_a_zip(server, browser, downloads, tmp_path, shots):
    browser.get(server + "/batch")
    _css(browser, "#workbook")[0].send_keys(str(workbook_with_bad_cell(tmp_path)))
    _css(browser, "#batch-button")[0].click()
    _wait(browser, "#batch-progress")
    link = _wait(browser, "#batch-zip", timeout=300)
    assert "已完成" in _css(browser, "#batch-state")[0].text
    failed = _css(browser, "#batch-failed tbody tr")
    assert len(failed) == 1 and "本年收入" in failed[0].text
    _screenshot(browser, shots, "batch")
    archive = _download(browser, link, downloads, ".zip")
    time.sleep(0.5)
    names = zipfile.ZipFile(io.BytesIO(archive.read_bytes())).namelist()
    assert "summary.csv" in names and "summary.json" in names
    assert any(n.endswith(".docx") for n in names)
