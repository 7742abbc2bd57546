"""What the evidence detectors hear: vague results, the cause named, outcomes taken on trust."""

from __future__ import annotations

import pytest

from starcoach.analysis import analyze


def codes(text: str, section: str = "result") -> set[str]:
    return analyze(text, section=section).codes()


# Outcomes with nothing an interviewer can check: feelings, praise, success, "fine", in typed and spoken form.
@pytest.mark.parametrize(
    "text",
    [
        "After the launch my director seemed genuinely relieved, and so did the support leads.",
        "The two partner teams thanked us in the quarterly review for sorting out the handover.",
        "My skip-level called it out at the all hands as the best piece of work that quarter.",
        "Afterwards the designers told me it was a huge help for their day to day.",
        "overall i would say the whole thing was fairly successful and the client renewed",
        "the rollout landed pretty smoothly in the end",
        "Since the switch things have been pretty good and nobody has raised it again.",
        "after the offsite our working relationship was much better",
        "In the end the new approach didn't really work out and we rolled most of it back.",
        "the ops folks seem to like it and i guess teams still use it",
        "Morale definitely improved once the rota was shared.",
    ],
)
def test_unmeasured_outcomes_are_vague(text: str) -> None:
    assert "vague_result" in codes(text)


# The same words beside a figure, against another thing seen, or setting the scene, are not a vague result.
@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("The finance leads were relieved: month-end close took two days instead of six.", "result"),
        ("The rollout landed smoothly. Error rates stayed under 0.1% through the whole week.", "result"),
        ("Things have been fine since then: zero pages in the four months after the change.", "result"),
        ("Side by side, the platform was far faster than the vendor's client on every route we tried.", "result"),
        (
            "At the time the merchants were happy and our dashboards looked healthy, so nobody questioned the job. "
            "The refund service belonged to another team. I then noticed that refunds for one region were "
            "silently skipped, pulled the ledger for the last "
            "quarter and found 312 refunds that had never been paid. I wrote a reconciliation script, paid them "
            "out and added an alert; the backlog went from 312 to zero within a week.",
            "answer",
        ),
    ],
)
def test_measured_or_context_claims_are_not_vague(text: str, section: str) -> None:
    assert "vague_result" not in codes(text, section)


# A cause phrase that names no cause found: never found, a ticket handled, an outcome as predicted, people blamed.
@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("We never really figured out what the root cause was, and the errors stopped by themselves.", "action"),
        ("The issue was escalated to the on-call director and a bridge call was opened.", "action"),
        ("I flagged the risk to my lead and it turned out I was right, the launch slipped.", "followup"),
        ("honestly most of the churn came from the sales team promising features we did not have", "action"),
    ],
)
def test_cause_phrases_without_a_cause_are_not_heard(text: str, section: str) -> None:
    assert "root_cause" not in codes(text, section)


# The cause named against the assumed one, where the failures sat, a mechanism found at work.
@pytest.mark.parametrize(
    "text",
    [
        "The real bottleneck wasn't the database; the worker pool had a single lock shared by every thread.",
        "it was never the network it was the retry loop hammering the same node",
        "Builds weren't slow because of small runners, the cache key changed on every commit.",
        "In the end our retry policy was the bottleneck all along.",
        "The timeouts were almost all clustered on the two oldest app versions.",
        "About 80% of the wait time went into a lock the importer held across the whole batch.",
        "i read the heap dumps and found the session store was keeping every expired token in memory",
        "Reading the config history I saw the migration had silently disabled the index on the events table.",
    ],
)
def test_named_causes_are_heard(text: str) -> None:
    assert "root_cause" in codes(text, "action")


# An outcome resting on another team's report, a guessed figure, or a check never made, is not verified.
@pytest.mark.parametrize(
    "text",
    [
        "The growth analysts reported a 6% rise in repeat orders the month after launch.",
        "Per the billing team, refunds dropped by about 300 a week.",
        "I believe the error rate ended up at roughly 0.5 percent afterwards.",
        "i'm not a hundred percent sure how much it saved",
        "I assumed the retries were harmless and never really tested that path.",
        "we didn't bother adding tests since the change was tiny",
    ],
)
def test_outcomes_taken_on_trust_are_unverified(text: str) -> None:
    assert "unverified" in codes(text)


# The same figure checked by the candidate is verified, not taken on trust.
def test_a_report_checked_by_the_candidate_is_not_unverified() -> None:
    text = (
        "The growth analysts reported a 6% rise in repeat orders; I re-ran their query against the orders table "
        "myself and got the same 6%."
    )
    assert "unverified" not in codes(text)


# An answer whose figures all sit in the scene and whose ending claims an outcome with none is unmeasured.
def test_an_unmeasured_ending_after_a_measured_scene_has_no_quantification() -> None:
    text = (
        "so on my last team there were nine of us and we had about 40 flaky tests that failed maybe 3 times a week. "
        "i spent a sprint going through them and i rewrote the worst ones and deleted the ones nobody needed. "
        "after that the team shipped a lot faster and everyone was much happier with the build."
    )
    assert "no_quantification" in codes(text, "answer")


# A result measured in words, a figure told among the steps after the change, or no story at all: no such finding.
@pytest.mark.parametrize(
    "text",
    [
        "I owned the release of the new pricing page. I pushed back on skipping the accessibility review, found the "
        "contrast problems myself and fixed them. The page shipped two weeks late, and the review caught one serious "
        "keyboard trap before any customer saw it. Afterwards I made the review a standing step for every page we "
        "release.",
        "I rebuilt the on-call handover for our team. I wrote the checklist, ran the first handovers myself and "
        "fixed the gaps they showed. Handovers now happen weekly instead of monthly, and I made the checklist part "
        "of how every new rota starts.",
        "I took over the flaky import job. I read through a month of its failures and rewrote the retry step. "
        "We switched it on in May, and in the first month after that it failed zero times. Since then the data "
        "team has copied the same retry step into their own jobs.",
        "What I would do in that case is first talk to the customer and understand their needs, then I would write "
        "a proposal and get my manager aligned. I'd follow up after launch to make sure they are happy. I think "
        "listening is the most important thing you can do.",
    ],
)
def test_measured_in_words_or_no_story_is_not_unquantified(text: str) -> None:
    assert "no_quantification" not in codes(text, "answer")


# Fixed, gone, saved, adopted, agreed, paid off: outcomes told with nothing measured.
@pytest.mark.parametrize(
    "text",
    [
        "I swapped the old polling loop for a webhook and honestly that did the trick.",
        "after the patch the timeouts pretty much went away and the on call rota got quieter",
        "The new intake form saved the support leads a lot of time every week.",
        "Once the dashboards were shared, everyone was finally on the same page about what mattered.",
        "In the end the redesign improved the overall customer experience and boosted morale on the team.",
        "Fortunately we never had an incident with it afterwards.",
        "so yeah other teams started using it and the feedback was really positive",
        "The cutover was completely seamless and the effort really paid off.",
    ],
)
def test_fixed_saved_or_adopted_without_a_measure_is_vague(text: str) -> None:
    assert "vague_result" in codes(text)


# The same words as a purpose, a wish, or beside a figure are not an unmeasured outcome.
@pytest.mark.parametrize(
    "text",
    [
        "I wrote a smoke test that ends by loading the home page, so you know it worked before anyone logs in.",
        "If the platform group had fixed the runners in spring we would have saved a lot of time.",
        "That did the trick: checkout errors fell from 1.2% to 0.1% the same afternoon.",
        "The timeouts went away. Over the next 30 days we logged 2 against 140 the month before.",
    ],
)
def test_purposes_wishes_and_measured_fixes_are_not_vague(text: str) -> None:
    assert "vague_result" not in codes(text)


