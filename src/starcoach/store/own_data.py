"""The candidate's own data as one JSON document: export everything, import it back without loss or duplicates.

The document is `{"format": "starcoach-export", "version": 2, "exported_at": ..., "stories": [...],
"attempts": [...], "quiz_answers": [...]}`, times as ISO 8601 in UTC, each list oldest first. Ids in it
are the exporting store's: an attempt's `story_id` names a story of the same document, and importing
gives new ids. Importing skips what the store already holds, so the same file can be imported twice.

Version 2 adds each attempt's `recordings`: `{"part", "media_type", "audio"}` with the audio in base64.
Version 1 documents, which have none, are still read.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, TextIO, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from starcoach.analysis.report import Verdict
from starcoach.levels import Level
from starcoach.speech.audio import MAX_AUDIO_BYTES
from starcoach.store import attempts, recordings, stats, stories
from starcoach.store.records import (
    MEDIA_TYPE,
    RECORDING_PART,
    Mode,
    NewAttempt,
    NewFollowup,
    NewSection,
    Recording,
    SectionName,
    StoreError,
)
from starcoach.store.schema import AttemptRow, QuizAnswerRow, StoryRow
from starcoach.stories.model import StoryIn

T = TypeVar("T")

EXPORT_FORMAT = "starcoach-export"
EXPORT_VERSION = 2
# The versions this code imports: version 1 is version 2 without recordings.
READABLE_VERSIONS = (1, 2)
# How many validation problems an error message lists before it stops.
MAX_PROBLEMS_SHOWN = 10

Slug = Annotated[str, Field(max_length=120)]
Count = Annotated[int, Field(ge=0)]
Score = Annotated[int, Field(ge=0, le=100)]
Seconds = Annotated[float, Field(ge=0)]


class InvalidExport(StoreError):
    """A document cannot be imported: not a starcoach export, another version, or malformed; the message says where."""


@dataclass(frozen=True)
class ImportSummary:
    """What an import added and what it skipped because the store already held it."""

    stories_added: int = 0
    stories_skipped: int = 0
    attempts_added: int = 0
    attempts_skipped: int = 0
    quiz_answers_added: int = 0
    quiz_answers_skipped: int = 0

    @property
    def added(self) -> int:
        """Return how many records were added in all."""
        return self.stories_added + self.attempts_added + self.quiz_answers_added

    @property
    def skipped(self) -> int:
        """Return how many records were skipped in all."""
        return self.stories_skipped + self.attempts_skipped + self.quiz_answers_skipped


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExportedStory(StoryIn):
    """A story as exported: the candidate's fields, its id in the document, and its times."""

    id: int
    created_at: AwareDatetime
    updated_at: AwareDatetime


class ExportedSection(_Item):
    """A section of an exported attempt; the list order is the order it was written."""

    id: int | None = None
    position: int | None = None
    name: SectionName
    text: str
    score: Score
    verdict: Verdict
    report: dict[str, Any]
    seconds_taken: Seconds | None = None


class ExportedFollowup(_Item):
    """A follow-up of an exported attempt; the list order is the order it was asked."""

    id: int | None = None
    position: int | None = None
    question: str
    target_code: Annotated[str, Field(max_length=64)] | None = None
    answer_text: str
    score: Score
    verdict: Verdict
    report: dict[str, Any]
    seconds_taken: Seconds | None = None


class ExportedRecording(_Item):
    """A recording of one part of an exported attempt, its audio in base64."""

    part: Annotated[str, Field(pattern=f"^(?:{RECORDING_PART.pattern})$")]
    media_type: Annotated[str, Field(pattern=f"^{MEDIA_TYPE.pattern}$")]
    audio: bytes

    @field_validator("audio", mode="before")
    @classmethod
    def _decoded(cls, value: object) -> bytes:
        if not isinstance(value, str):
            raise ValueError("audio is the recording in base64 text")
        if len(value) > (MAX_AUDIO_BYTES + 2) // 3 * 4:
            raise ValueError(f"the recording is over the {MAX_AUDIO_BYTES // 1_048_576} MiB limit")
        try:
            audio = base64.b64decode(value, validate=True)
        except binascii.Error:
            raise ValueError("audio is not valid base64") from None
        if not audio:
            raise ValueError("the recording is empty")
        return audio


class ExportedAttempt(_Item):
    """An exported attempt with its parts; story_id names a story of the same document."""

    id: int | None = None
    created_at: AwareDatetime
    mode: Mode
    question_slug: Slug
    principle_slug: Slug
    level: Level
    story_id: int | None = None
    answer_text: str
    score: Score
    verdict: Verdict
    report: dict[str, Any]
    duration_seconds: Seconds | None = None
    client_token: Annotated[str, Field(min_length=1, max_length=120)] | None = None
    sections: list[ExportedSection] = Field(default_factory=list)
    followups: list[ExportedFollowup] = Field(default_factory=list)
    recordings: list[ExportedRecording] = Field(default_factory=list)


class ExportedQuizAnswer(_Item):
    """An exported answer to a walkthrough's quiz question."""

    id: int | None = None
    created_at: AwareDatetime
    question_slug: Slug
    quiz_index: Count
    choice: Count
    correct: bool


