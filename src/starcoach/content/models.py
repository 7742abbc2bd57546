"""Pydantic models of the content library: principles, questions and annotated walkthroughs (SPEC §2)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from starcoach.analysis.codes import CODES, PRINCIPLE_SIGNALS
from starcoach.levels import SECTION_TARGET_SECONDS, Level

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Verdict = Literal["strong_hire", "lean_hire", "lean_no_hire", "strong_no_hire"]


class Strict(BaseModel):
    """Base for content models: unknown keys are refused so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _known_code(code: str) -> str:
    if code not in CODES:
        raise ValueError(f"unknown rubric code {code!r}")
    return code


class Principle(Strict):
    """One Leadership Principle, in our words, with what the rubric weighs most for it."""

    slug: Slug
    name: Text
    description: Text
    listen_for: list[Text] = Field(min_length=2)
    red_flags: list[Text] = Field(min_length=2)
    signal_weights: dict[str, float] = Field(
        description="Weight of every strength signal for this principle (0 to 3, 1 is neutral)."
    )
    themes: list[Text] = Field(
        min_length=5, description="Words and short phrases whose presence says a story is about this principle."
    )

    @field_validator("signal_weights")
    @classmethod
    def _weights_cover_strengths(cls, weights: dict[str, float]) -> dict[str, float]:
        for code in weights:
            _known_code(code)
        missing = [code for code in PRINCIPLE_SIGNALS if code not in weights]
        if missing:
            raise ValueError(f"missing weights for {', '.join(missing)}")
        for code, weight in weights.items():
            if not 0 <= weight <= 3:
                raise ValueError(f"weight of {code} must be between 0 and 3, got {weight}")
        return weights


class Question(Strict):
    """A behavioral question, tagged with its primary principle and the others it can serve."""

    slug: Slug
    text: Text
    principle: Slug
    also_fits: list[Slug] = Field(default_factory=list)


class Probe(Strict):
    """A follow-up an interviewer asks when an answer lacks a strength or shows a mistake."""

    code: str
    when: Literal["missing", "present"]
    question: Text
    listens_for: Text
    principles: list[Slug] = Field(default_factory=list)

    @field_validator("code")
    @classmethod
    def _code_exists(cls, code: str) -> str:
        return _known_code(code)

    @model_validator(mode="after")
    def _when_matches_kind(self) -> Probe:
        expected = "missing" if CODES[self.code].kind == "strength" else "present"
        if self.when != expected:
            raise ValueError(f"a probe for {self.code} is asked when it is {expected}, not {self.when}")
        return self


class Section(Strict):
    """One STAR section of the model answer, annotated."""

    target_seconds: int | None = Field(default=None, ge=5, le=240)
    example: Text
    key_phrases: list[Text] = Field(min_length=1)
    coaching: Text
    common_mistake: Text


class LevelReflection(Strict):
    """The reflection a candidate at one level should give, with its key phrases."""

    text: Text
    key_phrases: list[Text] = Field(min_length=1)


class Reflection(Strict):
    """The closing reflection, with one version per level (at least SDE2 and Senior)."""

    target_seconds: int = Field(default=SECTION_TARGET_SECONDS["reflection"], ge=5, le=120)
    coaching: Text
    common_mistake: Text
    by_level: dict[Level, LevelReflection]

    @field_validator("by_level")
    @classmethod
    def _needs_sde2_and_senior(cls, by_level: dict[str, LevelReflection]) -> dict[str, LevelReflection]:
        missing = [level for level in ("sde2", "senior") if level not in by_level]
        if missing:
            raise ValueError(f"a reflection is required for {', '.join(missing)}")
        return by_level


class Sections(Strict):
    """The four STAR sections of the model answer."""

    situation: Section
    task: Section
    action: Section
    result: Section


class Summary(Strict):
    """What the story demonstrates for its principle and the key takeaways."""

    demonstrates: Text
    takeaways: list[Text] = Field(min_length=2, max_length=3)


class WeakFollowup(Strict):
    answer: Text
    why: Text


class StrongFollowup(Strict):
    answer: Text
    takeaway: Text


class Followup(Strict):
    """A probe an interviewer will ask, with a weak and a strong answer."""

    question: Text
    probes: Text = Field(description="What the probe is testing for, in plain words.")
    signal: str = Field(description="The rubric code the probe tests.")
    weak: WeakFollowup
    strong: StrongFollowup

    @field_validator("signal")
    @classmethod
    def _signal_exists(cls, signal: str) -> str:
        return _known_code(signal)


class Flaw(Strict):
    """One flaw of the weak answer: an exact quote from it, why it fails, and its rubric code."""

    quote: Text
    why: Text
    code: str

    @field_validator("code")
    @classmethod
    def _code_exists(cls, code: str) -> str:
        return _known_code(code)


class BarRaiserVerdict(Strict):
    level: Verdict
    text: Text


class WeakAnswer(Strict):
    """A whole answer that sounds competent but fails, with its flaws quoted."""

    text: Text
    flaws: list[Flaw] = Field(min_length=2)
    verdict: BarRaiserVerdict


class Choice(Strict):
    text: Text
    correct: bool = False


class QuizQuestion(Strict):
    question: Text
    choices: list[Choice] = Field(min_length=3, max_length=4)
    explanation: Text


class Pivot(Strict):
    """The same story told for another principle."""

    principle: Slug
    lead_with: Text
    emphasize: Text
    downplay: Text


class Calibration(Strict):
    """What the bar looks like for one level."""

    focus: Text
    reflection: Text
    bar: Text
    time_limit_seconds: int = Field(ge=30, le=600)


class Walkthrough(Strict):
    """One complete annotated model answer to a question (the nine parts of SPEC §2)."""

    question: Slug
    title: Text
    role: Text
    level: Level
    tags: list[Text] = Field(default_factory=list)
    overview: Text
    summary: Summary
    sections: Sections
    reflection: Reflection
    followups: list[Followup] = Field(min_length=3, max_length=5)
    weak_answer: WeakAnswer
    quiz: list[QuizQuestion] = Field(min_length=3, max_length=3)
    pivots: list[Pivot] = Field(min_length=3, max_length=3)
    calibration: dict[Level, Calibration]

    @field_validator("calibration")
    @classmethod
    def _needs_sde1_and_senior(cls, calibration: dict[str, Calibration]) -> dict[str, Calibration]:
        missing = [level for level in ("sde1", "senior") if level not in calibration]
        if missing:
            raise ValueError(f"a calibration is required for {', '.join(missing)}")
        return calibration

    def strong_answer(self, with_reflection: bool = True) -> str:
        """Return the model answer as it is spoken: the four STAR examples, then the story level's reflection."""
        s = self.sections
        parts = [part.example for part in (s.situation, s.task, s.action, s.result)]
        if with_reflection:
            by_level = self.reflection.by_level
            level = self.level if self.level in by_level else ("senior" if self.level == "principal" else "sde2")
            parts.append(by_level[level].text)
        return "\n\n".join(parts)

    def target_seconds(self, section: str) -> int:
        """Return a section's target, falling back to the SPEC default."""
        target = getattr(self.sections, section).target_seconds
        return int(target if target is not None else SECTION_TARGET_SECONDS[section])
