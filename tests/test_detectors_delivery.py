"""What the delivery detectors hear: weak reasons, hedging, answers told elsewhere, background before the problem."""

from __future__ import annotations

import pytest

from starcoach.analysis import analyze


def codes(text: str, section: str = "action", question: str | None = None) -> set[str]:
    return analyze(text, section=section, question=question).codes()


# A decision justified by habit, say-so, popularity, a rule, a feeling or "it was obvious", typed and spoken.
@pytest.mark.parametrize(
    "text",
    [
        "We kept the nightly batch because that's how we've always done it on this team.",
        "I went with Terraform since my tech lead preferred it.",
        "so we moved the jobs to rust cause everybody was moving to it at the time",
        "Our policy says we review every schema change in person, so I booked a review for the rename.",
        "I picked the vendor SDK based on my experience with similar tools.",
        "honestly it just made sense so i merged the two queues",
        "i kinda felt like we should split the repo so i started on it",
        "We didn't really look at other options, we just added a second replica.",
        "I chose the event bus over direct calls because it's the more scalable design for teams like ours.",
        "Swapping the ORM was a no-brainer for me, so I did it over two sprints.",
        "It seemed like the obvious choice, so the migration went ahead in May.",
        "I added feature flags to every screen because every mature team should have them.",
    ],
)
def test_reasons_with_nothing_behind_them_are_vague(text: str) -> None:
    assert "vague_rationale" in codes(text)


# The same openings with the stakes, the evidence or the cost of the alternative said, or the vague reason refused.
@pytest.mark.parametrize(
    "text",
    [
        "It made the most sense to batch the emails, because the provider billed us per call and we sent 2 million "
        "a day.",
        "My tech lead preferred Terraform, but the plan output we compared showed it would recreate the database.",
        "The obvious choice was a bigger instance, but the profiler showed the time went on lock waits.",
        "We had always done releases by hand, which cost us about two hours every Friday.",
        "I didn't want to restart the cluster on a hunch, so I replayed the failing requests on staging first.",
        "Looking back it was the right call to pause the launch; the refund queue would have doubled.",
        "I picked the vendor SDK because it was the only one with audit logging, which our contract with the bank "
        "required.",
    ],
)
def test_reasons_with_stakes_or_refused_are_not_vague(text: str) -> None:
    assert "vague_rationale" not in codes(text)


# An honest rough figure is not doubt about one's own work; softening one's part or result still is.
@pytest.mark.parametrize(
    "text",
    [
        "The old dashboard had been live maybe a month when I found the double counting and fixed the join.",
        "I rebuilt the import in two weeks, more or less, and it has run cleanly since.",
        "I think it showed me that a small shared test suite catches more than any review I ran.",
        "We held the retro every sprint, more or less the same format each time, and I kept the notes.",
    ],
    ids=["maybe-a-month", "weeks-more-or-less", "opinion", "more-or-less-the-same"],
)
def test_a_rough_figure_or_an_opinion_is_not_hedging(text: str) -> None:
    assert "hedging" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I more or less led the migration, and it more or less worked for the main tenants.",
        "We cut the bill by maybe 10 or 15 percent after I moved the jobs.",
        "I'd say I'm maybe seventy percent sure it was my change that fixed the timeouts.",
    ],
    ids=["softened-part", "range", "degree-of-certainty"],
)
def test_softening_ones_own_part_or_result_is_still_hedging(text: str) -> None:
    assert "hedging" in codes(text)


# An answer spent on leaving one's job or on how one usually works, instead of a story.
@pytest.mark.parametrize(
    "text",
    [
        "Honestly nobody at my current company listens to engineers and leadership never values the platform team. "
        "That's a big part of why I'm looking, and I'd love to work somewhere that takes reliability seriously.",
        "I always make sure to ask the customer what they need first, and I usually write a short doc before I "
        "build anything. Whenever there's a disagreement I try to find data, and in general I keep my manager in "
        "the loop.",
    ],
    ids=["job-search", "habits"],
)
def test_an_answer_spent_elsewhere_is_off_topic(text: str) -> None:
    assert "off_topic" in codes(text, section="answer", question="Tell me about a time you went beyond your role.")


def test_a_real_story_that_mentions_a_habit_or_the_next_role_is_on_topic() -> None:
    text = (
        "Our invoice export started timing out for large tenants in March. I always check the slow query log first, "
        "so I pulled it, found a missing index on the tenant column, added it and backfilled the stats. I replayed "
        "a week of exports on staging and the p95 fell from 40 s to 3 s, and I wrote the steps into the runbook. "
        "It is part of why I want my next role to have more data work."
    )
    assert "off_topic" not in codes(text, section="answer", question="Tell me about a time you dove deep.")


# A system described at length before the problem, where "started as" and "behind a gateway" are not the problem.
def test_system_description_read_as_background_not_as_the_problem() -> None:
    text = (
        "so our billing platform started as a rails monolith back when the company was small and now it is about "
        "nine services that sit behind a gateway and each service has its own database some on postgres some on "
        "dynamo and a couple on mysql and we deploy with "
        "argo on kubernetes and the frontend is react and there is a kafka pipeline for events and a spark job "
        "for the reports and one day the invoices started failing for the biggest customers"
    )
    assert "rambling_context" in codes(text, section="situation")


def test_a_situation_that_opens_with_the_problem_is_not_rambling() -> None:
    text = (
        "Invoices started failing for our three biggest customers on the first of the month. The billing service "
        "runs on Kubernetes behind a gateway, writes to Postgres and publishes events to Kafka, and the failures "
        "came from a Spark job that read those events a day late."
    )
    assert "rambling_context" not in codes(text, section="situation")


def test_a_single_hedge_is_quoted_without_a_count_of_others() -> None:
    one = analyze("It pretty much worked once I rewrote the retry logic myself.", section="action")
    several = analyze("I sort of led it, I guess, and it kind of worked in the end.", section="action")
    (alone,) = [f.message for f in one.findings if f.code == "hedging"]
    (many,) = [f.message for f in several.findings if f.code == "hedging"]
    assert "more hedge" not in alone and alone.startswith("“pretty much” makes")
    assert "(and 2 more hedges)" in many
