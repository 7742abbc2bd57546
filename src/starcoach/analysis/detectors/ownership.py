"""Ownership and agency: who started it, whose problem it was, who did the work, who was blamed."""

from __future__ import annotations

import re

from starcoach.analysis.passage import Passage, finding, quote, quoted_finding
from starcoach.analysis.report import Finding
from starcoach.analysis.text import Hit, Phrases

# The candidate started it: noticed, decided, or acted before anyone asked.
SELF_STARTED = Phrases(
    r"(?:i|and|so|then|but|,) (?:first |also |quickly |eventually )?(?:noticed|spotted|realized|realised|caught|picked up on|"
    r"stumbled on|came across|saw that)",
    r"i (?:decided|chose|volunteered|offered|took it upon myself|took the initiative|took ownership|took it on|insisted|"
    r"pushed for|made the case|put together|proposed|pitched|suggested (?:we|that we|to)|wrote (?:a|an|up a) (?:[\w-]+ ){0,2}?"
    r"(?:rfc|proposal|design doc|one[\s-]pager|doc|plan|note|memo|brief|pitch))",
    # Going past what was asked.
    r"(?:instead of|rather than) (?:\w+ing )?(?:just|only|simply|merely)",
    r"(?:instead of|rather than) (?:arguing|debating|waiting|guessing|copying|patching|accepting)",
    r"i set out to",
    r"i set (?:the|my own|a higher|a) (?:bar|standard)",
    r"i picked (?:it|this|that) up",
    r"(?:nobody|no one) (?:had )?(?:been )?asked",
    r"(?:which|that|what) (?:nobody|no one) (?:else )?had (?:done|tried|checked|looked at|measured)",
    r"i (?:pulled|checked|dug|read|went through|measured|profiled|traced|timed|counted) (?:\w+ ){0,8}?myself",
    r"(?:beyond|more than|bigger than|broader than|wider than) (?:what )?(?:i was|was|we were|i'?d been|i had been|the ticket|"
    r"the request|the ask|my brief)",
    r"i (?:told|said to|offered) (?:my (?:manager|lead|boss)|them|him|her) (?:that )?i'?d (?:take|own|look|do|fix|handle|pick)",
    r"i set (?:myself|(?:\w+ ){0,2}?(?:goals?|targets?|deadlines?|bars?) for myself)",
    r"i (?:thought|figured|wondered (?:if|whether)) (?:that )?(?:maybe )?(?:we|i) (?:could|should|might)",
    r"i (?:also )?suggested (?:\w+ ){0,3}?(?:that )?we",
    r"(?:while|when) (?:i was )?\w+ing (?:\w+[,]? ){0,5}?i (?:saw|found|noticed|spotted|realised|realized)",
    r"i (?:asked|requested|got permission) (?:if i could|to (?:take|own|lead|sit|run|look|try|pair|build)|for (?:a|one|two|"
    r"three|a couple of|\d+) (?:week|weeks|day|days|sprint|sprints|afternoon))",
    r"i (?:gave myself|spent (?:my|a couple of|a few|two|several|some) (?:own )?(?:evenings|weekends|nights|lunch|"
    r"mornings|afternoons|free))",
    r"(?:on|in) my own (?:initiative|time)",
    r"on my own",
    r"i (?:wanted|needed|set out) to (?:understand|know|find out|see why|figure out|get to the bottom|prove|check whether|"
    r"test whether)",
    r"i (?:got|was|became) curious",
    r"out of curiosity",
    r"i (?:wasn'?t|was not) (?:convinced|satisfied|"
    r"comfortable|willing to)",
    r"i (?:couldn'?t|could not) let (?:it|that) go",
    r"(?:it|this|that) (?:bugged|bothered) me",
    r"i had a hunch",
    r"without (?:being|anyone|anybody) ask(?:ed|ing)",
    r"unprompted",
    r"nobody (?:had )?asked(?: me)?",
    r"no one (?:had )?asked(?: me)?",
    r"i didn'?t wait",
    r"(?:instead of|rather than) waiting",
    r"i (?:took|grabbed|picked up) (?:the|it|that) (?:ticket|issue|task|bug)? ?(?:on )?myself",
    r"i raised my hand",
    r"i stepped (?:in|up|forward)",
    r"i jumped (?:in|on it)",
    r"i made it my (?:job|mission|priority)",
    r"(?:nobody|no one) (?:else )?(?:was going to|would|had touched|had looked)",
)
# The candidate says the problem was not theirs: another team's, unowned, unticketed.
SCOPE = Phrases(
    r"(?:wasn'?t|was not|isn'?t|is not|weren'?t|not) (?:really |at all |even |technically |strictly )?(?:my|our|mine|ours|"
    r"our team'?s|my team'?s)(?: (?:job|team|code|service|system|area|remit|responsibility|problem|project|component|module|"
    r"scope|call|domain|ownership|on-?call|codebase|repo|bug|issue|priority|pipeline|library|app|product|lane|feature|process|"
    r"budget|decision|department))?",
    r"(?:outside|beyond) (?:of )?(?:my|our|our team'?s|my team'?s) (?:team|remit|scope|area|responsibilit(?:y|ies)|role|lane|"
    r"job|ownership|domain|org|brief|charter)",
    r"(?:owned|maintained|run|built|written) by (?:another|a different|an?other|the [a-z]+|a partner|a sister|a separate) "
    r"(?:[a-z-]+ )?(?:team|org|group|squad|department)",
    r"(?:another|a different|other) team[’']s",
    r"(?:a|the) (?:[a-z-]+ )?team[’']s (?:service|code|system|library|pipeline|component|api|repo|module|job|problem|bug|area|"
    r"cluster|database|config|alert|queue|sdk|client|platform)",
    r"(?:it|that|this|the [a-z-]+(?: [a-z-]+)?) (?:belonged|belongs|lived|lives|sat|sits) (?:to|with|in|under) (?:another|a different|"
    r"the [a-z-]+(?: [a-z-]+)?|their|a)",
    r"no (?:jira |open |one'?s )?ticket",
    r"(?:nobody|no one|no team) (?:really |clearly |explicitly )?(?:owned|owns|was responsible|was accountable|was on the hook|"
    r"had ownership|felt (?:was )?(?:theirs|responsible)|was looking)",
    r"(?:had|with|has) no (?:clear |real |obvious )?owner",
    r"(?:unowned|orphaned|ownerless)",
    r"not (?:on )?(?:my|our) (?:roadmap|plate|sprint|backlog|list|okrs?)",
    r"not assigned to (?:me|us|my team)",
    r"(?:wasn'?t|was not|weren'?t) (?:assigned|asked) (?:to me|to us|of me)",
    r"(?:i|we|my team) (?:didn'?t|did not|don'?t) own",
    r"not in my job description",
    r"fell (?:between|through) the cracks",
    r"nobody'?s (?:job|problem|responsibility)",
    r"not (?:their|his|her) (?:service|code|system|problem|job|area|library|call)",
    r"(?:since|because) it was their (?:code|service|system|repo|pipeline|library)",
    r"(?:wasn'?t|isn'?t|not) (?:my|our) (?:area|expertise|specialty|speciality)",
)
# Other ways an answer says whose problem it was, which are not a boundary crossed: the candidate's own
# mistake, something found away from their own task, or an owner outside the company.
WHOSE = Phrases(
    r"(?:it|that|this) was (?:my|our) (?:own )?(?:change|mistake|bug|fault|code|deploy|migration|release|error|commit|"
    r"pr|pull request|script|query|config|miss|call|decision)",
    r"(?:my|our) (?:own )?(?:mistake|fault|error|oversight|bad call)",
    r"i (?:had )?(?:caused|broke|introduced|shipped the bug|missed)",
    r"(?:fixing|working on|looking (?:at|into)|debugging|doing|testing|reviewing) (?:an? |something |some )?"
    r"(?:unrelated|different|other)",
    r"(?:wasn'?t|was not|isn'?t|is not|not) (?:really )?(?:your|yours|your team'?s)",
    r"(?:the )?team that (?:owned|owns|maintained|maintains|ran|runs) (?:it|the [a-z-]+)",
    r"(?:sent|send|sending|pushed|contributed|submitted|upstreamed|taken) (?:it |the fix |a fix |the patch |a patch )?upstream",
    r"the upstream (?:project|maintainers?|repo)",
    r"(?:the|its) (?:project'?s )?maintainers?",
    r"the original (?:project|authors?)",
    r"an? (?:open[- ]source|third[- ]party|vendor'?s?) (?:library|project|package|dependency|tool|sdk)",
)
# The people whose request starts a story.
_ASKERS = (
    r"(?:manager|lead|tech lead|boss|director|skip|pm|team lead|product manager|vp|architect|cto|"
    r"(?:vp|svp|evp|director|head) of [a-z]+)"
)
# Someone else started it, or the motive was spare time.
DELEGATED = Phrases(
    r"(?:my|our|the) " + _ASKERS + r" (?:asked|told|assigned|tasked|wanted|needed|gave|had|put|handed|picked|chose|"
    r"suggested) (?:me|us)",
    r"i was (?:asked|told|assigned|tasked|given|handed|voluntold|instructed|directed|put on|chosen|picked)",
    r"(?:it|this|the (?:ticket|task|project|work|bug|issue))(?: was| got)? (?:assigned|given|handed) to (?:me|us)",
    r"(?:were|was|got|had been) (?:assigned|given|handed|allocated) to (?:me|us)",
    r"i got (?:assigned|asked|tasked|handed|given) ",
    r"(?:they|he|she|leadership|management) (?:asked|assigned|tasked) (?:me|us) to",
    r"(?:spare|free|extra|down) (?:time|cycles|bandwidth)",
    r"had (?:some )?(?:time|bandwidth) (?:on my hands|to kill)",
    r"(?:was|were) (?:a bit )?(?:bored|idle)",
    r"nothing (?:else )?(?:to do|on my plate)",
    r"(?:a )?slow (?:week|sprint)",
    r"(?:came|was) (?:down )?(?:from|handed down by) (?:my manager|leadership|management|above)",
    # The request told as a scene: "my manager came to me and said", "my lead paired me with a new hire".
    _ASKERS + r" came (?:to|over to|up to) (?:me|us|my desk)",
    _ASKERS + r" (?:paired|pulled|brought|nominated|moved|put|roped|signed) (?:me|us)",
    r"asked (?:our|my) (?:team|group|squad) to",
    r"assigned (?:[\w-]+ ){0,3}?to (?:our|my) (?:team|group|squad)",
    r"(?:was|were|had been|got) (?:assigned|given|handed|allocated) to (?:our|my) (?:team|group|squad)",
    r"(?:came|was) from (?:my|our|the) (?:[\w-]+ )?" + _ASKERS,
    # A call for anyone free, answered: "she asked if anyone had time", "they needed someone to".
    r"asked (?:if|whether) (?:anyone|someone|somebody|any of us)",
    r"(?:wanted|needed|was looking for) (?:someone|somebody|a volunteer)",
    # Room in a person's week ("I had some bandwidth"); "we had spare capacity" is as often a cluster's.
    r"(?:i|you) (?:had|have|'ve got|got) (?:some |a bit of |spare |extra )?(?:bandwidth|capacity)",
    r"(?:i was|was) (?:between projects|on the bench)",
    # The request made to a group the candidate was in: "my director asked the four seniors on the team to each pick".
    _ASKERS
    + r" (?:asked|told|tasked|wanted|needed) (?:the|all|each|every|a few|some|several|two|three|four|five|six|\d+) "
    r"(?:[\w-]+ ){0,6}?to",
    # The effort started above or around the candidate: "leadership wanted to", "a working group was formed".
    r"(?:leadership|management|senior leadership|(?:the|our) leadership team|the business|executives|the execs?(?: team)?) "
    r"(?:had )?(?:wanted to|commissioned|mandated|identified|decided to|kicked off|launched)",
    r"(?:a|the) (?:[\w-]+ )?(?:working group|task ?force|tiger team|committee|initiative|program(?:me)?|workstream) "
    r"(?:was|had been|got) (?:formed|set up|created|launched|kicked off|started|commissioned|spun up|put together)",
    _ASKERS + r" (?:set up|launched|kicked off|started|formed|organi[sz]ed|commissioned) (?:a|an|the)",
)
# Giving up on it once it was said: nothing more of the candidate's own follows ("so I left it at that").
_LET_IT_GO = (
    r"(?:i|we|so|and) (?:just )?left it at that",
    r"(?:wasn'?t|was not|isn'?t|is not) (?:really )?(?:much|anything) (?:more |else )?(?:i|we) could (?:do|have done)",
    r"(?:there was )?nothing (?:more|else) (?:i|we) could (?:do|have done)",
)
# The party a problem is passed to: a determiner and its name, or a group named bare.
_PARTY = r"(?:the|their|my|our|a|an|his|her|its|leadership|management|security|legal|finance|ops|qa|support|product)"
# The candidate raised it and stopped: the work went to someone else.
HANDOFF = Phrases(
    r"i (?:\w+ )?(?:raised|filed|opened|logged|created|cut|submitted) (?:a|an) (?:\w+ )?(?:ticket|bug|issue|jira|sev|incident|request)",
    r"(?:i|we) (?:\w+ )?(?:escalated|flagged|reported|forwarded|passed|handed|mentioned|raised|posted) (?:it|this|that|the issue|"
    r"the problem|the bug|the risk|him|her|them)?(?: \w+)? ?(?:to|in|with|over)",
    # A telling joined to the act before it, its subject left out: "I wrote it up and flagged it to the lead".
    r"and (?:then |also |you know |just ){0,2}(?:escalated|flagged|reported|forwarded|raised) (?:it|this|that|the issue|"
    r"the problem|the bug|the risk) (?:to|with)",
    # Told in the passive, with no one doing the passing: "it was escalated to their director".
    r"(?:it|this|that|the (?:issue|problem|bug|risk|ticket|matter|incident|request|concern|question|decision)) "
    r"(?:was|got|were|had been) (?:\w+ )?(?:escalated|handed|passed|sent|forwarded|routed|transferred|kicked|bounced|raised|"
    r"flagged|reported) (?:over |up |back |on |off )?(?:to|through|with) " + _PARTY,
    r"(?:a|an) (?:\w+ )?(?:ticket|bug|issue|jira|request) (?:was|got) (?:created|filed|opened|logged|raised|cut|submitted)",
    r"(?:it|this|that) went (?:over|across|off) to " + _PARTY,
    # The other party carried it on: "they took it from there".
    r"took it (?:over )?from there",
    *_LET_IT_GO,
    r"i (?:\w+ )?(?:escalated|flagged)",
    r"i (?:let|made sure) (?:them|my manager|the (?:other )?team|the owners?|[a-z]+) (?:know|knew|aware)",
    r"i (?:\w+ )?(?:informed|notified|alerted|emailed|pinged|messaged|tagged) (?:the|my|their|our) (?:\w+ )?(?:manager|lead|team|"
    r"owners?|on-?call|director|vp|pm)",
    r"(?:handed|passed|threw) (?:it|this|the [a-z]+) (?:over|off|back)",
    r"left it (?:with|to) (?:them|the)",
    r"(?:it was|was) (?:out of my hands|their (?:call|job|problem)|up to them)",
    r"(?:their|the other team'?s|the owners'?) (?:problem|responsibility) to fix",
    r"let the (?:\w+ )?(?:directors|managers|teams|leads) sort",
    r"i(?:'ve| have) told (?:my|our|the) (?:director|manager|lead|vp)",
    r"i (?:posted|reported) (?:it )?in (?:the|their|our)",
)
# Acts that keep a report alive rather than fix anything.
REPORTING_VERBS = frozenset(
    "created opened filed logged raised posted tagged followed kept pinged emailed messaged escalated flagged reported "
    "documented mentioned checked asked told sent updated".split()
)
# Acts that are not work on the problem: an auxiliary ("I did mention it"), going back to other work, sitting in
# on meetings, being thanked, waiting.
BYSTANDER_VERBS = frozenset("did do went attended received got waited watched".split())
# "I made sure they knew": seeing that someone else acts.
_SEEING_TO_IT = re.compile(r"\s+sure\b", re.IGNORECASE)
# Waiting for others to notice, decide or act.
WAITING = Phrases(
    r"(?:i|we) (?:\w+ )?waited (?:for|until|on|a few|a couple|and|to|it out)",
    r"went away on its own",
    r"(?:resolved|fixed|sorted|solved) itself",
    r"(?:sorted|fixed|resolved|handled|cleared) (?:it|those|them|that|this)(?: out)? eventually",
    r"stepped back and let",
    r"let (?:the|them|my|our|him|her) (?:\w+ ){0,2}?(?:sort|handle|"
    r"own|decide|figure|deal|take it)",
    r"(?:currently|still) (?:being considered|waiting|pending|under review|in the backlog)",
    r"(?:never|didn'?t) (?:fully )?(?:figured|found) out",
    r"(?:i|we) (?:decided to )?(?:wait|hold off) (?:and|until|for)",
    r"(?:i|we) (?:were|was) waiting (?:for|on)",
    r"wait(?:ed)? (?:to see|and see)",
    r"(?:i|we) hoped (?:someone|they|somebody|it would)",
    r"(?:assumed|figured|thought) (?:someone|somebody|the other team|they) (?:else )?(?:would|was|were)",
    r"(?:wasn'?t|not) my place",
    r"(?:didn'?t|did not) want to step on (?:anyone'?s |their |any )?toes",
    r"until (?:someone|somebody|my manager|the other team|they) (?:noticed|decided|told|asked|fixed|got)",
    r"never (?:heard|got) (?:back|a response)",
    r"(?:nobody|no one) (?:got back|responded|replied)",
    r"(?:i|we) (?:left|kept) it (?:as is|alone|for now|in the backlog)",
    r"kept an eye on (?:the|their) (?:ticket|thread|channel|issue)",
    r"eventually (?:they|their team|the other team|someone|somebody|one of (?:the|their)|the [a-z]+ team|the (?:fix|upgrades?|"
    r"change|issue|problem)) (?:\w+ ){0,2}(?:fixed|changed|happened|got|was|were|did|picked|resolved|went)",
    r"after (?:a few|a couple of|two|three|several) (?:days|weeks|months),? (?:one of|someone|they|the [a-z]+ (?:team|devs?|engineers?))",
    r"asked them to (?:prioriti[sz]e|look|pick)",
    r"(?:they|the team|the other team) said (?:they'?d|they would) look",
    r"there (?:wasn'?t|was no) (?:time|point|use) (?:to|in) (?:argu\w*|push\w*|fight\w*)",
    # Deferring, then letting it drop: "I didn't push it", "it was his call so I just went along with it". The
    # decision named as someone else's counts only when the candidate then lets it go (`_LETTING_GO`), not when
    # they commit to it and act.
    *_LET_IT_GO,
    r"(?:it was|it'?s|that was|that'?s) (?:really |ultimately )?(?:his|her|their|the (?:director|manager|lead|vp|owner)'?s|"
    r"management'?s|leadership'?s) (?:call|decision)(?: to make)?",
    r"(?:just|kind of|sort of|simply) (?:\w+ )?went along with",
    r"(?:didn'?t|did not) push (?:it|the point|(?:it )?(?:any )?further|(?:it )?harder)",
    # Keeping out of it while others decide.
    r"(?:days|weeks|months) (?:of )?waiting",
    r"(?:sat|sit) (?:tight|and wait\w*)",
    r"(?:didn'?t|did not) want to (?:interfere|get involved|overstep|get in the way)",
    r"(?:stayed|kept|stay) out of (?:it|their way)",
    r"(?:decided|chose) to (?:wait|leave it|not (?:push|escalate|intervene|get involved))",
    r"(?:my|our) hands were tied",
    r"(?:trusted|assumed|figured) (?:that )?(?:they|the [\w-]+ team|he|she) (?:would|were going to) (?:handle|fix|sort|deal|"
    r"take care|pick)",
    # Another party got to it in their own time: "in Q3 the platform team picked it up".
    r"(?:in q\d|months later|weeks later|eventually|finally|later|a (?:few|couple of) (?:weeks|months) later|after (?:a few|"
    r"a couple of|two|three|several) (?:weeks|months|sprints)),? (?:the|their|one of) (?:[\w-]+ ){0,3}?(?:team|devs?|"
    r"engineers?|owners?|folks) (?:\w+ )?(?:picked (?:it|this|that) up|fixed it|got to it|got (?:a)?round to it|resolved it|"
    r"sorted it)",
    r"(?:didn'?t|did not) want to (?:touch|rock|push|argue)",
    r"(?:sat|sitting) on (?:it|the ticket)",
    r"(?:it|the ticket) (?:sat|stayed) in the backlog",
)
# After a decision named as someone else's, the candidate letting it go. Read across a clause break, since a
# transcript splits "it was their call / so I just went back to my tickets".
_LETTING_GO = re.compile(
    r"[\s,.;:!?-]*(?:right\s+|really\s+|anyway\s+|after all\s+)?(?:you know\s+)?(?:so|and)\s+(?:i|we)\s+"
    r"(?:just|kind of|sort of|basically|simply|left|dropped|let it|stopped|moved on|went (?:back|along))\b",
    re.IGNORECASE,
)
# Faulting others for the problem instead of owning one's part.
_OTHERS = (
    r"(?:the |some |our |their |a few |other |two |three |those )?(?:[a-z-]+ )?(?:team|teams|product|ops|qa|vendor|vendors|"
    r"they|he|she|people|engineers|devs|developers|contractors?|management|pm|pms|designers?|requirements|offshore team|"
    r"intern|juniors?|users|client|customer|stakeholders|business|leadership|on-?call)"
)
# Colleagues a story can put the fault on (customers and users are left out: what they wanted is not blame).
_BLAMED = (
    r"(?:they|he|she|(?:the|our|their|that|this|his|her|some|other) (?:[a-z-]+ ){0,2}?(?:team|teams|manager|lead|"
    r"director|vp|architect|engineers?|developers?|devs|pms?|qa|ops|vendors?|contractors?|reviewers?|owners?|org|"
    r"organi[sz]ation|department|leadership|management|product|business|side|group|analysts?|scientists?|designers?)|"
    r"qa|ops|product|management|leadership)"
)
_PARTICIPLE = r"(?:\w+(?:ed|en|wn)|caught|told|done|read|sent|built|run|thought|made|kept|left|set|put|said)"
BLAME = Phrases(
    r"(?:it was|was) (?:all |mostly |really )?(?:their|his|her|the other team'?s|qa'?s|ops'?|product'?s|management'?s|the vendor'?s|"
    r"the intern'?s|the contractors?'?s?|the previous team'?s) (?:fault|mistake|doing|problem)",
    r"not (?:my|our) fault",
    r"(?:because|since|as|came from|due to|thanks to|caused by|blame) (?:of )?(?:how |that |the way )?"
    + _OTHERS
    + r" (?:\w+ ){0,4}?(?:didn'?t|did not|never|kept (?:changing|adding|breaking|missing|ignoring)|wasn'?t|weren'?t|failed|"
    r"ignored|refused|forgot|had (?:misconfigured|configured|broken|shipped|changed|skipped)|misconfigured|skipped|missed|"
    r"shipped (?:it |the [a-z]+ )?without|broke|messed|screwed|dropped|changed the requirements|rushed|couldn'?t)",
    r"(?:they|he|she|the other team|qa|product|ops|management|the vendor|the contractors?|the previous (?:team|developer|engineer)|"
    r"the offshore team|the business) (?:had |really |completely |totally |just )?(?:messed|screwed|dropped the ball|botched|"
    r"refused to listen|never (?:bothered|tested|listened|documented)|didn'?t (?:bother|care|test|listen|know what|read)|"
    r"couldn'?t be bothered|(?:was|were) (?:incompetent|clueless|useless|sloppy|lazy|careless|slow to respond|not putting in)|"
    r"(?:wasn'?t|weren'?t) (?:putting in|pulling|trying|interested))",
    r"(?:their|his|her|the other team'?s|the previous team'?s) (?:sloppy|bad|terrible|awful|lazy|careless|shoddy|poor) "
    r"(?:code|work|testing|design|job|engineering|communication|planning)",
    r"(?:because of|thanks to) (?:their|his|her|the other team'?s) (?:incompetence|laziness|mistakes?|carelessness)",
    r"if (?:they|he|she|the other team|product|qa) had (?:just|only|actually)",
    r"i blame",
    r"(?:they|he|she) (?:should have|shouldn'?t have) (?:known|caught|tested|checked)",
    r"(?:it'?s|it is|it was|that'?s|that was) (?:their|his|her|the [a-z]+ team'?s) (?:job|responsibility|problem) to",
    r"(?:changing|changed) (?:the )?(?:requirements|scope|specs?|priorities) on us",
    r"(?:they|he|she) (?:just )?(?:kept|keeps) changing",
    r"the real (?:problem|issue|cause) was (?:that )?(?:qa|they|he|she|the [a-z-]+(?: [a-z-]+)?|our [a-z-]+ team|product|management|"
    r"leadership|the reviewer|my lead|my manager) (?:\w+ )?(?:hadn'?t|didn'?t|never|had not|did not|wasn'?t|weren'?t|failed|approved)",
    r"(?:wasn'?t|was not|isn'?t) (?:really |actually )?(?:our|my) fault",
    r"(?:hr|management|leadership|qa|ops|product|they|he|she|"
    r"the [a-z-]+ team|their (?:code|team|import|process)|his (?:code|work)|her (?:code|work)) (?:is|are|was|were) (?:just |so |super |"
    r"really |completely |totally |way too |pretty )?(?:useless|incompetent|broken|fragile|sloppy|clueless|lazy|terrible|a mess|"
    r"hopeless|soft|slow to respond|defensive|protective|out of touch)",
    r"(?:wasn'?t|weren'?t|was not) (?:very |really )?open to feedback",
    r"(?:got|gets|get) defensive",
    r"(?:wasn'?t|isn'?t) cutting it",
    r"(?:didn'?t|doesn'?t) (?:really )?take feedback",
    r"kept letting it slide",
    r"(?:keeps?|kept) (?:lowering|ignoring|breaking|overruling|moving the goalposts)",
    r"(?:came|comes) from (?:the|their) (?:[a-z-]+ ){0,2}team (?:shipping|not|never|without|changing|skipping|ignoring)",
    r"nobody there cares",
    r"(?:only|just) (?:looks|cares) (?:at|about) (?:delivery|numbers|the numbers|dates)",
    r"to be fair,? (?:the|he|she|they|their) (?:\w+ ){0,4}(?:had only|was new|wasn'?t|didn'?t)",
    r"(?:he'?s|she'?s) the director so",
    r"super fragile",
    r"(?:the|their|his|her) (?:\w+ )?(?:code|work|design|import) was (?:sloppy|fragile|a mess|terrible|bad)",
    # A colleague's act told with a dismissive adverb: "they just didn't prioritise it", "they always do whatever".
    _BLAMED
    + r" (?:just |always |basically |simply |really |never really |obviously |clearly ){1,2}(?:didn'?t|don'?t|doesn'?t|"
    r"wouldn'?t|won'?t|refused|ignored|kept|dumped|threw|assumed|sided|do whatever|did whatever|went ahead|"
    r"wanted to (?:hit|protect|look|get|cover|ship)|cared about|care about)",
    # What a colleague should have done, or what would have happened had they done it.
    _BLAMED + r" (?:really |clearly |obviously )?(?:should|shouldn'?t|could|ought to) (?:have|'ve) " + _PARTICIPLE,
    r"if " + _BLAMED + r" had (?:\w+ )?" + _PARTICIPLE,
    # Being proved right: the story becomes who was wrong.
    r"(?:just|exactly) (?:like|as|what) i(?:'?d)? (?:had )?(?:said|predicted|warned|told|been worried about|flagged)",
    r"i was (?:\w+ )?(?:proven|proved) right",
    r"i told (?:you|them|him|her|everyone) so",
    r"i(?:'?d| had) said (?:that )?(?:it|this|that) would happen",
    r"i wasn'?t (?:at all |really |even )?surprised",
    # The cause placed on the other side, or on what they were like.
    r"(?:came|comes|coming) from (?:their|his|her|the other) (?:side|end|team|code|service|gateway|system)",
    r"(?:was|were|is|are) (?:just |so |really |pretty )?(?:badly|poorly|sloppily) (?:written|designed|built|tested|run|managed)",
    r"(?:unrealistic|unreasonable|impossible) (?:expectations|demands|deadlines)",
)


