"""The story bank's pages, and the settings page where the candidate exports, imports or deletes their data."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.datastructures import FormData, UploadFile

from starcoach.highlight import Mark, segments
from starcoach.levels import LEVEL_NAMES
from starcoach.stories.model import STORY_PARTS, StoryIn
from starcoach.study.catalog import NotFound
from starcoach.web.deps import library_of, store_of
from starcoach.web.exports import export_response
from starcoach.web.templating import templates

IMPORT_PATH = "/settings/import"
# An export carries its recordings in base64, so an import may be far larger than any other request.
MAX_IMPORT_BYTES = 100 * 1024 * 1024
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
WIPE_PHRASE = "delete everything"


def story_fields(form: FormData) -> dict[str, Any]:
    """Read a story form into the fields of StoryIn (tags as a comma-separated line)."""
    fields: dict[str, Any] = {name: str(form.get(name, "")) for name in ("title", "role", "level", *STORY_PARTS)}
    fields["tags"] = [tag.strip() for tag in str(form.get("tags", "")).split(",") if tag.strip()]
    fields["level"] = fields["level"] or "sde2"
    return fields


def field_errors(error: ValidationError) -> dict[str, str]:
    """Map each invalid field to a message a person can act on; errors of the whole story go under 'story'."""
    errors: dict[str, str] = {}
    for detail in error.errors():
        field = str(detail["loc"][0]) if detail["loc"] else "story"
        errors.setdefault(field, detail["msg"].removeprefix("Value error, "))
    return errors


def _form_page(
    request: Request, values: dict[str, Any], errors: dict[str, str], story_id: int | None, status: int = 200
) -> Response:
    context = {"values": values, "errors": errors, "story_id": story_id, "levels": LEVEL_NAMES, "parts": STORY_PARTS}
    return templates.TemplateResponse(request, "story_form.html", context, status_code=status)


@router.get("/stories")
def stories_page(request: Request) -> Response:
    stories = store_of(request).list_stories()
    return templates.TemplateResponse(request, "stories.html", {"stories": stories})


@router.get("/stories/new")
def new_story(request: Request) -> Response:
    return _form_page(request, {"level": "sde2"}, {}, None)


@router.post("/stories")
async def create_story(request: Request) -> Response:
    values = story_fields(await request.form())
    try:
        story = StoryIn.model_validate(values)
    except ValidationError as error:
        return _form_page(request, values, field_errors(error), None, status=422)
    saved = store_of(request).add_story(story)
    return RedirectResponse(f"/stories/{saved.id}", status_code=303)


def _story(request: Request, story_id: int) -> Any:
    story = store_of(request).get_story(story_id)
    if story is None:
        raise NotFound("story", str(story_id))
    return story


@router.get("/stories/coverage")
def coverage_page(request: Request, level: str = "") -> Response:
    from starcoach.stories.coverage import coverage

    stories = store_of(request).list_stories()
    view = coverage(library_of(request), stories, level or None)
    names = {p.slug: p.name for p in library_of(request).principles.values()}
    return templates.TemplateResponse(request, "coverage.html", {"view": view, "names": names, "stories": stories})


@router.get("/stories/{story_id}")
def story_page(request: Request, story_id: int, level: str = "") -> Response:
    from starcoach.stories.report import story_report

    story = _story(request, story_id)
    chosen = level if level in LEVEL_NAMES else story.level
    report = story_report(library_of(request), story, chosen)
    parts = [
        {
            "walk": walk,
            "segments": segments(
                walk.text, [Mark(k.quote.start, k.quote.end, "good", k.code) for k in walk.key_phrases]
            ),
        }
        for walk in report.walkthrough.parts
    ]
    context = {"story": story, "report": report, "parts": parts, "level": chosen, "levels": LEVEL_NAMES}
    return templates.TemplateResponse(request, "story.html", context)


@router.get("/stories/{story_id}/edit")
def edit_story(request: Request, story_id: int) -> Response:
    story = _story(request, story_id)
    values = story.model_dump()
    values["tags"] = ", ".join(story.tags)
    return _form_page(request, values, {}, story_id)


@router.post("/stories/{story_id}")
async def update_story(request: Request, story_id: int) -> Response:
    _story(request, story_id)
    values = story_fields(await request.form())
    try:
        story = StoryIn.model_validate(values)
    except ValidationError as error:
        values["tags"] = ", ".join(values["tags"])
        return _form_page(request, values, field_errors(error), story_id, status=422)
    store_of(request).update_story(story_id, story)
    return RedirectResponse(f"/stories/{story_id}", status_code=303)


@router.post("/stories/{story_id}/delete")
def delete_story(request: Request, story_id: int) -> Response:
    if not store_of(request).delete_story(story_id):
        raise NotFound("story", str(story_id))
    return RedirectResponse("/stories", status_code=303)


@router.get("/settings")
def settings_page(request: Request, message: str = "") -> Response:
    return _settings(request, message=message)


def _settings(request: Request, message: str = "", error: str = "", status: int = 200) -> Response:
    store = store_of(request)
    context = {
        "counts": {"stories": len(store.list_stories()), "attempts": len(store.list_attempts(limit=100_000))},
        "message": message,
        "error": error,
        "phrase": WIPE_PHRASE,
        "max_import_mib": MAX_IMPORT_BYTES // 1_048_576,
    }
    return templates.TemplateResponse(request, "settings.html", context, status_code=status)


@router.get("/settings/export")
def export_data(request: Request) -> Response:
    name = f"starcoach-{datetime.now(UTC):%Y%m%d-%H%M%S}.json"
    return export_response(store_of(request), {"content-disposition": f'attachment; filename="{name}"'})


def _settings_error(request: Request, error: str) -> Response:
    return _settings(request, error=error, status=422)


@router.post(IMPORT_PATH)
async def import_data(request: Request) -> Response:
    from starcoach.store.own_data import InvalidExport

    async with request.form() as form:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            return _settings_error(request, "Choose an export file to import.")
        content = await upload.read()
    try:
        document = json.loads(content)
        summary = store_of(request).import_data(document)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _settings_error(request, "That file is not a starcoach export (it is not JSON).")
    except InvalidExport as error:
        return _settings_error(request, str(error))
    message = (
        f"Imported {summary.stories_added} stories, {summary.attempts_added} attempts and "
        f"{summary.quiz_answers_added} quiz answers; skipped {summary.stories_skipped + summary.attempts_skipped} "
        "already here."
    )
    return RedirectResponse(f"/settings?message={message}", status_code=303)


@router.post("/settings/wipe")
async def wipe(request: Request) -> Response:
    form = await request.form()
    if str(form.get("confirm", "")).strip().lower() != WIPE_PHRASE:
        return _settings_error(request, f"Type “{WIPE_PHRASE}” to confirm; nothing was deleted.")
    store_of(request).wipe_all()
    return RedirectResponse("/settings?message=Everything was deleted.", status_code=303)


def library_questions(request: Request) -> list[Any]:
    """Every question, for choosing one to practice a story against."""
    return list(library_of(request).questions.values())
