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
        ("In my second month I got tasked with moving the invoices off the old mainframe.", "task"),
        ("i got handed the flaky checkout tests because i was the newest on the team", "task"),
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
        # Finding out is a step of one's own too.
        (
            "I didn't want to push back on a feeling, so I profiled the endpoint under production load and showed "
            "the team where the time went.",
            False,
        ),
        # The same reluctance followed by letting it go, or by nothing of one's own, is still waiting.
        ("I didn't want to make waves with the architect, so I just went along with her design.", True),
        ("I didn't want to rock the boat. Their team eventually changed the schema in the spring.", True),
    ],
    ids=["booked-a-meeting", "wrote-it-instead", "profiled-instead", "let-it-go", "nothing-after"],
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


# A strong answer comes near each mistake's words without making it: a constraint met with a step of one's own, a
# miss owned or another side seen fairly, a wait used for work, a telling followed by the fix, a go-ahead the
# candidate asked for.
STRONG_NEAR_MISSES = [
    (
        "blame",
        (
            "Because the data team didn't have a staging environment, I built a small one from our fixtures so "
            "we could test together."
        ),
        "action",
    ),
    (
        "blame",
        (
            "Since the previous owner hadn't left any docs, I spent my first week reading the code and wrote the "
            "runbook myself."
        ),
        "situation",
    ),
    (
        "blame",
        (
            "The client told us, quote, you keep changing the requirements on us, and she was right, so I froze "
            "the export format and versioned it."
        ),
        "action",
    ),
    (
        "blame",
        (
            "The design folks were slower to sign off than I'd planned for, which was my planning error, so next "
            "time I book their review in week one."
        ),
        "reflection",
    ),
    (
        "blame",
        "the real issue was that qa hadn't been given the test data which was on me since i owned the fixtures",
        "reflection",
    ),
    (
        "blame",
        (
            "so the outage came from their side the gateway was dropping headers but honestly our client should "
            "have handled that so i added a fallback"
        ),
        "action",
    ),
    (
        "blame",
        (
            "Our PM changed priorities every week during the launch, which is normal for a launch, so I kept a "
            "one-page plan we re-ranked each Monday."
        ),
        "action",
    ),
    (
        "blame",
        "I'd warned them in the design review, but rather than say I told you so I paired with their lead on the fix.",
        "action",
    ),
    (
        "blame",
        (
            "Since the platform team had never tested at our volume, I ran the load test myself and shared the "
            "results with them."
        ),
        "action",
    ),
    (
        "blame",
        (
            "um basically because the mobile folks couldn't reproduce it on their devices i borrowed a test "
            "phone and reproduced it with them"
        ),
        "action",
    ),
    (
        "passive_waiting",
        (
            "While we waited on legal's sign-off, I built the feature behind a flag so it could ship the day "
            "they approved."
        ),
        "action",
    ),
    (
        "passive_waiting",
        "I let the team decide the naming, since it mattered more to them, and I focused on the migration tooling.",
        "action",
    ),
    (
        "passive_waiting",
        (
            "As tech lead I stepped back and let the junior engineer own the rollout, and I reviewed her plan "
            "with her each morning."
        ),
        "action",
    ),
    (
        "passive_waiting",
        "I hoped they would pick it up on their own, but when nothing moved in a week I wrote the patch myself.",
        "action",
    ),
    (
        "passive_waiting",
        (
            "At first I assumed the platform team would handle it, but after a day I realised nobody was on it "
            "and took it."
        ),
        "action",
    ),
    (
        "passive_waiting",
        (
            "i was told to hold off but i showed my manager the error rate and she agreed we should ship the fix "
            "that afternoon"
        ),
        "action",
    ),
    (
        "passive_waiting",
        "The alert resolved itself within minutes every time, which is exactly why it was noise, so I deleted it.",
        "action",
    ),
    (
        "passive_waiting",
        (
            "Eventually the platform team picked it up and built it into their base image, after I had shipped "
            "the first version for our services."
        ),
        "result",
    ),
    (
        "passive_waiting",
        "My hands were tied on pricing, so I focused on what I could change, which was checkout latency.",
        "action",
    ),
    (
        "passive_waiting",
        "we lived with the flaky test for two sprints while i rewrote the harness underneath it",
        "action",
    ),
    (
        "passive_waiting",
        (
            "We kept it in the backlog on purpose, because the data showed only three customers hit it, and I "
            "wrote up why."
        ),
        "action",
    ),
    (
        "passive_waiting",
        (
            "I left it as is for the first release, since a rewrite would have pushed the launch a month, and I "
            "scheduled the rewrite for the next quarter."
        ),
        "action",
    ),
    (
        "passive_waiting",
        "The vendor never fully figured out the cause, so I wrote a guard that made it harmless on our side.",
        "action",
    ),
    (
        "passive_waiting",
        (
            "In the meantime I kept the old cron job running by hand so no reports were missed, and I wrote the "
            "new scheduler."
        ),
        "action",
    ),
    (
        "passive_waiting",
        "so i waited for the product lead to get back from leave and in the meantime i built a prototype to show her",
        "action",
    ),
    ("handoff", "I filed a ticket for the record and then fixed it myself that afternoon.", "action"),
    (
        "handoff",
        "The issue was escalated to me by the on-call at two in the morning, and I took it from there.",
        "action",
    ),
    (
        "handoff",
        (
            "I handed the runbook over to the SRE team after training them on it for two weeks, and they have "
            "run it since."
        ),
        "result",
    ),
    ("handoff", "I let Priya know the fix was live and sent her the before-and-after numbers.", "result"),
    ("handoff", "I raised it in the retro and took the action to fix the alert routing myself.", "action"),
    (
        "handoff",
        "I escalated it to the director with a proposal for which team should own it, and then I led the migration.",
        "action",
    ),
    (
        "handoff",
        "Once the migration was done I handed the service over to the team that would run it, with a runbook I wrote.",
        "result",
    ),
    (
        "delegated_initiative",
        "Nobody asked me to; I was told about the outage by a customer, not by anyone at work.",
        "task",
    ),
    (
        "delegated_initiative",
        (
            "I used my free time that week to dig into why the cache hit rate had dropped, because it was "
            "costing us 30% more in compute."
        ),
        "task",
    ),
    ("delegated_initiative", "My manager told me later that the VP had noticed the drop in tickets.", "followup"),
    (
        "delegated_initiative",
        "The task force was set up after my write-up: I'd documented the 14 incidents and taken them to the director.",
        "situation",
    ),
    (
        "delegated_initiative",
        "My lead asked me how I'd found the bug, and I walked her through the profiler traces.",
        "followup",
    ),
    (
        "delegated_initiative",
        "I proposed the audit in our planning meeting, and my manager gave me the sprint to do it.",
        "task",
    ),
]


@pytest.mark.parametrize(("code", "text", "section"), STRONG_NEAR_MISSES)
def test_a_strong_phrasing_near_a_mistake_is_not_accused_of_it(code: str, text: str, section: str) -> None:
    assert code not in codes(text, section)


# The same mistakes, in forms the earlier phrase families did not hear.
WEAK_NEW_FORMS = [
    (
        "blame",
        "Honestly the whole thing was on the QA team; they signed it off without running the regression suite.",
        "result",
    ),
    ("blame", "Leadership set an impossible deadline and then acted surprised when we missed it.", "result"),
    ("blame", "they never read the runbook i wrote so of course it broke again", "result"),
    ("blame", "It was entirely the networking team's mistake, not anything we did.", "reflection"),
    ("blame", "We missed the date thanks to the vendor being slow to respond.", "result"),
    ("blame", "the designers kept changing the mocks so we could never finish", "result"),
    ("passive_waiting", "I figured the other team had it covered.", "action"),
    ("passive_waiting", "so yeah we just kind of waited it out", "action"),
    ("passive_waiting", "We parked it until someone from the platform side had time.", "action"),
    ("passive_waiting", "It sat in their queue for two months.", "result"),
    ("passive_waiting", "I was hoping the vendor would come back with a fix.", "action"),
    ("passive_waiting", "I held off until my director gave the go-ahead.", "action"),
    ("passive_waiting", "Nobody picked it up, so it just stayed broken for a while.", "result"),
    ("passive_waiting", "I didn't chase it after that.", "action"),
    ("passive_waiting", "we sort of waited for someone senior to make a decision", "action"),
    ("passive_waiting", "I left it to the architects to decide.", "action"),
    ("passive_waiting", "I assumed someone on the infra side would notice eventually.", "action"),
    ("handoff", "I logged it in their Jira and moved on.", "action"),
    ("handoff", "so i just sent it over to the platform folks and they dealt with it", "action"),
    ("handoff", "That was the end of my involvement; the infra team owned it from there.", "action"),
    ("handoff", "Once I'd written it up I gave it to the SRE team to fix.", "action"),
    ("handoff", "I pointed their on-call at the logs and left them to it.", "action"),
    ("handoff", "we kicked it over to the database team", "action"),
    ("handoff", "I made their manager aware and it was sorted a few weeks later.", "action"),
    ("handoff", "i assigned the bug to their team and closed my ticket", "action"),
    ("delegated_initiative", "The migration landed on my plate after the reorg.", "task"),
    ("delegated_initiative", "our vp wanted the dashboards done by q3 so that's what i worked on", "task"),
    ("delegated_initiative", "I had a quiet couple of weeks so I thought I'd look at the alerts.", "task"),
    ("delegated_initiative", "My manager put it on my plate.", "task"),
    ("delegated_initiative", "The director made it my job to sort out the release process.", "task"),
    ("delegated_initiative", "Management handed down a mandate to cut costs by 15%.", "situation"),
]


