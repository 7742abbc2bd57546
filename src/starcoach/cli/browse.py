"""`starcoach principles`, `questions` and `study`: browse the library and read a walkthrough."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from starcoach.cli.output import console, fail, print_json

if TYPE_CHECKING:
    from rich.text import Text

    from starcoach.highlight import Segment

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LEVEL_CHOICES = ("sde1", "sde2", "senior", "principal")


def principles(as_json: JsonOption = False) -> None:
    """List the 16 Leadership Principles with their question counts."""
    from rich.table import Table

    from starcoach.content import library
    from starcoach.study.catalog import home_view

    summaries = home_view(library()).principles
    if as_json:
        print_json([s.model_dump() for s in summaries])
        return
    table = Table(title="Leadership Principles")
    table.add_column("Slug", style="cyan", no_wrap=True)
    table.add_column("Principle")
    table.add_column("Questions", justify="right")
    table.add_column("Walkthroughs", justify="right")
    for s in summaries:
        table.add_row(s.slug, s.name, str(s.question_count), str(s.walkthrough_count))
    console().print(table)


def questions(
    principle: Annotated[str | None, typer.Option(help="Only this principle (slug or name).")] = None,
    search: Annotated[str, typer.Option(help="Only questions containing every one of these words.")] = "",
    walkthroughs: Annotated[bool, typer.Option("--walkthroughs", help="Only questions with a walkthrough.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List the questions, by principle, with the ones that have a walkthrough marked."""
    from rich.table import Table

    from starcoach.content import library
    from starcoach.study.catalog import NotFound, list_questions

    try:
        items = list_questions(library(), principle=principle, query=search, walkthroughs_only=walkthroughs)
    except NotFound as error:
        fail(str(error))
    if as_json:
        print_json([item.model_dump() for item in items])
        return
    table = Table(title=f"{len(items)} questions")
    table.add_column("Slug", style="cyan")
    table.add_column("Question")
    table.add_column("Principle")
    table.add_column("Study", justify="center")
    for item in items:
        table.add_row(item.slug, item.text, item.principle, "✓" if item.walkthrough else "")
    console().print(table)


def _rich_text(segments: list[Segment]) -> Text:
    from rich.text import Text

    text = Text()
    for segment in segments:
        style = {"key": "bold black on yellow", "flaw": "bold white on red"}.get(segment.mark, "")
        text.append(segment.text, style=style)
    return text


def study(
    slug: Annotated[str, typer.Argument(help="The question's slug (see `starcoach questions --walkthroughs`).")],
    level: Annotated[str, typer.Option(help="Your level: sde1, sde2, senior or principal.")] = "sde2",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the walkthrough as JSON in its schema's shape.")
    ] = False,
) -> None:
    """Read a question's annotated model answer in the terminal."""
    from rich.panel import Panel
    from rich.rule import Rule

    from starcoach.content import library
    from starcoach.study.catalog import NotFound
    from starcoach.study.walkthrough import get_walkthrough, study_view

    if level not in LEVEL_CHOICES:
        fail(f"level must be one of {', '.join(LEVEL_CHOICES)}")
    try:
        if as_json:
            print_json(get_walkthrough(library(), slug).model_dump(mode="json"))
            return
        view = study_view(library(), slug, level)
    except NotFound as error:
        fail(f"{error}. List the questions with a walkthrough: starcoach questions --walkthroughs")
    out = console()
    out.print(Rule(f"[bold]{view.title}[/bold]"))
    out.print(f"[italic]{view.question.text}[/italic]")
    out.print(f"{view.principle.name} · {view.role}, {view.story_level} · target {view.total_target_seconds} s\n")
    out.print(view.overview + "\n")
    out.print(f"[bold]Demonstrates:[/bold] {view.demonstrates}")
    for takeaway in view.takeaways:
        out.print(f"  • {takeaway}")
    for section in view.sections:
        out.print(
            Panel(
                _rich_text(section.segments), title=f"{section.title} · {section.target_seconds} s", title_align="left"
            )
        )
        out.print(f"[green]Why it works:[/green] {section.coaching}")
        out.print(f"[red]Common mistake:[/red] {section.common_mistake}\n")
    reflection = view.reflection
    out.print(
        Panel(
            _rich_text(reflection.segments),
            title=f"Reflection ({reflection.shown_level}) · {reflection.target_seconds} s",
            title_align="left",
        )
    )
    out.print(f"[green]Why it works:[/green] {reflection.coaching}")
    out.print(f"[red]Common mistake:[/red] {reflection.common_mistake}\n")
    calibration = view.calibration.calibration
    out.print(Rule(f"The bar at {view.calibration.shown_level}"))
    out.print(f"[bold]Focus:[/bold] {calibration.focus}\n[bold]Reflection:[/bold] {calibration.reflection}")
    out.print(f"[bold]Bar:[/bold] {calibration.bar}\n[bold]Time:[/bold] {calibration.time_limit_seconds} s\n")
    out.print(Rule("Follow-up probes"))
    for followup in view.followups:
        out.print(f"[bold]“{followup.question}”[/bold]  ({followup.signal})")
        out.print(f"  [red]Weak:[/red] {followup.weak.answer}\n    [dim]{followup.weak.why}[/dim]")
        out.print(f"  [green]Strong:[/green] {followup.strong.answer}\n    [dim]{followup.strong.takeaway}[/dim]\n")
    out.print(Rule("A weak version"))
    out.print(_rich_text(view.weak_answer.segments))
    for flaw in view.weak_answer.flaws:
        out.print(f"  [red]“{flaw['quote']}”[/red] — {flaw['why']}")
    out.print(f"[bold]Bar Raiser ({view.weak_answer.verdict_level}):[/bold] {view.weak_answer.verdict}\n")
    out.print(Rule("Quiz"))
    for number, item in enumerate(view.quiz, start=1):
        out.print(f"{number}. {item.question}")
        for letter, choice in zip("abcd", item.choices, strict=False):
            out.print(f"   {letter}) {choice.text}")
        answer = next(letter for letter, c in zip("abcd", item.choices, strict=False) if c.correct)
        out.print(f"   [dim]Answer: {answer}. {item.explanation}[/dim]\n")
    out.print(Rule("Pivots"))
    for pivot in view.pivots:
        out.print(f"[bold]{pivot.principle.name}[/bold]: lead with {pivot.lead_with}")
        out.print(f"  emphasize: {pivot.emphasize}\n  downplay: {pivot.downplay}")
