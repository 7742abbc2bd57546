"""Recording a section in Practice through Chromium's fake microphone, fed a synthesized answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, Playwright, expect

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.speech.conftest import SECTIONS, synthesize, trimmed_seconds

pytestmark = pytest.mark.browser
SLUG = "ownership-fixed-outside-your-team"


@pytest.fixture
def speaking_page(playwright: Playwright, tmp_path: Path) -> Iterator[Page]:
    """A page whose microphone plays a spoken Action section, with the permission already granted."""
    clip = synthesize(SECTIONS["action"], tmp_path / "action.wav")
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={clip}",
        "--autoplay-policy=no-user-gesture-required",
    ]
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
    context = browser.new_context(viewport={"width": 400, "height": 900})
    yield context.new_page()
    browser.close()


def test_a_recorded_section_is_transcribed_timed_and_judged(
    speaking_page: Page, live_server: str, tmp_path: Path
) -> None:
    page = speaking_page
    clip = tmp_path / "action.wav"
    page.goto(f"{live_server}/questions/{SLUG}/practice")
    page.locator("#step-situation .next-button").click()
    page.locator("#step-task .next-button").click()
    area = page.locator("#text-action")
    area.fill("my typed draft")
    record = page.locator("#step-action .record-button")
    record.click()
    expect(record).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#step-action .rec-time")).to_have_text("0:11", timeout=20_000)
    record.click()
    status = page.locator("#step-action .rec-status")
    expect(status).to_contain_text("Transcribed", timeout=30_000)
    transcript = area.input_value().lower()
    assert "my typed draft" not in transcript
    for word in ("logs", "failures", "load test"):
        assert word in transcript
    assert page.locator("#spoken-action").input_value().startswith("[")
    page.get_by_role("button", name="Check Action").click()
    delivery = page.locator("#check-action .delivery")
    expect(delivery).to_contain_text("words a minute")
    expect(page.locator("#check-action .verdict-line")).to_be_visible()
    wpm = float(delivery.get_attribute("data-wpm") or 0)
    known = len(SECTIONS["action"].split()) * 60 / trimmed_seconds(clip)
    assert wpm == pytest.approx(known, rel=0.25)
    assert page.locator("input[name=recording_action]").input_value()

    page.get_by_role("button", name="Finish and judge the whole answer").click()
    player = page.locator("#sections figure.playback audio")
    expect(player).to_have_count(1)
    source = player.get_attribute("src") or ""
    assert source.endswith("/recordings/action")
    played = page.request.get(f"{live_server}{source}")
    assert played.status == 200 and played.headers["content-type"].startswith("audio/")
    # The browser decodes what it recorded: the kept recording plays back.
    can_play = player.evaluate(
        """audio => new Promise(resolve => {
            audio.addEventListener("canplay", () => resolve(true), {once: true});
            audio.addEventListener("error", () => resolve(false), {once: true});
            audio.preload = "auto";
            audio.load();
        })"""
    )
    assert can_play is True


def test_unticking_keep_forgets_the_recording_the_page_holds(speaking_page: Page, live_server: str) -> None:
    page = speaking_page
    page.goto(f"{live_server}/questions/{SLUG}/mock")
    record = page.locator(".record-button")
    record.click()
    expect(page.locator(".rec-time")).to_have_text("0:03", timeout=20_000)
    record.click()
    expect(page.locator(".rec-status")).to_contain_text("Transcribed", timeout=30_000)
    token = page.locator("input[name=answer_recording]")
    assert token.input_value()

    page.get_by_label("Keep my recordings with this attempt").uncheck()

    assert token.input_value() == ""


def test_a_recorded_mock_answer_carries_its_real_time_to_the_follow_ups(speaking_page: Page, live_server: str) -> None:
    page = speaking_page
    page.goto(f"{live_server}/questions/{SLUG}/mock")
    record = page.locator(".record-button")
    record.click()
    expect(page.locator(".rec-time")).to_have_text("0:11", timeout=20_000)
    record.click()
    expect(page.locator(".rec-status")).to_contain_text("Transcribed", timeout=30_000)
    assert "load test" in page.locator("#answer").input_value().lower()
    seconds = float(page.locator("input[name=answer_seconds]").input_value())
    assert 8 <= seconds <= 12
    held = page.locator("input[name=answer_recording]").input_value()
    assert held
    page.get_by_role("button", name="Give my answer").click()
    expect(page.locator(".probe-question")).to_be_visible()
    expect(page.locator(".record-button")).to_be_visible()
    assert float(page.locator("input[name=answer_seconds]").input_value()) == seconds
    assert page.locator("input[name=answer_recording]").input_value() == held
    expect(page.get_by_label("Keep my recordings with this attempt")).to_be_checked()