class ExportDocument(_Item):
    """The whole export, as `import_document` reads it."""

    format: Literal["starcoach-export"]
    version: Literal[1, 2]
    exported_at: AwareDatetime
    stories: list[ExportedStory] = Field(default_factory=list)
    attempts: list[ExportedAttempt] = Field(default_factory=list)
    quiz_answers: list[ExportedQuizAnswer] = Field(default_factory=list)


@dataclass(frozen=True)
class ExportCounts:
    """How much an export holds."""

    stories: int
    attempts: int
    quiz_answers: int


def write_export(session: Session, exported_at: datetime, out: TextIO) -> ExportCounts:
    """Write everything stored to `out` as one export document, an attempt at a time.

    Only one attempt's recordings are in memory at once, so an export is not bounded by memory. Each item
    of a list is on its own line; the document reads back with `json.load` like any other.
    """
    story_items, quiz_items = _story_items(session), _quiz_items(session)
    out.write("{\n" + "".join(f"{_json(key)}: {_json(value)},\n" for key, value in _head(exported_at).items()))
    _write_list(out, "stories", story_items)
    count = 0
    out.write(',\n"attempts": [')
    for count, item in enumerate(_attempt_items(session), start=1):
        out.write(("," if count > 1 else "") + "\n  " + _json(item))
    out.write("\n]" if count else "]")
    out.write(",\n")
    _write_list(out, "quiz_answers", quiz_items)
    out.write("\n}\n")
    return ExportCounts(len(story_items), count, len(quiz_items))


def export_document(session: Session, exported_at: datetime) -> dict[str, Any]:
    """Return everything stored as one JSON-ready export document, held whole in memory."""
    return _head(exported_at) | {
        "stories": _story_items(session),
        "attempts": list(_attempt_items(session)),
        "quiz_answers": _quiz_items(session),
    }


def _head(exported_at: datetime) -> dict[str, Any]:
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": exported_at.isoformat()}


def _quiz_items(session: Session) -> list[dict[str, Any]]:
    return [jsonable(asdict(record)) for record in stats.all_quiz_answers(session)]


def _story_items(session: Session) -> list[dict[str, Any]]:
    return [
        jsonable(
            {"id": story.id, "created_at": story.created_at, "updated_at": story.updated_at}
            | story.model_dump(include=set(StoryIn.model_fields))
        )
        for story in stories.stories_by_age(session)
    ]


def _attempt_items(session: Session) -> Iterator[dict[str, Any]]:
    """Yield each attempt with its recordings in base64, reading one attempt's audio at a time."""
    with_audio = recordings.attempts_with_recordings(session)
    for record in attempts.all_attempts(session):
        kept = recordings.kept_with(session, record.id) if record.id in with_audio else []
        yield jsonable(asdict(record)) | {
            "recordings": [
                {"part": r.part, "media_type": r.media_type, "audio": base64.b64encode(r.audio).decode("ascii")}
                for r in kept
            ]
        }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _write_list(out: TextIO, key: str, items: list[Any]) -> None:
    out.write(f"{_json(key)}: [" + ",".join(f"\n  {_json(item)}" for item in items) + ("\n]" if items else "]"))


def parse_document(document: Any) -> ExportDocument:
    """Check that a document is a starcoach export of a version this code reads, and validate it whole."""
    if not isinstance(document, dict):
        raise InvalidExport(f"an export is a JSON object, not {type(document).__name__}")
    found_format = document.get("format")
    if found_format != EXPORT_FORMAT:
        raise InvalidExport(f"not a starcoach export: format is {found_format!r}, expected {EXPORT_FORMAT!r}")
    found_version = document.get("version")
    if type(found_version) is not int or found_version not in READABLE_VERSIONS:
        readable = " and ".join(str(version) for version in READABLE_VERSIONS)
        raise InvalidExport(
            f"export version {found_version!r} is not supported: this starcoach reads versions {readable}"
        )
    try:
        return ExportDocument.model_validate(document)
    except ValidationError as error:
        raise InvalidExport(_problems(error)) from None


def import_document(session: Session, document: ExportDocument) -> ImportSummary:
    """Add every story, attempt and quiz answer of a parsed export that the store does not hold yet."""
    story_ids, stories_added = _import_stories(session, document.stories)
    attempts_added = _import_attempts(session, document.attempts, story_ids)
    quiz_answers_added = _import_quiz_answers(session, document.quiz_answers)
    return ImportSummary(
        stories_added=stories_added,
        stories_skipped=len(document.stories) - stories_added,
        attempts_added=attempts_added,
        attempts_skipped=len(document.attempts) - attempts_added,
        quiz_answers_added=quiz_answers_added,
        quiz_answers_skipped=len(document.quiz_answers) - quiz_answers_added,
    )


