"""The mock interview: pick follow-up probes from what an answer lacked, and write the debrief."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from hashlib import sha256
from typing import Any, cast

from starcoach.analysis import Report, analyze
from starcoach.analysis.codes import CODES, DELIVERY_CODES, PRINCIPLE_SIGNALS
from starcoach.analysis.scoring import LEVEL_EMPHASIS, MISTAKE_FACTOR, STRENGTH_POINTS, verdict_for
from starcoach.analysis.spoken import Spoken
from starcoach.analysis.text import has_number
from starcoach.content import Library
from starcoach.content.models import Principle, Question
from starcoach.levels import Level
from starcoach.modes.advice import ADVICE, MISSING

MIN_PROBES, MAX_PROBES = 2, 3
# How much the follow-ups count in the final score: the answer matters most, the probes decide borderline cases.
FOLLOWUP_SHARE = 0.3
SEVERITY_WEIGHT = {"major": 2.0, "minor": 1.0}
# Gaps worth a probe even when the principle does not weigh them: every story needs them.
ALWAYS_PROBED = ("verification", "metric_delta", "root_cause", "first_person_action")


@dataclass(frozen=True)
class ProbeChoice:
    """A follow-up to ask, the gap it targets, and why it was chosen."""

    question: str
    code: str
    reason: str
    listens_for: str
    source: str

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Moment:
    """A quoted moment of the answer and what it shows."""

    quote: str
    comment: str


@dataclass
class Debrief:
    """The end of a mock interview: the verdict and everything that explains it."""

    score: int
    verdict: str
    reasoning: str
    strongest: Moment | None
    weakest: Moment | None
    changes: list[str]
    model_answer: str | None  # the question whose walkthrough to study, when there is one
    followup_scores: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "verdict": self.verdict,
            "reasoning": self.reasoning,
            "strongest": self.strongest.__dict__ if self.strongest else None,
            "weakest": self.weakest.__dict__ if self.weakest else None,
            "changes": self.changes,
            "model_answer": self.model_answer,
            "followup_scores": self.followup_scores,
        }


def gaps(report: Report, principle: Principle | None, level: str) -> list[tuple[float, str, str]]:
    """Rank what the answer lacked: (priority, code, reason), highest first."""
    found = {f.code: f for f in report.findings}
    weights = principle.signal_weights if principle else {}
    emphasis = LEVEL_EMPHASIS.get(level, {})
    found_gaps = []
    for code in PRINCIPLE_SIGNALS:
        if code in found:
            continue
        weight = weights.get(code, 1.0) * emphasis.get(code, 1.0) * STRENGTH_POINTS.get(code, 5) / 10
        if code in ALWAYS_PROBED:
            weight += 0.5
        found_gaps.append((weight, code, f"The answer never says {MISSING.get(code, CODES[code].meaning)}."))
    for item in report.findings:
        if item.kind == "mistake" and item.code not in DELIVERY_CODES and item.code != "missing_section":
            weight = SEVERITY_WEIGHT[item.severity] * MISTAKE_FACTOR.get(item.code, 1.0)
            quoted = f" (“{item.evidence[0].text}”)" if item.evidence else ""
            found_gaps.append((weight, item.code, f"{CODES[item.code].meaning.capitalize()}{quoted}."))
    return sorted(found_gaps, key=lambda gap: (-gap[0], gap[1]))


def choose_probes(
    library: Library, question: Question, report: Report, level: str, limit: int = MAX_PROBES
) -> list[ProbeChoice]:
    """Choose the follow-ups for an answer from its gaps: the walkthrough's probes first, then the bank."""
    principle = library.principles.get(question.principle)
    walkthrough = library.walkthroughs.get(question.slug)
    chosen: list[ProbeChoice] = []
    asked: set[str] = set()
    for _, code, reason in gaps(report, principle, level):
        if len(chosen) >= limit:
            break
        probe = _probe_for(library, question, code, walkthrough.followups if walkthrough else [])
        if probe is None or probe[0] in asked:
            continue
        asked.add(probe[0])
        chosen.append(ProbeChoice(question=probe[0], code=code, reason=reason, listens_for=probe[1], source=probe[2]))
    return chosen


