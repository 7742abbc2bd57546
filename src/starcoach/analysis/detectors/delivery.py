"""How it is told: hedging, fillers, dismissing the difficulty, weak reasons, length, and staying on topic."""

from __future__ import annotations

import re
from collections.abc import Sequence

from starcoach.analysis.agency import DOING, Act
from starcoach.analysis.passage import Passage, finding, quote, quoted_finding
from starcoach.analysis.report import Finding
from starcoach.analysis.text import Hit, Phrases, Unit, letters_ratio, split_units

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
    r"i'?m not certain",
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
WEAK_HEDGE_TARGET = re.compile(
    r"\s*(?:that\s+)?(?:i|we|it|they|he|she|this|most|all|some|about|around|roughly|maybe|the \w+|our \w+|people|"
    r"everyone|everybody|customers|users|clients|"
    r"\w+ed|helped|worked|fixed|made|got|went|ran|built|cut|saved|just|wrote|rewrote|took|found|led|drove|did|"
    r"set|put|kept|knew|sent|brought|told|gave|thought|picked|figured)\b"
)
# "I think the biggest lesson..." introduces an opinion, which is not doubt about one's own work.
OPINION_INTRO = re.compile(
    r"\s*(?:that\s+)?(?:the |my |one |our )?(?:biggest|main|key|real|most|best|lesson|takeaway|thing|reason)\b"
)
# "the kind of fault", "a new sort of workflow": the noun, not the hedge.
KIND_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|what|which|any|every|some|one|no|new|same|other|different|right|wrong|"
    r"first|last|only|whole)\s+$",
    re.I,
)
# A hedge is doubt about one's own work only in a sentence that speaks of it: "she caught maybe half of it"
# describes someone else.
FIRST_PERSON = re.compile(r"\b(?:i|i'?[dm]|i'?ve|i'?ll|me|my|mine|we|we'?[dr]e|we'?ve|us|our)\b", re.I)
# Spoken fillers.
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
    r"like(?<!look like)(?<!looks like)(?<!looked like)(?<!feel like)(?<!felt like)(?<!feels like)(?<!would like)"
    r"(?<!seem like)(?<!seemed like)(?<!sounds like)(?<!something like)(?<!just like)(?<!things like)(?<!more like)"
    r"(?<!much like)(?<!exactly like)(?<!not like)(?<!i like)(?<!we like)(?<!they like)(?<!you like)(?<!people like)"
    r"(?!\s(?:to|this|that|it|them|him|her)\b)(?!['’]?d)",
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
    r"nothing (?:too |very |really )?(?:complicated|fancy|hard|difficult|special)",
    r"(?:anyone|anybody) (?:could|would) have",
    r"didn'?t take (?:much|long)",
    r"piece of cake",
    r"(?:(?:it|that|this|which|the (?:fix|change|patch|work|whole thing)) (?:only |just )?took|took me) (?:like )?(?:only |just )?"
    r"(?:five|ten|5|10|a few) minutes",
    r"(?:it )?just (?:sort of |kind of )?clicked",
    r"(?:obviously|clearly) correct",
    r"didn'?t (?:bother|need to) (?:writing|write|test)",
    r"(?:i'?m|i am) (?:just )?(?:a )?(?:really |very )?(?:fast|quick) learner",
)
# Reasons with no tie to customers, risk or cost.
RATIONALE = Phrases(
    r"(?:it'?s|it is|that'?s|that is) (?:just |simply |always )?(?:a |the )?best practice",
    r"(?:because|since|as) (?:it'?s|it is|it was|that'?s|that is) (?:a |the )?(?:\w+ ){0,3}?(?:best|good|standard|industry[\s-]standard|"
    r"recommended) practice",
    r"(?:industry|widely (?:seen|considered) as|considered|is) (?:a |the )?best practice",
    r"best practices? (?:say|says|is)",
    r"(?:alerts?|tests?|testing|documentation|docs|monitoring|clean code|refactoring|code quality|quality|typescript|microservices|"
    r"kubernetes|automation|observability|unit tests|code reviews?|reviews|standards) (?:are|is|should be) (?:always |just |generally |more )?"
    r"(?:good|important|nice|valuable|the right thing|better|thorough)",
    r"(?:it'?s|it is|it was|that'?s) (?:just )?(?:the right thing to do|cleaner|nicer|more modern|more elegant|the proper way|how it should be done)",
    r"(?:it )?seemed like a good idea",
    r"because i (?:like|liked|prefer|preferred|wanted to try|was curious about|enjoy)",
    r"because (?:i|we) felt (?:like|that)",
    r"(?:because|since|as|and) everyone (?:else )?(?:uses|is using|was using|does|knows)",
    r"(?:it'?s|it is|was) (?:the )?industry standard",
    r"(?:it|that) (?:felt|seemed) (?:right|better|cleaner)",
    r"(?:newer|modern|latest) (?:is|was) (?:always )?better",
    r"just because",
    r"(?:most|all|a lot of) (?:large |big )?(?:tech )?companies (?:use|have|do|are)",
    r"(?:teams|people|engineers|projects) always (?:do|are|underestimate)",
    r"(?:it'?s|it is) (?:more )?modern",
    r"(?:scales|scale) better",
    r"gut feeling",
    r"(?:i|we) just knew",
    r"(?:i|we) knew (?:it|that it|this|that this) (?:would|was (?:the )?(?:right|better|best|the way))",
    # A reason that is only what others do or where things are going.
    r"(?:that'?s|that is|it'?s|it is) where (?:the )?(?:whole )?(?:industry|market|world|everyone|everybody) (?:is|was) "
    r"(?:heading|going|moving)",
    r"(?:every|any) (?:\w+ )?(?:site|company|team|service|app|product|engineer|business) (?:is|was|are|were) "
    r"(?:supposed|expected|meant) to",
    r"(?:the|a) (?:more )?modern way(?: to| of)?",
    r"(?:widely|generally|commonly) (?:recogni[sz]ed|seen|considered|accepted|regarded) as",
    r"hallmarks? of",
    r"(?:how|the way) (?:things|it|this|software) (?:is|are|should be|ought to be) done",
    # A reason that is only a feeling.
    r"(?:went|go|going) with my (?:gut|instinct)",
    r"trust(?:ed)? (?:my|your) (?:gut|instinct|experience)",
    r"(?:it|that|i|we) (?:kind of |sort of )?felt like (?:we|it|there|they|this|that)",
)
STAKES = re.compile(
    r"\b(?:customer|user|client|risk|cost|money|revenue|outage|incident|downtime|latency|error|failure|security|compliance|"
    r"deadline|churn|ticket|complaint|page|on-?call|bug|breach|data loss|sla|slo|time|hours|days|weeks|\$|£|€)",
    re.I,
)
# Words that describe the system rather than the problem.
SYSTEM_WORDS = Phrases(
    r"(?:architecture|microservices?|stack|built (?:on|with|in)|written in|consist(?:s|ed) of|we used|we use|uses|"
    r"kafka|kubernetes|k8s|postgres|mysql|redis|dynamo\w*|s3|lambda|react|java|python|golang|node|spark|airflow|"
    r"frontend|backend|api|apis|database|cluster|pipeline|platform|layer|component|module|framework|tech|service)"
)
PROBLEM_WORDS = Phrases(
    r"(?:problem|issue|broke|broken|breaking|fail\w*|outage|incident|bug|error\w*|slow\w*|complain\w*|crash\w*|"
    r"down|lost|losing|late|behind|risk\w*|deadline|escalat\w*|drop\w*|spik\w*|timeout\w*|timing out|leak\w*|wrong|"
    r"but|however|until|noticed|started|suddenly|struggl\w*|couldn'?t|could not|missing|stuck|blocked|cost\w*|expensive|"
    r"conflict|disagree\w*|complain\w*|churn\w*|angry|frustrat\w*|unhappy|pain|manual|contain\w*|expos\w*|meant|"
    r"took (?:\w+ )?(?:months|weeks|days)|stop\w* supporting|unsupported|end of (?:life|support)|deprecat\w*|expir\w*|"
    r"violat\w*|worr\w*|concern\w*|quit\w*|stuck|waste\w*|duplicat\w*|inconsisten\w*|flaky|missed|overdue|unowned|nobody|no one)"
)
# Probes that ask for a hypothetical, where "I would" is the right answer.
HYPOTHETICAL_PROBE = re.compile(r"\b(?:would|suppose|what if|imagine|if you|if it|next time|again|differently)\b", re.I)
# Advice in place of a story.
ADVICE = Phrases(r"you (?:should|would|need to|have to|must)", r"one should", r"the key is to", r"the best way is to")


