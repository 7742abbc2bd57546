"""The JSON API of Practice, Mock interview, attempts and progress: the same core calls the pages make."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from starcoach.analysis import AnalysisError
from starcoach.modes import mock, practice, review
from starcoach.store import StoreError
from starcoach.study import catalog
from starcoach.web.deps import library_of, store_of
from starcoach.web.ranges import ranged_response
from starcoach.web.schemas import LevelName, ReportOut
from starcoach.web.security import csrf_token

router = APIRouter(prefix="/api")


class Session(BaseModel):
    csrf_token: str = Field(description="Send it back in the X-CSRF-Token header of every POST or DELETE.")


@router.get("/session", response_model=Session, tags=["session"])
def session(request: Request) -> Session:
    """Return this client's CSRF token (and set its cookie) for the state-changing calls."""
    return Session(csrf_token=csrf_token(request))


class SectionCheckIn(BaseModel):
    section: str
    text: str
    level: LevelName = "sde2"


class SectionCheckOut(BaseModel):
    section: str
    target_seconds: int
    report: ReportOut
    model: str | None


@router.post(
    "/questions/{slug}/practice/check",
    response_model=SectionCheckOut,
    response_model_exclude_none=True,
    tags=["practice"],
)
def practice_check(request: Request, slug: str, body: SectionCheckIn) -> dict[str, Any]:
    """Judge one section of a practice answer; return its findings and the model section."""
    library = library_of(request)
    question = catalog.get_question(library, slug)
    try:
        check = practice.check_section(library, question, body.section, body.text, body.level)
    except (practice.EmptyAnswer, AnalysisError, ValueError) as error:
        raise HTTPException(422, str(error)) from None
    return {
        "section": check.section,
        "target_seconds": check.target_seconds,
        "report": check.report.to_dict(),
        "model": check.model,
    }


class PracticeIn(BaseModel):
    level: LevelName = "sde2"
    sections: dict[str, str] = Field(description="Text per section: situation, task, action, result, reflection.")
    seconds: dict[str, float] = Field(default_factory=dict, description="Seconds each section took.")
    client_token: str | None = Field(default=None, description="Send the same token again and get the same attempt.")
    recordings: dict[str, str] = Field(
        default_factory=dict,
        description="Recordings to keep with the attempt: section → the `recording` token of /api/transcribe.",
    )


@router.post("/questions/{slug}/practice", response_model=review.AttemptView, tags=["practice"])
def practice_finish(request: Request, slug: str, body: PracticeIn) -> review.AttemptView:
    """Judge the assembled answer and every section, and save the attempt."""
    library = library_of(request)
    question = catalog.get_question(library, slug)
    try:
        record = practice.finish(
            store_of(request),
            library,
            question,
            body.level,
            body.sections,
            body.seconds,
            client_token=body.client_token,
            held=body.recordings,
        )
    except (practice.EmptyAnswer, AnalysisError, StoreError) as error:
        raise HTTPException(422, str(error)) from None
    return review.attempt_view(store_of(request), library, record.id)


class MockStartIn(BaseModel):
    principle: str | None = None
    question: str | None = None
    level: LevelName = "sde2"
    seed: int | None = None


class MockStartOut(BaseModel):
    slug: str
    question: str
    principle: str
    level: str
    budget_seconds: int


@router.post("/mock/start", response_model=MockStartOut, tags=["mock interview"])
def mock_start(request: Request, body: MockStartIn) -> MockStartOut:
    """Draw (or take) the question to ask cold, with the level's time budget."""
    library = library_of(request)
    if body.question:
        question = catalog.get_question(library, body.question)
    else:
        slug = catalog.get_principle(library, body.principle).slug if body.principle else None
        question = mock.draw_question(library, slug, seed=body.seed)
    return MockStartOut(
        slug=question.slug,
        question=question.text,
        principle=library.principles[question.principle].name,
        level=body.level,
        budget_seconds=mock.budget_seconds(body.level),
    )


class MockAnswerIn(BaseModel):
    level: LevelName = "sde2"
    answer: str


class ProbeOut(BaseModel):
    question: str
    code: str
    reason: str
    listens_for: str
    source: str


class MockAnswerOut(BaseModel):
    report: ReportOut
    probes: list[ProbeOut]


def _judge(request: Request, slug: str, level: str, answer: str) -> tuple[Any, list[mock.ProbeChoice]]:
    library = library_of(request)
    question = catalog.get_question(library, slug)
    try:
        return mock.judge_answer(library, question, answer, level)
    except AnalysisError as error:
        raise HTTPException(422, str(error)) from None


@router.post(
    "/questions/{slug}/mock/answer",
    response_model=MockAnswerOut,
    response_model_exclude_none=True,
    tags=["mock interview"],
)
def mock_answer(request: Request, slug: str, body: MockAnswerIn) -> dict[str, Any]:
    """Judge the cold answer and return the follow-up probes it calls for."""
    report, probes = _judge(request, slug, body.level, body.answer)
    return {"report": report.to_dict(), "probes": [p.to_dict() for p in probes]}


