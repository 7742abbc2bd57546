"""The story bank in headless Chromium: add a story, see its coverage fill, export everything."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_add_a_story_see_coverage_fill_and_export(page: Page, live_server: str, tmp_path: Path) -> None:
    page.goto(f"{live_server}/stories")
    page.get_by_role("button", name="Add a story").click()
    page.fill("input[name=title]", "The warehouse bill")
    page.fill(
        "textarea[name=situation]",
        "Our data warehouse bill was growing 8% a month against a budget that could not grow.",
    )
    page.fill(
        "textarea[name=action]",
        "I found 640 unused tables and nightly full rebuilds, switched to incremental loads, and removed the "
        "tables after a grace period I announced myself.",
    )
    page.fill("textarea[name=result]", "The bill fell from $61k to $36k a month, which I checked on the invoices.")
    page.get_by_role("button", name="Save the story").click()
    best = page.locator("#fits > ol > li").first
    expect(best).to_be_visible()
    principle = best.get_attribute("data-principle")
    story_id = page.url.rstrip("/").rsplit("/", 1)[1]
    page.goto(f"{live_server}/stories/coverage")
    cell = page.locator(f"tr[data-story='{story_id}'] td[data-principle='{principle}']")
    expect(cell).to_have_class(re.compile(r"cell (strong|partial)"))
    background = cell.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.goto(f"{live_server}/settings")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download the export").click()
    target = tmp_path / "export.json"
    download_info.value.save_as(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "starcoach-export"
    assert "The warehouse bill" in [story["title"] for story in document["stories"]]
