"""Answers to follow-up probes: find what the probe asks for, and whether the answer gives it."""

from __future__ import annotations

import re

from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding

# What a probe asks for, read from its wording, and the signals that answer it.
PROBE_TARGETS: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = tuple(
    (re.compile(pattern, re.I), codes, need)
    for pattern, codes, need in (
        (
            r"how did you (?:know|verify|confirm|measure|check|prove)|did it (?:actually )?work|how do you know|evidence|"
            r"what did the (?:data|numbers|metrics) (?:say|show)",
            ("verification", "metric_delta"),
            "how you know it worked",
        ),
        (
            r"whose|your (?:job|team|responsibility|call|problem)|why you|why did you (?:take|step)|who asked|outside your|"
            r"who owned",
            ("scope_boundary", "self_initiated"),
            "whose problem it was and why you took it on",
        ),
        (
            r"root cause|why did it (?:happen|break|fail)|what caused|underlying|dig|how did you find",
            ("root_cause",),
            "the cause you found",
        ),
        (
            r"trade[\s-]?off|alternatives?|other options|why not|what did you give up|instead",
            ("tradeoff",),
            "the options you weighed and what you gave up",
        ),
        (
            r"differently|learn|again|hindsight|looking back|lesson|change about",
            ("specific_reflection", "systemic_insight"),
            "a lesson specific to this story",
        ),
        (
            r"impact|how much|numbers|quantify|results?|outcome|what changed|business",
            ("metric_delta", "business_impact"),
            "the measured outcome",
        ),
        (
            r"what did you (?:personally|yourself|specifically) do|your (?:part|role|contribution)|you specifically",
            ("first_person_action",),
            "what you personally did",
        ),
        (
            r"disagree|push ?back|conflict|convince|persuade|stakeholders?",
            ("first_person_action", "tradeoff"),
            "what you said and did, and why",
        ),
        (
            r"prevent|make sure it (?:doesn'?t|won'?t)|happen again|process|others|scale|team",
            ("second_order_effect", "systemic_insight"),
            "what changed beyond the fix",
        ),
    )
)


def targets(question: str | None) -> list[tuple[tuple[str, ...], str]]:
    """Return, for each thing the probe asks for, the signals that would answer it."""
    if not question:
        return []
    return [(codes, need) for pattern, codes, need in PROBE_TARGETS if pattern.search(question)]


def unanswered_probe(p: Passage, found: set[str]) -> Finding | None:
    """Report a follow-up answer that gives none of the signals its probe asks for."""
    wanted = targets(p.question)
    if not wanted:
        return None
    missing = [need for codes, need in wanted if not found & set(codes)]
    if len(missing) < len(wanted):
        return None
    return finding(
        "unanswered_probe",
        "major",
        f"The probe {quote(p.question or '', 70)} asks for {missing[0]}, and the answer does not give it.",
    )


# How much concrete matter a follow-up answer needs to count as specific.
SPECIFIC_WORDS_WITH_FIGURE = 8
SPECIFIC_WORDS_WITHOUT_FIGURE = 14


def specific_detail(p: Passage) -> Finding | None:
    """Credit an answer to a probe that gives concrete specifics rather than generalities."""
    from starcoach.analysis.detectors.reflection import _specific_words

    distinct = set(_specific_words(list(p.units)))
    figures = [u for u in p.units if u.numeric]
    needed = SPECIFIC_WORDS_WITH_FIGURE if figures else SPECIFIC_WORDS_WITHOUT_FIGURE
    if len(distinct) < needed:
        return None
    evidence = p.cite([(figures[0].start, figures[0].end)] if figures else [(p.units[0].start, p.units[0].end)], 1)
    return finding(
        "specific_detail", "major", "You answer the probe with concrete specifics, not generalities.", evidence
    )
