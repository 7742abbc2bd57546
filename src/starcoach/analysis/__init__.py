"""The analyzer: an explainable Bar Raiser rubric for STAR answers (SPEC §4).

The public names load on first use, so importing the rubric's codes (as the content models do) does
not compile every detector.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starcoach.analysis.analyzer import MAX_CHARS, SECTIONS, analyze
    from starcoach.analysis.codes import CODES
    from starcoach.analysis.report import AnalysisError, Evidence, Finding, Report, SectionReport, TextTooLong

__all__ = [
    "CODES",
    "MAX_CHARS",
    "SECTIONS",
    "AnalysisError",
    "Evidence",
    "Finding",
    "Report",
    "SectionReport",
    "TextTooLong",
    "analyze",
]

_HOMES = {
    "MAX_CHARS": "analyzer",
    "SECTIONS": "analyzer",
    "analyze": "analyzer",
    "CODES": "codes",
    "AnalysisError": "report",
    "Evidence": "report",
    "Finding": "report",
    "Report": "report",
    "SectionReport": "report",
    "TextTooLong": "report",
}


def __getattr__(name: str) -> Any:
    """Import the analyzer's public names lazily."""
    if name in _HOMES:
        return getattr(import_module(f"starcoach.analysis.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'starcoach.analysis' has no attribute {name!r}")
