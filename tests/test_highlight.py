"""Highlight segments always rebuild the text they were cut from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from starcoach.highlight import Mark, phrase_marks, segments


@given(st.text(), st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60))))
def test_segments_rebuild_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [Mark(max(0, a), b) for a, b in spans]
    assert "".join(s.text for s in segments(text, marks)) == text


def test_marked_segments_are_exactly_the_phrases() -> None:
    text = "I traced the leak to the connection pool and cut p99 from 900 ms to 180 ms."
    marks = phrase_marks(text, ["traced the leak", "from 900 ms to 180 ms", "absent phrase"])
    marked = [s.text for s in segments(text, marks) if s.mark]
    assert marked == ["traced the leak", "from 900 ms to 180 ms"]


def test_overlapping_marks_do_not_repeat_text() -> None:
    text = "abcdefgh"
    result = segments(text, [Mark(1, 5, "key"), Mark(3, 7, "flaw")])
    assert [(s.text, s.mark) for s in result] == [("a", ""), ("bcde", "key"), ("fg", "flaw"), ("h", "")]
