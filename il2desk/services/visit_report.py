"""The visit report for the doctor, laid out as a QTextDocument and written as a PDF.

`load_visit_report` reads the record and asks domain/visit_report.py what the report
holds; `build_visit_report_document` lays that out for a page, with the labs chart
drawn by the labs view's own painter (services/lab_chart_painter.py) as a picture;
`write_visit_report_pdf` writes it whole or not at all. The print preview and the
headless `il2desk report` print the very same document.

Black ink on white, shapes and words rather than colour; one page when the period
holds up to two courses and ten results (the type and the chart shrink a little before
a second page is used). Page size, margins and the atomic write are the checklist's
(services/checklist.py, services/atomic_write.py).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)

from il2desk.domain.diary import AFTER, Severity
from il2desk.domain.dose import format_number
from il2desk.domain.labs import UNRELIABLE_MARK
from il2desk.domain.preferences import Preferences
from il2desk.domain.regimen import DAYS_PER_COURSE
from il2desk.domain.sites import REACTION_LABELS, site_label
from il2desk.domain.timeplan import from_utc
from il2desk.domain.visit_report import (
    CourseState,
    OpenReaction,
    Period,
    VisitReport,
    build_visit_report,
    default_period,
)
from il2desk.services.checklist import (
    checklist_page_layout,
    points_device,
    points_document,
    write_document_pdf,
)
from il2desk.services.lab_chart_painter import ChartData, ChartLook, paint_lab_chart
from il2desk.services.translation import (
    LONG_DAY,
    SHORT_DAY,
    date_text,
    render,
    tr,
    translate_message,
)
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.diary_repo import DiaryRepository
from il2desk.storage.lab_repo import LabRepository
from il2desk.storage.site_reaction_repo import SiteReactionRepository

__all__ = [
    "build_visit_report_document",
    "load_visit_report",
    "write_visit_report_pdf",
]

CHART_URL = QUrl("il2desk:lab-chart")
CHART_PIXELS_PER_POINT = 4  # about 290 dpi on paper: crisp at 100 %
DAY_KEYS = (*range(1, DAYS_PER_COURSE + 1), AFTER)
# Severity as marks that print in black and white (as the diary's grid shows them).
MARKS = {Severity.MILD: "●", Severity.MODERATE: "●●", Severity.SEVERE: "●●●"}


# -- reading the record ------------------------------------------------------------------


def load_visit_report(courses: CourseRepository, labs: LabRepository, diary: DiaryRepository,
                      reactions: SiteReactionRepository, prefs: Preferences, today: dt.date,
                      *, period: Period | None = None,
                      own_questions: tuple[str, ...] = ()) -> VisitReport:
    """The report's content for `period` (default: since the course before last)."""
    every_course = courses.list()
    period = period or default_period(every_course, today)
    shown = [c for c in every_course if period.overlaps(c.start_date, c.end_date)]
    injections = {c.id: courses.injections(c.id) for c in shown}
    # The diary from the first course day in the report (entries are placed in their
    # course day); a day either side covers every time zone.
    first = min([period.first, *(c.start_date for c in shown)])
    start_utc = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    end_utc = dt.datetime.combine(period.last + dt.timedelta(days=2), dt.time(), tzinfo=dt.UTC)
    entries = diary.between(start_utc, end_utc)
    open_reactions = [
        OpenReaction(site_label(r.site_code), REACTION_LABELS.get(r.kind, r.kind), r.size_cm,
                     from_utc(r.noted_utc, prefs.time_zone).date())
        for r in reactions.open_reactions()]
    return build_visit_report(today=today, period=period, patient_name=prefs.patient_name,
                              courses=every_course, injections=injections, labs=labs.all(),
                              diary=entries, reactions=open_reactions,
                              own_questions=own_questions)


# -- laying it out -----------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _date(day: dt.date) -> str:
    # Never broken across lines in a narrow cell (non-breaking spaces); a period breaks
    # between its two dates, never inside one.
    return date_text(day, SHORT_DAY).replace(" ", "\u00a0")


