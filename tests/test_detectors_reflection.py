"""What the analyzer hears in a lesson: one that fits any story, and one tied to the story it closes."""

from __future__ import annotations

import pytest

from starcoach.analysis import analyze

STORY = (
    "Our nightly billing export kept timing out for the largest merchants, and the finance team was rebuilding "
    "their reports by hand every Monday. I profiled the job and found it loaded every invoice line into memory "
    "before writing anything, so I changed it to stream the rows in batches of five thousand and added a test with "
    "a merchant of two million lines. The export now finishes in eleven minutes instead of failing after three "
    "hours, and finance stopped the manual rebuild the same week. "
)
SPOKEN_STORY = (
    "so our nightly billing export kept timing out for the biggest merchants and finance was rebuilding reports by "
    "hand every monday so i profiled the job and found it loaded every invoice line into memory before writing "
    "anything and i changed it to stream the rows in batches and added a test with a huge merchant and now the "
    "export finishes in eleven minutes and finance stopped the manual rebuild "
)


def codes(text: str, section: str = "answer") -> set[str]:
    """Return the codes found for the whole text, as the rubric reports them (its parts aside)."""
    return {f.code for f in analyze(text, section=section, level="sde2").findings}


@pytest.mark.parametrize(
    "lesson",
    [
        "What I took away is that trust takes months to earn and one bad week to lose.",
        "The main lesson for me was that curiosity spreads, and leaders who stay humble bring their teams along.",
        "Looking back, the biggest takeaway is that empathy and transparency with stakeholders win every time.",
        "What I learned is that reliability is everyone's responsibility and that we owe it to our customers.",
        "I learned that a calm mindset and relentless focus carry any project over the line.",
    ],
)
def test_a_lesson_told_in_values_alone_fits_any_story(lesson: str) -> None:
    found = codes(STORY + lesson)
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


def test_a_spoken_lesson_in_values_alone_fits_any_story() -> None:
    found = codes(
        SPOKEN_STORY + "and i think the big lesson for me is that ownership and accountability make great teams"
    )
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


@pytest.mark.parametrize(
    "closing",
    [
        "I think the key was staying positive and keeping the whole organisation aligned.",
        "It showed that with enough passion and courage, people can achieve anything.",
        "In the future I would try to be more proactive and collaborate more with other teams.",
    ],
)
def test_a_closing_moral_without_a_lesson_word_is_heard(closing: str) -> None:
    assert "generic_reflection" in codes(STORY + closing)


def test_a_probe_answered_with_a_vague_wish_is_generic() -> None:
    answer = (
        "honestly not much i was happy with it maybe i'd communicate a bit more with the stakeholders "
        "and be more transparent with people"
    )
    assert "generic_reflection" in codes(answer, section="followup")


def test_a_reflection_padded_with_figures_still_fits_any_story() -> None:
    reflection = (
        "I think the biggest lesson is that alignment and trust matter most. Across my nine years and three "
        "companies I have run more than 40 projects, and every one of them went better when people trusted each "
        "other. Going forward I'll keep investing in relationships and transparency."
    )
    found = codes(reflection, section="reflection")
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


@pytest.mark.parametrize(
    "lesson",
    [
        # A value word beside the story's own things.
        "What I learned is that I shouldn't trust a batch size I haven't tested against the biggest merchant, "
        "so I now add the largest invoice file to every export test.",
        # A value word beside an organisational cause.
        "What I took away is that quality slipped because nobody owned the export once it shipped, so I added it "
        "to our team's on-call checklist.",
        # No value word at all.
        "The lesson for me was to measure memory on the biggest merchant before changing how rows are written.",
    ],
)
def test_a_lesson_tied_to_the_story_is_not_generic(lesson: str) -> None:
    found = codes(STORY + lesson)
    assert "generic_reflection" not in found
    assert "specific_reflection" in found


def test_a_spoken_lesson_tied_to_the_story_is_not_generic() -> None:
    found = codes(
        SPOKEN_STORY + "what i took from it is to load the biggest merchant's invoice lines in a test before i trust "
        "any export change"
    )
    assert "generic_reflection" not in found


def test_a_cue_that_leads_into_evidence_is_not_a_lesson() -> None:
    answer = (
        "Three things convinced me. The timeouts began the same night the invoice table passed ten million rows, "
        "and the job's memory climbed in a straight line until the container was killed. Streaming the rows "
        "flattened that line completely in staging."
    )
    assert "generic_reflection" not in codes(answer, section="followup")


def test_a_culture_of_learning_is_no_lesson() -> None:
    answer = (
        "We launched the new onboarding portal across all four offices, and the engineers there started a weekly "
        "reading group on their own. It created a culture of learning around the platform that I was glad to see "
        "grow, and the portal is used by every new starter today."
    )
    assert "specific_reflection" not in codes(answer)