@pytest.mark.parametrize(("code", "text", "section"), WEAK_NEW_FORMS)
def test_a_weak_phrasing_is_heard(code: str, text: str, section: str) -> None:
    assert code in codes(text, section)


# Readings that must hold: a cause that opens a sentence still blames when no step of one's own follows it, and a
# request the candidate only asked to be given still starts with someone else.
STILL_HEARD = [
    ("blame", "Because the infra team didn't bother to review my change, it sat for two weeks.", "action"),
    ("blame", "Frankly, product dropped the ball on this one.", "reflection"),
    ("passive_waiting", "there wasn't much i could do until they got back to us", "action"),
    ("handoff", "I escalated and the director handled it.", "action"),
    (
        "handoff",
        (
            "In Q3 I handed the mentoring over to another engineer because I moved to a new project, but I "
            "checked in with them once."
        ),
        "action",
    ),
    ("delegated_initiative", "My manager wanted me to own the rollout.", "task"),
    (
        "delegated_initiative",
        "I asked my manager what to pick up next, and my manager gave me the billing migration.",
        "task",
    ),
]


@pytest.mark.parametrize(("code", "text", "section"), STILL_HEARD)
def test_the_mistake_is_still_heard_without_a_step_of_ones_own(code: str, text: str, section: str) -> None:
    assert code in codes(text, section)


OWNERSHIP_PROBE = "Tell me about a time you took ownership of something outside your job."


@pytest.mark.parametrize(
    "text",
    [
        (
            "It was my team's service, so the outage was ours to deal with. I got paged at two, rolled back the "
            "deploy, found the migration that locked the orders table, rewrote it in batches, and added a lint "
            "check that now blocks long locks."
        ),
        (
            "The code was mine, since I had written the original importer two years earlier. When it started "
            "dropping rows I traced it to a timezone bug, fixed it, backfilled the missing data, and wrote a "
            "checker that runs after every import."
        ),
        (
            "It was a shared library that every team used and no team looked after. I noticed the security "
            "advisory, upgraded it across eleven services, wrote the migration notes, and set up a bot so "
            "upgrades now arrive as pull requests."
        ),
        (
            "The vendor owned the SDK, but our customers felt the bug, so I treated it as ours. I built a "
            "minimal repro, sent the vendor a patch, and shipped a workaround in our app the same week that cut "
            "crashes by 80 percent."
        ),
        (
            "it was technically the data platform team's problem but they were in the middle of a migration so i "
            "wrote the fix in their repo had them review it and rolled it out with their on call watching and "
            "the dashboards went green"
        ),
        (
            "As the owner of the checkout service I was accountable for its error budget. When the budget burned "
            "in a day I traced it to a retry storm, added jittered backoff, and wrote a playbook that we now use "
            "across the team."
        ),
        (
            "The runbook had been written by a team that was disbanded in the reorg, so nobody maintained it. I "
            "rewrote it, tested each step in staging, and got our on-call to adopt it; pages that needed "
            "escalation fell by half."
        ),
        (
            "i was on call that week so it was mine to sort out i found the queue was backing up because one "
            "consumer had died i restarted it added a liveness check and wrote up why it had gone unnoticed for "
            "six hours"
        ),
    ],
)
def test_whose_problem_it_was_said_outright_answers_an_ownership_question(text: str) -> None:
    assert "missing_scope_boundary" not in codes(text, "followup", OWNERSHIP_PROBE)
    assert "missing_scope_boundary" not in analyze(text, section="answer", lp="ownership").codes()


@pytest.mark.parametrize(
    "text",
    [
        "so i raised it with the infra team and then it was really up to them, they got to it about a month later",
        "I flagged the risk in the design review and after that it was out of my hands.",
        "We put a ticket in their backlog and basically just had to be patient until their next planning cycle.",
        "I mentioned it to my manager a couple of times but he said to leave it, so I did.",
        "honestly we just lived with the flaky tests for most of the quarter until the platform folks had capacity",
        "The decision sat with product, so I kept doing my other work until they made up their minds.",
        "Once I'd escalated it, the ball was in their court.",
        "we were blocked on security sign-off for three weeks and used the time to tidy up documentation",
        "It was assigned to another squad so I left it with them and checked back at the end of the sprint.",
    ],
)
def test_leaving_it_in_others_hands_is_waiting(text: str) -> None:
    assert "passive_waiting" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The rollout decision was up to me, so I staged it region by region and watched the error budget.",
        "It was up to them whether to adopt the library, so I wrote a migration guide and paired with their lead.",
        "We were blocked on security sign-off for a week, so I built the feature behind a flag in the meantime.",
        "I didn't hear back from the vendor, so I reproduced the bug on their sample app and sent them the trace.",
        "The decision sat with the director, so I wrote her a one-page comparison of both options with their costs.",
        "I had to be patient with the migration: I ran it in batches overnight for a week and verified each batch.",
    ],
)
def test_a_wait_the_candidate_filled_with_their_own_steps_is_not_waiting(text: str) -> None:
    assert "passive_waiting" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "the outage happened because ops pushed a config change without telling anyone",
        "We missed the deadline mostly because design was three weeks late with the mockups.",
        "The previous engineer left the code in a terrible state, which made everything take twice as long.",
        "Sales promised the customer a feature that didn't exist, and we were left to clean up the mess.",
    ],
)
def test_acting_unannounced_lateness_or_a_predecessors_mess_as_the_reason_is_blame(text: str) -> None:
    assert "blame" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The outage started with a config change from the ops team; I added a validation step so it can't recur.",
        "Design delivered the mockups late because they were pulled onto the pricing launch, so I built on wireframes.",
        "The previous engineer had left no tests, so before changing anything I wrote tests around the billing module.",
    ],
)
def test_others_part_told_as_context_before_ones_own_step_is_not_blame(text: str) -> None:
    assert "blame" not in codes(text, "action")


# Heard now: waiting left to another party, blame told politely (each fails without the readings it names).
NEWLY_HEARD = [
    ("passive_waiting", "We parked it pending the vendor's response and picked other work up."),
    ("passive_waiting", "I assumed product would pick it up once they had capacity."),
    ("passive_waiting", "The request sat in the security team's queue for about a month."),
    ("passive_waiting", "we put it on hold until legal got back to us"),
    (
        "passive_waiting",
        "The fix didn't land until the next quarter because it was on their roadmap, so we just "
        "lived with the manual workaround.",
    ),
    ("passive_waiting", "i figured the on call engineer would deal with it in the morning"),
    ("passive_waiting", "We were stuck until the client signed off on the scope, which took six weeks."),
    ("passive_waiting", "I kept following up on the thread but nothing really happened for a while."),
    ("passive_waiting", "I held off on changing anything until the supplier confirmed the spec."),
    ("passive_waiting", "we just kind of let it run its course"),
    ("passive_waiting", "I kept checking the status page and hoped it would clear up."),
    ("passive_waiting", "I left the ticket open and moved on to my sprint work until they responded."),
    ("blame", "The previous team left it in a bit of a state, so it took us a while."),
    ("blame", "The vendor's SDK was the real problem here."),
    ("blame", "Legal held us up for about three weeks."),
    ("blame", "Honestly the delay was down to procurement taking forever to approve the licence."),
    ("blame", "The contractors had written no tests at all, so naturally things broke."),
    ("blame", "The root cause was that the upstream team pushed a breaking change without any notice."),
    ("blame", "i mean the data was garbage coming in from the other team so what can you do"),
    ("blame", "Marketing overpromised to the customer and we had to deal with the fallout."),
    ("blame", "the night shift didn't hand over properly and that's how the error happened"),
    ("blame", "Sales sold a feature that didn't exist yet."),
    ("blame", "The offshore team's code quality was poor, which caused most of the bugs."),
    ("blame", "the product owner never really knew what they wanted"),
    ("blame", "The other developer wrote it badly and I had to rewrite it."),
    ("blame", "it was a failure on the part of the supplier"),
    ("blame", "the surgeon's team didn't communicate the change in the schedule to us"),
    ("blame", "we inherited a codebase that was honestly a disaster"),
    ("blame", "security were being really obstructive about the whole thing"),
    ("blame", "the teacher before me hadn't covered any of the syllabus so the class was way behind"),
    ("blame", "the outage was caused by another team's deploy, not ours"),
    ("blame", "They dropped it on us at the last minute with no documentation."),
    ("blame", "the finance team were the bottleneck as usual"),
]


