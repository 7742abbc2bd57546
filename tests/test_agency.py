"""Who did what: subjects, the verbs they govern, and verbs that share a subject."""

from __future__ import annotations

import pytest

from starcoach.analysis.agency import find_acts


def acts_of(text: str) -> list[tuple[str, str, bool]]:
    return [(a.actor, a.verb, a.hypothetical) for a in find_acts(text)]


def test_verbs_in_a_list_share_the_subject_before_them() -> None:
    text = "I met both account managers, checked the invoices by hand, and then cancelled the feature."
    assert acts_of(text) == [("i", "met", False), ("i", "checked", False), ("i", "cancelled", False)]


def test_a_shared_subject_stops_at_the_end_of_the_sentence_and_at_a_new_subject() -> None:
    text = (
        "My lead reviewed the plan and approved it. Then, tested on staging, the fix held. "
        "She shipped it and I wrote the notes."
    )
    found = acts_of(text)
    assert ("other", "reviewed", False) in found and ("other", "approved", False) in found
    assert not any(verb == "tested" for _, verb, _ in found)
    assert ("other", "shipped", False) in found and ("i", "wrote", False) in found


@pytest.mark.parametrize("text", ["I traced the leak and wanted a rewrite.", "I reported it, based on the logs."])
def test_a_feeling_or_a_participle_after_and_is_not_an_act(text: str) -> None:
    assert [verb for _, verb, _ in acts_of(text)] == [text.split()[1]]


def test_would_have_is_hypothetical_even_with_a_past_participle() -> None:
    (act,) = find_acts("At that rate we'd have finished in November.")
    assert act.actor == "we" and act.hypothetical


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The caching layer we'd bolted on was hiding the slow queries.", "bolted"),
        ("Every dashboard we publish now shows its data's age.", "publish"),
        ("I deleted the two flags we had added for the launch.", "added"),
    ],
)
def test_we_inside_a_noun_phrase_names_a_thing(text: str, verb: str) -> None:
    (act,) = [a for a in find_acts(text) if a.verb == verb]
    assert act.actor == "we" and act.relative


@pytest.mark.parametrize(
    "text",
    [
        "In the second week we rebuilt the importer.",  # a phrase that sets the scene
        "Along the way we replaced the queue.",
        "I told the support lead we would backfill the orders.",  # what someone was told
        "after we patched the service we watched it for a day",  # a new clause, unpunctuated
        "The first thing we did was freeze deploys.",  # still tells a step
        "The lead agreed we should pause.",
    ],
)
def test_we_opening_a_clause_of_its_own_is_not_in_a_noun_phrase(text: str) -> None:
    assert not any(a.relative for a in find_acts(text))


def test_an_aside_holding_a_first_person_step_does_not_lend_its_verbs_to_others() -> None:
    text = "I raised it with the billing team, then I rebuilt the export job, added paging and shipped it."
    found = acts_of(text)
    assert ("i", "added", False) in found and ("i", "shipped", False) in found
    assert not any(actor == "other" for actor, _, _ in found)


def test_an_aside_that_only_describes_the_subject_still_reaches_the_verb() -> None:
    assert ("other", "migrated", False) in acts_of("The data team, six people in Leeds, migrated the warehouse.")


@pytest.mark.parametrize(
    ("text", "actor", "verb"),
    [
        ("so we um we spent a week on the importer", "we", "spent"),
        ("and they uh they reverted the config", "other", "reverted"),
    ],
)
def test_a_pronoun_said_again_after_a_pause_governs_the_verb(text: str, actor: str, verb: str) -> None:
    assert (actor, verb, False) in acts_of(text)


@pytest.mark.parametrize(
    ("text", "actor", "verb"),
    [
        ("All of us rewrote the tests before the freeze.", "we", "rewrote"),
        ("so the two of us paired on it all week", "we", "paired"),
        ("On Monday and I rewrote the parser.", "i", "rewrote"),  # a day, not a partner
        ("In March and I moved the queue to the new cluster.", "i", "moved"),
        ("I used that week to write the migration.", "i", "write"),
        ("I had it merged by Friday.", "i", "merged"),
        ("i got the change reviewed by the dba", "i", "reviewed"),
        ("The senior engineer on the team came up with the fix.", "other", "came up with"),
        ("Sam from the data team wrote a script to dedupe the rows.", "other", "wrote"),
        ("Kenji, our tech lead, rewrote the scheduler.", "other", "rewrote"),
        ("I flagged it to my lead, who then rewrote the query.", "other", "rewrote"),
        ("It was my teammate who spotted the bug.", "other", "spotted"),
        ("The client's IT team eventually found the firewall rule.", "other", "found"),
        ("the warehouse supervisor reorganised the picking routes", "other", "reorganised"),
    ],
)
def test_who_did_it_is_read_through_groups_asides_and_causatives(text: str, actor: str, verb: str) -> None:
    assert (actor, verb, False) in acts_of(text)


