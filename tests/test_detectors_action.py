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
