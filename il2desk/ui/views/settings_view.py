"""Settings: every field saves as soon as it is left; a refused value says why beside it."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.preferences import CalendarPrivacy, Preferences, SettingError
from il2desk.domain.sites import AREA_LABELS
from il2desk.services.autostart import NOT_HERE, Autostart, AutostartError
from il2desk.services.settings_service import SettingsService
from il2desk.ui.i18n import plural_suffix, translate_message
from il2desk.ui.widgets import FieldError, heading, paragraph


class SettingsView(QWidget):
    title = "Settings"

    def __init__(self, settings: SettingsService, parent: QWidget | None = None, *,
                 on_language_changed: Callable[[], None] | None = None,
                 autostart: Autostart | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._on_language_changed = on_language_changed
        self._autostart = autostart
        self.errors: dict[str, FieldError] = {}
        self._build_page()
        prefs = settings.current
        self._build_you(prefs)
        self._build_doctor(prefs)
        self._build_injection_times(prefs)
        self._build_reminders(prefs)
        self._build_starting(autostart)
        self._build_calendar(prefs)
        self._build_display(prefs)
        self._build_sites(prefs)

    # -- building -----------------------------------------------------------------------
    def _build_page(self) -> None:
        """The heading, the scrolling form, and the “saved” line under it."""
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Settings")))
        outer.addWidget(paragraph(self.tr("Changes are saved as soon as you leave a field.")))
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Your settings"))  # it can take the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        outer.addWidget(self.saved_label)
        self._saved_timer = QTimer(self, singleShot=True, interval=3000)
        self._saved_timer.timeout.connect(self.saved_label.clear)

    def _build_you(self, prefs: Preferences) -> None:
        """The patient's name, for the visit report."""
        self.form.addRow(heading(self.tr("You"), level=2))
        self.patient_name = QLineEdit(prefs.patient_name)
        self.patient_name.setPlaceholderText(self.tr("optional"))
        self.patient_name.editingFinished.connect(
            lambda: self._save("patient_name", self.patient_name.text()))
        self._add_row("patient_name", self.tr("Yo&ur name:"), self.patient_name, self.tr(
            "Optional. Printed on the visit report for your doctor (File ▸ Visit report…)."))

    def _build_doctor(self, prefs: Preferences) -> None:
        """Who to call."""
        self.form.addRow(heading(self.tr("Your doctor"), level=2))
        self.doctor_name = self._line_field(
            "doctor_name", self.tr("Doctor's &name:"), prefs.doctor_name, self.tr("Dr. Rivera")
        )
        self.doctor_phone = self._line_field(
            "doctor_phone", self.tr("&Emergency phone number:"), prefs.doctor_phone, "+1 555 0100"
        )

    def _build_injection_times(self, prefs: Preferences) -> None:
        """The time zone and the usual injection times."""
        self.form.addRow(heading(self.tr("Injection times"), level=2))
        self.time_zone = self._time_zone_box(prefs.time_zone)
        self._add_row("time_zone", self.tr("Time &zone:"), self.time_zone,
                      self.tr("The zone your injection times are in."))
        self.morning_time = self._line_field(
            "morning_time", self.tr("Usual &morning injection:"),
            prefs.morning_time.strftime("%H:%M"), "08:00",
        )
        self.evening_time = self._line_field(
            "evening_time", self.tr("Usual e&vening injection:"),
            prefs.evening_time.strftime("%H:%M"), "20:00",
        )

    def _build_reminders(self, prefs: Preferences) -> None:
        """Pre-treatment and ice-pack minutes (rules R8, R9)."""
        self.form.addRow(heading(self.tr("Reminders and ice packs"), level=2))
        self.pretreatment_lead = self._minutes_field(
            "pretreatment_lead_min", self.tr("&Pre-treatment reminder, minutes before:"),
            prefs.pretreatment_lead_min, 5, 180,
            self.tr("When to remind you to take the antihistamine and ibuprofen."),
        )
        self.ice_before = self._minutes_field(
            "ice_before_min", self.tr("Ice pack &before the injection:"), prefs.ice_before_min,
            1, 30,
            self.tr("How long to hold the ice pack on the site before injecting."),
        )
        self.ice_after = self._minutes_field(
            "ice_after_min", self.tr("Ice pack &after the injection:"), prefs.ice_after_min, 1, 30,
            self.tr("How long to hold the ice pack on the site after injecting."),
        )
        self.separate_ice = QCheckBox(self.tr("A &separate ice-pack reminder before each "
                                              "injection"))
        self.separate_ice.setChecked(prefs.separate_ice_prompt)
        self.separate_ice.toggled.connect(
            lambda on: self._save("separate_ice_prompt", "true" if on else "false"))
        self._add_row("separate_ice_prompt", "", self.separate_ice, self.tr(
            "Reminds you to put the ice pack on, the set minutes before the injection."))

    def _build_starting(self, autostart: Autostart | None) -> None:
        """Start at login, where this desktop allows it."""
        self.form.addRow(heading(self.tr("Starting il2desk"), level=2))
        self.start_at_login = QCheckBox(self.tr("Start il2desk &when I log in"))
        supported = autostart is not None and autostart.supported
        self.start_at_login.setChecked(bool(supported and autostart.is_enabled()))
        self.start_at_login.setEnabled(supported)
        self.start_at_login.toggled.connect(self._toggle_start_at_login)
        self._add_row("start_at_login", "", self.start_at_login, self.tr(
            "So reminders come even if you forget to open il2desk."))
        if not supported:
            self.start_at_login_note = paragraph(QCoreApplication.translate("Autostart", NOT_HERE))
            self.form.addRow("", self.start_at_login_note)

    def _build_calendar(self, prefs: Preferences) -> None:
        """How much an exported calendar says."""
        self.form.addRow(heading(self.tr("Calendar export"), level=2))
        self.calendar_privacy = QComboBox()
        self.calendar_privacy.addItem(self.tr("Full: dose and steps in each event"),
                                      CalendarPrivacy.FULL.value)
        self.calendar_privacy.addItem(self.tr("Discreet: only “Medication”, no dose"),
                                      CalendarPrivacy.DISCREET.value)
        self.calendar_privacy.setCurrentIndex(
            self.calendar_privacy.findData(prefs.calendar_privacy.value))
        self.calendar_privacy.activated.connect(
            lambda _i: self._save("calendar_privacy", self.calendar_privacy.currentData()))
        self._add_row("calendar_privacy", self.tr("What &calendar events say:"),
                      self.calendar_privacy,
                      self.tr("A calendar you share with others is not private: choose "
                              "discreet to leave the dose and health details out."))

    def _build_display(self, prefs: Preferences) -> None:
        """Text size and language."""
        self.form.addRow(heading(self.tr("Display"), level=2))
        self.text_size = self._choice_field(
            "text_size", self.tr("&Text size:"), prefs.text_size,
            [("normal", self.tr("Normal")), ("large", self.tr("Large")),
             ("xlarge", self.tr("Extra large"))],
            self.tr("Makes all the text in il2desk bigger or smaller."),
        )
        self.language = self._choice_field(
            "language", self.tr("&Language:"), prefs.language,
            [("system", self.tr("Same as the computer")), ("en", "English"),
             ("es", "Español")],
            self.tr("The language il2desk speaks."),
        )

    def _build_sites(self, prefs: Preferences) -> None:
        """The areas rule R12's rotation uses, and how many recent sites rest."""
        self.form.addRow(heading(self.tr("Injection sites"), level=2))
        self.area_boxes: dict[str, QCheckBox] = {}
        areas_holder = QWidget()
        areas_column = QVBoxLayout(areas_holder)
        areas_column.setContentsMargins(0, 0, 0, 0)
        for area, english in AREA_LABELS.items():
            label = translate_message(english)
            box = QCheckBox(label)
            box.setObjectName(f"area-{area}")
            box.setAccessibleName(self.tr("Use the area: {0}").format(label))
            box.setChecked(area in prefs.enabled_areas)
            box.toggled.connect(lambda _on, a=area: self._save_areas(a))
            self.area_boxes[area] = box
            areas_column.addWidget(box)
        # Alt+I lands on the first box (the holder itself cannot take focus).
        areas_holder.setFocusProxy(self.area_boxes["abdomen"])
        self._add_row("enabled_areas", self.tr("Areas you &inject into:"), areas_holder,
                      self.tr("Switch off an area you cannot or do not want to use."))
        areas_holder.setAccessibleName(self.tr("Areas you inject into"))
        self.avoid_recent = QSpinBox()
        self.avoid_recent.setRange(0, 7)
        plural_suffix(self.avoid_recent, lambda n: self.tr(" site(s)", "", n))
        self.avoid_recent.setValue(prefs.avoid_recent_sites)
        self.avoid_recent.valueChanged.connect(
            lambda v: self._save("avoid_recent_sites", str(v)))
        self._add_row("avoid_recent_sites", self.tr("&Rest the last used:"), self.avoid_recent,
                      self.tr("How many of the most recently used sites are not suggested "
                              "next."))

    def _time_zone_box(self, current: str) -> QComboBox:
        """Every zone the computer knows, typed or picked (matched anywhere in the name)."""
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(zoneinfo.available_timezones())
        box.addItems(zones)
        box.setCurrentText(current)
        # The text box inside takes the focus; unnamed, a screen reader said only its text.
        box.lineEdit().setAccessibleName(self.tr("Time zone"))
        completer = QCompleter(zones, box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        box.setCompleter(completer)
        box.lineEdit().editingFinished.connect(lambda: self._save("time_zone", box.currentText()))
        box.activated.connect(lambda _i: self._save("time_zone", box.currentText()))
        return box

    def refresh(self) -> None:
        """Show what was stored elsewhere since the view was built: the doctor's phone
        (the course wizard asks for it) and the time zone (the travel question). The
        other settings change only here, as each field is left."""
        prefs = self._settings.current
        if self.doctor_phone.text() != prefs.doctor_phone:
            self.doctor_phone.setText(prefs.doctor_phone)
            self.errors["doctor_phone"].clear_error()
        if self.time_zone.currentText() != prefs.time_zone:
            self.time_zone.setCurrentText(prefs.time_zone)
            self.errors["time_zone"].clear_error()

    # -- building -----------------------------------------------------------------------
    def _add_row(self, key: str, label: str, editor: QWidget, description: str) -> None:
        error = FieldError()
        self.errors[key] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        column.addWidget(error)
        text = label.replace("&", "")
        editor.setAccessibleName(text.rstrip(":"))
        editor.setAccessibleDescription(description)
        editor.setToolTip(description)
        if not label:  # a check box carries its own label
            editor.setAccessibleName(editor.text().replace("&", ""))
            self.form.addRow("", holder)
            return
        label_widget = QLabel(label)
        label_widget.setBuddy(editor)
        self.form.addRow(label_widget, holder)

    def _line_field(self, key: str, label: str, value: str, example: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(self.tr("for example {example}").format(example=example))
        edit.editingFinished.connect(lambda: self._save(key, edit.text()))
        self._add_row(key, label, edit, self.tr("For example {example}.").format(example=example))
        return edit

    def _minutes_field(
        self, key: str, label: str, value: int, low: int, high: int, description: str
    ) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(self.tr(" min"))
        spin.setValue(value)
        spin.valueChanged.connect(lambda v: self._save(key, str(v)))
        self._add_row(key, label, spin, description)
        return spin

    def _choice_field(self, key: str, label: str, value: str,
                      choices: list[tuple[str, str]], description: str) -> QComboBox:
        combo = QComboBox()
        for code, text in choices:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(
            lambda _i: self._save(key, str(combo.currentData())))
        self._add_row(key, label, combo, description)
        return combo

    # -- saving -------------------------------------------------------------------------
    def _toggle_start_at_login(self, on: bool) -> None:
        if self._autostart is None:
            return
        try:
            self._autostart.apply(on)
        except AutostartError as problem:
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(not on)
            self.start_at_login.blockSignals(False)
            self.errors["start_at_login"].show_error(str(problem))
            return
        self._save("start_at_login", "true" if on else "false")

    def _save(self, key: str, text: str) -> None:
        error = self.errors[key]
        try:
            before = self._settings.current
            after = self._settings.update_field(key, text)
        except SettingError as problem:
            error.show_error(problem.message)
            return
        error.clear_error()
        # A refused morning time may become fine once the evening moves: clear both.
        if key in ("morning_time", "evening_time"):
            self.errors["morning_time"].clear_error()
            self.errors["evening_time"].clear_error()
        if after != before:
            self.saved_label.setText(self.tr("✓ Saved."))
            self._saved_timer.start()
            if key == "language" and self._on_language_changed is not None:
                self._on_language_changed()

    def _save_areas(self, changed: str) -> None:
        areas = [a for a, box in self.area_boxes.items() if box.isChecked()]
        self._save("enabled_areas", ",".join(areas))
        if self.field_error("enabled_areas"):
            # Refused (the last area): put the tick back so the form shows what is stored.
            box = self.area_boxes[changed]
            box.blockSignals(True)
            box.setChecked(changed in self._settings.current.enabled_areas)
            box.blockSignals(False)

    def field_error(self, key: str) -> str:
        """The message shown beside a field ('' when none), for tests and accessibility."""
        return self.errors[key].message
