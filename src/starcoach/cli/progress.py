"""`starcoach progress`: where you stand on each principle, quiz accuracy, recent attempts, one attempt's review."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from starcoach.cli.output import console, fail, print_json

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from starcoach.highlight import Segment
    from starcoach.modes.review import AttemptView, JudgedText, ProgressView

# Eight heights for a one-line chart of scores 0..100, lowest first.
SPARK_BARS = "▁▂▃▄▅▆▇█"
MARK_STYLE = {"good": "on dark_green", "bad": "on dark_red"}


def progress(
    attempt: Annotated[int | None, typer.Option(help="Show the review of one attempt, by its id.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many recent attempts to list.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print the view as JSON instead of tables.")] = False,
) -> None:
    """Show your progress: every principle's best verdict, quiz accuracy and recent attempts, or one attempt."""
    from starcoach.content import library
    from starcoach.modes.review import attempt_view, progress_view
    from starcoach.settings import Settings
    from starcoach.store import Store
    from starcoach.study.catalog import NotFound

    lib = library()
    with Store.open(Settings()) as store:
        if attempt is None:
            view = progress_view(store, lib, limit=limit)
            if as_json:
                print_json(view.model_dump(mode="json"))
            else:
                render_progress(console(), view)
            return
        try:
            review = attempt_view(store, lib, attempt)
        except NotFound as error:
            fail(f"{error}. List your attempts: starcoach progress")
    if as_json:
        print_json(review.model_dump(mode="json"))
        return
    render_attempt(console(), review)


def _verdict(verdict: str | None) -> str:
    from starcoach.cli.analyze import VERDICT_STYLE

    if verdict is None:
        return "[dim]—[/dim]"
    style = VERDICT_STYLE[verdict]
    return f"[{style}]{verdict.replace('_', ' ')}[/{style}]"


def sparkline(scores: list[int]) -> str:
    """Draw scores from 0 to 100 as one line of bars, oldest first."""
    return "".join(SPARK_BARS[min(score * len(SPARK_BARS) // 101, len(SPARK_BARS) - 1)] for score in scores)


def render_progress(out: Console, view: ProgressView) -> None:
    """Print the principle grid, quiz accuracy, the score trend and the recent attempts."""
    from rich.markup import escape
    from rich.table import Table

    grid = Table(title=f"Leadership Principles · {view.practiced} of {len(view.principles)} practiced")
    grid.add_column("Principle")
    grid.add_column("Attempts", justify="right")
    grid.add_column("Best verdict")
    grid.add_column("Best score", justify="right")
    grid.add_column("Last")
    for cell in view.principles:
        grid.add_row(
            escape(cell.name),
            str(cell.attempts) if cell.attempts else "[dim]0[/dim]",
            _verdict(cell.best_verdict),
            "" if cell.best_score is None else str(cell.best_score),
            cell.last_attempted.strftime("%Y-%m-%d") if cell.last_attempted else "",
        )
    out.print(grid)
    if view.quiz_ratio is None:
        out.print("Quiz: no quiz answered yet (the quizzes are in `starcoach study` and the web app).")
    else:
        out.print(f"Quiz: {view.quiz_correct} of {view.quiz_answered} correct ({view.quiz_ratio:.0%}).")
    if view.points:
        out.print(
            f"Scores over time: {sparkline([p.score for p in view.points])}  "
            f"(last {view.points[-1].score}, best {max(p.score for p in view.points)})"
        )
    if not view.attempts:
        out.print("No attempts yet. Start one: starcoach practice SLUG, or starcoach mock.")
        return
    recent = Table(title="Recent attempts")
    recent.add_column("ID", justify="right", style="cyan")
    recent.add_column("Date")
    recent.add_column("Mode")
    recent.add_column("Principle")
    recent.add_column("Level")
    recent.add_column("Score", justify="right")
    recent.add_column("Verdict")
    for row in view.attempts:
        recent.add_row(
            str(row.id),
            row.when.astimezone().strftime("%Y-%m-%d %H:%M"),
            row.mode,
            escape(row.principle),
            row.level,
            str(row.score),
            _verdict(row.verdict),
        )
    out.print(recent)
    out.print("Review one: starcoach progress --attempt ID")


def _marked(segments: list[Segment]) -> Text:
    from rich.text import Text

    text = Text()
    for segment in segments:
        text.append(segment.text, style=MARK_STYLE.get(segment.mark, ""))
    return text


def _judged(out: Console, item: JudgedText, title: str) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    timing = ""
    if item.seconds_taken is not None:
        target = f" of {item.target_seconds} s" if item.target_seconds else ""
        timing = f" · took {item.seconds_taken:.0f} s{target}"
    out.print(
        Panel(
            _marked(item.segments),
            title=f"{escape(title)} · {item.score}/100{timing}",
            title_align="left",
        )
    )
    out.print(f"  {_verdict(item.verdict)}")
    for finding in item.strengths:
        out.print(f"  [green]+ {finding.code}[/green] {escape(finding.message)}")
    for finding in item.mistakes:
        colour = "red" if finding.severity == "major" else "yellow"
        out.print(f"  [{colour}]− {finding.code}[/{colour}] ({finding.severity}) {escape(finding.message)}")


def render_attempt(out: Console, view: AttemptView) -> None:
    """Print one attempt's review: the answer with its evidence, its sections, follow-ups and debrief."""
    from rich.markup import escape
    from rich.rule import Rule

    out.print(Rule(f"[bold]Attempt {view.id}[/bold] · {view.mode}"))
    out.print(f"[italic]{escape(view.question)}[/italic]")
    out.print(
        f"{escape(view.principle)} · {view.level} · {view.created_at.astimezone():%Y-%m-%d %H:%M} · "
        f"score {view.score}/100 · {_verdict(view.verdict)}"
    )
    out.print("[dim]Green: strengths, red: mistakes.[/dim]")
    _judged(out, view.answer, view.answer.title)
    if view.sections:
        out.print(Rule("Sections"))
    for section in view.sections:
        _judged(out, section, section.title)
    if view.followups:
        out.print(Rule("Follow-ups"))
    for number, followup in enumerate(view.followups, start=1):
        _judged(out, followup, f"{number}. {followup.title}")
    debrief = view.debrief
    if debrief:
        out.print(Rule("Debrief"))
        out.print(escape(debrief.get("reasoning", "")))
        for key, title, colour in (("strongest", "Strongest", "green"), ("weakest", "Weakest", "red")):
            moment = debrief.get(key)
            if moment:
                out.print(f"[{colour}]{title}:[/{colour}] “{escape(moment['quote'])}” — {escape(moment['comment'])}")
        for change in debrief.get("changes", []):
            out.print(f"  • {escape(change)}")
    if view.model_answer:
        out.print(f"\nModel answer: starcoach study {view.question_slug}")
