"""The pages of Practice, Mock interview, attempt review and progress."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from starcoach.analysis import AnalysisError
from starcoach.analysis.spoken import Spoken
from starcoach.levels import LEVEL_NAMES, Level
from starcoach.modes import mock, practice, review
from starcoach.speech import spoken_from_words
from starcoach.store import followup_part
from starcoach.study import catalog
from starcoach.web.deps import library_of, store_of
from starcoach.web.templating import templates

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _seconds(value: str | None) -> float | None:
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return seconds if seconds is not None and 0 <= seconds < 24 * 3600 else None


def _spoken(text: str, value: object) -> Spoken | None:
    """The timing of a recorded section, kept by the page as JSON words with times; None for typed text."""
    if not value:
        return None
    try:
        words = json.loads(str(value))
    except ValueError:
        return None
    return spoken_from_words(text, words)


def _held(form: FormData, fields: dict[str, str]) -> dict[str, str]:
    """The tokens of the recordings a page holds, by part, read from the form fields named per part.

    None are kept when the candidate unticked "Keep my recordings".
    """
    if not form.get("keep_recordings"):
        return {}
    return {part: token for part, name in fields.items() if (token := str(form.get(name) or "").strip())}


def _story_of(request: Request, value: object) -> Any:
    """Return the candidate's story named by a form or query value, or None."""
    try:
        story_id = int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None
    return store_of(request).get_story(story_id) if story_id is not None else None


def _practice_page(
    request: Request,
    slug: str,
    level: str,
    texts: dict[str, str] | None = None,
    error: str = "",
    status: int = 200,
    story: Any = None,
) -> Response:
    library = library_of(request)
    question = catalog.get_question(library, slug)
    sections = [
        {
            "name": name,
            "title": name.capitalize(),
            "target": practice.target_seconds(library, question, name),
            "has_model": practice.model_section(library, question, name, level) is not None,
            "optional": name == "reflection",
            "text": (texts or {}).get(name, "") or (getattr(story, name, "") if story is not None else ""),
        }
        for name in practice.PRACTICE_SECTIONS
    ]
    context = {
        "view": catalog.question_view(library, slug),
        "sections": sections,
        "level": level,
        "levels": LEVEL_NAMES,
        "client_token": uuid.uuid4().hex,
        "error": error,
        "story": story,
    }
    return templates.TemplateResponse(request, "practice.html", context, status_code=status)


@router.get("/questions/{slug}/practice")
def practice_page(request: Request, slug: str, level: Level = "sde2", story: str = "") -> Response:
    return _practice_page(request, slug, level, story=_story_of(request, story))


@router.post("/questions/{slug}/practice/check")
async def practice_check(request: Request, slug: str) -> Response:
    form = await request.form()
    section, level = str(form.get("section", "")), _level(form)
    # The page sends its textarea as text_<section>; a plain form may send "text".
    text = str(form.get(f"text_{section}", form.get("text", "")))
    library = library_of(request)
    question = catalog.get_question(library, slug)
    spoken = _spoken(text, form.get(f"spoken_{section}"))
    try:
        check = practice.check_section(library, question, section, text, level, spoken)
    except practice.EmptyAnswer as error:
        return templates.TemplateResponse(request, "_check.html", {"error": str(error), "section": section})
    except (AnalysisError, ValueError) as error:
        return templates.TemplateResponse(
            request, "_check.html", {"error": str(error), "section": section}, status_code=422
        )
    judged = review.judged(section.capitalize(), text, check.report.to_dict())
    context = {"judged": judged, "check": check, "section": section, "error": ""}
    return templates.TemplateResponse(request, "_check.html", context)


