"""Who did what: find each subject (I, we, someone else) and the verb it governs, with offsets.

The rubric's ownership judgements (first-person action, "we" language, others doing the work, handing
off) all rest on this one pass over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Literal, NamedTuple

from starcoach.analysis.text import SpanFinder, Unit, lazy_compile, words_after

Actor = Literal["i", "we", "other"]
VerbClass = Literal["action", "discovery", "communication", "decision", "state", "modal", "negated"]

# Roles and groups that, as the subject, mean someone other than the candidate acted.
_OTHER_ROLES = (
    r"manager|lead|tech lead|team lead|boss|director|vp|head of [a-z]+|architect|colleague|teammate|team mate|"
    r"co-?worker|engineer|developer|dev|sre|dba|analyst|scientist|designer|pm|product manager|program manager|"
    r"product owner|tpm|intern|contractor|consultant|vendor|team|squad|qa|tester|support|ops|on-?call|partner|"
    r"peer|mentor|senior|cto|ceo|founder|owner|folks|guys|people|staff|expert|specialist|coordinator|organi[sz]ation|"
    r"group|council|committee|department|org|vendor|agency|partner team|working group|coach|trainer|facilitator|firm|"
    r"hr|legal|finance|security|research|design|marketing|sales|contractor team|l&d partner|partner|researchers?|sres?|"
    r"supervisor|administrator|officer|technician|maintainer|foreman|nurse|doctor|accountant|auditor|lawyer|supplier|"
    r"provider|manufacturer"
)
# What follows a name for it to be someone acting ("Priya fixed", "Tom then found"): verbs of a person's work,
# not of a tool or a measure ("Jenkins restarted the job", "Traffic changed").
_NAME_VERB = (
    r"\s+(?:then\s+|quickly\s+|eventually\s+|finally\s+)?(?:fixed|found|wrote|built|implemented|"
    r"rewrote|figured|solved|designed|decided|proposed|debugged|identified|discovered|led|owned|drove|handled|"
    r"took|made|ran|set|created|deployed|shipped|came up|stepped|jumped|resolved|"
    r"built|rebuilt|did|drafted|drew|redesigned|refactored|reworked|patched|migrated|negotiated|traced|spotted|"
    r"worked out)\b"
)
# A department named bare, as people say it ("HR handled nominations", "finance told us", "design produced three
# prototypes"): a subject only when a verb of doing follows, since these words are also common nouns.
_DEPARTMENT_WORDS = r"hr|qa|l&d|legal|finance|security|design|research|procurement|compliance|leadership|management"
_DEPARTMENTS = r"(?:" + _DEPARTMENT_WORDS + r"|(?-i:IT))"
_DEPARTMENT_VERB = (
    r"\s+(?:then\s+|also\s+|eventually\s+)?(?:[a-z]{3,}ed|built|wrote|ran|took|made|did|found|set|put|brought|gave|sent|"
    r"told|came back|signed off)\b"
)
# Capitalised words that open a sentence or name a day or month, never a person: "Then found the leak", "On
# Monday and I rewrote it", "Why did it sit there so long?".
_NOT_NAMES = frozenset(
    "Then So And But Also Later After Before Once When While Finally Eventually First Next Together Everyone Everybody "
    "Nobody Someone Somebody This That These Those There Here Today Yesterday Tomorrow Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August September October November "
    "December Christmas Easter Why What How Who Where Which It Its Nothing Everything Something Anything None Now Just "
    "Only Still Even Yes Yeah Well Plus Instead Meanwhile Overall Ultimately Initially Luckily Fortunately "
    "Unfortunately Honestly Basically Actually Sadly Surely Suddenly Clearly Obviously".split()
)
# What may stand between a person and their verb: the group they belong to ("Sam from the data team wrote"), an
# aside ("Kenji, our tech lead, rewrote") or "who" ("my lead, who then rewrote the query").
_BELONGING = (
    r"(?:\s+(?:on|from|in|at|of|with)\s+(?:the|their|his|her|a|that)\s+(?:[a-z]+\s+)?(?:team|squad|group|side|"
    r"department|org|vendor|client|customer|company|account|project|floor|ward|site|board))?"
)
_WHO = r"(?P<who>,?\s+who(?:['’]d)?(?!\s+(?:i|we|you|he|she|they|it)\b))?"
# A name after the role ("my colleague Priya then rewrote", "our tech lead Sam fixed"): the person the role names.
_NAMED = r"(?:\s+(?-i:[A-Z][a-z]{2,}+)(?=" + _NAME_VERB + r"))?"
_NAME_BEFORE_VERB = _BELONGING + r"(?:,[^,.;:!?\n]{1,40},)?(?:,?\s+who)?"
# A group named with two words before it ("the data science team", "our UX research organisation").
_GROUPS = r"(?:team|squad|group|organi[sz]ation|department)s?"
# Words that end a group's name rather than describe it ("the script my colleague wrote").
_NOT_MODIFIERS = r"(?:my|our|their|his|her|its|the|a|an|and|or|of|to|who|which|that|we|i|they)"
_OTHER = (
    r"(?:(?:my|our|the|a|an|another|one of (?:the|our|my)|his|her|their|two|some|other)\s+"
    r"(?:[a-z]++['’]s\s+)?(?:[a-z]++(?:-[a-z]++)?[\s-])?(?:"
    + _OTHER_ROLES
    + r")s?"
    + _NAMED
    + _BELONGING
    + r"|(?:my|our|the|their|his|her|an?)\s+(?=[a-z]++\s[a-z]++\s"
    + _GROUPS
    + r"\b)(?:(?!"
    + _NOT_MODIFIERS
    + r"\b)[a-z]++\s){2}"
    + _GROUPS
    + r"|he|she|they|someone|somebody|"
    + r"(?-i:[A-Z][a-z]{2,}+)(?="
    + _NAME_BEFORE_VERB
    + _NAME_VERB
    + r")"
    + _BELONGING
    + r"|"
    + _DEPARTMENTS
    + r"(?="
    + _DEPARTMENT_VERB
    + r"))"
)
# Someone named beside the candidate as "me and my lead", "me and another engineer": the two act together.
_PARTNER = (
    r"(?:my|our|the|a|an|another|one of (?:the|our|my)|two|some|other)\s+(?:[a-z]+[\s-])?(?:" + _OTHER_ROLES + r")s?"
)
# Several of the candidate's group at once ("all of us dug in", "the two of us paired") is "we".
_OF_US = r"(?:all|both|each|most|some|several|many|a few|the (?:two|three|four|five|six|rest)) of us"
_SUBJECT = (
    r"(?P<subject>(?P<i>\bI(?:['’](?P<i_aux>d|ve|m|ll))?(?![\w'’.]))"
    r"|(?P<we>\b(?:we(?:['’](?P<we_aux>d|ve|re|ll))?|" + _OF_US + r")\b)"
    r"|(?P<pair>\b(?-i:[A-Z][a-z]+) and I\b|\bme and (?:(?-i:[A-Z][a-z]+)|" + _PARTNER + r")\b)"
    r"|(?P<other>\b" + _OTHER + r"\b))"
)
_FILLER = (
    r"(?:also|then|quickly|immediately|personally|finally|eventually|actually|just|first|later|basically|"
    r"really|myself|ourselves|alone|together|initially|instead|still|even|um|uh|like|kind of|sort of|had|have|"
    r"went and|went ahead and|would|started to|ended up|managed to|was able to|were able to|began to|got to|probably|"
    r"definitely|likely|mostly|all|both|each|jointly|collectively|quickly|slowly|eventually|already|maybe|perhaps)"
)
# Adverbs of how often: with them the candidate tells a habit, not a step ("I usually write a short doc").
_HABITUAL = frozenset(
    "usually normally typically generally regularly frequently occasionally rarely constantly habitually".split()
)
# What follows an adverb of manner in the verb's place: "I single-handedly rewrote", "we manually reran".
_AFTER_ADVERB = lazy_compile(r"\s+([a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)
# An aside between subject and verb ("the platform team, fourteen engineers, then ran ..."). An aside never holds
# a subject of its own or a next step: in "I flagged it to the owning team, then I rewrote the retry logic, added
# tests", "added" is the candidate's, not the team's.
_APPOSITIVE = r"(?:,\s(?![^,.;:!?\n]*\b(?:i|we|then)\b)[^,.;:!?\n]{1,40},)?"
ACT = re.compile(
    _SUBJECT + _APPOSITIVE + _WHO + r"(?P<mid>(?:\s+" + _FILLER + r"\b)*)\s+(?P<verb>[A-Za-z][a-z'’]+(?:-[a-z]+)?)",
    re.IGNORECASE,
)

# Verbs that say what someone felt, was or had: not an action.
STATE_VERBS = frozenset(
    "was were am is are be been being had has have felt feel thought think believed believe wanted want hoped "
    "hope liked like loved love needed need seemed seem guess knew know got get getting wished wish saw see "
    "tried try learned learnt learn remember remembered mean meant used expected expect supposed agreed agree "
    "enjoyed enjoy kinda sorta wasn't weren't didn't don't doesn't haven't hadn't couldn't wouldn't isn't".split()
)
MODAL_VERBS = frozenset("would could should might may will can shall must ought".split())
NEGATIONS = frozenset("not never didn't didnt don't dont wasn't wasnt couldn't couldnt no".split())
COMMUNICATION_VERBS = frozenset(
    "told asked emailed messaged pinged informed notified escalated raised flagged reported mentioned "
    "suggested recommended alerted called contacted reached looped cc'd forwarded sent passed handed "
    "tell ask email message ping inform notify escalate raise flag report mention suggest call contact".split()
)
DISCOVERY_VERBS = frozenset(
    "noticed realized realised spotted found discovered figured identified traced diagnosed pinpointed "
    "narrowed uncovered detected confirmed verified measured profiled reproduced bisected isolated "
    "notice realize realise spot find discover figure identify trace diagnose".split()
)
DECISION_VERBS = frozenset(
    "decided chose proposed pushed insisted volunteered offered committed pitched argued convinced "
    "persuaded negotiated prioritized prioritised owned drove led championed initiated took "
    "decide choose propose push insist volunteer offer commit pitch argue convince persuade negotiate "
    "prioritize prioritise own drive lead champion initiate take".split()
)
# Plain forms of verbs of doing that also name things ("review", "design", "test"): after a group named with a
# determiner in a story told in the past they are a noun, not the group acting ("their ops review").
_PLAIN_FORMS = frozenset(
    "build write rewrite make add fix check look trace profile move change ship deploy roll test measure replace "
    "remove migrate refactor design implement create automate script draft document review pair rework debug "
    "instrument benchmark start open merge revert rollback rebuild redo rerun restore restart patch tune clean "
    "upgrade".split()
)
# Irregular or unmarked verbs of doing; regular past tenses ending in -ed are recognised by their ending.
ACTION_VERBS = _PLAIN_FORMS | frozenset(
    "built wrote rewrote ran set made put cut dug shipped broke split spent brought held kept sent paid pulled "
    "began fed fought gave got hit led met moved read rebuilt redid did setup shadowed taught tore threw "
    "went wound won undid swapped stood spun sat ate bought dropped stopped mapped tapped patched fixed "
    "run set put cut dig split spend bring hold keep pay pull "
    "written rewritten done taken given driven begun broken chosen "
    "shown drawn grown thrown".split()
)
# Past participles that differ from their verb's plain form: after "I'd" they tell what had been done ("i'd built
# the screen"), where a plain form tells what would be ("i'd build it again").
PARTICIPLES = frozenset(
    "built rebuilt written rewritten done redone taken undertaken given driven broken chosen shown drawn grown thrown "
    "sent spent kept brought found held led paid sold told fought caught taught sought bought thought dug met begun "
    "gone seen overseen known got gotten left lost spoken frozen hidden forgotten withdrawn dealt won spun stood "
    "understood laid torn worn sworn shaken struck swept".split()
)
# Words a subject may seem to govern that are no verb at all ("my director and proposed", "the team to",
# "the VP of"): no bar to a later verb sharing the subject before them.
_NOT_VERBS = frozenset(
    "and or but so to of on at in for with from about around over through across up out into onto by as than "
    "that which what if because since the a an some every this these it we she he they you".split()
)
_ED_NOT_ACTION = frozenset(
    "needed wanted seemed hoped liked loved used supposed expected tried learned agreed enjoyed wished "
    "believed remembered interested excited worried concerned scared tired bored confused surprised "
    "frustrated annoyed involved based called asked told named".split()
    # What befalls things rather than what anyone does: "they disappeared", "the errors recurred".
    + "disappeared vanished recurred reappeared resurfaced spiked plummeted subsided occurred happened persisted "
    "dipped peaked surged soared evaporated".split()
)


class Act(NamedTuple):
    """A subject and the verb it governs: 'I traced', 'we decided', 'my manager fixed'.

    A named tuple rather than a frozen dataclass: an answer holds dozens, and a tuple is made several times faster.
    """

    actor: Actor
    verb: str
    verb_class: VerbClass
    start: int
    end: int
    subject: str
    hypothetical: bool = False
    # Hypothetical about the past ("we'd have missed the date"): part of telling a real story, not a plan.
    counterfactual: bool = False
    # Said inside a noun phrase ("the rule we'd shipped was wrong for..."): names a thing rather than tells a step.
    relative: bool = False
    # Work the candidate got someone to do ("I had a colleague rebuild the numbers"): theirs, at the candidate's call.
    caused: bool = False


def classify_verb(verb: str) -> VerbClass:
    """Say what kind of act a verb (lower case) reports: a hyphenated one by its last part ("re-planned")."""
    verb = verb.replace("’", "'").rpartition("-")[2]
    if verb in NEGATIONS:
        return "negated"
    if verb in MODAL_VERBS:
        return "modal"
    if verb in COMMUNICATION_VERBS:
        return "communication"
    if verb in DISCOVERY_VERBS:
        return "discovery"
    if verb in DECISION_VERBS:
        return "decision"
    if verb in STATE_VERBS or verb in _ED_NOT_ACTION:
        return "state"
    if verb in ACTION_VERBS or (verb.endswith("ed") and len(verb) > 4):
        return "action"
    return "state"


OWN_TEAM = lazy_compile(r"(?:my|our) (?:own )?(?:team|squad|group)", re.IGNORECASE)
_HYPOTHETICAL_MID = lazy_compile(r"\bwould\b", re.IGNORECASE)
_HAVE_MID = lazy_compile(r"\bhave\b", re.IGNORECASE)


# Every subject starts with one of these words (or a capitalised name): the full pattern is tried only there.
# A capitalised word starts a subject only as a name that acts or that pairs with "I" ("Ana and I"; the
# scan stops before the "I", which may start an act of its own).
# The scan may find more starts than Python's Unicode-aware word bounds allow (RE2's are ASCII);
# ACT.match then decides with Python's.
_subject_starts = SpanFinder(
    r"\b(?:(?i:" + _OF_US + r")\b|(?i:i|we|me|my|our|the|a|an|another|one|his|her|their|two|some|other|he|she|they|"
    r"someone|somebody)\b|[A-Z][a-z]+(?i: and)\b|[A-Z][a-z]{2,}(?i:"
    + _NAME_BEFORE_VERB
    + _NAME_VERB
    + r")|(?:(?i:"
    + _DEPARTMENT_WORDS
    + r")|IT)(?i:"
    + _DEPARTMENT_VERB
    + r"))"
)


# Words a determiner-led subject ("the platform team", "one of our engineers") must reach within a few words.
_ROLE_WORDS = frozenset(re.findall(r"[a-z&]+", _OTHER_ROLES)) | {
    "organisation",
    "organization",
    "of",
    "coworker",
    "teammate",
    "oncall",
}
_DETERMINERS = frozenset("my our the a an another one his her their two some other".split())


@cache
def _is_role(lowered: str) -> bool:
    """Say whether a word (lower case) names a role: 'engineers', 'on-call', 'sre'."""
    return lowered in _ROLE_WORDS or lowered.rstrip("s") in _ROLE_WORDS or lowered.split("-")[-1] in _ROLE_WORDS


def _may_start_other(text: str, position: int, end: int) -> bool:
    """Say whether one of the next four words could be a role, so a determiner there may start a subject."""
    return any(map(_is_role, words_after(text, position, end, 4)))


def _restarted(match: re.Match[str]) -> bool:
    """Say whether the pronoun is said again where its verb should be ("we um we spent", "they uh they moved")."""
    verb = match.group("verb").lower()
    return verb in ("we", "he", "she", "they") and match.group("subject").lower() == verb


# Endings of nouns for processes and things, which open a sentence as its subject without naming anyone ("Profiling
# found the hot loop", "Approval took nine days", "Validation caught the rest").
_THING_ENDINGS = ("ing", "tion", "sion", "ment", "ance", "ence", "ness", "ity", "ism", "ogy", "oval", "ewal", "ersal")
_DEPARTMENT_NAMES = frozenset(re.findall(r"[a-z&]+", _DEPARTMENT_WORDS))  # "Security found", "Compliance built"


@cache
def _not_a_name(word: str) -> bool:
    """Say whether a capitalised word cannot be someone's name: a sentence opener or a noun for a process."""
    if word in _NOT_NAMES:
        return True
    lowered = word.lower()
    return (
        len(word) > 5
        and lowered.endswith(_THING_ENDINGS)
        and lowered not in _DEPARTMENT_NAMES
        and not _is_role(lowered)
    )


