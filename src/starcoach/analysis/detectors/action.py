"""Whose actions: the candidate's own in the first person, hidden behind "we", or done by others."""

from __future__ import annotations

import re

from starcoach.analysis.agency import DOING, Act, acts_in, classify_verb
from starcoach.analysis.detectors.reflection import LESSON
from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding
from starcoach.analysis.text import CLAUSE_STOP, Hit, Phrases, Unit, clause_start, has_number, lazy_compile

# "My first step was to..." states the candidate's own action without "I" as the subject.
MY_STEP = Phrases(
    r"my (?:first|next|second|third|last|final|main|immediate)? ?(?:step|move|fix|approach|change|plan|proposal|"
    r"solution|idea|priority|focus|job|contribution|part) (?:was|had been) (?:to )?[a-z]+",
)
# Decisive work told in the passive, so nobody is said to have done it: "a fix was deployed".
PASSIVE_WORK = Phrases(
    r"(?:was|were|got|had been|has been|have been) (?:\w+ly )?(?:deployed|fixed|built|rolled out|implemented|decided|escalated|"
    r"created|resolved|migrated|written|shipped|handled|sorted out|sorted|rewritten|redesigned|patched|designed|made|chosen|agreed|"
    r"approved|prioriti[sz]ed|identified|found|diagnosed|delivered|completed|launched|released|set up|put in place|introduced)",
)
# Work told with its doer after "by" ("the heavy lifting was done by our senior engineer", "the queue was tuned by
# the platform team"): others did it, whatever the verb.
AGENT_PASSIVE = Phrases(
    r"(?:was|were|got|had been|has been|have been|being) (?:\w+ly )?(?:[a-z]+ed|done|built|written|rewritten|run|made|"
    r"taken over|taken|set up|put together|picked up|driven|led|shipped|sorted out|sorted|brought in) "
    r"(?:[a-z]+ ){0,2}?by (?:the|our|my|an?|one of (?:the|our|my|their)|their|his|her|two|some|another|other|him|her|them)",
)
# Participles after which "by" names a cause or a judge rather than who did the work: "was caused by a bad
# config", "was reviewed by my lead", "were affected by the outage".
_NOT_WORK_BY = frozenset(
    "caused triggered affected impacted blocked hit used owned followed reviewed approved reported measured estimated "
    "requested asked told noticed flagged praised recognised recognized thanked confirmed accepted adopted preferred "
    "funded sponsored shared signed impressed surprised bitten slowed delayed compounded limited constrained "
    "amplified masked hidden covered replaced superseded outnumbered backed supported influenced inspired prompted "
    "raised escalated sent attended joined called invited mentioned seen read".split()
)
# Work that happened with no one doing it: "eventually the upgrades happened", "the fix went in", "it got done".
NOBODY_DID_IT = Phrases(
    r"(?:the|a|an|our|their|that|this|those|these) (?:\w+ ){0,2}?(?:fix|fixes|change|changes|patch|patches|upgrade|"
    r"upgrades|migration|rollout|cleanup|clean-up|rewrite|refactor|work|update|updates|hotfix|remediation|rollback|"
    r"switch|cutover) (?:eventually |finally |then |quickly |just |basically )?(?:happened|went (?:in|out|live|ahead|"
    r"through)|landed|got (?:done|made|merged|shipped|deployed|sorted|prioriti[sz]ed|picked up|finished))",
    r"(?:it|that|this|everything|things) (?:eventually |finally |then |just |basically )?got (?:done|sorted|sorted out|"
    r"fixed|resolved|handled|taken care of|picked up)",
    r"(?:was|were|got) taken care of",
)
# The decisive idea credited to someone else ("the solution came from our principal engineer").
CAME_FROM_OTHERS = Phrases(
    r"(?:the|our|that|this|a) (?:\w+ )?(?:solution|fix|idea|breakthrough|answer|design|workaround|insight|approach) "
    r"(?:actually |really |eventually |ultimately )?came from (?:the |our |my |an? |one of (?:the|our|my) |their )"
    r"(?:\w+ )?(?:engineer|architect|lead|manager|colleague|consultant|vendor|team|dba|sre|developer|analyst|expert|"
    r"specialist|contractor|teammate|mentor|director)s?",
)
# Verbs of others that describe their role, not the work of the story.
CONTEXT_VERBS = frozenset(
    "owned owns own used joined met liked needed wanted asked told said agreed approved appreciated presented estimated "
    "dropped stayed stopped fell rose grew burned copied adopted reused followed relied started kept review reviewed "
    "thanked praised loved noticed complained reported granted signed okayed allowed authorised authorized "
    "listened accepted confirmed acknowledged".split()
)
# The roles whose acts count as someone else driving a Hire and Develop story: those above the candidate, and
# those paid to do the developing (the people being developed acting is the point of the story).
AUTHORITY = tuple(
    "manager lead boss director vp head hr l&d coach trainer facilitator consultant vendor agency recruiter partner".split()
)
# Actions by "we" are shared work; they hide the candidate once they outnumber the "I" actions.
WE_SHARE_LIMIT = 0.5