OWNERSHIP_CUES = Phrases(
    r"not yours",
    r"outside (?:your|of your)",
    r"ownership",
    r"owned",
    r"no one (?:else )?(?:owned|asked)",
    r"nobody (?:else )?(?:owned|asked)",
    r"without being asked",
    r"beyond your",
    r"wasn'?t your",
    r"your responsibility",
    r"took (?:on|charge)",
    r"step(?:ped)? up",
)


def self_initiated(p: Passage) -> Finding | None:
    return quoted_finding(p, SELF_STARTED, "self_initiated", "major", "You show you started this yourself: {quote}.")


def scope_boundary(p: Passage) -> Finding | None:
    return quoted_finding(
        p, SCOPE, "scope_boundary", "major", "You say where your remit ended ({quote}), which makes taking it on count."
    )


# "My lead gave me feedback": what a colleague gives that is not work to do.
_NOT_A_TASK = re.compile(
    r"\s+(?:some\s+|a\s+lot\s+of\s+|a\s+bit\s+of\s+|\w+\s+)?(?:feedback|credit|kudos|praise|shout-?outs?|"
    r"heads[\s-]up|compliments?|advice|a\s+hard\s+time|a\s+look)\b",
    re.IGNORECASE,
)


def delegated_initiative(p: Passage) -> Finding | None:
    matches = [m for m in p.find(DELEGATED) if _NOT_A_TASK.match(p.text, m.end()) is None]
    if p.section == "answer" and p.units:
        # Only how the story starts counts: being asked to own something after the work is recognition.
        opening = p.units[0].start + (p.units[-1].end - p.units[0].start) * 0.45
        matches = [m for m in matches if m.start() <= opening]
    if not matches:
        return None
    went_beyond = [m for m in p.find(SELF_STARTED) if m.start() > matches[0].end()]
    if went_beyond:
        return None
    return finding(
        "delegated_initiative",
        "major"
        if p.section in ("task", "situation") or p.principle_slug_in("ownership", "bias-for-action")
        else "minor",
        f"{quote(matches[0].group())}: the work starts with someone else's request. Say what you decided "
        "on your own, or what you did beyond what was asked.",
        p.cite(matches, 3),
    )


