"""Whose actions the analyzer hears: the candidate's own, hidden behind "we", or done by others."""

from __future__ import annotations

import pytest

from starcoach.analysis import analyze


def codes(text: str, section: str = "answer", level: str = "sde2") -> set[str]:
    """Return the codes found for the whole text (its parts aside)."""
    return {f.code for f in analyze(text, section=section, level=level).findings}


@pytest.mark.parametrize(
    "result",
    [
        "I rewrote the cache warm-up. We cut p99 latency by 40%, we saved about $12k a month, and we went from "
        "eleven timeouts a day to none.",
        "i rewrote the cache warm up and we cut p99 latency by forty percent and we brought timeouts down to zero "
        "and we saved about twelve thousand dollars a month",
    ],
)
def test_outcomes_shared_in_we_do_not_hide_the_candidate(result: str) -> None:
    assert "we_language" not in codes(result, section="result")


@pytest.mark.parametrize(
    "action",
    [
        "We split the backlog between us. We rebuilt the importer and we cut its runtime by 30%. I reviewed a few "
        "of the pull requests.",
        "so we looked at the logs and we rewrote the retry logic and then we went ahead with the rollout on the "
        "third and i mostly kept the stakeholders posted",
    ],
)
def test_steps_told_in_we_still_hide_the_candidate(action: str) -> None:
    assert "we_language" in codes(action, section="action")


@pytest.mark.parametrize(
    "action",
    [
        "Most of the real work was done by one of our senior developers, and the load tests were put together by "
        "the QA team. I reviewed the pull requests and updated the tracker.",
        "the index tuning was taken over by the data team and the cleanup was run by their dba and i updated the "
        "runbook",
        "Eventually the upgrade happened and the patch landed in the next release. I sent the summary to the channel.",
    ],
)
def test_work_done_by_others_or_by_nobody_is_heard(action: str) -> None:
    assert "others_did_the_work" in codes(action, section="action")


@pytest.mark.parametrize(
    "action",
    [
        "The outage was caused by a stale config and was first noticed by our support team. I traced the config "
        "loader, rewrote the validation, added a canary check and rolled the fix out region by region.",
        "I wrote the migration, tested it on a copy of production and ran it on Sunday night. The change was "
        "reviewed by my lead and the fix went out on Monday, and I watched the error rate for a week.",
    ],
)
def test_a_cause_a_reviewer_or_ones_own_fix_going_out_is_not_others_doing_the_work(action: str) -> None:
    assert "others_did_the_work" not in codes(action, section="action")


def test_a_check_the_candidate_left_to_others_hides_them_from_a_probe_on_how_they_knew() -> None:
    probe = "How did you know the new index was what fixed it?"
    theirs = (
        "the database team looked at the query plans and they said the index was being used, and then they "
        "compared a week of latencies and it looked fine"
    )
    mine = (
        "I compared the query plans before and after, and I pulled a week of latencies from the slow log myself: "
        "p95 went from 900 to 140 milliseconds."
    )
    assert "others_did_the_work" in analyze(theirs, section="followup", question=probe).codes()
    assert "others_did_the_work" not in analyze(mine, section="followup", question=probe).codes()


