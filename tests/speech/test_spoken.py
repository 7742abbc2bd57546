"""Delivery from word timings: real section times, pace, long pauses and fillers (no audio needed)."""

from __future__ import annotations

import pytest

from starcoach.analysis import analyze
from starcoach.analysis.spoken import Spoken, SpokenWord, pace_finding, words_per_minute

ANSWER = (
    "Last spring our checkout page failed for one in ten customers every Friday evening. "
    "It was not my team's service, but I owned the fix because our users were the ones losing orders. "
    "I pulled a month of logs, traced the failures to a connection pool capped at twenty, "
    "raised the cap, and wrote a load test that reproduces the Friday peak. "
    "Failed checkouts fell from ten percent to under half a percent, worth about forty thousand dollars a week."
)


def timed(text: str, seconds_per_word: float, gap_after: dict[int, float] | None = None) -> Spoken:
    """Time every word of a text at a steady rate, with optional silences after given word numbers."""
    words, cursor, clock = [], 0, 0.0
    for number, token in enumerate(text.split()):
        at = text.index(token, cursor)
        words.append(SpokenWord(at, at + len(token), round(clock, 3), round(clock + seconds_per_word * 0.9, 3)))
        cursor = at + len(token)
        clock += seconds_per_word + (gap_after or {}).get(number, 0.0)
    return Spoken(tuple(words))


def test_section_times_are_the_real_spoken_times() -> None:
    spoken = timed(ANSWER, 0.5)
    report = analyze(ANSWER, lp="ownership", spoken=spoken)
    assert report.speaking_seconds == spoken.seconds
    for part in report.sections:
        expected = spoken.seconds_in([(s, e) for s, e in part.spans])
        assert part.speaking_seconds == expected
        assert part.words_per_minute == pytest.approx(part.word_count * 60 / expected, abs=0.1)
    # A slow speaker takes longer for the same words: the times follow the audio, not the word count.
    slow = analyze(ANSWER, lp="ownership", spoken=timed(ANSWER, 1.0))
    assert slow.speaking_seconds > report.speaking_seconds * 1.8


def test_pace_outside_the_comfortable_range_is_a_finding() -> None:
    fast = analyze(ANSWER, lp="ownership", spoken=timed(ANSWER, 60 / 230))
    steady = analyze(ANSWER, lp="ownership", spoken=timed(ANSWER, 60 / 150))
    slow = analyze(ANSWER, lp="ownership", spoken=timed(ANSWER, 60 / 90))
    assert "pace" in {f.code for f in fast.findings}
    assert "pace" in {f.code for f in slow.findings}
    assert "pace" not in {f.code for f in steady.findings}
    assert "Slow down" in next(f.message for f in fast.findings if f.code == "pace")
    assert steady.delivery["words_per_minute"] == pytest.approx(150, rel=0.05)


def test_pace_needs_enough_speech() -> None:
    assert pace_finding(10, 2.0) is None  # 300 wpm, but ten words prove little
    assert words_per_minute(0, 10) is None
    finding = pace_finding(60, 15.0)
    assert finding is not None and finding.severity == "major"


def test_long_pauses_are_found_where_they_are() -> None:
    spoken = timed(ANSWER, 0.4, gap_after={5: 3.0, 30: 0.5})
    pauses = spoken.pauses()
    assert len(pauses) == 1
    assert pauses[0].seconds == pytest.approx(3.0 + 0.04, abs=0.1)
    report = analyze(ANSWER, lp="ownership", spoken=spoken)
    (pause,) = report.delivery["long_pauses"]
    assert pause["after"].endswith(ANSWER.split()[5])


def test_fillers_are_judged_per_minute_of_speech() -> None:
    filled = (
        "So basically our checkout page was like failing every Friday and you know customers were losing orders. "
        "I kind of took it on, I basically pulled the logs and like traced it to the connection pool, you know. "
        "I raised the cap and added a load test and failures fell from ten percent to half a percent."
    )
    quick = analyze(filled, lp="ownership", spoken=timed(filled, 0.4))
    finding = next(f for f in quick.findings if f.code == "filler_words")
    assert "a minute" in finding.message
    assert all(e.text.lower() in {"basically", "like", "you know", "kind of"} for e in finding.evidence)
    assert quick.delivery["fillers"]["basically"] == 2
    # The same three fillers spread over several minutes are below the limit.
    sparse = "I basically traced it. " + ANSWER + " You know, it held. " + ANSWER
    slow = analyze(sparse, lp="ownership", spoken=timed(sparse, 1.6))
    assert "filler_words" not in {f.code for f in slow.findings}


def test_typed_answers_have_no_delivery() -> None:
    report = analyze(ANSWER, lp="ownership")
    assert report.delivery == {}
    assert "delivery" not in report.to_dict()
    assert all(part.words_per_minute is None for part in report.sections)


def test_words_out_of_order_are_refused() -> None:
    with pytest.raises(ValueError, match="text order"):
        Spoken((SpokenWord(10, 12, 0.0, 0.2), SpokenWord(0, 3, 0.2, 0.4)))
