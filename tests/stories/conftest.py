"""The labeled story set, loaded once for every story test."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from starcoach.stories.model import StoryIn

LABELED = Path(__file__).parent / "labeled_stories.yaml"


@pytest.fixture(scope="session")
def labeled() -> list[tuple[str, StoryIn, set[str]]]:
    """Every labeled story: its id, the story, and the principles it obviously serves."""
    data = yaml.safe_load(LABELED.read_text(encoding="utf-8"))
    return [(item["id"], StoryIn(**item["story"]), set(item["labels"])) for item in data["stories"]]
