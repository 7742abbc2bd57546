"""How it is told: hedging, fillers, dismissing the difficulty, weak reasons, length, and staying on topic."""

from __future__ import annotations

import re
from collections.abc import Sequence

from starcoach.analysis.agency import DOING, Act
from starcoach.analysis.passage import Passage, finding, in_rejected_course, quote, quoted_finding
from starcoach.analysis.report import Finding
from starcoach.analysis.text import FULL_STOP, Hit, Phrases, Unit, has_number, lazy_compile, letters_ratio, split_units

# Unsure language about one's own work.
HEDGES = Phrases(
    r"i think(?: that)?(?: maybe| probably)?",
    r"i guess",
    r"maybe",
    r"perhaps",
    r"probably",
    r"sort of",
    r"kind of",
    r"i'?m not (?:really |totally |entirely |100% |a hundred percent )?sure",
    r"i'?m not (?:really |totally |entirely |completely |100% )?certain",
    r"(?:i'?m|i am|i was) (?:fairly|pretty|reasonably|quite|almost|nearly|mostly) (?:sure|certain|confident)",
    r"(?:but |and )?who knows",
    r"(?:might|may) have",
    r"i believe",
    r"somewhat",
    r"more or less",
    r"i suppose",
    r"possibly",
    r"hopefully",
    r"i feel like",
    r"kinda",
    r"sorta",
    r"if i remember (?:right|correctly)",
    r"i don'?t (?:really )?(?:remember|recall)",
    r"not 100% sure",
    r"something like that",
    r"or something",
    r"i want to say",
    r"pretty much",
)
# Hedges that are only doubt when they qualify a fact or one's own work ("I think it took 40 minutes"),
# not when they introduce an opinion ("I think the lesson is...").
WEAK_HEDGES = frozenset(
    {"i think", "i think that", "i believe", "probably", "kind of", "sort of", "i feel like", "perhaps"}
)
WEAK_HEDGE_TARGET = lazy_compile(
    r"\s*(?:that\s+)?(?:i|we|it|they|he|she|this|most|all|some|about|around|roughly|maybe|the \w+|our \w+|people|"
    r"everyone|everybody|customers|users|clients|"
    r"\w+ed|helped|worked|fixed|made|got|went|ran|built|cut|saved|just|wrote|rewrote|took|found|led|drove|did|"
    r"set|put|kept|knew|sent|brought|told|gave|thought|picked|figured)\b"
)
# "I think the biggest lesson...", "I think it showed that...", "I think it's important to...": an opinion or a
# reading of the story, which is not doubt about one's own work.
OPINION_INTRO = lazy_compile(
    r"\s*(?:that\s+)?(?:(?:the |my |one |our )?(?:biggest|main|key|real|most|best|lesson|takeaway|thing|reason)\b|"
    r"(?:the |my |one |our )(?:\w+ )?(?:lesson|takeaway|learning)s?\b|"
    r"(?:i|we) (?:should|shouldn'?t|ought to|could)(?: have|'ve)?\b|(?:next time|in future|in hindsight)\b|"
    r"(?:the |our |my )(?:next step|way forward|plan|priority|goal|aim)s?\b|"
    r"(?:it |this |that )?(?:shows?|showed|says|speaks|spoke|reflect(?:s|ed)?|proves?|proved|demonstrated?|"
    r"demonstrates|highlight(?:s|ed)?|illustrated?|illustrates)\b|"
    r"(?:it'?s|it is|that'?s|that is|this is) (?:really |very |so |super |especially |always |just )?(?:important|key|"
    r"crucial|vital|essential|critical|worth|valuable|fair to say)\b)",
    re.I,
)
# "I think the group should share one feed", "I think every team needs to own its alerts": a view of what others ought
# to do, not doubt about one's own work ("I think it should hold" still doubts a result).
NORMATIVE_VIEW = lazy_compile(
    r"\s*(?:that\s+)?(?!(?:it|this|that|i|we|they|he|she)\b)(?:[\w'’-]+\s+){1,3}?(?:should|ought to|needs? to|must)\s+"
    r"(?!(?:be|have|work|hold|last|help|fix|do|stay|keep|get)\b)[a-z]+",
    re.I,
)
# "The supervisor told me, honestly I'm not sure it's the scanners": someone else's words, quoted after they are
# introduced, where their "I" is not the candidate.
QUOTED_BY_OTHER = lazy_compile(
    r"(?:\b(?:he|she|they)|\b(?:the|my|our|his|her|their|one of (?:them|the \w+)) (?:[\w-]+ ){0,2}?(?!i\b|we\b)[\w-]+)\s+"
    r"(?:said|told (?:me|us|him|her|them)|asked|wrote|replied|admitted|put it)\s*[,:]\s*[\"“‘']?(?:[\w'’]+,?\s+){0,2}$",
    re.I,
)
# "..., so I set out to prove it", "but I wanted to test that": the doubt becomes a check of the candidate's own.
SET_OUT_TO_CHECK = lazy_compile(
    r"\b(?:so|but|then)\s+(?:i|we)\s+(?:set out|decided|went|wanted|tried|had)\s+to\s+(?:prove|test|check|confirm|"
    r"verify|measure|show|disprove)\b",
    re.I,
)
# "maybe a month", "perhaps a third", "two weeks, more or less": an honest rough figure, not doubt about one's
# own part in the story.
_ROUGH_WORDS = frozenset({"maybe", "perhaps", "more or less", "i want to say", "something like"})
_FIGURE_AFTER = lazy_compile(
    r"\s+(?:[$£€]?\d|(?:a |an )?(?:few|couple|dozen|handful|half|third|quarter|minute|hour|"
    r"day|week|month|year|sprint|fortnight)s?\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)",
    re.I,
)
# "maybe 4 or 5", "maybe 2021, or early 2022", "maybe eighty percent sure": a range or a degree of certainty is
# doubt, not a rounded figure.
_UNSURE_FIGURE = lazy_compile(r"[^.;!?]{0,25}?\b(?:or|to|sure|certain|confident)\b", re.I)
# "I more or less led it", "it more or less worked", "more or less done": softening one's own part or result. Before
# anything else ("more or less the same", "more or less every week") it rounds a measure.
_SOFTENED_ACT_BEFORE = lazy_compile(r"\b(?:i|we|it|they|that|this|which)\s+$", re.I)
_SOFTENED_ACT_AFTER = lazy_compile(
    r"\s+(?:my|our|mine|ours|\w+ed|done|finished|fixed|solved|worked|led|ran|run|built|did|made|owned|wrote|written|took|handled|got|"
    r"sorted|shipped|managed|succeeded|delivered)\b",
    re.I,
)
# "twenty minutes more or less", "40%, more or less".
_FIGURE_BEFORE = lazy_compile(
    r"(?:\d[\d,.]*\s*%?|\b(?:minutes?|hours?|days?|weeks?|months?|years?|percent|people|times|of them))[,\s]+$", re.I
)
# "the kind of fault", "a new sort of workflow": the noun, not the hedge.
KIND_NOUN_BEFORE = lazy_compile(
    r"\b(?:the|a|an|this|that|these|those|what|which|any|every|some|one|no|new|same|other|different|right|wrong|"
    r"first|last|only|whole)\s+$",
    re.I,
)
# A hedge is doubt about one's own work only in a sentence that speaks of it: "she caught maybe half of it"
# describes someone else.
FIRST_PERSON = lazy_compile(r"\b(?:i|i'?[dm]|i'?ve|i'?ll|me|my|mine|we|we'?[dr]e|we'?ve|us|our)\b", re.I)
# "like" as a filler, not a comparison or a liking ("looks like", "things like billing", "I like it", "like to").
FILLER_LIKE = (
    r"like(?<!look like)(?<!looks like)(?<!looked like)(?<!feel like)(?<!felt like)(?<!feels like)(?<!would like)"
    r"(?<!seem like)(?<!seemed like)(?<!sounds like)(?<!something like)(?<!just like)(?<!things like)(?<!more like)"
    r"(?<!much like)(?<!exactly like)(?<!not like)(?<!i like)(?<!we like)(?<!they like)(?<!you like)(?<!people like)"
    r"(?!\s(?:to|this|that|it|them|him|her)\b)(?!['’]?d)"
)
# The fillers heard in speech as well as read in a transcript; the spoken delivery counts these per minute.
SPOKEN_FILLER_PATTERNS = (r"um+", r"uh+", r"erm+", r"you know", r"basically", r"kind of", FILLER_LIKE)
# Spoken fillers, as read in the text.
FILLERS = Phrases(
    r"um+",
    r"uh+",
    r"erm+",
    r"er",
    r"hmm+",
    r"you know",
    r"i mean",
    r"basically",
    r"literally",
    r"kind of",
    r"sort of",
    FILLER_LIKE,
    r"you see",
    r"right\?",
    r"okay so",
    r"ok so",
    r"so yeah",
    r"yeah so",
    r"and yeah",
    r"yeah",
    r"honestly",
    r"oh",
)
FILLERS_PER_100_WORDS = 2.0
# Dismissing the difficulty.
SIMPLIFIED = Phrases(
    r"(?:it|this|that|the (?:fix|change|solution|problem|task|work))(?: was|'s| is) (?:\w+ ){0,2}?(?:straightforward|simple|easy|"
    r"trivial|obvious|a no[\s-]brainer|nothing special|no big deal)",
    r"(?:wasn'?t|isn'?t|was not|is not|not) (?:that|very|too|really|"
    r"particularly|all that) (?:hard|difficult|complicated|tricky)",
    r"all i (?:had|needed) to do was",
    r"i (?:just|simply) (?:had to|needed to)",
    r"(?:just|only) a (?:quick|simple|small|one[\s-]line|tiny) (?:fix|change|patch|tweak)",
    r"(?:an? )?(?:easy|quick|simple) (?:fix|win|change)",
    r"nothing (?:too |very |really )?(?:complicated|hard|difficult)",
    r"(?:it was|that was|it'?s|the (?:fix|change|work) was) (?:really |honestly |just )?nothing (?:too |very |really )?"
    r"(?:fancy|special)",
    # "Anyone could have hit this bug" says how easily it struck, not how easy the work was.
    r"(?:anyone|anybody)(?: (?:on|in) (?:the|my|our) team)? (?:could|would) have(?! (?:hit|made|missed|caused|broken|broke|"
    r"introduced|fallen|triggered|seen|noticed|been|got|spotted|deleted|lost|run into|tripped))",
    r"(?:there )?(?:wasn'?t|was not|isn'?t) (?:really )?(?:much|a lot|anything) to it",
    r"(?:a |an )?(?:five|ten|two|one|5|10|2|1)[\s-]minute (?:job|fix|thing|change|task)",
    r"(?:it was|that was|it'?s) (?:really |honestly |basically |just )?nothing(?= *(?:[,.;!]|$|just|really|much))",
    r"(?:was|is|'s) (?:a |an )?(?:absolute |total )?(?:breeze|doddle|walk in the park|child'?s play)",
    r"(?:it|the (?:fix|answer|solution)) was (?:pretty |really |fairly |just )?obvious(?! (?:once|after|when|that|to)\b)",
    r"no big deal",
    # "It didn't take long to find out that the alerts were muted": how soon something came to light, not the work.
    r"didn'?t take (?:much|long)(?! (?:to|before|for) (?:\w+ )?(?:find|found|realis|realiz|see|notice|spot|work out|"
    r"figure out|discover|learn|become|get worse|go wrong|break|surface|show up))",
    r"piece of cake",
    r"(?:(?:it|that|this|which|the (?:fix|change|patch|work|whole thing)) (?:only |just )?took|took me) (?:like )?(?:only |just )?"
    r"(?:five|ten|5|10|a few) minutes",
    r"(?:it )?just (?:sort of |kind of )?clicked",
    r"(?:obviously|clearly) correct",
    r"didn'?t (?:bother|need to) (?:writing|write|test)",
    r"(?:i'?m|i am) (?:just )?(?:a )?(?:really |very )?(?:fast|quick) learner",
)
# Connectives that introduce a reason, as typed and as spoken.
# Softening words and spoken fillers that may stand between the words of a reason ("it's like just best practice").
_SOFTENING = r"(?:(?:just|simply|really|like|kind of|sort of|kinda|sorta|basically|honestly|um+|uh+|you know),? )*"
# A spoken filler after it ("because uh everyone uses it") still leaves the reason that follows it.
_BECAUSE = r"(?:because|since|as|cause|cos|coz|cuz)(?:,? (?:um+|uh+|like|you know),?)*"
# Reasons with no tie to customers, risk or cost: a rule, a habit, a trend, a feeling, someone's say-so, or
# "it was obvious". Each is only a finding when no stakes, evidence or constraint is said beside it. They are
# several families, read as one (`_reasons_in`), so that each stays well within what RE2 compiles into one
# automaton and can grow.
# A rule of the trade, what everyone else does, or habit.
RULE_REASONS = Phrases(
    # A rule of the trade, cited as the reason.
    r"(?:it'?s|it is|that'?s|that is) " + _SOFTENING + r"(?:always )?(?:a |the )?(?:kind of |sort of )?best practice",
    _BECAUSE + r" (?:it'?s|it is|it was|that'?s|that is|this is|these are|they are|they'?re) (?:a |the )?(?:\w+ ){0,3}?"
    r"(?:best|good|standard|industry[\s-]standard|recommended|common|accepted|sound|proper) (?:\w+ )?(?:practices?|hygiene)",
    r"(?:industry|widely (?:seen|considered) as|considered|is|was|are|were|'s) (?:a |the )?(?:good |best |standard |common )"
    r"practices?",
    r"best practices? (?:say|says|said|is|was|are|were|dictates?|dictated)",
    r"(?:alerts?|tests?|testing|documentation|docs|monitoring|clean code|refactoring|code quality|quality|typescript|microservices|"
    r"kubernetes|automation|observability|unit tests|code reviews?|reviews|standards|mentoring|consistency) (?:are|is|should be) "
    r"(?:always |just |generally |more )?(?:good|important|nice|valuable|the right thing|better|thorough)",
    r"(?:it'?s|it is|it was|that'?s) (?:(?:just|simply|a lot|much|way|far|so) )*(?:the right thing to do|cleaner|nicer|more modern|more elegant|the proper way|"
    r"how it should be done)",
    r"(?:the )?industry[\s-](?:standard|norm)s?",
    r"(?:it'?s|it is|it was|that'?s|that is|that was) (?:just |simply )?(?:the )?(?:norm|convention|"
    r"standard (?:approach|way|choice|tool|option|pattern|thing to do))",
    r"(?:every|any) (?:\w+ )?(?:site|company|team|service|app|product|engineer|business) (?:is|was|are|were) "
    r"(?:supposed|expected|meant) to",
    r"(?:widely|generally|commonly) (?:recogni[sz]ed|seen|considered|accepted|regarded) as",
    r"hallmarks? of",
    r"(?:how|the way) (?:things|it|this|software) (?:is|are|should be|ought to be) done",
    r"(?:the )?textbook (?:way|approach|answer|solution|choice)",
    _BECAUSE
    + r" (?:the |their |our )?(?:\w+ )?(?:docs|documentation|vendor|guide|guidelines|blog|article|book|consultants?) "
    r"(?:\w+ )?(?:recommend|recommended|recommends|suggest|suggested|suggests|say|said|says)",
    # What everyone else does, or where the trade is heading.
    r"(?:" + _BECAUSE + r"|and|plus) (?:everyone|everybody|all the (?:big |other |cool )?\w+|"
    r"every (?:other )?(?:team|company)|other (?:teams|companies)|most (?:teams|companies|people)) (?:else )?(?:uses?|is using|"
    r"was using|are using|were using|does|did|do|knows|knew|recommends?|recommended|likes?|is moving|was moving|"
    r"(?:is|was|were|are) (?:talking|raving|excited) about|"
    r"are moving|were moving|has adopted|had adopted|have adopted|is doing|was doing|are doing|were doing|swears by)",
    r"(?:most|all|a lot of|lots of|many) (?:of the )?(?:large |big |major )?(?:tech )?companies (?:use|have|do|are|were|did|"
    r"used|had)",
    r"(?:it'?s|it is|it was|that'?s|they'?re|they are|they were) (?:really |very |super |so |pretty |hugely )?(?:popular|"
    r"trendy|hyped|all the rage|the hot thing|fashionable|what everyone(?:'s| is| was)? (?:using|doing|uses|does))",
    _BECAUSE + r" (?:netflix|google|amazon|uber|facebook|meta|spotify|airbnb|microsoft|stripe|shopify|big tech|faang) "
    r"(?:uses?|does|did|used|runs?|ran|built|has|had|went with|moved to|switched to|is using)",
    r"(?:newer|modern|latest) (?:is|was) (?:always )?better",
    r"(?:it'?s|it is) (?:more )?modern",
    r"(?:the|a) (?:more )?modern way(?: to| of)?",
    r"(?:that'?s|that is|it'?s|it is) where (?:the )?(?:whole )?(?:industry|market|world|everyone|everybody|"
    r"(?:most )?companies) (?:is|was|are|were) (?:heading|going|moving)",
    r"(?:scales|scale) better",
    # Habit: it is how things are done here.
    r"(?:we'?ve|we have|we had|we'?d|we|i'?ve|i have|i|they'?ve|they) always (?:done|did|do|used|use|built|gone with|"
    r"went with|handled|had) (?:it |things |them )?(?:that way|this way|like that|like this|the same way)",
    r"(?:that'?s|it'?s|this is|that is|it is|it was|that was) (?:just |simply |always )?(?:how|the way) "
    r"(?:(?:we|i|they)(?:'ve| have|'d| had)? always (?:done|did|do|worked|built)|(?:things|it) (?:has|have|had) always "
    r"been done|(?:we|it|things|everyone|the team|our team) (?:do|does|did|work|worked|(?:are|were|is|was) done))",
    r"(?:it'?s|that'?s|it was|that was) what (?:we|the team|everyone|everybody) (?:always |already |usually |normally )?"
    r"(?:do|did|use|used|know|knew|had used|were used to)",
    r"we'?re (?:a|an) \w+ shop",
)
# Someone's say-so, a taste, or "it was obvious".
SAY_SO_REASONS = Phrases(
    # Someone's say-so.
    _BECAUSE + r" (?:my|our|the) (?:\w+ )?(?:lead|manager|boss|architect|director|vp|cto|ceo|principal|pm|seniors?) "
    r"(?:said so|said to|told (?:me|us|them) to|wanted|preferred|liked|asked for|insisted|was keen)",
    r"(?:my|our|the) (?:\w+ )?(?:lead|manager|boss|architect|director|vp|cto|ceo|principal)(?:'s)? (?:preferred|"
    r"favou?red|was keen on|was a fan of|had a preference for|liked it)",
    r"(?:he|she|they) (?:just )?said so",
    _BECAUSE + r" (?:i was told|we were told|they told us|he told me|she told me|it was decided)",
    r"(?:came|handed) (?:down )?from (?:above|up top|the top|on high)",
    # A taste, a wish to try something, or a bare "it's better".
    _BECAUSE
    + r" (?:i|we) (?:just |really |personally |always )?(?:like|liked|prefer|preferred|love|loved|enjoy|enjoyed|"
    r"wanted to (?:try|learn|play with|experiment with)|was curious|were curious|was excited|were excited)",
    r"(?:personal|my|our) preference",
    _BECAUSE + r" (?:i thought |we thought |i felt |we felt |i figured |we figured )?(?:it'?s|it is|it was|it'?d be|"
    r"it would be|they'?re|they are|they were) (?:just |simply |generally |a lot |much |way |far |clearly |obviously )?"
    r"(?:better|cleaner|nicer|neater|more (?:elegant|modern|robust|scalable|flexible|maintainable|future[\s-]proof|"
    r"cost[\s-]effective|professional|mature|powerful)|future[\s-]proof|the future|the latest|cool|cooler|fun|exciting)",
    # It was obvious, it made sense, it seemed right.
    r"common sense",
    _BECAUSE + r" (?:it|that|this) (?:just |simply |kind of |sort of |really |totally |obviously )?(?:made|makes|"
    r"seemed to make) (?:the most |more |a lot of |total |perfect |good )?sense",
    r"(?:it|that|this|which|what) (?:just |simply |only |really |totally |obviously )?(?:made|makes|seemed to make) "
    r"(?:the most |more |total |perfect )?sense (?:to (?:just )?(?:go|use|do|keep|build|pick|move|switch|stick|start|"
    r"have|choose|make|put|add|run|leave|wait|buy|write|rewrite|split|merge|migrate|adopt)|for (?:us|me|the team) to)",
    r"made the most sense|(?:it|that|this) (?:just|simply|only) (?:made|makes) sense",
    r"(?:the|an|the most|the only) (?:obvious|natural|logical|sensible) (?:choice|option|answer|thing to do|way to go|fit|"
    r"pick|route|path|solution|move|approach|call|decision)",
    r"(?:obviously|clearly|naturally) (?:the )?(?:right|best|better|way to go)",
    r"(?:a )?no[\s-]brainer",
    r"(?:it|that|this) (?:was|seemed|felt) (?:just |pretty |kind of |so )?obvious",
    r"(?:it )?seemed like a good idea",
    r"(?:it|that|this) (?:seemed|felt) (?:like )?(?:the |a )?(?:right|better|cleaner|natural|logical|sensible|reasonable|"
    r"obvious)",
    # "It was the right call" alone may be a verdict in hindsight; offered as the reason, or as how it seemed, it is
    # the reason.
    r"(?:(?:because|since|as|cause|cos) (?:it|that|this) (?:was|is|'s)|(?:it|that|this) (?:seemed|felt)(?: like)?) "
    r"(?:clearly |obviously |definitely |just |simply )?the (?:right|best|correct|smart|smarter|better|obvious) "
    r"(?:call|choice|decision|thing to do|move|option|approach|way to go)",
)
# A feeling or a hunch, or a value held up on its own.
FEELING_REASONS = Phrases(
    # A feeling, a hunch, or knowing without saying how.
    _BECAUSE + r" (?:i|we|it) (?:\w+ |kind of |sort of )?felt (?:like|that|as if)",
    r"(?:i|we|it|that) (?:just |kind of |sort of |kinda |sorta |really |all |honestly )?felt (?:like |that )?(?:maybe )?"
    r"(?:it|this|that|\w+|the \w+) (?:was|would be|'d be|is) (?:the |a )?(?:right|best|better|cleaner|obvious|natural|"
    r"correct|smarter|nicer|way to go|good idea)",
    r"(?:i|we) (?:just |kind of |sort of |kinda |sorta |really |all )?felt (?:like |that )?(?:maybe )?"
    r"(?:we|i|someone|somebody|they|it) (?:should|had to|needed to|ought to)",
    r"(?:it|that|i|we) (?:kind of |sort of )?felt like (?:we|it|there|they|this|that)",
    r"(?:it|that) (?:just |really |kind of |sort of )?felt (?:right|natural|cleaner|correct)",
    r"because (?:i|we) felt (?:like|that)",
    r"gut (?:feeling|instinct|call|reaction|sense|told|said)",
    r"(?:went|go|going|gone) with my (?:gut|instinct)",
    r"trust(?:ed)? (?:my|your|our) (?:gut|instinct|instincts|experience)",
    r"(?:on|with|had|have) a hunch",
    r"(?:a |had a |have a )?(?:good|strong) feeling about",
    r"(?:i|we) just knew",
    r"(?:i|we) (?:just |kind of |sort of |simply )?(?:knew|figured|assumed|reckoned|was sure|were sure) (?:that )?(?:it|this|"
    r"that|\w+) (?:would be|was|'d be|was going to be) (?:clearly |obviously |just |definitely )?(?:the )?(?:right|best|better|"
    r"correct|smarter|obvious|cleaner|way to go)",
    r"(?:i|we) knew (?:it|that it|this|that this) (?:would|was (?:the )?(?:right|better|best|the way))",
    r"just because",
    r"(?:teams|people|engineers|projects) always (?:do|are|underestimate)",
    # A value or a belief, held up as the reason on its own.
    _BECAUSE
    + r" (?:\w+ ){1,3}(?:is|are|was|were|matters?|mattered) (?:really |very |so |super |just |always )?(?:important|"
    r"key|crucial|essential|critical|what matters)",
    r"(?:i'?m|i am|i was|we'?re|we are) (?:a |such a )?(?:big|firm|strong|huge|true) believers? in",
    _BECAUSE + r" (?:i|we) (?:really |strongly |firmly |just |always )?believe[d]? in",
    r"(?:every|any|a|all) (?:good|great|decent|mature|professional|serious|high[\s-]performing|well[\s-]run|modern) "
    r"(?:team|engineer|developer|company|organi[sz]ation|engineering org|manager|leader|site|app|product)s? "
    r"(?:should|would|needs?|must|ought to|has|have|does|do)",
    r"(?:it'?s|it is|it was|that'?s|that was) (?:just |simply )?(?:the )?(?:right|proper|correct|professional|grown[\s-]up) "
    r"way (?:to do (?:it|things|this)|of doing (?:it|things))",
    _BECAUSE
    + r" (?:i|we) wanted (?:to do it|it done|things done|to do things|it) (?:properly|right|the right way|correctly|"
    r"the proper way)",
    r"for (?:the sake of )?(?:consistency|cleanliness|completeness|neatness|tidiness|elegance|scalability|flexibility|"
    r"maintainability|extensibility|modularity|reusability|future[\s-]proofing)",
    r"(?:to|and|so) future[\s-]proof",
)
# Old or new, the familiar, nothing checked, a policy quoted, experience in place of a reason.
HABIT_REASONS = Phrases(
    # Old, new or what others have moved to, with no cost named.
    _BECAUSE
    + r" (?:it|they|the \w+(?: \w+)?|\w+) (?:was|is|were|are) (?:really |so |very |pretty |quite |just |a bit |"
    r"kind of |getting )?(?:old|outdated|legacy|dated|ancient|old[\s-]fashioned|old school|out of date|behind the times|"
    r"a dinosaur|ugly|messy)",
    r"(?:nobody|no one|no-one) (?:really )?(?:uses?|writes?|does|builds?) (?:\w+ ){0,2}(?:anymore|any more|these days|"
    r"nowadays)",
    r"in this day and age",
    r"(?:to stay|to keep|stay|keep) (?:current|modern|up to date|up with the times|with the times|relevant|ahead of the curve)",
    _BECAUSE + r" (?:it|that|this) (?:was|is) (?:the way forward|the future|where things are going)",
    r"(?:to|and) align (?:with|to) (?:the|our|their) (?:company'?s |wider |overall |org'?s )?(?:\w+ )?(?:strategy|vision|"
    r"direction|roadmap)",
    # Familiarity or a taste as the whole reason.
    r"(?:what|the one|the tool|the language|the stack|the approach|something) (?:i|we) (?:was|were|am|are)? ?(?:most |more |"
    r"already )?(?:comfortable|familiar) with",
    r"(?:i|we) (?:was|were) (?:more |most |already )?(?:comfortable|familiar) with (?:it|that|them)",
    _BECAUSE + r" (?:i|we) (?:already )?(?:knew|know) (?:it|them|that|\w+) (?:well|best|better|inside out)",
    r"(?:i|we) (?:just )?(?:kinda |kind of |sort of )?(?:liked|like|preferred|prefer) (?:it|that|them|\w+) (?:better|more)",
    r"(?:it'?s|it was|it is|they'?re|it'?d be|it would be) just (?:better|nicer|cleaner|superior|the better option)",
    _BECAUSE
    + r" (?:it|they) (?:looked|looks|felt|feels|reads?|read) (?:a lot |much |way )?(?:cleaner|nicer|better|neater|"
    r"more (?:modern|professional|elegant|readable))",
    # Nothing to lose, or nothing checked.
    r"(?:it )?(?:couldn'?t|can'?t|wouldn'?t) hurt|no harm in",
    r"(?:i|we) (?:just |really |kind of |sort of |kinda |honestly )?thought (?:it|that) (?:would|might|could|'d) be "
    r"(?:really |pretty |quite |so )?(?:a )?(?:good|nice|cool|great|fun|interesting|neat) "
    r"(?:idea|thing|to)",
    r"seemed like (?:a |the )?(?:good|nice|smart|sensible|reasonable) (?:idea|thing to do|move|plan)",
    r"better safe than sorry|err(?:ed)? on the side of caution",
    r"without (?:any |really |actually |even )?(?:looking at |checking |having |much )?(?:any |the |hard |real )?(?:data|numbers|"
    r"evidence|metrics|measuring|measurements)",
    # A rule, a standard or a principle quoted, with nothing said of what it protects.
    r"(?:our|the|company|team|my|a) (?:\w+ )?(?:standard|policy|rule|process|guideline|checklist|playbook|principle)s? "
    r"(?:is|was|says|said|requires|required|states|stated|dictates?|dictated|mandates?|mandated) (?:that|to|we|you)",
    r"(?:on|as a matter of|out of) principle|non[\s-]negotiable",
    _BECAUSE + r" (?:i|we) (?:have|hold|had|held|set) (?:really |very |such |a )?high (?:standards|bar)",
    r"(?:i'?m|i am) (?:a bit of |kind of |such |sort of )?a perfectionist",
    _BECAUSE
    + r" (?:i|we) (?:just |really |genuinely )?care[ds]? (?:a lot |deeply |so much |a great deal )?about (?:quality|"
    r"craft|craftsmanship|doing (?:it|things) (?:right|properly)|standards|the code|clean code|excellence)",
    # Experience, confidence or judgement offered in place of a reason.
    r"(?:based on|from|going on|out of|drawing on) (?:my|our|past|years of|prior) (?:own |gut |previous |past )?(?:experience|"
    r"intuition|judg(?:e)?ment|instincts?)",
    r"(?:in|with) my (?:\w+ )?experience,? (?:\w+ )?(?:it|this|that|these|they|you|\w+) (?:always|usually|never|just|tends?)",
    r"experience (?:told|tells|said|says|taught) (?:me|us)",
    r"trust(?:ed|ing)? (?:my|your|our) (?:own )?(?:judg(?:e)?ment|intuition|experience)",
    r"(?:it|this|that) (?:had )?worked (?:well )?(?:at|in|for (?:me|us) at) (?:my|our|a) (?:last|previous|old|former) "
    r"(?:company|job|team|role|place|employer)",
    r"(?:what|how) (?:we|i) (?:did|had done|used to do) (?:it )?(?:at|in) my (?:last|previous|old|former) (?:company|job|team|"
    r"role)",
)
# Picking without choosing, a bare opinion, someone's wish, the only way, no alternative weighed.
CHOICE_REASONS = Phrases(
    # Picking without choosing.
    r"(?:just )?(?:picked|chose|went with|grabbed|used) (?:the first (?:one|option|thing|idea|tool|library)|whichever|"
    r"whatever (?:was|came|seemed))",
    _BECAUSE + r" (?:someone|somebody|it) had to(?: (?:do it|be done))?",
    _BECAUSE
    + r" (?:i|we) wanted to (?:make (?:it|things) (?:better|nicer|cleaner)|improve (?:it|things)|do (?:something|"
    r"the right thing))",
    _BECAUSE
    + r" it (?:would|'d|will|could) be (?:really |so |super )?(?:cool|amazing|awesome|great|exciting|fun|interesting)",
    r"(?:would|'d|will|could) be (?:a |such a )?(?:game[\s-]changer|game[\s-]changing|revolutionary|transformational|"
    r"transformative)",
    # An opinion that one option is better, with nothing behind it.
    r"(?:i|we) (?:\w+ )?(?:thought|believed|was convinced|were convinced|felt|was sure|were sure|concluded|reckoned) (?:that )?"
    r"(?:\w+ ){0,2}(?:was|would be|is|were|'d be) (?:clearly |obviously |definitely |just |simply |much |far |a lot )?"
    r"(?:the )?(?:better|best|right|superior|smarter|correct|ideal|more suitable|most suitable|cleaner) (?:option|choice|"
    r"approach|tool|fit|solution|way|path|bet|pick|one|call|move|technology|framework|platform|design)",
    r"(?:the )?(?:right|best|better) tool for the job",
    r"in my (?:personal |honest )?(?:opinion|view)",
    _BECAUSE
    + r" (?:it'?s|that'?s|they'?re|(?:\w+ ){1,3}(?:is|was|are|were|would be|'d be)) (?:the |a )?(?:just |simply |"
    r"much |way |far |a lot |clearly |obviously |generally )?(?:more )?(?:performant|scalable|robust|flexible|powerful|"
    r"mature|lightweight|future[\s-]proof)",
    r"(?:because (?:of |it was |it'?s )?|to (?:reduce|pay down|clean up|tackle|address|get rid of) (?:our |the |some |all the )?)"
    r"tech(?:nical)? debt",
    r"(?:to|and|so we could|so i could) moderni[sz]e",
    # What someone wanted, or what everyone agreed, as the whole reason.
    r"(?:that'?s|it'?s|it was|that was) what (?:my|our|the) (?:\w+ )?(?:lead|manager|boss|architect|director|vp|cto|ceo|pm|"
    r"product manager|product owner|team|leadership|business|stakeholders?) (?:wanted|asked for|preferred|liked|decided)",
    _BECAUSE + r" (?:leadership|management|the business|the execs|execs|the higher[\s-]ups|upper management) (?:\w+ )?"
    r"(?:wanted|asked for|preferred|decided|said so|mandated|insisted)",
    _BECAUSE
    + r" (?:everyone|everybody|the (?:whole )?team|we all|all of us) (?:\w+ )?(?:agreed|liked it|was happy with it|"
    r"were happy with it|was on board|were on board|was fine with it|voted for it)",
    r"(?:the|their|its) (?:officially |vendor[\s-])?recommended (?:approach|way|setup|pattern|configuration|option)|"
    r"as recommended by",
    _BECAUSE
    + r" (?:it|that|this) (?:was|is) (?:on the roadmap|in the (?:ticket|spec|backlog|plan|sprint|okrs?)|assigned to "
    r"(?:me|us)|(?:what|all) (?:i was|we were) asked|a (?:priority|requirement|request|mandate)|requested|asked for|required)",
    _BECAUSE + r" (?:i was|we were) (?:asked|told) to",
    # It sounded good, it was the only way, it was the easy way.
    r"(?:it|that|this) sounded (?:like )?(?:a |the )?(?:good|great|nice|right|better|best|smart|reasonable|sensible)",
    r"looked like (?:a |the )?(?:good|great|nice|right|better|best|smart|obvious) (?:idea|option|choice|plan|approach|fit|"
    r"call|bet)",
    r"(?:was|is|'s|seemed like) (?:clearly |obviously |definitely |just )?the way to go",
    r"(?:it was|that was|that'?s|it'?s) (?:really |basically |pretty much |just )?the only (?:real |sensible |viable |"
    r"obvious )?(?:option|choice|way|answer|solution)",
    r"(?:we|i) (?:had|had really|really had) no (?:other )?choice",
    r"path of least resistance",
    r"something told me|(?:i|we) had a (?:feeling|sense|hunch)",
    # No alternative weighed.
    r"(?:i|we) (?:didn'?t|did not|never|hadn'?t) (?:really |even |actually )?(?:look(?:ed)? at|consider(?:ed)?|think about|"
    r"thought about|evaluate[d]?|weigh(?:ed)?|compare[d]?|explore[d]?|discuss(?:ed)?|look(?:ed)? into) (?:any |many |the )?"
    r"(?:other (?:options?|alternatives|approaches|tools|solutions|choices|ones)|alternatives|anything else)",
    r"(?:didn'?t|did not|without) (?:really )?think(?:ing)? (?:about it )?twice",
    r"(?:thought|figured|said),? (?:well,? )?why not",
    r"no reason not to",
)
RATIONALE = (RULE_REASONS, SAY_SO_REASONS, FEELING_REASONS, HABIT_REASONS, CHOICE_REASONS)