def test_a_lesson_drawn_from_a_whole_career_fits_any_story() -> None:
    reflection = (
        "What I took from it is that, across my fourteen years at five different companies and dozens of launches, "
        "deadlines slip on nearly 90% of large projects. The billing export was one more example of that."
    )
    found = codes(reflection, section="reflection")
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


def test_what_was_realised_along_the_way_does_not_hide_a_generic_closing_lesson() -> None:
    answer = (
        "The nightly billing export kept failing for our largest merchants. I realised the job was loading every "
        "invoice line into memory before writing a single row. I changed it to stream rows in batches of five "
        "thousand. I added a test with two million lines. The export now finishes in eleven minutes instead of "
        "failing after three hours. Finance stopped rebuilding their reports by hand that week. The main lesson "
        "for me was that great engineers bring ownership and curiosity to everything."
    )
    assert "generic_reflection" in codes(answer)


def test_raising_issues_early_is_a_platitude() -> None:
    lesson = (
        "Key learning: on the billing export, escalate early and keep stakeholders informed about merchant invoices."
    )
    assert "generic_reflection" in codes(STORY + lesson)


def test_lessons_gathered_from_others_are_not_ones_own_lesson() -> None:
    answer = (
        "Before the migration I collected lessons from two other teams that had moved their billing exports, and "
        "shared them in our planning doc. We then moved the export to the streaming design over six weeks, one "
        "merchant tier at a time, and finance confirmed the totals matched to the cent each night."
    )
    assert "specific_reflection" not in codes(answer)


@pytest.mark.parametrize(
    "lesson",
    [
        "Honestly it taught me patience more than anything.",
        "it was a real lesson in humility and i think it made me a better engineer",
        "The biggest thing is to learn from your mistakes and not be afraid to ask for help.",
    ],
)
def test_a_virtue_the_story_taught_with_nothing_of_the_story_is_generic(lesson: str) -> None:
    assert "generic_reflection" in codes(STORY + lesson)


def test_a_virtue_named_beside_what_the_story_changed_is_not_generic() -> None:
    lesson = (
        "It taught me to be more careful with batch jobs: I now load test every export against a copy of the largest "
        "merchant's invoice lines before it ships, and finance gets the timings in the release notes."
    )
    assert "generic_reflection" not in codes(STORY + lesson)


@pytest.mark.parametrize(
    "ending",
    [
        # A gap in how the organisation works.
        "Looking back, the timeouts were one symptom of a wider gap: finance had no written runbook for month end.",
        "the reason it lasted a year is that each region ran its own copy of the export with its own settings",
        "Nobody had a single view of which merchants were affected, so every complaint started from scratch.",
        "The batch limits had never been reviewed against our largest customers since the job was written.",
        "the way complaints reached us was through account managers so engineering never saw them directly",
        # A recurring practice set up to last.
        "We now hold a capacity review for every job that touches invoices before peak season.",
        "we now go through all our scheduled jobs once a quarter with finance in the room",
        "I also made a load test against the largest merchant a requirement before any billing change ships.",
    ],
)
def test_an_organisational_gap_or_a_lasting_practice_is_systemic(ending: str) -> None:
    assert "systemic_insight" in codes(STORY + ending, "reflection")


@pytest.mark.parametrize(
    "ending",
    [
        "I now review my own queries against the biggest merchant before I merge them.",
        "We had no way of knowing the export was slow until finance told us, which I fixed with an alert.",
        "Each of the batches now takes about a second.",
    ],
)
def test_a_personal_habit_or_a_technical_detail_is_not_systemic(ending: str) -> None:
    assert "systemic_insight" not in codes(STORY + ending, "reflection")


@pytest.mark.parametrize(
    "lesson",
    [
        "What I took away is that if you take care of your people, the numbers take care of themselves.",
        "my big learning was when you focus on the user the results will follow",
        "The lesson is that speed and quality are not in conflict; quality is a habit, not just a slogan.",
    ],
    ids=["take-care-of-themselves", "results-follow", "not-in-conflict"],
)
def test_a_moral_that_promises_success_to_a_value_is_generic(lesson: str) -> None:
    assert "generic_reflection" in codes(STORY + lesson)


def test_a_lesson_in_the_second_person_tied_to_the_story_is_not_generic() -> None:
    lesson = (
        "The lesson I took is that when you stream a billing export you have to test it against the largest merchant, "
        "so I now keep a two-million-line fixture in the export's test suite."
    )
    assert "generic_reflection" not in codes(STORY + lesson)
