"""`starcoach export`, `import` and `wipe`: your own data as one JSON file, back in, or deleted for good."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypeVar

import typer

from starcoach.cli.output import fail, print_json

if TYPE_CHECKING:
    from starcoach.store import Store

T = TypeVar("T")

# What `starcoach wipe` asks the candidate to type, so nobody deletes everything by pressing Enter.
WIPE_PHRASE = "delete everything"
# The export holds the candidate's own answers: readable by its owner only.
EXPORT_FILE_MODE = 0o600


def export(
    file: Annotated[str, typer.Argument(help="The file to write, or - for standard output.")] = "-",
) -> None:
    """Export your stories, attempts and quiz answers as one JSON file that `starcoach import` reads back."""
    with _open_store() as store:
        if file == "-":
            store.write_export(sys.stdout)
            return
        path = Path(file)
        try:
            counts = _write_privately(path, store.write_export)
        except OSError as error:
            fail(f"cannot write {path}: {error}")
    held = f"{counts.stories} stories, {counts.attempts} attempts and {counts.quiz_answers} quiz answers"
    typer.echo(f"Exported {held} to {path}.")


def import_data(
    file: Annotated[str, typer.Argument(help="An export file written by `starcoach export`, or - for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print what was added and skipped as JSON.")] = False,
) -> None:
    """Import an export file, adding what is not stored yet: importing the same file twice adds nothing."""
    from starcoach.store.own_data import InvalidExport

    source = "standard input" if file == "-" else file
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
        document = json.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        fail(f"cannot read {source}: {error}")
    except json.JSONDecodeError as error:
        fail(f"{source} is not JSON: {error}")
    with _open_store() as store:
        try:
            summary = store.import_data(document)
        except InvalidExport as error:
            fail(f"{source} was not imported: {error}")
    if as_json:
        print_json(asdict(summary))
        return
    typer.echo(
        f"Added {summary.stories_added} stories, {summary.attempts_added} attempts and "
        f"{summary.quiz_answers_added} quiz answers from {source}."
    )
    typer.echo(
        f"Skipped, already stored: {summary.stories_skipped} stories, {summary.attempts_skipped} attempts and "
        f"{summary.quiz_answers_skipped} quiz answers."
    )


def wipe(
    yes: Annotated[bool, typer.Option("--yes", help=f'Delete without asking to type "{WIPE_PHRASE}".')] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")] = False,
) -> None:
    """Delete all your stories, attempts and quiz answers for good (export them first to keep a copy)."""
    if not yes:
        typer.echo("This deletes every story, attempt and quiz answer you have saved; it cannot be undone.")
        typer.echo("To keep a copy, first run: starcoach export FILE")
        typed: Any = typer.prompt(f'Type "{WIPE_PHRASE}" to go on', default="", show_default=False)
        if str(typed).strip() != WIPE_PHRASE:
            fail("nothing was deleted")
    with _open_store() as store:
        store.wipe_all()
    if as_json:
        print_json({"wiped": True})
        return
    typer.echo("Deleted all your stories, attempts and quiz answers.")


def _write_privately(path: Path, write: Callable[[TextIO], T]) -> T:
    """Write a file readable by its owner only, whole or not at all (a failed write leaves the old file)."""
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)  # a leftover could carry wider permissions
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, EXPORT_FILE_MODE)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            written = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written


def _open_store() -> Store:
    from starcoach.settings import Settings
    from starcoach.store import Store

    return Store.open(Settings())
