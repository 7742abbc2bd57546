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


# Lessons that use a value word, a rule or the second person, and are still tied to what the story changed.
TIED_LESSONS = [
    "What I learned is that communication about a schema change has to reach the consumers, not just the owners: I "
    "now post every breaking change to the consumers' channel with the date it lands.",
    "The lesson for me was that testing against synthetic data hid the problem; I now keep an anonymised copy of the "
    "largest tenant for every load test.",
    "If you cache per-user permissions, you have to invalidate them on role change, not on a timer. That's the bug I "
    "shipped, and I now write the invalidation test first.",
    "It taught me patience with legacy code: I spent two weeks reading the billing module before touching it, and "
    "that's why the rewrite didn't break a single invoice.",
    "Next time I'd bring the pharmacists into the design review on day one instead of week six, because their dosing "
    "edge cases reshaped half the form.",
    "honestly the big lesson for me was that collaboration with the support team is where the bug reports actually "
    "are like i now sit in on their friday triage every week",
    "What I took away is that ownership means owning the alert too: I now add the pager rule in the same pull request "
    "as the feature.",
    "You can't fix a flaky test suite by retrying; you have to find which tests share state. That's what I did with "
    "the sixty integration tests, and it's how I approach every flaky suite now.",
    "what i took from it is that quality matters most at the boundary because every one of the three outages came "
    "from a malformed payload from a partner so i now validate partner payloads at the gateway",
    "Looking back, alignment on the data contract was worth more than any of the code: once the four teams signed the "
    "same schema, the integration took nine days instead of the planned six weeks.",
    "The lesson is that teamwork across the two shifts was the fix, not the rota software: once the night and day "
    "leads swapped notes at handover, missed doses dropped to zero.",
    "I learned that being proactive about capacity means reading the growth curve, not waiting for the alert: I now "
    "project disk use six weeks out for every shard we run.",
]


@pytest.mark.parametrize("lesson", TIED_LESSONS)
def test_a_lesson_tied_to_what_the_story_changed_is_not_generic(lesson: str) -> None:
    assert "generic_reflection" not in codes(lesson, section="reflection")


PLATITUDES = [
    "I learned that at the end of the day it's all about the people.",
    "My takeaway: never assume, always verify.",
    "it taught me that you have to be adaptable because things change fast in tech",
    "Looking back, I'd say the experience made me a stronger leader and a better listener.",
    "I realised that every challenge is an opportunity to grow.",
    "what i learned is um teamwork makes the dream work basically",
    "The lesson is that small things add up.",
    "Going forward I will try to plan better and manage my time more effectively.",
    "It reinforced for me that the customer should always come first.",
    "I learned to be more patient and to see things from other people's perspective.",
    "Lesson learned: don't be afraid to fail.",
    "so yeah the big learning for me was just to stay positive and keep pushing even when it gets hard",
    "I learned that trust matters because without it nothing gets done, so I now always try to build trust early.",
]


@pytest.mark.parametrize("lesson", PLATITUDES)
def test_a_lesson_that_fits_any_story_is_heard(lesson: str) -> None:
    assert "generic_reflection" in codes(lesson, section="reflection")


def senior_codes(text: str) -> set[str]:
    return {f.code for f in analyze(text, section="reflection", level="senior").findings}


