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
        "I shipped the parser hotfix that evening; rejected uploads fell from 40 a day to 2 that week.",
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


@pytest.mark.parametrize(
    "text",
    [
        # An option ruled out, a compromise, a value put before another.
        "I decided against a full rewrite of the scheduler and patched the lock ordering instead.",
        "As a compromise, the nightly export kept its old columns and gained two new ones at the end.",
        "i ruled out the vendor's proposal because it tied us to their storage for five years",
        "We settled for a daily refresh of the risk scores until the streaming path was ready.",
        "I put correctness over speed for the ledger writes and let the reports lag a little.",
        "We took on some tech debt in the importer so the pilot could start on the first of the month.",
        "I dropped bulk editing from the first release and told the customer why.",
        "Moving the queue first would have taken a month, so I moved the consumers one by one.",
    ],
)
def test_more_ways_of_weighing_are_heard(text: str) -> None:
    assert "tradeoff" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Getting along and talking things through weigh nothing.
        "When people disagreed we talked it over as a group and tried to find a compromise everyone liked.",
        # Choosing a technology for fashion names no cost.
        "My job was to decide whether to use Kafka or RabbitMQ for the new events.",
    ],
)
def test_a_friendly_compromise_or_an_open_question_is_not_a_tradeoff(text: str) -> None:
    assert "tradeoff" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Staying with it, and not calling it done too soon.
        "I stayed with the migration until the last tenant had moved across.",
        "I didn't consider the ticket closed until the finance team had reconciled a full month.",
        "i chased every action item from the review until each one was closed",
        # Releasing in steps, and tidying up after.
        "I switched the new pricing on two stores at a time over a fortnight.",
        "Once every client was on the new endpoint, I removed the temporary feature flags.",
        # Handing over properly, and coming back later.
        "I wrote a handover doc and walked the on-call rotation through the new alerts.",
        "I went back to the warehouse team three weeks later to see whether the scanners still misread labels.",
        "I kept an eye on the refund queue for the next two billing runs.",
    ],
)
def test_more_ways_of_carrying_it_through_are_heard(text: str) -> None:
    assert "followthrough" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Changing one thing at a time while debugging is method, not a release in steps.
        "I changed one setting at a time and reran the benchmark after each change.",
        # A deadline met is not follow-through by itself, nor is chasing someone else's ticket.
        "We worked late and hit the quarter-end deadline.",
        "I followed up on their ticket twice in March and once in April.",
        # An end-to-end test suite is not owning it end to end.
        "I ran the full end-to-end suite against staging before lunch.",
    ],
)
def test_method_deadlines_and_chasing_others_are_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("The importer unblocked the analytics team, who had been waiting on clean data for a quarter.", "result"),
        ("That schema became the blueprint for the next three partner integrations.", "result"),
        ("I made a named owner mandatory for every alert in the catalogue.", "reflection"),
        ("The support agents no longer copy order numbers between two screens.", "result"),
        ("Onboarding a new carrier now takes days rather than a quarter.", "result"),
        ("Our hiring rubric has since been picked up by the data science org.", "result"),
        ("I added the contract check to our team's release checklist so the next engineer can't skip it.", "action"),
    ],
)
def test_more_effects_beyond_the_fix_are_heard(text: str, section: str) -> None:
    assert "second_order_effect" in codes(text, section)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # A regular meeting set up is not a change others live by; a contract extended by a client is not reuse.
        ("We set up a recurring 30 minute sync with the design team.", "action"),
        ("The client then extended the contract to two more sites.", "result"),
    ],
)
def test_meetings_and_contract_news_are_not_effects_beyond_the_fix(text: str, section: str) -> None:
    assert "second_order_effect" not in codes(text, section)


def test_a_finding_cites_the_first_three_kept_hits_in_text_order() -> None:
    text = (
        "I shipped the fix on Monday. I went back two weeks later to check the logs. "
        "I removed the temporary flags. I wrote a handover doc for the support team."
    )
    report = analyze(text, section="action")
    found = next(f for f in report.findings if f.code == "followthrough")
    assert found.severity == "major"
    assert len(found.evidence) == 3
    assert [e.start for e in found.evidence] == sorted(e.start for e in found.evidence)
    assert "shipped" in found.evidence[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Batching the writes meant a little more latency on each save, which I judged fine for a settings page.",
        "I was upfront with the sales team that the new check would slow onboarding by a day.",
        "The extra validation added about 4% to our p99 latency, and we kept it because bad records cost more.",
    ],
    ids=["meant-more-latency", "upfront-it-would-slow", "measured-cost"],
)
def test_a_cost_named_for_what_was_chosen_is_a_tradeoff(text: str) -> None:
    assert "tradeoff" in codes(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "The new layout added about 4% to checkout conversion in the first month.",
        "It meant a lot to the support team when I walked them through the fix.",
    ],
    ids=["gain-not-cost", "meant-a-lot"],
)
def test_a_gain_or_a_feeling_is_not_a_tradeoff(text: str) -> None:
    assert "tradeoff" not in codes(text, "action")


