"""`analyze`: judge an answer, or one section of it, like a Bar Raiser, and show the words behind each call."""

from __future__ import annotations

from functools import cache
from itertools import repeat
from typing import get_args

from starcoach.analysis.agency import find_acts
from starcoach.analysis.detectors import delivery, probe
from starcoach.analysis.passage import Detector, Passage, finding
from starcoach.analysis.registry import DETECTORS
from starcoach.analysis.report import AnalysisError, Finding, Report, SectionReport, TextTooLong
from starcoach.analysis.scoring import apply_caps, score_findings, verdict_for
from starcoach.analysis.segment import RESULT_CUES, split_parts
from starcoach.analysis.spoken import Spoken, delivery_summary, pace_finding, spoken_fillers
from starcoach.analysis.spoken import words_per_minute as wpm
from starcoach.analysis.text import Phrases, Unit, count_words, english_ratio, letters_ratio, split_units
from starcoach.levels import ANSWER_BUDGET_SECONDS, LEVELS, SECTION_TARGET_SECONDS, Level

SECTIONS: tuple[str, ...] = ("situation", "task", "action", "result", "reflection", "answer", "followup")
# The longest text judged: about 3,300 words, over twenty minutes of speech.
MAX_CHARS = 20_000
DEFAULT_WORDS_PER_MINUTE = 150
STAR = ("situation", "task", "action", "result")
# Judgements about a whole answer, reported once for it rather than again for a part of it.
ANSWER_WIDE = frozenset(
    {
        "missing_systemic_insight",
        "missing_scope_boundary",
        "off_topic",
        "missing_section",
        "no_quantification",
        "delegated_initiative",
    }
)
FOREIGN_COMMON = frozenset(
    "de la que el en y los se del las un por con una para es al lo como más pero sus le ya este porque esta entre "
    "cuando muy sin sobre también hasta hay donde le les des du une et est qui dans pour pas sur au avec ce il elle "
    "nous vous je mais ou donc der die das und ist nicht ich wir sie es ein eine zu mit auf für von dem im auch sich "
    "não uma os em com para mais foi ele ela eu nós het een van ik je niet dat di che il non è per sono io".split()
)


@cache
def _principles() -> dict[str, object]:
    from starcoach.content.loader import load_principles

    return {key: value for key, value in load_principles().items()}


def _principle(lp: str | None) -> object | None:
    if not lp:
        return None
    wanted = lp.strip().lower()
    for slug, principle in _principles().items():
        if wanted in (slug, principle.name.lower()):  # type: ignore[attr-defined]
            return principle
    raise AnalysisError(f"unknown principle {lp!r}; use a principle's name or slug (see `starcoach principles`)")


def _not_english(text: str) -> bool:
    tokens = text.split()
    if len(tokens) < 5:
        return False
    # The share of the text's space-separated tokens that are common English words.
    if english_ratio(text) * count_words(text) / len(tokens) >= 0.15:
        return False
    stripped = map(str.strip, map(str.lower, tokens), repeat(".,;:!?\"'()"))
    if sum(map(FOREIGN_COMMON.__contains__, stripped)) / len(tokens) > 0.15:
        return True
    letters = sum(c.isalpha() for c in text)
    return letters > len(text) * 0.5 and letters_ratio(text) < 0.5  # letters, but not Latin ones


