"""What was learned: the lesson specific or generic, and the organisational cause named or missing."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding
from starcoach.analysis.text import Hit, Phrases, Unit, lazy_compile, words_after

# A lesson is being stated.
LESSON = Phrases(
    r"i learn(?:ed|t)",
    r"(?:the |my |a |one |biggest |key |main |real |bigger |other )?(?:lesson|takeaway|take-away|learning)s?",
    r"next time",
    r"in hindsight",
    r"looking back",
    r"(?:taught|teaches|showed|reminded|convinced) me",
    r"reflection",
    r"if i (?:did|had|were to do|could do) (?:it|this|that) (?:again|over)",
    r"i(?:'d| would) (?:do|have done|start|plot|check|ask|"
    r"push|involve|write|build|measure|talk|go|spend|bring|set) (?:it |things |that |this )?(?:differently|earlier|sooner|first|with)",
    r"(?:now|since then|these days|nowadays|from then on),? i (?:always|never|make sure|insist|start|ask|check|write|add|"
    r"build|push|treat|look|try|default|require|plot|budget|timebox|assume|expect|keep|put|run|measure|read|begin|"
    r"split|review|sit|watch|pair|spend|share|track|test|compare|diff|pull|tag|walk|log|reserve|schedule|book|"
    r"block|sample|trace|replay|profile|ship|turn|go and|go through)",
    r"i now (?:always|never|make sure|insist|start|ask|check|treat|look|default|require|plot|budget|timebox|assume|expect|keep|"
    r"put|run|measure|read|begin|write|split|review|sit|watch|pair|spend|share|track|test|compare|diff|pull|tag|walk|"
    r"log|reserve|schedule|book|block|sample|trace|replay|profile|ship|turn|go and|go through)",
    # Lessons told as what one would pass on or now sees was missed: "what I'd take away", "what I had missed".
    r"what i(?:'d| would) (?:take away|pass on|carry forward|tell|say to|keep|change)",
    r"what i(?:'d| had) (?:missed|got wrong|overlooked|underestimated)",
    r"i(?:'d| would) (?:make|take) the same (?:call|trade|trade-?off|decision|choice|bet) again",
    r"now,? for (?:anything|any|every|each)",
    r"(?:nowadays|these days|since then|from then on|ever since),? (?:when|whenever|every time|each time|any time|before|"
    r"if) (?:[\w'-]+,? ){1,10}?(?:i|we)",
    r"(?:what|something|the thing) i(?:'ve| have)? (?:learned|learnt|took away|take away|(?:took|take) from (?:it|this|that)|"
    r"carry(?: forward)?|keep|would (?:do|change)|'d (?:do|change|carry))",
    r"(?:what|the thing that) (?:stuck|stays|stayed) with me",
    r"(?:what|the part that) surprised me",
    r"i (?:took|take) away",
    r"i realized|i realised",
    r"the (?:bigger|real|deeper) (?:lesson|problem|issue)",
    r"going forward",
    r"these days i",
    r"(?:what )?i(?:'d| would) do differently",
    r"(?:lesson|takeaway) for me",
    r"i(?:'ve| have) (?:since|started|stopped)",
    r"(?:before|whenever) i [a-z]+ (?:\w+ ){0,6}now",
    r"(?:now|these days|since then),? (?:when|whenever|every time|each time|any time|before) (?:i|we)",
)
# Lessons that would fit any story.
GENERIC = Phrases(
    r"communication is (?:key|important|crucial|everything|vital|essential)",
    r"(?:the )?importance of (?:communication|teamwork|"
    r"collaboration|testing|planning|documentation|being proactive|ownership|listening|good communication|attention to detail)",
    r"(?:teamwork|collaboration|communication|testing|planning|documentation) (?:is|are) (?:key|important|crucial|essential|everything)",
    r"(?:always|to always) (?:communicate|test|double[\s-]check|plan ahead|be proactive|ask for help|over-?communicate)",
    r"never give up",
    r"(?:work|working) hard",
    r"think outside the box",
    r"attention to detail",
    r"(?:stay|staying|keep) calm",
    r"(?:it'?s|it is) (?:really |very |super )?important to",
    r"learned a lot",
    r"(?:a )?(?:great|valuable|good) learning experience",
    r"(?:be|being) (?:more )?proactive",
    r"(?:keep|keeping) (?:everyone|stakeholders|people) (?:in the loop|informed|aligned|updated)",
    r"(?:the )?customer (?:is|comes) first",
    r"(?:quality|the customer|people) matters?",
    r"grew (?:a lot )?as (?:an engineer|a person)",
    r"(?:over-?)?communicat(?:e|ing|ion) (?:early and often|more)",
    r"(?:ask|asking) (?:for help|questions) (?:early|sooner)",
    r"(?:escalat(?:e|ing)|(?:rais|flagg?)(?:e|es|ing)? (?:issues|risks|concerns|problems|blockers)) (?:early|sooner|quickly)",
    # Success promised to whoever holds the right value: "the results follow", "results take care of themselves".
    r"(?:the )?(?:results|success|the numbers|the rest|everything else|good things) (?:will |always |usually )?"
    r"(?:follows?|take care of themselves|takes care of itself|speak(?:s)? for (?:themselves|itself)|will come|comes?)",
    r"not just a (?:slogan|buzzword|poster|value on the wall|word)",
    r"(?:at|in) the (?:centre|center|heart) of everything (?:you|we|i) do",
    r"(?:are|is) (?:not|never) (?:in conflict|mutually exclusive|at odds)",
    # Growth promised in the abstract: "it made me a better listener", "every setback is a chance to grow".
    r"made me (?:a )?(?:much |far )?(?:better|stronger|more \w+) (?:engineer|"
    r"leader|listener|person|manager|communicator|teammate|team player|developer|colleague|professional)",
    r"(?:every|each|any) (?:challenge|setback|problem|failure|mistake|obstacle) is (?:an? )?(?:opportunity|chance|lesson)",
    r"(?:opportunity|chance) to (?:grow|learn and grow|learn)\b",
    r"(?:small|little) things (?:add up|matter|make (?:a|the) (?:big |real )?difference)",
    r"(?:plan|organi[sz]e myself|prioriti[sz]e) better",
    r"manag(?:e|ing) (?:my )?time (?:better|more (?:effectively|wisely|efficiently))",
    r"time management",
    r"(?:customers?|users?|the user) (?:should |must )?(?:always )?(?:comes?|be put) first",
    r"(?:be|being) (?:more )?patient",
    r"(?:see|seeing|look at|looking at|understand) things from (?:other people'?s|others'?|their|everyone'?s|the other "
    r"(?:side'?s|person'?s)|a different) (?:perspective|point of view|side)",
    r"(?:don'?t|do not|never|not to) be afraid to (?:fail|ask|speak up|make mistakes|take risks|challenge)",
    # Proverbs that close any story: "preparation is half the battle", "put yourself in their shoes".
    r"(?:half the battle|pays? off in the end|expect the unexpected|(?:right|properly) (?:the )?first time|"
    r"(?:fresh|second|extra) (?:pair|set) of eyes|in (?:the|their|my|your|someone (?:else)?'?s|the customer'?s|"
    r"other people'?s) shoes|every problem has a solution|on the same page|(?:the )?bigger picture)",
    # Sayings that promise a reward to anyone: "it pays off in the long run", "believe in yourself", "things will
    # work out", "lessons that apply to any situation", "in engineering and in life".
    r"in the long (?:run|term)",
    r"lead(?:ing)? by example",
    r"(?:feels?|feel|felt) (?:heard|valued|included|safe)",
    r"believe in (?:yourself|myself|your team|the team|each other)",
    r"(?:can|could) (?:do|deliver|achieve|accomplish|overcome|handle|solve|fix) (?:anything|everything|it all)",
    r"(?:things|everything|it) (?:will |always |usually |should )?(?:works? out|falls? into place)",
    r"(?:apply|applies|holds?|true|relevant) (?:to|in|for) (?:any|every|all) (?:situation|project|team|job|role|"
    r"company|context|situations|projects|teams|jobs|roles|companies)",
    r"(?:in|at) (?:work|engineering|business|tech|software) (?:and|as well as) in life",
    r"in today'?s (?:world|climate|environment|market|age|economy)",
    r"mistakes (?:happen|will happen|are inevitable)",
    r"(?:keep|keeping|have|having|with) an open mind",
    r"jump(?:ing)? to conclusions",
    r"pays? off (?:over time|eventually|later|in spades)",
    r"takes? (?:years|months|a long time|time) to (?:build|earn)",
)
# A leadership principle named in the candidate's own words, as a lesson recites it ("thinking big", "having
# backbone", "customer obsession"): what a recital defines, rather than anything the story showed.
_PRINCIPLE_NAMES = (
    r"(?:(?:being |staying )?customer[\s-]obsess(?:ion|ed)|obsessing over (?:the )?customers?|(?:taking |showing |real |true )?"
    r"ownership|(?:being|acting|thinking) like an owner|invent(?:ing)? and simplify(?:ing)?|(?:being|are) right a lot|"
    r"learn(?:ing)? and be(?:ing)? curious|hir(?:e|ing) and develop(?:ing)? the best|insist(?:ing)? on (?:the )?highest "
    r"standards|think(?:ing)? (?:really )?big|(?:a |having a )?bias for action|frugality|being frugal|earn(?:ing)? trust|"
    r"div(?:e|ing) deep|(?:having |showing )?backbone|disagree(?:ing)? and commit(?:ting)?|deliver(?:ing)? results)"
)
# A principle defined or named as the key, the recital an interviewer hears as textbook: "ownership is really about
# treating every problem as yours", "to me thinking big means a bold vision", "that is what disagree and commit means".
RECITAL = Phrases(
    _PRINCIPLE_NAMES + r" (?:really |just |basically |ultimately |all )?(?:means|is (?:really |all |just |basically )?"
    r"(?:about|when)|comes down to|boils down to|looks like|starts with)",
    r"(?:that'?s|that is|this is|which is) (?:exactly |really )?(?:what|how) "
    + _PRINCIPLE_NAMES
    + r" (?:means|looks like|is (?:all )?about|works|should look)",
    r"(?:the )?(?:key|secret|heart|essence|core) (?:to|of) " + _PRINCIPLE_NAMES,
    r"(?:the )?(?:key|secret|lesson) (?:was|is) (?:just |really |simply )?(?:having |being |showing )?"
    + _PRINCIPLE_NAMES,
)
# A lesson told to anyone rather than drawn from the story ("if you trust your people...", "you just need good
# monitoring", "we always need to think about the user"): read only in what a lesson says.
ADDRESSED = Phrases(
    r"(?:when|if|once|as long as|unless|the moment) you",
    r"you (?:just |really |simply |always |all |sometimes |still )?(?:have|need|got|ought) to",
    r"you (?:just |really |simply |always |all )?need (?:good|more|the right|an?)",
    r"you (?:can|can'?t|cannot|should|shouldn'?t|must|will|won'?t) (?:just |always |never |really )?[a-z]+",
    r"(?:we|engineers|leaders|everyone|everybody|people|teams) (?:all |always |really |just )?(?:need|needs|have|has|"
    r"ought) to",
)
# Organisational or process causes beyond the code.
SYSTEMIC = Phrases(
    r"how (?:we|the (?:[\w-]+ )?[\w-]+|our [\w-]+|leadership|management) (?:plan|"
    r"planned|staff|staffed|fund|funded|prioriti[sz]e|prioriti[sz]ed|route|routed|measure|measured|reward|rewarded|"
    r"promote|promoted|budget|budgeted|assign|assigned|triage|triaged|approve|approved|hire|hired)",
    r"(?:ownership model|incentives?|org(?:ani[sz]ation(?:al)?)? (?:structure|chart|design|boundaries)|team boundaries|"
    r"team structure|escalation path|operating model|headcount planning|what we (?:measured|rewarded|celebrated)|"
    r"the way we (?:plan|review|hire|ship|release|staff|fund|prioriti[sz]e))",
    r"(?:no|lacked|lacking|missing|broken|flawed|weak|gap in (?:the|our)|had no) (?:\w+ )?(?:process|processes|"
    r"review|accountability|culture|planning|ownership|owner)",
    # Without a review is how one change went out; without a process or an owner is how the organisation works.
    r"without (?:a|any) (?:\w+ )?(?:process|processes|accountability|culture|ownership|owner)",
    r"(?:the|our) (?:\w+ )?(?:process|processes|culture|planning|hiring (?:process|bar|loop)) (?:\w+ ){0,2}?(?:didn'?t|did not|never|"
    r"let|allowed|rewarded|encouraged|punished|missed|assumed|ignored|was the (?:problem|cause)|was broken|had no|lacked)",
    r"nobody (?:owned|was accountable|was responsible|had the mandate)",
    r"no (?:clear )?(?:owner|ownership|accountability|mandate)",
    r"(?:fell|falls) (?:between|through) (?:the cracks|teams|two teams)",
    r"(?:systemic|organi[sz]ational|structural|cultural)",
    r"(?:the )?(?:incentives|metrics) (?:rewarded|encouraged|punished|favou?red)",
    r"(?:we|the org|the company|leadership) (?:rewarded|celebrated|incentivi[sz]ed)",
    r"(?:checklist|template|gate|policy|standard|guardrail|mechanism) (?:didn'?t|did not|never) (?:exist|cover|include|ask)",
    r"(?:no|lacked a|without a|missing) (?:mechanism|checklist|gate|guardrail|process|standard|review step|owner|forum)",
    r"(?:mechanisms?|guardrails?) (?:over|not) (?:good intentions|heroics|people)",
    r"(?:good intentions|heroics)",
    r"(?:handoffs?|seams?|gaps?) between (?:two |the )?(?:teams|orgs|groups|directors|owners)",
    r"(?:conway'?s law|tragedy of the commons)",
    r"(?:our|the|every|each) (?:intake|design|code|launch|hiring|interview|review|planning|release|on-?call|onboarding|incident|"
    r"estimation|change|approval|deploy(?:ment)?|testing|qa|budget|promotion|performance) (?:form|forms|reviews?|process|template|"
    r"checklist|rotation|loop|docs?|culture|meeting|gate|policy|practice|system|metrics?) (?:\w+ ){0,3}?(?:accepted|captured|"
    r"allowed|let|rewarded|never|didn'?t|did not|only|judged|measured|relied|assumed|ignored|had no|lacked|skipped|treated)",
    r"(?:nobody|no one|no team) (?:\w+ ){0,2}?(?:owns|owned|chose|set|decided|was asked|"
    r"had ever|was measuring|measured|felt responsible)",
    # No one given a reason or the means to act: "so nobody had ever had a reason to look", "no team had the budget".
    r"(?:nobody|no one|no team|none of (?:us|them|the teams)) (?:\w+ ){0,2}?(?:had|has|have|was given|were given|got) "
    r"(?:a |any |the )?(?:reason|incentive|budget|time|mandate|remit|headcount|authority) (?:to|for)",
    r"everyone owns",
    r"(?:written down|tribal knowledge|in (?:people'?s|reviewers'?|"
    r"someone'?s|one person'?s) heads?)",
    r"workarounds?",
    r"(?:reported|report) to different",
    r"(?:measured|rewarded|judged|incentivi[sz]ed) (?:by|on|for) (?:volume|speed|output|"
    r"shipping|features|velocity|the write-?up)",
    r"(?:by|through) accident",
    r"(?:single point of failure|bus factor)",
    r"the (?:system|structure|setup|process|org) (?:made|let|allowed|encouraged|rewarded)",
    r"without (?:anyone|anybody|a team|an owner) (?:in [a-z]+ )?(?:owning|sizing|checking|reviewing|looking|agreeing|signing)",
    r"(?:funded|staffed|measured|rewarded|incentivi[sz]ed|planned|budgeted) (?:separately|per team|by team|in isolation)",
    r"(?:the|our) (?:approval|review|launch|release|planning|funding|budget|sizing|hiring|routing|intake|escalation) "
    r"(?:step|process|model|rule|rules|gate|loop|policy) (?:was|itself|had)",
    r"(?:had|have|with) no (?:agreed |shared |written )?"
    r"(?:contract|owner|process|standard|review|forum|sla|agreement)",
    r"any (?:team|engineer|one|service) could",
    r"(?:each|every) (?:service|team|business unit|org|site|squad|group) (?:did|had|built|ran|owned|kept|chose|made|picked) "
    r"(?:its|their) own",
    r"the (?:real|deeper|bigger|underlying) (?:problem|cause|lesson|issue|gap) was (?:that )?(?:reviews?|approvals?|"
    r"planning|incentives|ownership|our|the way|every|"
    r"each|nobody|no one|there|how|why|we)",
    r"(?:the|our) (?:rota|rotation|roadmap|org chart|funding model|incentive) (?:itself )?was",
    r"(?:free|cheap|easy) to (?:create|add|ship)(?: and| but)? (?:expensive|costly|hard)",
    r"nobody'?s (?:job|responsibility|area|remit)",
    r"(?:our|the) (?:\w+ )?(?:metrics?|dashboards?|kpis?|okrs?|headline metric|success "
    r"metric|scorecards?) (?:only )?(?:counted|measured|tracked|rewarded|optimi[sz]ed for|never|only)",
    r"(?:at|on) the org(?:ani[sz]ation)? level",
    r"org[\s-]level",
    r"the organi[sz]ation was (?:wired|set up|structured|built|organi[sz]ed)",
    r"the real (?:problem|issue|cause) was (?:procurement|planning|budgeting|funding|staffing|hiring|incentives|ownership|the rota|"
    r"the process|our process|how|that nobody|that no one|organi[sz]ational)",
    r"which is why (?:this|it) (?:sat|lingered|stayed|went "
    r"unnoticed|was missed|kept happening)",
    r"(?:came|comes) from (?:an? |the |our )?(?:\w+ ){0,3}(?:habit|culture|norm|incentive|"
    r"process|rota|policy|expectation)",
    r"mechanisms? (?:that|which|for|to)",
    r"process (?:is|was) (?:usually |often |really )?the "
    r"(?:bug|problem|cause)",
    r"(?:had|has|with) no (?:onboarding|runbook|training|review step|owner|process|deadline) (?:at all|of its own)",
    r"so nothing (?:ever )?escalated",
    r"(?:treating|treated) (?:\w+ ){1,4}as (?:personal|an individual)",
    r"the (?:real |root |underlying |actual )?cause was (?:our|the|how we) (?:\w+ ){0,2}(?:process|planning|culture|incentives?|"
    r"ownership|structure|rota|review|commitment|hiring|onboarding|funding|priorities)",
    r"(?:a )?process failure",
    r"(?:produced|caused|created|driven) by how we",
    r"nobody owning",
    # Paid for piecemeal, or planned as the wrong kind of work: "every department paid for its own form", "nobody
    # was ever paid to build the shared piece", "compliance work was planned like a feature project".
    r"(?:each|every) (?:[\w-]+ )?(?:paid|funded|budgeted|bought) for (?:its|their) own",
    r"(?:nobody|no one|no team) (?:was |were )?(?:ever )?(?:paid|funded|staffed|measured|rewarded|budgeted|"
    r"incentivi[sz]ed|promoted) (?:to|for)",
    r"(?:was|were) (?:planned|funded|staffed|run|managed|treated|scoped|estimated|measured|budgeted|reviewed|"
    r"prioriti[sz]ed|tracked) (?:like|as if it were|as though it were) (?:a|an|any|every|one)",
    # A gap in how the organisation works, not in the code: "no single view of stock", "had no written rubric",
    # "had nowhere to put a complaint", "defaults had never been reviewed", "one symptom of a wider gap".
    r"no (?:single|shared|common|central|one) (?:view|source of truth|owner|place|list|record|picture)",
    r"(?:had|have|has|with) no (?:written |agreed |shared |common |clear )?(?:rubric|guidelines?|criteria|playbook|"
    r"runbook|template|checklist|definition|policy|budget|escalation)",
    r"(?:had|has|have) (?:nowhere|no way|no place|no category|no route|no channel) (?:to|for)",
    r"(?:had|has|have) never been (?:reviewed|audited|questioned|revisited|checked|tested|owned) (?:against|by|since|"
    r"in|for|with)",
    r"(?:symptom|instance|case) of (?:a )?(?:wider|bigger|broader|deeper|larger) (?:gap|problem|issue|pattern|failure)",
    r"(?:each|every one|each one|(?:each|every) (?:region|site|office|country|department|division|market|branch|store|"
    r"warehouse|hospital|clinic|school|product|tribe|unit)) (?:of them )?(?:had|ran|kept|built|owned|used|chose) "
    r"(?:its|their) own",
    r"the way (?:requests|work|bugs|tickets|decisions|priorities|incidents|complaints|changes|projects) "
    r"(?:reached|came to|got to|flowed|were routed|were (?:made|set|raised|handled|funded|staffed))",
    # How people are judged, and what a reorganisation left without an owner: "how a shift lead is measured",
    # "who gets blamed for a late order", "the reorg had split the team", "nobody took over the orphaned jobs".
    r"how (?:a|an|the|each|every|our) (?:[\w-]+ )?(?:managers?|leads?|supervisors?|engineers?|teams?|agents?|staff|"
    r"nurses?|drivers?|reps?|workers?|employees?|developers?|directors?|people|person|departments?|stores?|sites?|"
    r"branch(?:es)?|vendors?|analysts?|doctors?|teachers?|sellers?|partners?) (?:is|are|was|were|gets?|got) "
    r"(?:judged|measured|rewarded|assessed|evaluated|blamed|paid|promoted|scored|appraised)\b",
    r"who (?:gets|got|get) (?:blamed|the blame|credit|the credit|rewarded|told off|judged) for",
    r"(?:re-?org(?:ani[sz]ation)?s?|restructur(?:e|es|ing)) (?:\w+ ){0,3}?(?:had )?(?:dissolved|split|merged|moved|"
    r"orphaned|left|broke|scattered|disbanded)",
    r"(?:orphaned|ownerless|unowned) (?:\w+ )?(?:assets?|services?|systems?|code|jobs?|certificates?|infrastructure|"
    r"queues?|tables?|dashboards?|alerts?|processes)",
    r"without handing over (?:what|the|its|their)",
    # Defaults and tools that make the wrong thing the easy one: "the default made the risky path the easy one",
    # "the easiest thing to do in the console was also the dangerous one", "our tooling let anyone run it".
    r"(?:the|our|its|their) defaults? (?:\w+ ){0,4}?(?:made it (?:easy|easier|the easy)|made (?:the )?\w+ (?:\w+ )?the "
    r"(?:easy|easiest|default)|(?:let|allowed|encouraged) (?:anyone|anybody|everyone|every team|people|teams|engineers))",
    r"(?:the )?(?:wrong|risky|unsafe|dangerous|bad) (?:thing|path|option|choice|way) "
    r"(?:\w+ ){0,3}?(?:the )?(?:easy|easiest|default|quickest|simplest)",
    r"(?:easy|easiest|default|quickest|simplest) (?:thing|path|option|choice|way) (?:\w+ ){0,6}?(?:was|is) (?:also |"
    r"exactly )?(?:the )?(?:wrong|risky|unsafe|dangerous|bad)",
    r"path of least resistance",
    r"(?:tooling|tools?|console|pipeline|platform|setup|permissions?|system) (?:\w+ ){0,2}?(?:let|lets|allowed|allows|"
    r"made it easy for) (?:anyone|anybody|any (?:engineer|team|one|developer)|everyone|every (?:engineer|team))",
    # A cause beyond one person: "it was never one engineer's mistake", "neither team was accountable".
    r"(?:never|not|wasn'?t|isn'?t) (?:really |just )?(?:one|any one|a single|an individual) (?:person|engineer|developer|"
    r"operator|team member|nurse|agent)'?s (?:mistake|fault|error|failing|slip)",
    r"neither (?:team|side|group|org|of them|of the teams)? ?(?:was|were|is|felt|had been) (?:accountable|responsible|"
    r"the owner)",
    r"neither (?:team|side|group|org|of them|of the teams)? ?(?:owned|owns|had ownership)",
    r"the way (?:we|the team|teams|the org|the company) (?:planned|reviewed|hired|shipped|released|staffed|funded|"
    r"prioriti[sz]ed|estimated|measured|onboarded|handed (?:work )?over)",
    r"(?:nobody|no one|no team|none of the teams) (?:\w+ ){0,2}?(?:saw|sees|could see|had visibility (?:of|into)) "
    r"(?:its|their|the|his|her) own (?:bill|cost|costs|spend|numbers|data|errors|metrics|impact|usage)",
    # No record of who depends on what: "we had no list of who consumed each export", "there was no record of which
    # services called it".
    r"(?:had|has|have|kept|was|were) no (?:[\w-]+ )?(?:list|record|inventory|registry|register|map|catalogue|catalog) "
    r"of (?:who|which|the (?:[\w-]+ )?(?:consumers|callers|users|owners|dependencies|dependents))",
    r"(?:nobody|no one|no team|none of the teams) (?:\w+ ){0,2}?(?:had|has|have|held|kept) (?:a |one |any )?(?:single|"
    r"shared|common|central|full|whole|complete) (?:view|picture|list|record|source of truth|inventory)",
    # A duty left to chance or to anyone: "renewals sat with whoever had set up the service", "onboarding depended on
    # whichever buddy they were given", "anyone could add an alert but no one was responsible for removing one".
    r"(?:depended|depends|relied|relies|rested|rests|sat|sits|lived|lives|fell|falls|went|goes|was left) (?:entirely |only |"
    r"wholly |mostly )?(?:on|with|to) (?:whoever|whichever|whatever|whomever)",
    r"(?:was|were|got|gets|is|are) (?:just |simply |usually |always )?(?:routed|assigned|handed|passed|sent) to "
    r"(?:whoever|whichever|whomever)",
    # A duty carried by one person's goodwill rather than by a role: "we relied on one person's goodwill", "it lived
    # in a single engineer's inbox".
    r"(?:one|a single|a lone|just one) (?:[\w-]+ )?(?:person|engineer|designer|developer|tester|admin|expert|individual|"
    r"manager|lead|analyst|employee|volunteer)'?s (?:goodwill|good will|memory|initiative|inbox|spare time|head|"
    r"knowledge|habit|calendar)",
    r"(?:nobody|no one|no team|no single team) (?:was|were|is|felt) (?:ever |actually |really )?(?:responsible|accountable|"
    r"on the hook|tasked) for",
    r"there (?:was|were|is) no (?:agreed |shared |written |common |clear |single |named )?(?:contract|owner|owning team|"
    r"process|standard|review|forum|sla|agreement|convention|rubric|runbook|playbook|checklist|policy|escalation path|"
    r"handover|hand-?off)",
    r"no (?:shared|agreed|common|written) (?:convention|definition|format|vocabulary|schema|rules?|language|naming|"
    r"meaning|understanding)",
    r"with no (?:[\w-]+ )?(?:step|stage|sign-?off|approval|gate|owner|notice|handover|hand-?off)",
    # The code set against what let it happen: "the bug was small; the reason it existed was not", "the fix was one
    # line, but the gap that let it through was in how we review".
    r"(?:bug|fix|change|patch|defect|code|error|mistake|outage|incident) (?:itself )?(?:was|is) (?:small|trivial|simple|easy|"
    r"minor|tiny|one line|a one-liner|the easy part)[;,:]? (?:but |and )?(?:the|what|why) (?:[\w-]+ ){0,2}?(?:reason|cause|"
    r"gap|question|problem|part|let|allowed|made)",
    # Two parties each right by their own rules: "each side was correct by its own rules", "both teams assumed the
    # other owned the check", "the ticket bounced between the API team and the storage team".
    r"(?:each|both|either) (?:side|team|group|org|party|sides|teams|groups|orgs|parties) (?:\w+ ){0,2}?(?:assumed|"
    r"thought|believed|expected|was correct|were correct|was right|were right|followed its own|had its own)",
    r"assumed (?:that )?the other (?:team|side|group|org|party|one) (?:owned|handled|was|would|checked|covered|had)",
    # The same belief told of several parties: "each of those teams believed one of the others owned it".
    r"(?:each|both|all) of (?:the|those|these|our) (?:[\w-]+ )?(?:teams|sides|groups|orgs|departments|parties) "
    r"(?:\w+ ){0,2}?(?:assumed|thought|believed|expected)",
    r"(?:assumed|believed|thought|expected) (?:that )?(?:one of the others|another team|some other team|one of the other "
    r"(?:teams|groups|sides)) (?:owned|handled|was|would|checked|covered|had)",
    r"(?:bounced|bouncing|ping-?ponged|ping-?ponging|went back and forth|shuttled|passed back and forth) between (?:the |two |"
    r"different )?(?:[\w-]+ ){0,2}?(?:teams?|orgs?|groups?|departments?|owners?|queues?)",
)
# A change built into how the organisation works, so it outlasts this story: a section of a template, a step
# in a review, a field on a dashboard everyone reads ("that's now part of our planning template").
_SHARED_PRACTICE = (
    r"(?:\w+ ){0,2}?(?:templates?|checklists?|onboarding|runbooks?|playbooks?|rubrics?|handbook|definition of done|"
    r"(?:design|launch|architecture|operational|ops|readiness|release|change|code|incident|postmortem|hiring|"
    r"planning|quarterly|weekly) (?:reviews?|process|checklist|template|loop|forms?|meeting)|planning|capacity plan|"
    r"intake (?:forms?|process)|standards?|polic(?:y|ies)|curriculum|training|dashboards?|scorecards?|rota|rotation|"
    r"process(?:es)?)"
)
MECHANISM = Phrases(
    r"(?:got|had|have|get) (?:\w+ ){1,6}?(?:added|built|written|baked|folded|made) (?:in|into|to|part of|as an? "
    r"(?:\w+ )?(?:step|section|field|check|question|dimension|item|gate|stage|requirement) (?:in|of|on|for)) "
    r"(?:our|the|every|each|all) " + _SHARED_PRACTICE,
    r"(?:added|built|wrote|baked|folded|turned) (?:\w+ ){0,6}?(?:into|in(?:to)? (?:our|the) [a-z]+'s) "
    + _SHARED_PRACTICE,
    r"(?:added|built|wrote|baked|folded) (?:\w+ ){0,4}?(?:to|into) (?:our|the|every|each|all) " + _SHARED_PRACTICE,
    r"(?:is|are|(?:that|it|this|which)'?s|became|become|has become|(?:that|it|this)'?s become|was made|were made) "
    r"(?:now )?(?:part|a (?:standard |"
    r"required |mandatory |fixed )?(?:section|step|field|check|question|dimension|item|gate|stage|line)) (?:of|in|on) "
    r"(?:our|the|every|each|all) " + _SHARED_PRACTICE,
    r"(?:our|the|every|each) " + _SHARED_PRACTICE + r" now (?:\w+ )?(?:asks?|requires?|includes?|has|starts?|covers?|"
    r"names?|checks?|lists?|needs?|carries|begins?)",
    r"(?:every|each|any) (?:\w+ ){0,2}?\w+ now (?:has to|must|needs to|is required to) \w+",
    r"(?:since then|from then on|ever since|these days),? (?:every|each|any) (?:[\w-]+ ){0,2}?[\w-]+ (?:has to|must|"
    r"needs to|is required to|gets|goes through) \w+",
    r"(?:every|each|any) (?:\w+ ){0,2}?(?:launch|migration|proposal|design|service|team|project|incident|release|change|"
    r"postmortem|rfc|review|roadmap|plan|integration|alert|dashboard|runbook|endpoint|api|feature|pull request|pr) now (?:has to |must |needs to |is required to )?(?:names?|includes?|has|"
    r"starts?|lists?|requires?|gets?|goes through|carries|states?|comes with)",
    # A recurring practice set up to last: "we now have a harm review for any change to…", "we now go through every
    # vendor rule once a year", "made shadowing a requirement before anyone leads the round".
    r"now (?:have|run|hold|do|keep) an? (?:[\w-]+ ){0,2}?(?:review|audit|check|sign-?off|gate|rota|forum|sync|"
    r"retro|walkthrough) (?:for|on|before|of) (?:any|every|each|all)",
    r"now (?:go through|review|audit|check|revisit|re-?check) (?:every|each|all|our) (?:[\w-]+ ){0,3}?(?:once|twice|"
    r"every|each) (?:a |per )?(?:year|quarter|month|half|release|sprint|week)",
    r"(?:made|make|making) (?:[\w-]+ ){1,8}?an? (?:requirement|prerequisite|standard step|mandatory step) "
    r"(?:before|for) (?:anyone|any|every|each|all)",
    r"(?:before|ahead of) (?:any|every|each) (?:\w+ ){0,2}?(?:proposal|launch|migration|design|release|rfc|project) "
    r"(?:comes|goes|gets|is taken) to (?:\w+ )?(?:review|approval|sign-?off)",
    # A guard built into shared tooling or a shared practice spread across teams: "the pipeline now rejects...",
    # "migrations now need an approval from...", "every shared queue now has one accountable team", "three other
    # teams have since adopted the same template".
    r"(?:(?:ci|build|deploy(?:ment)?|release|merge|pre-?merge|review) (?:pipeline|tooling|check|gate|bot|process)|linter|"
    r"lint rule|template) now (?:rejects|blocks|refuses|fails|flags|requires|enforces|checks|stops|warns)",
    r"(?:changes|migrations|releases|launches|deploys|deployments|prs|pull requests|merges|designs|schema changes) now "
    r"(?:need|require|must have|must get) (?:an? |two )?(?:\w+ )?(?:approvals?|sign-?offs?|reviews?|reviewers?)",
    r"(?:every|each|all) (?:[\w-]+ ){0,3}?(?:across|in) the (?:org|organi[sz]ation|company|department|division|group|"
    r"business) (?:now )?(?:has|have|includes?|carr(?:y|ies)|uses?|must|needs?|gets?)",
    r"(?:every|each|any) (?:[\w-]+ ){0,3}?now has (?:an?|one|its own) (?:named |single |clear |accountable |owning )*"
    r"(?:owner|owning team|team|reviewer)",
    r"(?:other|more|several|two|three|four|five|six|\w+ other) (?:[\w-]+ )?teams (?:have |had )?(?:since |now |then |also )?"
    r"(?:adopted|reused|re-used|took up|picked up|moved to|switched to) (?:the same|our|my|this|that|it as)"
    r" (?:[\w-]+ )?(?:template|standard|pattern|library|checklist|process|rubric|playbook|runbook|gate|review)",
    # A change others took up beyond the story: "the managers adopted it across the department", "the platform team
    # adopted it for all new tables", "two other teams copied it".
    r"adopted (?:it|them|this|that|the (?:[\w-]+ ){0,2}?[\w-]+) (?:across|throughout|for|in|as) (?:all|every|each|"
    r"the (?:whole |wider |entire )?(?:org|organi[sz]ation|company|department|division|group|business|floor)|their own|"
    r"(?:the|a) (?:default|standard))",
    r"(?:other|several|two|three|four|five|\w+ other|neighbou?ring|sister) (?:[\w-]+ )?teams (?:have |had )?(?:since |now |"
    r"then |also )?(?:adopted|took up|copied|reused|re-used|rolled out) (?:it|them|this|that)",
)
# A way of counting or planning that pointed the organisation at the wrong thing ("we'd been sizing storage
# by volume rather than by how clinicians use it", "drops were reported by region, never by device").
MISMEASURE = Phrases(
    r"(?:(?:we'?d|we had|we'?ve|we have|they'?d|they had) been |we were |(?:was|were|had been|is|are) (?:being )?|"
    r"(?:was|were) (?:only|always|still|mostly|all|just|then|originally|usually|largely|each|centrally) )(?:measur|count|track|report|siz|plann|judg|optimi[sz]|reward|grad|scor|evaluat|"
    r"prioriti[sz]|budget|estimat|review|fund)\w* (?:\w+[,]? ){0,8}?(?:rather than|instead of|when we should|"
    r"(?:but |and )?(?:not|never) (?:by|on|for|per|around|as|in|at|against))",
    r"(?:milestones|metrics?|targets?|goals?|okrs?|kpis?|dashboards?|scorecards?|reviews?|plans?) (?:only )?"
    r"(?:counted|measured|tracked|rewarded|reported|showed) (?:\w+ ){1,4}?(?:not|rather than|instead of|never)",
)
# In a lesson, what the team had been counting is itself the organisational cause ("what I learned is that we'd
# been measuring how fast we built each one"), even where a transcript's clause ends before the contrast.
MISMEASURE_LESSON = Phrases(
    r"(?:(?:we'?d|we had|we'?ve|we have|they'?d|they had) been|we were|the (?:team|org|company) was) (?:only )?"
    r"(?:measuring|counting|tracking|rewarding|judging|sizing|planning around|optimi[sz]ing for|reporting on)",
)


# Cues that may close a lesson rather than open it ("I'd profile first next time").
TRAILING_CUES = frozenset(["next time", "going forward", "reflection"])


# Words too common in lessons to show that a reflection is about this story.
GENERIC_WORDS = frozenset(
    "i me my we our you the a an and or but so to of in on at for with from by as is was were be been it its this "
    "that these those learned learnt lesson lessons takeaway next time always never important really very more "
    "most much lot lots things thing something everything people team teams communication communicate "
    "stakeholders stakeholder keep make sure good great better best work working worked hard how what when "
    "which who would could should can will just also now since then think thought know knew need needed "
    "about like early often help ask asking important key crucial way ways being do did done get got go "
    "experience learning grow grew engineer person matters matter details detail proactive issues issue problem "
    "problems first before after again other others everyone one up out there their them they it's i'm i've "
    "i'd don't didn't realized realised looking back hindsight going forward taught me showed".split()
)


# A lesson told as a universal rule ("you have to...", "X is key") rather than about this story.
UNIVERSAL = Phrases(
    r"you (?:always |really |just |simply |still |all )?(?:have|need|got) to",
    # A lesson addressed to anyone ("when you lead with your values…", "if you take care of your people…").
    r"(?:when|if|once|as long as) you (?:\w+ )?(?:lead|put|focus|care|trust|listen|start|do|take care|treat|"
    r"empower|stay|keep|give|show|invest)",
    r"you (?:should|must|can'?t|cannot|can) (?:always|never)?",
    r"(?:always|never) (?:be|do|stop|give|"
    r"compromise|forget|assume|underestimate|listen|ask|communicate|trust)",
    r"(?:is|are) (?:really |all |always |so |very |super |incredibly |extremely |hugely )?(?:about|key|"
    r"everything|crucial|essential|vital|what matters|important)",
    r"(?:has|have) to (?:start|come) (?:at|from) the top",
    r"(?:the )?courage to",
    r"(?:alignment|buy-?in|communication|collaboration|teamwork|curiosity|passion|empathy|trust|vision|culture|ownership|"
    r"initiative|leadership|humility|patience|persistence) (?:is|are|matters|makes)",
    r"(?:stay|be) humble",
    r"(?:keep|never stop) learning",
    r"everyone (?:needs|should|has)",
    r"(?:it'?s|it is) (?:always )?better to",
    r"pick your battles",
    r"at the end of the day",
    r"(?:really|very) rewarding",
    r"(?:in|for) (?:any|every) (?:project|team|situation|company|organi[sz]ation)",
    r"(?:needs?|requires?|is (?:all )?about|comes down to|takes) (?:\w+ )?(?:empathy|over-?communication|communication|alignment|"
    r"buy[- ]?in|patience|transparency|trust|teamwork|collaboration|good people|the right people|a growth mindset|resilience)",
)
STEM = 5

# Words that name a value, a virtue or a habit of mind rather than anything that happened ("trust takes years to
# build", "customer obsession has to start at the top"): a lesson told in these fits any story.
VALUE_WORDS = frozenset(
    """
    communicate communicates communicating communication over-communicate over-communicating overcommunicate
    overcommunicating over-communication collaborate collaborating collaboration collaborative align aligned
    aligning alignment trust transparency transparent empathy empathetic integrity respect humility humble patience
    resilience resilient persistence persistent perseverance courage courageous curious curiosity passion
    passionate initiative ownership accountable accountability responsible responsibility responsibilities
    excellence quality ambition ambitious conviction maturity confidence confident openness open-minded
    honesty empower empowered empowering empowerment motivated motivation commitment dedicated dedication discipline
    disciplined focus focused positive positivity attitude mindset growth potential creative creativity innovate
    innovation innovative flexible flexibility adaptable adaptability proactive proactively proactivity relentless
    relentlessly bold thorough thoroughness diligence diligent teamwork partnership relationship relationships
    culture feedback leadership vision clarity success successful values standards
    prioritise prioritize prioritising prioritizing prioritisation prioritization balance balanced balancing
    judgement judgment diplomacy diplomatic buy-in transformation obsession dream listen listening speak speaking
    asset importance mistakes frugality decisiveness assertiveness morale camaraderie compassion kindness gratitude
    authenticity mentorship grit professionalism tenacity resourcefulness optimism
    """.split()
)
# Crowds rather than anyone in the story: a lesson about "everyone" or "people" names no one.
CROWD_WORDS = frozenset(
    """
    everyone everyone's everybody everybody's people stakeholder stakeholders leader leaders team teams
    organisation organisations organization organizations company companies customer customers user users world
    industry engineer engineers developer developers manager managers others
    """.split()
)
# Words that carry no part of a story in a lesson: how big or how sure it was, and everyday verbs.
PLAIN_WORDS = frozenset(
    "main biggest bigger needs have take takes taking makes made give gives keep keeps thing stuff yeah sometimes "
    "right really actually pretty critical essential vital whole every sure away took takeaway takeaways lessons "
    "learnings reminded convinced best better well huge able trying tried want wanted maybe probably having being "
    "getting once behind along because than over into only even still while where there's what's doing does "
    "without through until unless whether might also much many some across within upon against".split()
)
# A lesson drawn from a whole career rather than from this story ("in my eleven years across four companies").
CAREER = Phrases(
    r"(?:in|over|across|after|during|throughout) (?:all )?(?:my|the|our) (?:\w+ |\d+\+? )?(?:years|decades) "
    r"(?:in|of|as|at)",
    r"(?:after|with) (?:\w+ |\d+\+? )(?:years|decades) (?:in|of|as|at)",
    r"(?:across|at|in) (?:\w+|\d+) (?:different )?(?:companies|employers|jobs|organi[sz]ations)",
    r"(?:in|over|throughout) my (?:whole |entire )?career",
    r"(?:again and again|time and (?:time )?again|time after time)",
)
# A lesson's noun with nothing to say whose it is, and what makes it one's own lesson all the same.
BARE_LESSON = frozenset("lesson lessons learning learnings takeaway takeaways take-away take-aways".split())
LESSON_TOLD = lazy_compile(r"\s*(?::|(?:is|was|are|were|here|for me)\b)", re.IGNORECASE)
# Further ways of drawing a lesson, read only to judge whether the lesson is generic ("the key was...",
# "it showed that...", "in the future I'd...", "what I took from it...").
MORAL_CUES = Phrases(
    r"(?:the|my) (?:key|main|big|biggest) (?:thing )?(?:is|was|here is|here was)",
    r"(?:it|this|that|which) (?:shows|showed|proves|proved|reinforced|confirmed) (?:to me |me )?(?:that|how|why)",
    r"in (?:the )?future,? i(?:'d| would| will| should)",
    r"(?:took|take|carry|carried) (?:away )?from (?:it|this|that|the experience)",
    r"i think (?:it'?s|it is) (?:really |very |super |so )?(?:important|key|crucial|vital|essential) to",
    r"(?:every|any|as an?) (?:engineer|developer|leader|manager|team|principal|senior engineer) "
    r"(?:should|needs to|has to|must)",
    r"(?:maybe|probably|perhaps) i(?:'d| would)",
)


def lesson_units(p: Passage) -> list[Unit]:
    """Return the units that tell what the candidate learned (the Reflection part and lessons elsewhere)."""
    return p.memo(_find_reflection_units)


def _find_reflection_units(p: Passage) -> list[Unit]:
    if p.section == "reflection":
        return list(p.units)
    if p.section == "answer":
        lessons: list[Unit] = []
        closing = len(p.units) * 0.7
        for index, told in enumerate(_tells_lesson(p.units)):
            if told:
                # A lesson near the end runs to the end; elsewhere it takes the next unit with it.
                lessons.extend(p.units[index:] if index >= closing else p.units[index : index + 2])
        return sorted({*p.part("reflection"), *lessons}, key=lambda u: u.start)
    return [u for u, told in zip(p.units, _tells_lesson(p.units), strict=True) if told]


def _tells_lesson(units: Sequence[Unit]) -> list[bool]:
    """Say for each unit (in text order) whether a lesson's cue lies in it."""
    if units and units[0].text.isascii():  # the scan's spans are final: count them once over all the units
        return [count > 0 for count in LESSON.per_unit(units)]
    return [LESSON.search(u.text, u.start, u.end) is not None for u in units]