@router.post("/questions/{slug}/practice")
async def practice_finish(request: Request, slug: str) -> Response:
    form = await request.form()
    level = _level(form)
    texts = {name: str(form.get(f"text_{name}", "")) for name in practice.PRACTICE_SECTIONS}
    seconds = {name: s for name in practice.PRACTICE_SECTIONS if (s := _seconds(str(form.get(f"seconds_{name}", ""))))}
    library = library_of(request)
    question = catalog.get_question(library, slug)
    story = _story_of(request, form.get("story_id"))
    timings = {
        name: timing
        for name in practice.PRACTICE_SECTIONS
        if (timing := _spoken(texts[name], form.get(f"spoken_{name}"))) is not None
    }
    seconds |= {name: timing.seconds for name, timing in timings.items()}  # a recording's real time
    try:
        record = practice.finish(
            store_of(request),
            library,
            question,
            level,
            texts,
            seconds,
            client_token=str(form.get("client_token") or "") or None,
            story_id=story.id if story is not None else None,
            spoken=timings,
            held=_held(form, {name: f"recording_{name}" for name in practice.PRACTICE_SECTIONS}),
        )
    except (practice.EmptyAnswer, AnalysisError) as error:
        return _practice_page(request, slug, level, texts, error=str(error), status=422, story=story)
    return RedirectResponse(f"/attempts/{record.id}", status_code=303)


def _level(form: FormData) -> str:
    level = str(form.get("level", "sde2"))
    return level if level in LEVEL_NAMES else "sde2"


@router.get("/mock")
def mock_start(request: Request, principle: str = "", level: Level = "sde2") -> Response:
    library = library_of(request)
    context = {
        "principles": list(library.principles.values()),
        "principle": principle,
        "level": level,
        "levels": LEVEL_NAMES,
    }
    return templates.TemplateResponse(request, "mock_start.html", context)


@router.get("/mock/draw")
def mock_draw(request: Request, principle: str = "", level: Level = "sde2") -> Response:
    library = library_of(request)
    slug = catalog.get_principle(library, principle).slug if principle else None
    question = mock.draw_question(library, slug, seed=uuid.uuid4().int)
    return RedirectResponse(f"/questions/{question.slug}/mock?level={level}", status_code=303)


def _mock_page(
    request: Request,
    slug: str,
    level: str,
    answer: str = "",
    error: str = "",
    status: int = 200,
    client_token: str | None = None,
    story: Any = None,
) -> Response:
    view = catalog.question_view(library_of(request), slug)
    context = {
        "view": view,
        "level": level,
        "levels": LEVEL_NAMES,
        "budget": mock.budget_seconds(level),
        "answer": answer,
        "error": error,
        "client_token": client_token or uuid.uuid4().hex,
        "story": story,
    }
    return templates.TemplateResponse(request, "mock.html", context, status_code=status)


@router.get("/questions/{slug}/mock")
def mock_page(request: Request, slug: str, level: Level = "sde2", story: str = "") -> Response:
    chosen = _story_of(request, story)
    return _mock_page(request, slug, level, answer=chosen.answer() if chosen else "", story=chosen)


@router.post("/questions/{slug}/mock/answer")
async def mock_answer(request: Request, slug: str) -> Response:
    form = await request.form()
    level, answer = _level(form), str(form.get("answer", ""))
    token = str(form.get("client_token") or "")
    library = library_of(request)
    question = catalog.get_question(library, slug)
    if not answer.strip():
        return _mock_page(
            request, slug, level, error="Answer the question first; nothing was saved.", status=422, client_token=token
        )
    try:
        _, probes = mock.judge_answer(library, question, answer, level, _spoken(answer, form.get("answer_spoken")))
    except AnalysisError as error:
        return _mock_page(request, slug, level, answer, error=str(error), status=422, client_token=token)
    return _probe_page(request, slug, form, probes, answers=[], index=0)