def test_a_practice_built_into_how_the_organisation_works_reaches_beyond_the_fix() -> None:
    fix = "I found the leak in the image cache and patched it. "
    assert "second_order_effect" in codes(fix + "We now hold a memory review for every screen before it ships.")
    assert "second_order_effect" in codes(
        fix + "I made a profiling run on the oldest supported phone a requirement before any release."
    )
    assert "second_order_effect" not in codes(fix + "I reran the profiler on my own phone before merging.")


def test_a_cost_accepted_told_in_the_result_is_a_tradeoff_and_an_overrun_is_not() -> None:
    accepted = "The launch slipped by a week, which the team agreed was worth it for the extra load testing."
    overrun = "In the end the migration took longer than planned, but it finished before the holidays."
    assert "tradeoff" in codes(accepted, "result")
    assert "tradeoff" not in codes(overrun, "result")
    assert "tradeoff" not in codes(overrun, "action")


def test_an_outcome_watched_over_time_after_ones_own_work_is_followthrough() -> None:
    own = (
        "I traced the duplicate invoices to a retry that re-sent the whole batch, rewrote the sender to skip batches "
        "already acknowledged, and added a check that compares counts with the ledger each night. Over the next "
        "six weeks duplicates went from about 40 a week to none."
    )
    others = (
        "The finance systems team looked into the duplicate invoices and their lead rewrote the sender. Over the "
        "next six weeks duplicates went from about 40 a week to none."
    )
    plan = (
        "I traced the duplicate invoices to a retry that re-sent the whole batch, rewrote the sender, and added a "
        "nightly check against the ledger. In the next release we will add the same check to refunds."
    )
    assert "followthrough" in codes(own, "answer")
    assert "followthrough" not in codes(others, "answer")
    assert "followthrough" not in codes(plan, "answer")


@pytest.mark.parametrize(
    "ending",
    [
        "A month later the payments squad asked to reuse the same retry wrapper for refunds.",
        "I also wrote up the steps in a short runbook, which the other on-call engineers used from then on.",
        "For every later schema change I set up a dry run against a copy of production as the first step.",
    ],
    ids=["asked-to-reuse", "which-others-used", "for-every-later"],
)
def test_others_taking_it_up_or_a_step_set_for_later_cases_reaches_beyond_the_fix(ending: str) -> None:
    fix = "I found the retry storm in the payment client and added backoff with jitter. "
    assert "second_order_effect" in codes(fix + ending)


@pytest.mark.parametrize(
    "ending",
    [
        "My lead asked to see the graphs before we closed the ticket.",
        "For the next hour I watched the error rate on the dashboard.",
    ],
    ids=["asked-to-see", "for-the-next-hour"],
)
def test_a_request_to_look_or_a_watch_is_not_an_effect_beyond_the_fix(ending: str) -> None:
    fix = "I found the retry storm in the payment client and added backoff with jitter. "
    assert "second_order_effect" not in codes(fix + ending)


