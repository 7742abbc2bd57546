"""Shared terminal output: JSON for scripts, a Rich console for people, and errors as exit codes."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console

if TYPE_CHECKING:
    from starcoach.stories.model import Story


def console() -> Console:
    """Return a console writing to stdout, sized for the terminal (or 100 columns when piped)."""
    return Console(width=None if sys.stdout.isatty() else 100, highlight=False)


def print_json(data: Any) -> None:
    """Print data as indented JSON, keeping non-ASCII text readable."""
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def fail(message: str, code: int = 1) -> NoReturn:
    """Print an error to stderr and exit with the given code."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def stored_story(story_id: int | None) -> Story | None:
    """Return the candidate's story with this id (None when no id is given); fail clearly if there is none."""
    if story_id is None:
        return None
    from starcoach.settings import Settings
    from starcoach.store import Store

    with Store.open(Settings()) as store:
        story = store.get_story(story_id)
    if story is None:
        fail(f"no story {story_id}; list yours with `starcoach stories list`")
    return story
