"""Study mode: a walkthrough prepared for one level, with its highlights cut into segments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from pydantic import BaseModel

from starcoach.content import Library
from starcoach.content.models import Calibration, Followup, QuizQuestion, Walkthrough
from starcoach.highlight import Segment, phrase_marks, segments
from starcoach.levels import LEVEL_NAMES, LEVELS, STAR_SECTIONS, Level
from starcoach.study.catalog import NotFound, PrincipleRef, QuestionItem, get_question, question_item

STUDY_LEVELS: tuple[str, ...] = ("sde1", "sde2", "senior", "principal")

# Where a walkthrough has nothing written for a level, show the nearest level that it has.
NEAREST_LEVELS: dict[str, tuple[str, ...]] = {
    "sde1": ("sde1", "sde2", "senior", "principal"),
    "sde2": ("sde2", "sde1", "senior", "principal"),
    "senior": ("senior", "principal", "sde2", "sde1"),
    "principal": ("principal", "senior", "sde2", "sde1"),
}


class SectionView(BaseModel):
    name: str
    title: str
    target_seconds: int
    segments: list[Segment]
    coaching: str
    common_mistake: str


class ReflectionView(BaseModel):
    level: str
    shown_level: str
    target_seconds: int
    segments: list[Segment]
    coaching: str
    common_mistake: str


class CalibrationView(BaseModel):
    level: str
    shown_level: str
    calibration: Calibration


class PivotView(BaseModel):
    principle: PrincipleRef
    lead_with: str
    emphasize: str
    downplay: str


class WeakAnswerView(BaseModel):
    segments: list[Segment]
    flaws: list[dict[str, str]]
    verdict_level: str
    verdict: str


class StudyView(BaseModel):
    """Everything the study page shows, for one question at one level."""

    question: QuestionItem
    principle: PrincipleRef
    level: str
    levels: dict[str, str]
    title: str
    role: str
    story_level: str
    tags: list[str]
    overview: str
    demonstrates: str
    takeaways: list[str]
    sections: list[SectionView]
    total_target_seconds: int
    reflection: ReflectionView
    followups: list[Followup]
    weak_answer: WeakAnswerView
    quiz: list[QuizQuestion]
    pivots: list[PivotView]
    calibration: CalibrationView


def get_walkthrough(library: Library, slug: str) -> Walkthrough:
    """Return the walkthrough of a question, or raise NotFound."""
    get_question(library, slug)
    walkthrough = library.walkthroughs.get(slug)
    if walkthrough is None:
        raise NotFound("walkthrough", slug)
    return walkthrough


def nearest(level: str, available: Mapping[Any, object]) -> Level:
    """Return the level closest to `level` that has an entry in `available`."""
    return cast(Level, next(candidate for candidate in NEAREST_LEVELS[level] if candidate in available))


def study_view(library: Library, slug: str, level: str = "sde2") -> StudyView:
    """Build the study page of a question's walkthrough for the chosen level."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}")
    walkthrough = get_walkthrough(library, slug)
    question = library.questions[slug]
    sections = []
    for name in STAR_SECTIONS:
        section = getattr(walkthrough.sections, name)
        sections.append(
            SectionView(
                name=name,
                title=name.capitalize(),
                target_seconds=walkthrough.target_seconds(name),
                segments=segments(section.example, phrase_marks(section.example, section.key_phrases)),
                coaching=section.coaching,
                common_mistake=section.common_mistake,
            )
        )
    reflection_level = nearest(level, walkthrough.reflection.by_level)
    reflection = walkthrough.reflection.by_level[reflection_level]
    calibration_level = nearest(level, walkthrough.calibration)
    weak = walkthrough.weak_answer
    flaw_marks = phrase_marks(weak.text, [f.quote for f in weak.flaws], kind="flaw", notes=[f.why for f in weak.flaws])
    return StudyView(
        question=question_item(library, question),
        principle=PrincipleRef(slug=question.principle, name=library.principles[question.principle].name),
        level=level,
        levels={key: LEVEL_NAMES[key] for key in STUDY_LEVELS},
        title=walkthrough.title,
        role=walkthrough.role,
        story_level=LEVEL_NAMES[walkthrough.level],
        tags=walkthrough.tags,
        overview=walkthrough.overview,
        demonstrates=walkthrough.summary.demonstrates,
        takeaways=walkthrough.summary.takeaways,
        sections=sections,
        total_target_seconds=sum(s.target_seconds for s in sections) + walkthrough.reflection.target_seconds,
        reflection=ReflectionView(
            level=level,
            shown_level=reflection_level,
            target_seconds=walkthrough.reflection.target_seconds,
            segments=segments(reflection.text, phrase_marks(reflection.text, reflection.key_phrases)),
            coaching=walkthrough.reflection.coaching,
            common_mistake=walkthrough.reflection.common_mistake,
        ),
        followups=walkthrough.followups,
        weak_answer=WeakAnswerView(
            segments=segments(weak.text, flaw_marks),
            flaws=[{"quote": f.quote, "why": f.why, "code": f.code} for f in weak.flaws],
            verdict_level=weak.verdict.level,
            verdict=weak.verdict.text,
        ),
        quiz=walkthrough.quiz,
        pivots=[
            PivotView(
                principle=PrincipleRef(slug=p.principle, name=library.principles[p.principle].name),
                lead_with=p.lead_with,
                emphasize=p.emphasize,
                downplay=p.downplay,
            )
            for p in walkthrough.pivots
        ],
        calibration=CalibrationView(
            level=level, shown_level=calibration_level, calibration=walkthrough.calibration[calibration_level]
        ),
    )


class QuizResult(BaseModel):
    """The outcome of answering one quiz question."""

    index: int
    chosen: int
    correct: bool
    correct_choice: int
    correct_text: str
    explanation: str


def answer_quiz(library: Library, slug: str, index: int, chosen: int) -> QuizResult:
    """Judge a quiz answer: whether the chosen choice is right, which is, and why."""
    walkthrough = get_walkthrough(library, slug)
    if not 0 <= index < len(walkthrough.quiz):
        raise NotFound("quiz question", f"{slug}#{index}")
    item = walkthrough.quiz[index]
    if not 0 <= chosen < len(item.choices):
        raise ValueError(f"choice must be between 0 and {len(item.choices) - 1}")
    right = next(i for i, choice in enumerate(item.choices) if choice.correct)
    return QuizResult(
        index=index,
        chosen=chosen,
        correct=chosen == right,
        correct_choice=right,
        correct_text=item.choices[right].text,
        explanation=item.explanation,
    )