class _StemOf(dict[str, str]):
    """Each word's stem when the word is specific (longer than three letters and not common in lessons), else "".

    Words are looked up from C and worked out once, the first time any text uses them.
    """

    def __missing__(self, word: str) -> str:
        stem = word[:STEM] if len(word) > 3 and word not in GENERIC_WORDS else ""
        if len(self) < _STEM_MEMO_WORDS:
            self[word] = stem
        return stem


_STEM_MEMO_WORDS = 50_000
_stem_of = _StemOf()


def _words(units: list[Unit]) -> set[str]:
    return set(chain.from_iterable([u.lower_words for u in units]))


def _specific_words(units: list[Unit]) -> list[str]:
    """Return the distinct specific words of the units."""
    return [w for w in _words(units) if _stem_of[w]]


def _stems(units: list[Unit]) -> set[str]:
    stems = set(map(_stem_of.__getitem__, _words(units)))
    stems.discard("")
    return stems


def _grounding(lesson: list[Unit], story: list[Unit], told: Sequence[str] = ()) -> int | None:
    """Count the lesson's specific words that also occur in the rest of the story (None when there is no story).

    `told` holds the story's words that share a unit with the lesson's cue, ahead of it.
    """
    if sum(u.word_count for u in story) + len(told) < 30:
        return None
    return len(_stems(lesson) & (_stems(story) | _word_stems(told)))