# A strong candidate's own steps told with "I", beside a team outcome, a pairing, a share of the work or a decision
# the team took on the candidate's proposal.
WE_INNOCENT = [
    (
        "action",
        "I proposed splitting the job into two queues and walked the team through the trade-offs. We decided "
        "to go with my design, and I wrote the scheduler change and the migration myself.",
    ),
    (
        "action",
        "I paired with Maya on the fix: I wrote the patch and the tests while she drove the deploy scripts. We "
        "shipped it on Thursday and I watched the error rate until it fell to zero.",
    ),
    (
        "action",
        "so i dug into the heap dumps and found the leak in the image cache and i wrote a patch and we rolled it "
        "out on friday and we monitored it over the weekend and i wrote up the postmortem",
    ),
    (
        "action",
        "We agreed as a team that I would own the migration. I mapped every consumer of the old table, wrote the "
        "dual-write shim and ran the backfill in batches over three nights.",
    ),
    (
        "result",
        "We hit the launch date and we kept the error budget intact. The part that was mine, the retry layer, "
        "has not paged anyone since.",
    ),
    (
        "action",
        "I rang the customer's IT lead myself, reproduced the fault on their kit, and traced it to a firmware "
        "clash. We then agreed a workaround together and we tested it on their spare unit, and I wrote it up for the "
        "support team.",
    ),
    (
        "action",
        "I noticed the handover sheet dropped the allergy column when printed, so I rebuilt the template and "
        "tested it with three night nurses. We rolled it out on the ward the next Monday and we trained the weekend "
        "staff on it together.",
    ),
    (
        "action",
        "Priya and I split the work: I took the ingestion side and she took the reporting side. I rewrote the "
        "parser to stream records, and we paired on the final integration and we demoed it on Friday.",
    ),
    (
        "result",
        "We went from forty support tickets a week to six, and we saved the on-call engineer about a day a week.",
    ),
    ("result", "We shipped on time, and we won the renewal, which was worth about £400k a year."),
    (
        "action",
        "I recommended rolling back rather than patching forward, because the patch hadn't been load tested. We "
        "rolled back at 14:10 and we froze deploys for the afternoon, and I bisected the release on a staging copy and "
        "found the bad migration.",
    ),
    (
        "action",
        "I redesigned the year nine scheme of work around weekly low-stakes quizzes. We trialled it with two "
        "classes for a term and we kept the other four as they were, and I compared the end-of-term scores.",
    ),
    (
        "action",
        "My manager and I agreed I'd lead the vendor migration. I built the cut-over plan, ran two rehearsals on "
        "a copy of the data, and we did the real cut-over on a Saturday, with me running the checklist.",
    ),
    (
        "action",
        "I wrote the load generator and ran it against staging each night. When it showed the pool exhausting "
        "at 800 requests a second, we agreed on a fix in the morning stand-up and we merged it by lunch; I then reran "
        "the load test to confirm it held at 2,000.",
    ),
]


@pytest.mark.parametrize(("section", "text"), WE_INNOCENT)
def test_we_beside_ones_own_steps_does_not_hide_the_candidate(section: str, text: str) -> None:
    assert "we_language" not in codes(text, section=section)


WE_HIDING = [
    "We looked into the logs, we found the memory leak, we patched it and we deployed it the next day.",
    "so basically we got together we brainstormed a few options we picked the simplest and we built it over the sprint",
    "Our team rebuilt the import pipeline and our team added monitoring on top.",
    "We decided to migrate to Postgres. We wrote the scripts, we ran them on staging, and we cut over on Sunday.",
    "The team and I analysed the churn data, identified three segments and launched targeted campaigns.",
    "my colleague and i rewrote the scheduler and we added retries and we deployed it",
    "Together we redesigned the onboarding flow, tested it with users and rolled it out.",
    "We sat down with the client, we mapped out their requirements, and we delivered the first version in a month. I "
    "was mostly in the meetings.",
    "we uh we kind of went through every alert and we we tuned the thresholds and then we wrote a runbook for the "
    "noisy ones",
    "We split the list between the six of us and I took a few of the tickets. Over the month we worked through most "
    "of them and we closed the epic.",
]


@pytest.mark.parametrize("text", WE_HIDING)
def test_steps_told_in_we_or_with_a_partner_hide_the_candidate(text: str) -> None:
    assert "we_language" in codes(text, section="action")


# Others named neutrally: a cause, a predecessor, a judge, a grant of what the candidate asked for, a decision the
# candidate brought about, or work handed to the candidate.
OTHERS_INNOCENT = [
    "The database team owned the cluster, so I wrote up the failover plan, booked a window with them and ran the "
    "switchover myself while their DBA watched.",
    "My lead reviewed the design and suggested a smaller first step; I took her advice, shipped the read path first "
    "and the write path a week later.",
    "The vendor had changed their API without notice. I found the change in their release notes, patched our client "
    "and wrote to their account manager to ask for a deprecation window, which they granted.",
    "Sam paired with me on the fix: I wrote the lock-free queue and he wrote the stress test that proved it. I then "
    "rolled it out behind a flag.",
    "The decision was made to delay the launch by a week after I showed the director the failing load test, and I "
    "used that week to fix the connection pool.",
    "The incident was escalated to me at 3am. I rolled back the config, confirmed the queues drained and wrote the "
    "timeline for the review.",
    "The project was handed over to me when the previous lead left, and I replanned it around the two riskiest "
    "integrations.",
    "so the platform team they owned the load balancer config but i wrote the change and they reviewed it and merged "
    "it and i watched the rollout",
    "The alert had been set up by a previous team and pointed at the wrong queue, so I pointed it at the dead-letter "
    "queue and added a runbook link.",
    "The contract had been written by a previous account team with no exit clause. I read it line by line, found the "
    "renewal notice period, and renegotiated the terms with the supplier myself.",
    "My manager approved the budget and the security team signed off the design; I built the service and ran the "
    "pilot with two customers.",
    "The change was approved by the change board on Tuesday and I deployed it that evening, watching the error rate "
    "for an hour.",
    "I asked our DBA to pair with me because I had never tuned Postgres. She showed me how to read the plan, and I "
    "then rewrote the three slowest queries and added the missing index myself.",
]


