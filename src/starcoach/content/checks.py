"""Invariants of the content library that a schema alone cannot state (SPEC §2)."""

from __future__ import annotations

from collections import Counter

from starcoach.content.loader import Library, Problem
from starcoach.levels import STAR_SECTIONS

MIN_QUESTIONS_PER_PRINCIPLE = 5
PRINCIPLE_COUNT = 16


def check_library(library: Library) -> list[Problem]:
    """Return every violated invariant of the library; an empty list means the content is sound."""
    problems: list[Problem] = []
    problems += _check_principles(library)
    problems += _check_questions(library)
    for walkthrough_slug in library.walkthroughs:
        problems += _check_walkthrough(library, walkthrough_slug)
    problems += _check_probes(library)
    return problems


def _check_probes(library: Library) -> list[Problem]:
    problems = []
    for index, probe in enumerate(library.probes):
        for slug in probe.principles:
            if slug not in library.principles:
                problems.append(Problem("probes.yaml", f"probes[{index}].principles", f"unknown principle '{slug}'"))
    return problems


def _check_principles(library: Library) -> list[Problem]:
    problems = []
    if len(library.principles) != PRINCIPLE_COUNT:
        problems.append(
            Problem(
                "principles.yaml",
                "principles",
                f"expected {PRINCIPLE_COUNT} principles, found {len(library.principles)}",
            )
        )
    names = Counter(p.name for p in library.principles.values())
    problems += [Problem("principles.yaml", name, "duplicate name") for name, n in names.items() if n > 1]
    return problems


def _check_questions(library: Library) -> list[Problem]:
    problems = []
    texts = Counter(q.text.lower() for q in library.questions.values())
    for question in library.questions.values():
        file = library.source_of("question", question.slug)
        if question.principle not in library.principles:
            problems.append(Problem(file, f"{question.slug}.principle", f"unknown principle '{question.principle}'"))
        for other in question.also_fits:
            if other not in library.principles:
                problems.append(Problem(file, f"{question.slug}.also_fits", f"unknown principle '{other}'"))
            if other == question.principle:
                problems.append(Problem(file, f"{question.slug}.also_fits", "repeats the primary principle"))
        if texts[question.text.lower()] > 1:
            problems.append(Problem(file, question.slug, "the same question text appears twice"))
    for slug in library.principles:
        count = len(library.questions_for(slug))
        if count < MIN_QUESTIONS_PER_PRINCIPLE:
            problems.append(
                Problem("questions", slug, f"has {count} questions, needs at least {MIN_QUESTIONS_PER_PRINCIPLE}")
            )
    return problems


def _substring_problems(file: str, path: str, phrases: list[str], text: str, what: str) -> list[Problem]:
    return [
        Problem(file, path, f"{what} {phrase!r} is not an exact substring of its text")
        for phrase in phrases
        if phrase not in text
    ]


def _check_walkthrough(library: Library, slug: str) -> list[Problem]:
    walkthrough = library.walkthroughs[slug]
    file = library.source_of("walkthrough", slug)
    problems: list[Problem] = []
    question = library.questions.get(walkthrough.question)
    if question is None:
        return [Problem(file, "question", f"unknown question '{walkthrough.question}'")]

    for name in STAR_SECTIONS:
        section = getattr(walkthrough.sections, name)
        problems += _substring_problems(
            file, f"sections.{name}.key_phrases", section.key_phrases, section.example, "key phrase"
        )
    for level, reflection in walkthrough.reflection.by_level.items():
        problems += _substring_problems(
            file, f"reflection.by_level.{level}.key_phrases", reflection.key_phrases, reflection.text, "key phrase"
        )
    for index, flaw in enumerate(walkthrough.weak_answer.flaws):
        problems += _substring_problems(
            file, f"weak_answer.flaws[{index}].quote", [flaw.quote], walkthrough.weak_answer.text, "quoted flaw"
        )
    for index, item in enumerate(walkthrough.quiz):
        correct = sum(choice.correct for choice in item.choices)
        if correct != 1:
            problems.append(Problem(file, f"quiz[{index}].choices", f"needs exactly one correct choice, has {correct}"))
    pivot_principles = [pivot.principle for pivot in walkthrough.pivots]
    for index, principle in enumerate(pivot_principles):
        if principle not in library.principles:
            problems.append(Problem(file, f"pivots[{index}].principle", f"unknown principle '{principle}'"))
        elif principle == question.principle:
            problems.append(Problem(file, f"pivots[{index}].principle", "pivots to the question's own principle"))
    if len(set(pivot_principles)) != len(pivot_principles):
        problems.append(Problem(file, "pivots", "the same principle is pivoted to twice"))
    return problems


def check_consistency(library: Library) -> list[Problem]:
    """Check each walkthrough against the analyzer: the strong answer is a hire, the weak one is not,
    and every follow-up's strong answer scores above its weak one (SPEC §2)."""
    from starcoach.analysis import analyze

    problems: list[Problem] = []
    for slug, walkthrough in library.walkthroughs.items():
        file = library.source_of("walkthrough", slug)
        question = library.questions.get(walkthrough.question)
        if question is None:
            continue
        lp, level = question.principle, walkthrough.level
        strong = analyze(walkthrough.strong_answer(), lp=lp, level=level, question=question.text)
        if not strong.hire:
            problems.append(Problem(file, "sections", f"the strong answer scores {strong.score} ({strong.verdict})"))
        weak = analyze(walkthrough.weak_answer.text, lp=lp, level=level, question=question.text)
        if weak.hire:
            problems.append(Problem(file, "weak_answer.text", f"the weak answer scores {weak.score} ({weak.verdict})"))
        for index, followup in enumerate(walkthrough.followups):
            good, bad = (
                analyze(text, "followup", lp, level, followup.question, probe_gap=followup.signal)
                for text in (followup.strong.answer, followup.weak.answer)
            )
            if good.score <= bad.score:
                problems.append(
                    Problem(file, f"followups[{index}]", f"strong answer scores {good.score}, weak {bad.score}")
                )
    return problems
