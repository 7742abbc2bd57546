"""Which detector runs on which kind of passage: the rubric's table of checks."""

from __future__ import annotations

from starcoach.analysis.detectors import action, delivery, evidence, outcome, ownership, probe, reflection
from starcoach.analysis.passage import Detect, Detector

ALL = frozenset({"situation", "task", "action", "result", "reflection", "answer", "followup"})
WORK = frozenset({"action", "answer", "followup"})
OUTCOME = frozenset({"result", "answer", "followup"})


# Detectors that judge by ratio or by absence: a part of an answer can show what the whole does not.
GLOBAL = frozenset(
    {
        "first_person_action",
        "we_language",
        "others_did_the_work",
        "no_quantification",
        "specific_reflection",
        "generic_reflection",
        "missing_systemic_insight",
        "missing_scope_boundary",
        "filler_words",
        "rambling_context",
        "off_topic",
        "handoff",
        "delegated_initiative",
        "unverified",
        "business_impact",
        "specific_detail",
    }
)


def _d(code: str, sections: frozenset[str] | set[str], run: Detect) -> Detector:
    return Detector(code, frozenset(sections), run, local=code not in GLOBAL)


DETECTORS: tuple[Detector, ...] = (
    _d("first_person_action", WORK | {"result", "reflection"}, action.first_person_action),
    _d("self_initiated", ALL - {"reflection", "result"}, ownership.self_initiated),
    _d("scope_boundary", ALL - {"reflection"}, ownership.scope_boundary),
    _d("root_cause", WORK | {"result", "reflection", "situation"}, evidence.root_cause),
    _d("verification", WORK | {"result"}, evidence.verification),
    _d("metric_delta", OUTCOME | {"action"}, evidence.metric_delta),
    _d("business_impact", OUTCOME, evidence.business_impact),
    _d("second_order_effect", OUTCOME | {"action", "reflection"}, outcome.second_order_effect),
    _d("followthrough", WORK | {"result"}, outcome.followthrough),
    _d("specific_reflection", {"reflection", "answer", "followup"}, reflection.specific_reflection),
    _d("systemic_insight", {"reflection", "answer", "followup", "result"}, reflection.systemic_insight),
    _d("tradeoff", WORK | {"task", "result", "reflection"}, outcome.tradeoff),
    _d("we_language", WORK | {"task", "result", "reflection"}, action.we_language),
    _d("others_did_the_work", WORK, action.others_did_the_work),
    _d("delegated_initiative", ALL - {"reflection", "result"}, ownership.delegated_initiative),
    _d("handoff", WORK | {"result"}, ownership.handoff),
    _d("passive_waiting", ALL - {"reflection"}, ownership.passive_waiting),
    _d("blame", ALL, ownership.blame),
    _d("missing_scope_boundary", {"answer", "followup"}, ownership.missing_scope_boundary),
    _d("vague_result", OUTCOME | {"action"}, evidence.vague_result),
    _d("no_quantification", {"result", "answer"}, evidence.no_quantification),
    _d("secondhand_numbers", OUTCOME | {"action"}, evidence.secondhand_numbers),
    _d("unverified", WORK | {"result"}, evidence.unverified),
    _d("implausible_claim", ALL, evidence.implausible_claim),
    _d("generic_reflection", {"reflection", "answer", "followup"}, reflection.generic_reflection),
    _d("missing_systemic_insight", {"reflection", "answer"}, reflection.missing_systemic_insight),
    _d("hedging", ALL, delivery.hedging),
    _d("filler_words", ALL, delivery.filler_words),
    _d("oversimplified", ALL - {"reflection"}, delivery.oversimplified),
    _d("vague_rationale", ALL - {"reflection"}, delivery.vague_rationale),
    _d("rambling_context", {"situation", "answer"}, delivery.rambling_context),
    _d("off_topic", WORK, delivery.off_topic),
    _d("specific_detail", {"followup"}, probe.specific_detail),
)
