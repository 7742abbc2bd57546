"""A passage under judgement: the units in scope, who did what in them, and how to cite evidence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from starcoach.analysis.agency import Act, acts_in, doing
from starcoach.analysis.report import Evidence, Finding, Severity
from starcoach.analysis.text import Hit, Phrases, Unit, lazy_compile, once

if TYPE_CHECKING:
    from starcoach.content.models import Principle

T = TypeVar("T")


@dataclass
class Passage:
    """What a detector sees: the whole text, the units it judges, and the context of the question."""

    text: str
    units: Sequence[Unit]
    section: str
    level: str
    principle: Principle | None
    question: str | None
    all_acts: Sequence[Act]
    probe_gap: str | None = None  # for a follow-up: the rubric code its probe was chosen for
    parts: dict[str, list[Unit]] = field(default_factory=dict)
    _memo: dict[Callable[[Passage], object], object] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, compute: Callable[[Passage], T]) -> T:
        """Return `compute(self)`, computed once for this passage: several detectors ask the same question."""
        if compute not in self._memo:
            self._memo[compute] = compute(self)
        return self._memo[compute]  # type: ignore[return-value]

    @once
    def acts(self) -> list[Act]:
        return acts_in(self.all_acts, self.units)

    @once
    def word_count(self) -> int:
        return sum(u.word_count for u in self.units)

    @once
    def my_actions(self) -> list[Act]:
        return doing(self.acts, "i")

    @once
    def our_actions(self) -> list[Act]:
        return doing(self.acts, "we")

    @once
    def their_actions(self) -> list[Act]:
        return doing(self.acts, "other")

    def principle_slug_in(self, *slugs: str) -> bool:
        """Say whether the question's principle is one of these."""
        return self.principle is not None and self.principle.slug in slugs

    def part(self, *names: str) -> list[Unit]:
        """Return the units of the named STAR parts (for a whole answer), else the passage's own units."""
        if self.section != "answer":
            return list(self.units)
        chosen = [u for name in names for u in self.parts.get(name, [])]
        return sorted(chosen, key=lambda u: u.start)

    def find(self, phrases: Phrases, units: Iterable[Unit] | None = None) -> list[Hit]:
        """Return every match of the phrases in the given units (the passage's by default)."""
        return [m for _, m in phrases.in_units(self.units if units is None else units)]

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(start, end, self.text[start:end])

    def cite(
        self, spans: Iterable[tuple[int, int] | Hit | re.Match[str] | Act], limit: int = 4
    ) -> tuple[Evidence, ...]:
        """Turn matches, acts or (start, end) pairs into evidence, in text order, without duplicates."""
        pairs = {_offsets(span) for span in spans}
        text = self.text
        return tuple(Evidence(s, e, text[s:e]) for s, e in sorted(pairs)[:limit])

    def unit_of(self, position: int) -> Unit | None:
        """Return the unit holding a character position."""
        return next((u for u in self.units if u.start <= position < u.end), None)


def _offsets(span: tuple[int, int] | Hit | re.Match[str] | Act) -> tuple[int, int]:
    if isinstance(span, (Hit, re.Match)):
        return span.span()
    if isinstance(span, Act):
        return span.start, span.end
    return span


Detect = Callable[[Passage], Finding | None]


@dataclass(frozen=True)
class Detector:
    """One rubric check: the code it reports and the sections it applies to.

    A local detector only reports words it finds: if it finds nothing in a whole answer, it cannot
    find anything in a part of it, so the parts of an answer skip it.
    """

    code: str
    sections: frozenset[str]
    run: Detect
    local: bool = True


def finding(code: str, severity: Severity, message: str, evidence: tuple[Evidence, ...] = ()) -> Finding:
    return Finding(code=code, severity=severity, message=message, evidence=evidence)


def quote(text: str, limit: int = 60) -> str:
    """Quote a piece of the answer for a message, shortened to a readable length."""
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1] + '…'}”"


def quoted_finding(
    p: Passage,
    phrases: Phrases,
    code: str,
    severity: Severity,
    message: str,
    keep: Callable[[Hit], bool] | None = None,
) -> Finding | None:
    """Report `code` when any of the phrases occurs (and `keep` accepts it); `{quote}` in the message becomes the
    first match, quoted."""
    matches = [m for m in p.find(phrases) if keep is None or keep(m)]
    if not matches:
        return None
    return finding(code, severity, message.format(quote=quote(matches[0].group())), p.cite(matches, 3))


# A course the candidate rejects, told with the weak grounds it would have rested on: "what I wouldn't do is
# quietly ship it because the metric looked better", "rather than trusting that it seemed fine".
_REJECTED_COURSE = lazy_compile(
    r"\b(?:what (?:i|we) (?:wouldn'?t|would not|won'?t|will not|didn'?t|did not|never) (?:do|want)|(?:i|we) "
    r"(?:would never|wouldn'?t|won'?t|refused to|didn'?t want to)|rather than|instead of)\b[^.!?;]*$",
    re.IGNORECASE,
)


def in_rejected_course(text: str, start: int) -> bool:
    """Say whether the words at `start` belong to a course the candidate says they would not take, or did not."""
    return _REJECTED_COURSE.search(text, max(0, start - 120), start) is not None
