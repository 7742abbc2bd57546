"""How well a story fits each principle, and why (the story's full report is in `stories.report`).

Core only: it reads a story and the library and returns plain pydantic data that a web page and a terminal
both render. A fit (0-100) adds (a) the rubric signals the story carries, weighted by the principle, and
(b) the principle's themes the story mentions, and takes off (c) the mistakes the principle punishes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal, cast

from pydantic import BaseModel, Field

from starcoach.analysis import MAX_CHARS, AnalysisError, Report, analyze
from starcoach.analysis.codes import CODES, PRINCIPLE_SIGNALS
from starcoach.analysis.report import Finding, Severity
from starcoach.content import Library
from starcoach.content.models import Principle
from starcoach.levels import LEVELS
from starcoach.stories.model import STORY_PARTS, StoryIn

# (a) Points for the rubric signals: the share of the principle's weighted signals the story carries. Signals
# say how well the story shows what the principle looks for, not what it is about, so they carry the lesser part.
SIGNAL_POINTS = 30.0
# A minor strength is weaker evidence of what the story shows than a major one (as in the scoring).
MINOR_STRENGTH = 0.6
# (b) Points for themes: what the story is about, which signals alone cannot say, so themes carry most of the fit.
THEME_POINTS = 70.0
# Each distinct theme covers this share of what the themes have left to give: a few themes say it, more add less.
THEME_SATURATION = 0.3
# A theme of several words ("cloud bill") says more than a single word ("cost").
PHRASE_THEME_WEIGHT = 1.5
# (c) Points a mistake takes off per unit of weight above neutral that the principle puts on the strength it undoes.
PENALTY_POINTS: dict[str, float] = {"major": 8.0, "minor": 4.0}
# Weights at or under neutral are not what the principle "weighs most": undoing them costs nothing.
PENALTY_FLOOR = 1.0

# The strength each mistake undoes: a principle that weighs the strength punishes the mistake.
UNDOES: dict[str, str] = {
    "handoff": "followthrough",  # raising it and stopping is the opposite of carrying it through
    "delegated_initiative": "self_initiated",  # someone else started it
    "passive_waiting": "self_initiated",  # waiting for others is the opposite of acting unasked
    "we_language": "first_person_action",  # "we" hides what the candidate did
    "others_did_the_work": "first_person_action",  # the decisive acts were someone else's
    "missing_scope_boundary": "scope_boundary",  # never says whose problem it was
    "unverified": "verification",  # assumed it worked
    "secondhand_numbers": "verification",  # figures not checked by the candidate
    "no_quantification": "metric_delta",  # no measure where a before-and-after was due
    "vague_result": "business_impact",  # an outcome nobody can value
    "oversimplified": "root_cause",  # dismissing the difficulty skips the cause
    "vague_rationale": "tradeoff",  # a reason with no stakes weighs no options
    "generic_reflection": "specific_reflection",  # a lesson any story could teach
    "missing_systemic_insight": "systemic_insight",  # no organisational cause at a level that needs one
}
# Mistakes a principle punishes beyond the strength they undo, as extra weight.
PUNISHES: dict[str, dict[str, float]] = {
    "earn-trust": {"blame": 1.5},  # faulting others is the opposite of earning their trust
    "ownership": {"blame": 1.0},  # owning a problem includes owning your part of it
    "have-backbone-disagree-and-commit": {"hedging": 1.0},  # backbone is stating a view plainly
    "are-right-a-lot": {"implausible_claim": 1.0},  # judgement shows in believable figures
}

SourcePart = Literal["title", "situation", "task", "action", "result", "reflection"]


class Quote(BaseModel):
    """Exact words of the story: `text == source[start:end]`, where source is the named part (or the title)."""

    part: SourcePart
    start: int
    end: int
    text: str


class FitReason(BaseModel):
    """One reason a fit is what it is, readable as is, with the words behind it."""

    kind: Literal["signal", "theme", "mistake"]
    code: str = ""
    text: str
    points: float
    quotes: list[Quote] = Field(default_factory=list)


def _quote(part: str, start: int, end: int, text: str) -> Quote:
    return Quote(part=cast(SourcePart, part), start=start, end=end, text=text)


class PrincipleFit(BaseModel):
    """How well the story fits one principle (0-100), and the reasons."""

    slug: str
    name: str
    fit: int
    signal_points: float
    theme_points: float
    penalty_points: float
    themes: list[str]
    reasons: list[FitReason]


@dataclass
class Seen:
    """A rubric code found in the story: its strongest severity and its quotes."""

    severity: Severity
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class StoryReading:
    """What the analyzer found in a story: the whole answer, each part, and the codes with their quotes."""

    sources: dict[str, str]
    offsets: list[tuple[str, int, int]]
    level: str
    whole: Report
    parts: dict[str, Report]
    strengths: dict[str, Seen] = field(default_factory=dict)
    mistakes: dict[str, Seen] = field(default_factory=dict)
    note: str = ""

    def locate(self, start: int, end: int) -> Quote | None:
        """Turn a span of the whole answer into a quote of the part that holds its start."""
        for name, first, last in self.offsets:
            if first <= start < last:
                stop = min(end, last)
                text = self.sources[name][start - first : stop - first]
                return _quote(name, start - first, stop - first, text)
        return None

    def quotes_of(self, item: Finding, part: str | None = None) -> list[Quote]:
        """Quote a finding's evidence: from the whole answer, or from one part analyzed on its own."""
        if part is None:
            return [q for q in (self.locate(e.start, e.end) for e in item.evidence) if q is not None]
        return [_quote(part, e.start, e.end, e.text) for e in item.evidence]