# "before I believe it's flat": believing as the thing one does, not a hedge on a claim.
BELIEF_AS_VERB = re.compile(r"\b(?:before|until|unless|once|if|when|to)\s+$", re.I)
# "I told the support lead it would probably be slower": a forecast given to others, which is calibration.
FORECAST_MODAL = re.compile(r"\b(?:would|will|could|['’]d|['’]ll)\s+$", re.I)
FORECAST_VERBS = frozenset("warned explained agreed estimated predicted forecast promised expected".split())


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


def _not_about_own_work(p: Passage, unit: Unit, match: Hit) -> bool:
    """Say whether a hedge qualifies someone else's act, or a forecast the candidate gave to others."""
    before = [a for a in p.acts if unit.start <= a.start < match.start()]
    if before and before[-1].actor == "other" and _same_clause(p.text, before[-1].end, match.start()):
        return True  # "she was catching maybe half of it"
    lead = p.text[max(unit.start, match.start() - 12) : match.start()]
    told = any(a.actor != "other" and (a.verb_class == "communication" or a.verb in FORECAST_VERBS) for a in before)
    return told and FORECAST_MODAL.search(lead) is not None


def hedging(p: Passage) -> Finding | None:
    matches = []
    for unit, match in HEDGES.in_units(p.units):
        said = match.group().lower()
        if not said.startswith("i") and not FIRST_PERSON.search(unit.text, unit.start, unit.end):
            continue
        if said == "i believe" and BELIEF_AS_VERB.search(p.text, max(unit.start, match.start() - 10), match.start()):
            continue
        if not said.startswith("i") and _not_about_own_work(p, unit, match):
            continue
        if said == "or something" and _names_a_thing(unit, match):
            continue
        if _names_a_kind(p, match):
            continue
        if said.replace("’", "'") in WEAK_HEDGES:
            after = unit.text[match.end() : min(unit.end, match.end() + 20)].lower()
            if OPINION_INTRO.match(after) or not (unit.numeric or WEAK_HEDGE_TARGET.match(after)):
                continue
        matches.append(match)
    if not matches:
        return None
    return finding(
        "hedging",
        "major" if len(matches) >= 5 else "minor",
        f"{quote(matches[0].group())} and {len(matches) - 1} more hedges make you sound unsure of your own work. "
        "State what you did and what you know.",
        p.cite(matches, 5),
    )


