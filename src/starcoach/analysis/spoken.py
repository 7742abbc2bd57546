"""Delivery measured from speech: real spoken time of any stretch of text, pace, long pauses and fillers.

The analyzer knows nothing of audio. A transcriber hands it the transcript's words, each with its place in
the text and the time it was said; from them this module tells how long a section really took, how fast it
was said, where the speaker stopped, and how often they filled the silence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from starcoach.analysis.detectors.delivery import SPOKEN_FILLER_PATTERNS
from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding
from starcoach.analysis.text import lazy_compile

# A comfortable interview pace, in words per minute; outside it the listener strains or drifts.
PACE_RANGE = (120, 170)
# A pace judged only on enough speech to mean something.
PACE_MIN_WORDS = 25
# A silence between two words at least this long is a long pause.
LONG_PAUSE_SECONDS = 2.0
# Fillers heard per minute of speech above which the listener notices them.
FILLERS_PER_MINUTE = 4.0
# The fillers counted in speech, read as the text's filler check reads them. The transcriber drops many "um" and
# "uh", so those count only when present.
SPOKEN_FILLERS = lazy_compile(r"\b(?:" + "|".join(SPOKEN_FILLER_PATTERNS) + r")\b", re.I)


@dataclass(frozen=True)
class SpokenWord:
    """One transcribed word: where it sits in the text (character offsets) and when it was said (seconds)."""

    start: int
    end: int
    t0: float
    t1: float


@dataclass(frozen=True)
class Pause:
    """A long silence: after which character of the text, and for how long."""

    at: int
    seconds: float


@dataclass(frozen=True)
class Spoken:
    """The timing of a spoken text, word by word, in text order."""

    words: tuple[SpokenWord, ...]

    def __post_init__(self) -> None:
        if any(b.start < a.start for a, b in zip(self.words, self.words[1:], strict=False)):
            raise ValueError("spoken words must be in text order")

    @property
    def seconds(self) -> float:
        """Spoken time from the first word to the last."""
        return round(self.words[-1].t1 - self.words[0].t0, 1) if self.words else 0.0

    def words_in(self, spans: Sequence[tuple[int, int]]) -> list[SpokenWord]:
        """The words that start inside any of the character spans."""
        return [w for w in self.words if any(s <= w.start < e for s, e in spans)]

    def seconds_in(self, spans: Sequence[tuple[int, int]]) -> float:
        """Real spoken time of a section: for each span, its first word's start to its last word's end."""
        total = 0.0
        for span in spans:
            words = self.words_in([span])
            if words:
                total += words[-1].t1 - words[0].t0
        return round(total, 1)

    def pauses(self, minimum: float = LONG_PAUSE_SECONDS) -> list[Pause]:
        """Silences between consecutive words of at least `minimum` seconds."""
        return [
            Pause(a.end, round(b.t0 - a.t1, 1))
            for a, b in zip(self.words, self.words[1:], strict=False)
            if b.t0 - a.t1 >= minimum
        ]


def words_per_minute(word_count: int, seconds: float) -> float | None:
    """Pace over a stretch of speech; None when there is too little time to measure."""
    if seconds < 1.0 or word_count == 0:
        return None
    return round(word_count * 60 / seconds, 1)


def pace_finding(word_count: int, seconds: float) -> Finding | None:
    """Report a pace outside the comfortable range, judged on enough speech to be fair."""
    wpm = words_per_minute(word_count, seconds)
    low, high = PACE_RANGE
    if wpm is None or word_count < PACE_MIN_WORDS or low <= wpm <= high:
        return None
    far = wpm < low * 0.8 or wpm > high * 1.2
    if wpm > high:
        advice = "Slow down: the interviewer is writing notes as you speak, and a rushed answer sounds nervous."
    else:
        advice = "Pick up the pace: long gaps between words lose the listener and eat your time."
    return finding(
        "pace",
        "major" if far else "minor",
        f"{wpm:.0f} words per minute, outside the comfortable {low}–{high}. {advice}",
    )


def spoken_fillers(p: Passage, spoken: Spoken) -> Finding | None:
    """Report fillers heard more often than the listener forgives, counted per minute of real speech."""
    if not p.units:
        return None
    start, end = p.units[0].start, p.units[-1].end
    matches = list(SPOKEN_FILLERS.finditer(p.text, start, end))
    seconds = spoken.seconds_in([(start, end)])
    if not matches or seconds < 10:
        return None
    rate = len(matches) * 60 / seconds
    if rate <= FILLERS_PER_MINUTE:
        return None
    return finding(
        "filler_words",
        "major" if rate >= FILLERS_PER_MINUTE * 2 else "minor",
        f"{len(matches)} fillers in {seconds:.0f} s of speech ({rate:.1f} a minute), such as "
        f"{quote(matches[0].group())}. Pause instead; silence sounds more confident.",
        p.cite(matches, 6),
    )


def delivery_summary(text: str, spoken: Spoken, word_count: int) -> dict[str, Any]:
    """What the report shows of the delivery: time, pace, long pauses (with the words before them), fillers."""
    matches = list(SPOKEN_FILLERS.finditer(text))
    counts: dict[str, int] = {}
    for match in matches:
        key = match.group().lower()
        counts[key] = counts.get(key, 0) + 1
    seconds = spoken.seconds
    return {
        "seconds": seconds,
        "words_per_minute": words_per_minute(word_count, seconds),
        "pace_range": list(PACE_RANGE),
        "long_pauses": [
            {"after": text[max(0, p.at - 30) : p.at].split(" ", 1)[-1], "at": p.at, "seconds": p.seconds}
            for p in spoken.pauses()
        ],
        "fillers": counts,
        "fillers_per_minute": round(len(matches) * 60 / seconds, 1) if seconds >= 1 else None,
        "filler_limit_per_minute": FILLERS_PER_MINUTE,
    }