@pytest.mark.parametrize("text", OTHERS_INNOCENT)
def test_others_named_in_passing_are_not_doing_the_work(text: str) -> None:
    assert "others_did_the_work" not in codes(text, section="action")


# A team effort told fairly: others' parts named, and more of the substance the candidate's own.
TEAM_CREDITED = [
    "The rollout was shared. Ines built the feature flags and Omar handled the release notes. I picked the order of "
    "the twelve services, wrote the health checks each one had to pass, migrated the four riskiest myself and wrote "
    "the fallback script.",
    "My part was small: the SRE team ran the incident and the storage team moved the volumes. I went back through "
    "the slow-query log, lined it up with the cron schedule, added the index the report job needed and pointed the "
    "job at a replica.",
    "It took a few of us. My first move was to freeze the deploys, and then I compared the two builds byte by byte. "
    "The release engineer rebuilt the image and the QA lead retested it. I traced the difference to a cached "
    "dependency and pinned its version in the lockfile.",
]


@pytest.mark.parametrize("text", TEAM_CREDITED)
def test_others_credited_beside_more_of_ones_own_steps_are_not_doing_the_work(text: str) -> None:
    assert "others_did_the_work" not in codes(text, section="action")


# Credit with the insight or the last step left to others, or work hidden in a passive, still hides the candidate.
TEAM_HIDING = [
    "I checked the graphs, filed a ticket and updated the channel, then I confirmed the numbers. The data engineers "
    "traced the gap to a schema change and backfilled the table.",
    "I drew up the plan, booked the rooms and tracked every action item. The contractor rewired the floor and the "
    "electricians tested each circuit.",
    "I wrote the brief, chased the approvals and compiled the tracker. The new design was chosen by the steering "
    "group, and the system was rewritten by the vendor, who also migrated the data.",
]


@pytest.mark.parametrize("text", TEAM_HIDING)
def test_credit_that_leaves_the_substance_to_others_still_hides_the_candidate(text: str) -> None:
    assert "others_did_the_work" in codes(text, section="action")


OTHERS_DOING = [
    "My lead figured out it was a race condition and wrote the fix; I tested it on staging.",
    "The senior engineer took over the debugging and found the problem, and then she deployed the fix.",
    "Luckily Priya knew the codebase well, so she rewrote the module while I updated the ticket.",
    "so the architect came up with the new design and the platform guys built it and i just coordinated",
    "It was decided that we would roll back, and the rollback was done overnight.",
    "Our consultant did most of the analysis and produced the recommendations, which I presented to leadership.",
    "The issue was eventually resolved by the infrastructure team after they rebuilt the node.",
    "The DBA ran the migration and verified the data; I sent out the announcement.",
    "The solution came from our principal engineer, who redesigned the caching layer.",
    "The fix was escalated and the problem was solved by the next morning. I let the customer know.",
    "By the time I logged on, the rollback had been done by the on-call SRE and the bad config was found by her too.",
]


@pytest.mark.parametrize("text", OTHERS_DOING)
def test_decisive_work_by_others_or_by_nobody_is_heard(text: str) -> None:
    assert "others_did_the_work" in codes(text, section="action")


def test_the_person_supported_acting_is_the_point_of_a_story_about_supporting_them() -> None:
    text = (
        "When Amir came back from sick leave I asked what he wanted his first weeks to look like. I took his pager "
        "shifts myself, picked a small migration he could finish, and paired with him on the first day. He shipped "
        "the migration in week three and led the next incident review himself."
    )
    supporting = analyze(text, section="action", lp="strive-to-be-earths-best-employer").codes()
    delivering = analyze(text, section="action", lp="deliver-results").codes()
    assert "others_did_the_work" not in supporting
    assert "first_person_action" in supporting
    # Told for a question about delivering, the decisive steps are his.
    assert "others_did_the_work" in delivering