@pytest.mark.parametrize(
    "text",
    [
        # Old and new side by side before the switch, and a pilot before the rest.
        "i ran the old and new stock counts side by side for a fortnight before i switched the old sheet off",
        "I piloted the new triage form with three charge nurses for a month, then took it to every ward.",
        # Those affected told once it was done, and staying until the last one was through.
        "I let the players who had reported the exploit know that it was patched and thanked them.",
        "I reported back to the customers who had complained and told them what we had changed.",
        "I kept following up with finance until every disputed invoice was cleared.",
        # Beside the people taking it up, though they are named inside the phrase.
        "I wrote the setup script, tried it on a wiped laptop and sat with the next two hires while they used it.",
        "When the new process went live I stayed late the first three nights to help the clerks with it.",
        # Handed over properly, the old way put away, the outcome counted months on.
        "I handed the rubric to recruiting operations to maintain, and I review it with them every half.",
        "I made sure the old spreadsheet was archived, and the old macro was switched off for good.",
        "I rewrote the reload, moved the dashboard and resized the cluster. A year on, the bill was down 40%.",
    ],
)
def test_carrying_it_on_after_the_change_is_heard(text: str) -> None:
    assert "followthrough" in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # A time that only tells how long a study took, and a result others brought about.
        "so we spent about 8 weeks on it and i did the official tutorials and scored 89 percent on the exam",
        "I raised it, I chased it, I escalated it. Eventually after about 6 weeks they fixed the file format and "
        "payouts went down by 90 percent.",
        # Work that could run side by side is a plan, not a run.
        "I listed what was still open and marked what could run in parallel with the import.",
    ],
)
def test_a_time_or_a_plan_is_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        # Other places took it up, in words beyond software.
        "other wards started using the handover sheet too",
        "Other hospitals in the network asked for our protocol.",
        "The approach was later taken up by the European offices.",
        "The finance team picked up my reconciliation script for their month-end close.",
        # What the organisation does now, what a review led to, a rule changed for whoever comes next.
        "onboarding now includes a session on it for every new hire",
        "the postmortem led to a new policy on weekend deploys",
        "After that, every new service was created from my template.",
        "in the retro we changed it so the on call senior can fail over first and inform after",
        "I changed our migration script so it refuses to run on a large table without the online tool.",
        "I set up a weekly cost report that now goes to every team lead.",
        "I've since had every rule we ship report its false positives.",
        # The person helped went on to help others.
        "He also started reviewing other people's billing changes against the same checklist.",
    ],
)
def test_reach_beyond_the_fix_is_heard(text: str) -> None:
    assert "second_order_effect" in codes(text, "result")


@pytest.mark.parametrize(
    "text",
    [
        # A hope, a wish or a possibility is not an effect.
        "It could be reused by other teams.",
        "I suggested it could be shared with other teams but nobody followed up.",
        "I'd like this to spread to other sites eventually",
        # Our own team taking up someone else's tool, and how others worked before.
        "The tool was built by another team and we adopted it.",
        "The other teams were using spreadsheets.",
    ],
)
def test_a_hope_or_our_own_adoption_is_not_an_effect_beyond(text: str) -> None:
    assert "second_order_effect" not in codes(text, "result")


@pytest.mark.parametrize(
    "text",
    [
        # A choice kept although it cost something.
        "we decided to keep the old system running in parallel even though it doubled our hosting cost for two months",
        "so we basically sacrificed some accuracy to get it out before black friday",
        "We took the hit on latency to get stronger consistency.",
        "I told the buyer we'd lose some margin on those lines but keep the shelf full.",
        "i pushed back the redesign to get the compliance fix in first",
        "I let the warehouse run slightly over stock for a quarter rather than risk running out during peak.",
        "The price of going fast was some duplicated code we cleaned up later.",
        "I kept the scope small so we'd hit the date, and dropped the multi-currency support.",
        "we paid more for the vendor but got our engineers back",
        # The cost counted, carried, or weighed against a risk that an outage names.
        "i put numbers on both sides and the route change added about four minutes to each van",
        "I showed my lead the history and asked for one extra week to build the interface properly.",
        "I left those two alerts as pages, because missing an outage during a live event would cost more than a bad "
        "night's sleep.",
    ],
)
def test_a_cost_accepted_is_heard(text: str) -> None:
    assert "tradeoff" in codes(text, "answer")


@pytest.mark.parametrize(
    "text",
    [
        "I wrote the importer fix and deployed it that Thursday.",
        "we shipped the new search page and everyone was really pleased with it",
        "I finished the rewrite and released it, then moved on to the billing work.",
        "We went live on schedule and the launch went smoothly.",
    ],
)
def test_a_release_alone_is_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text)


def test_a_release_is_cited_beside_other_followthrough() -> None:
    text = "I deployed the parser change on Monday. I checked the rejected files again three weeks later."
    found = next(f for f in analyze(text, section="action").findings if f.code == "followthrough")
    assert "deployed" in found.evidence[0].text