@pytest.mark.parametrize(("code", "text"), NEWLY_HEARD)
def test_a_weak_phrasing_told_in_other_words_is_heard(code: str, text: str) -> None:
    assert code in codes(text, "answer")


# A step of the candidate's own after the telling, its subject left out; a wait on one's own check; another
# party's part told neutrally or owned.
STRONG_NEARBY = [
    (
        "handoff",
        "I raised a ticket for the platform team and, since it was blocking us, paired with their "
        "on-call to ship the fix that afternoon.",
    ),
    (
        "handoff",
        "I escalated to my director and proposed two options with costs; she picked one and I led the rollout.",
    ),
    (
        "handoff",
        "I reported the bug to the vendor with a minimal reproduction and, meanwhile, shipped a "
        "workaround behind a flag.",
    ),
    ("handoff", "I raised it with the owning team, agreed I'd do the fix, and merged it after their review."),
    ("passive_waiting", "We waited for the canary to bake for 24 hours before promoting it."),
    (
        "passive_waiting",
        "While the vendor investigated, I built a fallback that routed traffic to the secondary provider.",
    ),
    (
        "passive_waiting",
        "I didn't wait for the platform team; I wrote the patch myself and sent it to them for review.",
    ),
    ("passive_waiting", "We held the release for a day so I could run the full regression suite."),
    (
        "passive_waiting",
        "I waited a week to collect enough data before drawing conclusions, then presented the numbers.",
    ),
    ("passive_waiting", "Rather than waiting on legal, I drafted the clause myself and asked them to review it."),
    ("blame", "The outage was caused by my config change; I hadn't tested the failover path."),
    ("blame", "The other team owned the service, so I wrote to their lead and we agreed on a fix together."),
    (
        "blame",
        "Legal needed three weeks for the review, so I planned the launch around it and used the "
        "time to finish the docs.",
    ),
    ("blame", "The vendor's SDK had a memory leak; I reproduced it, worked around it and sent them a minimal repro."),
    ("blame", "Part of that was on me: I should have checked the schema change with the data team earlier."),
    (
        "blame",
        "The previous team had built it under a lot of time pressure, which made sense given the "
        "launch, and I documented what I found.",
    ),
    (
        "blame",
        "The client's data arrived late, which is normal at year end, so I built the pipeline against a sample first.",
    ),
    ("blame", "Looking back, I underestimated how long QA would need, and I now book their time at kickoff."),
]


@pytest.mark.parametrize(("code", "text"), STRONG_NEARBY)
def test_a_strong_phrasing_nearby_is_not_flagged(code: str, text: str) -> None:
    assert code not in codes(text, "answer")


@pytest.mark.parametrize(
    "setting",
    [
        "Billing belonged to finance and the ledger to the data team, and each assumed someone else had it covered.",
        "The two squads both figured someone would notice the expiring certificate before it mattered.",
        "everyone thought the vendor had it in hand so the ticket just aged",
        "The night shift expected the day shift would pick it up, and the day shift expected the reverse.",
    ],
)
def test_others_presuming_someone_would_act_is_the_setting_not_the_candidate_waiting(setting: str) -> None:
    story = setting + " I pulled the failing jobs myself, traced them to one expired key and rotated it that afternoon."
    assert "passive_waiting" not in codes(story, "answer")


@pytest.mark.parametrize(
    "waited",
    [
        "I assumed someone else had it covered, so I left it for the on-call rota.",
        "we figured someone on the platform team would notice and fix it",
    ],
)
def test_the_candidate_presuming_someone_would_act_is_still_waiting(waited: str) -> None:
    assert "passive_waiting" in codes(waited, "answer")


LONG_STORY = (
    "I moved from payments to the hospital scheduling team and knew nothing about rostering. I spent two weeks on the "
    "wards with the charge nurses, read the union agreement on rest periods, and rebuilt the shift model around the "
    "eleven-hour rest rule they actually worked to. Rota complaints fell from about thirty a month to six."
)


def test_a_question_about_learning_outside_ones_expertise_is_not_an_ownership_question() -> None:
    learning = "Tell me about a time you learned something well outside your area of expertise."
    assert "missing_scope_boundary" not in codes(LONG_STORY, "answer", learning)
    remit = "Tell me about a time you fixed something outside your team's remit."
    assert "missing_scope_boundary" in codes(LONG_STORY, "answer", remit)


