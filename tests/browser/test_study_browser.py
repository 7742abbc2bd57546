"""Study mode in headless Chromium: what only a real browser shows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from starcoach.content import Library

pytestmark = pytest.mark.browser


def test_quiz_reveals_the_right_answer_and_explanation(
    page: Page, live_server: str, lib: Library, walkthrough_slug: str
) -> None:
    item = lib.walkthroughs[walkthrough_slug].quiz[0]
    wrong = next(i for i, c in enumerate(item.choices) if not c.correct)
    right_text = next(c.text for c in item.choices if c.correct)
    page.goto(f"{live_server}/questions/{walkthrough_slug}/study")
    form = page.locator("form.quiz-item").nth(0)
    form.locator("input[type=radio]").nth(wrong).check()
    form.get_by_role("button", name="Check").click()
    result = page.locator("#quiz-result-0 .quiz-result")
    expect(result).to_be_visible()
    expect(result).to_have_class("quiz-result wrong")
    expect(result.locator(".correct-choice")).to_have_text(right_text)
    expect(result.locator(".explanation")).to_have_text(item.explanation)
    assert page.url.endswith("/study"), "the answer is shown in place, without leaving the page"


def test_level_toggle_changes_the_reflection(page: Page, live_server: str, lib: Library, walkthrough_slug: str) -> None:
    reflections = lib.walkthroughs[walkthrough_slug].reflection.by_level
    page.goto(f"{live_server}/questions/{walkthrough_slug}/study?level=sde2")
    reflection = page.locator(".reflection-text")
    expect(reflection).to_have_text(" ".join(reflections["sde2"].text.split()))
    page.locator(".level-toggle a[data-level=senior]").click()
    expect(reflection).to_have_text(" ".join(reflections["senior"].text.split()))
    expect(page.locator(".level-toggle a[data-level=senior]")).to_have_attribute("aria-current", "true")


def test_a_key_phrase_is_visibly_highlighted(page: Page, live_server: str, lib: Library, walkthrough_slug: str) -> None:
    phrases = lib.walkthroughs[walkthrough_slug].sections.action.key_phrases
    page.goto(f"{live_server}/questions/{walkthrough_slug}/study")
    mark = page.locator("#section-action mark.key").first
    expect(mark).to_be_visible()
    assert mark.inner_text() in phrases
    background = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    body_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent", body_background)


def test_study_page_has_no_horizontal_scroll_on_a_phone(
    browser: Browser, live_server: str, walkthrough_slug: str
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    try:
        for url in ("/", f"/questions/{walkthrough_slug}/study"):
            phone.goto(live_server + url)
            overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 390px"
    finally:
        context.close()