def _reasons_in(units: Sequence[Unit]) -> list[tuple[Unit, Hit]]:
    """Return the weak reasons in the units, as one family would find them: at each place the first family's,
    and no two overlapping."""
    found = sorted(
        ((unit, hit, rank) for rank, family in enumerate(RATIONALE) for unit, hit in family.in_units(units)),
        key=lambda entry: (entry[1].start(), entry[2]),
    )
    kept: list[tuple[Unit, Hit]] = []
    reach = -1
    for unit, hit, _ in found:
        if hit.start() >= reach:
            kept.append((unit, hit))
            reach = hit.end()
    return kept


def _reason_between(text: str, start: int, end: int) -> bool:
    """Say whether any weak reason lies wholly inside a span of the text."""
    return any(family.search(text, start, end) is not None for family in RATIONALE)


# What makes a reason real: the stakes (customers, risk, money, a deadline), evidence (a measurement, a test,
# the logs), a constraint, or the cost of the alternative. Time words count only with a number, which is
# heard separately.
STAKES = Phrases(
    r"customers?|users?|clients?|patients?|shoppers?|merchants?|partners?|subscribers?|"
    r"risk\w*|cost(?:s|ly|ing)?|cheaper|expensive|money|revenue|budget|spend|savings?|price\w*|"
    r"outages?|incidents?|downtime|latency|slow\w*|errors?|failures?|fail(?:s|ed|ing)?|broke|broken|crash\w*|bugs?|"
    r"security|secure|vulnerab\w*|breach\w*|data loss|leak\w*|exposed?|sla|slos?|churn\w*|complain\w*|tickets? (?:from|queue)|"
    r"on-?call|pag(?:e|ed|ing) (?:us|me|someone)|deadline|launch date|contract\w*|licen[cs]\w*|compliance|legal|regulat\w*|"
    r"audit\w*|gdpr|hipaa|pci|soc ?2|"
    r"measur\w*|benchmark\w*|profil\w*|load[\s-]test\w*|tested|testing|experiment\w*|a/b|prototyp\w*|proof of concept|"
    r"data (?:showed|said|from)|metrics?|logs?|dashboards?|traces?|numbers|survey\w*|evidence|check(?:ed|ing)|verif\w*|"
    r"confirm\w*|reproduc\w*|compar\w*|"
    r"otherwise|would have (?:cost|taken|meant|broken|lost|missed)|instead of|rather than|trade[\s-]?offs?|"
    r"shut(?:ting)? down|sunset\w*|deprecat\w*|end of (?:life|support)|unsupported|cves?"
)
# How far from a reason its stakes must be said to count for it: the reason's own clause, not the
# whole unit (a transcript's unit can run on for a hundred words).
_STAKES_BEFORE, _STAKES_AFTER = 40, 80
# "I didn't trust my instinct, so I tested both": a vague reason named in order to refuse it.
_REFUSED = lazy_compile(
    r"(?:\b(?:not|never|didn'?t|wasn'?t|don'?t|won'?t|wouldn'?t)\s+(?:(?!so\b|and\b|because\b|but\b|then\b)\w+\s+){0,8}|"
    r"\b(?:rather than|instead of|on paper)\s+(?:\w+\s+)?|\bover\s+(?:(?:my|our|his|her|their|the|a|pure|just)\s+)?|"
    r"\bnot\s+(?:just\s+|only\s+|simply\s+)?(?:because|since)\s+)$",
    re.I,
)
# A reason the candidate names as the fault, in the same clause: "the real problem was that we parked issues with
# another team without any evidence", "our habit of buying tools because they looked modern". Told as a fault, it
# is what the story set right, not the candidate's own reason.
_FAULTED = lazy_compile(
    r"(?:\b(?:problem|mistake|cause|issue|flaw|failure|trap|gap|weakness)s?\s+(?:was|is|were|had been)\b|"
    r"\bhabits?\s+of\b|\bused\s+to\b|\btended\s+to\b)[^,;:.!?\n]*$",
    re.I,
)
_FAULT_REACH = 120
# "It seemed the obvious choice, but...", "we didn't weigh alternatives, which I'd do now": the vague reason
# turned round or owned right after it.
_TURNED = lazy_compile(
    r"\W+(?:\w+\W+){0,4}?(?:but|however|though|although|until|except|yet|in hindsight|looking back|next time|"
    r"mistake|ruled (?:it|that|this) out|decided against|rejected (?:it|that|this)|talked (?:myself|them|us) out of)\b",
    re.I,
)
# "At first a rewrite seemed the better option", "looking back it was a judgement call": a view the story revises.
_REVISED_BEFORE = lazy_compile(
    r"\b(?:at first|initially|to begin with|my first (?:instinct|thought|reaction)|looking back|in hindsight|"
    r"in retrospect)\b",
    re.I,
)