# Others doing the decisive work, told through a group, an aside, "who", a cleft, a bare department or a work product
# handed over.
OTHERS_ACTING = [
    "The vendor sent a patch a week later, which fixed it. I forwarded it to the customer.",
    "The client's IT team eventually found the firewall rule that was blocking us and removed it.",
    "Marketing rebuilt the landing page and the conversion rate came back up.",
    "the warehouse supervisor reorganised the picking routes and after that overtime dropped",
    "It was my teammate who spotted the bug and fixed it, I just deployed it.",
    "Kenji, our tech lead, rewrote the scheduler and the problem went away.",
    "I flagged it to my lead, who then rewrote the query and redeployed the service.",
    "With help from Marco, who did most of the heavy lifting on the migration, we got it over the line.",
    "The fix came from upstream: the library maintainers released a new version and we upgraded.",
]


@pytest.mark.parametrize("action", OTHERS_ACTING)
def test_others_acting_through_asides_clefts_and_groups_is_heard(action: str) -> None:
    assert "others_did_the_work" in codes(action, section="action")


# The candidate's own steps, some told through a causative or a means put to use, beside others told neutrally.
OWN_STEPS_BESIDE_OTHERS = [
    "I used that week to write the migration and had it merged by Friday, then got it reviewed by the DBA and ran it.",
    "On Monday and I rebuilt the deploy script, and in March I migrated the last two services myself.",
    "I mentored Leo on the billing service; he wrote the refactor himself while I reviewed each step, and he now owns "
    "it.",
    "Our on-call engineer paged me at 3am. I checked the dashboards, found the disk had filled and cleared the old "
    "logs.",
    "I asked Nadia to take the UI because she knew it best; I built the API, and I reviewed her work daily.",
    "The vendor confirmed the bug was on their side, so I built a workaround in our adapter and shipped it the same "
    "day.",
]


@pytest.mark.parametrize("action", OWN_STEPS_BESIDE_OTHERS)
def test_own_steps_beside_others_are_heard_as_the_candidates(action: str) -> None:
    found = codes(action, section="action")
    assert "first_person_action" in found
    assert "others_did_the_work" not in found and "we_language" not in found


@pytest.mark.parametrize(
    "answer",
    [
        "so at my last job our checkout kept timing out during sales and it was a big deal for the business and the "
        "payments team dug into it and the platform team rebuilt the connection pool and after that the timeouts "
        "stopped",
        "Our clinic had a long waiting list for physio referrals, around nine weeks. The practice manager redesigned "
        "the booking rules and the admin team rebuilt the triage form, and the list came down to four weeks.",
    ],
)
def test_a_whole_answer_whose_only_steps_are_others_is_heard(answer: str) -> None:
    assert "others_did_the_work" in codes(answer)


def test_others_confirming_what_the_candidate_asked_for_is_not_their_work() -> None:
    answer = (
        "while i was debugging a login bug i noticed our gateway logs held full card numbers and those logs were "
        "shipped to an outside analytics tool nobody had flagged it so i told the owning team the same day and offered "
        "to fix it i wrote a masking filter with a test for every field then i searched the logs before and after the "
        "change and asked security to purge the old copies which they confirmed a week later"
    )
    assert "others_did_the_work" not in codes(answer)


