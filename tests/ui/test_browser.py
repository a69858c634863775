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
from urllib.parse import urlparse
from pathlib import Path

import pytest
from playwright.sync_api import expect

WAIT_MS = 180_000  # generous: a loaded 2-core machine; every wait is for a condition, never a fixed sleep
expect.set_options(timeout=WAIT_MS)  # also for any expectation written without its own timeout

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CSA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
QUESTION = "which wards in Lichfield have high car key burglary"
FOLLOW_UP = "and in Tamworth?"
REPORT_SHOT = ROOT / "reports" / "ui-screenshot.png"
SHOTS = Path(os.environ.get("CSA_SCREENSHOT_DIR", "/tmp"))
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def open_page(p):
    """Chromium and a page whose every action, navigation and expectation waits up to WAIT_MS for its condition.

    Playwright's defaults (30 s for launch, actions and navigation; 5 s for `expect`) are too short for a
    loaded machine; here nothing waits a fixed time, and every wait may take as long as the slowest run needs.
    """
    browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=WAIT_MS)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(WAIT_MS)
    page.set_default_navigation_timeout(WAIT_MS)
    return browser, page


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = WAIT_MS / 1000) -> None:
    """Poll until the server answers 200 (or has exited): a wait on that condition, bounded by a generous deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"`csa ui` exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                if r.status == 200:
                    return
        except OSError:
            pass  # not listening yet
        time.sleep(0.25)  # the polling interval, not a wait for anything
    pytest.fail(f"`csa ui` did not answer on {url} within {timeout:.0f} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def server(built, tmp_path_factory):
    """`csa ui` serving the session's corpus and index on a free port; stopped (with Streamlit) afterwards."""
    corpus, index = built
    port = free_port()
    tmp_path = tmp_path_factory.mktemp("csa-ui")
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


def visible_text(page, limit: int = 4000) -> str:
    """What a reader sees on the page now (for a failure message)."""
    try:
        text = page.inner_text("body", timeout=5_000)
    except Exception as exc:  # the page itself is gone
        return f"(the page text could not be read: {exc})"
    text = "\n".join(line for line in text.splitlines() if line.strip())
    return text if len(text) <= limit else text[:limit] + "\n…"


def until(page, what: str, check, timeout: int = WAIT_MS) -> None:
    """Run a Playwright wait or expectation; on a timeout fail with what was awaited and the page's visible text."""
    try:
        check()
    except (AssertionError, Exception) as exc:  # playwright's TimeoutError, or expect's AssertionError
        if exc.__class__.__name__ not in ("TimeoutError", "AssertionError", "Error"):
            raise
        pytest.fail(f"waited for {what}, in vain ({exc.__class__.__name__}: {str(exc).splitlines()[0]}).\n"
                    f"The page showed:\n{visible_text(page)}", pytrace=False)


