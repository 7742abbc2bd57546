"""The Jinja2 environment shared by every page, with the filters the templates use."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi.templating import Jinja2Templates

from starcoach.levels import LEVEL_NAMES
from starcoach.speech import speech_available
from starcoach.web.security import csrf_token

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def seconds_label(seconds: int | float) -> str:
    """Format a duration as '90 s' or '2 min 30 s' for people."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


templates.env.filters["seconds"] = seconds_label
templates.env.globals["level_names"] = LEVEL_NAMES
templates.env.globals["csrf"] = csrf_token
# Whether pages offer recording: speech support installed (checked once per process).
templates.env.globals["speech"] = cache(speech_available)
templates.env.globals["verdict_names"] = {
    "strong_hire": "Strong Hire",
    "lean_hire": "Lean Hire",
    "lean_no_hire": "Lean No Hire",
    "strong_no_hire": "Strong No Hire",
}