class MockProbeIn(BaseModel):
    level: LevelName = "sde2"
    answer: str
    index: int = Field(ge=0)
    followup_answer: str


class MockProbeOut(BaseModel):
    report: ReportOut
    next_probe: ProbeOut | None


@router.post(
    "/questions/{slug}/mock/probe",
    response_model=MockProbeOut,
    response_model_exclude_none=True,
    tags=["mock interview"],
)
def mock_probe(request: Request, slug: str, body: MockProbeIn) -> dict[str, Any]:
    """Judge the answer to follow-up number `index` and return the next probe, if any."""
    _, probes = _judge(request, slug, body.level, body.answer)
    if body.index >= len(probes):
        raise HTTPException(404, f"there is no follow-up {body.index}")
    question = catalog.get_question(library_of(request), slug)
    try:
        report = mock.judge_followup(body.followup_answer, probes[body.index], question, body.level)
    except AnalysisError as error:
        raise HTTPException(422, str(error)) from None
    following = probes[body.index + 1].to_dict() if body.index + 1 < len(probes) else None
    return {"report": report.to_dict(), "next_probe": following}


class MockDebriefIn(BaseModel):
    level: LevelName = "sde2"
    answer: str
    followup_answers: list[str]
    seconds: float | None = None
    followup_seconds: list[float | None] | None = None
    client_token: str | None = None
    recordings: dict[str, str] = Field(
        default_factory=dict,
        description='Recordings to keep with the attempt: "answer" or "followup-N" (from 0) → the `recording` '
        "token of /api/transcribe.",
    )


@router.post("/questions/{slug}/mock/debrief", response_model=review.AttemptView, tags=["mock interview"])
def mock_debrief(request: Request, slug: str, body: MockDebriefIn) -> review.AttemptView:
    """Judge everything, write the debrief, and save the interview as an attempt."""
    _, probes = _judge(request, slug, body.level, body.answer)
    if len(body.followup_answers) != len(probes) or not all(a.strip() for a in body.followup_answers):
        raise HTTPException(422, f"answer all {len(probes)} follow-ups first")
    library = library_of(request)
    question = catalog.get_question(library, slug)
    try:
        record = mock.save_mock(
            store_of(request),
            library,
            question,
            body.level,
            body.answer,
            probes,
            body.followup_answers,
            body.seconds,
            body.followup_seconds,
            body.client_token,
            held=body.recordings,
        )
    except (AnalysisError, StoreError) as error:
        raise HTTPException(422, str(error)) from None
    return review.attempt_view(store_of(request), library, record.id)


@router.get("/attempts", response_model=list[review.AttemptRow], tags=["attempts"])
def attempts(request: Request, limit: int = 50) -> list[review.AttemptRow]:
    """List the saved attempts, newest first."""
    return review.progress_view(store_of(request), library_of(request), limit=limit).attempts


@router.get("/attempts/{attempt_id}", response_model=review.AttemptView, tags=["attempts"])
def attempt(request: Request, attempt_id: int) -> review.AttemptView:
    """Show one attempt with its findings, follow-ups and debrief."""
    return review.attempt_view(store_of(request), library_of(request), attempt_id)


@router.get(
    "/attempts/{attempt_id}/recordings/{part}",
    tags=["attempts"],
    response_class=Response,
    responses={
        200: {"content": {"audio/*": {}}, "description": "The recording as it was uploaded."},
        206: {"content": {"audio/*": {}}, "description": "The one byte range asked for in a Range header."},
        416: {"description": "The range asked for starts past the end of the recording."},
    },
)
def attempt_recording(request: Request, attempt_id: int, part: str) -> Response:
    """Play back the recording kept with one part of an attempt: "answer", a section, or "followup-N"."""
    recording = store_of(request).get_recording(attempt_id, part)
    if recording is None:
        raise catalog.NotFound("recording", f"{part} of attempt {attempt_id}")
    return ranged_response(
        recording.audio, recording.media_type, request.headers.get("range"), {"cache-control": "private, no-cache"}
    )


@router.delete("/attempts/{attempt_id}", status_code=204, tags=["attempts"])
def delete_attempt(request: Request, attempt_id: int) -> None:
    """Delete one attempt and everything saved with it."""
    if not store_of(request).delete_attempt(attempt_id):
        raise catalog.NotFound("attempt", str(attempt_id))


@router.get("/progress", response_model=review.ProgressView, tags=["attempts"])
def progress(request: Request) -> review.ProgressView:
    """Scores over time, the 16-principle grid, quiz accuracy and recent attempts."""
    return review.progress_view(store_of(request), library_of(request))
