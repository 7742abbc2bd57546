"""Practice mode: check one section at a time, then assemble the sections and judge the whole answer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from starcoach.analysis import Report, analyze
from starcoach.analysis.spoken import Spoken
from starcoach.content import Library
from starcoach.content.models import Question
from starcoach.levels import SECTION_TARGET_SECONDS, Level
from starcoach.store import NewAttempt, NewSection, SectionName, Store
from starcoach.store.records import AttemptRecord

PRACTICE_SECTIONS: tuple[str, ...] = ("situation", "task", "action", "result", "reflection")


class EmptyAnswer(ValueError):
    """Nothing was written: there is nothing to judge or to save."""


@dataclass(frozen=True)
class SectionCheck:
    """One section's judgement, with the model section to compare against when there is one."""

    section: str
    target_seconds: int
    report: Report
    model: str | None


def target_seconds(library: Library, question: Question, section: str) -> int:
    """Return a section's target: the walkthrough's when it has one, else the default."""
    walkthrough = library.walkthroughs.get(question.slug)
    if walkthrough is not None and section in ("situation", "task", "action", "result"):
        return walkthrough.target_seconds(section)
    return SECTION_TARGET_SECONDS[section]


def model_section(library: Library, question: Question, section: str, level: str) -> str | None:
    """Return the walkthrough's model text for a section (the reflection for the level), if any."""
    walkthrough = library.walkthroughs.get(question.slug)
    if walkthrough is None:
        return None
    if section == "reflection":
        by_level = walkthrough.reflection.by_level
        from starcoach.study.walkthrough import nearest

        return by_level[nearest(level, by_level)].text
    text: str = getattr(walkthrough.sections, section).example
    return text


def check_section(
    library: Library, question: Question, section: str, text: str, level: str, spoken: Spoken | None = None
) -> SectionCheck:
    """Judge one section as written so far; `spoken` gives its real timing when it was recorded."""
    if section not in PRACTICE_SECTIONS:
        raise ValueError(f"section must be one of {', '.join(PRACTICE_SECTIONS)}")
    if not text.strip():
        raise EmptyAnswer(f"Write your {section} first, then check it.")
    report = analyze(text, section=section, lp=question.principle, level=level, question=question.text, spoken=spoken)
    return SectionCheck(
        section, target_seconds(library, question, section), report, model_section(library, question, section, level)
    )


def assemble(sections: dict[str, str]) -> str:
    """Join the written sections, in STAR order, into one answer."""
    return "\n\n".join(sections[name].strip() for name in PRACTICE_SECTIONS if sections.get(name, "").strip())


def finish(
    store: Store,
    library: Library,
    question: Question,
    level: str,
    sections: dict[str, str],
    seconds: dict[str, float],
    client_token: str | None = None,
    story_id: int | None = None,
    spoken: dict[str, Spoken] | None = None,
    held: Mapping[str, str] | None = None,
) -> AttemptRecord:
    """Judge every section and the assembled answer, and save them as one attempt (told with a story, if given).

    `spoken` holds the timing of the sections that were recorded: they are judged on their real delivery.
    `held` maps sections to the tokens of their recordings held in the store, to keep with the attempt.
    """
    answer = assemble(sections)
    if not answer:
        raise EmptyAnswer("Write at least one section before finishing.")
    whole = analyze(answer, lp=question.principle, level=level, question=question.text)
    parts = []
    for name in PRACTICE_SECTIONS:
        text = sections.get(name, "").strip()
        if not text:
            continue
        timing = (spoken or {}).get(name)
        report = analyze(text, section=name, lp=question.principle, level=level, question=question.text, spoken=timing)
        parts.append(
            NewSection(
                name=cast(SectionName, name),
                text=text,
                score=report.score,
                verdict=report.verdict,
                report=report.to_dict(),
                seconds_taken=seconds.get(name),
            )
        )
    total = sum(v for v in seconds.values() if v) or None
    saved = {part.name for part in parts}
    return store.save_attempt(
        NewAttempt(
            mode="practice",
            question_slug=question.slug,
            principle_slug=question.principle,
            level=cast(Level, level),
            answer_text=answer,
            score=whole.score,
            verdict=whole.verdict,
            report={"answer": whole.to_dict()},
            sections=tuple(parts),
            duration_seconds=total,
            client_token=client_token,
            story_id=story_id,
        ),
        # A recording of a section left empty has nothing to be kept with; an unknown part is the store's to refuse.
        held={name: token for name, token in (held or {}).items() if name in saved or name not in PRACTICE_SECTIONS},
    )
