"""Split a whole answer into Situation, Task, Action, Result and Reflection.

Each unit is scored for every part from what it says (context, a goal, the candidate acting, an
outcome, a lesson), then a dynamic program labels the units so that neighbours tend to share a part.
Any order is allowed: an answer that leads with its result is read as such, not penalized.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from starcoach.analysis.agency import DOING, Act
from starcoach.analysis.detectors.evidence import CHANGE, IMPACT
from starcoach.analysis.detectors.reflection import LESSON
from starcoach.analysis.text import Phrases, Unit

PARTS: tuple[str, ...] = ("situation", "task", "action", "result", "reflection")

SITUATION_CUES = Phrases(
    r"at the time",
    r"back (?:in|then|when)",
    r"(?:last|this|that) (?:year|quarter|summer|spring|autumn|fall|winter)",
    r"at my (?:previous|last|current|old|first) (?:job|company|role|team|employer)",
    r"when i (?:was|joined|started)",
    r"i was (?:working|on|a|an|the|one of|part of|leading|the only)",
    r"i (?:worked|work) (?:on|at|as|in)",
    r"(?:we|our team|the team|the company|the service|the system|the app|it) (?:had|has|was|were|owned|ran|runs|is|used)",
    r"there (?:was|were|had been)",
    r"(?:had been|kept) (?:failing|breaking|crashing|growing|happening|slipping)",
    r"(?:customers|users|clients) (?:were|had been|kept) (?:complaining|reporting|seeing|losing|hitting)",
    r"(?:a few|two|three|several) (?:weeks|months|days) (?:before|into|after)",
    r"in (?:my|our) (?:team|org|group|company)",
    r"(?:this|it) was (?:at|during|when|right before)",
    r"(?:so )?(?:the )?(?:context|background|situation) (?:was|is)",
)
TASK_CUES = Phrases(
    r"my (?:task|job|goal|role|responsibility|mandate|mission|assignment|charter|brief|aim|objective) (?:was|became)",
    r"(?:the|our) (?:goal|task|ask|objective|challenge|mandate|target|job) (?:was|became)",
    r"i (?:needed|had|wanted|set out|was supposed|decided) to",
    r"(?:we|i) (?:needed|had) to (?:get|make|find|fix|ship|cut|reduce|deliver|decide)",
    r"i was (?:asked|tasked|responsible|accountable|assigned|given|on the hook|expected)",
    r"it was (?:on me|my call|up to me|my job)",
    r"i (?:owned|took on|took ownership)",
    r"(?:the|my) (?:deadline|constraint|budget) was",
    r"i had (?:\w+ )?(?:weeks|days|months) to",
    r"(?:success|done) (?:meant|would mean|looked like)",
    r"(?:so )?what i (?:needed|wanted|had) to (?:do|figure out|decide)",
)
ACTION_CUES = Phrases(
    r"(?:first|second|third|then|next|after that|afterwards|so|from there|meanwhile|to start|at that point),? i",
    r"i (?:started|began) (?:by|with)",
    r"my (?:first|next) (?:step|move)",
    r"(?:step one|step two)",
)
RESULT_CUES = Phrases(
    r"as a result",
    r"in the end",
    r"(?:the )?(?:result|outcome|impact|upshot|net effect) (?:was|is|were)",
    r"ended up",
    r"by the end",
    r"(?:since then|ever since|today|now|these days|afterwards|after (?:that|the launch|rollout))",
    r"(?:we|i|it) (?:launched|shipped|went live|delivered|hit|met|beat|saved|cut|reduced)",
    r"(?:on time|ahead of schedule)",
    r"(?:which|that) (?:saved|cut|reduced|meant|freed|avoided|prevented)",
    r"(?:zero|no) (?:incidents|recurrence|complaints|outages)",
)
# How much a unit's own cues count, and how strongly neighbours stick together.
CUE_WEIGHT = {"situation": 1.2, "task": 1.6, "action": 1.4, "result": 1.4, "reflection": 2.0}
SWITCH_COST = 0.9
SHARED_WEIGHT = 0.7
_STATE_START = re.compile(r"(?:so |and |but |um |uh |well )*(?:the|our|my|it|there|this|we had|we were|i was)\b", re.I)


def _table(units: Sequence[Unit], acts: Sequence[Act]) -> list[dict[str, float]]:
    """Score every unit for every part from its own cues, with a weak prior by position."""
    situation, task = SITUATION_CUES.per_unit(units), TASK_CUES.per_unit(units)
    action, result = ACTION_CUES.per_unit(units), RESULT_CUES.per_unit(units)
    lesson, change, impact = LESSON.per_unit(units), CHANGE.per_unit(units), IMPACT.per_unit(units)
    mine, shared = [0] * len(units), [0] * len(units)
    starts = [u.start for u in units]
    for act in acts:
        if act.verb_class not in DOING or act.hypothetical:
            continue
        i = bisect_right(starts, act.start) - 1
        if i >= 0 and act.start < units[i].end:
            if act.actor == "i":
                mine[i] += 1
            else:
                shared[i] += 1
    total = len(units)
    table = []
    for i, unit in enumerate(units):
        position = i / max(total - 1, 1)
        scores = {
            "situation": CUE_WEIGHT["situation"] * situation[i] + 0.5 * (1 - position),
            "task": CUE_WEIGHT["task"] * task[i],
            # Steps taken are the Action whoever took them; the candidate's own count most.
            "action": CUE_WEIGHT["action"] * (action[i] + min(mine[i], 2) + SHARED_WEIGHT * min(shared[i], 2)),
            "result": CUE_WEIGHT["result"] * result[i] + 0.3 * position,
            "reflection": CUE_WEIGHT["reflection"] * lesson[i] + 0.3 * position - 0.3,
        }
        if unit.numeric and change[i]:
            scores["result"] += 1.8
        elif unit.numeric and impact[i]:
            scores["result"] += 0.6
        if not mine[i] and _STATE_START.match(unit.text, unit.start, unit.end):
            scores["situation"] += 0.6
        table.append(scores)
    return table


def label_units(units: Sequence[Unit], acts: Sequence[Act]) -> list[str]:
    """Return the STAR part of each unit, chosen jointly so neighbouring units tend to share one.

    A Viterbi pass: staying in a part is free, switching costs SWITCH_COST, so any order of parts
    is allowed but a lone unit needs clear cues to break away from its neighbours.
    """
    if not units:
        return []
    table = _table(units, acts)
    best = dict(table[0])
    back: list[dict[str, str]] = [{}]
    for scores in table[1:]:
        leader = max(best, key=best.__getitem__)
        switch = best[leader] - SWITCH_COST
        row: dict[str, float] = {}
        pointers: dict[str, str] = {}
        for part in PARTS:
            stay = best[part]
            previous = part if stay >= switch else leader
            row[part] = max(stay, switch) + scores[part]
            pointers[part] = previous
        best = row
        back.append(pointers)
    part = max(best, key=best.__getitem__)
    labels = [part]
    for pointers in reversed(back[1:]):
        part = pointers[part]
        labels.append(part)
    return labels[::-1]


def split_parts(units: Sequence[Unit], acts: Sequence[Act]) -> dict[str, list[Unit]]:
    """Group the units of a whole answer by STAR part."""
    parts: dict[str, list[Unit]] = {part: [] for part in PARTS}
    for unit, label in zip(units, label_units(units, acts), strict=True):
        parts[label].append(unit)
    return parts
