"""`starcoach content`: check the content library and print its JSON Schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from starcoach.cli.output import fail, print_json

app = typer.Typer(help="Check the content library or print its JSON Schema.", no_args_is_help=True)


@app.command("check")
def check(
    data: Annotated[
        Path | None, typer.Option(help="A content folder to check instead of the shipped one.", file_okay=False)
    ] = None,
    consistency: Annotated[
        bool, typer.Option(help="Also check the walkthroughs against the analyzer (strong is hire, weak is not).")
    ] = True,
) -> None:
    """Load every content file and check every invariant; exit 1 naming each violation."""
    from starcoach.content import ContentError, load_library
    from starcoach.content.checks import check_consistency, check_library

    try:
        library = load_library(data)
    except ContentError as error:
        for problem in error.problems:
            typer.echo(str(problem), err=True)
        fail(f"{len(error.problems)} problem(s) in the content")
    problems = check_library(library)
    if not problems and consistency:
        problems = check_consistency(library)
    for problem in problems:
        typer.echo(str(problem), err=True)
    if problems:
        fail(f"{len(problems)} problem(s) in the content")
    checked = " and agree with the analyzer" if consistency else ""
    typer.echo(
        f"Content is sound: {len(library.principles)} principles, {len(library.questions)} questions, "
        f"{len(library.walkthroughs)} walkthroughs{checked}."
    )


@app.command("schema")
def schema(
    kind: Annotated[str, typer.Argument(help="principle, question, or walkthrough.")] = "walkthrough",
) -> None:
    """Print the JSON Schema of a content file's items, for editors that check YAML as it is written."""
    from pydantic import BaseModel

    from starcoach.content.models import Principle, Question, Walkthrough

    models: dict[str, type[BaseModel]] = {"principle": Principle, "question": Question, "walkthrough": Walkthrough}
    if kind not in models:
        fail(f"kind must be one of {', '.join(models)}")
    print_json(models[kind].model_json_schema())