def _subject_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield what ACT.finditer would, trying the full pattern only where a subject can start."""
    resume = start
    for first, last in _subject_starts(text):
        if first < resume or last > end:
            continue
        if text[first].isupper() and _not_a_name(text[first:last].split(None, 1)[0]):
            continue
        word = text[first:last].lower()
        if word in _DETERMINERS and word not in ("my", "our") and not _may_start_other(text, last, end):
            continue
        match = ACT.match(text, first, end)
        # A subject said again after a pause ("we um we spent two weeks") starts over: the second one governs the verb.
        if match is not None and not _restarted(match):
            resume = match.end()
            yield match


def find_acts(text: str, start: int = 0, end: int | None = None) -> list[Act]:
    """Return every subject-verb act in a span of the text, in order."""
    end = len(text) if end is None else end
    acts: list[Act] = []
    for match in _subject_matches(text, start, end):
        verb = match.group("verb").lower()
        if match.group("i"):
            actor: Actor = "i"
            aux = (match.group("i_aux") or "").lower()
        elif match.group("we"):
            actor = "we"
            aux = (match.group("we_aux") or "").lower()
        elif match.group("pair"):
            actor = "we"
            aux = ""
        elif OWN_TEAM.fullmatch(match.group("subject")):
            actor = "we"  # the candidate's own team acting is "we", not someone else
            aux = ""
        else:
            actor = "other"
            aux = ""
            subject = match.group("subject")
            if subject.lower() in ("the team", "our team", "my team") and verb in ("was", "were", "had"):
                continue
            if verb in _PLAIN_FORMS and not match.group("mid") and subject.split(None, 1)[0].lower() in _DETERMINERS:
                continue  # "their weekly ops review", "the design review": a role naming a thing, no one acting
            if (
                subject.lower() in ("they", "he", "she")
                and verb.endswith("ed")
                and verb not in _WORKED
                and _WHERE_WHEN.match(text, match.end()) is not None
            ):
                continue  # "they clustered around deploys": things that happened, not someone's work
        mid = match.group("mid") or ""
        who = match.group("who")
        if (
            who
            and "," not in who
            and mid.strip().lower() in ("", "had", "has", "have")
            and not _CLEFT.search(text, max(0, match.start() - 12), match.start())
        ):
            # "the engineer who built it had left" describes someone; "it was Sam who fixed it" credits them; "my
            # lead who knew the codebase rewrote the module" tells what they did after describing them.
            main = _after_description(text, match.end(), end)
            if main is None:
                continue
            verb, verb_class, verb_end = main.group(1).lower(), classify_verb(main.group(1).lower()), main.end()
        else:
            verb, verb_class, verb_end = _reread(text, match, verb, mid)
            if verb.endswith("ly") and verb not in _HABITUAL and (after := _AFTER_ADVERB.match(text, verb_end, end)):
                verb, verb_end = after.group(1).lower(), after.end()
                verb_class = classify_verb(verb)
        had = aux == "d" and verb in PARTICIPLES  # "i'd built it", not "i'd build it"
        hypothetical = aux in ("d", "ll") and not verb.endswith("ed") and not had and verb_class != "state"
        # "we'd have finished", "I would have said": what would have happened, reasoned about the past.
        counterfactual = bool(mid) and _HAVE_MID.search(mid) is not None
        counterfactual = counterfactual and (aux == "d" or _HYPOTHETICAL_MID.search(mid) is not None)
        hypothetical = (
            hypothetical or counterfactual or bool(mid and _HYPOTHETICAL_MID.search(mid)) or verb_class == "modal"
        )
        if aux == "m" and verb_class != "modal":
            verb_class = "state"
        # "The first thing we did was..." still tells a step.
        relative = (
            (match.group("we") is not None or (match.group("other") is not None and verb_class in DOING))
            and match.group("verb").lower() not in ("did", "do")
            and _in_noun_phrase(text, match.start(), match.end())
        )
        acts.append(
            Act(
                actor=actor,
                verb=verb,
                verb_class=verb_class,
                start=match.start(),
                end=verb_end,
                subject=match.group("subject"),
                hypothetical=hypothetical,
                counterfactual=counterfactual,
                relative=relative,
            )
        )
    return _with_shared_subjects(text, _with_work_caused(text, acts, start, end), start, end)


# Someone the candidate got to do the work: "I got the DBA to rebuild the indexes", "had a contractor rewrite it".
_CAUSED = lazy_compile(
    r"\b(?:got|had|get|have)\s+(?P<subject>" + _PARTNER + r"|(?-i:[A-Z][a-z]{2,}))\s+(?:to\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


_causatives = SpanFinder(r"\b(?i:got|had|get|have)\s")


def _with_work_caused(text: str, acts: list[Act], start: int, end: int) -> list[Act]:
    """Add the work the candidate or their team got someone else to do, as that person's act."""
    starts = [a.start for a in acts]
    caused = [
        Act("other", verb, verb_class, match.start("subject"), match.end(), match.group("subject"), caused=True)
        for first, _ in _causatives(text)
        if start <= first
        and (match := _CAUSED.match(text, first, end)) is not None
        and (index := bisect_right(starts, match.start()) - 1) >= 0
        and acts[index].actor != "other"
        and (verb_class := classify_verb(verb := match.group("verb").lower())) in ("action", "discovery")
        and match.group("subject") not in _NOT_NAMES
    ]
    return sorted([*acts, *caused], key=lambda a: a.start) if caused else acts