# Where the failure happened and nowhere else, a mechanism named, the cause uncovered and tracked down.
@pytest.mark.parametrize(
    "text",
    [
        "i ran the suite in a loop two hundred times and it only failed when the cleanup job happened to run first",
        "The checkout errors were there because of a rounding bug in the tax service.",
        "The biggest cause was stale DNS entries on the older hosts.",
        "I profiled the export and saw the serializer fetched the whole schema for every record.",
        "Reading the code, the billing job assumed every month had thirty days.",
        "turns out the load balancer was pinning every session to one node",
        "I tracked the leak down to an unclosed file handle in the uploader.",
        "In the end the retry storm from the mobile clients was what was causing the spike.",
        "it was a race condition between the two writers on the ledger table",
    ],
)
def test_causes_found_in_their_many_forms_are_heard(text: str) -> None:
    assert "root_cause" in codes(text, "action")


# Someone else's finding, a symptom's trend, where a person came from, a story's opening: no cause named.
@pytest.mark.parametrize(
    "text",
    [
        "Priya, one of the platform engineers, found that the crashes were tied to the new SDK.",
        "I noticed that our p95 had crept up from 300 ms to 900 ms over the quarter.",
        "We paired a new hire who'd come from an agency with a senior engineer for his first month.",
        "so what happened was my manager asked me to take over the release train",
    ],
)
def test_findings_that_name_no_cause_of_the_candidates_are_not_heard(text: str) -> None:
    assert "root_cause" not in codes(text, "action")


# Old and new run together, a slice first, going back to look, the candidate's own numbers, graphs that confirm.
@pytest.mark.parametrize(
    "text",
    [
        "I kept the old exporter running side by side with the new one and diffed their files every night.",
        "We turned the new ranking on for 5% of traffic first and compared add-to-cart against the rest.",
        "I rolled it out one region at a time, starting with the smallest.",
        "A month later I went back and checked the refund queue against the old baseline.",
        "I pulled the numbers from the warehouse scans myself rather than trusting the vendor's report.",
        "the latency graphs confirmed it once the new pool size was live",
    ],
)
def test_checks_that_it_worked_are_heard(text: str) -> None:
    assert "verification" in codes(text)


# Working beside people, or a team gathering data to diagnose, is not a check that the fix worked.
@pytest.mark.parametrize(
    "text",
    [
        "We pulled data from three sources into a spreadsheet to see what was going on.",
        "We sat side by side with the designers for the first week of the project.",
    ],
)
def test_company_and_team_data_pulls_are_not_verification(text: str) -> None:
    assert "verification" not in codes(text, "action")


# A measured change in calls, refunds, people's waiting time or baskets is what the outcome was worth.
@pytest.mark.parametrize(
    "text",
    [
        "Calls to the help desk about locked accounts fell from about 200 a week to 30.",
        "Refunds for double charges went from roughly 40 a month to zero after the fix.",
        "Review times for small changes dropped from two days to under four hours.",
        "Add-to-basket from the search page rose by 3 points in the following month.",
    ],
)
def test_measured_calls_refunds_and_waiting_times_are_business_impact(text: str) -> None:
    assert "business_impact" in codes(text)


# The same words in someone else's forecast, or in a guess, are not impact.
@pytest.mark.parametrize(
    "text",
    [
        "Our head of sales estimated it would cut refunds by 500 a month.",
        "Review times improved, I think, maybe to around 4 hours.",
    ],
)
def test_forecast_or_guessed_worth_is_not_business_impact(text: str) -> None:
    assert "business_impact" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "At first the error graphs looked fine, but when I split them by tenant one customer was failing every call.",
        "The patch seemed to work on my machine, so I replayed an hour of production traffic against it to be sure.",
        "I couldn't measure the old queue's latency directly, so I reconstructed it from the broker's logs.",
        "I didn't verify the backup restore before the migration, which is on me; I now restore one every Friday.",
        "We hadn't heard any complaints, but then I compared error rates by app version and found the Android one.",
    ],
    ids=["turn", "own-replay", "reconstructed", "owned-miss", "compared"],
)
def test_a_doubt_settled_by_a_check_of_ones_own_is_not_unverified(text: str) -> None:
    assert "unverified" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The patch seemed to work on my machine, so we closed the ticket and moved on.",
        "After the change things looked fine and nobody complained, so I'd call it a success.",
        "i think the fix helped but we never checked in with the support team about it",
    ],
    ids=["closed-ticket", "nobody-complained", "checked-in-is-no-check"],
)
def test_a_doubt_left_standing_is_unverified(text: str) -> None:
    assert "unverified" in codes(text, "action")


# A doubt settled by a check of one's own (in its sentence, or opening the next), a measured change after it,
# or the miss owned: typed and spoken, in many trades.
@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "At first the latency graphs looked fine, but once I broke them down by device the older phones were "
            "timing out.",
            "action",
        ),
        (
            "i didnt test the rollback path the first time which was a mistake so now every release runs a rollback "
            "drill",
            "action",
        ),
        (
            "The partner team reported a 30% drop in failed payments, and my own query on the payments table showed "
            "28%.",
            "result",
        ),
        ("We never measured the old process, so I spent the first week timing twenty claims end to end.", "action"),
        (
            "As far as I know nobody has hit it since, and the alert I added on the retry count hasn't fired in four "
            "months.",
            "result",
        ),
        ("Things calmed down after the change: the pager went from nine alerts a night to one.", "result"),
        (
            "We didn't have hard data on why drivers were quitting, so I rode along on six shifts and interviewed "
            "them.",
            "action",
        ),
        (
            "The vendor said the patch should have fixed it; I waited for the Monday batch and diffed its output "
            "against the old one.",
            "action",
        ),
        (
            "The canary looked fine after an hour, but I held it for the full day we'd agreed because the bug only "
            "showed under the nightly load.",
            "action",
        ),
        ("The fix seemed to work locally, so I ran it against a copy of last week's traffic before merging.", "action"),
        ("the dashboard looked fine but i didnt trust it so i sampled fifty orders by hand", "action"),
    ],
)
def test_a_doubt_settled_in_its_many_forms_is_not_unverified(text: str, section: str) -> None:
    assert "unverified" not in codes(text, section)


# Moving on is not a check ("we ran with it", "pulled the old servers"), nor is a check denied ("but never went
# back to check"), nor "nobody complained" given as the reason; hedged outcomes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "It seemed to work, so we ran with it and moved on to the next thing.",
        "It seemed to fix the errors, so we disabled the extra alert.",
        "Things looked fine and we pulled the old servers the next day.",
        "It seemed to work because nobody complained after that.",
        "the numbers looked good so we split the team up and went back to features",
        "I assumed it worked but never went back to check.",
        "I'd imagine it saved a fair bit of time but I never went back to look.",
        "I'm pretty confident it fixed the problem, we didn't see it again.",
        "There were no complaints from the business after go-live.",
        "Hopefully it made things faster for the users.",
        "It probably reduced the load on the database quite a bit.",
        "so yeah um it should be a lot faster now i reckon",
    ],
)
def test_a_doubt_left_standing_in_other_words_is_unverified(text: str) -> None:
    assert "unverified" in codes(text)


# Feelings that are a willingness or a view of a plan, claims the sentence turns, and praise followed by its measured
# change are not vague results.
@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("My manager was pleased, but what mattered more was that refunds went from 40 a week to 3.", "result"),
        ("The rollout went smoothly. Over the next month, failed logins dropped from about 900 a day to 40.", "result"),
        ("The team was happy to take it on once I'd written the runbook and paired with each of them.", "result"),
        ("My manager was happy for me to take it on, as long as the release didn't slip.", "followup"),
        (
            "I was glad I'd pushed for the canary, because it caught a spike in checkout errors before most shoppers "
            "saw it.",
            "result",
        ),
        ("Leadership was pleased with the plan, but I asked for a week to prove the cost model first.", "followup"),
        (
            "I thought the design review went well, but the on-call engineers disagreed, so I sat with two of them.",
            "followup",
        ),
        (
            "It worked, but only for the EU stores; the US ones still timed out, so I dug into the CDN config.",
            "followup",
        ),
        (
            "Our previous attempt was a success on paper but nobody used it, so I started by interviewing dispatchers.",
            "followup",
        ),
        (
            "it went well in staging and then fell over in production so i started testing with real data volumes",
            "followup",
        ),
    ],
)
def test_willingness_turned_claims_and_measured_praise_are_not_vague(text: str, section: str) -> None:
    assert "vague_result" not in codes(text, section)


