"""Timed answers in the terminal: read what the candidate types while a live clock runs on the top line.

The clock keeps the screen's first row for itself and lets everything else scroll in rows 2..N (an
ANSI scroll region); a background thread redraws it a few times a second. Off a terminal (a pipe, a
test runner) the screen is built with `enabled=False` and only reads and times the answer.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

# The clock warns in the last fifth before the target and alarms once past it.
WARN_SHARE = 0.8
# How each style of the clock looks: bold while on time, yellow when close, white on red when over.
STYLE_CODES: dict[str, str] = {"normal": "\x1b[1m", "yellow": "\x1b[1;33m", "red": "\x1b[1;37;41m"}
# Often enough that the seconds tick visibly, rarely enough to cost nothing.
REFRESH_SECONDS = 0.25
# Below this many rows there is no room for a clock line above the typing.
MIN_ROWS = 4

SAVE_CURSOR, RESTORE_CURSOR = "\x1b7", "\x1b8"
RESET_SCROLL_REGION = "\x1b[r"
CLEAR_TOP_LINE = "\x1b[1;1H\x1b[2K"
RESET_STYLE = "\x1b[0m"

INPUT_HINT = "Type your answer; an empty line ends it."
SKIP_HINT = "An empty first line skips a section."


def timer_style(elapsed: float, target: float) -> str:
    """Return the clock's style for the time used so far: normal, yellow near the target, red past it."""
    if elapsed > target:
        return "red"
    if elapsed >= WARN_SHARE * target:
        return "yellow"
    return "normal"


def clock(seconds: float) -> str:
    """Format seconds as minutes and seconds, like 1:05."""
    minutes, rest = divmod(max(int(seconds), 0), 60)
    return f"{minutes}:{rest:02d}"


def timer_line(label: str, elapsed: float, target: float) -> str:
    """Return the clock's text, like 'Situation · 0:12 / 0:30'."""
    return f"{label} · {clock(elapsed)} / {clock(target)}"


def scroll_region(rows: int) -> str:
    """Return the sequence that confines scrolling to rows 2..rows, keeping the cursor where it is."""
    return f"{SAVE_CURSOR}\x1b[2;{rows}r{RESTORE_CURSOR}"


def read_answer(source: IO[str]) -> str:
    """Read lines until an empty line or the end of input, and return them joined (empty if none)."""
    lines: list[str] = []
    while True:
        line = source.readline()
        if not line or not line.strip():
            break
        lines.append(line.rstrip("\r\n"))
    return "\n".join(lines).strip()


class TimerScreen:
    """A terminal whose top line shows a running clock while the candidate types in the rows below."""

    def __init__(
        self,
        stream: IO[str],
        *,
        enabled: bool,
        title: str = "starcoach",
        size: Callable[[], os.terminal_size] = shutil.get_terminal_size,
        now: Callable[[], float] = time.monotonic,
        refresh_seconds: float = REFRESH_SECONDS,
    ) -> None:
        """Draw on `stream` only when `enabled` (a real terminal); `size` and `now` measure the screen and time."""
        self.stream = stream
        self.enabled = enabled
        self.title = title
        self._size = size
        self._now = now
        self._refresh_seconds = refresh_seconds
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._rows = 0
        self._active = False

    def __enter__(self) -> TimerScreen:
        if not self.enabled:
            return self
        rows = self._size().lines
        if rows < MIN_ROWS:
            return self
        self._rows = rows
        self._active = True
        # Step off the first row, so nothing already typed or printed sits under the clock.
        self._write("\n" + scroll_region(rows))
        self._draw_text(self.title, "normal")
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._stop_clock()
        if self._active:
            self._active = False
            self._write(f"{SAVE_CURSOR}{RESET_SCROLL_REGION}{CLEAR_TOP_LINE}{RESTORE_CURSOR}")

    @property
    def live(self) -> bool:
        """Whether the clock is drawn: enabled, and the terminal has room for it."""
        return self._active

    def read(self, source: IO[str], label: str, target_seconds: float) -> tuple[str, float]:
        """Read one answer while the clock runs; return the text and the seconds it took."""
        started = self._now()
        with self.running(label, target_seconds, started):
            text = read_answer(source)
        return text, self._now() - started

    @contextmanager
    def running(self, label: str, target_seconds: float, started: float | None = None) -> Iterator[None]:
        """Run the clock for the duration of the block; it stays on screen, stopped, afterwards."""
        begun = self._now() if started is None else started
        if not self._active:
            yield
            return
        self._stop.clear()
        self._tick(label, target_seconds, begun)
        self._thread = threading.Thread(
            target=self._run, args=(label, target_seconds, begun), name="starcoach-timer", daemon=True
        )
        self._thread.start()
        try:
            yield
        finally:
            self._stop_clock()
            self._tick(label, target_seconds, begun)

    def _run(self, label: str, target_seconds: float, started: float) -> None:
        while not self._stop.wait(self._refresh_seconds):
            self._tick(label, target_seconds, started)

    def _stop_clock(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _tick(self, label: str, target_seconds: float, started: float) -> None:
        elapsed = self._now() - started
        self._draw_text(timer_line(label, elapsed, target_seconds), timer_style(elapsed, target_seconds))

    def _draw_text(self, text: str, style: str) -> None:
        size = self._size()
        prefix = ""
        if size.lines != self._rows and size.lines >= MIN_ROWS:
            # The terminal was resized: move the bottom of the scroll region with it.
            self._rows = size.lines
            prefix = scroll_region(size.lines)
        shown = text[: max(size.columns - 1, 1)]
        self._write(f"{prefix}{SAVE_CURSOR}{CLEAR_TOP_LINE}{STYLE_CODES[style]}{shown}{RESET_STYLE}{RESTORE_CURSOR}")

    def _write(self, data: str) -> None:
        with self._lock:
            self.stream.write(data)
            self.stream.flush()


def prompt_console(for_json: bool) -> Console:
    """Return where prompts and coaching go: stdout, or stderr when stdout carries JSON for a script."""
    from rich.console import Console

    from starcoach.cli.output import console

    if not for_json:
        return console()
    return Console(stderr=True, width=None if sys.stderr.isatty() else 100, highlight=False)


def timer_screen(out: Console, title: str) -> TimerScreen:
    """Return the clock screen for a session: live only when the candidate types on a real terminal."""
    return TimerScreen(out.file, enabled=sys.stdin.isatty() and out.file.isatty(), title=title)