def _sections_of_work(p: Passage) -> bool:
    return p.section in ("action", "answer", "followup", "task", "result")


# Verbs that say the candidate was present or busy, not what they did to move the outcome.
THIN_VERBS = frozenset(
    "joined went did worked kept logged posted made took got presented helped attended participated tried spent "
    "looked followed assumed sponsored kicked answered shared gave moved sat stayed came started continued began "
    "handled dealt managed supported contributed collaborated coordinated organized organised hosted scheduled "
    "emailed pinged messaged mentioned asked told informed escalated raised flagged reported waited hoped used accepted".split()
)
# Thin verbs that tell only that the candidate was there ("joined the calls", "helped with testing"), not that they
# ran the work: set against others' steps, they weigh nothing.
PRESENCE = THIN_VERBS - frozenset("coordinated organized organised managed handled hosted scheduled dealt".split())
# Verbs of finding a cause (not of noticing a symptom or checking a result): with someone else as the subject, the
# insight was theirs.
DIAGNOSIS = frozenset(
    "traced diagnosed pinpointed isolated bisected narrowed uncovered reproduced found identified figured profiled".split()
)
# How many substantive steps of their own a candidate tells for others' steps beside them to be credit, not hidden
# work.
OWN_SUBSTANCE = 3
# The most a short section needs to show to count as the candidate's own action.
SHORT_SECTION_WORDS = 60
# Sections told after the work, where a verb in the present tells a habit or a lesson ("now I check usage first"),
# and only a verb in the past tells a step taken.
LOOKING_BACK = frozenset({"result", "reflection"})
# How many steps of one's own a Result or Reflection tells for them to be the candidate's part in the work: one or
# two there ("I watched the dashboard that week") are more often a check of the outcome.
STEPS_LOOKING_BACK = 3
# Past tenses of verbs of doing that do not end in -ed.
IRREGULAR_PAST = frozenset(
    "built rebuilt wrote rewrote ran made took got set put cut led drove gave brought kept sent began did redid "
    "undid spun stood dug tore won held paid found sought caught taught fought".split()
)


def first_person_action(p: Passage) -> Finding | None:
    mine = [a for a in p.my_actions if a.verb_class in ("action", "discovery", "decision") and a.verb not in THIN_VERBS]
    if p.section in LOOKING_BACK:
        mine = [a for a in mine if a.verb.endswith("ed") or a.verb in IRREGULAR_PAST]
    steps = p.find(MY_STEP)
    count = len(mine) + len(steps)
    needed = (
        STEPS_LOOKING_BACK
        if p.section in LOOKING_BACK
        else 1
        if p.section == "followup" or p.word_count < SHORT_SECTION_WORDS
        else 2
    )
    if count < needed:
        return None
    evidence = p.cite([*mine, *steps], 5)
    return finding(
        "first_person_action",
        "major" if count >= 3 or needed == 1 else "minor",
        f"{count} concrete action{'s' if count != 1 else ''} in your own voice, such as {quote(evidence[0].text)}.",
        evidence,
    )


