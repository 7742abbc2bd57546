"""The store: attempts and quiz answers in SQLite or PostgreSQL, behind `Store.open(settings)`.

Nothing outside this package writes SQL or sees a mapped row: callers pass in and get back the plain
records of `starcoach.store.records`. Schema changes are Alembic migrations in `migrations/versions/`,
applied to head by `Store.open`.
"""

from starcoach.store.db import create_engine_for
from starcoach.store.records import (
    AttemptRecord,
    AttemptSummary,
    FollowupRecord,
    Mode,
    NewAttempt,
    NewFollowup,
    NewSection,
    PrincipleProgress,
    Progress,
    QuizAnswerRecord,
    QuizStats,
    QuizTally,
    Recording,
    RecordingInfo,
    ScorePoint,
    SectionName,
    SectionRecord,
    StoreError,
    followup_part,
)
from starcoach.store.store import Store

__all__ = [
    "AttemptRecord",
    "AttemptSummary",
    "FollowupRecord",
    "Mode",
    "NewAttempt",
    "NewFollowup",
    "NewSection",
    "PrincipleProgress",
    "Progress",
    "QuizAnswerRecord",
    "QuizStats",
    "QuizTally",
    "Recording",
    "RecordingInfo",
    "ScorePoint",
    "SectionName",
    "SectionRecord",
    "Store",
    "StoreError",
    "create_engine_for",
    "followup_part",
]
