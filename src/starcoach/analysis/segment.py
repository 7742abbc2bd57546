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
from starcoach.analysis.detectors.reflection import LESSON, MORAL_CUES
from starcoach.analysis.text import Phrases, SpanFinder, Unit

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
# A part named outright, as a heading or a signpost: "Task:", "What I did:", "The outcome first:". A result told
# first ("the short version", "so the result first") is the Result wherever it stands.
HEADINGS: dict[str, Phrases] = {
    "situation": Phrases(
        r"(?:situation|context|background|setting|setup|set-up)\s?[:\-–—]",
        r"for (?:some |a bit of |a little )?(?:context|background)",
        r"(?:some|a (?:bit|little) of|quick) (?:context|background)",
        r"to (?:give (?:you )?|set )(?:some |a bit of |the )?(?:context|background|scene)",
        r"(?:here's|here is) (?:the|some) (?:context|background|setup|set-up)",
    ),
    "task": Phrases(
        r"(?:task|goal|objective|my (?:role|job|brief))\s?[:\-–—]",
    ),
    "action": Phrases(
        r"(?:actions?|approach|steps)\s?[:\-–—]",
        r"(?:so )?(?:here's |here is )?what i (?:did|actually did|ended up doing)(?: was)?\s?(?:[:\-–—]|first|was)",
        r"(?:the )?first (?:thing|step) i (?:did|took)",
    ),
    "result": Phrases(
        r"(?:results?|outcomes?|impact)\s?[:\-–—]",
        r"(?:the |so the )?(?:short version|tl;?dr|bottom line|headline)",
        r"(?:the |so the )?(?:result|outcome|ending|end result|punchline) (?:first|up front|upfront)",
        r"(?:start|starting|to start|i'll start|let me start) with (?:the )?(?:result|outcome|ending|end)",
    ),
    "reflection": Phrases(
        r"(?:learnings?|lessons?(?: learned| learnt)?|reflections?|takeaways?|looking back|in hindsight)\s?[:\-–—]",
        r"what i (?:learned|learnt|took away|took from (?:it|this|that)|(?:'d|would) (?:do differently|change|pass on))"
        r"\s?[:\-–—]",
    ),
}
# Where a story is set: the candidate's role, team or employer, said to open it ("At a video-streaming company
# I owned the thumbnail service", "I led the billing squad at a B2B invoicing company").
SETTING = Phrases(
    r"in my (?:first|second|third|early|last|final) (?:few )?(?:days?|weeks?|months?|years?)",
    r"(?:at|in|for) (?:a|an|my|our|one) (?:[\w-]+ ){0,3}(?:company|startup|start-up|firm|bank|retailer|grocer|"
    r"marketplace|agency|insurer|business|employer|provider|platform|shop|store|consultancy|scale-?up|"
    r"internship|placement|job|role|team|org|organi[sz]ation|hospital|university|lab|charity|council)",
    r"i (?:led|owned|ran|managed|joined|was on|was in|was part of|worked on|sat on) (?:the|a|an|our|my|this) "
    r"(?:[\w-]+ ){0,3}(?:team|squad|group|service|platform|org|organi[sz]ation|app|product|feature|company|"
    r"programme|program|project|pipeline|system)",
    r"as (?:a|an|the) (?:[\w-]+ ){0,2}(?:engineer|developer|lead|manager|intern|analyst|scientist|architect|"
    r"designer|graduate|sre|owner)",
    r"(?:this|it) (?:was|happened) (?:at|in|during|when|back|a few|two|three|last)",
)
# What came after the work, in words the outcome cues above leave out (kept apart from them: those also tell
# whether an answer has any outcome at all): "after the rollout", "that has held since", "it is now the default".
AFTERMATH = Phrases(
    r"after (?:the|that|it|my|our|this) (?:release|launch|rollout|roll-out|change|fix|deploy|deployment|migration|"
    r"switch|switchover|cutover|cut-over|pilot|go-live)",
    r"(?:has|have|had) (?:since|held|stuck|stayed|kept|not (?:failed|broken|recurred|happened))",
    r"(?:hasn't|haven't) (?:failed|broken|recurred|happened|come back|paged)",
    r"(?:is|are) now (?:the|a|an|part|required|used|standard|default|live|in|on|mandatory|how|what|run|owned)",
    r"(?:now|since) (?:uses|runs|gets|takes|finishes|sees|ships|sits|lives|covers|includes)",
    r"(?:was|were|got|has been|have been) (?:adopted|reused|copied|rolled out|picked up|taken up|made (?:the )?default)",
    r"no (?:further|more|new|repeat) (?:incidents|pages|complaints|failures|outages|tickets|errors|escalations)",
    r"(?:went|came) back (?:up|down|to normal|under|below|above)",
    r"(?:has|have|had|was|were) (?:since |now |finally )?(?:been )?(?:switched off|turned off|shut down|phased out|"
    r"retired|decommissioned)",
    r"(?:back|down|up) to (?:normal|zero|none|baseline)",
    r"(?:has|have|had) (?:run|worked|held|stayed|been) (?:cleanly|fine|smoothly|stable|green|quiet|without)",
    r"(?:days|weeks|months|quarters|years|releases|sprints) since",
    r"(?:we|it|they|there) (?:never|haven't|hasn't|didn't) (?:had|have|has|seen|saw|been|see) (?:an?|any|another|a single) "
    r"(?:incident|outage|issue|problem|complaint|failure|repeat|recurrence|page)",
    # A time after the change that opens what came of it: "a year on, spend was down", "six months later she led".
    r"(?:a|one|two|three|four|five|six|eight|nine|ten|twelve|a few|several|\d+) (?:days?|weeks?|months?|quarters?|"
    r"years?) (?:on,|later,? (?:she|he|they|we|i|it|the|our|my|their|his|her|every|all|nobody|no|none|there)|"
    r"after (?:that|the|it|launch|release|rollout))",
)
# A lesson drawn in words the reflection reading does not list: "what I'd pass on", "if I were doing it again".
LESSON_MORE = Phrases(
    r"(?:what|the thing|something|one thing) i(?:'d| would) (?:pass on|tell|take away|keep|carry|repeat|do again|"
    r"change|do differently)",
    r"if i (?:were|was|had) (?:doing|to do) (?:it|this|that)(?: all)? (?:again|over)",
    r"if i (?:did|could do|had) (?:it|this|that) (?:all )?(?:again|over)",
    r"(?:in|with) (?:retrospect|hindsight)",
    r"on reflection",
    r"(?:what|the (?:thing|part)) (?:i took|i take|stuck|stays|stayed)",
    r"the (?:moral|lesson|takeaway|real takeaway|big thing|main thing|key thing)(?: here)?(?: for me)? (?:is|was)",
    r"(?:made|makes) me (?:realise|realize|rethink|more careful)",
    r"i(?:'ve| have) (?:carried|kept|taken) (?:that|this|it) (?:with me|since|forward|into)",
    r"(?:from then on|ever since|to this day),? i",
    r"i now [a-z]+",
    r"the (?:main|big|biggest|key|real|one|most important|most useful) (?:thing|lesson|takeaway) i(?:'ve| have)? "
    r"(?:learned|learnt|took|take|got|carry|carried|keep)",
)
# A step told without its subject, as people list what they did ("Pulled a week of logs, went through them,
# found the config"): a verb of doing in the past that opens a unit or a clause after a comma or "and".
BARE_STEP = SpanFinder(
    r"(?i:(?:^|[.;:,!?\n])[ \t]*(?:[-*•·–][ \t]+)?|\b(?:and|so|then|first|next|um|uh)[ \t]+)(?i:(?:then|also|just|quickly|finally|"
    r"first|basically|um|uh|so)[ \t]+)*"
    r"((?i:pulled|went (?:through|over|back|and)|dug|built|wrote|rewrote|ran|found|traced|profiled|added|fixed|"
    r"shipped|rolled|measured|checked|tested|tried|compared|reproduced|set up|sat down|sat with|met|moved|"
    r"migrated|replaced|removed|deleted|split|changed|proposed|pitched|drafted|paired|timed|counted|sampled|"
    r"grouped|mapped|plotted|benchmarked|instrumented|reran|re-ran|spun up|took|sent|showed|walked|"
    r"turned|switched|cut|merged|reverted|released|deployed|documented|interviewed|shadowed|read|looked|"
    r"narrowed|isolated|confirmed|verified|patched|refactored|automated|scripted|reviewed|asked|"
    r"told|emailed|messaged|raised|flagged|escalated)\b)"
)
# How much a unit's own cues count, and how strongly neighbours stick together.
CUE_WEIGHT = {"situation": 1.2, "task": 1.6, "action": 1.4, "result": 1.4, "reflection": 2.0}
HEADING_WEIGHT = 4.0
SWITCH_COST = 0.9
# A lesson, once drawn, usually runs to the end: leaving it costs more.
LEAVE_COST = {"reflection": 0.6}
# How far into an answer a lesson is told after the story rather than claimed at its opening.
LESSON_FROM = 0.4
# Where an answer's closing starts, in which a moral drawn is its lesson.
CLOSING = 0.7
SHARED_WEIGHT = 0.7
BARE_WEIGHT = 1.0
# A unit that tells a change with its figure leans to the Result this much.
MEASURED_WEIGHT = 2.2
_STATE_START = re.compile(r"(?:so |and |but |um |uh |well )*(?:the|our|my|it|there|this|we had|we were|i was)\b", re.I)


