"""View data for reviewing attempts and progress: built from the store and the library, shown by any face."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from starcoach.content import Library
from starcoach.highlight import Mark, Segment, segments
from starcoach.store import AttemptRecord, Store, followup_part
from starcoach.study.catalog import NotFound

VERDICT_ORDER = ("strong_no_hire", "lean_no_hire", "lean_hire", "strong_hire")


class FindingView(BaseModel):
    code: str
    kind: str
    severity: str
    message: str
    quotes: list[str]


class JudgedText(BaseModel):
    """A text with its findings and the words behind them marked."""

    title: str
    text: str
    segments: list[Segment]
    score: int
    verdict: str
    strengths: list[FindingView]
    mistakes: list[FindingView]
    seconds_taken: float | None = None
    target_seconds: int | None = None
    # Time, pace, long pauses and fillers measured from a recording; empty when typed.
    delivery: dict[str, Any] = {}
    # The part of the attempt whose recording was kept ("answer", a section, "followup-N"); None when none was.
    recording: str | None = None


class AttemptView(BaseModel):
    id: int
    created_at: datetime
    mode: str
    level: str
    question_slug: str
    question: str
    principle: str
    principle_slug: str
    score: int
    verdict: str
    answer: JudgedText
    sections: list[JudgedText]
    answer_parts: list[JudgedText]
    followups: list[JudgedText]
    debrief: dict[str, Any] | None
    model_answer: str | None  # the question whose walkthrough to study, when there is one


def judged(
    title: str, text: str, report: dict[str, Any], seconds: float | None = None, recording: str | None = None
) -> JudgedText:
    """Mark a text with the evidence of its report: strengths and mistakes, each quoted."""
    marks = []
    views = []
    for item in report.get("findings", []):
        kind = "good" if item["kind"] == "strength" else "bad"
        marks += [Mark(e["start"], e["end"], kind, item["message"]) for e in item["evidence"]]
        views.append(
            FindingView(
                code=item["code"],
                kind=item["kind"],
                severity=item["severity"],
                message=item["message"],
                quotes=[e["text"] for e in item["evidence"]],
            )
        )
    return JudgedText(
        title=title,
        text=text,
        segments=segments(text, marks),
        score=report.get("score", 0),
        verdict=report.get("verdict", "strong_no_hire"),
        strengths=[v for v in views if v.kind == "strength"],
        mistakes=[v for v in views if v.kind == "mistake"],
        seconds_taken=seconds,
        target_seconds=report.get("target_seconds"),
        delivery=report.get("delivery", {}),
        recording=recording,
    )


def attempt_view(store: Store, library: Library, attempt_id: int) -> AttemptView:
    """Build the review page of one attempt, or raise NotFound."""
    record = store.get_attempt(attempt_id)
    if record is None:
        raise NotFound("attempt", str(attempt_id))
    return _view(library, record)


def _view(library: Library, record: AttemptRecord) -> AttemptView:
    question = library.questions.get(record.question_slug)
    principle = library.principles.get(record.principle_slug)
    answer_report = record.report.get("answer", {})
    return AttemptView(
        id=record.id,
        created_at=record.created_at,
        mode=record.mode,
        level=record.level,
        question_slug=record.question_slug,
        question=question.text if question else record.question_slug,
        principle=principle.name if principle else record.principle_slug,
        principle_slug=record.principle_slug,
        score=record.score,
        verdict=record.verdict,
        answer=judged(
            "Your answer", record.answer_text, answer_report, record.duration_seconds, _kept(record, "answer")
        ),
        sections=[
            judged(s.name.capitalize(), s.text, s.report, s.seconds_taken, _kept(record, s.name))
            for s in record.sections
        ],
        answer_parts=_answer_parts(record.answer_text, answer_report),
        followups=[
            judged(f.question, f.answer_text, f.report, f.seconds_taken, _kept(record, followup_part(f.position)))
            for f in record.followups
        ],
        debrief=record.report.get("debrief"),
        model_answer=record.question_slug if record.question_slug in library.walkthroughs else None,
    )


def _kept(record: AttemptRecord, part: str) -> str | None:
    """Return the part if its recording was kept with the attempt, else None."""
    return part if record.recording(part) is not None else None


def _answer_parts(answer: str, report: dict[str, Any]) -> list[JudgedText]:
    """Cut a whole answer into the STAR parts the analyzer found, each with its own findings marked."""
    parts = []
    for part in report.get("sections", []):
        start, end = part.get("start"), part.get("end")
        if start is None or end is None:
            continue
        shifted = [
            {
                **item,
                "evidence": [
                    {**e, "start": e["start"] - start, "end": e["end"] - start}
                    for e in item["evidence"]
                    if start <= e["start"] and e["end"] <= end
                ],
            }
            for item in part.get("findings", [])
        ]
        section_report = {
            "findings": shifted,
            "score": report.get("score", 0),
            "verdict": report.get("verdict"),
            "target_seconds": part.get("target_seconds"),
        }
        view = judged(part["section"].capitalize(), answer[start:end], section_report, part.get("speaking_seconds"))
        parts.append(view)
    return parts


class ChartPoint(BaseModel):
    attempt_id: int
    when: datetime
    score: int
    mode: str
    principle: str


class PrincipleCell(BaseModel):
    slug: str
    name: str
    attempts: int
    best_verdict: str | None
    best_score: int | None
    last_attempted: datetime | None


class AttemptRow(BaseModel):
    id: int
    when: datetime
    mode: str
    question: str
    principle: str
    level: str
    score: int
    verdict: str


class ProgressView(BaseModel):
    """Everything the progress page shows."""

    points: list[ChartPoint]
    principles: list[PrincipleCell]
    practiced: int
    quiz_answered: int
    quiz_correct: int
    quiz_ratio: float | None
    attempts: list[AttemptRow]


def progress_view(store: Store, library: Library, limit: int = 50) -> ProgressView:
    """Build the progress page: scores over time, the 16-principle grid, quiz accuracy, recent attempts."""
    progress = store.progress()
    quiz = store.quiz_accuracy()
    names = {slug: p.name for slug, p in library.principles.items()}
    cells = []
    for slug, name in names.items():
        cell = progress.principles.get(slug)
        cells.append(
            PrincipleCell(
                slug=slug,
                name=name,
                attempts=cell.attempts if cell else 0,
                best_verdict=cell.best_verdict if cell else None,
                best_score=cell.best_score if cell else None,
                last_attempted=cell.last_attempted if cell else None,
            )
        )
    rows = [
        AttemptRow(
            id=a.id,
            when=a.created_at,
            mode=a.mode,
            level=a.level,
            score=a.score,
            verdict=a.verdict,
            question=library.questions[a.question_slug].text
            if a.question_slug in library.questions
            else a.question_slug,
            principle=names.get(a.principle_slug, a.principle_slug),
        )
        for a in store.list_attempts(limit=limit)
    ]
    return ProgressView(
        points=[
            ChartPoint(
                attempt_id=p.attempt_id,
                when=p.created_at,
                score=p.score,
                mode=p.mode,
                principle=names.get(p.principle_slug, p.principle_slug),
            )
            for p in progress.scores
        ],
        principles=cells,
        practiced=sum(1 for c in cells if c.attempts),
        quiz_answered=quiz.answered,
        quiz_correct=quiz.correct,
        quiz_ratio=quiz.ratio,
        attempts=rows,
    )