_CLEFT = lazy_compile(r"\b(?:it was|it's|it’s|it is|was it)\s+$", re.IGNORECASE)
_NEXT_WORD = lazy_compile(r"[ \t]+([A-Za-z][a-z'’-]*)")
# How many words a description of someone ("who had seen this before") may run before their own verb.
DESCRIPTION_WORDS = 5


def _after_description(text: str, position: int, end: int) -> re.Match[str] | None:
    """Return the verb that follows a description of its subject ("my manager who'd seen this before suggested"),
    the first verb of doing or telling within a few words that no determiner makes a word of a noun phrase."""
    previous = ""
    for _ in range(DESCRIPTION_WORDS):
        word = _NEXT_WORD.match(text, position, end)
        if word is None:
            return None
        lowered = word.group(1).lower()
        if lowered in _CLAUSE_TAKERS and lowered not in ("decided", "agreed"):
            return None
        if previous not in _NOUN_PHRASE_DETERMINERS and classify_verb(lowered) in _SHAREABLE:
            return word
        previous, position = lowered, word.end()
    return None


# Words that stand for the thing worked on between a causative verb and its participle ("had it merged").
_WORKED_ON = r"(?:it|them|this|that|these|those|everything|(?:the|my|our|a) [a-z]+(?: [a-z]+)?)"
# Work the subject caused to be done: "had it merged", "got the change reviewed": the participle is the act.
_GOT_DONE = lazy_compile(
    r"\s+" + _WORKED_ON + r"\s+(?P<done>[a-z]{3,}ed|done|written|rewritten|built|rebuilt|fixed|run|made|set up|"
    r"sorted|shipped|signed off|taken down|put in)\b",
    re.IGNORECASE,
)
# Someone set to work by the subject: "they had me test it", "my lead made me redo the report".
_SET_TO = lazy_compile(r"\s+(?:me|him|her|them|us|everyone|the team)\s+(?:to\s+)?(?P<do>[a-z]+)\b", re.IGNORECASE)
# Time or a thing put to use for a step: "I used that week to write the migration".
_USED_FOR = lazy_compile(r"\s+(?:[a-z0-9'’-]+\s+){1,4}?to\s+(?P<do>[a-z]+)\b", re.IGNORECASE)
# A work product handed over is work done, not a message: "the vendor sent a patch", "they sent over a fix".
_SENT_WORK = lazy_compile(
    r"\s+(?:us\s+|over\s+|across\s+|back\s+)?(?:a|an|the|their|its|his|her|our|us a)\s+(?:[a-z-]+\s+)?(?:patch|fix|"
    r"hotfix|workaround|build|update|release|script|config|firmware|version|pull request|change|solution|design)\b",
    re.IGNORECASE,
)
_CAUSATIVE = frozenset("had got get have has made make".split())
# A span of time after "took" or "lasted": the subject is something that took that long ("approval took nine days",
# "the review took a couple of weeks"), not someone acting.
_TIME_TAKEN = lazy_compile(
    r"\s+(?:(?:us|them|him|her|me|about|around|roughly|nearly|almost|over|under|only|just|another|at least|more than|"
    r"less than|well over)\s+)*(?:forever|ages|longer|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|a few|a couple of|half an?|several|"
    r"\d+(?:\.\d+)?|[a-z]+ (?:more|extra))\s+(?:full\s+|more\s+|extra\s+)?(?:seconds?|minutes?|hours?|days?|"
    r"nights?|evenings?|mornings?|afternoons?|weekends?|weeks?|months?|quarters?|years?|sprints?|while|cycles?)\b)",
    re.IGNORECASE,
)
# Going through something is examining it, a step of its own ("I went back through the job logs"), where "went"
# alone tells only that someone was there.
_WENT_THROUGH = lazy_compile(
    r"\s+(?:back\s+)?(?P<way>through|over)\s+(?:all\s+|every\s+|each\s+)?(?:the|their|our|my|his|her|its|a|an|"
    r"those|these|that|this|every|each|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
    r"fifty|several|dozens|hundreds|thousands|months|weeks|years)\b",
    re.IGNORECASE,
)
_THEN_DONE = lazy_compile(
    r"\s+(?:or so\s+)?to\s+(?:(?:fully|properly|finally|actually)\s+)?(?P<do>[a-z]+)\b", re.IGNORECASE
)
# The step a "what I did was" names: "was to document", "was basically roll back".
_DID_WAS = lazy_compile(r"\s+was\s+(?:to\s+)?(?:(?:just|basically|simply|really|first)\s+)?(?P<do>[a-z]+)\b", re.I)


