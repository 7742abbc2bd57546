"""`starcoach stories`: add, list, show, edit and delete the stories of your story bank."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from starcoach.cli.output import console, fail, print_json

if TYPE_CHECKING:
    from pydantic import ValidationError
    from rich.console import Console

    from starcoach.store import Store
    from starcoach.stories.model import Story, StoryIn
    from starcoach.stories.report import StoryReport

T = TypeVar("T")

app = typer.Typer(
    help="Keep your story bank: the stories you write once and tell for many questions.", no_args_is_help=True
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
StoryId = Annotated[int, typer.Argument(help="The story's id, as `starcoach stories list` shows it.")]
TitleOption = Annotated[str | None, typer.Option(help="A short name you will recognise the story by.")]
SituationOption = Annotated[str | None, typer.Option(help="Situation: where you were and what was wrong.")]
TaskOption = Annotated[str | None, typer.Option(help="Task: your goal, and whose problem it was.")]
ActionOption = Annotated[str | None, typer.Option(help="Action: what you did yourself, step by step.")]
ResultOption = Annotated[str | None, typer.Option(help="Result: what came of it, measured.")]
ReflectionOption = Annotated[str | None, typer.Option(help="Reflection: what it taught you.")]
RoleOption = Annotated[str | None, typer.Option(help="Your role at the time, e.g. 'backend engineer'.")]
LevelOption = Annotated[str | None, typer.Option(help="The level the story shows: sde1, sde2, senior or principal.")]
TagOption = Annotated[list[str] | None, typer.Option("--tag", help="A tag; repeat the option for several.")]
FromFileOption = Annotated[
    Path | None,
    typer.Option(
        "--from-file",
        exists=True,
        dir_okay=False,
        help="A JSON or YAML object with the story's fields; options given as well take precedence.",
    ),
]
# Rich's style for each STAR part in `stories show`.
PART_STYLE = {"situation": "cyan", "task": "cyan", "action": "green", "result": "magenta", "reflection": "yellow"}
# How many reasons `stories show` prints under each principle's fit.
REASONS_SHOWN = 3


@app.command("add")
def add(
    title: TitleOption = None,
    situation: SituationOption = None,
    task: TaskOption = None,
    action: ActionOption = None,
    result: ResultOption = None,
    reflection: ReflectionOption = None,
    role: RoleOption = None,
    level: LevelOption = None,
    tag: TagOption = None,
    from_file: FromFileOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a story to your bank from options, or from a JSON or YAML file."""
    given = _given(
        title=title,
        situation=situation,
        task=task,
        action=action,
        result=result,
        reflection=reflection,
        role=role,
        level=level,
        tags=tag,
    )
    story = _validated(_file_fields(from_file) | given)
    with _open_store() as store:
        saved = _stored(lambda: store.add_story(story))
    if as_json:
        print_json(story_json(saved))
        return
    typer.echo(f"Added story {saved.id}: {saved.title}")
    typer.echo(f"See how it fits each principle: starcoach stories show {saved.id}")


@app.command("list")
def list_stories(as_json: JsonOption = False) -> None:
    """List the stories of your bank by title."""
    from rich.markup import escape
    from rich.table import Table

    with _open_store() as store:
        stories = store.list_stories()
    if as_json:
        print_json([story_json(story) for story in stories])
        return
    if not stories:
        typer.echo('No stories yet. Add one: starcoach stories add --title "..." --situation "..." --action "..."')
        return
    table = Table(title=f"Story bank · {len(stories)} stories")
    table.add_column("ID", justify="right", style="cyan")
    table.add_column("Title")
    table.add_column("Level")
    table.add_column("Role")
    table.add_column("Tags")
    table.add_column("Updated")
    for story in stories:
        table.add_row(
            str(story.id),
            escape(story.title),
            story.level,
            escape(story.role),
            escape(", ".join(story.tags)),
            story.updated_at.astimezone().strftime("%Y-%m-%d"),
        )
    console().print(table)
    typer.echo("Show one: starcoach stories show ID")


@app.command("show")
def show(story_id: StoryId, as_json: JsonOption = False) -> None:
    """Show a story, and how well it fits each Leadership Principle and why."""
    with _open_store() as store:
        story = store.get_story(story_id)
    if story is None:
        _no_story(story_id)
    if as_json:
        print_json({"story": story_json(story), **story_analysis_json(story)})
        return
    render_story(console(), story)
    render_story_analysis(story)