def handoff(p: Passage) -> Finding | None:
    matches = p.find(HANDOFF)
    if not matches:
        return None
    last = matches[-1]
    acted_after = [
        a
        for a in p.my_actions
        if a.start > last.end()
        and a.verb_class in ("action", "decision")
        and a.verb not in REPORTING_VERBS
        and a.verb not in BYSTANDER_VERBS
        and _SEEING_TO_IT.match(p.text, a.end) is None
    ]
    if len(acted_after) >= 2:
        return None
    return finding(
        "handoff",
        "major",
        f"{quote(last.group())} and then the story stops being yours: say what you did to get it fixed, "
        "not only who you told.",
        p.cite(matches, 3),
    )


# "An alert that fixed itself": what a thing tends to do, said in a relative clause, is not how the story ended.
_WHAT_IT_DOES = re.compile(r"\b(?:that|which)\s+(?:\w+\s+)?$", re.IGNORECASE)
_ON_ITS_OWN = re.compile(r"(?:itself|its own)$", re.IGNORECASE)


_SOMEONE_ELSES_CALL = re.compile(r"(?:call|decision|to make)$", re.IGNORECASE)


def _waited(p: Passage, m: Hit) -> bool:
    """Say whether a waiting phrase tells what the candidate did in the story: not what some thing tends to
    do, and not a decision left to its owner that the candidate then committed to."""
    text = m.group()
    if _SOMEONE_ELSES_CALL.search(text) is not None:
        return _LETTING_GO.match(p.text, m.end()) is not None
    if _ON_ITS_OWN.search(text) is not None:
        return _WHAT_IT_DOES.search(p.text, max(0, m.start() - 24), m.start()) is None
    return True