def _note(found: dict[str, Seen], item: Finding, quotes: list[Quote]) -> None:
    seen = found.setdefault(item.code, Seen(item.severity))
    if item.severity == "major":
        seen.severity = "major"
    for quote in quotes:
        if all((q.part, q.start, q.end) != (quote.part, quote.start, quote.end) for q in seen.quotes):
            seen.quotes.append(quote)


def _judge(text: str, section: str, level: str, lp: str | None = None) -> Report:
    """Analyze a text; one with nothing the analyzer counts as words (say, only control characters) finds nothing."""
    if level not in LEVELS:
        raise AnalysisError(f"level must be one of {', '.join(LEVELS)}")
    if text.strip():
        return analyze(text[:MAX_CHARS], section=section, lp=lp, level=level)
    return Report(
        text=text,
        section=section,
        level=level,
        principle=lp,
        score=0,
        verdict="strong_no_hire",
        word_count=0,
        speaking_seconds=0.0,
        target_seconds=None,
        findings=[],
        judged=False,
        note="There are no words to judge.",
    )


def read_story(story: StoryIn, level: str | None = None) -> StoryReading:
    """Analyze a story's whole answer and each written part, and gather its strengths and mistakes."""
    level = level or story.level
    answer = story.answer()
    offsets: list[tuple[str, int, int]] = []
    cursor = 0
    for name in STORY_PARTS:
        text = getattr(story, name)
        if text:
            offsets.append((name, cursor, cursor + len(text)))
            cursor += len(text) + 2
    note = ""
    if len(answer) > MAX_CHARS:  # parts stay whole; the answer is judged on its first MAX_CHARS characters
        note = f"The story is over {MAX_CHARS:,} characters; the whole answer was judged on its start only."
    whole = _judge(answer, "answer", level)
    parts = {name: _judge(getattr(story, name), name, level) for name, _, _ in offsets}
    sources = {"title": story.title, **{name: getattr(story, name) for name in STORY_PARTS}}
    reading = StoryReading(sources, offsets, level, whole, parts, note=note or whole.note)
    for item in whole.all_findings():
        if item.kind == "strength":
            _note(reading.strengths, item, reading.quotes_of(item))
    for item in whole.findings:  # mistakes as heard in the whole story, where context is known
        if item.kind == "mistake":
            _note(reading.mistakes, item, reading.quotes_of(item))
    for name, report in parts.items():
        for item in report.findings:
            if item.kind == "strength":
                _note(reading.strengths, item, reading.quotes_of(item, name))
    return reading


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_VOWEL = re.compile(r"[aeiouy]")


def stem(word: str) -> str:
    """Reduce a word to a rough stem so "debugged", "debugging" and "debug" (or -ise and -ize) meet."""
    stemmed = word.lower().replace("'", "").replace("’", "")
    if len(stemmed) < 4:
        return stemmed
    if stemmed.endswith("ies"):
        stemmed = stemmed[:-3] + "y"
    elif stemmed.endswith("sses"):
        stemmed = stemmed[:-2]
    elif stemmed.endswith("s") and not stemmed.endswith(("ss", "us", "is")):
        stemmed = stemmed[:-1]
    for suffix in ("ing", "ed"):
        rest = stemmed[: -len(suffix)]
        if stemmed.endswith(suffix) and len(rest) >= 3 and _VOWEL.search(rest):
            stemmed = rest[:-1] if len(rest) > 3 and rest[-1] == rest[-2] and rest[-1] not in "lsz" else rest
            break
    if stemmed.endswith("ion") and len(stemmed) > 7:
        stemmed = stemmed[:-3]
    if stemmed.endswith("e") and len(stemmed) > 4:
        stemmed = stemmed[:-1]
    if stemmed.endswith("y") and len(stemmed) > 4:
        stemmed = stemmed[:-1] + "i"
    return stemmed.replace("isat", "izat") if "isat" in stemmed else re.sub(r"is$", "iz", stemmed)


@dataclass(frozen=True)
class _Tokens:
    """A text's words with their offsets and stems, indexed by stem."""

    spans: list[tuple[int, int]]
    stems: list[str]
    where: dict[str, list[int]]


@lru_cache(maxsize=64)
def _tokens(text: str) -> _Tokens:
    spans: list[tuple[int, int]] = []
    stems: list[str] = []
    where: dict[str, list[int]] = {}
    for index, match in enumerate(_TOKEN.finditer(text)):
        spans.append(match.span())
        stems.append(stem(match.group()))
        where.setdefault(stems[-1], []).append(index)
    return _Tokens(spans, stems, where)