@app.command("coverage")
def coverage_command(
    level: Annotated[str | None, typer.Option(help="Judge the fits at this level (default: each story's own).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Show which of the 16 principles your stories cover, and what kind of story would fill each gap."""
    from rich.markup import escape
    from rich.table import Table

    from starcoach.content import library
    from starcoach.stories.coverage import coverage

    with _open_store() as store:
        stories = store.list_stories()
    view = coverage(library(), stories, level)
    if as_json:
        print_json(view.model_dump(mode="json"))
        return
    names = {p.slug: p.name for p in library().principles.values()}
    table = Table(title="Your stories × the 16 principles (fit; green strong, yellow partial)")
    table.add_column("Principle")
    for row in view.rows:
        table.add_column(escape(row.title[:18]), justify="right")
    for index, slug in enumerate(view.principles):
        cells = []
        for row in view.rows:
            cell = row.cells[index]
            style = {"strong": "bold green", "partial": "yellow"}.get(cell.band, "dim")
            cells.append(f"[{style}]{cell.fit}[/{style}]")
        table.add_row(escape(names.get(slug, slug)), *cells)
    out = console()
    out.print(table)
    out.print(f"\n[bold]{len(view.gaps)} principles with no strong story[/bold]")
    for gap in view.gaps:
        out.print(f"  {escape(gap.name)}: {escape(gap.suggestion)}")


@app.command("edit")
def edit(
    story_id: StoryId,
    title: TitleOption = None,
    situation: SituationOption = None,
    task: TaskOption = None,
    action: ActionOption = None,
    result: ResultOption = None,
    reflection: ReflectionOption = None,
    role: RoleOption = None,
    level: LevelOption = None,
    tag: TagOption = None,
    from_file: FromFileOption = None,
    as_json: JsonOption = False,
) -> None:
    """Change the fields of a story given as options or in a file, keeping the others (--tag replaces all tags)."""
    from starcoach.stories.model import StoryIn

    given = _given(
        title=title,
        situation=situation,
        task=task,
        action=action,
        result=result,
        reflection=reflection,
        role=role,
        level=level,
        tags=tag,
    )
    changes = _file_fields(from_file) | given
    if not changes:
        fail("nothing to change: give the fields to change as options (see --help) or --from-file")
    with _open_store() as store:
        story = store.get_story(story_id)
        if story is None:
            _no_story(story_id)
        current = story.model_dump(include=set(StoryIn.model_fields))
        updated = _stored(lambda: store.update_story(story_id, _validated(current | changes)))
    if updated is None:  # deleted by someone else in between
        _no_story(story_id)
    if as_json:
        print_json(story_json(updated))
        return
    typer.echo(f"Updated story {updated.id}: {', '.join(sorted(changes))}")


@app.command("delete")
def delete(
    story_id: StoryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Delete a story; the attempts you told with it are kept."""
    with _open_store() as store:
        story = store.get_story(story_id)
        if story is None:
            _no_story(story_id)
        if not yes:
            typer.confirm(f"Delete story {story_id} “{story.title}”? Attempts told with it are kept.", abort=True)
        deleted = store.delete_story(story_id)
    if not deleted:
        _no_story(story_id)
    if as_json:
        print_json({"deleted": story_id})
        return
    typer.echo(f"Deleted story {story_id}: {story.title}")


def story_json(story: Story) -> dict[str, Any]:
    """Return a story as JSON-ready data, its id first."""
    return {"id": story.id, **story.model_dump(mode="json", exclude={"id"})}


def render_story(out: Console, story: Story) -> None:
    """Print a story: its title, role, level and tags, then each written part."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.rule import Rule

    from starcoach.levels import LEVEL_NAMES
    from starcoach.stories.model import STORY_PARTS

    out.print(Rule(f"[bold]Story {story.id}[/bold] · {escape(story.title)}"))
    meta = [escape(story.role) if story.role else "", LEVEL_NAMES.get(story.level, story.level)]
    meta += [", ".join(f"#{escape(tag)}" for tag in story.tags)]
    meta += [f"added {story.created_at.astimezone():%Y-%m-%d}", f"updated {story.updated_at.astimezone():%Y-%m-%d}"]
    out.print(" · ".join(item for item in meta if item))
    for part in STORY_PARTS:
        text = getattr(story, part)
        if text:
            out.print(Panel(escape(text), title=part.capitalize(), title_align="left", border_style=PART_STYLE[part]))


# ---------------------------------------------------------------------------------------------------------------
# The story's analysis: `stories show` prints it after the story. Filled from `starcoach.stories.fit`, which
# owns the fit per principle and the personal walkthrough; render more of its StoryReport here as it grows.
# ---------------------------------------------------------------------------------------------------------------


def story_analysis(story: StoryIn) -> StoryReport:
    """Judge a story against the library: its fit for every principle, questions, the bar and a walkthrough."""
    from starcoach.content import library
    from starcoach.stories.report import story_report

    return story_report(library(), story)


def story_analysis_json(story: StoryIn) -> dict[str, Any]:
    """Return the story's fit per principle as JSON-ready data, best first, for `stories show --json`."""
    report = story_analysis(story)
    return {"best": report.best, "fits": [fit.model_dump(mode="json") for fit in report.fits]}


def render_story_analysis(story: StoryIn) -> None:
    """Print how well the story fits each principle, best first, with the reasons behind each score."""
    from rich.markup import escape
    from rich.table import Table

    report = story_analysis(story)
    table = Table(title="How the story fits each Leadership Principle")
    table.add_column("Principle")
    table.add_column("Fit", justify="right")
    table.add_column("Why")
    for fit in report.fits:
        reasons = [f"{reason.points:+g} {escape(reason.text)}" for reason in fit.reasons[:REASONS_SHOWN]]
        if len(fit.reasons) > REASONS_SHOWN:
            reasons.append(f"[dim]… {len(fit.reasons) - REASONS_SHOWN} more (--json shows all)[/dim]")
        table.add_row(escape(fit.name), str(fit.fit), "\n".join(reasons) or "[dim]nothing it weighs[/dim]")
    out = console()
    out.print(table)
    if report.note:
        out.print(f"[dim]{escape(report.note)}[/dim]")
    out.print("\n[bold]Questions it answers best[/bold]")
    for question in report.questions:
        out.print(
            f"  {escape(question.text)}  [dim]({question.slug}; practice: starcoach practice {question.slug})[/dim]"
        )
    bar = report.bar
    out.print(f"\n[bold]The bar at {bar.level}[/bold]: {bar.verdict.replace('_', ' ')} (score {bar.score})")
    for need in bar.needs:
        out.print(f"  • {escape(need.reason)} [italic]{escape(need.advice)}[/italic]")
    walk = report.walkthrough
    if walk.followups:
        out.print("\n[bold]Follow-ups an interviewer will likely ask[/bold]")
        for followup in walk.followups:
            out.print(f"  “{escape(followup.question)}”")
    for pivot in walk.pivots:
        lead = f"“{escape(pivot.lead_with.text)}”" if pivot.lead_with else pivot.lead_code
        out.print(f"\n[bold]Pivot to {escape(pivot.name)}[/bold] (fit {pivot.fit}): lead with {lead}")
        out.print(f"  emphasize: {escape('; '.join(pivot.emphasize) or '—')}")
        out.print(f"  downplay: {escape('; '.join(pivot.downplay) or '—')}")


# ---------------------------------------------------------------------------------------------------------------


def _given(**fields: Any) -> dict[str, Any]:
    """Keep the fields given on the command line (an empty string clears a part; no --tag keeps the tags)."""
    return {name: value for name, value in fields.items() if value is not None and not (name == "tags" and not value)}


def _file_fields(path: Path | None) -> dict[str, Any]:
    """Read a story's fields from a JSON file, or a YAML one (any other suffix)."""
    if path is None:
        return {}
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        fail(f"cannot read {path}: {error}")
    if not isinstance(data, dict):
        fail(f"{path} must hold one object with the story's fields (title, situation, task, action, ...)")
    return data


def _validated(fields: dict[str, Any]) -> StoryIn:
    """Validate a story's fields; on a problem, print each field that is wrong and why, and exit 1."""
    from pydantic import ValidationError

    from starcoach.stories.model import StoryIn

    try:
        return StoryIn.model_validate(fields)
    except ValidationError as error:
        _invalid(error)


def _invalid(error: ValidationError) -> NoReturn:
    for problem in error.errors(include_url=False):
        where = ".".join(str(part) for part in problem["loc"]) or "story"
        message = str(problem["msg"]).removeprefix("Value error, ")
        typer.echo(f"  {where}: {message}", err=True)
    fail(f"the story is not valid ({error.error_count()} problem(s) above)")


def _open_store() -> Store:
    from starcoach.settings import Settings
    from starcoach.store import Store

    return Store.open(Settings())


def _stored(save: Callable[[], T]) -> T:
    """Run a store call, turning a value the store refuses into a CLI error."""
    from starcoach.store import StoreError

    try:
        return save()
    except StoreError as error:
        fail(str(error))


def _no_story(story_id: int) -> NoReturn:
    fail(f"there is no story {story_id}. List your stories: starcoach stories list")
