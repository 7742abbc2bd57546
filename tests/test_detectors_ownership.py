"""Ownership detectors: handing a problem off, waiting on others, and whose idea the work was."""

from __future__ import annotations

import pytest

from starcoach.analysis import analyze


def codes(text: str, section: str, question: str | None = None) -> set[str]:
    return analyze(text, section=section, question=question).codes()


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # Passed on in the passive, with no one doing the passing.
        ("The incident was escalated to the storage group's manager, and I went back to my sprint.", "action"),
        ("A bug was filed against the invoicing service and they took it from there.", "action"),
        # Said by "we", in a transcript, and ended with giving up.
        ("so we flagged it to their lead in the channel and then you know we left it at that", "action"),
        # The telling joined to the step before it, its subject left out.
        ("I wrote up the repro steps and then flagged it to the owning team.", "action"),
        # What follows the telling is sitting in, seeing to it that others act, or an auxiliary: not work on it.
        (
            "I reported it to the vendor. I did mention it again at standup, I attended their weekly sync, "
            "and I made sure they had the logs.",
            "action",
        ),
    ],
)
def test_handoff_is_heard(text: str, section: str) -> None:
    assert "handoff" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # Told them, then did the work.
        (
            "I flagged it to the owning team. Then I rewrote the retry logic, added a regression test and "
            "rolled the fix out to every region.",
            "action",
        ),
        # A priority is not a party.
        ("The issue was escalated to P1 on the first morning.", "action"),
    ],
)
def test_handoff_is_not_heard_when_the_candidate_carries_it(text: str, section: str) -> None:
    assert "handoff" not in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("honestly it was her decision so i just let them get on with it", "followup"),
        ("There was no point in arguing with the architects, so the schema shipped as drawn.", "action"),
        ("I raised it once in the design review but I didn't push it any further.", "action"),
        ("i told them twice and there wasn't much more i could do", "action"),
        ("Months later the infra team picked it up.", "result"),
        ("My hands were tied until the vendor shipped a patch.", "action"),
        ("I stayed out of it while the two leads argued it out.", "action"),
    ],
)
def test_passive_waiting_is_heard(text: str, section: str) -> None:
    assert "passive_waiting" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # Deference followed by commitment is disagreeing and committing, not waiting.
        ("It was her call, so I committed to it and wrote the migration plan that week.", "action"),
        # What an alert tends to do is not how the story ended.
        ("We were paged nightly by a disk alert that fixed itself within the hour, so I replaced it.", "action"),
        ("I didn't push back in the meeting; I wrote a one-page comparison and sent it to the architect.", "action"),
    ],
)
def test_passive_waiting_is_not_heard_without_cause(text: str, section: str) -> None:
    assert "passive_waiting" not in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("My team lead came over to my desk and said the nightly export needed an owner.", "task"),
        ("Our head of platform asked me to look at why builds had doubled.", "task"),
        ("My director asked the three tech leads in the org to each write a proposal.", "task"),
        ("Senior leadership wanted to move every service onto the new cluster by spring.", "situation"),
        ("A task force was set up to bring the cloud bill down.", "task"),
        ("She asked if anyone had time to look at the bill, and I was between projects.", "followup"),
        ("The request came from our compliance lead, who needed someone to add the consent banner.", "task"),
    ],
)
def test_delegated_initiative_is_heard(text: str, section: str) -> None:
    assert "delegated_initiative" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # Feedback given is not work handed over.
        ("My lead gave me some feedback on the design doc, and I reworked the storage section.", "task"),
        # A cluster's capacity is not the candidate's free week.
        ("We had spare capacity on the batch cluster at night, so I moved the reports there.", "task"),
        # Asked, then went past the ask.
        (
            "My manager came to me about the flaky builds, and instead of just retrying them I rebuilt the runner.",
            "task",
        ),
    ],
)
def test_delegated_initiative_is_not_heard_without_cause(text: str, section: str) -> None:
    assert "delegated_initiative" not in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # The cause put on another party, politely and without a dismissive adverb.
        ("The launch slipped a fortnight, largely down to the design folks not sending final mocks.", "result"),
        ("Most of the rework happened because the previous owner hadn't written any tests.", "situation"),
        ("Honestly, a large part of the delay was that the vendor kept moving the go-live.", "result"),
        # The fault named as someone's, or their work judged.
        ("In the end it was really the integration partner's fault.", "reflection"),
        ("their onboarding documentation was honestly useless", "action"),
        # A condition on another party's act.
        ("If the billing team had flagged the change sooner, none of this would have happened.", "reflection"),
        # Slow others, and being left uninformed.
        ("Several of the regional teams were reluctant to adopt the new schema.", "result"),
        ("no one warned us that the export format was changing", "situation"),
        ("They renamed the queue without telling anyone on our side.", "situation"),
    ],
)
def test_blame_is_heard(text: str, section: str) -> None:
    assert "blame" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # A condition on the candidate's own act owns the miss.
        ("If I had flagged the change sooner, none of this would have happened.", "reflection"),
        # No one instructing the candidate is initiative, not a complaint.
        ("Nobody told me to rewrite the parser; I did it because the on-call load was unfair.", "action"),
        # A cause of blame named to reject it.
        ("The outage wasn't because the vendor failed us; our retry loop amplified it.", "reflection"),
    ],
)
def test_blame_is_not_heard_when_the_candidate_owns_it(text: str, section: str) -> None:
    assert "blame" not in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # Waiting on a person or a decision, the subject left out.
        ("I escalated it to their lead and waited.", "action"),
        ("so i pinged their manager and then just waited on sign-off from legal", "action"),
        ("We were waiting on the data team to prioritise the fix.", "action"),
        ("I held off on the change until the platform team got back to me.", "action"),
        # Letting it sit, deferring to a sense of place, or presuming another team would act.
        ("Honestly I let the ticket sit for a sprint.", "action"),
        ("I didn't feel it was my place to edit their alert rules.", "followup"),
        ("I assumed the owning team would pick it up.", "action"),
        ("i didn't want to make waves with the senior folks", "followup"),
        # Living with it meanwhile, or taking a promise on trust.
        ("In the meantime we kept restarting the pods by hand.", "action"),
        ("We were told it would be looked at in their next planning cycle.", "result"),
    ],
)
def test_passive_waiting_new_forms_are_heard(text: str, section: str) -> None:
    assert "passive_waiting" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # Waiting set aside.
        ("Rather than waiting on the data team to prioritise it, I wrote the query myself.", "action"),
        ("If I had waited until Monday, every weekend order would have failed.", "action"),
        # Waiting on one's own check is verifying.
        ("I waited for the canary to finish before rolling out to every region.", "action"),
    ],
)
def test_passive_waiting_is_not_heard_when_waiting_is_set_aside(text: str, section: str) -> None:
    assert "passive_waiting" not in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("I brought it up with their tech lead and went back to my own sprint.", "action"),
        ("i put it on the infra team's radar and that was that", "action"),
        ("I suggested a shared checklist at the retro, though I'm not sure if it ever got adopted.", "action"),
    ],
)
def test_handoff_new_forms_are_heard(text: str, section: str) -> None:
    assert "handoff" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("It was my release that broke it, so I treated it as mine to fix.", "task"),
        ("Instead of filing a ticket on their board, I paired with their engineer on the patch.", "action"),
        ("i went digging through the pager history and found two alerts caused most of the noise", "action"),
        ("During my own review of the export I found the totals were off by a day.", "situation"),
    ],
)
def test_self_initiated_new_forms_are_heard(text: str, section: str) -> None:
    assert "self_initiated" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Nobody had asked me to look at the flaky suite, but it was costing everyone an hour a day.", "task"),
        ("no one had a ticket for the duplicate emails so i took it", "task"),
        ("The cleanup wasn't on anyone's roadmap.", "situation"),
    ],
)
def test_scope_boundary_new_forms_are_heard(text: str, section: str) -> None:
    assert "scope_boundary" in codes(text, section)


