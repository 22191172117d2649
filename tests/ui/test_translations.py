"""The Spanish translation is complete, and real widgets speak Spanish with it loaded.

The completeness check runs Qt's own extractor (pyside6-lupdate) over today's sources,
so a new `self.tr("…")` or `QT_TRANSLATE_NOOP("domain", "…")` without a Spanish text
fails here. Doses keep rule D4 in Spanish: "millones de unidades", never "UI".
"""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.translation_files import PLACEHOLDER, ROOT, SPANISH_TS, messages, tool


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], tuple[str, bool]]:
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "il2desk").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
                    "-ts", str(out)], check=True, cwd=ROOT, timeout=120)
    return messages(out)


def test_sources_have_strings_to_translate(extracted):
    assert len(extracted) > 500
    assert ("domain", "{number} million units") in extracted  # the D4 unit words


def test_every_source_string_is_in_the_spanish_ts_and_finished(extracted):
    spanish = messages(SPANISH_TS)
    missing = [key for key in extracted if key not in spanish]
    unfinished = [key for key in extracted if key in spanish and not spanish[key][1]]
    empty = [key for key in extracted if key in spanish and not spanish[key][0].strip()]
    assert not missing, f"not in il2desk_es.ts (run scripts/update-translations.sh): {missing}"
    assert not unfinished, f"unfinished in il2desk_es.ts: {unfinished}"
    assert not empty, f"empty translations: {empty}"


def test_placeholders_are_kept_in_spanish():
    wrong = [(context, source, text)
             for (context, source), (text, _done) in messages(SPANISH_TS).items()
             if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))]
    assert not wrong


def test_spanish_never_abbreviates_million_units():
    # rule D4: "UI"/"MUI" (unidades internacionales) are the error-prone abbreviations.
    for (_context, source), (text, _done) in messages(SPANISH_TS).items():
        if "million units" in source:
            assert "millones de unidades" in text, source
        assert not re.search(r"\b(UI|MUI|IU|MIU)\b", text), text


# -- the compiled translation in real widgets (the `spanish` fixture: conftest.py) --
def test_emergency_panel_in_spanish(qtbot, ctx, spanish):
    from il2desk.ui.emergency import make_emergency_button
    from il2desk.ui.emergency_panel import EmergencyPanel

    panel = EmergencyPanel(ctx.settings)
    qtbot.addWidget(panel)
    assert panel.windowTitle() == "Llama ahora a tu médico si…"
    signs = panel.findChild(QLabel, "emergencySigns").text()
    assert "Te falta el aire." in signs  # rule R13, from the domain's own list
    assert "short of breath" not in signs
    assert panel.number_label.text() == "Todavía no hay ningún número de urgencias guardado."
    button = make_emergency_button(lambda: None)
    qtbot.addWidget(button)
    assert button.text() == "⚠ Señales de alarma"


def test_settings_labels_and_a_refused_field_in_spanish(qtbot, ctx, spanish):
    from il2desk.ui.views.settings_view import SettingsView

    view = SettingsView(ctx.settings)
    qtbot.addWidget(view)
    view.show()
    texts = {label.text() for label in view.findChildren(QLabel)}
    assert "Ajustes" in texts
    assert "&Teléfono de urgencias:" in texts
    assert view.doctor_phone.accessibleName() == "Teléfono de urgencias"
    view.doctor_phone.setFocus()
    qtbot.keyClicks(view.doctor_phone, "llamar")
    qtbot.keyClick(view.doctor_phone, Qt.Key.Key_Return)
    # The domain's SettingError, translated beside the field; nothing stored.
    assert view.field_error("doctor_phone") == (
        "Un número de teléfono solo puede llevar cifras, espacios y + ( ) - . /")
    assert ctx.settings.current.doctor_phone == ""


def test_domain_sentence_with_values_translated_with_locale_decimal_mark(spanish):
    from il2desk.domain.dose_advice import check_dose_range
    from il2desk.ui.doses import format_dose_miu
    from il2desk.ui.i18n import translate_message

    assert format_dose_miu(Decimal("4.5")) == "4,5 millones de unidades"
    # rule R2: a likely typo, several sentences with a dose inside each.
    message = translate_message(check_dose_range(Decimal("45")).message)
    assert message.startswith("45 millones de unidades por inyección está muy por encima")
    assert "¿querías decir 4,5?" in message
    assert message.endswith("marca la casilla para confirmarlo.")
    assert "million" not in message


def test_dose_page_error_beside_the_field_in_spanish(qtbot, host, spanish):
    from il2desk.ui.course_wizard.wizard import CourseWizard

    wizard = CourseWizard(host)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Planificar un ciclo"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page is wizard.dose_page
    page = wizard.dose_page
    page.dose_edit.setFocus()
    qtbot.keyClicks(page.dose_edit, "abc")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page is page  # refused, stays
    # The example number takes the locale's decimal mark.
    assert page.error.message == "Escribe un número, por ejemplo 4,5."
    page.dose_edit.selectAll()
    qtbot.keyClicks(page.dose_edit, "4.5")
    assert "9 millones de unidades" in page.totals.text()  # rule D4, in Spanish


def test_english_sentences_come_back_unchanged_without_a_translation():
    from il2desk.domain.dose_advice import check_dose_range, suggest_reduction
    from il2desk.ui.i18n import translate_message

    for message in (check_dose_range(Decimal("45")).message,
                    check_dose_range(Decimal("2")).message,
                    suggest_reduction(Decimal("4.5")).text,
                    "Something the domain never said."):
        assert translate_message(message) == str(message)


def test_values_inside_sentences_are_translated_too(spanish):
    import datetime as dt

    from il2desk.domain.labs import judge_reliability
    from il2desk.domain.rotation import Suggestion, explain
    from il2desk.ui.i18n import translate_message

    # rule R16: the reason carries an English date; it comes out in Spanish.
    verdict = judge_reliability(dt.date(2026, 5, 11), [dt.date(2026, 4, 29)])
    reason = translate_message(verdict.reason.message())
    assert reason.startswith("Extraído 8 días después de la última inyección")
    assert "29 de abril de 2026" in reason
    # A site's state names its reactions: values inside the message, translated too.
    suggestion = Suggestion(site_code=None, recent=(), blocked=frozenset({"thigh-left"}),
                            last_used={})
    now = dt.datetime(2026, 5, 11, tzinfo=dt.UTC)
    said = explain("thigh-left", suggestion, now, {"thigh-left": ["swelling", "lump"]})
    assert translate_message(said) == (
        "Muslo izquierdo: reacción abierta: hinchazón, bulto (nódulo); fuera de la rotación "
        "hasta que la marques como curada; todavía sin usar")


def test_rule_s1_question_in_spanish(spanish):
    # issue 20: the S1 sentences live outside a class's self.tr; they must still be found
    import datetime as dt

    from il2desk.domain.booking import Booking, spacing_concern
    from il2desk.domain.regimen import Slot
    from il2desk.ui.session.inject_page import spacing_text, spacing_title

    class Evening:
        slot, day = Slot.EVENING, 1

    utc = dt.UTC
    booking = Booking(2, dt.datetime(2026, 11, 23, 19, tzinfo=utc),
                      dt.datetime(2026, 11, 23, 7, 13, tzinfo=utc))
    concern = spacing_concern(booking, [dt.datetime(2026, 11, 23, 7, 12, tzinfo=utc)])
    text = spacing_text(concern, Evening, "Europe/Paris")
    assert spacing_title(concern) == "¿Menos de 8 horas de separación?"
    assert "la inyección de la noche del día 1" in text
    assert "Registraste una inyección" in text and "injection" not in text