def _word_stems(words: Iterable[str]) -> set[str]:
    stems = set(map(_stem_of.__getitem__, words))
    stems.discard("")
    return stems


# In a transcript a clause can run from the story into the lesson ("...and finance stopped the manual rebuild the
# biggest lesson was..."): with this many words ahead of its cue, the unit's lesson starts at the cue.
RUN_ON_WORDS = 10


def _story_ahead(p: Passage, units: list[Unit]) -> tuple[list[str], dict[Unit, int]]:
    """Return the story's words told ahead of a lesson's cue in the same unit, and where each such lesson starts."""
    told: list[str] = []
    starts: dict[Unit, int] = {}
    for unit, hit in _lesson_cues(units).items():
        if hit.start() - unit.start < 2 * RUN_ON_WORDS:  # too few characters ahead for that many words
            continue
        ahead = len(words_after(p.text, unit.start, hit.start(), 400))
        if ahead >= RUN_ON_WORDS and hit.group().lower() not in TRAILING_CUES:
            told.extend(unit.lower_words[:ahead])
            starts[unit] = hit.start()
    return told, starts


@dataclass(frozen=True)
class _Lesson:
    """How the reflection of a passage reads: its units, whether it is a platitude, and how grounded it is."""

    units: list[Unit]
    generic: bool
    platitudes: Sequence[Hit | tuple[int, int]]
    grounded: int | None
    specific: int


