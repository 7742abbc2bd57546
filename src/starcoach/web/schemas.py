"""Request and response shapes of the JSON API that are not view data of their own."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from starcoach.analysis.analyzer import MAX_CHARS

SectionName = Literal["answer", "situation", "task", "action", "result", "reflection", "followup"]
LevelName = Literal["sde1", "sde2", "senior", "principal"]


class AnalyzeRequest(BaseModel):
    """An answer, or one section of it, to judge."""

    text: str = Field(description=f"The answer as typed or transcribed; at most {MAX_CHARS:,} characters.")
    section: SectionName = "answer"
    principle: str | None = Field(default=None, description="The principle asked about, by name or slug.")
    level: LevelName = "sde2"
    question: str | None = Field(default=None, description="The question asked; for a follow-up, the probe.")
    words_per_minute: int = Field(default=150, ge=60, le=300)


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str


class FindingOut(BaseModel):
    code: str
    kind: Literal["strength", "mistake"]
    severity: Literal["major", "minor"]
    message: str
    evidence: list[EvidenceOut]


class SpanOut(BaseModel):
    start: int
    end: int


class SectionOut(BaseModel):
    section: str
    start: int | None
    end: int | None
    spans: list[SpanOut]
    text: str
    word_count: int
    speaking_seconds: float
    target_seconds: int | None
    findings: list[FindingOut]


class ReportOut(BaseModel):
    """The analyzer's report (SPEC §4)."""

    section: str
    level: str
    principle: str | None
    judged: bool
    score: int
    verdict: Literal["strong_hire", "lean_hire", "lean_no_hire", "strong_no_hire"]
    word_count: int
    speaking_seconds: float
    target_seconds: int | None
    findings: list[FindingOut]
    note: str | None = None
    sections: list[SectionOut] | None = None
