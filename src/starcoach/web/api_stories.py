"""The JSON API of the story bank and of the candidate's own data: the same core calls the pages make."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from starcoach.levels import LEVELS
from starcoach.stories.coverage import Coverage, coverage
from starcoach.stories.model import Story, StoryIn
from starcoach.stories.report import StoryReport, story_report
from starcoach.study.catalog import NotFound
from starcoach.web.deps import library_of, store_of
from starcoach.web.exports import export_response

router = APIRouter(prefix="/api", tags=["stories"])
IMPORT_PATH = "/api/import"


class StoryOut(BaseModel):
    story: Story
    report: StoryReport


def _story(request: Request, story_id: int) -> Story:
    story = store_of(request).get_story(story_id)
    if story is None:
        raise NotFound("story", str(story_id))
    return story


@router.get("/stories", response_model=list[Story])
def list_stories(request: Request) -> list[Story]:
    """List the stories of the bank, by title."""
    return store_of(request).list_stories()


@router.post("/stories", response_model=Story, status_code=201)
def add_story(request: Request, story: StoryIn) -> Story:
    """Add a story to the bank; a story needs a title, its Action, and its Situation or Task."""
    return store_of(request).add_story(story)


@router.get("/stories/coverage", response_model=Coverage)
def story_coverage(request: Request, level: str | None = None) -> Coverage:
    """The matrix of stories × the 16 principles, and the principles with no strong story."""
    if level is not None and level not in LEVELS:
        raise HTTPException(422, f"level must be one of {', '.join(LEVELS)}")
    return coverage(library_of(request), store_of(request).list_stories(), level)


@router.get("/stories/{story_id}", response_model=StoryOut)
def show_story(request: Request, story_id: int, level: str | None = None) -> StoryOut:
    """A story with its fit to each principle, best questions, the bar, walkthrough and pivots."""
    if level is not None and level not in LEVELS:
        raise HTTPException(422, f"level must be one of {', '.join(LEVELS)}")
    story = _story(request, story_id)
    return StoryOut(story=story, report=story_report(library_of(request), story, level))


@router.put("/stories/{story_id}", response_model=Story)
def update_story(request: Request, story_id: int, story: StoryIn) -> Story:
    """Replace a story's fields."""
    updated = store_of(request).update_story(story_id, story)
    if updated is None:
        raise NotFound("story", str(story_id))
    return updated


@router.delete("/stories/{story_id}", status_code=204)
def delete_story(request: Request, story_id: int) -> None:
    """Delete a story; the attempts told with it are kept."""
    if not store_of(request).delete_story(story_id):
        raise NotFound("story", str(story_id))


@router.get(
    "/export",
    tags=["own data"],
    response_class=StreamingResponse,
    responses={200: {"content": {"application/json": {}}, "description": "The export document."}},
)
def export_data(request: Request) -> StreamingResponse:
    """Everything the candidate saved (stories, attempts, quiz answers) as one versioned document."""
    return export_response(store_of(request))


class ImportOut(BaseModel):
    stories_added: int
    stories_skipped: int
    attempts_added: int
    attempts_skipped: int
    quiz_answers_added: int
    quiz_answers_skipped: int


@router.post(IMPORT_PATH.removeprefix("/api"), response_model=ImportOut, tags=["own data"])
def import_data(request: Request, document: dict[str, Any]) -> ImportOut:
    """Import an export document; what is already stored is skipped, so importing twice adds nothing."""
    from starcoach.store.own_data import InvalidExport

    try:
        summary = store_of(request).import_data(document)
    except InvalidExport as error:
        raise HTTPException(422, str(error)) from None
    return ImportOut(**{name: getattr(summary, name) for name in ImportOut.model_fields})


class WipeIn(BaseModel):
    confirm: str


@router.post("/wipe", status_code=204, tags=["own data"])
def wipe(request: Request, body: WipeIn) -> None:
    """Delete every story, attempt and quiz answer; `confirm` must be "delete everything"."""
    if body.confirm.strip().lower() != "delete everything":
        raise HTTPException(422, 'confirm must be "delete everything"; nothing was deleted')
    store_of(request).wipe_all()
