"""Quiz answers and the figures drawn from the store: quiz accuracy and progress per principle."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from starcoach.store.records import (
    VERDICT_RANK,
    PrincipleProgress,
    Progress,
    QuizAnswerRecord,
    QuizStats,
    QuizTally,
    ScorePoint,
)
from starcoach.store.schema import AttemptRow, QuizAnswerRow


def insert_quiz_answer(
    session: Session, *, question_slug: str, quiz_index: int, choice: int, correct: bool, created_at: datetime
) -> None:
    """Add one answer to a walkthrough's quiz question."""
    session.add(
        QuizAnswerRow(
            created_at=created_at, question_slug=question_slug, quiz_index=quiz_index, choice=choice, correct=correct
        )
    )


def quiz_stats(session: Session) -> QuizStats:
    """Count quiz answers and right ones, overall and per question slug."""
    query = (
        select(
            QuizAnswerRow.question_slug,
            func.count().label("answered"),
            func.coalesce(func.sum(cast(QuizAnswerRow.correct, Integer)), 0).label("correct"),
        )
        .group_by(QuizAnswerRow.question_slug)
        .order_by(QuizAnswerRow.question_slug)
    )
    per_question = {row.question_slug: QuizTally.of(row.answered, row.correct) for row in session.execute(query)}
    overall = QuizTally.of(
        sum(tally.answered for tally in per_question.values()),
        sum(tally.correct for tally in per_question.values()),
    )
    return QuizStats(answered=overall.answered, correct=overall.correct, ratio=overall.ratio, per_question=per_question)


def all_quiz_answers(session: Session) -> list[QuizAnswerRecord]:
    """Return every quiz answer, oldest first."""
    rows = session.scalars(select(QuizAnswerRow).order_by(QuizAnswerRow.created_at, QuizAnswerRow.id))
    return [
        QuizAnswerRecord(
            id=row.id,
            created_at=row.created_at,
            question_slug=row.question_slug,
            quiz_index=row.quiz_index,
            choice=row.choice,
            correct=row.correct,
        )
        for row in rows
    ]


def progress(session: Session) -> Progress:
    """Return every attempt's score over time and, per principle slug, the candidate's standing."""
    query = select(
        AttemptRow.id,
        AttemptRow.created_at,
        AttemptRow.score,
        AttemptRow.verdict,
        AttemptRow.mode,
        AttemptRow.principle_slug,
        AttemptRow.question_slug,
    ).order_by(AttemptRow.created_at, AttemptRow.id)
    scores = tuple(
        ScorePoint(
            attempt_id=row.id,
            created_at=row.created_at,
            score=row.score,
            verdict=row.verdict,
            mode=row.mode,
            principle_slug=row.principle_slug,
            question_slug=row.question_slug,
        )
        for row in session.execute(query)
    )
    principles: dict[str, PrincipleProgress] = {}
    for point in scores:
        seen = principles.get(point.principle_slug)
        principles[point.principle_slug] = (
            PrincipleProgress(
                principle_slug=point.principle_slug,
                attempts=1,
                best_verdict=point.verdict,
                best_score=point.score,
                last_attempted=point.created_at,
            )
            if seen is None
            else replace(
                seen,
                attempts=seen.attempts + 1,
                best_verdict=min(seen.best_verdict, point.verdict, key=VERDICT_RANK.__getitem__),
                best_score=max(seen.best_score, point.score),
                last_attempted=max(seen.last_attempted, point.created_at),
            )
        )
    return Progress(scores=scores, principles=dict(sorted(principles.items())))