# Outcomes in other words of praise and size, British and spoken, and "fine since then" however it goes on.
@pytest.mark.parametrize(
    "text",
    [
        "At the end of the day everyone was really chuffed with how it turned out.",
        "In the end it made a massive difference to the team.",
        "Customer satisfaction went through the roof.",
        "It really moved the needle for the business.",
        "The new flow was a huge hit with the clinicians.",
        "and yeah it just made everything so much smoother for everyone",
        "so um the results were honestly amazing and the vp sent a note to the whole org",
        "We never found the cause, but things have been fine since then and nobody has complained.",
    ],
)
def test_praise_and_size_in_other_words_are_vague(text: str) -> None:
    assert "vague_result" in codes(text)


# Someone's promise doubted or denied, the size of a system at work, and a speed-up whose times agree with it are
# not implausible claims.
@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "i told the team we couldn't promise every single bug would be gone forever but we could catch regressions "
            "early",
            "followup",
        ),
        (
            "The previous vendor claimed their tool would eliminate incidents forever, which is why I insisted on a "
            "trial.",
            "situation",
        ),
        (
            "I don't believe anything gets fixed forever, so I added a check that fails the build if it comes back.",
            "followup",
        ),
        (
            "The marketing deck promised 1000% growth in a week, which is why I asked to see the raw numbers.",
            "situation",
        ),
        (
            "The bank settles roughly £1 billion a day through this system, so a one-hour outage is serious.",
            "situation",
        ),
        ("we process around 2 billion dollars a day in card payments so even a small error rate matters", "situation"),
        (
            "The index lookup became 1000 times faster, from 2 seconds to 2 milliseconds, once it stopped scanning.",
            "result",
        ),
        ("Queries that took 30 minutes now run in 2 seconds, a 900x speedup on the worst report.", "result"),
    ],
)
def test_promises_doubted_system_sizes_and_shown_speedups_are_not_implausible(text: str, section: str) -> None:
    assert "implausible_claim" not in codes(text, section)


# Claims no one would believe, in digits or in words, and a speed-up whose times do not bear it out.
@pytest.mark.parametrize(
    "text",
    [
        "revenue went up five thousand percent in a week",
        "the new ranking made search 10000 times faster for every customer",
        "We saved $5 billion in a single week with the new caching layer.",
        "Page loads went from 3 seconds to 1 second, 1000x faster for every shopper.",
    ],
)
def test_unbelievable_figures_are_implausible(text: str) -> None:
    assert "implausible_claim" in codes(text)


def test_someone_elses_assumption_that_the_candidate_questioned_is_not_unverified() -> None:
    questioned = (
        "The traces pointed into the payment SDK, so everyone assumed it was the vendor's bug. I grouped the "
        "crashes by app state and reproduced it with our own restore path."
    )
    mine = "I assumed it was the vendor's bug and moved on to the next ticket."
    assert "unverified" not in codes(questioned, "action")
    assert "unverified" in codes(mine, "action")


def test_a_decimal_point_does_not_end_the_sentence_that_settles_a_doubt() -> None:
    text = "I think it went well: conversion rose from 2.1% to 2.6% in the A/B test I ran for two weeks."
    assert "unverified" not in codes(text, "result")
    assert "unverified" in codes("I think it went well: people seemed happier with it.", "result")


@pytest.mark.parametrize(
    "text",
    [
        "The memory leak was an event listener we registered on every page view and never removed.",
        "the slowness was down to an N plus one query in the order history page",
        "It wasn't the network at all; the timeouts lined up exactly with garbage collection pauses.",
        "Every spike in errors coincided with the nightly backup taking a lock on the orders table.",
    ],
)
def test_a_symptom_named_then_its_mechanism_or_an_exact_correlation_is_a_root_cause(text: str) -> None:
    assert "root_cause" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "the graphs sort of lined up with when the deploy went out and the team felt fairly confident",
        "The outage was a big deal for the support team that week.",
    ],
)
def test_a_vague_correlation_or_a_judgement_of_the_symptom_is_no_root_cause(text: str) -> None:
    assert "root_cause" not in codes(text, "action")


# Outcomes told only in general words: comparatives, what people thought, use with no count.
@pytest.mark.parametrize(
    "text",
    [
        "The store managers loved it.",
        "performance improved quite a lot after the change",
        "we got loads of positive comments from the players",
        "the feedback from the traders was overwhelmingly positive",
        "It was received really well by the stakeholders.",
        "like it basically just worked better after that you know",
        "things are in a much better state now",
        "everything ran a lot smoother from then on",
        "sales definitely picked up after that",
        "the site felt way snappier afterwards",
        "the results spoke for themselves",
        "we hit all our goals and the project was considered a success",
        "The warehouse became much more organised.",
        "it reduced errors a fair amount",
        "The clinic runs far more efficiently now.",
        "i think the feature did okay, people used it",
        "The framework was adopted by several teams.",
    ],
)
def test_outcomes_in_general_words_are_vague(text: str) -> None:
    assert "vague_result" in codes(text)


# A claim followed by its measure, or turned by "until", is not a vague result.
@pytest.mark.parametrize(
    "text",
    [
        "It got better: p95 from 900 ms to 300 ms.",
        "The launch went smoothly: zero rollbacks and 99.98% availability over the first month.",
        "Things were fine until the Black Friday traffic hit and the queue backed up.",
        "App store rating went from 3.9 to 4.4 stars. Feedback from the drivers was overwhelmingly positive.",
        "I put the checklist in the wiki, and a couple of teams have used it for their launches.",
        "Two other product teams use it now for every release.",
    ],
)
def test_claims_with_their_measure_are_not_vague(text: str) -> None:
    assert "vague_result" not in codes(text)


def test_adoption_told_without_a_count_stays_vague() -> None:
    assert "vague_result" in codes("I put the checklist in the wiki, and teams have used it for their launches.")


# The cause told as what was found, or as a failure given its reason.
@pytest.mark.parametrize(
    "text",
    [
        "What I found was that the pick lists were sorted by SKU rather than by aisle.",
        "eventually we worked out it was the load balancer dropping idle connections after 60 seconds",
        "it ended up being a timezone mismatch between the two systems",
        "we realised the form timed out after ten minutes so nurses lost their notes",
        "the reconciliation broke because the bank changed the file format without telling anyone",
    ],
)
def test_causes_told_as_findings_are_heard(text: str) -> None:
    assert "root_cause" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The problem was urgent, so I pulled in two more people.",
        "The reason I took it on was that nobody else had time.",
        "The cause is still unknown.",
        "The delays were caused by the other team being slow.",
        "the problem was the deadline was in two weeks",
        "they figured out it was something to do with the carrier api and pushed a fix",
        "What I learned is that you should always keep learning.",
    ],
)
def test_problems_described_or_others_findings_are_not_causes(text: str) -> None:
    assert "root_cause" not in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "i cut latency by 100 percent",
        "Our two-person team saved $500M in a month.",
        "It made the pipeline a thousand times faster overnight.",
        "we added 5 billion new customers that week",
        "wait times in A and E fell by 110%",
        "the ward got rid of every single infection forever",
        "uptime went to one hundred and ten percent",
        "availability hit 105% that quarter",
    ],
)
def test_figures_no_one_would_believe_are_implausible(text: str) -> None:
    assert "implausible_claim" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "downloads were up 150% on the week before launch",
        "the cache hit rate rose 150% after the change",
        "error rates dropped by 90 percent",
        "We cut cloud spend by $4M a year across 40 teams.",
        "The contract was worth $300 million over five years.",
    ],
)
def test_believable_figures_are_not_implausible(text: str) -> None:
    assert "implausible_claim" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "the charge nurse said falls went down 25 percent",
        "the ops director reckoned it cut picking errors by half, around 50%",
        "per the finance team the savings were around $300k",
        "i heard from the store managers that shrink fell by 10%",
        "the account manager told me the client saved 40 thousand pounds",
    ],
)
def test_figures_passed_on_are_secondhand(text: str) -> None:
    assert "secondhand_numbers" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finance confirmed the saving I had computed: $210k a year from the reserved instances.",
        "The PM said churn was 8%, which I then checked in the warehouse tables and it held.",
        "The CFO presented my numbers at the board: 14% lower unit cost.",
        "My manager told me the deadline was in 3 weeks.",
        "Product estimated it would take 3 months.",
    ],
)
def test_own_or_plan_figures_are_not_secondhand(text: str) -> None:
    assert "secondhand_numbers" not in codes(text)


