"""`starcoach analyze`: judge an answer from a file or standard input and show the words behind each call."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from starcoach.cli.output import console, fail, print_json
from starcoach.cli.speech import hear, render_delivery

if TYPE_CHECKING:
    from rich.text import Text

    from starcoach.analysis import Finding, Report

SECTIONS = ("answer", "situation", "task", "action", "result", "reflection", "followup")
VERDICT_STYLE = {
    "strong_hire": "bold green",
    "lean_hire": "green",
    "lean_no_hire": "yellow",
    "strong_no_hire": "bold red",
}


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        fail(f"no such file: {source}")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        fail(f"{source} is not UTF-8 text")


def analyze(
    source: Annotated[str, typer.Argument(help="A text file with the answer, or - to read standard input.")] = "-",
    section: Annotated[
        str, typer.Option(help="answer (whole), situation, task, action, result, reflection, followup.")
    ] = "answer",
    principle: Annotated[str | None, typer.Option(help="The principle asked about (name or slug).")] = None,
    level: Annotated[str, typer.Option(help="The level of the role: sde1, sde2, senior or principal.")] = "sde2",
    question: Annotated[str | None, typer.Option(help="The question asked; for --section followup, the probe.")] = None,
    words_per_minute: Annotated[int, typer.Option("--wpm", help="Your speaking pace, to estimate spoken time.")] = 150,
    audio: Annotated[
        Path | None, typer.Option(help="Judge a spoken answer: transcribed offline, timed from the recording.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Judge an answer like a Bar Raiser: verdict, score, and every finding with the words that earned it."""
    from starcoach.analysis import AnalysisError
    from starcoach.analysis import analyze as run_analysis

    spoken = None
    if audio is not None:
        heard = hear(audio)
        text, spoken = heard.text, heard.spoken()
    else:
        text = _read(source)
    try:
        report = run_analysis(
            text,
            section=section,
            lp=principle,
            level=level,
            question=question,
            words_per_minute=words_per_minute,
            spoken=spoken,
        )
    except AnalysisError as error:
        fail(str(error))
    if as_json:
        print_json(report.to_dict())
        return
    render(report)


def _highlighted(report: Report) -> Text:
    from rich.text import Text

    text = Text(report.text)
    for item in report.all_findings():
        style = "on dark_green" if item.kind == "strength" else "on dark_red"
        for evidence in item.evidence:
            text.stylize(style, evidence.start, evidence.end)
    return text


def _finding_line(item: Finding) -> str:
    from rich.markup import escape

    mark = "+" if item.kind == "strength" else "−"
    colour = "green" if item.kind == "strength" else ("red" if item.severity == "major" else "yellow")
    return f"[{colour}]{mark} {item.code}[/{colour}] ({item.severity}) {escape(item.message)}"


def render(report: Report) -> None:
    """Print a report for people: the verdict, the answer with its evidence marked, findings grouped."""
    from rich.panel import Panel

    out = console()
    style = VERDICT_STYLE[report.verdict]
    verdict = report.verdict.replace("_", " ").title()
    target = f" of a {report.target_seconds} s target" if report.target_seconds else ""
    out.print(
        f"[{style}]{verdict}[/{style}]  score {report.score}/100 · {report.word_count} words · "
        f"{'' if report.delivery else 'about '}{report.speaking_seconds:.0f} s spoken{target}"
    )
    if not report.judged:
        out.print(f"[yellow]{report.note}[/yellow]")
        return
    render_delivery(report.delivery)
    out.print(Panel(_highlighted(report), title="Your answer (green: strengths, red: mistakes)", title_align="left"))
    strengths = [f for f in report.findings if f.kind == "strength"]
    mistakes = [f for f in report.findings if f.kind == "mistake"]
    out.print("[bold]Strengths[/bold]" if strengths else "[bold]Strengths[/bold]: none found")
    for item in strengths:
        out.print("  " + _finding_line(item))
    out.print("[bold]To fix[/bold]" if mistakes else "[bold]To fix[/bold]: nothing found")
    for item in mistakes:
        out.print("  " + _finding_line(item))
    for part in report.sections:
        out.print(
            f"\n[bold]{part.name.capitalize()}[/bold] · {part.word_count} words, about {part.speaking_seconds:.0f} s "
            f"(target {part.target_seconds} s)"
        )
        for item in part.findings:
            out.print("  " + _finding_line(item))