# A Senior reflection that names, in its own words, how work was routed, funded, owned, reviewed or measured.
ORGANISATIONAL_CAUSES = [
    "Looking back, the bug was the easy part. Bugs in the export reached us only through account managers, so "
    "engineering heard about them weeks late; I set up a shared triage channel so support files them straight to us.",
    "The reason it took eight months to notice is that the data platform was funded as a project, not a product, so "
    "nobody was paid to look after it once it launched.",
    "What I took from it is that our code review only checked the diff, not the migration plan, so a change that was "
    "fine in isolation locked the biggest table for an hour. I added a migration-plan section to the review template.",
    "Each squad picked its own retry settings, and none of them knew the others were retrying the same payment, which "
    "is how a two-minute blip became a forty-minute outage.",
    "Work reached the team through three different intake channels, so the same request was often being done twice "
    "by different people.",
    "Our quarterly planning only counted new features, so maintenance like certificate renewals never made it onto "
    "anyone's roadmap.",
    "The root of it was that incidents were reviewed by the team that caused them, so the same cross-team failure got "
    "written off as a one-off four times.",
    "Tickets were routed by product area, and this bug sat on the border between two areas, so each queue bounced it "
    "to the other for three weeks.",
    "Targets were set on call-handling time, so agents closed calls before the customer's problem was fixed; the "
    "repeat calls were the price of that target.",
    "Design decisions were made in hallway conversations rather than written down, so when the two leads left there "
    "was no record of why the cache existed.",
    "what i'd change is how we staff platform work because it only ever got done between feature projects so the "
    "upgrade kept slipping a quarter at a time",
    "Looking back, the hospital bought the scheduling system centrally but each ward was left to configure it, so "
    "three wards ended up with three different rules for the same shift.",
    "What I understood late was how a depot supervisor is scored: on vans out by six, never on parcels left behind.",
    "in the end it came down to who gets the blame for an empty shelf and who never hears about the waste",
    "The restructure had merged the two payments teams, and the batch jobs the old team ran simply lost their owner.",
    "Two years earlier the platform group was disbanded without handing over the certificates it looked after.",
    "The underlying gap was a pile of unowned cron jobs that every team assumed was somebody else's.",
]


@pytest.mark.parametrize("reflection", ORGANISATIONAL_CAUSES)
def test_a_senior_reflection_naming_how_work_was_organised_has_its_systemic_cause(reflection: str) -> None:
    assert "missing_systemic_insight" not in senior_codes(reflection)


PERSONAL_LESSONS = [
    "I learned to double check my queries against production-sized data.",
    "looking back i'd have started the migration earlier and asked for help sooner",
    "The lesson was that caching is hard and invalidation needs care.",
    "In hindsight, I should have load tested the new endpoint myself before the launch.",
    "What I'd do differently is prototype the integration before committing to a date.",
    "If I did it again I'd write the design doc before the code, and get the other engineers to review it earlier.",
    "The fix was reviewed by my lead, so I felt confident merging it, and I've been more careful since.",
    "The results were measured by the analytics team, so I trusted them without checking the sample.",
    "It was approved by the director, so we went ahead, and next time I'd pilot it with one store first.",
    "I learned how a query planner is judged by the optimiser's cost model, and I read plans before indexing now.",
    "Next time I'd ask who gets paged for the job before I change its schedule, and warn them myself.",
]


@pytest.mark.parametrize("reflection", PERSONAL_LESSONS)
def test_a_senior_reflection_on_ones_own_habits_lacks_a_systemic_cause(reflection: str) -> None:
    assert "missing_systemic_insight" in senior_codes(reflection)


@pytest.mark.parametrize(
    "ending",
    [
        "The waste came from how the health board funded projects, one clinic at a time.",
        "every branch paid for its own copy of the export, so nobody was ever paid to build the shared one",
        "We were late because the migration was planned like a feature, so its scope grew like one.",
    ],
    ids=["how-funded", "paid-for-its-own", "planned-like"],
)
def test_work_paid_for_piecemeal_or_planned_as_the_wrong_kind_is_systemic(ending: str) -> None:
    assert "systemic_insight" in codes(STORY + ending, "reflection")


def test_a_plan_told_as_a_step_is_not_systemic() -> None:
    ending = "I planned the rollout as a two-step change and paid for the extra test runs from our own budget."
    assert "systemic_insight" not in codes(STORY + ending, "reflection")


def test_a_short_lesson_that_recounts_what_the_candidate_believed_is_not_generic() -> None:
    story = (
        "i was a junior engineer on a small payments team and our nightly build kept failing about once a week with "
        "a timeout nobody could explain so i pulled the logs for the last twenty failures and lined them up against "
        "the build agents and every failure was on the same agent which had a full disk so i added a cleanup step "
        "and a disk check to the pipeline and the build has not timed out since "
    )
    recounted = "what i learned is to look before guessing because i was sure it was the network and it wasnt"
    bare = "what i learned is to look before guessing"
    assert "generic_reflection" not in codes(story + recounted)
    assert "generic_reflection" in codes(story + bare)