# Whole answers, strong and weak, that come near these codes.
ACTION_STRONG = [
    # A go-ahead given to the candidate's own proposal.
    (
        "others_did_the_work",
        (
            "I proposed moving our store replenishment from weekly to daily orders for fresh produce. I "
            "modelled the waste for twelve stores using a year of sales data and showed that daily orders "
            "would cut spoilage by a quarter. My proposal was approved and the budget was agreed in the same "
            "meeting. I then wrote the ordering rules, trained the produce managers in each store and checked "
            "the orders every morning for the first month. Spoilage fell by 31% and stock-outs dropped too. I "
            "learned that a model people can check themselves gets approved faster."
        ),
    ),
    # A change the candidate suggested, agreed at a meeting.
    (
        "others_did_the_work",
        (
            "Our hospital lab had a backlog of blood results on Monday mornings. I timed every step for two "
            "weeks and found the analyser was idle for an hour each morning during calibration. I suggested "
            "calibrating on Sunday night instead, and wrote a one-page plan with the risks. The change was "
            "agreed at the lab meeting. I set up the Sunday schedule, trained the two night technicians, and "
            "tracked turnaround for six weeks. Monday turnaround fell from four hours to two and a half. I "
            "learned that timing a process yourself beats asking people how long it takes."
        ),
    ),
    # Others acting in a clause of time whose main clause is the candidate's.
    (
        "others_did_the_work",
        (
            "Orders from one marketplace were arriving with missing addresses. It turned out the marketplace "
            "had changed its export and dropped a field for some countries. I wrote a check that held those "
            "orders, emailed the buyers for the address automatically, and raised it with the marketplace's "
            "partner manager with three examples. While they worked on their side, my check saved around two "
            "hundred orders. When they fixed the export I removed the hold. Lost orders went from sixty a "
            "month to zero. I learned to guard the boundary of systems I don't own."
        ),
    ),
    # A colleague working in parallel, the candidate's own part told in full.
    (
        "others_did_the_work",
        (
            "We had to move six hundred patient records to the new scheduling system over one weekend. My "
            "colleague handled the clinic calendars in parallel while I took the patient records. I wrote the "
            "mapping rules, built a validation script that compared every record against the source, and ran "
            "three dry runs on copies. On the night, I ran the migration, checked the counts and fixed the "
            "eleven records that failed validation by hand. Meanwhile the ward clerk confirmed the first "
            "morning's appointments with patients. On Monday there were zero missed appointments and the "
            "reception queue was shorter than the week before. I learned that a dry run is worth far more "
            "than a long plan."
        ),
    ),
    # Colleagues taking parts in parallel, in a transcript.
    (
        "others_did_the_work",
        (
            "so the situation was we had a big sale coming and the site had fallen over the year before so i "
            "took the load testing and um my teammate took the cdn config and the dba tuned the database in "
            "parallel and i wrote the test scripts and i ran them every night for two weeks and i found the "
            "cart service fell over at three thousand users so i added connection pooling and i retested "
            "until we held ten thousand and on the day we had no downtime and sales were up 35 percent and i "
            "learned to test the real path end to end"
        ),
    ),
    # Others' parts told in the passive beside the candidate's lead.
    (
        "others_did_the_work",
        (
            "I led the upgrade of our booking engine to the new payments provider. I wrote the integration, "
            "built the reconciliation report and ran the test transactions. The card terminal firmware was "
            "updated by the hardware team in parallel, and the finance sign-off was handled by our "
            "controller. I coordinated the cutover night myself and ran the checks every hour. We processed "
            "40,000 bookings in the first week with no failed payments. I learned to map every dependency on "
            "day one."
        ),
    ),
    # A team result in 'we' beside many steps in 'I'.
    (
        "we_language",
        (
            "The checkout team was missing its latency target. I profiled the payment path and found three "
            "blocking calls to the fraud service. I rewrote the client to make them concurrent, added a cache "
            "for the merchant rules, and wrote load tests that reproduced peak traffic. I paired with a "
            "junior engineer on the cache invalidation and reviewed every change myself. We shipped it over "
            "two weeks, and we cut p99 latency from 900 to 310 milliseconds. I then set up an alert on the "
            "p99 and wrote a runbook for the on-call. What I took from it is to measure the real path before "
            "guessing."
        ),
    ),
    # A transcript with a team rollout beside the candidate's own steps.
    (
        "we_language",
        (
            "so we were a team of four on the warehouse app and the problem was pickers were walking twice as "
            "far as they needed to so i pulled the pick paths for a month and i built a heat map and i worked "
            "out that the slotting hadnt been updated in two years and i proposed a new slotting plan and i "
            "tested it in one aisle first and then we rolled it out across the site and we cut walking "
            "distance by about 30 percent and pick rate went up 18 percent and what i learned is to look at "
            "the data before assuming people are slow"
        ),
    ),
    # A rollout told in 'we' in the result.
    (
        "we_language",
        (
            "I rebuilt the shift planning spreadsheet for our distribution centre as a small web tool. I "
            "interviewed the four shift managers, wrote the scheduling rules and tested it against last "
            "year's rotas. In the result, we rolled it out to all three sites, we trained the planners "
            "together, and we retired the spreadsheet by March. Planning time fell from six hours a week to "
            "one, and overtime costs dropped 9%. I learned to build with the people who will use the tool."
        ),
    ),
    # A colleague and the candidate profiling together, then the candidate's steps.
    (
        "we_language",
        (
            "My colleague and I were asked to speed up the overnight settlement batch. We profiled it "
            "together on the first day and found that 80% of the time went on one join. I then rewrote the "
            "join as a staged load, wrote a reconciliation test that compared totals against the old job for "
            "thirty days of data, and tuned the batch sizes. I presented the change to the risk committee and "
            "ran the cutover myself. The batch went from five hours to forty minutes, and we have not missed "
            "a settlement window since. I learned to prove equivalence before claiming speed."
        ),
    ),
    # Another party's late delivery as the cause, answered by the candidate's own steps.
    (
        "others_did_the_work",
        (
            "Our launch was at risk because the design agency delivered the final assets two weeks late, "
            "which happens on big rebrands. I replanned the build so we could work from wireframes, built "
            "every screen with placeholder assets and wrote a script that swapped in the final files "
            "automatically. When the assets arrived, we had them live in a day. We launched on the original "
            "date, and the new site lifted sign-ups by 18%. I learned to design the plan around the riskiest "
            "dependency."
        ),
    ),
    # Teams migrating their own data under a principal's direction.
    (
        "others_did_the_work",
        (
            "As the principal engineer on the storage migration, my role was to set the direction and unblock "
            "the teams. I wrote the migration strategy, defined the cutover criteria and built the "
            "verification tool every team used. The six service teams migrated their own data, and I reviewed "
            "every cutover plan and joined each cutover call. When one team's migration stalled on a locking "
            "problem, I diagnosed it with them and wrote the fix. All six teams finished in eleven weeks, two "
            "weeks early, with no data loss. I learned that at scale my job is to make the right path the "
            "easy one."
        ),
    ),
    # A team implementing the candidate's design after the candidate built the first part.
    (
        "others_did_the_work",
        (
            "I diagnosed why our game servers lagged during peak hours: the matchmaking service held a global "
            "lock. I wrote up the problem with profiles, designed a sharded approach and built the first "
            "shard myself as a proof. The backend team then implemented the remaining shards following my "
            "design, and I reviewed each pull request. Lag spikes dropped by 90% and we supported twice the "
            "concurrent players at launch. I learned that a clear design lets a whole team move fast."
        ),
    ),
    # A shift lead's transcript: the team's result beside the lead's own steps.
    (
        "we_language",
        (
            "yeah so we had a problem with our returns process in the warehouse and i was the shift lead so i "
            "mapped the whole returns flow on a whiteboard with the team and we found that returns were being "
            "scanned twice so i rewrote the scanning steps and i trained all twelve people on my shift and we "
            "tested it for a week and we cut processing time from eight minutes to three per return and we "
            "cleared a backlog of two thousand returns and i learned to watch the work not the report"
        ),
    ),
    # Nurses agreeing to try a change the candidate set up.
    (
        "we_language",
        (
            "We were a team of three nurses covering a twenty-bed ward at night, and medication rounds kept "
            "running late. I reviewed a month of round times and found we were all walking back to the drug "
            "room for each patient. We agreed to try a trolley system; I set up the trolley, wrote the "
            "checklist and ran the first four rounds myself. We then used it every night for a month. Rounds "
            "finished forty minutes earlier on average and late doses fell from eleven a week to two. I "
            "learned that a small change in layout can save a lot of time."
        ),
    ),
    # How a supplier scheduled, learned by the candidate, who then built a shared plan.
    (
        "others_did_the_work",
        (
            "Our supplier was slow to confirm delivery dates, which left our production plan guessing every "
            "week. Instead of chasing by email, I visited their planning office, learned how they scheduled, "
            "and built a shared spreadsheet that both planners updated each morning. I also agreed a two-day "
            "confirmation window with their manager. Late confirmations dropped from about half to under one "
            "in ten, and our line stoppages halved. I learned that understanding the other side's constraints "
            "fixes more than pressure does."
        ),
    ),
    # Ward managers spoken to, then "and i built": the candidate alone, not a partner.
    (
        "we_language",
        (
            "right so i was the lead on the rota project and i spoke to every ward manager and i built the "
            "new rota in the scheduling tool and i ran it for a month on two wards and then we rolled it out "
            "across the hospital and we brought agency spend down by about a hundred and twenty thousand "
            "pounds and we kept it there and i learned to pilot before you scale"
        ),
    ),
    # A choice made as a team on the candidate's benchmark.
    (
        "we_language",
        (
            "Our team had to pick a new message broker. I wrote the evaluation criteria, built a benchmark "
            "that replayed a day of our production traffic and ran it against three options. We discussed the "
            "results as a team and we chose the second option. I then wrote the migration plan, moved the "
            "first two services myself and paired with teammates on the rest. Message loss went to zero and "
            "costs fell 40%. I learned that a shared benchmark ends arguments about tools."
        ),
    ),
    # Teams adopting the candidate's components.
    (
        "others_did_the_work",
        (
            "I wrote the proposal for a shared design system after seeing five teams build five different "
            "date pickers. I built the first twelve components, wrote the guidelines and ran a workshop for "
            "each team. Three teams then picked up the components within a month and two more by the end of "
            "the quarter, and their designers contributed four new components back. UI bugs on forms fell by "
            "half. I learned that adoption comes from making the first step easy."
        ),
    ),
    # An audit team confirming the candidate's result.
    (
        "others_did_the_work",
        (
            "I changed the triage questions our call handlers use for chest pain after reading the audit of "
            "missed heart attacks. I rewrote the script with a cardiologist, trained the forty handlers on my "
            "shift pattern and listened to two hundred calls to check it was used. The audit team then "
            "measured the results independently and confirmed that missed cases had fallen from six to one "
            "per quarter. I learned that a script is only as good as the listening that follows."
        ),
    ),
    # A fleet migration in 'we', the candidate's own part in 'i'.
    (
        "we_language",
        (
            "okay so um at the time we were migrating the whole fleet to kubernetes and we had about forty "
            "services and we were behind schedule and my part was the stateful ones so i wrote a migration "
            "checklist for databases and i moved the first three myself and i found a problem with volume "
            "snapshots and i fixed the backup job and then i paired with two people on the rest and all forty "
            "were moved by the end of the quarter and i learned to do the hardest one first"
        ),
    ),
    # Results in 'we' after the candidate's own steps.
    (
        "we_language",
        (
            "I found that our fraud model was flagging loyal customers because it treated a new device as "
            "high risk. I pulled six months of disputes, built a feature for device age and retrained the "
            "model with the analytics team's help. I ran a shadow test for two weeks. In the end we cut false "
            "declines by 35%, we kept fraud losses flat, and we rolled the same feature into the mobile "
            "model. We also presented it at the risk forum. I learned to look at who we are wrongly stopping, "
            "not only who we catch."
        ),
    ),
    # A staged release and its measures in 'we'.
    (
        "we_language",
        (
            "I rewrote the onboarding journey for our banking app after seeing that 40% of people dropped out "
            "at the identity check. I ran five usability sessions, redesigned the document capture and worked "
            "with compliance to remove one redundant question. We released it in stages over a fortnight. We "
            "then measured completion at 78%, up from 60%, and we cut support calls about onboarding by a "
            "third. I learned that compliance teams are often happy to simplify when you bring them evidence."
        ),
    ),
    # Another team's model beside the candidate's own indexer.
    (
        "others_did_the_work",
        (
            "We were rebuilding the search for our online grocery. The ranking model belonged to the data "
            "science team, and the indexing was mine. I rebuilt the indexer to update stock levels in near "
            "real time, wrote the tests and load-tested it at three times peak. When their new model was "
            "ready, I integrated it behind a flag and ran the A/B test. Searches that ended in an "
            "out-of-stock item fell from 12% to 3%. I learned to make my part ready before the other parts "
            "arrive."
        ),
    ),
]


