"""Split a whole answer into Situation, Task, Action, Result and Reflection.

Each unit is scored for every part from what it says (context, a goal, the candidate acting, an
outcome, a lesson), then a dynamic program labels the units so that neighbours tend to share a part.
Any order is allowed: an answer that leads with its result is read as such, not penalized.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from starcoach.analysis.agency import Act, acts_in, doing
from starcoach.analysis.detectors.evidence import CHANGE, IMPACT
from starcoach.analysis.detectors.reflection import LESSON
from starcoach.analysis.text import Phrases, Unit

PARTS: tuple[str, ...] = ("situation", "task", "action", "result", "reflection")

SITUATION_CUES = Phrases(
    r"at the time", r"back (?:in|then|when)", r"(?:last|this|that) (?:year|quarter|summer|spring|autumn|fall|winter)",
    r"at my (?:previous|last|current|old|first) (?:job|company|role|team|employer)", r"when i (?:was|joined|started)",
    r"i was (?:working|on|a|an|the|one of|part of|leading|the only)", r"i (?:worked|work) (?:on|at|as|in)",
    r"(?:we|our team|the team|the company|the service|the system|the app|it) (?:had|has|was|were|owned|ran|runs|is|used)",
    r"there (?:was|were|had been)", r"(?:had been|kept) (?:failing|breaking|crashing|growing|happening|slipping)",
    r"(?:customers|users|clients) (?:were|had been|kept) (?:complaining|reporting|seeing|losing|hitting)",
    r"(?:a few|two|three|several) (?:weeks|months|days) (?:before|into|after)", r"in (?:my|our) (?:team|org|group|company)",
    r"(?:this|it) was (?:at|during|when|right before)", r"(?:so )?(?:the )?(?:context|background|situation) (?:was|is)",
)
TASK_CUES = Phrases(
    r"my (?:task|job|goal|role|responsibility|mandate|mission|assignment|charter|brief|aim|objective) (?:was|became)",
    r"(?:the|our) (?:goal|task|ask|objective|challenge|mandate|target|job) (?:was|became)",
    r"i (?:needed|had|wanted|set out|was supposed|decided) to", r"(?:we|i) (?:needed|had) to (?:get|make|find|fix|ship|cut|reduce|deliver|decide)",
    r"i was (?:asked|tasked|responsible|accountable|assigned|given|on the hook|expected)", r"it was (?:on me|my call|up to me|my job)",
    r"i (?:owned|took on|took ownership)", r"(?:the|my) (?:deadline|constraint|budget) was", r"i had (?:\w+ )?(?:weeks|days|months) to",
    r"(?:success|done) (?:meant|would mean|looked like)", r"(?:so )?what i (?:needed|wanted|had) to (?:do|figure out|decide)",
)
ACTION_CUES = Phrases(
    r"(?:first|second|third|then|next|after that|afterwards|so|from there|meanwhile|to start|at that point),? i",
    r"i (?:started|began) (?:by|with)", r"my (?:first|next) (?:step|move)", r"(?:step one|step two)",
)
RESULT_CUES = Phrases(
    r"as a result", r"in the end", r"(?:the )?(?:result|outcome|impact|upshot|net effect) (?:was|is|were)",
    r"ended up", r"by the end", r"(?:since then|ever since|today|now|these days|afterwards|after (?:that|the launch|rollout))",
    r"(?:we|i|it) (?:launched|shipped|went live|delivered|hit|met|beat|saved|cut|reduced)", r"(?:on time|ahead of schedule)",
    r"(?:which|that) (?:saved|cut|reduced|meant|freed|avoided|prevented)", r"(?:zero|no) (?:incidents|recurrence|complaints|outages)",
)
# How much a unit's own cues count, and how strongly neighbours stick together.
CUE_WEIGHT = {"situation": 1.2, "task": 1.6, "action": 1.4, "result": 1.4, "reflection": 2.0}
SWITCH_COST = 0.9
_STATE_START = re.compile(r"^(?:so |and |but |um |uh |well )*(?:the|our|my|it|there|this|we had|we were|i was)\b", re.I)


def _scores(unit: Unit, index: int, total: int, acts: Sequence[Act]) -> dict[str, float]:
    text, start, end = unit.text, unit.start, unit.end
    mine = doing(acts, "i")
    numeric = unit.numeric
    change = CHANGE.search(text, start, end) is not None
    position = index / max(total - 1, 1)
    scores = {
        "situation": CUE_WEIGHT["situation"] * SITUATION_CUES.count(text, start, end),
        "task": CUE_WEIGHT["task"] * TASK_CUES.count(text, start, end),
        "action": CUE_WEIGHT["action"] * (ACTION_CUES.count(text, start, end) + min(len(mine), 2)),
        "result": CUE_WEIGHT["result"] * RESULT_CUES.count(text, start, end),
        "reflection": CUE_WEIGHT["reflection"] * LESSON.count(text, start, end),
    }
    if numeric and change:
        scores["result"] += 1.8
    elif numeric and IMPACT.search(text, start, end):
        scores["result"] += 0.6
    if not mine and _STATE_START.search(text, start, end):
        scores["situation"] += 0.6
    # A weak prior by position breaks ties only; cues outweigh it, so any order can be read.
    scores["situation"] += 0.5 * (1 - position)
    scores["reflection"] += 0.3 * position - 0.3
    scores["result"] += 0.3 * position
    return scores


def label_units(units: Sequence[Unit], acts: Sequence[Act]) -> list[str]:
    """Return the STAR part of each unit, chosen jointly so neighbouring units tend to share one."""
    if not units:
        return []
    table = [_scores(unit, i, len(units), acts_in(acts, [unit])) for i, unit in enumerate(units)]
    best: list[dict[str, float]] = [dict(table[0])]
    back: list[dict[str, str]] = [{}]
    for i in range(1, len(units)):
        row: dict[str, float] = {}
        pointers: dict[str, str] = {}
        for part in PARTS:
            previous = max(PARTS, key=lambda q: best[i - 1][q] - (SWITCH_COST if q != part else 0))
            row[part] = best[i - 1][previous] - (SWITCH_COST if previous != part else 0) + table[i][part]
            pointers[part] = previous
        best.append(row)
        back.append(pointers)
    part = max(PARTS, key=lambda q: best[-1][q])
    labels = [part]
    for i in range(len(units) - 1, 0, -1):
        part = back[i][part]
        labels.append(part)
    return labels[::-1]


def split_parts(units: Sequence[Unit], acts: Sequence[Act]) -> dict[str, list[Unit]]:
    """Group the units of a whole answer by STAR part."""
    parts: dict[str, list[Unit]] = {part: [] for part in PARTS}
    for unit, label in zip(units, label_units(units, acts), strict=True):
        parts[label].append(unit)
    return parts
