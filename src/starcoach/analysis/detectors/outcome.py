"""What lasted and how it ended: effects beyond the fix, follow-through, and the trade-off weighed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from heapq import merge
from itertools import islice

from starcoach.analysis.agency import Act, acts_in
from starcoach.analysis.detectors.evidence import implausible_claim
from starcoach.analysis.detectors.reflection import MECHANISM
from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding
from starcoach.analysis.text import Hit, Phrases, SpanMemo, Unit, has_number, lazy_compile

# Effects beyond the fix: others reuse it, it becomes a standard, a process changes.
BEYOND = Phrases(
    # Others taking it up: "the pricing team then asked to use the same drop", "a guide the other programmers used".
    r"asked (?:to|if they could|whether they could) (?:use|reuse|adopt|borrow|copy|have|run) (?:the same|it|our|my|"
    r"this|that|the (?:tool|script|service|pattern|approach|library|guide|template|check|dashboard))",
    r"which (?:the )?(?:other|rest of the|[\w-]+) (?:[\w-]+ )?(?:engineers|programmers|developers|teams|squads|analysts|"
    r"designers|testers|people|departments|stores|sites) (?:then |also |now |have |had |still )?(?:used|use|adopted|"
    r"followed|reused|picked up|copied)",
    # Set up for every later case, not only this one: "for the next regulatory change I set up a scope list".
    r"for (?:the|every|each|any|all) (?:next|future|later|subsequent|following) [\w-]+ (?:[\w-]+ )?(?:i|we) "
    r"(?:set up|created|wrote|built|added|introduced|put in place|made)",
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
    r"(?:added|wrote|put|built|folded|baked|got) (?:[\w'-]+ ){1,5}?(?:added )?(?:in)?to (?:the|our|every|each|their) "
    r"(?:[\w'-]+ ){0,2}?(?:runbooks?|checklists?|onboarding|templates?|playbooks?|wiki|style guide|guidelines|handbook|"
    r"(?:monthly|weekly|quarterly|launch|release|design|architecture|ops|operational|team) reviews?|standards|policy|"
    r"on-?call rota(?:tion)?)",
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
    r"(?:that'?s|which is|it'?s) still (?:running|in use|used|going|in place)",
    r"(?:set up|started|introduced|created|established|instituted) (?:a |an )?(?:shared |monthly |weekly |regular |recurring |quarterly )"
    r"(?:review|forum|meeting|sync|rota|rotation|process|check|guild)",
    r"(?:set up|started|introduced|created|established|instituted) (?:a |an )?(?:shared |monthly |weekly |regular |recurring |quarterly )"
    r"(?:[\w-]+ ){1,2}?(?:review|rota|rotation|guild)",
    r"the required (?:path|step|way)",
    r"(?:required|mandatory|the default) for (?:any|every|all|new)",
    r"(?:has been|have been|was) (?:run|used|reused|adopted|followed) by",
    r"(?:since|later) (?:reused|adopted|copied)",
    r"(?:\w+ )?(?:colleagues|engineers|teammates|people|teams|analysts) (?:have |had )?(?:already )?(?:used|reused|adopted|followed|"
    r"picked up|copied) it",
    r"(?:it|she|he|they) now (?:rotates|walks|owns|includes|covers|checks|alerts|gates|runs|leads|trains|reviews)",
    r"(?:retired|switched off|turned off|decommissioned|removed|deleted) (?:the|their|our) (?:\w+ )?(?:macro|workaround|script|bus|cron|"
    r"manual (?:step|process|check)|spreadsheet|runbook step)",
    r"(?:wrote|published|shared|put together|drafted) (?:a |an )?(?:short |brief |two-page |one-page |small |quick |team |internal |"
    r"weekend |new )?"
    r"(?:page|guide|doc|wiki page|write-?up|explainer|playbook|how-?to) (?:on|for|about|how|that)",
    r"(?:blocked|caught|prevented) (?:\w+ )?(?:more|further|later|other|another|\d+|two|three)",
    # What it let others do next: another team unblocked, a later project built on it.
    r"(?:unblocked|freed up|freed) (?:the |their |our |another |two |three |four |\d+ )?(?:[\w-]+ ){0,2}?(?:teams?|squads?|"
    r"engineers|analysts|agents|projects?|roadmaps?|launch|migration|release)",
    r"(?:paved|cleared|opened) the (?:way|door|path) (?:for|to)",
    r"laid the (?:groundwork|foundations?) for",
    r"became (?:the )?(?:basis|foundation|starting point|blueprint|model|springboard) (?:for|of)",
    r"(?:which|that|this|it) (?:later |then |also |in turn )?(?:let|allowed|enabled|helped) (?:the|another|other|our|their|two|three) "
    r"(?:[\w-]+ ){0,2}?(?:teams?|squads?|orgs?|departments?|customers|partners|engineers|analysts)",
    r"(?:a|an|one|the) (?:nice |welcome |unexpected |unplanned |extra |added |bonus |side |knock-on |secondary )"
    r"(?:side[\s-])?(?:benefit|bonus|upside|win)s?",
    r"as a (?:bonus|side benefit|by-?product)",
    # Its reach: spread to the rest of the estate, or built into how work is done now.
    r"(?:since|later|subsequently) (?:been )?(?:reused|adopted|copied|extended|applied|picked up|generali[sz]ed|rolled out)",
    r"(?:adopted|used|reused|standardi[sz]ed|spread|copied|picked up) (?:[\w-]+ ){0,3}?across the (?:whole |entire |wider |rest of the )?"
    r"(?:org|organi[sz]ation|company|fleet|estate|business|group|department|division|platform|region)",
    r"(?:extended|expanded|generali[sz]ed|scaled) (?:it|this|that|the (?:[\w-]+ )?(?:approach|pattern|tool|library|check|fix|rule|"
    r"design|process|template|script|framework|dashboard|rota|rubric|guide|checklist)) (?:out )?to (?:the rest|other|all|every|"
    r"another|two|three|four|\d)",
    r"(?:written|baked|folded|built|incorporated|codified) into (?:the|our|every|each) (?:[\w-]+ ){0,2}?(?:guidelines|standards?|"
    r"playbook|runbook|handbook|policy|onboarding|checklist|template|process|review|training|curriculum)",
    r"(?:a|the|our) (?:template|blueprint|model|playbook|reference) for (?:other|the rest|later|future|every|all|how|each)",
    r"(?:no|none of the) (?:other |downstream )?(?:teams?|squads?|services) (?:has|have|had) (?:to|needed)",
    # A rule or step that others now follow because of it.
    r"(?:made|making) (?:[\w'-]+ ){1,5}?(?:mandatory|compulsory|a required|a standard|the standard|the default)\b",
    r"(?:got|had) (?:the|our|their) (?:[\w'-]+ ){0,2}?(?:model|policy|process|rules?|standards?|checklist|template|guidelines|rota|"
    r"review|approval step) (?:changed|updated|rewritten|amended)",
    r"(?:changed|rewrote|updated|amended) (?:the|that|our|their) (?:[\w'-]+ ){0,2}?(?:step|policy|process|rules?|checklist|template|"
    r"guidelines|rota|runbook|review|approval) so (?:that )?(?:an?|every|each|any|the|no|nobody|on-?call)",
    r"so (?:that )?the next (?:[\w-]+ )?(?:team|teams|engineer|engineers|person|hire|joiner|owner|release|model|service|project|"
    r"one)",
    r"(?:is|are|was|'s) now (?:the|our|their) (?:[\w'-]+ ){0,3}?(?:standard|default|template|baseline|norm|requirement)",
    r"(?:that|which|it|this) now (?:decides|drives|governs|shapes|sets|determines|feeds|powers|gates|guides)",
    r"(?:runs|applies|fires|happens|kicks in|gets run|is run) (?:automatically )?(?:on|for|in|against) (?:every|each|all|any) "
    r"(?:new |future )?[\w-]+",
    r"(?:onto|on to|adopt|adopted|copy|copied|reuse|reused|follow|followed|uses?|using) the same (?:[\w-]+ )?(?:approach|pattern|"
    r"design|process|library|template|tool|setup|model|rules?|checks?|platform|framework|script|checklist|playbook)",
    # What it made easier later: the next one of its kind took a fraction of the time.
    r"the (?:next|last|latest|newest) (?:[\w-]+ ){1,2}?(?:we|they|i|the team|anyone|someone) (?:added|built|onboarded|shipped|"
    r"launched|migrated|integrated) took",
    r"(?:adding|onboarding|building|shipping|launching|setting up|spinning up|integrating) (?:a|an|each|every|the next|another) "
    r"(?:new )?[\w-]+ (?:now )?(?:went from|takes|took|dropped|fell|is now|now)",
    # What has happened since: present perfect with "since", and later catches.
    r"(?:have|has|'ve|'s) since (?:had|made|got|required|asked|added|written|set up|become|been|caught|used|reused|adopted|"
    r"rolled|spread|grown|moved|copied|applied|extended|stopped|prevented|saved)",
    r"(?:has|have) (?:since )?been (?:triggered|used|invoked|applied|run|followed|reused|cited|copied) (?:twice|three times|"
    r"\d+ times|[a-z]+ times|many times|several times|again|on every|for every|by)",
    r"(?:weeks?|months?|quarters?|years?) later,? (?:it|the [\w-]+|that [\w-]+|this [\w-]+|our [\w-]+) (?:caught|flagged|stopped|"
    r"blocked|prevented|saved|spotted)",
    r"to every (?:[\w-]+ ){1,2}in (?:their|our|the) (?:[\w-]+ )?(?:inventory|fleet|estate|catalogue|catalog|portfolio|org|"
    r"organi[sz]ation|company|group|monorepo)",
    # Taken up elsewhere: a named team picked it up, it spread, it is packaged for others.
    r"(?:adopted|reused|copied|picked up|taken up|borrowed|forked) by (?:the|our|their|a|an) (?:[\w-]+ ){0,2}?(?:team|teams|squad|"
    r"squads|org|group|department|engineers|analysts|company|business|offices?|sites|stores|branch(?:es)?|wards?|regions|"
    r"hospitals|clinics|studios|warehouses|units|divisions)",
    r"(?:spread|spreading) (?:to|across) (?:the|other|another|two|three|four|\d+|every|all|most|several)",
    r"to the rest of (?:the|our) (?:[\w-]+ )?(?:company|org|organi[sz]ation|business|fleet|estate|teams|engineering|group|"
    r"department|platform|division)",
    r"(?:is|are|was|were) (?:now )?used by (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|every|all|most|other|"
    r"the whole|several|many|another)",
    r"open[\s-]sourced",
    r"(?:published|released|packaged|extracted) (?:it|this|that|the [\w-]+) as an? (?:shared |internal |reusable |small )?(?:library|"
    r"package|module|service|tool|template|component)",
    r"(?:that|which) (?:every|any|all|other|each) (?:[\w-]+ ){0,2}?(?:could|can|would|will) (?:use|reuse|share|call|plug into)",
    r"(?:for|to|in|across) (?:every|all|each|the) other (?:[\w-]+ )?(?:services|teams|clients|products|apps|regions|sites|callers|"
    r"consumers|customers|repos|pipelines|jobs|squads|markets)",
    # How others work now: a changed habit, a team that no longer has to, whenever it happens now.
    r"changed (?:how|the way) (?:we|the team|teams|the org|people|engineers|everyone|product|support|the company) "
    r"(?:[\w-]+ )?(?:approach|approaches|think|thinks|plan|plans|work|works|handle|handles|run|runs|review|reviews|write|writes|"
    r"build|builds|ship|ships|estimate|estimates|test|tests|design|designs|hire|hires|onboard|onboards)",
    r"(?:teams?|squads?|analysts|agents|support|finance|ops|operations|customers|on-?call|engineers|staff|desk|clinicians|"
    r"drivers|reviewers) (?:[\w-]+ )?no longer",
    r"(?:since then|these days),? (?:every|each|any|all|other|no|none|nobody|teams?|the (?:[\w-]+ )?team)",
    r"(?:turned|grew|evolved) into (?:a|the|our) (?:[\w-]+ )?(?:standard|template|default|practice|programme|program|service|"
    r"library|platform|process|policy|playbook|guild|rota)",
    r"(?:is|became|'s) (?:now )?(?:just )?(?:the way|how) (?:we|the team|teams|everyone|the company|the org)",
    r"gave (?:the|our|their|other) (?:[\w-]+ ){0,2}?(?:teams?|squads?|support|finance|product|sales|ops|analysts|engineers|"
    r"customers|agents) (?:a|an|the|their first) (?:way|view|tool|place|single|shared)",
    r"(?:saved|spared|freed) (?:the|our|their|other) (?:[\w-]+ ){0,2}?(?:team|teams|analysts|engineers|agents|staff|on-?call|"
    r"squads?) (?:from|about|roughly|around|\d|hours|days|a|an)",
)
# More of the same, kept as a family of its own: one automaton for all of them outgrows the regex engine's memory.
# Others who can take up what the candidate made: groups, roles, places.
_PARTY = (
    r"(?:teams?|squads?|orgs?|organi[sz]ations?|groups?|departments?|divisions?|units?|reps|engineers|analysts|developers|"
    r"leads|managers|staff|colleagues|teammates|sites?|stores|regions?|offices?|company|business)"
)
# Taking it up: using, copying or adopting what another made.
_TAKE_UP = (
    r"(?:adopted|reused|re-used|copied|borrowed|forked|cloned|picked up|took up|taken up|started using|began using|started running|"
    r"began running|have been using|has been using|(?:started |began )?ask(?:ed|ing) for (?:it|this|that|the same|a copy|one|our|my)|"
    r"standardi[sz]ed on)"
)
_TAKEN_BY_OTHERS = (
    r"(?:the|a|an|their|two|three|four|five|six|several|other|another|most|many|\d+)(?: [\w-]+){0,3}? "
    f"{_PARTY} (?:have |has |had |then |also |later |soon |since |quickly |even |now |all |both |kind of |sort of |like )*"
    f"{_TAKE_UP}\\b"
)
_TAKEN_BY_OTHERS_PASSIVE = (
    f"(?:was|were|has been|have been|had been|got|gets|getting|being|is|are) (?:\\w+ )?{_TAKE_UP} by (?:the|a|an|our|their|"
    f"two|three|four|five|six|several|other|another|most|many|\\d+)(?: [\\w-]+){{0,3}}? {_PARTY}\\b"
)
BEYOND_ELSEWHERE = Phrases(
    # Places beyond software that took it up: other wards, branches, stores, offices asked for it or started on it.
    r"(?:other|another|several|more|two|three|four|five|\d+|neighbou?ring|sister) (?:[\w-]+ ){0,2}?(?:wards|branch(?:es)?|stores|"
    r"warehouses|clinics|hospitals|offices|studios|regions|schools|shifts|plants|depots|units|markets|countries|managers|leads|"
    r"hubs|factories|restaurants)(?: (?:in|across|at|from) (?:the|our) [\w-]+)? (?:have |had |then |also |soon |quickly |since )*"
    r"(?:started|began|asked|adopted|copied|took|picked|rolled|use|used|now)",
    r"(?:the|our|their|a|an) (?:[\w-]+ )?(?:team|department|squad|group|desk|office|ward|branch|unit) (?:have |has |had |then |also |"
    r"later |soon |quickly )*(?:picked up|took up|taken up|borrowed|copied|adopted|started using|began using|reused|asked for) "
    r"(?:it|my|our|the|this|that)",
    r"(?:spread|rolled out|copied|taken up|adopted|used|reused|picked up|applied) (?:much |far )?(?:more )?(?:widely|elsewhere|beyond)",
    r"spread (?:to|across) (?:about|around|roughly|over|more than|nearly|almost|some)\b",
    # What the organisation does now because of it: what onboarding includes, what new joiners get, what it led to.
    r"(?:onboarding|induction|training|the checklist|the template|the runbook|the handbook|the pipeline|ci|the process|"
    r"the review|the policy|new (?:joiners|hires|starters|recruits|employees|staff)) (?:[\w-]+ ){0,2}?now "
    r"(?:includes?|covers?|has|have|gets?|requires?|runs?|learns?|starts?|goes|go|uses?)",
    r"(?:led to|resulted in|turned into|fed into) (?:a|an|the) (?:new |wider |company-wide |org-wide |permanent )?"
    r"(?:[\w-]+ )?(?:policy|standard|rule|checklist|practice|guideline|guidelines|programme|program|process change|"
    r"change (?:in|to) (?:how|the|our))",
    r"(?:every|each|all) (?:new|future|later|subsequent) [\w-]+ (?:[\w-]+ )?(?:was|were|is|are|has been|have been|gets?|now) "
    r"(?:now )?(?:built|created|set up|started|based|modell?ed|run|reviewed|checked|launched|scored|planned|onboarded) "
    r"(?:from|on|with|using|through|against|by|off)",
    r"(?:teams?|squads?) (?:both |all |now |also )+(?:import|use|call|depend on|rely on|share)",
    r"now (?:the |our |other |all |every )?(?:[\w-]+ ){0,2}?(?:teams?|leads|managers|agents|analysts|nurses|staff|support|"
    r"everyone|everybody|engineers) (?:all )?(?:use|uses|follow|follows|run|runs|rely on|relies on|start from)",
    r"now (?:[\w-]+ ){1,4}?across the (?:whole|entire|wider)\b",
    r"now (?:goes|go|gets sent|is sent|is shared|is read) (?:out )?to (?:every|all|each|the whole|the wider)",
    # A rule changed so it holds for whoever comes next, or a guard that now stops everyone.
    r"(?:changed|rewrote|updated|amended|reworked) (?:it|that|this|the [\w-]+(?: [\w-]+)?) so (?:that )?(?:any|every|each|no|nobody|"
    r"anyone|whoever|the on[\s-]?call|on[\s-]?call|people)\b",
    r"(?:changed|added|updated|made|set) (?:[\w'-]+ ){1,4}?so (?:that )?it (?:now )?(?:refuses|blocks|rejects|fails|won'?t|will not|"
    r"can'?t|cannot|always)\b",
    r"(?:change|changes|addition|update|amendment) to the (?:[\w-]+ ){0,2}?(?:checklist|policy|process|template|runbook|"
    r"standards?|guidelines|playbook|rota|handbook)",
    r"(?:i|we|they|it)'(?:ve|s) since (?:had|made|got|added|written|set up|become|been|seen|used|adopted)",
    r"(?:\d+|[a-z]+(?:ty|teen)(?:[\s-][a-z]+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,2}?"
    r"(?:were|are|had moved|have moved|had been moved|have been moved) (?:now )?(?:on|onto|using) (?:it|the (?:new |same )?"
    r"[\w-]+)",
    # The person helped went on to help others: a multiplier beyond the fix.
    r"(?:he|she|they) (?:also |then |later |now |has |have |had )*(?:started|begun|began|went on to) (?:reviewing|mentoring|"
    r"running|teaching|coaching|training|leading|onboarding) (?:other|the new|new|our|their)",
    r"(?:got|had) (?:[\w'-]+ ){1,3}?added to (?:the|our|their|every) (?:[\w'-]+ ){0,2}?(?:rota|rotation|checklist|runbook|"
    r"template|review|onboarding|pipeline)",
    r"(?:wrote|published|shared|put together|drafted) (?:a |an )?(?:[\w-]+ ){1,2}?(?:guide|playbook|how-?to|explainer) (?:on|for|about|"
    r"how|that)",
    # A consequence past the fix itself: a side effect, a whole class of failure gone, what others could do next.
    r"(?:a|one|another|the) (?:nice |welcome |happy |useful |positive |unexpected |unplanned |pleasant |bonus )?"
    r"(?:side[\s-]effects?|by-?products?) (?:was|were|is|of (?:this|that|it|the (?:change|fix|work))\b)",
    r"as a (?:happy |nice |welcome |useful |positive )?side[\s-]effect",
    r"(?:which|that|this|it) (?:also|in turn) meant (?:the|our|their|other|every|each|that|support|sales|finance|ops|customers|"
    r"engineers|people|nobody|no one|fewer|less|we no longer|we could|they|teams?)\b",
    r"(?:it|this|that|which) (?:also|in turn|incidentally) (?:cut|reduced|saved|halved|lowered|removed|freed|stopped|let|allowed|"
    r"enabled|improved|sped up|brought down|fixed|unblocked|simplified|shortened)\b",
    r"(?:stopped|prevents?|prevented|eliminated|eliminates|removed|removes|closed off|ruled out|killed|got rid of|wiped out|ended|"
    r"designed out) (?:[\w'-]+ ){0,2}?(?:a|the|that|this|an entire|a whole|the whole) (?:whole |entire )?(?:class|category|family|"
    r"type|kind|source) of",
    r"(?:on-?call|pager|paging|support|operational|ops) (?:load|burden|toil|noise|pressure|workload|pain) (?:[\w-]+ ){0,2}?"
    r"(?:dropped|fell|went down|halved|shrank|eased|came down|lightened|reduced|disappeared)",
    r"(?:sales|support|finance|marketing|ops|operations|product|legal|recruiting|customers|clinicians|drivers|analysts|agents|"
    r"everyone|recruiters|managers|the business|other teams|the (?:[\w-]+ )?(?:team|teams|desk|analysts|agents|managers)) "
    r"(?:could|can|were able to|was able to) (?:now |then |finally |at last |for the first time |also )+[a-z]+",
    r"downstream,? (?:the|our|their|other|every|teams?|that|this|it)\b|(?:a|the) (?:downstream|upstream) (?:benefit|effect|win|"
    r"saving|savings|cost|impact)",
    r"(?:a|the|one|another) (?:nice |welcome |happy |useful |positive |unexpected )?knock[\s-]?on (?:was|is|benefit|win|result|effect)",
    # Another party's new way of working, and what has lasted since: "she now leads the handover", "to this day the
    # other squads start from it".
    r"(?:she|he|they|everyone|everybody|team|teams|org|squad|group|department) (?:also )?now [a-z]+s\b",
    r"(?:to this day|ever since|years? later|two years on|a year on),? (?:the|it|that|this|we|they|every|each|nobody|no one|other)\b",
    r"(?:freed|freed up|saved|gave back|gives back|frees up|saves) (?:up )?(?:about |roughly |around |nearly |almost |over |at least )?"
    r"(?:half a|a|an|\d+|one|two|three|four|five|ten) (?:[\w-]+ )?(?:days?|hours?|mornings?|afternoons?) (?:a|per|every|each) "
    r"(?:week|month|day|sprint|quarter) (?:for|to)\b",
    r"(?:nobody|no one|no-one)(?:'s| has| have)? (?:had|needed) to (?:[\w'-]+ ){1,5}?since\b",
    # Built into how the organisation works, whoever owns the checklist: "part of the platform group's launch checklist".
    r"(?:became|becomes|is now|was made|'s now|are now|were made) (?:a )?part of (?:the|our|their|every|each|its|all) "
    r"(?:[\w'-]+ ){0,4}?(?:checklists?|templates?|process|onboarding|runbooks?|playbooks?|standards?|policy|pipelines?|"
    r"reviews?|handbook|guidelines|rota|curriculum|training|definition of done)\b",
    # A proposal taken up, and others who have used it since.
    r"(?:it|which|they|both) (?:was|were|got) (?:formally |later |quickly |eventually |then |also )?adopted\b",
    r"(?:which|that) (?:[\w-]+ ){0,3}?(?:other|more|new) (?:[\w-]+ ){0,2}?(?:have |has |had )?(?:since |also |now |then )?"
    r"(?:used|adopted|reused|copied|followed|picked up|relied on)\b",
    r"(?:have|has|'ve) (?:all |both )?(?:used|reused|followed|relied on) (?:it|them|this|that|the same [\w-]+) (?:ever )?since\b",
    # A step added to every change of a kind, not to this one.
    r"(?:added|put|built|introduced) (?:a|an) (?:[\w-]+ ){0,3}?(?:step|check|gate|stage|review|sign-?off) (?:to|into|in|on|for) "
    r"(?:every|each|all|any) (?:new |future )?(?:[\w-]+ )?(?:releases?|builds?|deploys?|deployments?|pull requests?|prs?|"
    r"changes?|launch(?:es)?|migrations?|sprints?|projects?|incidents?|rollouts?|services?|hires?|merges?)\b",
    r"(?:ended up|went|made it|found its way|got copied|was copied|was reused|got reused) (?:[\w-]+ )?(?:in|into|to|across) "
    r"(?:\d+|two|three|four|five|six|several|a few|many|a dozen|most|all the) other\b",
    r"(?:team|teams|squad|squads|department|group|org|company|office|site|sites|stores|branch|branches|wards?) (?:[\w'-]+ ){0,4}?"
    r"(?:took|taken|applied|borrowed|lifted|copied|used|adopted|reused) the same\b",
    r"(?:started|begun|began) (?:using|running|following|adopting|copying) (?:it|this|that|our|my|the [\w-]+) (?:as well|too)\b",
    # Another party as the one who took it up, however it is named and however many words name it: "the data
    # platform org adopted the round", "two sales reps started using it", "picked up by the accounts payable team".
    _TAKEN_BY_OTHERS,
    _TAKEN_BY_OTHERS_PASSIVE,
    # A rule that binds every later case, not this one: "a rule that any change to ranking needs three days of data".
    r"(?:a|an|new) (?:[\w-]+ ){0,2}?(?:rule|policy|requirement|gate|standard|norm|convention) (?:that|so that|where|saying|"
    r"requiring) (?:a|an|any|every|each|"
    r"all|no|nothing|nobody|anyone|whoever)\b",
    # What a shared practice now does: "now our incident template asks what data shows...".
    r"now (?:our|the|every|each|all) (?:[\w-]+ ){0,2}?(?:template|checklist|runbook|process|form|pipeline|review|policy|onboarding|"
    r"playbook|handbook|guide|rota|planning|retro|retrospective)s? (?:asks?|requires?|includes?|checks?|blocks?|covers?|needs?)\b",
)
# What turns a match into advice ("should be the default for any table") or a mandate that only set the scene
# ("the CFO set a company-wide target").
_ADVICE = lazy_compile(
    r"\b(?:(?:should|must|ought to|would|could|might|may|can)\s+(?:\w+\s+)?(?:be\s+)?|(?:like|want|wanted|hope|hoped|wish)\s+"
    r"(?:\w+\s+){0,3}(?:to\s+)?)$",
    re.I,
)
# The candidate's own team taking up what others made ("we adopted their library"), or how others worked before.
_TAKEN_BY_US = lazy_compile(r"(?:\b(?:we|i)\s+(?:then\s+|also\s+|just\s+)?)$", re.I)
_TOOK_UP = ("adopted", "copied", "borrowed", "reused", "used", "picked", "standardi")
_MANDATE = lazy_compile(r"\b(?:set|announced|mandated|kicked off|proposed|launched)\s+(?:a|an|the|our)\s+$", re.I)
# A release in stages: to a few first, behind a flag, then to everyone. Read before the bare releases, which
# would otherwise take its first words ("I released it to one client first").
_WHO = r"(?:(?:i|we) (?:then |first |finally |also |only )?)?"
_STAGED = (
    _WHO
    + r"(?:released|rolled|shipped|launched|deployed|enabled|turned|switched|opened) (?:[\w'-]+ ){0,6}?(?:to|for|on|in|at|with) "
    r"(?:[\w%'-]+ ){0,4}?(?:first|initially)\b",
    _WHO
    + r"(?:released|rolled|shipped|launched|deployed|put|turned) (?:[\w'-]+ ){0,3}?behind (?:a|the) (?:feature[\s-])?(?:flag|toggle)",
    r"then (?:to|for|across) (?:everyone|everybody|all (?:the|our|of)|every|the rest|the remaining|the others|the whole)\b",
    r"(?:(?:i|we) )?(?:then|only then|later|after that|afterwards),? (?:i |we )?(?:shipped|rolled|released|launched|enabled|turned|switched|"
    r"took|opened) (?:it |them |this |that )?(?:out |on |up )?(?:everywhere|to everyone|for everyone|to all|for all|across the "
    r"(?:board|rest))",
    r"before (?:taking|rolling|extending|opening|expanding|releasing|turning|switching|moving) (?:it |this |that |them )?"
    r"(?:out |on |up |over )?(?:to|for|across) (?:the (?:other|rest|remaining|whole)|all|every|everyone)",
    _WHO
    + r"(?:rolled|rolling|released|shipped|migrated|moved|switched|enabled|turned|brought|onboarded|deployed|cut|converted) "
    r"(?:[\w'-]+ ){0,5}?(?:one|two|three|a few|a handful of|a couple of|\d+) (?:[\w-]+ ){1,2}?at a time",
    _WHO
    + r"(?:released|rolled|shipped|launched|deployed|enabled|turned|switched|opened|exposed|ramped|dialled|dialed) (?:[\w'-]+ ){0,4}?"
    r"(?:to|for|on) (?:\d+ ?%|\d+ (?:percent|per cent)|[a-z]+ (?:percent|per cent)|a (?:small )?(?:slice|fraction|tenth|"
    r"fifth|sample)) of",
)
# Carried it to the end, in three ways. First, putting it live: the candidate's (or their team's) release,
# not someone else's, and not a release that only dates the story ("after 7.3 went out, crashes rose").
_THING = (
    r"(?:it|they|them|this|that|which|everything|the (?:[\w-]+ ){0,2}?(?:fix|change|patch|hotfix|feature|release|update|"
    r"version|model|flow|service|library|api|adapter|check|filter|rule|job|pipeline|script|tool|migration|redesign|"
    r"rewrite|component|integration|carrier|report|import|export|form|page|screen|gate|dashboard|alert|query|"
    r"framework|platform|system|cache|rota|guide|runbook|filters|carriers|services))"
)
# Putting it live: what any story that ships says ("I shipped it", "it went live"), not yet follow-through on its own.
_SHIPPED = (
    r"(?:shipped|released|launched|deployed|merged|landed|rolled out|migrated|enabled) " + _THING,
    r"(?:shipped|released|launched|deployed|rolled out|migrated) (?:my|our|a|an|both|all|every|each|the) [\w-]+",
    r"(?:coordinated|drove|ran|managed|owned|led) the (?:[\w-]+ )?(?:rollout|roll-out|launch|migration|cutover|cut-over|release)",
    r"(?:rolling|shipping|releasing|launching|switching|moving|migrating) "
    r"(?:(?:it|them|everything|the (?:[\w-]+ ){0,2}?[\w-]+) )?(?:out|over|live)",
    r"(?:rolled|switched|turned|moved|cut|flipped) " + _THING + r" (?:out|on|over)",
    r"(?:i|we) (?:then |finally |eventually |also )?(?:shipped|launched|released|went live|cut over|switched over|"
    r"deployed|rolled out|delivered|finished|completed|migrated)",
    _THING + r" (?:then |finally |also |still |eventually )?(?:shipped|launched|went live|went (?:back )?out|was live|"
    r"got merged|merged|rolled out|was deployed|was released|went in)",
    r"went live",
)
# Finishing the move: the rest moved over, every account backfilled, the old one switched off.
_FINISHED = (
    r"(?:backfilled|migrated|converted|moved|onboarded|switched) (?:every|all|each) (?:[\w-]+ ){0,2}?(?:accounts?|services?|"
    r"teams?|customers?|records?|sites?|tables?|jobs?|repos?|regions?|stores?|users?)",
    r"(?:got|had) the (?:other|remaining|rest of the) (?:[\w-]+ ){0,2}?(?:fixed|done|shipped|merged|migrated|closed|moved)",
    r"(?:switched|turned|shut) (?:the old (?:[\w-]+ ){0,2}?[\w-]+|the legacy (?:[\w-]+ ){0,2}?[\w-]+) off",
    r"(?:decommissioned|retired|deleted|removed) the (?:old|legacy) [\w-]+",
    r"(?:did|finished|migrated|moved|switched|converted|onboarded|ported) the (?:rest|remaining|other \w+)",
)
_RELEASED = (*_FINISHED, *_SHIPPED)
# Second, coming back after it was live: to check, to tell, to finish what was left.
_FOLLOWED_UP = (
    r"(?:after|once|when) " + _THING + r"(?: had)? (?:went (?:out|live)|shipped|merged|landed|was (?:live|out|merged|"
    r"deployed|in)|launched|deployed|rolled out|went in)?,? (?:i|we)",
    r"(?:after|once) (?:the |it |that )?(?:release|launch|rollout|roll-out|deploy|deployment|cut-?over|go-live)",
    r"(?:i|we) (?:then |later )?(?:checked|circled|came|looped) back",
    r"checked back (?:in|with|on)",
    r"(?:for|over|through) the (?:next|following|first) (?:\w+ )?(?:days?|weeks?|months?|quarter|sprints?|releases|"
    r"runs|nights|weekend|rotations?)(?: after(?:wards)?| after (?:that|it|launch|the release))?,? i",
    r"afterwards,? (?:i|we)",
    r"i (?:then|later|afterwards) (?:looked|checked|went|pulled|counted|reran|re-ran|compared|audited|reviewed)",
    r"followed up with (?:the|each|every|her|him|them|their|our|my|customers?|a|an)",
    r"closed the loop",
    r"saw (?:it|this|that|them|the [a-z]+) through",
    r"(?:until it was done|to completion)",
    r"(?:wrote|published|ran|led) the (?:post[\s-]?mortem|retro|retrospective|coe|correction of error)",
    # Staying with it to the end, and not calling it done early.
    r"(?:stayed|stuck|kept) (?:on|with|at) (?:it|them|this|that|the (?:[\w-]+ ){0,2}?[\w-]+) (?:[\w'-]+ ){0,4}?(?:until|till|through)",
    r"(?:didn'?t|did not|wouldn'?t|would not) (?:call|consider|mark|treat|count) (?:it|this|that|the (?:[\w-]+ ){0,2}?[\w-]+) "
    r"(?:as )?(?:done|closed|finished|complete|resolved|fixed)",
    r"(?:owned|drove|took|carried|delivered|handled) (?:it|this|that|the whole thing|the (?:[\w-]+ ){0,2}?(?:project|migration|"
    r"rollout|fix|change|work|effort|launch|feature|programme|program|upgrade)) end[\s-]to[\s-]end",
    r"(?:carried|drove|took|pushed|followed|saw) (?:it|this|that|them|the (?:[\w-]+ ){0,2}?[\w-]+) (?:all the way )?"
    r"(?:through to|to (?:completion|production|the (?:end|finish)|done))",
    r"(?:tracked|chased|pushed|followed) (?:[\w'-]+ ){0,6}?(?:to (?:closure|completion)|until (?:it|they|each|every|all|the last) "
    r"(?:[\w-]+ ){0,3}?(?:was|were|had been) (?:closed|done|fixed|shipped|merged|resolved|finished|complete|live))",
    r"(?:tied up|closed out|wrapped up|tidied up) (?:the |all the |every |each )?(?:loose ends|remaining|last|open|outstanding)",
    # Cleaning up after it, and handing it over properly.
    r"(?:cleaned up|removed|deleted|retired|turned off|switched off|took out) (?:the|all the|every|each|our|my) "
    r"(?:[\w-]+ )?(?:feature[\s-]flags?|flags?|workarounds?|temporary [\w-]+|shims?|hacks?|dead code|interim [\w-]+)",
    r"(?:wrote|prepared|ran|gave|did|held|put together) (?:a |the |two |three )?(?:[\w-]+ )?(?:handover|hand-over|knowledge[\s-]transfer|"
    r"walkthrough|walk-through|training) (?:doc|docs|document|notes|session|sessions|guide|for|to|with)",
    r"(?:walked|trained|took) (?:the|their|our|each|every) (?:[\w-]+ ){0,2}?(?:team|on-?call|engineers|support|ops|staff|agents|"
    r"owners?|rotation|rota) through",
    # Coming back to check, and the review after launch.
    r"(?:went back|came back|circled back|looped back|followed up|checked in|checked back)(?: with (?:the|each|every|them|"
    r"him|her|their|our|my)(?: [\w-]+){0,2}?)?(?: (?:to|on) (?:it|them|the (?:[\w-]+ )?[\w-]+))? (?:a |one |two |three |four |six |a few |"
    r"a couple of |\d+ )(?:days?|weeks?|months?|quarters?) later",
    r"(?:went|came) back (?:and|to) (?:check|checked|verify|verified|confirm|confirmed|measure|measured|audit|audited|finish|finished|"
    r"re-?run|reran|look at|looked at)",
    r"(?:watched|monitored|kept an eye on|kept watching) (?:[\w'-]+ ){0,5}?(?:for|over|through) the "
    r"(?:next|following|first) (?:[\w-]+ )?(?:days?|weeks?|months?|quarter|sprints?|releases|runs|nights|cycles?|billing runs?|"
    r"closes|payrolls?)",
    r"post[\s-]?(?:launch|release|go-?live|rollout|implementation|migration) (?:review|check|audit|retro|survey|follow-?up)",
    r"(?:scheduled|booked|set up|held|ran|did|sent|had) (?:a |the |two |three )?(?:[\w-]+ )?follow[\s-]?ups?\b",
    # It lasted: held since, every run since, a long while on.
    r"(?:has|have|had) (?:held|stayed|remained|kept|run|finished|worked|passed|been (?:stable|green|clean|fine|steady|flat|zero|"
    r"quiet))(?: [\w.,'-]+){0,5}? (?:ever since|since|for (?:[\w-]+ ){0,2}?(?:days|weeks|months|years|quarters|releases))",
    r"(?:every|each) (?:night|day|week|month|quarter|release|run|build|close|cycle) since",
    # Being there while it was taken up: beside the users, on call for it, shadowing.
    r"(?:sat|worked|paired) (?:with|beside|next to) (?:each of them|both of them|the (?:next|first)|each|every|them|her|him) "
    r"(?:[\w'-]+ ){0,4}?(?:while|as) (?:they|she|he|each)",
    r"(?:with me|me|i|i'?d be|i was|i stayed|i'?d stay) on[\s-]call (?:for|through|over|during) (?:it|the|its|that|launch|the first)",
    r"(?:shadowed|reverse-shadowed|coached) (?:her|him|them|each|every|all|both) (?:[\w-]+ ){0,3}?(?:for|through|on|during|until|"
    r"at least)",
    r"(?:trained|taught|showed) (?:the|their|our|two|three|four|both|each|every) (?:[\w-]+ ){0,2}?(?:analysts|engineers|agents|"
    r"operators|owners|leads|team|staff|on-?call) (?:to|how|on)",
    # Fixed before it went out, and a release in stages.
    r"(?:fixed|closed|sorted|resolved|addressed) (?:it|that|them|this|both|all|each|the (?:[\w-]+ ){0,2}?[\w-]+) (?:[\w-]+ )?"
    r"before (?:the )?(?:release|launch|go-?live|rollout|cut-?over|it (?:shipped|went)|shipping|launching)",
    r"(?:staged|phased|gradual|canary|percentage|incremental|full|wider) (?:roll-?out|release|launch)",
    # Put live in steps, and the last of it finished.
    r"(?:one|two|a few|a handful of|\d+) (?:[\w-]+ )?(?:regions?|sites?|teams?|services?|stores?|markets?|countries|country|"
    r"customers?|cohorts?|tenants?|shards?|clusters?|warehouses?|clinics?|branch(?:es)?|depots?|squads?|accounts?|nodes?|hosts?|"
    r"cities|city|partners?|merchants?) at a time",
    r"(?:region|site|team|service|store|market|country|customer|cohort|tenant|shard|cluster|warehouse|clinic|branch|depot|"
    r"squad|account) by (?:region|site|team|service|store|market|country|customer|cohort|tenant|shard|cluster|warehouse|clinic|"
    r"branch|depot|squad|account)",
    r"(?:ramped|ramping|dialled|dialed|opened|widened|expanded|increased) (?:it |this |that |the [\w-]+ )?(?:up |out )?(?:to|from) "
    r"(?:\d+|one|five|ten|twenty|fifty|a hundred|all|everyone|every)",
    r"(?:kept|left) the old (?:[\w-]+ ){0,2}?(?:running|in place|as a fallback|available|switched on|alongside|up|live|around)\b",
    r"the last (?:[\w-]+ ){0,2}?(?:was|were|went|moved|migrated|switched|came) (?:over|off|live|done|migrated|moved|across|on)",
    r"(?:moved|switched|ported|converted|migrated|brought|fixed) the (?:other|remaining|last) (?:[\w-]+ ){0,2}?(?:over|across)",
    r"(?:finished|completed|wrapped up|closed out) (?:the|our|my) (?:[\w-]+ ){0,2}?(?:migration|rollout|roll-out|cut-?over|upgrade|"
    r"move|switch|backfill|launch|clean-?up)",
    r"(?:got|had) (?:it|them|the (?:[\w-]+ ){0,2}?(?:fix|change|patch|pr|pull request|update|release)) (?:reviewed and )?(?:merged|"
    r"deployed|released|shipped|live|into production|signed off)",
    r"(?:pushed|put|got|took|deployed|released|shipped|promoted) (?:it |this |that |the [\w-]+ (?:[\w-]+ )?)?(?:to|into) "
    r"(?:production|prod)\b",
    # Keeping people told until it was closed, and the notes left behind.
    r"(?:let|told|emailed|called|updated|wrote to|messaged|notified|rang) (?:the|each|every|our|their|her|him|them|those|all) "
    r"(?:[\w-]+ ){0,2}?(?:once|when|after) (?:it|the fix|the change|the [\w-]+) (?:was|had|went)",
    r"(?:weekly|daily|regular|fortnightly) (?:status )?(?:updates?|notes?|emails?|check-?ins?) (?:until|through|to the end)",
    r"checked in with (?:them|her|him|the [\w-]+|each|every) (?:[\w-]+ )?(?:every|each|weekly|daily|once a)",
    r"(?:updated|wrote|rewrote|refreshed) (?:the|our) (?:[\w-]+ )?(?:runbook|runbooks|docs|documentation|readme|playbook)\b",
    # Not stopping at the fix: over the line, and the weeks after it.
    r"(?:over|across) the (?:finish )?line",
    r"(?:didn'?t|did not) (?:stop|leave it|end it) (?:there|at that)",
    r"(?:in|over|during) the (?:days?|weeks?|months?) (?:after|that followed|since)",
    r"after that,? (?:i|we) (?:went|came|checked|looked|kept|made|wrote|ran|removed|deleted|moved|migrated|rolled|turned|"
    r"switched|followed|updated|handed|cleaned)",
    # Telling those affected once it was done, and staying until the last one was through.
    r"(?:reported|went|wrote|got) back to (?:the|each|every|all|those|them|her|him|our|their)",
    r"let (?:[\w'-]+ ){1,8}?know (?:that )?(?:it|the [\w-]+|we|they|their [\w-]+)(?: [\w'-]+)? (?:was|were|had been|'d been|'s) "
    r"(?:fixed|patched|resolved|live|done|sorted|back|shipped|deployed|in place|out|closed|refunded)",
    r"(?:phoned|called|rang|emailed|contacted|visited|messaged) (?:each|every|all) (?:one )?(?:of )?(?:the |our |those )?"
    r"(?:[\w-]+ ){0,3}?(?:once|after|when|to (?:confirm|check|make sure|tell|let))",
    r"until (?:every|all|each|the last|the remaining|the final) (?:[\w'-]+ ){0,5}?(?:was|were|had|'d) (?:been )?"
    r"(?:[\w-]+ed|using|on|live|across|over|done|gone|in|back)\b",
    r"(?:got|had) (?:them|it|every one|each one|everyone|all of them|the rest|the last) (?:all |of them )?"
    r"(?:migrated|moved|onboarded|switched|converted|done|live|fixed|across|over|signed off|trained|using it)",
    # A pilot first, then the rest: "piloted it in one branch", "took it to all forty branches".
    r"(?:piloted|trialled|trialed|soft-launched) (?:it |this |that |the [\w-]+ (?:[\w-]+ )?)?(?:in|on|at|with|for) (?:one|a|two|"
    r"a single|a couple of|three|four|five|six|ten|\d+|a few|a small|a handful)",
    r"(?:took|brought|extended|expanded|rolled|scaled) (?:it|them|this|that|the [\w-]+) (?:out )?to (?:all|every|the rest|the other|"
    r"the remaining|everyone)",
    r"(?:\d+|one|five|ten|twenty|fifty) (?:percent|per cent|%) (?:of (?:the )?[\w-]+ )?(?:first|at first|then)",
    # There beside the people who took it up, the first days after it went in.
    r"(?:stayed|was there|was on site|was on the floor|sat|worked) (?:[\w'-]+ ){0,6}?(?:the|its|their) first (?:few |two |three |"
    r"four |five |\d+ )?(?:days?|nights?|shifts?|weeks?|fortnight|month|runs?|closes?)",
    r"all the way (?:from|through|into|to (?:production|prod|launch|the end|done|adoption|completion))",
    r"(?:\w+ )?(?:weeks?|months?|years?|quarters?) on,? (?:i|we)",
    # Ownership handed on properly, and the old way put away.
    r"handed (?:[\w-]+ ){1,3}?(?:over )?(?:to (?:[\w-]+ ){1,4}?)?(?:with|along with|together with|to (?:maintain|own|run|"
    r"support|look after)|and (?:then )?(?:i )?(?:checked|stayed|booked|set up|sat|review|reviewed|met))",
    r"check(?:ed|ing) in with (?:each|every|all|both)",
    r"(?:archived|shut down|sunset|sunsetted|deprecated|took down|switched off|turned off) the (?:old|legacy|previous|manual|"
    r"temporary|interim)",
    r"the (?:old|legacy|previous|temporary|interim) (?:[\w-]+ ){1,2}?(?:was|were|got) (?:archived|retired|decommissioned|"
    r"switched off|turned off|shut down|deleted|removed)",
    r"closed (?:out )?(?:every|all the|each|the remaining|the last) (?:[\w-]+ ){0,2}?(?:tickets?|actions?|items?|tasks?|"
    r"issues?|bugs?|cases?)",
    r"(?:ran|led|wrote|facilitated|held|organi[sz]ed|booked|scheduled) (?:a|an) (?:[\w-]+ ){0,2}?(?:post[\s-]?mortem|retro|"
    r"retrospective|lessons[\s-]learned)",
    r"(?:a|an|the|our|my) (?:[\w-]+ ){0,2}?pilot (?:at|in|with|on|for|across|of|group|stores?|sites?|run|phase|period|"
    r"cohort)\b",
    r"(?:ran|run|running|started with|began with|insisted on|proposed|agreed|set up|did) (?:a|an) (?:[\w-]+ )?pilot\b",
    r"(?:in|into) (?:log-only|shadow|dry-run|dry run|read-only|report-only|audit-only|silent|observe-only|warn-only|"
    r"monitor-only) mode|shadow(?:ed|ing)? (?:traffic|run|runs)|dark[\s-]launch(?:ed)?",
    r"(?:kept|left|keeping|leaving) (?:[\w'-]+ ){1,6}?as a (?:fallback|fall-back|backup|safety net)",
    # Back to check some time on, or on a date booked for it.
    r"(?:checked|rechecked|re-checked|reran|re-ran|remeasured|re-measured|revisited|re-pulled|pulled|looked at|audited|"
    r"reviewed|compared) (?:[\w'-]+ ){0,6}?(?:a|one|two|three|four|five|six|eight|a few|a couple of|\d+) (?:days?|weeks?|"
    r"months?|quarters?) (?:later|after|on)\b",
    r"(?:checked|tracked|watched|monitored|measured|compared|reviewed|pulled) (?:[\w'-]+ ){0,6}?(?:for|over) the (?:[\w-]+ )?"
    r"(?:days?|weeks?|months?|quarters?) (?:after|afterwards|since|that followed)",
    r"(?:booked|scheduled|set|put|set up|diarised|diarized) (?:a |an )?(?:[\w-]+ )?(?:check[\s-]?in|reminder|review|check)s? "
    r"(?:[\w'-]+ ){0,3}?(?:a|one|two|three|four|six|\d+|for|in) (?:[\w-]+ )?(?:days?|weeks?|months?|quarters?)\b",
    # Back to those it hit, and the people waiting on it kept told until it was done.
    r"(?:emailed|wrote to|called|phoned|rang|messaged|contacted|told|visited|went back to) (?:back )?(?:the |each |every |all |"
    r"those |our )?(?:[\w-]+ ){0,3}?(?:customers?|users?|people|clinics?|stores?|teams?|agents?|merchants?|clients?|drivers|"
    r"nurses|staff|sellers|partners|accounts|families|residents|patients|owners) (?:who|that) (?:had )?(?:been )?(?:affected|"
    r"hit|reported|raised|complained|flagged|filed|lost|escalated|written in|wrote in|were affected)",
    r"(?:updated|posted|sent|reported|kept (?:[\w'-]+ ){1,3}?(?:updated|informed|posted|in the loop)) (?:[\w'-]+ ){0,6}?"
    r"(?:until|till|right up (?:to|until)|up until) (?:the )?(?:delivery|launch|go-?live|release|cut-?over|handover|"
    r"switchover|it (?:shipped|went live|was (?:live|done|fixed|closed|resolved)))",
    # The stopgap taken away once the real fix held.
    r"(?:removed|deleted|dropped|reverted|took down|took out|lifted|undid|unwound|retired|turned off|switched off|cleaned up) "
    r"(?:the|our|my|that|those|all the|every) (?:[\w-]+ ){0,2}?(?:workarounds?|stopgaps?|stop-gaps?|band-?aids?|overrides?|"
    r"freeze|kill switch|dual-?writes?|shims?|scaffolding)\b",
    # The old and the new run side by side before the switch.
    r"(?:ran|running|kept|keeping) (?:[\w'-]+ ){0,6}?(?:side[\s-]by[\s-]side|in parallel|alongside (?:each other|the old|"
    r"the new|it))",
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
FOLLOWTHROUGH = Phrases(*_STAGED, *_RELEASED, *_FOLLOWED_UP, *_COMPLETED)
# More ways of coming back, kept as a family of their own: one automaton for all of them outgrows the regex engine's memory.
FOLLOWED_BACK = Phrases(
    # The loop closed with whoever was waiting: told them it was done, in any of the ways one tells.
    r"(?:told|informed|emailed|messaged|updated|wrote to|called|rang|phoned|pinged|showed) (?:(?:the|their|her|his|our|"
    r"each|every|all|both|those) (?:[\w'-]+ ){0,2}?[\w'-]+|them|him|her|everyone|everybody) (?:that |to (?:say|confirm|tell (?:them|her|him)) (?:that )?)?(?:it|everything|the (?:[\w-]+ ){0,2}?"
    r"[\w-]+) (?:was|were|had been|is) (?:now |all )?(?:done|fixed|"
    r"live|resolved|sorted|working|in place|back|closed|complete|finished|passing|restored|running)\b",
    # Back to check on the runs after it, or on the step that was left to someone else.
    r"(?:checked|watched|verified|confirmed|looked at|reviewed|compared) (?:[\w'-]+ ){0,4}?(?:the|each of the|all of the|every one "
    r"of the) (?:next|following) (?:few |two |three |four |five |six |seven |ten |\d+ )?(?:nights?|runs?|builds?|days?|deploys?|"
    r"releases?|batches|month-ends?|closes|cycles|mornings?|shifts?|payrolls?|reports?)\b",
    r"(?:checked|rechecked|re-checked|confirmed|verified|reran|re-ran|tested|looked at) (?:[\w'-]+ ){0,5}?(?:myself )?"
    r"afterwards\b",
    # The last finding fixed before it went out, and a run in shadow before it counted.
    r"(?:which|that) (?:i|we) (?:then |also )?(?:fixed|closed|sorted|resolved|addressed) before (?:the )?(?:release|launch|"
    r"go-?live|rollout|cut-?over|it (?:shipped|went)|shipping|launching)",
    r"(?:ran|run|running|kept|put|deployed|launched|released) (?:it |them |this |that |the (?:[\w-]+ ){1,3}?)?(?:in|as a) "
    r"shadow\b",
)
# Staying with it after the fix, told as a habit kept up or a check that it held: "reviewed the errors every Monday
# for the rest of the quarter", "kept checking it weekly until...", "to make sure the fix had stuck".
KEPT_AT = Phrases(
    r"(?:checked|rechecked|reviewed|looked at|revisited|watched|monitored|tracked|audited|pulled|went through|compared|"
    r"reran|re-ran|spot-checked|sampled|read) (?:[\w'-]+ ){0,6}?(?:every|each) (?:morning|day|night|week|monday|tuesday|"
    r"wednesday|thursday|friday|fortnight|month|month-end|sprint|release|shift|run|quarter|close) (?:for|until|till|through|"
    r"after(?:wards)?|from then)\b",
    r"(?:checked|rechecked|reviewed|looked at|revisited|watched|monitored|tracked|audited|went through|sampled|read) "
    r"(?:[\w'-]+ ){0,6}?(?:for|through|over) the rest of the (?:week|month|quarter|year|season|project|term|summer|"
    r"winter|sprint|peak)",
    r"kept (?:on )?(?:checking|watching|tracking|reviewing|monitoring|an eye on|looking at|measuring|auditing|sampling|"
    r"doing (?:it|that|this)) (?:[\w'-]+ ){0,8}?(?:until|till|for (?:the |another |a |two |three |four |six |several |"
    r"a few |a couple of )?(?:[\w-]+ )?(?:weeks?|months?|quarters?|releases?|cycles?|sprints?|month-ends))\b",
    r"(?:sure|confirm|confirmed|check|checked|see|saw) (?:whether |if |that )?(?:the (?:[\w-]+ ){0,2}?[\w-]+|it|they|"
    r"everything) (?:had |has |have )?(?:stuck|held|(?:was|were) (?:still )?holding|kept working|stayed (?:fixed|down|"
    r"clean|green|stable)|(?:didn'?t|hadn'?t|had not|did not) (?:come|crept|creep|drift|drifted|slip|slipped) back)\b",
    # Put live a part at a time: "started with the night shift's two printers and only moved the day shift once...".
    r"(?:started|began|starting|beginning) with (?:just )?(?:the|one|a|two|three|our|a single|a small|a handful of) "
    r"(?:[\w'-]+ ){0,5}?(?:[\w-]+),? (?:and )?(?:then|only|before|once|after|when)\b (?:[\w'-]+ ){0,6}?(?:(?:rolled|switched|"
    r"turned|brought|converted|migrated|moved) (?:[\w'-]+ ){0,4}?(?:over|out|across)|(?:extended|expanded|opened|"
    r"widened) (?:it|them|this|that|the [\w-]+) (?:out |up )?to)\b",
    # The handover walked through with those taking it on.
    r"(?:went|walked|talked) (?:over|through) (?:it|them|the (?:[\w-]+ )?(?:runbook|guide|playbook|doc|document|"
    r"checklist|steps|process|procedure|notes)) with (?:them|the|each|every|her|him|both|all)\b",
)
# Which of the hits are releases: the ones a clause of time may only date.
_RELEASE_HIT = lazy_compile(r"(?:" + "|".join(_RELEASED) + r")\Z", re.I)
# Which are releases alone, with nothing finished or staged about them.
_SHIPPED_HIT = lazy_compile(r"(?:" + "|".join(_SHIPPED) + r")\Z", re.I)
# "After the release" names the time the candidate looked again, unless it names a release of its own ("the
# release after launch", "after the launch of...", "after launch day").
_RELEASE_BEFORE = lazy_compile(r"\b(?:release|version|sprint|phase)\s+$", re.I)
_RELEASE_NOUNS = ("release", "launch", "rollout", "roll-out", "deploy", "deployment", "cutover", "cut-over", "go-live")
_RELEASE_NAMED = lazy_compile(r" (?:of|was|is|went|date|day|plan|\d)", re.I)
# A release said inside a clause of time dates the story; what follows it is the news. The candidate's own
# release ("before I switched the old one off", "before rolling it out to the rest") is still theirs.
_GERUND = lazy_compile(r"[a-z]+ing\b", re.I)
_TIME_CLAUSE = lazy_compile(
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
    # An option turned down, in so many words.
    r"(?:decided|chose|opted|elected) (?:not to|against)",
    r"(?:ruled out|turned down|said no to|passed on|rejected) (?:the |a |an )?(?:[\w'-]+ ){0,2}?(?:idea|option|approach|proposal|plan|"
    r"suggestion|rewrite|fix|request|alternative|migration|offer)",
    r"(?:considered|looked at|explored|evaluated|toyed with|thought about) (?:[\w'-]+ ){1,10}?but\b",
    r"(?:the|our|my) (?:options|choices|alternatives) were",
    r"(?:one|an|another) (?:option|alternative|approach) (?:was|would have been)",
    r"(?:went with|opted for|picked|settled on|favou?red|prioriti[sz]ed|optimi[sz]ed for) (?:[\w-]+ ){1,5}?over\b",
    r"(?:balanced|balancing|balance) (?:[\w-]+ ){1,5}?(?:against|versus)",
    r"short[\s-]term (?:[\w-]+ ){0,3}?(?:for|against|versus|over) (?:[\w-]+ ){0,3}?long[\s-]term",
    r"(?:the |a )?(?:flip ?side|drawback|downside)s?",
    r"on the other hand",
)
# An option the candidate could have taken: one only when a contrast follows in the sentence ("we could have
# patched it in an afternoon, but...", "I could widen the tolerance, ... or pin the mode").
COULD = Phrases(r"(?:i|we) could (?:have |either )?[a-z]+")
# What one could perceive or recall offers no option to weigh.
_NOT_OPTION = frozenset({"find", "found", "see", "seen", "tell", "think", "remember", "recall", "hear", "spot", "feel"})
_CONTRAST_AFTER = lazy_compile(r"[^.;:!?]{0,120}?\b(?:but|instead|or)\b", re.I)
# What the choice cost: the thing given up, delayed or accepted.
_COSTS = (
    r"(?:the|one|its|my|our) (?:downside|catch|cost|price|risk|trade[\s-]?off) (?:was|were|being|is)\b",
    r"the (?:risk|cost) of [a-z]+ing [^.;:!?]{1,40}? (?:was|being|is)\b",
    r"(?:it|that|this|which) costs? (?:us|me|them|the team|about|roughly|around|an?|\d|one|two|three|some)\b",
    r"at the (?:cost|expense|price) of",
    r"(?:a |the )?price (?:worth paying|(?:i|we) (?:was|were) willing)",
    r"(?:was|is|were) worth (?:it|paying|the (?:cost|price|wait|delay|risk))",
    r"(?:i|we) (?:accepted|traded (?:away|off|it|that|this|some|speed|cost|a|an)|sacrificed|deprioriti[sz]ed|deferred|punted|parked|postponed)",
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
    r"(?:slower|later|longer) than (?:if|forcing)",
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
    # A cost named for what was chosen: "it meant slightly more fraud exposure", "I was upfront that it would cost
    # our customers something", "invalidation added about 3% to database reads".
    r"(?:meant|means|would mean|came with|comes with) (?:\w+ ){0,2}?(?:more|higher|extra|some|added) (?:[\w-]+ ){0,2}?"
    r"(?:risk|exposure|latency|load|cost|costs|work|toil|time|delay|complexity|fraud|errors|reads|writes|spend|"
    r"storage|maintenance|overhead|friction|steps|clicks|calls)",
    r"(?:upfront|honest|clear|explicit|open|transparent|straight) (?:with (?:[\w-]+ ){1,3}?)?(?:that|about how) (?:it|this|that|"
    r"the (?:change|fix|penalty|rule|plan|design|new [\w-]+)) (?:would|will|was going to) (?:cost|slow|add|mean|take|"
    r"hurt|lose|break|delay)",
    r"(?:added|adds|would add|cost|costs|would cost) (?:about |around |roughly |only |just |an extra |another )?"
    r"(?:\d+(?:\.\d+)? ?(?:%|percent|per cent|ms|milliseconds|seconds|minutes)|[a-z]+ (?:percent|per cent)) "
    r"(?:to|on|of|in|more) (?:the |our |each |every )?(?:[\w-]+ )?(?:reads|writes|load|latency|cost|bill|spend|cpu|"
    r"memory|p\d\d|build time|storage|requests|queries|page loads?|response time|driving time)",
    # A cost taken on knowingly: debt, scope cut, an imperfect first version.
    r"(?:accepted|accepting|took on|taking on|take on|carry|carried|carrying|incurred) (?:some |a bit of |a little |known |deliberate |"
    r"the )?(?:tech(?:nical)?|design) debt",
    r"(?:cut|dropped|descoped|de-scoped|deferred|shelved|parked|moved) (?:[\w-]+ ){0,4}?(?:from|out of) (?:the )?(?:scope|first "
    r"(?:release|version|cut|phase)|v1|mvp|launch|initial (?:release|version))",
    r"(?:descoped|de-scoped|cut (?:the )?scope|reduced (?:the )?scope|narrowed (?:the )?scope|trimmed (?:the )?scope)",
    r"(?:wasn'?t|was not|isn'?t|not) (?:perfect|pretty|elegant|ideal),? but",
    r"good enough (?:for now|to ship|to launch|for (?:the|a) first)",
    r"(?:could|would|'d|willing to|decided to|chose to|agreed to|happy to) live with",
    r"(?:not|wasn'?t|isn'?t) worth (?:it|the (?:risk|cost|effort|complexity|time|delay|extra))",
    r"(?:calculated|deliberate|conscious|informed) (?:risk|bet|decision|choice|call|trade)",
    r"knowing (?:that )?(?:it|this|that|we|i|the [\w-]+) (?:would|meant|means|might|could)",
    r"(?:i|we) (?:consciously|deliberately|knowingly|intentionally) (?:chose|accepted|left|skipped|shipped|kept|dropped|let|held back|"
    r"deferred|cut|parked|postponed|traded|gave up|delayed|pushed back)",
    # A cost of time or scope chosen to protect something: the date, the release.
    r"(?:didn'?t|did not) want to (?:hold up|delay|block|slow down|stall|hold back|push back|hold) (?:the|our|a|my)",
    r"(?:didn'?t|did not) (?:block|stop|halt|hold|delay|cancel|pull) (?:the )?(?:[\w-]+ )?(?:launch|release|rollout|roll-out|"
    r"deploy|deployment|migration)",
    r"time-?box(?:ed|ing)?|gave myself (?:a|an|one|two|three) (?:[\w-]+ )?(?:afternoon|morning|day|days|week|weeks|hours?|sprint)",
    r"(?:with|without) (?:the )?(?:[\w-]+ ){0,2}?[\w-]+ (?:stubbed|mocked|faked|left) out",
    r"(?:agreed|decided|felt|judged|thought) (?:it |this |that )?was worth",
    # The cost of the road not taken, and the deliberation itself.
    r"which would (?:have )?(?:meant|cost|taken|required|delayed|added|needed|pushed|blocked|broken|risked|lost)",
    r"(?:it|this|that|which) meant (?:accepting|living with|a slower|a longer|some|fewer|less|more manual|losing)",
    r"(?:took|take|taking) (?:on )?(?:the|a|that|some|a small|a calculated|a deliberate) risk",
    r"(?:slower|safer|cheaper|simpler|faster|quicker|riskier|uglier|costlier|clunkier|less elegant|less flexible|less efficient|"
    r"less accurate|more manual|more expensive|more complex|more robust),? but",
    r"(?:recommended|proposed|argued for|pushed for|preferred) (?:[\w-]+ ){1,5}?over\b",
    r"(?:not|wasn'?t|isn'?t) (?:the|a) (?:perfect|ideal|cleanest|most elegant|prettiest|final|long-term) (?:solution|fix|answer|design)",
    r"(?:decision|choice|call) (?:was|came down to) (?:between|whether)",
    r"came down to (?:whether|a choice|two|speed|cost|risk)",
    r"(?:speed|time to market|cost|quality|safety|correctness|consistency|latency|accuracy|coverage|freshness|flexibility|"
    r"simplicity|reliability|availability|throughput|completeness|perfection|polish) over (?:speed|time to market|cost|quality|"
    r"safety|correctness|consistency|latency|accuracy|coverage|freshness|flexibility|simplicity|reliability|availability|"
    r"throughput|completeness|perfection|polish|features|scope)",
    r"(?:i'?d|i would|we'?d|we would) rather (?:[\w'-]+ ){1,8}?than",
    r"cost[\s-]benefit|risk (?:versus|vs|against) reward",
    r"(?:wasn'?t|was not|isn'?t|not) free\b",
    r"in return for|at the risk of",
    r"(?:the|my|our|as a) compromise|compromised on",
    r"(?:settled|settle|settling) for",
    r"trad(?:e|ed|ing) (?:[\w-]+ ){1,4}?for\b",
    r"(?:two|a couple of|a few|three|several) (?:ways|approaches|designs|proposals|fixes|plans|strategies|candidates) "
    r"(?:to|for|forward|on the table|here)",
    r"would have (?:taken|cost|meant|required|needed|added|delayed|blocked)",
    r"(?:held|hold|holding) off (?:on|until)|(?:could|would|can) wait\b",
    r"(?:willing|prepared|happy) to (?:accept|trade|give up|lose|wait|live with|take)",
    r"lost (?:some|a bit of|a little|about|roughly|a small amount of) (?:[\w-]+ )?(?:accuracy|precision|throughput|coverage|"
    r"flexibility|speed|latency|performance|freshness|detail|granularity)",
    # A choice kept although it cost something: "kept the old system running even though it doubled the bill".
    r"(?:chose|decided|went with|kept|picked|opted|agreed|stuck with|stayed with|went ahead|accepted|took) (?:[\w'-]+ ){0,10}?"
    r"even (?:though|if|when) (?:it|that|this|we|i|the|they)",
    r"(?:i|we)(?: [a-z]+)? (?:sacrificed|traded away|traded off|gave away|conceded)",
    r"(?:sacrificed|sacrificing|sacrifice|took a hit on|take a hit on|took the hit on|taking the hit on) (?:some|a bit of|a little|"
    r"the|our|their|a few|half|part of|\d)",
    r"(?:took|take|taking) (?:a |the |some )?(?:small |slight |short-term |one-off |temporary )?hit (?:on|to|in)\b",
    r"(?:i|we|it|that|this|they)(?: would|'d|'ll| will| might) (?:lose|miss|give up|sacrifice) (?:some|a bit|a little|a few|a day|"
    r"about|roughly|around|\d|one|two|three|half|part)",
    r"push(?:ed|ing)? (?:back|out) (?:the|our|my) (?:[\w-]+ ){1,3}?(?:to|so|until|by|in order|because|and)\b",
    r"rather than (?:risk|risking|block|blocking|hold up|holding up|lose|losing|delay|delaying|slip|slipping|miss|missing)\b",
    r"(?:the )?price (?:of|for) [\w'-]+(?: [\w'-]+){0,4}? (?:was|being|is)\b",
    r"(?:the|a|that) trade (?:was|is|of)\b",
    r"(?:kept|keep|keeping) (?:the )?scope (?:small|tight|narrow|minimal|down)",
    r"(?:said no|saying no) to (?:[\w'-]+ ){1,6}?(?:so|because|to keep|to protect|in order|which meant)\b",
    r"accept(?:ed|ing)? (?:a |an |the |some )?(?:slightly |somewhat |bit )?(?:slower|longer|higher|lower|fewer|worse|weaker|"
    r"reduced|partial|bigger|smaller|extra|one-off)\b",
    r"(?:paid|pay|paying|spent|spend|spending) (?:a bit |a little |slightly |a lot |much )?more (?:[\w'-]+ ){0,4}?(?:but|to get|"
    r"so (?:that )?(?:we|i))\b",
    # The cost counted and carried: "put numbers on both sides", "took the cost", "added four minutes to each van".
    r"(?:put|laid out|wrote down|weighed|listed) (?:[\w-]+ ){0,3}?(?:on|for) both sides",
    r"(?:took|take|taking|absorbed|absorbing|ate|eat|swallowed) the (?:extra |short-term |one-off |small )?(?:cost|hit|delay|overhead)",
    r"(?:added|adds|would add|adding) (?:about |around |roughly |an extra |another )?(?:\d+|[a-z]+) (?:extra )?(?:minutes?|seconds?|"
    r"hours?|days?|ms|percent|per cent|%) (?:to|onto) (?:each|every|the|our|a)\b",
    r"(?:asked for|spent|invested|bought|took|needed) (?:one|an|two|a few) (?:extra|more|additional) (?:days?|weeks?|sprints?)\b",
    # The cost of the option taken, named as such: "the price we paid was", "the cost of that choice was".
    r"(?:the|one|its|my|our) (?:[\w-]+ )?(?:downside|catch|cost|price|risk|sacrifice) (?:of (?:that|this|the|my|our) (?:[\w-]+ )?"
    r"(?:choice|decision|call|approach|option|plan|route|path)|(?:i|we) (?:paid|accepted|took on|carried|had to pay)) (?:was|were|is)\b",
    r"(?:which|that|this|it) (?:pushed|bumped|moved|slipped|knocked|delayed) (?:[\w'-]+ ){1,4}?(?:into|to|back to|out to|until) "
    r"(?:the )?(?:next|following|later|another)\b",
    r"(?:eat|ate|eating|absorb|absorbed|swallow|swallowed|accept|accepted|take|took) (?:a |an |the )?(?:\w+ )?(?:days?|weeks?|"
    r"months?|sprints?|hours?) (?:of )?(?:delay|slip|slippage|extra work|rework|lost time)",
    r"(?:short[\s-]term|in the short term|up ?front),? (?:we|i|it|this|that) (?:lost|gave up|cost|paid|spent|sacrificed|slowed)\b",
    r"(?:we|i) lost (?:a |about |roughly |some |a couple of |a few |\d+ |one |two |three )?(?:[\w-]+ )?(?:days?|weeks?|hours?|"
    r"sprints?|months?),? but\b",
    r"(?:i|we) knew (?:that )?(?:it|this|that|we|the [\w-]+)(?:'d| would| was going to| were going to) (?:cost|mean|take longer|lose|"
    r"add|hurt|slow|be (?:a bit |slightly |much |a little )?(?:slower|worse|harder|less|later|messier|uglier|clunkier|costlier|"
    r"more expensive|more work|noisier|riskier))\b",
    r"(?:a|the|it was a) (?:judge?ment|tough|hard|difficult|close) call|on balance",
    r"(?:we|i) (?:just |simply |happily )?(?:lived|live) with\b",
    # The merit of the road not taken, named as it was turned down, and the cost of the one taken, conceded.
    r"which would (?:have )?(?:been|be) (?:a lot |much |far |a bit |slightly |somewhat )?(?:quicker|faster|cheaper|easier|"
    r"simpler|safer|neater|cleaner|nicer|more elegant|less work|more flexible|more thorough|more accurate)\b",
    r"(?:took|takes|taking|was|is|meant|felt|ran) (?:a (?:bit|little|lot) |slightly |much |far |somewhat )?(?:longer|later|"
    r"harder|pricier|more work|more effort|more expensive|costlier),? but\b",
)
TRADEOFF = Phrases(*_ALTERNATIVES, *_COSTS)
# A cost that a mishap ran up ("wrong in a way that cost us three weeks") was not chosen.
_MISHAP_BEFORE = lazy_compile(r"\b(?:wrong|mistake|bug|outage|incident|error|failure|fault)\b[^.;:!?]{0,40}$", re.I)
# Customers who give up abandon; they trade nothing away.
_OTHERS_BEFORE = lazy_compile(r"\b(?:people|users|customers|shoppers|visitors|they|who|he|she)\s+$", re.I)
# "Trade-offs" said of everything: a platitude, not a choice weighed.
_PLATITUDE = lazy_compile(
    r"there (?:are|is) (?:always )?(?:a )?trade[\s-]?offs?|trade[\s-]?offs? (?:in|to) (?:everything|every|all|any)",
    re.I,
)
# A condition for a rule of thumb ("if the decision is reversible, I'd move fast"): how one would act, not a choice made.
_IF = lazy_compile(r"\bif\b", re.I)
_OPEN = frozenset({"could", "can", "might", "may"})


# How fast the one fixed thing now runs ("the report now runs in forty seconds"): a result, not an effect beyond it.
_SPEED_AFTER = lazy_compile(
    r"\s+(?:in|at|under|within|faster|slower|quicker|about|around|roughly|nearly|just|only|twice|[a-z]+ times|\d)\b",
    re.I,
)


# What a person now is or has says nothing of what the fix changed.
_ONLY_NEWS = (" has", " is", " says", " thinks", " feels", " works", " lives")


def _beyond(p: Passage, match: Hit) -> bool:
    """Say whether a match tells what others or the organisation now do: not advice ("should be the default"),
    not a mandate that only set the scene ("our CTO set a company-wide goal")."""
    start = match.start()
    if p.text[match.end() - 4 : match.end()].lower() == "wide" and _MANDATE.search(p.text, max(0, start - 30), start):
        return False
    words = match.group().lower()
    if words.startswith(_TOOK_UP) and _TAKEN_BY_US.search(p.text, max(0, start - 12), start):
        return False
    if words.startswith(("we ", "i ")) and words.split(" ", 2)[1].startswith(_TOOK_UP) or words.endswith("were using"):
        return False
    if words.endswith(("runs", "run", "takes")) and _SPEED_AFTER.match(p.text, match.end()):
        return False
    if words.startswith(("she ", "he ")) and words.endswith(_ONLY_NEWS):
        return False  # "she now has a new job": news of a person, not what the fix went on to change
    return _ADVICE.search(p.text, max(0, start - 40), start) is None


# A finding cites at most this many pieces of evidence.
_CITED = 3


def _first_kept(hits: Iterable[Hit], keep: Callable[[Hit], bool]) -> list[Hit]:
    """Return the first hits, in text order, that `keep` accepts: as many as a finding cites, since judging the
    rest would change nothing it says."""
    return list(islice(filter(keep, hits), _CITED))


def second_order_effect(p: Passage) -> Finding | None:
    # A practice built into how the organisation works (a review every change now goes through) outlasts the fix too.
    found = sorted([*p.find(BEYOND), *p.find(BEYOND_ELSEWHERE), *p.find(MECHANISM)], key=Hit.span)
    matches = _first_kept(found, lambda m: _beyond(p, m))
    if not matches:
        return None
    return finding(
        "second_order_effect",
        "major",
        f"The effect reached beyond the fix: {quote(matches[0].group())}.",
        p.cite(matches, _CITED),
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
    # Someone else named inside the hit ("sat with the new hires while they...") tells what they did beside the
    # hit's own verb: the act before the hit tells it.
    if covered is not None and (covered.actor != "other" or covered.start <= hit.start()):
        return covered
    floor = unit_starts[max(0, bisect_right(unit_starts, hit.start()) - 2)] if unit_starts else 0
    for act in reversed(acts[:index]):
        if act.start < floor:
            break
        if act.start < hit.start() and act.verb_class not in ("state", "modal"):
            return act
    return covered


def _carried(p: Passage, hit: Hit) -> bool:
    """Say whether a hit tells the candidate's own carrying through: not someone else's, not a plan, and (for a
    release not told as the candidate's own act) not a clause that only dates the story."""
    act = _teller(p, hit)
    if (
        _TIME_CLAUSE.search(p.text, max(_unit_start(p, hit.start()), hit.start() - 60), hit.start())
        and not (act is not None and act.actor == "i" and act.start >= hit.start())
        and not _GERUND.match(hit.group())
        and _RELEASE_HIT.match(hit.group())  # last: the dearest test, needed only after a clause of time
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
        lambda: _after_it(p, hit) and _carried(p, hit),
    )


def _after_it(p: Passage, hit: Hit) -> bool:
    """Say whether a follow-up names the time after the candidate's release, not a release of its own."""
    if p.text[hit.start()] not in "aAoO":
        return True  # neither "after" nor "once"
    words = hit.group().lower()
    if not (words.startswith(("after", "once")) and words.endswith(_RELEASE_NOUNS)):
        return True
    return not (
        _RELEASE_BEFORE.search(p.text, max(0, hit.start() - 12), hit.start()) or _RELEASE_NAMED.match(p.text, hit.end())
    )


# A time after the change over which its outcome was watched: "over the first eight weeks", "after the first year".
AFTERWARDS = Phrases(
    r"(?:over|during|in|across|within|for) the (?:first|next|following) (?:(?:few|two|three|four|five|six|eight|ten|"
    r"twelve|\d+|couple of) )?(?:days?|weeks?|months?|quarters?|years?|billing cycles?)",
    r"after the first (?:days?|weeks?|months?|quarters?|years?)",
    # A time later, counted from the change: "six months later", "a year on", "by week eight", "by the end of the quarter".
    r"(?:a|one|two|three|four|five|six|eight|nine|ten|twelve|few|couple of|\d+) (?:days?|weeks?|months?|quarters?|years?) "
    r"(?:later|on,|on (?:i|we|our|my|every|each)\b|after (?:launch|that|the change|go-?live|release))",
    r"after (?:about |roughly |around )?(?:a|one|two|three|four|five|six|eight|ten|twelve|\d+) (?:weeks|months|"
    r"quarters|years|week|month|quarter|year)",
    r"by (?:week|month|day|sprint) (?:\w+)|by the end of (?:the|that) (?:following |next )?(?:week|month|quarter|year|season|sprint)",
)


# A time after the work, told as such: "the following week", "a month on", "later that quarter", "at the next
# two month-ends". With the candidate's own step in the same sentence, it tells a return to the work.
LATER = Phrases(
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple of|\d+) (?:more )?(?:days?|weeks?|months?|"
    r"quarters?|years?|sprints?|shifts?|runs?|releases?) (?:later|afterwards|on,|after (?:that|it|the (?:[\w-]+ )?(?:change|fix|"
    r"release|launch|rollout|switch|move))|on (?:i|we)\b)",
    r"(?:the|that) (?:following|next) (?:day|morning|evening|night|week|weekend|fortnight|month|quarter|sprint|year|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|release|month-end|close|shift|run|cycle|season|term|stocktake|audit)",
    r"later (?:that|the same|in the) (?:day|week|month|quarter|year|sprint)",
    r"(?:at|for|over|across|in) (?:each of )?the (?:next|following) (?:two |three |four |five |six |few |couple of |\d+ )?"
    r"(?:month-ends|month ends|closes|reviews|releases|runs|shifts|audits|stocktakes|payrolls|cycles|sprints)",
    r"after the first (?:day|night|week|fortnight|month|quarter|run|close|shift|month-end|cycle|sprint|release)",
    r"(?:in|over|during) the (?:days|weeks|months) (?:after|that followed|afterwards)",
    # A wait for it to hold before the next step: "once the jams had stopped for a fortnight", "six weeks out".
    r"(?:once|after|when|until) (?:[\w'-]+ ){1,4}?had (?:stopped|stayed|run|been|gone|held|passed|worked)(?: [\w'-]+){0,4}? "
    r"for (?:a |an |one |two |three |four |five |six |\d+ |a few |a couple of |a full |several |another )?(?:[\w-]+ )?"
    r"(?:days?|weeks?|fortnight|months?|cycles?|runs?|releases?|sprints?|month-ends?|closes|quarters?|shifts?)\b",
    r"(?:a|one|two|three|four|six|eight|\d+) (?:days?|weeks?|months?) out\b",
)
# Steps that open a story rather than return to one ("a month later I noticed the reports were off").
_NOT_RETURN = frozenset(
    "noticed realized realised spotted found discovered joined started began moved inherited".split()
)


def _returned_later(p: Passage) -> list[Hit]:
    """Return a time after the work in a sentence that tells the candidate's own later step ("the following week I
    redesigned it", "I pulled the logs again a month on"): they came back to it. In a whole answer the time must
    follow the candidate's first step and lie outside the Situation, where it only dates the story."""
    mine = p.my_actions
    if not mine:
        return []
    setting = {id(u) for u in p.parts.get("situation", ())} if p.section == "answer" else set()
    hiding = len(mine) < len(p.our_actions)
    for unit, match in LATER.in_units(p.units):
        if id(unit) in setting or (p.section == "answer" and match.start() < mine[0].start):
            continue
        for act in acts_in(p.acts, [unit]):
            if (
                (act.actor == "i" or (act.actor == "we" and not hiding))
                and act.verb_class in ("action", "discovery", "communication", "decision")
                and not (act.hypothetical or act.relative)
                and act.verb not in _NOT_RETURN
            ):
                return [match]
    return []


def _watched_after(p: Passage) -> list[Hit]:
    """Return outcomes measured over a time after the change, in a story where the candidate did the work: they
    stayed with it long enough to see it through."""
    if len(p.my_actions) < 3:
        return []
    return [m for unit, m in AFTERWARDS.in_units(p.units) if unit.numeric and not _others_next(p, unit, m)][:1]


def _others_next(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether the first thing done after a time is someone else's doing ("after six weeks they fixed it")."""
    later = [a for a in acts_in(p.acts, [unit]) if a.start >= match.end()]
    return bool(later) and later[0].actor == "other" and later[0].verb_class not in ("state", "modal")


# How many sentences after a release its outcome may be told in.
_READ_WITHIN = 2


def _outcome_read(p: Passage, hit: Hit) -> bool:
    """Say whether a release is followed by what it did, in figures: putting it live and reading the result
    carries it past the launch; "we shipped it and moved on" does not."""
    unit_starts = p.memo(_starts)[1]
    index = bisect_right(unit_starts, hit.start()) - 1 + _READ_WITHIN
    end = p.units[index].end if index < len(p.units) else len(p.text)
    return has_number(p.text, hit.end(), end)


def _beyond_release(p: Passage, hit: Hit) -> bool:
    """Say whether a hit shows more than putting the work live: a bare release needs its outcome read after it."""
    return _outcome_read(p, hit) or not _SHIPPED_HIT.match(hit.group())


# Whether a story's figures can be believed, judged once a text: the parts of an answer share the whole's verdict.
_believable: SpanMemo[bool] = SpanMemo()


def _believed(p: Passage) -> bool:
    """Say whether the story is told with figures one can believe: one told with figures no one would ("sign-ups
    rose 240,000% that week") carries nothing through."""
    return _believable.get(p.text, (0, len(p.text)), lambda: implausible_claim(p) is None)


def followthrough(p: Passage) -> Finding | None:
    # A bare release is cited beside the rest, never found on its own: "I shipped it" alone carries nothing through.
    carried: list[Hit] = []
    shown = False
    for hit in p.find(FOLLOWTHROUGH):
        if _carried_once(p, hit):
            carried.append(hit)
            shown = shown or _beyond_release(p, hit)
            if shown and len(carried) >= _CITED:
                break
    if not shown:  # the rarer ways of coming back are read only where the common ones found nothing
        back = [hit for hit in [*p.find(FOLLOWED_BACK), *p.find(KEPT_AT)] if _carried_once(p, hit)][:_CITED]
        shown = bool(back)
        carried = sorted([*back, *carried], key=Hit.start)
    matches = carried[:_CITED] if shown else _watched_after(p) or _returned_later(p)
    if not matches or not _believed(p):
        return None
    return finding(
        "followthrough",
        "major" if len(matches) > 1 else "minor",
        f"You carried it to the end: {quote(matches[0].group())}.",
        p.cite(matches, _CITED),
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
    if (
        "cost" in words
        and "would" not in words
        and _MISHAP_BEFORE.search(p.text, max(unit.start, match.start() - 50), match.start())
    ):
        return False
    if words.startswith("giving") and _OTHERS_BEFORE.search(p.text, max(0, match.start() - 12), match.start()):
        return False
    return not (_IF.search(p.text, unit.start, unit.end) and _only_would(p.text, acts_in(p.acts, [unit])))


def _option(p: Passage, match: Hit) -> bool:
    """Say whether "I could ..." names an option open then: not what one could find or see ("everything I could
    find"), nor a regret about oneself ("I could have been more diplomatic")."""
    verb = match.group().lower().rsplit(" ", 1)[-1]
    if verb in _NOT_OPTION or match.group().lower().endswith("have been"):
        return False
    return _CONTRAST_AFTER.match(p.text, match.end()) is not None


def _options(p: Passage) -> list[Hit]:
    """Return the options the candidate could have taken, each followed by a contrast in its sentence."""
    return [m for m in p.find(COULD) if _option(p, m)]


def tradeoff(p: Passage) -> Finding | None:
    hits, options = p.find(TRADEOFF), _options(p)
    if not hits and not options:
        return None
    matches = _first_kept(merge(hits, options, key=lambda m: m.start()), lambda m: _weighed(p, m))
    if not matches or _only_would(p.text, p.acts):
        return None  # nothing weighed, or a whole answer of what one would do: it weighs nothing that happened
    return finding(
        "tradeoff",
        "major",
        f"You weigh an option against another: {quote(matches[0].group())}.",
        p.cite(matches, _CITED),
    )
