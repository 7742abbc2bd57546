"""`starcoach mock`: a question asked cold inside the level's time budget, follow-up probes, then the debrief."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from starcoach.analysis.spoken import Spoken
from starcoach.cli.output import console, fail, print_json, stored_story
from starcoach.cli.speech import KEEP_AUDIO_HELP, hear, keep_recordings

if TYPE_CHECKING:
    from rich.console import Console

    from starcoach.content import Library
    from starcoach.content.models import Question
    from starcoach.store import AttemptRecord


def mock(
    principle: Annotated[
        str | None, typer.Option(help="Draw a question of this principle (slug or name); any principle if left out.")
    ] = None,
    level: Annotated[
        str, typer.Option(help="Your level, which sets the time budget: sde1, sde2, senior or principal.")
    ] = "sde2",
    question: Annotated[
        str | None, typer.Option(help="Answer this question (its slug) instead of a drawn one; overrides --principle.")
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Seed the draw, to be asked the same question again.")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the saved attempt's debrief as JSON; prompts go to stderr.")
    ] = False,
    story_id: Annotated[
        int | None,
        typer.Option(
            "--story",
            help="Tell one of your stories (its id in `starcoach stories list`); an empty answer tells it as is.",
        ),
    ] = None,
    audio: Annotated[
        list[Path] | None,
        typer.Option(
            help="Speak instead of typing: the answer's recording, then one per follow-up (repeatable, in order); "
            "each is transcribed offline and timed.",
        ),
    ] = None,
    keep_audio: Annotated[bool, typer.Option("--keep-audio/--no-keep-audio", help=KEEP_AUDIO_HELP)] = True,
) -> None:
    """Rehearse a mock interview: answer cold, take the follow-up probes, and read the Bar Raiser's debrief.

    Type each answer and end it with an empty line, or give recordings with --audio.
    """
    from rich.markup import escape
    from rich.rule import Rule

    from starcoach.analysis import AnalysisError
    from starcoach.cli.timer import INPUT_HINT, prompt_console, timer_screen
    from starcoach.content import library
    from starcoach.levels import LEVEL_NAMES, LEVELS, SECTION_TARGET_SECONDS
    from starcoach.modes.mock import ProbeChoice, budget_seconds, judge_answer, save_mock
    from starcoach.settings import Settings
    from starcoach.store import Store, followup_part

    if level not in LEVELS:
        fail(f"level must be one of {', '.join(LEVELS)}")
    lib = library()
    asked = _pick_question(lib, principle, question, seed)
    budget = budget_seconds(level)
    followup_target = SECTION_TARGET_SECONDS["followup"]
    story = stored_story(story_id)
    out = prompt_console(as_json)
    try:
        with timer_screen(out, f"Mock interview · {asked.slug}") as screen:
            out.print(Rule("[bold]Mock interview[/bold]"))
            out.print(
                f"{escape(lib.principles[asked.principle].name)} · {LEVEL_NAMES[level]} · "
                f"you have about {budget} s. {INPUT_HINT}"
            )
            out.print(f"\n[bold]Interviewer:[/bold] “{escape(asked.text)}”")
            if story is not None:
                out.print(f"[dim]Your story “{escape(story.title)}”: an empty line gives it as written.[/dim]")
            recordings = list(audio or [])
            spoken_files: dict[str, Path] = {}  # the recording each spoken part was read from

            def read(label: str, target: int, part: str) -> tuple[str, float, Spoken | None]:
                """The next answer: from the next recording when one is left, else typed."""
                if not recordings:
                    return (*screen.read(sys.stdin, label, target), None)
                spoken_files[part] = recordings.pop(0)
                heard = hear(spoken_files[part])
                out.print(f"[dim]Heard: {escape(heard.text)}[/dim]")
                spoken = heard.spoken()
                return heard.text, spoken.seconds, spoken

            answer, seconds, answer_spoken = read("Answer", budget, "answer")
            answer = answer or (story.answer() if story is not None else "")
            timed = screen.live or bool(audio)
            if not answer:
                fail("no answer was given, so there is nothing to judge; nothing was saved")
            report, probes = judge_answer(lib, asked, answer, level, answer_spoken)
            answered: list[ProbeChoice] = []
            replies: list[str] = []
            reply_seconds: list[float | None] = []
            reply_spoken: list[Spoken | None] = []
            for number, probe in enumerate(probes, start=1):
                out.print(f"\n[bold]Interviewer ({number}/{len(probes)}):[/bold] “{escape(probe.question)}”")
                reply, took, spoken = read(
                    f"Follow-up {number}/{len(probes)}", followup_target, followup_part(len(replies))
                )
                if not reply:
                    out.print("[dim]Skipped: this follow-up will not count in the debrief.[/dim]")
                    continue
                answered.append(probe)
                replies.append(reply)
                reply_seconds.append(round(took, 1))
                reply_spoken.append(spoken)
    except KeyboardInterrupt:
        fail("stopped before the end; nothing was saved", 130)
    except AnalysisError as error:
        fail(str(error))
    with Store.open(Settings()) as store:
        held = keep_recordings(store, spoken_files) if keep_audio else {}
        record = save_mock(
            store,
            lib,
            asked,
            level,
            answer,
            answered,
            replies,
            seconds=round(seconds, 1),
            followup_seconds=reply_seconds,
            story_id=story_id,
            spoken=answer_spoken,
            followup_spoken=reply_spoken,
            held=held,
        )
    summary = debrief_summary(record, asked)
    if as_json:
        print_json(summary)
        return
    from starcoach.cli.analyze import render

    out = console()
    out.print()
    out.print(Rule("[bold]Your answer[/bold]"))
    if timed:
        out.print(f"[dim]Took {seconds:.0f} s of a {budget} s budget.[/dim]")
    render(report)
    _render_debrief(out, summary)


def _pick_question(lib: Library, principle: str | None, slug: str | None, seed: int | None) -> Question:
    from starcoach.modes.mock import NoQuestion, draw_question
    from starcoach.study.catalog import NotFound, get_principle, get_question

    try:
        if slug:
            return get_question(lib, slug)
        wanted = get_principle(lib, principle).slug if principle else None
        return draw_question(lib, wanted, seed)
    except NotFound as error:
        hint = "starcoach questions" if error.kind == "question" else "starcoach principles"
        fail(f"{error}. List them: {hint}")
    except NoQuestion as error:
        fail(str(error))


def debrief_summary(record: AttemptRecord, question: Question) -> dict[str, Any]:
    """Return what a mock interview saved: the verdict, each follow-up's score, and the debrief."""
    return {
        "attempt_id": record.id,
        "created_at": record.created_at.isoformat(),
        "mode": record.mode,
        "question_slug": record.question_slug,
        "question": question.text,
        "principle_slug": record.principle_slug,
        "level": record.level,
        "score": record.score,
        "verdict": record.verdict,
        "duration_seconds": record.duration_seconds,
        "followups": [
            {
                "question": item.question,
                "target_code": item.target_code,
                "score": item.score,
                "verdict": item.verdict,
                "seconds_taken": item.seconds_taken,
            }
            for item in record.followups
        ],
        "debrief": record.report.get("debrief"),
        "review": f"starcoach progress --attempt {record.id}",
    }