def _probe_page(
    request: Request,
    slug: str,
    form: FormData,
    probes: list[mock.ProbeChoice],
    answers: list[str],
    index: int,
    error: str = "",
    status: int = 200,
) -> Response:
    if not probes:
        return _save_mock(request, slug, form, probes, answers)
    context = {
        "view": catalog.question_view(library_of(request), slug),
        "level": _level(form),
        "probe": probes[index],
        "index": index,
        "total": len(probes),
        "answer": str(form.get("answer", "")),
        "answers": answers,
        "client_token": str(form.get("client_token") or ""),
        "story_id": str(form.get("story_id") or ""),
        "answer_seconds": str(form.get("answer_seconds", "")),
        "answer_spoken": str(form.get("answer_spoken", "")),
        "answer_recording": str(form.get("answer_recording", "")),
        "followup_seconds": [str(form.get(f"followup_seconds_{i}", "")) for i in range(len(answers))],
        "followup_spoken": [str(form.get(f"followup_spoken_{i}", "")) for i in range(len(answers))],
        "followup_recording": [str(form.get(f"followup_recording_{i}", "")) for i in range(len(answers))],
        "keep_recordings": bool(form.get("keep_recordings")),
        "error": error,
        "current": str(form.get(f"followup_{index}", "")) if error else "",
    }
    return templates.TemplateResponse(request, "mock_probe.html", context, status_code=status)


@router.post("/questions/{slug}/mock/followup")
async def mock_followup(request: Request, slug: str) -> Response:
    form = await request.form()
    library = library_of(request)
    question = catalog.get_question(library, slug)
    level, answer = _level(form), str(form.get("answer", ""))
    try:
        _, probes = mock.judge_answer(library, question, answer, level, _spoken(answer, form.get("answer_spoken")))
        index = int(str(form.get("index", "0")))
    except (AnalysisError, ValueError):
        return _mock_page(
            request, slug, level, answer, error="The interview could not continue; start again.", status=422
        )
    if not 0 <= index < len(probes):
        return _mock_page(request, slug, level, answer, error="That follow-up does not exist.", status=422)
    answers = [str(form.get(f"followup_{i}", "")) for i in range(index + 1)]
    if not answers[index].strip():
        return _probe_page(
            request,
            slug,
            form,
            probes,
            answers[:index],
            index,
            error="Answer the follow-up before moving on.",
            status=422,
        )
    if index + 1 < len(probes):
        return _probe_page(request, slug, form, probes, answers, index + 1)
    return _save_mock(request, slug, form, probes, answers)


def _save_mock(
    request: Request, slug: str, form: FormData, probes: list[mock.ProbeChoice], answers: list[str]
) -> Response:
    library = library_of(request)
    question = catalog.get_question(library, slug)
    record = mock.save_mock(
        store_of(request),
        library,
        question,
        _level(form),
        str(form.get("answer", "")),
        probes,
        answers,
        seconds=_seconds(str(form.get("answer_seconds", ""))),
        followup_seconds=[_seconds(str(form.get(f"followup_seconds_{i}", ""))) for i in range(len(answers))],
        client_token=str(form.get("client_token") or "") or None,
        story_id=getattr(_story_of(request, form.get("story_id")), "id", None),
        spoken=_spoken(str(form.get("answer", "")), form.get("answer_spoken")),
        followup_spoken=[_spoken(text, form.get(f"followup_spoken_{i}")) for i, text in enumerate(answers)],
        held=_held(
            form,
            {"answer": "answer_recording"} | {followup_part(i): f"followup_recording_{i}" for i in range(len(answers))},
        ),
    )
    return RedirectResponse(f"/attempts/{record.id}", status_code=303)


@router.get("/attempts/{attempt_id}")
def attempt_page(request: Request, attempt_id: int) -> Response:
    view = review.attempt_view(store_of(request), library_of(request), attempt_id)
    return templates.TemplateResponse(request, "attempt.html", {"view": view})


@router.post("/attempts/{attempt_id}/delete")
def delete_attempt(request: Request, attempt_id: int) -> Response:
    if not store_of(request).delete_attempt(attempt_id):
        raise catalog.NotFound("attempt", str(attempt_id))
    return RedirectResponse("/progress", status_code=303)


@router.get("/progress")
def progress_page(request: Request) -> Response:
    view = review.progress_view(store_of(request), library_of(request))
    chart = [{"x": p.when.isoformat(), "y": p.score, "mode": p.mode, "id": p.attempt_id} for p in view.points]
    return templates.TemplateResponse(request, "progress.html", {"view": view, "chart": chart})