# Whole answers, strong and weak, that come near these codes.
OWNERSHIP_STRONG = [
    # A request the candidate says they went further than.
    (
        "delegated_initiative",
        (
            "Our support queue for a payroll product had a backlog of 1,200 tickets after a tax rule change. "
            "My team lead asked me to triage the backlog, and I went further than triage. I read two hundred "
            "tickets, grouped them into nine causes, and found that 60% came from one confusing screen. I "
            "wrote a help article, recorded a two-minute video, and sent a proposal to the product manager "
            "for a wording change, which she approved and shipped that week. I then built saved replies for "
            "the other causes. The backlog was cleared in eight days and new tickets on that topic fell by "
            "70%. I learned that the quickest way to clear a queue is to stop it filling."
        ),
    ),
    # A ticket handed over that the candidate traced, reproduced and then fixed.
    (
        "delegated_initiative",
        (
            "I was assigned an on-call ticket about intermittent timeouts in the search service. Most people "
            "would have restarted the pods. I traced the timeouts to garbage collection pauses, reproduced "
            "them under load, and found a cache that grew without a limit. I capped it, added metrics for its "
            "size and wrote a test that fails if it grows past the cap. Timeouts went from about two hundred "
            "a day to none, and I shared the write-up with the other teams that used the same library. I "
            "learned that a recurring alert is a bug, not a chore."
        ),
    ),
    # A machine idle each morning is the problem found, not spare time.
    (
        "delegated_initiative",
        (
            "Our hospital lab had a backlog of blood results on Monday mornings. I timed every step for two "
            "weeks and found the analyser was idle for an hour each morning during calibration. I suggested "
            "calibrating on Sunday night instead, and wrote a one-page plan with the risks. The change was "
            "agreed at the lab meeting. I set up the Sunday schedule, trained the two night technicians, and "
            "tracked turnaround for six weeks. Monday turnaround fell from four hours to two and a half. I "
            "learned that timing a process yourself beats asking people how long it takes."
        ),
    ),
    # A request the candidate went beyond, with a proposal of their own.
    (
        "delegated_initiative",
        (
            "My manager asked me to look into why our returns desk was slow. That was the ask, but I went "
            "well beyond it. I sat on the desk for two full days, timed forty returns myself and found that "
            "most of the delay was a manual refund approval that nobody had questioned in years. I wrote a "
            "proposal to auto-approve refunds under thirty pounds, ran it past finance and piloted it in two "
            "stores for three weeks. I built a small dashboard so the store managers could see queue times "
            "every hour. Average time at the desk fell from nine minutes to three and a half, and complaints "
            "about returns dropped by 40%. I learned that the request is usually the symptom, not the "
            "problem."
        ),
    ),
    # Raised with the owner, then the candidate updated the table themselves.
    (
        "handoff",
        (
            "A customer reported that exported invoices had the wrong VAT rate. I reproduced it, found the "
            "rate table was out of date, and because the table belonged to the tax team I raised it with "
            "their lead. She agreed I should make the change, so I updated the table, wrote a test for each "
            "rate and re-issued the 140 affected invoices. No further complaints came in and the audit "
            "passed. I learned to ask owners for permission and then do the work myself."
        ),
    ),
    # Raised with the other side after a workaround of the candidate's own.
    (
        "handoff",
        (
            "Orders from one marketplace were arriving with missing addresses. It turned out the marketplace "
            "had changed its export and dropped a field for some countries. I wrote a check that held those "
            "orders, emailed the buyers for the address automatically, and raised it with the marketplace's "
            "partner manager with three examples. While they worked on their side, my check saved around two "
            "hundred orders. When they fixed the export I removed the hold. Lost orders went from sixty a "
            "month to zero. I learned to guard the boundary of systems I don't own."
        ),
    ),
    # Escalated, then acted while help was on its way.
    (
        "handoff",
        (
            "During a night shift I saw the freezer temperature on bay four climbing about a degree an hour. "
            "I escalated it to the facilities on-call straight away, and while they were on their way I moved "
            "the highest value stock to bay two, logged the temperatures every fifteen minutes and set up a "
            "temporary fan. When the engineer arrived I showed him my log, which pointed him to a failed fan "
            "relay. I then wrote a short procedure for the other supervisors and added the bay to our hourly "
            "checks. We lost no stock, about £18,000 of product, and the procedure has been used twice since. "
            "What I learned is that escalating is the start of my job, not the end of it."
        ),
    ),
    # Letters the candidate found sitting in a queue: what they set out to change.
    (
        "passive_waiting",
        (
            "Our ward's discharge letters were taking three days to reach GPs. I mapped the process with two "
            "nurses and a consultant, and I found the letters sat in a print queue waiting for a signature. I "
            "proposed electronic signing, wrote the guidance, trained the doctors on the ward in four short "
            "sessions and checked every letter for the first fortnight. We got the average down to same-day "
            "within a month, and we have kept it there since. I learned that small steps nobody owns are "
            "often where the delays live."
        ),
    ),
    # A deliberate bake period, with work done during it.
    (
        "passive_waiting",
        (
            "I led the rollout of a new pricing engine for our online store. I built it behind a feature "
            "flag, wrote comparison tests against the old engine on a million past orders, and fixed the six "
            "rounding differences they found. Then I deliberately waited for a two week bake period at 5% of "
            "traffic, and during those two weeks I reviewed the price differences every morning and wrote the "
            "rollback runbook. After the bake I ramped it to 100% over three days. Pricing errors fell from "
            "about forty a week to two, and the engine runs at a third of the cost. I learned that a planned "
            "wait is part of the work, not time off from it."
        ),
    ),
    # Waiting on a change board while rehearsing the change.
    (
        "passive_waiting",
        (
            "I needed approval from the change board to patch the production database. While I waited for the "
            "board's approval, I rehearsed the patch three times on a restored copy and wrote a rollback "
            "script. The board approved it on Thursday, and I ran the patch in the maintenance window in "
            "twelve minutes. Query errors dropped to zero. I learned to use waiting time to de-risk the "
            "change."
        ),
    ),
    # A gap another team had, which the candidate then filled.
    (
        "blame",
        (
            "Our release train kept slipping because the mobile team didn't have a staging environment, so "
            "every build went straight to beta testers. I didn't wait for a platform project. I built a "
            "staging environment on spare cloud credits in a week, wrote the deployment scripts and walked "
            "their lead through it. I also added a smoke test that runs on every build. Beta crash reports "
            "fell by 70% and the train has not slipped in four months. I learned that the fastest fix to "
            "someone else's gap is often a small tool you can build yourself."
        ),
    ),
    # A vendor's change told as context, then handled, in a transcript.
    (
        "blame",
        (
            "so um the situation was the vendor had changed their api without telling anyone and our nightly "
            "sync started failing so i dug into the logs and found the new field names and i wrote an adapter "
            "that handled both versions and i added a contract test that runs every hour against their "
            "sandbox and i called their account manager to agree a heads up process for future changes and "
            "after that we had zero failed syncs for the next six months and i think the lesson for me was "
            "you cannot control other teams but you can control how quickly you notice"
        ),
    ),
    # Another team's change named, the candidate's own gap owned.
    (
        "blame",
        (
            "honestly the outage was partly the platform team changing the load balancer config without "
            "telling us but i should have had an alert on that and i didnt so i added the alert and i wrote a "
            "config diff check and i set up a weekly sync with their lead and since then we havent had a "
            "surprise change and i learned to own my side of the gap"
        ),
    ),
    # A predecessor's choice seen fairly.
    (
        "blame",
        (
            "The previous engineer had built the report generator quickly for a demo, which made sense at the "
            "time, and it had never been designed for the volume we had grown to. I profiled it, found it "
            "loaded every row into memory, and rewrote it to stream the data. I added tests and a memory "
            "budget to the pipeline. Report time fell from forty minutes to three, and the nightly failures "
            "stopped. I learned that code built for a demo needs a plan for when it succeeds."
        ),
    ),
    # Another team's change told as the start of a transcript, then handled.
    (
        "blame",
        (
            "um so the background is the payments team had shipped a schema change on friday without a "
            "migration and our settlement job started failing over the weekend so on monday morning i traced "
            "the failures to the missing column and i wrote a backfill and i reran settlement for the three "
            "days and i also set up a schema check in our pipeline that compares their schema to what we "
            "expect and since then we have caught two more changes before they broke anything and i learned "
            "to guard the edges of my service"
        ),
    ),
    # A client's change of requirements seen fairly.
    (
        "blame",
        (
            "Halfway through the project the client changed the requirements to add a second currency. That "
            "was their right, and it was a sensible business call. I re-estimated the work the same day, "
            "proposed dropping two lower value features to protect the date, and got the client's sign-off. I "
            "then rebuilt the pricing module to handle any number of currencies and added tests for each. We "
            "delivered on time and the client launched in two new markets that quarter. I learned to build "
            "for change when a client is still finding their market."
        ),
    ),
    # An on-call week given, and the candidate wanting to understand the alerts.
    (
        "delegated_initiative",
        (
            "My lead gave me my first on-call week and a list of the noisiest alerts. I was told to keep the "
            "service up, but I wanted to understand why the alerts fired at all. I grouped every alert from "
            "the last month, found that half came from one disk check with a wrong threshold, and fixed the "
            "threshold after checking with my lead. I also wrote a short guide for the next person on call. "
            "Pages fell from thirty a week to eight. I learned that on-call is the best way to learn a "
            "system."
        ),
    ),
    # A request the candidate dug into and profiled, in a transcript.
    (
        "delegated_initiative",
        (
            "so my manager asked me to look at why the mobile app was slow to start and um i dug into it and "
            "i profiled the startup on five different phones and i found we were loading every image up front "
            "so i changed it to load lazily and i moved two network calls off the main thread and startup "
            "went from four seconds to one point two and i shared what i found with the other app teams and i "
            "learned to profile before optimising"
        ),
    ),
    # Not told, and the candidate's own part in it owned in the same sentence.
    (
        "blame",
        (
            "Two days before go-live we found out the finance system would reject our new invoice format; "
            "nobody had told us they had changed their import rules, and honestly I had not asked. I set up a "
            "call with their analyst the same afternoon, mapped the new rules, and rewrote our export that "
            "night. I ran a hundred test invoices through their staging system and fixed four edge cases. We "
            "went live on the original date with no rejected invoices. I learned to ask every downstream team "
            "what changed before any launch."
        ),
    ),
    # Another team's gap, owned as partly the candidate's in the next sentence.
    (
        "blame",
        (
            "The real issue was that the ops team hadn't been given a runbook for the new queue, so every "
            "alert became a page to us. That gap was partly mine, because I had built the queue. I wrote a "
            "runbook with the six most common failures, ran two training sessions with the ops engineers and "
            "added self-healing for the two most frequent ones. Pages to our team fell from twenty a month to "
            "two. I learned that a system is not done until the people who watch it can fix it."
        ),
    ),
    # Never told, then found out and migrated straight away, in a transcript.
    (
        "blame",
        (
            "so we were never told the api was being deprecated and it just started returning errors one "
            "morning so i checked the changelog and found the notice had gone out to an old mailing list so i "
            "migrated our three calls to the new endpoint that day and i subscribed our team alias to every "
            "vendor list we depend on and i set up a weekly check of their changelog and we haven't been "
            "surprised since and i learned to own how we hear about changes"
        ),
    ),
    # What another team might have done, set beside the candidate's own missing test.
    (
        "blame",
        (
            "Looking back, if the data team had flagged the schema change earlier we would have had more "
            "time, but I should have had a contract test on that table and I didn't. After the incident I "
            "wrote contract tests for all eight tables we read, added them to both teams' pipelines and "
            "agreed a change notice with their lead. We have caught three breaking changes since, all before "
            "production. I learned that a missing test on my side is my problem, whoever makes the change."
        ),
    ),
    # Changing priorities called normal, and their cost made visible.
    (
        "blame",
        (
            "Product priorities changed three times in the quarter, which is normal for a team finding its "
            "market. I kept a running list of what each change cost us, shared it in each planning meeting, "
            "and proposed a two-week freeze before each release. I also split our work into smaller slices so "
            "a change of priority lost less. We shipped all four committed features and the freeze is now the "
            "team's habit. I learned to make the cost of change visible rather than complain about it."
        ),
    ),
    # A task given, which the candidate reproduced, found the cause of and fixed.
    (
        "delegated_initiative",
        (
            "I was given the task of fixing the save corruption bug in our console game three weeks before "
            "certification. I reproduced it on a dev kit by pulling the power during saves. I found that the "
            "game wrote the save file in place, so I changed it to write a temporary file and swap it. I ran "
            "a thousand power-cut tests overnight and I added a check on load. We passed certification first "
            "time, and save corruption reports after launch were zero. I learned to test the worst case, not "
            "the likely one."
        ),
    ),
    # A project handed over, started by reading a year of tickets.
    (
        "delegated_initiative",
        (
            "so my team lead basically handed me the project because the person who owned it had left and um "
            "the first thing i did was read every ticket from the last year and i found that most of the "
            "complaints were about one report so i rebuilt that report first and i talked to the five "
            "heaviest users every week and i cut the report time from ten minutes to thirty seconds and usage "
            "doubled and i learned to start with the users not the code"
        ),
    ),
    # A measure the candidate tracked, reported to their own director.
    (
        "handoff",
        (
            "As the engineering manager, I set the goal of cutting our deploy time, and I ran the planning "
            "with my four engineers. Two of them rebuilt the test stage, one moved our builds to faster "
            "machines and I negotiated the budget and removed two approval steps with security. I tracked the "
            "deploy time weekly and reported it to my director. Deploys went from ninety minutes to twelve. I "
            "learned that as a manager my job is to clear the path and keep the goal in view."
        ),
    ),
    # Escalated, then an audit and a control of the candidate's own.
    (
        "handoff",
        (
            "I noticed a contractor still had production access a month after leaving. I escalated it to "
            "security straight away, and they revoked it within the hour. I then audited every account with "
            "production access, found eleven more stale ones, and wrote a script that checks leavers against "
            "access lists every night. Stale accounts have stayed at zero for a year. I learned that one "
            "finding usually points to a missing control."
        ),
    ),
    # What the boss wanted, built, and the real problem found and fixed beside it.
    (
        "delegated_initiative",
        (
            "My boss wanted the stock reconciliation automated before the Christmas peak. I spent the first "
            "week on the warehouse floor watching the counts, and I realised the real problem was that "
            "returns were never booked back into stock. I built the automation he asked for, but I also "
            "designed a returns booking step at the goods-in desk and trained the team on it. Stock "
            "discrepancies fell from 4% to under 1% over the peak, and the automation saved two days a month. "
            "I learned that the thing you are asked to build is rarely the whole answer."
        ),
    ),
    # Tests asked for, and a rounding bug found and repaid, in a transcript.
    (
        "delegated_initiative",
        (
            "so my lead asked me to write some tests for the payment module because coverage was low and i "
            "did that but while i was writing them i found that refunds over a certain amount were rounding "
            "wrong so i wrote a fix and i checked every refund from the last year and i found thirty "
            "customers who'd been short changed and i worked with support to pay them back and i learned that "
            "tests are a way of reading code carefully"
        ),
    ),
]