def _turned(text: str, match: Hit, end: int) -> bool:
    """Say whether a vague reason is turned round right after it, in its clause or the clause that follows."""
    stop = FULL_STOP.search(text, match.end(), match.end() + 60)
    return (
        _TURNED.match(text, match.end(), max(end, stop.start() if stop else min(len(text), match.end() + 60)))
        is not None
    )


def _sentence_end(text: str, position: int, unit_end: int) -> int:
    """Return where the sentence holding a position ends: a transcript's clause may end before it does."""
    stop = FULL_STOP.search(text, position, position + 200)
    return max(unit_end, stop.start() if stop is not None else min(len(text), position + 200))


def _put_to_test(p: Passage, match: Hit) -> bool:
    """Say whether a hunch is checked by the candidate later in its sentence ("my gut said the network, so I ran a
    capture"): a lead followed up, not a choice made on it."""
    stop = _SENTENCE_END.search(p.text, match.end(), match.end() + 200)
    end = stop.start() if stop is not None else min(len(p.text), match.end() + 200)
    return any(
        match.end() < a.start < end
        and a.actor in ("i", "we")
        and (a.verb.lower() in _TEST_VERBS or _TEST_RUN.match(p.text, a.end) is not None)
        and _TURN_TO_CHECK.search(p.text, match.end(), a.start) is not None
        for a in p.acts
    )


# "It seemed a good idea to check with the warehouse first": a reason to look before deciding, not a decision.
_PRECAUTION = lazy_compile(
    r"\s+(?:\w+\s+){0,2}?to\s+(?:first\s+)?(?:check|ask|test|verify|confirm|measure|look|try|talk)\b", re.I
)
# "It felt like the right moment, because the roadmap was being set that week": the reason said after the verdict.
_REASON_AFTER = lazy_compile(
    r"[^.!?;]{0,60}?\b(?:because|since|so that|so (?:[\w'’-]+ ){1,3}?(?:could|can|would|will|wouldn'?t|won'?t|didn'?t|"
    r"don'?t|no longer|never))\s+(?=[^.!?;]{20,})",
    re.I,
)
# "...since I had some spare time that sprint": time to spare is a motive, not a reason of substance.
_IDLE_MOTIVE = lazy_compile(
    r"(?:i|we) (?:had|'d got|had got) (?:a bit of |some |a little |a few )?(?:spare |free |extra |quiet )?(?:time|capacity|"
    r"bandwidth|cycles|days)\b",
    re.I,
)


# Where the sentence holding a reason ends.
_REASON_STOP = lazy_compile(r"[.!?;]")


def _reason_follows(text: str, start: int, end: int) -> bool:
    """Say whether a vague verdict is followed in its sentence by a reason of substance, not another vague one."""
    reason = _REASON_AFTER.match(text, start, end)
    if reason is None:
        return False
    stop = _REASON_STOP.search(text, reason.end(), end)
    if _IDLE_MOTIVE.match(text, reason.end()):
        return False
    return not _reason_between(text, reason.start(), stop.start() if stop else end)


