"""The content library: the shipped content is sound, and faults are reported with file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from starcoach.content import ContentError, Library, load_library
from starcoach.content.checks import check_library
from starcoach.content.loader import DATA_DIR

OFFICIAL_NAMES = [
    "Customer Obsession",
    "Ownership",
    "Invent and Simplify",
    "Are Right, A Lot",
    "Learn and Be Curious",
    "Hire and Develop the Best",
    "Insist on the Highest Standards",
    "Think Big",
    "Bias for Action",
    "Frugality",
    "Earn Trust",
    "Dive Deep",
    "Have Backbone; Disagree and Commit",
    "Deliver Results",
    "Strive to be Earth's Best Employer",
    "Success and Scale Bring Broad Responsibility",
]


def test_shipped_content_has_no_problems(lib: Library) -> None:
    assert check_library(lib) == []


def test_the_sixteen_principles_by_their_official_names(lib: Library) -> None:
    assert [p.name for p in lib.principles.values()] == OFFICIAL_NAMES


def test_enough_questions_for_every_principle(lib: Library) -> None:
    assert len(lib.questions) >= 80
    for slug in lib.principles:
        assert len(lib.questions_for(slug)) >= 5, slug


def test_walkthroughs_cover_at_least_three_principles(lib: Library) -> None:
    principles = {lib.questions[slug].principle for slug in lib.walkthroughs}
    assert len(lib.walkthroughs) >= 3
    assert len(principles) >= 3


def test_every_walkthrough_tells_a_different_story(lib: Library) -> None:
    titles = [w.title for w in lib.walkthroughs.values()]
    overviews = [w.overview for w in lib.walkthroughs.values()]
    assert len(set(titles)) == len(titles)
    assert len(set(overviews)) == len(overviews)


def test_the_correct_quiz_choice_is_not_always_in_the_same_place(lib: Library) -> None:
    positions = {
        next(i for i, c in enumerate(item.choices) if c.correct) for w in lib.walkthroughs.values() for item in w.quiz
    }
    assert len(positions) > 1


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped content, to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit_walkthrough(folder: Path, edit: object) -> Path:
    path = sorted((folder / "walkthroughs").glob("*.yaml"))[0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_an_unknown_key_names_the_file_and_the_field(content_copy: Path) -> None:
    path = _edit_walkthrough(content_copy, lambda d: d["sections"]["task"].update(exmaple="typo"))
    with pytest.raises(ContentError) as caught:
        load_library(content_copy)
    problems = [str(p) for p in caught.value.problems]
    assert any(path.name in p and "sections.task.exmaple" in p for p in problems), problems


def test_a_missing_field_names_the_file_and_the_field(content_copy: Path) -> None:
    path = _edit_walkthrough(content_copy, lambda d: d["weak_answer"].pop("verdict"))
    with pytest.raises(ContentError) as caught:
        load_library(content_copy)
    assert any(path.name in str(p) and "weak_answer.verdict" in str(p) for p in caught.value.problems)


def test_invalid_yaml_is_reported_with_its_file(content_copy: Path) -> None:
    (content_copy / "questions" / "broken.yaml").write_text("questions: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_library(content_copy)
    assert any(p.file == "questions/broken.yaml" and "not valid YAML" in p.message for p in caught.value.problems)


def test_a_key_phrase_that_is_not_in_its_example_is_a_violation(content_copy: Path) -> None:
    _edit_walkthrough(content_copy, lambda d: d["sections"]["action"]["key_phrases"].append("words never said"))
    problems = check_library(load_library(content_copy))
    assert any("sections.action.key_phrases" in p.path and "words never said" in p.message for p in problems)


def test_a_quoted_flaw_must_be_in_the_weak_answer(content_copy: Path) -> None:
    _edit_walkthrough(content_copy, lambda d: d["weak_answer"]["flaws"][0].update(quote="not in the answer"))
    problems = check_library(load_library(content_copy))
    assert any(p.path == "weak_answer.flaws[0].quote" for p in problems)


def test_a_quiz_question_needs_exactly_one_correct_choice(content_copy: Path) -> None:
    def two_correct(data: dict) -> None:  # type: ignore[type-arg]
        for choice in data["quiz"][1]["choices"]:
            choice["correct"] = True

    _edit_walkthrough(content_copy, two_correct)
    problems = check_library(load_library(content_copy))
    assert any(p.path == "quiz[1].choices" and "exactly one" in p.message for p in problems)


def test_cross_references_must_exist(content_copy: Path) -> None:
    _edit_walkthrough(content_copy, lambda d: d["pivots"][0].update(principle="made-up-principle"))
    problems = check_library(load_library(content_copy))
    assert any(p.path == "pivots[0].principle" and "unknown principle" in p.message for p in problems)


def test_an_unknown_rubric_code_is_refused(content_copy: Path) -> None:
    _edit_walkthrough(content_copy, lambda d: d["followups"][0].update(signal="charisma"))
    with pytest.raises(ContentError) as caught:
        load_library(content_copy)
    assert any("followups[0].signal" in str(p) and "charisma" in str(p) for p in caught.value.problems)


def test_too_few_followups_is_refused(content_copy: Path) -> None:
    _edit_walkthrough(content_copy, lambda d: d.update(followups=d["followups"][:2]))
    with pytest.raises(ContentError) as caught:
        load_library(content_copy)
    assert any(p.path == "followups" for p in caught.value.problems)


def test_a_question_with_an_unknown_principle_is_a_violation(content_copy: Path) -> None:
    (content_copy / "questions" / "extra.yaml").write_text(
        "questions:\n  - slug: orphan-question\n    text: Tell me about nothing.\n    principle: charisma\n",
        encoding="utf-8",
    )
    problems = check_library(load_library(content_copy))
    assert any(p.file == "questions/extra.yaml" and "unknown principle 'charisma'" in p.message for p in problems)


def test_walkthroughs_agree_with_the_analyzer(lib: Library) -> None:
    from starcoach.content.checks import check_consistency

    assert check_consistency(lib) == []


def test_a_swapped_weak_and_strong_answer_is_caught(content_copy: Path) -> None:
    from starcoach.content.checks import check_consistency

    def swap(data: dict) -> None:  # type: ignore[type-arg]
        weak = data["weak_answer"]["text"]
        data["sections"]["action"]["example"] = weak
        data["sections"]["action"]["key_phrases"] = [weak.split()[0]]
        first = data["followups"][0]
        first["strong"]["answer"], first["weak"]["answer"] = first["weak"]["answer"], first["strong"]["answer"]

    path = _edit_walkthrough(content_copy, swap)
    problems = check_consistency(load_library(content_copy))
    assert any(p.file.endswith(path.name) and p.path == "followups[0]" for p in problems)


def test_every_gap_has_probes(lib: Library) -> None:
    from starcoach.analysis.codes import CODES, DELIVERY_CODES

    covered = {probe.code for probe in lib.probes}
    wanted = {
        code
        for code in CODES
        if code
        not in {
            *DELIVERY_CODES,
            "missing_section",
            "off_topic",
            "implausible_claim",
            "rambling_context",
            "unanswered_probe",
            "specific_detail",
        }
    }
    assert wanted <= covered, sorted(wanted - covered)


def test_a_probe_asked_at_the_wrong_time_is_refused(content_copy: Path) -> None:
    probes = content_copy / "probes.yaml"
    probes.write_text(
        "probes:\n  - code: verification\n    when: present\n    question: Did it work?\n    listens_for: A figure.\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_library(content_copy)
    assert any(p.file == "probes.yaml" and "missing, not present" in p.message for p in caught.value.problems)
