"""Coverage of the story bank: every story against the 16 principles, and the principles no good story serves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel

from starcoach.content import Library
from starcoach.stories.fit import principle_fits
from starcoach.stories.model import StoryIn

# A story that fits this well serves the principle as it is told (the labeled set's own principles sit around here).
STRONG_FIT = 55
# Above this a story can serve the principle with a pivot; below it, unrelated principles sit (their 90th percentile).
PARTIAL_FIT = 35

Band = Literal["strong", "partial", "none"]

# The kind of story that would fill each principle, in one line: what to look for in your own past work.
SUGGESTIONS: dict[str, str] = {
    "customer-obsession": "A time you went to the customers, found what hurt them, and changed your plans for it.",
    "ownership": "A problem outside your remit that nobody owned, which you took on unasked and saw to the end.",
    "invent-and-simplify": "A process or system you made simpler: steps removed, parts merged, a manual job automated.",
    "are-right-a-lot": "A judgement call on incomplete data: how you tested your view, and whether it held up.",
    "learn-and-be-curious": "Something you learned from scratch to solve a problem, and what you did with it after.",
    "hire-and-develop-the-best": "Someone you mentored who grew because of it, or a hiring process you improved.",
    "insist-on-the-highest-standards": "Holding the bar: refused to ship, added a quality gate, ended a bug class.",
    "think-big": "A one-off request you turned into a platform or plan that served many teams or customers.",
    "bias-for-action": "A time-critical call you made without waiting for certainty, because it could be undone.",
    "frugality": "A time you delivered with less: a cost you cut, a tool you didn't buy, what you already had reused.",
    "earn-trust": "A mistake you owned openly, or a strained relationship you rebuilt by keeping small promises.",
    "dive-deep": "A number or symptom that did not add up, and how you dug through data or logs to its root cause.",
    "have-backbone-disagree-and-commit": "A decision you argued against with data, then fully committed to once made.",
    "deliver-results": "A fixed deadline at risk: the scope you cut or the blocker you cleared, and what you shipped.",
    "strive-to-be-earths-best-employer": "A change that made work better for your team: on-call, inclusion, burnout.",
    "success-and-scale-bring-broad-responsibility": "A time you protected people beyond your users: privacy, safety.",
}


class CoverageCell(BaseModel):
    """How well one story fits one principle."""

    principle: str
    fit: int
    band: Band


class CoverageRow(BaseModel):
    """One story of the bank against every principle, in the library's order."""

    story_id: int | None
    title: str
    best: str
    cells: list[CoverageCell]


class PrincipleCoverage(BaseModel):
    """One principle across the bank: its best story, how well it is served, and what would fill it."""

    slug: str
    name: str
    band: Band
    best_fit: int
    best_story: str | None
    best_story_id: int | None
    strong_stories: int
    suggestion: str


class Coverage(BaseModel):
    """The matrix of stories by principles, and the principles with no good story called out."""

    principles: list[str]
    rows: list[CoverageRow]
    by_principle: list[PrincipleCoverage]
    gaps: list[PrincipleCoverage]
    strong_fit: int = STRONG_FIT
    partial_fit: int = PARTIAL_FIT


def band(fit: int) -> Band:
    """Return the strength band of a fit."""
    return "strong" if fit >= STRONG_FIT else "partial" if fit >= PARTIAL_FIT else "none"


def coverage(library: Library, stories: Sequence[StoryIn], level: str | None = None) -> Coverage:
    """Fit every story to every principle and call out the principles that no story serves strongly."""
    slugs = list(library.principles)
    rows = []
    for story in stories:
        fits = principle_fits(library, story, level)
        fit_of = {f.slug: f.fit for f in fits}
        cells = [CoverageCell(principle=slug, fit=fit_of[slug], band=band(fit_of[slug])) for slug in slugs]
        rows.append(CoverageRow(story_id=getattr(story, "id", None), title=story.title, best=fits[0].slug, cells=cells))
    by_principle = []
    for index, slug in enumerate(slugs):
        top = max(rows, key=lambda row: row.cells[index].fit, default=None)
        best_fit = top.cells[index].fit if top else 0
        by_principle.append(
            PrincipleCoverage(
                slug=slug,
                name=library.principles[slug].name,
                band=band(best_fit),
                best_fit=best_fit,
                best_story=top.title if top and best_fit >= PARTIAL_FIT else None,
                best_story_id=top.story_id if top and best_fit >= PARTIAL_FIT else None,
                strong_stories=sum(1 for row in rows if row.cells[index].band == "strong"),
                suggestion=SUGGESTIONS.get(slug, ""),
            )
        )
    gaps = sorted((p for p in by_principle if p.band != "strong"), key=lambda p: p.best_fit)
    return Coverage(principles=slugs, rows=rows, by_principle=by_principle, gaps=gaps)