def test_a_rule_everyone_follows_since_then_is_systemic() -> None:
    ending = "Since then every design review has to name who owns the data, and the architecture group checks it."
    assert "systemic_insight" in codes(STORY + ending, "reflection")
    assert "systemic_insight" not in codes(STORY + "Since then I check who owns the data myself.", "reflection")


@pytest.mark.parametrize(
    "lesson",
    [
        "the biggest lesson was to always ask for help sooner rather than later",
        "and i learnt that it's vital to manage expectations and keep everyone on the same page",
        "the lesson is that hard work always pays off in the end",
        "and i learned the importance of setting clear goals and following through on them",
    ],
)
def test_a_spoken_lesson_run_on_from_the_story_is_judged_from_its_cue(lesson: str) -> None:
    found = codes(SPOKEN_STORY + lesson)
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


@pytest.mark.parametrize(
    "closing",
    [
        "I turned the flag on for one region, posted in the on-call channel what I had done and why, and asked ops "
        "to review the flagged orders.",
        "My lead told me later that the way it was handled is a big part of why people trust the review process now.",
        "The build bill fell from nine thousand a month to three thousand, and nobody lost a build they needed.",
    ],
)
def test_a_junior_closing_that_tells_what_happened_names_no_organisational_cause(closing: str) -> None:
    assert "systemic_insight" not in codes(STORY + closing)


@pytest.mark.parametrize(
    "closing",
    [
        "It had crept up because nobody who ran the export ever saw what it cost.",
        "The job kept failing quietly because the rota only covered business hours.",
    ],
)
def test_a_closing_that_blames_how_work_is_organised_is_heard(closing: str) -> None:
    assert "systemic_insight" in codes(STORY + closing)


@pytest.mark.parametrize(
    "reflection",
    [
        "It reinforced for me that preparation is half the battle.",
        "Going forward I'll always try to put myself in the customer's shoes.",
        "So the lesson there is quite simple really, slow down and get it right first time.",
        "It showed me the value of a fresh pair of eyes.",
        "I learnt that it's vital to manage expectations and keep everyone on the same page.",
    ],
)
def test_a_proverb_for_a_lesson_fits_any_story(reflection: str) -> None:
    assert "generic_reflection" in codes(reflection, section="reflection")


@pytest.mark.parametrize(
    "reflection",
    [
        "Now I diff the schema before every migration.",
        "Since then I add a largest-customer case to every export test.",
        "these days i always pull a week of export logs before i touch a batch job",
    ],
)
def test_a_short_lesson_naming_the_practice_taken_up_is_specific(reflection: str) -> None:
    found = codes(reflection, section="reflection")
    assert "specific_reflection" in found
    assert "generic_reflection" not in found


@pytest.mark.parametrize(
    "reflection",
    [
        "Now I always communicate early and often with stakeholders.",
        "Since then I try to be more proactive and ask for help sooner.",
    ],
)
def test_a_short_habit_in_values_alone_is_not_specific(reflection: str) -> None:
    assert "specific_reflection" not in codes(reflection, section="reflection")


def test_a_long_run_of_stock_lessons_is_generic_however_many_words_it_has() -> None:
    stacked = (
        "Looking back, I learned that it's really important to keep learning and never stop growing. Tools change "
        "so quickly that you have to stay humble about new frameworks, and I also learned that asking colleagues "
        "for help is always worth it. Going forward I want to keep an open mind on every new project I join."
    )
    assert "generic_reflection" in codes(stacked, "reflection")
    assert "specific_reflection" not in codes(stacked, "reflection")


def test_a_long_lesson_with_one_stock_phrase_and_the_storys_specifics_is_not_generic() -> None:
    specific = (
        "Looking back, it's really important to measure at the layer you don't know: I had treated the modem as a "
        "black box, and only the current meter on the board showed it waking every two hundred milliseconds. I "
        "now add a power profile step to every firmware release."
    )
    assert "generic_reflection" not in codes(specific, "reflection")


CHECKOUT_STORY = (
    "Our checkout page was timing out for shoppers paying with gift cards, because the balance lookup called the "
    "card provider once per card instead of once per basket. I batched the lookups, added a timeout with a clear "
    "error message, and load tested it with baskets of ten cards. Timeouts went from four percent of gift card "
    "checkouts to almost none within a week. "
)