def analyze(
    text: str,
    section: str = "answer",
    lp: str | None = None,
    level: str = "sde2",
    question: str | None = None,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
    spoken: Spoken | None = None,
    probe_gap: str | None = None,
) -> Report:
    """Judge a whole answer or one section of it, for a principle and level; every finding cites its words.

    Without `spoken`, speaking time is estimated from the word count at `words_per_minute`. With it (the
    timing of a transcribed answer), times are the real ones, and pace and fillers are judged from speech.
    For a follow-up, `probe_gap` names the rubric code the probe was chosen for (as the mock interviewer
    knows it): the answer must then give what that gap needs, whatever the probe's wording.
    """
    if not isinstance(text, str):
        raise AnalysisError("text must be a string")
    if section not in SECTIONS:
        raise AnalysisError(f"section must be one of {', '.join(SECTIONS)}")
    if level not in LEVELS:
        raise AnalysisError(f"level must be one of {', '.join(get_args(Level))}")
    if not 60 <= words_per_minute <= 300:
        raise AnalysisError("words per minute must be between 60 and 300")
    if not text.strip():
        raise AnalysisError("there is nothing to analyze: the text is empty")
    if len(text) > MAX_CHARS:
        raise TextTooLong(f"the text is {len(text):,} characters; the limit is {MAX_CHARS:,} (about 3,300 words)")
    principle = _principle(lp)
    word_count = count_words(text)
    speaking_seconds = spoken.seconds if spoken else round(word_count * 60 / words_per_minute, 1)
    target = _target(section, level)
    if _not_english(text):
        return Report(
            text=text,
            section=section,
            level=level,
            principle=getattr(principle, "slug", None),
            score=0,
            verdict="strong_no_hire",
            word_count=word_count,
            speaking_seconds=speaking_seconds,
            target_seconds=target,
            findings=[],
            judged=False,
            note="This does not look like English; starcoach judges English answers only.",
        )

    units = split_units(text)
    acts = find_acts(text)
    passage = Passage(text, units, section, level, principle, question, acts, probe_gap)  # type: ignore[arg-type]
    sections: list[SectionReport] = []
    if section == "answer":
        passage.parts = split_parts(units, acts)
    findings = _run(passage)
    if spoken:
        findings = [f for f in findings if f.code != "filler_words"]
        findings.extend(f for f in (spoken_fillers(passage, spoken), pace_finding(word_count, spoken.seconds)) if f)
    if section == "answer":
        found = {f.code for f in findings}
        parts = [
            _section_report(passage, name, level, words_per_minute, found, spoken) for name in (*STAR, "reflection")
        ]
        sections = sorted((s for s in parts if s.spans), key=lambda s: s.spans[0][0])
    timing = delivery.too_long_or_short(passage, target, speaking_seconds)
    if timing:
        findings.append(timing)
    if section == "answer":
        findings.extend(_missing_sections(passage, {f.code for f in findings}))
    if section == "followup":
        unanswered = probe.unanswered_probe(passage, {f.code for f in findings})
        if unanswered:
            findings.append(unanswered)

    weights = getattr(principle, "signal_weights", None)
    raw = score_findings(findings, section, level, weights)
    codes = {f.code for f in findings}
    far_too_short = timing is not None and timing.code == "too_short" and timing.severity == "major"
    score = round(apply_caps(raw, codes, section, level, far_too_short))
    return Report(
        text=text,
        section=section,
        level=level,
        principle=getattr(principle, "slug", None),
        score=score,
        verdict=verdict_for(score),
        word_count=word_count,
        speaking_seconds=speaking_seconds,
        target_seconds=target,
        findings=_ordered(findings),
        sections=sections,
        delivery=delivery_summary(text, spoken, word_count) if spoken else {},
    )


def _target(section: str, level: str) -> int | None:
    if section == "answer":
        return ANSWER_BUDGET_SECONDS[level][1]
    return SECTION_TARGET_SECONDS.get(section)


@cache
def _detectors_for(section: str, part_of_answer: bool) -> tuple[Detector, ...]:
    """The detectors that judge a kind of passage; a part of an answer leaves answer-wide judgements to the whole."""
    return tuple(d for d in DETECTORS if section in d.sections and not (part_of_answer and d.code in ANSWER_WIDE))


def _run(passage: Passage, found_in_whole: set[str] | None = None) -> list[Finding]:
    findings = []
    for detector in _detectors_for(passage.section, found_in_whole is not None):
        if found_in_whole is not None and detector.local and detector.code not in found_in_whole:
            continue
        result = detector.run(passage)
        if result is not None:
            findings.append(result)
    return findings


