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


@pytest.mark.parametrize(
    "text",
    [
        # Putting it live, in the candidate's own words, with and without a subject.
        "I wrote the parser change, added tests for the odd formats and shipped a hotfix that evening.",
        "i moved the two noisiest queues first then switched the rest over by the end of the week",
        "Before switching the last region over, I ran both paths side by side for three days.",
        "I backfilled every affected account and turned the new check on for the billing service.",
        "I ran the rollout myself, one warehouse at a time.",
        # Coming back after it was live.
        "once it merged i watched the next three nightly runs and every one finished clean",
        "For the next month I sent their lead a short status note every Friday.",
        "A week later I checked the logs again and the expired links were all being refused.",
        "I checked back with the support lead after the first week to see if anything had slipped through.",
        # Finished in full, or when promised.
        "All eleven regional stores were on the new till software before the holiday freeze.",
        "The migration finished two days before the cut-off, as promised.",
    ],
)
def test_carrying_it_to_the_end_is_heard(text: str) -> None:
    assert "followthrough" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's release, or a release that only dates the story.
        "The platform team, six engineers, then ran the rollout across the other regions.",
        "After version 4.2 went out on a Tuesday, the crash rate on older tablets doubled.",
        "The vendor built the new scheduling flow and it went live in March.",
        # A plan, not a deed.
        "Once it's built I would follow up with the customer to make sure they're happy.",
        # "We launched" from an answer that never says what the candidate did.
        "We planned it for a quarter. We built the new flow, we tested it and we launched it in May.",
        # Going back to something else, and a location, are not follow-through.
        "After the proof of concept I went back to my normal work on the API team.",
        "The bug only showed up in production, under real traffic.",
    ],
)
def test_others_releases_plans_and_dates_are_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Four of the six product teams have since moved their nightly exports onto it.", "result"),
        ("I've applied the same retry pattern to two other partner integrations.", "reflection"),
        ("Every new service in the group now ships with that dashboard on day one.", "result"),
        ("any failed deploy now opens an incident ticket on its own", "result"),
        ("I moved the check into the shared library so every service using it would catch the same mistake.", "action"),
        ("The live captions have since been switched on for the whole company.", "result"),
        ("That review is now a required step before any schema change.", "reflection"),
    ],
)
def test_an_effect_beyond_the_fix_is_heard(text: str, section: str) -> None:
    assert "second_order_effect" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # Advice and scene-setting mandates are not effects the candidate caused.
        ("The lesson is that incremental refresh should be the default for any large table.", "reflection"),
        ("Our CFO set a company-wide target to cut cloud spend by a fifth.", "result"),
        # A count of runs, and other engineers simply acting, are not reuse.
        ("The test failed about one run in three before the fix.", "result"),
        ("One of the other engineers ran a quick benchmark on a spare box.", "action"),
    ],
)
def test_advice_mandates_and_counts_are_not_effects_beyond_the_fix(text: str, section: str) -> None:
    assert "second_order_effect" not in codes(text, section)
