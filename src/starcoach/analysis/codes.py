"""The finding codes of the rubric: a stable public API (add freely, never rename)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["strength", "mistake"]


@dataclass(frozen=True)
class Code:
    """One rubric signal: its stable name, whether it helps or hurts, and what it means."""

    name: str
    kind: Kind
    meaning: str


CODES: dict[str, Code] = {
    code.name: code
    for code in (
        Code("self_initiated", "strength", "the candidate started it without being asked"),
        Code("scope_boundary", "strength", "says the problem was outside their remit"),
        Code("first_person_action", "strength", "concrete actions the candidate took, in the first person"),
        Code("root_cause", "strength", "names the cause found, not just the symptom"),
        Code("verification", "strength", "showed it worked with their own measurement or tests"),
        Code("metric_delta", "strength", "a before-and-after measure"),
        Code("business_impact", "strength", "the outcome in money, time, customers or risk"),
        Code("second_order_effect", "strength", "effects beyond the fix: a standard, reuse, a process"),
        Code("followthrough", "strength", "carried it to the end: shipped, rolled out, followed up"),
        Code("specific_reflection", "strength", "a lesson tied to this story's specifics"),
        Code("systemic_insight", "strength", "names an organisational or process cause beyond the code"),
        Code("tradeoff", "strength", "weighs an option against another and says what was given up"),
        Code(
            "specific_detail",
            "strength",
            "an answer to a probe that gives concrete specifics: figures, mechanisms, names",
        ),
        Code("we_language", "mistake", "'we' hides what the candidate personally did"),
        Code("handoff", "mistake", "raised or escalated the problem and stopped there"),
        Code("others_did_the_work", "mistake", "others are the subject of the decisive actions"),
        Code("delegated_initiative", "mistake", "someone else started it, or the motive was spare time"),
        Code("passive_waiting", "mistake", "waited for others to notice or decide"),
        Code("vague_result", "mistake", "an outcome with no substance"),
        Code("no_quantification", "mistake", "a result with no measure at all"),
        Code("secondhand_numbers", "mistake", "impact figures taken from others, not own analysis"),
        Code("unverified", "mistake", "assumed it worked, or monitored with no figure"),
        Code("oversimplified", "mistake", "dismisses the difficulty"),
        Code("vague_rationale", "mistake", "a reason with no link to customers, risk or cost"),
        Code("generic_reflection", "mistake", "a lesson that would fit any story"),
        Code("hedging", "mistake", "unsure language about one's own work"),
        Code("filler_words", "mistake", "spoken fillers (um, uh, like, you know)"),
        Code("too_long", "mistake", "speaking time far above the section's target"),
        Code("too_short", "mistake", "speaking time far below the section's target"),
        Code("pace", "mistake", "spoken too fast or too slow: outside 120–170 words per minute"),
        Code("rambling_context", "mistake", "the situation describes the system at length before the problem"),
        Code("missing_scope_boundary", "mistake", "an ownership answer that never says whose problem it was"),
        Code("missing_systemic_insight", "mistake", "a Senior+ reflection without a systemic cause"),
        Code("missing_section", "mistake", "a whole answer lacks one of S, T, A, R"),
        Code("off_topic", "mistake", "not a story about own past work, or not about what was asked"),
        Code("implausible_claim", "mistake", "figures no one would believe"),
        Code("blame", "mistake", "faults others instead of owning their own part"),
        Code("unanswered_probe", "mistake", "an answer to a follow-up that does not give what the probe asked for"),
    )
}

STRENGTHS: tuple[str, ...] = tuple(c.name for c in CODES.values() if c.kind == "strength")
MISTAKES: tuple[str, ...] = tuple(c.name for c in CODES.values() if c.kind == "mistake")
# The strengths each principle weighs in its content (specific_detail, a property of answers to probes, is not).
PRINCIPLE_SIGNALS: tuple[str, ...] = tuple(code for code in STRENGTHS if code != "specific_detail")
# How an answer is said, not what it says: coached in feedback, never probed by an interviewer's question.
DELIVERY_CODES: frozenset[str] = frozenset({"too_long", "too_short", "filler_words", "pace"})
