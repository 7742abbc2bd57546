"""The report of one story: the questions it answers best, the bar for a level, and a personal walkthrough."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from pydantic import BaseModel, Field

from starcoach.analysis import Report
from starcoach.analysis.codes import CODES
from starcoach.analysis.report import Finding
from starcoach.analysis.text import split_units
from starcoach.content import Library
from starcoach.content.models import Principle
from starcoach.modes.advice import ADVICE, MISSING
from starcoach.modes.mock import choose_probes, gaps
from starcoach.stories.fit import (
    PrincipleFit,
    Quote,
    StoryReading,
    _judge,
    fits_of,
    penalty_weight,
    read_story,
)
from starcoach.stories.model import StoryIn

# Bank questions: at most this many per primary principle, this many in all.
QUESTIONS_PER_PRINCIPLE = 2
MAX_QUESTIONS = 6
# A question that also asks for another principle the story fits is the better pick: this share of that fit is added.
ALSO_FITS_SHARE = 0.3
# A principle the story fits at least this well is worth a pivot (the best-fitting one is the story as told).
PIVOT_FIT = 40
# In a pivot, present signals the principle weighs at least this much are emphasized; those it weighs at
# neutral or less earn it nothing extra, so they are downplayed.
EMPHASIZE_WEIGHT = 1.3
DOWNPLAY_WEIGHT = 1.0
# The gaps shown against the bar: a short list a candidate can act on.
MAX_NEEDS = 6
# What an empty part of the story leaves out, said to the candidate.
PART_PROMPTS: dict[str, str] = {
    "situation": "Add the context: where you were, what was wrong, and why it mattered.",
    "task": "Add your goal, and whose problem it really was.",
    "action": "Add what you did yourself, step by step.",
    "result": "Add what came of it: a measured before and after, and what it was worth.",
    "reflection": "Add what this story taught you and what you do differently since.",
}


class QuestionMatch(BaseModel):
    """A bank question the story can answer, and why."""

    slug: str
    text: str
    principle: str
    also_fits: list[str]
    score: float
    reason: str


class Need(BaseModel):
    """What the story still needs: a strength it never shows or a mistake it makes, with the advice."""

    code: str
    kind: Literal["missing", "present"]
    reason: str
    advice: str
    quotes: list[Quote] = Field(default_factory=list)


class BarCheck(BaseModel):
    """The whole story judged for its best-fitting principle at the chosen level, and what it needs."""

    level: str
    principle: str
    score: int
    verdict: str
    reaches_bar: bool
    needs: list[Need]


class KeyPhrase(BaseModel):
    """The candidate's own words that carry a strength."""

    code: str
    quote: Quote


class PartNote(BaseModel):
    """A coaching note on one part: the mistake found there and what to do instead."""

    code: str
    severity: str
    message: str
    advice: str
    quotes: list[Quote]


class PartWalk(BaseModel):
    """One written part of the story: where it sits in the whole answer, its key phrases and notes."""

    part: str
    text: str
    offset: int
    score: int
    verdict: str
    key_phrases: list[KeyPhrase]
    notes: list[PartNote]


class Followup(BaseModel):
    """A follow-up an interviewer would likely ask, the gap it targets, and what it listens for."""

    question: str
    code: str
    reason: str
    listens_for: str
    source: str


class Pivot(BaseModel):
    """The same story told for another principle it fits well."""

    principle: str
    name: str
    fit: int
    lead_code: str
    lead_with: Quote | None
    emphasize: list[str]
    downplay: list[str]


class PersonalWalkthrough(BaseModel):
    """The story annotated like a model answer: key phrases and notes per part, gaps, probes, pivots."""

    parts: list[PartWalk]
    missing: list[Need]
    followups: list[Followup]
    pivots: list[Pivot]


class StoryReport(BaseModel):
    """Everything the story bank shows for one story."""

    title: str
    level: str
    text: str
    best: str
    fits: list[PrincipleFit]
    questions: list[QuestionMatch]
    bar: BarCheck
    walkthrough: PersonalWalkthrough
    note: str = ""


def _questions(library: Library, fits: list[PrincipleFit]) -> list[QuestionMatch]:
    fit_of = {f.slug: f.fit for f in fits}
    scored = []
    for question in library.questions.values():
        also = max((fit_of.get(slug, 0) for slug in question.also_fits), default=0)
        scored.append((fit_of.get(question.principle, 0) + ALSO_FITS_SHARE * also, question))
    chosen: list[QuestionMatch] = []
    per_principle: dict[str, int] = {}
    for score, question in sorted(scored, key=lambda pair: -pair[0]):  # stable: file order breaks ties
        if len(chosen) >= MAX_QUESTIONS or per_principle.get(question.principle, 0) >= QUESTIONS_PER_PRINCIPLE:
            continue
        per_principle[question.principle] = per_principle.get(question.principle, 0) + 1
        also_names = [f"{library.principles[s].name} ({fit_of[s]})" for s in question.also_fits if s in fit_of]
        reason = f"asks for {library.principles[question.principle].name} (fit {fit_of.get(question.principle, 0)})"
        if also_names:
            reason += "; also fits " + ", ".join(also_names)
        chosen.append(
            QuestionMatch(
                slug=question.slug,
                text=question.text,
                principle=question.principle,
                also_fits=list(question.also_fits),
                score=round(score, 1),
                reason=reason,
            )
        )
    return chosen


def _with_story_strengths(report: Report, reading: StoryReading) -> Report:
    """Add the strengths found in the parts alone, so no gap is claimed that the story fills."""
    known = {f.code for f in report.findings}
    extra = [Finding(code, seen.severity, CODES[code].meaning) for code, seen in reading.strengths.items()]
    return replace(report, findings=[*report.findings, *(f for f in extra if f.code not in known)])


