"""Answers to follow-up probes: find what the probe asks for, and whether the answer gives it."""

from __future__ import annotations

import re

from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding

# What a probe asks for, read from its wording: the rubric signals that answer it, what it needs in words,
# and the form an answer to it takes (a reflection probe is answered with "I'd…", a verification probe with a
# check or a figure). A probe is unanswered when its answer has neither the signals nor the form.
ProbeTarget = tuple[re.Pattern[str], tuple[str, ...], str, re.Pattern[str]]
_FIGURE = r"\d|percent|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|half)\b"
PROBE_TARGETS: tuple[ProbeTarget, ...] = tuple(
    (re.compile(asks, re.I), codes, need, re.compile(form, re.I))
    for asks, codes, need, form in (
        (
            r"how (?:did|do|would|could) you (?:know|verify|confirm|measure|check|prove|tell)|did it (?:actually )?work|"
            r"\bevidence\b|what did the (?:data|numbers|metrics) (?:say|show)|made a difference|"
            r"how (?:can|could) you be sure",
            ("verification", "metric_delta"),
            "how you know it worked",
            rf"\b(?:checked|compared|measured|tested|watched|tracked|confirmed|verified|replayed|ran)\b|{_FIGURE}",
        ),
        (
            r"whose|\byour (?:job|responsibility|call|problem)\b|why (?:did )?you (?:take|step|fix|do|pick|own)|"
            r"who asked|outside your|who owned|hand (?:it )?(?:over|off)|leave it to|rather than (?:leav|hand|escalat)",
            ("scope_boundary", "self_initiated"),
            "whose problem it was and why you took it on",
            r"\b(?:because|since|nobody|no one|wasn'?t (?:mine|my)|their (?:team|lead|service|backlog)|"
            r"(?:offered|asked|went to) (?:it to )?(?:them|their|the owning))",
        ),
        (
            r"root cause|why did it (?:happen|break|fail)|what caused|underlying|how did you (?:find|track|narrow)",
            ("root_cause",),
            "the cause you found",
            r"\b(?:because|caused by|turned out|came from|traced|the cause)\b",
        ),
        (
            r"trade[\s-]?offs?|alternatives?|other options|why not\b|(?:give|gave) up|instead of|what did it cost",
            ("tradeoff",),
            "the options you weighed and what you gave up",
            r"\b(?:instead|rather than|at the cost|gave up|give up|cost us|traded|lost|accepted|over the)\b",
        ),
        (
            r"differently|what did you learn|\blearn(?:ed|t)?\b|again\b|hindsight|looking back|lesson|change about",
            ("specific_reflection", "systemic_insight"),
            "a lesson specific to this story",
            r"\b(?:i'?d|i would|next time|now i|i now|these days|i always|i still|since then|i learned|i've learned)\b",
        ),
        (
            r"\bimpact\b|how much|\bnumbers\b|quantify|\bresults?\b|\boutcome\b|what changed|\bbusiness\b",
            ("metric_delta", "business_impact"),
            "the measured outcome",
            _FIGURE,
        ),
        (
            r"what did you (?:personally|yourself|specifically) do|\byour (?:own |personal |specific )?"
            r"(?:part|role|contribution)\b|you (?:personally|specifically)|as opposed to",
            ("first_person_action",),
            "what you personally did",
            r"\b(?:i|my|mine)\b",
        ),
        (
            r"disagree|push ?back|conflict|convince|persuade|buy[ -]?in|buy into|on board|get (?:them|people|the \w+) to",
            ("first_person_action", "tradeoff"),
            "what you said and did, and why",
            r"\b(?:i (?:asked|went|showed|wrote|proposed|met|told|offered|said|made))\b",
        ),
        (
            r"prevent|make sure it (?:doesn'?t|won'?t)|happen again|(?:across|other) teams|beyond (?:the|your)|"
            r"\bscale\b",
            ("second_order_effect", "systemic_insight"),
            "what changed beyond the fix",
            r"\b(?:now|since then|every|all (?:the )?\w+ teams|default|standard|rota|checklist|template|adopted)\b",
        ),
    )
)


def targets(question: str | None) -> list[tuple[tuple[str, ...], str]]:
    """Return, for each thing the probe asks for, the signals that would answer it."""
    if not question:
        return []
    return [(codes, need) for asks, codes, need, _ in PROBE_TARGETS if asks.search(question)]


def unanswered_probe(p: Passage, found: set[str]) -> Finding | None:
    """Report a follow-up answer that gives, for none of the things its probe asks, the signals or their form."""
    if not p.question:
        return None
    wanted = [(codes, need, form) for asks, codes, need, form in PROBE_TARGETS if asks.search(p.question)]
    if not wanted:
        return None
    for codes, _, form in wanted:
        if found & set(codes) or form.search(p.text):
            return None
    return finding(
        "unanswered_probe",
        "major",
        f"The probe {quote(p.question or '', 70)} asks for {wanted[0][1]}, and the answer does not give it.",
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