def _probe_for(library: Library, question: Question, code: str, followups: list[Any]) -> tuple[str, str, str] | None:
    for followup in followups:
        # A walkthrough probe that names the model story's own figures would not fit the candidate's story.
        if followup.signal == code and not has_number(followup.question, 0, len(followup.question)):
            return followup.question, followup.probes, "walkthrough"
    bank = [p for p in library.probes if p.code == code]
    fitting = [p for p in bank if question.principle in p.principles] or [p for p in bank if not p.principles]
    if not fitting:
        return None
    # The same question always gets the same probe for a gap; different questions spread over the bank.
    pick = int(sha256(f"{question.slug}:{code}".encode()).hexdigest(), 16) % len(fitting)
    return fitting[pick].question, fitting[pick].listens_for, "bank"


def judge_followup(
    text: str, probe: ProbeChoice, question: Question, level: str, spoken: Spoken | None = None
) -> Report:
    """Analyze an answer to one probe, against the probe (on its recording's timing, if spoken)."""
    return analyze(
        text,
        section="followup",
        lp=question.principle,
        level=level,
        question=probe.question,
        spoken=spoken,
        probe_gap=probe.code,
    )


def _sentence_around(report: Report, start: int, end: int) -> str:
    text = report.text
    left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n")) + 1
    right_candidates = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left:right].split())


def _moments(report: Report, principle: Principle | None) -> tuple[Moment | None, Moment | None]:
    weights = principle.signal_weights if principle else {}
    strengths = [f for f in report.findings if f.kind == "strength" and f.evidence]
    mistakes = [f for f in report.findings if f.kind == "mistake" and f.evidence]
    strongest = max(strengths, key=lambda f: STRENGTH_POINTS.get(f.code, 5) * weights.get(f.code, 1.0), default=None)
    weakest = max(mistakes, key=lambda f: SEVERITY_WEIGHT[f.severity] * MISTAKE_FACTOR.get(f.code, 1.0), default=None)
    # The last words of a strength are where it pays off (the result), rather than where the story sets it up.
    best = (
        Moment(_sentence_around(report, strongest.evidence[-1].start, strongest.evidence[-1].end), strongest.message)
        if strongest
        else None
    )
    worst = (
        Moment(_sentence_around(report, weakest.evidence[0].start, weakest.evidence[0].end), weakest.message)
        if weakest
        else None
    )
    return best, worst


def debrief(
    library: Library, question: Question, report: Report, probes: list[ProbeChoice], answers: list[Report], level: str
) -> Debrief:
    """Write the Bar Raiser's debrief of a mock interview from the answer and the follow-ups."""
    principle = library.principles.get(question.principle)
    followup_scores = [a.score for a in answers]
    score = report.score
    if followup_scores:
        score = round(
            (1 - FOLLOWUP_SHARE) * report.score + FOLLOWUP_SHARE * sum(followup_scores) / len(followup_scores)
        )
    verdict = verdict_for(score)
    strongest, weakest = _moments(report, principle)
    ranked = gaps(report, principle, level)
    changes = [ADVICE[code] for _, code, _ in ranked[:3] if code in ADVICE]
    name = principle.name if principle else "this principle"
    verdict_words = verdict.replace("_", " ")
    parts = [f"{verdict_words.capitalize()} for {name} at this level (score {score})."]
    if strongest:
        parts.append(f"The answer is strongest where it says “{strongest.quote.rstrip('.!?')}”.")
    if weakest:
        parts.append(f"It is weakest at “{weakest.quote.rstrip('.!?')}”: {CODES[_code_of(weakest, report)].meaning}.")
    elif ranked:
        parts.append(ranked[0][2])
    if probes:
        held = sum(1 for s in followup_scores if s >= 55)
        parts.append(f"Under probing, {held} of {len(probes)} follow-ups were answered with evidence.")
    model = question.slug if question.slug in library.walkthroughs else None
    return Debrief(
        score=score,
        verdict=verdict,
        reasoning=" ".join(parts),
        strongest=strongest,
        weakest=weakest,
        changes=changes,
        model_answer=model,
        followup_scores=followup_scores,
    )


