"""What goes into the store and what comes out: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

from starcoach.analysis.report import VERDICTS, Verdict
from starcoach.levels import LEVELS, Level
from starcoach.speech.audio import MAX_AUDIO_BYTES

Mode = Literal["practice", "mock"]
MODES: tuple[str, ...] = get_args(Mode)

SectionName = Literal["situation", "task", "action", "result", "reflection"]
SECTION_NAMES: tuple[str, ...] = get_args(SectionName)

# The part of an attempt a recording belongs to: the mock answer, a practice section, or follow-up N (from 0).
RECORDING_PART = re.compile(r"answer|situation|task|action|result|reflection|followup-[0-9]{1,2}")
MEDIA_TYPE = re.compile(r"audio/[a-z0-9.+-]{1,40}")

# Best first (SPEC §4): a lower rank is a better verdict, so "best verdict" is the minimum rank.
VERDICT_RANK: dict[str, int] = {verdict: rank for rank, verdict in enumerate(VERDICTS)}


class StoreError(ValueError):
    """A value cannot be stored (unknown mode, level or verdict, score out of range); the message says which."""


def _check_choice(what: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise StoreError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")


def _check_scored(what: str, score: int, verdict: str) -> None:
    if not 0 <= score <= 100:
        raise StoreError(f"{what} score {score} is outside 0-100")
    _check_choice(f"{what} verdict", verdict, VERDICTS)


def _check_seconds(what: str, seconds: float | None) -> None:
    if seconds is not None and seconds < 0:
        raise StoreError(f"{what} cannot be negative ({seconds})")


@dataclass(frozen=True)
class NewSection:
    """One STAR section of a practice attempt as the candidate wrote it, with its own report."""

    name: SectionName
    text: str
    score: int
    verdict: Verdict
    report: dict[str, Any]
    seconds_taken: float | None = None

    def __post_init__(self) -> None:
        _check_choice("section", self.name, SECTION_NAMES)
        _check_scored(f"section {self.name}", self.score, self.verdict)
        _check_seconds("seconds_taken", self.seconds_taken)


@dataclass(frozen=True)
class NewFollowup:
    """One follow-up probe of a mock interview, the candidate's answer to it, and its report."""

    question: str
    answer_text: str
    score: int
    verdict: Verdict
    report: dict[str, Any]
    target_code: str | None = None
    seconds_taken: float | None = None

    def __post_init__(self) -> None:
        _check_scored("follow-up", self.score, self.verdict)
        _check_seconds("seconds_taken", self.seconds_taken)


def followup_part(index: int) -> str:
    """Return the recording part of follow-up number `index` (from 0)."""
    return f"followup-{index}"


@dataclass(frozen=True)
class Recording:
    """A recording of one part of an attempt: the audio as it was uploaded, and its media type."""

    part: str
    media_type: str
    audio: bytes = field(repr=False)

    def __post_init__(self) -> None:
        check_part(self.part)
        check_recording(self.media_type, self.audio)


def check_part(part: str) -> None:
    """Refuse a part that is not the answer, a section or a follow-up of an attempt."""
    if not RECORDING_PART.fullmatch(part):
        raise StoreError(f"unknown recording part {part!r}; expected answer, a section or followup-N")


def check_recording(media_type: str, audio: bytes) -> None:
    """Refuse a recording that is empty, over the audio size limit, or not of an audio/* media type."""
    if not MEDIA_TYPE.fullmatch(media_type):
        raise StoreError(f"media type {media_type!r} is not an audio type")
    if not 0 < len(audio) <= MAX_AUDIO_BYTES:
        raise StoreError(f"a recording holds 1 to {MAX_AUDIO_BYTES:,} bytes, not {len(audio):,}")


@dataclass(frozen=True)
class RecordingInfo:
    """What an attempt's stored recording is, without its bytes (`Store.get_recording` gives those)."""

    part: str
    media_type: str
    size_bytes: int