def _lesson(p: Passage) -> _Lesson | None:
    return p.memo(_read_lesson)


def _read_lesson(p: Passage) -> _Lesson | None:
    units = lesson_units(p)
    recitals = [hit for _, hit in RECITAL.in_units(sorted({*units, *_closing(p)}, key=lambda u: u.start))]
    if not units:
        # No lesson by its usual cues: a closing moral ("the key was...") may still be one that fits any story.
        abstract = sorted([*_abstract_morals(p, _morals(p, units), units), *(hit.span() for hit in recitals)])
        return _Lesson(units, True, abstract, None, 0) if abstract else None
    lesson_set = set(units)
    story = [u for u in p.units if u not in lesson_set]
    told, starts = _story_ahead(p, units)
    if starts:
        said = _word_stems(chain.from_iterable(words_after(p.text, starts.get(u, u.start), u.end, 400) for u in units))
        grounded, specific = _grounding(units, story, told), len(said)
        if grounded is not None:
            grounded = len(said & (_stems(story) | _word_stems(told)))
    else:
        grounded, specific = _grounding(units, story), len(_specific_words(units))
    generic, platitudes = _is_generic(p, units, grounded, specific, recitals)
    if not generic and not SYSTEMIC.search_units(units):  # a lesson naming an organisational cause is no platitude
        abstract = _abstract_morals(p, _morals(p, units), units)
        if abstract:
            return _Lesson(units, True, abstract, grounded, specific)
    return _Lesson(units, generic, platitudes, grounded, specific)