def _section_report(
    answer: Passage,
    name: str,
    level: str,
    words_per_minute: int,
    found_in_whole: set[str],
    spoken: Spoken | None = None,
) -> SectionReport:
    units: list[Unit] = answer.parts.get(name, [])
    spans = _merge([(u.start, u.end) for u in units])
    word_count = sum(u.word_count for u in units)
    seconds = spoken.seconds_in(spans) if spoken else round(word_count * 60 / words_per_minute, 1)
    report = SectionReport(
        name=name,
        spans=spans,
        text=" … ".join(answer.text[s:e] for s, e in spans),
        word_count=word_count,
        speaking_seconds=seconds,
        target_seconds=SECTION_TARGET_SECONDS[name],
    )
    if not units:
        return report
    passage = Passage(answer.text, units, name, level, answer.principle, answer.question, answer.all_acts)
    report.findings = _ordered(_run(passage, found_in_whole))
    if spoken:
        report.findings = [f for f in report.findings if f.code != "filler_words"]
        report.words_per_minute = wpm(word_count, seconds)
    timing = delivery.too_long_or_short(passage, SECTION_TARGET_SECONDS[name], seconds)
    if timing:
        report.findings.append(timing)
    return report


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start - merged[-1][1] <= 2:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# Findings that show a part is there, however weak: an outcome told vaguely is a Result to improve, not one
# that is missing.
_SHOW_A_RESULT = frozenset({"vague_result", "metric_delta", "business_impact", "unverified"})
# Likewise steps that were passed on, waited out or left to others are an Action told badly.
_SHOW_AN_ACTION = frozenset({"handoff", "passive_waiting", "others_did_the_work", "we_language"})


# An outcome told in words, however vaguely: something got fixed or shipped, a trend turned, a thing got better.
OUTCOME_TOLD = Phrases(
    r"(?:was|were|got|had been|has been|have been|is|are) (?:finally |eventually |all |properly |fully )?"
    r"(?:fixed|resolved|closed|solved|merged|shipped|launched|released|deployed|rolled out|approved|adopted|"
    r"cancelled|canceled|dropped|scrapped|shelved|delayed)",
    r"(?:fixed|resolved|solved|shipped|launched|released|closed|merged) (?:it|them|the (?:issue|bug|problem))",
    r"(?:went|go|gone|going) (?:live|out|ahead)",
    r"(?:was|were|got|became|is|are|looked|felt|ran|worked) (?:a lot |much |way |far |noticeably |slightly |"
    r"significantly |a bit |somewhat )?(?:better|worse|faster|slower|smoother|quieter|calmer|happier|cleaner|"
    r"more (?:stable|reliable|aware|careful)|less (?:noisy|painful))",
    r"(?:slowed|improved|dropped|fell|rose|grew|shrank|declined|recovered|stabili[sz]ed|settled|levelled off|"
    r"leveled off|went (?:down|up|away)|stopped|disappeared|died down) (?:considerably|significantly|noticeably|"
    r"dramatically|a lot|quite a bit|a little|somewhat|down|off|completely|entirely|for good)",
    r"(?:never|hasn't|haven't|didn't|did not|has not|have not) (?:happened|come back|recurred|broken) (?:again|since)",
)


def _missing_sections(passage: Passage, found: set[str]) -> list[Finding]:
    """Report a STAR part that the whole answer lacks entirely, judged on evidence, not on cue words."""
    # A short answer is judged too short, not incomplete; one that is no story at all lacks every part.
    if passage.word_count < 40 and "off_topic" not in found:
        return []
    missing = []
    if not passage.my_actions and not passage.our_actions and found.isdisjoint(_SHOW_AN_ACTION):
        missing.append("Action (what you did)")
    has_outcome = (
        bool(passage.parts.get("result"))
        or not found.isdisjoint(_SHOW_A_RESULT)
        or any(u.numeric or RESULT_CUES.search(u.text, u.start, u.end) for u in passage.units[1:])
        or bool(passage.find(OUTCOME_TOLD, passage.units[1:]))
    )
    if not has_outcome:
        missing.append("Result (what came of it)")
    if not missing:
        return []
    return [finding("missing_section", "major", "The answer has no " + " and no ".join(missing) + ".")]


def _ordered(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.kind != "strength", f.severity != "major", f.code))