def _chart_image(report: VisitReport, width_pt: float, height_pt: float, font: QFont) -> QImage:
    """The labs view's chart, painted by its own painter, in point units at print
    resolution, black ink on white."""
    scale = CHART_PIXELS_PER_POINT
    image = QImage(round(width_pt * scale), round(height_pt * scale),
                   QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    dots_per_meter = round(72 / 0.0254)  # a point is a unit, as in the document
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    look = ChartLook(text=QColor("#000000"), base=QColor("#ffffff"), cd4=QColor("#1f5fa8"),
                     viral_load=QColor("#8a3b00"), font=font, grid=QColor("#b0b0b0"))
    data = ChartData.of([line.result for line in report.labs], report.chart_course_starts,
                        report.period.last, span=(report.period.first, report.period.last))
    painter = QPainter(image)
    paint_lab_chart(painter, width_pt, height_pt, data, look)
    painter.end()
    return image


def _course_rows(report: VisitReport, small: float) -> str:
    rows = []
    for row in report.courses:
        when = tr("{start} to {end}").format(start=_esc(_date(row.start)),
                                             end=_esc(_date(row.end)))
        state = _esc(render(row.state_message))
        if row.hard_to_tolerate:
            state += "<br/><b>" + tr("hard to tolerate") + "</b>"
        # Plurals through Qt's %n (Spanish said "1 puestas"); counts in plain names, for
        # lupdate to see them.
        given, missed, not_given = row.given, row.missed, row.not_given
        counts = [tr("%n given", "", given)]
        if missed:
            counts.append(tr("%n missed", "", missed))
        if not_given:
            counts.append(tr("%n not given", "", not_given))
        if row.pending and row.state in (CourseState.COMPLETED, CourseState.NOT_RECORDED):
            counts.append(tr("%n not recorded", "", row.pending))
        elif row.pending and row.state is not CourseState.CANCELLED:
            counts.append(tr("%n still to come", "", row.pending))
        if row.late:
            counts.append(tr("%n late", "", row.late))
        days = "".join(
            f"<td align='center' style='white-space:nowrap'>"
            f"{MARKS[row.worst[d]] if d in row.worst else '–'}</td>" for d in DAY_KEYS)
        rows.append(
            "<tr>"
            f"<td><b>{when}</b><br/><span style='font-size:{small}pt'>"
            f"{_esc(render(row.regimen))}, {_esc(render(row.route))}</span></td>"
            f"<td>{state}</td>"
            f"<td>{'<br/>'.join(counts)}</td>{days}</tr>")
    return "".join(rows)


def _lab_rows(report: VisitReport) -> str:
    rows = []
    for line in report.labs:
        r = line.result
        note = ""
        if r.unreliable:
            note = "<b>" + _esc(translate_message(UNRELIABLE_MARK)) + "</b>"
            if line.note is not None:  # rule R22, explained once under the chart
                note += "&nbsp;*"
        count = str(r.cd4_count) if r.cd4_count is not None else "—"
        if r.unreliable and r.cd4_count is not None:
            count = f"({count})"
        rows.append(
            "<tr>"
            f"<td style='white-space:nowrap'>{_esc(_date(r.drawn_date))}</td>"
            f"<td align='right'>{count}</td>"
            f"<td align='right'>{_esc(translate_message(r.cd4_percent_text))}</td>"
            f"<td>{_esc(translate_message(r.viral_load_text))}</td>"
            f"<td>{note}</td></tr>")
    return "".join(rows)


def _reaction_text(reaction: OpenReaction) -> str:
    kind = translate_message(reaction.kind_label)
    if reaction.size_cm is not None:
        kind = tr("{kind}, {size} cm").format(
            kind=kind, size=translate_message(format_number(reaction.size_cm)))
    return tr("{site}: {kind}, since {date}").format(
        site=translate_message(reaction.site_label), kind=kind, date=_date(reaction.since))


def _html(report: VisitReport, base_pt: float, chart_width: float, chart_height: float) -> str:
    small, big, title = base_pt * 0.9, base_pt * 1.2, base_pt * 1.5
    h2 = f"font-size:{big}pt; font-weight:bold; margin-top:{base_pt * 0.8}pt; margin-bottom:2pt"
    table = ("width='100%' border='1' cellspacing='0' cellpadding='2' "
             "style='border-collapse:collapse; border-color:#000; border-style:solid'")
    th = "style='font-weight:bold'"
    who = ""
    if report.patient_name:
        who = f"<b>{_esc(report.patient_name)}</b> · "
    made = tr("made on {date}").format(date=_esc(date_text(report.made_on, LONG_DAY)))
    period = tr("Period: {first} to {last}").format(first=_esc(_date(report.period.first)),
                                                     last=_esc(_date(report.period.last)))
    next_course = ""
    if report.next_course is not None:
        next_course = f"<br/>{_esc(render(report.next_course))}"

    # Courses
    t_courses = tr("Courses")
    if report.courses:
        day_heads = "".join(
            f"<td style='font-weight:bold; white-space:nowrap' align='center' "
            f"width='{7 if d == AFTER else 4}%'>"
            + (tr("After") if d == AFTER else tr("D{number}").format(number=d)) + "</td>"
            for d in DAY_KEYS)
        t_dates = tr("Dates and regimen")
        t_state = tr("State")
        t_injections = tr("Injections")
        legend = tr("Worst side effect noted on each course day (D1 to D5) and after: "
                    "● mild, ●● moderate, ●●● severe, – none.")
        courses = (f"<table {table}><thead><tr><td {th} width='40%'>{t_dates}</td>"
                   f"<td {th} width='17%'>{t_state}</td>"
                   f"<td {th} width='16%'>{t_injections}</td>{day_heads}</tr></thead>"
                   f"{_course_rows(report, small)}</table>"
                   f"<p style='font-size:{small}pt; margin:0'>{legend}</p>")
    else:
        courses = "<p style='margin:0'>" + tr("No course in this period.") + "</p>"

    # Labs
    t_labs = tr("Blood work")
    if report.labs:
        t_date = tr("Drawn")
        t_cd4 = tr("CD4 cells/µL")
        t_percent = tr("CD4 %")
        t_vl = tr("Viral load")
        t_note = tr("Note")
        unreliable = tr("Results drawn from the first injection of a course until 4 weeks "
                        "after its last injection are marked unreliable: the chart shows "
                        "them hollow and leaves them out of the line.")
        # Qt sizes a document's images for a 96-dpi screen, and the document's units
        # are points (72 a inch): 4/3 of the size in points fills the width on paper.
        burst = ""
        notes = [line.note for line in report.labs if line.note is not None]
        if notes:  # rule R22: the same explanation for each such result
            burst = "<br/>* " + _esc(render(notes[0]))
        labs = (f"<p style='margin:0'><img src='{CHART_URL.toString()}' "
                f"width='{chart_width * 4 / 3:.0f}' height='{chart_height * 4 / 3:.0f}'/></p>"
                f"<p style='font-size:{small}pt; margin:0'>{unreliable}{burst}</p>"
                f"<table {table}><thead><tr><td {th} width='15%'>{t_date}</td>"
                f"<td {th} width='14%' align='right'>{t_cd4}</td>"
                f"<td {th} width='9%' align='right'>{t_percent}</td>"
                f"<td {th} width='23%'>{t_vl}</td><td {th}>{t_note}</td></tr></thead>"
                f"{_lab_rows(report)}</table>")
    else:
        labs = "<p style='margin:0'>" + tr("No blood results in this period.") + "</p>"

    # Emergency signs, site reactions, pre-course answers
    t_signs = tr("Emergency signs, site reactions, before the next course")
    items = []
    for sign in report.emergencies:
        text = tr("<b>{date}: {sign}</b> (emergency sign).").format(
            date=_esc(_date(sign.when)), sign=_esc(render(sign.sign)))
        if sign.followed:
            text += " " + tr("What followed: {text}").format(text=_esc(sign.followed))
        items.append(text)
    if not report.emergencies:
        items.append(tr("No emergency sign logged in this period."))
    if report.reactions:
        items.append(tr("Site reactions still open: {list}.").format(
            list=_esc("; ".join(_reaction_text(r) for r in report.reactions))))
    else:
        items.append(tr("No injection-site reaction open."))
    if report.flags:  # rule R14
        items.append(tr("<b>Answered “yes” in the pre-course check:</b> {list}.").format(
            list=_esc(", ".join(render(f) for f in report.flags))))
    signs = "".join(f"<li>{item}</li>" for item in items)

    # To discuss
    t_discuss = tr("To discuss")
    questions = "".join(f"<li>{_esc(render(q))}</li>" for q in report.questions)
    own = ""
    if report.own_questions:
        t_mine = tr("My own questions:")
        own = (f"<p style='margin-top:2pt; margin-bottom:0'><b>{t_mine}</b></p><ol "
               "style='margin-top:0; margin-bottom:0'>"
               + "".join(f"<li>{_esc(q)}</li>" for q in report.own_questions) + "</ol>")
    t_title = tr("Visit report: IL-2 treatment")
    footer = tr("Made by il2desk from what the patient recorded. It changes nothing by "
                "itself: doses and dates are the doctor's decision.")
    return f"""
<html><body style="font-size:{base_pt}pt; color:#000">
<p style="font-size:{title}pt; font-weight:bold; margin:0">{t_title}</p>
<p style="margin-top:2pt; margin-bottom:0">{who}{made}<br/><b>{period}</b>{next_course}</p>
<p style="{h2}">{t_courses}</p>
{courses}
<p style="{h2}">{t_labs}</p>
{labs}
<p style="{h2}">{t_signs}</p>
<ul style="margin-top:0; margin-bottom:0">{signs}</ul>
<p style="{h2}">{t_discuss}</p>
<ul style="margin-top:0; margin-bottom:0">{questions}</ul>
{own}
<p style="font-size:{small}pt; margin-top:{base_pt}pt">{footer}</p>
</body></html>"""


def build_visit_report_document(report: VisitReport,
                                layout: QPageLayout | None = None) -> QTextDocument:
    """The report laid out for `layout`'s page (points as units, like the checklist).

    Largest type and chart first; smaller ones until it fits on one page, and if it
    cannot, the largest on as many pages as it needs. Needs a QGuiApplication.
    """
    page = layout or checklist_page_layout()
    paint_pt = page.paintRect(QPageLayout.Unit.Point).size()
    device = points_device()
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    # The chart's height matters most (readable at 100 % on paper), then the type's.
    attempts = [(pt, ch) for ch in (220.0, 190.0, 160.0) for pt in (10.0, 9.5, 9.0, 8.5)]
    attempts += [(8.0, 150.0)]

    def make(base_pt: float, chart_height: float) -> QTextDocument:
        doc = points_document(device, font, base_pt, paint_pt)
        if report.labs:
            chart_font = QFont(font)
            chart_font.setPointSizeF(8.5)
            doc.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL,
                            _chart_image(report, paint_pt.width() - 2, chart_height,
                                         chart_font))
        doc.setHtml(_html(report, base_pt, paint_pt.width() - 2, chart_height))
        return doc

    doc = None
    for base_pt, chart_height in attempts:
        doc = make(base_pt, chart_height)
        if doc.pageCount() == 1:
            break
    else:
        doc = make(*attempts[0])
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                           tr("Visit report, {date}").format(
                               date=date_text(report.made_on, LONG_DAY)))
    return doc


def write_visit_report_pdf(report: VisitReport, path: Path, *,
                           page_size: QPageSize | None = None) -> int:
    """Write the report as a PDF, whole or not at all (ExportProblem); its page count."""
    layout = checklist_page_layout(page_size)
    document = build_visit_report_document(report, layout)

    write_document_pdf(document, layout, path)  # whole or not at all (issue 21)
    return document.pageCount()