@pytest.mark.parametrize(
    "text",
    ["I checked in with my manager every week.", "i compared notes with the other lead", "We tested the waters first."],
)
def test_talk_is_not_verification(text: str) -> None:
    assert "verification" not in codes(text)


@pytest.mark.parametrize(
    "explained",
    [
        "The returns team were happy because it saved them the disposal cost on every scrapped reader.",
        "The pickers were pleased since it cut two trips a shift from their route.",
    ],
)
def test_a_feeling_given_its_concrete_cause_is_not_a_vague_result(explained: str) -> None:
    assert "vague_result" not in codes(explained)


def test_a_feeling_with_a_vague_cause_is_still_a_vague_result() -> None:
    assert "vague_result" in codes("The returns team were happy because it made things a lot better for them.")


def test_an_assumption_in_a_course_the_candidate_would_not_take_is_not_theirs() -> None:
    answer = (
        "I measured the ranking change in an A/B test myself: application rate fell 0.8%. What I wouldn't do is "
        "quietly ship it because the metric looked better."
    )
    assert "unverified" not in codes(answer, "followup")
    assert "unverified" in codes("We shipped it because the metric looked better.", "result")


@pytest.mark.parametrize(
    "result",
    [
        "We handed the audit pack over with a day to spare.",
        "The team went from a release a month to a release a week.",
        "After the change every order shipped the same day.",
        "Not a single complaint about the labels came in after that.",
    ],
)
def test_a_result_measured_in_words_is_measured(result: str) -> None:
    assert "no_quantification" not in codes(result)


def test_a_result_with_no_measure_in_any_form_is_still_unmeasured() -> None:
    assert "no_quantification" in codes("After the change the orders went out much more smoothly and people noticed.")


def answer_codes(text: str, level: str, lp: str) -> set[str]:
    return analyze(text, section="answer", level=level, lp=lp).codes()


# Whole strong answers where a figure passed on by others is then counted or checked by the candidate.
@pytest.mark.parametrize(
    ("level", "lp", "text"),
    [
        pytest.param(
            "sde2",
            "ownership",
            (
                "At a bank, our fraud rules ran on a nightly feed from the card team. The card team told us the "
                "feed was ninety-nine percent complete, but I didn't want to rely on that, so I counted "
                "transactions in the feed against the card ledger for a fortnight myself. It was actually "
                "ninety-four percent complete, with weekend transactions missing. I worked with the card team to "
                "add the weekend partitions, then ran my count again for two weeks: it matched at 99.8%. Fraud "
                "cases caught on Monday mornings rose from around twelve to around thirty a week. I learned to "
                "measure the inputs of a system I own, not just its outputs."
            ),
            id="card-feed-recounted",
        ),
        pytest.param(
            "senior",
            "dive-deep",
            (
                "at a health insurance company i owned the claims intake service and we had a backlog that the "
                "operations team said was around five thousand claims i didn't take that number on trust because "
                "the dashboard counted resubmissions twice so i queried the database myself and the real backlog "
                "was about three thousand two hundred i found that a validation step was rejecting claims with a "
                "middle initial and sending them back to the queue i fixed the parsing and reprocessed the "
                "rejected claims over a weekend the backlog was down to under four hundred by the next friday and "
                "it's stayed under five hundred since i learned to check the measure before i trust the goal "
                "built on it"
            ),
            id="claims-backlog-queried",
        ),
        pytest.param(
            "sde2",
            "deliver-results",
            (
                "At a wholesale grocer, our invoices went out in one batch at the end of each week, and customers "
                "often paid late because they only saw the invoice days after delivery. I proposed sending each "
                "invoice when the delivery was signed for, and I built the change on top of our delivery app's "
                "signature event. I tested it on one route for two weeks and checked every invoice against the "
                "signed delivery note. Invoices now go out the same day as the delivery instead of up to a week "
                "later, and the finance team told me the average time to payment shortened by about nine days, "
                "which I confirmed from the ledger. I learned to look at when a document arrives, not just "
                "whether it is correct."
            ),
            id="invoice-ledger-confirmed",
        ),
        pytest.param(
            "sde2",
            "dive-deep",
            (
                "I work on a mobile game with around two million monthly players. Our analytics team reported "
                "that crash rates on older Android phones had doubled after a release. Rather than take that "
                "figure as it was, I pulled the raw crash reports myself and grouped them by device and build. "
                "Their number held up: crashes on those phones had gone from 0.4% to 0.9% of sessions. I found "
                "the cause in a texture format that older GPUs did not support, and I added a fallback for those "
                "chips. I tested it on six borrowed devices and then released to five percent of players. After a "
                "week on full release the crash rate on those phones was back to 0.4%. I learned to verify a "
                "reported number at its source before I build a fix around it."
            ),
            id="crash-rate-verified",
        ),
        pytest.param(
            "senior",
            "are-right-a-lot",
            (
                "Our data platform team wanted to move the analytics warehouse to a new vendor, and their "
                "estimate said it would cut our bill by forty percent. I was responsible for the budget, so "
                "before agreeing I rebuilt the estimate myself from three months of our actual query logs. My "
                "figure came to twenty-eight percent, because their model left out the cost of data egress. We "
                "still moved, but we kept the heavy exports on the old system. After six months the bill was down "
                "twenty-six percent, close to my estimate. What I took from it is to rebuild a savings figure "
                "from our own data before I put my name to it."
            ),
            id="warehouse-bill-rebuilt",
        ),
        pytest.param(
            "sde2",
            "deliver-results",
            (
                "Our team at a streaming service ran the subtitle pipeline, and subtitles for new episodes were "
                "often late. The content team said it was about a third of episodes. I checked the publishing "
                "logs for the last two months myself and found it was closer to a quarter, almost all of them "
                "from one translation vendor whose files used a different timecode format. I wrote a converter "
                "for that format and a check that rejected any file whose timing drifted past the last frame. "
                "Since then, subtitles have gone live with the episode for every release, forty-one in a row, and "
                "the vendor fixed their export. I learned to check a claimed rate before sizing the fix."
            ),
            id="subtitle-rate-checked",
        ),
        pytest.param(
            "senior",
            "are-right-a-lot",
            (
                "At an energy supplier, I led the move of our meter readings from monthly estimates to real "
                "smart-meter data. The business case from finance said it would cut billing complaints by half. I "
                "thought that was optimistic, so I built my own estimate from a sample of five hundred complaints "
                "and found only about thirty percent were caused by estimated readings. I set the target at "
                "thirty percent with the directors. After the rollout, billing complaints fell by thirty-three "
                "percent over two quarters, measured from the complaints system. I learned that setting an honest "
                "target earns more trust than promising the larger figure."
            ),
            id="finance-case-rebuilt",
        ),
    ],
)
def test_a_figure_passed_on_and_then_checked_by_the_candidate_is_not_secondhand(level: str, lp: str, text: str) -> None:
    assert "secondhand_numbers" not in answer_codes(text, level, lp)


def test_a_figure_passed_on_and_never_checked_is_still_secondhand() -> None:
    level, lp, text = (
        "sde2",
        "dive-deep",
        (
            "At the retailer, checkout errors were a big problem. I rewrote the retry logic and added a "
            "timeout. After we launched, the analytics team told me errors went down by forty percent, and my "
            "manager said it saved the company about two million dollars a year. Product told us conversion "
            "was up three percent as well. So it was a big success. I learned a lot about retries and how "
            "important it is to work with analytics."
        ),
    )
    assert "secondhand_numbers" in answer_codes(text, level, lp)
    later = "Finance told us it saved 40% of the bill. I moved on to the next project. Later I checked the dashboards."
    assert "secondhand_numbers" in codes(later)


