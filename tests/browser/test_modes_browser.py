"""Practice, mock interview and progress in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import serve

pytestmark = pytest.mark.browser
SLUG = "ownership-fixed-outside-your-team"


def test_a_checked_section_highlights_the_words_the_findings_quote(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/questions/{SLUG}/practice")
    area = page.locator("#text-situation")
    expect(area).to_be_visible()
    expect(page.locator("#text-action")).to_be_hidden()
    timer = page.locator("#step-situation .timer")
    expect(timer).to_have_attribute("data-state", "idle")
    area.fill("")
    area.type("Our checkout failed for 4% of payments and it wasn't my team's service.")
    expect(timer).to_have_attribute("data-state", "running")
    expect(page.locator("#step-situation .word-count")).to_have_text("13")
    page.locator("#step-situation .next-button").click()
    expect(page.locator("#text-task")).to_be_visible()
    page.locator("#step-task .next-button").click()
    action = page.locator("#text-action")
    expect(action).to_be_visible()
    text = "I traced the failures to a retry loop with no backoff, and I wrote a fix with jittered backoff myself."
    action.fill(text)
    page.get_by_role("button", name="Check Action").click()
    marks = page.locator("#check-action blockquote.answer-text mark")
    expect(marks.first).to_be_visible()
    quotes = page.locator("#check-action .findings li")
    expect(quotes.first).to_be_visible()
    for index in range(marks.count()):
        assert marks.nth(index).inner_text() in text
    background = marks.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_timer_states_follow_the_target(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/questions/{SLUG}/practice")
    states = page.evaluate("[5, 25, 31].map(s => window.starcoachTimers.stateFor(s, 30))")
    assert states == ["running", "near", "over"]


def test_a_mock_interview_reaches_a_debrief(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/mock")
    page.locator("select[name=principle]").select_option("ownership")
    page.locator("select[name=level]").select_option("senior")
    page.get_by_role("button", name="Draw a question").click()
    expect(page.locator(".mock-question")).to_be_visible()
    page.locator("#answer").fill(
        "At my last job our nightly export failed for some customers. We looked into it and the team fixed it, "
        "and everyone was happy with the result."
    )
    page.get_by_role("button", name="Give my answer").click()
    for _ in range(3):
        expect(page.locator(".probe-question")).to_be_visible()
        page.locator("textarea").fill("I checked the job logs myself and failures stayed at zero for two weeks.")
        button = page.locator("form button[type=submit]")
        finishing = "debrief" in button.inner_text()
        button.click()
        if finishing:
            break
    expect(page.locator("#debrief .reasoning")).to_be_visible()
    expect(page.locator("h1 .verdict-level")).to_have_class("verdict-level strong_no_hire")


def test_attempts_survive_a_restart_and_show_on_progress(page: Page, tmp_path: Path) -> None:
    home = tmp_path / "home"
    with serve(home) as first:
        page.goto(f"{first}/questions/{SLUG}/practice")
        page.locator("#text-situation").fill("Our checkout timed out for 4% of payments.")
        page.locator("#step-situation .next-button").click()
        page.locator("#step-task .next-button").click()
        page.locator("#text-action").fill("I added jittered backoff to the retry client and load tested it.")
        page.get_by_role("button", name="Finish and judge the whole answer").click()
        expect(page.locator("#answer .judged")).to_be_visible()
        attempt_url = page.url
    with serve(home) as second:
        page.goto(f"{second}/progress")
        row = page.locator("#attempts tbody tr")
        expect(row).to_have_count(1)
        expect(page.locator("#score-chart")).to_have_attribute("data-drawn", "true")
        expect(page.locator(".principle-cell[data-slug=ownership]")).to_contain_text("1 attempt")
        row.locator("a").click()
        assert page.url.endswith(attempt_url.rsplit("/", 2)[-2] + "/" + attempt_url.rsplit("/", 1)[-1])
