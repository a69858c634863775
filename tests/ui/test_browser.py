"""Once through a real browser: `csa ui` on 127.0.0.1, Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CSA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
QUESTION = "which wards in Lichfield have high car key burglary"
FOLLOW_UP = "and in Tamworth?"
REPORT_SHOT = ROOT / "reports" / "ui-screenshot.png"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"`csa ui` exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"`csa ui` did not answer on {url} within {timeout:.0f} s:\n{log.read_text()[-3000:]}")


@pytest.fixture()
def server(built, tmp_path):
    """`csa ui` serving the session's corpus and index on a free port; stopped (with Streamlit) afterwards."""
    corpus, index = built
    port = free_port()
    log = tmp_path / "csa-ui.log"
    csa = Path(sys.executable).with_name("csa")
    cmd = [str(csa), "ui", "--corpus", str(corpus), "--index", str(index), "--host", "127.0.0.1", "--port", str(port)]
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path, start_new_session=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/_stcore/health", proc, log)
        yield f"http://127.0.0.1:{port}/"
    finally:
        # `csa ui` runs Streamlit as a child: stop the whole process group it leads.
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(wait)
                break
            except subprocess.TimeoutExpired:
                continue


def full_screenshot(page, path: Path) -> None:
    """The whole conversation: Streamlit scrolls inside its own container, so grow the viewport to fit it."""
    height = page.evaluate("Math.max(...[...document.querySelectorAll('*')].map(e => e.scrollHeight))")
    page.set_viewport_size({"width": 1400, "height": min(int(height) + 120, 16000)})
    page.wait_for_timeout(1500)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1400, "height": 1000})


def ask(page, question: str, answers_before: int) -> None:
    page.locator("[data-testid='stChatInput'] textarea").fill(question)
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"document.querySelectorAll('[data-testid=stChatMessage]').length >= {2 * (answers_before + 1)}",
        timeout=90_000)
    # The answer is complete when Streamlit stops running the script.
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=90_000)


def test_board_member_asks_in_a_real_browser(built, server, tmp_path):
    assert CHROMIUM.exists(), f"chromium is required for this test and is missing at {CHROMIUM} (apt-get install chromium)"
    from playwright.sync_api import expect, sync_playwright

    from assistant.service import Assistant
    from assistant.settings import Settings

    corpus, index = built
    expected = Assistant(Settings(corpus_dir=corpus, index_dir=index)).ask(QUESTION)

    shot = tmp_path / "ui-screenshot.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(server)
            page.wait_for_selector("[data-testid='stChatInput'] textarea", timeout=120_000)
            ask(page, QUESTION, 0)
            answer = page.locator("[data-testid='stChatMessage']").nth(1)
            expect(answer.get_by_text("Shenstone").first).to_be_visible(timeout=90_000)
            expect(answer.get_by_text("Bourne Vale").first).to_be_visible()
            expect(answer.get_by_text("Sources", exact=True)).to_be_visible()
            expect(answer.get_by_text("Lichfield District Community Safety Partnership").first).to_be_visible()
            expect(answer.get_by_text("Open the full section").first).to_be_visible()
            chart = answer.locator("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg")
            assert expected.figures, "the engine gives figures for this question"
            expect(chart.first).to_be_visible(timeout=30_000)
            expect(answer.get_by_text("12.2 / 3.3").first).to_be_attached()
            expect(page.locator("[data-testid='stException']")).to_have_count(0)
            full_screenshot(page, shot)

            ask(page, FOLLOW_UP, 1)
            second = page.locator("[data-testid='stChatMessage']").nth(3)
            expect(second.get_by_text("Sources", exact=True)).to_be_visible(timeout=90_000)
            expect(page.locator("[data-testid='stChatMessage']")).to_have_count(4)
            full_screenshot(page, tmp_path / "ui-screenshot-followup.png")
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    REPORT_SHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(shot, REPORT_SHOT)
    shutil.copy2(tmp_path / "ui-screenshot-followup.png", REPORT_SHOT.with_name("ui-screenshot-followup.png"))