@pytest.mark.parametrize(
    ("text", "verb_class"),
    [
        ("The vendor sent a patch a week later.", "action"),  # a work product, not a message
        ("they had me test it on staging", "decision"),  # others setting the candidate to work
        ("I sent the summary to my lead.", "communication"),
    ],
)
def test_what_was_sent_or_who_was_set_to_work_says_what_kind_of_act_it_is(text: str, verb_class: str) -> None:
    (act,) = find_acts(text)
    assert act.verb_class == verb_class


@pytest.mark.parametrize(
    "text",
    [
        "Then found the leak in the cache.",  # a sentence opener, not a name
        "Why did it sit there so long?",
        "The engineer who built the original service had left.",  # describes someone, no act of theirs
        "The PM had the launch email drafted.",  # how things stood, not work the PM did in the story
    ],
)
def test_a_capitalised_opener_or_a_description_is_not_someone_else_acting(text: str) -> None:
    assert not any(a.actor == "other" and a.verb_class != "state" for a in find_acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sign-off took eleven days because legal was on holiday.",  # time taken, not an act
        "Restarts took about forty minutes each.",
        "I sorted the alerts by host. They clustered around the nightly backups.",  # things gathering somewhere
        "Benchmarking found the allocator was the bottleneck.",  # a process, not someone's name
        "The cause was a flag the billing team had flipped that morning.",  # a thing named, with a time after it
    ],
)
def test_time_taken_things_gathering_and_processes_are_not_someone_acting(text: str) -> None:
    assert not any(a.actor == "other" and a.verb_class != "state" and not a.relative for a in find_acts(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The vendor took three weeks to rebuild the driver.", "rebuild"),  # the step after the time it took
        ("They worked around the clock on the patch.", "worked"),
        ("Noor rewrote the parser that week.", "rewrote"),
    ],
)
def test_others_steps_beside_time_and_place_are_still_theirs(text: str, verb: str) -> None:
    assert any(a.actor == "other" and a.verb == verb and not a.relative for a in find_acts(text))


def test_going_through_records_is_a_step_of_ones_own() -> None:
    acts = find_acts("I went back through a month of invoices and re-issued the wrong ones. Then I went home.")
    assert [(a.verb, a.verb_class) for a in acts] == [
        ("went through", "action"),
        ("re-issued", "action"),
        ("went", "action"),
    ]


def test_a_hyphenated_verb_is_read_whole() -> None:
    acts = find_acts("I re-planned the work into two releases, and we co-wrote the memo for the client.")
    assert [(a.actor, a.verb, a.verb_class) for a in acts][:2] == [
        ("i", "re-planned", "action"),
        ("we", "co-wrote", "action"),
    ]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("i restarted the worker then checked the queue depth", "checked"),
        ("so i pulled the traces went through them spotted the hot key", "spotted"),
        ("i rolled it back checked the error graphs", "checked"),
        ("I single-handedly moved the queue and carefully migrated the consumers.", "migrated"),
        ("I met my director and proposed a two-week freeze.", "proposed"),
        ("I went through the refunds, found that we were charging twice and rewrote the idempotency check.", "rewrote"),
    ],
)
def test_a_step_told_without_its_subject_in_speech_is_the_candidates(text: str, verb: str) -> None:
    assert ("i", verb, False) in acts_of(text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I noticed it failed twice that night.", "failed"),  # "it" may be a subject of its own
        ("I told the team the cache expired too early.", "expired"),
    ],
)
def test_a_verb_after_a_noun_or_a_bare_it_is_not_shared(text: str, verb: str) -> None:
    assert not any(actor == "i" and found == verb for actor, found, _ in acts_of(text))


def test_id_before_a_past_participle_is_what_had_been_done() -> None:
    assert ("i", "written", False) in acts_of("i'd already written the tests before the freeze")
    assert ("i", "write", True) in acts_of("next time i'd write the tests first")


