"""The text layer of the analyzer: units (sentences or clauses) with offsets, numbers, and phrase patterns.

Offsets always index the caller's original string; nothing here rewrites the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, repeat
from operator import attrgetter
from typing import Any, Generic, TypeVar, cast, overload

WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\-]*|\d[\d,.]*")
_WORD_SPLIT = re.compile(f"({WORD.pattern})")

# Sentence ends, line breaks and bullets close a unit in typed text.
_HARD_BREAK = re.compile(r"(?<=[.!?;…])[\"'”’)\]]*\s+|\n\s*(?:[-*•·–]\s+|\d+[.)]\s+)?|\s+[-•–]\s+(?=[A-Za-z])")
# Where a sentence ends: a stop followed by a space or the end of the text, not a decimal point ("2.1%").
FULL_STOP = re.compile(r"[.!?](?=\s|$)")
# Where a sentence or a clause of it stops, semicolons and line breaks included.
CLAUSE_STOP = re.compile(r"[.!?;\n]")
# In a transcript with no punctuation, these words usually open a new clause.
_CLAUSE_CUE = re.compile(
    r"\s+(?=(?:and then|and so|so then|after that|then|so|but|because|which meant|once|when|until|"
    r"as a result|in the end|eventually|finally|looking back|in hindsight|if i did it again|the thing i|the result|"
    r"next|afterwards|meanwhile|"
    r"and i|and we|and my|and the|i also|we also|what i|my [a-z]+ was)\b)",
    re.IGNORECASE,
)
LONG_UNIT_WORDS = 28


T = TypeVar("T")


class once(Generic[T]):  # noqa: N801 - used like `functools.cached_property`
    """Like `functools.cached_property`, without the lock Python 3.11 takes on every first access.

    The analyzer reads several such values from each of hundreds of objects per answer, on one thread.
    """

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | once[T]:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


class _CompiledPattern:
    """A lazy pattern after its first use: the compiled pattern's methods and attributes, read at full speed."""

    pattern: str

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


class _LazyPattern(_CompiledPattern):
    """A regular expression that Python's engine compiles when it is first used, not when its module loads.

    Most of the analyzer's patterns only read what a phrase family already found, so a first analysis uses a
    few dozen of several hundred; compiling them all on import made starting up slow.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # readable without compiling, to build other patterns from
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance lacks, which is everything but `pattern` until the first use. Then the
        # compiled pattern's methods and attributes are set on the instance, and it becomes a plain object: a class
        # with `__getattr__` would slow down every later attribute read.
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        object.__setattr__(self, "__class__", _CompiledPattern)
        return getattr(compiled, name)


_PATTERN_ATTRIBUTES = (
    *("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner"),
    *("flags", "groups", "groupindex"),
)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return a pattern that compiles on first use and then behaves as `re.compile(pattern, flags)` does.

    It is not an instance of `re.Pattern`: call its methods, never hand it to `re.sub` and the like. A call through
    it costs a little more than through a compiled pattern, so a pattern that nearly every answer reads many times
    (the subject scan of `agency.ACT`) is better compiled on import.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


@dataclass(frozen=True, eq=False)
class Unit:
    """A sentence or clause of the text: its offsets into the original string and its words.

    Units compare by identity: each is made once per text, and a whole answer and its parts share them.
    """

    text: str
    start: int
    end: int

    @property
    def value(self) -> str:
        return self.text[self.start : self.end]

    @once
    def word_count(self) -> int:
        return _words_between(self.text, self.start, self.end)

    @once
    def lower_words(self) -> list[str]:
        """The unit's words in lower case."""
        starts, lowered = _word_index(self.text)
        return lowered[bisect_left(starts, self.start) : bisect_left(starts, self.end)]

    @once
    def common_words(self) -> int:
        """How many of the unit's words are common English words."""
        starts, _ = _word_index(self.text)
        return sum(_common_flags(self.text)[bisect_left(starts, self.start) : bisect_left(starts, self.end)])

    @once
    def numeric(self) -> bool:
        """Whether the unit holds any quantity."""
        return has_number(self.text, self.start, self.end)


_unit_start = attrgetter("start")


