"""Ownership and agency: who started it, whose problem it was, who did the work, who was blamed."""

from __future__ import annotations

import re

from starcoach.analysis.agency import Act, classify_verb
from starcoach.analysis.passage import Passage, finding, quote, quoted_finding
from starcoach.analysis.report import Finding
from starcoach.analysis.text import CLAUSE_STOP, Hit, Phrases, clause_start, lazy_compile, words_after

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
    r"i (?:pulled|checked|dug|read|went through|measured|profiled|traced|timed|counted|looked at|looked into|called|"
    r"split|tested|reproduced|worked out|ran|analy[sz]ed|sampled|audited|reviewed) (?:\w+ ){0,8}?myself",
    r"(?:beyond|more than|bigger than|broader than|wider than) (?:what )?(?:i was|was|we were|i'?d been|i had been|the ticket|"
    r"the request|the ask|my brief)",
    r"i (?:told|said to|offered) (?:my (?:manager|lead|boss)|them|him|her) (?:that )?i'?d (?:take|own|look|do|fix|handle|pick)",
    r"i set (?:myself|(?:\w+ ){0,2}?(?:goals?|targets?|deadlines?|bars?) for myself)",
    r"i (?:thought|figured|wondered (?:if|whether)) (?:that )?(?:maybe )?(?:we|i) (?:could|should|might)",
    r"i (?:also )?suggested (?:\w+ ){0,3}?(?:that )?we",
    r"(?:while|when) (?:i was )?\w+ing (?:\w+[,]? ){0,5}?i (?:saw|found|noticed|spotted|realised|realized)",
    r"i (?:asked|requested|got permission) (?:if i could|to (?:take|own|lead|sit|run|look|try|pair|build)|for (?:a|one|two|"
    r"three|a couple of|\d+) (?:week|weeks|day|days|sprint|sprints|afternoon))",
    # Asking leave to take it on: "I asked my lead to let me fix it first", "I asked her whether I could own it".
    r"(?:i|and|then|so) (?:asked|persuaded|convinced) (?:\w+ ){0,3}?(?:to let me|(?:if|whether) i could)",
    # Asking for time to take it on: "went to my manager and asked for two days to fix it".
    r"(?:i|and|then|so|[a-z]+,) (?:asked|requested) (?:\w+ ){0,3}?for (?:a|an|one|two|three|a couple of|a few|some|\d+) (?:more |"
    r"extra |spare )?(?:week|weeks|day|days|sprint|sprints|afternoons?|hours|mornings?) (?:\w+ )?to (?:fix|try|look|work|build|"
    r"rewrite|prototype|dig|clean|sort|investigate|test|prove|redo|replace)",
    # Offering, told as the next step: "I flagged it to them, then offered to write the script myself".
    r"(?:and|then|so|but) (?:also |just )?(?:volunteered|offered) to",
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
    r"(?:it|this|that|what|which|something) (?:really |always |still )?(?:bugged|bothered|nagged at|niggled|irked|puzzled) me",
    # A request nobody made, said of the step itself: "which she hadn't asked for", "something that wasn't in the plan".
    r"(?:which|that) (?:nobody|no one|she|he|they|anyone|my (?:manager|lead|boss)) (?:had(?:n'?t| not)?|did(?:n'?t| not)) "
    r"(?:ever |actually )?(?:asked for|requested|asked me to do)",
    r"(?:something|one thing|a (?:check|test|step)) (?:that|which) (?:wasn'?t|was not) (?:in|on|part of) (?:the|our|my|any) "
    r"(?:\w+ )?(?:plan|spec|brief|ticket|scope|checklist|runbook)",
    r"i had (?:this|an|a) (?:\w+ )?(?:thought|idea|nagging)",
    r"i had a hunch",
    r"without (?:being|anyone|anybody) ask(?:ed|ing)",
    r"unprompted",
    r"nobody (?:had )?asked(?: me)?",
    r"(?:nobody|no one) (?:had )?(?:ever )?(?:told|tasked) me to",
    r"no one (?:had )?asked(?: me)?",
    r"i didn'?t wait",
    r"(?:instead of|rather than) waiting",
    r"i (?:took|grabbed|picked up) (?:the|it|that) (?:ticket|issue|task|bug)? ?(?:on )?myself",
    r"i raised my hand",
    r"i stepped (?:in|up|forward)",
    r"i jumped (?:in|on it)",
    r"i made it my (?:job|mission|priority)",
    r"(?:nobody|no one) (?:else )?(?:was going to|would|had touched|had looked)",
    # Claiming it: "I decided it was mine to fix", "I treated the relationship as mine to repair".
    r"(?:as|was|were|is) mine to (?:fix|repair|own|solve|sort|handle|deal with|take on|change|add|chase)",
    # Doing it rather than passing it on: "instead of dropping a ticket on their board I took it to their lead".
    r"(?:instead of|rather than) (?:just )?(?:letting|leaving|filing|escalating|handing|raising|dropping|asking|opening|"
    r"logging|hoping|assuming|passing|throwing|punting|deferring)",
    # Looking without being sent: "I went looking for", "during my own review of the build I found".
    r"i went (?:looking|digging|hunting|searching) (?:for|into|through|around)",
    r"(?:during|in|from|on) my own (?:review|testing|tests|check|checks|audit|investigation|analysis|digging|reading|"
    r"profiling)",
    r"i set (?:a|an|the|my) (?:\w+ )?(?:goal|target|bar)",
    r"(?:off|on) my own bat",
    r"of my own (?:accord|volition)",
    r"(?:i|and) (?:then |also )?proactively",
    r"before (?:anyone|anybody|someone) (?:had )?(?:asked|noticed|told me|flagged it)",
    r"(?:as a|on a) (?:little |small )?side project",
    r"(?:in|during|with|on) my (?:20|twenty) ?(?:%|percent|per cent) time",
    r"(?:it|something|this|that|one (?:thing|number|line)) (?:\w+ )?caught my (?:eye|attention)",
    r"it (?:struck|occurred to|dawned on) me",
    r"i put my hand up",
    r"i was the (?:one|first|only one) (?:who|to) (?:first |actually )?(?:noticed|spotted|raised|flagged|caught|questioned|"
    r"asked why)",
    r"i said i(?:'d| would) (?:take|own|look into|fix|handle|pick|lead|run with)",
    r"i (?:kept|started) (?:seeing|noticing)",
    r"i (?:started|began) (?:looking|digging|poking) (?:into|around)",
    r"i (?:didn'?t|did not) like (?:how|that|the way|the fact|seeing)",
    r"i had a (?:feeling|suspicion|theory|gut feeling)",
    r"i came up with (?:the|an|a) (?:idea|plan|proposal)",
    r"i made (?:a point of|it a habit to)",
    r"i (?:started|began) (?:collecting|tracking|logging|measuring|timing|counting|recording)",
    r"i (?:couldn'?t|could not) (?:ignore|stop thinking about) (?:it|this|that|the)",
    r"(?:going|looking|digging|reading|reviewing|scrolling|browsing|poking) (?:through|at|into|over|around) (?:[\w-]+ ){0,5}?"
    r",? i (?:saw|noticed|found|spotted|realised|realized)",
    r"i (?:got|became) (?:really |quite )?interested in (?:why|how|whether|what)",
    r"i (?:figured|thought) i(?:'d| would| might as well) (?:take a look|look into|dig|have a go|have a look)",
)
# The candidate says the problem was not theirs: another team's, unowned, unticketed.
SCOPE = Phrases(
    # Said outright: "it wasn't my team's", "not my service", "that was never mine".
    r"(?:wasn'?t|was not|isn'?t|is not|weren'?t|not) (?:really |at all |even |technically |strictly )?(?:my|our|"
    r"our team'?s|my team'?s) (?:job|team|code|service|system|area|remit|responsibility|problem|project|component|module|"
    r"scope|call|domain|ownership|on-?call|codebase|repo|bug|issue|priority|pipeline|library|app|product|lane|feature|"
    r"process|budget|decision|department|squad|group|org|patch|turf|place|queue|platform|tool|database|function|"
    r"thing|stuff|concern|business|department'?s|squad'?s|group'?s|org'?s)",
    r"(?:wasn'?t|was not|isn'?t|is not|weren'?t|not) (?:really |at all |even |technically |strictly )?(?:mine|ours|"
    r"our team'?s|my team'?s|my|our)",
    r"(?:outside|beyond) (?:of )?(?:my|our|our team'?s|my team'?s) (?:team|remit|scope|area|responsibilit(?:y|ies)|role|lane|"
    r"job|ownership|domain|org|brief|charter)",
    r"(?:owned|maintained|run|built|written) by (?:another|a different|an?other|the [a-z]+|a partner|a sister|a separate) "
    r"(?:[a-z-]+ )?(?:team|org|group|squad|department)",
    r"(?:another|a different|other|the other|a separate|a sister) (?:team|squad|group|org|department|function)[’']s",
    r"(?:a|the) (?:[a-z-]+ ){0,2}?team[’']s (?:own )?(?:service|code|system|library|pipeline|component|api|repo|module|job|problem|"
    r"bug|area|cluster|database|config|alert|queue|sdk|client|platform|data|tooling|script|responsibility|remit|domain|"
    r"backlog|budget|infrastructure|integration|product|app|tool)",
    r"(?:it|that|this) (?:was|is) (?:obviously |clearly |really |technically |strictly |officially )?their (?:code|service|"
    r"system|repo|pipeline|library|data|tool|platform|job|area|responsibility|remit|domain)",
    r"(?:it|that|this|the [a-z-]+(?: [a-z-]+)?) (?:belonged|belongs) to (?:another|a different|the [a-z-]+(?: [a-z-]+)?|their|a)",
    # Kept by another party: "it sat with the platform team", "the job lived under the data org".
    r"(?:it|that|this|the [a-z-]+(?: [a-z-]+)?) (?:lived|lives|sat|sits) (?:with|in|under) (?:another|a different|the|their|a) "
    r"(?:[a-z-]+ ){0,2}?(?:team|org|group|squad|department|function)",
    r"no (?:jira |open |one'?s )?ticket",
    r"not (?:on )?(?:my|our) (?:roadmap|plate|sprint|backlog|list|okrs?)",
    r"not assigned to (?:me|us|my team)",
    r"(?:wasn'?t|was not|weren'?t) (?:assigned|asked) (?:to me|to us|of me)",
    r"(?:i|we|my team|our team|my squad|our squad|my group|our group) (?:didn'?t|did not|don'?t|never) own",
    r"(?:i|we) (?:wasn'?t|weren'?t|was not|were not) (?:really |technically |officially )?on the hook for",
    # Not part of what the candidate was there to do: "it wasn't part of my role", "I was never asked to", "I had no
    # mandate over it", "nobody told me to", "there was no ticket for it".
    r"(?:wasn'?t|was not|isn'?t|is not|not|never) (?:really |strictly |officially |technically )?(?:a )?part of (?:my|our) "
    r"(?:job|role|remit|brief|responsibilities|team'?s (?:job|remit|work|scope)|scope|charter|day job)",
    r"(?:i|we) (?:wasn'?t|was not|was never|weren'?t|were not|were never|hadn'?t been|had not been|had never been) "
    r"(?:ever |even |actually )?(?:asked|assigned|"
    r"told|tasked) to",
    r"(?:i|we) had no (?:ownership|mandate|authority|responsibility|remit) (?:of|over|for)",
    r"(?:nobody|no one) (?:had )?(?:ever )?(?:told|assigned|tasked) (?:me|us) (?:to|with)",
    r"(?:without|there (?:wasn'?t|was not|was never|had never been|hadn'?t been)) (?:a|any) (?:jira |open )?ticket",
    r"not in my job description",
    r"not (?:their|his|her) (?:service|code|system|problem|job|area|library|call)",
    r"(?:since|because) it was their (?:code|service|system|repo|pipeline|library)",
    r"(?:wasn'?t|isn'?t|not) (?:my|our) (?:area|expertise|specialty|speciality)",
    # Nobody put it on the candidate: "nobody had asked me to", "no one asked for it".
    r"(?:nobody|no one) (?:had )?(?:ever )?asked (?:me|us|for (?:it|this|that)|anyone)",
    r"(?:nobody|no one|no team) had (?:a|any|filed a|opened a|raised a) ticket",
    r"(?:wasn'?t|was not|not|never) (?:on|in) (?:anyone|anybody|any team)'?s (?:roadmap|radar|plate|list|backlog|queue|sprint)",
)
# The problem told as nobody's: unowned, fallen between teams. Said of the problem the candidate took on, this is
# whose it was; said in the lesson drawn at the end ("nobody owned the seam between teams"), it is the systemic cause.
UNOWNED = Phrases(
    r"(?:nobody|no one|no team) (?:really |clearly |explicitly )?(?:owned|owns|was responsible|was accountable|"
    r"was on the hook|had ownership|felt (?:was )?(?:theirs|responsible)|was looking)",
    r"(?:had|with|has) no (?:clear |real |obvious )?owner",
    r"(?:unowned|ownerless)",
    r"(?:was|were|been|left|become|became|got) orphaned",
    r"fell (?:between|through) the cracks",
    # Never taken up by anyone: "nobody had picked it up", "no one took it over", "neither team claimed it".
    r"(?:nobody|no one|no team|neither (?:team|side|group|of them)) (?:had )?(?:ever )?(?:picked (?:it|this|that) up|picked up (?:the|this|that) (?:[\w-]+ ){0,2}?(?:ticket|bug|issue|task|"
    r"work|job|problem|fix|cleanup)|"
    r"taken (?:it|this|that) (?:on|over)|took (?:it|this|that) (?:on|over)|claimed (?:it|this|that)|been (?:given|assigned) "
    r"(?:it|this|that)|assigned (?:it|this|that|the (?:[\w-]+ ){0,3}?[\w-]+) to (?:anyone|anybody|a team|an owner))",
    r"(?:fell|sat|slipped|lived) between (?:two|the|both|several|three) (?:teams|groups|squads|orgs|departments|stools|chairs)",
    r"nobody'?s (?:job|problem|responsibility)",
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
    # The candidate's own, said outright: "it was my team's service", "the code was mine", "I was on call that week",
    # "as the owner of the checkout service".
    r"(?:it|that|this|the [\w-]+(?: [\w-]+)?) (?:was|were|is) (?:my|our) (?:own |team'?s )?(?:service|system|code|module|"
    r"pipeline|area|problem|responsibility|library|product|component|job|app|codebase|repo|on-?call)",
    r"(?:was|were|is|as) (?:all |really |squarely |entirely )?(?:mine|ours)\b",
    r"i (?:was|am) (?:the |its |their )?(?:owner|on[- ]call|accountable|responsible for)",
    r"(?:as|being) (?:the|its) (?:[\w-]+ )?owner of",
    r"i (?:owned|own|maintained|maintain|had (?:originally )?(?:written|built)) (?:the|that|this|it)\b",
    # Owned outside the company or by no one left: "the vendor owned the SDK", "a team that was disbanded in the
    # reorg", "nobody maintained it".
    r"(?:the |a |our )?(?:vendor|supplier|partner|provider|[\w-]+ team) (?:owned|owns|maintained|maintains)",
    r"(?:team|owners?|authors?) (?:that|who) (?:was|were|had been|got) (?:disbanded|dissolved|reorgan[iz]ed away|laid off|let go)",
    r"(?:nobody|no one|no team) (?:\w+ ){0,3}?(?:maintained|looked after|took care of|felt responsible|was maintaining)",
    r"(?:had )?left the company",
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
    r"i got (?:assigned|asked|tasked|handed|given)",
    r"(?:they|he|she|leadership|management) (?:asked|assigned|tasked) (?:me|us) to",
    r"(?:spare|free|extra|down) (?:time|cycles|bandwidth)",
    r"had (?:some )?(?:time|bandwidth) (?:on my hands|to kill)",
    r"(?:was|were) (?:a bit )?(?:bored|idle)",
    r"nothing (?:else )?(?:to do|on my plate)",
    r"(?:a )?(?:slow|quiet) (?:week|sprint|couple of weeks|few weeks|patch|period)",
    r"(?:landed|dropped|ended up|put (?:it|this|that)) on my plate",
    r"handed down (?:a|the) (?:mandate|target|goal|directive|deadline)",
    _ASKERS + r" made it my (?:job|responsibility|task)",
    _ASKERS + r" wanted (?:the|a|an|it|this|that) (?:[\w-]+ ){0,3}?(?:done|built|shipped|finished|fixed|delivered)",
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
# Those a problem is passed to, named as people say it: a team, its lead, its owners, its queue.
_RECEIVER = (
    r"(?:them|him|her|ops|qa|security|legal|support|(?:the|their|my|our|an?|the other) (?:[\w-]+(?:'s)? ){0,2}?(?:team|teams|"
    r"folks|owners?|lead|manager|director|on-?call|vendor|supplier|provider|support|helpdesk|architects?|squad|group|pm|"
    r"queue|board|backlog))"
)
# The candidate raised it and stopped: the work went to someone else.
HANDOFF = Phrases(
    r"i (?:\w+ )?(?:raised|filed|opened|logged|created|cut|submitted) (?:a|an) (?:\w+ )?(?:ticket|bug|issue|jira|sev|incident|request)",
    r"(?:i|we) (?:\w+ ){0,2}?(?:escalated|flagged|reported|forwarded|passed|handed|mentioned|raised|posted) (?:it|this|that|the issue|"
    r"the problem|the bug|the risk|him|her|them)?(?: \w+)? ?(?:to|in|with|over)",
    # A telling joined to the act before it, its subject left out: "I wrote it up and flagged it to the lead".
    r"and (?:then |also |you know |just ){0,2}(?:escalated|flagged|reported|forwarded|raised) (?:(?:it|this|that|the issue|"
    r"the problem|the bug|the risk) )?(?:to|with)",
    # Told in the passive, with no one doing the passing: "it was escalated to their director".
    r"(?:it|this|that|the (?:issue|problem|bug|risk|ticket|matter|incident|request|concern|question|decision)) "
    r"(?:was|got|were|had been) (?:\w+ )?(?:escalated|handed|passed|sent|forwarded|routed|transferred|kicked|bounced|raised|"
    r"flagged|reported) (?:over |up |back |on |off )?(?:to|through|with) " + _PARTY,
    r"(?:a|an) (?:\w+ )?(?:ticket|bug|issue|jira|request) (?:was|got) (?:created|filed|opened|logged|raised|cut|submitted)",
    r"(?:it|this|that) went (?:over|across|off) to " + _PARTY,
    # The other party carried it on: "they took it from there".
    r"took it (?:over )?from there",
    *_LET_IT_GO,
    r"i (?:\w+ ){0,2}?(?:escalated|flagged)",
    r"i (?:let|made sure) (?:them|my manager|the (?:other )?team|the owners?|[a-z]+) (?:know|knew|aware)",
    r"i (?:\w+ )?(?:informed|notified|alerted|emailed|pinged|messaged|tagged) (?:the|my|their|our) (?:\w+ )?(?:manager|lead|team|"
    r"owners?|on-?call|director|vp|pm)",
    r"(?:handed|passed|threw) (?:it|this|the [a-z]+) (?:over|off|back)",
    r"left it (?:with|to) (?:them|the)",
    r"left (?:them|him|her) to it",
    r"(?:logged|filed|raised|dropped) (?:it|this|that) (?:in|on|into) (?:their|the) (?:[\w-]+ )?(?:jira|backlog|queue|board|"
    r"tracker|system|portal|helpdesk)",
    r"(?:sent|kicked|punted|bounced|tossed|lobbed) (?:it|this|that) (?:over|across|back) to",
    r"gave (?:it|this|that) to (?:the|their) (?:[\w-]+ ){0,2}?(?:team|owners?|folks|on-?call) to (?:fix|handle|sort|deal|"
    r"look)",
    r"made (?:the|their|my|our) (?:[\w-]+ )?(?:manager|lead|team|owners?|director|on-?call) aware",
    r"(?:that was|that'?s|which was) (?:the end of|where) my (?:involvement|part)",
    r"assigned (?:it|this|that|the (?:bug|ticket|issue)) to (?:their|the other|the [\w-]+) team",
    r"(?:it was|was) (?:out of my hands|their (?:call|job|problem)|up to them)",
    r"(?:was|went|got|were|is) (?:\w+ ){0,2}?(?:out of my hands|(?:in|into) (?:their|his|her) hands)",
    r"(?:their|the other team'?s|the owners'?) (?:problem|responsibility) to fix",
    r"let the (?:\w+ )?(?:directors|managers|teams|leads) sort",
    r"i(?:'ve| have) told (?:my|our|the) (?:director|manager|lead|vp)",
    r"i (?:posted|reported) (?:it )?in (?:the|their|our)",
    # Telling as the whole act: "I brought it up with their lead", "I raised it at the retro", "I put it on their radar".
    r"(?:i|we) (?:\w+ )?(?:brought (?:it|this|that|the (?:[\w-]+ )?[\w-]+) up|raised (?:it|this|that)) (?:again )?(?:with|at|in|during) "
    + _PARTY,
    r"(?:put|got) (?:it|this|that) on (?:their|his|her|the [\w-]+ team'?s|(?:my|our) (?:manager|lead|director)'?s) radar",
    r"i (?:\w+ )?(?:sent|dropped|wrote) (?:them|him|her|their (?:lead|manager|team|on-?call)|the (?:[\w-]+ )?(?:team|owners?)) "
    r"(?:an? )?(?:email|message|note|slack|dm|ticket)",
    r"i (?:\w+ )?told (?:the|their) (?:[\w-]+ )?(?:team|owners?|lead|manager|on-?call|maintainers?)",
    # Suggested, then lost sight of: "I'm not sure if it ever got adopted".
    r"(?:not sure|don'?t know|no idea|never found out) (?:if|whether) (?:it|anyone|the (?:idea|proposal|checklist|change)) "
    r"(?:ever )?(?:\w+ )?"
    r"(?:got|was|were|did|actually) (?:\w+ )?(?:adopted|implemented|picked up|acted on|followed|actioned|used|rolled out)",
    # Telling as the whole act: "I let my lead know", "I brought it to my manager's attention", "I gave the payments
    # team a heads-up".
    r"i (?:\w+ )?let (?:my|our|the|their) (?:[\w-]+ ){1,2}?know",
    r"brought (?:it|this|that|the [\w-]+) to (?:\w+(?:'s)? ){1,3}?attention",
    r"gave (?:the|their) (?:[\w-]+ ){0,2}?(?:team|owners?|on-?call|folks|lead|manager) a heads[- ]?up",
    # Sending it or one's findings on: "I sent it their way", "I passed my findings to the backend team to fix", "I
    # turned it over to security", "I reassigned the ticket to their queue".
    r"(?:sent|passed|kicked|punted|threw|pushed) (?:it|this|that|the [\w-]+) (?:their|his|her) way",
    r"(?:i|we) (?:\w+ )?(?:forwarded|passed|handed|sent|gave) (?:the|my|our|all the|all my) (?:[\w-]+ ){0,2}?(?:details|logs|"
    r"findings|analysis|repro|evidence|stack traces?|screenshots) (?:on |over |"
    r"across )?to " + _RECEIVER,
    r"turned (?:it|this|that|everything|the (?:[\w-]+ )?[\w-]+) over to",
    r"(?:re-?assigned|routed|re-?routed|transferred|moved) (?:it|this|that|the (?:ticket|bug|issue|case|incident)) (?:over )?to "
    + _RECEIVER,
    # A case or a note left in another's queue: "I put in a ticket with infra", "I opened a support case with the
    # vendor", "I dropped a note in their channel".
    r"i (?:\w+ )?(?:put in|opened|raised|filed|logged|submitted) (?:a|an) (?:\w+ )?(?:ticket|case|request) (?:with|for|to) "
    + _RECEIVER,
    r"i (?:\w+ )?(?:dropped|left|posted|put) (?:a|an) (?:\w+ )?(?:note|message|comment|post|question) (?:in|on|into) "
    r"(?:their|the [\w-]+ team'?s) (?:[\w-]+ )?(?:channel|ticket|thread|board|queue|backlog|slack)",
    # Told, then the other party carried it: "I looped in the database team and they fixed it", "I escalated to my
    # manager, who then dealt with the vendor", "let them handle it", "she said she'd raise it with content".
    r"(?:looped in|told|pointed|pinged|messaged|emailed|alerted|notified|reached out to|contacted|escalated (?:it )?to|went "
    r"to|let) (?:\w+ ){0,6}?(?:and|who|,) (?:then )?(?:they|he|she|the [\w-]+ (?:team|folks|lead|manager)) (?:then |"
    r"eventually |quickly |just )?(?:fixed|sorted|dealt with|handled|took care of|resolved|patched|took over) (?:it|that|"
    r"this|the rest|everything|the [\w-]+)",
    r"(?:and|so) let (?:them|him|her|the [\w-]+ (?:team|folks|owners?)) (?:handle|deal with|fix|sort|take (?:it )?(?:over|"
    r"from there)|run with)",
    r"(?:she|he|they|(?:my|our|the|their) (?:[\w-]+ )?(?:lead|manager|director|boss|pm)) said (?:that )?(?:she|he|they)"
    r"(?:'d| would) (?:raise|take|pass|escalate|bring|flag|handle|chase|follow up|deal)",
    # Told, then back to other work: "I reported it and moved on", "let my lead know and went back to my sprint".
    r"(?:reported|flagged|raised|logged|filed|escalated|mentioned|passed|handed|know) (?:\w+ ){0,6}?and (?:then )?(?:just )?"
    r"(?:moved on|went back to|got back to|returned to|carried on with)",
    # Where the candidate's part ended, or lost sight of the fix: "my part ended there", "I'm not sure if it ever got
    # fixed".
    r"my (?:part|involvement|role|bit) (?:ended|stopped|was done|finished)",
    r"(?:not sure|don'?t know|no idea|never found out|never heard) (?:if|whether) (?:it|the [\w-]+(?: [\w-]+)?) (?:ever )?"
    r"(?:actually |really )?(?:got|was|were) (?:\w+ )?(?:fixed|resolved|sorted|addressed|shipped|merged|picked up|done)",
)
# Acts that keep a report alive rather than fix anything.
REPORTING_VERBS = frozenset(
    "created opened filed logged raised posted tagged followed kept pinged emailed messaged escalated flagged reported "
    "documented mentioned checked asked told sent updated reminded chased nudged bumped".split()
)
# A verb that a particle turns into reporting: "I wrote it up", "copied in procurement", "typed up my notes".
_WRITE_UP_VERBS = frozenset("wrote written typed summed".split())
# "I put it in writing", "put it on record": a telling kept, not a step on the problem.
_IN_WRITING = lazy_compile(r"\s+(?:it|this|that|everything)\s+(?:in\s+writing|in\s+an?\s+email|on\s+record)\b", re.I)
_COPY_VERBS = frozenset("copied cced looped".split())
_IT_UP = lazy_compile(r"\s+(?:it|this|that|them|everything)\s+up\b", re.I)
_IN = lazy_compile(r"\s+in\b", re.I)


def _written_up(p: Passage, verb: str, end: int) -> bool:
    """Say whether a step is a write-up of the problem or a copy to others ("I wrote it up", "copied in finance"), not
    work on it (a rationale written up, "I wrote up why", is the candidate's own)."""
    if verb in _WRITE_UP_VERBS:
        return _IT_UP.match(p.text, end) is not None
    if verb == "put":
        return _IN_WRITING.match(p.text, end) is not None
    return verb in _COPY_VERBS and _IN.match(p.text, end) is not None


# Acts that are not work on the problem: an auxiliary ("I did mention it"), going back to other work, sitting in
# on meetings, being thanked, waiting.
BYSTANDER_VERBS = frozenset("did do went attended received got waited watched".split())
# "I made sure they knew": seeing that someone else acts.
_SEEING_TO_IT = lazy_compile(r"\s+sure\b", re.IGNORECASE)
# What the candidate waited on: people and their replies, decisions and permissions, the next planning round (not data,
# a canary or a test run, which is checking one's own work).
_AWAITED = (
    r"(?:them|him|her|someone|somebody|anyone|a (?:reply|response|decision|fix|patch|answer)|the (?:[\w-]+ )?(?:team|owners?|"
    r"vendor|manager|lead|director|architect|reply|response|decision|fix|patch|sign-?off|approval|go-?ahead|green light)|"
    r"(?:the|our|their) next (?:sprint|release|quarter|planning|cycle|roadmap)|sign-?off|approval|permission|leadership|"
    r"management|legal|security|product|procurement|finance|compliance|the (?:client|customer|supplier|board|committee|"
    r"auditors?)|(?:my|our|their) (?:manager|lead|director|boss|on-?call))"
)
# Waiting for others to notice, decide or act.
WAITING = Phrases(
    # Leaving it in others' hands once raised: "after that it was up to them", "out of my hands", "the ball was in
    # their court", "the decision sat with product", "I left it with them".
    r"(?:it was|it'?s|that was|then it was|after that it was) (?:really |all |now |then |basically |kind of )?(?:up to|in "
    r"the hands of|on) (?:them|him|her|their (?:team|side|lead|manager)|the [\w-]+ (?:team|squad|group|folks|side)|"
    r"product|management|leadership|legal|security)\b",
    r"(?:out of|off) (?:my|our) hands",
    r"(?:the )?ball (?:was|is) (?:now |then )?in (?:their|his|her|the [\w-]+ team'?s) court",
    r"(?:decision|call|fix|ticket|problem|issue|next step) (?:sat|was sitting|lay|rested|stayed) with (?:them|him|her|"
    r"product|management|leadership|their|the [\w-]+ (?:team|squad|group|owners?|lead))",
    r"(?:i|we) (?:just )?left it (?:with|to) (?:them|him|her|the [\w-]+ (?:team|squad|group|folks|owners?)|their "
    r"(?:team|side))",
    # Waiting as patience or as a block: "we just had to be patient (?:until|till) their next planning cycle", "blocked on
    # security sign-off for three weeks".
    r"had to (?:just )?(?:be patient|wait it out|sit tight|hold on|hang on) (?:(?:until|till)|for|while)",
    r"(?:were|was|got|stayed) blocked (?:on|by) (?:[\w-]+ ){1,3}?for (?:days|weeks|months|a (?:few|couple)|two|three|four|"
    r"several|most of)",
    r"(?:didn'?t|did not|never) hear (?:anything|a thing|back|a word)",
    r"(?:until|till) (?:they|he|she|the [\w-]+ (?:team|folks|squad|group|lead)) (?:finally |eventually )?(?:made up (?:their|his|"
    r"her) minds?|had (?:capacity|time|bandwidth|room)|were ready|got (?:a)?round to it)",
    r"(?:told|asked) me to (?:leave|drop|park) it,? (?:so|and) i (?:did|left it|dropped it|parked it)",
    r"(?:said|told me) to leave it,? (?:so|and) i (?:did|left it)",
    r"(?:figured|assumed|expected|hoped|trusted) (?:that )?(?:someone|somebody|the [\w-]+ (?:engineer|person|owner|lead|"
    r"folks)|the next shift|the morning shift) (?:would|was going to|'d) (?:pick|handle|fix|sort|deal|catch|see)",
    r"(?:i|we) (?:\w+ ){0,2}?waited (?:for|(?:until|till)|on|a few|a couple|and|to|it out|because|since)\b",
    r"went away on its own",
    r"(?:resolved|fixed|sorted|solved) itself",
    r"(?:sorted|fixed|resolved|handled|cleared) (?:it|those|them|that|this)(?: out)? eventually",
    r"stepped back and let",
    r"let (?:the|them|my|our|him|her) (?:\w+ ){0,2}?(?:sort|handle|"
    r"own|decide|figure|deal|take it)",
    r"(?:currently|still) (?:being considered|waiting|pending|under review|in the backlog)",
    r"(?:never|didn'?t) (?:fully )?(?:figured|found) out",
    r"(?:i|we) (?:decided to )?(?:wait|hold off) (?:and|(?:until|till)|for)",
    r"(?:i|we) (?:were|was) waiting (?:for|on)",
    r"wait(?:ed)? (?:to see|and see)",
    r"(?:i|we) hoped (?:someone|they|somebody|it would)",
    r"(?:i|we) (?:was|were) (?:really |kind of |sort of )?hoping (?:that )?(?:someone|somebody|they|the [\w-]+|it) "
    r"(?:would|'d|was going to|were going to)",
    r"(?:assumed|figured|thought) (?:that )?(?:someone|somebody|the other team|they|the [\w-]+ team) (?:else )?had it "
    r"(?:covered|in hand|under control|handled)",
    r"(?:assumed|figured|thought|expected) (?:that )?(?:someone|somebody) (?:\w+ ){1,4}?(?:would|was going to) "
    r"(?:notice|fix|pick|handle|sort|deal|catch|get)",
    r"(?:parked|shelved) (?:it|this|that|the [\w-]+) (?:until|till) (?:someone|somebody|they|the [\w-]+ (?:team|side|folks))",
    r"(?:it|the (?:ticket|issue|bug|request|pr|fix)) (?:sat|stayed|languished|lingered) in (?:the|their|a|our) "
    r"(?:[\w-]+ )?(?:queue|inbox|board|backlog)",
    r"(?:it|the [\w-]+) (?:just )?(?:stayed|remained) (?:broken|unfixed|unresolved) for",
    r"(?:didn'?t|did not|never) (?:chase|follow up on) (?:it|them|that|this)",
    r"(?:left|leave) (?:it|the (?:call|decision|choice)) (?:up )?to (?:them|the [\w-]+|their [\w-]+|my [\w-]+) to "
    r"(?:decide|sort|figure|work out|deal|fix|handle)",
    r"(?:assumed|figured|thought) (?:someone|somebody|the other team|they) (?:else )?(?:would|was|were)",
    r"(?:wasn'?t|not) my place",
    r"(?:didn'?t|did not) want to step on (?:anyone'?s |their |any )?toes",
    r"(?:until|till) (?:someone|somebody|my manager|the other team|they) (?:noticed|decided|told|asked|fixed|got)",
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
    # Waiting on a person, a reply or a decision, the subject often left out: "escalated it and waited for their lead",
    # "then just waited on sign-off", "waited (?:until|till) the next sprint".
    r"(?:and|then|so|just|had to|decided to|i|we) (?:\w+ ){0,2}?wait(?:ed)? (?:for|(?:until|till)|on) " + _AWAITED,
    r"(?:i|we) (?:\w+ ){0,3}?waited it out",
    r"(?:wait|waited|waiting) to hear (?:back|from)",
    # Waiting for someone else to move: "waiting on their team to prioritise it", "waited for someone to pick it up".
    r"(?:wait|waited|waiting) (?:for|on) (?:\w+ ){1,3}?to (?:pick|prioriti[sz]e|get (?:a)?round|come back|respond|reply|"
    r"decide|sign off|approve|fix|look|free up|schedule|make a call|give)",
    r"(?:held|hold|holding) off (?:\w+ ){0,3}?(?:until|till) (?:they|someone|somebody|the [\w-]+ (?:team|lead|manager|owners?)|"
    r"leadership|management|legal|security|(?:my|our) (?:manager|lead|director|boss|vp)|(?:i|we) (?:heard|got))",
    r"(?:let|left) (?:it|the ticket|the issue|the bug|the request|the pr|things|that) (?:sit|slide|ride|linger|drag)",
    # Deferring to a sense of place: "I didn't feel it was my call", "I didn't want to make waves".
    r"(?:didn'?t|did not) (?:feel|think) (?:that )?(?:it was |it'?s )?(?:my|our) (?:place|call|job|decision|role)",
    r"(?:didn'?t|did not) want to (?:make waves|ruffle (?:any )?feathers|cause (?:a )?(?:fuss|friction)|be pushy|seem pushy|"
    r"come across as pushy|overstep)",
    # Leaving it to someone presumed to act: "I assumed the owning team would pick it up".
    r"(?:assumed|figured|expected|hoped|trusted) (?:that )?(?:another team|the owners?|the owning team|their team|"
    r"the [\w-]+ team) (?:else )?(?:would|was going to|were going to)",
    # Told to wait, or doing nothing (?:until|till) told: "I was told to hold off", "I didn't do anything (?:until|till) my manager asked".
    r"(?:was|were|got) told to (?:wait|hold off|sit tight|leave it|park it|stand down)",
    r"(?:didn'?t|did not|never) (?:do|touch|change) (?:anything|it) (?:more |else |further )?(?:until|till)",
    # Raised it, then waited: "I escalated it and waited", "flagged it to their lead and hoped".
    r"(?:escalated|flagged|raised|reported|logged|filed|pinged|emailed|chased|messaged) (?:\w+ ){0,6}?(?:and|then) "
    r"(?:then )?(?:just )?(?:waited|hoped|sat back)",
    r"(?:until|till) (?:the|their|one of) (?:[\w-]+ ){0,2}?(?:team|owners?|lead|manager|director|vendor|on-?call) (?:finally |eventually )?"
    r"(?:noticed|decided|fixed|picked|came back|responded|replied|signed off|approved|got (?:a)?round|made)",
    # Living with it meanwhile: "in the meantime we kept rerunning the builds", "we just lived with it for months".
    r"in the meantime,? (?:i|we) (?:just |basically |simply )?(?:kept|carried on|lived|worked around|continued|re-?ran|put up)",
    r"(?:i|we) (?:just )?(?:lived with|put up with|worked around) (?:it|this|that|the [\w-]+) (?:\w+ ){0,2}?(?:(?:until|till)|for "
    r"(?:weeks|months|a few|a couple|two|three|several|another|the rest|most of))",
    # A promise taken on trust: "we were told it would be looked at in their Q3 planning".
    r"(?:i|we) (?:was|were) (?:told|promised|assured) (?:that )?(?:it|they|the fix|a fix) (?:would|'d|were going to|was going to) "
    r"(?:be looked at|look|get to|be fixed|fix|be prioriti[sz]ed|prioriti[sz]e|be picked up|pick|be on|be in|land|come)",
    r"(?:they|he|she|the (?:[\w-]+ )?(?:team|lead|manager|vendor|supplier)|their (?:lead|manager|team)) (?:said|promised) "
    r"(?:that )?(?:they|he|she|it)(?:'d| would| will| were going to| was going to) (?:look|fix|get to|prioriti[sz]e|pick|"
    r"be fixed|be looked|handle|sort|take care)",
    # Put on hold (?:until|till) another party moves: "we parked it pending the vendor's answer", "stuck (?:until|till) the client
    # signed off" (a wait on one's own check, or "(?:until|till) I", is read off in `_waited`).
    r"(?:parked|shelved|paused|deferred|put (?:it|this|that|the [\w-]+|everything|things) on (?:hold|ice|the back burner)|"
    r"(?:was|were|went|sat|stayed) on hold|(?:was|were|got) stuck) (?:\w+ ){0,4}?(?:pending|(?:until|till))",
    r"(?:until|till) (?:the |their |our |my |a )?(?:[\w-]+ ){0,3}?(?:got back|came back|responded|replied|signed off|confirmed|"
    r"approved|made (?:a|their|the|his|her) (?:call|decision)|had (?:capacity|bandwidth|time|room)|freed up)",
    # Someone presumed to act: "I assumed product would pick it up", "I figured the on-call would deal with it".
    r"(?:assumed|figured|expected|trusted|hoped|thought) (?:that )?(?:\w+ ){1,4}?(?:would|was going to|were going to|'d) "
    r"(?:pick|handle|fix|sort|deal|catch|take care|look into|get (?:a)?round|chase|follow up|own)",
    r"(?:sat|stayed|languished|lingered|was sitting|was stuck) in (?:the |their |a |our )?(?:[\w-]+(?:'s)? ){0,3}?"
    r"(?:queue|inbox|backlog|board|triage)",
    r"let (?:it|things|nature|the (?:process|issue|situation)) (?:just )?(?:run|take) (?:its|their) course",
    r"(?:and|just|so|then) hoped (?:that )?(?:someone|somebody|they|it|things|the [\w-]+) (?:would|'d)",
    r"(?:nothing|not much) (?:really )?(?:happened|moved|changed|came of it) for (?:a while|weeks|months|days|ages|a few|"
    r"a couple|two|three|several)",
    r"kept (?:following up|chasing|checking|pinging|nudging|asking|bumping) (?:\w+ ){0,5}?(?:but|and) (?:nothing|no one|"
    r"nobody|not much)",
    r"(?:i|we) (?:just|simply|basically) (?:lived with|put up with|tolerated)",
    # Not taking it further, or deferring to a sense of rank: "I never followed up", "it was above my pay grade",
    # "I didn't want to bother them", "it wasn't worth the fight", "I decided to go along with the plan".
    r"(?:didn'?t|did not|never) (?:really )?(?:follow(?:ed)? up|take (?:it|this|that) (?:any )?further|pursue (?:it|this|that))",
    r"above my pay ?grade|at (?:their|his|her|the vendor'?s) mercy|i (?:just )?deferred to",
    r"(?:didn'?t|did not) want to (?:make (?:a (?:big )?deal|a fuss|a thing|trouble)|bother (?:them|him|her|anyone)|"
    r"be (?:annoying|a nuisance|a pain)|pester|nag)",
    r"(?:wasn'?t|not) worth (?:the fight|fighting|pushing|escalating|the hassle|making a fuss|rocking the boat)",
    r"(?:decided|chose|opted|agreed) to (?:just )?go along with",
    r"(?:nobody|no one) (?:really )?(?:picked up on|followed up on|acted on) (?:it|this|that)",
    r"(?:nothing|not much|little) (?:else |more )?(?:i|we) could do (?:but wait|except wait|(?:until|till))",
    r"gave (?:them|him|her|the [\w-]+ (?:team|folks|owners?)) (?:some |more |a few |a couple of |another )?(?:time|days|weeks|"
    r"months)",
    r"(?:trusted|assumed|expected|hoped) (?:that )?(?:it|this|that|things|everything) (?:would|'d) (?:be|get) (?:sorted|fixed|"
    r"handled|resolved|picked up|taken care of|dealt with|looked at)",
    r"still (?:open|unresolved|sitting) in (?:their|the|a) (?:[\w-]+ )?(?:backlog|queue|board)",
    # Fixed in the end by no one named: "eventually it got fixed", "months later the bug was resolved".
    r"(?:eventually|finally|months later|weeks later|in the end),? (?:it|the (?:bug|issue|problem|ticket|fix)) (?:got|was) "
    r"(?:\w+ )?(?:fixed|resolved|sorted|addressed|picked up|prioriti[sz]ed)",
    # The fix arriving from another party in their own time: "a fix was eventually deployed by the ledger team".
    r"(?:a|the) (?:fix|patch|workaround) (?:was|got) (?:eventually|finally) (?:\w+ )?(?:deployed|shipped|released|rolled out|"
    r"pushed|merged|delivered|made|applied) by (?:the|their|a|an|one of)",
)
# Others named as the ones who act on it in their own time.
_OWNERS = (
    r"(?:they|he|she|the [\w-]+ (?:team|squad|group|folks|owners?)|the (?:vendor|supplier|owners?|maintainers?|"
    r"on-?call|cto|vp)|(?:my|our|the|their) (?:[\w-]+ )?(?:manager|lead|director|boss|architect)|their (?:team|on-?call))"
)
# More ways of waiting for others, kept apart from WAITING so each family fits one RE2 automaton: the wait told as
# the only course left, a block or a schedule of others', others getting to it in their own time, and a problem
# left open. Many of these are also the setting of a strong story ("we were blocked on legal, so I built it behind
# a flag"), so the candidate's own steps soon after silence them (see `_waited_more`).
WAITING_MORE = Phrases(
    # The wait as the only course: "we just had to wait for the vendor", "all we could do was wait", "a waiting game".
    r"(?:had|needed|have) to (?:just |simply )?wait(?: for| until| till| on)?",
    r"(?:all|the only thing) (?:i|we) could (?:really )?do (?:\w+ ){0,3}?was (?:to )?wait(?: for| until| till| on)?",
    r"nothing (?:else )?(?:to do|(?:i|we) could do) but wait",
    r"(?:a|the) waiting game",
    r"(?:so|and|then) (?:i|we) (?:just |simply )?waited(?: for| until| till| on)?",
    r"(?:wasn'?t|was not|isn'?t|not) (?:really )?(?:a lot|a whole lot|a great deal|too much) (?:more |else )?(?:i|we) "
    r"could (?:do|have done)",
    r"(?:only so much|very little) (?:more |else )?(?:i|we) could (?:do|have done)",
    # Held up by others: "we were blocked on legal signing off", "stuck waiting on the data team", "I couldn't move
    # forward until their review came back".
    r"(?:were|was|got|stayed|been) (?:\w+ )?blocked (?:on|by) " + _AWAITED,
    r"stuck waiting (?:for|on|to)",
    r"(?:couldn'?t|could not|can'?t|cannot|wasn'?t able to|weren'?t able to) (?:really )?(?:do (?:anything|much)|"
    r"move (?:forward|ahead|on)|proceed|progress|make (?:any )?progress|go (?:ahead|any further)|continue) "
    r"(?:\w+ ){0,3}?(?:until|till|without)",
    # Left to sit: "so it just sat there for a couple of months".
    r"(?:it|the (?:[\w-]+ )?(?:ticket|issue|bug|request|pr|fix|proposal)) (?:just |then )?(?:sat|stayed|lingered|languished) "
    r"(?:there |untouched |open |idle |unanswered )?for (?:days|weeks|months|ages|a (?:few|couple|while|long time)|two|"
    r"three|four|several|another|most)",
    # Pushed onto another's schedule: "it got pushed to their next release", "they put it on their roadmap for Q3".
    r"(?:it|this|that|the (?:fix|ticket|issue|bug|request|upgrade|patch)) (?:was|got|had been) (?:\w+ )?(?:pushed|moved|"
    r"deferred|bumped|punted|slipped|scheduled|slotted|parked|deprioriti[sz]ed|pencil?led) (?:back |out |in )?(?:to|into|"
    r"for|until|till) (?:the|their|a|next) (?:[\w-]+ ){0,2}?(?:sprint|release|quarter|cycle|planning|roadmap|year|half)",
    _OWNERS + r" (?:\w+ )?(?:put|added|scheduled|slotted|pushed|moved|deferred|parked|pencil?led) (?:it|this|that|the "
    r"(?:fix|ticket|issue|bug|request)) (?:in|on|onto|into|for|to|until|till) (?:their|the|a) (?:next |following |later )?"
    r"(?:[\w-]+ )?(?:sprint|release|quarter|cycle|roadmap|backlog|planning|half|year)",
    # Others got to it in their own time: "they eventually got to it", "in the end the vendor shipped a patch".
    _OWNERS
    + r" (?:\w+ )?(?:got (?:a)?round to (?:it|fixing|looking)|(?:eventually|finally|in the end) (?:\w+ )?(?:got to "
    r"it|picked (?:it|this|that) up|fixed (?:it|the [\w-]+)|patched it|sorted it|resolved it|shipped (?:a|the) (?:fix|patch)))",
    r"(?:in the end|finally|eventually|after a while|after (?:a few|a couple of|some) (?:days|weeks|months)),? "
    + _OWNERS
    + r" (?:\w+ ){0,2}?(?:fixed|patched|shipped|resolved|sorted|picked (?:it|this|that) up|got (?:to|(?:a)?round to) it|"
    r"stepped in|took (?:it|this|that) over|released|rolled out)",
    # Chased, and nothing came of it: "I chased them every week but nothing happened".
    r"(?:chased|followed up|pinged|nudged|reminded|bumped|emailed) (?:\w+ ){0,6}?(?:but|and|yet) (?:still )?(?:nothing|no one|"
    r"nobody|not much) (?:really )?(?:happened|moved|changed|came of it|responded|replied|got back)",
    # Promises taken on trust: "they promised to look at it after the freeze", "we kept being told it was on their list".
    _OWNERS
    + r" (?:\w+ )?(?:promised|agreed|committed) to (?:look|fix|get to|pick|prioriti[sz]e|take a look|sort|handle)",
    r"(?:told|assured|promised) (?:\w+ ){0,3}?(?:it|this|that) was on (?:their|his|her|the [\w-]+ team'?s) (?:list|radar|"
    r"roadmap|backlog|to-?do)",
    # Left open and forgotten: "as far as I know the ticket is still open", "it hasn't come up since".
    r"(?:as far as i know|last i (?:heard|checked|looked)|i think|i believe),? (?:it|the (?:[\w-]+ )?(?:ticket|issue|bug|"
    r"request|fix|pr)) (?:is|was|'s) still (?:open|there|unresolved|unfixed|pending|sitting|in (?:their|the) backlog)",
    r"(?:hasn'?t|has not|never) (?:really )?(?:come up|came up|been (?:revisited|picked up|looked at)) (?:again|since)",
    # Left to sort itself out, or a word not said above one's rank: "I figured it would sort itself out", "I didn't
    # want to go over my manager's head".
    r"(?:sort|sorts|work|works|blow|blows|clear|clears) itself",
    # Someone else presumed to notice or act, however far the owner is named from the verb: "I assumed someone on the
    # data team would pick it up", "I thought head office would probably catch it", "hoping somebody would eventually
    # look into it", "I left it for legal to notice".
    r"(?:assumed|figured|thought|expected|presumed|hoped|hoping|trusted|reckoned|imagined) (?:that )?(?:\w+ ){1,6}?"
    r"(?:would|was going to|were going to|'d|might|will) (?:probably |eventually |surely |soon |just |already |"
    r"definitely )?(?:pick|handle|fix|sort|deal|catch|take care|look into|look at|get (?:a)?round|chase|follow up|own|"
    r"notice|spot|raise|flag|escalate|address|resolve|step in|get to)",
    r"(?:left|leave|leaving) (?:it|this|that|the [\w-]+) (?:for|to) (?:\w+ ){1,3}?to (?:notice|decide|fix|sort|pick|"
    r"deal|handle|catch|spot|raise|chase|flag|figure|look|own|find)",
    # Nothing done, a wait measured by its cost, or a rank deferred to: "I didn't really do anything about it", "by
    # the time they got round to it", "I didn't feel senior enough to push", "I just stood by".
    r"(?:i|we) (?:\w+ )?(?:didn'?t|did not|never) (?:really |actually )?(?:do|did) (?:anything|much) (?:about|with|more|"
    r"else|further)",
    r"by the time (?:they|he|she|someone|somebody|anyone|the [\w-]+(?: [\w-]+)?) (?:finally |eventually |actually )?"
    r"(?:got (?:a)?round to it|got to it|noticed|decided|responded|replied|fixed it|picked it up|came back|made (?:a|the|"
    r"their) (?:decision|call))",
    r"(?:didn'?t|did not) (?:feel|think) (?:that )?(?:i was|i had|it was) (?:\w+ ){0,2}?(?:senior enough|in a position|"
    r"allowed|empowered|the authority)",
    r"(?:i|we) (?:just |kind of |sort of )?stood by|(?:blow|blew) over|go away (?:on its own|by itself)",
    r"(?:didn'?t|did not) want to (?:go over (?:[\w-]+(?:'s)? ){0,2}?heads?|tread on)",
)
# The words that, straight after "so I", let it go: a resigned filler or a verb of stopping ("so I just…", "so I left
# it", "so I went back to my tickets"). `_GIVING_UP_VERBS` reads the same idea off an act's verb, where "just" is no
# sign and "moved" or "kept" are; a word list read in place keeps "so I moved the call to Friday" a step.
_GAVE_UP_WORDS = (
    r"(?:just|kind of|sort of|basically|simply|left|dropped|let it|stopped|moved on|went (?:back|along)|carried on|"
    r"cracked on|got on with|kept going)\b"
)
# After a decision named as someone else's, the candidate letting it go. Read across a clause break, since a
# transcript splits "it was their call / so I just went back to my tickets".
_LETTING_GO = lazy_compile(
    r"[\s,.;:!?-]*(?:right\s+|really\s+|anyway\s+|after all\s+)?(?:you know\s+)?(?:so|and)\s+(?:i|we)\s+"
    + _GAVE_UP_WORDS,
    re.IGNORECASE,
)
# Faulting others for the problem instead of owning one's part.
_OTHERS = (
    r"(?:the |some |our |their |a few |other |two |three |those |a couple of |several |most of the |one of the )?"
    r"(?:[a-z-]+ ){0,2}?(?:team|teams|product|ops|qa|vendors?|they|he|she|people|folks|engineers|devs|developers|"
    r"contractors?|management|managers|leads|directors|executives|execs|architects?|partners?|suppliers?|pms?|designers?|"
    r"requirements|interns?|juniors?|users|clients?|customers?|stakeholders|business|leadership|on-?call|staff|org|"
    r"organi[sz]ation|department|reviewers?|testers?|colleagues|legal|security|procurement|finance|compliance|sales|"
    r"marketing|suppliers?|previous (?:owner|team|developer|engineer|manager|lead)s?)"
)
# How another party let the work down, after a "because" or "due to".
_FAILED = (
    r"(?:didn'?t|did not|hadn'?t|had not|never|wouldn'?t|would not|wasn'?t|weren'?t|failed|ignored|refused|forgot|resisted|"
    r"(?:was|were) (?:\w+ )?(?:late|slow|slower|reluctant|unwilling|unresponsive)|"
    r"kept (?:changing|adding|breaking|missing|ignoring|moving|pushing|shifting|slipping)|"
    r"had (?:misconfigured|configured|broken|shipped|changed|skipped|missed|ignored)|misconfigured|skipped|missed|"
    r"shipped (?:it |the [a-z]+ )?without|broke|messed|screwed|dropped|changed the requirements|rushed|couldn'?t|"
    r"not \w+ing|t(?:ook|aking) (?:weeks|months|forever|ages|so long)|being (?:\w+ )?(?:slow|late|unresponsive|difficult)|"
    r"\w+ (?:us |me )?(?:the|a) wrong)"
)
# Other parties as the subject of a slow or grudging response ("some teams were slower to adopt").
_GROUPS = (
    r"(?:they|he|she|teams|(?:the|some|other|their|a few|most|many|several) (?:[a-z-]+ ){0,2}?(?:teams?|managers?|leads?|"
    r"engineers|developers|devs|vendors?|partners?|org(?:ani[sz]ation)?s?|departments?|groups?|stakeholders|owners?|folks|"
    r"people|reviewers?))"
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
    r"(?:because|since|as|came from|comes from|due to|thanks to|caused by|blame|down to|owing to) (?:of )?"
    r"(?:how |that |the way )?" + _OTHERS + r" (?:\w+ ){0,4}?" + _FAILED,
    r"(?:they|he|she|the other team|qa|product|ops|management|the vendor|the contractors?|the previous (?:team|developer|engineer)|"
    r"the offshore team|the business) (?:had |really |completely |totally |just )?(?:messed|screwed|dropped the ball|botched|"
    r"refused to listen|never (?:bothered|tested|listened|documented|read)|didn'?t (?:bother|care|test|listen|know what|read)|"
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
    _BLAMED + r" (?:just )?(?:kept|keeps) (?:changing|moving|rewriting|redoing|adding to) (?:the|their|its|his|her)",
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
    # Others cast as what held the work up: "they kept pushing it back sprint after sprint", "some teams slowed
    # things down", "they made the project a lot harder than it needed to be".
    r"(?:they|he|she|(?:some|other|a few|certain) (?:teams|people|folks|stakeholders)|(?:the|their) [\w-]+ "
    r"(?:team|teams|org|organi[sz]ation|group|department|side|folks|people)|(?:the|their) (?:vendor|client|business|"
    r"lawyers|auditors)) (?:\w+ ){0,4}?(?:slowed (?:things|us|it|everything|the [\w-]+) down|held (?:us|things|it|"
    r"everything|the [\w-]+) up|dragged (?:their feet|it out|things out|on)|kept (?:pushing|putting) (?:it|this|us|that) "
    r"(?:back|off)|got in (?:the|our|my) way|stonewalled|blocked us|made (?:it|things|the [\w-]+|our lives|my life|"
    r"everything) (?:a lot |much |so much |really |way |far )?(?:harder|more difficult|more painful|difficult|painful))",
    r"(?:harder|longer|slower|more painful|more difficult) than (?:it|they|this|that) (?:needed|had|ought) to be",
    r"(?:they|he|she|the [\w-]+ (?:team|teams|org|group|side|folks)|some teams|other teams) (?:\w+ ){0,3}?(?:was|were) "
    r"(?:pretty |really |very |quite |incredibly |super |a bit |kind of |sort of )?(?:slow|unresponsive|resistant|"
    r"territorial|obstructive|unhelpful|difficult to work with|hard to work with|protective of their)\b",
    # Being proved right: the story becomes who was wrong.
    r"(?:just|exactly) (?:like|as|what) i(?:'?d)? (?:had )?(?:said|predicted|warned|told|been worried about|flagged)",
    r"i was (?:\w+ )?(?:proven|proved) right",
    r"i told (?:you|them|him|her|everyone) so",
    r"i(?:'?d| had) said (?:that )?(?:it|this|that) would happen",
    r"i wasn'?t (?:at all |really |even )?surprised",
    # The cause placed on the other side, or on what they were like.
    r"(?:came|comes|coming) from (?:their|his|her|the other) (?:side|end|team|code|service|gateway|system)",
    r"(?:was|were|is|are) (?:just |so |really |pretty )?(?:badly|poorly|sloppily) (?:written|designed|built|tested|run|managed)",
    r"(?:unrealistic|unreasonable|impossible) (?:expectations|demands|deadlines?|timelines?|targets?)",
    # The whole failure laid at another's door: "the whole thing was on the QA team", "it was entirely the networking
    # team's mistake".
    r"(?:the whole thing|it|that|this|the (?:outage|delay|failure|miss|slip|incident)) was (?:all |entirely |squarely |"
    r"really |mostly )?on (?:them|him|her|the [\w-]+ (?:team|folks|side)|qa|product|ops|the vendor)\b",
    r"(?:it was|was) (?:all |entirely |completely |mostly |really )?the [\w-]+ (?:[\w-]+ )?team'?s (?:fault|mistake|doing)",
    # The fault named as someone's: "it was mostly the lead's fault", "the fault lay with them".
    r"(?:the|their|his|her|that|this) (?:[\w-]+ ){0,2}?[\w-]+'s fault|(?:their|his|her) fault",
    r"(?:fault|blame) (?:lay|lies|was|sat|sits|rests|rested) (?:\w+ )?(?:with|on) (?:them|him|her|the|their)",
    # The problem apportioned to the other side: "a big part of the original problem was that their services".
    r"(?:part|most|much|all|a lot) of the (?:original |real )?(?:problem|issue|blame|delay|complaints?|friction) "
    r"(?:was|were|came from|lay with|sat with|is) (?:that |really |mostly |down to )?(?:their|they|the other|them|"
    r"[\w-]+ staff|the [\w-]+ team|management|leadership|product|qa|the vendor)",
    r"(?:problem|issue|fault|blame|cause|delay|bug|error|mistake)s? (?:was|were|is|lay|lies|sat) (?:\w+ )?(?:on|from|with) "
    r"(?:their|the other|the vendor'?s|the [\w-]+ team'?s|the client'?s) (?:side|end)",
    # Another party's work judged: "their support was pretty bad", "the vendor's docs were useless".
    r"(?:their|his|her|the vendor'?s|the other team'?s|the [\w-]+ team'?s) (?:\w+ )?(?:support|documentation|docs|code|"
    r"communication|process|tooling|testing|estimates?|planning|handover|handoff|work|design|api|sdk|quality) "
    r"(?:was|were|is|are) "
    r"(?:\w+ )?(?:bad|poor|terrible|awful|useless|unhelpful|non-?existent|sloppy|a mess|rubbish|garbage|a joke|hopeless|"
    r"shocking|appalling|lacking|fragile)",
    # What others should have done, as a condition: "if DevEx had prioritised it earlier" (not "if I had").
    r"if (?:\w+'?\w* ){1,4}?had (?:just |only |actually |really )?(?:prioriti[sz]ed|listened|told|flagged|tested|caught|"
    r"shared|read|followed|communicated|involved|looped|consulted|warned|given|been (?:more |a bit more |less )?(?:open|"
    r"transparent|honest|upfront|responsive|clear|careful|involved|available|realistic)|done (?:their|his|her)|bothered|"
    r"checked|documented|responded|replied|gotten back|got back)",
    # Slow or grudging others: "some teams were slower to adopt the standard", "they dragged their feet".
    _GROUPS
    + r" (?:were|was) (?:\w+ )?(?:slower|slow|reluctant|unwilling|late) to (?:adopt|respond|deliver|review|engage|"
    r"get back|sign off|change|move|reply|act|fix|help)",
    r"dragged (?:their|his|her) feet|stonewalled (?:us|me)",
    # Left uninformed: "nobody told us they relied on it", "they changed the schema without telling anyone".
    r"(?:nobody|no one) (?:had |ever |bothered to |thought to )*(?:told|warned|informed|notified|consulted) "
    r"(?:us|me|my team|our team)",
    r"(?:i|we) (?:was|were) (?:never|not) (?:told|informed|consulted|warned|looped in|made aware|kept in the loop)",
    r"(?:they|he|she|the [\w-]+ (?:team|manager|lead|director|vendor)) (?:\w+ ){0,5}?without (?:telling|informing|warning|"
    r"notifying|consulting) (?:us|anyone|anybody|me|our team|my team)",
    # Others' minds changed on the team: "the product managers change priorities every week".
    r"(?:change|changed|changes|changing|switch|switched) (?:their |the |its |his |her )?(?:minds?|priorities|direction|"
    r"requirements|scope) (?:every|all the time|constantly|again and again|weekly|daily|at the last minute)",
    r"(?:requirements|specs?|scope|priorities) (?:kept|were always|was always) (?:changing|shifting|moving)|"
    r"(?:a moving target|moving the goal ?posts|moved the goal ?posts)",
    # Credit and fault pushed around: "somebody above you takes the credit", "set us up to fail".
    r"(?:someone|somebody|they|he|she|(?:my|our|the) (?:manager|lead|boss|director)) (?:\w+ ){0,3}?(?:takes?|took|steals?|"
    r"stole) (?:all )?the credit",
    r"set (?:us|me) up (?:to fail|for failure)|(?:thrown|threw) (?:us|me) under the bus|"
    r"(?:threw|throw|thrown) (?:it|this|them|the [\w-]+) over the wall|(?:dumped|offloaded) (?:it |this |the [\w-]+ )?on "
    r"(?:us|me|my team|our team)|left (?:us|me) (?:holding the bag|to clean up|to pick up)|through no fault of (?:our|my) own|"
    r"(?:i|we) (?:just )?did (?:our|my) (?:part|bit)",
    r"(?:deadline|timeline|date|estimate)s? (?:that )?(?:was|were|had been|got) (?:imposed|forced|dictated|handed down) "
    r"(?:on|by|from)",
)


OWNERSHIP_CUES = Phrases(
    r"not yours",
    r"outside (?:your|of your) (?:own )?(?:team|remit|role|job|scope|responsibilit(?:y|ies)|lane|patch|"
    r"ownership|control|service|org)",
    r"ownership",
    r"owned",
    r"no one (?:else )?(?:owned|asked)",
    r"nobody (?:else )?(?:owned|asked)",
    r"without being asked",
    r"beyond your (?:own )?(?:team|remit|role|job|scope|responsibilit(?:y|ies)|lane|patch|ownership|brief)",
    r"wasn'?t your",
    r"your responsibility",
    r"took (?:on|charge)",
    r"step(?:ped)? up",
)


# The candidate's own seeing of the problem: "I saw sign-ups dropping", "I'd seen in the crash logs", "I found that".
_SEEING = frozenset("saw seen noticed spotted realised realized caught".split())
# How many of the candidate's own steps may come before the seeing for it to be how the story starts.
SEEN_BY_STEP = 2


# "I saw the recall as a symptom", "I saw I had three days of work left": a view held or the candidate's own state.
_SEEN_AS = lazy_compile(r"(?:\s+that)?\s+(?:i\b|(?:[^\s.,;:!?]+\s+){1,5}?as\b)", re.IGNORECASE)
# Passing it on, told by the candidate's next step: "I saw the alert and posted in their channel".
_POSTED = "posted"
_AND_PASSED_ON = lazy_compile(
    r"[^.;!?\n]{0,80}?\band\s+(?:then\s+|just\s+)?(?:posted|told|emailed|messaged|pinged|flagged|raised|reported|"
    r"escalated|forwarded|logged|filed)\b",
    re.IGNORECASE,
)


def _saw_a_problem(p: Passage, seen: Act) -> bool:
    """Say whether the candidate's seeing is of a problem they then took up: not a view held ("saw it as"), not
    their own state, and not passed straight on to others."""
    if _SEEN_AS.match(p.text, seen.end) is not None or _AND_PASSED_ON.match(p.text, seen.end) is not None:
        return False
    after = next((a for a in p.my_actions if a.start > seen.end and not a.hypothetical), None)
    return after is None or (after.verb.lower() not in _ROUTING_VERBS and after.verb.lower() != _POSTED)


def _saw_it_first(p: Passage) -> Act | None:
    """Return the candidate's seeing of the problem when it is how the story starts: among the candidate's first
    steps, before anyone's request and before anyone else is told seeing or telling it."""
    if p.section == "followup":
        return None
    acts = p.acts
    seen_at = next(
        (n for n, a in enumerate(acts) if a.actor == "i" and a.verb.lower() in _SEEING and not a.hypothetical), -1
    )
    if seen_at < 0:
        return None
    seen = acts[seen_at]
    steps = 0
    for act in acts[:seen_at]:
        if act.actor != "i":
            if act.verb in _SEEING or act.verb_class == "communication":
                return None
        elif act.verb_class in ("action", "decision", "discovery") and not act.hypothetical:
            steps += 1
    if steps > SEEN_BY_STEP or any(m.start() < seen.start for m in p.find(DELEGATED)):
        return None
    return seen if _saw_a_problem(p, seen) else None


def self_initiated(p: Passage) -> Finding | None:
    found = quoted_finding(p, SELF_STARTED, "self_initiated", "major", "You show you started this yourself: {quote}.")
    if found is not None:
        return found
    seen = _saw_it_first(p)
    if seen is None:
        return None
    return finding(
        "self_initiated",
        "major",
        f"You show you started this yourself: {quote(p.text[seen.start : seen.end])}.",
        p.cite([seen]),
    )


# "Not my" said of something other than a remit: "it wasn't my fault", "not our first outage", "not my finest hour".
_NOT_REMIT = lazy_compile(
    r"\s+(?:fault|preferred|favou?rite|first|title|intention|idea|opinion|style|own|usual|original|best|worst|finest|"
    r"proudest|strongest|greatest|biggest)\b",
    re.I,
)


def scope_boundary(p: Passage) -> Finding | None:
    matches = [m for m in p.find(SCOPE) if _NOT_REMIT.match(p.text, m.end()) is None]
    # Nobody's problem counts where the story sets it up, not in the lesson drawn from it.
    lesson = {id(u) for u in p.part("reflection")} if p.section == "answer" else set()
    if p.section != "reflection":
        matches += [m for u, m in UNOWNED.in_units(p.units) if id(u) not in lesson]
    if not matches:
        return None
    matches.sort(key=Hit.start)
    return finding(
        "scope_boundary",
        "major",
        f"You say where your remit ended ({quote(matches[0].group())}), which makes taking it on count.",
        p.cite(matches, 3),
    )


# "My lead gave me feedback": what a colleague gives that is not work to do.
_NOT_A_TASK = lazy_compile(
    r"\s+(?:some\s+|a\s+lot\s+of\s+|a\s+bit\s+of\s+|\w+\s+)?(?:feedback|credit|kudos|praise|shout-?outs?|"
    r"heads[\s-]up|compliments?|advice|a\s+hard\s+time|a\s+look)\b",
    re.IGNORECASE,
)


# "I was told about the outage by a customer", "my manager told me later that", "she asked me how I'd found it":
# news or a question, not work handed over.
_NEWS = lazy_compile(r"\s+(?:about|later|afterwards|that)\b", re.IGNORECASE)
_QUESTION = lazy_compile(
    r"\s+(?:what|how)\s+(?:i|we)(?:['’]d|\s+had)\s+(?:found|done|made|built|did|known|got|managed|spotted|\w+ed)\b",
    re.IGNORECASE,
)
# The candidate's own time, or a group set up on the candidate's own findings: "in my spare time", "a task force was
# set up after my write-up".
_MY_TIME = lazy_compile(r"\bmy\s+(?:own\s+)?$", re.IGNORECASE)
_ON_MY_FINDINGS = lazy_compile(
    r"\s+(?:after|because of|on the back of|in response to|following|from)\s+(?:my|our)\b", re.IGNORECASE
)


# A slack spell told as when the work was done, not as the reason for it: "in a quiet week", "over a slow sprint".
_SLACK = ("a slow", "a quiet", "slow", "quiet")
_WHEN = lazy_compile(r"\b(?:in|during|over|across|through|on)\s+(?:one\s+|that\s+|the\s+)?$", re.IGNORECASE)


# The candidate, or their team, as the one idle or bored.
_PERSON_BEFORE = lazy_compile(r"\b(?:i|we|i\s+really|we\s+really|i\s+honestly)\s+$", re.IGNORECASE)


# The candidate's own proposal or request, which a manager's go-ahead then answers.
_PROPOSED = lazy_compile(
    r"i (?:also )?(?:proposed|pitched|made the case|pushed for|wrote)\b",
    re.IGNORECASE,
)


def _handed_over(p: Passage, m: Hit, self_started: list[Hit]) -> bool:
    """Say whether a request phrase hands the candidate work: not feedback, news or a question, not the candidate's
    own time, not a group formed on the candidate's own findings, and not a go-ahead that answers the candidate's
    own proposal earlier in the same sentence."""
    if _NOT_A_TASK.match(p.text, m.end()) is not None:
        return False
    text = m.group().lower()
    if text.endswith(("told", "told me", "told us")) and _NEWS.match(p.text, m.end()) is not None:
        return False
    if text.endswith(("asked me", "asked us")) and _QUESTION.match(p.text, m.end()) is not None:
        return False
    if text.startswith(("spare", "free", "extra")) and _MY_TIME.search(p.text, max(0, m.start() - 10), m.start()):
        return False
    if text.startswith(_SLACK) and _WHEN.search(p.text, max(0, m.start() - 16), m.start()) is not None:
        return False  # "so I picked it up in a quiet week": when the work was done, not why
    if _ON_MY_FINDINGS.match(p.text, m.end()) is not None:
        return False
    if text.endswith(("bored", "idle")) and _PERSON_BEFORE.search(p.text, max(0, m.start() - 12), m.start()) is None:
        return False  # "the analyser was idle", "the pickers were idle": a machine's or others' slack, not the motive
    # The proposal must be close by: a transcript has no full stops to end its sentences.
    since = clause_start(p.text, m.start(), 80)
    return not any(since <= s.start() < m.start() and _PROPOSED.match(s.group()) for s in self_started)


# The candidate saying outright that they went past the request: "and I went further than triage", "I went well
# beyond it", "I did more than was asked", "I didn't stop there", "past the ask".
_WENT_FURTHER = lazy_compile(
    r"\bi\s+(?:then\s+|also\s+)?(?:went|took\s+it|pushed\s+it)\s+(?:well\s+|far\s+|much\s+|a\s+lot\s+|way\s+|"
    r"a\s+(?:bit|step|few\s+steps)\s+|one\s+step\s+|several\s+steps\s+)?(?:further|beyond|past)\b"
    r"|\bi\s+did\s+(?:a\s+lot\s+|much\s+|far\s+)?more\s+than\s+(?:that|what|was|i\s+was|the)\b"
    r"|\bi\s+(?:kept\s+going|(?:didn['’]?t|did\s+not)\s+stop\s+(?:there|at\s+(?:that|the|what)))\b"
    r"|\b(?:past|beyond)\s+(?:the\s+(?:ask|request|brief|ticket)|what\s+(?:i\s+was|was|he|she|they)\s+(?:had\s+)?asked)",
    re.IGNORECASE,
)


# "I didn't go beyond what was asked": going further denied.
_DENIED = lazy_compile(
    r"\b(?:not|never|didn['’]?t|wasn['’]?t)\s+(?:really\s+|even\s+|actually\s+)?(?:\w+\s+)?$", re.IGNORECASE
)


def _denied(p: Passage, position: int) -> bool:
    """Say whether the words just before a position deny what follows ("I didn't go beyond what was asked")."""
    return _DENIED.search(p.text, max(0, position - 30), position) is not None


# Work of the candidate's own added to the ask, a clause opening on it: "Beyond the move itself, I wrote", "On top of
# fixing the timeout, I set up".
_ADDED_TO_ASK = lazy_compile(
    r"\b(?:beyond|on top of|besides|in addition to|as well as|apart from|aside from|over and above)\s+"
    r"[^.;!?,]{1,60}?,\s*(?:and\s+)?(?P<i>i)\s",
    re.IGNORECASE,
)


def _went_further(p: Passage, start: int) -> bool:
    """Say whether, after `start`, the candidate says outright that they went past what was asked (not denied), or
    opens a clause on work of their own added to it."""
    if any(not _denied(p, m.start()) for m in _WENT_FURTHER.finditer(p.text, start)):
        return True
    for added in _ADDED_TO_ASK.finditer(p.text, start):
        if _OPENING.search(p.text, max(0, added.start() - 40), added.start()) is None:
            continue
        if any(
            a.start == added.start("i")
            and a.verb_class in ("action", "decision")
            and a.verb not in BYSTANDER_VERBS
            and a.verb not in REPORTING_VERBS
            for a in p.my_actions
        ):
            return True
    return False


# The candidate finding that the request aimed at the wrong thing: "the real problem was the schema", "what they
# actually needed was", "the screen wasn't the problem".
_REFRAME = lazy_compile(
    r"\b(?:the|a|our|their) (?:real|actual|bigger|underlying|deeper|true) (?:problem|issue|need|bottleneck|cause)\b"
    r"|\bwhat (?:they|he|she|we|people|customers|users|the [\w-]+) (?:actually|really) (?:needed|wanted|meant)\b"
    r"|\b(?:wasn['’]?t|was not|isn['’]?t|is not) (?:really |actually )?the (?:real )?(?:problem|issue|bottleneck|cause)\b",
    re.IGNORECASE,
)
# How many of the candidate's own steps must follow the new framing for it to be theirs.
REFRAME_STEPS = 2


def _reframed(p: Passage, start: int) -> bool:
    """Say whether, after the request, the candidate names the problem behind it and then acts on it themselves."""
    reframe = _REFRAME.search(p.text, start)
    if reframe is None or _denied(p, reframe.start()):
        return False
    steps = [
        a
        for a in p.my_actions
        if a.start >= reframe.end()
        and a.verb_class in ("action", "decision")
        and a.verb not in BYSTANDER_VERBS
        and not a.hypothetical
    ]
    return len(steps) >= REFRAME_STEPS


# Finding out by looking into it, which turns a ticket handed over into a problem the candidate defined.
_LOOKING_INTO = frozenset(
    "traced reproduced profiled measured timed dug investigated instrumented diagnosed benchmarked audited "
    "analysed analyzed mapped sampled interviewed".split()
)
_FOUND_BY_LOOKING = frozenset("found discovered uncovered identified pinpointed isolated".split())
# How many of those, and of the candidate's own steps, after the request make the work the candidate's.
OWN_DIGGING = 2
OWN_STEPS = 3


def _made_it_theirs(p: Passage, request: Hit) -> bool:
    """Say whether, after the request, the candidate looked into it themselves and then acted on what they found:
    assigned work done with a depth nobody asked for."""
    after = [a for a in p.acts if a.start > request.end() and a.actor == "i" and not a.hypothetical]
    looked = sum(a.verb in _LOOKING_INTO for a in after)
    digging = looked + sum(a.verb in _FOUND_BY_LOOKING for a in after)
    steps = sum(a.verb_class == "action" and a.verb not in BYSTANDER_VERBS for a in after)
    return looked >= 1 and digging >= OWN_DIGGING and steps >= OWN_STEPS


# A request read off who acts: another person as the subject of asking or handing the work to the candidate, however
# far the verb stands from its subject ("my manager noticed the run had doubled and asked me to take a look", "she
# wanted me to find out why", "he basically handed it over to me").
_ASKING_VERBS = frozenset("asked told tasked".split())
_HANDING_VERBS = frozenset("handed passed forwarded gave assigned routed".split())
_ME_TO = lazy_compile(r"\s+(?:me|us)\s+to\s+(?!me\b|us\b)", re.IGNORECASE)
_TO_ME = lazy_compile(
    r"\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:over\s+|on\s+|across\s+)?to\s+(?:me|us)\b", re.I
)


# A request told as coming after the work ("my manager later asked me to present it"), or asked about ("I asked what
# he wanted me to do").
_LATER = lazy_compile(r"\b(?:later|afterwards|eventually|then|finally|also|again)\b", re.IGNORECASE)
# Who may hand the candidate work: someone above them, or "he" or "she" told of such a person.
_REQUESTER = lazy_compile(
    r"^(?:he|she)$|\b(?:" + _ASKERS + r"|supervisor|owner|manager|head|chief|partner|principal|client)s?\b", re.I
)
_ASKED_ABOUT = lazy_compile(r"\b(?:what|how|whether|if|where|when|why)\s+$", re.IGNORECASE)


def _asked_by_others(p: Passage, until: float) -> list[Hit]:
    """Return where another person asks the candidate to do the work, or hands it to them, up to a position."""
    hits = []
    text = p.text
    for act in p.acts:
        if act.start > until:
            break
        if act.actor != "other":
            continue
        verb = act.verb.lower()
        if verb in _ASKING_VERBS:
            # Told as how the story starts: before any step of the candidate's own.
            if p.my_actions and p.my_actions[0].start < act.start:
                continue
            to = _ME_TO.match(text, act.end)
        elif verb in _HANDING_VERBS:
            to = _TO_ME.match(text, act.end)
        else:
            continue
        if (
            to is None
            or act.hypothetical
            or _REQUESTER.search(act.subject) is None
            or _LATER.search(text, act.start, act.end) is not None
            or _ASKED_ABOUT.search(text, max(0, act.start - 10), act.start) is not None
        ):
            continue
        hits.append(Hit(text, act.start, to.end()))
    return hits


def delegated_initiative(p: Passage) -> Finding | None:
    # Only how the story starts counts: being asked to own something after the work is recognition.
    opening: float = len(p.text)
    if p.section == "answer" and p.units:
        opening = p.units[0].start + (p.units[-1].end - p.units[0].start) * 0.45
    matches = p.find(DELEGATED)
    if p.acts:
        matches = sorted(
            matches + [h for h in _asked_by_others(p, opening) if not _overlaps(h, matches)], key=Hit.start
        )
    if not matches:
        return None
    self_started = p.find(SELF_STARTED)
    matches = [m for m in matches if _handed_over(p, m, self_started) and m.start() <= opening]
    # Nor does a request that comes after several steps of the candidate's own ("…and when he asked me to own
    # the rollout"): by then the work had long started.
    matches = [m for m in matches if sum(a.end <= m.start() for a in p.my_actions) < 3]
    if not matches:
        return None
    went_beyond = [m for m in self_started if m.start() > matches[0].end() and not _denied(p, m.start())]
    if (
        went_beyond
        or _went_further(p, matches[0].end())
        or _made_it_theirs(p, matches[0])
        or _reframed(p, matches[0].end())
    ):
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


# "I took it from there": the candidate carrying it on, not another party.
_I_CARRIED_ON = lazy_compile(r"\bi\s+(?:then\s+|just\s+)?$", re.IGNORECASE)
# What the candidate built, handed to those who will run it once the work is done: "I handed the runbook over".
_WORK_PRODUCT = lazy_compile(
    r"(?:handed|passed)\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:runbook|playbook|service|system|tool|tooling|dashboard|"
    r"rotation|pager|docs|documentation|pipeline|project|platform|library|process)\b",
    re.IGNORECASE,
)
# What was told is the work done: "I let Priya know the fix was live".
_TOLD_IT_WAS_DONE = lazy_compile(
    r"\s+(?:that\s+)?(?:the\s+|our\s+|my\s+)?(?:fix|patch|change|release|rollout|migration|it)\s+(?:was|had\s+been|is|"
    r"had)\s+(?:\w+\s+)?(?:live|done|fixed|shipped|out|deployed|complete|finished|resolved|merged|landed)\b",
    re.IGNORECASE,
)


# Keeping a measure of one's own: what is then reported is progress, not a problem passed on ("I tracked the
# deploy time weekly and reported it to my director").
_OWN_CHAIN = lazy_compile(
    r"\s*(?:my|our)\s+(?:[\w-]+\s+)?(?:manager|director|lead|vp|boss|head|leadership|stakeholders|sponsor)\b", re.I
)
_MEASURING = frozenset("tracked measured monitored timed counted recorded logged charted audited".split())


def _reported_own_measure(p: Passage, m: Hit) -> bool:
    """Say whether the candidate reports a measure they kept themselves, earlier in the same sentence."""
    if _OWN_CHAIN.match(p.text, m.end()) is None and _OWN_CHAIN.search(m.group()) is None:
        return False
    begin = clause_start(p.text, m.start(), 120)
    return any(begin < a.start < m.start() and a.actor == "i" and a.verb in _MEASURING for a in p.acts)


# The candidate's other work handed on to make room for this: "I handed over my other tickets so I could focus".
_MY_OTHER_WORK = lazy_compile(
    r"\bmy\s+(?:other\s+|remaining\s+|usual\s+|day-to-day\s+|current\s+|regular\s+)(?:tickets|tasks|work|duties|"
    r"projects|sprint\s+work|on-?call|meetings|backlog)\b",
    re.IGNORECASE,
)


def _passed_on(p: Passage, m: Hit) -> bool:
    """Say whether a handing-off phrase passes the problem on: not the candidate taking it from there, not a finished
    piece of work handed to those who will run it, not news that the fix is done, and not a telling the candidate
    follows with a step of their own in the same sentence."""
    text = m.group().lower()
    if text.startswith("took") and _I_CARRIED_ON.search(p.text, max(0, m.start() - 12), m.start()) is not None:
        return False
    if _WORK_PRODUCT.search(text) is not None:
        return False
    if _MY_OTHER_WORK.search(p.text, m.start(), min(len(p.text), m.end() + 30)) is not None:
        return False
    if _TOLD_IT_WAS_DONE.match(p.text, m.end()) is not None:
        return False
    if _reported_own_measure(p, m):
        return False
    return not _own_step_after(p, m, REPORTING_VERBS | _BOOKKEEPING) and not _went_on_to_act(p, m)


# A step of the candidate's own joined to the telling with its subject left out, past an aside: "I raised a ticket
# and, since it was blocking us, paired with their on-call", "I raised it with them, agreed the fix, and merged it".
_JOINED_VERB = lazy_compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s*,?\s*)(?:(?:since|while|as|because|meanwhile|in the meantime)\b[^,.;!?\n]{0,50},\s*)?"
    r"(?:then\s+|also\s+|meanwhile\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