@pytest.mark.parametrize(
    "lesson",
    [
        "The main thing I took from it is that quality is everyone's job, and that you should never cut corners, "
        "because in the long run doing things right is faster than doing them twice.",
        "The main thing I learned is that communication with the card provider is really important, and that you "
        "should always escalate early so the right people look at the lookups.",
        "I think the main thing I learned is that innovation requires taking risks, and that sometimes you need to "
        "build things yourself to get exactly what you need.",
        "so yeah the lesson is you just need good lookups and good monitoring and things will work out",
    ],
)
def test_a_lesson_told_to_anyone_fits_any_story(lesson: str) -> None:
    found = codes(CHECKOUT_STORY + lesson)
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


@pytest.mark.parametrize(
    "lesson",
    [
        "What I learned is that if you call an outside provider in a loop, you should batch the calls and test "
        "with the biggest basket a shopper could build.",
        "My lesson was to count the provider calls per checkout before blaming the network.",
        "the lesson for me was to time a slow request end to end before touching any of its code",
    ],
)
def test_a_lesson_that_names_a_practice_is_not_generic(lesson: str) -> None:
    assert "generic_reflection" not in codes(CHECKOUT_STORY + lesson)


def test_a_practice_sharing_the_storys_words_is_specific() -> None:
    found = codes(CHECKOUT_STORY + "My lesson was to watch a real shopper pay before redesigning any screen.")
    assert "specific_reflection" in found
    assert "generic_reflection" not in found


def test_a_practice_made_of_stock_phrases_is_still_generic() -> None:
    found = codes(CHECKOUT_STORY + "What I learned is to keep an open mind and not jump to conclusions.")
    assert "generic_reflection" in found


@pytest.mark.parametrize(
    "lesson",
    [
        "What I'd pass on is that a provider's per-call limit matters more than its latency, so I now read the rate "
        "limits before I design a call pattern.",
        "Nowadays, whenever a checkout step calls an outside provider, I load test it with the largest basket on "
        "record.",
        "what i had missed was that nobody tests with more than one card so now for any payment change i run the "
        "ten card basket first",
        "I'd make the same call again, but I'd have told support about the batching a week earlier so they could "
        "answer the gift card tickets.",
        "Since then I split timeouts by payment method before I trust an average.",
    ],
)
def test_a_lesson_told_as_what_one_passes_on_or_now_does_is_specific(lesson: str) -> None:
    found = codes(CHECKOUT_STORY + lesson)
    assert "specific_reflection" in found
    assert "generic_reflection" not in found


@pytest.mark.parametrize(
    "reflection",
    [
        "What I took from it is that the default in our deploy tool made the risky path the easy one, so I changed "
        "it to a canary rollout.",
        "The reason it kept happening was that the easiest thing to do in the console was also the dangerous one.",
        "Reflecting on it, it was never one engineer's mistake; our tooling let anyone run a migration against "
        "production.",
        "I learned that when two teams share a queue and neither is accountable for it, it degrades quietly.",
        "my takeaway was that the way we planned quarters left no room for upkeep so it always lost to features",
        "The vendor charged a flat fee, so nobody had ever had a reason to look at the volume.",
        "The bill kept growing because no team ever saw its own spend, so I asked finance for per-team reports.",
        "Since the incident, schema changes now need an approval from the data team before they merge.",
        "Every launch doc across the org now has a rollback section.",
        "Four other teams have since adopted the same retry library for their own clients.",
    ],
)
def test_a_senior_reflection_naming_an_organisational_mechanism_has_its_systemic_cause(reflection: str) -> None:
    assert "missing_systemic_insight" not in senior_codes(reflection)
    assert "systemic_insight" in senior_codes(reflection)


@pytest.mark.parametrize(
    "ending",
    [
        "The default timeout in the client library was thirty seconds, so I raised it to five minutes.",
        "The data pipeline now rejects malformed rows and writes them to a quarantine table.",
        "It wasn't really anyone's fault; the library changed its rounding in a minor version, so I pinned it.",
        "We had not a single error the following month, and the checkout form now checks the postcode first.",
        "Two other engineers on my team have since used the same query to debug their own endpoints.",
    ],
)
def test_a_technical_cause_or_a_neglected_detail_is_not_systemic(ending: str) -> None:
    assert "systemic_insight" not in codes(STORY + ending, "reflection")