def _lesson_cues(units: list[Unit]) -> dict[Unit, Hit]:
    """Return the first cue of a lesson in each unit that has one."""
    cues: dict[Unit, Hit] = {}
    for unit, hit in LESSON.in_units(units):
        # "a culture of learning" or "lessons from other teams" is no lesson of one's own; "Learning: ..." opening
        # a unit, or "lessons were...", is one.
        if unit not in cues and (
            hit.group().lower() not in BARE_LESSON
            or hit.start() == unit.start
            or LESSON_TOLD.match(unit.text, hit.end(), unit.end) is not None
        ):
            cues[unit] = hit
    return cues


def _closing(p: Passage) -> list[Unit]:
    """Return the closing part where a moral is drawn: the last 30% of an answer, and at least its last two units."""
    if p.section != "answer":
        return list(p.units)
    return list(p.units[min(math.ceil(len(p.units) * 0.7), len(p.units) - 2) :])


def _morals(p: Passage, units: list[Unit]) -> list[tuple[int, int]]:
    """Return what each lesson says: from its cue to the end of its unit, or the next unit when the cue ends its own.

    The cues are the lesson's own, wherever the lesson is, and the further ways of drawing one in a closing part.
    """
    closing = _closing(p)
    cues = _lesson_cues(units)
    told = set(units)
    for unit, hit in MORAL_CUES.in_units(closing):
        if unit not in told:  # a lesson's own clause goes on with it ("..., and I think it's important to...")
            cues.setdefault(unit, hit)
    if closing and any(unit.start >= closing[0].start for unit in cues):
        # What was realised along the way ("the real problem was...") is story; the lesson is what closes it.
        cues = {unit: hit for unit, hit in cues.items() if unit.start >= closing[0].start}
    morals = []
    for unit, hit in sorted(cues.items(), key=lambda pair: pair[0].start):
        if len(words_after(unit.text, hit.end(), unit.end, 2)) >= 2:
            morals.append((hit.end(), unit.end))
            continue
        following = next((u for u in p.units if u.start >= unit.end), None)
        if following is not None:
            morals.append((following.start, following.end))
    return morals


def _abstract_morals(p: Passage, morals: list[tuple[int, int]], lesson: list[Unit]) -> list[tuple[int, int]]:
    """Return the lessons that would fit any story, when no lesson names anything of this one.

    A lesson fits any story when it is drawn from a whole career, or when it names a value ("trust",
    "alignment", "curiosity"), shares at most one other word with the rest of the story, and has few other
    words beside its values and crowds. A lesson with two concrete words or an organisational cause of its
    own keeps the whole reflection from reading as generic.
    """
    text = p.text
    # A lesson naming values: how many other words it may have, its stock phrases, and its other words.
    valued: list[tuple[int, int, int, int, list[str]]] = []
    career: list[tuple[int, int]] = []
    said: list[tuple[int, int]] = []  # each lesson as far as it was read
    for start, end in morals:
        if SYSTEMIC.search(text, start, end) is not None:
            return []
        # A lesson cut into clauses goes on into the clause that gives its reason with a figure ("teamwork across
        # the shifts was the fix: | missed doses dropped to zero") or the practice it changed ("quality matters at
        # the boundary | because ... | so I now validate partner payloads at the gateway").
        unit = p.unit_of(start)  # the cue itself may tell the practice ("since then I split...")
        if _changed_practice(text, unit.start if unit is not None else start, _sentence_end(p, end, 2)):
            return []
        end = _reason_end(p, end)
        if len(words_after(text, start, end, SHORT_MORAL_WORDS)) < SHORT_MORAL_WORDS:
            end = _sentence_end(p, end, 2)  # a transcript's clause cuts a lesson short: it goes on in its sentence
        said.append((start, end))
        abstractions, values, concrete = _word_kinds(words_after(text, start, end, 80))
        # Stock phrases weigh like values ("it pays off in the long run"); advice told to anyone ("if you...,
        # you should...") lets a lesson of a few other words read as one.
        stock = GENERIC.count(text, start, end) + UNIVERSAL.count(text, start, end)
        addressed = ADDRESSED_WORDS if ADDRESSED.count(text, start, end) else 0
        abstractions, values = abstractions + stock, values + stock + addressed
        if CAREER.search(text, start, end) is not None:
            career.append((start, end))
        elif values:
            valued.append((start, end, 4 * abstractions + addressed, stock + bool(addressed), concrete))
        elif len(concrete) >= 2:
            return []
    if not valued:
        return career
    told = set(lesson) if p.section == "answer" else set()
    story = _stems([u for u in p.units if u not in told and not any(s < u.end and u.start < e for s, e in said)])
    abstract = list(career)
    for start, end, room, stock, concrete in valued:
        # A stock phrase makes a platitude of a lesson that names the story's topic ("you just need good monitoring").
        shared = 2 if stock else 1
        if sum(word[:STEM] in story for word in concrete) <= shared and len(concrete) <= room:
            abstract.append((start, end))
        elif len(concrete) >= 2:
            return []
    return sorted(abstract)


