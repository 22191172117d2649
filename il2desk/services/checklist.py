"""The printed course checklist: one page for the fridge door.

`build_checklist_document` is a pure function of the course, its injections, the
user's settings and the page: it builds a `QTextDocument` without any widget, so the
print preview (`paintRequested` → `document.print_`) and the headless PDF writer
(`write_checklist_pdf`, used by `il2desk checklist`) print the very same page.

The page holds: the course dates; the dose per injection in "million units" (rule
D4); the preparation (pre-filled syringe, or the volume and syringe mark of the D3
plan for a vial, rule R11); the pre-course items with tick boxes (rules R10 and R14);
a table of the 10 injections (rule R1) with boxes for pre-treatment (R8), ice before
and after (R9), site (R12), the time it was done and the sharps container (R11); the
"call your doctor now" signs with the doctor's number (R13); the blood-work date
(R16). Black on white only, large type, one page on A4 and on US Letter.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from il2desk.domain.checklists import PRECHECKS, SUPPORT_ITEMS
from il2desk.domain.course import Course, CourseStatus, Injection, InjectionStatus, Preparation
from il2desk.domain.dose import (
    format_concentration,
    format_dose_miu,
    format_mark,
    format_percent,
    format_volume_ml,
)
from il2desk.domain.draw_plan import HALF_MARK_NOTE, plan_draw
from il2desk.domain.emergency import EMERGENCY_SIGNS
from il2desk.domain.preferences import Preferences
from il2desk.domain.regimen import Slot, daily_total_miu
from il2desk.domain.texts import Message
from il2desk.domain.timeplan import TimeAdjustment, zone
from il2desk.domain.visit_report import INJECTION_STATE_LABELS, CourseState, state_message
from il2desk.services.atomic_write import ExportProblem, write_bytes_atomic
from il2desk.services.translation import COURSE_DAY, LONG_DAY, date_text, tr, translate_message
from il2desk.storage.course_repo import CourseRepository

__all__ = [
    "PRECHECK_LABELS",
    "SUPPORT_LABELS",
    "build_checklist_document",
    "checklist_page_layout",
    "default_page_size",
    "write_checklist_pdf",
    "write_course_checklist_pdf",
]

BOX = "☐"  # U+2610, in DejaVu Sans and the usual system fonts
TICKED = "☑"
MARGIN_MM = 12.0  # inside what home printers can reach
# Countries that use US Letter paper; everyone else uses A4.
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.Philippines,
    QLocale.Country.Venezuela, QLocale.Country.PuertoRico,
    QLocale.Country.DominicanRepublic, QLocale.Country.ElSalvador,
    QLocale.Country.Nicaragua, QLocale.Country.Panama,
}

# Rule R10 (and the R8/R11 supplies): the support items asked before a course. Keys as
# the course wizard stores them; an unknown key is still printed, from its name.
# The items and their words come from the course wizard's lists (one source).
SUPPORT_LABELS: Mapping[str, Message] = {item.key: item.text for item in SUPPORT_ITEMS}
_DEFAULT_SUPPORT = tuple(item.key for item in SUPPORT_ITEMS)

# Rule R14: a "yes" here is flagged "discuss with your doctor before starting".
PRECHECK_LABELS: Mapping[str, Message] = {item.key: item.short or item.text
                                           for item in PRECHECKS}


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """US Letter where that is the usual paper, A4 elsewhere (from the locale)."""
    territory = (locale or QLocale()).territory()
    if territory in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def checklist_page_layout(page_size: QPageSize | None = None) -> QPageLayout:
    """Portrait page with margins every home printer can print inside."""
    return QPageLayout(page_size or default_page_size(), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def _key(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def _label(labels: Mapping[str, Message], name: str) -> str:
    known = labels.get(_key(name))
    if known:
        return translate_message(known)
    return name.replace("_", " ").replace("-", " ").strip().capitalize()


def _dose(dose_miu) -> str:
    """Rule D4's words, in the user's language (the command line's too)."""
    return translate_message(format_dose_miu(dose_miu))


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _long_date(day: dt.date) -> str:
    return date_text(day, LONG_DAY)


def _course_day(day: dt.date) -> str:
    return date_text(day, COURSE_DAY)


def _preparation_lines(course: Course) -> list[str]:
    """Rule R11 and rule D3, already HTML-escaped."""
    plan = course.plan
    if plan.preparation is Preparation.PREFILLED:
        return [tr("<b>Pre-filled syringes</b>: one syringe of {dose} per injection.").format(
            dose=_esc(_dose(plan.dose_miu)))]
    lines = [tr("<b>From a vial</b> you mix.")]
    if plan.concentration_miu_per_ml is None or plan.syringe_kind is None:
        lines.append(tr("The vial strength and syringe are not entered yet: follow your "
                        "pharmacist's instructions."))
        return lines
    draw = plan_draw(plan.dose_miu, plan.concentration_miu_per_ml, plan.syringe_kind)
    strength = translate_message(format_concentration(plan.concentration_miu_per_ml))
    if not draw.acceptable:
        lines.append(tr("Strength {strength}.").format(strength=_esc(strength)) + " "
                     + _esc(translate_message(draw.problem) if draw.problem else ""))
        return lines
    lines.append(tr("Strength {strength}. With the {syringe}, draw <b>{volume}</b>: up to "
                    "<b>{mark}</b>.").format(
        strength=_esc(strength), syringe=_esc(translate_message(draw.syringe.short_label)),
        volume=_esc(translate_message(format_volume_ml(draw.rounded_volume_ml))),
        mark=_esc(translate_message(format_mark(draw)))))
    if draw.delivered_dose_miu != plan.dose_miu:  # rule D3: what the mark really gives
        lines.append(tr("That mark gives {dose} (difference from your dose of {prescribed}: "
                        "{percent}).").format(
            dose=_esc(_dose(draw.delivered_dose_miu)), prescribed=_esc(_dose(plan.dose_miu)),
            percent=_esc(format_percent(draw.error_percent,
                                        decimal_mark=QLocale().decimalPoint()))))
    if draw.rounded_down_at_half:  # rule D3 (issue 19)
        lines.append(_esc(translate_message(HALF_MARK_NOTE)))
    return lines


def _before_course_items(course: Course) -> tuple[list[str], str]:
    """Rules R10 and R14: tick-box items and the flag line, already HTML-escaped."""
    items: list[str] = []
    support = dict(course.plan.support)
    # The usual order first, then any other item the wizard stored.
    names = [k for k in _DEFAULT_SUPPORT if k in support] if support else list(_DEFAULT_SUPPORT)
    names += [k for k in support if k not in names]
    seen: set[str] = set()
    for name in names:
        text = _label(SUPPORT_LABELS, name)
        if text in seen:  # two stored names for one item
            continue
        seen.add(text)
        items.append(f"{TICKED if support.get(name) else BOX}&nbsp;{_esc(text)}")
    # rule R14: an infection means waiting; checked again on the morning of day 1.
    items.append(f"{BOX}&nbsp;" + tr("No infection on day 1 (if you have one, call your "
                                     "doctor)"))
    flagged = [_label(PRECHECK_LABELS, k) for k, yes in course.plan.prechecks.items() if yes]
    flag = ""
    if flagged:
        flag = tr("<b>⚠&nbsp;Discuss with your doctor before starting:</b> {items}.").format(
            items=_esc(", ".join(flagged)))
    return items, flag


def _before_course_cells(course: Course) -> str:
    items, flag = _before_course_items(course)
    half = (len(items) + 1) // 2
    rows = []
    for left, right in zip(items[:half], [*items[half:], ""], strict=False):
        rows.append(f"<tr><td width='50%' valign='top'>{left}</td>"
                    f"<td width='50%' valign='top'>{right}</td></tr>")
    if flag:
        rows.append(f"<tr><td colspan='2'>{flag}</td></tr>")
    return "".join(rows)


def _injection_state(injection: Injection) -> str:
    """ "Given at 08:05", "Missed", "Not given (course stopped)", translated."""
    words = translate_message(INJECTION_STATE_LABELS[injection.status])
    words = words[:1].upper() + words[1:]
    if injection.status is InjectionStatus.DONE and injection.given_utc is not None:
        at = injection.given_utc.astimezone(zone(injection.zone_name))
        words = tr("{state} at {time}").format(state=words, time=f"{at:%H:%M}")
    return words


def _course_state_note(course: Course) -> str:
    """Rule R17: a stopped or cancelled course says so at the top, in words."""
    if course.status is CourseStatus.CANCELLED:
        return tr("This course was cancelled.")
    if course.status is not CourseStatus.STOPPED:
        return ""
    state = translate_message(state_message(CourseState.STOPPED, course.stop_reason))
    state = state[:1].upper() + state[1:]
    if course.stopped_utc is None:
        return state + "."
    at = course.stopped_utc.astimezone(zone(course.zone_name))
    return tr("{state} on {date} at {time}. The injections it still had were not "
              "given.").format(state=state, date=_long_date(at.date()), time=f"{at:%H:%M}")


def _injection_rows(injections: Sequence[Injection], box_pt: float,
                    write_pt: float) -> tuple[str, set[TimeAdjustment]]:
    rows: list[str] = []
    adjustments: set[TimeAdjustment] = set()
    box = f"<td align='center' style='font-size:{box_pt}pt'>{BOX}</td>"
    # An empty line in big type makes the row tall enough to write in, without
    # widening any column (cell padding would widen them all).
    write = f"<td style='font-size:{write_pt}pt'>&nbsp;</td>"
    for injection in sorted(injections, key=lambda i: i.seq):
        local = injection.planned_utc.astimezone(zone(injection.zone_name))
        mark = ""
        if injection.adjustment is not TimeAdjustment.NONE:
            mark = "*"
            adjustments.add(injection.adjustment)
        slot = tr("Morning") if injection.slot is Slot.MORNING else tr("Evening")
        if injection.status is InjectionStatus.PLANNED:
            cells = f"{box}{box}{write}{write}{box}{box}"
        else:  # rule R17: what happened, in words, instead of boxes to tick
            state = _esc(_injection_state(injection))
            cells = f"<td colspan='6' style='font-size:{box_pt * 0.6}pt'><i>{state}</i></td>"
        rows.append(
            "<tr>"
            f"<td align='center'><b>{injection.day}</b></td>"
            f"<td style='white-space:nowrap'>{_esc(_course_day(local.date()))}</td>"
            f"<td style='white-space:nowrap'>{slot}</td>"  # never "Morni / ng"
            f"<td align='center' style='white-space:nowrap'><b>{local:%H:%M}</b>{mark}</td>"
            f"{cells}"
            "</tr>")
    return "".join(rows), adjustments


def _html(course: Course, injections: Sequence[Injection], prefs: Preferences,
          base_pt: float, row_scale: float) -> str:
    big, title, small = base_pt * 1.25, base_pt * 1.6, base_pt * 0.9
    plan = course.plan
    dose = _dose(plan.dose_miu)
    per_day = _dose(daily_total_miu(plan.dose_miu))
    rows, adjustments = _injection_rows(injections, big, base_pt * row_scale)
    cancelled_text = _esc(_course_state_note(course))
    cancelled = f"<p style='font-size:{big}pt'><b>{cancelled_text}</b></p>" if cancelled_text \
        else ""
    prep = " ".join(_preparation_lines(course))
    before = _before_course_cells(course)
    signs = "".join(f"<li>{_esc(translate_message(s))}</li>" for s in EMERGENCY_SIGNS)
    if prefs.doctor_phone:
        who = prefs.doctor_name or tr("Your doctor")
        number = f"{_esc(who)}: {_unbroken(prefs.doctor_phone)}"
    else:
        number = tr("Doctor's emergency number:") + " ______________________"
    # rule T1: say what happened to a time on a clock-change day.
    notes = []
    if TimeAdjustment.MOVED_FORWARD in adjustments:
        notes.append("* " + tr("The clocks go forward that night: this is the time on the "
                               "clock after the change."))
    if TimeAdjustment.FIRST_OCCURRENCE in adjustments:
        notes.append("* " + tr("The clocks go back that night, so this time comes twice: it "
                               "is the first time."))
    note = "".join(f"<p style='font-size:{small}pt; margin:0'>{n}</p>" for n in notes)
    th = "style='font-weight:bold; white-space:nowrap'"
    # The Site column's cells are empty: a share of the width ("19%") gave way to the
    # other columns' words; in points it keeps room to write "left thigh" by hand.
    site_pt = round(base_pt * 7)
    h2 = f"font-size:{big}pt; font-weight:bold"
    when = tr("{start} to {end}").format(start=_esc(_long_date(plan.start_date)),
                                          end=_esc(_long_date(plan.end_date)))
    amounts = tr("<b>{dose}</b> per injection ({daily} a day)").format(
        dose=_esc(dose), daily=_esc(per_day))
    blood = tr("<b>Blood work:</b> CD4 count and viral load by <b>{date}</b>.").format(
        date=_esc(_long_date(plan.effective_blood_work_date)))
    timing = tr("Pre-treatment {pre} minutes before. Ice pack {before} minutes before and "
                "{after} minutes after.").format(pre=prefs.pretreatment_lead_min,
                                                  before=prefs.ice_before_min,
                                                  after=prefs.ice_after_min)
    # Each label apart, so lupdate sees the literal (it does not read f-strings).
    t_il_2_course_checklist = tr("IL-2 course checklist")
    t_preparation = tr("Preparation:")
    t_before_the_course = tr("Before the course")
    t_the_10_injections = (tr("The 10 injections") if len(injections) == 10 else
                           tr("The %n injection(s)", "", len(injections)))
    t_day = tr("Day")
    t_date = tr("Date")
    t_when = tr("When")
    t_time = tr("Time")
    t_pre_br_treat = tr("Pre-<br/>treat")
    t_ice_br_before = tr("Ice<br/>before")
    t_site = tr("Site")
    t_done_at = tr("Done at")
    t_ice_br_after = tr("Ice<br/>after")
    t_sharps = tr("Sharps")
    t_call_your_doctor_now_if = tr("Call your doctor now if:")
    t_if_you_cannot_reach_your = tr("If you cannot reach your doctor, call your local "
                                    "emergency number.")
    return f"""
<html><body style="font-size:{base_pt}pt; color:#000">
<p style="font-size:{title}pt; font-weight:bold; margin:0">{t_il_2_course_checklist}</p>
<p style="font-size:{big}pt; margin-top:2pt; margin-bottom:4pt">
<b>{when}</b><br/>
{amounts}</p>
{cancelled}
<p style="margin-top:0; margin-bottom:2pt"><b>{t_preparation}</b> {prep}</p>
<p style="margin-top:0; margin-bottom:4pt">{blood}</p>
<p style="{h2}; margin:0">{t_before_the_course}</p>
<table width="100%" cellspacing="0" cellpadding="1">{before}</table>
<p style="{h2}; margin-top:6pt; margin-bottom:0">{t_the_10_injections}</p>
<p style="margin-top:0; margin-bottom:2pt">{timing}</p>
<table width="100%" border="1" cellspacing="0" cellpadding="3"
 style="border-collapse:collapse; border-color:#000; border-style:solid">
<thead><tr>
<td {th} width="6%" align="center">{t_day}</td><td {th} width="14%">{t_date}</td>
<td {th} width="11%">{t_when}</td><td {th} width="9%" align="center">{t_time}</td>
<td {th} width="7%" align="center">{t_pre_br_treat}</td>
<td {th} width="7%" align="center">{t_ice_br_before}</td>
<td {th} width="{site_pt}">{t_site}</td><td {th} width="12%">{t_done_at}</td>
<td {th} width="7%" align="center">{t_ice_br_after}</td>
<td {th} width="8%" align="center">{t_sharps}</td>
</tr></thead>
{rows}
</table>
{note}
<table width="100%" border="2" cellspacing="0" cellpadding="6"
 style="margin-top:6pt; border-collapse:collapse; border-color:#000; border-style:solid">
<tr><td>
<p style="{h2}; margin:0">⚠ {t_call_your_doctor_now_if}</p>
<ul style="margin-top:0; margin-bottom:2pt">{signs}</ul>
<p style="font-size:{big * 1.15}pt; font-weight:bold; margin:0">{number}</p>
<p style="margin:0">{t_if_you_cannot_reach_your}</p>
</td></tr></table>
</body></html>"""


def build_checklist_document(course: Course, injections: Sequence[Injection],
                             prefs: Preferences,
                             layout: QPageLayout | None = None) -> QTextDocument:
    """The one-page checklist for this course, laid out for `layout`'s page.

    Units inside the document are points (its layout device is a 72-dpi image), so
    font sizes are true on paper. If unusual content (long names, many flags) would
    spill onto a second page, the type shrinks step by step until it fits.
    Needs a QGuiApplication (fonts), not widgets.
    """
    page = layout or checklist_page_layout()
    paint_pt = page.paintRect(QPageLayout.Unit.Point).size()
    device = points_device()
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    doc = QTextDocument()
    # Largest type first; at each size, roomier rows (easier to write in) if they fit.
    attempts = [(pt, scale) for pt in (12.0, 11.5, 11.0, 10.5, 10.0, 9.0, 8.0)
                for scale in (1.8, 1.6, 1.4, 1.25)]
    for base_pt, row_scale in attempts:
        doc = points_document(device, font, base_pt, paint_pt)
        doc.setHtml(_html(course, injections, prefs, base_pt, row_scale))
        # One page for the standard 10 injections; a longer course (rule R18) may
        # take a second page rather than shrink its type. No wider than the page
        # either: a table too wide for its words runs off the paper's edge (the
        # Sharps column was cut off with the long day names).
        if (doc.pageCount() <= (1 if len(injections) <= 10 else 2)
                and doc.size().width() <= paint_pt.width() + 0.5):
            break
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                           tr("IL-2 course checklist, {date}").format(
                               date=_long_date(course.start_date)))
    return doc


