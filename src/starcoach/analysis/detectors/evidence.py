"""Substance: the cause found, the proof it worked, the measured change and what it was worth."""

from __future__ import annotations

import re
from functools import partial

from starcoach.analysis.agency import Act
from starcoach.analysis.detectors.delivery import off_topic
from starcoach.analysis.detectors.reflection import lesson_units
from starcoach.analysis.passage import Passage, finding, in_rejected_course, quote
from starcoach.analysis.report import Finding
from starcoach.analysis.text import (
    CLAUSE_STOP,
    FULL_STOP,
    Hit,
    Phrases,
    SpanMemo,
    Unit,
    has_number,
    lazy_compile,
    numbers,
)

# Naming the cause, not the symptom.
CAUSE = Phrases(
    r"root(?:[\s-]?caused?)",
    # The symptom named, then what it was: "the memory leak was an event listener we never removed", "the slowness
    # was down to an N plus one query".
    r"the (?:[\w-]+ )?(?:leak|crash(?:es)?|slowness|slowdown|spikes?|outages?|errors?|failures?|timeouts?|latency|"
    r"drop|regression|flakiness|duplicates?|stutter|lag|hang|freeze|bug) (?:was|were) (?:all |mostly |really |actually |"
    r"entirely )?(?:down to|caused by|due to|coming from|because of|traced to|an? (?:[\w-]+ ){0,2}?(?:bug|listener|"
    r"leak|race|query|loop|lock|config|flag|timeout|retry|cache|index|setting|default|mismatch|typo|off-by-one|"
    r"deadlock|handler|job|cron|migration))",
    # A cause found by what lined up with the failures, exactly: "the timeouts lined up exactly with GC pauses",
    # "every spike coincided with a backup" (not "the graphs sort of lined up with the deploy").
    r"(?:lined up|matched up|coincided|correlated|lines up) (?:exactly|perfectly|almost exactly|one to one|one for one) "
    r"with",
    r"(?:every|each) (?:one|single one|failure|spike|crash|timeout|error|drop|incident) (?:\w+ ){0,2}?(?:lined up|matched up|"
    r"coincided|correlated) with",
    r"the (?:real |actual |underlying |true |deeper |bigger |main |whole )?(?:cause|culprit|reason|issue|"
    r"problem|bug|trigger|source|fault|explanation)(?: [\w']+){0,7}? (?:was|were|turned out|ended up|came down|lay|lies|is)",
    r"(?:was|were|being|been) (?:caused|driven|triggered|created|introduced) by",
    r"caused by",
    r"turned out",
    r"trac(?:ed|ing) (?:it|this|that|them|the [a-z-]+(?: [a-z-]+){0,2}|each|every|all|both) (?:back )?to",
    r"came down to",
    r"boiled down to",
    r"(?:was|were) (?:all |mostly |actually )?due to",
    r"stemm(?:ed|ing) from",
    r"(?:came|come|comes|coming) from (?:the same|a single|one|an?|the|our|two|those)",
    r"the culprit",
    r"narrowed (?:it|this|the [a-z]+) down to",
    r"pinpointed",
    r"(?:found|figured|worked) out (?:why|that|what|where|how)",
    r"(?:found|discovered|realized|realised|saw|noticed|confirmed|showed|proved) that (?:the|our|a|an|every|each|it|they|"
    r"their|my|all|most|only|none)",
    r"i found (?:it|the bug|the problem|the issue|the leak|the cause)\b",
    r"because (?:our|the|its|a|an|each|every|their)\s+(?!(?:[a-z]+ )?(?:managers?|teams?|people|customers?|users?|engineers?|"
    r"leads?|pms?|leadership|management|business|company|director|vp|deadline|requirements|regulators?|ministers?|"
    r"clients?|vendors?|board|cfo|ceo|cto|government|council|auditors?|lawyers?|budget|schedule|timeline)\b)[\w\s',-]{0,50}?"
    r"\b(?:was|were|had|did|didn'?t|wasn'?t|weren'?t|only|never|lagged|used|kept|ran|took|got|missed|lacked|relied|"
    r"assumed|treated|skipped|read|wrote|sent|stored|cached|retried|held|called|loaded|parsed|dropped|shared|leaned|"
    r"depended|expired|overlapped|collided)\b",
    r"(?:every|all|each|both|most|all seven|all three) (?:\w+ )?(?:failures?|crash(?:es)?|errors?|tickets?|cases?|overruns?|incidents?|"
    r"one of (?:them|those)|of (?:them|those)|duplicates?|timeouts?|outages?|alerts?|pages?) (?:\w+ )?(?:had|was|were|came|involved|shared|"
    r"pointed|traced|happened)",
    r"which (?:explained|was why|meant that)",
    r"(?:that|this|it) (?:explained|was why)",
    r"(?:the|this|that|our) (?:lag|slowness|leak|regression|failure|error|spike|drop|latency|crash|bug|gap|difference|loss)"
    r" (?:came|was coming|was caused|was due|lived|sat|happened|only happened)",
    r"it was actually",
    r"bisect(?:ed|ing)",
    r"the (?:missing|wrong|bad|broken|stale|expired|duplicate|misconfigured) [a-z-]+ (?:was|in|on|meant)",
    r"found the (?:cause|culprit|problem|bug|source|reason|leak|issue|pattern|fault)",
    r"ruled (?:it |that |them |this )?out",
    r"(?:first|second|next|last|main) suspect",
    r"every (?:one|miss|failure|error|case|single one|instance|crash) (?:\w+ )?"
    r"(?:was|had|showed|came|pointed|involved|traced|matched)",
    r"(?:i|we)(?:'d| had) (?:treated|assumed|configured|set|written|"
    r"parsed|read|stored|cached) (?:it|them|the [a-z]+) as",
    r"(?:wasn'?t|weren'?t|was not|were not) (?:really )?about (?:[\w']+ ){0,3}at all",
    # The cause set against the one everyone assumed: "the problem wasn't X", "it was never X, it was Y",
    # "not because X", "the rota itself was the cause".
    r"the (?:real |actual |underlying |main |biggest |only )?(?:cause|problem|issue|reason|bottleneck|culprit) "
    r"(?:wasn'?t|weren'?t|was not|was never|isn'?t)",
    r"(?:it|this|that) (?:wasn'?t|was not|was never|isn'?t) (?:really |actually |just )?(?:the |about |a |an )"
    r"[\w' -]{1,40}?[,;:–—]? (?:it was|it's|they were|but (?:the|our|a|an|it))",
    r"(?:wasn'?t|weren'?t|was not|were not|not) (?:just |only |really |simply )?(?:\w+ )?because",
    r"(?:was|were) (?:the|our) (?:real |actual |root |underlying |true |main |whole |biggest |single biggest |likely |"
    r"only )?(?:cause|culprit|bottleneck|trigger|source of)",
    # Where the failures sat: concentrated on one version, all of it from two middlewares, 70% of the compute on one step.
    r"(?:were|was) (?:all |mostly |heavily |almost all |almost entirely |entirely |only )?(?:concentrated|clustered|"
    r"confined|limited|isolated|locali[sz]ed) (?:on|in|to|among|around|at|within)",
    r"(?:most|all|almost all|nearly all|the bulk|the majority|half|two thirds|a third|\d+ ?%|[a-z]+ percent|"
    r"[a-z]+ in (?:ten|[a-z]+)) of (?:it|them|those|these|the [\w-]+(?: [\w-]+)?) (?:\w+ )?(?:was|were|came|went|had|"
    r"involved|happened|sat|lived|traced) (?:from|into|on|in|about|one|to|down|due|caused)",
    r"(?:almost |nearly )?all of (?:it|them) (?:came )?from",
    # A finding about the failures as a group: "saw they all had an accented character in the name".
    r"(?:found|saw|noticed|realised|realized|discovered|spotted|could see) (?:that )?(?:they|these|those) (?:all|each|"
    r"both) (?:had|were|came|shared|used|involved|happened|hit|ran|went|failed|started)",
    r"(?:the )?common (?:thread|factor|cause|denominator)",
    # A mechanism found at work: "found the SDK was fingerprinting the device", "saw the push had dropped a TTL".
    r"(?:found|saw|realised|realized|discovered|understood|understand|learned|spotted|worked out|figured out|showed|"
    r"confirmed|proved|could see) (?:that )?(?:the|our|their|its|this|that|every|each|one) (?:[\w'-]+ ){0,4}?"
    r"(?:was|were|had been) [a-z]+ing",
    r"(?:found|saw|realised|realized|discovered|understood|spotted|worked out|figured out|showed|confirmed|proved) "
    r"(?:that )?(?:the|our|their|its|this|that|every|each|one) (?:[\w'-]+ ){0,4}?(?:had|has) (?:quietly |silently |"
    r"accidentally |never |been )?(?:[a-z]+ed|set|put|left|written|built|run|cut|made)",
    r"(?:wasn'?t|weren'?t|was not|were not) (?:using|hitting|reaching|closing|releasing|batching|caching)",
    r"(?:was|were) (?:being )?(?:lost|spent|wasted|stuck) (?:in|inside|on|waiting)",
    r"(?:parked|blocked|waiting) on the same",
    # Where it happened and nowhere else: "it only failed when the import ran first", "broke whenever two users".
    r"only (?:ever )?(?:happened|happens|failed|fails|broke|breaks|crashed|crashes|occurred|occurs|showed up|shows up|"
    r"appeared|appears|timed out|times out|responded|responds|fired|fires|errored|errors|hung|hangs|stalled|slowed) "
    r"(?:down )?(?:when|whenever|if|on|for|during|after|under|with|in|to|at|once|between)",
    r"(?:failed|fails|broke|breaks|crashed|crashes|timed out|times out|errored|hung|stalled|spiked|spikes) "
    r"(?:only )?(?:whenever|every time|each time)",
    # A mechanism named as the reason: "because of a template bug"; what a clue meant: "which meant every page".
    r"because of (?:a|an|the|our|their|its|one|two|this|that) (?:[\w-]+ ){0,2}?(?:bug|race|race condition|leak|typo|"
    r"misconfiguration|mismatch|regression|deadlock|timeout|default|setting|flag|limit|lock|retry|retries|config|"
    r"configuration|cache|index|query|loop|off-by-one|rounding|time ?zone|encoding|migration|dependency|version)",
    r"which meant (?:the|our|their|its|every|each|any|page|a|an)",
    # One cause among several: "the biggest cause was", "the other trigger turned out".
    r"the (?:biggest|single biggest|primary|most common|likely|first|second|other|one|immediate|proximate|technical) "
    r"(?:cause|culprit|reason|source|trigger|driver|contributor)(?: [\w']+){0,7}? (?:was|were|turned out|lay|is)",
    # A mechanism seen at work in a thing, in the simple past: "saw the importer made a round trip for every row".
    r"(?:found|saw|noticed|realised|realized|discovered|spotted|confirmed) (?:that )?(?:the|our|their|its|each|every) "
    r"(?:[\w-]+ ){1,3}?(?:only |never |always |still |silently |quietly |actually )?(?:assumed|used|read|wrote|made|"
    r"sent|called|kept|treated|stored|cached|skipped|dropped|ignored|reused|retried|ran|loaded|fetched|rounded|"
    r"truncated|labell?ed|counted|measured|mixed|returned|reset|overwrote|swallowed|duplicated|double[\s-]counted)",
    r"(?:was|were) being (?:charged|counted|double[\s-]counted|dropped|skipped|retried|throttled|evicted|overwritten|"
    r"rounded|cached|truncated|ignored|sent|processed|rebuilt|recomputed|reloaded|rejected|routed)",
    # What the code took for granted: "the validation code assumed six-digit numbers".
    r"(?:code|logic|system|service|job|script|query|parser|schema|design|client|library|sdk|model|function|config|"
    r"pipeline|importer|template|check|validator|validation) (?:\w+ )?(?:assumed|assumes|expected|expects|treated|"
    r"treats|ignored|ignores|never (?:read|checked|handled|closed|released))",
    # The cause told as it was uncovered: "turns out the cache", "what was actually going on was", "tracked the leak
    # down to", "the retry loop was what was causing it", "it was a race between the two writers".
    r"turns out",
    r"what was (?:actually |really )?(?:going on|happening)(?: underneath| under the hood)? (?:was|is)",
    r"what (?:had )?(?:actually|really) happened (?:was|is)",
    r"track(?:ed|ing) (?:it|this|that|them|the [a-z-]+(?: [a-z-]+)?) down (?:to|as)",
    r"(?:isolated|narrowed|localised|localized) (?:it|this|that|them|the [a-z-]+(?: [a-z-]+)?) (?:down )?to",
    r"(?:was|were|is|are) (?:what was |actually |really )?(?:causing|triggering|driving) (?:it|this|that|the|all|most|"
    r"every|our|those|these)",
    r"(?:it|this|that) (?:was|turned out to be) (?:a|an|just a|simply a|actually a) (?:[\w-]+ )?(?:race|race condition|"
    r"deadlock|memory leak|leak|off-by-one|typo|misconfiguration|mismatch|time ?zone bug|caching bug|config error|"
    r"n\+1|thundering herd|retry storm|feedback loop|stale cache|missing index|expired certificate|bad config|"
    r"missing [\w-]+)",
    r"five whys",
    # A finding told as what was found, or as what "it" was: "what I found was that the pick lists were sorted by
    # SKU", "we worked out it was the load balancer", "it ended up being a time zone mismatch".
    r"what (?:i|we) (?:eventually |finally |then )?(?:found|discovered|saw|noticed|worked out|figured out|uncovered|"
    r"spotted) was",
    r"(?:worked|figured|found) out (?:that )?(?:it|this|they) (?:was|were|had been)",
    r"(?:ended up being|proved to be|turned out to be) (?:a|an|the|just a) (?:[\w-]+ ){0,2}?(?:mismatch|bug|race|"
    r"leak|typo|misconfiguration|setting|flag|default|timeout|limit|lock|cache|index|query|loop|config|rounding|"
    r"format|version|cron|job|script|clash|conflict|gap|missing [\w-]+|cutoff|cut-off)",
    # A failure and the reason for it in one breath: "the reconciliation broke because the bank changed the format".
    r"(?:broke|failed|crashed|stalled|froze|stopped working|fell over|timed out|kept failing|kept crashing|"
    r"backed up|piled up|drifted|went missing|double[\s-]counted|ran slow|were late|was late|were failing|was failing)"
    r" (?:\w+ ){0,2}?because (?:the|a|an|our|their|its|every|each|one|two)",
    # A mechanism seen at work after a finding: "realised the form timed out after ten minutes".
    r"(?:found|saw|noticed|realised|realized|discovered|spotted) (?:that )?(?:the|our|their|its|each|every) "
    r"(?:[\w-]+ ){1,3}?(?:timed out|expired|overflowed|defaulted|fell back|locked|leaked|collided|clashed|"
    r"overlapped|ran out|filled up|rejected|reverted|double[\s-]booked|didn'?t (?:have|handle|check|"
    r"include|account for))",
    # The one thing that stood out: "one nightly job stood out".
    r"(?:one|a single|the same|two|a few) (?:[\w-]+ )?(?:job|query|service|table|endpoint|function|step|config|setting|"
    r"file|host|node|shard|region|route|test|dependency|customer|tenant|partner|client) (?:stood|jumped) out",
    # The suspect cleared and the cause named: "the scanner wasn't the problem: the pick list was sorted by SKU", "his
    # real problem was our onboarding, not his ability", "not the network change everyone first blamed".
    r"the (?:[\w-]+ ){1,2}?(?:itself )?(?:wasn'?t|was not|was never|isn'?t) (?:really |actually )?the (?:real |main |"
    r"actual |only )?"
    r"(?:problem|issue|cause|culprit|bottleneck)\s?[:;,–—]",
    r"(?:her|his|their|our|my) (?:real |actual |underlying )?(?:problem|issue) (?:was|wasn'?t|was not) [\w' -]{1,40}, "
    r"not (?:her|his|their|our|my|the|a|an)",
    r"not the [\w' -]{1,30}? (?:everyone|everybody|we|they|people|most people|the team) (?:had )?(?:first |originally |"
    r"initially |all )?(?:thought|assumed|suspected|blamed)",
    # What the failures had in common: "every late invoice had the same pattern", "all thirty shared the same step".
    r"(?:every|each|all|both) (?:[\w-]+ ){0,3}?(?:had|shared|showed|followed) the same (?:[\w-]+ )?(?:pattern|shape|"
    r"cause|root|trigger|signature|step|setting|config|version|thing|fault|sequence|path|field|value)",
    r"(?:nearly|almost|virtually|practically) all (?:of them |of those |of these )?came from",
    r"trac(?:ed|es|e) back to",
    # A conclusion drawn from one's own evidence: "that told me it really was the certificate rotation", "saw why".
    r"(?:that|which|this|the (?:data|logs|numbers|traces|results?|test|comparison|experiment|replay|capture|graphs?|"
    r"profile|dump|breakdown)) (?:told|showed|proved|convinced) (?:me|us) (?:that )?(?:it|the [\w-]+(?: [\w-]+)?) "
    r"(?:really |actually |definitely )?(?:was|were|came|had)",
    r"(?:saw|realised|realized|understood|learned|learnt|could see|worked out|figured out) (?:exactly )?why\s?[:;,–—]",
    # A mechanism as the reason, told of the thing itself or of what was missing: "because it re-read the whole
    # ledger", "because there was no lock on the slot", "because nobody who raised tickets ever saw what they cost".
    r"because (?:it|they) (?:only |never |always |still |silently |quietly )?(?:leaned|relied|depended|assumed|re-?read|"
    r"read|cached|treated|ignored|skipped|dropped|stored|reused|retried|re-?fetched|fetched|re-?loaded|loaded|counted|"
    r"rounded|truncated|kept|never|shared|expired|fired|reset|overwrote|matched|compared|sorted|sent|called|used)\b",
    r"because there(?: is| was|'s| were| are) no (?:[\w-]+ )?(?:transaction|lock|index|check|validation|retry|retries|"
    r"timeout|limit|cache|expiry|ttl|key|constraint|guard|backoff|test|tests|alert|owner|rubric|unique|idempotency)",
    r"because (?:nobody|no one|no-one|nothing) (?:(?:who|in|on|at) [\w' -]{1,30}? )?(?:ever |had ever |had |actually |really )?"
    r"(?:owned|saw|checked|knew|looked at|tracked|updated|reviewed|cleaned up|removed|maintained|tested|paid for|priced|"
    r"stopped|caught|flagged|enforced|validated|blocked|prevented|deleted|rotated|monitored|warned|required|forced)",
    # Something never done, told as the reason: "the disk was full because old backups were never deleted".
    r"because (?:[\w'-]+ ){1,4}?(?:was|were|had been|had|got) never (?:been )?[a-z]+(?:ed|en|t)",
    r"(?:the|my|our|real|actual|underlying|likely) (?:cause|culprit)\s?[:–—]",
    # A mechanism told with the harm it did: "our sync code used last-write-wins on the whole record, so whichever
    # device synced second erased the other's changes", "the job matched on amount only, so it could never pair them".
    r"(?:used|matched|expired|cached|wrote|assumed|stored|retried|reused|sorted|rounded|treated|skipped|keyed|"
    r"fired|loaded|fetched|locked|reset|truncated|defaulted|overwrote|ignored|dropped|shared|held) [^.;:!?\n]{3,80}?,? so "
    r"(?:[\w'-]+ ){0,7}?(?:erased|overwrote|lost|skipped|dropped|missed|duplicated|double[\s-]?(?:charged|counted|"
    r"booked)|went missing|never (?:got|reached|arrived|fired|ran|saw|matched|loaded|paired)|could never|couldn'?t "
    r"(?:ever )?(?:pair|match|find|see|load|reach|read)|hit (?:the|our|their|a|its) (?:[\w-]+ )?limit|ran out of|"
    r"timed out|piled up|backed up|got stuck|stalled)",
    # The trouble told as the effect of something else: "the complaints were a symptom of the new template", "the
    # delays were the result of a rota change", "the retries were behind the outage", "got to the bottom of it".
    r"(?:was|were|is|are) (?:all |really |actually |just |only |simply |mostly |largely |partly )?(?:a |the )?(?:direct )?"
    r"(?:symptom|symptoms|side[\s-]effect|consequence|knock-on effect|by-?product|result) of (?:the|a|an|our|their|its|"
    r"how|one|two|a few|that|this|those|these|each|every)",
    r"(?:what|which|that|this|it|they) (?:was|were) (?:really |actually |all |also )?behind (?:the|it|all|most|every|"
    r"our|this|those|these|each|both|half)",
    r"(?:found|saw|worked out|figured out|realised|realized|discovered|understood|learned|learnt) what was (?:really |"
    r"actually )?(?:behind|causing|driving|triggering)",
    r"got to the bottom of",
    r"found the (?:mistake|error|flaw|bottleneck|discrepancy|weak spot|weak link|missing step)",
    r"the (?:real |actual |main |biggest |only )?(?:bottleneck|blocker|choke ?point|weak link|weak spot|sticking point) "
    r"(?:was|were|turned out|lay|sat)",
    # The reason given for what happened: "it happened because the warehouse system rounded", "this was because
    # our quotes went out in dollars".
    r"(?:happened|happens|happening|occurred|occurs) (?:\w+ ){0,2}?because (?:the|a|an|our|their|its|every|each|one|"
    r"two|nobody|no one|there)",
    r"(?:it|this|that|which) (?:was|is) (?:all |simply |just |mostly |partly |largely )?because (?:the|a|an|our|their|its|"
    r"every|each|nobody|no one|there)",
    # A chain of effects: "each client retried at once, which doubled the load, which caused more timeouts".
    r"which (?:in turn|then)",
    r"which (?:caused|triggered|doubled|tripled|starved|overloaded|locked|blocked|flooded|exhausted|saturated|"
    r"filled|broke|froze|stalled) (?:the|a|an|our|their|its|every|each|all|more|any|it|them)",
    r"(?:which|that|this) (?:is|was) (?:exactly |also |partly )?why (?:the|it|they|our|its|their|those|these|every|each|"
    r"some|most|nobody|no one)",
    # Where the trouble gathered, found by counting: "almost all for the same two missing documents", "seventy percent
    # was debug logs from one service", "a third of cancellations came within a week of a late box".
    r"(?:all|most|almost all|nearly all) (?:of (?:them|those|these|it) )?(?:were |was |came )?(?:for|from|with|about) "
    r"(?:the same|one|a single|just one|just two|a handful of|the one)",
    r"(?:\d+ ?%|[a-z]+(?:[\s-][a-z]+)? (?:percent|per cent)|two[\s-]thirds|a third|three quarters|half|most|almost all|"
    r"nearly all) (?:of (?:the |our |their |those |these )?[\w-]+(?: [\w-]+)? )?(?:was|were|came) (?:[\w-]+ ){0,3}?"
    r"(?:from|within|after|on|in) (?:one|a single|just one|the same|two|a few|a handful|the one)",
    # Nobody's job, and what followed: "nobody had owned the alert list since launch, so alerts were only ever added".
    r"(?:nobody|no one|no-one|no team|no single team) (?:had |has |ever |really |actually )*(?:owned|checked|reviewed|"
    r"maintained|tracked|priced|removed|cleaned up|questioned|chosen|looked at) [^.;:!?\n]{3,60}?,? (?:so|because|"
    r"which is why|which meant|and so)",
    r"(?:was|were) (?:really |actually |purely |mostly |partly )?(?:structural|systemic|organi[sz]ational)\b",
)
# Proof that it worked, from the candidate's own checks.
VERIFY = Phrases(
    r"(?:i|we) (?:then |also |first |personally )?(?:re-?)?(?:verified|confirmed|validated|measured|benchmarked|load[\s-]?tested|"
    r"reproduced|replayed|compared|re-?ran|checked|tested|proved|double[\s-]?checked|monitored|watched|tracked|canaried|"
    r"shadowed|cross[\s-]?checked|sampled|audited|backtested|simulated|spot[\s-]?checked)",
    r"(?:which|as) i (?:checked|measured|tracked|confirmed|verified|pulled|counted|traced)",
    r"(?:checked|measured|confirmed|verified)"
    r" (?:it |this |that )?(?:against|in|from|with|on|using|through) (?:the |our |a |my )?",
    r"from (?:my own|our own) "
    r"(?:query|queries|analysis|dashboard|logs|numbers|measurement)",
    r"(?:i|we) (?:ran|wrote|built|added) (?:a |an |the )?"
    r"(?:load test|benchmark|test|tests|regression test|query|script|experiment|a/?b test|canary|replay|shadow)",
    r"load[\s-]?test(?:ed|ing|s)?",
    r"stress[\s-]?test(?:ed|ing|s)?",
    r"soak[\s-]?test(?:ed|ing|s)?",
    r"benchmark(?:ed|ing|s)?",
    r"reproduc(?:ed|ing|tion)",
    r"replay(?:ed|ing)? (?:a|the|an|\d+|one|two|three|production|real|recorded|last)",
    r"repro",
    r"a/?b[\s-]?test(?:ed|ing|s)?",
    r"canar(?:y|ied|ies)",
    r"shadow (?:traffic|mode|run)",
    r"regression tests?",
    r"(?:unit|integration|end[\s-]to[\s-]end|contract|property) tests?",
    # A rehearsal of the real thing: "ran a failover drill", "did two dry runs", "piloted it with one depot".
    r"(?:i|we) (?:then |also |first |later )?(?:ran|did|held|organi[sz]ed|scheduled) (?:a |an |the |another |two |three "
    r"|one )?(?:[\w-]+ )?(?:drills?|dry[\s-]?runs?|rehearsals?|game[\s-]?days?|trial runs?|test runs?|tabletops?)",
    r"(?:rehearsed|drilled|piloted|trialled|trialed) (?:it|them|the|a|an|our|this|that)",
    r"test suite",
    r"(?:the )?dashboards? (?:showed|show|confirmed)",
    r"(?:before and after|before/after)",
    r"(?:held|stayed|remained|holding|stuck) (?:at|under|below|above|flat|steady|stable|there)",
    r"(?:zero|no) (?:recurrence|regressions?|repeats?|"
    r"duplicates|missed [a-z]+|false [a-z]+)",
    r"(?:hasn'?t|has not|didn'?t|did not|never) (?:happened|recurred|come back|fired|"
    r"reoccurred|returned) (?:again|since|in (?:the )?(?:\w+ )?(?:days|weeks|months|years|releases))",
    r"control group",
    r"statistically significant",
    r"significance",
    r"p-?value",
    r"confidence interval",
    r"holdout",
    r"(?:wrote|added) (?:a |an )?(?:test|check|assertion|alarm)",
    r"(?:the )?(?:gap|drop|"
    r"improvement|result|effect|saving|savings) held",
    r"(?:i|we) (?:watched|monitored|tracked) (?:the )?(?:next|following) \w+",
    r"(?:in|from|on) (?:the|our) (?:git history|logs|route logs|paging tool|repo'?s? (?:pr )?history|billing data|query logs|cdn logs)",
    r"(?:in|from|by) my own (?:query|queries|count|counts|analysis|check|checks|measurement|numbers|logs|sample|tally)",
    r"my own (?:query|queries|count|counts|analysis|measurement|numbers|sample|tally) (?:[\w-]+ ){0,4}?(?:showed|found|"
    r"gave|came to|came out at|put it at)",
    r"(?:which|that|as) i (?:check|measure|track|count|review|audit|reconcile|sample)(?:ed)? (?:\w+ )?(?:against|in|on|from|every|each|monthly|weekly|daily)",
    r"i (?:counted|tallied|reconciled|cross[\s-]?checked|spot[\s-]?checked|timed|diffed)",
    r"(?:lined|matched|cross[\s-]referenced|compared|checked|checking|diffed|reconciled) "
    r"(?:\w+ ){0,4}?(?:up )?(?:against|with) (?:the|our|their|my|each|every|a)",
    r"which told (?:us|me) (?:it was|that)",
    r"from the (?:pager|paging|billing|incident|crash|analytics|support|refund|send|access|error) (?:data|records|reports|logs|history|reason codes)",
    # What the numbers showed afterwards: "the error graphs confirmed it", "the metrics showed no regressions".
    r"(?:the |our |my )?(?:[\w-]+ )?(?:metrics|graphs?|charts?|data|numbers|traces|telemetry|monitoring|alerts|logs) "
    r"(?:then |later |clearly |all )?(?:showed|show|confirmed|proved|backed (?:it|this|that) up)",
    # Old and new run together, or the new one tried on a slice first.
    r"side[\s-]by[\s-]side|in parallel with the (?:old|existing|previous|legacy)|parallel[\s-]run|dual[\s-]run|"
    r"dark[\s-]launch(?:ed)?",
    r"(?:to|at|on|for) (?:\d+(?:\.\d+)?|one|two|five|ten|a few) ?(?:%|percent|per cent) of (?:traffic|users|requests|"
    r"customers|hosts|the fleet|accounts|stores|devices) (?:first|initially|for)",
    r"(?:one|a single) (?:region|cluster|store|site|team|market|shard|tenant) (?:at a time|first)",
    # Going back to look, or pulling the numbers oneself: "went back a month later and checked".
    r"went back (?:\w+ ){0,4}?(?:and|to) (?:re-?)?(?:check|checked|look|looked|measure|measured|verify|verified|"
    r"confirm|confirmed|compare|compared|count|counted|pull|pulled)",
    r"i (?:pulled|queried|re-?pulled|exported) (?:the |our |a )?(?:[\w-]+ )?(?:numbers|data|metrics|logs|stats|figures|"
    r"records|counts)",
    r"(?:i|we) (?:surveyed|polled|interviewed) (?:the |our |all |every |each )?",
    # A check told after another step, or run many times: "patched it and re-ran the import", "ran the job fifty
    # times with no failures", "tested it against a copy of production".
    r"re-?(?:ran|run|tested|measured|checked|timed|counted) (?:the|my|our|it|them|that|this|a|an|every|each|all|both)",
    r"(?:ran|run|running|looped|repeated) (?:it|them|the (?:[\w-]+ )?(?:test|tests|job|suite|script|import|export|"
    r"scenario|flow)) (?:[\w-]+ ){1,2}?times",
    r"(?:tested|tried|ran|rehearsed) (?:it|them|the (?:[\w-]+ )?[\w-]+) (?:\w+ )?(?:against|on) (?:a|an|the) "
    r"(?:full[\s-]size |recent |fresh |nightly )?(?:copy|snapshot|clone|replica) of",
    r"(?:verified|tested|checked|confirmed) (?:it|this|that|the fix|the change)\s?[:–—]",
    r"replay(?:ed|ing)? (?:it|them|this|that) (?:against|through|on|over)",
    # Where the candidate's own figure came from: "which I read off our own analytics", "according to our paging
    # tool's history", "I took those figures from the deploy timestamps".
    r"(?:in|from|off|by) (?:our|my) own (?:[\w-]+ )?(?:analytics|data|tracking|records|metrics|logs|dashboards?|"
    r"reports?|numbers|count|timestamps|history|telemetry)",
    r"according to (?:our|the|my) (?:own )?(?:[\w-]+ )?(?:[\w-]+['’]s )?(?:history|logs|timestamps|records|telemetry)",
    r"(?:i|we) (?:pulled|took|got|read|measured|worked out) (?:that|it|this|them|those|these|the|both)(?: [\w-]+)?"
    r" (?:straight |directly )?(?:from|off) (?:the|our|my)",
    # Set apart so the results can be compared, or a check as the purpose of a step: "so I could compare them with
    # the other depots", "on one test account first to confirm the emails stopped".
    r"so (?:that )?(?:i|we) could (?:compare|measure|check|verify|confirm|see the difference)",
    r"to (?:confirm|verify|check) (?:that )?(?:the|it|its|my|our|this|nothing|every|each|no|they|both)",
    r"(?:checksums?|counts?|row counts?|totals?|hash(?:es)?|outputs?|results|figures|numbers|files|balances?) "
    r"(?:all |both |then )?(?:matched|agreed|lined up|reconciled)",
    # Run against a past period's real data, timed by hand, or someone's export read through by the candidate: "ran
    # the export against last month's data", "timed each route with a stopwatch", "went through them myself".
    r"against (?:last|the previous|the last|a|one|a full|a whole) (?:[\w-]+ )?(?:day|week|month|quarter|year)['’]?s? "
    r"(?:of )?(?:real |production |live )?(?:data|traffic|orders|transactions|logs|records|events|requests|files)",
    r"timed (?:each|every|all (?:the|of)|them|it|the)(?: [\w-]+){0,2}? (?:with|myself|again|before|after|using|against|"
    r"by hand)",
    r"(?:went through|read through|read|checked|counted|tagged|sampled|reviewed) (?:them|it|those|these|each one|"
    r"every one|all of them|the [\w-]+(?: [\w-]+)?) myself",
    # Trying the change again as a user would, or asking those who hit the problem to: "went through the checkout
    # again with a screen reader", "asked the three pharmacists to try the new screen again".
    r"(?:went|walked|ran) through (?:the )?(?:whole |full |entire |same )?(?:[\w-]+ )?(?:flow|journey|process|"
    r"checkout|sign[\s-]?up|steps|scenario) again",
    r"(?:repeated|redid|re-?did) (?:the )?(?:whole |full |entire |same )?(?:[\w-]+ )?(?:flow|journey|test|tests|run|"
    r"steps|scenario|session)",
    r"(?:to|and) (?:try|test|use) (?:it|the (?:new |fixed )?[\w-]+) again",
    r"(?:on|with|through|using) (?:a|one|two|three|some|\d+|a few) (?:real |fake |dummy )?test (?:accounts?|orders?|"
    r"users?|cards?|payments?|transactions?|bookings?|devices?|phones?|builds?|customers?)",
    # A check kept up: "I still look at the rejection rate every week", "which I check every month".
    r"(?:i|we) (?:still |now )?(?:check|look at|review|track|measure|audit) (?:that|it|this|them|the [\w-]+"
    r"(?: [\w-]+)?) (?:every|each|once a|weekly|monthly|daily)",
)
_BESIDE_PEOPLE = lazy_compile(
    r"\s+with (?:the |my |our |a |an |their |his |her |two |each )?(?:[\w-]+ )?(?:designers?|team|teams|people|"
    r"engineers?|developers?|analysts?|users?|customers?|agents?|reviewers?|lead|leads|manager|pm|them|him|her|me|us)\b",
    re.I,
)
# Assumed it worked, with nothing to show.
# An assumption the story goes on to test is the start of a check ("I assumed it was a test-data glitch,
# but I couldn't reproduce it, so I went through the ledger").
ASSUMPTION = Phrases(r"(?:assumed|presumably|i assume) (?:it|that|the fix)")
# Someone else's assumption told as the scene the candidate went on to question ("everyone assumed it was the
# vendor's bug"): not a check the candidate skipped.
_OTHERS_ASSUMED = lazy_compile(
    r"\b(?:everyone|everybody|they|he|she|people|the (?:team|others|vendor|client|business)|others|most people|"
    r"my (?:lead|manager|team)|the [\w-]+ team)\s+(?:had\s+|all\s+|just\s+|always\s+)*$",
    re.IGNORECASE,
)
# A turn that goes on to deny the test ("…but never went back to check") leaves it untested.
TESTED_AFTER = lazy_compile(
    r"\b(?:until|but|however|so i|then i|before i|which turned out|turned out)\b"
    r"(?!,? (?:i |we )?(?:never|didn'?t|did not|haven'?t|hadn'?t|couldn'?t|no one|nobody)\b)",
    re.I,
)
ASSUMED = Phrases(
    r"(?:should|must) have (?:fixed|solved|worked|helped)",
    r"seem(?:ed|s) to (?:work|fix|help|be (?:fine|ok|okay|better|working|stable))",
    r"(?:seemed|looked) (?:fine|good|ok|okay|better|stable)",
    # The outcome declared rather than shown: "figured it was sorted", "considered it resolved", "never heard about it
    # again", "fairly confident the index would fix it".
    r"(?:figured|considered|took it as|called it|declared it) (?:that )?(?:it|that|this|things|the (?:issue|problem|bug|"
    r"fix|incident|ticket)) (?:was |were |had been )?(?:sorted|resolved|fixed|done|solved|handled|working|fine)",
    r"(?:didn'?t|never|haven'?t|did not) (?:hear|heard) (?:about |of |anything (?:more )?about )?(?:it|that|this|the "
    r"(?:issue|problem|bug)) (?:again|since)",
    r"(?:i was|i'?m) (?:fairly |pretty |quite |very )?(?:confident|sure) (?:that )?(?:it|this|the [\w-]+) would "
    r"(?:fix|solve|work|help|sort)",
    r"(?:nobody|no one|no-one) (?:has )?complained",
    r"(?:haven'?t|didn'?t|never) (?:heard|had|seen) (?:any )?(?:complaints|issues|problems)",
    r"(?:i|we) (?:think|believe|guess|assume|hope) (?:that )?(?:it|that|the [a-z]+|things|the failures|the issue|the problem|"
    r"support tickets|incidents|errors|latency|performance) (?:\w+ ){0,2}?(?:worked|fixed|helped|solved|stopped|went down|dropped|"
    r"improved|got better|was fine|was resolved|mostly stopped|went away|decreased|is fine)",
    r"(?:probably|hopefully|presumably) (?:it |this |that )?(?:worked|fixed|helped|solved|went down|improved|resolved|"
    r"reduced|made|cut|sped|saved|lowered|stopped|prevented|brought|freed|eased)",
    r"(?:i'?d imagine|i imagine|i'?m (?:pretty |fairly |quite )?confident) (?:that )?(?:it|this|that|the [\w-]+) "
    r"(?:\w+ )?(?:worked|fixed|helped|solved|saved|made|cut|reduced|sped|improved|did)",
    r"(?:monitored|watched|kept an eye on) (?:it|things|the [a-z]+)? ?for (?:a (?:few|couple of)|some|several|a) (?:days|weeks|hours|while)",
    r"(?:didn'?t|did not|never|haven'?t|couldn'?t) (?:really |actually )?(?:get to |have time to |get a chance to )?(?:measure|test|verify|"
    r"check|confirm|look at|track|quantify|follow up|validate)",
    r"(?:don'?t|do not|didn'?t) have (?:the )?(?:exact |hard |real )?"
    r"(?:numbers?|data|figures|metrics)",
    r"(?:as far as i know|as far as i can tell|i never checked|to my knowledge)",
    r"after that (?:it was|things were|everything was) (?:fine|good|ok|okay|stable)",
    r"(?:it|things|everything) (?:was|were) fine after",
    r"(?:should|would) (?:be|have been) (?:a lot |much |way |far |a bit |loads )?(?:fine|better|faster|fixed)",
    r"no (?:more |further )?complaints? (?:from (?:the |our |any )?[\w-]+(?: [\w-]+)? )?(?:since|after)",
    r"(?:that|as far as) i (?:know|knew|can tell|could tell)(?: of)?",
    r"(?:fortunately|luckily|thankfully),? (?:we |it |there )?(?:never|didn'?t|hasn'?t|wasn'?t)",
    r"(?:things|it|everything) (?:calmed|settled|quieted) down",
    r"(?:probably|maybe|likely) (?:fewer|less|more|better|faster|lower)",
    r"(?:i believe|i think|i'?d say) (?:it|that|this|the [a-z]+) (?:went|was|worked|helped|had)",
    # A belief about how things stand now, in place of a look: "I think it's still running fine".
    r"(?:i believe|i think|i'?d say|i'?d guess|i assume) (?:it|that|this|the [a-z]+)(?:'s| is| has been) (?:still )?"
    r"(?:running|working|holding(?: up)?|fine|stable|ok|okay|in place)",
    # The outcome taken on trust in other words: "I just trusted it would work", "took it that the fix had done the
    # job", "I'd expect the queue cleared", "never went back to check", "we didn't get any more escalations".
    r"(?:i|we|and) (?:just |simply )?(?:(?:sort of|kind of|kinda|sorta) )?(?:trusted|figured|reckoned|took it|expected|"
    r"presumed|'d expect|would expect|took for granted) (?:that )?(?:it|the (?:fix|change|patch|new [\w-]+)|things|that|"
    r"this) (?:(?:would|had|'d|should|did|was) )?(?:\w+ )?(?:work|worked|fix|fixed|help|helped|solve|solved|sort|sorted|hold|"
    r"held|done the (?:job|trick)|do the (?:job|trick)|working|resolved)",
    r"(?:never|didn'?t|did not) (?:really |actually |ever )?(?:go|went) back (?:to|and) (?:check|look|measure|verify|"
    r"confirm|see)",
    r"(?:didn'?t|never|haven'?t|hasn'?t|did not) (?:really )?(?:hear|get|got|receive|received|see|saw) (?:any )?"
    r"(?:more|further|other|new) (?:complaints|escalations|tickets|reports|issues|problems|calls)",
)
# Unsure of the outcome in so many words, or the check never made ("I never really checked", "not sure exactly").
UNSURE = Phrases(
    r"(?:i'?m|i am|i was|we'?re|we are) not (?:completely |totally |entirely |really |a hundred percent |100% |exactly )?"
    r"(?:sure|certain)",
    r"not sure exactly",
    r"(?:didn'?t|did not|never|haven'?t|couldn'?t) (?:really |actually )?(?:measured|tested|verified|checked|confirmed|"
    r"tracked|validated|quantified)",
    r"(?:didn'?t|did not|never) (?:bother(?:ed)? )?(?:to )?(?:writ(?:e|ing)|run(?:ning)?|add(?:ing)?) (?:any )?tests",
)
# An outcome figure reported by another team or person ("the data science team reported", "per the finance team"):
# without a check of the candidate's own, it is their word, not proof.
_SOMEONE = (
    r"(?:(?:the|our|their|my) (?:[\w-]+ ){0,3}?(?:team|office|org|organi[sz]ation|department|group|analysts?|firm|"
    r"vendor|consultancy|consultants?|noc|lead|manager|director|vp|cpo|cfo|cto|ceo|coo|officer|leadership|pm|board)|"
    r"finance|finops|hr|leadership|management|the business|analytics)"
)
REPORTED = Phrases(
    _SOMEONE + r" (?:later |also |then |eventually |had )?(?:reported|shared|said|told (?:us|me|everyone|the team)|"
    r"estimated|calculated|announced|claimed|confirmed|came back|put it)",
    r"(?:per|according to) (?:the|our|their|his|her) (?:[\w-]+ ){0,3}?(?:team|report|office|department|analysts?|firm|"
    r"vendor|consultants?|estimate|forecast|survey|numbers)",
)
# A figure given as a guess: "I think we had maybe ninety eight percent", "I believe p95 ended up at around 140 ms".
GUESSED_FIGURE = Phrases(
    r"(?:i think|i believe|i guess|i want to say|i'?d guess|if i remember) (?:[\w'-]+ ){0,6}?(?:maybe|around|about|"
    r"roughly|something like|like|probably)",
)
# A figure as a change reads it, in digits or in words: "40", "£3,100", "forty", "a handful", "zero".
_FIGURE = (
    r"(?:[$£€]\s?)?\d[\d,.]*(?:k|bn|m)?|(?:zero|none|nil|nothing|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a (?:few|handful|couple|dozen|hundred|thousand|"
    r"third|quarter|tenth|fraction)|half|single digits|an order of magnitude|orders of magnitude)\b"
)
_ABOUT = r"(?:about |around |roughly |nearly |almost |just |just over |just under |over |under |below |more than |less than |fewer than |close to |well under |well over )?"
# Direction words that turn two numbers into a before-and-after.
CHANGE = Phrases(
    # A figure taken to another: "from 400 milliseconds to over 6 seconds", "from about forty a week to a handful".
    r"from "
    + _ABOUT
    + r"(?:"
    + _FIGURE
    + r")[^.;!?\d]{0,40}? (?:to|down to|up to|→|->) "
    + _ABOUT
    + r"(?:"
    + _FIGURE
    + r")",
    r"(?:dropped|fell|went down|went up|decreased|increased|rose|"
    r"reduced|cut|improved|shrank|shrunk|grew|climbed|jumped|doubled|halved|lowered|raised|boosted|slashed|saved|narrowed|"
    r"shaved|trimmed|sped|recovered|came down|dropping|falling|rising) (?:it |that |them |the [a-z]+ )?"
    r"(?:down |up |back )?(?:by|to|from|about|around|roughly|nearly|almost|over|more than|under|below|\d[\d,.]*|"
    r"[$£€]\s?\d[\d,.]*|[a-z]+ (?:percent|per cent|times))",
    # Verbs that also mean a trip or a switch ("went to the office", "cut over to the new cluster") need a direction
    # or a figure.
    r"(?:went|brought|cut|came in) (?:it |that |them |the [a-z]+ )?(?:(?:down|up|back) (?:by|to|from|about|around|"
    r"roughly|nearly|almost|over|under|below)|from|(?:to|by) " + _ABOUT + r"(?:" + _FIGURE + r"))",
    r"got (?:it |that |them |the [a-z]+ )?(?:down|up) (?:to|by|from) (?:[\w-]+ ){0,3}?(?:" + _FIGURE + r")",
    r"(?:down|up) (?:by |from |to )?(?:about |around |roughly |nearly |almost )?(?:\d[\d,.]*|[$£€]\s?\d[\d,.]*|(?:twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|ten|half|a third|two|three|four|five))",
    r"\d+(?:\.\d+)?\s?(?:%|x|times|percent) (?:faster|slower|fewer|less|more|lower|higher|cheaper|smaller|"
    r"bigger|reduction|drop|increase|improvement|decrease|cut|speed-?up|better|lift)",
    r"(?:faster|fewer|less|more|lower|higher|cheaper) (?:by|than before|than the)",
    r"halved|doubled|tripled|tenfold",
    # A figure set beside the old one: "in three hours instead of two days", "five of eight against two of eight".
    r"(?:instead of|rather than|compared (?:to|with)|versus|vs\.?|against|down from|up from) (?:the |a |an )?(?:about |"
    r"around |roughly |nearly |almost |over |more than |under )?(?:(?:[$£€]\s?)?\d[\d,.]*(?:k|bn|m)?\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a (?:day|week|month|full day|couple))\b)",
    r"(?:before|previously|used to (?:take|be|cost)|had taken|was taking)[^.]{0,60}(?:now|after|down to|today|whereas)",
    r"→|->",
    r"to (?:zero|0|none)",
    r"(?:per cent|percent|%) (?:reduction|drop|improvement|increase|decrease|fewer|less|faster|lift)",
    r"(?:a |an )?(?:\d+(?:\.\d+)?|[a-z]+) (?:percent|per cent|%|point|points|pp) (?:lift|drop|gain|improvement|increase|reduction)",
    r"whereas (?:the )?(?:previous|before|last|old)",
    r"(?:compared (?:to|with)|versus|vs\.?) (?:the )?(?:\d[\d,.]*|[a-z]+ (?:before|previous))",
)
# Words that make a figure among the steps an outcome: how long it now takes, when it was back to normal.
OUTCOME_CUES = Phrases(
    r"(?:now )?(?:took|takes|came in at|finished in|ran in|was done in)",
    r"within",
    r"back to normal",
    r"(?:this|that|the next|the following) (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|spring|summer|autumn|fall|winter|year|quarter|month|release|cycle|season)",
    r"since then|ever since|from then on|no longer",
    # A time after the change: "in the first month", "over the next two quarters", "six weeks later".
    r"(?:in|over|during|within|for|across) the (?:first|next|following|last|two|three|four|six) (?:[a-z]+ )?"
    r"(?:days?|weeks?|months?|quarters?|years?|releases?|sprints?|cycles?|runs?)",
    r"(?:days?|weeks?|months?|quarters?|years?) (?:later|after (?:that|the|it|launch|we|i))",
    # Against the plan: "three days late", "a week ahead of schedule".
    r"(?:days?|weeks?|months?|sprints?) (?:late|early|ahead of (?:schedule|time|plan|the date)|behind schedule|sooner)",
    # Set against the state before: "found zero, against about 30,000 a day before", "than it was last quarter".
    r"(?:against|compared (?:with|to)|versus|down from|up from|than) (?:[\w,-]+ ){0,5}?(?:before|previously|beforehand|"
    r"last (?:year|quarter|month|week))\b",
)
# A measure told without a figure the quantity reading counts: "two weeks late", "caught one defect", "a day
# instead of a week", "hours down to minutes", "single digits".
MEASURED_IN_WORDS = Phrases(
    r"(?:one|two|a|an|a couple of|a few|half an?) (?:minutes?|hours?|days?|weeks?|months?|quarters?|sprints?) "
    r"(?:late|early|ahead of (?:schedule|time|plan|the [\w-]+(?: [\w-]+)?)|before the (?:deadline|date|cutover|launch)|"
    r"behind schedule|sooner)",
    r"(?:caught|found|had|saw|logged|hit|fixed|prevented|stopped|blocked|there (?:was|were)) (?:only |just |exactly )?"
    r"(?:one|two|a single) (?:[\w-]+ )?(?:defects?|bugs?|incidents?|issues?|errors?|outages?|regressions?|pages?|"
    r"mismatch(?:es)?|failures?|complaints?|tickets?|escalations?|rollbacks?)",
    r"(?:an? |one |half an? )?(?:seconds?|minutes?|hours?|days?|weeks?|months?) (?:instead of|rather than|down from|"
    r"not) (?:an? |one |two |several |many |\w+ )?(?:seconds|minutes?|hours?|days?|weeks?|months?)",
    r"from (?:several |many |a few )?(?:seconds|minutes|hours|days|weeks|months) (?:down )?to (?:a few |under an? |"
    r"an? |seconds|minutes|hours|days|weeks)",
    r"(?:single|double|low single|high single)[\s-]digits?",
    # A rate or share in words: "weekly instead of quarterly", "from monthly to daily", "cut in half".
    r"(?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|same[\s-]day|overnight|real[\s-]time) (?:instead of|"
    r"rather than|not|down from|up from) (?:once |every )?(?:an? )?(?:hourly|daily|weekly|fortnightly|monthly|quarterly|"
    r"yearly|annual|annually|day|week|month|quarter|year|hours|days|weeks)",
    r"from (?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annual|once an? \w+|every \w+) "
    r"(?:releases? |deploys? |runs? )?to (?:hourly|daily|weekly|fortnightly|monthly|quarterly|several|multiple|many|"
    r"on[\s-]demand|continuous|every)",
    r"(?:cut|dropped|fell|shrank|halved|reduced|came down|went down) (?:\w+ ){0,2}?(?:in|by) half|half (?:the|as) "
    r"(?:time|cost|size|long|many|much|often)",
    # Time to spare, a rate told as "one a month to one a week", every case done within a stated time, none left.
    r"with (?:a|an|one|two|three|half an?|a couple of|a few) (?:hours?|days?|weeks?|months?|shifts?) to spare",
    r"from (?:a|an|one) (?:[\w-]+ ){1,2}?(?:a|an|per|every) (?:day|week|fortnight|month|quarter|year) to "
    r"(?:a|an|one|two|three|several|multiple) (?:[\w-]+ ){1,2}?(?:a|an|per|every) (?:day|week|fortnight|month|quarter)",
    r"(?:every|each|all(?: the)?|all of (?:the|our)) (?:[\w-]+ ){1,2}?(?:shipped|went out|arrived|was delivered|were "
    r"delivered|was answered|were answered|was resolved|were resolved|closed|landed|cleared) (?:on )?(?:the same day|"
    r"same[\s-]day|within (?:the|an|one|a) (?:hour|day|shift)|overnight|on time)",
    r"not (?:a single|one) (?:[\w-]+ )?(?:defect|bug|incident|outage|complaint|ticket|error|failure|page|"
    r"escalation|rollback|mismatch|missed (?:\w+))",
    # None left over, or a rough count said as a dozen: "none of the drivers had to come back", "about a dozen a week".
    r"(?:none|not one) of (?:the|our|their|its) (?:[\w-]+ ){1,2}?(?:had to|needed|came back|went|got|missed|failed|"
    r"was|were|lost|bounced|complained|called|rang|broke|ran out|saw|hit)",
    r"(?:about|around|roughly|nearly|almost|over|under|more than|fewer than|less than|some) (?:a|half a) dozen",
    # None since the change: "nobody has had to reset a password by phone since", "the ward has not had a missed round
    # since we switched".
    r"(?:nobody|no one|no [\w-]+) (?:has|have) (?:had to|needed to|missed|been|[\w-]+ed)\b[^.;!?]{0,60}?\bsince\b",
    r"(?:has|have) not (?:had|seen|missed) (?:a|an|one|a single) (?:[\w-]+ ){0,2}[\w-]+ since\b",
    # A time in words set against the old one: "the same day rather than a week later", "from answering within a day to
    # answering within the hour", "on the first working day instead of the third".
    r"(?:same[\s-]day|next[\s-]day|the day after|within (?:the|an|a|one) (?:hour|day|shift|week)|on the (?:first|"
    r"second|same|next) (?:[\w-]+ )?day)\b[^.;!?]{0,40}?\b(?:instead of|rather than|down from|compared (?:with|to)|"
    r"where before|whereas)\b",
    r"from (?:[\w-]+ ){0,2}?(?:within )?(?:next|same|one|a|an)[\s-](?:day|hour|week|shift)\b[^.;!?]{0,30}? to "
    r"(?:[\w-]+ ){0,2}?(?:within |on )?(?:the |an? )?(?:same[\s-])?(?:day|hour|week|shift)\b",
    # A fraction or a small count in words: "a third of the time", "cut the wait by a third", "a tenth of the cost",
    # "a handful a week", "cleared in a couple of days".
    r"(?:a|one|two|three) (?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths) of (?:the|our|their|"
    r"its|what)",
    r"(?:cut|reduced|dropped|fell|shrank|rose|grew|increased|improved|down|up) (?:[\w-]+ ){0,3}?by (?:a|one|two) "
    r"(?:third|thirds|quarter|quarters|fifth|tenth)",
    r"(?:to|down to|only) a handful (?:of [\w-]+ )?(?:a|an|per|every) (?:day|week|month|shift|quarter)",
    r"(?:in|within) a couple of (?:hours|days|weeks)",
    r"(?:same|next) (?:afternoon|morning|evening|shift)\b[^.;!?]{0,40}?\b(?:instead of|rather than|where before|"
    r"whereas)\b",
    # A share told in words: "half the calls that needed a second screen no longer did".
    r"half (?:of )?(?:the|our|their) [\w-]+ [^.;!?]{0,50}?\b(?:no longer|now|stopped|didn'?t|don'?t)\b",
    # The size of a change in words, hedged or not: "went down by something like half", "shrank by about a third",
    # "fell to roughly a fifth of what it was".
    r"(?:by|to) (?:about |around |roughly |nearly |almost |over |under |more than |less than |just over |just under |"
    r"something like |close to |well over |well under |at least )(?:half|a third|a quarter|a fifth|a tenth|two thirds|"
    r"three quarters)\b",
    r"(?:down |fell |dropped |shrank |came down )to (?:about |around |roughly |nearly |almost |under |less than )?"
    r"(?:a|one) (?:third|quarter|fifth|sixth|tenth|twentieth|hundredth)\b",
    # A rate taken to nothing, or a rank moved: "went from every night to none", "from near the bottom of the table
    # to the top".
    r"from (?:every|each|most|all|nearly every|almost every|daily|nightly|weekly|hourly|several|many|dozens|hundreds) "
    r"(?:[\w-]+ ){0,3}?to (?:none|zero|never|nothing|almost none|hardly any|once|a handful|a few|one|rare)\b",
    r"from (?:the |near the |close to the )?(?:top|bottom|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last)(?: place)?(?: (?:of|in) (?:the|our|its) (?:[\w-]+ )?[\w-]+)? to (?:the |near the )?(?:top|bottom|first|second|third|last|"
    r"number one)\b",
    # Every one of a set carried through: "every one of the weekend backups completed", "all of the stores went live".
    r"(?:every (?:single )?one|each one) of (?:the|our|their) (?:[\w-]+ ){1,3}?(?:has |have |had )?(?:complete|completed|pass|passed|"
    r"shipped|arrive|arrived|land|landed|finish|finished|succeed|succeeded|held|cleared|went live|went out|came back "
    r"clean)\b",
    # Done at the first attempt: "approved after one round", "went through review on the first pass".
    r"(?:passed|went through|approved|accepted|cleared|signed off) (?:[\w-]+ ){0,3}?(?:(?:on|at) the first "
    r"(?:attempt|pass|try|round|go)|after (?:one|a single) (?:round|pass|review|attempt|try))",
    # A time in words against the old one: "overnight rather than over a weekend", "a full day earlier".
    r"(?:overnight|same[\s-]day|in (?:an|one|a) (?:hour|afternoon|morning|day)) (?:instead of|rather than|not) "
    r"(?:over |across |in )?(?:a|an|the|several|two|three) (?:[\w-]+ )?(?:weekend|days?|weeks?|months?)\b",
    r"(?:a|one|two|three) (?:full |whole |clear )(?:hours?|days?|weeks?|months?) (?:earlier|sooner|early|ahead)\b",
)
# What the outcome was worth: money, time, customers, risk.
IMPACT = Phrases(
    r"[$£€]\s?\d[\d,.]*\s?(?:[kmb]n?|million|billion|thousand)?",
    r"\d[\d,.]*\s?(?:k|m|million|thousand|bn|billion)? ?(?:dollars|pounds|euros|usd|gbp|eur)",
    r"(?:saved|saving|savings|cost|costs|spend|spending|revenue|bill|budget|dollars|money|margin|profit)",
    r"customers?",
    r"users?",
    r"clients?",
    r"merchants?",
    r"sellers?",
    r"buyers?",
    r"drivers?",
    r"shoppers?",
    r"subscribers?",
    r"members?",
    r"patients?",
    r"technicians?",
    r"(?:support )?tickets?",
    r"complaints?",
    r"churn",
    r"retention",
    r"conversion",
    r"sign[\s-]?ups?",
    r"orders?",
    r"checkouts?",
    r"(?:engineering|developer|dev) (?:hours|days|weeks|time)",
    r"hours? (?:a|per) (?:week|month|day|sprint|release)",
    r"on-?call (?:pages|load|hours|burden)",
    r"pages",
    r"outages?",
    r"incidents?",
    r"sla",
    r"slo",
    r"downtime",
    r"availability",
    r"uptime",
    r"data loss",
    r"compliance",
    r"audit",
    r"fines|fined|(?:a|the|regulatory|any|potential|hefty|big) fine",  # not "fine" as in all right
    r"breach",
    r"risk",
    r"deadline",
    r"launch(?:ed)? on time",
    r"nps",
    r"csat",
    r"escalations?",
    r"time[\s-]to[\s-](?:market|first|resolve|recovery|detect)",
    r"lead time",
    r"cycle time",
    r"release (?:cadence|frequency)",
)
# More of what an outcome is worth, heard by the impact finding alone (the parts of an answer are found with
# IMPACT): sales and losses, the work of a business in its own units, and people's time.
WORTH = Phrases(
    r"add[\s-]to[\s-](?:cart|basket)|abandon(?:ed|ment)(?: carts?| baskets?)?|basket size",
    r"refunds?|chargebacks?|fraud losses|write[\s-]offs?|penalt(?:y|ies)|late fees",
    r"calls|call volume|contact (?:centre|center)|parcels|shipments|deliveries|no[\s-]shows?|reprints|declines",
    r"toil|person[\s-](?:hours|days|weeks)|engineer[\s-](?:hours|days|weeks)|man[\s-](?:hours|days)",
    r"(?:deploy|deployment|build|release|approval|review|turnaround|wait|waiting|queue|handling|response|close|"
    r"closing|setup|resolution) (?:times?|days?)",
)
# Forecasts and guesses rather than outcomes.
PROJECTED = Phrases(
    r"(?:would|could|might|should|will) (?:probably |likely |eventually )?(?:save|cut|bring|reduce|add|generate|make|help)",
    r"projected",
    r"forecast",
    r"potential(?:ly)?",
    r"(?:i think|i believe|maybe|probably|i guess|something like|roughly what)",
    r"(?:programme|program|project|initiative|total) cost",
    r"cost (?:us|the company) (?:about |around )?[$£€]?\d",
)
# An outcome with no substance.
VAGUE = Phrases(
    r"(?:the |my |our )?(?:team|everyone|everybody|stakeholders|management|leadership|my manager|the customer|customers|"
    r"people|they|users|the client|the business|product) (?:was|were|seemed|felt|are|is) (?:really |very |super |pretty |all )?"
    r"(?:happy|pleased|satisfied|impressed|grateful|thrilled|glad|excited|delighted)",
    r"(?:it|things|everything|the project|the launch|that|the migration|the rollout|the change) (?:went|worked out|turned out) "
    r"(?:really |very |pretty |super )?(?:well|great|fine|good|nicely|smoothly)",
    r"(?:it|things|performance|the system|the process|quality|the code|morale|he|she|they) (?:got|was|became|is|were|looked) "
    r"(?:a lot |much |way |so much |significantly |really )?(?:better|faster|improved|smoother|cleaner|more stable|more confident)",
    r"(?:was|were|is) (?:a )?(?:big |huge |great |real )?success(?:ful)?",
    r"(?:positive|good|great) feedback",
    r"(?:a lot of|lots of) (?:praise|kudos|recognition)",
    r"improved (?:things|it|the situation|a lot|overall)",
    r"(?:made|had) a (?:big|huge|real|significant|positive|massive|tremendous|noticeable|meaningful|world of) "
    r"(?:impact|difference)",
    r"(?:significantly|greatly|vastly|dramatically|hugely|massively) (?:improved|better|reduced|faster|increased)",
    r"(?:a )?good outcome",
    # Praise received, not the words themselves ("a customer name with an emoji in it" is a detail).
    r"(?:got|get|gets|getting|received|earned|gave|given|won|lots of|a lot of|plenty of|loads of) (?:[\w-]+ ){0,3}?"
    r"(?:emoji|emojis|reactions|shout[\s-]?outs?|kudos|thanks)",
    r"(?:an? )?all[\s-]time high",
    r"(?:people|everyone|users) (?:seemed to )?(?:really )?(?:liked?|loved?) it",
    r"went down too",
    r"(?:is|was) up significantly",
    r"went (?:pretty |really |very |quite )?well",
    r"pretty significant",
    r"(?:really |very |so )?well received",
    r"(?:really |very )?pleased with",
    r"(?:in )?a (?:much |far |way )?better place",
    r"(?:really |very |overwhelmingly )?positive (?:feedback|overall|outcome|response|reception)",
    r"(?:a )?(?:really |very )?(?:big|huge|real|great|massive) success",
    r"improved (?:significantly|a lot|massively|dramatically)",
    r"seemed to (?:get|be) better",
    r"(?:was|were) (?:a )?win",
)
# An intensifier and a comparative of how things run, for outcomes told as "much smoother" and no more.
_MUCH = (
    r"(?:a lot|much|way|far|so much|loads|heaps|noticeably|significantly|considerably|massively|hugely|visibly|"
    r"a whole lot|miles|tons)"
)
_BETTER = (
    r"(?:better|smoother|snappier|faster|quicker|calmer|happier|healthier|cleaner|tidier|safer|leaner|easier|simpler|"
    r"more smoothly|more (?:organi[sz]ed|efficient(?:ly)?|reliabl[ey]|stable|predictabl[ey]|robust|consistent(?:ly)?|"
    r"responsive|productive|streamlined|manageable|professional|structured|effective(?:ly)?|accurate(?:ly)?|"
    r"joined[\s-]up))"
)
# An outcome told only in words of feeling, praise, success or size. Heard only where no figure stands in its
# sentence or the next ("reviews got much faster: a day instead of a week" is measured), and not in the
# context before the candidate acts ("drivers were happy, delivery times had improved" sets the scene).
UNMEASURED = Phrases(
    # How people felt about it.
    r"(?:was|were|seemed|felt|looked|are|is|got|left|ended up|been) (?:(?:really|very|super|pretty|all|quite|so|"
    r"genuinely|extremely|incredibly|much|a lot|way|visibly) )*(?:happy|pleased|satisfied|impressed|grateful|thrilled|"
    r"glad|excited|delighted|relieved|appreciative|happier|ecstatic|over the moon|chuffed|stoked)",
    r"went through the roof|moved the needle|(?:was|were) (?:a |an )?(?:big |huge |massive |real |instant )?hit with|"
    r"(?:a |an absolute |a real |a total )?game[\s-]?changer",
    # Praise as the outcome: thanked, called out, said it was great.
    r"(?:appreciated|praised|thanked|applauded|complimented|commended|congratulated) "
    r"(?:me|us|the team|the work|my work|having|it|the effort|how|our|my)",
    r"called (?:it|this|me|that|the work|us) out",
    r"(?:said|says|told (?:me|us|everyone|the team)|called it|thought|felt|agreed) (?:that )?(?:it|this|that|"
    r"the [a-z]+(?: [a-z]+)?|my [a-z]+|our [a-z]+) (?:was|had been|is|were) (?:really |very |super |so |incredibly |"
    r"extremely |quite |pretty )?(?:helpful|useful|great|amazing|awesome|valuable|impressive|excellent|brilliant|"
    r"fantastic|a (?:big |huge |great |real )?(?:help|improvement|win|success|step forward)|one of the (?:best|"
    r"cleanest|smoothest|strongest|most [a-z]+))",
    # Success in general words.
    r"(?:was|were|been|is|proved|turned out to be) (?:(?:pretty|fairly|quite|really|very|largely|mostly|hugely|overall|"
    r"generally|definitely|a|an|big|huge|great|real|total|complete|massive|resounding) )*(?:successful|success|win)",
    r"(?:went|worked|worked out|turned out|played out|paid off|landed|came together|rolled out|launched|shipped|"
    r"delivered) (?:(?:really|very|pretty|super|quite|so|extremely|incredibly|all|a lot) )*(?:well|great|nicely|"
    r"smoothly|fine|perfectly|successfully|without a hitch|beautifully|okay|ok|alright|all right|decently|not bad)",
    r"(?:didn'?t|did not|never) (?:really )?work out",
    # Things, the relationship, the service: fine, better, stable, improved.
    r"(?:things|everything) (?:have |has )?(?:been|were|are|seemed|felt) (?:pretty |really |very |mostly |totally |"
    r"basically |generally |much |a lot )?(?:fine|okay|ok|good|great|smooth|better|stable)",
    r"(?:the|our|my) (?:working )?relationship (?:with [a-z]+ )?(?:was|is|has been|got|became|felt) (?:pretty |"
    r"really |very |much |a lot |way )?(?:okay|ok|fine|good|great|better|stronger|healthier)",
    r"(?:the|our) (?:service|system|platform|pipeline|product|release|app|site) (?:was|has been|is|felt) (?:really |"
    r"very |super |pretty |much |a lot |way |far )(?:stable|solid|smooth|reliable|healthy|better|faster)",
    r"(?:(?:the |our |their |team )?(?:relationship|relations|morale|trust|collaboration|communication|atmosphere|"
    r"mood)|the situation) "
    r"(?:really |definitely )?(?:improved|got better|got (?:a lot|much|way) better|picked up)",
    # People use it, like it.
    r"(?:people|everyone|folks|the team|engineers|users|teams|customers|clients|the client|the customer|"
    r"stakeholders|the business|my manager|leadership|product|they) (?:seem to |seemed to |really |all )?(?:still )?"
    r"(?:like|liked|love|"
    r"loved|enjoy|enjoyed|appreciate|appreciated) (?:it|using it|the [a-z]+)",
    r"(?:i think|i guess|i believe) (?:people|everyone|folks|teams|they) (?:still )?use it",
    # A change told by its size word alone.
    # Fixed, gone, worked, with nothing to show how far: "that did the trick", "the errors mostly went away".
    r"(?:it|that|this|the (?:fix|change|patch|new [a-z]+|approach|workaround|script|tool)) (?:seemed to |seems to |"
    r"basically |mostly |pretty much |definitely |really )?(?:worked|did the trick|fixed (?:it|things|the (?:problem|"
    r"issue|bug))|solved (?:it|things|the (?:problem|issue))|sorted (?:it|things) out|helped(?: (?:a lot|a bit|a ton|"
    r"loads|massively|things))?)",
    r"(?:the |those |our )?(?:problems?|issues?|errors?|bugs?|complaints|alerts|incidents|pages|failures|timeouts|"
    r"crashes|tickets|escalations|delays) (?:(?:all|mostly|basically|pretty much|largely|more or less) )?(?:went away|"
    r"stopped|disappeared|dried up|calmed down|died down|(?:was|were|got) (?:resolved|fixed|sorted|solved|gone))",
    # Saved or cut by an amount never given: "saved us a lot of time", "cut down the manual work".
    r"(?:saved|saves|save|saving|freed up|freeing up|free up) (?:[\w']+ ){0,3}?(?:a lot of|lots of|loads of|a ton of|tons of|so much|plenty of|some|a bunch of|heaps of|a fair bit of|"
    r"quite a bit of|a good amount of|real) (?:time|money|effort|work|hours|headaches?|pain|trouble|cost)",
    r"(?:made|makes) (?:things|it|life|everything|everyone'?s (?:life|lives|job|day)|the (?:process|work|job|team'?s life)|work|"
    r"onboarding|releases|deploys) (?:a lot |much |way |so much |a bit |far |a little |significantly )?(?:easier|"
    r"simpler|better|faster|smoother|quicker|less painful|more reliable)",
    r"(?:the )?(?:results?|numbers|metrics|feedback|outcome) (?:were|was|have been|has been|looked|seemed) (?:really |"
    r"very |pretty |super |quite |all |overall |honestly |just )?(?:good|great|positive|encouraging|promising|solid|"
    r"excellent|strong|amazing|fantastic|incredible|brilliant|outstanding)",
    r"(?:got|saw|had|achieved|delivered) (?:really |very |pretty |some )?(?:good|great|positive|solid|strong|excellent) "
    r"results",
    r"(?:launch|rollout|roll-out|migration|release|cutover|transition|handover|switch|upgrade|go-live) (?:was|went) "
    r"(?:really |very |pretty |super |fairly |completely |totally )?(?:smooth|seamless|painless|uneventful|clean|"
    r"flawless)",
    r"(?:the (?:effort|work|investment|time)|it|that|this) (?:really |definitely |eventually |all |more than )?paid off",
    r"(?:much|a lot|way|far|so much|noticeably|significantly) (?:more|less) (?:productive|efficient|engaged|"
    r"confident|reliable|stable|predictable|responsive|maintainable|frequent|painful|stressful)",
    # A gain named by its kind alone: "it improved the customer experience", "boosted morale", "cut down on toil".
    r"(?:improv(?:ed|es|ing)|enhanc(?:ed|es|ing)|elevat(?:ed|es)) (?:the |our |their )?(?:overall )?(?:customer|user|"
    r"developer|dev|team|on-?call|shopper|member|patient|employee) experience",
    r"(?:increased|boosted|improved|raised|lifted|helped) (?:the |our |their )?(?:team'?s? |overall )?(?:morale|"
    r"productivity|efficiency|velocity|confidence|trust|engagement|visibility)",
    r"(?:reduced|cut|cut down|cut down on|lowered|decreased|eased|lightened) (?:the |our |their |a lot of )?"
    r"(?:amount of )?(?:manual work|workload|toil|load on|effort|overhead|friction|noise|back-and-forth|confusion|"
    r"firefighting|stress|burden)",
    # Used and agreed, with no count: "other teams started using it", "everyone was finally on the same page".
    r"(?:people|teams|other teams|everyone|users|customers|engineers|folks|the team) (?:have |has )?(?:started|began|"
    r"begun|now|are|were|have been|kept) (?:using|adopting|relying on|to use|to adopt) (?:it|them|the [a-z]+)",
    r"(?:everyone|the team|we|both teams|both sides|the teams) (?:was|were|are|is) (?:all |finally |now |much more |"
    r"a lot more |more )?(?:on the same page|aligned|in sync)",
    r"(?:reflected|looked|came across) (?:really |very )?(?:well|good|great) on",
    # Nothing went wrong, told with no window or count: "we never had an incident".
    r"(?:we |it )?(?:never|didn'?t|haven'?t|hasn'?t) (?:really )?(?:had|have|see|seen|saw|caused|cause) (?:an?|any) "
    r"(?:more |further |new |other )?(?:incidents?|issues?|problems?|outages?|complaints?|trouble)",
    r"(?:improved|reduced|dropped|decreased|increased|went (?:down|up)|sped up|cut|fell|rose|grew|picked up) "
    r"(?:(?:it|things|them|that|the [\w-]+|[\w-]+s) )?(?:a lot|a ton|loads|hugely|significantly|dramatically|massively|greatly|"
    r"considerably|noticeably|drastically|substantially|quite a (?:bit|lot)|a great deal|tremendously|a fair (?:bit|"
    r"amount)|a good deal|heaps|no end|like crazy)",
    # A state told better by an intensified comparative alone: "the site felt way snappier", "the warehouse became
    # much more organised", "everything ran a lot smoother from then on", "it just worked better after that".
    r"(?:is|was|are|were|became|become|got|gotten|felt|feels|seemed|seems|looked|looks) (?:now |just |all |"
    r"definitely |honestly )?" + _MUCH + " " + _BETTER,
    r"(?:runs|ran|works|worked|running|flowed|flows) (?:just |all |so )?(?:" + _MUCH + " )?" + _BETTER,
    # What people thought of it, in general words: "the store managers loved it", "loads of positive comments from
    # the players", "the feedback from the traders was overwhelmingly positive", "it was received really well".
    r"(?:[a-z]+s|they|everyone|everybody|staff|the (?:client|customer|business|board)) (?:all |really |absolutely |"
    r"genuinely |just )?(?:loved|liked|enjoyed|raved about|were (?:really )?keen on) (?:it|the (?:new )?[a-z]+)",
    r"(?:positive|glowing|great|good|nice|lovely|warm) (?:comments|reviews|responses|reactions|messages|notes|emails|"
    r"words)",
    r"(?:feedback|response|reception|reaction|reviews|comments)(?: (?:from|of) (?:the |our |my )?[\w-]+(?: [\w-]+)?)? "
    r"(?:was|were|has been|have been) (?:(?:really|very|overwhelmingly|super|all|universally|extremely|mostly) )*"
    r"(?:positive|great|good|glowing|warm|excellent|fantastic|amazing)",
    r"(?:was|were|got) (?:received|taken|picked up) (?:really |very |extremely |incredibly |super )?well|"
    r"went down (?:really |very |extremely )?well",
    r"(?:in|into) (?:a )?(?:much |far |way |a lot |so much )?(?:better|good|great|healthier|stronger) (?:state|shape|"
    r"position|spot)",
    r"(?:was|were) (?:considered|deemed|seen as|viewed as|regarded as|called) (?:a |an )?(?:big |huge |real |great |"
    r"total )?(?:success|successful|win)",
    r"(?:sales|business|bookings|orders|usage|adoption|engagement|traffic|demand|footfall|things) (?:really |"
    r"definitely |quickly |soon |noticeably )?picked up",
    # Used, adopted, done, told with no count: "people used it", "adopted by several teams", "got done eventually".
    r"(?:people|users|teams|customers|folks|everyone|staff|engineers) (?:\w+ )?(?:used|use|found) it(?: (?:really |"
    r"very |super |quite )?(?:useful|helpful|flexible|handy|valuable|easy|intuitive|great))?",
    r"(?:was|were|got|been) (?:picked up|adopted|taken up|used) by (?:several|many|a few|some|lots of|loads of|most|"
    r"multiple|other|a bunch of|a couple of|various|a number of)",
    r"(?:did|does|performed|held up) (?:okay|ok|alright|all right|fine|decently|reasonably well|pretty well|not bad)",
    r"(?:got|was|were) (?:done|finished|delivered|over the line) (?:eventually|in the end)",
    r"had a (?:really |very )?(?:great|good|brilliant|fantastic|lovely|fun) time",
    r"(?:spoke|speak) for themselves|(?:a |the )?(?:real |big |major )?turning point|(?:all )?came good",
    # An outcome told as a settling or an impression rather than a state: "the latency went back to normal", "it felt
    # like a responsible outcome".
    r"(?:went|got|came|was|were|is|are|been|getting|going|returned|settled) back to normal",
    r"(?:felt|feels|seemed|seems) like (?:a |an )?(?:really |very |pretty |much )?(?:[\w-]+ )?(?:outcome|result|win|"
    r"success|improvement|step forward)",
    # A good end told in general words: "it kind of worked out", "the new service was fine", "it sorted itself out".
    r"(?:it|things|everything|that|all) (?:(?:kind of|sort of|kinda|sorta|mostly|largely|basically|pretty much|all|"
    r"just) )*(?:worked out|sorted (?:itself|themselves) out|came right|fell into place)",
    r"(?:the new [\w-]+|it|things|everything) (?:was|were|has been|is|ended up|turned out) (?:(?:mostly|basically|"
    r"pretty much|totally|perfectly|absolutely|just|all) )?(?:fine|okay|ok|alright|all right)(?: in the end| after that|"
    r" afterwards| since)?[.!,;]",
)
# A comparison between two things seen ("way higher than for any other brand") is a symptom, not an outcome;
# one against the past ("much faster than before") is still an unmeasured outcome.
_COMPARED = lazy_compile(r"\s+than\b(?!\s+(?:before|it (?:used to|otherwise|would)|we (?:expected|had)|ever))", re.I)
# Who took a thing up, counted ("two other API teams have used it"): the count measures the adoption, even with a
# number word too small to count as a measure elsewhere.
_COUNTED_BEFORE = lazy_compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_USERS_OF_IT = lazy_compile(r"(?:people|users|teams|customers|folks|staff|engineers)\b.*\b(?:used|use)\b", re.I)
# Words before an outcome that make it a purpose, a test or a wish rather than a claim: "so you know it worked",
# "to check whether it helped", "we would have saved a lot of time".
_NOT_CLAIMED = lazy_compile(
    r"\b(?:know|knew|see|check|checked|checking|tell|whether|if|sure|confirm|verify|prove|test|until|unless|"
    r"would|could|might|will|should|'d|would have|could have|might have|would've|could've|hope|hoped|expect|expected|"
    r"assumed|assume|figured|presumed|guessed)"
    r"(?: that)?\s+$",
    re.I,
)
# Numbers taken from someone else rather than the candidate's own analysis.
SECONDHAND = Phrases(
    r"(?:my manager|(?:our|the|my) (?:engineering |product |program )?(?:pm|manager|director|vp|lead|head of [a-z]+|cfo|cto|ceo)|"
    r"product|finance|the finance team|leadership|management|the business|they|someone|the data team|analytics|the analysts?|"
    r"sales|marketing|my lead|the other team|support|the [a-z]+ team|customer success|research|hr|ops|the sre team|"
    r"the (?:[\w-]+ )?(?:nurse|sister|director|manager|owner|folks|people|analysts?|accountants?|controller|"
    r"consultants?|planners?|buyers?|account manager|head|lead|team))"
    r" (?:later |also |then |eventually )?(?:told|said|estimated|reported|mentioned|calculated|figured|claimed|shared|informed|reckoned|"
    r"let (?:me|us) know|presented|announced|confirmed|worked out|put|quoted|told us|came back)",
    r"according to (?:my manager|the pm|finance|them|the business|leadership|management|product|sales|marketing|"
    r"the data team|analytics|my lead|the report|someone|our (?:[a-z]+ )?(?:pm|manager|lead|director|vp|cfo|cto|ceo|"
    r"analysts?|team)|the [a-z]+ team|hr)",
    r"i (?:was told|heard|hear)(?: (?:that|it|we|they|from))?",
    r"(?:per|according to) (?:the|our|their) (?:[\w-]+ ){0,3}?(?:team|report|deck|slides?|dashboard|director|manager|"
    r"lead|pm|vp|cfo|analysts?|numbers)",
    r"apparently",
    r"(?:i'?m|i am) told",
    r"(?:someone|somebody) (?:from|in|on) [a-z]+ (?:said|told|estimated)",
    r"(?:i think|i believe) (?:it|they|finance|the pm) (?:said|estimated|calculated)",
    r"from what i (?:heard|was told|understand)",
    r"(?:which|that) (?:hr|finance|research|product|marketing|leadership|sales|the pm|my manager) (?:said|summari[sz]ed|estimated|calculated)",
    r"(?:was|were) (?:estimated|reported|calculated) by (?:finance|the [a-z]+ team|my manager|product|someone)",
)
# A party other than the candidate passing a figure on, named by trade, role, or the document they wrote: "legal told
# us", "the business case team estimated", "Amara's figures showed", "the vp of data said", "the postmortem put it".
_PARTY = (
    r"(?:(?:the|our|my|their|his|her|a|one) (?:[\w'’-]++ ){0,3}?(?:team|office|department|org|organi[sz]ation|group|"
    r"agency|vendor|partner|consultancy|consultants?|lead|manager|director|vp|head|board|analysts?|supervisor|"
    r"controller|owner|desk|committee|auditors?|noc|pmo|officer|executive|colleagues?|counterpart|contact|rep|"
    r"representative|sponsor|stakeholders?)(?: of [\w-]+)?|(?:legal|finance|finops|hr|sales|marketing|support|ops|"
    r"security|procurement|compliance|customer care|customer success|analytics|leadership|management|product|"
    r"the business|the board|the noc|the pmo)|[a-z]++['’]s (?:[\w-]++ )?(?:figures|numbers|report|analysis|data|survey|"
    r"estimate|spreadsheet|model|dashboard|update|review|letter|note|slides?)|the (?:quarterly |annual |monthly |yearly )?(?:[\w-]++ )?"
    r"(?:post-?mortem|business case|survey|audit|review|update|write-?up|deck|report))"
)
# Read only where no other reading has found a figure passed on, so it stays out of the shared scan of every text.
_TOLD_BY_OTHERS = lazy_compile(
    r"\b(?:"
    + _PARTY
    + r" (?:later |also |then |eventually |afterwards |had |has |have )?(?:told (?:us|me|everyone|the team|them)|"
    r"said|says|reported|reports|estimated|estimates|calculated|reckoned|reckons|figured|worked out|put (?:it|the "
    r"[\w-]+) at|came back with|showed|shows|credited|attributed|quoted|claimed|mentioned|announced|shared)"
    r"|(?:per|according to) " + _PARTY + r")\b",
    re.IGNORECASE,
)
# Quantities of a size or speed that nobody would believe.
_PERCENT = lazy_compile(r"(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent|per cent)", re.I)
_MULTIPLIER = lazy_compile(
    r"(\d[\d,]*(?:\.\d+)?)\s?(?:x\b|times (?:faster|more|higher|bigger|cheaper|better|quicker|larger|greater|as|over|less|"
    r"fewer|the|lower|smaller|cheaper)\b)",
    re.I,
)
_HUGE = lazy_compile(
    r"\b(?:\d[\d,.]*\s?(?:billion|bn|trillion)|\d{1,3}(?:,\d{3}){3,}|(?:a |one |two |ten |[a-z]+ )?(?:billion|trillion))\b",
    re.I,
)
_SHORT_WINDOW = lazy_compile(
    r"\b(?:in|within|over|per|a|one|the first|overnight|that|this|the same|its first|our first)\s?(?:a |one |single |"
    r"two |few )?(?:day|days|week|weeks|hour|hours|night|weekend|afternoon|morning|overnight)\b",
    re.I,
)
_DECREASE = lazy_compile(
    r"\b(?:reduc|cut\b|decreas|dropp|lower|slash|shrank|shrunk|shrink|saved|fewer\b|less\b|down\b|fell\b|fall|"
    r"trimm|shav)",
    re.I,
)
# What a change can shrink but never take to nothing: a cut of "100%" in these is not believable.
_NEVER_ZERO = lazy_compile(
    r"\b(?:latency|response times?|load times?|page loads?|wait(?:ing)? times?|run ?times?|build times?|duration|"
    r"lead times?|cycle times?|turnaround|processing times?)\b",
    re.I,
)
_PEOPLE_OR_MONEY = lazy_compile(
    r"\b(?:users|customers|sign[\s-]?ups|downloads|revenue|dollars|profit|subscribers|buyers|installs|sales)\b|[$£€]",
    re.I,
)
# Measures that stop at 100%.
_CAPPED = lazy_compile(
    r"\b(?:uptime|availability|accuracy|attendance|coverage|compliance|success rate|pass rate|hit rate|"
    r"on[\s-]time (?:rate|delivery)|accuracy rate)\b",
    re.I,
)
# Words that make a percentage a level reached rather than a change: "uptime went to 110%".
_LEVEL_BEFORE = lazy_compile(r"\b(?:to|at|of|hit|reached|reaching|hitting|was|were|is)\s+$", re.I)
# Everyone's opinion told as a total: "100% of our customers said it was the best feature".
_EVERYONE_PRAISED = lazy_compile(
    r"\s+of\s+(?:our |the |all |all of our |their )?(?:[\w-]+ )?(?:customers|users|clients|employees|staff|players|"
    r"shoppers|patients|people|stakeholders|engineers)\s+(?:\w+\s+)?(?:said|loved|liked|rated|agreed|praised|preferred|"
    r"were (?:happy|satisfied|delighted|thrilled)|gave|called)\b",
    re.I,
)
# The candidate's own junior standing, or their first weeks: "as an intern", "in my first month".
_JUNIOR = lazy_compile(
    r"\b(?:intern|internship|new grad|graduate|apprentice|junior|my first (?:week|month|job))\b", re.I
)
_GAINED = lazy_compile(
    r"\b(?:saved|saving|earned|generated|brought in|made|added|revenue|signed up|sign[\s-]?ups)\b", re.I
)
_A_MONTH = lazy_compile(r"\b(?:in|within) (?:a|one|the first|a single) month\b", re.I)
_ABSOLUTE = lazy_compile(
    r"\b(?:every single|all) (?:bug|bugs|defect|defects|incident|incidents)\b.{0,40}\b(?:forever|ever|again)\b|"
    r"\bevery single [\w-]+(?: [\w-]+)?\b.{0,30}\bforever\b|\b(?:got rid of|wiped out|stopped)\b.{0,30}\bforever\b|\b(?:zero|no) (?:bugs|defects|incidents) (?:ever|forever)\b|"
    r"\b(?:fixed|solved|eliminated|gone|ended|removed|killed|saved)\b.{0,30}\bforever\b",
    re.I,
)


