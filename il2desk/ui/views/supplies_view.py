"""Supplies: mixed vials (D5), counts the user keeps, the sharps container, and a
warning when the next planned course would run out. A practice run of the
preparation wizard starts from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.course import Preparation
from il2desk.domain.dose import DoseInputError, format_number
from il2desk.domain.preparation import read_dose_miu
from il2desk.services.supplies_service import SupplyItem
from il2desk.services.translation import LONG_DAY
from il2desk.ui.doses import locale_decimal_mark
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import date_text
from il2desk.ui.syringe_wizard.wizard import SyringePreparationWizard
from il2desk.ui.views.vial_model import VialTableModel
from il2desk.ui.widgets import FieldError, heading, paragraph

MAX_COUNT = 9999


class SuppliesView(QWidget):
    title = "Supplies"

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._service = host.ctx.supplies
        self._mark = locale_decimal_mark()
        self.wizard: SyringePreparationWizard | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Supplies")))
        self.shortage_label = FieldError()
        self.shortage_label.setObjectName("shortage")
        outer.addWidget(self.shortage_label)
        self.enough_label = paragraph("")
        self.enough_label.setObjectName("enough")
        outer.addWidget(self.enough_label)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Your supplies"))  # it can take the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # -- mixed vials --
        vials_box = QGroupBox(self.tr("Mixed vials"))
        vials_layout = QVBoxLayout(vials_box)
        vials_layout.addWidget(paragraph(self.tr(
            "Vials you mixed and have not thrown away. A vial past its time must not be "
            "used.")))
        self.vial_model = VialTableModel(host.ctx.clock.now_utc, self._mark)
        self.vial_table = QTableView()
        self.vial_table.setModel(self.vial_model)
        self.vial_table.setAccessibleName(self.tr("Mixed vials"))
        self.vial_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vial_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vial_table.verticalHeader().hide()
        self.vial_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.vial_table.horizontalHeader().setStretchLastSection(True)
        self.vial_table.setMinimumHeight(130)
        vials_layout.addWidget(self.vial_table)
        self.no_vials_label = paragraph(self.tr(
            "No mixed vials. Vials you mix in the preparation steps appear here."))
        vials_layout.addWidget(self.no_vials_label)
        self.discard_button = QPushButton(self.tr("Mark the chosen vial as &thrown away"))
        self.discard_button.setAccessibleName(self.tr("Mark the chosen vial as thrown away"))
        self.discard_button.clicked.connect(self._discard)
        vials_layout.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(vials_box)

        # -- counts --
        counts_box = QGroupBox(self.tr("What you have at home"))
        self.counts_form = QFormLayout(counts_box)
        self.counts_form.addRow(paragraph(self.tr(
            "Counted for each injection: one syringe and two alcohol swabs when you mix "
            "from a vial (one swab with pre-filled syringes), and two pre-treatment pills. "
            "Mixing a dose here takes one syringe and one swab off the count, and a newly "
            "mixed vial one vial.")))
        self.spins: dict[SupplyItem, QSpinBox] = {}
        self._count_row(SupplyItem.SYRINGES, self.tr("&Syringes:"), self.tr("Syringes"))
        self._count_row(SupplyItem.SWABS, self.tr("&Alcohol swabs:"), self.tr("Alcohol swabs"))
        self._count_row(SupplyItem.PILLS, self.tr("Pre-treatment &pills:"),
                        self.tr("Pre-treatment pills (antihistamine and ibuprofen)"))
        self._count_row(SupplyItem.VIALS, self.tr("&Vials not yet mixed:"),
                        self.tr("Vials at home not yet mixed"))
        column.addWidget(counts_box)

        # -- sharps container --
        sharps_box = QGroupBox(self.tr("Sharps container"))
        sharps_layout = QVBoxLayout(sharps_box)
        self.sharps_form = QFormLayout()
        sharps_layout.addLayout(self.sharps_form)
        self._count_row(SupplyItem.SHARPS_USED, self.tr("&Used syringes in it:"),
                        self.tr("Used syringes in the sharps container"), self.sharps_form)
        self._count_row(SupplyItem.SHARPS_CAPACITY, self.tr("It h&olds (0 if not known):"),
                        self.tr("How many syringes the sharps container holds"),
                        self.sharps_form)
        self.sharps_label = FieldError()
        self.sharps_label.setObjectName("sharpsFullNotice")
        sharps_layout.addWidget(self.sharps_label)
        self.new_container_button = QPushButton(self.tr("I started a &new, empty container"))
        self.new_container_button.setAccessibleName(
            self.tr("I started a new, empty sharps container"))
        self.new_container_button.clicked.connect(self._new_container)
        sharps_layout.addWidget(self.new_container_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(sharps_box)

        # -- practice run --
        practice_box = QGroupBox(self.tr("Practise preparing a syringe"))
        practice_layout = QVBoxLayout(practice_box)
        practice_layout.addWidget(paragraph(self.tr(
            "Walk through the preparation steps without injecting. Nothing is saved and "
            "no supplies are counted.")))
        row = QHBoxLayout()
        self.practice_dose = QLineEdit()
        self.practice_dose.setAccessibleName(self.tr("Dose for the practice run, million units"))
        self.practice_dose.setPlaceholderText(self.tr("for example {0}").format("4" + self._mark
                                                                                + "5"))
        self.practice_dose.textChanged.connect(lambda: self.practice_error.clear_error())
        dose_caption = QLabel(self.tr("&Dose (million units):"))
        dose_caption.setBuddy(self.practice_dose)
        self.practice_path = QComboBox()
        self.practice_path.addItem(self.tr("From a vial"), Preparation.VIAL.value)
        self.practice_path.addItem(self.tr("Pre-filled syringe"), Preparation.PREFILLED.value)
        self.practice_path.setAccessibleName(self.tr("Kind of syringe for the practice run"))
        self.practice_button = QPushButton(self.tr("Start a p&ractice run"))
        self.practice_button.setAccessibleName(self.tr("Start a practice run"))
        self.practice_button.clicked.connect(self.start_practice)
        row.addWidget(dose_caption)
        row.addWidget(self.practice_dose)
        row.addWidget(self.practice_path)
        row.addWidget(self.practice_button)
        practice_layout.addLayout(row)
        self.practice_error = FieldError()
        practice_layout.addWidget(self.practice_error)
        column.addWidget(practice_box)
        column.addStretch(1)
        self.refresh()
        # Counts, vials and the sharps container follow every committed change (from
        # here, the preparation wizard, or a session).
        self._service.changed.connect(self.refresh)

    def _count_row(self, item: SupplyItem, label: str, name: str,
                   form: QFormLayout | None = None) -> None:
        spin = QSpinBox()
        spin.setRange(0, MAX_COUNT)
        spin.setAccessibleName(name)
        spin.setMaximumWidth(140)
        spin.valueChanged.connect(lambda value, it=item: self._save_count(it, value))
        caption = QLabel(label)
        caption.setBuddy(spin)
        (form or self.counts_form).addRow(caption, spin)
        self.spins[item] = spin

    # -- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.vial_model.set_vials(self._service.open_vials())
        has_vials = self.vial_model.rowCount() > 0
        self.vial_table.setVisible(has_vials)
        self.discard_button.setVisible(has_vials)
        self.no_vials_label.setVisible(not has_vials)
        counts = self._service.counts()
        for item, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(counts[item])
            spin.blockSignals(False)
        course = self._service.next_course()
        if course is not None and not self.practice_dose.text():
            self.practice_dose.setText(format_number(course.dose_miu, decimal_mark=self._mark))
        self._show_warnings()

    def _show_warnings(self) -> None:
        needs = self._service.course_needs()
        names = {SupplyItem.SYRINGES: self.tr("Syringes"),
                 SupplyItem.SWABS: self.tr("Alcohol swabs"),
                 SupplyItem.PILLS: self.tr("Pre-treatment pills")}
        if needs.course is not None:
            which = self.tr("Your next course (starting {0}, %n injection(s) left)", "",
                            needs.injections).format(
                date_text(needs.course.start_date, LONG_DAY))
        else:
            which = self.tr("A course of %n injection(s)", "", needs.injections)
        if needs.shortfalls:
            parts = [self.tr("{0}: you have {1}, it needs {2}").format(
                names[s.item], s.have, s.needed) for s in needs.shortfalls]
            self.shortage_label.show_error(
                self.tr("{0} would run out. {1}. Order more in good time.").format(
                    which, "; ".join(parts)))
            self.enough_label.clear()
        else:
            self.shortage_label.clear_error()
            self.enough_label.setText(self.tr("✓ {0}: you have enough.").format(which))
        sharps = self._service.sharps()
        if sharps.full:
            self.sharps_label.show_error(self.tr(
                "The container is full. Close its lid firmly and ask your pharmacist, "
                "clinic or local council where full containers go in your area: rules "
                "differ from place to place."))
        else:
            self.sharps_label.clear_error()

    # -- actions (each one transaction) --------------------------------------------------
    def _save_count(self, item: SupplyItem, value: int) -> None:
        self._service.set_count(item, value)  # the warnings follow via `changed`

    def _discard(self) -> None:
        index = self.vial_table.currentIndex()
        vial = self.vial_model.vial_at(index.row()) if index.isValid() else None
        if vial is None:
            self._host.prompter.inform(self, self.tr("Mixed vials"),
                                       self.tr("Choose a vial in the list first."))
            return
        if self._host.prompter.confirm(
                self, self.tr("Thrown away?"),
                self.tr("Mark the vial mixed {0} as thrown away? It leaves the list.").format(
                    self.vial_model.data(index.siblingAtColumn(0)))):
            self._service.discard_vial(vial.id)

    def _new_container(self) -> None:
        self._service.new_sharps_container()

    def start_practice(self) -> None:
        try:
            dose = read_dose_miu(self.practice_dose.text(), decimal_mark=self._mark)
        except DoseInputError as problem:
            self.practice_error.show_error(problem.message)
            return
        course = self._service.next_course()
        self.wizard = SyringePreparationWizard(
            self._host, dose_miu=dose, preparation=Preparation(self.practice_path.currentData()),
            syringe_kind=course.plan.syringe_kind if course else None,
            concentration_miu_per_ml=course.plan.concentration_miu_per_ml if course else None,
            practice=True, parent=self)
        self.wizard.open()