def _reread(text: str, match: re.Match[str], verb: str, mid: str) -> tuple[str, VerbClass, int]:
    """Return the verb that tells the act, its class and where it ends, reading through a causative ("had it
    merged", "had me test it"), a phrasal verb ("came up with") or a means put to use ("used the week to write")."""
    verb_end = match.end()
    if verb in _CAUSATIVE or (mid and mid.rstrip().lower().endswith(("had", "have")) and not verb.endswith("ed")):
        at = verb_end if verb in _CAUSATIVE else match.start("verb") - 1
        done = _GOT_DONE.match(text, at)
        # Only the candidate's side causes work to be done in the story; "the PM had the email drafted" is a state.
        if done is not None and not match.group("other"):
            return done.group("done").lower(), "action", done.end()
        set_to = _SET_TO.match(text, at)
        if set_to is not None and classify_verb(set_to.group("do").lower()) in DOING:
            return verb if verb in _CAUSATIVE else "had", "decision", set_to.end()
    elif verb == "did" and (step := _DID_WAS.match(text, verb_end)) is not None:
        # "what I did was document every failure": the verb after it is the step; "what we did was we rolled back"
        # frames the act told next.
        named = step.group("do").lower()
        if classify_verb(named) in DOING:
            return named, classify_verb(named), step.end()
        if named in ("i", "we"):
            return verb, "state", verb_end
    elif verb in ("took", "lasted") and (span := _TIME_TAKEN.match(text, verb_end)) is not None:
        # "the team took two sprints to rebuild it" tells the step after the time it took.
        step = _THEN_DONE.match(text, span.end())
        if step is not None and classify_verb(step.group("do").lower()) in DOING:
            return step.group("do").lower(), classify_verb(step.group("do").lower()), step.end()
        return verb, "state", verb_end
    elif verb == "went" and (combed := _WENT_THROUGH.match(text, verb_end)) is not None:
        return f"went {combed.group('way').lower()}", "action", combed.end("way")
    elif verb == "came" and text.startswith(" up with", verb_end):
        return "came up with", "decision", verb_end + 8
    elif verb == "used":
        used = _USED_FOR.match(text, verb_end)
        if used is not None and classify_verb(used.group("do").lower()) in DOING:
            return used.group("do").lower(), classify_verb(used.group("do").lower()), used.end()
    elif verb in ("sent", "passed", "handed") and _SENT_WORK.match(text, verb_end) is not None:
        return verb, "action", verb_end
    return verb, classify_verb(verb), verb_end