def passive_waiting(p: Passage) -> Finding | None:
    matches = [m for m in p.find(WAITING) if _waited(p, m)]
    if not matches:
        return None
    return finding(
        "passive_waiting",
        "major",
        f"{quote(matches[0].group())}: waiting for others to act reads as a lack of ownership.",
        p.cite(matches, 3),
    )


# "It wasn't because engineers didn't care": a cause of blame named in order to reject it.
_REJECTED = re.compile(r"\b(?:not|never|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\s+(?:\w+\s+){0,2}$", re.I)


def blame(p: Passage) -> Finding | None:
    return quoted_finding(
        p,
        BLAME,
        "blame",
        "major",
        "{quote} puts the fault on others. Own the part that was yours and say what you changed.",
        keep=lambda m: _REJECTED.search(p.text, max(0, m.start() - 40), m.start()) is None,
    )


def missing_scope_boundary(p: Passage) -> Finding | None:
    asked_about_it = bool(p.question and OWNERSHIP_CUES.search(p.question))
    # A follow-up is judged on what its probe asks; a whole answer on the principle too.
    about_ownership = asked_about_it or (p.section != "followup" and p.principle_slug_in("ownership"))
    if not about_ownership or p.find(SCOPE) or p.find(WHOSE) or p.word_count < 40:
        return None
    if p.section == "followup" and p.question and (SCOPE.search(p.question) or WHOSE.search(p.question)):
        return None  # the probe itself says whose it was ("why not hand it to the team that owned it?")
    return finding(
        "missing_scope_boundary",
        "major" if p.section == "answer" else "minor",
        "This is an ownership question, but the answer never says whose problem it was. Say whether it was "
        "your team's, another team's, or nobody's, and why you took it on anyway.",
    )