OWNERSHIP_WEAK = [
    (
        "blame",
        (
            "The launch slipped by three weeks because the QA team didn't test the payment flow properly and "
            "the backend team kept changing the API on us. I did my part of the front end on time. Honestly "
            "it was their fault, and if they had just communicated better we would have hit the date. In the "
            "end the release went out and it worked fine."
        ),
    ),
    (
        "blame",
        (
            "so basically the problem was the other team was really slow to respond and they never documented "
            "anything so we were stuck and um it was all their fault really and we eventually got it out but "
            "it was late because of them"
        ),
    ),
    (
        "handoff",
        (
            "I noticed the nightly job was failing and I raised a ticket with the data team. I also flagged "
            "it to my manager. After that it was up to them to fix it. Eventually they fixed it a few weeks "
            "later and the reports came back."
        ),
    ),
    (
        "handoff",
        (
            "i saw the bug and i logged it in their jira and i pinged their lead and that was the end of my "
            "part really they took it from there"
        ),
    ),
    (
        "passive_waiting",
        (
            "The database was running out of space. I mentioned it to the infra team and then we waited for "
            "them to get round to it. We were blocked on the infra team for three weeks. In the meantime we "
            "kept restarting the service. Eventually they picked it up and added more disks."
        ),
    ),
    (
        "passive_waiting",
        (
            "so i told my lead about it and then i just waited for him to decide and nothing really happened "
            "for a few weeks and i didnt want to push it so i left it and eventually someone else picked it "
            "up"
        ),
    ),
    (
        "delegated_initiative",
        (
            "My manager asked me to migrate the service to the new cluster. I was given a two week deadline. "
            "I followed the migration guide, moved the service over and it went fine. My manager was happy "
            "with it."
        ),
    ),
    (
        "delegated_initiative",
        (
            "so my lead came to me and said we need this report automated and i was assigned the ticket and i "
            "did it the way she described and it worked"
        ),
    ),
    (
        "blame",
        (
            "The release slipped because the QA team didn't have the test plan ready, so we were blocked for "
            "a week. Once it arrived I ran the tests and shipped. We were late by a week. I learned that QA "
            "needs to plan better."
        ),
    ),
    (
        "delegated_initiative",
        (
            "It was a slow sprint and I was a bit bored, so I picked up a ticket from the backlog. I changed "
            "the config value it described and closed it. It worked and nobody complained. I learned that "
            "small tickets matter."
        ),
    ),
    (
        "delegated_initiative",
        (
            "My manager asked me to move our service to the new cluster. I followed the migration guide step "
            "by step, moved the service over and checked it started. It went fine and my manager was happy. I "
            "learned the new cluster well."
        ),
    ),
    (
        "handoff",
        (
            "The tablets kept dropping orders. I raised it with the IT team and logged a ticket. After that "
            "it was their job to fix it. They replaced the access points a month later. I learned that IT is "
            "slow."
        ),
    ),
    (
        "blame",
        (
            "We were never told about the new release process, so we missed the cut-off and the launch "
            "slipped a week. I was pretty annoyed. Nobody told us the rules had changed. Eventually we "
            "shipped."
        ),
    ),
    (
        "blame",
        (
            "so nobody told us the vendor was changing the api so obviously it broke and we had to scramble "
            "and it wasnt our fault at all and i just redeployed the old version"
        ),
    ),
    (
        "handoff",
        (
            "The disk on the build server kept filling up. I monitored it for a week and reported it to the "
            "infra team. They added a bigger disk eventually. I learned to monitor things."
        ),
    ),
    (
        "delegated_initiative",
        (
            "I was asked to fix a bug in the login page. I looked at it, found the null check that was "
            "missing and fixed it. It worked. My manager was happy."
        ),
    ),
]


@pytest.mark.parametrize(("code", "text"), OWNERSHIP_STRONG)
def test_strong_answers_near_ownership_mistakes_are_not_accused(code: str, text: str) -> None:
    assert code not in codes(text, "answer")