# Whole strong answers whose result is counted in words: none left over, every case done, a rough dozen, a rate.
@pytest.mark.parametrize(
    ("level", "lp", "text"),
    [
        pytest.param(
            "sde2",
            "deliver-results",
            (
                "At a regional parcel warehouse, our pick lists were printed each night and the morning shift "
                "often found that late orders had been left off. I owned the batching job, so I traced why: the "
                "cutoff query ran before the last carrier feed landed. I moved the job behind the feed, added a "
                "check that compared the order count in the feed against the pick list, and had it page me if "
                "they differed. I ran both versions side by side for a week and compared them every morning. "
                "After the change every order placed before midnight made it onto the morning pick list, and none "
                "of the drivers had to come back for a missed parcel that month. Before, we were re-sending about "
                "a dozen parcels a week. What I learned is to check the order of jobs, not just each job, when "
                "data crosses teams."
            ),
            id="warehouse-pick-lists",
        ),
        pytest.param(
            "sde2",
            "ownership",
            (
                "our team ran the returns portal for a homeware retailer and um the refunds were going out weekly "
                "in one batch which meant customers waited up to eight days for their money so i took it on "
                "myself to change it i rewrote the refund job so it ran every day and i added a reconciliation "
                "report that matched refunds against the payment provider each night i checked that report myself "
                "for the first two weeks and it matched to the penny every day so we went from weekly to daily "
                "refunds and complaints about slow refunds dropped from about sixty a month to under ten what i "
                "took from it is that a batch schedule is a product decision not just a technical one"
            ),
            id="weekly-to-daily-refunds",
        ),
        pytest.param(
            "sde2",
            "deliver-results",
            (
                "At a food delivery company I owned the courier app's offline mode. Couriers in basements and "
                "lifts were losing deliveries they had marked as done. I reproduced it by switching my phone to "
                "flight mode in the middle of a delivery, and found we dropped the update if the retry queue was "
                "full. I made the queue persistent and added a counter for dropped updates. After release the "
                "counter stayed at zero for a full month, across roughly half a million deliveries, where before "
                "we lost about two hundred a week. Support stopped hearing about deliveries marked as missing. I "
                "learned to add a counter for anything I claim never happens."
            ),
            id="counter-stayed-zero",
        ),
        pytest.param(
            "sde2",
            "invent-and-simplify",
            (
                "I worked on the scheduling system for a chain of veterinary clinics. Each clinic kept its own "
                "rota in a spreadsheet, which the system imported every night. The real problem was that vets "
                "booked on two sites at once, and clinics only found out when a vet didn't turn up. I wrote a "
                "conflict check that ran on import and emailed the clinic manager the same evening. I tested it "
                "on six months of old rotas and it found every one of the fourteen clashes we knew about. In the "
                "first quarter after launch, no vet was double-booked, where before there had been three or four "
                "a month. I learned to turn a known failure into a test case before building the fix."
            ),
            id="no-vet-double-booked",
        ),
    ],
)
def test_a_whole_answer_measured_in_words_is_measured(level: str, lp: str, text: str) -> None:
    assert "no_quantification" not in answer_codes(text, level, lp)


@pytest.mark.parametrize(
    ("level", "lp", "text"),
    [
        pytest.param(
            "sde2",
            "ownership",
            (
                "Our warehouse system was slow and the team kept complaining about the pick lists. I looked into "
                "the job that generated them and found a slow query. I rewrote the query, added an index, and "
                "deployed it on a Tuesday. After that the system was much faster and the pick lists were "
                "generated more quickly, and the team was really happy with the improvement. Performance improved "
                "a lot and everyone noticed. I learned that it is important to look at queries first when a "
                "system is slow and to talk to the users."
            ),
            id="faster-pick-lists",
        ),
        pytest.param(
            "sde2",
            "deliver-results",
            (
                "At the hospital, the paging system was unreliable in the basement. I researched vendors, chose a "
                "new system with SMS fallback, and ran the rollout across the wards. Afterwards the doctors got "
                "their pages much more reliably and response times were a lot better. The nurses were happier "
                "too. I learned to involve users early."
            ),
            id="better-pages",
        ),
        pytest.param(
            "sde2",
            "deliver-results",
            (
                "Our clinic booking system kept double booking patients. I found the race condition in the slot "
                "reservation and fixed it with a lock. I deployed it and the double bookings went down a lot. "
                "Receptionists were much happier and patients complained less. I learned to think about "
                "concurrency."
            ),
            id="fewer-double-bookings",
        ),
    ],
)
def test_a_whole_answer_with_no_measure_is_still_unmeasured(level: str, lp: str, text: str) -> None:
    assert "no_quantification" in answer_codes(text, level, lp)


@pytest.mark.parametrize(
    "result",
    [
        "None of the drivers had to come back for a missed parcel that month.",
        "Before, we were re-sending about a dozen parcels a week; after, it was none.",
    ],
)
def test_none_left_or_a_rough_dozen_measures_a_result(result: str) -> None:
    assert "no_quantification" not in codes(result)


def test_a_dozen_with_no_rough_count_around_it_is_not_a_measure() -> None:
    assert "no_quantification" in codes("A dozen things went better after that and the team was happier.")


# Results counted or timed in words, set against what came before or held since the change.
@pytest.mark.parametrize(
    "result",
    [
        "We went from next-day dispatch to same-day dispatch for every order placed before two.",
        "The close now finishes on the first working day instead of the third.",
        "Nobody has had to reset a password by phone since the change.",
        "Refunds now reach customers the day after a return instead of a week later.",
        "The ward has not had a missed medication round since we switched.",
        "Support went from answering within a day to answering within the hour.",
        "None of the stores ran out of the promoted items that weekend.",
        "Half the calls that used to need a second screen no longer did.",
        "Patients now get their results the same day rather than waiting until their next visit.",
    ],
)
def test_a_time_or_a_count_in_words_measures_a_result(result: str) -> None:
    answer = "I rewrote the job and tested it with the ops team for two weeks. " + result
    assert "no_quantification" not in analyze(answer, section="answer").codes()


@pytest.mark.parametrize(
    "result",
    [
        "Since then things have been much smoother for everyone on the shift.",
        "The ward is in a much better place now and the nurses are happier.",
        "Support got a lot faster at answering and customers noticed.",
    ],
)
def test_a_result_without_a_time_or_count_is_still_unmeasured(result: str) -> None:
    answer = "I rewrote the job and tested it with the ops team for two weeks. " + result
    assert "no_quantification" in analyze(answer, section="answer").codes()


_REFUND_STEPS = "our returns were slow so i rewrote the refund job and tested it against a month of returns myself "


# Spoken results with a fraction or a small count in words, and no digits anywhere.
@pytest.mark.parametrize(
    "result",
    [
        "and after that refunds took a tenth of the time",
        "so refunds went out in a third of the time they used to",
        "and we cut the refund wait by a third",
        "and refunds were going out the same afternoon rather than the following week",
        "and the backlog cleared in a couple of days and never built up again",
        "and after that a quarter of the calls we used to get just stopped",
        "and the number of chasers dropped to a handful a week",
    ],
)
def test_a_spoken_fraction_or_small_count_measures_a_result(result: str) -> None:
    answer = _REFUND_STEPS + result + " and i learned to test against real data"
    assert "no_quantification" not in analyze(answer, section="answer").codes()


@pytest.mark.parametrize(
    "result",
    [
        "and refunds got a lot quicker and a handful of customers noticed",
        "and after that refunds were much faster and the team felt better about it",
    ],
)
def test_a_spoken_result_without_a_fraction_or_count_is_still_unmeasured(result: str) -> None:
    answer = _REFUND_STEPS + result + " and i learned to test against real data"
    assert "no_quantification" in analyze(answer, section="answer").codes()


def test_an_outcome_told_vaguely_among_the_steps_is_heard() -> None:
    steps = (
        "I rewrote the pick list export and moved it to the night run. The floor managers loved it and things got a "
        "lot better."
    )
    assert "vague_result" in codes(steps, "action")