def jsonable(value: Any) -> Any:
    """Turn datetimes (as ISO 8601) and tuples inside plain data into what json.dumps accepts."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    return value


class _Held:
    """The store's records by matching key, each claimable once, so n copies in a file match n in the store."""

    def __init__(self, pairs: Iterable[tuple[Hashable, int]]) -> None:
        self._ids: defaultdict[Hashable, list[int]] = defaultdict(list)
        for key, record_id in pairs:
            self._ids[key].append(record_id)

    def claim(self, key: Hashable) -> int | None:
        """Return the id of an unclaimed stored record with this key and claim it, or None."""
        ids = self._ids.get(key)
        return ids.pop(0) if ids else None


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _import_stories(session: Session, items: list[ExportedStory]) -> tuple[dict[int, int], int]:
    """Add the stories not held yet (matched by title and creation time); map document ids to store ids."""
    held = _Held(
        ((row.title, _utc(row.created_at)), row.id)
        for row in session.execute(select(StoryRow.id, StoryRow.title, StoryRow.created_at).order_by(StoryRow.id))
    )
    story_ids: dict[int, int] = {}
    added = 0
    for index, item in enumerate(items):
        if item.id in story_ids:
            raise InvalidExport(f"stories.{index}.id: story id {item.id} appears twice in the export")
        existing = held.claim((item.title, _utc(item.created_at)))
        if existing is not None:
            story_ids[item.id] = existing
            continue
        try:
            saved = stories.insert_story(session, item, created_at=item.created_at, updated_at=item.updated_at)
        except StoreError as error:
            raise InvalidExport(f"stories.{index}: {error}") from None
        story_ids[item.id] = saved.id
        added += 1
    return story_ids, added


def _import_attempts(session: Session, items: list[ExportedAttempt], story_ids: dict[int, int]) -> int:
    """Add the attempts not held yet: by client_token when one is given, else by time, question and mode."""
    rows = session.execute(
        select(
            AttemptRow.id, AttemptRow.created_at, AttemptRow.question_slug, AttemptRow.mode, AttemptRow.client_token
        ).order_by(AttemptRow.id)
    ).all()
    tokens = {row.client_token for row in rows if row.client_token is not None}
    held = _Held(
        ((_utc(row.created_at), row.question_slug, row.mode), row.id) for row in rows if row.client_token is None
    )
    added = 0
    for index, item in enumerate(items):
        if item.client_token is not None:
            if item.client_token in tokens:
                continue
            tokens.add(item.client_token)
        elif held.claim((_utc(item.created_at), item.question_slug, item.mode)) is not None:
            continue
        story_id = None
        if item.story_id is not None:
            if item.story_id not in story_ids:
                raise InvalidExport(f"attempts.{index}.story_id: story {item.story_id} is not in the export")
            story_id = story_ids[item.story_id]
        try:
            new = _new_attempt(item, story_id)
        except StoreError as error:
            raise InvalidExport(f"attempts.{index}: {error}") from None
        attempts.insert_attempt(session, new, item.created_at)
        added += 1
    return added


def _copied(target: type[T], source: Any, **overrides: Any) -> T:
    """Build a record from an exported item that has the same field names, overriding some."""
    values = {f.name: getattr(source, f.name) for f in fields(target) if f.name not in overrides}  # type: ignore[arg-type]
    return target(**values, **overrides)


def _new_attempt(item: ExportedAttempt, story_id: int | None) -> NewAttempt:
    return _copied(
        NewAttempt,
        item,
        story_id=story_id,
        sections=tuple(_copied(NewSection, section) for section in item.sections),
        followups=tuple(_copied(NewFollowup, followup) for followup in item.followups),
        recordings=tuple(_copied(Recording, recording) for recording in item.recordings),
    )


def _import_quiz_answers(session: Session, items: list[ExportedQuizAnswer]) -> int:
    """Add the quiz answers not held yet, matched on every field but the id."""
    columns = (
        QuizAnswerRow.created_at,
        QuizAnswerRow.question_slug,
        QuizAnswerRow.quiz_index,
        QuizAnswerRow.choice,
        QuizAnswerRow.correct,
    )
    held = _Held(
        ((_utc(row.created_at), row.question_slug, row.quiz_index, row.choice, row.correct), row.id)
        for row in session.execute(select(QuizAnswerRow.id, *columns).order_by(QuizAnswerRow.id))
    )
    added = 0
    for item in items:
        key = (_utc(item.created_at), item.question_slug, item.quiz_index, item.choice, item.correct)
        if held.claim(key) is not None:
            continue
        stats.insert_quiz_answer(
            session,
            question_slug=item.question_slug,
            quiz_index=item.quiz_index,
            choice=item.choice,
            correct=item.correct,
            created_at=item.created_at,
        )
        added += 1
    return added


def _problems(error: ValidationError) -> str:
    """Word a validation error as `path: message` lines, the path dotted from the document's top."""
    lines = [
        f"{'.'.join(str(part) for part in problem['loc']) or 'document'}: {problem['msg']}"
        for problem in error.errors(include_url=False)
    ]
    more = len(lines) - MAX_PROBLEMS_SHOWN
    shown = lines[:MAX_PROBLEMS_SHOWN] + ([f"... and {more} more"] if more > 0 else [])
    return "the export is malformed:\n  " + "\n  ".join(shown)