def test_a_career_lesson_told_to_anyone_fits_any_story() -> None:
    reflection = (
        "Looking back, over my twelve years in the industry I've been right on most big calls, maybe eight in ten. "
        "The card lookup was one of the misses, because the provider changed its limits twice. If I take one lesson, "
        "it's that you need to gather what data you can, stay humble, and accept that nobody gets it all right."
    )
    found = codes(reflection, section="reflection")
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


# A Senior story that changes something others share, with its cause in a process, a duty or a seam between teams.
SHARED_CHANGES = [
    "Looking back, the outage was not really about the certificate. Renewals sat with whoever had set up the "
    "service, so the reminders went nowhere once people moved on.",
    "The rule itself was fine, but rule changes went live straight from an admin screen with no staging step, so I "
    "wrote up a shadow mode and the fraud team adopted it for all new rules.",
    "The deeper lesson for me was that our estimates ignored security work. I put a security line into the quarterly "
    "planning sheet, and the other two platform teams have since adopted it as well.",
    "What stayed with me is that there was no written handover when a service changed hands, so I drafted one and "
    "the infrastructure org adopted it for every transfer.",
    "The fix was one line; the reason it reached customers was that our release sign-off only covered new phones.",
]


@pytest.mark.parametrize("reflection", SHARED_CHANGES)
def test_a_cause_in_a_shared_practice_and_a_change_to_it_is_systemic(reflection: str) -> None:
    assert "systemic_insight" in senior_codes(reflection)
    assert "missing_systemic_insight" not in senior_codes(reflection)


def test_a_senior_answer_changing_a_shared_practice_gives_its_cause_anywhere() -> None:
    answer = (
        "I ran the build tooling for our mobile apps. Crash reports had gone quiet for a fortnight because the symbol "
        "upload found no files after a toolchain upgrade and still reported success. I fixed the path and re-uploaded "
        "the symbols for three releases, and a crash hitting one session in four hundred showed up the next morning. "
        "The underlying cause was that a quiet failure looked like a healthy run, and when people change teams their "
        "scheduled jobs stay behind with nobody watching them. I asked the platform manager to name an owner for "
        "each job. I then proposed that every build step declare the files it expects to produce. The release group "
        "now applies that check to all of its upload steps. Two releases later it caught a second empty upload "
        "before it shipped."
    )
    found = {f.code for f in analyze(answer, section="answer", level="senior").findings}
    assert "systemic_insight" in found
    assert "missing_systemic_insight" not in found


@pytest.mark.parametrize(
    "ending",
    [
        "Looking back, anyone could have made the mistake I made, and I should have double-checked the config.",
        "I made streaming the default in the export service, and exports now finish in seconds.",
        "I suggested TypeScript, converted two modules over a weekend, and the team liked it.",
    ],
)
def test_a_neglected_detail_or_a_code_default_is_not_a_shared_change(ending: str) -> None:
    assert "systemic_insight" not in codes(STORY + ending, "reflection")


# No record of who depends on a thing is an organisational gap; a missing list of tasks is not.
@pytest.mark.parametrize(
    ("text", "systemic"),
    [
        (
            "Looking back, there was no record of which services called the endpoint, so every change was a guess.",
            True,
        ),
        ("Looking back, we had no list of the downstream consumers of that feed, so nobody could warn them.", True),
        ("Looking back, we had no list of tasks for the sprint, so I wrote one and we finished on time.", False),
    ],
)
def test_no_record_of_who_depends_on_a_thing_is_an_organisational_gap(text: str, systemic: bool) -> None:
    assert ("systemic_insight" in analyze(text, section="reflection", level="senior").codes()) is systemic


SENIOR_STORY = (
    "I led the search indexing service at a marketplace. One Monday a change to the tokenizer dropped every listing "
    "with an accent in its title, and sellers in three countries lost about a fifth of their traffic for a day. I "
    "rolled the change back within the hour, reindexed the affected listings overnight and wrote to the seller "
    "support team with the list of accounts so they could answer tickets. Then I added tests with accented titles "
    "in nine languages and a canary that compares result counts before and after each deploy. "
)