# Words that describe the system rather than the problem. "Started as a monolith", "sits behind a gateway" and
# "containers" describe it too; the problem starts with "started failing", "fell behind", "contained".
SYSTEM_WORDS = Phrases(
    r"(?:architecture|microservices?|stack|built (?:on|with|in)|written in|consist(?:s|ed) of|we used|we use|uses|"
    r"kafka|kubernetes|k8s|postgres|mysql|redis|dynamo\w*|s3|lambda|react|java|python|golang|node|spark|airflow|"
    r"frontend|backend|api|apis|database|cluster|pipeline|platform|layer|component|module|framework|tech|service)"
)
PROBLEM_WORDS = Phrases(
    r"(?:problem|issue|broke|broken|breaking|fail\w*|outage|incident|bug|error\w*|slow\w*|complain\w*|crash\w*|"
    r"down|lost|losing|late|(?:fell|falling|fall|fallen|were|was|are|is|got|getting|running|ran|get) behind|"
    r"behind (?:schedule|plan|the deadline|on)|risk\w*|deadline|escalat\w*|drop\w*|spik\w*|timeout\w*|timing out|leak\w*|wrong|"
    r"but|however|until|noticed|started (?:to \w+|\w+ing)|suddenly|struggl\w*|couldn'?t|could not|missing|stuck|blocked|cost\w*|expensive|"
    r"conflict|disagree\w*|complain\w*|churn\w*|angry|frustrat\w*|unhappy|pain|manual|contain(?:ed|ment)|expos\w*|meant|"
    r"took (?:\w+ )?(?:months|weeks|days)|stop\w* supporting|unsupported|end of (?:life|support)|deprecat\w*|expir\w*|"
    r"violat\w*|worr\w*|concern\w*|quit\w*|stuck|waste\w*|duplicat\w*|inconsisten\w*|flaky|missed|overdue|unowned|nobody|no one)"
)
# An answer spent elsewhere: on leaving one's job, on the job one wants, or on having no story to tell.
ELSEWHERE = Phrases(
    r"(?:why|reason) (?:i'?m|i am) (?:\w+ )?(?:looking|leaving|interviewing|applying|here|on the market|moving on)",
    r"(?:i'?m|i am) (?:\w+ )?(?:looking to (?:leave|move|get out)|looking for (?:a new|something new|a change|another)|"
    r"ready to (?:leave|move on)|thinking (?:of|about) leaving|on the market)",
    r"(?:i'?d|i would|i) (?:really |much |just )?(?:like|love|want|prefer) to (?:work|be) (?:somewhere|at a (?:company|place)|"
    r"for a (?:company|team)|in a (?:place|team|company)|with (?:people|a team))",
    r"(?:at|in|with|for) a (?:company|place|team|org|organi[sz]ation) like (?:yours|this one|this|you)|"
    r"(?:companies|places|teams) like (?:yours|this one)",
    r"(?:i'?m|i am|i'?ve been|i have been) (?:\w+ )?(?:job[\s-]hunting|interviewing (?:elsewhere|around)|looking around|"
    r"looking elsewhere|applying elsewhere|looking for (?:a |another )?(?:new )?(?:job|role|position|opportunity))",
    r"(?:part of|one of the reasons|a big reason|the main reason|a big part of) (?:why )?(?:i'?m|i am|i want|i'?d like|i "
    r"decided) (?:\w+ )?(?:to )?(?:leaving|leave|looking|moving on|move on|here|applying|interviewing)",
    r"(?:time|ready|decided|want|need) (?:for me )?to (?:leave|move on|get out|quit)\b(?: (?:there|that place|the company))?",
    r"(?:somewhere|a place|a company|a team|an org) (?:that|where|which) (?:\w+ )?(?:actually |really |genuinely )?"
    r"(?:takes|values|cares|listens|trusts|invests|means|respects)",
    r"(?:excited|keen|drawn) (?:about|to|by) (?:this|the|your) (?:role|opportunity|position|company|team)",
    r"(?:hopefully|i hope|i'?m hoping) (?:\w+ ){0,3}(?:here|your (?:company|team)|this (?:company|role|team))",
    r"my next (?:role|job|company|team|position|employer)",
    r"(?:why|reason) i (?:want|wanted|'d like|would like|'d love|would love) to (?:join|leave|move|work (?:here|for you|"
    r"with you))",
    r"(?:i'?d|i would) (?:really )?(?:love|like|want) to (?:join|work (?:here|for you|with you|at your))",
    r"(?:appeals|appealed) to me|why i applied|why i'?m (?:here|applying|interviewing)",
    r"(?:this|that|the) question is (?:\w+ )?(?:hard|difficult|tough|tricky) to answer",
    r"i (?:can'?t|cannot|couldn'?t) (?:really )?(?:think of|come up with|recall|remember) (?:a|an|any) (?:\w+ )?(?:time|"
    r"example|situation|story|instance)",
    r"i don'?t (?:really |actually )?have (?:a|an|any) (?:\w+ )?(?:example|story|situation|instance)",
    r"(?:i'?ve|i have|i) (?:never|not|haven'?t) (?:really |actually )?(?:had|been in|faced|come across|dealt with|run into) "
    r"(?:exactly |quite |precisely )?(?:a |an |that |this |such a |the )?(?:\w+ )?(?:situation|chance|opportunity|case|example)",
)
# What one usually does or what kind of person one is, in place of a story.
HABITUAL = Phrases(
    r"(?:i|we) (?:always|usually|normally|generally|typically|tend to|like to|make sure to|make it a point to|make a point of) "
    r"(?:\w+ )?(?:try|start|make|ask|check|look|talk|go|get|set|write|keep|sit|reach|think|focus|put|take|spend|"
    r"follow|listen|work|use|do|have|want|find|see|give|read|bring|break|review|share|document|involve|schedule)\b",
    r"(?:whenever|every time|any time|anytime) (?:there'?s|there is|i see|i get|i have|i'?m|i am|someone|somebody|a "
    r"customer|a teammate|my team|we have|we get)",
    r"(?:i'?m|i am) (?:a |the )?(?:really |very |naturally |pretty |quite |just |generally )?(?:\w+ )?(?:person|"
    r"people person|team player|learner|problem solver|kind of (?:person|engineer|leader)|type of (?:person|engineer|"
    r"leader)|sort of (?:person|engineer|leader))",
    r"my (?:general |usual |normal |personal )?(?:approach|philosophy|process|strategy|style|mindset) (?:is|has always been|"
    r"tends to be)",
    r"(?:in general|as a rule|generally speaking),? (?:i|we)",
    r"(?:the way|how) (?:i|we) (?:usually |normally |generally |typically )?(?:approach|handle|deal with|tackle|think about|"
    r"look at|work through|manage) (?:[\w-]+ ){0,4}?(?:is|has always been)",
    r"(?:i|we) (?:always |really |genuinely |just )?try to (?:keep|live|be|remember|stay|act|put|treat|think|follow|lead)",
    r"(?:i'?ve|i have|we'?ve|we have) (?:always )?found (?:that )?(?:it|this|that) (?:works|helps)",
    r"(?:i|we) (?:always |usually |normally |generally |just )?(?:go the extra mile|lead by example|wear many hats)",
)
# Someone else's work told as the example, with the candidate watching: "I watched the whole thing from the
# sidelines", "I learned so much from watching her", "I wasn't on that team".
BYSTANDER = Phrases(
    r"(?:i|we) (?:just |mostly |only )?(?:watched|observed|saw) (?:it all|the whole thing|it|them|her|him|from)(?: \w+)? "
    r"(?:from the sidelines|unfold|happen|play out|work)",
    r"from the sidelines",
    r"(?:i|we) (?:learned|learnt) (?:so much|a lot|a great deal|loads) (?:from|by) (?:watching|seeing|working (?:with|under)|"
    r"her|him|them)",
    r"(?:i|we) (?:wasn'?t|was not|weren'?t) (?:directly |really |actually |personally )?(?:involved|on (?:the|that|his|her|"
    r"their) (?:\w+ )?(?:team|project|squad))",
    r"(?:i|we) (?:really |always )?(?:admired|looked up to) (?:how|the way|her|him|them)",
    r"(?:follow|followed|following) (?:her|his|their) (?:example|lead)",
    r"(?:the|a) model (?:i'?d|i would|i want to|i'?m trying to) (?:like to )?follow",
    r"(?:(?:a|my) (?:colleague|teammate|manager|lead|mentor|friend)(?: [\w'’]+){0,4}?|he|she) (?:was|is) (?:really |just )?"
    r"(?:amazing|brilliant|incredible|great|fantastic|so good|excellent) at (?:this|that)",
    r"(?:i thought|i think|and) (?:it|that) (?:was|is) (?:a |such a )?(?:really )?(?:great|good|perfect|brilliant|textbook) "
    r"example of",
)
# Probes that ask for a hypothetical, where "I would" is the right answer.
HYPOTHETICAL_PROBE = lazy_compile(
    r"\b(?:would|suppose|what if|imagine|if you|if it|next time|again|differently)\b", re.I
)
# Advice in place of a story.
ADVICE = Phrases(r"you (?:should|would|need to|have to|must)", r"one should", r"the key is to", r"the best way is to")
# Beliefs, values and maxims about how people or companies ought to be, in place of a story.
CREED = Phrases(
    r"(?:our|the company'?s|my company'?s|their|its|the team'?s) (?:core |company |team |guiding )?(?:values|mission|"
    r"principles|culture|motto|ethos|vision) (?:is|are|was|were|include|includes|have always been|has always been)",
    r"(?:we|the company|they|our company|the business) (?:really |strongly |truly |genuinely |always )?believe[sd]? in",
    r"(?:the best|good|great|strong|successful) (?:leaders|managers|engineers|teams|companies|employees|organi[sz]ations) "
    r"(?:\w+ )?(?:always |should |never |don'?t |tend to )?(?:empower|trust|listen|know|are|do|have|take|make|put|give|"
    r"share|focus|communicate|build|create|care)",
    r"(?:a|any|every) (?:good|great|strong) (?:manager|leader|engineer|employee|teammate|team player) (?:should|always|is|"
    r"knows|needs|must|has to)",
    # A view of how things ought to be, held by the candidate: "I believe customers always come first", "for me
    # ownership means...", "every engineer should...", "that's what ownership is really about".
    r"(?:i|we) (?:really |strongly |truly |genuinely |firmly |have always |always )?believe[ds]? (?:that )?(?:customers|"
    r"people|teams|engineers|leaders|managers|everyone|every|the customer|good|great|you|a (?:good|great))",
    r"(?:for me|to me),? (?:[\w-]+ ){1,3}?(?:means|is about|is all about|comes down to)",
    r"(?:that'?s|this is|it'?s) what (?:[\w-]+ ){1,2}?is (?:really |all |ultimately )?about",
    r"(?:every|any|an?) (?:engineer|developer|manager|leader|employee|person|team|owner|analyst|designer)s? (?:should|needs to|"
    r"must|has to|ought to)",
    r"(?:is|are) (?:one of )?the most important (?:principles?|values?|things?|skills?|qualities|traits?|lessons?) (?:for|in|"
    r"of|an?)",
    r"(?:something|what) (?:i'?m|i am) (?:really |very |so |genuinely |truly )?passionate about|(?:a )?(?:big )?part of who "
    r"i am",
    r"(?:owners|leaders|good engineers|great engineers) (?:think|act|never|always|don'?t|take|care)",
    r"(?:the|one) key to (?:[\w-]+ ){1,3}?is",
    r"(?:the best|good|great|strong|successful) (?:[\w-]+ )?(?:analysts|designers|developers|people|owners|colleagues|"
    r"leaders|managers|engineers|teams) (?:i(?:'ve)? (?:know|knew|worked with|met) )?(?:always|never|tend to)",
)
# A story about a friend or a relative, told in place of one's own.
SOMEONE_ELSES = Phrases(
    r"(?:my|a) (?:best |close |old |good )?(?:friend|brother|sister|cousin|dad|father|mum|mom|mother|wife|husband|"
    r"girlfriend|boyfriend|roommate|flatmate|neighbou?r|uncle|aunt|son|daughter|parents)",
    r"a friend of mine|someone i know",
)
# The candidate in the first person singular: an answer without it is not their own story.
_ME = lazy_compile(r"\b(?:i|i'?[dm]|i'?ve|i'?ll|me|my|mine|myself)\b", re.I)
# Fewer words than this can be a fragment that leaves the subject implied.
_OWN_STORY_WORDS = 25


# "before I believe it's flat": believing as the thing one does, not a hedge on a claim.
BELIEF_AS_VERB = lazy_compile(r"\b(?:before|until|unless|once|if|when|to)\s+$", re.I)
# "I told the support lead it would probably be slower": a forecast given to others, which is calibration.
FORECAST_MODAL = lazy_compile(r"\b(?:would|will|could|['’]d|['’]ll)\s+$", re.I)
FORECAST_VERBS = frozenset("warned explained agreed estimated predicted forecast promised expected".split())


# Hedges that soften one's own part or result ("I sort of led it"); the others voice a doubt, which a check can settle.
SOFTENERS = frozenset(
    {
        "sort of",
        "kind of",
        "kinda",
        "sorta",
        "pretty much",
        "somewhat",
        "more or less",
        "or something",
        "something like that",
        "hopefully",
    }
)
# "I wasn't sure it was the index, so I ran the query plan": a doubt settled by a check of one's own later in the
# same sentence.
CHECK_VERBS = frozenset(
    "checked tested ran compared pulled measured counted timed replayed reproduced confirmed verified traced profiled "
    "bisected looked asked queried sampled inspected diffed grepped benchmarked isolated swapped matched dug "
    "instrumented reconciled audited validated cross-checked rechecked double-checked recounted".split()
)
# Checks that test a hunch; "ran", "pulled" or "asked" test one only with a test as their object.
_TEST_VERBS = CHECK_VERBS - {"ran", "pulled", "asked", "swapped", "matched", "dug", "looked"}
_TEST_RUN = lazy_compile(
    r"\s+(?:a|an|the|some|two|both)\s+(?:[\w-]+\s+)?(?:tests?|captures?|quer(?:y|ies)|benchmarks?|experiments?|trials?|"
    r"profiles?|profilers?|comparisons?|checks?|diffs?|samples?|reports?|logs)\b",
    re.I,
)


# "...but the incident report I wrote says 14 March": a memory settled by a record.
RECORD_SAYS = lazy_compile(
    r"(?:\bbut\b|[;—:])\s*(?:\w+\s+){0,2}?(?:(?:my|our)\s+(?:own\s+)?(?:\w+\s+)?(?:report|timeline|notes|log|"
    r"spreadsheet|post-?mortem|write-?up|doc|email|calendar)\b|(?:the\s+)?(?:\w+\s+)?(?:report|timeline|notes|log|"
    r"spreadsheet|post-?mortem|write-?up|doc|email|ticket)\s+(?:i|we)\s+(?:wrote|kept|filed|made|sent|raised))"
    r"[^.!?]{0,20}?\b(?:says|said|shows|showed|puts|put)\b",
    re.I,
)
# "..., so I ran", "...; I checked", "but I pulled": the check answers the doubt rather than adds to the story.
_TURN_TO_CHECK = lazy_compile(r"\b(?:so|but|then|until|instead|later|which)\b|[;—:]", re.I)
# "I think it was the index, and I confirmed it in the query plan": a confirming check joined by a bare "and".
_CONFIRMING = frozenset("confirmed verified checked validated reconciled".split())
_AND_BEFORE = lazy_compile(r"\band\s+(?:then\s+|later\s+)?$", re.I)
_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)")
# "At first I wasn't sure", "I'm not sure at the time": the story's doubt, placed in the past.
AT_FIRST = lazy_compile(r"\b(?:at first|initially|at the time|to begin with|at the start)\b", re.I)
# "whether we might have lost data": an open question being told, not doubt.
OPEN_QUESTION_BEFORE = lazy_compile(r"\b(?:whether|if)\s+(?:[\w'’]+\s+){0,3}$", re.I)
# "The ward sister thought it was probably fine": someone else's view, reported.
REPORTED_VIEW = lazy_compile(
    r"(?:\b(?:he|she|they)|\b(?:the|my|our|his|her|their) (?:[\w-]+ ){0,2}?(?!i\b|we\b)[\w-]+)\s+(?:thought|felt|said|"
    r"reckoned|believed|suspected|guessed|assumed|argued|insisted|worried|told (?:me|us)|was sure|were sure)\b"
    r"(?: like| that|[,:]\s*[\"“]?)?[^,.;:!?]{0,60}$",
    re.I,
)
# "I told the client it would be Friday, maybe Thursday": a forecast given to others.
_MODAL = lazy_compile(r"\b(?:would|will)\b|['’](?:d|ll)\b", re.I)


