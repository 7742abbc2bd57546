"""The analyzer: an explainable Bar Raiser rubric for STAR answers (SPEC §4)."""

from starcoach.analysis.analyzer import MAX_CHARS, SECTIONS, analyze
from starcoach.analysis.codes import CODES
from starcoach.analysis.report import AnalysisError, Evidence, Finding, Report, SectionReport, TextTooLong

__all__ = ["CODES", "MAX_CHARS", "SECTIONS", "AnalysisError", "Evidence", "Finding", "Report", "SectionReport", "TextTooLong", "analyze"]
