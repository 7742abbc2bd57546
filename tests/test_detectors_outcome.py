"""What lasted and how it ended: the trade-off weighed, the work carried to the end, the effect beyond the fix."""

from __future__ import annotations

import pytest

from starcoach.analysis import analyze


def codes(text: str, section: str = "action") -> set[str]:
    return analyze(text, section=section).codes()


@pytest.mark.parametrize(
    "text",
    [
        # The option turned down, named beside the one taken.
        "I had two options: pin the old client version or rewrite the adapter against the new API.",
        "we could have just raised the timeout on the gateway but that would only have hidden the slow queries",
        "I could revert the schema change, which would lose a day of signups, or patch the reader to accept both.",
        "I weighed a weekend of failed renewals against a handful of duplicate emails and sent the emails.",
        "I proposed a middle ground: keep the nightly batch, but flush it early whenever a refund comes in.",
        "The flag could be switched off in one click, so I turned it on for the smallest region first.",
        "Holding the release meant four more days of broken exports for our biggest customer.",
        # What the choice cost, said plainly.
        "It cost us about two weeks of roadmap, and the pricing page stayed on the old design until June.",
        "i moved the reconciliation job to the quiet hours which costs us same-day reporting for the small merchants",
        "I accepted that the report would arrive an hour later in exchange for halving the warehouse bill.",
        "That pushed the search redesign back by a sprint, which I told the product lead myself.",
        "We slipped the launch by three days so the migration could run twice against a copy of production.",
        "I kept the legacy export running for later and gave up the clean cut-over I had wanted.",
    ],
)
def test_a_choice_weighed_is_heard(text: str) -> None:
    assert "tradeoff" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # A contrast of method is not a choice with a cost.
        "I rang the customer's engineer directly instead of letting support send the usual template.",
        "I started from the raw order events rather than the dashboard everyone quoted.",
        "I pulled the copies into one shared helper instead of patching each of the nine services.",
        # Customers who give up abandon; they trade nothing.
        "Shoppers on slow phones gave up before the page loaded, so I profiled the bundle on a cheap handset.",
        # A mishap's cost was not chosen.
        "My first estimate was wrong in a way that cost us a fortnight of rework on the importer.",
        # A platitude, and a rule of thumb for some other day.
        "Looking back, there are trade-offs in everything and you have to balance them.",
        "If the change is reversible, I would move quickly and then watch the numbers.",
    ],
)
def test_a_contrast_or_a_platitude_is_not_a_tradeoff(text: str) -> None:
    assert "tradeoff" not in codes(text)


def test_an_answer_of_what_one_would_do_weighs_nothing() -> None:
    text = (
        "I would first work out what waiting costs. If it's a one-way door, I'd slow down and ask for more input, "
        "and I would write down my assumptions so we could revisit them."
    )
    assert "tradeoff" not in codes(text, "followup")