def test_praise_received_is_a_vague_result_but_an_emoji_in_the_data_is_not() -> None:
    assert "vague_result" in codes("After the launch we got a shout-out from the CFO and lots of emoji reactions.")
    detail = (
        "I reproduced the failure on a customer name with an emoji in it, fixed the encoding, and reran the "
        "export so every report went out that morning."
    )
    assert "vague_result" not in codes(detail, "action")
    assert "vague_result" not in codes(detail, "result")


# A check told after another step, repeated, set up to compare, or the source of the candidate's own figure.
@pytest.mark.parametrize(
    "text",
    [
        "I swapped the lock for a queue and then re-ran the month-end close twice to see it finish in time.",
        "so i ran the sync script forty times against staging and it never dropped a record",
        "I tested it against a snapshot of the live ledger before switching over.",
        "Bookings went from 210 to 260 a week, which I read off our own booking records.",
        "time to first reply fell from 9 hours to 2 according to our helpdesk's history",
        "i pulled those numbers from the release timestamps for the six weeks either side",
        "We launched the new rota in one ward first so we could compare it with the other four.",
        "the totals matched to the penny for every branch",
        "after the change i walked through the whole sign-up flow again with the keyboard only",
        "I asked the two drivers who had reported it to try the new route again, and both got through.",
        "I turned it on for a single test customer first to confirm the invoices came out right.",
        "i still look at the bounce rate every monday",
    ],
)
def test_checks_told_in_other_words_are_heard(text: str) -> None:
    assert "verification" in codes(text, "action")


# Talk with people about plans, or a figure a team reported, is not a check of the candidate's own.
@pytest.mark.parametrize(
    "text",
    [
        "I checked with my manager whether the launch could slip a week.",
        "We needed to confirm the budget with finance before starting.",
        "According to the data science team, bookings rose 12%.",
        "so i asked them to look at it again and went back to my own tickets",
    ],
)
def test_talk_about_plans_or_a_teams_figure_is_not_verification(text: str) -> None:
    assert "verification" not in codes(text, "action")


# The suspect cleared and the cause named, what the failures shared, a conclusion from one's own evidence, a
# mechanism or a missing guard given as the reason.
@pytest.mark.parametrize(
    "text",
    [
        "i watched the packers for a shift and the label printer wasn't the issue, the labels queued by order time",
        "Every refused payment had the same trigger: the card had been re-issued that month.",
        "it was a missing index on the bookings table, nothing more",
        "I read the call notes and realised why: the form cleared itself after ten minutes.",
        "Most of the chargebacks traced back to a single merchant category.",
        "the replay showed us it really was the retry policy and not the load balancer we had all suspected",
        "The sync lost edits because it overwrote the server copy without comparing versions.",
        "Two agents could claim the same ticket because there was no lock between the read and the update.",
        "The alert list kept growing because no one ever reviewed what fired at night.",
        "her real problem was our review process, not her code",
    ],
)
def test_causes_found_in_further_forms_are_heard(text: str) -> None:
    assert "root_cause" in codes(text, "action")


# A reason for a choice, an authority's request, a constraint, a hedge, a cause still to be found: no cause found.
@pytest.mark.parametrize(
    "text",
    [
        "I skipped the design review because the change was really small.",
        "It was hard to follow the incident because the logs were pretty noisy.",
        "I handed it back because the service wasn't really our team's.",
        "The release slipped a week because a regulator had asked for another form.",
        "the problem was that we only had two engineers",
        "I think the issue was probably the connection pool, but we never confirmed it.",
        "once i found the cause i'd write it up for the team",
        "Our director told me it was the best launch of the year.",
    ],
)
def test_reasons_constraints_hedges_and_praise_are_no_cause(text: str) -> None:
    assert "root_cause" not in codes(text, "action")


# A doubt or a hearsay figure told after the candidate's own measured check, or a check run through someone else's
# export, is colour, not an outcome taken on trust.
@pytest.mark.parametrize(
    "text",
    [
        "I changed the dedupe key and replayed two weeks of orders through it: zero double charges. No complaints "
        "from the shops since.",
        "After the change I sat with three of the drivers and timed each round by hand: the average fell from 50 to "
        "38 minutes. As far as I know they still use the new order.",
        "I fixed the rounding and ran the statement job against last quarter's data; every balance matched. Our "
        "finance lead later told us it saved about 20 hours a month.",
        "I asked the support lead to export the tags for me and went through them myself: login tickets fell from 30 a "
        "week to 4.",
    ],
)
def test_a_doubt_or_hearsay_after_ones_own_measured_check_is_not_unverified(text: str) -> None:
    assert "unverified" not in codes(text, "answer")


# Taken on trust with no check of one's own, however it is told.
@pytest.mark.parametrize(
    "text",
    [
        "I changed the dedupe key and after that things were fine, no complaints from the shops since.",
        "The finance lead told us it saved about 20 hours a month, which was a great result.",
        "i pushed the change on monday and i think it worked, the pages mostly stopped",
    ],
)
def test_trust_without_a_check_of_ones_own_is_still_unverified(text: str) -> None:
    assert "unverified" in codes(text, "answer")


# Absurd figures in further forms: a huge share in a short window, tens of millions by a junior, everyone's praise
# as a total, nothing ever again.
@pytest.mark.parametrize(
    "text",
    [
        "I single-handedly grew sign-ups by 700% in one week.",
        "in my internship i earned the company 40 million dollars",
        "100% of our users said it was the best release we had ever done",
        "after my refactor we never had a single bug again",
    ],
)
def test_further_figures_no_one_would_believe_are_implausible(text: str) -> None:
    assert "implausible_claim" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sign-ups grew 400% year over year as the product found its market.",
        "Our division earned 40 million dollars in new contracts that year.",
        "100% of the regression tests passed before the release.",
        "We have not had a single outage on that service since the change in March.",
    ],
)
def test_large_but_believable_figures_are_not_implausible(text: str) -> None:
    assert "implausible_claim" not in codes(text)


# A feeling among the steps, with the outcome measured later, is a reaction along the way; told as the outcome of the
# story, with nothing measured after it, it is a vague result.
_STEPS = (
    "I was on the payments team when refunds started failing. I offered to help the platform lead, and she was glad "
    "of the help. I traced the failures to a retry bug, rewrote the retry, added a test and rolled it out. "
)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (_STEPS + "Failed refunds went from 300 a day to 4.", False),
        (
            "I fixed the refund bug and the team was really happy. Then I cleaned up the logs, wrote a note and "
            "closed the ticket.",
            True,
        ),
    ],
)
def test_a_feeling_among_the_steps_is_not_the_result(text: str, vague: bool) -> None:
    assert ("vague_result" in codes(text, section="answer")) is vague


# A result measured in words: a hedged fraction, a rate taken to none, a rank moved, every one of a set carried
# through, approval at the first pass, a duration set against the old one, a date beaten.
@pytest.mark.parametrize(
    "text",
    [
        "Afterwards the time spent chasing invoices fell by roughly a third, and the collections team stopped "
        "working weekends.",
        "After the fix the overnight alarms went from every night to none, and stayed that way.",
        "Our app moved from near the bottom of the store rankings to the top in its category.",
        "Since then every one of the monthly payroll runs has completed without a manual restart.",
        "The next audit passed on the first attempt, where the last two had needed rework.",
        "The reindex now runs overnight rather than over a weekend.",
        "The new portal went live a week ahead of the trade show, so sales could demo it there.",
    ],
)
def test_a_result_measured_in_words_is_quantified(text: str) -> None:
    assert "no_quantification" not in codes(text)


# A vague ending, an outcome said to hold for each person, or "it worked first time": still unmeasured.
@pytest.mark.parametrize(
    "text",
    [
        "Afterwards the invoices went out faster than before and the collections team was happier.",
        "Each one of the store managers was pleased with the new report.",
        "It worked first time and everyone was happy with the launch.",
    ],
)
def test_a_vague_ending_in_words_has_no_quantification(text: str) -> None:
    assert "no_quantification" in codes(text)