@pytest.mark.parametrize(
    "text",
    [
        # Put live to a few first, then to the rest.
        "I turned the new pricing on for our own staff first, then for everyone else a week later.",
        "i shipped it behind a flag and only widened it once the error budget looked fine",
        "I switched the new router on one data centre at a time over three nights.",
        "I kept the small shops on the old rules for a month and only then switched it on for everyone.",
        "I enabled it for 5% of checkout traffic and watched the refunds before going further.",
        "I ran a pilot at two depots before taking it to the other nine",
        "For a week the new scorer ran in shadow mode next to the old one while I compared every decision.",
        "I kept the old booking page up for a fortnight in case anything went wrong.",
        # Back to check some time on, or on a date set for it.
        "I checked the error rate again three weeks later and it was still flat.",
        "so i put a reminder in my calendar for six weeks out and reran the report then",
        "I handed the dashboards to the ops lead and booked a check-in with her a month later.",
        "I held a short retro with the warehouse leads once the first month was over.",
        # Those affected told, the people waiting kept told, the stopgap taken away.
        "Once it was fixed I emailed the forty merchants who had reported double charges.",
        "i kept the client updated every week right up until go-live",
        "When the new pipeline had run clean for a week I lifted the change freeze and took down the stopgap cron.",
    ],
)
def test_staged_releases_returns_and_closed_loops_are_followthrough(text: str) -> None:
    assert "followthrough" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I tested it on staging first and then merged it.",
        "I talked to my manager first and then started on the design.",
        "I took it one step at a time and asked questions when I got stuck.",
        "We did a post-mortem and I think most of the actions were closed.",
    ],
)
def test_doing_things_in_order_is_not_a_staged_release(text: str) -> None:
    assert "followthrough" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A side effect was that the nightly batch finished two hours earlier.",
        "which also meant the support team stopped getting the same ticket every monday",
        "It also cut our cloud bill by about eight percent, which nobody had asked for.",
        "The change stopped a whole class of timezone bugs from coming back.",
        "Because the alerts were now accurate, the on-call load dropped from fifteen pages a week to three.",
        "Once the data was clean, sales could finally quote delivery dates on the call.",
        "Downstream, the marketing team could segment by region for the first time.",
        "A nice knock-on was that finance stopped chasing us at month end.",
        "The payments team heard about it and took the same approach for their refunds queue.",
        "that freed up about a day a week for the analysts which they put into forecasting",
        "and nobody's had to do the reconciliation by hand since",
        "The same check ended up in three other services after the platform group saw it.",
    ],
)
def test_consequences_past_the_fix_reach_beyond_it(text: str) -> None:
    assert "second_order_effect" in codes(text, "result")


@pytest.mark.parametrize(
    "text",
    [
        "The error rate dropped from 3% to 0.2% over the next two weeks.",
        "The on-call engineer was paged three times that night before I joined.",
        "My manager could then review it on Friday.",
        "I mentored three new hires that year.",
        "The old script is still running on the build box.",
    ],
)
def test_the_fix_itself_a_count_or_a_survivor_is_not_an_effect_beyond(text: str) -> None:
    assert "second_order_effect" not in codes(text, "result")


@pytest.mark.parametrize(
    "text",
    [
        "The price we paid was that the first release only supported English.",
        "The cost of that choice was a week of my own time.",
        "I chose to fix the data model first, which pushed my other ticket into the next sprint.",
        "we decided to eat two weeks of delay to get the migration right",
        "so short term we lost a couple of days but it saved us the rewrite later",
        "I deliberately held back the reporting feature so the core flow could ship on the date.",
        "i knew itd be slower for the first couple of weeks and i told the ops lead so",
        "It was a judgement call between patching again and redoing the schema.",
        "honestly we just lived with the duplicate rows for a while so we could hit the date",
    ],
)
def test_a_cost_owned_for_a_choice_is_a_tradeoff(text: str) -> None:
    assert "tradeoff" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I looked at the logs rather than guessing and found the null pointer.",
        "I decided to find the cause rather than forward the ticket.",
        "The release was delayed by two weeks because the vendor was late.",
        "I knew it would work because I had tested it on the same data.",
    ],
)
def test_a_preference_or_a_delay_suffered_is_not_a_tradeoff(text: str) -> None:
    assert "tradeoff" not in codes(text)


@pytest.mark.parametrize(
    ("text", "section", "code"),
    [
        (
            "Once the new queue had run clean for a month, I switched off the old nightly batch.",
            "action",
            "followthrough",
        ),
        ("I checked in with both night supervisors about the new rota.", "action", "followthrough"),
        ("The checklist is now the way the team signs off every release.", "result", "second_order_effect"),
    ],
)
def test_a_phrase_that_ends_where_its_sentence_goes_on_is_still_heard(text: str, section: str, code: str) -> None:
    assert code in codes(text, section)


