"""starcoach: an offline coach for behavioral interviews on Amazon's Leadership Principles and STAR."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze"]

if TYPE_CHECKING:
    from starcoach.analysis import analyze


def __getattr__(name: str) -> Any:
    """Import the analyzer on first use so `starcoach --help` stays fast."""
    if name == "analyze":
        from starcoach.analysis import analyze

        return analyze
    raise AttributeError(f"module 'starcoach' has no attribute {name!r}")