# A figure taken to another is a before-and-after, however the sentence around it runs; a change reads whole figures.
@pytest.mark.parametrize(
    "text",
    [
        "Average handling time per claim over the quarter: from 14 minutes to about 6.",
        "Refund requests dropped 35% in the six weeks after launch.",
        "the backlog at the sorting hub went from about forty pallets a night to a handful",
    ],
)
def test_a_figure_taken_to_another_is_a_metric_delta(text: str) -> None:
    assert "metric_delta" in codes(text)


# A value someone set, a trip, or a figure held against a target is not a before-and-after.
@pytest.mark.parametrize(
    "text",
    [
        "I raised the worker pool size from 8 to 32 and left the job running overnight.",
        "Twice that month I went to the depot with 3 spare scanners to swap the broken ones.",
        "The first failover drill took 38 minutes against a 45-minute target.",
    ],
)
def test_a_setting_a_trip_or_a_target_is_no_metric_delta(text: str) -> None:
    assert "metric_delta" not in codes(text)


# Figures that set the scene before the first step, or that belong to the lesson, do not measure the outcome.
def test_figures_in_the_scene_and_the_lesson_do_not_measure_an_ending() -> None:
    text = (
        "I was one of six engineers on the parcel tracking app at a courier firm. The app served about 200,000 "
        "customers a week and we released every fortnight. Drivers in three regions used an older build on rugged "
        "handsets that kept losing scans. I took the sync bug on myself. I traced it to a retry loop that dropped "
        "the batch after one failure, rewrote it to keep the batch until the server confirmed it, and added tests. "
        "After the release the drivers were much happier and the depot managers stopped chasing us. "
        "What I learned is to check the two or three places where data can be dropped before trusting a sync."
    )
    assert "no_quantification" in codes(text, "answer")


# A reason told as what was missing or never done, or as a trait every failure shared.
@pytest.mark.parametrize(
    "text",
    [
        "The refunds stalled because there's no retry on the bank callback, so one timeout left them pending.",
        "Engineers kept merging untested migrations because nothing in the pipeline blocked a change without a test.",
        "the log partition was full because rotated logs were never compressed or removed",
        "It took weeks to add a region because every region was hard coded in the routing table.",
        "i went through the forty broken orders and saw they all had a discount applied after the tax step",
    ],
)
def test_a_reason_in_what_was_missing_or_shared_is_a_root_cause(text: str) -> None:
    assert "root_cause" in codes(text, "action")


# A person's inexperience or a group's opinions are not a mechanism found.
@pytest.mark.parametrize(
    "text",
    [
        "I volunteered for the Terraform work because I had never written infrastructure code and wanted to learn.",
        "I asked the team leads and they all had opinions about what to do next, so I set up a meeting.",
    ],
)
def test_inexperience_or_opinions_are_not_a_root_cause(text: str) -> None:
    assert "root_cause" not in codes(text, "action")


# A check told as one step among others, with its figure: the subject carried over from the first verb.
@pytest.mark.parametrize(
    "text",
    [
        "I ran both ledgers in parallel for three weeks and compared every night's totals before switching.",
        "I changed the matcher to use the original reference and tested it against the last three closes.",
    ],
)
def test_a_check_told_after_another_step_with_its_figure_is_verification(text: str) -> None:
    assert "verification" in codes(text)


# The same steps with no figure, or told by the team, are not the candidate's measured check.
@pytest.mark.parametrize(
    "text",
    [
        "I rewrote the importer and tested it before the release went out.",
        "We wrote the scripts in two days, tested them on Friday and cut over on Saturday night.",
    ],
)
def test_a_check_with_no_figure_or_told_by_the_team_is_not_verification(text: str) -> None:
    assert "verification" not in codes(text)


# A mechanism told with the harm it did, the thing itself the subject.
@pytest.mark.parametrize(
    "text",
    [
        "our matcher keyed on amount and date only so it could never pair a payment with its correction",
        "The token cache expired every key on the hour, so all forty client services refreshed together and hit our "
        "rate limit.",
        "The vendor reused the same batch ID every night, so half of our imports were skipped as duplicates.",
    ],
)
def test_a_mechanism_told_with_the_harm_it_did_is_a_root_cause(text: str) -> None:
    assert "root_cause" in codes(text, "action")


# A person's own step and its purpose or its cost is no mechanism found.
@pytest.mark.parametrize(
    "text",
    [
        "I cached the search results in memory so that customers never waited more than a second.",
        "We used a spreadsheet to track releases, so things sometimes got lost and we missed a couple of dates.",
        "I held the release for a day so we missed the marketing window.",
    ],
)
def test_a_persons_step_and_its_purpose_or_cost_is_not_a_root_cause(text: str) -> None:
    assert "root_cause" not in codes(text, "action")


# Checking, searching or watching told as a later step, with the figure it gave in its own clause.
@pytest.mark.parametrize(
    "text",
    [
        "i added a cleanup step that keeps the last fourteen backups and then checked the next three nights",
        "I wrote a masking filter, then searched the logs for card patterns: ninety thousand lines a day before, none "
        "after.",
    ],
)
def test_a_later_check_or_search_with_its_figure_is_verification(text: str) -> None:
    assert "verification" in codes(text)


def test_watching_with_the_figure_only_in_a_hedge_after_it_is_not_verification() -> None:
    text = "I shipped it and tracked the tickets for a while; there were fewer of them, maybe two or three."
    assert "verification" not in codes(text)


# The outcome declared rather than shown.
@pytest.mark.parametrize(
    "text",
    [
        "I watched the support queue for a week or so and it looked quieter, so I considered it resolved.",
        "Once the patch was live I figured it was sorted; we didn't hear about it again.",
        "I was fairly confident the index would fix it, so I added it on Thursday and we left it there.",
    ],
)
def test_an_outcome_declared_rather_than_shown_is_unverified(text: str) -> None:
    assert "unverified" in codes(text)


# The same declaration followed by a check of one's own is not unverified.
@pytest.mark.parametrize(
    "text",
    [
        "I figured it was sorted, but I re-ran the reconciliation the next morning and found two more gaps.",
        "I was fairly confident the index would fix it, so I benchmarked it on a copy of production first: the query "
        "went from eight seconds to two hundred milliseconds.",
    ],
)
def test_a_declared_outcome_then_checked_is_not_unverified(text: str) -> None:
    assert "unverified" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The late deliveries were a symptom of how the route planner split orders after midnight.",
        "I finally got to the bottom of it: the scale at dock four had never been recalibrated after the move.",
        "It happened because the retry job read the same queue as the importer, which in turn doubled every message.",
    ],
)
def test_a_cause_told_as_what_lay_behind_the_trouble_is_a_root_cause(text: str) -> None:
    assert "root_cause" in codes(text, "action")


# Watching told with the figure it read is not taken on trust.
@pytest.mark.parametrize(
    "text",
    [
        "I watched the checkout funnel for a week after release and abandonment fell from 31% to 22%.",
        "We tracked the warehouse scans for the following fortnight; mis-picks stayed under 4 a day, down from 40.",
    ],
)
def test_watching_with_its_figure_is_not_unverified(text: str) -> None:
    assert "unverified" not in codes(text)


# An outcome told as a settling or a feeling, with nothing to weigh.
@pytest.mark.parametrize(
    "text",
    [
        "Once the vendor patched their side, the booking queue got back to normal.",
        "After the rollback the checkout page went back to normal.",
        "It felt like a positive result for everyone involved.",
    ],
)
def test_an_outcome_told_as_a_settling_is_a_vague_result(text: str) -> None:
    assert "vague_result" in codes(text)


def test_back_to_normal_with_its_figure_is_not_a_vague_result() -> None:
    text = "Checkout was back to normal within ten minutes: the error rate fell from 8% to 0.3%."
    assert "vague_result" not in codes(text)


# A measured change seen over a window after the step is the state watched with its figure.
@pytest.mark.parametrize(
    "text",
    [
        "Within twenty minutes of the config change, failed card payments went from 6% to under 0.4%.",
        "Across the next nine releases the crash rate on older tablets fell from 1 in 300 sessions to zero.",
    ],
)
def test_a_measured_change_seen_over_a_window_is_verification(text: str) -> None:
    assert "verification" in codes(text)


