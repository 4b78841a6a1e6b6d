"""The HTML brief in headless Chromium (Debian's package, driven by Playwright).

Skipped with a reason when Chromium or Playwright is missing on a developer's
machine; failed when the CI environment variable is set, so CI cannot pass
without really opening the pages. Screenshots go to ``ci-artifacts/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import storyline
from storyline.brief import demo_paths
from storyline.report import render
from synthetic import make_brief

CHROMIUM = Path(os.environ.get("STORYLINE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "ci-artifacts"


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(f"no headless browser: {missing}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _open(browser, tmp_path: Path, name: str, html: str):
    """Load the page from file:// and record every request, console message and page error."""
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    seen = {"requests": [], "failed": [], "console": [], "errors": []}
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.on("requestfailed", lambda request: seen["failed"].append(f"{request.url} {request.failure}"))
    page.on("console", lambda message: seen["console"].append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, path.as_uri(), seen


def _screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    print(f"screenshot: {target}")
    return target


def _assert_clean_load(page, url: str, seen: dict) -> None:
    assert seen["requests"] == [url], "the page must not fetch anything but itself"
    assert seen["errors"] == []
    assert [m for m in seen["console"] if m.startswith(("error", "warning"))] == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 1  # the page's own
    assert page.locator("img, iframe, object, embed, style + style").count() == 0
    assert page.evaluate("""() => [...document.querySelectorAll('*')].filter(el =>
        [...el.attributes].some(a => a.name.startsWith('on'))).length""") == 0
    assert page.locator("a[href^='javascript' i]").count() == 0


def _assert_citation_highlights(page) -> None:
    button = page.locator("#summary button.cite").first
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert page.locator("#summary .pop:not([hidden])").count() == 1
    cited = page.locator(".m.lit")
    assert cited.count() >= 1
    assert cited.first.is_visible()  # its article was unfolded
    page.keyboard.press("Escape")
    assert page.locator(".lit").count() == 0


def test_demo_brief_renders_cleanly(browser, tmp_path):
    brief = storyline.brief(demo_paths())
    page, url, seen = _open(browser, tmp_path, "demo", render(brief, "html"))
    _assert_clean_load(page, url, seen)
    assert page.locator("h1").inner_text() == brief.story.title
    assert page.locator("details.article").count() == len(brief.articles)
    # Sections appear exactly when the brief has them (the stages land separately).
    assert page.locator("#summary .summary").count() == (1 if brief.summary else 0)
    assert page.locator("svg.graph").count() == (1 if brief.provenance else 0)
    assert page.locator("svg.timeline").count() == (1 if any(e.date for e in brief.timeline) else 0)
    if brief.summary:
        _assert_citation_highlights(page)
    _screenshot(page, "brief-demo")
    page.close()


def test_full_brief_has_every_picture_and_citations_work(browser, tmp_path):
    page, url, seen = _open(browser, tmp_path, "full", render(make_brief(), "html"))
    _assert_clean_load(page, url, seen)
    assert page.locator("#summary .summary .sum-s").count() == 2
    assert page.locator("svg.graph .g-node").count() == 3  # the copy folds into its origin
    assert page.locator("svg.graph .g-origin").count() == 2
    assert "two independent origins" in page.locator("#sources .origins").inner_text()
    assert page.locator("svg.timeline .t-dot").count() == 3
    assert page.locator("#conflicts .conflict").count() == 2
    assert page.locator("details.audit").first.get_attribute("open") is None  # folded by default
    _screenshot(page, "brief-full")
    page.locator("#summary button.cite").nth(1).hover()  # hovering previews the support
    assert page.locator(".sum-s.lit").inner_text().startswith("Outlets disagree")
    assert page.locator(".m.lit").count() == 2
    page.mouse.move(0, 0)
    assert page.locator(".lit").count() == 0
    _assert_citation_highlights(page)
    page.locator("#summary button.cite").first.click()
    _screenshot(page, "brief-full-citation")
    page.close()


def test_hostile_article_text_runs_nothing(browser, tmp_path):
    page, url, seen = _open(browser, tmp_path, "hostile", render(make_brief(hostile=True), "html"))
    _assert_clean_load(page, url, seen)
    page.locator("details.article").first.locator("summary").click()
    text = page.locator("body").inner_text()
    assert '<script>window.__pwned = "script";</script>' in text
    assert "</style><style>body{display:none}</style>" in text
    assert page.locator("main").is_visible()
    _assert_citation_highlights(page)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _screenshot(page, "brief-hostile")
    page.close()


def test_content_security_policy_stops_injected_markup(browser, tmp_path):
    """Defence in depth: were escaping ever broken, the CSP would still block script and fetches."""
    html = render(make_brief(), "html")
    injected = html.replace("<main>", '<main><script>window.__pwned = 1;</script>'
                            '<img src="http://127.0.0.1:9/x.png"><p id="probe" onclick="window.__pwned = 2">x</p>', 1)
    page, url, seen = _open(browser, tmp_path, "injected", injected)
    page.locator("#probe").click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert seen["requests"] == [url, "http://127.0.0.1:9/x.png"]
    assert seen["failed"] == ["http://127.0.0.1:9/x.png csp"]  # never left the browser
    assert any("Content Security Policy" in message for message in seen["console"])
    _assert_citation_highlights(page)  # the page's own script, allowed by its hash, still runs
    page.close()
