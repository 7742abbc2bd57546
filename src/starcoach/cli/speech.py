"""`starcoach transcribe`, and reading an answer from a recording for `analyze`, `practice` and `mock`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from starcoach.cli.output import console, fail, print_json

if TYPE_CHECKING:
    from starcoach.speech import Transcript
    from starcoach.store import Store

KEEP_AUDIO_HELP = "Keep the recordings with the saved attempt, to play back on its page; deleted with it."


def hear(path: Path) -> Transcript:
    """Transcribe a recording for a command, turning every speech error into a clear message."""
    from starcoach.speech import SpeechError, transcribe

    with console().status(f"Transcribing {path.name} offline…"):
        try:
            return transcribe(path)
        except SpeechError as error:
            fail(str(error))


def transcribe(
    audio: Annotated[Path, typer.Argument(help="A recording: WAV, WebM, Ogg, MP4/M4A, MP3 or FLAC.")],
    principle: Annotated[str | None, typer.Option(help="The principle asked about, to time the STAR sections.")] = None,
    level: Annotated[str, typer.Option(help="The level of the role: sde1, sde2, senior or principal.")] = "sde2",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print text, timed words, sections, pace and fillers.")
    ] = False,
) -> None:
    """Transcribe a spoken answer on this machine: its text, each section's real time, pace, pauses and fillers.

    Nothing leaves the machine. The transcriber drops many "um" and "uh", so those counts are a floor.
    """
    from starcoach.analysis import AnalysisError, analyze

    heard = hear(audio)
    try:
        report = analyze(heard.text, lp=principle, level=level, spoken=heard.spoken())
    except AnalysisError as error:
        fail(str(error))
    sections: list[dict[str, Any]] = [
        {
            "section": s.name,
            "text": s.text,
            "seconds": s.speaking_seconds,
            "target_seconds": s.target_seconds,
            "words_per_minute": s.words_per_minute,
        }
        for s in report.sections
    ]
    if as_json:
        print_json({**heard.to_dict(), "sections": sections, "delivery": report.delivery})
        return
    out = console()
    out.print(heard.text, markup=False, highlight=False)
    render_delivery(report.delivery)
    for part in sections:
        pace = f", {part['words_per_minute']:.0f} wpm" if part["words_per_minute"] else ""
        out.print(f"  {part['section'].capitalize()}: {part['seconds']:.0f} s of {part['target_seconds']} s{pace}")


def render_delivery(delivery: dict[str, Any]) -> None:
    """Print the measured delivery: time, pace, long pauses and fillers."""
    if not delivery:
        return
    out = console()
    low, high = delivery["pace_range"]
    wpm = delivery["words_per_minute"]
    pace = f"{wpm:.0f} words a minute (comfortable: {low}–{high})" if wpm else "too short to measure pace"
    fillers = delivery["fillers"] or {}
    heard = ", ".join(f"{word} ×{count}" for word, count in fillers.items()) or "none"
    pauses = delivery["long_pauses"]
    out.print(
        f"[bold]Delivery[/bold] · {delivery['seconds']:.0f} s spoken · {pace} · "
        f"{len(pauses)} long pauses · fillers: {heard}"
    )
    out.print('[dim]The transcriber drops many "um" and "uh": the filler count is a floor.[/dim]')


def section_recordings(values: list[str] | None, sections: tuple[str, ...]) -> dict[str, Path]:
    """Parse repeated `--audio SECTION=FILE` options into a section → recording map, checking each."""
    recordings: dict[str, Path] = {}
    for value in values or []:
        name, sep, file = value.partition("=")
        if not sep or name not in sections or not file:
            fail(f"--audio takes SECTION=FILE with SECTION one of {', '.join(sections)}; got {value!r}")
        recordings[name] = Path(file)
    return recordings


def keep_recordings(store: Store, files: Mapping[str, Path]) -> dict[str, str]:
    """Hold each part's recording in the store for the attempt about to be saved; return part → token."""
    from starcoach.speech.audio import media_type_of

    return {part: store.hold_recording(path.read_bytes(), media_type_of(path)) for part, path in files.items()}