# The same shape with figures no one would believe, or with someone else's word for them, is no proof.
@pytest.mark.parametrize(
    "text",
    [
        "Within a week of launch, revenue grew by 12,000% and sign-ups rose by 50,000%.",
        "The finance team reported that costs fell from $80k to $50k over the next quarter.",
    ],
)
def test_an_unbelievable_or_passed_on_change_is_not_verification(text: str) -> None:
    assert "verification" not in codes(text)


# A reason said in passing, with nothing looked into, is context or a motive, not a cause found.
@pytest.mark.parametrize(
    "text",
    [
        "Nobody wanted the billing project because the codebase had no tests, so I took it on and rewrote the "
        "invoicing module in a month.",
        "I pushed for the new rota, which is why the team finally got their weekends back.",
    ],
)
def test_a_reason_given_with_nothing_looked_into_is_no_root_cause(text: str) -> None:
    assert "root_cause" not in codes(text, "answer")


# The same kind of reason, where the candidate looked into it, is a cause found.
@pytest.mark.parametrize(
    "text",
    [
        "I timed every step of the night shift for a week. We missed the courier because the label printer "
        "ran a recalibration every two hundred labels.",
        "I pulled three months of refund tickets, and most were late because the bank callback had no retry.",
    ],
)
def test_a_reason_after_looking_into_it_is_a_root_cause(text: str) -> None:
    assert "root_cause" in codes(text, "answer")


# A level told as it was and as it is, each with its figure, is a before-and-after even without a "from ... to".
@pytest.mark.parametrize(
    "text",
    [
        "The weekly reconciliation used to take our clerks about nine hours; since the change it is done in ninety "
        "minutes.",
        "before the patch we logged roughly 300 dropped uploads a day and afterwards it was maybe 12",
        "The storage bill came to $18k a month instead of the $55k we had been paying.",
        "Loading a ward's rota now takes 40 seconds rather than 4 minutes.",
    ],
)
def test_a_level_as_it_was_and_as_it_is_is_a_metric_delta(text: str) -> None:
    assert "metric_delta" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The clinic used to open at 8 and I moved the server patching to the weekend.",
        "Back then the support desk had 6 people and I was the only one who could read the logs.",
    ],
)
def test_a_past_fact_beside_a_step_is_no_metric_delta(text: str) -> None:
    assert "metric_delta" not in codes(text)


# A party named by trade, role or the document they wrote passes an outcome figure on: their word, not a measure.
@pytest.mark.parametrize(
    "text",
    [
        "Procurement told us afterwards that the new contract saved about 90 thousand euros.",
        "In the end the customer's logistics department said their pickers were walking about 30 percent less.",
        "The quarterly business review credited the release with a 6 percent rise in repeat bookings.",
        "According to the plant supervisor, scrap fell from 7 percent to 2.",
        "so the regional sales director reckons it brought in like 200 new accounts",
    ],
)
def test_a_figure_passed_on_by_a_named_party_is_secondhand(text: str) -> None:
    assert "secondhand_numbers" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I reran the billing query a month later: disputes had fallen from 120 to 35, and procurement told us the "
        "supplier was pleased.",
        "Two engineers leaving the payments group mentioned 14 pages a week in their exit interviews.",
        "The controller and I worked out the saving together: 90 thousand euros a year.",
    ],
)
def test_a_figure_of_ones_own_or_a_party_inside_a_phrase_is_not_secondhand(text: str) -> None:
    assert "secondhand_numbers" not in codes(text)


# A good end told in general words, and an outcome taken on trust in other words.
@pytest.mark.parametrize(
    "text",
    [
        "After a rocky first week it all sort of worked out and the bakery kept the new rota.",
        "The new scheduler was fine in the end, and the depot managers stopped asking about it.",
        "so yeah everything kind of fell into place after that",
    ],
)
def test_a_good_end_in_general_words_is_vague(text: str) -> None:
    assert "vague_result" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I worked out the refund total by hand: 412 accounts, about 31 thousand pounds.",
        "I assumed it was fine and moved on to the next ward's rota.",
        "The replacement pump was fine: pressure held at 4 bar for the next six weeks of tests.",
    ],
)
def test_a_worked_sum_an_assumption_or_a_measured_fine_is_not_vague(text: str) -> None:
    assert "vague_result" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I merged the patch on the Thursday and just trusted it would hold over the weekend.",
        "The floor lead said returns were down, so I took it that the new labels worked.",
        "i never actually went back to check the freezer logs after the change",
        "We didn't get any more escalations from the clinic, and we closed the project.",
    ],
)
def test_an_outcome_taken_on_trust_in_other_words_is_unverified(text: str) -> None:
    assert "unverified" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I trusted the vendor's numbers at first, but then I pulled the scan logs: mis-picks fell from 40 to 5.",
        "I went back a week later and checked the freezer logs: every unit held minus 18 degrees.",
        "I replayed a month of orders through the new rules and got zero mismatches out of 9,300.",
    ],
)
def test_a_check_of_ones_own_is_not_unverified(text: str) -> None:
    assert "unverified" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I moved the export onto the new queue last spring, and I believe it's still running fine.",
        "so we swapped the old cron for the scheduler and i think it is still working as far as anyone says",
        "The patch went out in March. I'd guess it has been stable since then.",
    ],
)
def test_a_belief_about_how_things_stand_now_is_unverified(text: str) -> None:
    assert "unverified" in codes(text)


def test_how_things_stand_now_shown_by_a_look_is_not_unverified() -> None:
    text = "I moved the export onto the new queue last spring; last week I checked the logs and all 40 runs passed."
    assert "unverified" not in codes(text)
    assert "unverified" not in codes("I think it's worth saying the queue was the team's idea, not mine.")


@pytest.mark.parametrize(
    "text",
    [
        "I pulled the worker logs for the bad nights. The invoice job was still pointed at the old replica.",
        "so i dug into the export code um and basically the date column had no time zone on it at all",
        "I diffed the two config files side by side. The new build had dropped the retry setting entirely.",
        "I timed every stage of the import, and the lookup table had never been given the Welsh postcodes.",
    ],
)
def test_a_things_faulty_state_told_after_looking_into_it_is_a_root_cause(text: str) -> None:
    assert "root_cause" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "I booked 2 contractors rather than the 5 the agency pitched, to keep the budget.",
        "so we went with 3 shards instead of 8 because the data was small",
        "We settled on a 30-day retention rather than 90 days.",
    ],
)
def test_a_figure_chosen_over_another_is_no_before_and_after(text: str) -> None:
    assert "metric_delta" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I picked the smaller instance type and the nightly build finished in 20 minutes instead of 70.",
        "We chose the hosted runner, and the suite now takes 9 minutes rather than 25.",
    ],
)
def test_a_measure_beside_a_choice_is_still_a_before_and_after(text: str) -> None:
    assert "metric_delta" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Before the cutover we ran a failover drill and the standby took over in 4 minutes.",
        "i did two dry runs of the migration on staging first and both came through clean",
        "I piloted the new rota with one team for a month before anyone else used it.",
    ],
)
def test_a_rehearsal_of_the_real_thing_is_a_check(text: str) -> None:
    assert "verification" in codes(text, "action")


def test_a_drill_someone_else_ran_or_a_word_for_practice_is_no_check() -> None:
    assert "verification" not in codes("The office runs a fire drill every spring, so people know the exits.", "action")
    assert "verification" not in codes("I drilled into why the invoices were late and found the cause.", "action")


def test_fine_as_all_right_is_no_business_impact() -> None:
    assert "business_impact" not in codes("After the switch the 9 nightly jobs were fine and the team moved on.")
    assert "business_impact" in codes("The 9 late filings would have cost us a regulatory fine; we filed all of them.")


@pytest.mark.parametrize(
    "text",
    [
        "I pulled the support tickets from the quarter. The team had no time to read them before the review.",
        "I checked with my manager first, and honestly the project had no budget left for a contractor.",
        "I noticed the dashboard wasn't loading for some users, so I raised it in the channel.",
    ],
)
def test_a_state_of_people_or_a_symptom_after_looking_is_no_root_cause(text: str) -> None:
    assert "root_cause" not in codes(text, "action")