# A cause that may be only part of a story counts where the story also changes something others share.
@pytest.mark.parametrize(
    "ending",
    [
        "The reviewers only ever looked at the diff. Since then the pull request template asks which markets a "
        "change affects.",
        "The tokenizer had been handed over to us with no notes on which languages it served. We now write a "
        "handover note for every service that changes owner.",
        "The team that shipped it was judged on indexing speed alone. I set up a monthly review where seller "
        "support and search read the traffic losses together.",
        "Accent folding was off by default in the shared text library, and the other squads picked it up once I "
        "changed that.",
    ],
)
def test_a_partial_cause_beside_a_shared_change_is_systemic(ending: str) -> None:
    found = {f.code for f in analyze(SENIOR_STORY + ending, section="answer", level="senior").findings}
    assert "systemic_insight" in found
    assert "missing_systemic_insight" not in found


@pytest.mark.parametrize(
    "ending",
    [
        "The reviewers only looked at the diff, which is normal for a change that small, and I will add more tests.",
        "Our team was judged on hitting the release date, and we did, which my manager appreciated.",
        "It was handed over to me with no notes, so I learned the code quickly over a weekend.",
        "Our reviewers checked the code and not the docs, and honestly I think that is fine for a small team.",
    ],
)
def test_a_partial_cause_or_a_change_alone_is_not_systemic(ending: str) -> None:
    found = {f.code for f in analyze(SENIOR_STORY + ending, section="answer", level="senior").findings}
    assert "systemic_insight" not in found


@pytest.mark.parametrize(
    "ending",
    [
        "Looking back, seller complaints were routed to whichever team the agent guessed, so the pattern stayed "
        "hidden for a month.",
        "Looking back, language coverage was checked only through one analyst's goodwill, and she was on leave.",
        "Looking back, each of the three teams quietly assumed one of the others owned the language tests.",
    ],
)
def test_a_duty_left_to_chance_or_to_one_person_is_systemic(ending: str) -> None:
    found = {f.code for f in analyze(SENIOR_STORY + ending, section="answer", level="senior").findings}
    assert "systemic_insight" in found


def test_a_lesson_that_other_teams_need_buy_in_names_no_organisational_cause() -> None:
    ending = (
        "What I learned is that you have to involve the ranking team early, because they run their own priorities "
        "and processes and you need their buy in before anything ships."
    )
    found = {f.code for f in analyze(SENIOR_STORY + ending, section="answer", level="senior").findings}
    assert "systemic_insight" not in found


def test_working_around_another_teams_process_without_changing_it_is_not_systemic() -> None:
    ending = (
        "The ranking team took a week to answer any request, so we worked around them with a stub of their scores "
        "and shipped on the date we had promised."
    )
    found = {f.code for f in analyze(SENIOR_STORY + ending, section="answer", level="senior").findings}
    assert "systemic_insight" not in found


# A cause told beside a change that reaches a default, a shared artifact or other teams.
@pytest.mark.parametrize(
    "ending",
    [
        "The tokenizer settings came from a starter project every team had cloned without reading it. I changed "
        "those settings in the starter project so accents are kept for every team that builds on it.",
        "Tokenizer changes were signed off by whichever engineer happened to be free, with no record of what they "
        "had checked. I set up a named reviewer for each release of the tokenizer, and the other search teams now "
        "use the same rota.",
        "The reason it reached sellers was that our deploy checklist asked whether a canary existed, not whether "
        "anyone watched it. I now ask every service owner to name who reads the canary.",
    ],
)
def test_a_cause_beside_a_change_others_share_is_systemic(ending: str) -> None:
    found = {f.code for f in analyze(SENIOR_STORY + ending, section="answer", level="senior").findings}
    assert "systemic_insight" in found
    assert "missing_systemic_insight" not in found