ACTION_WEAK = [
    (
        "we_language",
        (
            "We looked at the logs and we found the slow query. We rewrote the query and we added an index. "
            "We deployed it on Friday and we monitored it over the weekend. We also wrote a runbook. Latency "
            "went down and everyone was happy."
        ),
    ),
    (
        "we_language",
        (
            "so we investigated it and we found the problem and we fixed it and we tested it and we deployed "
            "it and then we wrote up a postmortem and it was good"
        ),
    ),
    (
        "others_did_the_work",
        (
            "so the fix was actually made by my senior colleague and the rollout was handled by ops and i was "
            "mostly there to watch and it got done eventually"
        ),
    ),
    (
        "others_did_the_work",
        (
            "Our reporting job was slow. While the senior engineer rewrote the query, I took notes. Then the "
            "platform team deployed the fix and the DBA added an index. The job went from an hour to five "
            "minutes. I learned a lot from watching them."
        ),
    ),
    (
        "others_did_the_work",
        (
            "The report was wrong because the data team had changed a join. The data team found the bug and "
            "the senior analyst rewrote the query, and then the platform team deployed it. I checked the "
            "numbers afterwards. The report was right again the next week. I learned to trust the data team."
        ),
    ),
    (
        "others_did_the_work",
        (
            "Our checkout was slow since the payments team added a fraud call. Their lead rewrote the client "
            "and their engineers tuned the cache, and I updated the ticket. Latency fell by half. I learned "
            "that teams should talk."
        ),
    ),
]