def _code_of(moment: Moment, report: Report) -> str:
    return next((f.code for f in report.findings if f.message == moment.comment), "off_topic")


class NoQuestion(LookupError):
    """No question fits the principle asked for."""


def draw_question(library: Library, principle: str | None = None, seed: int | None = None) -> Question:
    """Draw a question, of one principle if given, preferring those with a model answer to compare against."""
    import random

    pool = [q for q in library.questions.values() if principle is None or q.principle == principle]
    if not pool:
        raise NoQuestion(f"no question for principle '{principle}'")
    with_model = [q for q in pool if q.slug in library.walkthroughs]
    return random.Random(seed).choice(with_model or pool)


def budget_seconds(level: str) -> int:
    """The time a whole answer should take at a level (the top of the level's range)."""
    from starcoach.levels import ANSWER_BUDGET_SECONDS

    return ANSWER_BUDGET_SECONDS[level][1]


def judge_answer(
    library: Library, question: Question, text: str, level: str, spoken: Spoken | None = None
) -> tuple[Report, list[ProbeChoice]]:
    """Judge the cold answer (on its recording's timing, if spoken) and choose the follow-ups it calls for."""
    report = analyze(text, lp=question.principle, level=level, question=question.text, spoken=spoken)
    return report, choose_probes(library, question, report, level)


def save_mock(
    store: Any,
    library: Library,
    question: Question,
    level: str,
    answer: str,
    probes: list[ProbeChoice],
    followup_answers: list[str],
    seconds: float | None = None,
    followup_seconds: list[float | None] | None = None,
    client_token: str | None = None,
    story_id: int | None = None,
    spoken: Spoken | None = None,
    followup_spoken: list[Spoken | None] | None = None,
    held: Mapping[str, str] | None = None,
) -> Any:
    """Judge the answer and every follow-up, write the debrief, and save the whole interview as one attempt.

    `spoken` is the timing of a recorded answer, and `followup_spoken` of recorded follow-ups (None where
    typed): they are then judged on their real time, pace and fillers. `held` maps "answer" and
    "followup-N" to the tokens of their recordings held in the store, to keep with the attempt.
    """
    from starcoach.store import NewAttempt, NewFollowup

    report = analyze(answer, lp=question.principle, level=level, question=question.text, spoken=spoken)
    timings = followup_spoken or [None] * len(probes)
    answers = [
        judge_followup(text, probe, question, level, timing)
        for probe, text, timing in zip(probes, followup_answers, timings, strict=True)
    ]
    summary = debrief(library, question, report, probes, answers, level)
    times = followup_seconds or [None] * len(probes)
    followups = tuple(
        NewFollowup(
            question=probe.question,
            answer_text=text,
            score=result.score,
            verdict=result.verdict,
            report=result.to_dict(),
            target_code=probe.code,
            seconds_taken=time_taken,
        )
        for probe, text, result, time_taken in zip(probes, followup_answers, answers, times, strict=True)
    )
    return store.save_attempt(
        NewAttempt(
            mode="mock",
            question_slug=question.slug,
            principle_slug=question.principle,
            level=cast(Level, level),
            answer_text=answer,
            score=summary.score,
            verdict=summary.verdict,  # type: ignore[arg-type]
            report={"answer": report.to_dict(), "debrief": summary.to_dict(), "probes": [p.to_dict() for p in probes]},
            followups=followups,
            duration_seconds=seconds,
            client_token=client_token,
            story_id=story_id,
        ),
        held=held,
    )