# Verbs that report where a measure ended up ("we cut p99 latency by 40%", "we saved about $30k a month"): with a
# figure after them they tell an outcome the team shares, not a step anyone took.
OUTCOME_VERBS = frozenset(
    "cut reduced lowered dropped halved doubled tripled quadrupled increased improved grew raised boosted lifted "
    "saved shaved trimmed slashed freed recovered reclaimed avoided prevented eliminated hit reached achieved "
    "exceeded beat sped shortened decreased gained won retained".split()
)
# Verbs that tell an outcome only when a measure moves ("we went from twelve pages a week to one", "we got the
# build down to six minutes", "we brought churn under 2%"): elsewhere they tell steps ("we went ahead on the 3rd").
MOVE_VERBS = frozenset("went got brought took pushed pulled moved kept".split())
_MEASURE_MOVES = lazy_compile(r"\b(?:from|down|up|under|below|above|over|back)\b", re.IGNORECASE)
# How far after the verb a figure still belongs to its outcome.
OUTCOME_REACH = 70


def _shared_outcome(p: Passage, act: Act) -> bool:
    """Say whether a "we" act states a measured outcome rather than a step: an outcome verb with a figure after it,
    in the same unit."""
    moves = act.verb in MOVE_VERBS
    if not moves and act.verb not in OUTCOME_VERBS:
        return False
    unit = p.unit_of(act.start)
    end = min(unit.end if unit is not None else len(p.text), act.end + OUTCOME_REACH)
    if moves and _MEASURE_MOVES.search(p.text, act.end, min(end, act.end + 30)) is None:
        return False
    return has_number(p.text, act.end, end)


# Verbs that share work out: after them "I took the importer" names the candidate's own part.
SHARING_VERBS = frozenset("split divided divvied shared".split())
# Verbs that tell the end of a Result in "we" without a figure: "we hit the launch date", "we won the renewal".
RESULT_VERBS = OUTCOME_VERBS | frozenset("met kept".split())
# Verbs of delivery that tell a Result when a time against the plan follows ("we shipped on time").
DELIVERY_VERBS = frozenset("shipped launched delivered finished released completed landed closed".split())
_ON_TIME = lazy_compile(
    r"\b(?:on time|on schedule|on budget|on target|early|ahead of|before the (?:deadline|date|cut-?off)|in time)\b",
    re.IGNORECASE,
)
# A person or group named before "and I" ("the team and I", "my colleague and I"): the two act together.
_PARTNER_AND_I = lazy_compile(
    r"\b(?:team|squad|colleague|colleagues|teammate|teammates|lead|manager|engineer|engineers|partner|mentor|boss|"
    r"analyst|designer|pm|others|rest of the team|(?-i:[A-Z][a-z]+))\s+and\s+$",
    re.IGNORECASE,
)


# How close before a partner a verb must end for the partner to be that verb's object ("I spoke to every ward
# manager and I built…", "I met the team and I walked them through it"), not a subject beside "I".
OBJECT_REACH = 30


def _object_of_a_verb(p: Passage, position: int) -> bool:
    """Say whether the words before a partner are a verb's, in the same clause: the partner is what it acts on."""
    begin = clause_start(p.text, position, OBJECT_REACH, ".!?;,\n")
    return any(begin < a.end <= position for a in p.acts)


def _with_partners(p: Passage) -> tuple[list[Act], list[Act]]:
    """Return the "we" and "I" acts of doing, with "the team and I analysed..., identified..." counted as "we"."""
    if " and I" not in p.text and " and i " not in p.text:
        return p.our_actions, p.my_actions
    ours: list[Act] = list(p.our_actions)
    mine: list[Act] = []
    shared = False  # whether the last subject said was "<someone> and I"; a verb sharing it has no subject of its own
    for act in p.acts:
        if act.end - act.start > len(act.verb):
            partner = _PARTNER_AND_I.search(p.text, max(0, act.start - 40), act.start) if act.actor == "i" else None
            shared = partner is not None and not _object_of_a_verb(p, partner.start())
        if act.actor == "i" and act.verb_class in DOING and not act.hypothetical:
            (ours if shared else mine).append(act)
    return sorted(ours, key=lambda a: a.start), mine


def _result_outcome(p: Passage, act: Act) -> bool:
    """Say whether a "we" act in the Result tells where things ended ("we hit the date", "we shipped on time")."""
    outcome = act.verb in RESULT_VERBS
    if not outcome and act.verb not in DELIVERY_VERBS:
        return False
    if p.section != "result" and (p.section != "answer" or p.unit_of(act.start) not in p.parts.get("result", [])):
        return False
    if outcome:
        return True
    stop = CLAUSE_STOP.search(p.text, act.end)
    return _ON_TIME.search(p.text, act.end, stop.start() if stop else len(p.text)) is not None


