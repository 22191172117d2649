"""Lab results: refused values, viral load forms, rule R16 unreliable marking."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from il2desk.domain.labs import (
    UNRELIABLE_MARK,
    LabInputError,
    LabReason,
    LabReasonCode,
    LabResult,
    ViralLoadForm,
    check_lab,
    format_viral_load,
    judge_reliability,
    judge_reliability_all,
    parse_cd4_count,
    parse_cd4_percent,
    parse_viral_load,
    reliable_cd4_series,
)


def test_cd4_count_accepted_and_empty():
    assert parse_cd4_count(" 450 ") == 450
    assert parse_cd4_count("1 200") == 1200
    assert parse_cd4_count("5000") == 5000
    assert parse_cd4_count("0") == 0
    assert parse_cd4_count("") is None


@pytest.mark.parametrize("text, words", [("-5", "below zero"), ("5001", "not possible"),
                                         ("4.5", "whole number"), ("lots", "whole number"),
                                         ("4 5 6", "whole number"), ("45 00", "whole number")])
def test_cd4_count_refused(text, words):
    with pytest.raises(LabInputError, match=words) as problem:
        parse_cd4_count(text)
    assert problem.value.field == "cd4_count"


def test_cd4_percent():
    assert parse_cd4_percent("28.5") == Decimal("28.5")
    assert parse_cd4_percent("100") == Decimal(100)
    assert parse_cd4_percent("31 %") == Decimal(31)
    assert parse_cd4_percent("") is None
    with pytest.raises(LabInputError, match="over 100"):
        parse_cd4_percent("100.1")
    with pytest.raises(LabInputError, match="below zero"):
        parse_cd4_percent("-1")


def test_viral_load_forms():
    assert parse_viral_load(ViralLoadForm.VALUE, "12000") == 12000
    assert parse_viral_load(ViralLoadForm.VALUE, "12,000") == 12000
    assert parse_viral_load(ViralLoadForm.VALUE, "1,200,000") == 1200000
    assert parse_viral_load(ViralLoadForm.VALUE, "12 000") == 12000
    # A comma that is no thousands separator is a slip, never read as 456 (issue 11).
    for slip in ("4,5,6", "12,00", "1,2000", "12,000 000"):
        with pytest.raises(LabInputError, match="whole number"):
            parse_viral_load(ViralLoadForm.VALUE, slip)
    assert parse_viral_load(ViralLoadForm.BELOW, "50") == 50
    assert parse_viral_load(ViralLoadForm.UNDETECTABLE, "ignored") is None
    assert parse_viral_load(ViralLoadForm.NONE, "") is None
    for form, text in ((ViralLoadForm.VALUE, ""), (ViralLoadForm.VALUE, "-3"),
                       (ViralLoadForm.BELOW, "0")):
        with pytest.raises(LabInputError):
            parse_viral_load(form, text)
    assert str(format_viral_load(ViralLoadForm.BELOW, 50)) == "below 50 copies/mL"
    assert str(format_viral_load(ViralLoadForm.UNDETECTABLE, None)) == "undetectable"
    assert str(format_viral_load(ViralLoadForm.VALUE, 800)) == "800 copies/mL"
    assert format_viral_load(ViralLoadForm.VALUE, 800).value("copies") == 800
    assert format_viral_load(ViralLoadForm.NONE, None) == "—"


def test_whole_result_checks():
    today = dt.date(2026, 11, 23)
    assert check_lab(today, today, 500, None, ViralLoadForm.NONE) == []
    fields = {p.field for p in check_lab(today + dt.timedelta(days=1), today, None, None,
                                         ViralLoadForm.NONE)}
    assert fields == {"drawn_date", "cd4_count"}


START = dt.date(2026, 3, 4)  # last injection 8 March


@pytest.mark.parametrize("drawn, reason", [
    # the last injection day: during the course (issue 19)
    (dt.date(2026, 3, 8), LabReason(LabReasonCode.DURING_COURSE, course_start=START)),
    (dt.date(2026, 3, 9),  # 1 day after
     LabReason(LabReasonCode.AFTER_COURSE, course_start=START, days_after=1)),
    (dt.date(2026, 4, 5),  # 28 days after: still within 4 weeks
     LabReason(LabReasonCode.AFTER_COURSE, course_start=START, days_after=28)),
    (dt.date(2026, 4, 6), None),  # 29 days after
    (dt.date(2026, 2, 18), None),  # before the course (the planned blood work)
])
def test_r16_unreliable_window(drawn, reason):
    # rule R16: the verdict holds a code and values, never a sentence.
    result = judge_reliability(drawn, [START, dt.date(2025, 1, 8)])
    assert result.unreliable is (reason is not None)
    assert result.reason == reason


def test_r16_reasons_in_words():
    during = LabReason(LabReasonCode.DURING_COURSE, course_start=START).message()
    assert during.value("start") == START
    assert str(during) == (
        "Drawn during the course that started on Wednesday 4 March 2026: the counts are "
        "changed by it, so this result is kept but left out of the trend and the "
        "suggestions.")
    one = LabReason(LabReasonCode.AFTER_COURSE, course_start=START, days_after=1).message()
    assert str(one).startswith("Drawn 1 day after the last injection of the course that "
                               "started on Wednesday 4 March 2026. Within 4 weeks after a "
                               "course the counts are still changed by it")
    assert str(LabReason(LabReasonCode.AFTER_COURSE, course_start=START,
                         days_after=12).message()).startswith("Drawn 12 days after")
    # A sentence an older version stored that matched no known form: shown as it was.
    assert LabReason(LabReasonCode.TEXT, text="Drawn too soon.").message() == "Drawn too soon."
    # Marked, with no reason that can be read: the mark itself.
    assert LabReason(LabReasonCode.TEXT).message() == UNRELIABLE_MARK
    assert LabResult(1, START, unreliable=True).reason_message == UNRELIABLE_MARK
    assert LabResult(1, START).reason_message == ""


def test_r16_unreliable_results_left_out_of_the_trend():
    results = [
        LabResult(1, dt.date(2026, 2, 18), cd4_count=500),
        LabResult(2, dt.date(2026, 3, 15), cd4_count=1400, unreliable=True),
        LabResult(3, dt.date(2026, 1, 10), cd4_count=450),
        LabResult(4, dt.date(2026, 4, 15), cd4_count=None, viral_load_form=ViralLoadForm.VALUE,
                  viral_load=40),
    ]
    assert reliable_cd4_series(results) == [(dt.date(2026, 1, 10), 450),
                                            (dt.date(2026, 2, 18), 500)]


_DAYS = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31))


@given(drawn=st.lists(_DAYS, max_size=30), starts=st.lists(_DAYS, max_size=12))
def test_r16_judging_many_at_once_gives_the_same_verdicts(drawn, starts):
    # rule R16: the labs view judges all results at once; same marks and reasons.
    assert judge_reliability_all(drawn, starts) == [judge_reliability(d, starts)
                                                    for d in drawn]


def test_r16_judging_many_near_back_to_back_courses():
    # Courses a few days apart (odd, but possible in the record): the newest one counts.
    starts = [dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 1, 5)]
    drawn = [dt.date(2026, 3, 1) + dt.timedelta(days=n) for n in range(60)]
    assert judge_reliability_all(drawn, starts) == [judge_reliability(d, starts)
                                                    for d in drawn]
    reason = judge_reliability_all([dt.date(2026, 3, 20)], starts)[0].reason
    assert reason is not None and reason.course_start == dt.date(2026, 3, 9)
