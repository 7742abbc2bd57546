"""Whose actions: the candidate's own in the first person, hidden behind "we", or done by others."""

from __future__ import annotations

from starcoach.analysis.passage import Passage, finding, quote
from starcoach.analysis.report import Finding
from starcoach.analysis.text import Phrases

# "My first step was to..." states the candidate's own action without "I" as the subject.
MY_STEP = Phrases(
    r"my (?:first|next|second|third|last|final|main|immediate)? ?(?:step|move|fix|approach|change|plan|proposal|"
    r"solution|idea|priority|focus|job|contribution|part) (?:was|had been) (?:to )?[a-z]+",
)
# Verbs that carry the decisive work; others doing these is what hides the candidate.
DECISIVE = frozenset(
    "fixed found wrote rewrote built implemented figured solved designed decided proposed debugged identified "
    "discovered traced diagnosed resolved shipped deployed rolled created migrated refactored led drove owned "
    "handled took made ran set analyzed analysed profiled built patched redesigned automated came stepped".split()
)
# Actions by "we" are shared work; they hide the candidate once they outnumber the "I" actions.
WE_SHARE_LIMIT = 0.5


def _sections_of_work(p: Passage) -> bool:
    return p.section in ("action", "answer", "followup", "task", "result")


def first_person_action(p: Passage) -> Finding | None:
    mine = [a for a in p.my_actions if a.verb_class in ("action", "discovery", "decision")]
    steps = p.find(MY_STEP)
    count = len(mine) + len(steps)
    needed = 1 if p.section in ("result", "task", "followup", "situation") or p.word_count < 60 else 2
    if count < needed:
        return None
    evidence = p.cite([*mine, *steps], 5)
    return finding(
        "first_person_action",
        "major" if count >= 3 or needed == 1 else "minor",
        f"{count} concrete action{'s' if count != 1 else ''} in your own voice, such as {quote(evidence[0].text)}.",
        evidence,
    )


def we_language(p: Passage) -> Finding | None:
    if not _sections_of_work(p) or p.section == "result":
        return None
    ours = p.our_actions
    mine = p.my_actions
    if len(ours) < 2 or len(ours) <= len(mine) * (1 / WE_SHARE_LIMIT - 1) and len(mine) >= 2:
        return None
    share = len(ours) / (len(ours) + len(mine))
    if share <= WE_SHARE_LIMIT:
        return None
    return finding(
        "we_language",
        "major" if len(mine) <= 1 else "minor",
        f"'We' did {len(ours)} of the actions and 'I' did {len(mine)}: the interviewer cannot tell what you did. "
        "Say 'I' for what was yours.",
        p.cite(ours, 4),
    )


def others_did_the_work(p: Passage) -> Finding | None:
    if not _sections_of_work(p):
        return None
    theirs = [a for a in p.their_actions if a.verb in DECISIVE]
    mine = [a for a in p.my_actions if a.verb_class in ("action", "discovery")]
    if not theirs or len(theirs) < max(1, len(mine) // 2) or (len(theirs) == 1 and len(mine) >= 2):
        return None
    return finding(
        "others_did_the_work",
        "major",
        f"The decisive steps belong to others ({quote(theirs[0].subject + ' ' + theirs[0].verb)}). "
        "Tell what you did, and credit others in passing.",
        p.cite(theirs, 4),
    )