# An act told in a clause hung on a figure or outcome ("fell to 2%, which I checked", "a week I tracked").
_CHECKED_AFTER = re.compile(r"\b(?:which|that|as)\s+$", re.IGNORECASE)


def _acts_per_unit(units: Sequence[Unit], acts: Sequence[Act]) -> tuple[list[int], list[int]]:
    """Count the steps in each unit: the candidate's own, and those of anyone else (in halves, so that what the
    candidate said to someone, "I asked her", "I told my lead", counts half a step of their own)."""
    mine, shared = [0] * len(units), [0] * len(units)
    starts = [u.start for u in units]
    text = units[0].text if units else ""
    for act in acts:
        if act.hypothetical or (act.verb_class not in DOING and act.verb_class != "communication"):
            continue
        if _CHECKED_AFTER.search(text, max(0, act.start - 8), act.start):
            continue  # "..., which I checked against the logs": how an outcome was measured, not a step
        i = bisect_right(starts, act.start) - 1
        if i >= 0 and act.start < units[i].end:
            said = act.verb_class == "communication"
            if act.actor == "i":
                mine[i] += 1 if said else 2
            elif not said:
                shared[i] += 2
    return mine, shared


def _bare_steps(units: Sequence[Unit], acts: Sequence[Act]) -> list[int]:
    """Count the steps told without a subject in each unit, where no subject nearby could be theirs."""
    counts = [0] * len(units)
    if not units:
        return counts
    text = units[0].text
    starts = [u.start for u in units]
    act_starts = [a.start for a in acts]
    for verb_start, _ in BARE_STEP(text):
        i = bisect_right(starts, verb_start) - 1
        if i < 0 or verb_start >= units[i].end:
            continue
        # A verb after an act in the same unit shares its subject: agency has read it already.
        previous = bisect_right(act_starts, verb_start) - 1
        if previous >= 0 and act_starts[previous] >= units[i].start:
            continue
        # After a comma a verb continues a list of steps ("pulled the logs, went through them"); without one before
        # it, it is a participle describing something ("the job, built on cron years ago,").
        if counts[i] or not text[units[i].start : verb_start].rstrip().endswith(","):
            counts[i] += 1
    return counts