# Tidying the tracker after passing it on: "I assigned the bug to their team and closed my ticket".
_BOOKKEEPING = frozenset("closed marked assigned linked tagged moved".split())
_PAST_STEPS = frozenset("built wrote rewrote ran shipped took led made put set cut drove spun dug fixed".split())


def _went_on_to_act(p: Passage, m: Hit) -> bool:
    """Say whether a verb of the candidate's own, its subject left out, follows the telling in the same sentence."""
    # Near the telling, and in the past: a transcript has no full stops, and "you have to keep everyone in the loop"
    # is a lesson, not a step.
    end = min(_sentence_end(p, m.end()), m.end() + 100)
    for joined in _JOINED_VERB.finditer(p.text, m.end(), end):
        verb = joined.group(1).lower()
        if (
            (verb.endswith("ed") or verb in _PAST_STEPS)
            and classify_verb(verb) in ("action", "decision")
            and verb not in REPORTING_VERBS
            and verb not in BYSTANDER_VERBS
            and verb not in _GIVING_UP_VERBS
            and verb not in _BOOKKEEPING
            and not _written_up(p, verb, joined.end(1))
        ):
            return True
    return False


# "I updated the rate table", "I documented the schema": a verb that usually keeps a report alive, here changing
# the thing itself (not "I updated the ticket", "I updated my manager", "I created a Jira ticket").
_REWORKING_VERBS = frozenset("updated documented created".split())
_THING_CHANGED = lazy_compile(r"\s+(?:the|its|every|each|all)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
_REPORT_WORDS = frozenset(
    "ticket tickets thread issue bug jira status channel stakeholders team manager lead director owner owners "
    "everyone board case incident request page wiki email postmortem report sev".split()
)


def _changed_a_thing(p: Passage, act: Act) -> bool:
    """Say whether a reporting verb here changes the thing itself rather than a report about it."""
    if act.verb not in _REWORKING_VERBS:
        return False
    thing = _THING_CHANGED.match(p.text, act.end)
    return thing is not None and not _REPORT_WORDS.intersection(thing.group(1).lower().split())


def _worked_around_first(p: Passage, m: Hit) -> bool:
    """Say whether the raising is the last of the candidate's own steps in its sentence, after one that changed
    something ("I wrote a check that held those orders, emailed the buyers, and raised it with their partner
    manager")."""
    begin = clause_start(p.text, m.start(), 200)
    return any(
        begin < a.start < m.start()
        and a.verb_class == "action"
        and a.verb not in REPORTING_VERBS
        and a.verb not in BYSTANDER_VERBS
        for a in p.my_actions
    )


# Those the problem hurt, reached by the candidate: "I emailed the three hundred affected customers a working link"
# is a remedy, not a report.
_AFFECTED = lazy_compile(
    r"\s+(?:the\s+|all\s+|every\s+|each\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:customers?|users?|clients?|patients?|"
    r"members|subscribers|shoppers|guests|passengers|students|parents|residents|buyers)\b",
    re.IGNORECASE,
)


def _acted_after(p: Passage, position: int) -> list[Act]:
    """Return the candidate's own steps on the problem after a position (not reports, bookkeeping or write-ups)."""
    return [
        a
        for a in p.acts
        if a.start > position
        and a.actor == "i"
        and not a.hypothetical
        and (
            a.verb_class in ("action", "decision")
            and (a.verb not in REPORTING_VERBS or _changed_a_thing(p, a))
            or a.verb in REPORTING_VERBS
            and _AFFECTED.match(p.text, a.end) is not None
        )
        and a.verb not in BYSTANDER_VERBS
        and a.verb not in _BOOKKEEPING
        and _SEEING_TO_IT.match(p.text, a.end) is None
        and not _written_up(p, a.verb, a.end)
    ]


# Passing it on, told as the candidate's act: the verbs of routing a problem to someone else.
_ROUTING_VERBS = frozenset(
    "told emailed messaged pinged informed notified escalated raised flagged reported mentioned alerted contacted "
    "forwarded sent passed handed logged filed opened".split()
)
# Another party's remedy: what the receiver then did to the problem.
_REMEDY_VERBS = frozenset(
    "fixed patched resolved sorted rotated replaced repaired restored reverted rebuilt rewrote redeployed corrected "
    "reconfigured restarted rebalanced swapped reprinted reissued reinstalled refunded".split()
)
# How near the remedy must follow the telling, and how few of the candidate's own steps may come before it.
REMEDY_REACH = 400
FEW_OWN_STEPS = 2


def _is_work(act: Act) -> bool:
    return (
        act.verb_class in ("action", "decision")
        and act.verb not in REPORTING_VERBS
        and act.verb not in BYSTANDER_VERBS
        and act.verb not in _GIVING_UP_VERBS
    )


def _routed_then_fixed(p: Passage) -> Hit | None:
    """Return the candidate's telling when it is their last step on the problem, few of their own steps come before
    it, and another party's remedy follows soon after: "I forwarded it to the supplier's quality contact. They
    replaced the batch a week later"."""
    told = None
    steps = 0
    for act in p.acts:
        if act.hypothetical or act.relative or act.actor != "i":
            continue
        if act.verb in _ROUTING_VERBS:
            told = act
        elif _is_work(act):
            if told is not None:
                return None
            steps += 1
    if told is None or steps > FEW_OWN_STEPS:
        return None
    remedied = any(
        a.actor == "other"
        and told.end < a.start < told.end + REMEDY_REACH
        and a.verb in _REMEDY_VERBS
        and not a.hypothetical
        for a in p.acts
    )
    return Hit(p.text, told.start, told.end) if remedied else None


def handoff(p: Passage) -> Finding | None:
    matches = [m for m in p.find(HANDOFF) if _passed_on(p, m)]
    if not matches:
        routed = _routed_then_fixed(p)
        if routed is None:
            return None
        matches = [routed]
    last = matches[-1]
    acted_after = _acted_after(p, last.end())
    if len(acted_after) >= 2 or acted_after and _worked_around_first(p, last):
        return None
    return finding(
        "handoff",
        "major",
        f"{quote(last.group())} and then the story stops being yours: say what you did to get it fixed, "
        "not only who you told.",
        p.cite(matches, 3),
    )


# A sentence that opens on its cause ("Because the data team had no staging, I built one"): only fillers before it.
_OPENING = lazy_compile(
    r"(?:^|[.!?;:\n])[\s,]*(?:(?:so|and|um|uh|well|basically|honestly|actually|also|then|like|you know|i mean)[\s,]+)*$",
    re.I,
)
# The miss owned, or the other party's side seen fairly, later in the same sentence: "which was my planning error",
# "but honestly our client should have handled it", "which is normal for a launch", "and she was right".
_OWNED_OR_FAIR = lazy_compile(
    r"\b(?:on me|(?:i|we) (?:had not|hadn['’]t|did not|didn['’]t|never) (?:asked|checked|looked|tested|thought to)|my (?:own )?(?:[\w-]+ )?(?:fault|mistake|error|miss|gap|oversight)|(?:i|we|our (?:[\w-]+ )?[\w-]+) "
    r"should(?:n['’]t)? have|(?:which|that) (?:is|was|'s) (?:normal|fair|understandable|reasonable|expected)|"
    r"which made sense|fair enough|(?:and|but) (?:she|he|they) (?:was|were) right)\b",
    re.I,
)


# The miss owned outright in the sentence after: "That gap was partly mine, because I had built the queue".
_OWNED_NEXT = lazy_compile(
    r"\b(?:(?:partly|largely|mostly|also|equally|at least partly|in part) (?:mine|on me|my (?:fault|doing|gap|miss|"
    r"mistake))|(?:that|the|this) (?:gap|miss|mistake|part|failure) was (?:\w+ )?(?:mine|on me)|my (?:own )?(?:part|share) "
    r"(?:in|of) (?:it|this|that|the)|i should have)\b",
    re.I,
)
# Not having been told ("nobody had told us", "we were never told"): a complaint when it is the story, the setting
# when the candidate's own steps answer it straight away.
_UNINFORMED = lazy_compile(r"\b(?:told|warned|informed|notified|consulted|looped in|made aware)\b", re.I)
# How many of the candidate's own steps, and how soon after, answer it.
ANSWERING_STEPS = 2
ANSWERING_REACH = 200


def _answered_soon(p: Passage, m: Hit) -> bool:
    """Say whether the candidate's own steps follow soon after a phrase, before the story moves on."""
    steps = [
        a
        for a in p.my_actions
        if m.end() <= a.start < m.end() + ANSWERING_REACH
        and (
            a.verb_class in ("action", "decision")
            and a.verb not in REPORTING_VERBS
            or a.verb_class == "discovery"
            and a.verb not in _PERCEIVING
        )
        and a.verb not in BYSTANDER_VERBS
        and a.verb not in _GIVING_UP_VERBS
    ]
    return len(steps) >= ANSWERING_STEPS


def _sentence_end(p: Passage, position: int) -> int:
    end = CLAUSE_STOP.search(p.text, position)
    return len(p.text) if end is None else end.start()


# Finding out by looking into it ("I reproduced it", "I traced it") is a step; merely perceiving is not.
_PERCEIVING = frozenset("noticed saw heard realised realized learned learnt felt sensed".split())
# Steps that let it go rather than take it on: "I moved on", "I left it", "I kept restarting the pods", "I carried on
# with my roadmap".
_GIVING_UP_VERBS = frozenset("left moved dropped stopped gave let kept carried".split())


def _own_step_after(p: Passage, m: Hit, besides: frozenset[str] = frozenset(), finding_out: bool = False) -> bool:
    """Say whether the candidate does something about it in the same sentence, after the phrase (a step whose verb
    is not one of `besides`; with `finding_out`, looking into it counts too: "so I reproduced it")."""
    end = _sentence_end(p, m.end())
    return any(
        m.end() <= a.start < end
        and (
            a.verb_class in ("action", "decision")
            or finding_out
            and a.verb_class == "discovery"
            and a.verb not in _PERCEIVING
        )
        and a.verb not in BYSTANDER_VERBS
        and a.verb not in _GIVING_UP_VERBS
        and a.verb not in besides
        and not _written_up(p, a.verb, a.end)
        for a in p.my_actions
    )


# "An alert that fixed itself": what a thing tends to do, said in a relative clause, is not how the story ended.
_WHAT_IT_DOES = lazy_compile(r"\b(?:that|which)\s+(?:\w+\s+)?$", re.IGNORECASE)
_ON_ITS_OWN = lazy_compile(r"(?:itself|its own)$", re.IGNORECASE)


_SOMEONE_ELSES_CALL = lazy_compile(r"(?:call|decision|to make)$", re.IGNORECASE)


# "Rather than waiting on them", "if I waited until Monday", "I didn't wait for": waiting set aside, not done.
_WAITING_SET_ASIDE = lazy_compile(
    r"(?:\b(?:rather than|instead of|without|if)\s+(?:\w+\s+){0,2}|\b(?:not|never|didn['’]?t|no|or|than)\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
# "I waited for the canary to finish": waiting on one's own check is verifying, not deferring.
_OWN_CHECK = lazy_compile(
    r"\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:\w+\s+)?(?:canary|metrics|data|tests?|builds?|results?|numbers|dashboards?|"
    r"rollout|deploy(?:ment)?|backfill|migration|soak|bake|baseline|week of data|logs)\b"
    r"(?!\s+(?:team|teams|folks|people|engineers|owners?|org|group|lead|manager)\b)",
    re.IGNORECASE,
)


# "Until I had the numbers", "pending our own review": the wait ends on the candidate's own step.
_UNTIL_OWN = lazy_compile(r"\b(?:until|till|pending)\s+(?:i|we)\b", re.IGNORECASE)


# A reluctance to confront ("I didn't want to argue it in the thread"), which passes for waiting only when no
# step of the candidate's own takes its place: "…so I asked him for twenty minutes" chose a channel instead.
_RELUCTANCE = lazy_compile(r"(?:didn'?t|did not) want to", re.IGNORECASE)
_INSTEAD = lazy_compile(r"[^.!?\n]{0,60}?\b(?:so|instead|and)\b,?\s+(?:instead\s+|rather\s+)?i\b", re.IGNORECASE)


# The candidate letting it go where a step of their own would take a reluctance's place.
_GAVE_UP = lazy_compile(r"i\s+" + _GAVE_UP_WORDS, re.I)


def _acted_instead(p: Passage, m: Hit) -> bool:
    """Say whether the candidate's own step follows a reluctance in the same sentence, in its place."""
    follow = _INSTEAD.match(p.text, m.end())
    if follow is None or _GAVE_UP.match(p.text, follow.end() - 1) is not None:
        return False
    return any(
        act.start == follow.end() - 1
        and act.actor == "i"
        and act.verb_class in ("action", "discovery", "decision", "communication")
        and not act.hypothetical
        for act in p.acts
    )


# "Each assumed someone else had it in hand", "the teams figured someone would fix it": others presuming, told as
# the setting of the story, not the candidate waiting.
_PRESUMED = lazy_compile(r"(?:assumed|figured|thought|expected|presumed|hoped)\b", re.I)
_OTHERS_BEFORE = lazy_compile(
    r"\b(?:each|both|everyone|everybody|all|they|he|she|people|others|(?:the|their|both|two|each) (?:[\w-]+ ){0,2}?"
    r"(?:teams?|shifts?|squads?|groups?|leads?|managers?|owners?|departments?|vendors?|engineers?|sides?))\s+"
    r"(?:(?:of\s+them|had|just|simply|all|probably)\s+){0,2}$",
    re.I,
)


# Others' presuming or saying, just before a waiting phrase: "the team assumed it was out of our hands".
_PRESUMING_VERBS = frozenset("assumed figured thought expected presumed hoped believed felt".split())
PRESUMED_REACH = 16


def _others_presumed(p: Passage, m: Hit) -> bool:
    """Say whether a presumption in a waiting phrase, or one just before it, is someone else's, not the
    candidate's."""
    if _PRESUMED.match(m.group()) is None:
        return any(
            act.actor == "other" and act.verb in _PRESUMING_VERBS and 0 <= m.start() - act.end <= PRESUMED_REACH
            for act in p.acts
        )
    if any(act.actor == "other" and act.start <= m.start() < act.end for act in p.acts):
        return True
    return _OTHERS_BEFORE.search(p.text, max(0, m.start() - 30), m.start()) is not None


# What the candidate found out, not what they did: "I found the letters sat in a print queue", "I realised the
# requests had been waiting on a manual approval".
_FOUND_OUT = frozenset("found saw noticed realised realized discovered learned learnt spotted established".split())
_WE_OR_I = lazy_compile(r"(?:i|we)\b", re.IGNORECASE)


def _what_was_found(p: Passage, m: Hit) -> bool:
    """Say whether a waiting phrase tells what the candidate found, earlier in the same sentence, about something
    else: the state of things their story sets out to change."""
    if _WE_OR_I.match(m.group()) is not None:
        return False
    begin = clause_start(p.text, m.start(), 100)
    return any(
        begin < a.start < m.start() and a.actor == "i" and a.verb in _FOUND_OUT and not a.hypothetical for a in p.acts
    )


# A wait explained, in its sentence, by a missing owner or process: the cause the candidate diagnoses, not their wait.
_NO_OWNER_BECAUSE = lazy_compile(
    r"\b(?:because|since|as)\s+(?:no\s+one|nobody|no\s+(?:team|owner|process|one['’]s|single)|there\s+was\s+no\s+"
    r"(?:owner|process|one)|nothing\s+in\s+(?:our|the)\s+process)",
    re.IGNORECASE,
)


def _waited(p: Passage, m: Hit) -> bool:
    """Say whether a waiting phrase tells what the candidate did in the story: not waiting set aside or waiting
    on their own check, not what some thing tends to do, and not a decision left to its owner that the candidate
    then committed to."""
    text = m.group()
    if _WAITING_SET_ASIDE.search(p.text, max(0, m.start() - 30), m.start()) is not None:
        return False
    if (
        text.lower().endswith(("for", "until", "till", "on", "pending"))
        and _OWN_CHECK.match(p.text, m.end()) is not None
    ):
        return False
    if _UNTIL_OWN.search(p.text, m.start(), min(len(p.text), m.end() + 4)) is not None:
        return False
    if _SOMEONE_ELSES_CALL.search(text) is not None:
        return _LETTING_GO.match(p.text, m.end()) is not None
    if _ON_ITS_OWN.search(text) is not None and _WHAT_IT_DOES.search(p.text, max(0, m.start() - 24), m.start()):
        return False
    if _RELUCTANCE.match(text) is not None:
        return not _acted_instead(p, m)
    if _others_presumed(p, m):
        return False
    if _what_was_found(p, m):
        return False
    if _WE_OR_I.match(text) is None and _NO_OWNER_BECAUSE.search(p.text, m.end(), _sentence_end(p, m.end())):
        return False  # "the mandate sat in legal's inbox because no one's process turned it into work": a diagnosis
    # "While we waited on legal, I built it behind a flag", "I hoped they'd pick it up, but when nothing moved I wrote
    # the patch": a step of the candidate's own in the same sentence makes the wait a pause, not the story.
    # "The bug had sat in the backlog for months, so I asked my lead if I could take it": the wait is the setting
    # the candidate's own move answers.
    return not _own_step_after(p, m, finding_out=True) and not _acted_instead(p, m)


def _overlaps(m: Hit, others: list[Hit]) -> bool:
    """Say whether a match shares any text with one already kept (the same words read by two families)."""
    return any(m.start() < o.end() and o.start() < m.end() for o in others)


# A wait the candidate broke: "Rather than sit idle, I drafted…", "I used that time to write…", "instead, I…".
_BROKE_WAIT = lazy_compile(
    r"\b(?:rather than|instead of|instead|meanwhile|in the meantime|while (?:we|i) waited|(?:used|spent) (?:that|the|"
    r"those|this) (?:time|wait|weeks?|days?)|(?:didn['’]?t|did not) (?:just )?(?:sit|wait))\b",
    re.IGNORECASE,
)
BROKEN_WAIT_REACH = 80


# The candidate just before a phrase, as its subject: "so I didn't want to push", "we kind of".
_I_BEFORE = lazy_compile(r"\b(?:i|we)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _someone_elses(p: Passage, m: Hit) -> bool:
    """Say whether a wait is told of a thing or another party ("the ticket sat in a queue"), not the candidate."""
    if _WE_OR_I.match(m.group()) is not None:
        return False
    return _I_BEFORE.search(p.text, max(0, m.start() - 30), m.start()) is None


def _broke_wait(p: Passage, m: Hit) -> bool:
    """Say whether the candidate breaks the wait soon after it, a contrast and then steps of their own: the wait is
    the setting of what they did, not the story."""
    after = _BROKE_WAIT.search(p.text, m.end(), min(len(p.text), _sentence_end(p, m.end() + 1) + BROKEN_WAIT_REACH))
    if after is None:
        return False
    begin = clause_start(p.text, after.start(), 40)
    return any(
        begin <= a.start < after.end() + SUPPLY_REACH
        and a.verb_class in ("action", "decision")
        and a.verb not in BYSTANDER_VERBS
        and a.verb not in _GIVING_UP_VERBS
        and a.verb not in REPORTING_VERBS
        for a in p.my_actions
    )


def _waited_more(p: Passage, m: Hit) -> bool:
    """Say whether a wait often told as the setting is the story: read as any wait, and silent when the candidate's
    own steps answer it soon after."""
    return _waited(p, m) and not _answered_soon(p, m)


# Time passing before someone else moved: "eventually", "in the end", "three weeks later", "after a couple of months",
# "it took them ages", "nothing happened for a while".
_LAPSE = lazy_compile(
    r"\b(?:eventually|finally|in the end|at last|later|after|took|nothing|by the next|at the next)\b", re.IGNORECASE
)
# What must follow (or, for "later", come just before) a cue word for it to tell time passing.
_LAPSE_AFTER = {
    "after": lazy_compile(
        r"\s+(?:a|an|two|three|four|five|six|several|some|a few|a couple of|many|\w+)\s+(?:\w+\s+)?(?:days|weeks|"
        r"months|sprints|quarters|while)\b",
        re.IGNORECASE,
    ),
    "took": lazy_compile(r"\s+(?:them|him|her|it|\w+)\s+(?:\w+\s+)?(?:days|weeks|months|ages|forever)\b", re.I),
    "nothing": lazy_compile(r"\s+(?:happened|moved|changed)\b", re.IGNORECASE),
    "by the next": lazy_compile(r"\s+(?:quarter|sprint|review|cycle)\b", re.IGNORECASE),
    "at the next": lazy_compile(r"\s+(?:quarter|sprint|review|cycle)\b", re.IGNORECASE),
}
_SPAN_BEFORE = lazy_compile(r"\b(?:days|weeks|months|sprints|week|fortnight|month|year|while|few \w+)\s+$", re.I)


def _lapse(text: str, start: int, end: int) -> Hit | None:
    """Return the first words in a span that tell time passing before someone moved."""
    for cue in _LAPSE.finditer(text, start, end):
        word = cue.group().lower()
        if word == "later":
            if _SPAN_BEFORE.search(text, max(0, cue.start() - 30), cue.start()) is None:
                continue
        elif word in _LAPSE_AFTER:
            rest = _LAPSE_AFTER[word].match(text, cue.end())
            if rest is None:
                continue
            return Hit(text, cue.start(), rest.end())
        return Hit(text, cue.start(), cue.end())
    return None


LAPSE_REACH = 300
# A word each way of telling a lapse holds, to skip the reading cheaply when none is there.
_LAPSE_WORDS = frozenset("eventually finally end last later after took nothing next".split())


def _told_then_waited(p: Passage) -> Hit | None:
    """Return the candidate's telling when time then passes and someone else moves, with no step of the candidate's
    own in between: "I raised it with the platform group. Eventually someone on their side patched the job"."""
    if not p.units or _LAPSE_WORDS.isdisjoint(
        words_after(p.text, p.units[0].start, p.units[-1].end, p.units[-1].end - p.units[0].start)
    ):
        return None
    acts = p.acts
    steps = 0
    for index, act in enumerate(acts):
        if act.actor != "i" or act.hypothetical or act.relative:
            continue
        if act.verb not in _ROUTING_VERBS:
            if _is_work(act):
                steps += 1
                if steps > FEW_OWN_STEPS:
                    return None  # a story with steps of one's own before any telling is not a wait
            continue
        lapse = _lapse(p.text, act.end, min(len(p.text), act.end + LAPSE_REACH))
        if lapse is None:
            continue
        for later in acts[index + 1 :]:
            if later.start > lapse.end() + LAPSE_REACH // 2:
                break
            if later.actor == "i" and not later.hypothetical and _is_work(later):
                break
            if (
                later.actor == "other"
                and later.start > lapse.start()
                and (later.verb in _REMEDY_VERBS or later.verb_class == "decision")
                and not later.hypothetical
            ):
                return Hit(p.text, act.start, lapse.end())
    return None


def passive_waiting(p: Passage) -> Finding | None:
    # Another party's wait, or a thing left sitting ("the ticket sat in a queue"), that the candidate's own steps
    # answer soon after is the setting of their story, as is a wait they then broke.
    matches = [
        m
        for m in p.find(WAITING)
        if _waited(p, m) and not _broke_wait(p, m) and (not _someone_elses(p, m) or not _answered_soon(p, m))
    ]
    matches += [
        m for m in p.find(WAITING_MORE) if not _overlaps(m, matches) and _waited_more(p, m) and not _broke_wait(p, m)
    ]
    if not matches and (told := _told_then_waited(p)) is not None:
        matches = [told]
    matches.sort(key=Hit.start)
    if not matches:
        return None
    return finding(
        "passive_waiting",
        "major",
        f"{quote(matches[0].group())}: waiting for others to act reads as a lack of ownership.",
        p.cite(matches, 3),
    )


# "It wasn't because engineers didn't care", "rather than say I told you so": a cause of blame named in order to
# reject it, or a reproach set aside.
_REJECTED = lazy_compile(
    r"\b(?:not|never|wasn['’]t|weren['’]t|isn['’]t|aren['’]t|rather\s+than|instead\s+of)\s+(?:\w+\s+){0,2}$", re.I
)
_NO_ONES = lazy_compile(r"\b(?:nobody|no one|noone|anybody|anyone|everybody|everyone)['’]?s\b", re.I)
# "If I had tested it", "if we'd been told": a condition on the candidate's own side owns the miss.
_OWN_CONDITION = lazy_compile(r"if\s+(?:i|we)\b", re.I)
# "Nobody told me to": a lack of instructions, which is initiative, not a complaint.
_TOLD_TO = lazy_compile(r"\s+to\b", re.I)


def _blames(p: Passage, m: Hit) -> bool:
    """Say whether a blame phrase faults others: not a cause named to reject it, not a condition on the candidate's
    own acts, not "nobody told me to", not a constraint the sentence opens on and the candidate then meets with a
    step of their own, not a cause (or "the real problem") the candidate's own steps answer next, and not a fault the
    same sentence goes on to own or see fairly."""
    if _REJECTED.search(p.text, max(0, m.start() - 40), m.start()) is not None:
        return False
    if _NO_ONES.search(m.group()) is not None:
        return False  # "that was nobody's fault": the fault denied to everyone, not put on someone
    if _OWN_CONDITION.match(p.text, m.start()) is not None:
        return False
    if m.group().lower().startswith(("nobody", "no one")) and _TOLD_TO.match(p.text, m.end()):
        return False
    end = _sentence_end(p, m.end())
    if _OWNED_OR_FAIR.search(p.text, m.end(), end) is not None:
        return False
    if _OWNED_NEXT.search(p.text, end, min(len(p.text), _sentence_end(p, end + 1), end + 160)) is not None:
        return False
    if _UNINFORMED.search(m.group()) is not None and _answered_soon(p, m):
        return False
    causal = (
        m.group()
        .lower()
        .startswith(("because", "since", "as ", "due to", "caused by", "came from", "comes from", "the real "))
    )
    opens = _OPENING.search(p.text, max(0, m.start() - 40), m.start()) is not None
    if causal and (opens and _own_step_after(p, m) or _answered_soon(p, m) and _answered_next(p, m)):
        return False
    return not (_LACKED.search(m.group()) is not None and _lacked_a_thing(p, m) and _supplied(p, m))


def _answered_next(p: Passage, m: Hit) -> bool:
    """Say whether the next thing anyone does after a cause is the candidate's own: "…had changed the token format.
    I patched our parser", not "…so we were blocked for a week. Once it arrived I ran the tests"."""
    after = next((a for a in p.acts if a.start >= m.end()), None)
    return after is not None and after.actor == "i" and not after.hypothetical


def _lacked_a_thing(p: Passage, m: Hit) -> bool:
    """Say whether the failing is having no such thing ("didn't have a staging environment"), not a thing late or
    undone ("didn't have the mockups ready")."""
    have = _HAVE.match(p.text, m.end())
    if have is None:
        return False
    return _LATE.search(p.text, have.end(), min(_sentence_end(p, have.end()), have.end() + 60)) is None


# A cause told as something another party lacked ("because the mobile team didn't have a staging environment"):
# a gap, not a failing, when the candidate's own step supplies it straight after.
_LACKED = lazy_compile(r"(?:didn'?t|did not|hadn'?t|had not|never)$", re.IGNORECASE)
_HAVE = lazy_compile(r"\s+(?:yet\s+|even\s+|really\s+)?(?:have|had|got)\b", re.IGNORECASE)
_LATE = lazy_compile(r"\b(?:ready|in time|on time|done|finished|signed off|time to|capacity to)\b", re.IGNORECASE)
# How far after the gap the candidate's step may come and still be the answer to it.
SUPPLY_REACH = 160


def _supplied(p: Passage, m: Hit) -> bool:
    """Say whether a step of the candidate's own follows soon after: within a couple of short sentences."""
    end = m.end() + SUPPLY_REACH
    return any(
        m.end() <= a.start < end
        and a.verb_class in ("action", "decision")
        and a.verb not in BYSTANDER_VERBS
        and a.verb not in _GIVING_UP_VERBS
        for a in p.my_actions
    )


# Another party, a department named bare among them, as the subject of a fault.
_SIDE = (
    r"(?:legal|security|procurement|finance|compliance|sales|marketing|hr|ops|qa|infra|product|design|management|"
    r"leadership|they|he|she|(?:the|our|their|that|this) (?:[\w-]+(?:'s)? ){0,2}?(?:team|teams|shift|crew|department|org|side|"
    r"folks|vendor|supplier|contractors?|agency|client|owner|developer|engineer|architects?|lead|manager|director))"
)
# More ways of putting the fault on others, kept apart from BLAME so each family fits one RE2 automaton: acting
# without telling anyone, being late as the reason, a predecessor's mess, cleaning up after them.
BLAME_MORE = Phrases(
    r"(?:because|since|after|when) (?:the )?(?:ops|qa|design|product|sales|legal|security|marketing|finance|"
    r"management|leadership|they|he|she|the [\w-]+ (?:team|folks|guys|people|side)|the (?:vendor|client|contractors?)) "
    r"(?:\w+ ){1,6}?without (?:telling|asking|checking with|consulting|warning|informing|looping in) (?:anyone|anybody|"
    r"us|me|the team)",
    r"because (?:the )?(?:ops|qa|design|product|sales|legal|security|marketing|finance|management|leadership|they|"
    r"the [\w-]+ (?:team|folks|side)|the (?:vendor|client|contractors?)) (?:was|were|had been) (?:\w+ ){0,3}?(?:late|"
    r"behind|slow|unavailable|unresponsive|missing in action)",
    r"(?:previous|last|old|former|original) (?:engineer|developer|dev|team|owner|contractor|vendor)s? (?:had )?left "
    r"(?:\w+ ){0,4}?(?:in (?:a|such a) (?:terrible|awful|bad|horrible|sorry|messy|shocking) (?:state|shape)|a (?:total |"
    r"complete |real )?mess)",
    r"(?:were|was|got) left (?:to|holding) (?:clean(?:ing)? up|the bag|pick(?:ing)? up the pieces)",
    r"clean(?:ed|ing)? up (?:their|his|her|the other team'?s) mess",
    # What another party held up, botched or never did, with a department named bare ("legal held us up",
    # "security were being obstructive", "the night shift didn't hand over properly", "the contractors had written no
    # tests", "the product owner never knew what they wanted", "the other developer wrote it badly").
    _SIDE + r" (?:\w+ ){0,3}?(?:held (?:us|things|it|everything|the [\w-]+) up|(?:was|were|are|is) (?:always |usually |"
    r"once again |again |basically )?(?:the|a) (?:real |main |big |biggest |usual )?(?:bottleneck|blocker|hold-?up))",
    _SIDE + r" (?:were|was) being (?:\w+ )?(?:obstructive|unhelpful|difficult|awkward|slow|unreasonable|precious|"
    r"territorial|stubborn|cagey|protective)",
    _SIDE + r" (?:\w+ ){0,2}?(?:didn'?t|did not|never|failed to|forgot to|neglected to) (?:properly |even |bother to )?"
    r"(?:communicate|tell (?:us|anyone|me)|let (?:us|anyone|me) know|inform us|warn us|hand (?:it |things )?over|pass "
    r"(?:it |that |this )?on)",
    _SIDE
    + r" (?:\w+ ){0,2}?(?:never|didn'?t|did not) (?:really )?(?:know|knew) what (?:they|he|she) (?:wanted|were doing|"
    r"was doing|needed)",
    _SIDE + r" (?:had )?(?:wrote|written|built|designed|tested|configured|set up|planned|managed|handled|documented|"
    r"implemented|scoped|specified) (?:it|this|that|the [\w-]+|everything) (?:so |really |very |pretty )?(?:badly|"
    r"poorly|sloppily|carelessly|wrong|incorrectly)",
    _SIDE + r" (?:had )?(?:written|left|done|added|provided|given us|wrote) (?:absolutely )?(?:no|zero) (?:tests|"
    r"documentation|docs|comments|handover|notes|runbook)",
    _SIDE
    + r" (?:had )?(?:over-?promised|over-?sold|over-?committed|sold (?:them |the client |the customer )?(?:a|the) "
    r"(?:[\w-]+ ){0,3}?(?:that|which) (?:didn'?t|did not) (?:yet )?exist)",
    _SIDE + r" (?:\w+ ){1,6}?without (?:any |a |so much as a |much )?(?:notice|warning|heads-?up|announcement)",
    # The fault placed on another's work or part: "the vendor's SDK was the real problem", "a failure on the part of
    # the supplier", "caused by another team's deploy, not ours", "garbage coming in from the other team".
    r"(?:vendor|supplier|client|contractors?|agency|team|provider|partner|predecessor)'?s (?:[\w-]+ ){1,2}?(?:was|were) "
    r"(?:really |actually )?(?:the|our) (?:real|main|actual|whole|root|underlying|biggest) (?:problem|issue|culprit|cause|"
    r"blocker)",
    r"the (?:real|main|actual|root) (?:problem|issue|culprit|cause) (?:was|lay|sat) (?:with |in )?(?:their|the vendor'?s|"
    r"the other team'?s|the [\w-]+ team'?s|the supplier'?s|the client'?s)",
    r"(?:failure|fault|mistake|error|oversight|lapse|negligence) on (?:the part of|their part|his part|her part)",
    r"(?:deploy|change|release|code|bug|config|fault|mistake|push|migration),? not (?:ours|mine)",
    r"(?:garbage|junk|rubbish)(?: data| input| files?)? (?:(?:coming|came|that came|we got|sent) )?(?:in )?from",
    # A predecessor's mess: "the previous team left it in a bit of a state", "we inherited a codebase that was a
    # disaster", "the teacher before me hadn't covered the syllabus".
    r"left (?:it|things|the [\w-]+|us|everything) (?:\w+ ){0,2}?in (?:a|such a) (?:bit of a |right |real |total |terrible "
    r"|awful |sorry |horrible )?(?:state|mess|shambles)",
    r"inherited (?:\w+ ){1,4}?(?:that|which) (?:was|were) (?:\w+ )?(?:a (?:total |complete |real |absolute )?(?:disaster|"
    r"mess|nightmare|shambles|dumpster fire)|held together with)",
    r"(?:my predecessor|the (?:[\w-]+ )?(?:person|engineer|developer|teacher|manager|lead|team|owner|contractor) before "
    r"(?:me|us)|the (?:previous|former|old|last) (?:[\w-]+ )?(?:manager|team|owner|lead|engineer|developer|contractor|"
    r"director|teacher|person)) (?:had )?(?:really )?(?:never|hadn'?t|had not|didn'?t|did not|left)",
    # Others piling on or guarding their patch, or the problem kept on their side: "the PM kept adding features",
    # "teams were protective of their roadmaps", "a training problem on their side", "from the billing team not
    # reading the guide".
    _BLAMED + r" (?:just )?(?:kept|keeps|kept on) (?:adding|piling on|asking for|throwing in|squeezing in|sneaking in|"
    r"requesting) (?:new |more |extra )?(?:features|scope|requirements|requests|work|changes|stuff)",
    r"(?:were|was) (?:\w+ )?protective of (?:their|his|her) (?:roadmaps?|turf|code|time|patch|territory|systems?)",
    r"(?:problem|issue|fault|mistake|error|gap)s? on (?:their|the other|the vendor'?s|the [\w-]+ team'?s|the client'?s) "
    r"(?:side|end)",
    r"from " + _OTHERS + r" (?:not|never|failing to) (?:\w+ing|read|follow|test|check)",
    # Polite faulting: "their lack of documentation", "poor communication from the vendor", "they let us down", "they
    # went quiet for weeks", "the platform team dropped the ball", "none of that was on us", "I was only following
    # the spec I was given".
    r"(?:their|his|her|the other team'?s|the vendor'?s|the [\w-]+ team'?s) (?:complete |total |general )?lack of",
    r"(?:lack of|poor|bad|patchy) (?:\w+ ){0,2}?(?:communication|documentation|planning|testing|support|urgency|"
    r"engagement|ownership|responsiveness) (?:from|on the part of|by) (?:the|their|them|that)",
    _SIDE + r" (?:\w+ ){0,2}?(?:let (?:us|me|the team) down|went (?:quiet|dark|silent|missing)|ghosted (?:us|me)|"
    r"dropped the ball)",
    r"(?:ball|it) (?:was|got) dropped by|(?:wasn'?t|was not|isn'?t|none of (?:it|that|this) was) (?:really )?on (?:us|me)\b",
    r"(?:i was|we were) (?:just |only |simply )(?:following (?:orders|instructions|the spec|what|the plan)|doing what "
    r"(?:i was|we were|they) (?:told|asked))",
    r"(?:dropped|sprung|landed|threw) (?:it|this|that|the [\w-]+) on (?:us|me|my team|our team)",
)


# Another party, named as people say it: a side, a group in the plural, another team.
_PARTY_AT_FAULT = (
    r"(?:"
    + _SIDE
    + r"|another team|(?:the|their|that|those|some) (?:[\w-]+ )?(?:guys|people|designers|developers|devs|"
    r"engineers|reviewers|testers|contractors|consultants|vendors|pms|managers|leads|owners|directors|architects|admins|"
    r"analysts|customers?|clients?|stakeholders))"
)
# Another party's work or change, as the possessive that names it.
_THEIRS = (
    r"(?:their|his|her|another team'?s|the other team'?s|the (?:vendor|client|supplier|contractor|partner|provider|agency)'?s|"
    r"the [\w-]+ team'?s|"
    r"(?:an |the )?upstream (?:team'?s )?)"
)
# Faults of others told as the cause, kept apart from BLAME and BLAME_MORE so each family fits one RE2 automaton:
# another's change that broke ours, bad inputs handed over, time or support withheld, a mess left behind, a fault
# pushed away from "us", and sarcasm. A cause is often the setting of a strong story ("the upstream deploy broke our
# build, so I added a contract test"), so the candidate's own steps soon after silence these (see `blame`).
BLAME_CAUSE = Phrases(
    # Another's change broke ours: "their change broke production", "the infra team pushed a bad config".
    _THEIRS + r" (?:[\w-]+ )?(?:deploy|deployment|change|release|migration|config|update|push|script|upgrade|rollout) "
    r"(?:\w+ )?(?:broke|took down|brought down|knocked out|wiped|corrupted|killed|caused)",
    _PARTY_AT_FAULT
    + r" (?:\w+ )?(?:pushed|shipped|deployed|merged|made|rolled out|released) (?:a |an |some )?(?:bad|broken|"
    r"faulty|buggy|untested|botched|sloppy) (?:[\w-]+ ){0,2}?(?:config|change|deploy|release|migration|update|script|build)",
    # Bad inputs handed over: "the client gave us the wrong file", "mockups that didn't match", "the spec we got was
    # incomplete".
    _PARTY_AT_FAULT
    + r" (?:\w+ )?(?:gave|sent|handed|passed|supplied|provided) (?:us|me) (?:the wrong|a wrong|garbage|junk|"
    r"rubbish|bad|broken|incomplete|useless|outdated|wrong)",
    _PARTY_AT_FAULT + r" (?:\w+ )?(?:gave|sent|handed|passed|supplied|provided) (?:us|me) (?:\w+ ){1,3}?(?:that|which) "
    r"(?:didn'?t|did not|never|weren'?t|wasn'?t) (?:even )?(?:match|work|make sense|exist|line up|add up)",
    r"(?:spec|specs|requirements|brief|mockups|designs|docs|documentation|handover|data|estimates?) (?:that )?(?:we|i) "
    r"(?:got|were given|was given|received|inherited|were handed|was handed) (?:was|were) (?:\w+ )?(?:incomplete|wrong|"
    r"contradictory|useless|garbage|a mess|vague|outdated|unusable|broken|rubbish)",
    _THEIRS + r" (?:\w+ )?(?:documentation|docs|spec|specs|guide|runbook|instructions|estimates?|data|numbers|figures) "
    r"(?:was|were|had been) (?:\w+ )?(?:wrong|incorrect|inaccurate|misleading|outdated|out of date|incomplete|off)",
    _THEIRS
    + r" (?:\w+ )?(?:support|team|engineers|reviewers|lead|manager|folks|side|on-?call) took (?:days|weeks|months|"
    r"forever|ages|so long) to (?:respond|reply|answer|review|get back|approve|fix|sign off)",
    # Time, people or support withheld: "management never gave us enough time", "my manager didn't really back me".
    r"(?:never|didn'?t|did not|wouldn'?t|would not) (?:\w+ )?(?:give|gave|given) (?:us|me|the team) (?:enough|the|any|"
    r"adequate|proper) (?:time|people|resources|headcount|budget|support|runway)",
    r"(?:we|i) (?:weren'?t|wasn'?t|were not|was not|were never|was never) (?:\w+ )?(?:given|allocated|offered) (?:enough|the|any|"
    r"adequate|proper) (?:time|people|resources|headcount|budget|support|runway|help)",
    r"(?:my|our|the) (?:manager|lead|boss|director|management|leadership|pm) (?:\w+ ){0,2}?(?:didn'?t|did not|never|"
    r"wouldn'?t|would not) (?:really |actually |even )?(?:support|back|help|listen to|stand up for) (?:me|us|the team)",
    # What a customer or client would not settle: "the customer didn't know what they wanted", "kept changing their
    # mind".
    r"(?:customer|client|user|stakeholder|business)s? (?:\w+ ){0,2}?(?:(?:kept|keeps|kept on) changing (?:their|his|her) "
    r"minds?|(?:never|didn'?t|did not) (?:really )?(?:know|knew) what (?:they|he|she) (?:wanted|needed))",
    # Others' careless work: "the contractor wrote terrible code", "the reviewers just rubber-stamped it", "the ops guys
    # never read the runbook", "sales promised the client a feature that didn't exist".
    _PARTY_AT_FAULT + r" (?:had )?(?:wrote|written|left|shipped|built|delivered|handed over) (?:us |some |such )?"
    r"(?:really |pretty |absolutely )?(?:terrible|awful|horrible|sloppy|shoddy|bad|poor|messy|buggy|spaghetti|garbage|"
    r"unreadable|untested) (?:code|work|tests|docs|documentation|data|designs?|schemas?)",
    _PARTY_AT_FAULT + r" (?:just |basically |simply )?rubber-?stamped",
    _PARTY_AT_FAULT + r" (?:\w+ )?never (?:bothered|tested|listened|documented|read|checked|followed|updated|responded|"
    r"replied|answered)",
    _PARTY_AT_FAULT
    + r" (?:had )?(?:promised|sold|committed) (?:them |the client |the customer |a customer |the clients? )?"
    r"(?:a|the|an) (?:[\w-]+ ){0,3}?(?:that|which) (?:didn'?t|did not) (?:yet )?exist",
    r"(?:inherited|was left|were left|got left) (?:with )?(?:this|the|that|a|their) (?:\w+ )?(?:mess|disaster|nightmare|"
    r"shambles|spaghetti)",
    # The fault pushed away from us: "a failure of the platform team", "caused by the database team, not us",
    # "nothing to do with us", "only so much we could do with what they gave us".
    r"(?:a|the) (?:real |complete |total )?(?:failure|fault|screw-?up) (?:of|by|from) (?:the|their) (?:[\w-]+ )?(?:team|"
    r"vendor|org|department|side|manager|lead|supplier|contractors?)",
    r"(?:caused by|came from|was from|was down to|on) (?:\w+,? ){1,5}?not (?:by )?(?:us|me|ours|mine|our (?:code|team|fault|"
    r"change|side)|anything (?:we|i) did)\b",
    r"nothing to do with (?:us|me|(?:our|my) (?:team|fault))\b",
    r"(?:only so much|not much|little) (?:i|we) could do with what (?:they|he|she|we were|i was) (?:gave|given|had given|"
    r"handed)",
    # Sarcasm: "thanks to the brilliant planning from leadership", "the API went down on launch day, as usual".
    r"(?:thanks to|courtesy of) (?:the |their |some |our )?(?:brilliant|wonderful|fantastic|great|stellar|amazing|excellent|"
    r"genius|superb) (?:\w+ ){0,2}?(?:from|by|of)",
    r"(?:went down|broke|was late|were late|slipped|missed|forgot|dropped the ball|fell over|failed|changed)(?: \w+){0,8},? "
    r"(?:as (?:usual|always)|like always|like clockwork)",
    r"surprise,? surprise",
)


# The same idea read off the shape of a sentence rather than its words, kept apart from the other families so each
# fits one RE2 automaton: the candidate cleared of their part ("none of it was down to me", "it could have happened
# to anyone", "I'd done my handover properly"), the cause put on a person in a cleft ("it was finance who caused it",
# "it was their carelessness that broke it"), others named as the ones who failed to catch, check or bother, and the
# fault made known ("I made sure everyone knew whose fault it was", "they needed to be held accountable").
_NOT_ON_ME = r"(?:wasn'?t|was not|weren'?t|were not|isn'?t|is not|none of (?:it|this|that|which) (?:was|had been)|nothing (?:of it )?was)"
_SOMEONE = r"(?:[\w-]+(?:'s)? ){0,2}?[\w-]+"
BLAME_SHIFT = Phrases(
    _NOT_ON_ME + r" (?:really |totally |entirely |all |completely |wholly |actually |at all |strictly |even |just )?"
    r"(?:on (?:me|us)\b|(?:down to|because of|caused by|the fault of|the result of) (?:me|us|my|our|anything (?:i|we)))",
    r"(?:caused|broke|started|did|created|messed up|screwed up) (?:it|this|that|the [\w-]+),? not (?:us|me|ours|mine)\b",
    r"could(?:'ve| have) happened to (?:anyone|anybody|any of us)",
    r"(?:i|we) (?:had |'d )?(?:done|did) (?:everything|all|exactly what) (?:that )?(?:i|we) (?:was|were|had been) (?:asked|told)",
    r"(?:i|we) (?:had |'d )?(?:done|did|finished|delivered|completed|booked|built|written|wrote) (?:my|our|everything|it "
    r"all) (?:[\w-]+ )?(?:correctly|right|properly|perfectly|on time|exactly|to spec|by the book|as specified)",
    r"(?:my|our) (?:part|side|piece|bit|end|numbers|code|analytics|analysis|work|data|figures|handover) (?:was|were) "
    r"(?:all |completely |totally )?(?:fine|spot on|correct|right|solid|perfect|flawless|accurate|on time|done on time)",
    # The cause put on a person: "it was the night shift who missed it", "it was their carelessness that caused it".
    r"(?:it was|it'?s|that was|it had been) (?:all |really |actually |entirely |clearly |obviously |definitely )?"
    + _SOMEONE
    + r" who (?:had )?(?:caused|broke|started|created|introduced|triggered|messed|screwed|dropped|missed|forgot|"
    r"made the (?:mistake|error)|got it wrong|let)",
    r"(?:it was|it'?s|that was) (?:all |really |actually |entirely |clearly |obviously )?(?:their|his|her) (?:[\w-]+ )"
    r"{0,2}?(?:that|which) (?:had )?(?:caused|broke|led to|created|triggered|started)",
    r"(?:their|his|her|the [\w-]+(?: [\w-]+)?'s) (?:own )?(?:carelessness|negligence|incompetence|sloppiness|laziness|"
    r"screw-?up|blunder|cock-?up)",
    r"whose fault (?:it|this|that) (?:really )?was|who was (?:really )?(?:to blame|at fault)",
    r"(?:needed|need|needs|should|had|have|has|ought) to be held (?:accountable|responsible)|"
    r"(?:be|were|was|get|got) held (?:accountable|responsible)",
    r"(?:their|his|her|the [\w-]+(?: [\w-]+)?'s) (?:\w+ )?(?:was|were) (?:clearly |obviously |really |always )?the "
    r"(?:weak(?:est)? link|culprit|real problem|root of the problem)",
    # Others named as the ones who did not bother, failed to catch it, or should never have let it through.
    r"[\w-]+ (?:had |just |even |really )?(?:hadn'?t|had not|didn'?t|did not|never|couldn'?t|wouldn'?t) (?:even |really |"
    r"just )?(?:bother(?:ed)?|be bothered)\b",
    r"[\w-]+ (?:had |had really |really |totally |completely |just )?dropped the ball",
    _PARTY_AT_FAULT + r" (?:\w+ ){0,2}?(?:failed|forgot|neglected) to (?:catch|check|test|notice|spot|flag|tell|update|"
    r"review|follow|read|hand|pass|mention|communicate|do|warn|document|double)",
    _BLAMED + r" (?:really |clearly |obviously )?(?:should|ought to) never (?:have|'ve) (?:been )?" + _PARTICIPLE,
    # Others' work wished otherwise, told in the passive: "if the pipeline had been documented properly".
    r"if (?:the|their|his|her|that|this) (?:[\w-]+ ){0,3}?(?:had|'d) (?:ever |only |just )?been (?:\w+ )?(?:documented|"
    r"written|tested|built|set up|designed|planned|specified|communicated|shared|reviewed|handed over|scoped|estimated|"
    r"maintained|configured|done|finished|delivered|flagged|clearer|better|ready|properly|correctly|on time)",
    # Inputs handed over in a state no one could use: "the treasury team sent us the rates in a weird format".
    _PARTY_AT_FAULT
    + r" (?:had )?(?:sent|gave|handed|passed|supplied|provided|delivered|shared) (?:us|me) (?:\w+ ){1,3}?"
    r"(?:in|with) (?:a |an |the )?(?:really |totally |completely |pretty |kind of )?(?:weird|odd|strange|wrong|broken|"
    r"messy|inconsistent|non-?standard|unusual|bad|terrible|garbled|corrupt(?:ed)?|unreadable) (?:format|state|shape|"
    r"order|units?|encoding|schema|layout|version)",
    # Others judged as a kind: "some leaders simply don't want to hear bad news", "not everyone will listen".
    r"(?:some|most|many|a lot of|certain|these|those) (?:[\w-]+ )?(?:leaders|managers|people|executives|execs|"
    r"stakeholders|engineers|teams|directors|folks|bosses|colleagues) (?:simply |just |really |never )?(?:don'?t|do not|"
    r"won'?t|will not|can'?t|refuse to) (?:want to |like to |bother to |care to )?(?:hear|listen|care|change|learn|"
    r"read|accept|admit)",
    r"not everyone (?:will|is going to|wants to|is willing to) (?:listen|change|hear|care)|only so much (?:you|one|"
    r"anyone) can do",
    # What the candidate was handed, or left without, made the reason: "the requirements were never clear", "we were
    # badly understaffed", "in my defence", "it was my lead's fault", "no one ever mentioned it".
    r"(?:requirements|spec|specs|brief|instructions|scope|expectations|guidance|direction|priorities) (?:we got |we were "
    r"given |i got |i was given )?(?:were|was) (?:\w+ )?(?:unclear|vague|ambiguous|confusing|contradictory|all over the "
    r"place|never (?:clear|defined|agreed|written down))",
    r"(?:we were|i was|the team was) (?:\w+ )?(?:understaffed|under-?resourced|short-?staffed|stretched (?:too )?thin)",
    r"in my defen[cs]e|to be fair to (?:me|us|myself)",
    r"(?:my|our) (?:[\w-]+ )?[\w-]+'s fault",
    r"(?:nobody|no one) (?:had |ever |bothered to |thought to )*(?:mentioned|said|explained|pointed out|flagged) (?:it|"
    r"that|this|anything)(?: to (?:us|me|my team|our team))?",
)
# Others judged as people rather than their part told neutrally, kept apart from the other families so each fits one
# RE2 automaton: a colleague's character put as the trouble ("the PM was clueless", "they're lazy", "my manager was
# out of his depth"), not caring or listening ("they couldn't care less", "he would never listen"), the news kept from
# us ("they never told us"), a mess left behind, sarcasm ("in their infinite wisdom", "Brilliant."), the failure
# wished on another's act ("it would never have happened if they had"), and the fault pushed off one's own side ("not
# from engineering").
_FAULTY_PARTY = (
    r"(?:" + _SIDE + r"|(?:my|our) (?:[\w-]+ )?(?:manager|boss|lead|director|pm|product manager|product owner|vp|cto|"
    r"head of [\w-]+|supervisor|client|colleagues?|teammates?)|(?:the|our|their) (?:pm|product manager|product owner|po|"
    r"vendor|agency|business|execs?|executives|higher-?ups|powers that be|people upstairs|contractors?|consultants?))"
)
_TRAIT_DEGREE = (
    r"(?:(?:always|just|so|really|completely|totally|utterly|pretty|quite|very|incredibly|frankly|honestly|basically|"
    r"clearly|obviously|simply|a bit|kind of|sort of|kinda|too|far too|way too|hopelessly|notoriously|famously) ){0,2}"
)
BLAME_TRAIT = Phrases(
    _FAULTY_PARTY
    + r" (?:\w+ ){0,3}?(?:is|are|was|were|'s|'re|had been|have been|has been|seemed|seem|came across as) "
    + _TRAIT_DEGREE
    + r"(?:useless|incompetent|lazy|sloppy|careless|clueless|hopeless|negligent|unprofessional|uncooperative|"
    r"unhelpful|unresponsive|obstructive|arrogant|dismissive|condescending|stubborn|pig-?headed|checked out|"
    r"asleep at the wheel|out of (?:their|his|her) depth|not interested|not bothered|no help|no use|missing in action|"
    r"awol|impossible to (?:deal|work|reason) with|a (?:total |complete |real |nightmare |)(?:joke|nightmare|shambles|"
    r"liability|pain)|more interested in|only interested in|more concerned with|too busy (?:covering|protecting|playing|looking))",
    _FAULTY_PARTY + r" (?:\w+ ){0,2}?(?:never|didn'?t|did not|don'?t|do not|doesn'?t|does not|wouldn'?t|would not|"
    r"won'?t|couldn'?t|refused to) (?:even |really |actually |ever |once )?(?:listen(?:ed)?|care(?:d)?|lift a finger|"
    r"pull(?:ed)? (?:their|his|her) weight|take (?:it|this|that|anything|us|me) seriously|take (?:any )?responsibility|"
    r"own (?:up|it|their|his|her)|read (?:the|my|our) (?:\w+ )?(?:email|doc|docs|documentation|runbook|ticket|message|"
    r"spec)s?)\b",
    r"couldn'?t (?:have )?care(?:d)? less|(?:doesn'?t|don'?t|didn'?t) give a (?:damn|toss|monkey'?s)",
    _FAULTY_PARTY
    + r" (?:\w+ ){0,2}?(?:never|didn'?t|did not|failed to|forgot to|neglected to|couldn'?t be bothered to) "
    r"(?:even |once |bother to |think to |thought to |bothered to )?(?:told|tell|warned|warn|informed|inform|notified|"
    r"notify|mentioned|mention) (?:us|me|anyone|anybody|my team|our team|a soul)\b",
    _FAULTY_PARTY + r" (?:\w+ ){0,6}?(?:had )?left (?:us |me |behind )?(?:with )?(?:a|an|such a|this|that) (?:total |"
    r"complete |real |right |absolute |bit of a |huge |massive |proper |)(?:mess|disaster|nightmare|shambles|dumpster fire)",
    r"in (?:all of |all )?(?:their|his|her) (?:infinite |great |usual )?wisdom",
    r"(?:again|yet again|as usual|as always|like always)[.!]? (?:brilliant|classic|typical|shocker|go figure|lovely|"
    r"fantastic|genius)\b",
    _FAULTY_PARTY + r" (?:\w+ ){0,2}?(?:over-?promised|over-?sold|over-?committed|promised the (?:world|earth|moon))",
    r"typical (?:of )?(?:them|him|her|management|leadership|qa|ops|product|sales|legal|procurement|the [\w-]+ team)\b",
    r"(?:would|could)(?:n'?t| not| never|'?ve never) (?:have )?(?:happened|been (?:an issue|a problem)|gone wrong|"
    r"slipped|broken) (?:at all |in the first place )?(?:if|had) " + _FAULTY_PARTY,
    r"if " + _FAULTY_PARTY + r" (?:had|'d) (?:just |only |actually |even )?(?:\w+ ){1,6}?(?:it|this|that|we|none of "
    r"(?:this|it|that)|the [\w-]+) (?:would|could)(?:n'?t| not| never|'?ve never)",
    r"(?:came|come|comes|was|lay|lies|sat|rested) (?:\w+ ){0,6}?not (?:from |with |by |on )?(?:engineering|"
    r"the engineers|my side|our side|my end|our end|my team|our team|my code|our code|my work|our work|mine|ours)\b",
)


# More of the same tone, kept apart from BLAME_TRAIT so each family fits one RE2 automaton.
BLAME_TONE = Phrases(
    # Blame softened by a show of candour: "honestly the payments team were pretty slow", "to be fair, they never
    # read the guide", "frankly the vendor's team didn't care".
    r"(?:honestly|frankly|to be honest|to be frank|truth be told|if i'?m honest|if i'?m being honest|to be fair|in "
    r"fairness|let'?s be honest|let'?s just say)(?:,? (?:i think|i feel|i'd say|i guess|though|like|you know))?,? "
    r"(?:that )?(?:a lot of |most of |much of |part of )?"
    + _FAULTY_PARTY
    + r" (?:\w+ ){0,4}?(?:didn'?t|did not|wasn'?t|"
    r"weren'?t|was not|were not|never|hadn'?t|had not|couldn'?t|wouldn'?t|won'?t|don'?t|doesn'?t|isn'?t|aren'?t|"
    r"should(?:n'?t)? have|failed|forgot|ignored|refused|dropped|missed|botched|messed|broke|kept (?:changing|adding|"
    r"pushing|moving|missing|breaking|ignoring|slipping)|(?:was|were|is|are) (?:\w+ )?(?:slow|late|bad|poor|sloppy|"
    r"useless|terrible|awful|lacking|unhelpful|unresponsive|difficult|to blame|at fault|the problem|the bottleneck))\b",
    # A colleague's half-hearted part: "they didn't really listen", "the network team took forever", "the contractors
    # weren't up to the job", "she didn't want to hear it", "the agency cut corners".
    _FAULTY_PARTY + r" (?:\w+ ){0,3}?(?:didn'?t|did not|wasn'?t|weren'?t|never|wouldn'?t|couldn'?t|don'?t|doesn'?t) "
    r"really (?:listen|care|want|understand|get it|know|help|engage|prioriti[sz]e|take|think|bother|follow|read|push|own|"
    r"step up|pay attention|test|check)",
    _FAULTY_PARTY
    + r" (?:\w+ ){0,2}?(?:took|take|takes|taking) (?:forever|ages|an age|way too long|far too long|so long|"
    r"an eternity)",
    _FAULTY_PARTY
    + r" (?:\w+ ){0,3}?(?:weren'?t|wasn'?t|isn'?t|aren'?t|were not|was not) (?:really |quite |exactly |even )?"
    r"(?:up to (?:the job|it|scratch|the task|speed)|pulling (?:their|his|her) weight|good enough|competent|interested|"
    r"engaged|helpful|responsive|on top of)",
    _FAULTY_PARTY
    + r" (?:\w+ ){0,2}?(?:didn'?t|did not|don'?t|doesn'?t|wouldn'?t) (?:really |even )?want to (?:hear|listen|"
    r"know)",
    _FAULTY_PARTY
    + r" (?:\w+ ){0,3}?(?:rushed it|rushed (?:the|their|his|her)|cut corners|cutting corners|skimped|phoned "
    r"it in|winged it|half-?assed|cut every corner)",
    _FAULTY_PARTY
    + r" (?:just )?(?:assumed|expected) (?:us|me|my team|our team|we|i) (?:to|would) (?:fix|clean|sort|pick|"
    r"deal|handle|just)",
    _FAULTY_PARTY + r" (?:\w+ ){0,2}?(?:made|created|caused) (?:this|the|a|that) (?:whole |huge |big |total )?(?:mess|"
    r"disaster|situation)",
    # The work thrown over, the fault passed on or put down to them, the place itself written off.
    r"(?:threw|thrown|dumped|pushed|passed|tossed|chucked) (?:it|this|that|the [\w-]+|everything) (?:\w+ )?(?:over the "
    r"wall|onto us|on us|onto me|on me|at us|at me)",
    r"(?:was|were|got|had been) (?:completely |totally |just )?(?:missed|ignored|dropped|botched|overlooked|skipped|"
    r"rushed|messed up|mishandled|neglected) by " + _FAULTY_PARTY,
    r"left (?:us|me|my team|our team) (?:in the dark|hanging|high and dry|to (?:deal|pick|clean|sort|figure|fend))",
    r"(?:thanks a lot|cheers for that|nice one|great job,? (?:guys|team|everyone))",
    r"(?:put|chalk(?:ed)?) (?:it|this|that) (?:all )?down to (?:them|him|her|the [\w-]+ team|their|his|her)",
    r"(?:blamed|blame) (?:it|this|that|the [\w-]+) on (?:them|him|her|the [\w-]+ team|their|qa|product|ops|management|"
    r"the vendor)",
    r"(?:the|their) (?:whole )?(?:process|system|culture|org|organi[sz]ation|setup|company|place) (?:was|is|were) (?:just |"
    r"completely |totally |so |really )?(?:a joke|rubbish|dysfunctional|toxic|hopeless|a shambles|a circus)",
    r"(?:it was|that was|it'?s|that'?s) (?:really |basically |clearly |entirely )?(?:their|his|her) (?:problem|mess|"
    r"responsibility|fault)",
    # Resignation that clears the teller ("what can you do", "not much I could have done"), sarcasm about a colleague
    # ("bless her", "still managed to miss half of it"), the rules others ignore ("they never do").
    r"(?:what can you do|what (?:else )?(?:could|can) (?:i|we|you) (?:have )?do(?:ne)?|not much (?:more |else )?(?:i|we|"
    r"you) could (?:have )?do(?:ne)?|nothing (?:more |else )?(?:i|we) could (?:have )?do(?:ne)?|(?:there was|there'?s|"
    r"there wasn'?t) (?:not much|nothing|little|much) (?:more |else )?(?:i|we|anyone) could (?:have )?do(?:ne)?)",
    _FAULTY_PARTY
    + r" (?:\w+ ){0,3}?(?:still |somehow |even |also )?managed to (?:miss|break|lose|forget|mess|screw|botch|"
    r"ignore|overlook|delete|drop|wipe)",
    r"(?:threw|thrown|throw|throwing) (?:me|us|the team|my team|our team|everyone|him|her) under the bus",
    _FAULTY_PARTY
    + r" (?:\w+ ){0,2}?(?:did not|didn'?t|never|don'?t|do not|won'?t|wouldn'?t) (?:even |bother to |actually )?"
    r"(?:follow|read|stick to|respect|use|check) (?:our|the|any) (?:\w+ )?(?:protocols?|process|rules|guides?|guidelines|"
    r"runbooks?|procedures?|instructions|standards|checklists?)",
    r"(?:they|he|she) (?:never|always) (?:do|does)[,.;!]",
    r"bless (?:him|her|them|their|his)\b",
    r"(?:dumped|dropped|landed|offloaded|pushed) (?:the whole |all the |all of the |their |the )?(?:[\w-]+ ){0,2}?(?:on|onto) "
    r"(?:us|me|my team|our team|my desk)",
    # The miss kept off the teller's books: "it wasn't my call", "that wasn't our code".
    r"(?:wasn'?t|was not|weren'?t|were not) (?:really |even |actually )?(?:my|our) (?:decision|call|code|bug|change|design|"
    r"idea|fault|mistake|doing)",
)


# A person pushed away as the fault's owner ("I didn't care whose fault it was", "rather than argue who was to blame").
_DISMISSED = lazy_compile(
    r"\b(?:didn['’]?t|did not|don['’]?t|doesn['’]?t|never|not|no point|rather than|instead of|without|stop|stopped|"
    r"wasn['’]?t about|less about)\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
# The subject read off the start of a match: the candidate's own ("I dropped the ball", "we never bothered") owns it.
_MINE = lazy_compile(r"(?:i|we|me|us|myself|ourselves)\b", re.IGNORECASE)
_FAULT_DONE = lazy_compile(r"(?:bother(?:ed)?|ball)$", re.IGNORECASE)
# "If the code I wrote had been tested": the candidate's own work wished otherwise.
_MY_WORK = lazy_compile(r"^if\b.*\b(?:i|my|we|our)\b", re.IGNORECASE)
_OWN_SUBJECT = lazy_compile(r"(?:it was|it'?s|that was|it had been) (?:\w+ )?(?:me|us|i|we|myself|my|our)\b", re.I)


def _shifted(p: Passage, m: Hit) -> bool:
    """Say whether a reading of the fault's shape puts it on someone else: not the candidate as its subject, not a
    fault the candidate sets aside, and not a cause their own steps answer."""
    if _MINE.match(m.group()) is not None and _FAULT_DONE.search(m.group()) is not None:
        return False
    if _OWN_SUBJECT.match(m.group()) is not None or _MY_WORK.search(m.group()) is not None:
        return False
    if _DISMISSED.search(p.text, max(0, m.start() - 50), m.start()) is not None:
        return False
    return _blames(p, m) and not _own_step_after(p, m) and not _answered_soon(p, m)


# "It wasn't my call": the miss kept off the teller's books, unless their own steps answer it at once ("it wasn't my
# call, so I wrote up the options and took them to my director").
_OFF_MY_BOOKS = lazy_compile(r"(?:wasn|was not|weren|were not)", re.IGNORECASE)


def _toned(p: Passage, m: Hit) -> bool:
    """Say whether a phrase of tone faults others: as `_blames`, not one's own side owning it inside the phrase ("honestly
    our client should have handled that"), and a miss kept off one's books not answered."""
    if _OWNED_OR_FAIR.search(m.group()) is not None:
        return False
    if _OFF_MY_BOOKS.match(m.group()) is not None and (_own_step_after(p, m) or _answered_soon(p, m)):
        return False
    return _blames(p, m)


def blame(p: Passage) -> Finding | None:
    # A gap of others' told as the setting of the candidate's own step ("the previous engineer had left no tests, so I
    # wrote them") is context, not a complaint: the later families are read so.
    matches = [m for m in p.find(BLAME) if _blames(p, m)]
    matches += [
        m for m in p.find(BLAME_MORE) if _blames(p, m) and not _own_step_after(p, m) and not _answered_soon(p, m)
    ]
    matches += [
        m
        for m in p.find(BLAME_CAUSE)
        if not _overlaps(m, matches) and _blames(p, m) and not _own_step_after(p, m) and not _answered_soon(p, m)
    ]
    matches += [m for m in p.find(BLAME_SHIFT) if not _overlaps(m, matches) and _shifted(p, m)]
    matches += [m for m in p.find(BLAME_TRAIT) if not _overlaps(m, matches) and _toned(p, m)]
    matches += [m for m in p.find(BLAME_TONE) if not _overlaps(m, matches) and _toned(p, m)]
    if not matches:
        return None
    matches.sort(key=Hit.start)
    return finding(
        "blame",
        "major",
        f"{quote(matches[0].group())} puts the fault on others. Own the part that was yours and say what you changed.",
        p.cite(matches, 3),
    )


def missing_scope_boundary(p: Passage) -> Finding | None:
    asked_about_it = bool(p.question and OWNERSHIP_CUES.search(p.question))
    # A follow-up is judged on what its probe asks; a whole answer on the principle too.
    about_ownership = asked_about_it or (p.section != "followup" and p.principle_slug_in("ownership"))
    if not about_ownership or p.find(SCOPE) or p.find(UNOWNED) or p.find(WHOSE) or p.word_count < 40:
        return None
    if p.section == "followup" and p.question and any(f.search(p.question) for f in (SCOPE, UNOWNED, WHOSE)):
        return None  # the probe itself says whose it was ("why not hand it to the team that owned it?")
    return finding(
        "missing_scope_boundary",
        "major" if p.section == "answer" else "minor",
        "This is an ownership question, but the answer never says whose problem it was. Say whether it was "
        "your team's, another team's, or nobody's, and why you took it on anyway.",
    )