@dataclass(frozen=True)
class NewAttempt:
    """A finished practice or mock attempt to save: the whole answer, its parts and their reports."""

    mode: Mode
    question_slug: str
    principle_slug: str
    level: Level
    answer_text: str
    score: int
    verdict: Verdict
    report: dict[str, Any]
    sections: tuple[NewSection, ...] = ()
    followups: tuple[NewFollowup, ...] = ()
    duration_seconds: float | None = None
    story_id: int | None = None
    client_token: str | None = None
    recordings: tuple[Recording, ...] = ()

    def __post_init__(self) -> None:
        _check_choice("mode", self.mode, MODES)
        parts = [recording.part for recording in self.recordings]
        if len(set(parts)) != len(parts):
            raise StoreError(f"an attempt holds one recording per part; got {', '.join(sorted(parts))}")
        _check_choice("level", self.level, LEVELS)
        _check_scored("attempt", self.score, self.verdict)
        _check_seconds("duration_seconds", self.duration_seconds)
        if self.client_token is not None and not self.client_token:
            raise StoreError("client_token must be None or a non-empty string")


@dataclass(frozen=True)
class SectionRecord:
    """A stored section of an attempt, in the order it was written."""

    id: int
    position: int
    name: SectionName
    text: str
    score: int
    verdict: Verdict
    report: dict[str, Any]
    seconds_taken: float | None


@dataclass(frozen=True)
class FollowupRecord:
    """A stored follow-up probe and its answer, in the order it was asked."""

    id: int
    position: int
    question: str
    target_code: str | None
    answer_text: str
    score: int
    verdict: Verdict
    report: dict[str, Any]
    seconds_taken: float | None


@dataclass(frozen=True)
class AttemptRecord:
    """A stored attempt with everything it holds; created_at is timezone-aware UTC."""

    id: int
    created_at: datetime
    mode: Mode
    question_slug: str
    principle_slug: str
    level: Level
    story_id: int | None
    answer_text: str
    score: int
    verdict: Verdict
    report: dict[str, Any]
    duration_seconds: float | None
    client_token: str | None
    sections: tuple[SectionRecord, ...] = ()
    followups: tuple[FollowupRecord, ...] = ()
    recordings: tuple[RecordingInfo, ...] = ()

    def recording(self, part: str) -> RecordingInfo | None:
        """Return the recording of this part of the attempt, or None if that part was typed."""
        return next((recording for recording in self.recordings if recording.part == part), None)


@dataclass(frozen=True)
class AttemptSummary:
    """One line of the attempts list: what was answered, when, and how it was judged."""

    id: int
    created_at: datetime
    mode: Mode
    question_slug: str
    principle_slug: str
    level: Level
    score: int
    verdict: Verdict
    duration_seconds: float | None


@dataclass(frozen=True)
class QuizAnswerRecord:
    """One answer given to a walkthrough's quiz question."""

    id: int
    created_at: datetime
    question_slug: str
    quiz_index: int
    choice: int
    correct: bool


@dataclass(frozen=True)
class QuizTally:
    """How many quiz answers were given and how many were right; ratio is None when none were given."""

    answered: int
    correct: int
    ratio: float | None

    @classmethod
    def of(cls, answered: int, correct: int) -> QuizTally:
        """Return the tally of these counts with its ratio worked out."""
        return cls(answered=answered, correct=correct, ratio=correct / answered if answered else None)


@dataclass(frozen=True)
class QuizStats:
    """Quiz accuracy overall and per question slug (every answer counts, retries included)."""

    answered: int
    correct: int
    ratio: float | None
    per_question: dict[str, QuizTally] = field(default_factory=dict)


@dataclass(frozen=True)
class ScorePoint:
    """One attempt as a point on the scores-over-time chart."""

    attempt_id: int
    created_at: datetime
    score: int
    verdict: Verdict
    mode: Mode
    principle_slug: str
    question_slug: str


@dataclass(frozen=True)
class PrincipleProgress:
    """Where the candidate stands on one principle: attempts, best verdict and score, last attempt."""

    principle_slug: str
    attempts: int
    best_verdict: Verdict
    best_score: int
    last_attempted: datetime


@dataclass(frozen=True)
class Progress:
    """Scores over time (oldest first) and, per principle slug attempted, the candidate's standing."""

    scores: tuple[ScorePoint, ...]
    principles: dict[str, PrincipleProgress]