def _render_debrief(out: Console, summary: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.rule import Rule

    from starcoach.cli.analyze import VERDICT_STYLE

    if summary["followups"]:
        out.print()
        out.print(Rule("[bold]Follow-ups[/bold]"))
    for item in summary["followups"]:
        style = VERDICT_STYLE[item["verdict"]]
        out.print(
            f"“{escape(item['question'])}”  [{style}]{item['verdict'].replace('_', ' ')}[/{style}] "
            f"· score {item['score']}"
        )
    debrief = summary["debrief"] or {}
    out.print()
    out.print(Rule("[bold]Debrief[/bold]"))
    style = VERDICT_STYLE[summary["verdict"]]
    out.print(f"[{style}]{summary['verdict'].replace('_', ' ').title()}[/{style}] · score {summary['score']}/100\n")
    if debrief.get("reasoning"):
        out.print(escape(debrief["reasoning"]) + "\n")
    for key, title, colour in (("strongest", "Strongest moment", "green"), ("weakest", "Weakest moment", "red")):
        moment = debrief.get(key)
        if moment:
            out.print(f"[{colour}]{title}:[/{colour}] “{escape(moment['quote'])}”")
            out.print(f"  [dim]{escape(moment['comment'])}[/dim]")
    if debrief.get("changes"):
        out.print("\n[bold]What a strong version would change[/bold]")
        for change in debrief["changes"]:
            out.print(f"  • {escape(change)}")
    if debrief.get("model_answer"):
        out.print(f"\nModel answer: starcoach study {summary['question_slug']}")
    out.print(
        f"Saved as attempt {summary['attempt_id']}. Review it: {summary['review']} (all attempts: starcoach progress)"
    )
