"""The analyzer's text layer: phrase scans agree with Python's engine, and words are counted per unit."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from starcoach.analysis.text import (
    _HARD_BREAK,
    _HARD_BREAK_FAST,
    WORD,
    Phrases,
    SpanFinder,
    _re2_spans,
    count_words,
    lazy_compile,
    split_units,
    words_after,
)

FAMILY = Phrases(r"root cause", r"on-?call", r"\$\d+k?", r"didn't (?:check|test)", r"(?:fix|fixed)")
# A family with a look-around pattern: scanned with Python's engine when its looser form occurs.
GUARDED = Phrases(r"like(?! to\b)", r"rolled back")


def words(text: str, start: int, end: int) -> list[str]:
    """The words of a span, found by Python's engine on that span alone."""
    return [word.lower() for word in WORD.findall(text, start, end)]


def python_spans(phrases: Phrases, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in phrases.regex.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["root", "cause", "on-call", "oncall", "$30k", "$", "fix", "fixed", "didn't", "check", "x"])
        | st.sampled_from([" ", "  ", ", ", ". ", "\n", "-", "(", ")"]),
        max_size=30,
    )
)
def test_scan_finds_what_pythons_engine_finds_in_ascii_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert FAMILY._spans(text)[0] == python_spans(FAMILY, text)


def test_scan_offsets_are_characters_in_unicode_text() -> None:
    text = "Café — root cause: the naïve fix’s root cause… $40k “fixed” on‑call ∞ oncall"
    found = [text[s:e] for s, e in FAMILY._spans(text)[0]]
    assert found == ["root cause", "fix", "root cause", "$40k", "fixed", "oncall"]
    assert FAMILY._spans(text)[0] == python_spans(FAMILY, text)


def test_matches_at_the_very_start_and_end_of_the_text() -> None:
    assert [m.group() for m in FAMILY.finditer("fixed")] == ["fixed"]
    assert FAMILY._spans("fixed")[0] == [(0, 5)]
    assert FAMILY._spans("root cause fixed")[0] == [(0, 10), (11, 16)]


def test_look_around_patterns_are_still_applied() -> None:
    text = "I'd like to say it was like a maze, so we rolled back."
    assert [text[s:e] for s, e in GUARDED._spans(text)[0]] == ["like", "rolled back"]
    assert GUARDED._spans("nothing here")[0] == []


def test_counts_and_searches_stay_inside_a_unit() -> None:
    text = "We fixed it. The root cause was a cron job. Nobody was on-call."
    units = split_units(text)
    assert [FAMILY.count(text, u.start, u.end) for u in units] == [1, 1, 1]
    match = FAMILY.search(text, units[1].start, units[1].end)
    assert match is not None and match.group() == "root cause"
    assert [(unit.value, m.group()) for unit, m in FAMILY.in_units(units)] == [
        ("We fixed it.", "fixed"),
        ("The root cause was a cron job.", "root cause"),
        ("Nobody was on-call.", "on-call"),
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["root cause", "fixed", "on-call", "$30k", "nothing", "x"])
        | st.sampled_from([" ", ". ", ".\n", ", "]),
        max_size=40,
    ),
    st.lists(st.booleans(), max_size=20),
)
def test_a_choice_of_units_sees_the_matches_inside_it_and_no_other(pieces: list[str], keep: list[bool]) -> None:
    text = "".join(pieces)
    units = split_units(text)
    chosen = [u for u, kept in zip(units, keep + [True] * len(units), strict=False) if kept]
    spans = python_spans(FAMILY, text)
    inside = [[(s, e) for s, e in spans if u.start <= s and e <= u.end] for u in chosen]
    assert [(u, m.span()) for u, m in FAMILY.in_units(chosen)] == [
        (u, span) for u, found in zip(chosen, inside, strict=True) for span in found
    ]
    assert FAMILY.per_unit(chosen) == [len(found) for found in inside]


def test_words_are_counted_per_unit_from_one_index() -> None:
    text = "So we shipped it. Then I measured latency: 120 ms, down from 480 ms!"
    units = split_units(text)
    assert [u.word_count for u in units] == [4, 10]
    assert units[1].lower_words == words(text, units[1].start, units[1].end)
    assert count_words(text) == 14
    assert words_after(text, text.index("measured"), len(text), 3) == ["measured", "latency", "120"]


def test_units_compare_by_identity() -> None:
    text = "One. Two."
    first, second = split_units(text), split_units(text)
    assert first[0] is not second[0] and first[0] != second[0]
    assert first[0] == first[0]


