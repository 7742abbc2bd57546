"""Cut a text into plain and marked segments, so any face can highlight exact words of it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from pydantic import BaseModel


class Mark(NamedTuple):
    """A span of text to highlight, with the kind of highlight and an optional note."""

    start: int
    end: int
    kind: str = "key"
    note: str = ""


class Segment(BaseModel):
    """A run of text; `mark` names why it is highlighted (empty when it is plain)."""

    text: str
    mark: str = ""
    note: str = ""


def phrase_marks(text: str, phrases: Iterable[str], kind: str = "key", notes: Iterable[str] = ()) -> list[Mark]:
    """Return a mark over the first occurrence of each phrase found in text."""
    notes = list(notes)
    marks = []
    for index, phrase in enumerate(phrases):
        start = text.find(phrase) if phrase else -1
        if start >= 0:
            marks.append(Mark(start, start + len(phrase), kind, notes[index] if index < len(notes) else ""))
    return marks


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Split text at the marks; where marks overlap, the earlier one wins the shared words."""
    result: list[Segment] = []
    cursor = 0
    for mark in sorted(marks):
        start = max(mark.start, cursor)
        end = min(mark.end, len(text))
        if start >= end:
            continue
        if start > cursor:
            result.append(Segment(text=text[cursor:start]))
        result.append(Segment(text=text[start:end], mark=mark.kind, note=mark.note))
        cursor = end
    if cursor < len(text):
        result.append(Segment(text=text[cursor:]))
    return result
