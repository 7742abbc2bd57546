"""From findings to a score and a verdict, weighing the principle and raising the bar with the level."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from starcoach.analysis.report import Finding, Verdict

# Points a strength adds at a neutral principle weight of 1.0. The values were fitted on the development
# half of the labeled corpus (tests/corpus/*-dev.yaml) and checked on the held-out half.
STRENGTH_POINTS: dict[str, float] = {
    "first_person_action": 8,
    "self_initiated": 12,
    "scope_boundary": 4,
    "root_cause": 4,
    "verification": 6,
    "metric_delta": 12,
    "business_impact": 6,
    "second_order_effect": 10,
    "followthrough": 6,
    "specific_reflection": 12,
    "systemic_insight": 10,
    "tradeoff": 6,
    "specific_detail": 10,
}
# Points a mistake takes away, by severity, times the mistake's factor: some sink an answer on their own.
MISTAKE_POINTS = {"major": 12.0, "minor": 6.0}
MISTAKE_FACTOR: dict[str, float] = {
    "off_topic": 4.0,
    "implausible_claim": 2.5,
    "missing_systemic_insight": 3.0,
    "others_did_the_work": 3.0,
    "rambling_context": 2.0,
    "secondhand_numbers": 2.0,
    "generic_reflection": 2.0,
    "filler_words": 1.5,
    "handoff": 1.4,
    "no_quantification": 1.2,
    "we_language": 1.0,
    "delegated_initiative": 1.0,
    "blame": 1.0,
    "missing_section": 1.0,
    "too_long": 1.0,
    "too_short": 1.0,
    "pace": 0.5,
    "vague_result": 0.9,
    "hedging": 0.8,
    "unanswered_probe": 0.5,
}
# Where a kind of passage weighs a mistake differently: a probe answered in one line is a weak answer.
SECTION_MISTAKE_FACTOR: dict[str, dict[str, float]] = {
    "followup": {"too_short": 1.2, "vague_rationale": 1.5, "generic_reflection": 1.5},
    # A whole answer in a few sentences cannot show enough to hire on, however well it reads.
    # Without a systemic cause a Senior+ answer or reflection is already held under the strong-hire line by
    # `apply_caps`; the penalty beside the cap is smaller there, so one missed reading cannot sink an
    # otherwise concrete story or lesson across the whole scale.
    "answer": {"too_short": 2.0, "missing_systemic_insight": 2.0},
    "reflection": {"missing_systemic_insight": 0.5},
}
# Where a section starts before any finding: what a plain, faultless version of it is worth.
SECTION_BASE: dict[str, float] = {
    "situation": 64,
    "task": 60,
    "action": 64,
    "result": 48,
    "reflection": 38,
    "answer": 30,
    "followup": 52,
}
# Higher levels start lower: the same evidence is worth less when more is expected.
LEVEL_OFFSET: dict[str, float] = {"sde1": 4, "sde2": 0, "senior": -5, "principal": -8}
# At Senior and above these signals carry more weight; below they are a bonus.
LEVEL_EMPHASIS: dict[str, dict[str, float]] = {
    "senior": {"systemic_insight": 1.4, "tradeoff": 1.3, "second_order_effect": 1.3},
    "principal": {"systemic_insight": 1.5, "tradeoff": 1.4, "second_order_effect": 1.5},
}
# Score bands of the verdicts.
VERDICT_BANDS: tuple[tuple[float, Verdict], ...] = (
    (72, "strong_hire"),
    (55, "lean_hire"),
    (38, "lean_no_hire"),
    (0, "strong_no_hire"),
)
HIRE_LINE = 55


def verdict_for(score: float) -> Verdict:
    """Return the verdict whose band holds the score."""
    return next(verdict for floor, verdict in VERDICT_BANDS if score >= floor)


def score_findings(
    findings: Iterable[Finding],
    section: str,
    level: str,
    weights: Mapping[str, float] | None = None,
) -> float:
    """Add each strength once, weighted by the principle and level, and subtract each mistake."""
    weights = weights or {}
    emphasis = LEVEL_EMPHASIS.get(level, {})
    score = SECTION_BASE[section] + LEVEL_OFFSET[level]
    seen: set[str] = set()
    for item in findings:
        if item.code in seen:
            continue
        seen.add(item.code)
        if item.kind == "strength":
            points = STRENGTH_POINTS.get(item.code, 4) * (1.0 if item.severity == "major" else 0.6)
            score += points * weights.get(item.code, 1.0) * emphasis.get(item.code, 1.0)
        else:
            factor = SECTION_MISTAKE_FACTOR.get(section, {}).get(item.code, MISTAKE_FACTOR.get(item.code, 1.0))
            score -= MISTAKE_POINTS[item.severity] * factor
    return score


def apply_caps(score: float, codes: set[str], section: str, level: str, far_too_short: bool = False) -> float:
    """Hold a score under the bar where a single gap rules a verdict out, whatever else is there."""
    if far_too_short and section == "answer":
        score = min(score, 65)  # a few sentences can earn a lean hire at most
    if "off_topic" in codes:
        score = min(score, 20)
    if "implausible_claim" in codes:
        score = min(score, 37)
    if section in ("answer", "reflection") and level in ("senior", "principal") and "systemic_insight" not in codes:
        score = min(score, 71)
    if section in ("answer", "action") and "first_person_action" not in codes:
        score = min(score, 50)
    return max(0.0, min(100.0, score))
