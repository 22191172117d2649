"""Rule R12: site rotation — examples and properties."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from il2desk.domain.rotation import Use, explain, suggest_site
from il2desk.domain.sites import SITE_CODES, SITE_LABELS, sites_in_areas

T0 = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)


def history(codes: list[str]) -> list[Use]:
    """Uses in the order given, 12 hours apart."""
    return [Use(code, T0 + dt.timedelta(hours=12 * i)) for i, code in enumerate(codes)]


def test_every_site_has_a_plain_label():
    assert set(SITE_LABELS) == set(SITE_CODES)
    assert SITE_LABELS["thigh-left"] == "Left thigh"


def test_first_suggestion_is_the_first_site_in_order():
    assert suggest_site(SITE_CODES, [], {}).site_code == "abdomen-upper-left"


def test_least_recently_used_outside_the_recent_window():
    used = history(list(SITE_CODES))  # each used once, in order
    suggestion = suggest_site(SITE_CODES, used, {}, avoid_recent=4)
    assert suggestion.site_code == "abdomen-upper-left"
    assert suggestion.recent == ("arm-right", "arm-left", "thigh-right", "thigh-left")


def test_open_reaction_keeps_a_site_out_even_when_it_rested_longest():
    # rule R12: an open nodule keeps the site out until resolved
    used = history(list(SITE_CODES))
    suggestion = suggest_site(SITE_CODES, used, {"abdomen-upper-left": ["lump"]})
    assert suggestion.site_code == "abdomen-upper-right"
    assert "abdomen-upper-left" in suggestion.blocked
    text = str(explain("abdomen-upper-left", suggestion, T0 + dt.timedelta(days=9),
                       {"abdomen-upper-left": ["lump"]}))
    assert "open reaction: lump (nodule)" in text


def test_explanation_says_when_and_why():
    used = [Use("thigh-left", T0)]
    suggestion = suggest_site(["thigh-left", "thigh-right", "arm-left"], used, {},
                              avoid_recent=0)
    now = T0 + dt.timedelta(days=9)
    assert str(explain("thigh-left", suggestion, now)) == (
        "Left thigh: last used 9 days ago, no open reaction")
    assert "suggested next" in str(explain("thigh-right", suggestion, now))


def test_all_sites_with_reactions_gives_no_suggestion():
    suggestion = suggest_site(["thigh-left"], [], {"thigh-left": ["redness"]})
    assert suggestion.site_code is None


def test_window_shrinks_when_few_sites_are_on():
    enabled = sites_in_areas(["thigh"])
    used = history(["thigh-left", "thigh-right"])
    assert suggest_site(enabled, used, {}, avoid_recent=4).site_code == "thigh-left"


def test_disabled_areas_are_never_suggested():
    enabled = sites_in_areas(["arm"])
    assert suggest_site(enabled, [], {}).site_code == "arm-left"


enabled_sets = st.lists(st.sampled_from(SITE_CODES), min_size=1, unique=True)


def run_rotation(enabled, avoid, count, reactions=None):
    used: list[Use] = []
    chosen = []
    for i in range(count):
        suggestion = suggest_site(enabled, used, reactions or {}, avoid_recent=avoid)
        if suggestion.site_code is None:
            break
        chosen.append(suggestion.site_code)
        used.append(Use(suggestion.site_code, T0 + dt.timedelta(hours=12 * i)))
    return chosen


@settings(max_examples=200, deadline=None)
@given(enabled=enabled_sets, avoid=st.integers(0, 7))
def test_no_site_twice_in_a_row(enabled, avoid):
    # rule R12, over any 10 injections without reactions
    chosen = run_rotation(enabled, avoid, 10)
    assert len(chosen) == 10
    if len(enabled) > 1:
        assert all(a != b for a, b in itertools.pairwise(chosen))


@settings(max_examples=200, deadline=None)
@given(enabled=enabled_sets, avoid=st.integers(0, 7))
def test_every_site_used_before_any_is_reused(enabled, avoid):
    chosen = run_rotation(enabled, avoid, 10)
    n = min(len(enabled), 10)
    assert len(set(chosen[:n])) == n  # the first n picks are n different sites
    # and then the cycle repeats in the same order
    assert all(chosen[i] == chosen[i - len(enabled)] for i in range(len(enabled), 10))


@settings(max_examples=200, deadline=None)
@given(enabled=enabled_sets, avoid=st.integers(0, 7),
       past=st.lists(st.sampled_from(SITE_CODES), max_size=20),
       blocked=st.sets(st.sampled_from(SITE_CODES)))
def test_never_a_reaction_site_nor_a_recent_one(enabled, avoid, past, blocked):
    used = history(past)
    reactions = {code: ["lump"] for code in blocked}
    suggestion = suggest_site(enabled, used, reactions, avoid_recent=avoid)
    free = [c for c in enabled if c not in blocked]
    if not free:
        assert suggestion.site_code is None
        return
    assert suggestion.site_code in free
    assert suggestion.site_code not in suggestion.recent
    # the window: the most recent distinct free sites, up to `avoid` (one fewer than free)
    assert len(suggestion.recent) == min(avoid, len(free) - 1,
                                         len({u.site_code for u in used} & set(free)))
    # deterministic
    assert suggest_site(enabled, used, reactions, avoid_recent=avoid) == suggestion


def test_a_site_used_in_the_course_before_has_rested():
    # issue 20: a site last used 67 days ago is not "one of your last 4 sites"
    old = Use("thigh-left", T0 - dt.timedelta(days=67))
    recent = history(["abdomen-upper-left", "abdomen-upper-right"] * 2)
    enabled = ["abdomen-upper-left", "abdomen-upper-right", "thigh-left", "thigh-right"]
    suggestion = suggest_site(enabled, [old, *recent], {}, avoid_recent=4)
    assert "thigh-left" not in suggestion.recent
    now = T0 + dt.timedelta(days=2)
    text = str(explain("thigh-left", suggestion, now))
    assert "rests for now" not in text and "last used 69 days ago" in text
    # never used sites still come first; then the one that rested longest
    assert suggestion.site_code == "thigh-right"
    assert suggest_site(enabled[:3], [old, *recent], {}, avoid_recent=4).site_code == \
        "thigh-left"
