"""What lasted and how it ended: effects beyond the fix, follow-through, and the trade-off weighed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from starcoach.analysis.agency import Act, acts_in
from starcoach.analysis.passage import Passage, finding, quote, quoted_finding
from starcoach.analysis.report import Finding
from starcoach.analysis.text import Hit, Phrases, SpanMemo

# Effects beyond the fix: others reuse it, it becomes a standard, a process changes.
BEYOND = Phrases(
    r"(?:adopted|reused|copied|picked up|used|taken up|forked|rolled out|applied|extended) (?:by|across|in|to|for) (?:\w+ )?"
    r"(?:other|another|several|multiple|three|two|four|five|six|eleven|\d+|all|every|the whole|the wider|more|neighbou?ring|sister|"
    r"new|each)",
    r"(?:other|another|several|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|most|all) "
    r"(?:of (?:the|our) (?:\w+ )?)?(?:\w+ ){0,2}?"
    r"(?:teams|services|orgs|organi[sz]ations|groups|squads|products|projects|engineers|people|lines|departments|sites) "
    r"(?:now |have |has |had |were |started |also |then |later |since |quickly )*"
    r"(?:use|used|using|adopted|reuse|reused|copied|took|followed|rely|asked|picked|moved|migrated|switched|applied|"
    r"onboarded|publishing|built on|brought|joined)",
    # The same thing applied elsewhere, or switched on for everyone.
    r"applied (?:it|this|that|the same (?:[\w-]+ ){0,2}?[\w-]+) to (?:\w+ )?(?:other|another|two|three|four|\d+|every|all)",
    r"(?:switched|turned|rolled out|enabled) (?:\w+ )?(?:on )?(?:for|across|to) (?:the whole|the entire|every|all) "
    r"(?:company|org|organi[sz]ation|business|department|teams|group)",
    r"became (?:standing|standard|common|normal|accepted) (?:practice|procedure)",
    r"(?:is|was|are|'s|it'?s|that'?s) now (?:a |an )?(?:required|mandatory|standard|default)",
    # What every future case now does because of it ("any retry now opens a ticket", "every new joiner now gets").
    r"(?:every|each|any|all) (?:new |future )?[\w-]+(?: [\w-]+){0,4}? now (?:ships?|has|have|goes|go|gets?|runs?|"
    r"includes?|needs?|must|requires?|opens?|fails?|starts?|uses?)",
    r"so (?:that )?(?:every|any|all|each) (?:future |new |other )?(?:[\w-]+ ){1,3}?(?:using it |that [a-z]+s it )?"
    r"(?:would|will|gets?|got|fails?|catch(?:es)?)",
    r"the next [\w-]+ (?:was|were) (?:added|built|done|onboarded|shipped) by (?:a different|another|someone|a new)",
    r"(?:\w+ )?(?:adopted|copied|borrowed|standardi[sz]ed on) (?:it|the same|this|that|our|my|the (?:approach|pattern|template|"
    r"library|tool|check|process|script|design|format|patch|fix|change|rule|rules|config|module|practice|tooling|dashboard|"
    r"runbook|checklist|guide|linter|workflow))",
    r"as (?:the|their|our|a) (?:new )?(?:default|standard|template|baseline)",
    r"became (?:the|a|an|our|part of (?:the|our)) (?:\w+ )?(?:standard|default|template|baseline|norm|practice|pattern|"
    r"checklist|policy|process|requirement|playbook|case study|reference)",
    r"(?:team|org|company|department|engineering)[\s-]wide",
    r"(?:added|wrote|turned|put|built) (?:it |this |that |an? [\w\s-]{1,40}? )?(?:in)?to (?:the|our|every|each) (?:\w+ ){0,2}"
    r"(?:runbook|checklist|onboarding|template|playbook|wiki|launch review|style guide|guidelines|design review|pipeline|"
    r"process|ci|definition|form|review|standards?|linter|policy)",
    r"(?:changed|updated|rewrote|amended) (?:the|our|how we|the way we) (?:\w+ )?(?:process|checklist|template|"
    r"review|policy|launch process|release process|on-?call|runbook|playbook|intake)",
    r"(?:is|was|became|are|'s|it'?s) now (?:required|mandatory|part of|the default|standard|used|on (?:our|the|every)|in (?:our|the|every))",
    r"now (?:uses?|relies|rely|runs?|requires?|part of|on (?:our|the|every)|in (?:our|every)|the (?:default|standard|required)|"
    r"turn|check|review|ask|follow|apply|include)",
    r"we now (?:require|always|have a)",
    r"(?:made|make) it (?:a|the) (?:standard|default|requirement|policy|rule)",
    r"(?:presented|demoed|shared|taught|wrote up) (?:it |this |the [a-z]+ |what i [a-z]+ )?(?:at|with|to|for) (?:the|an?|our|other) "
    r"(?:org|all[\s-]hands|guild|tech talk|brown bag|engineering|wider|other teams|company|principal|lunch|teams)",
    r"(?:other|more) (?:engineers|people|teams) (?:started|began|have) [a-z]+",
    r"knock[\s-]on effect",
    r"ripple",
    r"(?:still|now) (?:in use|used|running|runs|going|in place)",
    r"(?:that'?s|which is|it'?s) still (?:running|in use|used|going|in place)",
    r"(?:mentored|trained|taught|coached|onboarded) (?:\w+ )?(?:others|engineers|people|new hires|the team|two|three|four|\d+)",
    r"(?:set up|started|introduced|created|established|instituted) (?:a |an )?(?:shared |monthly |weekly |regular |recurring |quarterly )"
    r"(?:review|forum|meeting|sync|rota|rotation|process|check|guild)",
    r"the required (?:path|step|way)",
    r"(?:required|mandatory|the default) for (?:any|every|all|new)",
    r"(?:has been|have been|was) (?:run|used|reused|adopted|followed) by",
    r"(?:since|later) (?:reused|adopted|copied)",
    r"(?:\w+ )?(?:colleagues|engineers|teammates|people|teams|analysts) (?:have |had )?(?:already )?(?:used|reused|adopted|followed|"
    r"picked up|copied) it",
    r"(?:it|she|he|they) now (?:rotates|walks|owns|includes|covers|checks|alerts|gates|runs|leads|trains|reviews)",
    r"(?:retired|switched off|turned off|decommissioned|removed|deleted) (?:the|their|our) (?:\w+ )?(?:macro|workaround|script|bus|cron|"
    r"manual (?:step|process|check)|spreadsheet|runbook step)",
    r"(?:wrote|published|shared) (?:a |an )?(?:short |two-page |one-page )?"
    r"(?:page|guide|doc|wiki page|write-?up|explainer|playbook|how-?to) (?:on|for|about|how|that)",
    r"(?:blocked|caught|prevented) (?:\w+ )?(?:more|further|later|other|another|\d+|two|three)",
)
# What turns a match into advice ("should be the default for any table") or a mandate that only set the scene
# ("the CFO set a company-wide target").
_ADVICE = re.compile(r"\b(?:should|must|ought to|would)\s+(?:\w+\s+)?(?:be\s+)?$", re.I)
_MANDATE = re.compile(r"\b(?:set|announced|mandated|kicked off|proposed|launched)\s+(?:a|an|the|our)\s+$", re.I)
# Carried it to the end, in three ways. First, putting it live: the candidate's (or their team's) release,
# not someone else's, and not a release that only dates the story ("after 7.3 went out, crashes rose").
_THING = (
    r"(?:it|they|them|this|that|which|everything|the (?:[\w-]+ ){0,2}?(?:fix|change|patch|hotfix|feature|release|update|"
    r"version|model|flow|service|library|api|adapter|check|filter|rule|job|pipeline|script|tool|migration|redesign|"
    r"rewrite|component|integration|carrier|report|import|export|form|page|screen|gate|dashboard|alert|query|"
    r"framework|platform|system|cache|rota|guide|runbook|filters|carriers|services))"
)
_RELEASED = (
    r"(?:shipped|released|launched|deployed|merged|landed|rolled out|migrated|enabled) " + _THING,
    r"(?:shipped|released|launched|deployed|rolled out|migrated) (?:my|our|a|an|both|all|every|each|the) [\w-]+",
    r"(?:coordinated|drove|ran|managed|owned|led) the (?:[\w-]+ )?(?:rollout|roll-out|launch|migration|cutover|cut-over|release)",
    r"(?:rolling|shipping|releasing|launching|switching|moving|migrating) "
    r"(?:(?:it|them|everything|the (?:[\w-]+ ){0,2}?[\w-]+) )?(?:out|over|live)",
    r"(?:backfilled|migrated|converted|moved|onboarded|switched) (?:every|all|each) (?:[\w-]+ ){0,2}?(?:accounts?|services?|"
    r"teams?|customers?|records?|sites?|tables?|jobs?|repos?|regions?|stores?|users?)",
    r"(?:got|had) the (?:other|remaining|rest of the) (?:[\w-]+ ){0,2}?(?:fixed|done|shipped|merged|migrated|closed|moved)",
    r"(?:rolled|switched|turned|moved|cut|flipped) " + _THING + r" (?:out|on|over)",
    r"(?:switched|turned|shut) (?:the old (?:[\w-]+ ){0,2}?[\w-]+|the legacy (?:[\w-]+ ){0,2}?[\w-]+) off",
    r"(?:decommissioned|retired|deleted|removed) the (?:old|legacy) [\w-]+",
    r"(?:i|we) (?:then |finally |eventually |also )?(?:shipped|launched|released|went live|cut over|switched over|"
    r"deployed|rolled out|delivered|finished|completed|migrated)",
    _THING + r" (?:then |finally |also |still |eventually )?(?:shipped|launched|went live|went (?:back )?out|was live|"
    r"got merged|merged|rolled out|was deployed|was released|went in)",
    r"went live",
    r"(?:did|finished|migrated|moved|switched|converted|onboarded|ported) the (?:rest|remaining|other \w+)",
)
# Second, coming back after it was live: to check, to tell, to finish what was left.
_FOLLOWED_UP = (
    r"(?:after|once|when) " + _THING + r"(?: had)? (?:went (?:out|live)|shipped|merged|landed|was (?:live|out|merged|"
    r"deployed|in)|launched|deployed|rolled out|went in)?,? (?:i|we)",
    r"(?:after|once) (?:the |it |that )?(?:release|launch|rollout|roll-out|deploy|deployment|cut-?over|go-live)",
    r"(?:i|we) (?:then |later )?(?:checked|circled|came|looped) back",
    r"checked back (?:in|with|on)",
    r"(?:for|over|through) the (?:next|following|first) (?:\w+ )?(?:days?|weeks?|months?|quarter|sprints?|releases|"
    r"runs|nights|weekend|rotations?)(?: after(?:wards)?| after (?:that|it|launch|the release))?,? i",
    r"(?:a|one|two|three|four|five|six|few|couple of) (?:days?|weeks?|months?|sprints?) (?:later|after(?:wards)?),? "
    r"(?:i|we)",
    r"afterwards,? (?:i|we)",
    r"i (?:then|later|afterwards) (?:looked|checked|went|pulled|counted|reran|re-ran|compared|audited|reviewed)",
    r"followed up with (?:the|each|every|her|him|them|their|our|my|customers?|a|an)",
    r"closed the loop",
    r"saw (?:it|this|that|them|the [a-z]+) through",
    r"(?:until it was done|to completion)",
    r"(?:wrote|published|ran|led) the (?:post[\s-]?mortem|retro|retrospective|coe|correction of error)",
)
# Third, finished in full or on the date promised.
_COMPLETED = (
    r"(?:all|every one of the|each of the) (?:[\w-]+ ){0,2}?(?:services|teams|customers|clients|tables|jobs|repos|sites|"
    r"flows|accounts|regions|stores|warehouses|clinics|devices|apps|markets|depots|branches) (?:were|was|had been)? ?"
    r"(?:migrated|moved|done|converted|updated|onboarded|on|live|switched|running)",
    r"every (?:[\w-]+ )?(?:site|team|service|customer|region|warehouse|store|clinic|account|branch|depot|market) "
    r"(?:was|were) (?:on|using|live|migrated|moved|switched)",
    r"(?:was|were) live (?:for|on|in|across) (?:all|every|each)",
    r"as promised",
    r"on the date (?:i|we)(?:'d| had)? (?:given|promised|agreed|committed)",
    r"(?:on|ahead of|before) (?:the )?(?:schedule|deadline)",
    r"by the deadline",
    r"(?:shipped|delivered|launched|landed|finished|live|done|released|out) (?:[\w-]+ ){0,3}?on time",
    r"(?:\w+ )?(?:days?|weeks?) (?:early|ahead of (?:schedule|the deadline)|before the (?:cutoff|cut-off|deadline|"
    r"freeze|code freeze|go-live|launch date|sale))",
)
FOLLOWTHROUGH = Phrases(*_RELEASED, *_FOLLOWED_UP, *_COMPLETED)
# Which of the hits are releases: the ones a clause of time may only date.
_RELEASE_HIT = re.compile(r"(?:" + "|".join(_RELEASED) + r")\Z", re.I)
# "After the release" names the time the candidate looked again, unless it names a release of its own ("the
# release after launch", "after the launch of...", "after launch day").
_RELEASE_BEFORE = re.compile(r"\b(?:release|version|sprint|phase)\s+$", re.I)
_RELEASE_NOUNS = ("release", "launch", "rollout", "roll-out", "deploy", "deployment", "cutover", "cut-over", "go-live")
_RELEASE_NAMED = re.compile(r" (?:of|was|is|went|date|day|plan|\d)", re.I)
# A release said inside a clause of time dates the story; what follows it is the news. The candidate's own
# release ("before I switched the old one off", "before rolling it out to the rest") is still theirs.
_GERUND = re.compile(r"[a-z]+ing\b", re.I)
_TIME_CLAUSE = re.compile(
    r"\b(?:when|after|before|until|till|once|since|as soon as|by the time|while)\s+(?:[\w'’.-]+\s+){0,5}$", re.I
)


# Weighing one option against another: the option not taken, named beside the one chosen.
_ALTERNATIVES = (
    r"trade[\s-]?offs?",
    r"(?:two|three|both|the two|both the) (?:options|choices|alternatives|paths|routes|ways forward)",
    r"(?:gave|give|giving|offered|offer) (?:\w+ ){0,3}?(?:a|the) choice",
    r"(?:a|the) choice between",
    r"the (?:other |second |first )?(?:option|alternative) (?:was|would have been|meant|cost|gave)",
    r"the (?:quick|easy|obvious|simple|default|cheap|safe|usual) (?:answer|option|fix|choice|path|route|plan) "
    r"(?:was|would have been)",
    r"(?:option|approach|plan) (?:a|b|one|two)\b",
    r"(?:weighed|weighing|weigh) [\w\s',-]{1,60}? against",
    r"(?:weighed|weighing|compared|comparing) (?:the |two |three |both |a few )?(?:options|approaches|alternatives|choices|risks|costs)",
    r"\bversus\b|\bvs\.?\b",
    r"pros and cons",
    r"(?:cheaper|faster|simpler|safer|quicker) but",
    r"(?:a|the) middle (?:way|ground|path|option)",
    r"(?:make|made|making|offered|proposed) (?:the same |that |this |a |the )trade\b",
    r"(?:two|one)[\s-]way door",
    r"reversible",
    r"(?:cheap|cheaply|easy|quick) to (?:undo|reverse|roll back)",
    r"(?:undo|reverse|roll back) (?:it |that |this )?cheaply",
    r"(?:can|could|couldn'?t) (?:i )?(?:be )?(?:undo|undone|reverse|reversed|roll back|rolled back|switch(?:ed)? off|"
    r"turn(?:ed)? off|flip(?:ped)? back)(?: it| that| this)? (?:in|with|within|without) (?:one|a|about|under|\d|seconds|minutes)",
    r"(?:the )?cost of (?:waiting|doing nothing|not acting|delay)",
    r"(?:waiting|holding|delaying|pausing|blocking|rolling back|reverting|doing nothing) (?:[\w'-]+ ){0,4}?"
    r"(?:would (?:have )?|could (?:have )?)?(?:cost|costs|meant|would mean)",
    r"what (?:would )?waiting (?:would )?cost",
    r"(?:i|we) chose [a-z ]{1,30} over",
)
# An option the candidate could have taken: one only when a contrast follows in the sentence ("we could have
# patched it in an afternoon, but...", "I could widen the tolerance, ... or pin the mode").
COULD = Phrases(r"(?:i|we) could (?:have |either )?[a-z]+")
_CONTRAST_AFTER = re.compile(r"[^.;:!?]{0,120}?\b(?:but|instead|or)\b", re.I)
# What the choice cost: the thing given up, delayed or accepted.
_COSTS = (
    r"(?:the|one|its|my|our) (?:downside|catch|cost|price|risk|trade[\s-]?off) (?:was|were|being|is)\b",
    r"the (?:risk|cost) of [a-z]+ing [^.;:!?]{1,40}? (?:was|being|is)\b",
    r"(?:it|that|this|which) costs? (?:us|me|them|the team|about|roughly|around|an?|\d|one|two|three|some)\b",
    r"at the (?:cost|expense|price) of",
    r"(?:a |the )?price (?:worth paying|(?:i|we) (?:was|were) willing)",
    r"(?:was|is|were) worth (?:it|paying|the (?:cost|price|wait|delay|risk))",
    r"(?:i|we) (?:accepted|traded|sacrificed|deprioriti[sz]ed|deferred|punted|parked|postponed)",
    r"accepting (?:that|a|an|the|some)",
    r"decided (?:it |that )?was acceptable|(?:an? )?acceptable (?:cost|price|risk|loss|trade)",
    r"gave back (?:about|some|a|an|the|\d|part|most|half)",
    r"(?:i|we)(?: \w+)? (?:gave|give) up\b",
    r"giving up [a-z\d]+",
    r"(?:meant|means|would mean) (?:pushing|slipping|delaying|losing|dropping|giving up|cutting|deferring|postponing)",
    r"which meant (?:we|i) (?:couldn'?t|could not|lost|had to give|wouldn'?t|would lose)",
    r"push(?:ed|ing)? (?:the|our|my|that|this|it) (?:[\w-]+ ){0,3}?(?:back|out) (?:by|a|an|to|until|one|two|three|\d)",
    r"push(?:ed|ing)? (?:the|our|my) [\w\s-]{1,30}? from \w+ to \w+",
    r"(?:slip|slipped|slipping|delay|delayed|delaying) (?:the|our|my) [\w\s-]{1,30}? (?:by|to|until)",
    r"(?:a|one|two|three|four|short|small|[a-z]+[\s-]week|[a-z]+[\s-]day) slip\b",
    r"(?:a|an|one|two|three|four|five|six|few|couple of|\d+) (?:extra )?(?:days?|weeks?|months?|sprints?) longer",
    r"(?:slower|later|longer) than (?:if|promised|planned|forcing)",
    r"(?:would|will) (?:miss|lose) some",
    r"(?:a )?(?:small|slight|modest|minor) (?:[\w-]+ )?(?:hit|loss|regression|penalty)",
    r"would (?:have )?cost (?:\w+ ){0,3}?more (?:\w+ ){0,3}?than",
    r"in exchange for",
    r"(?:to|until|into|for) (?:the |a )?(?:next|later|following|second) (?:release|sprint|quarter|phase|version|milestone),? "
    r"(?:instead|rather|since|because|so)",
    r"(?:leave|left|leaving|kept|keep|parked|park) (?:\w+ ){0,4}?for later",
    r"(?:to|until|into) the (?:release|sprint|phase|version) after (?:launch|that|the launch)",
    r"rather than (?:slip|slipping|delay|delaying|miss|missing) (?:the|our)",
    r"(?:days?|weeks?) of (?:work|effort) instead of",
)
TRADEOFF = Phrases(*_ALTERNATIVES, *_COSTS)
# A cost that a mishap ran up ("wrong in a way that cost us three weeks") was not chosen.
_MISHAP_BEFORE = re.compile(r"\b(?:wrong|mistake|bug|outage|incident|error|failure|fault)\b[^.;:!?]{0,40}$", re.I)
# Customers who give up abandon; they trade nothing away.
_OTHERS_BEFORE = re.compile(r"\b(?:people|users|customers|shoppers|visitors|they|who|he|she)\s+$", re.I)
# "Trade-offs" said of everything: a platitude, not a choice weighed.
_PLATITUDE = re.compile(
    r"there (?:are|is) (?:always )?(?:a )?trade[\s-]?offs?|trade[\s-]?offs? (?:in|to) (?:everything|every|all|any)",
    re.I,
)
# A condition for a rule of thumb ("if the decision is reversible, I'd move fast"): how one would act, not a choice made.
_IF = re.compile(r"\bif\b", re.I)
_OPEN = frozenset({"could", "can", "might", "may"})


def _beyond(p: Passage, match: Hit) -> bool:
    """Say whether a match tells what others or the organisation now do: not advice ("should be the default"),
    not a mandate that only set the scene ("our CTO set a company-wide goal")."""
    start = match.start()
    if match.group().lower().endswith("wide") and _MANDATE.search(p.text, max(0, start - 30), start):
        return False
    return _ADVICE.search(p.text, max(0, start - 25), start) is None


def second_order_effect(p: Passage) -> Finding | None:
    return quoted_finding(
        p,
        BEYOND,
        "second_order_effect",
        "major",
        "The effect reached beyond the fix: {quote}.",
        keep=lambda m: _beyond(p, m),
    )


def _starts(p: Passage) -> tuple[list[int], list[int]]:
    return [a.start for a in p.acts], [u.start for u in p.units]


def _unit_start(p: Passage, position: int) -> int:
    unit_starts = p.memo(_starts)[1]
    index = bisect_right(unit_starts, position) - 1
    return unit_starts[index] if index >= 0 else 0


def _teller(p: Passage, hit: Hit) -> Act | None:
    """Return the act that tells a hit: the one it overlaps, else the last act of doing before it in its
    sentence or the one before ("the growth team built it and it went live")."""
    act_starts, unit_starts = p.memo(_starts)
    acts = p.acts
    index = bisect_left(act_starts, hit.end())
    covered = None  # the first act whose subject or verb the hit covers
    for act in reversed(acts[:index]):
        if act.end > hit.start():
            covered = act
        elif act.start < hit.start():
            break
    if covered is not None:
        return covered
    floor = unit_starts[max(0, bisect_right(unit_starts, hit.start()) - 2)] if unit_starts else 0
    for act in reversed(acts[:index]):
        if act.start < floor:
            break
        if act.verb_class not in ("state", "modal"):
            return act
    return None


def _carried(p: Passage, hit: Hit, dated: bool) -> bool:
    """Say whether a hit tells the candidate's own carrying through: not someone else's, not a plan, and (for a
    release not told as the candidate's own act) not a clause that only dates the story."""
    act = _teller(p, hit)
    if (
        dated
        and _TIME_CLAUSE.search(p.text, max(_unit_start(p, hit.start()), hit.start() - 60), hit.start())
        and not (act is not None and act.actor == "i" and act.start >= hit.start())
        and not _GERUND.match(hit.group())
    ):
        return False
    if act is None:
        return True
    if act.actor == "we" and len(p.my_actions) < len(p.our_actions):
        return False  # "we launched" in an answer that hides the candidate behind "we" shows no one's follow-through
    return act.actor != "other" and not (act.hypothetical and not act.counterfactual)


# Each hit's judgement: a whole answer is judged before its parts, which reuse it.
_judged: SpanMemo[bool] = SpanMemo()


def _carried_once(p: Passage, hit: Hit) -> bool:
    return _judged.get(
        p.text,
        hit.span(),
        lambda: _after_it(p, hit) and _carried(p, hit, dated=_RELEASE_HIT.match(hit.group()) is not None),
    )


def _after_it(p: Passage, hit: Hit) -> bool:
    """Say whether a follow-up names the time after the candidate's release, not a release of its own."""
    words = hit.group().lower()
    if not (words.startswith(("after", "once")) and words.endswith(_RELEASE_NOUNS)):
        return True
    return not (
        _RELEASE_BEFORE.search(p.text, max(0, hit.start() - 12), hit.start()) or _RELEASE_NAMED.match(p.text, hit.end())
    )


def followthrough(p: Passage) -> Finding | None:
    matches = [m for m in p.find(FOLLOWTHROUGH) if _carried_once(p, m)]
    if not matches:
        return None
    return finding(
        "followthrough",
        "major" if len(matches) > 1 else "minor",
        f"You carried it to the end: {quote(matches[0].group())}.",
        p.cite(matches, 3),
    )


def _only_would(text: str, acts: Sequence[Act]) -> bool:
    """Say whether the candidate's acts are all what they would do, none what they did or could have done."""
    # "I could revert it, or patch it" tells the options open then: neither a plan nor a rule.
    mine = [a for a in acts if a.actor in ("i", "we") and a.verb_class != "state" and a.verb not in _OPEN]
    return bool(mine) and all(
        a.hypothetical and not a.counterfactual and not text.startswith(" have ", a.end) for a in mine
    )


def _weighed(p: Passage, match: Hit) -> bool:
    """Say whether a match reports a choice the candidate weighed: not a platitude, not a rule of thumb for some
    other day, not a mishap's cost, not customers giving up."""
    unit = p.unit_of(match.start())
    if unit is None:
        return True
    if _PLATITUDE.search(p.text, unit.start, unit.end):
        return False
    words = match.group().lower()
    if "cost" in words and _MISHAP_BEFORE.search(p.text, max(unit.start, match.start() - 50), match.start()):
        return False
    if words.startswith("giving") and _OTHERS_BEFORE.search(p.text, max(0, match.start() - 12), match.start()):
        return False
    return not (_IF.search(p.text, unit.start, unit.end) and _only_would(p.text, acts_in(p.acts, [unit])))


def _options(p: Passage) -> list[Hit]:
    """Return the options the candidate could have taken, each followed by a contrast in its sentence."""
    return [m for m in p.find(COULD) if _CONTRAST_AFTER.match(p.text, m.end())]


def tradeoff(p: Passage) -> Finding | None:
    found = (*p.find(TRADEOFF), *_options(p))
    matches = sorted((m for m in found if _weighed(p, m)), key=lambda m: m.start())
    if not matches or _only_would(p.text, p.acts):
        return None  # nothing weighed, or a whole answer of what one would do: it weighs nothing that happened
    return finding(
        "tradeoff", "major", f"You weigh an option against another: {quote(matches[0].group())}.", p.cite(matches, 3)
    )
