"""The analyzer's report: findings with their evidence, per-section results, score and verdict (SPEC §4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from starcoach.analysis.codes import CODES

Verdict = Literal["strong_hire", "lean_hire", "lean_no_hire", "strong_no_hire"]
Severity = Literal["major", "minor"]
VERDICTS: tuple[Verdict, ...] = ("strong_hire", "lean_hire", "lean_no_hire", "strong_no_hire")
HIRE_SIDE = frozenset({"strong_hire", "lean_hire"})


class AnalysisError(ValueError):
    """The text cannot be analyzed (empty, too long, or a bad parameter); the message says why."""


class TextTooLong(AnalysisError):
    """The text is over the analyzer's size limit."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words of the answer that triggered a finding: offsets into the text and the text itself."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Finding:
    """One judgement: its code, whether it helps or hurts, how much, why, and the words behind it."""

    code: str
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...] = ()

    @property
    def kind(self) -> str:
        return CODES[self.code].kind

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class SectionReport:
    """One STAR part found in a whole answer: where it is and what was found in it."""

    name: str
    spans: list[tuple[int, int]]
    text: str
    word_count: int
    speaking_seconds: float
    target_seconds: int | None
    findings: list[Finding] = field(default_factory=list)
    # Measured from speech, when the answer was spoken.
    words_per_minute: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "section": self.name,
            "start": self.spans[0][0] if self.spans else None,
            "end": self.spans[-1][1] if self.spans else None,
            "spans": [{"start": s, "end": e} for s, e in self.spans],
            "text": self.text,
            "word_count": self.word_count,
            "speaking_seconds": self.speaking_seconds,
            "target_seconds": self.target_seconds,
            "words_per_minute": self.words_per_minute,
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class Report:
    """The analyzer's judgement of one text."""

    text: str
    section: str
    level: str
    principle: str | None
    score: int
    verdict: Verdict
    word_count: int
    speaking_seconds: float
    target_seconds: int | None
    findings: list[Finding]
    sections: list[SectionReport] = field(default_factory=list)
    judged: bool = True
    note: str = ""
    # Time, pace, long pauses and fillers measured from speech; empty for a typed answer.
    delivery: dict[str, Any] = field(default_factory=dict)

    @property
    def hire(self) -> bool:
        """Whether the verdict is on the hire side."""
        return self.verdict in HIRE_SIDE

    def codes(self) -> set[str]:
        """Return every finding code in the report, sections included."""
        found = {f.code for f in self.findings}
        for section in self.sections:
            found |= {f.code for f in section.findings}
        return found

    def all_findings(self) -> list[Finding]:
        """Return the report's findings followed by every section's."""
        return [*self.findings, *(f for s in self.sections for f in s.findings)]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "section": self.section,
            "level": self.level,
            "principle": self.principle,
            "judged": self.judged,
            "score": self.score,
            "verdict": self.verdict,
            "word_count": self.word_count,
            "speaking_seconds": self.speaking_seconds,
            "target_seconds": self.target_seconds,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.note:
            data["note"] = self.note
        if self.delivery:
            data["delivery"] = self.delivery
        if self.section == "answer":
            data["sections"] = [s.to_dict() for s in self.sections]
        return data
