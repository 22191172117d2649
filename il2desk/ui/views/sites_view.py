"""Sites: the body map with when each site was last used, open reactions (rule R12),
the suggested next site, and adding or healing a reaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.dose import DoseInputError, format_number, parse_positive_decimal
from il2desk.domain.rotation import explain, site_state, suggest_site
from il2desk.domain.sites import REACTION_LABELS, SITE_CODES, site_label, sites_in_areas
from il2desk.domain.timeplan import from_utc
from il2desk.domain.wall_time import resolve_local
from il2desk.services.sites_service import REACTION_KINDS
from il2desk.services.translation import LONG_DAY, SHORT_DAY
from il2desk.ui.body_map import BodyMap
from il2desk.ui.date_fields import DateField
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import date_text, translate_message
from il2desk.ui.widgets import FieldError, follow_app_font, heading, paragraph

MAX_REACTION_CM = Decimal(20)  # anything larger is a typo (or a call to the doctor)

RECENT = QColor("#f3b37a")  # used in the last 3 days
WEEK = QColor("#f8e3a0")  # used 4 to 7 days ago


class SitesView(QWidget):
    title = "Sites"

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Injection sites")))
        row = QHBoxLayout()
        outer.addLayout(row, 1)

        left = QVBoxLayout()
        self.body_map = BodyMap()
        self.body_map.siteActivated.connect(self._site_clicked)
        left.addWidget(self.body_map, 1)
        legend = QLabel(self.tr(
            "★ suggested next    (!) open reaction    orange: used in the last 3 days    "
            "yellow: used 4 to 7 days ago    blue: rested longer or not used yet    "
            "hatched: switched off in Settings"))
        legend.setObjectName("sitesLegend")
        legend.setWordWrap(True)
        legend.setAccessibleName(legend.text())
        left.addWidget(legend)
        row.addLayout(left, 3)

        right = QVBoxLayout()
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestionLabel")
        self.suggestion_label.setWordWrap(True)
        follow_app_font(self.suggestion_label, 1.2, bold=True)  # grows with text size
        right.addWidget(self.suggestion_label)
        self.reasons = paragraph("")
        self.reasons.setObjectName("siteReasons")
        right.addWidget(self.reasons)

        self.history_label = paragraph(self.tr(
            "Choose a site on the map to see its history."))
        self.history_label.setObjectName("siteHistory")
        right.addWidget(self.history_label)

        right.addWidget(heading(self.tr("Open reactions"), level=2))
        self.reaction_list = QListWidget()
        self.reaction_list.setObjectName("reactionList")
        self.reaction_list.setAccessibleName(self.tr("Open reactions"))
        self.reaction_list.setMaximumHeight(120)
        self.reaction_list.setWordWrap(True)
        self.reaction_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.addWidget(self.reaction_list)
        self.resolve_button = QPushButton(self.tr("&Mark as healed"))
        self.resolve_button.setAccessibleName(self.tr("Mark the chosen reaction as healed"))
        self.resolve_button.clicked.connect(self._resolve)
        right.addWidget(self.resolve_button)

        right.addWidget(heading(self.tr("Note a reaction"), level=2))
        form = QFormLayout()
        self.site_combo = QComboBox()
        for code in SITE_CODES:
            self.site_combo.addItem(translate_message(site_label(code)), code)
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.kind_combo = QComboBox()
        for kind in REACTION_KINDS:
            self.kind_combo.addItem(translate_message(REACTION_LABELS[kind]).capitalize(), kind)
        self.kind_combo.setAccessibleName(self.tr("Kind of reaction"))
        self.size_edit = QLineEdit()
        self.size_edit.setPlaceholderText(self.tr("optional, for example 2"))
        self.size_edit.setAccessibleName(self.tr("Size in centimetres"))
        self.size_edit.setAccessibleDescription(self.tr("How wide the reaction is, in cm"))
        self.date_edit = DateField()
        self.date_edit.setAccessibleName(self.tr("Date noticed"))
        self.date_edit.setAccessibleDescription(self.tr("The day you first noticed it"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("for example: hard, itchy"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        # Each refusal is shown right under its own field.
        self.size_error = FieldError()
        self.date_error = FieldError()
        self.note_error = FieldError()
        for label, field, error in ((self.tr("S&ite:"), self.site_combo, None),
                                    (self.tr("&Kind:"), self.kind_combo, None),
                                    (self.tr("Si&ze (cm):"), self.size_edit, self.size_error),
                                    (self.tr("Noticed o&n:"), self.date_edit, self.date_error),
                                    (self.tr("N&ote:"), self.note_edit, self.note_error)):
            label_widget = QLabel(label)
            label_widget.setBuddy(field)
            form.addRow(label_widget, field)
            if error is not None:
                form.addRow("", error)
        right.addLayout(form)
        self.add_button = QPushButton(self.tr("&Add reaction"))
        self.add_button.setAccessibleName(self.tr("Add reaction"))
        self.add_button.clicked.connect(self._add)
        self.update_button = QPushButton(self.tr("&Update the chosen reaction"))
        self.update_button.setAccessibleName(self.tr("Update the chosen reaction"))
        self.update_button.setAccessibleDescription(self.tr(
            "Saves the kind, size and note above for the reaction chosen in the list"))
        self.update_button.clicked.connect(self._update)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.update_button)
        right.addLayout(add_row)
        right.addWidget(paragraph(self.tr(
            "A site with an open reaction is left out of the suggestions until you mark it "
            "healed. Lumps (nodules) can take months to go.")))
        right.addStretch(1)
        # The explanations scroll when the window is short for them (extra large text)
        # instead of being squeezed onto each other.
        right_panel = QWidget()
        right_panel.setLayout(right)
        right.setContentsMargins(0, 0, 4, 0)
        right_scroll = QScrollArea()
        right_scroll.setObjectName("sitesDetailsScroll")
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_scroll.setWidget(right_panel)
        right_scroll.setAccessibleName(self.tr("Site details and reactions"))
        row.addWidget(right_scroll, 2)
        self.refresh()
        # A reaction noted, changed or healed (here or in a session), or a setting that
        # switches areas off, is shown at once.
        host.ctx.sites.changed.connect(self.refresh)
        host.ctx.settings.changed.connect(self.refresh)

    def refresh(self) -> None:
        ctx = self.host.ctx
        prefs = ctx.settings.current
        now = ctx.clock.now_utc()
        enabled = sites_in_areas(prefs.enabled_areas)
        reactions = ctx.sites.open_by_site()
        suggestion = suggest_site(enabled, ctx.sites.site_history(), reactions,
                                  prefs.avoid_recent_sites)
        fills: dict[str, QColor] = {}
        details: dict[str, str] = {}
        marks: dict[str, str] = {}
        for code in SITE_CODES:
            used = suggestion.last_used.get(code)
            if used is not None:
                days = (now.date() - used.date()).days
                if days <= 3:
                    fills[code] = RECENT
                elif days <= 7:
                    fills[code] = WEEK
                if days == 0:  # the days in words on the map, not colour alone
                    marks[code] = self.tr("today")
                elif days <= 7:
                    marks[code] = self.tr("{n} d").format(n=days)
            if code in enabled:
                details[code] = translate_message(
                    site_state(code, suggestion, now, reactions))
            else:
                details[code] = self.tr("switched off in Settings")
        self.body_map.set_state(enabled=enabled, suggested=suggestion.site_code,
                                reactions=reactions, fills=fills, details=details,
                                marks=marks)
        if suggestion.site_code:
            self.suggestion_label.setText(self.tr("Suggested next: {0}").format(
                translate_message(site_label(suggestion.site_code))))
        else:
            self.suggestion_label.setText(self.tr(
                "Every site you use has an open reaction. Please discuss with your doctor "
                "where to inject next."))
        self.suggestion_label.setAccessibleName(self.suggestion_label.text())
        self.reasons.setText("<br>".join(
            "• " + translate_message(explain(c, suggestion, now, reactions)) for c in enabled))
        self.reaction_list.clear()
        for reaction in ctx.sites.open_reactions():
            local = from_utc(reaction.noted_utc, prefs.time_zone)
            text = self.tr("{0}: {1}, noted {2}").format(
                translate_message(site_label(reaction.site_code)),
                translate_message(REACTION_LABELS[reaction.kind]), date_text(local, LONG_DAY))
            if reaction.size_cm is not None:
                text += self.tr(", {0} cm").format(format_number(
                    reaction.size_cm, decimal_mark=QLocale().decimalPoint()))
            if reaction.note:
                text += f" — {reaction.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, reaction.id)
            self.reaction_list.addItem(item)
        if self.reaction_list.count():
            self.reaction_list.setCurrentRow(0)
        self.resolve_button.setEnabled(self.reaction_list.count() > 0)
        self.update_button.setEnabled(self.reaction_list.count() > 0)
        today = from_utc(now, prefs.time_zone).date()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))

    def _site_clicked(self, code: str) -> None:
        self.site_combo.setCurrentIndex(self.site_combo.findData(code))
        self.body_map.set_selected(code)
        self.show_history(code)

    def show_history(self, code: str) -> None:
        """The injections given at a site and its reactions, newest first."""
        ctx = self.host.ctx
        zone_name = ctx.settings.current.time_zone

        def day(instant) -> str:
            local = from_utc(instant, zone_name)
            return date_text(local, SHORT_DAY)

        uses = [u for u in ctx.sites.site_history() if u.site_code == code]
        lines = [self.tr("History of {0}:").format(translate_message(site_label(code)))]
        if uses:
            shown = ", ".join(day(u.given_utc) for u in uses[:6])
            more = self.tr(" and {0} more").format(len(uses) - 6) if len(uses) > 6 else ""
            lines.append(self.tr("Injections: {0}{1}").format(shown, more))
        else:
            lines.append(self.tr("No injections recorded here yet."))
        for reaction in ctx.sites.for_site(code):
            state = (self.tr("healed {0}").format(day(reaction.resolved_utc))
                     if reaction.resolved_utc else self.tr("still open"))
            lines.append(self.tr("{0}, noted {1}, {2}").format(
                translate_message(REACTION_LABELS[reaction.kind]).capitalize(),
                day(reaction.noted_utc), state))
        self.history_label.setText("<br>".join(lines))
        self.history_label.setAccessibleName(" ".join(lines))

    def _read_form(self) -> tuple[Decimal | None, str] | None:
        """Size and note from the form, or None after a message beside the field."""
        for error in (self.size_error, self.date_error, self.note_error):
            error.clear_error()
        note = self.note_edit.text().strip()
        if len(note) > 200:
            self.note_error.show_error(self.tr("Please keep the note under 200 characters."))
            return None
        size_cm: Decimal | None = None
        if self.size_edit.text().strip():
            try:
                size_cm = parse_positive_decimal(self.size_edit.text(),
                                                 decimal_mark=QLocale().decimalPoint())
            except DoseInputError as error:
                self.size_error.show_error(error.message)
                return None
            if size_cm > MAX_REACTION_CM:
                self.size_error.show_error(self.tr(
                    "That is very large for a skin reaction: please check the size, in "
                    "centimetres. If a swelling really is this large, call your doctor."))
                return None
        return size_cm, note

    def _add(self) -> None:
        read = self._read_form()
        if read is None:
            return
        size_cm, note = read
        ctx = self.host.ctx
        zone = ctx.settings.current.time_zone
        today = from_utc(ctx.clock.now_utc(), zone).date()
        day = self.date_edit.date().toPython()
        if day > today:
            self.date_error.show_error(self.tr("That day has not come yet."))
            return
        # Noted at midday of the chosen day, or now when it is today.
        noted = ctx.clock.now_utc() if day == today else \
            resolve_local(day, dt.time(12), zone).utc
        ctx.sites.add(self.site_combo.currentData(), self.kind_combo.currentData(),
                          noted, note, size_cm=size_cm)  # the map follows via `changed`
        self.note_edit.clear()
        self.size_edit.clear()

    def _update(self) -> None:
        item = self.reaction_list.currentItem()
        read = self._read_form()
        if item is None or read is None:
            return
        size_cm, note = read
        self.host.ctx.sites.update(item.data(Qt.ItemDataRole.UserRole),
                                       self.kind_combo.currentData(), size_cm, note)

    def _resolve(self) -> None:
        item = self.reaction_list.currentItem()
        if item is None:
            return
        self.host.ctx.sites.resolve(item.data(Qt.ItemDataRole.UserRole),
                                        self.host.ctx.clock.now_utc())