_SENTENCE_BREAK = lazy_compile(r"[.!?;…\n]")
# What the candidate now does differently, told in the lesson itself ("...so I now sit in on support's Friday
# triage"): with two concrete words after it, the lesson is tied to what the story changed.
NOW_DOING = lazy_compile(
    r"\b(?:i(?:'ve|’ve| have)? (?:now|since|started|stopped|begun)|(?:now|since then|these days),? i|"
    r"(?:now|since then|these days|nowadays),? (?:before|when|whenever|every time|each time|any time|for any(?:thing)?)\b"
    r"[^.!?;]{0,80}?,? i)\b",
    re.IGNORECASE,
)


def _sentence_end(p: Passage, end: int, clauses: int) -> int:
    """Return where a clause ending at `end` stops, taking up to `clauses` more clauses of its sentence."""
    text = p.text
    for unit in p.units:
        if unit.start < end:
            continue
        if clauses <= 0 or _SENTENCE_BREAK.search(text, end - 1, unit.start) is not None:
            break
        end, clauses = unit.end, clauses - 1
    return end


# Clauses that give a lesson's reason: they open with "because" or follow a colon. With a figure of the story in
# them ("because all three outages came from...", ": missed doses dropped to zero") they tie the lesson to it.
_REASON_OPENS = lazy_compile(r"(?:because|since|as)\b", re.IGNORECASE)


def _reason_end(p: Passage, end: int) -> int:
    """Return where a lesson ending at `end` stops, taking the clause after it when that clause gives its reason
    with a figure."""
    text = p.text
    following = next((u for u in p.units if u.start >= end), None)
    if following is None or _SENTENCE_BREAK.search(text, end - 1, following.start) is not None:
        return end
    if (text[end - 1] == ":" or _REASON_OPENS.match(text, following.start) is not None) and following.numeric:
        return following.end
    return end


def _changed_practice(text: str, start: int, end: int) -> bool:
    """Say whether a lesson tells a practice the candidate took up, with at least two concrete words of it."""
    habit = NOW_DOING.search(text, start, end)
    if habit is None:
        return False
    return len(_word_kinds(words_after(text, habit.end(), end, 30))[2]) >= 2


# A lesson told as a practice, from its first words ("...was to watch the job done before redesigning the form",
# "...: I should pull the raw rows before trusting a chart").
PRACTICE_OPENS = lazy_compile(
    r"\s*(?:[:,\u2014-]\s*)?(?:(?:is|was|here is|here was|for me (?:is|was))\s+)?(?:that\s+)?"
    r"(?:i\s+(?:should|need to|have to|must|now)\s+|to\s+)(?:always\s+|first\s+)?",
    re.IGNORECASE,
)


def _told_practice(text: str, start: int, end: int, words: int = 2) -> bool:
    """Say whether a lesson, from its first words, names a practice with at least `words` concrete words and no
    value or stock phrase: a step one can do, not a virtue to hold."""
    opening = PRACTICE_OPENS.match(text, start, end)
    if opening is None or opening.end() == start:
        return False
    if GENERIC.count(text, start, end) or UNIVERSAL.count(text, start, end):
        return False
    _, values, concrete = _word_kinds(words_after(text, opening.end(), end, 30))
    return not values and len(concrete) >= words


def _word_kinds(words: list[str]) -> tuple[int, int, list[str]]:
    """Count a lesson's values and crowds together, its values alone, and list its other meaningful words."""
    abstractions = values = 0
    concrete: list[str] = []
    for word in words:
        if len(word) <= 3:
            continue
        if word in VALUE_WORDS:
            abstractions += 1
            values += 1
        elif word in CROWD_WORDS:
            abstractions += 1
        elif word not in GENERIC_WORDS and word not in PLAIN_WORDS:
            concrete.append(word)
    return abstractions, values, concrete


STOCK_PHRASES_MAKE_GENERIC = 3
# How many concrete words a practice needs to be a lesson when it shares none with the story.
PRACTICE_WORDS = 4
# How many concrete words advice told to anyone may carry and still fit any story.
ADDRESSED_WORDS = 3
# A lesson shorter than this, cut at its clause, is read on to the end of its sentence.
SHORT_MORAL_WORDS = 6


def _is_generic(
    p: Passage, units: list[Unit], grounded: int | None, specific: int, recitals: Sequence[Hit] = ()
) -> tuple[bool, list[Hit | tuple[int, int]]]:
    phrases: list[Hit | tuple[int, int]] = [*(m for _, m in GENERIC.in_units(units)), *recitals]
    universal = [m for _, m in UNIVERSAL.in_units(units)]
    numeric = any(u.numeric for u in units)
    anchored = (grounded is not None and grounded >= 3) or (
        grounded is None and (specific >= 8 or numeric and specific >= 5)
    )
    generic = bool(phrases) and not (anchored and len(phrases) == 1) or (bool(universal) and not anchored)
    # Three stock phrases or more make a platitude however long it runs, unless it shares the story's words.
    if len(phrases) + len(universal) >= STOCK_PHRASES_MAKE_GENERIC and not (grounded is not None and grounded >= 3):
        generic = True
    if (
        not generic
        and not SYSTEMIC.search_units(units)
        and grounded is not None
        and grounded <= 1
        and specific <= 6
        # A cue that ends its unit ("Two things convinced me.") leads into what follows: the lesson is not here.
        and any(u.start <= start and end <= u.end for start, end in _morals(p, units) for u in units)
        # A lesson that recounts what the candidate believed in the story ("…because I was sure it was the GPU and
        # it wasn't") is drawn from it, however few of its words recur.
        and not any(_OWN_BELIEF.search(u.text, u.start, u.end) for u in units)
        # A lesson that names a step to take ("to sit with the clerks before touching their screen") is a practice
        # drawn from the story when it shares a word with it, or names the step in four words of its own.
        and not any(
            _told_practice(p.text, start, end, PRACTICE_WORDS if grounded < 1 else 2)
            for start, end in _morals(p, units)
        )
        and not (grounded >= 1 and any(_changed_practice(p.text, u.start, u.end) for u in units))
    ):
        generic = True
    return generic, phrases + universal


_OWN_BELIEF = lazy_compile(
    r"\bi(?:'d| had)? (?:was (?:sure|certain|convinced|positive)|(?:had )?(?:thought|assumed|believed|expected|"
    r"guessed|bet))\b",
    re.IGNORECASE,
)


def specific_reflection(p: Passage) -> Finding | None:
    lesson_read = _lesson(p)
    if lesson_read is None:
        return None
    units, grounded, specific = lesson_read.units, lesson_read.grounded, lesson_read.specific
    cues = _lesson_cues(units)
    if p.section != "reflection" and not cues:
        return None
    if lesson_read.generic:
        return None
    if (grounded is not None and grounded < 2) or (grounded is None and specific < 6):
        # A short lesson is still this story's when it names the practice the candidate took up ("now I diff the
        # schema before every migration"), with something of the story in it where there is one.
        if not (grounded is None or grounded >= 1) or not (
            any(_changed_practice(p.text, u.start, u.end) for u in units)
            or any(_told_practice(p.text, start, end) for start, end in _morals(p, units))
        ):
            return None
    lesson = next(iter(cues.values()), None)
    evidence = p.cite([lesson] if lesson else [(units[0].start, units[0].end)], 1)
    return finding(
        "specific_reflection", "major", "The lesson is tied to this story's specifics, not a platitude.", evidence
    )


def generic_reflection(p: Passage) -> Finding | None:
    lesson_read = _lesson(p)
    if lesson_read is None or not lesson_read.generic:
        return None
    units, matches = lesson_read.units, lesson_read.platitudes
    evidence = p.cite(matches, 3) if matches else p.cite([(units[0].start, units[-1].end)], 1)
    return finding(
        "generic_reflection",
        "major" if p.section == "reflection" else "minor",
        f"{quote(evidence[0].text)} would fit any story. Say what this story taught you that you now do differently.",
        evidence,
    )


# How work was routed, funded, owned, reviewed or measured, told as the way things were done ("tickets were
# routed by product area", "the platform was funded as a project", "each ward was left to configure it"): an
# organisational cause when its sentence also says what it led to.
ORG_WAYS = Phrases(
    r"(?:was|were|got|had been|is|are) (?:only |always |never |all |still |usually |mostly |just |each |centrally )?"
    r"(?:routed|funded|owned|reviewed|measured|staffed|budgeted|approved|planned|prioriti[sz]ed|assigned|targeted|"
    r"rewarded|promoted|tracked|judged|scored|bought|procured|negotiated|allocated|triaged|sized|estimated|counted|"
    r"paid|set|configured|signed off|decided|reported|run) (?:\w+ ){0,2}?(?:by|per|on|as|through|via|centrally|"
    r"separately|locally|independently|in isolation|at (?:the )?[a-z]+ level)\b",
    r"(?:each|every|all(?: the)?|individual) (?:\w+ ){0,2}?(?:was|were) (?:left|expected|free) to",
    r"(?:work|requests?|tickets?|bugs?|complaints?|incidents?|changes?|decisions?|orders?|referrals?|escalations?|"
    r"questions?|alerts?|pages?) (?:\w+ )?(?:only )?(?:reached|came to|got to|flowed to|went to|landed (?:with|on)) "
    r"(?:\w+ ){0,3}?(?:only )?(?:through|via|by way of)",
)
# What a way of working led to, said in the same sentence; not the candidate's own next step ("so I trusted them").
_LED_TO = lazy_compile(
    r"\b(?:so|which is why|which meant|meaning|that'?s why|that is why|because|the reason|which is how|that'?s how|"
    r"leaving|which left|ended up|nobody|no one)\b(?!,? (?:i|we)\b)",
    re.IGNORECASE,
)
# The subject of such a passive when it is one piece of work rather than a way of working ("the fix was reviewed
# by my lead").
_ONE_PIECE = lazy_compile(
    r"\b(?:it|this|that|which|he|she|they|i|fix|change|patch|pr|pull request|commit|code|query|script|test|ticket|"
    r"design doc|proposal)\s+$",
    re.IGNORECASE,
)


