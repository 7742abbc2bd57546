"""`starcoach practice`: write your own answer one STAR section at a time, timed, checked, then judged whole."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from starcoach.analysis.spoken import Spoken
from starcoach.cli.output import console, fail, print_json, stored_story
from starcoach.cli.speech import KEEP_AUDIO_HELP, hear, keep_recordings, section_recordings

if TYPE_CHECKING:
    from rich.console import Console

    from starcoach.store import AttemptRecord


def practice(
    slug: Annotated[str, typer.Argument(help="The question's slug (see `starcoach questions`).")],
    level: Annotated[str, typer.Option(help="Your level: sde1, sde2, senior or principal.")] = "sde2",
    show_model: Annotated[
        bool, typer.Option("--show-model", help="Show the model section after each of yours, when there is one.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the saved attempt as JSON; prompts go to stderr.")
    ] = False,
    story_id: Annotated[
        int | None,
        typer.Option(
            "--story",
            help="Practice one of your stories (its id from `starcoach stories list`): each part is shown, and an "
            "empty line keeps it as written.",
        ),
    ] = None,
    audio: Annotated[
        list[str] | None,
        typer.Option(
            help="Speak a section instead of typing it: SECTION=FILE (repeatable), transcribed offline and "
            "judged on its real time, pace and fillers.",
        ),
    ] = None,
    keep_audio: Annotated[bool, typer.Option("--keep-audio/--no-keep-audio", help=KEEP_AUDIO_HELP)] = True,
) -> None:
    """Practice an answer section by section against its target time, then get it judged and saved.

    Type each section and end it with an empty line; an empty first line skips a section. Sections given
    with --audio are read from their recordings.
    """
    from rich.markup import escape
    from rich.rule import Rule

    from starcoach.analysis import AnalysisError
    from starcoach.cli.analyze import render
    from starcoach.cli.timer import INPUT_HINT, SKIP_HINT, prompt_console, timer_screen
    from starcoach.content import library
    from starcoach.levels import LEVEL_NAMES, LEVELS
    from starcoach.modes.practice import PRACTICE_SECTIONS, EmptyAnswer, check_section, finish, target_seconds
    from starcoach.settings import Settings
    from starcoach.store import Store
    from starcoach.study.catalog import NotFound, get_question

    if level not in LEVELS:
        fail(f"level must be one of {', '.join(LEVELS)}")
    lib = library()
    try:
        question = get_question(lib, slug)
    except NotFound as error:
        fail(f"{error}. List the questions: starcoach questions")
    story = stored_story(story_id)
    recordings = section_recordings(audio, PRACTICE_SECTIONS)
    out = prompt_console(as_json)
    texts: dict[str, str] = {}
    seconds: dict[str, float] = {}
    timings: dict[str, Spoken] = {}
    targets = {name: target_seconds(lib, question, name) for name in PRACTICE_SECTIONS}
    try:
        with timer_screen(out, f"Practice · {question.slug}") as screen:
            out.print(Rule("[bold]Practice[/bold]"))
            out.print(f"[italic]{escape(question.text)}[/italic]")
            out.print(
                f"{escape(lib.principles[question.principle].name)} · {LEVEL_NAMES[level]} · "
                f"about {sum(targets.values())} s in all. {INPUT_HINT} {SKIP_HINT}"
            )
            for name in PRACTICE_SECTIONS:
                optional = " (optional)" if name == "reflection" else ""
                out.print(f"\n[bold]{name.capitalize()}[/bold]{optional} · target {targets[name]} s")
                written = getattr(story, name, "") if story is not None else ""
                if written:
                    out.print(f"[dim]Your story: {escape(written)}[/dim]")
                spoken = None
                if name in recordings:
                    heard = hear(recordings[name])
                    text, spoken = heard.text, heard.spoken()
                    took = spoken.seconds
                    out.print(f"[dim]Heard: {escape(text)}[/dim]")
                else:
                    text, took = screen.read(sys.stdin, name.capitalize(), targets[name])
                text = text or written
                if not text:
                    out.print("[dim]Skipped.[/dim]")
                    continue
                texts[name], seconds[name] = text, round(took, 1)
                if spoken is not None:
                    timings[name] = spoken
                check = check_section(lib, question, name, text, level, spoken)
                if as_json:
                    continue
                if screen.live:
                    out.print(f"[dim]Took {took:.0f} s of a {targets[name]} s target.[/dim]")
                render(check.report)
                if check.model and show_model:
                    from rich.panel import Panel

                    model = Panel(escape(check.model), title=f"Model {name}", title_align="left", border_style="blue")
                    out.print(model)
                elif check.model:
                    out.print(
                        f"[dim]A model {name} exists: add --show-model, or read it with "
                        f"`starcoach study {question.slug}`.[/dim]"
                    )
    except KeyboardInterrupt:
        fail("stopped before the end; nothing was saved", 130)
    except AnalysisError as error:
        fail(str(error))
    try:
        with Store.open(Settings()) as store:
            held = keep_recordings(store, {name: recordings[name] for name in timings}) if keep_audio else {}
            record = finish(store, lib, question, level, texts, seconds, story_id=story_id, spoken=timings, held=held)
    except EmptyAnswer as error:
        fail(f"{error} Every section was skipped, so nothing was saved.")
    summary = attempt_summary(record, targets)
    if as_json:
        print_json(summary)
        return
    _render_summary(console(), summary)


def attempt_summary(record: AttemptRecord, targets: dict[str, int]) -> dict[str, Any]:
    """Return what a practice run saved: the whole answer's verdict and each section's score and time."""
    return {
        "attempt_id": record.id,
        "created_at": record.created_at.isoformat(),
        "mode": record.mode,
        "question_slug": record.question_slug,
        "principle_slug": record.principle_slug,
        "level": record.level,
        "score": record.score,
        "verdict": record.verdict,
        "duration_seconds": record.duration_seconds,
        "sections": [
            {
                "name": part.name,
                "score": part.score,
                "verdict": part.verdict,
                "seconds_taken": part.seconds_taken,
                "target_seconds": targets.get(part.name),
                "words": part.report.get("word_count"),
            }
            for part in record.sections
        ],
        "review": f"starcoach progress --attempt {record.id}",
    }


def _render_summary(out: Console, summary: dict[str, Any]) -> None:
    from rich.rule import Rule
    from rich.table import Table

    from starcoach.cli.analyze import VERDICT_STYLE

    out.print()
    out.print(Rule("[bold]Your whole answer[/bold]"))
    table = Table()
    table.add_column("Section")
    table.add_column("Words", justify="right")
    table.add_column("Time", justify="right")
    table.add_column("Score", justify="right")
    table.add_column("Verdict")
    for part in summary["sections"]:
        took = part["seconds_taken"]
        time_cell = f"{took:.0f} / {part['target_seconds']} s" if took is not None else "—"
        style = VERDICT_STYLE[part["verdict"]]
        table.add_row(
            part["name"].capitalize(),
            str(part["words"] or ""),
            time_cell,
            str(part["score"]),
            f"[{style}]{part['verdict'].replace('_', ' ')}[/{style}]",
        )
    out.print(table)
    style = VERDICT_STYLE[summary["verdict"]]
    verdict = summary["verdict"].replace("_", " ").title()
    out.print(f"Whole answer: [{style}]{verdict}[/{style}] · score {summary['score']}/100")
    out.print(
        f"Saved as attempt {summary['attempt_id']}. Review it: {summary['review']} (all attempts: starcoach progress)"
    )
