"""A whole injection session with real widgets on a fixed clock (rules R8, R9, R12, S1).

The steps in the order hands do them (issue 20): 1 pre-treatment, 2 site, 3 prepare,
4 ice before, 5 inject (the dose is written here), 6 ice after, 7 sharps.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from il2desk.domain.checklists import PROTEASE_CAUTION_SETTING
from il2desk.domain.course import InjectionStatus, Preparation
from il2desk.domain.dose import SyringeKind
from tests.ui.session.session_walk import (
    answer_pretreatment,
    click,
    finish_from_inject,
    make_course,
    next_step,
    open_session,
    run_ice,
    shown_window,
    tick,
    walk_to_inject,
)

PARIS_MORNING_UTC = dt.datetime(2026, 11, 23, 7, 0, tzinfo=dt.UTC)  # 08:00 in Paris


def test_whole_session_late_dose_is_recorded_with_both_times(qtbot, window, ctx, clock):
    injections = make_course(ctx, clock)
    first = injections[0]
    # The fixed clock says 09:00 UTC = 10:00 in Paris: two hours after 08:00.
    wizard = open_session(qtbot, window, first.id)
    assert "Morning injection, day 1" in wizard.heading.text()
    assert wizard.page.caution.isVisible()  # rule R8: first time
    walk_to_inject(qtbot, wizard, clock)
    inject = wizard.page
    assert "4.5 million units into: Belly, upper left" in inject.what_label.text()
    assert "late" in inject.booking_label.text()
    # clock moved on 10 minutes during the ice; the dose time defaults to that
    finish_from_inject(qtbot, wizard, clock)
    assert window.session_dialog is None
    stored = ctx.courses.injection(first.id)
    assert stored.status is InjectionStatus.DONE
    assert stored.given_utc == dt.datetime(2026, 11, 23, 9, 10, tzinfo=dt.UTC)
    assert stored.planned_utc == PARIS_MORNING_UTC and stored.late
    assert stored.site_code == "abdomen-upper-left"
    assert stored.pretreatment_utc == dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    assert not stored.pretreatment_skipped
    assert stored.ice_before_done and stored.ice_after_done and stored.sharps_done
    assert ctx.settings.flag(PROTEASE_CAUTION_SETTING)

    # The next session: caution not shown again, rotation moves on (rule R12).
    second = injections[1]
    clock.set(second.planned_utc)
    wizard = open_session(qtbot, window, second.id)
    assert not wizard.page.caution.isVisible()
    answer_pretreatment(qtbot, wizard)
    next_step(qtbot, wizard, 2)
    assert wizard.draft.site_code == "abdomen-upper-right"
    assert wizard.page.body_map.suggested == "abdomen-upper-right"


def test_on_time_dose_with_earlier_time_and_skipped_pretreatment(qtbot, window, ctx, clock):
    injections = make_course(ctx, clock)
    clock.set(dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC))
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock, skip_pretreatment=True)
    inject = wizard.page
    # Record it as given at 08:05 Paris (07:05 UTC), earlier than now.
    inject.time_edit.set_utc(dt.datetime(2026, 11, 23, 7, 5, tzinfo=dt.UTC))
    assert "late" not in inject.booking_label.text()
    finish_from_inject(qtbot, wizard, clock)
    stored = ctx.courses.injection(injections[0].id)
    assert stored.given_utc == dt.datetime(2026, 11, 23, 7, 5, tzinfo=dt.UTC)
    assert not stored.late
    assert stored.pretreatment_skipped and stored.pretreatment_utc is None


def test_evening_dose_at_half_past_midnight_is_that_evenings(qtbot, window, ctx, clock,
                                                             prompter):
    injections = make_course(ctx, clock)
    evening, next_morning = injections[1], injections[2]
    # 00:30 on Tuesday in Paris; the session was opened from the morning dose.
    clock.set(dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC))
    wizard = open_session(qtbot, window, next_morning.id)
    walk_to_inject(qtbot, wizard, clock)
    wizard.page.time_edit.set_utc(dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC))
    text = wizard.page.booking_label.text()
    assert "the evening injection of day 1" in text and "late" in text
    # nothing is booked silently to another slot: it asks first
    prompter.confirm_answers.append(True)
    finish_from_inject(qtbot, wizard, clock)
    assert prompter.asked[0][1] == "Another injection?"
    assert "opened for the morning injection of day 2" in prompter.asked[0][2]
    assert ctx.courses.injection(evening.id).status is InjectionStatus.DONE
    assert ctx.courses.injection(evening.id).late
    assert ctx.courses.injection(next_morning.id).status is InjectionStatus.PLANNED


def test_cancelling_writes_nothing(qtbot, window, ctx, clock, prompter):
    injections = make_course(ctx, clock)
    before = ctx.courses.injection(injections[0].id)
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock)
    tick(qtbot, wizard.page.done_box)
    prompter.confirm_answers.append(False)  # "go on with the session"
    click(qtbot, wizard.cancel_button)
    assert wizard.isVisible()
    prompter.confirm_answers.append(True)
    with qtbot.waitSignal(wizard.finished):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert prompter.asked[-1][1] == "Stop the session?"
    assert "Nothing about this injection has been recorded" in prompter.asked[-1][2]
    assert ctx.courses.injection(injections[0].id) == before
    assert ctx.injection_log.site_history() == []


def test_open_reaction_site_needs_confirmation(qtbot, window, ctx, clock, prompter):
    injections = make_course(ctx, clock)
    ctx.reactions.add("abdomen-upper-left", "lump", clock.now_utc(), "hard, 2 cm")
    wizard = open_session(qtbot, window, injections[0].id)
    answer_pretreatment(qtbot, wizard)
    next_step(qtbot, wizard, 2)
    page = wizard.page
    # rotation avoids the site with the open nodule
    assert page.body_map.suggested == "abdomen-upper-right"
    assert "open reaction" in page.body_map.buttons["abdomen-upper-left"].accessibleName()
    prompter.confirm_answers.append(False)
    click(qtbot, page.body_map.buttons["abdomen-upper-left"])
    assert wizard.draft.site_code == "abdomen-upper-right"
    prompter.confirm_answers.append(True)
    click(qtbot, page.body_map.buttons["abdomen-upper-left"])
    assert wizard.draft.site_code == "abdomen-upper-left"
    assert prompter.asked[-1][1] == "This site has an open reaction"
    assert page.chosen_label.text() == "Chosen: Belly, upper left"
    # by keyboard: arrow to the next site and choose it with Space
    button = page.body_map.buttons["abdomen-upper-left"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Right)
    qtbot.keyClick(page.body_map.focusWidget(), Qt.Key.Key_Space)
    assert wizard.draft.site_code == "abdomen-upper-right"


def test_vial_course_shows_volume_and_mark(qtbot, window, ctx, clock):
    injections = make_course(ctx, clock, preparation=Preparation.VIAL,
                             syringe_kind=SyringeKind.U100_05,
                             concentration_miu_per_ml=Decimal("18"))
    wizard = open_session(qtbot, window, injections[0].id)
    answer_pretreatment(qtbot, wizard)
    next_step(qtbot, wizard, 2)
    next_step(qtbot, wizard, 3)
    page = wizard.page
    assert page.dose_label.text() == "Your dose: 4.5 million units"
    assert "draw 0.25 mL — the 25-unit mark" in page.draw_label.text()


def test_emergency_from_the_session(qtbot, window, ctx, clock, prompter):
    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    click(qtbot, wizard.emergency_button)
    assert window.emergency_panel.isVisible()
    window.emergency_panel.accept()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(wizard.next_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.emergency_panel.isVisible()
    window.emergency_panel.accept()
    prompter.confirm_answers.append(True)
    wizard.reject()


def test_future_times_and_undone_injection_are_refused(qtbot, window, ctx, clock, prompter):
    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    click(qtbot, wizard.next_button)  # no answer chosen: one Next records nothing
    assert "Please choose an answer" in wizard.page.error.message
    assert wizard.draft.pretreatment_utc is None and not wizard.draft.pretreatment_skipped
    tick(qtbot, wizard.page.took)
    wizard.page.time_edit.set_utc(clock.now_utc() + dt.timedelta(hours=2))
    click(qtbot, wizard.next_button)
    assert "still to come" in wizard.page.error.message
    wizard.page.time_edit.set_utc(clock.now_utc())
    walk_to_inject(qtbot, wizard, clock)
    click(qtbot, wizard.next_button)  # not ticked as given
    assert "Tick" in wizard.page.error.message
    assert wizard.step_label.text().startswith("Step 5")
    prompter.confirm_answers.append(True)
    wizard.reject()
    assert ctx.courses.injection(injections[0].id).status is InjectionStatus.PLANNED


def test_session_for_a_recorded_injection_is_not_started(qtbot, window, ctx, clock, prompter):
    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock)
    finish_from_inject(qtbot, wizard, clock)
    window.start_session(injections[0].id)
    assert window.session_dialog is None
    assert prompter.asked[-1][0] == "inform"


def test_session_resumes_after_a_restart(qtbot, make_ctx, clock, prompter):
    from il2desk.ui.main_window import MainWindow

    ctx = make_ctx()
    injections = make_course(ctx, clock)
    window = shown_window(qtbot, ctx, prompter)
    wizard = open_session(qtbot, window, injections[0].id)
    answer_pretreatment(qtbot, wizard)
    next_step(qtbot, wizard, 2)
    click(qtbot, wizard.page.body_map.buttons["thigh-right"])
    next_step(qtbot, wizard, 3)
    next_step(qtbot, wizard, 4)
    run_ice(qtbot, wizard.page, clock, 10)
    # The program stops here (power cut, crash): nothing is recorded yet.
    assert ctx.courses.injection(injections[0].id).status is InjectionStatus.PLANNED
    wizard.hide()
    window.hide()
    ctx.db.close()

    ctx2 = make_ctx()
    prompter.confirm_answers.append(True)  # "Go on with your injection session?"
    window2 = MainWindow(ctx2, prompter=prompter)
    qtbot.addWidget(window2)
    window2.show()
    qtbot.waitUntil(lambda: window2.session_dialog is not None)
    assert prompter.asked[-1][1] == "Go on with your injection session?"
    assert "step 4 of 7" in prompter.asked[-1][2]
    assert prompter.defaults[-1] is True  # Enter goes on (nothing is lost either way)
    resumed = window2.session_dialog
    assert resumed.step_label.text().startswith("Step 4 of 7")
    assert resumed.draft.site_code == "thigh-right"
    assert resumed.page.remaining_label.text() == "0:00"  # the ice had run out
    next_step(qtbot, resumed, 5)
    finish_from_inject(qtbot, resumed, clock)
    stored = ctx2.courses.injection(injections[0].id)
    assert stored.site_code == "thigh-right" and stored.ice_before_done
    assert stored.pretreatment_utc == dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    assert ctx2.session_progress.load() is None


def decline_to_resume(qtbot, make_ctx, clock, prompter):
    """A session left at step 3; the window opens, offers to go on, and is told no."""
    from il2desk.storage.session_progress_repo import SessionProgress

    ctx = make_ctx()
    injections = make_course(ctx, clock)
    ctx.session_progress.save(SessionProgress(injection_id=injections[0].id, step=2))
    prompter.confirm_answers.append(False)
    window = shown_window(qtbot, ctx, prompter)
    qtbot.waitUntil(lambda: ctx.session_progress.load() is None)
    return window, ctx, injections


def test_declining_to_resume_forgets_the_session(qtbot, make_ctx, clock, prompter):
    window, ctx, injections = decline_to_resume(qtbot, make_ctx, clock, prompter)
    assert window.session_dialog is None
    assert ctx.courses.injection(injections[0].id).status is InjectionStatus.PLANNED


def test_the_offer_to_go_on_is_in_spanish(spanish, qtbot, make_ctx, clock, prompter):
    # (its words live in ui/session_launcher.py: their translation followed them there)
    decline_to_resume(qtbot, make_ctx, clock, prompter)
    _kind, title, text = prompter.asked[-1]
    assert title == "¿Seguir con tu sesión de inyección?"
    assert text.startswith("Te quedaste en el paso 3 de 7")


def test_current_view_is_refreshed_after_the_session(qtbot, window, ctx, clock):
    injections = make_course(ctx, clock)
    window.go_to("sites")
    sites = window.stack.currentWidget()
    assert sites.suggestion_label.text() == "Suggested next: Belly, upper left"
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock)
    finish_from_inject(qtbot, wizard, clock)
    assert sites.suggestion_label.text() == "Suggested next: Belly, upper right"
    assert "last used today" in sites.body_map.buttons["abdomen-upper-left"].accessibleName()


def test_a_dose_recorded_meanwhile_is_not_written_twice(qtbot, window, ctx, clock, prompter):
    from tests.builders import a_session_record

    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock)
    tick(qtbot, wizard.page.done_box)
    ctx.injection_log.record_session(a_session_record(
        injections[0], given_utc=clock.now_utc(), late=True, site="arm-right",
        ice_before=False, ice_after=False, sharps=False))
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.next_button)
    assert prompter.asked[-1][:2] == ("warn", "Already recorded")
    assert ctx.courses.injection(injections[0].id).site_code == "arm-right"


def test_prepare_step_opens_the_syringe_preparation_wizard(qtbot, window, ctx, clock):
    # issues 5 + 6: the guided preparation runs from the session's "prepare" step
    from tests.ui.syringe_wizard.conftest import click_finish, click_next, type_into

    injections = make_course(ctx, clock)  # pre-filled syringes
    wizard = open_session(qtbot, window, injections[0].id)
    answer_pretreatment(qtbot, wizard)
    for step in (2, 3):
        next_step(qtbot, wizard, step)
    page = wizard.page
    click(qtbot, page.guide_button)
    guide = page.guide
    qtbot.waitExposed(guide)
    click_next(qtbot, guide)
    type_into(qtbot, guide.page.label_dose_edit, "4.5")
    # issue 20: the preparation ends when the syringe is ready; no sharps step inside it
    click_finish(qtbot, guide)
    assert "Pre-filled syringe checked" in page.prepared_label.text()
    assert not guide.prepared.sharps_done


def test_a_skipped_injection_is_recorded_as_missed_with_its_reason(qtbot, window, ctx,
                                                                   clock, prompter):
    # issue 6: skipping an injection records it as missed with a reason
    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    prompter.texts.append(None)  # changed their mind
    click(qtbot, wizard.missed_button)
    assert wizard.isVisible()
    assert ctx.courses.injection(injections[0].id).status is InjectionStatus.PLANNED
    prompter.texts.append("Fever all night, could not face it")
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.missed_button)
    assert ctx.courses.injection(injections[0].id).status is InjectionStatus.MISSED
    assert ctx.injection_log.missed_reason(injections[0].id) == \
        "Fever all night, could not face it"
    assert ctx.courses.next_planned_injection(clock.now_utc()).id != injections[0].id


def test_diary_opens_after_the_session_when_asked(qtbot, window, ctx, clock):
    # issue 6, step 7 "sharps and how you feel": an optional diary entry afterwards
    injections = make_course(ctx, clock)
    clock.set(injections[0].planned_utc)
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock)
    tick(qtbot, wizard.page.done_box)
    next_step(qtbot, wizard, 6)
    next_step(qtbot, wizard, 7)
    tick(qtbot, wizard.page.sharps_box)
    tick(qtbot, wizard.page.diary_box)
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.next_button)
    assert window.current_key() == "diary"


def test_after_the_dose_is_saved_enter_goes_on_with_next(qtbot, window, ctx, clock):
    """Found by hand with the keyboard: Alt+G ticks "I have given the injection", Alt+N
    saves it and goes on; the box is then disabled and the focus fell down the chain
    onto the emergency button, so the patient's next Enter opened the emergency panel."""
    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    box = wizard.page.done_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    wizard.next()  # what Alt+N does: the focus is still on the box
    assert wizard.step_label.text().startswith("Step 6 of 7")
    assert ctx.courses.injection(injections[0].id).status is InjectionStatus.DONE
    assert QApplication.focusWidget() is wizard.next_button