def _settled(p: Passage, match: Hit, said: str) -> bool:
    """Say whether a doubt is placed in the past or settled later in its sentence by a check or a record."""
    if said in SOFTENERS:
        return False
    unit = p.unit_of(match.start())
    if unit is not None and AT_FIRST.search(
        p.text, max(unit.start, match.start() - 40), min(unit.end, match.end() + 30)
    ):
        return True
    stop = _SENTENCE_END.search(p.text, match.end(), match.end() + 240)
    end = stop.start() if stop is not None else min(len(p.text), match.end() + 240)
    if RECORD_SAYS.search(p.text, match.end(), end) or SET_OUT_TO_CHECK.search(p.text, match.end(), end):
        return True
    return any(
        match.end() < a.start < end
        and a.actor in ("i", "we")
        and a.verb.lower() in CHECK_VERBS
        and (
            _TURN_TO_CHECK.search(p.text, match.end(), a.start) is not None
            or (a.verb.lower() in _CONFIRMING and _AND_BEFORE.search(p.text, match.end(), a.start) is not None)
        )
        for a in p.acts
    )


# What may follow a trailing "or something" that is still the vague tail ("a cache thing or something so I...").
_CLAUSE_STARTS = frozenset(
    "like along similar else and but so then i we it that which anyway because when after before you they".split()
)


def _names_a_thing(unit: Unit, match: Hit) -> bool:
    """Say whether "or something" goes on to name the thing ("work or something personal"), so is no hedge."""
    following = unit.text[match.end() : unit.end].split(maxsplit=1)
    return bool(following) and following[0].isalpha() and following[0].lower() not in _CLAUSE_STARTS


def _names_a_kind(p: Passage, match: Hit) -> bool:
    """Say whether "kind of" or "sort of" is the noun ("a new kind of workflow") rather than a filler."""
    said = match.group().lower()
    return (
        said.endswith(" of") and KIND_NOUN_BEFORE.search(p.text, max(0, match.start() - 20), match.start()) is not None
    )


def _same_clause(text: str, start: int, end: int) -> bool:
    """Say whether two positions lie within a few words of each other with no clause break between."""
    between = text[start:end]
    return len(between.split()) <= 3 and not any(mark in between for mark in ",;:.!?")


# A state of things told as the setting: "everyone just hit rerun, it was kind of normal".
_STATE_BEFORE = lazy_compile(
    r"\b(?:it|that|this|things|everything|everyone|everybody|nobody|people|they|the\s+[\w-]+)\s+(?:just\s+|all\s+)?"
    r"(?:was|were|is|are|had\s+been|seemed|felt|looked|became)\s+$",
    re.I,
)