# A reduced relative clause follows a noun phrase: a determiner, then at most three words that are neither
# function words nor verbs that take a clause ("the team agreed we...", "let them know we...").
_NOUN_PHRASE_DETERMINERS = frozenset("the a an every each any this these those our my their his her its all no".split())
_CLAUSE_TAKERS = frozenset(
    "that which who how why where what whether while than so and but or then because when if as is was were "
    "know knew think thought say said feel felt hear heard "
    "see saw sure aware clear confident worried hope hoped believe believed expect expected understand understood "
    "realise realised realize realized decide decided agree agreed".split()
)
# Verbs after which a noun phrase is the person told, and the "we" that follows starts what they were told.
_TELLING = COMMUNICATION_VERBS | frozenset(
    "showed convinced persuaded reminded assured warned promised wrote show convince persuade remind assure warn "
    "promise".split()
)
# A noun phrase after a preposition sets the scene ("in the end we went", "for the payments workstream we
# hired"): the "we" after it is the sentence's own subject.
_PREPOSITIONS = frozenset(
    "in on at by for from to into onto of with within without along across after before during over under "
    "through throughout since until till around about between among toward towards past via per alongside "
    "beside besides amid despite against near inside outside beyond behind like unlike following".split()
)
# A relative clause's verb has no object of its own ("the rule we'd shipped was..."); a verb followed by one
# ("...the fix we monitored it") starts a new clause in an unpunctuated transcript.
# Verbs of doing that, with a place or time straight after them, still tell work ("they worked around it").
_WORKED = frozenset("worked paired reworked debugged deployed tested".split())
# A place or a time straight after a pronoun's verb, with no object between: things gathering or falling somewhere
# ("they clustered around deploys", "they bunched up within a minute of each rollout"), not people at work.
_WHERE_WHEN = lazy_compile(r"\s+(?:up\s+|together\s+)?(?:around|near|during|within|between|throughout|among)\b", re.I)
_OBJECT_START = lazy_compile(
    r"\s*(?:it|them|him|her|us|me|this|that|these|those|the|a|an|our|my|their|every|all|some|\d|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|twenty)\b",
    re.IGNORECASE,
)
# A time said after the verb is no object ("the setting the payments team had changed that afternoon").
_TIME_AFTER = lazy_compile(
    r"\s*(?:that|this|the|one|every|each|last|same)\s+(?:same\s+|next\s+|previous\s+|following\s+)?(?:morning|"
    r"afternoon|evening|night|day|week|weekend|month|quarter|year|sprint)\b",
    re.IGNORECASE,
)
_CLAUSE_EDGE = lazy_compile(r"[.,;:!?()\n\u2013\u2014]")
_LOWER_WORD = lazy_compile(r"[a-z][a-z'’-]*")