def test_the_last_step_says_the_dose_is_already_saved(qtbot, window, ctx, clock):
    """Found by hand: step 5 says "Next saves the injection in your record at once" and
    does so, yet step 7 said "Press Finish to record this injection", as if closing now
    would lose it (rule S1: a confirmed dose is saved at that moment)."""
    from PySide6.QtWidgets import QLabel

    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    walk_to_inject(qtbot, wizard, clock)
    tick(qtbot, wizard.page.done_box)
    next_step(qtbot, wizard, 6)
    next_step(qtbot, wizard, 7)
    words = " ".join(label.text() for label in wizard.page.findChildren(QLabel))
    assert "to record this injection" not in words
    assert "already saved" in words
    assert ctx.courses.injection(injections[0].id).status is InjectionStatus.DONE


def test_the_prepare_step_and_the_draw_up_page_speak_spanish(qtbot, window, ctx, clock,
                                                             spanish):
    """Found in the Spanish window: step 3 read "Tu dosis: 4.5 million units" and "Del
    vial preparado a 18 million units per mL, extrae 0.25 mL — the 25-unit mark", and
    the guide's draw-up page "Your mark: 0.25 mL — the 25-unit mark" (the domain's
    English formatters, not the ui's)."""
    from il2desk.ui.syringe_wizard import PageId
    from tests.ui.preparation_walk import walk_preparation_pages

    injections = make_course(ctx, clock, preparation=Preparation.VIAL,
                             syringe_kind=SyringeKind.U100_05,
                             concentration_miu_per_ml=Decimal("18"))
    wizard = open_session(qtbot, window, injections[0].id)
    answer_pretreatment(qtbot, wizard)
    wizard.next()
    wizard.next()
    page = wizard.page
    assert page.dose_label.text() == "Tu dosis: 4,5 millones de unidades"
    assert "18 millones de unidades por mL" in page.draw_label.text()
    assert "0,25 mL" in page.draw_label.text() and "unit" not in page.draw_label.text()
    page.open_guide()
    guide = page.guide
    walk_preparation_pages(guide, lambda _page: None, stop_at=PageId.DRAW_UP)
    words = guide.page.text_label.text()
    assert "0,25 mL" in words and "mark" not in words and "unit" not in words
    guide.reject()