@pytest.mark.parametrize(("code", "text"), OWNERSHIP_WEAK)
def test_weak_answers_with_ownership_mistakes_are_still_heard(code: str, text: str) -> None:
    assert code in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # The wait told as the only course left.
        "so honestly we just had to wait",
        "All I could really do at that point was wait for the supplier.",
        "After I escalated it was basically a waiting game.",
        "there wasn't a lot we could do, it was their schema",
        # Held up by others, with nothing of one's own after.
        "we were blocked on procurement approving the licence",
        "so i was kind of stuck waiting on the identity folks",
        "We couldn't really move forward until the architecture board met.",
        # Left to sit, or pushed onto another's schedule.
        "The pull request just sat there for weeks.",
        "In the end it got bumped to their next quarter.",
        "The payments squad slotted it into their next sprint.",
        # Others got to it in their own time.
        "I opened a ticket and the DBA team eventually got to it.",
        "i logged it and they got round to it after the holidays",
        "After a couple of weeks the vendor shipped a patch.",
        # Chased without result, promises taken on trust, left open.
        "I pinged their lead twice but nothing came of it.",
        "The storage team promised to look at it after the code freeze.",
        "Last I heard the ticket is still open.",
        "i figured it would sort itself out",
        "I didn't want to go over my director's head, so I dropped it.",
    ],
)
def test_a_wait_for_others_told_in_more_ways_is_heard(text: str) -> None:
    assert "passive_waiting" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # The block is the setting, answered by the candidate's own steps.
        "We were blocked on procurement approving the licence, so I trialled the open-source option in the meantime.",
        "We couldn't move forward until the architecture board met. I wrote the proposal, booked the slot and "
        "presented the two options myself.",
        "The pull request had sat for weeks when I picked it up, rebased it and got it merged.",
        # A rejected course, and others' presumption set right.
        "I could have just waited for the DBA team, but I wrote the index migration and asked them to review it.",
        "Everyone assumed it was out of our hands until I read the vendor's SDK and patched our retry logic.",
        # Waiting on one's own check, and scheduling one's own work.
        "so we waited for the canary numbers before rolling it to the other regions",
        "I scheduled the migration for the following quarter's quiet week and ran it myself.",
    ],
)
def test_a_wait_answered_by_ones_own_steps_is_not_passive(text: str) -> None:
    assert "passive_waiting" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # Another's change broke ours, told as the whole story.
        "The search team's release knocked out our autocomplete for a day.",
        "the infra folks deployed a faulty load balancer config and that was that",
        # Bad inputs handed over.
        "The agency sent us the wrong brand assets, so the launch page was wrong.",
        "The requirements we were handed were contradictory from the start.",
        # Time or support withheld.
        "leadership never gave us enough runway to do it properly",
        "My director didn't really back me in that meeting.",
        # A customer who would not settle, others' careless work.
        "The client never really knew what they wanted.",
        "The offshore developers wrote sloppy code and moved on.",
        "the release managers just rubber-stamped it",
        # The fault pushed away, and sarcasm.
        "The incident was down to the networking team, not us.",
        "Courtesy of the stellar planning from the programme office, we had a week to do it.",
        "The vendor's portal went down on the first day of the sale, as usual.",
        # Another's guide wrong, or their answer slow.
        "It failed because the partner's runbook was out of date.",
        "their on-call took ages to reply",
    ],
)
def test_others_faults_told_as_the_cause_are_blame(text: str) -> None:
    assert "blame" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # The cause is the setting, answered by the candidate's own steps.
        "The search team's release knocked out our autocomplete, so I pinned the client version and added a "
        "contract test.",
        "The requirements we were handed were contradictory, so I listed the conflicts and got the product owner "
        "to rule on each one.",
        # Ruling something out while diagnosing is not blame.
        "I showed it had nothing to do with our service's code by replaying the requests against the old build.",
        # A cause not ours, and the follow-up owned anyway.
        "The outage was caused by an expired certificate at the edge, not by our code, but I added expiry alerts "
        "for every certificate we depend on.",
        "The partner's runbook was out of date, so I rewrote the failing steps and sent them the corrections.",
    ],
)
def test_others_faults_answered_by_ones_own_steps_are_not_blame(text: str) -> None:
    assert "blame" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # Telling as the whole act.
        "i let my team lead know about it",
        "I brought it to the release manager's attention.",
        "I gave the identity team a heads-up.",
        # Sending it or one's findings on.
        "I kicked it their way.",
        "I passed my findings over to the storage team.",
        "I turned the whole thing over to compliance.",
        "I rerouted the ticket to the billing team's queue.",
        # A case or a note left in another's queue.
        "I opened a case with the cloud provider's support.",
        "I left a comment on the payments team's board.",
        # Told, then the other party carried it.
        "i pinged their on-call and they patched it",
        "I escalated it to my director, who then handled the supplier.",
        "I messaged the cluster owners and let them deal with it.",
        "My lead said she would chase it with the vendor.",
        # Back to other work, or lost sight of the fix.
        "I logged it in their tracker and carried on with my own roadmap.",
        "My involvement ended there.",
        "honestly no idea whether the root cause ever got fixed",
    ],
)
def test_passing_it_on_told_in_more_ways_is_handoff(text: str) -> None:
    assert "handoff" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # The telling, then the candidate's own work on it.
        "I let my team lead know, then I wrote the patch, tested it on staging and deployed it that evening.",
        "I passed my findings over to the storage team and paired with their engineer until the fix was merged.",
        # Handing on one's other work to make room for this one.
        "I handed over my other tickets to a colleague so I could spend the week on the outage.",
        # Telling that the work is done.
        "I let the support team know the fix was live.",
    ],
)
def test_a_telling_followed_by_ones_own_work_is_not_handoff(text: str) -> None:
    assert "handoff" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "Off my own bat I mapped every cron job we still ran.",
        "i proactively emailed the four teams still calling the old endpoint",
        "Before anyone had noticed, I had the duplicate invoices counted.",
        "I built the linter as a little side project.",
        "One number caught my eye: refunds had tripled in a month.",
        "it dawned on me that nobody was rotating those keys",
        "I put my hand up to run the postmortem process.",
        "I said I'd look into it that afternoon.",
        "i kept noticing the same timeout in the nightly job",
        "I didn't like the way the release notes were assembled by hand, so I timed it.",
        "Scrolling through the slow query log, I spotted a full table scan.",
        "I was the one who first questioned the retention figure.",
    ],
)
def test_starting_it_oneself_told_in_more_ways_is_heard(text: str) -> None:
    assert "self_initiated" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "My manager asked me to look into why the nightly job was slow.",
        "The ticket was assigned to me, and I fixed it the same day.",
        "I worked through the checklist my lead had written.",
    ],
)
def test_work_handed_to_the_candidate_is_not_self_initiated(text: str) -> None:
    assert "self_initiated" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # The candidate asked for it, or pitched it before being put in charge.
        "I pitched the idea at the offsite and was put in charge of building it.",
        # News, not work handed over.
        "We were told about the outage by a customer on Twitter.",
        # Assigned, then gone well past the ask.
        "The bug was routed to my team, and nobody had asked for more, but I went further and rewrote the parser.",
    ],
)
def test_work_the_candidate_started_or_went_past_is_not_delegated(text: str) -> None:
    assert "delegated_initiative" not in codes(text, "task")


# A wait the candidate explains by a missing owner or process is their diagnosis of the cause; explained by others
# being busy, it is still waiting.
_ROTATED = "I rotated the certificates myself and wrote the runbook. Looking back, "


@pytest.mark.parametrize(
    ("text", "waiting"),
    [
        (
            _ROTATED + "the renewal request sat in the platform backlog for two months because no team owned shared "
            "certificates.",
            False,
        ),
        (
            _ROTATED + "the renewal request sat in the platform backlog for two months because they were busy with the "
            "migration.",
            True,
        ),
    ],
)
def test_a_wait_explained_by_a_missing_owner_is_a_diagnosis(text: str, waiting: bool) -> None:
    assert ("passive_waiting" in codes(text, "answer")) is waiting


# Another party's change named as the cause and met at once by the candidate's own steps is the setting of the story.
@pytest.mark.parametrize(
    "text",
    [
        "Sign-ups failed for an afternoon because the identity team had changed the token format in their SDK. I "
        "compared the tokens before and after, patched our parser to accept both forms, and sent them a test that "
        "pins the format.",
        "so the dashboard went blank because the data team had changed two column names in the warehouse and i "
        "mapped the old names to the new ones that morning and then added a schema check to our nightly load",
        "Our exports stopped on the Monday since the storage vendor had changed their signing keys. I switched us to "
        "their new key endpoint, reran the missed exports, and set up an alert on key age.",
    ],
)
def test_another_partys_change_answered_by_ones_own_steps_is_not_blame(text: str) -> None:
    assert "blame" not in codes(text, "answer")


# The same cause told as the end of the matter, with nothing of the candidate's own after it, is blame.
@pytest.mark.parametrize(
    "text",
    [
        "Sign-ups failed for an afternoon because the identity team had changed the token format in their SDK. It "
        "was frustrating, and it took them hours to roll it back.",
        "the dashboard went blank because the data team never told anyone they were renaming columns, so it "
        "wasn't something we could have seen coming",
        # Steps that only resume once the other party has put it right do not answer the cause.
        "The import failed because the partner team had changed the file layout, so we were stuck for two days. When "
        "they sent a corrected file I loaded it and closed the ticket.",
    ],
)
def test_another_partys_change_left_as_the_whole_story_is_blame(text: str) -> None:
    assert "blame" in codes(text, "answer")