class SpanMemo(Generic[T]):
    """Values worked out for spans of the last text seen, so a whole answer and its parts, judged one after
    another, work each out once."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._values: dict[tuple[int, int], T] = {}

    def get(self, text: str, span: tuple[int, int], compute: Callable[[], T]) -> T:
        if text is not self._text:
            self._text, self._values = text, {}
        if span not in self._values:
            self._values[span] = compute()
        return self._values[span]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-*•·–"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_units(text: str, start: int = 0, end: int | None = None) -> list[Unit]:
    """Split text into sentences, and long unpunctuated runs into clauses at cue words."""
    end = len(text) if end is None else end
    units: list[Unit] = []
    cursor = start
    whole = (start, end) == (0, len(text))
    breaks = (
        _re2_spans(_HARD_BREAK_FAST, text)
        if _HARD_BREAK_FAST is not None and whole
        else (m.span() for m in _HARD_BREAK.finditer(text, start, end))
    )
    # Most answers hold no abbreviation: one scan says whether any stop needs a second look.
    abbreviated = not whole or not _ABBREVIATION_WORDS.isdisjoint(_word_index(text)[1])
    for break_start, break_end in breaks:
        if abbreviated and text[break_start - 1] == "." and _inside_sentence(text, break_start, break_end):
            continue  # "at 5 a.m. every day", "e.g. the cache", "Dr. Osei": no sentence ends there
        _add_clauses(text, cursor, break_start, units)
        cursor = break_end
    _add_clauses(text, cursor, end, units)
    return units


# Abbreviations that end in a stop without ending the sentence when a lower-case word or a figure follows ("at 5
# a.m. every day", "a few caches, e.g. the session one"), and titles, which never end one ("Dr. Osei").
_ABBREVIATIONS = frozenset({"a.m", "p.m", "e.g", "i.e", "vs", "approx", "cf", "sr", "jr"})
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof"})
# The words (as `_word_index` reads them) that an abbreviation leaves: "a.m." leaves "a" and "m", "e.g." "e" and "g".
_ABBREVIATION_WORDS = frozenset({"m", "g", "e"} | {word for word in _ABBREVIATIONS if "." not in word} | _TITLES)


def _inside_sentence(text: str, stop: int, resume: int) -> bool:
    """Say whether the full stop just before `stop` closes an abbreviation inside a sentence, not the sentence."""
    word = text[text.rfind(" ", max(0, stop - 9), stop) + 1 : stop - 1].lstrip("([\"'“‘").lower()
    if word in _TITLES:
        return True
    following = text[resume : resume + 1]
    return word in _ABBREVIATIONS and (following.islower() or following.isdigit() or following in ("$", "£", "€"))


def _add_clauses(text: str, start: int, end: int, units: list[Unit]) -> None:
    start, end = _trimmed(text, start, end)
    if start >= end:
        return
    if _words_between(text, start, end) <= LONG_UNIT_WORDS:
        units.append(Unit(text, start, end))
        return
    cursor = start
    for match in _CLAUSE_CUE.finditer(text, start, end):
        if _words_between(text, cursor, match.start()) >= 6:
            piece = _trimmed(text, cursor, match.start())
            units.append(Unit(text, *piece))
            cursor = match.end()
    piece = _trimmed(text, cursor, end)
    if piece[0] < piece[1]:
        units.append(Unit(text, *piece))


def clause_start(text: str, position: int, reach: int, stops: str = ".!?;\n") -> int:
    """Return the offset of the last stop before a position, or the offset `reach` characters back where that is
    nearer: where the clause holding the position starts, as far back as a listener still links it."""
    return max(position - reach, *(text.rfind(stop, 0, position) for stop in stops))


def count_words(text: str) -> int:
    """Count words the way speaking time is estimated: runs of letters or digits."""
    return len(_word_index(text)[0])


_word_cache: tuple[str | None, list[int], list[str]] = (None, [], [])


def _word_index(text: str) -> tuple[list[int], list[str]]:
    """Return where each word of the text starts and the word in lower case, found once per text.

    Units begin and end between words, so a unit's words are the ones starting inside it.
    """
    global _word_cache
    if _word_cache[0] is not text:
        lowered = text.lower()
        if len(lowered) == len(text):  # the same offsets: read the words from the lower-case text
            # Split around the words: gaps and words alternate, so the words' starts are running lengths.
            pieces = _WORD_SPLIT.split(lowered)
            _word_cache = (text, list(accumulate(map(len, pieces)))[0:-1:2], pieces[1::2])
        else:  # a few characters lower-case to two ("İ")
            found = list(WORD.finditer(text))
            _word_cache = (text, [m.start() for m in found], [m.group().lower() for m in found])
    return _word_cache[1], _word_cache[2]


def words_after(text: str, position: int, end: int, limit: int) -> list[str]:
    """Return up to `limit` words (lower case) that start at or after a position and before `end`."""
    starts, lowered = _word_index(text)
    first = bisect_left(starts, position)
    return lowered[first : min(first + limit, bisect_left(starts, end, first))]


def _words_between(text: str, start: int, end: int) -> int:
    starts, _ = _word_index(text)
    return bisect_left(starts, end) - bisect_left(starts, start)


# Numbers as digits or as words: "40%", "3.5x", "$12k", "two and a half weeks", "thirty percent", "twice a
# day", "once a month".
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|billion|dozen|half|third|quarter|a couple)"
)
NUMBER = re.compile(
    r"(?:[$£€]\s?\d[\d,.]*\s?(?:[kmb]n?\b|million|billion|thousand)?|\b\d[\d,.]*(?:\s?(?:%|x\b|k\b|m\b|ms\b|s\b))?"
    r"|\b" + _NUMBER_WORD + r"(?:[\s-]+(?:and[\s-]+)?(?:a[\s-]+)?" + _NUMBER_WORD + r")*\b(?:\s?(?:percent|per cent))?"
    r"|\b(?:halved|doubled|tripled|quadrupled|tenfold|twofold|threefold|twice)\b"
    r"|\bonce (?:a|an|per|every) (?:day|night|week|month|quarter|year|hour|shift|sprint|release)\b)",
    re.IGNORECASE,
)
# Number words that are rarely measures on their own ("one of the", "a third party").
_WEAK_NUMBER = re.compile(r"(?:one|a couple|half|third|quarter|two|dozen)", re.IGNORECASE)


_NUMBER_FAST: Any = None  # set once RE2 is imported, below
_HARD_BREAK_FAST: Any = None
_number_cache: tuple[str | None, list[tuple[int, int]], list[int]] = (None, [], [])


def _number_spans(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Return the spans of every quantity in the text, scanned once per text."""
    global _number_cache
    if _number_cache[0] is not text:
        found = (
            _re2_spans(_NUMBER_FAST, text) if _NUMBER_FAST is not None else [m.span() for m in NUMBER.finditer(text)]
        )
        spans = [(start, end) for start, end in found if not _WEAK_NUMBER.fullmatch(text, start, end)]
        _number_cache = (text, spans, [start for start, _ in spans])
    return _number_cache[1], _number_cache[2]


def numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Yield matches of quantities in a span, skipping a lone 'one' or 'half' that is not a measure."""
    for match in NUMBER.finditer(text, start, len(text) if end is None else end):
        if _WEAK_NUMBER.fullmatch(match.group()):
            continue
        yield match


def has_number(text: str, start: int = 0, end: int | None = None) -> bool:
    """Say whether a span holds any quantity."""
    end = len(text) if end is None else end
    spans, starts = _number_spans(text)
    index = bisect_left(starts, start)
    return index < len(spans) and spans[index][1] <= end


def _flexible(pattern: str) -> str:
    """Let a pattern written with ASCII apostrophes also match curly ones and none ("didnt").

    Inside a character class an apostrophe simply gains its curly twin.
    """
    if "'" not in pattern:
        return pattern
    return _FLEX_TOKEN.sub(_flex_token, pattern)


# An escaped character, a whole character class, or an apostrophe: the pieces `_flexible` reads a pattern in.
_FLEX_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|'")


def _flex_token(match: re.Match[str]) -> str:
    token = match.group()
    if token == "'":
        return "['’]?"
    if token[0] == "[":
        return token.replace("'", "'’")
    return token


class Hit:
    """Where a phrase occurs: the offsets and words of one match, the part of `re.Match` the rubric uses."""

    __slots__ = ("_end", "_start", "string")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.string[self._start : self._end]

    def __repr__(self) -> str:
        return f"Hit({self._start}, {self._end}, {self.group()!r})"


class Phrases:
    """A list of phrase patterns compiled into one case-insensitive, word-bounded regular expression.

    Patterns compile with RE2 (a linear-time automaton, many times faster on long alternations) where
    they can; patterns that need look-arounds fall back to Python's engine. Matches over the whole
    text are kept for the last text seen, so every detector and every section shares one scan.
    """

    def __init__(self, *patterns: str) -> None:
        self.patterns = patterns
        plain = [_flexible(p) for p in patterns if not _LOOKAROUND.search(p)]
        special = [_flexible(p) for p in patterns if _LOOKAROUND.search(p)]
        # RE2 has no look-arounds: the family's RE2 form matches the neighbouring characters instead (see
        # `_bounded_spans`). It compiles when a text first needs it, which keeps importing the analyzer fast.
        self._plain = _lowered(r"[^\w'’](?:" + "|".join(plain) + r")[^\w]") if plain and _re2 is not None else None
        if self._plain is None:
            special = [_flexible(p) for p in patterns]
        self._special = special
        self._index = self._register(self._plain)
        # The look-around patterns, without their look-arounds, in the combined scan too: a text that has
        # no match even of this looser form needs no scan with Python's engine.
        gate = _lowered("|".join(_without_lookarounds(p) for p in special)) if special and _re2 is not None else None
        self._gate = self._register(gate)
        self._cache_text: str | None = None
        self._cache: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._matches: dict[tuple[int, int], Hit | None] = {}

    @once
    def _fast(self) -> Any:
        """The family's RE2 form, compiled on first use; None where RE2 refuses it, and Python's engine reads all."""
        try:
            return _re2.compile(self._plain, _RE2_FAMILY_OPTIONS) if self._plain is not None else None
        except Exception:  # noqa: BLE001 - a pattern RE2 refuses keeps Python's engine for the whole family
            self._special, self._gate = [_flexible(p) for p in self.patterns], -1
            self.__dict__.pop("_slow", None)
            return None

    @cached_property
    def _slow(self) -> re.Pattern[str]:
        """The look-around patterns in Python's engine, compiled on first use: the gate spares most texts a scan."""
        return re.compile(r"(?<!\w)(?:" + "|".join(self._special) + r")(?!\w)", re.IGNORECASE)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The whole family in Python's engine: compiled on first use (RE2 answers for most texts), which keeps
        importing the analyzer fast."""
        body = "|".join(_flexible(p) for p in self.patterns)
        return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)

    @staticmethod
    def _register(pattern: str | None) -> int:
        if pattern is None:
            return -1
        _FAMILIES.append(pattern)
        return len(_FAMILIES) - 1

    def _spans(self, text: str) -> tuple[list[tuple[int, int]], list[int]]:
        if text is not self._cache_text:
            found: list[tuple[int, int]] = []
            if self._index >= 0 and self._index in _families_in(text) and self._fast is not None:
                found = _bounded_spans(self._fast, text)
            if self._special and (self._gate < 0 or self._gate in _families_in(text)):
                found = sorted(found + [m.span() for m in self._slow.finditer(text)])
            self._cache_text, self._cache, self._starts = text, found, [start for start, _ in found]
            self._matches = {}
        return self._cache, self._starts

    def _match_at(self, text: str, start: int, end: int) -> Hit | None:
        """Return the hit for a span found by the scan, or None where Python's engine reads it otherwise.

        In ASCII text RE2 and Python's engine agree on every span. Elsewhere their word bounds differ
        (RE2's are ASCII), so Python's engine has the last word; called only after `_spans(text)`, the
        memo belongs to this text, and a whole answer and its parts check each span once.
        """
        if text.isascii():
            return Hit(text, start, end)
        key = (start, end)
        if key not in self._matches:
            match = self.regex.match(text, start, end)
            self._matches[key] = Hit(text, start, end) if match is not None and match.end() == end else None
        return self._matches[key]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, start, len(text) if end is None else end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        end = len(text) if end is None else end
        spans, starts = self._spans(text)
        index = bisect_left(starts, start)
        while index < len(spans):
            span_start, span_end = spans[index]
            if span_start >= end:
                return None
            if span_end <= end:
                hit = self._match_at(text, span_start, span_end)
                if hit is not None:
                    return hit
                match = self.regex.search(text, span_start, end)
                return Hit(text, *match.span()) if match is not None else None
            index += 1
        return None

    def count(self, text: str, start: int, end: int) -> int:
        """Count the matches lying wholly inside a span of the text."""
        spans, starts = self._spans(text)
        index = bisect_left(starts, start)
        total = 0
        while index < len(spans) and spans[index][0] < end:
            total += spans[index][1] <= end
            index += 1
        return total

    def per_unit(self, units: Sequence[Unit]) -> list[int]:
        """Count the matches lying wholly inside each of the units (given in text order, not overlapping)."""
        counts = [0] * len(units)
        if not units:
            return counts
        spans, _ = self._spans(units[0].text)
        if not spans:
            return counts
        starts = [unit.start for unit in units]
        for span_start, span_end in spans:
            index = bisect_right(starts, span_start) - 1
            if index >= 0 and span_end <= units[index].end:
                counts[index] += 1
        return counts

    def search_units(self, units: Iterable[Unit]) -> Hit | None:
        """Return the first match in any of the units."""
        return next((m for _, m in self.in_units(units)), None)

    def in_units(self, units: Iterable[Unit]) -> Iterator[tuple[Unit, Hit]]:
        """Yield each unit with every match that lies wholly inside it, in text order."""
        chosen = sorted(units, key=lambda u: u.start) if not isinstance(units, list) else units
        if not chosen:
            return
        text = chosen[0].text
        spans, _ = self._spans(text)
        if not spans:
            return
        ascii_text = text.isascii()  # where RE2 and Python's engine agree on every span
        for span_start, span_end in spans:
            index = bisect_right(chosen, span_start, key=_unit_start) - 1
            if index < 0:
                continue
            unit = chosen[index]
            if span_end <= unit.end:
                match = Hit(text, span_start, span_end) if ascii_text else self._match_at(text, span_start, span_end)
                if match is not None:
                    yield unit, match


# Every RE2-compiled family, searched together in one pass to learn which families occur in a text at all.
_FAMILIES: list[str] = []
_family_set: Any = None
_family_set_size = 0
_families_cache: tuple[str | None, frozenset[int]] = (None, frozenset())


def _families_in(text: str) -> frozenset[int]:
    """Return the indexes of the families with any match in the text, from one combined scan."""
    global _family_set, _family_set_size, _families_cache
    if _families_cache[0] is text:
        return _families_cache[1]
    if _family_set is None or _family_set_size != len(_FAMILIES):
        family_set = _re2.Set.SearchSet(_RE2_SET_OPTIONS)
        try:
            for pattern in _FAMILIES:
                family_set.Add(pattern)
            family_set.Add(_ANY_WORD)  # last: it tells a scan that failed from one that found nothing
            family_set.Compile()
        except Exception:  # noqa: BLE001 - a family RE2 refuses: no combined scan, every family looks for itself
            family_set = _NO_SET
        _family_set, _family_set_size = family_set, len(_FAMILIES)
    padded = _lowered_bytes(text)
    found = _family_set.Match(padded) or ()
    if len(_FAMILIES) not in found and _ANY_WORD_BYTES.search(padded) is not None:
        # RE2 gives up on a scan that outgrows its memory and reports no match at all: let every family look.
        hits = frozenset(range(len(_FAMILIES)))
    else:
        hits = frozenset(found) - {len(_FAMILIES)}
    _families_cache = (text, hits)
    return hits


class _NoSet:
    """Stands in for a combined scan that could not be built: it finds nothing, so every family looks."""

    def Match(self, data: bytes) -> None:  # noqa: N802 - the RE2 set's own method name
        return None


_NO_SET = _NoSet()
# A letter or digit: in any text with one, a scan that worked finds this.
_ANY_WORD = r"[A-Za-z0-9]"
_ANY_WORD_BYTES = re.compile(rb"[A-Za-z0-9]")


_encoded_cache: tuple[str | None, bytes, bytes, list[int] | None] = (None, b"", b"", None)
_lowered_cache: tuple[str | None, bytes] = (None, b"")


def _encoded(text: str) -> tuple[bytes, bytes, list[int] | None]:
    """Return the text as UTF-8, the same with a space either side, and (unless the text is ASCII) a map
    from byte offset to character offset."""
    global _encoded_cache
    if _encoded_cache[0] is not text:
        data = text.encode("utf-8")
        char_of: list[int] | None = None
        if len(data) != len(text):
            char_of = [0] * (len(data) + 1)
            position = 0
            for index, char in enumerate(text):
                width = len(char.encode("utf-8"))
                for offset in range(width):
                    char_of[position + offset] = index
                position += width
            char_of[position] = len(text)
        _encoded_cache = (text, data, b" " + data + b" ", char_of)
    return _encoded_cache[1], _encoded_cache[2], _encoded_cache[3]


def _lowered_bytes(text: str) -> bytes:
    """Return the text as UTF-8 with a space either side and its ASCII letters in lower case: what the families'
    RE2 forms read (same offsets as `_encoded`'s padded bytes)."""
    global _lowered_cache
    if _lowered_cache[0] is not text:
        _lowered_cache = (text, _encoded(text)[1].lower())
    return _lowered_cache[1]


def _lowered(pattern: str) -> str:
    """Return a pattern with its literal letters in lower case and its escapes as they are (\\S stays \\S).

    The families' RE2 forms read lower-cased text with case-sensitive matching, which compiles in about half
    the time case folding takes and finds the same spans: families spell only ASCII letters, and lower-casing
    ASCII keeps every byte offset.
    """
    # Pieces alternate between literal runs (even places) and escapes (odd places, `\\x{…}` whole).
    pieces = _ESCAPE.split(pattern)
    pieces[::2] = [piece.lower() for piece in pieces[::2]]
    return "".join(pieces)


_ESCAPE = re.compile(r"(\\(?:[xpP]\{[^}]*\}|[\s\S]))")


def _bounded_spans(compiled: Any, text: str) -> list[tuple[int, int]]:
    """Find every match of a family's RE2 form (`Phrases._fast`), without its bounding characters.

    The text is scanned with a space either side, so each match is one bounding character, the phrase,
    and one bounding character; asking RE2 for the whole match only (no groups) keeps it on its fastest path.
    """
    padded, char_of = _lowered_bytes(text), _encoded(text)[2]
    match, anchor = compiled._regexp.Match, _RE2_UNANCHORED
    spans: list[tuple[int, int]] = []
    position, end = 0, len(padded)
    if char_of is None:  # ASCII: one byte a character, and the bounding characters are one byte each
        while position < end:
            first, last = match(anchor, padded, position, end)[0]
            if first < 0:
                break
            spans.append((first, last - 2))
            position = last - 1
        return spans
    regexp = compiled._regexp
    while position < end:
        (first, last), *_ = regexp.Match(anchor, padded, position, end)
        if first < 0:
            break
        lead = padded[first]
        start = first + (1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4)
        stop = last - 1
        while padded[stop] & 0xC0 == 0x80:  # step back over the bounding character's continuation bytes
            stop -= 1
        # Offsets in the padded bytes are one past those in the text.
        spans.append((start - 1, stop - 1) if char_of is None else (char_of[start - 1], char_of[stop - 1]))
        position = stop
    return spans


def _re2_spans(compiled: Any, text: str) -> list[tuple[int, int]]:
    """Find every match with RE2's own loop, skipping the wrapper's per-match object building.

    A pattern with groups reports its first group that took part: look-arounds RE2 lacks are written as
    characters matched outside the groups (see `_HARD_BREAK_FAST`).
    """
    data, _, char_of = _encoded(text)
    regexp, anchor = compiled._regexp, _RE2_UNANCHORED
    spans: list[tuple[int, int]] = []
    position, end = 0, len(data)
    if char_of is None and compiled.groups == 0:  # ASCII, whole matches: RE2's offsets are the text's
        match = regexp.Match
        while position <= end:
            start, stop = match(anchor, data, position, end)[0]
            if start < 0:
                break
            spans.append((start, stop))
            position = stop if stop > start else stop + 1
        return spans
    while position <= end:
        found = regexp.Match(anchor, data, position, end)
        if found[0][0] < 0:
            break
        # The first group that took part, or the whole match when the pattern has no groups.
        start, stop = found[0] if len(found) == 1 else next(group for group in found[1:] if group[0] >= 0)
        spans.append((start, stop) if char_of is None else (char_of[start], char_of[stop]))
        position = stop if stop > found[0][0] else found[0][1] + 1
    return spans


_LOOKAROUND = re.compile(r"\(\?(?:<[=!]|[=!]|-)")


_LOOKAROUND_OPEN = re.compile(r"\(\?(?:<[=!]|[=!])")


def _without_lookarounds(pattern: str) -> str:
    """Drop every look-around group from a pattern: what is left matches wherever the pattern does, and more."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        opening = _LOOKAROUND_OPEN.match(pattern, index)
        if opening is None:
            if pattern[index] == "\\":
                out.append(pattern[index : index + 2])
                index += 2
                continue
            out.append(pattern[index])
            index += 1
            continue
        depth, index, in_class = 1, opening.end(), False
        while index < len(pattern) and depth:
            char = pattern[index]
            if char == "\\":
                index += 1
            elif in_class:
                in_class = char != "]"
            elif char == "[":
                in_class = True
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            index += 1
    return "".join(out)


try:
    import re2 as _re2

    _RE2_OPTIONS = _re2.Options()
    _RE2_OPTIONS.case_sensitive = False
    # The families read lower-cased text (see `_lowered`), so they match case-sensitively.
    _RE2_FAMILY_OPTIONS = _re2.Options()
    # Every family in one automaton needs more room than RE2's default (8 MiB) allows.
    _RE2_SET_OPTIONS = _re2.Options()
    _RE2_SET_OPTIONS.max_mem = 64 << 20
    _RE2_UNANCHORED = _re2._Anchor.UNANCHORED
except ImportError:  # pragma: no cover - RE2 is a declared dependency; this keeps a broken install working
    _re2 = None
    _RE2_OPTIONS = _RE2_FAMILY_OPTIONS = _RE2_SET_OPTIONS = None
else:
    _NUMBER_FAST = _re2.compile(NUMBER.pattern, _RE2_OPTIONS)  # no group: its own \b and symbols bound it
    # `_HARD_BREAK` without look-arounds: the sentence end before and the letter after are matched outside
    # the groups. RE2's \s is ASCII, so Python's whitespace is spelled out.
    _SPACE = r"[\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
    _HARD_BREAK_FAST = _re2.compile(
        rf"[.!?;…]([\"'”’)\]]*{_SPACE}+)|(\n{_SPACE}*(?:[-*•·–]{_SPACE}+|\d+[.)]{_SPACE}+)?)|({_SPACE}+[-•–]{_SPACE}+)[A-Za-z]"
    )


class SpanFinder:
    """Compile a pattern without look-arounds (case-sensitive unless it says otherwise) into a callable that
    returns the span of every match in a text, using RE2 when it is installed (`engine` says which)."""

    def __init__(self, pattern: str) -> None:
        self._fast = (
            _re2.compile(pattern, _re2.Options()) if _re2 is not None and not _LOOKAROUND.search(pattern) else None
        )
        self._slow = re.compile(pattern) if self._fast is None else None
        self.engine = "re2" if self._fast is not None else "re"

    def __call__(self, text: str) -> list[tuple[int, int]]:
        if self._fast is not None:
            return _re2_spans(self._fast, text)
        assert self._slow is not None
        return [m.span() for m in self._slow.finditer(text)]


# Common English words: a text with almost none of them is not English (or not language at all).
ENGLISH_COMMON = frozenset(
    "the a an and or but so to of in on at for with from by as is was were be been it its this that these those "
    "i we you he she they my our me us their them his her not no if then than when what which who how about "
    "into out up down over after before because had have has did do does will would could should can just "
    "very more most also there here all some any one time team".split()
)


_LETTER = re.compile(r"[A-Za-z]")
_NON_SPACE = re.compile(r"\S")


def english_ratio(text: str) -> float:
    """Return the share of a text's words that are common English words."""
    flags = _common_flags(text)
    return sum(flags) / len(flags) if flags else 0.0


_common_cache: tuple[str | None, list[bool]] = (None, [])


def _common_flags(text: str) -> list[bool]:
    """Say of each word of the text (as `_word_index` finds them) whether it is a common English word."""
    global _common_cache
    if _common_cache[0] is not text:
        words = _word_index(text)[1]
        _common_cache = (text, list(map(ENGLISH_COMMON.__contains__, map(str.strip, words, repeat("'’")))))
    return _common_cache[1]


def letters_ratio(text: str) -> float:
    """Return the share of non-space characters that are Latin letters."""
    visible = len(_NON_SPACE.findall(text))
    return len(_LETTER.findall(text)) / visible if visible else 0.0