@pytest.mark.parametrize(("code", "text"), ACTION_STRONG)
def test_strong_answers_with_others_or_we_in_them_are_not_accused(code: str, text: str) -> None:
    assert code not in codes(text, level="senior")


@pytest.mark.parametrize(("code", "text"), ACTION_WEAK)
def test_weak_answers_hiding_the_candidate_are_still_heard(code: str, text: str) -> None:
    assert code in codes(text, level="senior")


@pytest.mark.parametrize(
    "text",
    [
        "Context: our invoice export had been failing for a week.\nWhat I did:\n- Pulled the failed jobs from the "
        "scheduler and went through every one\n- Traced the failures to a timezone bug in the date parser\n"
        "- Rewrote the parser and added tests for each timezone we serve\n",
        "so the checkout was timing out and i looked at the traces went through them spotted the hot key then "
        "sharded it across four partitions",
        "i'd already built the retry queue by then and i'd rewritten the consumer so it could resume mid batch",
        "What I did was document every failed payout, and the first thing I did after that was trace the webhook.",
        "I single-handedly migrated the consumers and carefully rewrote the retry policy.",
    ],
)
def test_the_candidates_own_steps_are_heard_in_lists_speech_and_set_phrases(text: str) -> None:
    assert "first_person_action" in codes(text, section="action")


