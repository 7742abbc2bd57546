"""The content library: principles, questions and walkthroughs, loaded from YAML and checked."""

from starcoach.content.loader import ContentError, Library, Problem, library, load_library

__all__ = ["ContentError", "Library", "Problem", "library", "load_library"]
