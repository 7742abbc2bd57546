"""Coverage: the matrix of stories by principles, its bands, and the principles no story serves."""

from __future__ import annotations

from starcoach.content import Library
from starcoach.stories.coverage import PARTIAL_FIT, STRONG_FIT, SUGGESTIONS, band, coverage
from starcoach.stories.model import StoryIn


def test_every_principle_has_a_suggestion(lib: Library) -> None:
    assert set(SUGGESTIONS) == set(lib.principles)
    assert all(len(line) <= 120 for line in SUGGESTIONS.values())


def test_bands() -> None:
    assert (band(STRONG_FIT), band(STRONG_FIT - 1), band(PARTIAL_FIT), band(PARTIAL_FIT - 1)) == (
        "strong",
        "partial",
        "partial",
        "none",
    )


def test_a_principle_with_no_story_is_called_out(lib: Library, labeled: list[tuple[str, StoryIn, set[str]]]) -> None:
    frugal = next(story for story_id, story, _ in labeled if story_id == "cloud-bill-analytics")
    result = coverage(lib, [frugal])
    gaps = {gap.slug: gap for gap in result.gaps}
    assert "frugality" not in gaps
    assert gaps["hire-and-develop-the-best"].band == "none"
    assert gaps["hire-and-develop-the-best"].best_story is None
    assert gaps["hire-and-develop-the-best"].suggestion == SUGGESTIONS["hire-and-develop-the-best"]
    assert [gap.best_fit for gap in result.gaps] == sorted(gap.best_fit for gap in result.gaps)


def test_matrix_shape_and_json(lib: Library, labeled: list[tuple[str, StoryIn, set[str]]]) -> None:
    stories = [story for _, story, _ in labeled[:6]]
    result = coverage(lib, stories)
    assert len(result.rows) == 6 and result.principles == list(lib.principles)
    assert all([cell.principle for cell in row.cells] == result.principles for row in result.rows)
    assert all(cell.band == band(cell.fit) for row in result.rows for cell in row.cells)
    assert result.model_dump(mode="json")["rows"][0]["title"] == stories[0].title
    strong = {p.slug for p in result.by_principle if p.band == "strong"}
    assert strong and not strong & {gap.slug for gap in result.gaps}


def test_an_empty_bank_calls_out_every_principle(lib: Library) -> None:
    result = coverage(lib, [])
    assert len(result.gaps) == 16 and all(gap.best_story is None for gap in result.gaps)
