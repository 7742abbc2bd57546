"""Queries on recordings: held under a token from upload, claimed by the attempt they belong to, or purged.

A recording is transcribed before its attempt exists, so it is held first, under an unguessable token
the page or command keeps. Saving the attempt claims the held recordings named in it, in the same
transaction; a held recording no attempt claims within `HOLD_HOURS` is deleted.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from starcoach.store.records import Recording, check_part, check_recording
from starcoach.store.schema import RecordingRow

# How long a recording waits for the attempt it was made for before it is deleted.
HOLD_HOURS = 24


def hold(session: Session, audio: bytes, media_type: str, created_at: datetime) -> str:
    """Keep a recording no attempt has claimed yet; return the token that claims it."""
    check_recording(media_type, audio)
    token = secrets.token_urlsafe(24)
    session.add(
        RecordingRow(hold_token=token, created_at=created_at, media_type=media_type, size_bytes=len(audio), audio=audio)
    )
    session.flush()
    return token


def claim(session: Session, attempt_id: int, held: Mapping[str, str]) -> int:
    """Give the held recordings named by part → token to an attempt; return how many were still held."""
    claimed = 0
    for part, token in held.items():
        check_part(part)
        result = session.execute(
            update(RecordingRow)
            .where(RecordingRow.hold_token == token, RecordingRow.attempt_id.is_(None))
            .values(attempt_id=attempt_id, part=part, hold_token=None)
        )
        claimed += result.rowcount  # type: ignore[attr-defined]
    return claimed


def purge_held(session: Session, before: datetime) -> int:
    """Delete the held recordings made before this time that no attempt claimed; return how many."""
    result = session.execute(
        delete(RecordingRow).where(RecordingRow.attempt_id.is_(None), RecordingRow.created_at < before)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def recording_of(session: Session, attempt_id: int, part: str) -> Recording | None:
    """Return the recording of one part of an attempt with its audio, or None."""
    row = session.execute(
        select(RecordingRow.part, RecordingRow.media_type, RecordingRow.audio).where(
            RecordingRow.attempt_id == attempt_id, RecordingRow.part == part
        )
    ).one_or_none()
    return None if row is None else Recording(part=part, media_type=row.media_type, audio=row.audio)


def attempts_with_recordings(session: Session) -> set[int]:
    """Return the ids of the attempts that keep at least one recording."""
    rows = session.scalars(select(RecordingRow.attempt_id).where(RecordingRow.attempt_id.is_not(None)).distinct())
    return {attempt_id for attempt_id in rows if attempt_id is not None}


def kept_with(session: Session, attempt_id: int) -> list[Recording]:
    """Return one attempt's recordings with their audio, in the order they were kept."""
    rows = session.execute(
        select(RecordingRow.part, RecordingRow.media_type, RecordingRow.audio)
        .where(RecordingRow.attempt_id == attempt_id)
        .order_by(RecordingRow.id)
    )
    return [Recording(part=row.part, media_type=row.media_type, audio=row.audio) for row in rows]