def _unbroken(phone: str) -> str:
    """The phone number as HTML that no line break can cut (issue 21): a number split
    over two lines is easily misdialled in a hurry. Spaces become no-break spaces and
    hyphens no-break hyphens; the number as a whole may still start a new line."""
    text = " ".join(phone.split()).replace(" ", "\u00a0").replace("-", "\u2011")
    return f"<span style='white-space:nowrap'>{_esc(text)}</span>"


def points_device() -> QImage:
    """A 72-dpi image to lay documents out on: their units are then points, and font
    sizes are true on paper (the checklist and the visit report)."""
    device = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_meter = round(72 / 0.0254)
    device.setDotsPerMeterX(dots_per_meter)
    device.setDotsPerMeterY(dots_per_meter)
    return device


def points_document(device: QImage, font: QFont, base_pt: float,
                    paint_pt: QSizeF) -> QTextDocument:
    """An empty document laid out in points on `device` (points_device), its default
    type `font` at `base_pt`, no margin, pages of `paint_pt` (the page's paint area)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc._layout_device = device  # keep the image alive as long as the document
    sized = QFont(font)
    sized.setPointSizeF(base_pt)
    doc.setDefaultFont(sized)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(paint_pt.width(), paint_pt.height()))
    return doc


def write_document_pdf(document: QTextDocument, layout: QPageLayout, path: Path) -> None:
    """A laid-out document as a PDF file, whole or not at all (ExportProblem). Shared by
    the checklist and the visit report.

    Drawn into memory first: QPdfWriter does not report a failed write, so on a full
    disk it would leave a cut-off PDF that looked written (issue 21). The atomic writer
    then puts the finished bytes in place whole or not at all."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(layout)
    writer.setResolution(300)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("il2desk")
    document.print_(writer)
    del writer  # QPdfWriter finishes the PDF when it is destroyed
    data = bytes(buffer.data())
    buffer.close()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ExportProblem(tr("The PDF could not be made. Nothing was saved."))
    write_bytes_atomic(path, data)


def write_checklist_pdf(course: Course, injections: Sequence[Injection], prefs: Preferences,
                        path: Path, *, page_size: QPageSize | None = None) -> None:
    """Write the checklist as a one-page PDF, whole or not at all (ExportProblem)."""
    layout = checklist_page_layout(page_size)
    document = build_checklist_document(course, injections, prefs, layout)

    write_document_pdf(document, layout, path)


def write_course_checklist_pdf(repo: CourseRepository, prefs: Preferences, course_id: int,
                               path: Path, *, page_size: QPageSize | None = None) -> None:
    """Load the course and write its checklist PDF (ExportProblem in plain words)."""
    course = repo.get(course_id)
    if course is None:
        raise ExportProblem(tr("There is no course number {number}.").format(number=course_id))
    injections = repo.injections(course_id)
    if not injections:
        raise ExportProblem(tr("This course has no injections to print."))
    write_checklist_pdf(course, injections, prefs, path, page_size=page_size)