# Words around a cause phrase that say no cause was named: it was never found, it would be found, the "issue"
# is a ticket being handled, the outcome "turned out" as predicted, the people blamed for it.
_NEGATION = frozenset(
    "never not nobody without didnt wasnt werent couldnt hadnt hasnt havent dont doesnt isnt wouldnt cant".split()
)
# Words that may stand between a negation and the cause phrase: "never really figured out what".
_NEGATED_SEARCH = frozenset(
    "fully really actually quite ever yet sure clear get got to find found figure figured work worked pin pinned down "
    "identify identified know knew out what why of on the a an exactly one".split()
)
_HYPOTHETICAL = frozenset({"once", "if", "until"})
_CAUSE_HANDLED = lazy_compile(
    r"\s*(?:immediately |then |quickly |eventually |finally |later |also |still |all |already )?(?:escalated|raised|reported|"
    r"assigned|logged|closed|resolved|fixed|flagged|discussed|handed|passed|triaged|prioriti[sz]ed|picked up|ticketed|"
    r"tracked|reviewed|deferred|rated|marked|added|put|sent|shared|presented|approved|owned|scheduled)\b",
    re.I,
)
_TURNED_OUT_AS_SAID = lazy_compile(
    r"\s+(?:that )?(?:(?:i|we|they|he|she) (?:was|were) (?:right|wrong)|to be (?:the )?(?:right|correct|wrong|a good|"
    r"a great|the best)|(?:really |pretty |very )?(?:well|fine|great|okay|ok|badly))\b",
    re.I,
)
# What follows "the problem was" when it tells how bad or how known the problem was, or what it asked of us.
_NOT_A_CAUSE_AFTER = lazy_compile(
    r"\s+(?:(?:really |very |pretty |quite |so |extremely |fairly )?(?:urgent|serious|severe|critical|huge|"
    r"complicated|tricky|difficult|visible|costly|expensive|painful|intermittent|small|minor|trivial|tiny)|still|"
    r"probably|maybe|possibly|perhaps|likely|something to do with|some sort of|some kind of|"
    r"unknown|unclear|not (?:clear|known|obvious)|never (?:found|clear)|the (?:deadline|timeline|budget|time ?frame)|"
    r"that (?:we|i) (?:only |just )?(?:had|have|didn'?t have|did not have|lacked|needed) (?:[\w-]+ )?(?:weeks?|days?|"
    r"months?|time|budget|people|engineers|headcount|money|resources|hands))\b",
    re.IGNORECASE,
)
# A state or an owner given as the reason for a choice, not a mechanism found: "because the change was pretty small",
# "because the cluster wasn't really our team's".
_STATE_AFTER = lazy_compile(
    r"\s+(?:not\s+)?(?:(?:really|very|so|too|pretty|quite|fairly|super|rather|a bit|kind of|sort of|obviously|clearly|"
    r"still|already|just|always|a lot)\s+)*(?:(?:small|tight|big|large|huge|new|old|young|slow|fast|quick|simple|easy|"
    r"hard(?![\s-]?coded)|difficult|noisy|messy|busy|late|urgent|important|critical|obvious|clear|visible|correct|right|wrong|fine|ok|"
    r"okay|good|bad|great|cheap|expensive|risky|safe|complex|complicated|ready|unclear|short|long|stable|solid|"
    r"confusing|vague|limited|high|low|fragile|immature|mature|ours|mine|theirs)\b|(?:our|my|their|his|her|someone "
    r"else)['’]?s?\s+(?:[\w-]+['’]s|own)\b|(?:our|my|their) (?:call|decision|job|problem|area|service|code)\b)",
    re.IGNORECASE,
)
# "The reason I took it on was…": a reason for the candidate's own choice, not a cause found.
_OWN_REASON = lazy_compile(r"\breason (?:why |that )?(?:i|we)\b")
_PEOPLE_TO_BLAME = lazy_compile(
    r"\s*(?:the |our |their )?(?:other |[a-z]+ )?(?:team|teams|management|leadership|managers?|directors?|"
    r"stakeholders)\b(?!['’])",
    re.IGNORECASE,
)
# A clause whose subject is a person, up to the mechanism verb that follows it.
_PERSON_ACTS = lazy_compile(
    r"(?:^|[.;:!?,\n]\s*|\b(?:and|then|but)\s+)(?:i|we|you|he|she|they|i'd|we'd|someone|somebody|the (?:[\w-]+ )?"
    r"(?:team|teams|manager|lead|engineers?))\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = ".;:!?\n"
# A finding made by someone other than the candidate, or a trend noticed in a symptom rather than its cause.
_FINDING_VERBS = (
    "found",
    "saw",
    "noticed",
    "realised",
    "realized",
    "discovered",
    "spotted",
    "confirmed",
    "showed",
    "figured",
    "worked out",
)
_OTHER_FINDERS = frozenset(
    "he she they team teams engineer engineers lead leads manager sre sres analyst analysts colleague colleagues "
    "teammate teammates someone somebody vendor support qa".split()
)
_TREND = frozenset(
    "crept creeping grown growing risen rising climbed climbing increased increasing doubled tripled jumped spiked "
    "spiking dropped dropping fallen falling decreased decreasing slowed slowing".split()
)
_PEOPLE_AS_CAUSE = lazy_compile(
    r"\s*(?:the |our |their |a |an )?(?:[a-z]+ )?(?:team|teams|people|management|leadership|product|business|clients?|customers?|managers?|"
    r"directors?|vp|stakeholders)\b",
    re.I,
)


# Each cause phrase's verdict: the whole answer and its parts share them.
_cause_verdicts: SpanMemo[bool] = SpanMemo()


def root_cause(p: Passage) -> Finding | None:
    named = []
    for hit in p.find(CAUSE):
        if (
            p.section != "action"
            and p.text.startswith(_BARE_REASONS, hit.start())
            and not p.text.startswith(_NAMED_REASON, hit.start())
            and not p.memo(_looked_into)
        ):
            continue  # a reason with no looking behind it, outside the steps: context, or a motive, not a cause found
        if _cause_verdicts.get(p.text, hit.span(), partial(_names_a_cause, p.text, hit)):
            named.append(hit)
            if len(named) == 3:  # as many as are cited
                break
    # Without a cause phrase, a mechanism told plainly after a look of the candidate's own.
    cited: list[Hit] | list[tuple[int, int]] = named or p.memo(_mechanisms_found)
    if not cited:
        return None
    evidence = p.cite(cited, 3)
    return finding(
        "root_cause", "major", f"You name the cause, not just the symptom: {quote(evidence[0].text)}.", evidence
    )


# A thing's faulty state, told plainly once the candidate had looked: "the update had changed the units", "the round
# had no rubric", "the job was still pointed at the old host". Not "didn't" with a verb: after a look it tells what
# went wrong ("the page didn't load") as often as why.
_FAULTY_STATE = lazy_compile(
    r"\b(?:(?:had|has) (?:no|never)|(?:was|were) (?:missing|never)|never (?:[a-z]+ed|ran|set|got|sent|read|wrote|held|"
    r"kept)|(?:was|were) (?:still |silently |quietly |"
    r"actually )?(?:set|pointed|pointing|hard[\s-]?coded|configured|defaulting|capped|limited|keyed) (?:to|at|on|by)|"
    r"had (?:been )?(?:changed|switched|flipped|renamed|moved|dropped|removed|reset|doubled|overwritten) [\w-]+|"
    r"(?:used|shared|reused) the same)\b",
    re.IGNORECASE,
)
# What opens the thing in that state: "the", "our", "its" up to four words before it, or "it" just before.
_THING_OPENERS = frozenset("the our their its this that each every".split())
# Subjects of that state that are people, not things: their wants and habits are not a mechanism found.
_PERSON_SUBJECT = frozenset(
    "team teams people customers customer users user manager managers engineers engineer lead leads staff director "
    "i we you he she they everyone nobody someone company business stakeholders clients client".split()
)


def _mechanisms_found(p: Passage) -> list[tuple[int, int]]:
    """Return a thing's faulty state told just after the candidate looked into something (pulled, timed, dumped,
    traced), in the rest of that sentence or the next: a mechanism found without a word that names it a cause.

    Only the looking is read, not the verbs of finding: "I noticed the dashboard wasn't..." tells a symptom more often
    than a cause, and a cause found is already heard in the phrases after those verbs."""
    if not p.units or p.section not in _STEPS_TOLD:
        return []
    text = p.text
    first, limit = p.units[0].start, p.units[-1].end
    searched = 0
    # The answer's acts, read before the passage's own are worked out: almost all are passed over by their verb.
    for act in [act for act in p.all_acts if act.verb in _LOOKING]:
        if act.actor != "i" or act.hypothetical or act.relative or not first <= act.start < limit:
            continue
        if p.unit_of(act.start) is None or text.startswith(" with ", act.end):
            continue  # talk, not a look: "checked with my manager", "sat with the analysts"
        end = act.end
        for _ in range(2):
            stop = _SENTENCE_END.search(text, end, limit)
            end = stop.end() if stop else limit
        for m in _FAULTY_STATE.finditer(text, max(act.end, searched), end):
            low = max(act.end, m.start() - 40)
            words = list(_WORD.finditer(text, low, m.start()))[-4:]
            subject = [w.group().lower() for w in words]
            if _MEANS_LACKED.match(text, m.end()):
                continue  # means lacked, not a mechanism: "the project had no budget left"
            if subject[-1:] in (["it"], ["which"]) or (
                _THING_OPENERS.intersection(subject) and not _PERSON_SUBJECT.intersection(subject)
            ):
                return [(words[0].start(), m.end())]
        searched = end
    return []


_SENTENCE_END = lazy_compile(r"[.!?\n]\s")
_MEANS_LACKED = lazy_compile(
    r"\s+(?:more |spare |real |extra )?(?:time(?![\s-]?zone)|budget|money|funding|people|headcount|staff|capacity|bandwidth|resources?)\b"
)
# Where a look into the problem is told: the steps, or a whole answer or follow-up holding them.
_STEPS_TOLD = frozenset({"answer", "followup", "action"})
_WORD = lazy_compile(r"[\w'’-]+")


# Reasons said in passing ("because the site was slow", "which is why the team..."): in a whole story, a cause found
# only where the candidate looked into something, before or after the reason is given.
_BARE_REASONS = ("because ", "Because ", "which is ", "which was why", "which is why")
# A mechanism named as the reason ("because of a rounding bug") needs no looking behind it.
_NAMED_REASON = ("because of ", "Because of ")
# Ways of looking into a problem, beside the verbs of finding.
_LOOKING = frozenset(
    "pulled checked looked timed compared read dug went ran replayed logged sampled grouped sorted categorised "
    "categorized counted graphed plotted queried audited inspected examined analysed analyzed profiled benchmarked "
    "tested traced reproduced watched sat dumped diffed split tagged broke instrumented mapped walked asked "
    "interviewed opened stepped followed tracked".split()
)


def _looked_into(p: Passage) -> bool:
    """Say whether the candidate looked into something: found, traced, pulled, timed, compared."""
    for act in p.acts:
        if (
            act.actor in ("i", "we")
            and not act.hypothetical
            and (act.verb_class == "discovery" or act.verb.lower() in _LOOKING)
        ):
            return True
    return False


def _names_a_cause(text: str, hit: Hit) -> bool:
    """Say whether a cause phrase names a cause found, judged by the words just before and after it."""
    start, end = hit.span()
    before = text[max(0, start - 60) : start].lower()
    if _unfound(before.split()):
        return False
    words = hit.group().lower()
    if words.startswith(("i ", "we ")) and before.split()[-1:] and before.split()[-1] in _HYPOTHETICAL:
        return False  # a finding still to come: "once I found the cause I'd fix it"
    if words.endswith(("was", "were", "is")) and (
        _CAUSE_HANDLED.match(text, end)
        or words.startswith("the ")
        and (_NOT_A_CAUSE_AFTER.match(text, end) or _OWN_REASON.search(words))
    ):
        return False
    if " so " in words and (" so that " in words or _PERSON_ACTS.search(before)):
        return False  # a person's step and its purpose or toll ("I cached it, so that we never..."), not a mechanism
    if (
        words.startswith(("because i ", "because we ", "because he ", "because she ", "because you "))
        and " never " in words
    ):
        return False  # a person's inexperience, not a mechanism: "because I had never written Terraform"
    if words.startswith("because ") and words.endswith(("was", "were", "wasn't", "weren't", "had")):
        if _STATE_AFTER.match(text, end):
            return False
    if words.endswith(("caused by", "due to")) and _PEOPLE_TO_BLAME.match(text, end):
        return False  # blame, not a cause: "the delays were caused by the other team being slow"
    if words == "turned out" and (_TURNED_OUT_AS_SAID.match(text, end) or before.endswith("as it ")):
        return False
    if words.startswith(_FINDING_VERBS):
        if before.split()[-1:] and before.split()[-1].strip(",") in _OTHER_FINDERS:
            return False  # someone else's finding: "Priya, one of our engineers, found that..."
        if not words.startswith(("figured", "worked")) and _trend_follows(text, end):
            return False  # a symptom's trend noticed, not its cause: "noticed that build times had crept up"
    if words.startswith(("came ", "come ", "comes ", "coming ")) and before.split()[-1:] in (
        ["who"],
        ["who'd"],
        ["he"],
        ["she"],
        ["they"],
        ["i"],
        ["we"],
        ["i'd"],
        ["we'd"],
    ):
        return False  # where a person came from: "a teammate who'd come from a bootcamp"
    source = words.rfind(" from")
    return source < 0 or not _PEOPLE_AS_CAUSE.match(text, start + source + len(" from"))


def _trend_follows(text: str, end: int) -> bool:
    """Say whether the clause after a finding tells a measure rising or falling ("had crept up", "was going down")."""
    words = re.split(r"[.;:!?\n]", text[end : end + 70], maxsplit=1)[0].lower().split()
    for index, word in enumerate(words):
        if word in _TREND or word in ("gone", "going") and words[index + 1 : index + 2] in (["up"], ["down"]):
            return True
    return False


def _unfound(preceding: list[str]) -> bool:
    """Say whether the words before a cause phrase deny or defer finding it ("we never really", "once I")."""
    if len(preceding) >= 2 and preceding[-1] in ("i", "we") and preceding[-2] in _HYPOTHETICAL:
        return True
    for index in range(len(preceding) - 1, -1, -1):
        word = preceding[index]
        if word[-1] in _CLAUSE_ENDS:  # the clause before this one
            return False
        if word in _NEGATION or word.endswith(("n't", "n’t")) or word == "one" and preceding[index - 1] == "no":
            return True
        if word not in _NEGATED_SEARCH:
            return False
    return False


def verification(p: Passage) -> Finding | None:
    matches = p.find(VERIFY)
    if _assumptions(p) and len(matches) < 2:
        return None
    monitored = [m for m in matches if re.match(r"(?:i|we) (?:monitored|watched|tracked)", m.group(), re.I)]
    for match in monitored:
        unit = p.unit_of(match.start())
        if unit is not None and not unit.numeric:
            matches.remove(match)
    # Working beside people ("side by side with the designers") is not running two versions together.
    if any(m.group()[:4].lower() == "side" for m in matches):
        matches = [m for m in matches if m.group()[:4].lower() != "side" or not _BESIDE_PEOPLE.match(p.text, m.end())]
    # Checking in with people, comparing notes, testing the waters: talk, not a check of the work.
    matches = [m for m in matches if not _NOT_A_CHECK.match(p.text, m.end())]
    # A plan agreed, not a check: "to confirm the budget with finance".
    matches = [m for m in matches if m.group()[:3].lower() != "to " or not _NOT_OWN.match(p.text, m.end())]
    if not matches:
        checks = _measured_own_checks(p)
        if checks:
            return finding(
                "verification", "major", f"You show how you know it worked: {quote(checks[0].verb)}.", p.cite(checks, 3)
            )
        # Failing a check of the candidate's own, the state watched with its figure over a window after the step.
        matches = _watched_changes(p)
        if not matches:
            return None
    return finding(
        "verification", "major", f"You show how you know it worked: {quote(matches[0].group())}.", p.cite(matches, 3)
    )


# The checks a candidate tells as their own step, in any wording around them ("ran both stores in parallel and
# compared every query's results", "changed the matcher and tested it against the last three closes").
_CHECK_VERBS = frozenset(
    "measured compared tested retested re-tested verified confirmed counted recounted timed benchmarked reconciled "
    "replayed reran re-ran validated sampled audited diffed checked rechecked re-checked queried searched tracked "
    "monitored watched".split()
)


_WATCHING = frozenset({"tracked", "monitored", "watched"})
# The window a measured change was seen over: "within ten minutes of the rollback", "across the next fourteen
# releases", "in the eighteen months since".
_WINDOW = lazy_compile(
    r"\b(?:within (?:the |an? |about |around )?(?:[\w-]+ )?(?:minutes?|hours?|days?|weeks?|the hour|a day)|"
    r"(?:over|across|during|in|for) the (?:next|following|first) (?:[\w-]+ )?(?:days?|weeks?|months?|quarters?|"
    r"releases?|sprints?|runs?|cycles?|closes?)|(?:in|over) the (?:[\w-]+ ){1,2}(?:days?|weeks?|months?|years?) since)\b",
    re.IGNORECASE,
)


def _watched_changes(p: Passage) -> list[Hit]:
    """Return the measured changes told over a window after the candidate's step, in the candidate's own words (no
    one else reports them, nothing is guessed): the state seen, with its figure, over time."""
    hits = []
    context = _context_units(p)
    for unit, m in CHANGE.in_units(p.units):
        if id(unit) in context or not unit.numeric or _WINDOW.search(unit.text, unit.start, unit.end) is None:
            continue
        if any(
            family.search(unit.text, unit.start, unit.end)
            for family in (REPORTED, SECONDHAND, PROJECTED, GUESSED_FIGURE)
        ):
            continue
        hits.append(m)
    # Figures no one would believe are no proof of anything.
    return hits if hits and implausible_claim(p) is None else []


def _measured_own_checks(p: Passage) -> list[Act]:
    """Return the checks the candidate made themselves, each with a figure in its sentence."""
    text = p.text
    checks = []
    for act in p.acts:
        if act.actor != "i" or act.hypothetical or act.relative or act.verb.lower() not in _CHECK_VERBS:
            continue
        if _NOT_A_CHECK.match(text, act.end) or _DENIED_BEFORE.search(text, max(0, act.start - 30), act.start):
            continue
        if act.verb.lower() == "checked" and text[act.end : act.end + 6].lower() == " with ":
            continue  # talk, not a check: "checked with the account managers"
        opening = max(text.rfind(stop, 0, act.start) for stop in ".!?\n") + 1
        # Watching with no figure of its own is no check: the figure must be in the watching's own clause.
        close = (CLAUSE_STOP if act.verb.lower() in _WATCHING else FULL_STOP).search(text, act.end)
        if has_number(text, opening, close.start() if close is not None else len(text)):
            checks.append(act)
    return checks


_NOT_OWN = lazy_compile(
    r"\s*(?:[\w-]+ ){0,3}?(?:budget|date|deadline|plan|scope|approach|priorit\w+|timeline|with)\b", re.I
)
_NOT_A_CHECK = lazy_compile(
    r"\s+(?:in (?:with|on)|notes|the waters|back in|up on (?:me|him|her|them|the team)|with (?:the |my |our |his |her |"
    r"their )?(?:pm|manager|lead|boss|director|vp|product|legal|finance|hr|stakeholders?)\b)\b",
    re.I,
)


def unverified(p: Passage) -> Finding | None:
    matches = _assumptions(p)
    if not matches:
        matches = [
            m
            for m in _outside_context(p, list(UNSURE.in_units(p.units)))
            if not _settled(p, m) and not in_rejected_course(p.text, m.start())
        ]
        if not matches and not p.find(VERIFY):
            # With no check of their own, an outcome that rests on someone else's word, or on a guess, is not verified.
            matches = _passed_on(p)
            hearsay = [(unit, m) for family in (REPORTED, GUESSED_FIGURE) for unit, m in family.in_units(p.units)]
            matches += _outside_context(
                p, [(unit, m) for unit, m in hearsay if unit.numeric and not _own_or_checked(p, unit, m)]
            )
            matches.sort(key=Hit.start)
    if matches:
        return finding(
            "unverified",
            "major" if p.principle_slug_in("dive-deep", "insist-on-the-highest-standards") else "minor",
            f"{quote(matches[0].group())}: that is an assumption, not proof. Say what you measured or tested.",
            p.cite(matches, 3),
        )
    return None


def _assumptions(p: Passage) -> list[Hit]:
    """Return what the candidate took on trust and never tested, in text order (asked by two detectors)."""
    return p.memo(_find_assumptions)


def _find_assumptions(p: Passage) -> list[Hit]:
    untested = [
        m
        for m in p.find(ASSUMPTION)
        if TESTED_AFTER.search(p.text, m.end(), min(len(p.text), m.end() + 80)) is None
        and not in_rejected_course(p.text, m.start())
        and _OTHERS_ASSUMED.search(p.text, max(0, m.start() - 40), m.start()) is None
    ]
    assumed = [m for m in p.find(ASSUMED) if not _settled(p, m) and not in_rejected_course(p.text, m.start())]
    if assumed and _measured_check(p):
        assumed = []  # "no complaints since", told after the candidate's own measured check, is colour, not proof
    return sorted([*assumed, *untested], key=Hit.start)


def _measured_check(p: Passage) -> bool:
    """Say whether the candidate tells, anywhere in the answer, a check they made themselves with a figure in its
    sentence ("I replayed a week of traffic through it and found zero duplicates")."""
    return _measured_checks.get(p.text, (0, len(p.text)), partial(_find_measured_check, p))


def _find_measured_check(p: Passage) -> bool:
    text = p.text
    for check in VERIFY.finditer(text):
        opening = max(text.rfind(stop, 0, check.start()) for stop in ".!?\n") + 1
        close = CLAUSE_STOP.search(text, check.end())
        closing = close.start() if close is not None else len(text)
        if (
            has_number(text, opening, closing)
            and _DENIED_BEFORE.search(text, max(opening, check.start() - 50), check.start()) is None
            and not re.match(r"(?:i|we) (?:monitored|watched|tracked)", check.group(), re.I)
            and any(
                check.start() <= a.start < check.end() and a.actor == "i" and not a.hypothetical for a in p.all_acts
            )
        ):
            return True
    return False


# Whether an answer tells a measured check of the candidate's own: the whole answer and its parts share it.
_measured_checks: SpanMemo[bool] = SpanMemo()


# What follows a doubt in its own sentence (or opens the next one, told by "I" or "we") and settles it: a turn
# ("…looked fine, but when I split it by region"), a check of one's own ("…so I reconstructed it from the logs"),
# or the miss owned ("…which was a mistake"). Verbs that also tell moving on ("we ran with it", "pulled the old
# servers", "split the team") count only with what makes them a check.
_CHECKING = (
    r"(?:re-?ran|ran(?! with| out| into| over| away| behind| late| short| off| the (?:team|show|project|meeting))|"
    r"checked(?! in| with| back)|tested|measured|compared|replayed|verified|timed|timing|reconstructed|rebuilt|"
    r"pulled (?:the |a |an |our |their |my |every |all )?(?:[\w-]+ ){0,2}?(?:logs|numbers|data|traces|records|metrics|"
    r"figures|counts|dumps?|samples?|history|ledger)|"
    r"split (?:it|them|the [\w-]+(?: [\w-]+)?) (?:out )?by|broke (?:it|them|the [\w-]+(?: [\w-]+)?) down|"
    r"dug|confirmed|profiled|traced|benchmarked|load[\s-]tested|looked (?:at|into|closer)|went through|read through|"
    r"went back (?:and|to) (?:re-?)?(?:check|look|measure|verify|confirm|compare|count|pull|read)|counted|sampled|queried|graphed|plotted|instrumented|diffed|reconciled|reproduced|audited|"
    r"spot[\s-]checked|interviewed|surveyed|visited|shadowed|sat (?:in on|with)|rode along|"
    r"held (?:it|the [\w-]+) (?:back )?for|added an? (?:[\w-]+ )?(?:metric|alert|test|dashboard|check)|"
    r"now (?:have|run) an? (?:[\w-]+ )?(?:alert|test|check|dashboard|metric|drill))"
)
_NOT = (
    r"(?:never|not|no|nothing|cannot|\w+n[’']t|didnt|dont|doesnt|wasnt|werent|couldnt|hadnt|havent|hasnt|wouldnt|cant)"
)
_SETTLED_AFTER = lazy_compile(
    r"(?:[^.!?;]|(?<=\d)\.(?=\d)|[.;]\s+(?=(?:so |then |but |instead |and )?(?:i|we)\b)){0,160}?\b(?:(?:but|"
    r"however|so|then|until|"
    r"before|and|instead)?(?: when| after| once)? ?(?:i|we) (?:(?!"
    + _NOT
    + r" )[\w']+ ){0,6}?"
    + _CHECKING
    + r"|(?:which|that|and that) (?:is|was) (?:on me|my (?:mistake|miss|fault)|a mistake)|my (?:mistake|miss|fault)|"
    r"(?:i|we) should have|because (?:they|people|users|nobody)(?! (?:\w+ )?(?:complained|raised|reported|said|"
    r"mentioned|noticed|asked)))\b",
    re.IGNORECASE,
)
_NEGATED = lazy_compile(r"\b" + _NOT + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
# A check denied a few words before it: "didn't really get a chance to do a full reproduction".
_DENIED_BEFORE = lazy_compile(r"\b" + _NOT + r"\b[\w\s'’]{0,40}$", re.IGNORECASE)


def _settled(p: Passage, m: Hit) -> bool:
    """Say whether a doubt is settled in its own sentence: by a turn, a check of one's own, or the miss owned that
    follows it, or by a check or a measured change told after it."""
    if _SETTLED_AFTER.match(p.text, m.end()) is not None:
        return True
    stop = CLAUSE_STOP.search(p.text, m.end(), m.end() + 200)
    end = stop.start() if stop is not None else min(len(p.text), m.end() + 200)
    check = VERIFY.search(p.text, m.end(), end)
    if check is not None and _NEGATED.search(p.text, max(m.end(), check.start() - 16), check.start()) is None:
        return True
    # "Things calmed down: the pager went from nine alerts a night to one" is measured, not assumed.
    change = CHANGE.search(p.text, m.end(), end)
    return change is not None and has_number(p.text, m.end(), end)


def _deltas(p: Passage) -> list[tuple[int, int]]:
    return p.memo(_find_deltas)


def _find_deltas(p: Passage) -> list[tuple[int, int]]:
    spans = []
    for unit, match in CHANGE.in_units(p.units):
        if not (unit.numeric or re.search(r"halved|doubled|tripled|tenfold|zero", match.group(), re.I)):
            continue
        if _set_or_proposed(p.text, match):
            continue
        spans.append((match.start(), match.end()))
    if not spans:
        spans = _levels_then_and_now(p)
    return spans


# A level told as it was and as it is, each with its figure, in one sentence or two next to each other: "the export
# used to take five hours; after my change it finishes in forty minutes", "before the fix we saw one crash in two
# hundred sessions and afterwards one in ten thousand".
_THEN = lazy_compile(
    r"\b(?:used to|had been|was taking|were taking|previously|before (?:the|my|our|this|that|we|i|it)\b|the (?:year|"
    r"month|quarter|week) before|last (?:year|quarter|month)|originally|back then|at the start|initially)\b",
    re.IGNORECASE,
)
_NOW = lazy_compile(
    r"\b(?:now|nowadays|these days|today|afterwards|after (?:the|my|our|that|this|it|we|i)\b|since (?:the|my|our|that|"
    r"then)\b|by the end|ever since)\b",
    re.IGNORECASE,
)


def _levels_then_and_now(p: Passage) -> list[tuple[int, int]]:
    units = p.units
    for at, unit in enumerate(units):
        if not unit.numeric:
            continue
        then = _THEN.search(unit.text, unit.start, unit.end)
        if then is None:
            continue
        following = units[at + 1] if at + 1 < len(units) and units[at + 1].numeric else None
        end = following.end if following is not None else unit.end
        now = _NOW.search(unit.text, then.end(), end)
        if (
            now is None
            or not has_number(unit.text, then.end(), now.start())
            or not has_number(unit.text, now.end(), end)
        ):
            continue
        if _PROPOSED_BEFORE.search(unit.text, max(0, then.start() - 100), then.start()):
            continue
        return [(then.start(), now.end())]
    return []


# A value someone set rather than a measure that moved: "the pool size from 20 to 100", "retry settings from 5 to 2".
_SETTING_BEFORE = lazy_compile(
    r"\b(?:settings?|size|count|limit|timeout|threshold|replicas|instances|pool|workers|concurrency|ttl|interval|"
    r"quota|number of [\w-]+(?: (?:per|a|an|each) [\w-]+)?)\s+$",
    re.IGNORECASE,
)
# A change put forward, not made: "proposed cutting the test cycle from three weeks to one".
_PROPOSED_BEFORE = lazy_compile(
    r"\b(?:proposed|proposing|suggested|suggesting|wanted to|planned to|would|could|should|might)\b[^.;!?]{0,90}$",
    re.IGNORECASE,
)
# A figure set against a target, not against the state before: "38 minutes against a 60-minute target".
_AGAINST_TARGET = lazy_compile(
    r"[^.;!?]{0,25}?\b(?:target|goal|budget|limit|sla|slo|estimate|threshold|ceiling|cap|plan)\b", re.IGNORECASE
)


# A figure chosen over another, not a measure that moved: "picked 4 regions rather than the 6 on offer" (in the
# same clause: "used the new index and it ran in 3 seconds instead of 50" is a measure).
_CHOSEN_BEFORE = lazy_compile(
    r"\b(?:chose|chosen|choose|picked|opted for|went with|go with|settled on|decided on|hired|bought|booked|ordered|"
    r"routed|asked for)\b(?:(?!\b(?:and|so|which|then|now|but)\b)[^.;!?,]){0,60}$",
    re.IGNORECASE,
)


def _set_or_proposed(text: str, match: Hit) -> bool:
    """Say whether a change is a value someone set, chose or proposed, or a figure held against a target, not a
    measure of what moved."""
    said = match.group().lower()
    if said.startswith(("against", "compared", "versus", "vs")):
        return _AGAINST_TARGET.match(text, match.end()) is not None
    if said.startswith(("instead", "rather")):
        return _CHOSEN_BEFORE.search(text, max(0, match.start() - 70), match.start()) is not None
    if not said.startswith("from"):
        return False
    before = max(0, match.start() - 100)
    return (
        _SETTING_BEFORE.search(text, before, match.start()) is not None
        or _PROPOSED_BEFORE.search(text, before, match.start()) is not None
    )


def metric_delta(p: Passage) -> Finding | None:
    spans = _deltas(p)
    if not spans:
        return None
    first = p.text[spans[0][0] : spans[0][1]]
    return finding("metric_delta", "major", f"A measured before-and-after: {quote(first)}.", p.cite(spans, 3))


def no_quantification(p: Passage) -> Finding | None:
    if p.section not in ("result", "answer"):
        return None
    steps: list[Unit] = []
    if p.section == "result":
        scope = list(p.units)
    else:
        # Where the parts do not show a result, the outcome is told at the end of the story; a figure there that
        # sets the scene before the first step, or belongs to the lesson, does not measure it.
        ending = len(p.text) / 2
        told = _context_units(p) | {id(u) for u in p.part("reflection")} if p.parts.get("action") else set()
        scope = p.part("result") or [u for u in p.units if u.end > ending and id(u) not in told]
        # An outcome told among the steps ("this January the update took forty minutes") is still measured.
        steps = p.part("action")
    if any(u.numeric for u in scope) or any(u.numeric and _outcome_among_steps(u) for u in steps) or _deltas(p):
        return None
    worded = {id(unit) for unit, _ in MEASURED_IN_WORDS.in_units(p.units)}
    if worded and (
        any(id(u) in worded for u in scope) or any(id(u) in worded and _outcome_among_steps(u) for u in steps)
    ):
        return None
    if p.section == "answer" and off_topic(p) is not None:
        return None  # a plan or a complaint, not a story: there is no result to measure
    return finding(
        "no_quantification",
        "major",
        "The result has no measure at all: give a number (before and after, time saved, customers affected).",
    )


def _outcome_among_steps(unit: Unit) -> bool:
    """Say whether a step's sentence tells an outcome: a change, or how long it now takes, or when it came back."""
    return bool(CHANGE.count(unit.text, unit.start, unit.end) or OUTCOME_CUES.count(unit.text, unit.start, unit.end))


def business_impact(p: Passage) -> Finding | None:
    spans: list[tuple[int, int]] = []
    scope = p.part("result", "answer") or p.units
    hits = list(IMPACT.in_units(scope))
    more = list(WORTH.in_units(scope))
    if more:
        hits = sorted(hits + more, key=lambda pair: pair[1].start())
    judged: dict[int, bool] = {}  # a unit's verdict, asked once however many hits it holds
    for unit, match in hits:
        if id(unit) not in judged:
            judged[id(unit)] = _measured_worth(unit)
        if judged[id(unit)]:
            spans.append((match.start(), match.end()))
            if len(spans) == 3:  # as many as are cited
                break
    if not spans:
        return None
    holder = p.unit_of(spans[0][0])
    context = holder.value if holder else p.text[spans[0][0] : spans[0][1]]
    return finding(
        "business_impact", "major", f"The outcome is tied to what it was worth: {quote(context, 80)}.", p.cite(spans, 3)
    )


def _measured_worth(unit: Unit) -> bool:
    """Say whether a unit tells an outcome's worth as the candidate's own measure: a figure or a change, and neither
    someone else's figure nor a forecast."""
    text, start, end = unit.text, unit.start, unit.end
    if not (unit.numeric or CHANGE.search(text, start, end)):
        return False
    return not (SECONDHAND.search(text, start, end) or PROJECTED.search(text, start, end))


def vague_result(p: Passage) -> Finding | None:
    # A lesson's general claim ("it is faster when one person goes deep") is judged as a reflection, not a result.
    lessons = set(lesson_units(p))
    hits = list(VAGUE.in_units(p.units))
    spans = []
    if hits:
        index = {id(unit): i for i, unit in enumerate(p.units)}
        spans = [
            m for unit, m in hits if unit not in lessons and not _change_near(p, unit, m, index) and _claimed(p, m)
        ]
    spans += _unmeasured_claims(p, lessons)
    spans.sort(key=Hit.start)
    if not spans:
        return None
    return finding(
        "vague_result",
        "major" if p.section == "result" else "minor",
        f"{quote(spans[0].group())} says nothing an interviewer can weigh: name what changed, by how much.",
        p.cite(spans, 3),
    )


def _unmeasured_claims(p: Passage, lessons: set[Unit]) -> list[Hit]:
    """Return outcomes told in words of feeling, praise or size, with no figure in their sentence or the next."""
    hits = list(UNMEASURED.in_units(p.units))
    if not hits:
        return []
    index = {id(unit): i for i, unit in enumerate(p.units)}
    context = _context_units(p)
    claims = []
    for unit, match in hits:
        if unit in lessons or id(unit) in context or _measured_near(p, unit, index):
            continue
        if _reaction_along_the_way(p, unit):
            continue
        if _COMPARED.match(p.text, match.end()) or _NOT_CLAIMED.search(
            p.text, max(0, match.start() - 30), match.start()
        ):
            continue
        if _COUNTED_BEFORE.search(p.text, max(0, match.start() - 30), match.start()) and _USERS_OF_IT.match(
            match.group()
        ):
            continue  # "two other teams have used it since": how many took it up is the measure
        if _claimed(p, match):
            claims.append(match)
    return claims


# How many of the candidate's own steps, told after a feeling, make it a reaction along the way.
_STEPS_AFTER_A_REACTION = 3


def _reaction_along_the_way(p: Passage, unit: Unit) -> bool:
    """Say whether a feeling in an answer is a reaction among the steps, not the outcome told: the candidate's own
    steps go on after it, and a measured change later tells the outcome ("she was glad of the help. I traced it to
    the build, changed the step, rebuilt… crashes went from 1 in 400 sessions to zero")."""
    if p.section != "answer":
        return False
    later = [u for u in p.units if u.start >= unit.end]
    steps = sum(
        1 for a in p.acts if a.start >= unit.end and a.actor == "i" and a.verb_class == "action" and not a.hypothetical
    )
    return steps >= _STEPS_AFTER_A_REACTION and any(_measured_change(u) for u in later)


def _measured_near(p: Passage, unit: Unit, index: dict[int, int]) -> bool:
    """Say whether a figure stands in the unit or the next one ("the team was relieved: zero pages since")."""
    at = index[id(unit)]
    if unit.numeric or (at + 1 < len(p.units) and p.units[at + 1].numeric):
        return True
    # A feeling told straight after a measured change is its colour ("app rating went from 3.9 to 4.4; feedback was
    # overwhelmingly positive").
    return at > 0 and _measured_change(p.units[at - 1])


def _change_near(p: Passage, unit: Unit, match: Hit, index: dict[int, int]) -> bool:
    """Say whether a measured change follows the words, in their unit or the next ("my manager was pleased, but what
    mattered was that refunds went from 40 a week to 3"; "the rollout went smoothly. Failed logins fell from 900 a
    day to 40")."""
    following = index[id(unit)] + 1
    if unit.numeric:
        if CHANGE.search(unit.text, match.end(), unit.end) is not None:
            return True
        shown = _SHOWN_AFTER.match(unit.text, match.end(), unit.end)
        if shown is not None and has_number(unit.text, shown.start(), shown.end()):
            return True  # "it got better: p95 from 900 ms to 300 ms", "it went smoothly: zero rollbacks in a month"
    return following < len(p.units) and _measured_change(p.units[following])


# What a claim's measure follows on from in its sentence: a colon, a dash, "with".
_SHOWN_AFTER = lazy_compile(r"\s*(?:[:–—]|\s-|,? with)[^.!?;]{0,60}")


def _measured_change(unit: Unit) -> bool:
    return unit.numeric and CHANGE.search(unit.text, unit.start, unit.end) is not None


def _claimed(p: Passage, match: Hit) -> bool:
    """Say whether words of feeling or success claim an outcome, judged by what follows them in the sentence: not a
    willingness or a permission ("happy to take it on", "happy for me to"), nor a claim the sentence turns
    ("it worked, but only for the EU stores", "went well in staging and then fell over")."""
    if _NOT_AN_OUTCOME.match(p.text, match.end()) or _FEELING_EXPLAINED.match(p.text, match.end()):
        return False
    return _TURNED.match(p.text, match.end()) is None


# What follows a feeling that makes it a willingness, a permission or a view of a plan, not an outcome.
_NOT_AN_OUTCOME = lazy_compile(
    r"\s+(?:to (?!(?:the|a|an|our|their|my|his|her|its|everyone|everybody|all|us|me|them|him|people|customers|"
    r"users)\b)[a-z]+|for (?:me|us|him|her|them|the team) to\b|(?:that )?i(?:'d| had)\b|with (?:the|my|our|this|that) "
    r"(?:plan|proposal|idea|approach|design|estimate|direction)\b)",
    re.IGNORECASE,
)
# A feeling given its concrete cause: "they were happy because it saved them the disposal cost", "pleased since it
# cut their overtime by a shift".
_FEELING_EXPLAINED = lazy_compile(
    r"\s+(?:because|since|as)\s+[^.!?;]{0,40}?\b(?:saved|cut|spared|avoided|removed|halved|ended|stopped)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:\d|cost|costs|money|fees?|bills?|hours?|days?|weeks?|calls?|tickets?|overtime|shifts?|"
    r"trips?|refunds?|complaints?|pages?|outages?|fines?)",
    re.IGNORECASE,
)
# A turn in the same sentence that limits or undoes the claim.
_TURNED = lazy_compile(
    r"[^.!?;]{0,60}?\b(?:until|till)\b|[^.!?;]{0,60}?\b(?:but|and then|, then|except|only)\b,?(?: [\w'’-]+){0,5}? (?:only|never|(?:nobody|no one)(?! (?:has |had |ever )?complained)|"
    r"didn'?t|wasn'?t|weren'?t|disagreed|fell over|broke|failed|crashed|not (?:for|in|on|everyone|all|under))\b",
    re.IGNORECASE,
)


def _outside_context(p: Passage, hits: list[tuple[Unit, Hit]]) -> list[Hit]:
    """Return the hits that lie outside the scene an answer sets before the candidate acts."""
    if not hits:
        return []
    context = _context_units(p)
    return [m for unit, m in hits if id(unit) not in context]


def _context_units(p: Passage) -> set[int]:
    """Return (by identity) the units of an answer's Situation and Task told before its first Action."""
    if p.section != "answer" or not p.parts:
        return set()
    acting = [u.start for u in p.parts.get("action", [])]
    first_step = min(acting) if acting else len(p.text)
    return {id(u) for u in p.part("situation", "task") if u.start < first_step}


# The figure someone passed on is the candidate's own, or checked by them in the same sentence: "finance confirmed
# the saving I had computed", "the PM said churn was 8%, which I then checked in the warehouse tables".
_OWN_FIGURE = lazy_compile(
    r"\b(?:(?:i|we) (?:had |then |later |also |first |myself )*(?:computed|calculated|measured|worked out|modelled|"
    r"modeled|checked|verified|reconciled|validated|sampled|re-?ran|re-?computed|re-?calculated|pulled)|my (?:own )?"
    r"(?:numbers|figures|analysis|calculation|estimate|model|query|data)|our own (?:numbers|figures|analysis|data))\b",
    re.IGNORECASE,
)


# A plan or a constraint passed on, not an outcome: "my manager told me the deadline was in 3 weeks", "product
# estimated it would take 3 months", "said I could have two engineers".
_PLAN_GIVEN = lazy_compile(
    r"[^.!?;]{0,40}?\b(?:deadline|(?:would|will|could|might|should) (?:take|have|need|get|be ready|last)|had until|"
    r"gave (?:me|us))\b",
    re.IGNORECASE,
)


# A check of the candidate's own that follows a figure passed on: "..., but I counted them myself", "I didn't take
# that on trust, so I queried the tables".
_OWN_CHECKS = frozenset(
    "checked tested counted compared measured queried pulled sampled recounted reconciled verified confirmed audited "
    "timed traced rebuilt recomputed recalculated reran re-ran".split()
)


def _checked_after(p: Passage, end: int) -> bool:
    """Say whether the candidate checks a figure someone passed on, in its sentence or the next."""
    stops = [m.start() for m in FULL_STOP.finditer(p.text, end, min(len(p.text), end + 300))]
    limit = stops[1] if len(stops) > 1 else min(len(p.text), end + 300)
    return any(end < a.start < limit and a.actor == "i" and a.verb.lower() in _OWN_CHECKS for a in p.acts)


def _passed_on(p: Passage) -> list[Hit]:
    """Return the outcome figures someone else passed on that the candidate never made or checked their own."""
    return p.memo(_find_passed_on)


def _find_passed_on(p: Passage) -> list[Hit]:
    found = [
        match
        for unit, match in SECONDHAND.in_units(p.units)
        if unit.numeric
        and not _own_or_checked(p, unit, match)
        and not _PLAN_GIVEN.match(unit.text, match.end(), unit.end)
    ]
    return found


def _told_by_others(p: Passage) -> list[Hit]:
    """Return outcome figures a party named by trade or role passed on, told after the scene is set."""
    # A party named by its trade or its role passing on an outcome ("the programme office calculated twelve million
    # in savings", "customer care said they had four hundred calls"): only once the story has moved past its scene.
    context = _context_units(p)
    told: list[Hit] = []
    for unit in p.units:
        if id(unit) in context or _PASSED_ON_WORDS.isdisjoint(unit.lower_words):
            continue
        found = _TOLD_BY_OTHERS.search(unit.text, unit.start, unit.end)
        if found is None:
            continue
        match = Hit(unit.text, found.start(), found.end())
        if (
            (unit.numeric or MEASURED_IN_WORDS.search(unit.text, unit.start, unit.end))
            and _opens_a_clause(unit, match)
            and not _own_or_checked(p, unit, match)
            and not _PLAN_GIVEN.match(unit.text, match.end(), unit.end)
        ):
            told.append(match)
    return told


# The words of a figure passed on, looked up first: most sentences have none, and need no search for a party.
_PASSED_ON_WORDS = frozenset(
    "told said says reported reports estimated estimates calculated reckoned reckons figured worked put came showed "
    "shows credited attributed quoted claimed mentioned announced shared per according".split()
)


# What stands before a party that is the tail of another's phrase, not the subject of its own clause ("three
# engineers leaving our infrastructure group mentioned on-call", "a note from the finance team said").
_INSIDE_A_PHRASE = lazy_compile(
    r"\b(?:[a-z]+ing|of|in|from|with|for|to|at|on|by|into|about|like|than|between|among|across|under|over|inside|"
    r"within|without|via|left|joined|asked|told|than)\s+$",
    re.IGNORECASE,
)


def _opens_a_clause(unit: Unit, match: Hit) -> bool:
    said = match.group().lower()
    if said.startswith(("per ", "according")):
        return True
    return _INSIDE_A_PHRASE.search(unit.text, max(unit.start, match.start() - 16), match.start()) is None


def _own_or_checked(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether a figure passed on is the candidate's own, or checked by them in its sentence or the next."""
    return _OWN_FIGURE.search(unit.text, unit.start, unit.end) is not None or _checked_after(p, match.end())


def secondhand_numbers(p: Passage) -> Finding | None:
    # A party's figure beside a check of the candidate's own is corroboration; alone, it is the only evidence.
    spans = _passed_on(p)
    if not spans and VERIFY.search_units(p.units) is None:
        spans = _told_by_others(p)
    if not spans:
        return None
    return finding(
        "secondhand_numbers",
        "minor",
        f"{quote(spans[0].group())}: the figure is someone else's. Say how you measured it yourself.",
        p.cite(spans, 3),
    )


# Words without which no figure can be absurd: a cheap first pass, each hint naming the one exact check it needs.
IMPLAUSIBLE_HINTS = Phrases(
    r"\d[\d,.]*\s?(?:%|x|times|percent|per cent)",
    r"billion|bn|trillion|\d{1,3}(?:,\d{3}){3,}",
    r"forever",
    r"every single",
    r"(?:zero|no) (?:bugs|defects|incidents)",
    r"(?:[a-z]+ )?thousand (?:percent|per cent)",  # told in words: "five thousand percent"
    r"hundred and [a-z]+(?:[\s-][a-z]+)? (?:percent|per cent)",  # "one hundred and ten percent"
    r"(?:a|one|ten|a hundred) (?:thousand|million) (?:times|fold)|(?:thousand|million)[\s-]?fold",
    r"\d{2,3}\s?(?:m|million)",
    # Nothing ever again: "we never had a single outage again".
    r"never (?:had|saw|got|hit|shipped|had to deal with) (?:a single|any|one single) (?:[\w-]+ )?(?:bugs?|outages?|"
    r"incidents?|defects?|complaints?|errors?|failures?|issues?|problems?) (?:ever )?again",
)


def implausible_claim(p: Passage) -> Finding | None:
    # Asked by other detectors too (a story no one would believe proves and carries nothing): judged once a passage.
    return p.memo(_implausible_claim)


def _implausible_claim(p: Passage) -> Finding | None:
    spans: list[tuple[int, int]] = []
    checked: set[tuple[int, str]] = set()  # (unit, kind of check) already made
    for unit, hint in IMPLAUSIBLE_HINTS.in_units(p.units):
        text, start, end = unit.text, unit.start, unit.end
        word = hint.group().lower()
        if word[0].isdigit() and word.endswith(("m", "million")):
            # Hundreds of millions saved or earned in a month or less: "our two-person team saved $500M in a month".
            if (id(unit), "millions") not in checked:
                checked.add((id(unit), "millions"))
                value = text[start:end]
                # Tens of millions need a junior's name on them: "as an intern I saved the company $50 million".
                if _GAINED.search(value) and (
                    word[2].isdigit()
                    and (_SHORT_WINDOW.search(value) or _A_MONTH.search(value))
                    or _JUNIOR.search(value)
                ):
                    spans.append(hint.span())
            continue
        if word.startswith("never"):
            spans.append(hint.span())
            continue
        if word[0].isdigit() and not word[-1].isdigit():
            percent = _PERCENT.match(text, hint.start(), hint.end())
            if percent is not None:
                amount = float(percent.group(1).replace(",", ""))
                if (
                    amount >= 1000
                    or amount >= 300
                    and _PEOPLE_OR_MONEY.search(text, start, end)
                    and _SHORT_WINDOW.search(text, start, end)
                    or amount == 100
                    and _EVERYONE_PRAISED.match(text, percent.end())
                    or amount > 100
                    and _CAPPED.search(text, start, end)
                    and _LEVEL_BEFORE.search(text, max(start, hint.start() - 12), hint.start())
                    or amount > 100
                    and _DECREASE.search(text, start, end)
                    or amount >= 100
                    and _DECREASE.search(text, start, end)
                    and _NEVER_ZERO.search(text, start, end)
                ):
                    spans.append(percent.span())
                continue
            multiplier = _MULTIPLIER.match(text, hint.start(), end)
            if (
                multiplier is not None
                and float(multiplier.group(1).replace(",", "")) >= 500
                and not _shown_by_endpoints(text, start, end, float(multiplier.group(1).replace(",", "")))
            ):
                spans.append(multiplier.span())
            continue
        if word.startswith("hundred"):
            if _CAPPED.search(text, start, end):
                spans.append(hint.span())  # more than all of something that stops at all: "uptime of 110%"
            continue
        if word.endswith(("cent", "fold")) or word.endswith("times") and not word[0].isdigit():
            if not _ENDPOINTS.search(text, start, end):
                spans.append(hint.span())  # thousands of percent or a thousandfold, in words
            continue
        kind = "huge" if word[0].isdigit() or word in ("billion", "bn", "trillion") else "absolute"
        if (id(unit), kind) in checked:
            continue
        checked.add((id(unit), kind))
        if kind == "huge":
            value = text[start:end]
            huge = _HUGE.search(text, start, end)
            if huge and _PEOPLE_OR_MONEY.search(value) and _SHORT_WINDOW.search(value):
                spans.append(huge.span())
        else:
            absolute = _ABSOLUTE.search(text, start, end)
            if absolute:
                spans.append(absolute.span())
    spans = [span for span in spans if _claimed_figure(p.text, span)]
    if not spans:
        return None
    spans = sorted(set(spans))
    return finding(
        "implausible_claim",
        "major",
        f"{quote(p.text[spans[0][0] : spans[0][1]])} is hard to believe; an interviewer will doubt the whole story. "
        "Use the real, checkable figure.",
        p.cite(spans, 3),
    )


def _claimed_figure(text: str, span: tuple[int, int]) -> bool:
    """Say whether a figure is claimed as the candidate's outcome, judged by the words before it in its clause: not
    someone's promise doubted or denied ("the vendor claimed it would end incidents forever", "I couldn't promise
    every single bug would be gone forever"), nor the size of a system at work ("we settle £1 billion a day")."""
    clause = _CLAUSE_BEFORE.search(text, max(0, span[0] - 80), span[0])
    before = text[clause.start() if clause else max(0, span[0] - 80) : span[0]]
    return _SOMEONES_PROMISE.search(before) is None and _THROUGHPUT.search(before) is None


_CLAUSE_BEFORE = lazy_compile(r"[^.!?;]*$")
_SOMEONES_PROMISE = lazy_compile(
    r"\b(?:promis\w*|claim(?:ed|s|ing)?|pitch(?:ed|es)?|projected|projections?|deck|vendor'?s?|couldn'?t|can'?t|cannot|"
    r"don'?t (?:believe|think)|doesn'?t|never believe|no such thing)\b",
    re.IGNORECASE,
)
_THROUGHPUT = lazy_compile(
    r"\b(?:process(?:es|ed)?|handl(?:e|es|ed)|serv(?:e|es|ed)|settl(?:e|es|ed)|deliver(?:s|ed)?|sends?|moves?|"
    r"routes?|ingests?|carr(?:y|ies)|clears?|flows? through|pass(?:es)? through|peak(?:s|ed)? at)\b",
    re.IGNORECASE,
)
# A speed-up shown by its before and after times ("from 2 seconds to 2 milliseconds", "took 30 minutes now run in 2
# seconds") can be checked, and algorithmic speed-ups of that size are real when the times agree with it.
_TIME = r"(\d[\d,.]*)\s?(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b"
_ENDPOINTS = lazy_compile(r"\b(?:from|took)\s" + _TIME + r".{0,40}?\b(?:to|in)\s" + _TIME, re.IGNORECASE)
_SECONDS = {
    "ms": 0.001,
    "mi": 0.001,
    "s": 1,
    "se": 1,
    "mn": 60,
    "h": 3600,
    "hr": 3600,
    "ho": 3600,
    "d": 86400,
    "da": 86400,
}


def _shown_by_endpoints(text: str, start: int, end: int, multiplier: float) -> bool:
    """Say whether the unit gives the before and after times of a speed-up, and they agree with its size."""
    shown = _ENDPOINTS.search(text, start, end)
    if shown is None:
        return False
    before, after = (float(shown.group(n).replace(",", "")) * _seconds(shown.group(n + 1)) for n in (1, 3))
    return after > 0 and multiplier / 3 <= before / after <= multiplier * 3


def _seconds(unit: str) -> float:
    word = unit.lower()
    if word.startswith("mi") and not word.startswith("mil"):
        return 60
    return _SECONDS.get(word[:2], _SECONDS.get(word[:1], 1))


def quantities(p: Passage) -> int:
    """Count the quantities in a passage (used by scoring and the naive baseline)."""
    return sum(1 for u in p.units for _ in numbers(u.text, u.start, u.end))