def _setting_described(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether a hedge softens how things stood in the Situation, not the candidate's own work."""
    in_situation = p.section == "situation" or unit in p.parts.get("situation", ())
    if not in_situation or _STATE_BEFORE.search(p.text, max(unit.start, match.start() - 30), match.start()) is None:
        return False
    return not any(a.actor != "other" and unit.start <= a.start < match.start() for a in p.acts)


def _not_about_own_work(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether a hedge qualifies someone else's act, or a forecast the candidate gave to others."""
    before = [a for a in p.acts if unit.start <= a.start < match.start()]
    if before and before[-1].actor == "other" and _same_clause(p.text, before[-1].end, match.start()):
        return True  # "she was catching maybe half of it"
    if REPORTED_VIEW.search(p.text, unit.start, match.start()):
        return True  # "the ward sister thought it was probably fine"
    told = [a for a in before if a.actor != "other" and (a.verb_class == "communication" or a.verb in FORECAST_VERBS)]
    if not told:
        return False
    lead = p.text[max(unit.start, match.start() - 12) : match.start()]
    if FORECAST_MODAL.search(lead) is not None:
        return True
    said = p.text[told[-1].end : match.start()]  # "I told the client it would be Friday, maybe Thursday"
    return len(said) <= 60 and _MODAL.search(said) is not None


def _rough_figure(text: str, unit: Unit, match: Hit, said: str) -> bool:
    """Say whether the hedge only rounds a figure ("maybe a month", "two weeks more or less")."""
    said = said.replace("’", "'")
    if said not in _ROUGH_WORDS:
        return False
    figure = _FIGURE_AFTER.match(text, match.end(), unit.end)
    if figure is not None:
        return _UNSURE_FIGURE.match(text, figure.end(), min(unit.end, figure.end() + 30)) is None
    if said != "more or less":
        return False
    if _FIGURE_BEFORE.search(text, max(unit.start, match.start() - 20), match.start()):
        return True
    softened = _SOFTENED_ACT_BEFORE.search(text, max(unit.start, match.start() - 8), match.start())
    return softened is None and _SOFTENED_ACT_AFTER.match(text, match.end(), unit.end) is None


# "I think it was roughly 30%", "it probably saved about 200 hours": an estimate given as one, with its figure.
_ESTIMATE_AFTER = lazy_compile(
    r"\s+(?:that\s+)?(?:(?:it|that|this|we|they|the\s+[\w-]+|[\w-]+)\s+){0,2}?(?:was|were|is|took|takes|saved|saves|cost|"
    r"costs|came to|comes to|had|hit|reached|affected|covered|cut|added)\s+(?:us\s+|me\s+|them\s+)?(?:about|around|roughly|"
    r"approximately|close to|nearly|almost|an estimated|at least)\s+[$£€]?\d[\d,.]*(?:\s?(?:%|percent|per cent|[a-z]+))?"
    r"(?![^.;!?]{0,25}\b(?:or|to|maybe|probably|i guess|i think|not sure)\b)",
    re.I,
)
# "I believe the root cause was a race", "I think the vendor changed their limits": a fact of the world the candidate
# is honestly unsure of, not doubt about their own work.
_FACT_CLAIM = lazy_compile(
    r"\s*(?:that\s+)?(?:the|their|its)\s+(?:(?:root|real|underlying|likely|main|actual|original)\s+)?(?:cause|causes|"
    r"reason|trigger|culprit|explanation)\b|\s*(?:that\s+)?(?:the|their)\s+(?:vendor|provider|supplier|bank|"
    r"client|partner|other team|regulator|carrier)s?\s+(?:had\s+)?\w+ed\b",
    re.I,
)
# "I'm fairly confident the change caused it, because it lined up with the deploy": a degree of certainty with its
# grounds, which is calibration.
_GROUNDS_AFTER = lazy_compile(r"[^.;!?]{0,80}?\b(?:because|since|given|based on|as (?:it|the|we|i))\b", re.I)
_DEGREE = lazy_compile(r"(?:i'?m|i am|i was) \w+ (?:sure|certain|confident)", re.I)


def _calibrated(p: Passage, match: Hit, said: str) -> bool:
    """Say whether a hedge is an estimate with its figure, a fact of the world, or a certainty with its grounds."""
    if said in SOFTENERS:
        return False
    if _ESTIMATE_AFTER.match(p.text, match.end()):
        return True
    if said in ("i think", "i think that", "i believe", "i suspect") and _FACT_CLAIM.match(p.text, match.end()):
        return True
    return _DEGREE.fullmatch(said) is not None and _GROUNDS_AFTER.match(p.text, match.end()) is not None


# "more than I think", "what I think": a comparison or a clause, not a tag on a claim.
_TAG_BEFORE = lazy_compile(r"\b(?:than|what|as|how|whatever)\s+$", re.I)


def _trailing_doubt(p: Passage, unit: Unit, match: Hit, after: str) -> bool:
    """Say whether "I think" is tagged onto a claim about one's own work ("I cut it to 40 seconds, I think")."""
    rest = after.lstrip()
    if match.start() == unit.start or (rest and rest[0] not in ",.;:!?"):
        return False
    if _TAG_BEFORE.search(p.text, max(unit.start, match.start() - 10), match.start()):
        return False
    if has_number(p.text, unit.start, match.start()):
        return True
    return any(
        unit.start <= a.start < match.start()
        and a.actor in ("i", "we")
        and not a.hypothetical
        and a.verb_class in DOING
        for a in p.acts
    )


def _and_more(count: int, noun: str) -> str:
    """ " (and 2 more hedges)" after a quoted first example, or nothing when it stands alone."""
    return f" (and {count} more {noun}{'s' if count > 1 else ''})" if count else ""


def hedging(p: Passage) -> Finding | None:
    matches = []
    for unit, match in HEDGES.in_units(p.units):
        said = match.group().lower()
        if not said.startswith("i") and not FIRST_PERSON.search(unit.text, unit.start, unit.end):
            continue
        if said == "i believe" and (
            BELIEF_AS_VERB.search(p.text, max(unit.start, match.start() - 10), match.start())
            or p.text[match.end() : match.end() + 3].lower() == " in"
        ):
            continue  # "before I believe it's flat", "I believe in writing the rollback first"
        if said in ("might have", "may have", "maybe", "possibly") and OPEN_QUESTION_BEFORE.search(
            p.text, max(unit.start, match.start() - 40), match.start()
        ):
            continue  # "the customer asked whether we might have lost data"
        if not said.startswith("i") and (_not_about_own_work(p, unit, match) or _setting_described(p, unit, match)):
            continue
        if said.startswith("i") and QUOTED_BY_OTHER.search(p.text, max(0, match.start() - 80), match.start()):
            continue
        if said == "or something" and _names_a_thing(unit, match):
            continue
        if _names_a_kind(p, match):
            continue
        if _rough_figure(p.text, unit, match, said):
            continue
        if said.replace("’", "'") in WEAK_HEDGES:
            after = unit.text[match.end() : min(unit.end, match.end() + 20)].lower()
            trailing = _trailing_doubt(p, unit, match, after)
            if not trailing and (OPINION_INTRO.match(after) or not (unit.numeric or WEAK_HEDGE_TARGET.match(after))):
                continue
            if not trailing and NORMATIVE_VIEW.match(p.text, match.end(), min(unit.end, match.end() + 60)):
                continue
        if _settled(p, match, said.replace("’", "'")) or _calibrated(p, match, said.replace("’", "'")):
            continue
        matches.append(match)
    if not matches:
        return None
    return finding(
        "hedging",
        "major" if len(matches) >= 5 else "minor",
        f"{quote(matches[0].group())}{_and_more(len(matches) - 1, 'hedge')} makes you sound unsure of your own "
        "work. State what you did and what you know.",
        p.cite(matches, 5),
    )


# Words after which "like" is a filler ("and like", "it was like full", "for like an hour"); after a noun or an
# object it compares or gives an example ("services like billing", "treated each stage like a queue").
_FILLER_LIKE_AFTER = frozenset(
    "and so but or then was is were are be been being it's its that's i'm im he's she's they're we're you're um uh "
    "er erm had have got get about around there literally really actually basically said say says thought think "
    "mean means meant know went goes go with for at in of to on yeah okay ok oh well like".split()
)
_WORD_BEFORE = lazy_compile(r"([\w'’]+)[^\w'’]*$")
_NUMBER_AFTER = lazy_compile(
    r"\s+(?:\d|(?:a |an )?(?:few|couple|dozen|hundred|thousand|half|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)",
    re.I,
)
# "the ER nurses", "the er wait": the department, not a hesitation.
_FUNCTION_WORD_AFTER = lazy_compile(
    r"\s+(?:the|a|an|and|so|but|i|we|it|they|he|she|um|uh|you|that|this|to|of|in|was|is)\b", re.I
)


def _spoken_filler(p: Passage, match: Hit) -> bool:
    """Say whether a filler-shaped word is said as a filler, not as a comparison or a name."""
    said = match.group().lower()
    if said == "like":
        unit = p.unit_of(match.start())
        start = unit.start if unit is not None else 0
        before = _WORD_BEFORE.search(p.text, max(start, match.start() - 20), match.start())
        if before is None or _NUMBER_AFTER.match(p.text, match.end()):
            return True
        return before.group(1).lower().replace("’", "'") in _FILLER_LIKE_AFTER
    if said == "er":
        if match.group() == "ER":
            return False
        lead = p.text[max(0, match.start() - 4) : match.start()].lower()
        return not (lead.endswith("the ") and _FUNCTION_WORD_AFTER.match(p.text, match.end()) is None)
    return True


def filler_words(p: Passage) -> Finding | None:
    matches = [m for m in p.find(FILLERS) if not _names_a_kind(p, m) and _spoken_filler(p, m)]
    rate = len(matches) * 100 / max(p.word_count, 1)
    vocal = any(re.fullmatch(r"(?:um+|uh+|erm+|er|hmm+)", m.group(), re.I) for m in matches)
    if not matches or (len(matches) < 2 and not vocal) or rate < FILLERS_PER_100_WORDS / 2:
        return None
    return finding(
        "filler_words",
        "major" if rate >= 6 else "minor",
        f"{len(matches)} fillers ({rate:.1f} per 100 words), such as {quote(matches[0].group())}. "
        "Pause instead; silence sounds more confident.",
        p.cite(matches, 6),
    )


# "The change was simple, but getting four teams to agree took a quarter", "the fix was easy once I had the heap
# dump", "the rollback took five minutes because I had rehearsed it": what was easy, said beside what made it hard.
_HARD_PART_AFTER = lazy_compile(
    r"[^.!?]{0,100}?\b(?:but|though|although|however|yet|on paper|in theory|to (?:state|explain|say)|in practice|"
    r"hard(?:er|est)?|difficult|tricky|the (?:work|risk|catch|challenge|difficulty) (?:was|is|lay)|"
    r"real (?:work|problem|fix|challenge|risk|issue)|took (?:me |us )?(?:\w+ ){0,2}(?:days|weeks|months|meetings|rounds|"
    r"attempts|tries|iterations|drafts|sprints|quarters?)|(?:with|for|that had) (?:a |an )?(?:big|huge|large|outsized|"
    r"massive|high) (?:payoff|impact|return|effect)|"
    r"because (?:i|we)(?:'d| had) (?:already )?(?:rehears|prepar|practi[sc]|script|automat|test|written|built)\w*|"
    r"because (?:the|our|a|we|they)\s+(?:\w+\s+){0,2}(?:needed|wanted|required|asked for|had no|was due)|"
    r"(?:so|and) (?:i|we) (?:checked|tested|didn'?t)\b)",
    re.I,
)
# "It looked like a quick fix", "the obvious fix was easy": how it seemed, not a claim that it was.
_SEEMED_BEFORE = lazy_compile(
    r"\b(?:looked|seemed|sounded|appeared|felt)(?: like)?\s+(?:\w+\s+)?$|\bthe obvious \w+,?[^.!?]{0,40}$", re.I
)
# "I simply had to accept the date couldn't move": a constraint taken on, not work waved away.
_ACCEPTED_AFTER = lazy_compile(r"\s+(?:accept|acknowledge|admit|live with|choose|decide|say no)\b", re.I)


def _difficulty_said(p: Passage, match: Hit) -> bool:
    """Say whether what was easy is told beside what was hard, as how it seemed, or as a constraint accepted."""
    start, end = match.span()
    unit = p.unit_of(start)
    lead_from = unit.start if unit is not None else max(0, start - 60)
    return (
        _HARD_PART_AFTER.match(p.text, end) is not None
        or _SEEMED_BEFORE.search(p.text, max(lead_from, start - 60), start) is not None
        or _ACCEPTED_AFTER.match(p.text, end) is not None
    )


def oversimplified(p: Passage) -> Finding | None:
    return quoted_finding(
        p,
        SIMPLIFIED,
        "oversimplified",
        "minor",
        "{quote} dismisses the difficulty, so the interviewer hears nothing to judge. Say what made it hard and how you handled it.",
        keep=lambda m: not _difficulty_said(p, m) and not in_rejected_course(p.text, m.start()),
    )


def _stakes_near(text: str, start: int, end: int, window: tuple[int, int]) -> bool:
    """Say whether stakes, evidence or a constraint are said in the window around a reason, outside its own words."""
    for left, right in ((window[0], start), (end, window[1])):
        if left >= right:
            continue
        if has_number(text, _after_connective(text, left, start) if right == start else left, right):
            return True
        hit = STAKES.search(text, left, right)
        while hit is not None:
            if not _COST_WORD.match(text, hit.start(), hit.end() + 11):
                return True
            hit = STAKES.search(text, hit.end(), right)
    return False


# Words that open a reason: a figure before one belongs to the choice ("I insisted on 100% coverage because..."), not
# to the reason.
_CONNECTIVE = lazy_compile(r"\b(?:because|since|as|cause|cos|coz|cuz)\b", re.I)


def _after_connective(text: str, left: int, start: int) -> int:
    """Return where a reason's own words begin: after the last connective before it (or opening it), else `left`."""
    ends = [found.end() for found in _CONNECTIVE.finditer(text, left, min(len(text), start + 6))]
    return min(ends[-1], start) if ends else left


# "more cost-effective" says nothing of what it costs.
_COST_WORD = lazy_compile(r"cost[\s-]effective", re.I)


# A spoken "uh" or "um" after a reason usually starts the next thought: stakes beyond it are not the reason's.
# So is the candidate's next step ("because it was nicer, and I built the prototype"): what it names is not the
# reason's stakes. A state or a constraint ("and we were losing orders", "so we couldn't wait") still is.
_NEXT_THOUGHT = lazy_compile(
    r"[.;!?]|\b(?:um+|uh+|erm)\b|\b(?:and|so|then)\s+(?:then\s+|so\s+)?(?:i|we)\s+(?:just\s+|also\s+|then\s+)?"
    r"(?!(?:was|were|had|have|would|could|might|needed|need|did|didn|couldn|wouldn|weren|wasn|hadn|knew|know|got|"
    r"saw|lost|kept|can|cannot|risked|faced|missed|ruled|rejected|dropped|decided|questioned|challenged|argued|measured|tested|benchmarked|checked|compared|profiled|confirmed|verified|timed|counted)\b)[a-z]+(?:ed|ote|uilt|ent|an|et|ut|ook|ade|ew|ought)\b",
    re.I,
)


# More weak reasons, kept apart from RATIONALE so each family stays within RE2's memory for one automaton: a bare
# claim about a tool ("because Go is faster"), someone's preference carried out ("so that's what we built"), an
# impression ("they seemed more professional"), hearsay ("I'd read good things about it"), a universal good.
BARE_REASONS = Phrases(
    r"because (?:[\w.+#-]+ )?(?:is|was|are|were|'s) (?:just |simply |generally |always |obviously )?(?:faster|better|"
    r"simpler|cleaner|newer|more (?:modern|scalable|robust|flexible|maintainable|reliable|elegant|popular|powerful))"
    r"(?=[.,;!?]|$| and | so )",
    r"so (?:that'?s|that is) what (?:we|i) (?:built|did|went with|used|chose|shipped|picked|implemented)",
    r"(?:direction|way) (?:the company|the org|the organi[sz]ation|everyone|the industry|things|tech) (?:was|were|is|are) "
    r"(?:going|heading|moving)",
    _BECAUSE + r" (?:they|it|he|she|the [\w-]+) (?:seemed|looked|felt|sounded) (?:more |less |really |very |quite )?"
    r"(?:professional|solid|mature|modern|polished|trustworthy|reliable|legit|better|nicer|cooler)",
    r"(?:is|are) always (?:a )?(?:good idea|the right call|worth (?:it|doing|having)|better|the way to go)",
    _BECAUSE
    + r" (?:i'?d|i had|i|we'?d|we had|we) (?:read|heard|seen) (?:so many |lots of |a lot of )?(?:good|great|nice|"
    r"amazing) (?:things|reviews|stuff)",
)
# Words that praise a choice without saying what it buys: "solid", "more modern", "better supported".
_PRAISE = (
    r"(?:faster|quicker|better|simpler|cleaner|newer|nicer|neater|easier|superior|solid|good|great|modern|popular|"
    r"robust|flexible|maintainable|reliable|elegant|powerful|mature|proven|stable|scalable|lightweight|intuitive|"
    r"trendy|cool|sensible|smart|professional|polished|trustworthy|future[\s-]proof|(?:user|customer|developer)[\s-]friendly|industry[\s-]standard|"
    r"well[\s-](?:known|supported|documented|established|designed)|better[\s-](?:supported|documented|designed|built))"
)
# Where a bare reason ends: the clause closes, or a filler or the next clause follows. A reason that goes on
# ("faster to restore than a rebuild") says something, and is not bare.
_REASON_ENDS = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:and|so|but|i guess|basically|honestly|anyway|really|tbh|you know|um|uh)\b)"
# Virtues with nothing said of what they buy.
_VIRTUES = (
    r"(?:quality|scalability|performance|reliability|efficiency|maintainability|consistency|visibility|flexibility|"
    r"robustness|stability|clarity|readability|transparency|collaboration|alignment|ownership|accountability|"
    r"productivity|structure|governance|standardi[sz]ation|modularity|reusability|best practice)"
)
# Reasons as praise, as a generic virtue, as fashion or habit, or as a senior person's wish carried out.
PLAIN_REASONS = Phrases(
    # "because it's a solid choice", "cause it seemed more reliable i guess", "because Go is faster than Python".
    _BECAUSE
    + r" (?:(?:it|they|that|this)'(?:s|re)|(?:(?:the |our |their )?[\w.+#-]+ )?(?:is|was|are|were|seemed|seems|"
    r"looked|looks|felt|feels|sounded|sounds)(?: like)?) (?:(?:just|simply|generally|always|obviously|clearly|so|really|"
    r"overall|the|like|kind of|sort of|kinda|sorta|basically|honestly|um+|uh+|you know),? )*(?:a |an )?(?:(?:more|much|far|way|really|very|pretty|quite|super|a lot|a bit) )?"
    + _PRAISE
    + r"(?: (?:and|or) (?:more |much )?(?:faster|better|simpler|cleaner|newer|easier|nicer|modern|reliable|"
    r"better supported|more \w+))*(?: (?:choice|option|tool|pick|bet|fit|product|platform|framework|language|"
    r"technology|solution|approach|vendor|supplier|design|way|pattern|one|system|stack|library|service|model))?"
    r"(?: (?:than (?:the |our )?(?:old |other |current |existing )?[\w.+#-]+(?: one)?|by (?:the|its) community|in general|"
    r"overall|these days|nowadays|now|to (?:me|us|everyone)|all round|all around))?" + _REASON_ENDS,
    # "for better quality", "for scalability reasons", "to improve things", "to make things smoother".
    r"for (?:(?:better|improved|more|greater|higher|increased|extra|added) )?(?:overall )?" + _VIRTUES + _REASON_ENDS,
    r"for " + _VIRTUES + r" (?:reasons|purposes|'s sake)",
    r"to (?:improve|better|enhance|optimi[sz]e|streamline|tidy up|clean up|sort out) (?:things|stuff|everything|matters|"
    r"the situation|it all|(?:the |our )?(?:overall )?(?:quality|process|processes|workflow|ways of working|way we work|"
    r"way we worked))" + _REASON_ENDS,
    r"to make (?:things|it|everything|life|stuff|it all|them) (?:a (?:bit|lot|little) )?(?:better|easier|nicer|cleaner|"
    r"smoother|simpler|more (?:efficient|consistent|modern|professional|robust|scalable))" + _REASON_ENDS,
    r"to (?:be|become|get|make (?:us|the team|the process|it|things)) more (?:efficient|agile|modern|productive|consistent|"
    r"professional|scalable|robust|flexible|streamlined|organi[sz]ed|standardi[sz]ed|data[\s-]driven|innovative|"
    r"proactive)" + _REASON_ENDS,
    r"to (?:follow|align with|stay in line with|keep in line with|be in line with) (?:the )?(?:best practices?|industry "
    r"(?:standards?|norms?|practice)|what others (?:do|did))",
    # What the others do, how it has always been done, where things are heading.
    r"what (?:the |all the |most )?(?:other|rest of the|every other) (?:\w+ )?(?:were|are|was|is|had been|have been) "
    r"(?:doing|using|on|moving to|switching to)",
    r"what (?:everyone|everybody|the industry|the market|our competitors|competitors|the competition) (?:else )?(?:is|was|"
    r"are|were|'s) (?:doing|using|moving to)",
    r"(?:how|the way) (?:it'?s|it has|it had|things have|things'?ve|things had) (?:always )?been done",
    r"(?:how|the way) (?:modern|good|most|all|other|successful|big|serious|mature|real|proper) (?:\w+ )?(?:teams|companies|"
    r"engineers|shops|orgs|organi[sz]ations|places|businesses|hospitals|stores|studios|banks) (?:work|do (?:it|things)|"
    r"operate|build|run)",
    r"(?:is|are|was|were|'s|'re) (?:clearly |obviously |just |simply |definitely )?(?:the future|the way forward)",
    # Learning for its own sake, or a vague gain, as the reason for work others depend on.
    r"(?:would be|'d be|was|as|seemed like|is|be) (?:a |such a )?(?:really |very )?(?:great |good |nice |valuable |fantastic |"
    r"real )?learning opportunity",
    r"(?:seemed like|would be|'d be|as|was) (?:a |such a )?(?:really |very )?(?:valuable|useful|good|great|nice) skill",
    r"(?:gave|give|gives|giving) (?:us|the team|me|them) (?:(?:much|a lot|far|way|so) )?more (?:control|flexibility|"
    r"freedom|ownership|visibility)(?: than (?:\w+ ){1,4}?(?:did|had|does|was))?" + _REASON_ENDS,
    r"(?:was|is|were|are|'s|'re) (?:just )?(?:(?:a lot|much|way|far|so|really) )?(?:more streamlined|easier to maintain|"
    r"easier to (?:read|understand|work with)|more maintainable|more elegant)" + _REASON_ENDS,
    r"(?:bigger|newer|more|faster|simpler|smaller|less|shinier|new) is (?:always |just |usually )?(?:better|more)",
    r"the (?:decision|choice) was (?:pretty |really |quite |fairly |just )?(?:obvious|easy|simple|clear|a no[\s-]brainer)",
    # Familiar, the default, or simple for its own sake.
    _BECAUSE
    + r" (?:i|we)(?:'d| had|'ve| have)? (?:already |previously )?(?:used|worked with|known|seen) (?:it|them|that|"
    r"this|\w+) (?:before|already|previously|at (?:my|our) (?:last|old|previous) \w+)",
    r"(?:it was|it'?s|it is|that'?s|that was) (?:just |simply )?(?:the )?(?:default|company standard|house standard)"
    + _REASON_ENDS,
    r"(?:the |our |a )?company standard",
    r"to keep (?:things|it|everything|it all) (?:nice and )?(?:simple|clean|tidy|consistent|neat|standard|modern)"
    + _REASON_ENDS,
    r"in case (?:we|they|someone|anyone) (?:ever |might |one day )?(?:need(?:ed)?|want(?:ed)?) (?:it|to scale|to|more)",
    # Labels of quality or fashion that stand in for a reason.
    r"(?:it'?s|it is|it was|they'?re|they are|they were|was|is|being) (?:(?:more|the most|really|very|so|just) )?"
    r"(?:state[\s-]of[\s-]the[\s-]art|cutting[\s-]edge|best[\s-]in[\s-]class|world[\s-]class|next[\s-]gen\w*|"
    r"bleeding[\s-]edge|leading[\s-]edge|enterprise[\s-]grade|battle[\s-]tested|best[\s-]of[\s-]breed)",
    r"(?:common|normal|standard|typical|the norm|best practice|usual) (?:in|across|throughout|for) (?:the |our |this )?"
    r"(?:industry|field|sector|trade|profession)",
    r"what (?:the )?(?:big players|big companies|big tech|market leaders|top companies|leading companies|best companies) "
    r"(?:do|did|use|used|are doing|were doing|are using|were using)",
    r"(?:our |the )?competitors (?:all |already )?(?:had|have|were using|use|used|did|do|were doing|are doing) (?:one|it|"
    r"that|them|the same)",
    r"(?:it'?s|it is|it was|that'?s) (?:generally |widely |highly |usually |often )?recommended" + _REASON_ENDS,
    r"(?:to|so (?:we|i) could|so that (?:we|i) could) (?:show|demonstrate|be seen as|look|seem|appear) (?:more )?"
    r"(?:innovative|forward[\s-]thinking|data[\s-]driven|cutting[\s-]edge|ahead of the curve)",
    r"(?:needed|need|time|wanted|want) to moderni[sz]e",
    r"(?:better|good|best|the right (?:thing|call|choice|move)) (?:for|in) the long (?:term|run)" + _REASON_ENDS,
    r"(?:just )?to be (?:on the )?safe(?: side)?" + _REASON_ENDS,
    r"(?:it'?s|it is|it was|it would be|it'?d be) (?:just )?(?:(?:a lot|much|way|far|so) )?more efficient"
    + _REASON_ENDS,
    _BECAUSE + r" (?:it|that|this) (?:would make|makes|made|'d make|will make) (?:things|it|everything|life|stuff) "
    r"(?:(?:a lot|much|way|so) )?(?:easier|simpler|better|cleaner|smoother|nicer)" + _REASON_ENDS,
    r"what (?:i|we) (?:knew|know) (?:best|well|already)",
    r"(?:everyone|everybody|the (?:whole )?team|we all|all of us) (?:\w+ )?agreed (?:it|that it|this|that this) "
    r"(?:was|would be|is) (?:(?:just|a lot|much|way) )?(?:better|simpler|cleaner|nicer|the right|the way to go|a good idea|"
    r"an improvement)",
    # A senior person's wish carried out as the reason.
    r"(?:my|our|the) (?:\w+ )?"
    + r"(?:lead|manager|boss|architect|director|vp|cto|ceo|principal|pm|senior|head|supervisor|"
    r"matron|consultant|client|owner|founder|partner)s? (?:really |just |also |always )?(?:wanted|liked|preferred|"
    r"suggested|asked for|insisted on|pushed for|was keen on|were keen on|favou?red|picked|chose|decided on|likes|wants|"
    r"prefers)[^.;!?]{0,60}?,? so (?:i|we) (?:just )?(?:built|went|did|used|chose|picked|made|kept|implemented|followed|"
    r"switched|moved|shipped|wrote|set|put|added|adopted|stuck|stayed)",
)
# A strategy, a slogan, a saying, the hype, or one's training, named in place of what the choice buys.
SLOGAN_REASONS = Phrases(
    r"(?:align(?:s|ed|ing)?|in line|fit(?:s|ted)?|consistent|in keeping) (?:with|to) (?:the |our |their |the company'?s |"
    r"leadership'?s |the wider |the overall )?(?:[\w']+ ){0,2}?(?:strategy|vision|direction|roadmap|north star|goals|priorities|"
    r"okrs|values|mission|ambitions?)",
    r"(?:a |the |our )?(?:strategic|company[\s-]wide|leadership) (?:priority|initiative|bet|direction|push|fit|choice|"
    r"imperative)",
    r"part of (?:the |our |a |a wider |the wider )?(?:company'?s |org'?s )?(?:\w+ )?(?:strategy|transformation|"
    r"modernisation|modernization|initiative|push|journey)",
    r"(?:would be|was|is|'d be|seemed like|be) (?:clearly |obviously |definitely |just )?(?:a |an )?(?:big |huge |clear |"
    r"obvious |real |massive )?(?:improvement|upgrade|step up|step forward)(?= *(?:[.,;:!?]|$)| +(?:and|so|but|overall)\b)",
    r"(?:i|we) (?:was|were) (?:pretty |really |fairly |very |quite |so )?(?:confident|sure|certain|convinced) (?:that )?"
    r"(?:it|this|that|\w+) (?:would|was going to|'d) (?:work|be (?:better|fine|the right|the best|worth it))",
    r"(?:i|we) (?:had )?(?:read|saw|seen|watched|heard) (?:a|an|some|this) (?:\w+ )?(?:talk|article|blog(?: post)?|post|"
    r"video|podcast|thread|tweet|newsletter)s? (?:about|on|saying|recommending|praising|raving about)",
    r"less is more|(?:don'?t|didn'?t want to|no (?:need|point) (?:to|in)) reinvent(?:ing)? the wheel|"
    r"if it ain'?t broke|move fast and break things|fail fast",
    r"(?:it was|it'?s|that'?s|that was|felt like|seemed like) (?:just |simply |clearly |obviously )?the (?:professional|"
    r"responsible|mature|grown[\s-]up|proper|sensible|smart|decent) thing(?: to do)?",
    r"(?:more |the )(?:idiomatic|pythonic|agile|lean|devops|cloud[\s-]native) (?:way|approach)|more (?:idiomatic|pythonic)",
    r"(?:my|our) (?:favou?rite|go[\s-]to|preferred) (?:tool|language|framework|approach|stack|vendor|option|library|"
    r"pattern)",
    r"(?:the )?(?:hype|buzz) (?:around|about|over)|(?:it was|it'?s|was|is) (?:a |the )?hot (?:topic|technology|thing)",
    r"as per (?:the |our )?(?:usual |standard )?(?:process|standard|policy|playbook|guidelines?|best practices?|convention)",
    r"(?:how|the way|what) (?:i|we) (?:was|were|had been|'d been) (?:trained|taught)|as (?:i|we) (?:was|were) "
    r"(?:trained|taught)",
    _BECAUSE + r" (?:i|we)(?:'d| had|'ve| have) (?:done|built|seen|used) (?:it|this|that|one|something (?:similar|like "
    r"it)) (?:before|already)",
    r"(?:it|that|this) (?:(?:just|really|kind of|sort of|honestly|simply) )+(?:seemed|felt) (?:like )?(?:the |a )?"
    r"(?:right|best|better|obvious|natural|sensible)",
    r"(?:the (?:whole )?team|everyone|everybody|people) (?:was|were) (?:really |so |very |super )?(?:excited|keen|"
    r"enthusiastic|eager|pumped) (?:about|to (?:try|use|learn))",
    r"so (?:it|that it|we|the \w+) (?:could|can|would|will) scale" + _REASON_ENDS,
    r"(?:ready|able) to scale|in case we (?:grow|scale)|for when we (?:grow|scale)",
)