def _ways_of_working(p: Passage, unit: Unit) -> list[tuple[int, int]]:
    """Return the ways of working a unit names as the cause of what its sentence says happened."""
    text, found = p.text, []
    for match in ORG_WAYS.in_units([unit]):
        hit = match[1]
        if _ONE_PIECE.search(text, max(0, hit.start() - 20), hit.start()) is not None:
            continue
        begin = max(
            (m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, hit.start() - 200), hit.start())), default=0
        )
        stop = _SENTENCE_BREAK.search(text, hit.end(), hit.end() + 240)
        if _LED_TO.search(text, begin, stop.start() if stop else min(len(text), hit.end() + 240)) is not None:
            found.append((unit.start, unit.end))
            break
    return found


# Nouns of how an organisation works, and cues that a sentence names them as a cause.
ORG_NOUNS = Phrases(
    r"process(?:es)?",
    r"ownership",
    r"owners?",
    r"nobody",
    r"no one",
    r"org",
    r"organi[sz]ation(?:al)?",
    r"reviews?",
    r"rota",
    r"rotation",
    r"polic(?:y|ies)",
    r"planning",
    r"incentives?",
    r"metrics?",
    r"dashboards?",
    r"culture",
    r"budgets?",
    r"checklists?",
    r"templates?",
    r"standards?",
    r"escalations?",
    r"hand-?offs?",
    r"contracts?",
    r"onboarding",
    r"hiring",
    r"mechanisms?",
    r"gates?",
    r"approvals?",
    r"procurement",
    r"funding",
    r"roadmaps?",
    r"staffing",
    r"on-?call",
    r"structure",
    r"boundar(?:y|ies)",
    r"seams?",
    r"teams",
    r"directors",
    r"managers",
    r"leadership",
    r"priorit(?:y|ies)",
    r"accountab(?:le|ility)",
    r"goals?",
    r"targets?",
    r"commitments?",
    r"training",
    r"scorecards?",
    r"sign-?off",
)
# Organisational nouns that name what an organisation values or is, not how it works: told loosely, they make a
# moral ("culture is built by what leaders do"), not a cause.
ORG_VALUES = Phrases(
    r"org",
    r"organi[sz]ation(?:al)?",
    r"culture",
    r"leadership",
    r"ownership",
    r"standards?",
    r"accountab(?:le|ility)",
    r"priorit(?:y|ies)",
    r"goals?",
    r"commitments?",
    r"structure",
)
# A reason that is the speaker's own doing ("because I had prepared the data").
_OWN_REASON = lazy_compile(r"\s+(?:i|i'd|i'?ve|i had|i was)\b", re.IGNORECASE)
CAUSE_CUES = Phrases(
    r"because",
    r"why",
    r"so that",
    r"let",
    r"allowed",
    r"meant",
    r"never",
    r"only",
    r"without",
    r"came from",
    r"rewarded",
    r"measured",
    r"counted",
    r"was the (?:problem|cause|bug|gap|reason)",
    r"the (?:\w+ )?reasons? (?:it|this|that|why|we|they|the)",
    r"(?:real|deeper|bigger|underlying) (?:problem|cause|lesson)",
    r"nobody",
    r"no one",
    r"made it",
    r"instead of",
    r"rather than",
    r"wired",
    r"set up to",
    r"(?:set|decided|judged|chosen) by",
    r"(?:measured|judged|scored|rewarded|paid|promoted) on",
)


def _systemic_matches(p: Passage) -> list[tuple[int, int]]:
    return p.memo(_find_systemic)


def _find_systemic(p: Passage) -> list[tuple[int, int]]:
    """Find organisational causes: a known phrasing anywhere, or a lesson that ties an organisational noun to a cause."""
    spans = [(m.start(), m.end()) for family in (SYSTEMIC, MECHANISM, MISMEASURE) for m in p.find(family)]
    closing = list(p.units[-3:]) if p.section == "answer" else []
    lessons = set(lesson_units(p))
    for unit in sorted({*lessons, *closing}, key=lambda u: u.start):
        if GENERIC.count(unit.text, unit.start, unit.end) or UNIVERSAL.count(unit.text, unit.start, unit.end):
            continue  # a platitude about teams is not an organisational cause
        if MISMEASURE_LESSON.count(unit.text, unit.start, unit.end) and unit in lessons:
            spans.append((unit.start, unit.end))
            continue
        nouns = ORG_NOUNS.count(unit.text, unit.start, unit.end)
        told_loosely = unit in lessons or p.level in ("senior", "principal")
        if nouns and (nouns >= 2 or unit.word_count >= 12) and _names_cause(unit, told_loosely):
            spans.append((unit.start, unit.end))
        else:
            spans.extend(_ways_of_working(p, unit))
    if not spans and p.level in ("senior", "principal") and _shared_changes(p):
        spans.extend((m.start(), m.end()) for m in p.find(CAUSE_BESIDE_CHANGE))
        spans.extend(_cause_with_change(p, {*lessons, *closing}))
    return sorted(spans)


# The candidate changing something, or something told as changed or now done differently: "I changed the starter
# kit so…", "we moved to one request per role", "the metric was changed to…", "which the IT team now runs…".
CHANGE_ACT = Phrases(
    r"(?:i|we) (?:\w+ ){0,2}?(?:changed|set up|started|introduced|agreed|moved|made|rebuilt|rewrote|reworked|"
    r"redesigned|redefined|replaced|switched|flipped|turned|created|added|put|proposed|wrote|got|worked with|"
    r"pushed|persuaded|convinced|negotiated|pulled|merged|folded|split|reset|tied|capped|reserved|ring-?fenced|"
    r"removed|dropped|retired)",
    r"(?:was|were|got|has been|have been|is|are) (?:now |then |since |also )?(?:changed|switched|moved|rewritten|redefined|"
    r"replaced|reset|flipped|turned (?:off|on)|split|merged|reworked|redesigned)",
    r"now (?:runs?|uses?|needs?|requires?|has|have|goes|go|asks?|includes?|applies|apply|follows?|reserves?|"
    r"holds?|sets?|starts?|carries|carry|lists?|names?|counts?|measures?|tracks?|shows?|reports?)",
)
# What puts a change within reach of others: a default or a shared artifact every team draws on, or work across
# the organisation ("the library default", "the starter kit", "every release", "for the whole company").
SHARED_REACH = Phrases(
    r"(?:every|each|any|all(?: the| our)?) (?:new |future |other |[\w-]+ )?(?:teams?|services?|squads?|releases?|"
    r"launch(?:es)?|changes?|projects?|groups?|departments?|products?|sites?|engineers?|developers?|managers?|"
    r"hires?|events?|quarters?|sprints?|plans?|requests?|contracts?|vendors?|flags?|repos?|repositories|apps?|"
    r"systems?|pipelines?|migrations?|incidents?|alerts?|models?|dashboards?|tables?|accounts?|stores?|branch(?:es)?)",
    r"(?:the|our) (?:whole |wider |entire )?(?:company|org|organi[sz]ation|department|division|business|floor)",
    r"(?:other|both|sister|neighbou?ring) (?:[\w-]+ )?(?:teams|squads|groups|departments|sites)",
    r"(?:by )?defaults?",
    r"(?:the|our|its|a|one) (?:[\w-]+ ){0,2}?(?:templates?|starter kit|kit|librar(?:y|ies)|checklists?|scorecards?|"
    r"metrics?|targets?|quotas?|planning|capacity plan|plans?|process|processes|polic(?:y|ies)|rota|rotation|"
    r"forms?|reviews?|definitions?|standards?|contracts?|rubrics?|guidelines?|handbook|onboarding|sign-?off|"
    r"approvals?|approvers?|incentives?|bonus(?:es)?|budgets?|catalogue|catalog|registry|owners?|handovers?|"
    r"hand-?offs?|intake)",
    r"how (?:we|the (?:[\w-]+ )?[\w-]+|our [\w-]+|teams|people) (?:plan|review|approve|measure|count|hand|staff|"
    r"fund|budget|prioriti[sz]e|estimate|triage|route|onboard|hire)",
)


def _shared_changes(p: Passage) -> list[tuple[int, int]]:
    """Return the changes the story makes to something others share: a known phrasing, or a change told in a
    sentence that also reaches a default, a shared artifact or the wider organisation."""
    return p.memo(_find_shared_changes)


def _find_shared_changes(p: Passage) -> list[tuple[int, int]]:
    text = p.text
    found = [(m.start(), m.end()) for m in p.find(SHARED_CHANGE)]
    for act in p.find(CHANGE_ACT):
        stop = _SENTENCE_BREAK.search(text, act.end(), act.end() + 200)
        end = stop.start() if stop else min(len(text), act.end() + 200)
        reach = SHARED_REACH.search(text, act.end(), end)
        if reach is not None:
            found.append((act.start(), reach.end()))
    return found