def _in_noun_phrase(text: str, start: int, end: int) -> bool:
    """Say whether the act between two positions is a relative clause: 'the rule we'd shipped', 'every fix we make'."""
    if _OBJECT_START.match(text, end) and not _TIME_AFTER.match(text, end):
        return False
    window = text[max(0, start - 60) : start]
    edges = list(_CLAUSE_EDGE.finditer(window))
    words = _LOWER_WORD.findall(window[edges[-1].end() if edges else 0 :].lower())[-5:]
    if not words or words[-1] in _NOUN_PHRASE_DETERMINERS:
        return False
    for index in range(len(words) - 2, max(len(words) - 5, -1), -1):
        word = words[index + 1]
        if word in _CLAUSE_TAKERS or word in _NOUN_PHRASE_DETERMINERS or (word.endswith("ed") and len(word) > 4):
            return False
        if words[index] in _NOUN_PHRASE_DETERMINERS:
            return index == 0 or (words[index - 1] not in _TELLING and words[index - 1] not in _PREPOSITIONS)
    return False


# Verbs of doing that may follow with their subject left out.
_SHARING_VERB = (
    r"(?i:(?:re-|pre-|co-|de-)?[a-z]{2,}ed|built|wrote|rewrote|ran|set|made|put|cut|shipped|sent|kept|led|took|told|found|chose|drove|"
    r"began|brought|held|spent|fixed|split|pulled|paid|gave|dug|met|moved|read|rebuilt|redid|did|swapped|won|laid|"
    r"reran|caught|sought|drew|went)\b"
)
# A verb that shares the subject before it: "I sat down with them, confirmed the dates, and then made the call",
# "i checked the graphs then restarted it", and in a transcript without stops, after a pronoun that can only be
# what the last verb acted on: "i went through them found the bad config", "rolled it back checked the graphs".
_COORDINATED = SpanFinder(
    r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+then[ \t]+|"
    r"[ \t]+(?:them|him|us|it[ \t]+(?:back|up|out|down|off|over|away))[ \t]+)"
    r"(?:(?:then|also|finally|later|quickly|immediately|[a-z]+ly)[ \t]+)?(" + _SHARING_VERB + r")"
)
# A step in a list of bullets or numbers, told without its subject: "- Pulled a week of sessions".
_LISTED = SpanFinder(
    r"(?:^|\n)[ \t]*(?:[-*•‣–]|\d{1,2}[.)])[ \t]+(?:(?i:then|also|finally)[ \t]+)?(" + _SHARING_VERB + r")"
)
_ITEM = lazy_compile(r"[ \t]*(?:[-*•‣–]|\d{1,2}[.)])[ \t]+")
# A clause that says what the subject found or was told ("I found that we were..."): a verb after it shares the
# subject of the finding, not of the clause.
_REPORTED = lazy_compile(r"\s+(?:out\s+)?(?:that\s+)?")
_SENTENCE_END = lazy_compile(r"[.!?;:\n]")
# How far a shared subject carries: past this, a listener has lost who is acting.
_SHARED_SUBJECT_CHARS = 160