def test_scope_boundary_is_not_heard_when_the_work_was_assigned() -> None:
    assert "scope_boundary" not in codes("My manager asked me to look at the flaky suite.", "task")


@pytest.mark.parametrize(
    ("text", "waits"),
    [
        # A reluctance to confront that gives way to a step of one's own chose a channel; it is not waiting.
        (
            "I didn't want to argue it out in the design doc comments, so I booked half an hour with the architect "
            "and walked her through the load figures.",
            False,
        ),
        ("i did not want to overstep so instead i wrote the patch myself and asked their lead to review it", False),
        # The same reluctance followed by letting it go, or by nothing of one's own, is still waiting.
        ("I didn't want to make waves with the architect, so I just went along with her design.", True),
        ("I didn't want to rock the boat. Their team eventually changed the schema in the spring.", True),
    ],
    ids=["booked-a-meeting", "wrote-it-instead", "let-it-go", "nothing-after"],
)
def test_a_reluctance_is_waiting_only_when_nothing_of_ones_own_replaces_it(text: str, waits: bool) -> None:
    assert ("passive_waiting" in codes(text, "action")) is waits


def test_a_request_after_the_candidates_own_steps_is_not_where_the_work_started() -> None:
    late = (
        "I noticed the nightly reconciliation skipped refunds issued after midnight. I wrote a query to list them, "
        "found 212 missed in March, and patched the cut-off to use the settlement date. My manager asked me to "
        "take on the backfill, which I ran over a weekend."
    )
    early = (
        "My manager asked me to look into why the nightly reconciliation skipped refunds. I wrote a query to list "
        "them and patched the cut-off to use the settlement date."
    )
    assert "delegated_initiative" not in codes(late, "action")
    assert "delegated_initiative" in codes(early, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The infra team had other priorities and kept putting it off quarter after quarter, so the fix slipped.",
        "a couple of the regional teams honestly slowed everything down at the start",
        "Procurement made the whole rollout far more painful than it needed to be.",
        "The security group were really unresponsive, and that is why we missed the date.",
    ],
    ids=["kept-putting-off", "slowed-down", "more-painful-than-needed", "unresponsive"],
)
def test_others_cast_as_what_held_the_work_up_is_blame(text: str) -> None:
    assert "blame" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The infra team was short of people that quarter, so I offered to write the migration myself.",
        "I slowed things down on purpose: I asked for a week of shadow traffic before we switched.",
        "The rollout took longer than planned because I had underestimated the data volume.",
    ],
    ids=["constraint-then-own-step", "own-choice", "own-misjudgement"],
)
def test_a_constraint_or_ones_own_delay_is_not_blame(text: str) -> None:
    assert "blame" not in codes(text, "action")
