"""Queries on attempts, their sections and follow-ups; each runs inside the caller's session."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from starcoach.store import recordings
from starcoach.store.records import (
    AttemptRecord,
    AttemptSummary,
    FollowupRecord,
    Mode,
    NewAttempt,
    RecordingInfo,
    SectionRecord,
)
from starcoach.store.schema import AttemptRow, FollowupRow, RecordingRow, SectionRow


def insert_attempt(
    session: Session, new: NewAttempt, created_at: datetime, held: Mapping[str, str] | None = None
) -> AttemptRecord:
    """Add an attempt with its sections, follow-ups and recordings, numbered in the order given, and flush it.

    `held` names, by part, recordings held for this attempt: they are claimed with it.
    """
    row = AttemptRow(
        created_at=created_at,
        mode=new.mode,
        question_slug=new.question_slug,
        principle_slug=new.principle_slug,
        level=new.level,
        story_id=new.story_id,
        answer_text=new.answer_text,
        score=new.score,
        verdict=new.verdict,
        report=new.report,
        duration_seconds=new.duration_seconds,
        client_token=new.client_token,
        sections=[
            SectionRow(
                position=position,
                name=section.name,
                text=section.text,
                seconds_taken=section.seconds_taken,
                score=section.score,
                verdict=section.verdict,
                report=section.report,
            )
            for position, section in enumerate(new.sections)
        ],
        followups=[
            FollowupRow(
                position=position,
                question=followup.question,
                target_code=followup.target_code,
                answer_text=followup.answer_text,
                seconds_taken=followup.seconds_taken,
                score=followup.score,
                verdict=followup.verdict,
                report=followup.report,
            )
            for position, followup in enumerate(new.followups)
        ],
        recordings=[
            RecordingRow(
                created_at=created_at,
                part=recording.part,
                media_type=recording.media_type,
                size_bytes=len(recording.audio),
                audio=recording.audio,
            )
            for recording in new.recordings
        ],
    )
    session.add(row)
    session.flush()
    if held and recordings.claim(session, row.id, held):
        session.refresh(row, ["recordings"])
    return attempt_record(row)


def attempt_by_id(session: Session, attempt_id: int) -> AttemptRecord | None:
    """Return the attempt with this id, or None."""
    row = session.get(AttemptRow, attempt_id)
    return None if row is None else attempt_record(row)


def attempt_by_token(session: Session, client_token: str) -> AttemptRecord | None:
    """Return the attempt a form submitted with this token, or None."""
    row = session.scalars(select(AttemptRow).where(AttemptRow.client_token == client_token)).one_or_none()
    return None if row is None else attempt_record(row)


def all_attempts(session: Session) -> list[AttemptRecord]:
    """Return every attempt with its parts, oldest first."""
    rows = session.scalars(select(AttemptRow).order_by(AttemptRow.created_at, AttemptRow.id))
    return [attempt_record(row) for row in rows]


def attempt_summaries(
    session: Session, *, limit: int, offset: int = 0, principle: str | None = None, mode: Mode | None = None
) -> list[AttemptSummary]:
    """Return a page of attempts, newest first, optionally of one principle slug and one mode."""
    query = select(
        AttemptRow.id,
        AttemptRow.created_at,
        AttemptRow.mode,
        AttemptRow.question_slug,
        AttemptRow.principle_slug,
        AttemptRow.level,
        AttemptRow.score,
        AttemptRow.verdict,
        AttemptRow.duration_seconds,
    )
    if principle is not None:
        query = query.where(AttemptRow.principle_slug == principle)
    if mode is not None:
        query = query.where(AttemptRow.mode == mode)
    query = query.order_by(AttemptRow.created_at.desc(), AttemptRow.id.desc()).limit(limit).offset(offset)
    return [
        AttemptSummary(
            id=row.id,
            created_at=row.created_at,
            mode=row.mode,
            question_slug=row.question_slug,
            principle_slug=row.principle_slug,
            level=row.level,
            score=row.score,
            verdict=row.verdict,
            duration_seconds=row.duration_seconds,
        )
        for row in session.execute(query)
    ]


def delete_attempt(session: Session, attempt_id: int) -> bool:
    """Delete an attempt (the database cascades to its sections and follow-ups); say whether it existed."""
    deleted = session.scalars(delete(AttemptRow).where(AttemptRow.id == attempt_id).returning(AttemptRow.id))
    return deleted.first() is not None


def attempt_record(row: AttemptRow) -> AttemptRecord:
    """Copy a mapped attempt and its parts into plain records."""
    return AttemptRecord(
        id=row.id,
        created_at=row.created_at,
        mode=row.mode,
        question_slug=row.question_slug,
        principle_slug=row.principle_slug,
        level=row.level,
        story_id=row.story_id,
        answer_text=row.answer_text,
        score=row.score,
        verdict=row.verdict,
        report=row.report,
        duration_seconds=row.duration_seconds,
        client_token=row.client_token,
        sections=tuple(
            SectionRecord(
                id=section.id,
                position=section.position,
                name=section.name,
                text=section.text,
                score=section.score,
                verdict=section.verdict,
                report=section.report,
                seconds_taken=section.seconds_taken,
            )
            for section in row.sections
        ),
        followups=tuple(
            FollowupRecord(
                id=followup.id,
                position=followup.position,
                question=followup.question,
                target_code=followup.target_code,
                answer_text=followup.answer_text,
                score=followup.score,
                verdict=followup.verdict,
                report=followup.report,
                seconds_taken=followup.seconds_taken,
            )
            for followup in row.followups
        ),
        recordings=tuple(
            RecordingInfo(part=recording.part, media_type=recording.media_type, size_bytes=recording.size_bytes)
            for recording in row.recordings
            if recording.part is not None
        ),
    )
