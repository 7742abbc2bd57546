"""Load the content library from YAML, with errors that name the file, the path inside it and the fault."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from starcoach.content.models import Principle, Probe, Question, Walkthrough

DATA_DIR = Path(__file__).parent / "data"

try:  # the C loader is ten times faster; fall back where libyaml is missing
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _YamlLoader = yaml.SafeLoader

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content: where it is and what is wrong."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The content library could not be loaded; `problems` says every place that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Library:
    """Every principle, question and walkthrough, indexed by slug, in file order."""

    principles: dict[str, Principle] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    walkthroughs: dict[str, Walkthrough] = field(default_factory=dict)
    probes: list[Probe] = field(default_factory=list)
    sources: dict[tuple[str, str], str] = field(default_factory=dict)

    def principle(self, slug_or_name: str) -> Principle:
        """Return a principle by slug or by name, in any case; raise KeyError if there is none."""
        wanted = slug_or_name.strip().lower()
        for principle in self.principles.values():
            if wanted in (principle.slug, principle.name.lower()):
                return principle
        raise KeyError(slug_or_name)

    def questions_for(self, principle_slug: str) -> list[Question]:
        """Return the questions whose primary principle is the given one."""
        return [q for q in self.questions.values() if q.principle == principle_slug]

    def source_of(self, kind: str, slug: str) -> str:
        """Return the file an item was loaded from, relative to the data folder."""
        return self.sources.get((kind, slug), "?")


def _location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _read_yaml(path: Path, root: Path, problems: list[Problem]) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)
    except yaml.YAMLError as error:
        problems.append(Problem(str(path.relative_to(root)), "", f"not valid YAML: {error}"))
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(str(path.relative_to(root)), "", f"cannot be read: {error}"))
    return None


def _validate(model: type[M], data: Any, file: str, prefix: str, problems: list[Problem]) -> M | None:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        for detail in error.errors():
            path = _location((*([prefix] if prefix else []), *detail["loc"]))
            problems.append(Problem(file, path, detail["msg"]))
    return None


def _items(data: Any, key: str, file: str, problems: list[Problem]) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        problems.append(Problem(file, key, f"expected a mapping with a list under '{key}'"))
        return []
    extra = sorted(set(data) - {key})
    if extra:
        problems.append(Problem(file, extra[0], "unknown key"))
    return list(data[key])


def load_library(root: Path | None = None) -> Library:
    """Load and validate every content file under `root`; raise ContentError listing all faults."""
    root = root or DATA_DIR
    library = Library()
    problems: list[Problem] = []

    principles_file = root / "principles.yaml"
    if not principles_file.exists():
        problems.append(Problem("principles.yaml", "", "file is missing"))
    else:
        data = _read_yaml(principles_file, root, problems)
        for index, item in enumerate(_items(data, "principles", "principles.yaml", problems)):
            principle = _validate(Principle, item, "principles.yaml", f"principles[{index}]", problems)
            if principle is not None:
                _add(library.principles, principle.slug, principle, "principles.yaml", problems)
                library.sources[("principle", principle.slug)] = "principles.yaml"

    for path in sorted((root / "questions").glob("*.yaml")):
        file = str(path.relative_to(root))
        data = _read_yaml(path, root, problems)
        for index, item in enumerate(_items(data, "questions", file, problems)):
            question = _validate(Question, item, file, f"questions[{index}]", problems)
            if question is not None:
                _add(library.questions, question.slug, question, file, problems)
                library.sources[("question", question.slug)] = file

    probes_file = root / "probes.yaml"
    if probes_file.exists():
        data = _read_yaml(probes_file, root, problems)
        for index, item in enumerate(_items(data, "probes", "probes.yaml", problems)):
            probe = _validate(Probe, item, "probes.yaml", f"probes[{index}]", problems)
            if probe is not None:
                library.probes.append(probe)

    for path in sorted((root / "walkthroughs").glob("*.yaml")):
        file = str(path.relative_to(root))
        data = _read_yaml(path, root, problems)
        if data is None:
            continue
        walkthrough = _validate(Walkthrough, data, file, "", problems)
        if walkthrough is not None:
            if walkthrough.question != path.stem:
                problems.append(
                    Problem(file, "question", f"file name must be the question slug '{walkthrough.question}'")
                )
            _add(library.walkthroughs, walkthrough.question, walkthrough, file, problems)
            library.sources[("walkthrough", walkthrough.question)] = file

    if problems:
        raise ContentError(problems)
    return library


def _add(index: dict[str, Any], slug: str, item: Any, file: str, problems: list[Problem]) -> None:
    if slug in index:
        problems.append(Problem(file, slug, "duplicate slug"))
    index[slug] = item


def load_principles(root: Path | None = None) -> dict[str, Principle]:
    """Load only the principles (what the analyzer needs), without the questions and walkthroughs."""
    root = root or DATA_DIR
    problems: list[Problem] = []
    data = _read_yaml(root / "principles.yaml", root, problems)
    principles: dict[str, Principle] = {}
    for index, item in enumerate(_items(data, "principles", "principles.yaml", problems)):
        principle = _validate(Principle, item, "principles.yaml", f"principles[{index}]", problems)
        if principle is not None:
            principles[principle.slug] = principle
    if problems:
        raise ContentError(problems)
    return principles


@cache
def library() -> Library:
    """Return the shipped content library, loaded once per process."""
    return load_library(DATA_DIR)