# A change the candidate made or proposed to something others share, so it reaches beyond this story: "I proposed
# that every build step declare its output", "the platform group now applies that check", "made it a requirement
# before anyone leads the round".
SHARED_CHANGE = Phrases(
    r"(?:proposed|introduced|instituted|established|set up) (?:that |for |with )?"
    r"(?:[\w-]+ ){0,4}?(?:every|each|all|any|anyone|anybody|everyone|future|other teams)",
    r"(?:made|changed|set) (?:it|the (?:[\w-]+ )?[\w-]+) (?:so|so that) (?:every|each|all|any|anyone|anybody|no|nobody|"
    r"no one)",
    r"(?:made|make|making) (?:[\w-]+ ){1,4}?(?:a requirement|mandatory|compulsory|the default|a default) (?:for|before|"
    r"across|in) (?:every|each|all|any|anyone|anybody|everyone|future)",
    r"(?:teams?|group|org|organi[sz]ation|department|division|company|managers|leads|everyone) (?:[\w-]+ ){0,3}?now "
    r"(?:applies|apply|uses|use|runs|run|follows|follow|requires|require|includes|include|has|have|does|do|owns|own|"
    r"records?|registers?|declares?|gets?|must|needs?)",
    # A change put into a shared artifact: "added a question about downstream readers to our pull request
    # template", "since then the release checklist asks…", "the other squads picked it up".
    r"(?:added|wrote|built|put|changed|rewrote|extended) (?:[\w-]+ ){0,8}?(?:to|into|in|on) (?:our|the|every|each|all) "
    r"(?:[\w-]+ ){0,3}?(?:templates?|checklists?|ci|pipeline|registry|rota|rotation|runbooks?|playbooks?|definition|"
    r"contract|guide|standard|policy|onboarding|review|metrics|dashboards?|scorecards?|planning)",
    r"we now (?:write|run|hold|keep|do|have|review|check|rotate) (?:[\w-]+ ){0,5}?(?:for|on|before|in|across) (?:every|each|"
    r"any|all)",
    r"(?:set up|started|created|introduced|instituted) an? (?:standing|weekly|monthly|quarterly|recurring|regular|permanent|"
    r"fixed|shared)",
    r"(?:changes|migrations|releases|launches|deploys|designs) (?:to|of|in) (?:[\w-]+ ){1,2}?now (?:need|needs|require|"
    r"must)",
    r"(?:since then|now|these days),? (?:the|our|every|each) (?:[\w-]+ ){0,3}?(?:templates?|checklists?|pipeline|registry|"
    r"reviews?|rota|process|gate) (?:asks|requires|checks|includes|lists|names|blocks|rejects|fails|flags)",
    r"(?:the )?(?:other|\w+ other) (?:[\w-]+ )?(?:teams|squads|groups) (?:[\w-]+ ){0,3}?(?:picked it up|copied|adopted|took "
    r"it up|followed|asked for the same)",
    r"(?:adopted|took up|rolled out|standardi[sz]ed on) (?:it|them|this|that|the (?:[\w-]+ ){0,2}?[\w-]+) (?:across|"
    r"throughout|for|in|to) (?:all|every|each|the (?:whole |wider |entire )?(?:org|organi[sz]ation|company|department|"
    r"division|group)|other)",
)


# Causes that, told alone, may be only part of the story ("the reviewers only looked at the diff", "we were judged
# on the launch date") but name how the organisation works where the story also changes something shared.
CAUSE_BESIDE_CHANGE = Phrases(
    # A review that read only the code: "our review only ever looked at the diff", "reviewers checked the code and
    # not who consumed it", "the review never asked what the job fed".
    r"(?:reviews?|approvals?|sign-?offs?|intake forms?) (?:only |ever )*(?:didn'?t|did not|never) (?:covered|included|"
    r"asked|looked|cover|include|ask|look)",
    r"(?:reviews?|reviewers?|approvers?|approvals?|sign-?offs?) (?:\w+ ){0,2}?(?:only |ever |just )*(?:checked|looked at|"
    r"read|covered|saw|judged) (?:\w+ ){0,3}?(?:code|diff|diffs|syntax|tests)\b,? (?:and |but )?(?:not|never|rather than|"
    r"instead of)",
    r"(?:reviews?|reviewers?|approvers?) (?:only |ever |just )+(?:checked|looked at|read|covered|saw) the (?:diff|code)",
    # Work handed over bare, or a default every team inherited: "the service was handed over with no notes",
    # "every team inherited the library's default".
    r"(?:handed over|handed off|inherited|transferred|passed on|passed over) (?:\w+ ){0,6}?(?:with no |without (?:any )?)"
    r"(?:notes|documentation|docs|context|handover|owner|explanation|runbook)",
    r"(?:every|each) (?:team|service|squad|product|app) (?:\w+ ){0,2}?inherited (?:it|the|that|its|this)",
    # Many parties starting from one shared thing, or a duty or an amount left to chance: "every new service was
    # cloned from the same starter repo", "approved by whichever pharmacist was on shift", "maintenance got whatever
    # time was left", "the delay came from the way access was requested".
    r"(?:every|each|all(?: the| our)?) (?:new |[\w-]+ ){0,2}?(?:teams?|services?|squads?|projects?|apps?|repos?|"
    r"products?|sites?) (?:\w+ ){0,2}?(?:inherited|copied|cloned|forked|started from|were built (?:on|from)|"
    r"was built (?:on|from)|began from)",
    r"(?:approved|reviewed|decided|signed off|set|owned|handled|checked|covered|chosen|picked|prioriti[sz]ed) "
    r"(?:\w+ ){0,2}?by (?:whoever|whichever|whomever)",
    r"(?:came|comes|stemmed|stems|grew|arose) (?:down )?from (?:the way|how) \w+",
    r"(?:whatever|what(?:ever)? little) (?:capacity|time|budget|headcount|room|slack|people) (?:was|were) left",
    # Work that never had anyone to speak for it, and people judged on one number: "reliability items never had a
    # product sponsor", "the team that wrote it was measured on throughput".
    r"never (?:had|got|found) an? (?:[\w-]+ )?(?:owner|sponsor|champion|home|budget|advocate)",
    # A default, a count or a plan that pointed the wrong way: "retries were on by default in the shared client",
    # "we counted alerts closed, not alerts that came back", "we planned every quarter to full capacity", "changes
    # went out with a single approval from anyone".
    r"(?:on|off|enabled|disabled|switched on|turned on) by default",
    # Working around a process is how one story went; beside a change to the process it names what was wrong.
    r"work(?:s|ed|ing)? around (?:it|them|the)",
    # Each party sure the other had it: "the warehouse and our team each thought the other side would catch it".
    r"each (?:assumed|thought|believed|expected) (?:that )?the other",
    r"we (?:only )?(?:counted|measured|tracked|rewarded|reported|celebrated) (?:[\w-]+,? ){1,4}?(?:not|rather than|"
    r"instead of|never)",
    r"(?:to|at) (?:the |our )?full capacity",
    r"(?:with|needed|needing|required|on) (?:only |just )?(?:one|a single|any) (?:approval|review|reviewer|sign-?off) "
    r"from (?:anyone|anybody|any)",
    r"(?:team|teams|engineers?|managers?|leads?|we|they|agents?|staff|squads?|people|developers?|support) (?:[\w-]+ ){0,5}?"
    r"(?:was|were|are|is|got|get) (?:only |mostly |largely |all |each )?(?:measured|judged|rewarded|scored|assessed|"
    r"incentivi[sz]ed|evaluated|appraised|promoted|bonused) (?:on|for|against)",
)


def _cause_with_change(p: Passage, read: set[Unit]) -> list[tuple[int, int]]:
    """In a Senior story that changes something shared, find an organisational cause told anywhere in it.

    The closing and the lessons are read already; a story that goes on to change a shared practice may give its
    cause earlier ("the deeper cause was that when people change teams their jobs don't move with them").
    """
    changes = _shared_changes(p)
    for unit in p.units:
        if unit in read or unit.word_count < 12:
            continue
        if any(start < unit.end and unit.start < end for start, end in changes):
            continue  # the change itself is not its cause
        if GENERIC.count(unit.text, unit.start, unit.end) or UNIVERSAL.count(unit.text, unit.start, unit.end):
            continue
        if (
            ORG_NOUNS.count(unit.text, unit.start, unit.end)
            and ACTORS.count(unit.text, unit.start, unit.end)
            and _names_cause(unit, True)
        ):
            return [(unit.start, unit.end)]
    return []


# People or groups acting in a sentence: a cause in how the organisation works has someone in it ("agents were
# scored on…", "nobody added them up"); "our email template never escaped ampersands" is about the code.
ACTORS = Phrases(
    r"(?:we|they|teams?|squads?|groups?|departments?|org|organi[sz]ation|company|people|engineers?|developers?|"
    r"managers?|leads?|leadership|staff|everyone|everybody|nobody|no one|anyone|anybody|whoever|whichever|"
    r"owners?|reviewers?|approvers?|agents?|analysts?|directors?|procurement|finance|operations|ops|support|sales|"
    r"product|legal|security|marketing|vendors?|contractors?|customers?|users?)",
)


# Words between a cause's cue and the organisational noun it names ("because nobody…", "why the rota…").
_CAUSE_REACH = 2


def _spans_in(family: Phrases, unit: Unit) -> list[tuple[int, int]]:
    """Return where a family matches inside a unit, from the family's scan of the whole text."""
    return [hit.span() for _, hit in family.in_units([unit])]


def _names_cause(unit: Unit, loosely: bool) -> bool:
    """Say whether a unit names one of its organisational nouns as a cause.

    A lesson, or the closing of a Senior story, may give the cause anywhere in the unit. Below Senior the closing
    of a story usually tells what happened next ("posted in the on-call channel what I'd done and why"), so the cue
    must sit beside the noun it blames ("because nobody who ran queries saw the cost", "the rota meant…").
    """
    text, start, end = unit.text, unit.start, unit.end
    if not CAUSE_CUES.count(text, start, end):
        return False
    cues = _spans_in(CAUSE_CUES, unit)
    if (
        loosely
        and ORG_NOUNS.count(text, start, end) > ORG_VALUES.count(text, start, end)
        and ACTORS.count(text, start, end)
    ):
        # Told loosely, the unit must name how the organisation works, not only what it values ("culture",
        # "leadership"), with people in it ("our email template never escaped…" is about the code), and give a
        # reason other than the speaker's own doing ("because I had prepared the data").
        return any(_OWN_REASON.match(text, cue_end) is None for _, cue_end in cues)
    values = set(_spans_in(ORG_VALUES, unit))
    held = [span for span in _spans_in(ORG_NOUNS, unit) if span not in values]
    return any(
        len(words_after(text, min(cue_end, noun_end), max(cue_start, noun_start), _CAUSE_REACH + 1)) <= _CAUSE_REACH
        for cue_start, cue_end in cues
        for noun_start, noun_end in held
        if (cue_start, cue_end) != (noun_start, noun_end)
    )


def systemic_insight(p: Passage) -> Finding | None:
    spans = _systemic_matches(p)
    if not spans:
        return None
    first = p.text[spans[0][0] : spans[0][1]]
    return finding("systemic_insight", "major", f"You name a cause beyond the code: {quote(first)}.", p.cite(spans, 3))


def missing_systemic_insight(p: Passage) -> Finding | None:
    senior = p.level in ("senior", "principal")
    if not senior:
        return None
    if p.section not in ("reflection", "answer") or _systemic_matches(p):
        return None
    if p.section == "answer" and p.word_count < 80:
        return None
    return finding(
        "missing_systemic_insight",
        "major",
        "At this level the bar includes the organisational cause: what in the process, ownership or incentives "
        "let this happen, and what you changed so it cannot happen again.",
    )