def test_what_would_be_done_is_not_the_candidates_own_action() -> None:
    assert "first_person_action" not in codes(
        "honestly i'd build a proper retry queue and i'd rewrite the consumer if i did it again", section="action"
    )


@pytest.mark.parametrize(
    "text",
    [
        "i got the dba to rebuild the indexes and got the vendor to patch the driver, and i updated the ticket",
        "My manager who had seen this before traced it to the cache and our tech lead who knew the billing code "
        "rewrote the module. I joined the calls and helped with testing.",
        "The data science team trained the new models and the platform team built the serving layer. I worked on "
        "a couple of the endpoints.",
    ],
)
def test_work_others_were_got_to_do_or_did_after_a_description_is_heard(text: str) -> None:
    assert "others_did_the_work" in codes(text, section="action")


@pytest.mark.parametrize(
    "text",
    [
        "The script my colleague wrote crashed on empty files, so I profiled it, found the quadratic loop and "
        "replaced it with a streaming parser.",
        "I joined their weekly ops review and answered anything they raised within a day. I rewrote the token "
        "refresh, added jitter and gave them a dashboard of their own errors.",
        "I wrote down what they actually checked on each change, built a pipeline step that answered those "
        "questions and attached the evidence to every release.",
    ],
)
def test_others_named_in_a_thing_a_meeting_or_what_was_learned_are_not_doing_the_work(text: str) -> None:
    assert "others_did_the_work" not in codes(text, section="action")


def test_a_follow_up_is_judged_on_the_gap_its_probe_was_chosen_for() -> None:
    theirs = (
        "the platform team dug into the heap dumps and they found the leak in the session cache, and then their "
        "lead patched the eviction and they redeployed it that evening"
    )

    def heard(question: str, gap: str | None) -> bool:
        return "others_did_the_work" in analyze(theirs, section="followup", question=question, probe_gap=gap).codes()

    # Chosen because others seemed to do the work, the probe asks what the candidate did, whatever its wording.
    assert heard("What caused the slowdown?", "others_did_the_work")
    assert not heard("What caused the slowdown?", None)
    # Chosen for the cause, the probe is answered by others' findings.
    assert not heard("Walk me through that week.", "root_cause")
    assert heard("Walk me through that week.", None)


@pytest.mark.parametrize(
    ("section", "text"),
    [
        (
            "result",
            "The new intake form went live on the first. I counted rejected applications every Friday for six weeks, "
            "compared them with the same weeks last year and traced the nine that remained to one missing field.",
        ),
        (
            "reflection",
            "looking back the outage came from nobody reviewing shared config, so i wrote a check into the deploy "
            "pipeline, walked every team lead through it and removed the old manual sign off",
        ),
    ],
)
def test_steps_of_ones_own_told_in_a_result_or_reflection_are_heard(section: str, text: str) -> None:
    assert "first_person_action" in codes(text, section=section)


@pytest.mark.parametrize(
    ("section", "text"),
    [
        ("result", "Rejections fell from about forty a week to nine, and I watched the dashboard for a week."),
        (
            "reflection",
            "The lesson for me is that shared config needs a second pair of eyes. Now I check who depends on a "
            "setting, I ask for a review and I write down what would change my mind before I change anything.",
        ),
    ],
)
def test_a_single_check_or_a_habit_in_a_result_or_reflection_is_not_ones_own_action(section: str, text: str) -> None:
    assert "first_person_action" not in codes(text, section=section)
