"""Today: what comes next, at one glance (issue 4).

The next step with its local time and a countdown, the course progress, the open
checklist items and the blood test. The countdown is recomputed from ctx.clock; its
timer ticks only while the page is on screen, and only when the words would change
(each minute near the time, each hour when days away), so an idle window sleeps.
Nothing here reads the wall clock.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.checklists import open_support_items
from il2desk.domain.course import Course, CourseStatus, Injection, InjectionStatus, Route
from il2desk.domain.course_stop import can_stop
from il2desk.domain.timeplan import from_utc, same_clock
from il2desk.ui.dates import local_today, long_date
from il2desk.ui.doses import format_dose_miu
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.widgets import EmptyState, heading, paragraph

if TYPE_CHECKING:
    from il2desk.ui.course_wizard.wizard import CourseWizard
    from il2desk.ui.views.followup_box import (
        FollowUpBox,  # the wizard's pages are imported when it opens (start-up speed)
    )

# An injection stays "next" this long after its time, shown as overdue, so a late
# injection is not silently skipped over on the Today page.
OVERDUE_GRACE = dt.timedelta(hours=2)
VISIT_REPORT_DAYS_BEFORE = 28  # the blood work is due 14 days before (rule R16)
# The tick lands this long after the words change, so it never wakes just before.
TICK_MARGIN = dt.timedelta(milliseconds=500)


def until_words_change(delta: dt.timedelta, *, counting_down: bool) -> dt.timedelta:
    """How long until `TodayView.countdown(delta)` reads differently: its finest unit
    is the hour from a day away, else the minute."""
    seconds = delta.total_seconds()
    unit = 3600.0 if seconds >= 24 * 3600 else 60.0
    into_unit = seconds % unit
    if not counting_down:
        return dt.timedelta(seconds=unit - into_unit) + TICK_MARGIN
    return dt.timedelta(seconds=into_unit or unit) + TICK_MARGIN
STOPPED_NOTE_DAYS = 14  # a course stopped early is mentioned this long after its days


class TodayView(QWidget):
    def __init__(self, host: ViewHost) -> None:
        super().__init__()
        self.host = host
        self.ctx = host.ctx
        self.wizard: CourseWizard | None = None
        self._next: Injection | None = None
        self._course: Course | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Today")))
        # Rules R13, R21: after an emergency sign, Today leads with "did you reach your
        # doctor?" until answered (built the first time it is needed).
        self._outer = outer
        self.followup_box: FollowUpBox | None = None
        self._first_refresh = True
        self.unrecorded_label: QLabel | None = None
        # Page 0: nothing planned; page 1: a course is planned. Each page's contents are
        # built the first time it is shown: the start-up builds only the one on screen.
        self.pages = QStackedWidget()
        self._page_slots: list[QVBoxLayout] = []
        for _ in range(2):
            slot = QWidget()
            slot_layout = QVBoxLayout(slot)
            slot_layout.setContentsMargins(0, 0, 0, 0)
            self._page_slots.append(slot_layout)
            self.pages.addWidget(slot)
        outer.addWidget(self.pages, 1)

        # One single-shot tick to the next change of the words, while on screen.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._countdown_tick)
        self.refresh()
        # The pre-treatment lead is a setting: the next step follows its change.
        self.ctx.settings.changed.connect(self.refresh)

    # -- the two pages ------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        slot = self._page_slots[index]
        if slot.count() == 0:  # not built yet
            build = self._build_empty_page if index == 0 else self._build_planned_page
            slot.addWidget(build())
        self.pages.setCurrentIndex(index)

    def _build_empty_page(self) -> QWidget:
        """Nothing planned: one clear button."""
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        # Rule R17: a course stopped early says so here, not just "nothing planned".
        self.stopped_note = paragraph("")
        self.stopped_note.setObjectName("stoppedNote")
        self.stopped_note.setVisible(False)
        empty_layout.addWidget(self.stopped_note)
        self.empty_state = EmptyState(
            self.tr("Nothing planned yet"),
            self.tr("Plan your next course: the dose, the days and times, and what to have "
                    "ready. It takes a few minutes."))
        # A centred word-wrapped label gets a too-narrow size hint: give it room.
        self._fit_explanation()
        empty_layout.addWidget(self.empty_state)
        self.plan_button = QPushButton(self.tr("&Plan a course…"))
        self.plan_button.setAccessibleName(self.tr("Plan a course"))
        self.plan_button.setMinimumHeight(44)
        self.plan_button.clicked.connect(self.plan_course)
        self.empty_state.add_action(self.plan_button)  # right under its explanation
        return empty

    def _build_planned_page(self) -> QWidget:
        """A course is planned: the next step, the progress, what is still to arrange."""
        planned = QWidget()
        layout = QVBoxLayout(planned)
        self.next_label = heading("", level=1)
        self.next_label.setObjectName("nextStep")
        layout.addWidget(self.next_label)
        self.when_label = paragraph("")
        self.when_label.setObjectName("nextWhen")
        layout.addWidget(self.when_label)
        self.progress_label = heading("", level=2)
        self.progress_label.setObjectName("courseProgress")
        layout.addWidget(self.progress_label)
        self.state_label = paragraph("")  # rule R17: the course's state in words
        self.state_label.setObjectName("courseState")
        layout.addWidget(self.state_label)
        layout.addSpacing(8)
        self.session_button = QPushButton(self.tr("&Start the injection session"))
        self.session_button.setAccessibleName(self.tr("Start the injection session"))
        self.session_button.setMinimumHeight(44)
        self.session_button.clicked.connect(self._start_session)
        self.stop_button = QPushButton(self.tr("Stop this cou&rse…"))
        self.stop_button.setObjectName("todayStopCourse")
        self.stop_button.setAccessibleName(self.tr("Stop this course"))
        self.stop_button.setMinimumHeight(44)
        self.stop_button.clicked.connect(self.stop_course)
        button_row = QHBoxLayout()
        button_row.addWidget(self.session_button)
        button_row.addWidget(self.stop_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addSpacing(8)
        self.blood_label = paragraph("")
        self.blood_label.setObjectName("bloodWork")
        layout.addWidget(self.blood_label)
        # Issue 24: before a course, the report to take to the doctor.
        self.report_button = QPushButton(self.tr("&Visit report for your doctor…"))
        self.report_button.setObjectName("todayVisitReport")
        self.report_button.clicked.connect(self._open_visit_report)
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_button)
        report_row.addStretch(1)
        layout.addLayout(report_row)
        self.checklist_box = QGroupBox(self.tr("Still to arrange"))
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.checklist: dict[str, QCheckBox] = {}
        layout.addWidget(self.checklist_box)
        layout.addStretch(1)
        # Scrolls when the window is short for it (extra large text, reminders above).
        planned_scroll = QScrollArea()
        planned_scroll.setObjectName("todayScroll")
        planned_scroll.setWidgetResizable(True)
        planned_scroll.setFrameShape(QFrame.Shape.NoFrame)
        planned_scroll.setWidget(planned)
        planned_scroll.setAccessibleName(self.tr("Your planned course"))
        return planned_scroll

    # -- data ---------------------------------------------------------------------------
    def _today(self) -> dt.date:
        return local_today(self.ctx)

    def _current_course(self) -> Course | None:
        today = self._today()
        if self._next is not None:
            return self.ctx.courses.get(self._next.course_id)
        upcoming = [c for c in self.ctx.courses.list(statuses=(CourseStatus.PLANNED,))
                    if c.end_date >= today and c.plan.route is Route.HOME]  # R18
        return min(upcoming, key=lambda c: c.start_date, default=None)

    def check_followup(self) -> None:
        """Called once the window is up (MainWindow.offer_resume)."""
        self._fill_followup()
        self._fill_unrecorded()

    def _fill_unrecorded(self) -> None:
        """Rule T2: injections past their window with no answer say "not recorded"."""
        from il2desk.ui.session.inject_page import which_text
        from il2desk.ui.session.page import format_local

        missing = self.ctx.course_service.unrecorded()
        if not missing:
            if self.unrecorded_label is not None:
                self.unrecorded_label.hide()
            return
        if self.unrecorded_label is None:
            self.unrecorded_label = paragraph("")
            self.unrecorded_label.setObjectName("notRecorded")
            self._outer.insertWidget(1, self.unrecorded_label)
        items = "; ".join(self.tr("{0} (planned {1})").format(
            which_text(i), format_local(i.planned_utc, i.zone_name)) for i in missing[:4])
        if len(missing) > 4:
            items += " …"
        self.unrecorded_label.setText(self.tr(
            "⚠ Not recorded yet: {0}. Tell il2desk what happened with “What happened?” in "
            "the yellow banner.").format(items))
        self.unrecorded_label.setAccessibleName(self.unrecorded_label.text())
        self.unrecorded_label.show()

    def _fill_followup(self) -> None:
        sign = self.ctx.course_service.sign_waiting()
        if sign is None:
            if self.followup_box is not None:
                self.followup_box.hide()
            return
        if self.followup_box is None:
            from il2desk.ui.views.followup_box import FollowUpBox

            self.followup_box = FollowUpBox(self._answer_sign, self.host.show_emergency)
            self._outer.insertWidget(1, self.followup_box)
        self._sign = sign
        self.followup_box.show_sign(sign)
        self.followup_box.show()

    def _answer_sign(self, answer) -> None:
        # A stopped course's reminders go at once: the reminder service follows the
        # course service's `changed` (services/context.py).
        self.ctx.course_service.answer_sign(self._sign, answer)
        self.refresh()

    def refresh(self) -> None:
        if self._first_refresh:
            # The first one waits for the main window's after-paint call (check_followup):
            # the diary and the service are not needed to show the window (issue 11).
            self._first_refresh = False
        else:
            self._fill_followup()
            self._fill_unrecorded()
        now = self.ctx.clock.now_utc()
        self._next = self.ctx.courses.next_planned_injection(now - OVERDUE_GRACE)
        self._course = self._current_course()
        if self._course is None:
            self._show_page(0)
            self._fill_stopped_note()
            return
        self._show_page(1)
        self.update_countdown()
        self._fill_progress()
        self._fill_blood_work()
        self._fill_checklist()

    # -- the parts ----------------------------------------------------------------------
    def countdown(self, delta: dt.timedelta) -> str:
        minutes = max(0, int(delta.total_seconds() // 60))
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        if days:
            return self.tr("{d} d {h} h").format(d=days, h=hours)
        if hours:
            return self.tr("{h} h {m} min").format(h=hours, m=mins)
        if mins:
            return self.tr("{m} min").format(m=mins)
        return self.tr("less than a minute")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_countdown()  # the time moved on while hidden; re-arms the tick

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()  # nothing ticks off screen (the window hidden in the tray too)

    def _countdown_tick(self) -> None:
        now = self.ctx.clock.now_utc()
        if self._next is not None and now >= self._next.planned_utc + OVERDUE_GRACE:
            self.refresh()  # that injection is no longer the next one
        else:
            self.update_countdown()

    def _arm_tick(self, delta: dt.timedelta, *, counting_down: bool) -> None:
        wait = until_words_change(delta, counting_down=counting_down)
        if self._next is not None and not counting_down:
            wait = min(wait, self._next.planned_utc + OVERDUE_GRACE - self.ctx.clock.now_utc()
                       + TICK_MARGIN)
        if self.isVisible():
            self.timer.start(max(0, int(wait.total_seconds() * 1000)))

    def update_countdown(self) -> None:
        injection = self._next
        self.timer.stop()
        if self._course is None:
            return  # the "nothing planned" page is shown: nothing to count down
        if injection is None:
            self.next_label.setText(self.tr("No injection coming up"))
            self.when_label.setText(self.tr(
                "Every injection of this course is past. Record what was done in the "
                "Courses view."))
            self.session_button.setEnabled(False)
            return
        now = self.ctx.clock.now_utc()
        local = from_utc(injection.planned_utc, injection.zone_name)
        time_text = local.strftime("%H:%M")
        lead = dt.timedelta(minutes=self.ctx.settings.current.pretreatment_lead_min)
        pretreatment = injection.planned_utc - lead  # rule R8
        if now < pretreatment:
            text = self.tr("Pre-treatment in {countdown}, for the {time} injection").format(
                countdown=self.countdown(pretreatment - now), time=time_text)
            self._arm_tick(pretreatment - now, counting_down=True)
        elif now < injection.planned_utc:
            text = self.tr("Injection in {countdown}, at {time}").format(
                countdown=self.countdown(injection.planned_utc - now), time=time_text)
            self._arm_tick(injection.planned_utc - now, counting_down=True)
        else:
            text = self.tr("The {time} injection was due {ago} ago").format(
                time=time_text, ago=self.countdown(now - injection.planned_utc))
            self._arm_tick(now - injection.planned_utc, counting_down=False)
        self.next_label.setText(text)
        self.next_label.setAccessibleName(text)
        pre_local = from_utc(pretreatment, injection.zone_name)
        when = self.tr(
            "{day}: antihistamine and ibuprofen at {pre}, injection at {time}.").format(
            day=long_date(local.date()), pre=pre_local.strftime("%H:%M"), time=time_text)
        system = self.ctx.system_zone()
        if not same_clock(system, injection.zone_name, now):  # travelling (rule T1)
            when += " " + self.tr("These times are in {zone}, your course's time zone; "
                                  "this computer is now in {system}.").format(
                zone=injection.zone_name, system=system)
        self.when_label.setText(when)
        self.session_button.setEnabled(True)

    def _fill_progress(self) -> None:
        course = self._course
        assert course is not None
        injections = self.ctx.courses.injections(course.id)
        done = sum(1 for i in injections if i.status is InjectionStatus.DONE)
        dose = format_dose_miu(course.dose_miu)
        if self._next is not None and self._next.course_id == course.id:
            text = self.tr("Injection {n} of {total} — {dose} each (%n done)", "",
                           done).format(n=self._next.seq, total=len(injections), dose=dose)
        else:
            text = self.tr("Course from {start} to {end} — {dose} each").format(
                start=long_date(course.start_date), end=long_date(course.end_date), dose=dose)
        self.progress_label.setText(text)
        self.progress_label.setAccessibleName(text)
        now = self.ctx.clock.now_utc()
        # Today shows a planned course that is not over: planned, or under way (the
        # words of domain/visit_report.py's states, without loading it before the
        # first paint).
        begun = self._today() >= course.start_date or done > 0
        state = self.tr("This course: {state}.").format(state=QCoreApplication.translate(
            "domain", "under way" if begun else "planned"))
        self.state_label.setText(state)
        self.stop_button.setVisible(can_stop(course, injections, now))

    def _fill_stopped_note(self) -> None:
        """Rule R17: the latest course, stopped early within the last weeks, says so."""
        today = self._today()
        stopped = [c for c in self.ctx.courses.list(statuses=(CourseStatus.STOPPED,))
                   if c.end_date >= today - dt.timedelta(days=STOPPED_NOTE_DAYS)]
        latest = max(stopped, key=lambda c: c.start_date, default=None)
        if latest is None:
            self.stopped_note.setVisible(False)
            return
        from il2desk.ui.course_states import course_state_text  # only after a stop

        injections = self.ctx.courses.injections(latest.id)
        text = self.tr("The course that began on {start}: {state}. The injections it still "
                       "had are marked “not given”, and their reminders have stopped.").format(
            start=long_date(latest.start_date),
            state=course_state_text(latest, injections, today, long=True))
        self.stopped_note.setText(text)
        self.stopped_note.setVisible(True)

    def _fill_blood_work(self) -> None:
        course = self._course
        assert course is not None
        today = self._today()
        due = course.plan.effective_blood_work_date  # rule R16
        booked = course.plan.support.get("blood_work", False)
        # The visit report is offered in the weeks before a course (blood work included).
        self.report_button.setVisible(
            0 < (course.start_date - today).days <= VISIT_REPORT_DAYS_BEFORE)
        if today >= course.start_date:  # once the course runs, it is too late to help
            self.blood_label.setVisible(False)
            return
        if booked:
            text = self.tr("Blood test: due {date} (booked).").format(date=long_date(due))
        elif due < today:
            text = self.tr("Blood test: it was due {date}. Please ask for it as soon as you "
                           "can.").format(date=long_date(due))
        else:
            text = self.tr("Blood test: due {date}. Remember to book it.").format(
                date=long_date(due))
        self.blood_label.setText(text)
        self.blood_label.setVisible(True)

    def _fill_checklist(self) -> None:
        course = self._course
        assert course is not None
        for box in self.checklist.values():
            self.checklist_layout.removeWidget(box)
            box.deleteLater()
        self.checklist = {}
        items = open_support_items(course)  # rule R10
        for item in items:
            box = QCheckBox(translate_message(item.text))
            box.setAccessibleName(translate_message(item.text))
            box.toggled.connect(lambda checked, key=item.key: self._tick(key, checked))
            self.checklist_layout.addWidget(box)
            self.checklist[item.key] = box
        self.checklist_box.setVisible(bool(items))

    def _tick(self, key: str, checked: bool) -> None:
        if self._course is None or not checked:
            return
        self.ctx.course_service.set_check(self._course.id, key, "support", True)
        # Rebuild after the click has been handled (the box is deleted on refresh).
        QTimer.singleShot(0, self.refresh)

    def _fit_explanation(self) -> None:
        """Room for the empty state's words at the current text size (about 60 letters
        wide), recomputed when the text size changes so nothing is cut off."""
        explanation = self.empty_state.explanation_label
        width = max(520, explanation.fontMetrics().averageCharWidth() * 60)
        explanation.setMinimumSize(width, explanation.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "empty_state"):
            QTimer.singleShot(0, self, self._fit_explanation)  # once the label has its new font

    # -- actions ------------------------------------------------------------------------
    def _open_visit_report(self) -> None:
        from il2desk.ui.visit_report_dialog import open_visit_report

        self.report_dialog = open_visit_report(self.host, self)

    def stop_course(self) -> None:
        """Rule R17: "Stop this course…", the same dialog as in Courses."""
        from il2desk.ui.stop_course_dialog import StopCourseDialog

        if self._course is None:
            return
        self.stop_dialog = StopCourseDialog(self.ctx, self._course, self.host.show_emergency,
                                            self)
        self.stop_dialog.accepted.connect(self.refresh)
        self.stop_dialog.open()

    def _start_session(self) -> None:
        if self._next is not None:
            self.host.start_session(self._next.id)

    def plan_course(self) -> None:
        from il2desk.ui.course_wizard.wizard import open_course_wizard

        self.wizard = open_course_wizard(self.host, self,
                                         on_saved=lambda _id: self.refresh(),
                                         on_output=self._after_save_output)

    def _after_save_output(self, kind: str, course_id: int) -> None:
        from il2desk.ui.course_outputs import run_course_output

        self.output_dialog = run_course_output(self.host, kind, course_id, self)
