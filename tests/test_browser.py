"""A real browser: Playwright drives Debian's Chromium against the running dashboard."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import ROOT, free_port, streamlit_options

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def _serving(command: list[str], cwd: Path, environment: dict[str, str]) -> Iterator[str]:
    """The dashboard started by `command` (streamlit's options added), until the block ends."""
    port = free_port()
    # The server's messages go to a file, never to a pipe nobody reads: a full pipe blocks
    # the server's next write, and with it every page it serves.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [*command, *streamlit_options(port)],
            cwd=cwd,
            env={**os.environ, **environment},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"streamlit did not start: {log.read()!r}")
                time.sleep(0.5)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:  # a server slow to stop on a loaded machine
                process.kill()
                process.wait(timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # The readers' date choices go to a file of this test's own, never ~/.cache.
    choices = tmp_path_factory.mktemp("choices") / "choices.json"
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py")]
    with _serving(command, ROOT, {"TIMELINE_CHOICES": str(choices)}) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(
            "Debian's chromium is not installed: `make test` installs it (apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


#: How long a page may take to answer a navigation: the server runs one script at a time, and
#: on a machine whose cores are busy a view's first run (threads, conflicts) holds it longer
#: than playwright's 30 s default.
NAVIGATION_TIMEOUT = 120_000


def _new_page(browser: object, **options: Any) -> Page:
    """A page of `browser` that waits up to `NAVIGATION_TIMEOUT` for a navigation."""
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    page = browser.new_page(**options)
    page.set_default_navigation_timeout(NAVIGATION_TIMEOUT)
    return page


def _settled(page: Page) -> None:
    """Wait for the script run to end: a button clicked mid-run is replaced under the click."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=60_000)


def _click_until_shown(page: Page, target: Locator, shown: Locator) -> None:
    """Click `target` until `shown` appears (three tries): a rerun that redraws the chart
    under the click swallows it, as it may swallow a button's."""
    from playwright.sync_api import expect

    for attempt in range(3):
        _settled(page)
        target.first.click(force=True)
        try:
            expect(shown).to_be_visible(timeout=20_000)
            return
        except AssertionError:
            if attempt == 2:
                raise


def _download(page: Page, label: str) -> Path:
    """The file a download button serves (one retry: a rerun may swallow the first click)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(2):
        _settled(page)
        try:
            with page.expect_download(timeout=20_000) as download_info:
                page.get_by_role("button", name=label).click()
            return Path(download_info.value.path())
        except PlaywrightTimeout:
            if attempt:
                raise
            page.reload(wait_until="domcontentloaded")  # the URL keeps the filters
    raise AssertionError("unreachable")


def test_dashboard_filters_by_actor_and_downloads_the_csv(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    SCREENSHOTS.mkdir(exist_ok=True)
    # Tall enough that a screenshot holds the chart, the table and the downloads (Streamlit
    # scrolls inside its own container, so a full-page screenshot is only the viewport).
    context = browser.new_context(viewport={"width": 1400, "height": 2000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_navigation_timeout(NAVIGATION_TIMEOUT)
    page.goto(server, wait_until="domcontentloaded")
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=90_000)
    expect(page.get_by_text("Antony Blinken").first).to_be_visible(timeout=30_000)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"))

    # Filter by actor through the sidebar, as a person would.
    actors = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    actors.click()
    page.keyboard.type("Lloyd Austin")
    page.get_by_role("option", name="Lloyd Austin").first.click()
    page.keyboard.press("Escape")
    expect(page.get_by_text("with Lloyd Austin")).to_be_visible(timeout=30_000)
    assert "actor=Lloyd+Austin" in page.url
    page.screenshot(path=str(SCREENSHOTS / "filtered-austin.png"))

    path = _download(page, "Download CSV")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows
    assert all("Lloyd Austin" in row["actors"].split("; ") for row in rows)
    assert "2023-10-22" in {row["date_start"] for row in rows}
    context.close()


def test_selecting_an_event_in_the_chart_shows_its_source(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = _new_page(browser, viewport={"width": 1400, "height": 2000})
    page.goto(f"{server}/?actor=Antony+Blinken", wait_until="domcontentloaded")
    points = page.locator(".js-plotly-plot .scatterlayer .point")
    expect(points.first).to_be_visible(timeout=90_000)
    _click_until_shown(page, points, page.get_by_role("heading", name="Source"))
    expect(page.locator("mark.timeline-actor").first).to_be_visible()
    page.screenshot(path=str(SCREENSHOTS / "source.png"))

    page.get_by_text("actor type", exact=True).click()
    expect(page.locator(".js-plotly-plot .legendtext", has_text="person").first).to_be_visible(
        timeout=30_000
    )
    page.get_by_text("and their publication dates").click()
    editor = page.locator('[data-testid="stExpander"] [data-testid="stDataFrame"]').first
    expect(editor).to_be_visible(timeout=30_000)
    _settled(page)
    page.screenshot(path=str(SCREENSHOTS / "actor-types-and-dates.png"))
    page.close()


def test_a_shared_link_restores_the_view(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    # A reader whose system is dark gets the dark theme of .streamlit/config.toml.
    page = _new_page(browser, viewport={"width": 1400, "height": 1400}, color_scheme="dark")
    page.goto(f"{server}/?actor=Antony+Blinken&q=Sunday", wait_until="domcontentloaded")
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=90_000)
    expect(page.get_by_text("with Antony Blinken")).to_be_visible(timeout=30_000)
    page.get_by_text("Events per month", exact=True).click()
    expect(page.locator(".js-plotly-plot .ytitle").first).to_have_text("events", timeout=30_000)
    background = page.evaluate("getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    assert background == "rgb(14, 17, 23)"  # theme.dark.backgroundColor
    page.screenshot(path=str(SCREENSHOTS / "shared-link-counts-dark.png"))
    page.close()


def test_hostile_article_text_reads_right_and_runs_nothing(server: str, browser: object) -> None:
    """Pasted text with markup, a script and apostrophes: in the event's source the reader sees
    the characters as written (no "&#x27;"), and nothing in it runs."""
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = _new_page(browser, viewport={"width": 1400, "height": 2000})
    page.goto(server, wait_until="domcontentloaded")
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=90_000)
    sidebar = page.get_by_test_id("stSidebarUserContent")
    sidebar.locator('[data-testid="stExpander"] summary', has_text="Articles").first.click()
    page.get_by_text("Sample articles (data/)").click()
    _settled(page)
    pasted = (
        "Dockers' strike & talks\n\n"
        "Transport minister Maria Keller's team met the dockers' union on Monday, October "
        '23rd, 2023. <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> '
        '[link](javascript:window.__pwned=3) Keller said it\'s "a start".'
    )
    area = page.get_by_label("…or paste an article")
    area.fill(pasted)
    area.press("Control+Enter")
    points = page.locator(".js-plotly-plot .scatterlayer .point")
    expect(points.first).to_be_visible(timeout=60_000)
    source = page.locator(".timeline-source")
    _click_until_shown(page, points, source)
    text = source.inner_text()
    assert "Maria Keller's team met the dockers' union" in text
    assert 'Keller said it\'s "a start".' in text
    assert '<img src=x onerror="window.__pwned=1">' in text  # shown as text, not made an image
    assert "&#" not in text and "&amp;" not in text
    assert source.locator("img, script, a").count() == 0
    assert page.evaluate("window.__pwned") is None
    page.close()


def test_network_click_filters_the_timeline_to_that_actor(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    SCREENSHOTS.mkdir(exist_ok=True)
    page = _new_page(browser, viewport={"width": 1400, "height": 1100})
    page.goto(f"{server}/?view=network", wait_until="commit")
    nodes = page.locator(".js-plotly-plot .scatterlayer .point")
    expect(nodes.first).to_be_visible(timeout=90_000)
    labels = page.locator(".js-plotly-plot .scatterlayer .textpoint")
    expect(labels.filter(has_text="Antony Blinken")).to_have_count(1, timeout=30_000)
    _settled(page)
    page.screenshot(path=str(SCREENSHOTS / "network.png"))
    # The network follows the date range: March 2026 is the Veldhaven story only.
    page.goto(f"{server}/?view=network&start=2026-03-01&end=2026-03-31", wait_until="commit")
    expect(labels.filter(has_text="Marta Lindqvist")).to_have_count(1, timeout=90_000)
    named = set(labels.all_text_contents())
    assert {"Marta Lindqvist", "Tomas Brenner", "Erik Halvorsen"} <= named
    assert "Antony Blinken" not in named  # October 2023: outside the date range
    _settled(page)
    nodes.first.click(force=True)
    expect(page.get_by_text("events from 13 articles, with ")).to_be_visible(timeout=30_000)
    assert "actor=" in page.url and "view=" not in page.url
    page.close()


def test_actor_page_from_a_link_gives_its_link_to_share(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = _new_page(browser, viewport={"width": 1400, "height": 1500})
    page.goto(f"{server}/?view=actor&name=Marta+Lindqvist", wait_until="commit")
    expect(page.get_by_role("heading", name="Marta Lindqvist")).to_be_visible(timeout=90_000)
    link = page.locator('[data-testid="stCode"]').first
    expect(link).to_contain_text(f"{server}/?view=actor&name=Marta+Lindqvist", timeout=30_000)
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=30_000)
    _settled(page)
    page.screenshot(path=str(SCREENSHOTS / "actor.png"))
    page.close()


def test_threads_lanes_open_into_a_thread(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = _new_page(browser, viewport={"width": 1400, "height": 1100})
    page.goto(f"{server}/?view=threads", wait_until="commit")
    lane = page.locator(".js-plotly-plot .yaxislayer-above .ytick text").first
    expect(lane).to_contain_text("Marta Lindqvist", timeout=90_000)
    expect(lane).to_contain_text("March 2026")
    _settled(page)
    page.screenshot(path=str(SCREENSHOTS / "threads.png"))
    page.locator(".js-plotly-plot .scatterlayer .point").first.click(force=True)
    expect(page.get_by_role("heading", name="Thread 1:")).to_be_visible(timeout=30_000)
    assert "thread=1" in page.url
    page.close()


def test_conflicts_list_both_dates_and_keep_the_chosen_one(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = _new_page(browser, viewport={"width": 1400, "height": 1100})
    page.goto(f"{server}/?view=conflicts", wait_until="commit")
    radio = page.locator('[data-testid="stRadio"]').first
    expect(radio).to_contain_text("Saturday 7 March 2026", timeout=90_000)
    expect(radio).to_contain_text("Sunday 8 March 2026")
    _settled(page)
    radio.get_by_text("Saturday 7 March 2026", exact=False).click()
    forget = page.get_by_role("button", name="Show every reported date again")
    expect(forget).to_be_visible(timeout=30_000)
    _settled(page)
    page.screenshot(path=str(SCREENSHOTS / "conflicts.png"))
    page.get_by_text("Timeline", exact=True).first.click()
    page.get_by_text("Conflicting dates only").click()
    expect(page.get_by_text("1 of ")).to_be_visible(timeout=30_000)  # one event, its date kept
    assert "conflicts=1" in page.url
    forget_page = f"{server}/?view=conflicts"
    page.goto(forget_page, wait_until="commit")
    expect(forget).to_be_visible(timeout=60_000)
    _settled(page)
    forget.click()
    expect(forget).to_be_hidden(timeout=30_000)
    page.close()


#: An article whose title a spreadsheet would run as a formula.
FORMULA_ARTICLE = (
    '=HYPERLINK("http://evil.example") Dockers strike\n\n'
    "Transport minister Maria Keller met the dockers' union on Monday, October 23rd, 2023. "
    "The union said the strike would go on."
)


def test_a_store_made_by_ingest_filters_and_downloads_its_rows(
    tmp_path: Path, browser: object
) -> None:
    """`timeline ingest` makes timeline.duckdb; `timeline app` in that folder opens it (no
    --store), queries it a page at a time; a text search narrows what is shown and the CSV
    download holds the filtered rows, formula cells made inert."""
    from playwright.sync_api import Browser, expect

    from timeline.cli import main

    assert isinstance(browser, Browser)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "dockers.txt").write_text(FORMULA_ARTICLE, encoding="utf-8")
    (articles / "blinken.txt").write_bytes((ROOT / "data" / "blinken-iraq-2023.txt").read_bytes())
    store = tmp_path / "timeline.duckdb"
    assert main(["ingest", str(articles), "--store", str(store), "--workers", "1", "-q"]) == 0
    environment = {
        "TIMELINE_IN_MEMORY_EVENTS": "0",  # asked a page at a time, as a big store is
        "TIMELINE_CHOICES": str(tmp_path / "choices.json"),
    }
    command = [sys.executable, "-m", "timeline", "app"]
    with _serving(command, tmp_path, environment) as url:
        page = _new_page(browser, viewport={"width": 1400, "height": 1600}, accept_downloads=True)
        page.goto(url, wait_until="domcontentloaded")
        expect(page.get_by_text("(read-only)")).to_be_visible(timeout=60_000)  # the store
        whole = page.get_by_text(re.compile(r"^(\d+) of \1 events from 2 articles$"))
        expect(whole).to_be_visible(timeout=30_000)
        stored = int(whole.inner_text().split()[0])

        search = page.get_by_label("Search the sentences")
        search.fill("dockers")
        search.press("Enter")
        expect(page).to_have_url(re.compile(r"q=dockers"), timeout=30_000)
        narrowed = page.get_by_text(
            re.compile(rf"^(?!{stored} )\d+ of {stored} events from 2 articles$")
        )
        expect(narrowed).to_be_visible(timeout=30_000)
        found = int(narrowed.inner_text().split()[0])
        assert 0 < found < stored
        _settled(page)
        page.screenshot(path=str(SCREENSHOTS / "store-search.png"))

        rows = list(csv.DictReader(io.StringIO(_download(page, "Download CSV").read_text())))
        assert len(rows) == found
        assert all(row["doc_id"] == "dockers" for row in rows)
        assert all(row["title"].startswith("'=HYPERLINK(") for row in rows)  # inert
        page.close()
