"""The terminal face: a Typer app whose commands parse input, call the core, and render the result."""

from __future__ import annotations

import typer

from starcoach.cli import analyze, browse, content, mock, own_data, practice, progress, serve, speech, stories

app = typer.Typer(
    name="starcoach",
    help="Prepare for behavioral interviews on Amazon's Leadership Principles: study model answers, "
    "check your own, and rehearse offline.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.command("principles")(browse.principles)
app.command("questions")(browse.questions)
app.command("study")(browse.study)
app.command("analyze")(analyze.analyze)
app.command("transcribe")(speech.transcribe)
app.command("practice")(practice.practice)
app.command("mock")(mock.mock)
app.command("progress")(progress.progress)
app.command("serve")(serve.serve)
app.add_typer(content.app, name="content")
app.add_typer(stories.app, name="stories")
app.command("export")(own_data.export)
app.command("import")(own_data.import_data)
app.command("wipe")(own_data.wipe)


def main() -> None:
    """Entry point of the `starcoach` command."""
    app()