def filler_words(p: Passage) -> Finding | None:
    matches = [m for m in p.find(FILLERS) if not _names_a_kind(p, m)]
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


def oversimplified(p: Passage) -> Finding | None:
    return quoted_finding(
        p,
        SIMPLIFIED,
        "oversimplified",
        "minor",
        "{quote} dismisses the difficulty, so the interviewer hears nothing to judge. Say what made it hard and how you handled it.",
    )


# How far from a reason its stakes must be said to count for it: the reason's own clause, not the
# whole unit (a transcript's unit can run on for a hundred words).
_STAKES_BEFORE, _STAKES_AFTER = 40, 80
# "I didn't trust my instinct, so I tested both": a vague reason named in order to refuse it.
_REFUSED = re.compile(r"\b(?:not|never|didn'?t|wasn'?t|don'?t|won'?t|rather than|instead of)\s+(?:\w+\s+)?$", re.I)


def vague_rationale(p: Passage) -> Finding | None:
    spans = []
    for unit, match in RATIONALE.in_units(p.units):
        window = (max(unit.start, match.start() - _STAKES_BEFORE), min(unit.end, match.end() + _STAKES_AFTER))
        if not STAKES.search(unit.text, *window) and not _REFUSED.search(unit.text, window[0], match.start()):
            spans.append(match)
    if not spans:
        return None
    return finding(
        "vague_rationale",
        "minor",
        f"{quote(spans[0].group())} is a reason with no stakes. Tie it to customers, risk or cost.",
        p.cite(spans, 3),
    )


def rambling_context(p: Passage) -> Finding | None:
    units = p.part("situation") if p.section == "answer" else list(p.units)
    if not units:
        return None
    total = sum(u.word_count for u in units)
    if total < 70:
        return None
    first_problem = next((i for i, u in enumerate(units) if PROBLEM_WORDS.count(u.text, u.start, u.end)), len(units))
    seen = sum(u.word_count for u in units[:first_problem])
    system_mentions = sum(SYSTEM_WORDS.count(u.text, u.start, u.end) for u in units[: max(1, len(units) // 2)])
    background_system = sum(SYSTEM_WORDS.count(u.text, u.start, u.end) for u in units[:first_problem])
    if not ((seen >= 45 and background_system >= 3) or (total > 140 and system_mentions >= 6)):
        return None
    background = units[: max(first_problem, 1)]
    start, end = background[0].start, background[-1].end
    return finding(
        "rambling_context",
        "minor",
        f"{seen} words of background before the problem appears. Lead with what was wrong and why it mattered; "
        "add system detail only where the story needs it.",
        (p.evidence(start, end),),
    )


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
    english = sum(u.common_words for u in units) / total if total else 0.0
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
    # "We'd have missed the date" reasons about a story that happened (a follow-up's story was told before it);
    # an answer with nothing lived in it is only a plan.
    about_a_story = lived > 0 or p.section == "followup"
    hypothetical: list[Act | Hit] = [
        a for a in p.acts if a.hypothetical and a.actor in ("i", "we") and not (a.counterfactual and about_a_story)
    ]
    hypothetical += p.find(ADVICE)
    if len(hypothetical) >= 2 and len(hypothetical) > lived:
        first = min(hypothetical, key=lambda h: h.start if isinstance(h, Act) else h.start())
        words_of = p.text[first.start : first.end] if isinstance(first, Act) else first.group()
        return finding(
            "off_topic",
            "major",
            f"{quote(words_of)}: this says what you would do, not what you did. Behavioral questions "
            "need a real story from your past work.",
            p.cite(hypothetical, 3),
        )
    # A story with no step of the candidate's own is on topic but told badly: `missing_section` and the
    # ownership findings say so.
    return None