@pytest.mark.parametrize(
    ("text", "actor", "verb"),
    [
        ("What I did was document every failed payout.", "i", "document"),
        ("the first thing i did was basically trace the webhook", "i", "trace"),
    ],
)
def test_what_i_did_was_names_the_step(text: str, actor: str, verb: str) -> None:
    assert (actor, verb, False) in acts_of(text)


def test_what_we_did_was_we_counts_the_step_once() -> None:
    found = find_acts("what we did was we rolled back the release")
    assert [a.verb for a in found if a.actor == "we" and a.verb_class != "state"] == ["rolled"]


def test_a_list_of_steps_without_a_subject_takes_the_subject_said_before_it() -> None:
    mine = "Context: the importer kept timing out.\nWhat I did:\n- Profiled the parser\n- Rewrote the batching\n"
    assert [(a.actor, a.verb) for a in find_acts(mine) if a.verb in ("profiled", "rewrote")] == [
        ("i", "profiled"),
        ("i", "rewrote"),
    ]
    ours = "What we did:\n1. Rolled back the release\n2. Patched the schema\n"
    assert {a.actor for a in find_acts(ours) if a.verb in ("rolled", "patched")} == {"we"}
    # A subject inside an item ("they never finished") does not lend itself to the next item.
    items = "What I did:\n- Found that they never finished the export\n- Rebuilt it overnight\n"
    assert ("i", "rebuilt", False) in acts_of(items)


def test_we_said_once_with_an_aside_is_one_act() -> None:
    assert [verb for _, verb, _ in acts_of("We, as a team, rebuilt the pipeline.")] == ["rebuilt"]


@pytest.mark.parametrize(
    ("text", "actor", "verb"),
    [
        ("me and my lead rewrote the parser over a weekend", "we", "rewrote"),
        ("my manager who'd seen this before suggested a rollback", "other", "suggested"),
        ("our tech lead who knew the billing code rewrote the module", "other", "rewrote"),
        ("The data science team trained the new models.", "other", "trained"),
        ("i got the dba to rebuild the indexes", "other", "rebuild"),
        ("I had a contractor rewrite the importer.", "other", "rewrite"),
    ],
)
def test_who_did_it_is_read_through_partners_descriptions_and_work_caused(text: str, actor: str, verb: str) -> None:
    assert (actor, verb, False) in acts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I joined their weekly ops review and answered their questions.",  # a role naming a thing
        "We got our manager to approve the budget.",  # a go-ahead, not work
        "The engineer who wrote the patched version had left.",
    ],
)
def test_a_role_naming_a_thing_or_a_go_ahead_is_not_someone_else_doing(text: str) -> None:
    assert not any(a.actor == "other" and a.verb_class in ("action", "discovery") for a in find_acts(text))


def test_others_work_named_inside_a_noun_phrase_is_relative() -> None:
    (act,) = [a for a in find_acts("The script my colleague wrote crashed on empty files.") if a.verb == "wrote"]
    assert act.actor == "other" and act.relative


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The stalls came every few seconds until I set the flag, and then they vanished.", "vanished"),
        ("we patched the parser and after that they recurred only once", "recurred"),
        ("Orders spiked on Black Friday, and then they plummeted.", "plummeted"),
    ],
)
def test_what_befalls_things_is_no_one_acting(text: str, verb: str) -> None:
    acts = {a.verb: a for a in find_acts(text)}
    assert verb not in acts or acts[verb].verb_class == "state"


def test_an_agent_doing_the_same_kind_of_thing_still_acts() -> None:
    acts = {a.verb: a for a in find_acts("They dropped the old index and I rebuilt it.")}
    assert acts["dropped"].actor == "other" and acts["dropped"].verb_class == "action"
    assert acts["rebuilt"].actor == "i" and acts["rebuilt"].verb_class == "action"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("My colleague Priya then rewrote the rounding logic.", "rewrote"),
        ("Our data engineer Tomasz traced it to a lock on the orders table.", "traced"),
        ("so my teammate Aisha found the token bug", "found"),
    ],
)
def test_a_role_followed_by_a_name_is_that_person_acting(text: str, verb: str) -> None:
    assert ("other", verb, False) in acts_of(text)


def test_a_name_after_a_role_with_no_step_of_its_own_lends_none_to_the_candidate() -> None:
    found = acts_of("I told our tech lead Sam about it. I then rewrote the sync.")
    assert ("i", "rewrote", False) in found and not any(verb == "rewrote" for actor, verb, _ in found if actor != "i")
