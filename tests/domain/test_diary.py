"""Diary rules: symptom catalogue (R15, R13), fever units, course days (R7)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from il2desk.domain.diary import (
    AFTER,
    EMERGENCY_SYMPTOMS,
    HIGH_FEVER_C,
    SYMPTOMS,
    CoursePeriod,
    DiaryInputError,
    Placement,
    Severity,
    TemperatureUnit,
    celsius_to_fahrenheit,
    day_label,
    fahrenheit_to_celsius,
    format_temperature,
    parse_other_text,
    parse_temperature,
    place_entry,
    symptom_by_code,
    worst_by_day,
)
from tests.builders import a_stored_course


def test_r15_symptoms_all_in_the_list():
    # rule R15
    codes = {s.code for s in SYMPTOMS}
    for code in ("fever", "chills", "aches", "fatigue", "sinus", "low_bp", "fluid", "nausea",
                 "vomiting", "diarrhea", "peeling", "site_swelling", "site_redness",
                 "site_lump", "other"):
        assert code in codes
    assert not any(s.emergency for s in SYMPTOMS if s.code == "fever")


def test_r13_symptoms_are_emergencies_in_the_same_list():
    # rule R13: six signs, each in the diary list and flagged
    assert len(EMERGENCY_SYMPTOMS) == 6
    assert all(s.emergency for s in EMERGENCY_SYMPTOMS)
    assert set(EMERGENCY_SYMPTOMS) <= set(SYMPTOMS)
    assert "38.9 °C (102 °F) or more" in str(symptom_by_code("fever_not_down").label)
    # issue 20: the urine sign in the guide's words
    assert str(symptom_by_code("little_urine").label) == "Less urine than normal"
    for s in SYMPTOMS:
        assert "IU" not in str(s.label) and str(s.label)[0].isupper()


def test_other_needs_words():
    assert symptom_by_code("other").needs_text
    with pytest.raises(DiaryInputError, match="what it was"):
        parse_other_text("   ")
    assert parse_other_text("  headache ") == "headache"
    with pytest.raises(DiaryInputError):
        parse_other_text("x" * 201)


def test_unknown_code_is_kept_not_lost():
    assert symptom_by_code("rash_new").label == "Rash new"  # a literal: shown as it is


def test_day_labels():
    assert day_label(AFTER).template == "after"
    assert day_label(3).value("number") == 3 and str(day_label(3)) == "day 3"


def test_severity_order():
    assert Severity.MILD.rank < Severity.MODERATE.rank < Severity.SEVERE.rank


def test_fever_conversion_r13_threshold():
    # rule R13: 102 °F is 38.9 °C
    assert fahrenheit_to_celsius(Decimal(102)) == HIGH_FEVER_C
    assert fahrenheit_to_celsius(Decimal("98.6")) == Decimal("37.0")
    assert celsius_to_fahrenheit(Decimal("38.9")) == Decimal("102.0")


def test_parse_temperature_in_both_units():
    assert parse_temperature("101.3", TemperatureUnit.FAHRENHEIT) == Decimal("38.5")
    assert parse_temperature("38,5", TemperatureUnit.CELSIUS) == Decimal("38.5")
    assert parse_temperature(" 39 ", TemperatureUnit.CELSIUS) == Decimal("39.0")


@pytest.mark.parametrize("text, unit", [("101", TemperatureUnit.CELSIUS),
                                        ("38.5", TemperatureUnit.FAHRENHEIT),
                                        ("", TemperatureUnit.CELSIUS),
                                        ("hot", TemperatureUnit.CELSIUS),
                                        ("-37", TemperatureUnit.CELSIUS)])
def test_impossible_temperature_refused_with_plain_words(text, unit):
    with pytest.raises(DiaryInputError) as problem:
        parse_temperature(text, unit)
    assert problem.value.field == "temperature"
    assert problem.value.message


def test_format_temperature():
    assert str(format_temperature(Decimal("38.5"))) == "38.5 °C"
    assert str(format_temperature(Decimal("38.9"), TemperatureUnit.FAHRENHEIT)) == "102 °F"
    assert format_temperature(Decimal("38.5")).parts == (Decimal("38.5"), "°C")


@given(st.decimals(min_value=Decimal("34"), max_value=Decimal("43"), places=1))
def test_celsius_round_trip_through_fahrenheit(value_c):
    # rule D1 spirit: exact Decimal arithmetic, a tenth of a degree survives the trip
    assert fahrenheit_to_celsius(celsius_to_fahrenheit(value_c)) == value_c


PERIODS = [CoursePeriod(1, dt.date(2026, 3, 4)), CoursePeriod(2, dt.date(2026, 4, 29))]


@pytest.mark.parametrize("day, expected", [
    (dt.date(2026, 3, 3), None),  # before any course
    (dt.date(2026, 3, 4), Placement(1, 1)),
    (dt.date(2026, 3, 8), Placement(1, 5)),
    (dt.date(2026, 3, 9), Placement(1, AFTER)),
    (dt.date(2026, 4, 28), Placement(1, AFTER)),  # the day before the next course
    (dt.date(2026, 4, 29), Placement(2, 1)),
    (dt.date(2026, 6, 23), Placement(2, AFTER)),  # last day of an 8-week interval
    (dt.date(2026, 6, 24), None),  # interval over, no next course
])
def test_place_entry_by_course_day(day, expected):
    # rule R7: entries are grouped by course day 1–5 and "after"
    assert place_entry(day, PERIODS) == expected


def test_worst_by_day_keeps_the_worst():
    worst = worst_by_day([(1, Severity.MILD), (4, Severity.MODERATE), (4, Severity.SEVERE),
                          (4, Severity.MILD), (AFTER, Severity.MILD)])
    assert worst == {1: Severity.MILD, 4: Severity.SEVERE, AFTER: Severity.MILD}


def test_periods_leave_out_cancelled_courses():
    from il2desk.domain.course import CourseStatus
    from il2desk.domain.diary import periods_from_courses

    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

    def course(cid, start, status):
        return a_stored_course(course_id=cid, status=status, at=now, start=start, zone="UTC",
                               interval_weeks=12)

    periods = periods_from_courses([course(2, dt.date(2026, 5, 6), CourseStatus.PLANNED),
                                    course(1, dt.date(2026, 3, 4), CourseStatus.DONE),
                                    course(3, dt.date(2026, 4, 1), CourseStatus.CANCELLED)])
    assert [(p.course_id, p.interval_weeks) for p in periods] == [(1, 12), (2, 12)]
    # rule R7: with the cancelled course gone, April belongs to the March course, "after"
    assert place_entry(dt.date(2026, 4, 2), periods) == Placement(1, AFTER)


def test_r21_items_say_see_the_doctor_soon_or_open_the_panel():
    # rule R21: low mood and vision changes: contact the doctor soon; thoughts of
    # suicide and sudden loss of vision: the emergency panel
    from il2desk.domain.diary import R21_SYMPTOMS

    by_code = {s.code: s for s in R21_SYMPTOMS}
    assert set(R21_SYMPTOMS) <= set(SYMPTOMS)
    assert by_code["low_mood"].see_doctor_soon and not by_code["low_mood"].emergency
    assert by_code["vision_change"].see_doctor_soon and not by_code["vision_change"].emergency
    assert by_code["suicidal_thoughts"].emergency and by_code["vision_loss"].emergency


def test_a_reading_of_38_9_counts_as_high_fever():
    # rule R13: "a reading of 38.9 °C or more counts"; 102.1 °F is stored as 38.9 °C
    from il2desk.domain.diary import is_high_fever

    assert is_high_fever(fahrenheit_to_celsius(Decimal("102.1")))
    assert is_high_fever(Decimal("38.9")) and is_high_fever(Decimal("40"))
    assert not is_high_fever(Decimal("38.8")) and not is_high_fever(None)