def settled(page) -> None:
    """Two animation frames after the last layout change: the page has painted what it holds."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def full_screenshot(page, path: Path) -> None:
    """The whole conversation: Streamlit scrolls inside its own container, so grow the viewport to fit it."""
    height = page.evaluate("Math.max(...[...document.querySelectorAll('*')].map(e => e.scrollHeight))")
    page.set_viewport_size({"width": 1400, "height": min(int(height) + 120, 16000)})
    settled(page)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1400, "height": 1000})
    settled(page)


def idle(page) -> None:
    """Wait until Streamlit has finished running the script (its status widget is gone)."""
    until(page, "the app to finish running", lambda: page.wait_for_selector(
        "[data-testid='stStatusWidget']", state="detached", timeout=WAIT_MS))


def ask(page, question: str, answers_before: int):
    """Ask; wait until the new answer is complete (its download button, the last thing drawn, is there)."""
    box = page.locator("[data-testid='stChatInput'] textarea")
    until(page, "the question box", lambda: expect(box).to_be_editable(timeout=WAIT_MS))
    box.fill(question)
    page.keyboard.press("Enter")
    answer = page.locator("[data-testid='stChatMessage']").nth(2 * answers_before + 1)
    until(page, f"the answer to {question!r}", lambda: expect(
        answer.get_by_text("Download answer with sources (Markdown)")).to_be_attached(timeout=WAIT_MS))
    idle(page)
    return answer


def answer_top_in_view(page, answer) -> None:
    """The start of the answer is on screen (not the bottom of its last source)."""
    def check():
        page.wait_for_function(
            "el => { const r = el.getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight * 0.5; }",
            arg=answer.element_handle(), timeout=WAIT_MS)
    until(page, "the start of the answer to be in view", check)


def assert_offline(urls: list[str]) -> None:
    off = sorted({u for u in urls if urlparse(u).scheme in ("http", "https", "ws", "wss")
                  and urlparse(u).hostname not in LOCAL_HOSTS})
    assert not off, f"the page requested resources off the machine: {off}"


def test_board_member_asks_in_a_real_browser(built, server, tmp_path):
    assert CHROMIUM.exists(), f"chromium is required for this test and is missing at {CHROMIUM} (apt-get install chromium)"
    from playwright.sync_api import sync_playwright

    from assistant.service import Assistant
    from assistant.settings import Settings

    corpus, index = built
    expected = Assistant(Settings(corpus_dir=corpus, index_dir=index)).ask(QUESTION)
    assert expected.figures, "the engine gives figures for this question"

    shot = tmp_path / "ui-screenshot.png"
    urls: list[str] = []
    with sync_playwright() as p:
        browser, page = open_page(p)
        try:
            page.on("request", lambda r: urls.append(r.url))
            page.goto(server)
            answer = ask(page, QUESTION, 0)
            for text in ("Shenstone", "Bourne Vale", "Lichfield District Community Safety Partnership",
                         "Open the full section"):
                until(page, repr(text), lambda t=text: expect(answer.get_by_text(t).first).to_be_visible(timeout=WAIT_MS))
            until(page, "'Sources'", lambda: expect(answer.get_by_text("Sources", exact=True)).to_be_visible(timeout=WAIT_MS))
            chart = answer.locator("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg")
            until(page, "the chart", lambda: expect(chart.first).to_be_visible(timeout=WAIT_MS))
            until(page, "the formula 12.2 / 3.3", lambda: expect(answer.get_by_text("12.2 / 3.3").first).to_be_attached(timeout=WAIT_MS))
            assert page.locator("[data-testid='stException']").count() == 0, visible_text(page)
            answer_top_in_view(page, answer)
            settled(page)
            page.screenshot(path=str(SHOTS / "csa-chat-first-screen.png"))
            # a table-row citation: its table's header row is shown above the cited row
            row_source = answer.locator("[class*='-source-2']")
            until(page, "the table-row citation", lambda: expect(row_source.first).to_be_visible(timeout=WAIT_MS))
            until(page, "the table title", lambda: expect(row_source.first.get_by_text("Table:")).to_be_visible(timeout=WAIT_MS))
            row_source.first.scroll_into_view_if_needed()
            settled(page)
            row_source.first.screenshot(path=str(SHOTS / "csa-table-row-citation.png"))
            full_screenshot(page, shot)

            answer2 = ask(page, FOLLOW_UP, 1)
            until(page, "'Sources' in the follow-up", lambda: expect(
                answer2.get_by_text("Sources", exact=True)).to_be_visible(timeout=WAIT_MS))
            until(page, "four messages", lambda: expect(page.locator("[data-testid='stChatMessage']")).to_have_count(4, timeout=WAIT_MS))
            full_screenshot(page, tmp_path / "ui-screenshot-followup.png")
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    assert_offline(urls)
    REPORT_SHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(shot, REPORT_SHOT)
    shutil.copy2(tmp_path / "ui-screenshot-followup.png", REPORT_SHOT.with_name("ui-screenshot-followup.png"))


def test_filter_warning_and_comparison_page_in_a_real_browser(server):
    assert CHROMIUM.exists(), f"chromium is required for this test and is missing at {CHROMIUM}"
    from playwright.sync_api import sync_playwright

    urls: list[str] = []
    with sync_playwright() as p:
        browser, page = open_page(p)
        try:
            page.on("request", lambda r: urls.append(r.url))
            page.goto(server)
            sidebar = page.locator("[data-testid='stSidebar']")
            pick = sidebar.locator("[data-testid='stMultiSelect']").first
            until(page, "the partnership filter", lambda: expect(pick).to_be_visible(timeout=WAIT_MS))
            pick.click()
            option = page.get_by_role("option", name="Tamworth")
            until(page, "the Tamworth option", lambda: expect(option).to_be_visible(timeout=WAIT_MS))
            option.click()
            page.keyboard.press("Escape")
            idle(page)
            answer = ask(page, "What is the domestic abuse rate in Lichfield?", 0)
            warning = answer.locator("[data-testid='stAlert']").filter(has_text="partnership filter")
            until(page, "the filter warning", lambda: expect(warning.first).to_be_visible(timeout=WAIT_MS))
            button = answer.get_by_role("button", name="Search Lichfield instead (clear the partnership filter)")
            until(page, "the search-it button", lambda: expect(button).to_be_visible(timeout=WAIT_MS))
            answer_top_in_view(page, answer)
            settled(page)
            page.screenshot(path=str(SHOTS / "csa-filter-warning.png"))

            page.goto(server.rstrip("/") + "/compare")
            until(page, "the comparison page", lambda: expect(
                page.get_by_text("Compare partnerships and years")).to_be_visible(timeout=WAIT_MS))
            idle(page)
            until(page, "the comparison table", lambda: expect(
                page.locator("[data-testid='stDataFrame']").first).to_be_visible(timeout=WAIT_MS))
            chart = page.locator("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg")
            until(page, "the comparison chart", lambda: expect(chart.first).to_be_visible(timeout=WAIT_MS))
            until(page, "the CSV download", lambda: expect(
                page.get_by_text("Download this comparison (CSV)")).to_be_visible(timeout=WAIT_MS))
            assert page.locator("[data-testid='stException']").count() == 0, visible_text(page)
            settled(page)
            full_screenshot(page, SHOTS / "csa-comparison-page.png")
        finally:
            browser.close()
    assert_offline(urls)