def _table(units: Sequence[Unit], acts: Sequence[Act]) -> list[dict[str, float]]:
    """Score every unit for every part from its own cues, with a weak prior by position."""
    situation, task = SITUATION_CUES.per_unit(units), TASK_CUES.per_unit(units)
    action, result = ACTION_CUES.per_unit(units), RESULT_CUES.per_unit(units)
    lesson, change, impact = LESSON.per_unit(units), CHANGE.per_unit(units), IMPACT.per_unit(units)
    more_lessons, setting, morals = LESSON_MORE.per_unit(units), SETTING.per_unit(units), MORAL_CUES.per_unit(units)
    aftermath = AFTERMATH.per_unit(units)
    headings = {part: phrases.per_unit(units) for part, phrases in HEADINGS.items()}
    mine, shared = _acts_per_unit(units, acts)
    bare = _bare_steps(units, acts)
    total = len(units)
    table = []
    for i, unit in enumerate(units):
        position = i / max(total - 1, 1)
        # A moral drawn in the closing ("it showed me that...", "the key thing is...") is a lesson too.
        lessons = lesson[i] + more_lessons[i] + (morals[i] if position >= CLOSING else 0)
        # The candidate's acts inside a lesson drawn after the story ("what I took from it", "I now check") tell the
        # lesson, not a step; at the opening, talk of learning is a claim about oneself.
        drawn = lessons > 0 and position >= LESSON_FROM
        own, others, unsaid = (0, 0, 0) if drawn else (mine[i], shared[i], bare[i])
        measured = unit.numeric and change[i] > 0
        if measured:  # a change measured is the outcome, whoever measured it ("..., which I checked monthly")
            own, others = min(own, 2), min(others, 2)
        scores = {
            # Scene-setting words ("the service was", "there were") count less the later they come.
            "situation": CUE_WEIGHT["situation"] * situation[i] * (1 - position / 2) + 0.5 * (1 - position),
            "task": CUE_WEIGHT["task"] * task[i],
            # Steps taken are the Action whoever took them; the candidate's own count most.
            "action": CUE_WEIGHT["action"]
            * (action[i] + min(own, 4) / 2 + SHARED_WEIGHT * min(others, 4) / 2 + BARE_WEIGHT * min(unsaid, 2)),
            # Nor are its words of time ("I now ask...", "...only afterwards") an outcome.
            "result": CUE_WEIGHT["result"] * (0 if drawn else result[i] + aftermath[i]) + 0.3 * position,
            "reflection": CUE_WEIGHT["reflection"] * min(lessons, 2) + 0.3 * position - 0.3,
        }
        if measured:
            scores["result"] += MEASURED_WEIGHT
        elif unit.numeric and impact[i]:
            scores["result"] += 0.6
        if not own and _STATE_START.match(unit.text, unit.start, unit.end):
            scores["situation"] += 0.6 * (1 - position / 2)
        if setting[i] and position < 0.5:
            scores["situation"] += CUE_WEIGHT["situation"] * (1 - position)
        for part, found in headings.items():
            if found[i]:
                scores[part] += HEADING_WEIGHT
        table.append(scores)
    return table


def label_units(units: Sequence[Unit], acts: Sequence[Act]) -> list[str]:
    """Return the STAR part of each unit, chosen jointly so neighbouring units tend to share one.

    A Viterbi pass: staying in a part is free, switching costs SWITCH_COST (more out of a lesson), so any order
    of parts is allowed but a lone unit needs clear cues to break away from its neighbours.
    """
    if not units:
        return []
    table = _table(units, acts)
    best = dict(table[0])
    back: list[dict[str, str]] = [{}]
    for scores in table[1:]:
        # What each part offers a unit that switches away from it.
        leaving = sorted(((best[part] - SWITCH_COST - LEAVE_COST.get(part, 0.0), part) for part in PARTS), reverse=True)
        row: dict[str, float] = {}
        pointers: dict[str, str] = {}
        for part in PARTS:
            switch, source = leaving[0] if leaving[0][1] != part else leaving[1]
            stay = best[part]
            row[part] = max(stay, switch) + scores[part]
            pointers[part] = part if stay >= switch else source
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