@pytest.mark.parametrize(
    "text",
    [
        # The loop closed with whoever waited on it.
        "I restored the missing invoices and then emailed the finance lead that everything was back in place.",
        "i rewired the sensor feed and rang both site managers to say the readings were working again",
        # Back to check on the runs after it, or on a step done by someone else.
        "I patched the import script and looked at each of the next four payrolls before closing the ticket.",
        "The vendor deleted the exposed files and I confirmed the bucket was empty myself afterwards.",
        # The last finding fixed before it went out, and a run in shadow before it counted.
        "A tester found one broken link in the new booking page, which I fixed before launch.",
        "I ran the new fraud model in shadow beside the old rules for three weeks before it blocked anything.",
    ],
)
def test_the_loop_closed_and_the_check_after_are_followthrough(text: str) -> None:
    assert "followthrough" in codes(text, section="result")


@pytest.mark.parametrize(
    "text",
    [
        "the client told me it was fixed after their next export ran and thanked us",
        "My lead told us the feature was done, so I picked up the next ticket on the board.",
        "I tested the new parser on last month's files before I opened the pull request.",
    ],
)
def test_being_told_it_was_done_or_testing_first_is_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text, section="result")


@pytest.mark.parametrize(
    "text",
    [
        "The capacity review I ran became part of the infrastructure group's quarterly planning process.",
        "I suggested a mandatory rollback plan for schema changes; it was adopted by the end of the month.",
        "I wrote a short page on reading the scanner logs, which three other nurses have used since.",
        "i added a licence scan step to every release build so nobody ships an unvetted dependency again",
    ],
)
def test_a_practice_taken_up_by_others_reaches_beyond_the_fix(text: str) -> None:
    assert "second_order_effect" in codes(text, section="result")


@pytest.mark.parametrize(
    "text",
    [
        "I added a null check to every handler in the billing service and the crashes stopped.",
        "Our team had adopted a weekly release train the year before I joined.",
    ],
)
def test_a_fix_spread_through_ones_own_code_is_not_an_effect_beyond(text: str) -> None:
    assert "second_order_effect" not in codes(text, section="result")


@pytest.mark.parametrize(
    "text",
    [
        "Instead of buying a licence, which would have been much quicker, I taught two analysts to run the open tool.",
        "Migrating table by table took longer, but no report was ever down for more than an hour.",
    ],
)
def test_the_merit_of_the_road_not_taken_or_a_cost_conceded_is_a_tradeoff(text: str) -> None:
    assert "tradeoff" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I rewrote the loader, which made the nightly job much quicker, and the analysts had data by seven.",
        "The first draft took longer than I planned because the vendor API kept timing out.",
    ],
)
def test_a_gain_or_an_overrun_is_not_a_tradeoff(text: str) -> None:
    assert "tradeoff" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I switched the picking lists to sort by aisle. The following week I walked the floor again with the shift "
        "lead and moved the two slowest bins.",
        "i rewrote the onboarding checklist and a month on i sat with the next two new starters to see where they "
        "still got stuck",
    ],
)
def test_coming_back_to_the_work_later_is_followthrough(text: str) -> None:
    assert "followthrough" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # A later time that opens the story, not a return to the work.
        "A month later I noticed the invoices were still being rounded twice.",
        # Someone else's step at a later time.
        "I rewrote the checklist. The following week the ops manager shared it with the other sites.",
    ],
)
def test_a_later_time_without_a_return_of_ones_own_is_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Another party took it up, however many words name it.
        "The mobile and web squads both adopted the feature-flag naming scheme within a month.",
        "The claims operations group has been using the triage sheet I designed since the spring.",
        # A rule that binds every later case.
        "After that I got the architecture board to agree a rule that any new service handling card data needs a "
        "threat model.",
        # What a shared practice now does.
        "So now the release checklist requires a rollback test for every schema change.",
    ],
)
def test_others_taking_it_up_or_a_rule_for_later_cases_reach_beyond_the_fix(text: str) -> None:
    assert "second_order_effect" in codes(text, "result")


@pytest.mark.parametrize(
    "text",
    [
        # A party that takes something up in the scene, or asks for a report of its own.
        "The finance team asked for a weekly summary, so I built one and sent it every Monday.",
        # A rule that was already there.
        "I explained the rule that every invoice needs a purchase order number, and fixed the forty that did not.",
        "I now double-check my own assumptions before I bring numbers to a review.",
    ],
)
def test_a_request_or_an_existing_rule_is_not_an_effect_beyond(text: str) -> None:
    assert "second_order_effect" not in codes(text, "result")