def _my_share(p: Passage, act: Act) -> bool:
    """Say whether "I took" names the candidate's part of work the sentence shares out before it ("we split the
    backlog and I took the importer")."""
    if act.verb != "took":
        return False
    reach = max(0, act.start - 160)
    begin = max((m.end() for m in CLAUSE_STOP.finditer(p.text, reach, act.start)), default=reach)
    return any(a.actor == "we" and a.verb in SHARING_VERBS and begin <= a.start < act.start for a in p.acts)


def we_language(p: Passage) -> Finding | None:
    if p.section == "situation":
        return None  # "we" in the context is the team's shared state, which is fine
    together, solo = _with_partners(p)
    ours = [a for a in together if not a.relative]  # "the rule we shipped" names a thing
    mine = [a for a in solo if a.verb not in THIN_VERBS or _my_share(p, a)]
    if len(ours) < 2:
        return None  # one shared step is not yet hiding anyone
    # "We cut latency by 40%" tells where the team's measures ended up: it hides no step of the candidate's, so it
    # weighs nothing against the steps told with "I"; nor does pairing, which tells how a step was taken.
    steps = [a for a in ours if a.verb != "paired" and not _shared_outcome(p, a) and not _result_outcome(p, a)]
    if not steps:
        return None
    share = len(steps) / (len(steps) + len(mine))
    # Either "we" did everything that was done, or it did most of it.
    if mine and share <= WE_SHARE_LIMIT:
        return None
    return finding(
        "we_language",
        "major" if len(mine) <= 1 else "minor",
        f"'We' did {len(ours)} of the actions and 'I' did {len(mine)}: the interviewer cannot tell what you did. "
        "Say 'I' for what was yours.",
        p.cite(ours, 4),
    )


# Others acting inside a clause of condition or waiting ("once the platform team shipped it", "until they
# upgraded") set the timing; after "so that" they act because of what the candidate did.
# After "how", "why", "where" or "what" others act inside what someone learned or saw ("I learned how they
# scheduled", "I wrote down what they checked").
_BACKGROUND_CLAUSE = lazy_compile(r"\b(?:once|until|till|unless|if|whenever|so that|how|why|where|what)\s+$", re.I)


# Others acting in a clause of time ("while they worked on their side", "when they fixed the export") set the
# scene for the main clause; when that clause is the candidate's own ("…, I removed the hold", "…, my check saved
# two hundred orders"), the work in the story is the candidate's.
_TIME_CLAUSE = lazy_compile(r"\b(?:while|whilst|when|after|as soon as|by the time)\s+$", re.I)
# Tidying up after others' work ("when they fixed it I closed my ticket") is not a step of the story.
_TIDYING = frozenset("closed marked moved reran re-ran thanked".split())
_MINE_AFTER = lazy_compile(r"[,\s]\s*my\s+[\w-]+\s+(?!was\b|were\b|had\b)[a-z]+ed\b", re.I)


def _background(p: Passage, act: Act) -> bool:
    if act.end - act.start == len(act.verb):
        # A verb with its subject left out belongs with the subject said last ("learned how they scheduled, and
        # built a spreadsheet"): background if that one was.
        said = [a for a in p.acts if a.end - a.start > len(a.verb) and a.start < act.start]
        if said and said[-1].actor == act.actor and _background(p, said[-1]):
            return True
    return (
        # "what they did was rewrite it" tells their step
        (act.verb != "did" and _BACKGROUND_CLAUSE.search(p.text, max(0, act.start - 24), act.start) is not None)
        or _in_lesson(p, act.start)
        or (_TIME_CLAUSE.search(p.text, max(0, act.start - 16), act.start) is not None and _mine_after(p, act))
        or (_CAUSE_CLAUSE.search(p.text, max(0, act.start - 12), act.start) is not None and _answered(p, act))
    )


# Others acting in a clause of cause ("our launch was at risk because the agency delivered the assets late") tell
# why the story started; the candidate's own step answering it soon after makes the work theirs.
_CAUSE_CLAUSE = lazy_compile(r"\b(?:because|since|as)\s+$", re.I)
# How far after the cause the candidate's answering step may come.
ANSWER_REACH = 160


