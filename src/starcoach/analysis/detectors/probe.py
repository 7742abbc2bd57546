"""Answers to follow-up probes: find what the probe asks for, and whether the answer gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding

# What a probe asks for: the rubric signals that answer it, what it needs in words, the form an answer to it
# takes (a reflection probe is answered with "I'd…", a verification probe with a check or a figure), and how
# a probe's wording asks for it. A probe is unanswered when its answer has neither the signals nor the form.
_FIGURE = r"\d|percent|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|half)\b"
_CHECKED = r"\b(?:checked|compared|measured|tested|watched|tracked|confirmed|verified|replayed|ran)\b"


@dataclass(frozen=True)
class ProbeTarget:
    """One thing a probe can ask for."""

    codes: tuple[str, ...]  # the signals whose presence answers it
    need: str  # what it asks for, in the words of the finding
    form: re.Pattern[str]  # the shape of an answer that gives it, found signals or not
    asks: re.Pattern[str]  # how a probe's wording asks for it


def _target(codes: tuple[str, ...], need: str, form: str, asks: str) -> ProbeTarget:
    return ProbeTarget(codes, need, re.compile(form, re.I), re.compile(asks, re.I))


CHECK = _target(
    ("verification", "metric_delta"),
    "how you know it worked",
    rf"{_CHECKED}|{_FIGURE}",
    r"how (?:did|do|would|could) you (?:know|verify|confirm|measure|check|prove|tell)|did it (?:actually )?work|"
    r"\bevidence\b|what did the (?:data|numbers|metrics) (?:say|show)|made a difference|how (?:can|could) you be sure|"
    r"\bconfident\b|something you know|take (?:someone'?s|their|his|her) word|(?:stopped|stop) working|"
    r"(?:dashboard|graph|chart)s? (?:for me|now|today)|bar did it have to clear",
)
OWNERSHIP = _target(
    ("scope_boundary", "self_initiated"),
    "whose problem it was and why you took it on",
    r"\b(?:because|since|nobody|no one|wasn'?t (?:mine|my)|their (?:team|lead|service|backlog)|"
    r"(?:offered|asked|went to) (?:it to )?(?:them|their|the owning)|i (?:noticed|spotted|saw|found|decided|"
    r"picked it up|took it on|volunteered))",
    r"whose|\byour (?:job|responsibility|call|problem|team'?s)\b|why (?:did )?you (?:take|step|fix|do|pick|own)|"
    r"who asked|outside your|who owned|hand (?:it )?(?:over|off)|leave it to|rather than (?:leav|hand|escalat)|"
    r"why you\b|on your plate|went looking|come to you|anyone'?s go-ahead|nobody had assigned|assigned to you|"
    r"beyond what you were asked|original request",
)
CAUSE = _target(
    ("root_cause",),
    "the cause you found",
    r"\b(?:because|caused by|turned out|came from|traced|the cause)\b",
    r"root cause|why did it (?:happen|break|fail)|what caused|underlying|how did you (?:find|track|narrow)|"
    r"how far down|explanation held|problem have come back",
)
TRADEOFF = _target(
    ("tradeoff",),
    "the options you weighed and what you gave up",
    r"\b(?:instead|rather than|at the cost|gave up|give up|cost us|traded|lost|accepted|over the)\b",
    r"trade[\s-]?offs?|alternatives?|other options|why not\b|(?:give|gave) up|instead of|what did it cost|"
    r"go without|leave out|left out|another week",
)
LESSON = _target(
    ("specific_reflection", "systemic_insight"),
    "a lesson specific to this story",
    r"\b(?:i'?d|i would|next time|now i|i now|these days|i always|i still|since then|i learned|i've learned)\b",
    r"differently|what did you learn|\blearn(?:ed|t)?\b|again\b|hindsight|looking back|lesson|change about|"
    r"habit|surprised you|assumptions?",
)
IMPACT = _target(
    ("metric_delta", "business_impact"),
    "the measured outcome",
    _FIGURE,
    r"\bimpact\b|how much|\bnumbers\b|quantify|\bresults?\b|\boutcome\b|what changed|\bbusiness\b|"
    r"noticed (?:the|a|any)? ?difference|\bcost if\b|different (?:now|afterwards)|notice was different",
)
OWN_PART = _target(
    ("first_person_action",),
    "what you personally did",
    r"\b(?:i|my|mine)\b",
    r"what did you (?:personally|yourself|specifically) do|\byour (?:own |personal |specific )?"
    r"(?:part|role|contribution)\b|you (?:personally|specifically)|as opposed to|took you out of|"
    r"who (?:actually )?made the (?:key )?(?:call|decision)|decision in this story|couldn'?t have happened without|"
    r"say you did|what did you do to get",
)
PERSUASION = _target(
    ("first_person_action", "tradeoff"),
    "what you said and did, and why",
    r"\b(?:i (?:asked|went|showed|wrote|proposed|met|told|offered|said|made))\b",
    r"disagree|push ?back|conflict|convince|persuade|buy[ -]?in|buy into|on board|get (?:them|people|the \w+) to",
)
BEYOND = _target(
    ("second_order_effect", "systemic_insight"),
    "what changed beyond the fix",
    r"\b(?:now|since then|every|all (?:the )?\w+ teams|default|standard|rota|checklist|template|adopted)\b",
    r"prevent|make sure it (?:doesn'?t|won'?t)|happen again|(?:across|other) teams|beyond (?:the|your)|\bscale\b|"
    r"still in use|spread|one-off|change any process|who else",
)
SYSTEM = _target(
    ("systemic_insight",),
    "the organisational or process cause",
    r"\b(?:process(?:es)?|nobody owned|no one owned|no owner|ownership|incentives?|rewarded|reviews?|planning|"
    r"roadmaps?|on-?call|rota|org|organi[sz]ation|structure|priorit\w*|between (?:the |two )?teams|budgets?|"
    r"funded|funding|headcount|deadlines?)\b",
    r"process problem|way the teams|zoom out|reason behind|left broken|organi[sz]ation let|your process",
)
CARRY = _target(
    ("followthrough", "first_person_action"),
    "what you did yourself to see it through",
    r"\bi (?:then |also |personally |just |eventually |still )?(?:followed|went|checked|chased|stayed|kept|rolled|"
    r"shipped|made sure|booked|called|paired|wrote|fixed|built|set|pushed|asked|took|sat|got|pinged|watched)\b",
    r"then what|follow(?:ed)? up|after you shipped|all the way|still open|make sure it (?:actually )?got|"
    r"stay with it|while you were waiting|hold off|stopped waiting|make it succeed|show you'?d meant",
)
OWN_SHARE = _target(
    ("specific_reflection",),
    "your own part in what went wrong",
    r"\b(?:my (?:part|mistake|fault|share|side|bit)|i (?:should|could) have|i (?:missed|didn'?t|did not|assumed|"
    r"underestimated|apologi[sz]ed|owned|admitted))\b",
    r"on you\b|other side|head (?:this|it) off|repair|your own part",
)
DIFFICULTY = _target(
    ("root_cause", "tradeoff"),
    "what made it hard",
    r"\b(?:hard|harder|tricky|difficult|turned out|nearly|almost|wasn'?t obvious|didn'?t know|the catch|"
    r"the problem was|it took|because)\b",
    r"hard part|sound easy|straightforward|(?:wasn'?t|not) obvious|nearly went wrong|so hard",
)
REASON = _target(
    ("business_impact", "tradeoff"),
    "why it mattered: whom it served, what it saved or what it risked",
    r"\b(?:customers?|users?|clients?|patients?|cost|costs|risk|risked|would have|otherwise|lose|losing|lost|"
    r"revenue|money|hours|days|weeks|outage|incident|complaints?)\b",
    r"why did (?:that|it) matter|worth the time|who was (?:that|it|the) (?:decision )?(?:really )?for|skipped it",
)
PROBE_TARGETS: tuple[ProbeTarget, ...] = (
    CHECK,
    OWNERSHIP,
    CAUSE,
    TRADEOFF,
    LESSON,
    IMPACT,
    OWN_PART,
    PERSUASION,
    BEYOND,
    SYSTEM,
    CARRY,
    OWN_SHARE,
    DIFFICULTY,
    REASON,
)
# What a probe chosen for a gap asks for, whatever its wording: the mock interviewer knows the gap it aimed at.
TARGET_OF_GAP: dict[str, ProbeTarget] = {
    "verification": CHECK, "unverified": CHECK, "secondhand_numbers": CHECK, "hedging": CHECK,
    "metric_delta": IMPACT, "business_impact": IMPACT, "no_quantification": IMPACT, "vague_result": IMPACT,
    "self_initiated": OWNERSHIP, "scope_boundary": OWNERSHIP, "missing_scope_boundary": OWNERSHIP,
    "delegated_initiative": OWNERSHIP,
    "root_cause": CAUSE, "tradeoff": TRADEOFF, "oversimplified": DIFFICULTY, "vague_rationale": REASON,
    "specific_reflection": LESSON, "generic_reflection": LESSON,
    "systemic_insight": SYSTEM, "missing_systemic_insight": SYSTEM, "second_order_effect": BEYOND,
    "first_person_action": OWN_PART, "we_language": OWN_PART, "others_did_the_work": OWN_PART,
    "followthrough": CARRY, "handoff": CARRY, "passive_waiting": CARRY, "blame": OWN_SHARE,
}  # fmt: skip


def _wanted(question: str | None, gap: str | None = None) -> list[ProbeTarget]:
    """The things a probe asks for: what its gap needs first, then what its wording asks."""
    wanted = [TARGET_OF_GAP[gap]] if gap in TARGET_OF_GAP else []
    if question:
        wanted += [t for t in PROBE_TARGETS if t.asks.search(question) and t not in wanted]
    return wanted


def targets(question: str | None, gap: str | None = None) -> list[tuple[tuple[str, ...], str]]:
    """Return, for each thing the probe asks for, the signals that would answer it and what it needs."""
    return [(t.codes, t.need) for t in _wanted(question, gap)]


def unanswered_probe(p: Passage, found: set[str]) -> Finding | None:
    """Report a follow-up answer that gives, for none of the things its probe asks, the signals or their form."""
    if not p.question:
        return None
    wanted = _wanted(p.question, p.probe_gap)
    if not wanted or any(found.intersection(t.codes) or t.form.search(p.text) for t in wanted):
        return None
    return finding(
        "unanswered_probe",
        "major",
        f"The probe {quote(p.question or '', 70)} asks for {wanted[0].need}, and the answer does not give it.",
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