# Staying with it after the fix: a check kept up, a check that it held, a wait for it to hold, a handover walked
# through, a release widened from a first part.
@pytest.mark.parametrize(
    "text",
    [
        "I traced the jams to thicker label stock and changed the printer settings. I revisited the jam log every "
        "Monday for the rest of the quarter to be sure none came back.",
        "I fixed the escaping in the export and kept checking the failure report each week until the year end.",
        "I patched the rounding in the payroll script and reran the March figures, then compared the next payslips "
        "to make sure the fix had stuck.",
        "I put together a checklist for the night crew and went over the checklist with them before their first shift.",
        "I changed the settings on the first printer. Once the jams had stopped for a fortnight I took the manual "
        "clearing task off the rota.",
        "I started with the two night-shift printers and only then rolled the new settings out to the day shift.",
    ],
)
def test_a_check_kept_up_or_a_wait_for_it_to_hold_is_followthrough(text: str) -> None:
    assert "followthrough" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # Steps of looking into it, in order, are not a release in parts.
        "I started with the error logs, then moved on to the printer settings and found the stock had changed.",
        "I began with a small test, then switched to reading the maintenance records.",
        # A check while investigating, before any fix.
        "I checked the printer logs while I investigated and saw the jams came after every stock change.",
    ],
)
def test_an_order_of_investigation_is_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text)


def test_how_fast_the_fixed_thing_now_runs_is_a_result_not_an_effect_beyond_it() -> None:
    result = (
        "I rewrote the nightly export to stream rows in batches, and the report now runs in forty seconds instead "
        "of three hours."
    )
    assert "second_order_effect" not in {f.code for f in analyze(result, section="result").findings}


def test_trading_notes_with_someone_is_no_tradeoff() -> None:
    action = (
        "Before deciding, I traded notes with the night shift lead about which alerts mattered, then I cut the "
        "noisy ones."
    )
    assert "tradeoff" not in {f.code for f in analyze(action, section="action").findings}


@pytest.mark.parametrize(
    "text",
    [
        "I rewrote the whole pricing service in one weekend on my own and shipped it on the Monday. Page loads went "
        "from 3 seconds to 0.001 seconds and sales rose 5,000% that week.",
        "i rebuilt the signup flow by myself over two days and we launched it on friday, and signups went up 90000 "
        "percent in the first week",
        # Coming back to it is no follow-through either, in a story no one would believe.
        "I moved every one of our services onto one server in my spare room and checked back a month later: the "
        "cloud bill had dropped by 4,000% and uptime was at 110%.",
    ],
)
def test_a_story_told_with_figures_no_one_believes_is_not_followthrough(text: str) -> None:
    assert "followthrough" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "i lined the failures up against every deploy i could find, or at least the ones in the log, and none matched",
        "We pulled in all the crash reports we could see, but the pattern only showed on one handset.",
        "Honestly I could have been more patient with the vendor, but the deadline was close.",
    ],
)
def test_what_one_could_find_or_a_regret_is_no_option_weighed(text: str) -> None:
    assert "tradeoff" not in codes(text)


def test_an_option_open_then_is_still_weighed() -> None:
    text = "we could have rebuilt the index overnight, but that meant a day of stale search results"
    assert "tradeoff" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I rewrote the nightly invoice job to skip the duplicate rows and shipped it on the Monday. Failed invoices "
        "went from about 40 a week to 3.",
        "i rebuilt the signup form validation and we launched it on friday, and support tickets about signup fell "
        "from sixty a week to twelve",
    ],
)
def test_a_release_read_by_believable_figures_is_followthrough(text: str) -> None:
    assert "followthrough" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I sat with Marta on her first two incidents, and she now mentors the newest engineers through theirs.",
        "so um the payments team now triages those alerts themselves before anything reaches us",
        "To this day the other squads start every new service from that template.",
    ],
)
def test_another_party_working_differently_since_is_an_effect_beyond_the_fix(text: str) -> None:
    assert "second_order_effect" in codes(text, "result")


@pytest.mark.parametrize(
    "text",
    [
        "I handed the migration to Marta before I left; she now has a role on another team.",
        "I rewrote the nightly export and it now loads in about two seconds.",
        "Two years later I still think about how close we came.",
    ],
)
def test_news_of_a_person_or_the_fixed_thing_is_no_effect_beyond_it(text: str) -> None:
    assert "second_order_effect" not in codes(text, "result")