def _answered(p: Passage, act: Act) -> bool:
    """Say whether a step of the candidate's own follows another's act soon after."""
    return any(
        act.end < a.start <= act.end + ANSWER_REACH
        and a.actor == "i"
        and a.verb_class in ("action", "decision")
        and a.verb not in THIN_VERBS
        and not a.hypothetical
        for a in p.acts
    )


def _mine_after(p: Passage, act: Act) -> bool:
    """Say whether the rest of the sentence after another's act in a clause of time is the candidate's own step."""
    stop = CLAUSE_STOP.search(p.text, act.end)
    end = stop.start() if stop else len(p.text)
    return (
        any(
            act.end < a.start < end
            and a.actor == "i"
            and a.verb_class in DOING
            and a.verb not in THIN_VERBS
            and a.verb not in _TIDYING
            for a in p.acts
        )
        or _MINE_AFTER.search(p.text, act.end, end) is not None
    )


def _in_lesson(p: Passage, position: int) -> bool:
    """Say whether a position follows a lesson's opening in its unit ("what I took from it is that our release
    process was built for..."): how things were, not who did the work."""
    unit = p.unit_of(position)
    return unit is not None and LESSON.count(unit.text, unit.start, position) > 0


# What follows a passive and says who it was: the candidate receiving the work ("was handed over to me"), a
# predecessor before the story began ("had been set up by a previous team"), or the candidate's own act that
# brought it about ("was made after I showed the director the load test").
_PASSIVE_TOLD = lazy_compile(
    r"(?:\s+(?:over|back|across|on))?\s+(?:to|for) me\b"
    r"|\s+(?:[a-z]+\s+){0,2}?by\s+(?:a|an|the|our|my|their|some)\s+(?:previous|former|original|old|prior|earlier|"
    r"past|departed|long-gone)\b"
    r"|[^.!?;\n]{0,100}?\b(?:after|once|when|because|as soon as)\s+I\b",
    re.IGNORECASE,
)
# Participles of judging or permitting: with their judge named after "by", nobody's work is hidden ("the change
# was approved by the change board").
_JUDGED = lazy_compile(r"\b(?:approved|agreed|decided|chosen|prioriti[sz]ed)\s+by\b", re.IGNORECASE)