@cache
def _theme_stems(themes: tuple[str, ...]) -> tuple[tuple[str, float, tuple[str, ...]], ...]:
    """Stem each theme's words; themes that stem alike ("customer", "customers") count as one."""
    seen: dict[tuple[str, ...], tuple[str, float]] = {}
    for theme in themes:
        words = tuple(stem(word) for word in _TOKEN.findall(theme))
        if words and words not in seen:
            seen[words] = (theme, PHRASE_THEME_WEIGHT if len(words) > 1 else 1.0)
    return tuple((theme, weight, words) for words, (theme, weight) in seen.items())


def _first(tokens: _Tokens, words: tuple[str, ...]) -> tuple[int, int] | None:
    for index in tokens.where.get(words[0], []):
        if tuple(tokens.stems[index : index + len(words)]) == words:
            return tokens.spans[index][0], tokens.spans[index + len(words) - 1][1]
    return None


def find_themes(principle: Principle, sources: dict[str, str]) -> list[tuple[str, float, Quote]]:
    """Return each of the principle's themes found in the story (any inflection), once, with its first words."""
    found = []
    for theme, weight, words in _theme_stems(tuple(principle.themes)):
        for part in ("title", *STORY_PARTS):
            text = sources.get(part, "")
            span = _first(_tokens(text), words) if text else None
            if span:
                found.append((theme, weight, _quote(part, span[0], span[1], text[span[0] : span[1]])))
                break
    return found


def _strength(severity: str) -> float:
    return 1.0 if severity == "major" else MINOR_STRENGTH


def penalty_weight(principle: Principle, code: str) -> float:
    """How much a principle punishes a mistake: its weight above neutral on the strength undone, plus any extra."""
    undone = UNDOES.get(code)
    over = max(principle.signal_weights.get(undone, 1.0) - PENALTY_FLOOR, 0.0) if undone else 0.0
    return over + PUNISHES.get(principle.slug, {}).get(code, 0.0)


def fit_principle(principle: Principle, reading: StoryReading) -> PrincipleFit:
    """Score how well the story fits one principle, with a readable reason for every point."""
    weights = principle.signal_weights
    total = sum(weights[code] for code in PRINCIPLE_SIGNALS)
    reasons: list[FitReason] = []
    signal = 0.0
    for code, seen in reading.strengths.items():
        if code not in weights:
            continue
        points = SIGNAL_POINTS * _strength(seen.severity) * weights[code] / total
        signal += points
        text = f"carries {code}, weighted {weights[code]:g} for {principle.name}"
        reasons.append(FitReason(kind="signal", code=code, text=text, points=round(points, 1), quotes=seen.quotes[:3]))
    themes = find_themes(principle, reading.sources)
    covered = sum(weight for _, weight, _ in themes)
    theme = THEME_POINTS * (1 - (1 - THEME_SATURATION) ** covered)
    if themes:
        names = ", ".join(f"'{name}'" for name, _, _ in themes)
        quotes = [quote for _, _, quote in themes]
        reasons.append(FitReason(kind="theme", text=f"mentions {names}", points=round(theme, 1), quotes=quotes))
    penalty = 0.0
    for code, seen in reading.mistakes.items():
        weight = penalty_weight(principle, code)
        if weight <= 0:
            continue
        points = PENALTY_POINTS[seen.severity] * weight
        penalty += points
        undone = UNDOES.get(code)
        why = f"it undoes {undone}, weighted {weights[undone]:g}" if undone in weights else "it punishes it"
        text = f"shows {code} ({CODES[code].meaning}); {principle.name} weighs it: {why}"
        reasons.append(
            FitReason(kind="mistake", code=code, text=text, points=-round(points, 1), quotes=seen.quotes[:3])
        )
    reasons.sort(key=lambda reason: -abs(reason.points))
    signal, theme, penalty = round(signal, 1), round(theme, 1), round(penalty, 1)  # shown, so they must add up
    return PrincipleFit(
        slug=principle.slug,
        name=principle.name,
        fit=round(max(0.0, min(100.0, signal + theme - penalty))),
        signal_points=signal,
        theme_points=theme,
        penalty_points=penalty,
        themes=[name for name, _, _ in themes],
        reasons=reasons,
    )


def fits_of(library: Library, reading: StoryReading) -> list[PrincipleFit]:
    """Return the story's fit for every principle, best first (ties keep the library's order)."""
    fits = [fit_principle(principle, reading) for principle in library.principles.values()]
    raw = {f.slug: f.signal_points + f.theme_points - f.penalty_points for f in fits}
    return sorted(fits, key=lambda f: (-f.fit, -raw[f.slug]))


def principle_fits(library: Library, story: StoryIn, level: str | None = None) -> list[PrincipleFit]:
    """Analyze a story and return its fit for every principle, best first."""
    return fits_of(library, read_story(story, level))