# What a choice is judged by when no reason is given: right, better, sensible, the way forward.
_VERDICT = (
    r"(?:(?:the |a |an )?(?:(?:much|far|way|a lot|really|very|pretty|so|just|clearly|obviously|definitely|simply|kind of|"
    r"sort of) )*(?:(?:more |most )?(?:right|best|better|smart|smarter|sensible|natural|logical|reasonable|obvious|cleaner|"
    r"nicer|neater|simpler|correct|proper|way forward|way to go)|more (?:important|urgent|valuable))"
    r"(?: (?:call|choice|thing(?: to do)?|move|option|approach|way(?: to go)?|idea|fit|bet|plan|decision|pick|one|route|"
    r"direction|priority|step|path))?|(?:a |the )?(?:good|great|fair|safe|safer) (?:call|choice|thing to do|move|option|"
    r"idea|fit|bet|plan|decision|pick|route|direction))"
)
# Where a verdict stops being the whole of what is said: the clause closes, or only "to me" or "at the time" follows.
_VERDICT_ENDS = (
    r"(?: (?:to (?:me|us|everyone)|at the time|for (?:us|me|the team)|really|honestly|overall|anyway))?"
    + r"(?:(?= which (?:was|meant|is))|"
    + _REASON_ENDS
    + ")"
)
# A choice judged by how it seemed or felt, an opinion, a convention or one's own habit, with nothing said of what it
# buys: "it just made more sense to me", "seemed like the right thing", "what felt right", "I thought she'd be a
# better fit", "because that's how the other wards do it", "it's what modern teams use", "a judgement call".
IMPRESSION_REASONS = Phrases(
    r"(?:it|that|this|which|what|everything) "
    + _SOFTENING
    + r"(?:made|makes|seemed to make) (?:the most|more|a lot more|"
    r"much more|total|perfect|the best|so much more) sense" + _VERDICT_ENDS,
    r"(?:(?:it|that|this|which|what|the \w+|they) " + _SOFTENING + r"(?:seemed|felt|sounded|seems|feels|sounds)"
    r"(?: like)?|seemed like|felt like|sounded like) " + _VERDICT + _VERDICT_ENDS,
    r"(?:i|we) "
    + _SOFTENING
    + r"(?:thought|believed|felt|reckoned|figured|was sure|were sure|was convinced|were convinced|"
    r"assumed|guessed|knew) (?:that )?(?:[\w'’]+ ){0,3}?(?:was|were|is|are|be|would be|will be) "
    + _VERDICT
    + _VERDICT_ENDS,
    _BECAUSE
    + r" (?:i|we) "
    + _SOFTENING
    + r"(?:just |kind of |sort of )?felt (?:like |that |as if )?(?:there|it|this|that|we|"
    r"they|the|our|something)\b",
    r"(?:a |my |our |more of a )?(?:judg(?:e)?ment|gut) call",
    # A hoped-for benefit or a liking, as the whole reason.
    _BECAUSE
    + r" (?:i|we) "
    + _SOFTENING
    + r"(?:thought|figured|assumed|reckoned|felt|hoped|guessed|expected) (?:that )?"
    r"(?:it|this|that|they|[\w'’]+) (?:would|might|could|'d|should|will) (?:help|be (?:good|useful|helpful|nice|worth it|"
    r"worth a (?:try|shot)|a good idea)|make (?:a|some) difference|improve things|work (?:better|out|well))"
    + _REASON_ENDS,
    r"(?:and|because|cos|since|plus) (?:i|we) (?:just |really |personally |honestly )?(?:like|liked|love|loved|prefer|"
    r"preferred|enjoy|enjoyed) (?:it|them|that one|using it|working with it)" + _REASON_ENDS,
    r"(?:it'?s|it is|they'?re|they are) (?:a |an )?(?:really |very |pretty |just |genuinely )?(?:good|great|nice|solid|"
    r"decent|lovely|cool) (?:language|tool|framework|library|product|platform|database|stack|vendor|piece of kit|"
    r"system)" + _REASON_ENDS,
    r"(?:my|our|his|her) (?:instincts?|intuition|gut) (?:said|told|says|tells)",
    r"(?:i|we) " + _SOFTENING + r"had a (?:good |strong |funny |bad )?(?:feeling|sense|hunch)",
    r"(?:he|she|they|my \w+|the \w+) (?:knows?|knew) best",
    r"(?:no|wasn'?t (?:really )?(?:a|any)|there was no|didn'?t have (?:a|any)) (?:specific|particular|real|big|special) "
    r"reason" + _REASON_ENDS,
    # A convention or what some group does, as the reason.
    r"(?:that'?s|it'?s|this is|that is|it is|it was|that was) " + _SOFTENING + r"(?:how|the way|what) "
    r"(?:the other \w+|other \w+|the rest of (?:the )?\w+|(?:most|all|modern|good|great|successful|serious|big|real|"
    r"proper|mature|professional|competent|decent|other) (?:\w+ )?(?:teams|companies|engineers|developers|shops|orgs|"
    r"people|managers|leaders|businesses|wards|stores|sites|places|hospitals|schools|firms)|everyone(?: else)?|"
    r"everybody(?: else)?|people) (?:\w+ )?(?:do|does|did|use|uses|used|work|works|run|runs|build|builds|handle|handles|"
    r"ship|ships|are doing|are using)\b",
    r"(?:because|since|as|cause|cos) (?:that'?s|it'?s|this is|it is|it was) " + _SOFTENING + r"(?:the )?(?:de facto |"
    r"industry |usual |new |accepted )?(?:standard|norm|convention)(?: (?:these days|nowadays|now|everywhere|in the "
    r"industry))?" + _REASON_ENDS,
    r"(?:that'?s|it'?s|this is|that is|it is|it was|that was|is|was) (?:the )?(?:right|proper|correct|professional|"
    r"grown[\s-]up|only sensible|natural|logical) way to (?:do|build|ship|run|write|work|handle|deliver|manage|organi[sz]e|"
    r"go)\b",
    r"(?:what|something) (?:i|we)(?:'d| had)? (?:already |previously )?(?:used|worked with|known|done|liked) (?:before|"
    r"previously|at (?:my|our) (?:previous|last|old|former) \w+)",
    r"(?:picked|chose|went with|grabbed|used|hired|signed up|bought|booked) (?:the first (?:[\w-]+ ){0,2}?(?:that|which|"
    r"who|we|i|one|on)|whichever|whatever (?:was|came|seemed|felt))\b",
    r"(?:wasn'?t|was not|weren'?t|isn'?t|is not|not|never) (?:really |quite )?(?:up to|meeting|in line with) (?:our|the|my|"
    r"team|company) (?:\w+ )?(?:standards?|bar)",
    r"(?:it|this|that) (?:needed|had to be) (?:doing|done|to be done) (?:anyway|at some point|eventually|sooner or later)",
)


# A reason told as a saying: a judgement in the present about a bare kind of thing or doing, none of it the story's
# own ("because testing is important", "cos deadlines are deadlines", "since clean code always pays off", "because
# mentoring is what good leads do"). The family finds the shape; `_saying` reads the clause it opens.
SAYINGS = Phrases(
    r"(?:because|cause|cos|coz|cuz|since),? (?:(?:um+|uh+|like|you know),? )*(?:[a-z][\w-]* ){1,3}"
    r"(?:(?:just|really|always|simply|generally|usually|basically|honestly|kind of|sort of) )*"
    r"(?:is|are|matters?|pays?|wins?|makes?|gets?|leads?|beats?|counts?|means?|never [a-z]+s)\b",
)
_SAYING = lazy_compile(
    r"(?:because|cause|cos|coz|cuz|since),?(?: (?:um+|uh+|like|you know),?)* ((?:[a-z][\w-]* ){0,2}?[a-z][\w-]*) "
    r"((?:(?:just|really|always|simply|generally|usually|basically|honestly|kind of|sort of) )*"
    r"(?:is|are|matters?|pays?|wins?|makes?|gets?|leads?|beats?|counts?|means?|never [a-z]+s)\b)",
    re.IGNORECASE,
)
# Words that tie a subject to the story's own people and things, or make it no bare kind.
_NOT_A_KIND = frozenset(
    "the a an our my their his her its this that these those it we i they he she you there here what which who whom "
    "whose some any no every each all both one two three four five six seven eight nine ten so if when then not "
    "nothing something everything anything nobody somebody everybody anybody someone everyone anyone us me them him "
    "and or but how why where".split()
)
_STORY_OWN = lazy_compile(r"\b(?:we|our|us|i|my|me|they|their|them|he|she|his|her|it|this|that|these|those)\b", re.I)
# What makes a saying a judgement rather than a mechanism: a value word, a rule of all cases, or the ways of a kind.
_JUDGED = lazy_compile(
    r"\b(?:important|essential|crucial|critical|key|vital|valuable|good|great|best|better|right|proper|worth\w*|"
    r"healthy|standard|practice|habit|norm|always|never|matters?|pays?|wins?|counts?|future|everything|what \w+(?: \w+)? "
    r"(?:do|does|use|uses|want|wants))\b",
    re.I,
)
_PLAIN_VERB = lazy_compile(
    r"(?:(?:just|really|always|simply|generally|usually|basically|honestly|kind of|sort of) )*(?:is|are)\b", re.I
)
_CLAUSE_END = lazy_compile(r",|\b(?:and|so|but|which|because|since|although|though)\b", re.I)
# How far a saying's clause is read after its verb.
SAYING_REACH = 80


def _saying(p: Passage, unit: Unit, hit: Hit) -> Hit | None:
    """Return the reason a hit opens when it is a saying: its subject a bare kind of thing, its clause a judgement
    (a value word, a rule of all cases, the subject said again) with nothing of the story's own and no figure."""
    text = p.text
    m = _SAYING.match(text, hit.start(), unit.end)
    if m is None:
        return None
    subject = m.group(1)
    if subject[0].isupper() or any(w in _NOT_A_KIND or w.isdigit() for w in subject.lower().split()):
        return None
    reach = min(m.end() + SAYING_REACH, unit.end)
    clause = _CLAUSE_END.search(text, m.start(2) + 1, reach)
    end = clause.start() if clause is not None else reach
    said_again = text.find(subject, m.end(1) + 1, end) >= 0
    if not (said_again or _JUDGED.search(text, m.start(2), end) or _PLAIN_VERB.match(m.group(2))):
        return None
    if _STORY_OWN.search(text, m.start(2), end) or has_number(text, m.start(2), end):
        return None
    return Hit(text, m.start(), len(text[:end].rstrip()))