# A go-ahead given to what the candidate put forward ("my proposal was approved", "I suggested calibrating on
# Sunday night… the change was agreed at the lab meeting"): others judged it, the work was the candidate's.
_GO_AHEAD = lazy_compile(r"\b(?:approved|agreed|decided|chosen|prioriti[sz]ed|accepted|signed off)$", re.IGNORECASE)
_PUT_FORWARD = frozenset(
    "proposed suggested pitched recommended presented requested drafted modelled modeled argued asked wrote".split()
)
_MINE_JUDGED = lazy_compile(r"\bmy\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# How far back the candidate's proposal may be and still be what the go-ahead answers.
PROPOSAL_REACH = 300


def _go_ahead_to_mine(p: Passage, match: Hit) -> bool:
    """Say whether a passive of approving answers the candidate's own proposal."""
    if _GO_AHEAD.search(match.group()) is None:
        return False
    if _MINE_JUDGED.search(p.text, max(0, match.start() - 30), match.start()) is not None:
        return True
    return any(
        match.start() - PROPOSAL_REACH <= a.start < match.start()
        and a.actor == "i"
        and a.verb in _PUT_FORWARD
        and not a.hypothetical
        for a in p.acts
    )


def _not_hidden_work(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether a passive reports a figure ("70% had been resolved by them"), which measures rather than
    hides, belongs to a lesson, or says who it was after all."""
    return (
        has_number(p.text, max(unit.start, match.start() - 30), match.start())
        or _in_lesson(p, match.start())
        or _PASSIVE_TOLD.match(p.text, match.end()) is not None
        or _JUDGED.search(p.text, match.start(), match.end() + 4) is not None
        or _go_ahead_to_mine(p, match)
    )


def _by_is_not_work(match: Hit) -> bool:
    """Say whether "by" after this participle names a cause or a judge ("caused by", "reviewed by")."""
    words = match.group().lower().split()
    return any(word in _NOT_WORK_BY for word in words[1:3])


def _apart(matches: list[Hit]) -> list[Hit]:
    """Return the matches in text order, one for each passive ("had been written" and "had been written by a
    team" are one)."""
    kept: list[Hit] = []
    for match in sorted(matches, key=lambda m: m.start()):
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def others_did_the_work(p: Passage) -> Finding | None:
    if not _sections_of_work(p):
        return None
    # In a whole answer the Situation is context: who owned what before the story starts is not the work; nor is
    # how things were, told in the Reflection.
    # When no part of the answer tells an action, the story's steps were heard as its setting: they are the work.
    # A Result told before any step sums the story up ("the outcome first: ... they renewed"): not the work either.
    acting = p.parts.get("action")
    setting = (
        [u for u in p.part("situation", "result") if u.start < acting[0].start or u in p.parts["situation"]]
        if acting
        else []
    )
    context = {*setting, *p.parts.get("reflection", [])} if p.section == "answer" else set()
    scope = [u for u in p.units if u not in context]
    acts = acts_in(p.acts, scope)
    theirs = [
        a
        for a in acts
        if a.actor == "other"
        and a.verb_class in DOING
        and a.verb not in CONTEXT_VERBS
        and not a.hypothetical
        and not a.relative  # "the script my colleague wrote crashed" names a thing
        and not _background(p, a)
        and not (a.verb == "went" and _shared_outcome(p, a))  # "the on-call team went from 8 pages a night to 1"
    ]
    mine = [
        a
        for a in acts
        if a.actor == "i" and a.verb_class in ("action", "discovery") and not a.hypothetical and a.verb not in PRESENCE
    ]
    passive = (
        [
            m
            for family in (PASSIVE_WORK, AGENT_PASSIVE, NOBODY_DID_IT, CAME_FROM_OTHERS)
            for unit, m in family.in_units(scope)
            if not _not_hidden_work(p, unit, m) and not (family is AGENT_PASSIVE and _by_is_not_work(m))
        ]
        if p.section != "followup"
        else []
    )
    passive = _apart(passive)
    if p.principle_slug_in("hire-and-develop-the-best", "strive-to-be-earths-best-employer"):
        # Developing or supporting people means they act: only someone above, or paid to develop them, taking over
        # counts against you.
        theirs = [a for a in theirs if any(role in a.subject.lower() for role in AUTHORITY)]
    if p.section == "followup":
        from starcoach.analysis.detectors.probe import targets

        wanted = {code for codes, _ in targets(p.question, p.probe_gap) for code in codes}
        # Someone the candidate set to check or redo a piece ("I had a colleague rebuild the numbers") answers how
        # they knew.
        theirs = [a for a in theirs if not a.caused]
        # Others acting is often the very answer to a probe ("how do you know?"); it hides you only when the
        # probe asks what you did and you never act.
        if mine or len(theirs) < 2 or (wanted and not wanted & {"first_person_action", "verification"}):
            return None
    hidden = len(theirs) + len(passive)
    if not hidden or (hidden < 2 and len(mine) > 1) or hidden * 2 < len(mine):
        return None
    # Others credited beside the candidate's own substance ("Maria built the tooling; I scheduled the waves, migrated
    # the largest accounts and wrote a shim"): a team effort told fairly, not work hidden behind others, as long as
    # the candidate tells the last step, nothing is left to a passive, and finding the cause was not someone else's.
    # A step told as "my first move was to pull the traces" is the candidate's as much as "I pulled the traces".
    own = [a.start for a in mine if a.verb not in THIN_VERBS] + [
        m.start() for m in p.find(MY_STEP, scope) if classify_verb(m.group().rpartition(" ")[2].lower()) in DOING
    ]
    if (
        not passive
        and len(own) >= OWN_SUBSTANCE
        and len(own) > hidden
        and max(own) > theirs[-1].start
        and all(a.verb not in DIAGNOSIS for a in theirs)  # "the data engineers traced it": theirs was the insight
    ):
        return None
    first = p.text[theirs[0].start : theirs[0].end] if theirs else passive[0].group()
    return finding(
        "others_did_the_work",
        "major",
        f"The decisive steps belong to others, or to nobody ({quote(first)}). Tell what you did, and credit others "
        "in passing.",
        p.cite([*theirs, *passive], 4),
    )