def _with_shared_subjects(text: str, acts: list[Act], start: int, end: int) -> list[Act]:
    """Add the verbs that share a subject with an act before them in the same sentence, in text order."""
    listed = _listed(text, acts, start, end)
    if listed:
        acts = sorted([*acts, *listed], key=lambda a: a.start)
    if not acts:
        return acts
    starts = [a.start for a in acts]
    added: list[Act] = []
    for verb_start, verb_end in _COORDINATED(text):
        if verb_start < start or verb_end > end:
            continue
        index = bisect_right(starts, verb_start) - 1
        if index < 0:
            continue
        act = _sharing(text, acts, index, added)
        # A verb inside the act itself ("we, as a team, rebuilt") is that act's own.
        if act is None or verb_start < act.end:
            continue
        if verb_start - act.end > _SHARED_SUBJECT_CHARS or _SENTENCE_END.search(text, act.end, verb_start):
            continue
        verb = text[verb_start:verb_end].lower()
        verb_class = classify_verb(verb)
        if verb_class not in _SHAREABLE:
            continue
        added.append(
            Act(
                act.actor,
                verb,
                verb_class,
                verb_start,
                verb_end,
                act.subject,
                act.hypothetical,
                act.counterfactual,
                act.relative,
            )
        )
    return sorted([*acts, *added], key=lambda a: a.start) if added else acts