# A slow spell told as when the work was done, going past the request said outright, or the request reframed by
# the candidate and acted on: the initiative is the candidate's.
@pytest.mark.parametrize(
    "text",
    [
        "Nobody owned the retry queue, so I picked it up over a quiet week, traced the dropped messages to a missing "
        "acknowledgement, and fixed it.",
        "My lead asked me to bump the logging library. I kept going past the ask and removed the three other "
        "logging wrappers we had, so every service now logs the same way.",
        "My manager asked me to add more servers to the search cluster. After reading the slow-query log, the real "
        "problem was a missing index, so I added the index, tested it on a copy of production, and cancelled the "
        "server order.",
        "I was assigned a request to add a CSV download to the claims page. I spoke to the two adjusters who asked "
        "for it, and what they actually needed was the totals by region, so I built that view and removed the "
        "download from the plan.",
        # A clause opening on work of the candidate's own added to the ask.
        "My manager asked me to migrate the billing jobs to the new scheduler. On top of the migration, I wrote a "
        "retry policy for the jobs that failed most and set up a weekly report of job failures for the team.",
    ],
)
def test_time_as_the_when_going_past_or_reframing_the_ask_is_not_delegated(text: str) -> None:
    assert "delegated_initiative" not in codes(text, "answer")


# Slack as the reason for the work, going further denied, or a request carried out as given: delegated.
@pytest.mark.parametrize(
    "text",
    [
        "It was a slow sprint and I had little on, so I tidied the team wiki and closed some old tickets.",
        "My lead asked me to bump the logging library. I did that and didn't go beyond what was asked, as it was a "
        "small change.",
        "My manager asked me to add more servers to the search cluster. I ordered them, set them up, and joined "
        "them to the cluster that week.",
        # Something else told beside the ask, but no work of one's own.
        "My manager asked me to migrate the billing jobs to the new scheduler. Besides the migration, I told him "
        "the alerts were noisy, and he said he would raise it.",
    ],
)
def test_slack_as_the_reason_or_the_ask_done_as_given_is_delegated(text: str) -> None:
    assert "delegated_initiative" in codes(text, "answer")


# "The real problem was" another party's gap, told as the root cause and fixed by the candidate next: not blame.
def test_a_root_cause_on_another_side_fixed_next_is_not_blame() -> None:
    text = (
        "Everyone blamed the new cache, but the real problem was that the search team had never set an expiry on "
        "their index aliases. I wrote a cleanup job for the stale aliases, added an expiry to our own aliases, and "
        "showed the search team the job so they could adopt it."
    )
    assert "blame" not in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # The candidate cleared of their part.
        "The audit failed. None of it was down to me, the branch office lost the forms.",
        "so the rollout broke and honestly it wasnt totally on me, the infra folks gave us a bad image",
        # The cause put on a person in a cleft, or the fault made known.
        "The report was late. It was the regional office who missed the cut-off, not us.",
        "When the order went wrong I made sure my director knew whose fault it was.",
        # Others' work wished otherwise, in the passive, and others judged as a kind.
        "If the schema had been documented properly, we would have shipped a month sooner.",
        "What I took away is that some directors simply don't want to hear about problems.",
    ],
)
def test_the_shape_of_shifting_fault_is_blame(text: str) -> None:
    assert "blame" in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        "Honestly it was me who broke the export. I reverted my change, wrote the postmortem, and added a test.",
        "I didn't care whose fault it was. I restored the table from the snapshot and rebuilt the index that night.",
        "I dropped the ball on the release notes, so I rewrote them, sent them out, and set a calendar reminder.",
        "That was nobody's fault: the regulator changed the rule overnight, so I rewrote the check and redeployed it.",
        "If the script I wrote had been reviewed, we would have caught it. I added a second reviewer and a dry run.",
    ],
)
def test_fault_owned_or_set_aside_is_not_blame(text: str) -> None:
    assert "blame" not in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # Someone else presumed to notice, however far the owner is named from the verb.
        "I saw the stock report was wrong. I assumed someone in the finance office would pick it up, so I carried on.",
        "The cron job kept failing and I was hoping somebody would eventually look into it.",
        "The certificate was expiring and I left it for the platform group to notice.",
        # The wait hedged with fillers.
        "the queue was backing up and we sort of waited because it was their service",
    ],
)
def test_others_presumed_to_act_is_passive_waiting(text: str) -> None:
    assert "passive_waiting" in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # A wait broken by the candidate's own steps.
        "We were waiting on procurement to sign the order. Rather than sit idle, I built the pipeline against a "
        "trial account and tested it end to end.",
        "I had to wait two weeks for the licences. I used that time to write the migration scripts and rehearse them.",
        # Someone else's wait, the setting the candidate's own steps answer.
        "The refund request sat in a queue for a week between two teams. I picked it up, paid it out that morning, "
        "and changed the routing rule.",
    ],
)
def test_a_wait_the_candidate_broke_is_not_passive_waiting(text: str) -> None:
    assert "passive_waiting" not in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # A write-up or a copy to others is not a step of one's own.
        "I raised it with the data team and wrote it up in the incident channel. They owned the job, so they fixed it.",
    ],
)
def test_a_write_up_after_the_telling_is_not_a_step(text: str) -> None:
    assert "handoff" in codes(text, "answer")


def test_reaching_those_affected_after_the_telling_is_not_handoff() -> None:
    text = (
        "I flagged the broken signup link to the web team. While they fixed it, I emailed the two hundred affected "
        "users a working link and extended their trial by a week."
    )
    assert "handoff" not in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # Told, and then the other side's remedy, with no step of the candidate's after the telling.
        "I spotted the misprinted labels and forwarded a photo to the printer's account manager. They reprinted the "
        "whole run the following Tuesday.",
        "i noticed the backups were failing and emailed the hosting company about it and they replaced the disk",
    ],
)
def test_a_telling_answered_by_someone_elses_fix_is_handoff(text: str) -> None:
    assert "handoff" in codes(text, "action")


def test_a_telling_then_the_candidates_own_fix_is_not_handoff() -> None:
    text = (
        "I emailed the hosting company about the failing backups. While they looked, I moved our nightly dump to a "
        "second volume and restored last week's copy to prove it was whole. They replaced the disk on Friday."
    )
    assert "handoff" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The nightly export sat with the finance systems team, but the broken totals landed on my desk every morning, "
        "so I traced the rounding step myself and sent them a fix.",
        "Strictly speaking the warehouse scanners weren't ours, yet the pick errors were hurting our orders, so I "
        "took them on.",
    ],
)
def test_a_remit_told_as_another_partys_is_a_scope_boundary(text: str) -> None:
    assert "scope_boundary" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "Honestly it wasn't my finest week, so I rewrote the migration plan and ran it again on a copy.",
        "It was not our first outage that quarter, so I wrote the runbook the on-call rotation still uses.",
        "The report sat in my inbox for a day before I read it and rebuilt the totals.",
    ],
)
def test_not_my_best_or_a_thing_sitting_somewhere_is_no_scope_boundary(text: str) -> None:
    assert "scope_boundary" not in codes(text, "action")


def test_nobody_owning_it_in_the_lesson_is_not_where_the_remit_ended() -> None:
    story = (
        "Our shared build cache kept filling up and every team's pipeline slowed to a crawl. I wrote a job that "
        "evicted anything older than a week and added an alert at eighty percent full. Builds went from twenty "
        "minutes back to six within two days."
    )
    lesson = (
        " Looking back, the real lesson was that nobody owned the shared tooling, so I proposed that each shared tool "
        "get a named owner in our service catalogue, and that is how we run it now."
    )
    report = analyze(story + lesson, lp="ownership", level="senior")
    assert "scope_boundary" not in {f.code for f in report.findings}
    # Told where the story sets up the problem, the same words say whose it was.
    setting = "Nobody owned the shared build cache, so when it filled up I wrote the job that evicts old entries."
    assert "scope_boundary" in codes(setting, "action")


# The candidate told someone, time passed, and the other party fixed or decided it, with no step of the candidate's
# own in between; against a telling the candidate followed with work of their own.
@pytest.mark.parametrize(
    ("text", "waits"),
    [
        (
            "I reported the broken label printer to facilities. A fortnight later their contractor replaced the "
            "board and the labels came out right again.",
            True,
        ),
        (
            "so i raised it with the network folks and um eventually their engineer patched the firewall rule and "
            "the sync started working",
            True,
        ),
        (
            "I reported the broken label printer to facilities, and while they found a part I rerouted the jobs to "
            "the second printer myself and wrote a script to reprint the missed labels. A fortnight later their "
            "contractor replaced the board.",
            False,
        ),
        (
            "I flagged the stale prices to the catalogue team. They replaced the feed the same afternoon, and I "
            "added a check that compares the two feeds every hour.",
            False,
        ),
    ],
)
def test_a_telling_then_time_then_another_partys_fix_is_waiting(text: str, waits: bool) -> None:
    assert ("passive_waiting" in codes(text, "action")) is waits