def test_span_finder_is_case_sensitive_unless_the_pattern_says_otherwise() -> None:
    find = SpanFinder(r"\b(?:(?i:we)|[A-Z][a-z]+)\b")
    assert find("We met Ana and we left") == [(0, 2), (7, 10), (15, 17)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["word", "I", "x", "12", "3)", "4.", ".", "!", "?", ";", "…", '"', "”", "’", ")", "]"])
        | st.sampled_from([" ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "-", "•", "–", "*", "·", "é"]),
        max_size=40,
    )
)
def test_sentence_breaks_match_pythons_engine(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _re2_spans(_HARD_BREAK_FAST, text) == [m.span() for m in _HARD_BREAK.finditer(text)]


def test_words_of_text_whose_lower_case_is_longer_keep_their_offsets() -> None:
    text = "İstanbul office: I fixed the İzmir build. Then costs fell."
    units = split_units(text)
    assert count_words(text) == 10
    assert [u.lower_words for u in units] == [words(text, u.start, u.end) for u in units]
    assert units[1].lower_words == ["then", "costs", "fell"]


def test_the_subject_scan_stays_on_re2() -> None:
    # Who-did-what runs on every answer; a pattern RE2 cannot take would silently fall back to the slower engine.
    from starcoach.analysis.agency import _subject_starts

    assert _subject_starts.engine == "re2"
    assert SpanFinder(r"a(?=b)").engine == "re"


def test_a_combined_scan_that_gives_up_lets_every_family_look(monkeypatch: pytest.MonkeyPatch) -> None:
    from starcoach.analysis import analyze
    from starcoach.analysis import text as text_module

    answer = "I traced the timeouts to a missing index, added it, and p99 latency fell from 900 ms to 120 ms."
    expected = analyze(answer, section="action").codes()

    text_module._families_in("prime the set")
    # The stand-in answers as a set RE2 gave up on does: no match at all.
    monkeypatch.setattr(text_module, "_family_set", text_module._NO_SET)
    monkeypatch.setattr(text_module, "_families_cache", (None, frozenset()))
    fresh = answer.replace("I traced", "I  traced")  # a new string, so no per-text memo answers
    assert analyze(fresh, section="action").codes() == expected


def test_every_phrase_family_compiles_with_re2_and_fits_the_combined_scan() -> None:
    import gc

    import re2

    import starcoach.analysis.analyzer  # noqa: F401 - registers every family
    from starcoach.analysis import text as text_module
    from starcoach.analysis.text import Phrases

    families = [obj for obj in gc.get_objects() if isinstance(obj, Phrases)]
    assert families
    # Compiled on first use, a family RE2 refused would quietly fall back to Python's slower engine.
    assert [f.patterns[0] for f in families if f._plain is not None and f._fast is None] == []
    text_module._families_in("a sentence to build the combined scan")
    assert isinstance(text_module._family_set, re2.Set)


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"fixed \S+ bugs", "Then I FIXED Three BUGS in a day.", "FIXED Three BUGS"),
        (r"step \d of \D+ plan", "It was Step 2 of THE plan.", "Step 2 of THE plan"),
        (r"[A-Z]+ team", "The SRE Team agreed.", "SRE Team"),
        (r"won't budge", "They WON’T BUDGE on it.", "WON’T BUDGE"),
    ],
)
def test_families_match_whatever_the_case_and_keep_their_escapes(pattern: str, text: str, found: str) -> None:
    hit = Phrases(pattern).search(text)
    assert hit is not None and hit.group() == found


def test_a_lazy_pattern_compiles_on_first_use_and_then_behaves_as_a_compiled_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    compile_now = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiled.append(pattern) or compile_now(pattern, flags))
    pattern = lazy_compile(r"\bshipped (\w+)", re.IGNORECASE)
    assert pattern.pattern == r"\bshipped (\w+)" and compiled == []
    assert pattern.search("We SHIPPED it twice").group(1) == "it"
    assert [m.group(1) for m in pattern.finditer("shipped a, shipped b")] == ["a", "b"]
    assert pattern.sub("sent", "shipped x") == "sent" and pattern.groups == 1
    assert pattern.fullmatch("shipped") is None and pattern.match("not shipped x") is None
    assert compiled == [r"\bshipped (\w+)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The export has run before 6 a.m. every day since. Nobody waits for it.", 2),
        ("I went through the slow pages, e.g. the search one, and fixed them. It took a week.", 2),
        ("I paired with Dr. Haddad on the model. She checked every weight.", 2),
        ("about 40 vs. 12 before the change. then it settled", 2),
    ],
)
def test_an_abbreviation_inside_a_sentence_does_not_end_it(text: str, expected: int) -> None:
    assert len(split_units(text)) == expected


def test_an_abbreviation_at_the_end_of_a_sentence_still_ends_it() -> None:
    units = split_units("The backup ran at 2 a.m. The restore test ran the next morning.")
    assert [u.value for u in units] == ["The backup ran at 2 a.m.", "The restore test ran the next morning."]