def _sharing(text: str, acts: list[Act], index: int, added: list[Act]) -> Act | None:
    """Return the act whose subject a following verb shares: the last one, or the finding a clause of what was
    found or told belongs to ("I found that we were double charging and rewrote the check")."""
    while index and acts[index].verb in _NOT_VERBS:
        index -= 1
    act = acts[index]
    if act.verb_class in _SHAREABLE:
        return act
    # The act just before, said or sharing a subject itself.
    candidates = (acts[index - 1] if index else None, added[-1] if added else None)
    before = max((a for a in candidates if a is not None and a.end <= act.start), key=lambda a: a.end, default=None)
    if before is None:
        return None
    if before.verb_class in ("discovery", "communication") and _REPORTED.fullmatch(text, before.end, act.start):
        return before
    return None


def _leads_list(text: str, act: Act) -> bool:
    """Say whether an act may give a list its subject: one said before the list, or opening an item of it ("- I
    pulled the logs"), not one told inside an item ("- Found that users searched again")."""
    line = text.rfind("\n", 0, act.start) + 1
    item = _ITEM.match(text, line)
    return item is None or item.end() == act.start


def _listed(text: str, acts: list[Act], start: int, end: int) -> list[Act]:
    """Return the steps of a list told without a subject, each taking the subject said last before it ("What I
    did:" then "- Rebuilt the index"), or the candidate's own when none was."""
    if "\n" not in text:
        return []
    starts = [a.start for a in acts]
    listed = []
    for verb_start, verb_end in _LISTED(text):
        if verb_start < start or verb_end > end:
            continue
        verb = text[verb_start:verb_end].lower()
        verb_class = classify_verb(verb)
        if verb_class not in _SHAREABLE:
            continue
        index = bisect_right(starts, verb_start) - 1
        said = next((a for a in reversed(acts[: index + 1]) if _leads_list(text, a)), None)
        actor, subject = (said.actor, said.subject) if said is not None else ("i", "")
        listed.append(Act(actor, verb, verb_class, verb_start, verb_end, subject))
    return listed


DOING = frozenset({"action", "discovery", "decision"})
# Acts whose subject a following verb in the same list may share.
_SHAREABLE = DOING | {"communication"}


def doing(acts: Sequence[Act], actor: Actor) -> list[Act]:
    """Return the acts of one actor that report doing something (not feeling, saying or wishing)."""
    return [a for a in acts if a.actor == actor and a.verb_class in DOING and not a.hypothetical]


def acts_in(acts: Sequence[Act], units: Sequence[Unit]) -> list[Act]:
    """Return the acts that start inside any of the units."""
    starts = [u.start for u in units]
    chosen = []
    for act in acts:
        index = bisect_right(starts, act.start) - 1
        if index >= 0 and act.start < units[index].end:
            chosen.append(act)
    return chosen