def vague_rationale(p: Passage) -> Finding | None:
    found = sorted(
        [
            *_reasons_in(p.units),
            *((unit, said) for unit, hit in SAYINGS.in_units(p.units) if (said := _saying(p, unit, hit)) is not None),
            *BARE_REASONS.in_units(p.units),
            *PLAIN_REASONS.in_units(p.units),
            *SLOGAN_REASONS.in_units(p.units),
            *IMPRESSION_REASONS.in_units(p.units),
        ],
        key=lambda pair: pair[1].start(),
    )
    spans = [match for unit, match in found if _hollow(p, unit, match)]
    if spans:
        message = f"{quote(spans[0].group())} is a reason with no stakes. Tie it to customers, risk or cost."
    else:
        spans = _unexplained_choices(p)
        if not spans:
            return None
        message = (
            f"{quote(spans[0].group())} is a choice with no reason given. Say why: what it saved, protected or made "
            "possible for customers, and what the alternative would have cost."
        )
    return finding("vague_rationale", "minor", message, p.cite(spans, 3))


def _hollow(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether a weak reason stands alone: not refused, revised, tested or challenged, and with no stakes said
    beside it."""
    text = unit.text
    window = (max(unit.start, match.start() - _STAKES_BEFORE), min(unit.end, match.end() + _STAKES_AFTER))
    stop = _NEXT_THOUGHT.search(text, match.end(), window[1])
    if stop is not None:
        window = (window[0], stop.start())
    if _REFUSED.search(text, window[0], match.start()) or _turned(text, match, window[1]):
        return False
    if _REVISED_BEFORE.search(text, max(unit.start, match.start() - 40), match.start()) or _put_to_test(p, match):
        return False
    if in_rejected_course(text, match.start()) or _PRECAUTION.match(text, match.end(), window[1]):
        return False
    if _FAULTED.search(text, max(unit.start, match.start() - _FAULT_REACH), match.start()):
        return False
    if _reason_follows(text, match.end(), _sentence_end(text, match.end(), unit.end)):
        return False
    return not _stakes_near(text, match.start(), match.end(), window) and not _challenged(p, unit, match)


# A choice told as made: "we decided to go with the managed option", "I settled on Dynamo".
CHOICES_MADE = Phrases(
    r"(?:i|we) (?:just |then |eventually |finally |ultimately |basically |kind of |sort of )?(?:decided to (?:go with|go for|"
    r"use|adopt|switch to|move to|buy)|decided on|went with|opted for|settled on|ended up (?:going with|going for|using|"
    r"picking|choosing))"
)
# What makes a choice explained: a reason, a purpose, a constraint, a consequence or an alternative weighed, said in
# the choice's sentence or the one either side of it.
_WHY = lazy_compile(
    r"\b(?:because|since|as (?:it|they|the|we|our)|cause|cos|so that|so (?:we|i|it|they|the \w+) (?:could|can|would|"
    r"wouldn'?t|didn'?t|don'?t|no longer)|in order to|the reason|reasons?|why|given|due to|after|based on|than|rather|"
    r"instead|over|versus|vs|compared|alternatives?|trade[\s-]?offs?|pros|cons|would|could|meant|"
    r"to (?:avoid|reduce|cut|save|keep|stop|prevent|make sure|ensure|protect|get|hit|meet|fix|handle|support|"
    r"speed|lower|free))\b",
    re.I,
)


def _unexplained_choices(p: Passage) -> list[Hit]:
    """Return the choices told with no reason at all near them: "we decided to go with X" and on to the next step."""
    if p.section not in ("action", "task", "answer", "followup"):
        return []
    bare = []
    text = p.text
    for _, match in CHOICES_MADE.in_units(p.units):
        own = _sentence_start(text, match.start())
        first = _sentence_start(text, own - 2) if own > 1 else own
        own_end = _sentence_end(text, match.end(), match.end())
        last = _sentence_end(text, own_end + 1, own_end) if own_end < len(text) else own_end
        if _WHY.search(text, first, last) or has_number(text, match.end(), last) or STAKES.search(text, first, last):
            continue
        bare.append(match)
    return bare


def _sentence_start(text: str, position: int) -> int:
    """Return where the sentence holding a position begins."""
    stop = text.rfind(". ", 0, position)
    for mark in ("! ", "? ", "\n"):
        stop = max(stop, text.rfind(mark, 0, position))
    return stop + 1 if stop >= 0 else 0


# "The architect preferred microservices; I argued for a monolith because...": someone else's reason, then the
# candidate's challenge to it, in the same sentence or the next.
_CHALLENGE = lazy_compile(
    r"\b(?:but|however|though|although|instead|i (?:\w+ )?(?:argued|pushed back|disagreed|objected|questioned|challenged|"
    r"countered|proposed|made (?:the|a) case|wasn'?t convinced|was not convinced|asked (?:why|for (?:data|evidence|numbers)))|"
    r"so i (?:\w+ )?(?:tested|measured|checked|benchmarked|compared|prototyped|profiled|trialled|trialed|piloted))\b",
    re.I,
)


def _challenged(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether a weak reason is someone else's, and the candidate goes on to challenge it."""
    if not any(a.actor == "other" and unit.start <= a.start < match.end() for a in p.acts):
        return False
    stop = FULL_STOP.search(p.text, match.end(), match.end() + 240)
    # The rest of the sentence, and the opening words of the next.
    end = min(len(p.text), stop.end() + 40 if stop is not None else match.end() + 240)
    return _CHALLENGE.search(p.text, match.end(), end) is not None


def _system_words(units: Sequence[Unit]) -> int:
    return sum(SYSTEM_WORDS.count(u.text, u.start, u.end) for u in units)


# Who relies on the system and how many: "about two million orders a month for four hundred stores", "which two
# thousand clinicians rely on". That is the stakes of the story, not a tour of the system.
SCALE_OF_USE = lazy_compile(
    r"\b(?:\d[\d,.]*\s?[km]?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|dozen)(?:[\s-]+(?:hundred|thousand|million))*)\s+(?:[\w-]+\s+){0,2}?(?:customers|users|"
    r"orders|players|patients|clinicians|doctors|nurses|stores|shops|branches|merchants|sellers|drivers|members|"
    r"subscribers|passengers|guests|students|employees|staff|transactions|bookings|claims|shipments|parcels)\b",
    re.I,
)


def rambling_context(p: Passage) -> Finding | None:
    found = _tour_before_problem(p)
    if found is None:
        return None
    words, background = found
    return finding(
        "rambling_context",
        "minor",
        f"{words} words of background before the problem appears. Lead with what was wrong and why it mattered; "
        "add system detail only where the story needs it.",
        (p.evidence(background[0].start, background[-1].end),),
    )


def _tour_before_problem(p: Passage) -> tuple[int, list[Unit]] | None:
    """Return the words and units of a Situation that describes the system at length before any problem appears."""
    units = p.part("situation") if p.section == "answer" else list(p.units)
    if not units:
        return None
    total = sum(u.word_count for u in units)
    if total < 70:
        return None
    first_problem = next((i for i, u in enumerate(units) if PROBLEM_WORDS.count(u.text, u.start, u.end)), len(units))
    seen = sum(u.word_count for u in units[:first_problem])
    # System words are counted only where the length already allows a finding.
    if not (
        (seen >= 45 and _system_words(units[:first_problem]) >= _system_words_needed(p, units[:first_problem]))
        or (total > 140 and _system_words(units[: max(1, len(units) // 2)]) >= 6)
    ):
        return None
    return seen, units[: max(first_problem, 1)]


def _system_words_needed(p: Passage, background: Sequence[Unit]) -> int:
    """How many system words make a background a tour of the system: more when it is one sentence that tells who
    relies on the system and how many, before the problem."""
    if not background:
        return 3
    one_sentence = not FULL_STOP.search(p.text, background[0].start, background[-1].end - 1)
    if one_sentence and SCALE_OF_USE.search(p.text, background[0].start, background[-1].end):
        return 5
    return 3


def too_long_or_short(p: Passage, target_seconds: int | None, speaking_seconds: float) -> Finding | None:
    """Compare spoken time with the target: far over or far under is a finding."""
    if not target_seconds:
        return None
    if speaking_seconds > target_seconds * 1.5 and speaking_seconds - target_seconds >= 15:
        return finding(
            "too_long",
            "major" if speaking_seconds > target_seconds * 2 else "minor",
            f"About {speaking_seconds:.0f} s spoken against a target of {target_seconds} s: cut what the interviewer "
            "does not need to judge you.",
        )
    if speaking_seconds < target_seconds * 0.4:
        return finding(
            "too_short",
            "major" if speaking_seconds < target_seconds * 0.25 else "minor",
            f"About {speaking_seconds:.0f} s spoken against a target of {target_seconds} s: there is too little here "
            "to judge. Add the specifics.",
        )
    return None


def gibberish(text: str, units: Sequence[Unit] = ()) -> bool:
    """Say whether a text is not language: hardly any common English words, hardly any letters, or English
    words strung together with no grammar."""
    units = list(units) or split_units(text)
    total = sum(len(u.lower_words) for u in units)
    # Count common words only until there are enough to pass as language: most answers get there early.
    enough, common = 0.3 * total, 0
    for unit in units:
        common += unit.common_words
        if common >= enough:
            break
    english = common / total if total else 0.0
    if english < 0.12 or (english < 0.3 and letters_ratio(text) < 0.5):
        return True
    return _word_salad(units, total)


# Placeholder Latin, as filler text is made of.
PLACEHOLDER = Phrases(
    r"lorem|ipsum|dolor|amet|consectetur|adipiscing|elit|tempor|incididunt|labore|dolore|magna|aliqua|eiusmod"
)
# Pairs English never puts side by side: an article followed by another function word ("the of", "a the"); "the
# the" is a stutter, not one of them.
_FUNCTION_WORDS = (
    "the",
    "a",
    "an",
    "of",
    "and",
    "to",
    "in",
    "is",
    "was",
    "were",
    "are",
    "at",
    "for",
    "with",
    "on",
    "by",
)
SALAD_PAIRS = Phrases(
    *(
        article + r"\s+(?:" + "|".join(w for w in (*_FUNCTION_WORDS, "or", "but") if w != article) + ")"
        for article in ("the", "a", "an")
    )
)
# Real answers, typed or transcribed, stay well under this many such pairs per hundred words.
SALAD_PAIRS_PER_100_WORDS = 3


def _word_salad(units: Sequence[Unit], words: int) -> bool:
    if len({m.group().lower() for _, m in PLACEHOLDER.in_units(units)}) >= 3:
        return True
    broken = sum(1 for _ in SALAD_PAIRS.in_units(units))
    return broken >= 2 and broken * 100 >= SALAD_PAIRS_PER_100_WORDS * words


def _watched_others(p: Passage, lived: int) -> list[Hit]:
    """Return the words that cast the candidate as a bystander, in a whole answer where others did the work."""
    if p.section != "answer" or lived > 1:
        return []
    watching = p.find(BYSTANDER)
    if not watching or sum(a.actor == "other" and a.verb_class != "negated" for a in p.acts) < 2 * max(lived, 1):
        return []
    return watching


def off_topic(p: Passage) -> Finding | None:
    if not p.units:
        return None
    start, end = p.units[0].start, p.units[-1].end
    value = p.text[start:end]
    if gibberish(value, p.units):
        return finding("off_topic", "major", "This does not read as an answer: there is no story here to judge.")
    if p.section == "followup" and p.question and HYPOTHETICAL_PROBE.search(p.question):
        return None  # "what would you have done?" asks for a hypothetical
    lived = sum(1 for a in p.acts if a.actor in ("i", "we") and not a.hypothetical and a.verb_class in DOING)
    # Talk of leaving one's job, of the job one wants, or of having no story: off topic unless a story is told too.
    elsewhere = p.find(ELSEWHERE)
    if elsewhere and (len(elsewhere) >= 2 or lived <= 1):
        return finding(
            "off_topic",
            "major",
            f"{quote(elsewhere[0].group())}: this talks about your job search or your employer, not a story of what "
            "you did. Tell one real example that answers the question.",
            p.cite(elsewhere, 3),
        )
    # A whole answer that never says "I", or that tells a friend's or a relative's story with nothing done by the
    # candidate, is about someone else.
    if p.section == "answer" and p.word_count >= _OWN_STORY_WORDS and lived == 0:
        if not _ME.search(p.text, start, end):
            return finding(
                "off_topic",
                "major",
                "There is no “I” in this answer: it tells what others or the company did, not what you did. Tell a "
                "story of your own work.",
                (p.evidence(p.units[0].start, p.units[0].end),),
            )
        someone = p.find(SOMEONE_ELSES)
        if someone:
            return finding(
                "off_topic",
                "major",
                f"{quote(someone[0].group())}: this is someone else's story, with nothing you did in it. Tell a story "
                "of your own work.",
                p.cite(someone, 3),
            )
    watching = _watched_others(p, lived)
    if watching:
        return finding(
            "off_topic",
            "major",
            f"{quote(watching[0].group())}: this is someone else's work, watched rather than done. Tell a story of "
            "your own work.",
            p.cite(watching, 3),
        )
    # "We'd have missed the date" reasons about a story that happened (a follow-up's story was told before it);
    # an answer with nothing lived in it is only a plan.
    about_a_story = lived > 0 or p.section == "followup"
    hypothetical: list[Act | Hit] = [
        a for a in p.acts if a.hypothetical and a.actor in ("i", "we") and not (a.counterfactual and about_a_story)
    ]
    hypothetical += p.find(ADVICE)
    hypothetical += p.find(HABITUAL)
    # A lesson may be put as a belief: after a story, a creed in its Reflection or its closing words is its moral.
    lesson = set(p.parts.get("reflection", ())) if p.section == "answer" else set()
    # Something the candidate did or said, told in the story, even if not a step of the work: "I suggested...".
    told = lived or any(
        a.actor in ("i", "we") and not a.hypothetical and a.verb_class == "communication" for a in p.acts
    )
    if told and len(p.units) > 2:
        lesson.add(p.units[-1])
    hypothetical += p.find(CREED, [u for u in p.units if u not in lesson] if lesson else None)
    # A whole answer with nothing done in it needs only one such line to be no story.
    enough = 1 if p.section == "answer" and not told and p.word_count >= _OWN_STORY_WORDS else 2
    if len(hypothetical) >= enough and len(hypothetical) > lived:
        first = min(hypothetical, key=lambda h: h.start if isinstance(h, Act) else h.start())
        words_of = p.text[first.start : first.end] if isinstance(first, Act) else first.group()
        return finding(
            "off_topic",
            "major",
            f"{quote(words_of)}: this says what you would do or usually do, not what you did. Behavioral questions "
            "need a real story from your past work.",
            p.cite(hypothetical, 3),
        )
    # A story with no step of the candidate's own is on topic but told badly: `missing_section` and the
    # ownership findings say so.
    return None