def _needs(report: Report, reading: StoryReading, principle: Principle) -> list[Need]:
    quoted = {f.code: reading.quotes_of(f) for f in report.findings}
    needs = []
    for _, code, reason in gaps(report, principle, reading.level)[:MAX_NEEDS]:
        kind: Literal["missing", "present"] = "missing" if CODES[code].kind == "strength" else "present"
        needs.append(
            Need(code=code, kind=kind, reason=reason, advice=ADVICE.get(code, ""), quotes=quoted.get(code, []))
        )
    return needs


def _part_walks(reading: StoryReading) -> list[PartWalk]:
    walks = []
    for name, first, _ in reading.offsets:
        report = reading.parts[name]
        phrases = [
            KeyPhrase(code=code, quote=quote)
            for code, seen in reading.strengths.items()
            for quote in seen.quotes
            if quote.part == name
        ]
        notes = [
            PartNote(
                code=f.code,
                severity=f.severity,
                message=f.message,
                advice=ADVICE.get(f.code, ""),
                quotes=reading.quotes_of(f, name),
            )
            for f in report.findings
            if f.kind == "mistake"
        ]
        for code, seen in reading.mistakes.items():  # mistakes only the whole story shows, placed where they are
            here = [q for q in seen.quotes if q.part == name]
            if here and all(note.code != code for note in notes):
                message = f"{CODES[code].meaning.capitalize()}."
                notes.append(
                    PartNote(
                        code=code, severity=seen.severity, message=message, advice=ADVICE.get(code, ""), quotes=here
                    )
                )
        walks.append(
            PartWalk(
                part=name,
                text=reading.sources[name],
                offset=first,
                score=report.score,
                verdict=report.verdict,
                key_phrases=sorted(phrases, key=lambda k: (k.quote.start, k.quote.end, k.code)),
                notes=notes,
            )
        )
    return walks


def _sentence(reading: StoryReading, quote: Quote) -> Quote:
    """Widen a quote to the sentence (or clause) of its part that holds it."""
    text = reading.sources[quote.part]
    unit = next((u for u in split_units(text) if u.start <= quote.start < u.end), None)
    if unit is None:
        return quote
    return Quote(part=quote.part, start=unit.start, end=unit.end, text=text[unit.start : unit.end])


def _pivot(principle: Principle, fit: PrincipleFit, reading: StoryReading) -> Pivot:
    weights = principle.signal_weights
    present = sorted((c for c in reading.strengths if c in weights), key=lambda c: (-weights[c], c))
    lead_code, lead = "", None
    quoted = [c for c in present if reading.strengths[c].quotes]
    if quoted:
        lead_code, lead = quoted[0], _sentence(reading, reading.strengths[quoted[0]].quotes[0])
    else:
        theme_quotes = next((r.quotes for r in fit.reasons if r.kind == "theme"), [])
        if theme_quotes:
            lead = _sentence(reading, theme_quotes[0])
    theme_words = [q.text for r in fit.reasons if r.kind == "theme" for q in r.quotes]
    emphasize = [f"'{words}'" for words in dict.fromkeys(theme_words)]  # the candidate's own words for the themes
    emphasize += [
        f"{MISSING.get(c, CODES[c].meaning)} ({c}, weighted {weights[c]:g})"
        for c in present
        if weights[c] >= EMPHASIZE_WEIGHT
    ]
    least = [c for c in reversed(present) if weights[c] <= DOWNPLAY_WEIGHT]
    downplay = [f"{MISSING.get(c, CODES[c].meaning)} ({c}, weighted only {weights[c]:g})" for c in least]
    downplay += [f"{CODES[c].meaning} ({c})" for c in reading.mistakes if penalty_weight(principle, c) > 0]
    return Pivot(
        principle=principle.slug,
        name=principle.name,
        fit=fit.fit,
        lead_code=lead_code,
        lead_with=lead,
        emphasize=emphasize,
        downplay=downplay,
    )


def story_report(library: Library, story: StoryIn, level: str | None = None) -> StoryReport:
    """Judge a story: its fit for every principle, the questions it answers, the bar, and a personal walkthrough."""
    reading = read_story(story, level)
    fits = fits_of(library, reading)
    best = library.principles[fits[0].slug]
    answer = story.answer()
    bar_report = _with_story_strengths(_judge(answer, "answer", reading.level, best.slug), reading)
    questions = _questions(library, fits)
    needs = _needs(bar_report, reading, best)
    question = next(
        (library.questions[q.slug] for q in questions if q.principle == best.slug),
        next(iter(library.questions_for(best.slug)), None),
    )
    probes = choose_probes(library, question, bar_report, reading.level) if question else []
    missing = [
        Need(code="missing_section", kind="missing", reason=f"The story has no {name.capitalize()}.", advice=prompt)
        for name, prompt in PART_PROMPTS.items()
        if not getattr(story, name)
    ]
    walkthrough = PersonalWalkthrough(
        parts=_part_walks(reading),
        missing=missing + [need for need in needs if need.kind == "missing"],
        followups=[Followup(**probe.to_dict()) for probe in probes],
        pivots=[_pivot(library.principles[fit.slug], fit, reading) for fit in fits[1:] if fit.fit >= PIVOT_FIT],
    )
    return StoryReport(
        title=story.title,
        level=reading.level,
        text=answer,
        best=best.slug,
        fits=fits,
        questions=questions,
        bar=BarCheck(
            level=reading.level,
            principle=best.slug,
            score=bar_report.score,
            verdict=bar_report.verdict,
            reaches_bar=bar_report.hire,
            needs=needs,
        ),
        walkthrough=walkthrough,
        note=reading.note,
    )