# Talk of an organisation's values, or a reason that was the speaker's own doing, names no organisational cause.
@pytest.mark.parametrize(
    "ending",
    [
        "What I took away is that standards only stick when leadership models them, and our culture follows what "
        "senior people do.",
        "Looking back, the planning review went well mostly because I had mapped every affected seller beforehand.",
        "Looking back, the review with the directors went smoothly because I had the numbers ready, and leadership "
        "thanked the team.",
    ],
)
def test_organisational_values_or_ones_own_reason_are_not_systemic(ending: str) -> None:
    found = {f.code for f in analyze(SENIOR_STORY + ending, section="answer", level="senior").findings}
    assert "systemic_insight" not in found
    assert "missing_systemic_insight" in found


@pytest.mark.parametrize(
    "closing",
    [
        "For me ownership is really about treating every problem as yours and never waiting for someone else.",
        "To me, thinking big means having a bold vision and getting people to rally behind it.",
        "so yeah that is what disagree and commit means you speak up and then you back the call",
        "Honestly the key was having a bias for action and not being paralysed by what we couldn't control.",
        "I think diving deep comes down to staying curious and never accepting the first answer.",
    ],
)
def test_a_principle_recited_as_the_lesson_fits_any_story(closing: str) -> None:
    assert "generic_reflection" in codes(STORY + closing)


@pytest.mark.parametrize(
    "closing",
    [
        "For me diving deep meant reading the raw invoice lines instead of the summary, and I now profile a job "
        "on the largest merchant's data before I tune anything.",
        "What I took from it is that ownership of the export was never written down, so I added the job to our "
        "on-call runbook with a named owner and a timeout alert.",
    ],
)
def test_a_principle_named_in_a_lesson_drawn_from_the_story_is_not_generic(closing: str) -> None:
    found = codes(STORY + closing)
    assert "generic_reflection" not in found
    assert "specific_reflection" in found


def test_importance_and_advice_to_anyone_fit_any_story() -> None:
    lesson = "The lesson was that code review is incredibly important and you just have to slow down sometimes."
    assert "generic_reflection" in codes(STORY + lesson)


def test_importance_beside_a_practice_drawn_from_the_story_is_not_generic() -> None:
    lesson = (
        "What I learned is that streaming is really important for exports this size, so I now test every export "
        "with a two-million-line merchant before it ships."
    )
    found = codes(STORY + lesson)
    assert "generic_reflection" not in found
    assert "specific_reflection" in found


def test_a_stock_clause_that_goes_on_with_a_lesson_does_not_make_it_generic() -> None:
    answer = (
        "Our nightly billing export kept timing out for the largest merchants. Finance was rebuilding their reports "
        "by hand every Monday. I profiled the job and found it loaded every invoice line into memory. I changed it "
        "to stream the rows in batches of five thousand. I added a test with a merchant of two million lines. The "
        "export now finishes in eleven minutes instead of three hours. What I learned is that a batch job has to be "
        "profiled on the largest merchant's data before release, and I think it's important to stay curious and "
        "humble. Finance stopped the manual rebuild the same week."
    )
    found = codes(answer)
    assert "specific_reflection" in found
    assert "generic_reflection" not in found


def test_a_stock_clause_beside_a_lesson_in_values_is_still_generic() -> None:
    answer = (
        "Our nightly billing export kept timing out for the largest merchants. Finance was rebuilding their reports "
        "by hand every Monday. I profiled the job and found it loaded every invoice line into memory. I changed it "
        "to stream the rows in batches of five thousand. I added a test with a merchant of two million lines. The "
        "export now finishes in eleven minutes instead of three hours. What I learned is that trust and teamwork "
        "carry any project, and I think it's important to stay curious and humble. Finance stopped the manual "
        "rebuild the same week."
    )
    assert "generic_reflection" in codes(answer)


def test_advice_to_anyone_that_names_the_storys_topic_in_two_words_is_generic() -> None:
    found = codes(SPOKEN_STORY + "and my takeaway is you just need good alerts on the export and trust with finance")
    assert "generic_reflection" in found
    assert "specific_reflection" not in found


def test_advice_to_anyone_that_names_the_storys_own_steps_is_specific() -> None:
    lesson = (
        "My takeaway is that you just need to profile the export first and test it with the largest merchant's two "
        "million invoice lines."
    )
    found = codes(STORY + lesson)
    assert "specific_reflection" in found
    assert "generic_reflection" not in found
