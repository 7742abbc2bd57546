"""The store's one entry point: `Store.open(settings)` migrates the database and answers every query."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, TextIO

from sqlalchemy import Engine, delete
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from starcoach.settings import Settings
from starcoach.store import attempts, migrate, own_data, recordings, stats, stories
from starcoach.store.db import create_engine_for
from starcoach.store.own_data import ExportCounts, ImportSummary, InvalidExport
from starcoach.store.records import (
    AttemptRecord,
    AttemptSummary,
    Mode,
    NewAttempt,
    Progress,
    QuizStats,
    Recording,
    StoreError,
)
from starcoach.store.schema import Base
from starcoach.stories.model import Story, StoryIn


def utc_now() -> datetime:
    """Return the current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class Store:
    """Stories, attempts and quiz answers over one SQLAlchemy engine; every method is its own transaction."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utc_now) -> None:
        """Wrap an engine whose database is already migrated; `clock` gives the time saved records get."""
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._clock = clock
        # SQLite before 3.51.3 can corrupt a WAL database when two connections write at once: one writer.
        self._write_lock: threading.Lock | None = threading.Lock() if engine.dialect.name == "sqlite" else None

    @classmethod
    def open(cls, settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> Store:
        """Create the engine for the settings, upgrade the database to the newest schema, and wrap it."""
        engine = create_engine_for(settings)
        try:
            migrate.upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, clock=clock)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def save_attempt(self, new: NewAttempt, held: Mapping[str, str] | None = None) -> AttemptRecord:
        """Save an attempt with its parts at once; a client_token already saved returns that attempt instead.

        `held` maps parts of the attempt ("answer", a section, "followup-N") to tokens of `hold_recording`:
        those recordings are kept with the attempt. A token no longer held (claimed, or purged) is passed over.
        """
        if new.client_token is not None:
            existing = self._by_token(new.client_token)
            if existing is not None:
                return existing
        try:
            with self._writing() as session:
                if new.story_id is not None and not stories.story_exists(session, new.story_id):
                    raise StoreError(f"there is no story {new.story_id} to tell this attempt with")
                return attempts.insert_attempt(session, new, self._now(), held)
        except IntegrityError:
            # Another request saved the same token between our look-up and our insert.
            existing = None if new.client_token is None else self._by_token(new.client_token)
            if existing is None:
                raise
            return existing

    def get_attempt(self, attempt_id: int) -> AttemptRecord | None:
        """Return an attempt with its sections and follow-ups, or None if there is no such attempt."""
        with self._reading() as session:
            return attempts.attempt_by_id(session, attempt_id)

    def list_attempts(
        self, limit: int = 50, principle: str | None = None, mode: Mode | None = None, offset: int = 0
    ) -> list[AttemptSummary]:
        """Return attempts newest first, optionally only those of one principle slug or one mode."""
        if limit < 1 or offset < 0:
            raise StoreError(f"limit must be at least 1 and offset at least 0 (got {limit}, {offset})")
        with self._reading() as session:
            return attempts.attempt_summaries(session, limit=limit, offset=offset, principle=principle, mode=mode)

    def delete_attempt(self, attempt_id: int) -> bool:
        """Delete an attempt with its sections and follow-ups; return whether it existed."""
        with self._writing() as session:
            return attempts.delete_attempt(session, attempt_id)

    def hold_recording(self, audio: bytes, media_type: str) -> str:
        """Keep a recording until an attempt claims it (see `save_attempt`); return its token."""
        with self._writing() as session:
            recordings.purge_held(session, self._held_since())
            return recordings.hold(session, audio, media_type, self._now())

    def purge_held_recordings(self) -> int:
        """Delete the recordings held longer than `recordings.HOLD_HOURS` that no attempt claimed."""
        with self._writing() as session:
            return recordings.purge_held(session, self._held_since())

    def get_recording(self, attempt_id: int, part: str) -> Recording | None:
        """Return the recording of one part of an attempt, with its audio, or None if there is none."""
        with self._reading() as session:
            return recordings.recording_of(session, attempt_id, part)

    def record_quiz_answer(self, question_slug: str, quiz_index: int, choice: int, correct: bool) -> None:
        """Record one answer to a walkthrough's quiz question."""
        if quiz_index < 0 or choice < 0:
            raise StoreError(f"quiz_index and choice must be 0 or more (got {quiz_index}, {choice})")
        with self._writing() as session:
            stats.insert_quiz_answer(
                session,
                question_slug=question_slug,
                quiz_index=quiz_index,
                choice=choice,
                correct=correct,
                created_at=self._now(),
            )

    def quiz_accuracy(self) -> QuizStats:
        """Return how many quiz answers were right, overall and per question slug."""
        with self._reading() as session:
            return stats.quiz_stats(session)

    def progress(self) -> Progress:
        """Return scores over time and, per principle, attempts, best verdict, best score and last attempt."""
        with self._reading() as session:
            return stats.progress(session)

    def add_story(self, story: StoryIn) -> Story:
        """Save a new story to the bank, stamped created and updated now."""
        with self._writing() as session:
            return stories.insert_story(session, story, created_at=self._now())

    def get_story(self, story_id: int) -> Story | None:
        """Return a story of the bank, or None if there is no such story."""
        with self._reading() as session:
            return stories.story_by_id(session, story_id)

    def list_stories(self) -> list[Story]:
        """Return every story of the bank, by title."""
        with self._reading() as session:
            return stories.stories_by_title(session)

    def update_story(self, story_id: int, story: StoryIn) -> Story | None:
        """Replace a story's fields and stamp it updated now; None if there is no such story."""
        with self._writing() as session:
            return stories.replace_story(session, story_id, story, updated_at=self._now())

    def delete_story(self, story_id: int) -> bool:
        """Delete a story, keeping the attempts told with it (their story_id becomes None); say whether it existed."""
        with self._writing() as session:
            return stories.delete_story(session, story_id)

    def export_data(self) -> dict[str, Any]:
        """Return the candidate's stories, attempts and quiz answers as one JSON-ready export document."""
        exported_at = self._now()
        with self._snapshot() as session:
            return own_data.export_document(session, exported_at)

    def write_export(self, out: TextIO) -> ExportCounts:
        """Write the same document as `export_data` to `out`, an attempt at a time, and say how much it holds."""
        exported_at = self._now()
        with self._snapshot() as session:
            return own_data.write_export(session, exported_at, out)

    def import_data(self, document: Any) -> ImportSummary:
        """Import an export document in one transaction, skipping what is already stored; InvalidExport if bad."""
        parsed = own_data.parse_document(document)
        try:
            with self._writing() as session:
                return own_data.import_document(session, parsed)
        except (DataError, IntegrityError) as error:
            raise InvalidExport(f"the database refused the export, so nothing was imported: {error.orig}") from None

    def wipe_all(self) -> None:
        """Delete every row of every table (stories, attempts, their parts and recordings, quiz answers)."""
        with self._writing() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(delete(table))

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise StoreError("the store's clock gave a naive datetime; it must give timezone-aware times")
        return now.astimezone(UTC)

    def _held_since(self) -> datetime:
        return self._now() - timedelta(hours=recordings.HOLD_HOURS)

    def _by_token(self, client_token: str) -> AttemptRecord | None:
        with self._reading() as session:
            return attempts.attempt_by_token(session, client_token)

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def _snapshot(self) -> Iterator[Session]:
        """Read several tables as of one moment, so an attempt never names a story the same read missed."""
        # SQLite: no writer of this store runs meanwhile. PostgreSQL: one snapshot for the whole transaction.
        with self._write_lock or nullcontext(), self._sessions() as session:
            if self.engine.dialect.name == "postgresql":
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        with self._write_lock or nullcontext(), self._sessions.begin() as session:
            yield session
