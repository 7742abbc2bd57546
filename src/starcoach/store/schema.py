"""The tables as SQLAlchemy mappings, used by the queries; the migrations own the DDL and must agree."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator, TypeEngine

from starcoach.analysis.report import VERDICTS, Verdict
from starcoach.levels import LEVELS, Level
from starcoach.store.records import MODES, SECTION_NAMES, Mode, SectionName
from starcoach.stories.model import MAX_TITLE_CHARS

# Deterministic constraint names on every backend, so later migrations can refer to them.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def json_type() -> TypeEngine[Any]:
    """Return JSON that is JSONB on PostgreSQL (indexable, compact) and JSON text elsewhere."""
    return JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Store aware datetimes as UTC and always read them back aware, in UTC, on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes and convert to UTC (naive UTC for SQLite, which keeps no offset)."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store keeps timezone-aware UTC times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return the stored time as an aware UTC datetime."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base whose metadata names constraints the same way on every backend."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _one_of(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    quoted = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=name)


SCORE_CHECK = "score BETWEEN 0 AND 100"


class AttemptRow(Base):
    """A practice or mock attempt: the whole answer and its report."""

    __tablename__ = "attempts"
    __table_args__ = (
        _one_of("mode", MODES, "mode"),
        _one_of("level", LEVELS, "level"),
        _one_of("verdict", VERDICTS, "verdict"),
        CheckConstraint(SCORE_CHECK, name="score"),
        Index("ix_attempts_principle_slug_created_at", "principle_slug", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    mode: Mapped[Mode] = mapped_column(String(16))
    question_slug: Mapped[str] = mapped_column(String(120))
    principle_slug: Mapped[str] = mapped_column(String(120))
    level: Mapped[Level] = mapped_column(String(16))
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id", ondelete="SET NULL"), index=True)
    answer_text: Mapped[str] = mapped_column(Text)
    score: Mapped[int] = mapped_column()
    verdict: Mapped[Verdict] = mapped_column(String(16))
    report: Mapped[dict[str, Any]] = mapped_column(json_type())
    duration_seconds: Mapped[float | None] = mapped_column(Float)
    client_token: Mapped[str | None] = mapped_column(String(120), unique=True)

    sections: Mapped[list[SectionRow]] = relationship(
        order_by="SectionRow.position", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    followups: Mapped[list[FollowupRow]] = relationship(
        order_by="FollowupRow.position", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    # Loaded without their audio, which is deferred until asked for.
    recordings: Mapped[list[RecordingRow]] = relationship(
        order_by="RecordingRow.id", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class SectionRow(Base):
    """One STAR section of an attempt as it was written and judged."""

    __tablename__ = "attempt_sections"
    __table_args__ = (
        UniqueConstraint("attempt_id", "position"),
        _one_of("name", SECTION_NAMES, "name"),
        _one_of("verdict", VERDICTS, "verdict"),
        CheckConstraint(SCORE_CHECK, name="score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    name: Mapped[SectionName] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    seconds_taken: Mapped[float | None] = mapped_column(Float)
    score: Mapped[int] = mapped_column()
    verdict: Mapped[Verdict] = mapped_column(String(16))
    report: Mapped[dict[str, Any]] = mapped_column(json_type())


class FollowupRow(Base):
    """One follow-up probe of a mock interview, the answer to it and its report."""

    __tablename__ = "followups"
    __table_args__ = (
        UniqueConstraint("attempt_id", "position"),
        _one_of("verdict", VERDICTS, "verdict"),
        CheckConstraint(SCORE_CHECK, name="score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    question: Mapped[str] = mapped_column(Text)
    target_code: Mapped[str | None] = mapped_column(String(64))
    answer_text: Mapped[str] = mapped_column(Text)
    seconds_taken: Mapped[float | None] = mapped_column(Float)
    score: Mapped[int] = mapped_column()
    verdict: Mapped[Verdict] = mapped_column(String(16))
    report: Mapped[dict[str, Any]] = mapped_column(json_type())


class RecordingRow(Base):
    """A recording: held under its token from upload until an attempt claims it, then that attempt's part's."""

    __tablename__ = "recordings"
    __table_args__ = (
        UniqueConstraint("attempt_id", "part"),
        CheckConstraint("size_bytes > 0", name="size_bytes"),
        CheckConstraint("(attempt_id IS NULL) <> (hold_token IS NULL)", name="held_or_kept"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    hold_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    part: Mapped[str | None] = mapped_column(String(16))
    media_type: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column()
    audio: Mapped[bytes] = mapped_column(LargeBinary(), deferred=True)


class QuizAnswerRow(Base):
    """One answer to a walkthrough's quiz question."""

    __tablename__ = "quiz_answers"
    __table_args__ = (
        CheckConstraint("quiz_index >= 0", name="quiz_index"),
        CheckConstraint("choice >= 0", name="choice"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    question_slug: Mapped[str] = mapped_column(String(120), index=True)
    quiz_index: Mapped[int] = mapped_column()
    choice: Mapped[int] = mapped_column()
    correct: Mapped[bool] = mapped_column()


class StoryRow(Base):
    """A story of the candidate's story bank; attempts told with it point here."""

    __tablename__ = "stories"
    __table_args__ = (_one_of("level", LEVELS, "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    title: Mapped[str] = mapped_column(String(MAX_TITLE_CHARS), index=True)
    situation: Mapped[str] = mapped_column(Text)
    task: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)
    reflection: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(80))
    level: Mapped[Level] = mapped_column(String(16))
    tags: Mapped[list[str]] = mapped_column(json_type())