@pytest.mark.parametrize(
    "text",
    [
        "On the Tuesday night shift I saw the chiller readings on line two creeping up, so I pulled the service log "
        "and replaced the clogged filter before the morning run.",
        "i was closing the till reports and i saw card refunds at the airport branch running at double the usual "
        "rate so i went through the receipts and found the terminal was refunding twice",
        "Reviewing our cloud invoice I'd seen the storage line triple in a quarter; I tagged every bucket by team "
        "and deleted four terabytes of old snapshots.",
    ],
)
def test_the_candidate_seeing_the_problem_first_is_self_initiated(text: str) -> None:
    assert "self_initiated" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # Asked first, then seeing it.
        "My supervisor asked me to check the chiller, and when I opened the panel I saw the filter was clogged, so "
        "I replaced it.",
        # Seen, and passed straight on.
        "I saw the payment alert in the shared channel and posted in their team's channel so their on-call could "
        "restart the job.",
        # A view held, not a problem seen.
        "I saw the outage as one sign of a wider gap in how our stores shared stock data.",
        # Another person saw it first and told the candidate.
        "Our ops lead spotted the refund spike and told me about it; I saw the same pattern in the receipts and "
        "fixed the terminal setting.",
    ],
)
def test_seeing_after_a_request_or_passed_on_is_not_self_initiated(text: str) -> None:
    assert "self_initiated" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # The request told apart from the one who made it.
        "Our warehouse supervisor spotted pallets being counted twice on the night shift and asked me to sort out "
        "the scanner app. I changed the barcode check and the double counts stopped.",
        "The head of finance, who had read the audit, told us to rebuild the month-end report, so I rewrote the "
        "queries and we closed the books a day earlier.",
        # The work handed over, with words between.
        "The account manager basically passed the refund complaint over to me, and I reissued the three invoices.",
    ],
)
def test_work_asked_for_or_handed_over_by_another_is_delegated(text: str) -> None:
    assert "delegated_initiative" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        # Asked after the candidate's own work had begun.
        "I rebuilt the scanner check over two evenings, and then our supervisor asked me to show the other shifts.",
        # The candidate asking what someone wanted.
        "I called the site lead and asked what she wanted me to change first, then I changed the pick order myself.",
        # Handed on by the candidate, not to them.
        "I found the double count in the scanner app and passed the fix to the supervisor for sign-off.",
    ],
)
def test_asking_after_the_work_or_about_it_is_not_delegated(text: str) -> None:
    assert "delegated_initiative" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "I asked the charge nurse to let me redo the drug-round checklist before the inspection.",
        "so i asked my manager if i could take the flaky test suite off everyone's hands for a sprint",
    ],
)
def test_asking_leave_to_take_it_on_is_self_initiated(text: str) -> None:
    assert "self_initiated" in codes(text, "action")


def test_asking_someone_else_to_do_it_is_not_self_initiated() -> None:
    text = "I asked the charge nurse to redo the drug-round checklist before the inspection."
    assert "self_initiated" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The release manager was completely out of his depth, so the cutover dragged on all weekend.",
        "to be honest the warehouse crew didn't care about the scanners, and stock went missing every week",
        "Their architects never warned us about the rate limit, and the import died halfway through the night.",
        "The go-live would never have gone wrong if the data team had a proper freeze window like every other team.",
        "Sales, in their infinite wisdom, signed the customer up for a feature we did not have.",
        "The night shift had rushed the handover again, and the ward lost track of two patients' meds.",
        "The auditors kept asking for new evidence and the client still managed to lose half of it.",
        "The slip was down to the printers; there was not much more I could have done about it.",
    ],
    ids=[
        "out-of-depth",
        "candour-didnt-care",
        "never-warned-us",
        "would-never-have-happened-if",
        "infinite-wisdom",
        "rushed-handover",
        "managed-to-lose",
        "nothing-more-i-could-do",
    ],
)
def test_others_judged_as_people_is_blame(text: str) -> None:
    assert "blame" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The release manager was new to our stack, so I wrote the cutover checklist and rehearsed it with him twice.",
        "Honestly the warehouse crew did a great job once I moved the scanners to the packing benches.",
        "Their architects told us about the rate limit late, which I should have asked about at kickoff.",
        "If I had frozen the schema before the go-live, the import would not have failed.",
    ],
    ids=["new-then-own-step", "candour-with-praise", "late-news-owned", "own-counterfactual"],
)
def test_others_named_neutrally_is_not_blame(text: str) -> None:
    assert "blame" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "I basically just flagged it to the payroll lead and that was that.",
        "I brought the mismatch up with the plant manager and after that it was in their hands.",
        "The lift kept sticking, so I logged it in the facilities system for them.",
        "i raised it with the head of nursing, put it in writing as well, and she took it to the trust board",
    ],
    ids=["flagged-past-hedges", "brought-the-matter-up", "logged-in-system", "put-in-writing"],
)
def test_a_telling_passed_on_is_handoff(text: str) -> None:
    assert "handoff" in codes(text, "action")


def test_a_telling_then_ones_own_fix_is_not_handoff() -> None:
    text = (
        "I basically just flagged it to the payroll lead, then I rebuilt the overtime formula myself and "
        "reconciled every payslip against the bank file."
    )
    assert "handoff" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The rollout broke the kiosks, but honestly rolling it out on a Friday wasn't my decision.",
        "so the refunds went out twice and look that wasnt our change, we just got the complaints",
    ],
    ids=["not-my-decision", "not-our-change"],
)
def test_a_miss_kept_off_ones_books_is_blame(text: str) -> None:
    assert "blame" in codes(text, "action")


def test_a_call_not_ones_own_then_ones_own_steps_is_not_blame() -> None:
    text = (
        "Rolling it out on a Friday wasn't my decision, so I drafted a rollback plan, rehearsed it with the on-call "
        "engineer and watched the kiosks myself through the first hour."
    )
    assert "blame" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The tariff tables were the pricing squad's data, not ours, so I rebuilt the import and checked every row.",
        "Nobody had ever picked up the sitemap bug, so I regenerated the file and resubmitted it that evening.",
        "Refreshing the kiosk images was never part of my role, but I scripted it and cut the refresh to ten minutes.",
        "honestly i was never asked to touch the rota tool i just rewrote the export so the nurses stopped retyping it",
        "There wasn't a ticket for the stale cache anywhere, so I logged one and cleared it the same day.",
        "Our group didn't own the print queue, the facilities desk did, but I patched the driver and tested it.",
    ],
    ids=["squads-data", "nobody-picked-it-up", "not-part-of-role", "never-asked-to", "no-ticket-anywhere", "didnt-own"],
)
def test_whose_problem_said_in_new_ways_is_a_scope_boundary(text: str) -> None:
    assert "scope_boundary" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The tariff tables were part of my role on the pricing squad, so I rebuilt the import and checked every row.",
        "There was a ticket for the stale cache in our sprint, so I cleared it the same day.",
        "I was asked to rewrite the rota export, so I changed it and the nurses stopped retyping it.",
    ],
)
def test_work_that_was_the_candidates_is_no_scope_boundary(text: str) -> None:
    assert "scope_boundary" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "What irked me was that the loyalty points never matched the receipts, so I pulled a month of them and "
        "compared them line by line.",
        "I also added a dry-run flag to the deploy script, which my lead hadn't asked for, after two botched releases.",
        "so i walked over to the lab manager and asked whether i could borrow the spare scanner and built a test rig",
        "I went to my director, asked for three days to prototype the retry queue, and had it running by Thursday.",
    ],
    ids=["irked-me", "hadnt-asked-for", "and-asked-whether", "asked-for-days"],
)
def test_starting_it_oneself_said_in_new_ways_is_self_initiated(text: str) -> None:
    assert "self_initiated" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "My director asked me to compare the loyalty points with the receipts, so I pulled a month of them.",
        "My lead asked for a dry-run flag on the deploy script, so I added it after two botched releases.",
    ],
)
def test_a_request_from_above_is_not_self_initiated(text: str) -> None:
    assert "self_initiated" not in codes(text, "action")
