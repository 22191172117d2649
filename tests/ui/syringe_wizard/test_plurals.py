"""Plural forms through Qt's %n (issue 18 §2): "1 hour", "2 hours" — never "1 hours" —
in English (il2desk_en.qm holds the English forms) and in Spanish."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from il2desk.domain.course import Preparation
from il2desk.domain.regimen import validate_times
from il2desk.domain.texts import message
from il2desk.services.translation import render
from il2desk.ui.syringe_wizard import PageId, SyringePreparationWizard


def strength_hours(host, value: int) -> str:
    wizard = SyringePreparationWizard(host, preparation=Preparation.VIAL,
                                      dose_miu=Decimal("4.5"))
    spin = wizard.pages[PageId.STRENGTH - 1].hours_spin  # it said "1 hours"
    spin.setValue(value)
    text = spin.text()
    wizard.deleteLater()
    return text


def test_the_mixed_vial_hours_in_english(qtbot, host):
    assert strength_hours(host, 1) == "1 hour"
    assert strength_hours(host, 24) == "24 hours"


def test_the_mixed_vial_hours_in_spanish(qtbot, host, spanish):
    assert strength_hours(host, 1) == "1 hora"
    assert strength_hours(host, 24) == "24 horas"


def test_settings_recent_sites_follow_the_count(qtbot, ctx):
    from il2desk.ui.views.settings_view import SettingsView

    view = SettingsView(ctx.settings)
    qtbot.addWidget(view)
    view.avoid_recent.setValue(1)
    assert view.avoid_recent.text() == "1 site"
    view.avoid_recent.setValue(3)
    assert view.avoid_recent.text() == "3 sites"


def test_a_domain_plural_message_in_english_and_spanish(qtbot, spanish):
    [too_close] = validate_times(dt.time(8), dt.time(12))
    assert too_close.count == 8
    assert render(too_close) == ("Deja al menos 8 horas entre la inyección de la mañana y "
                                 "la de la noche, por favor.")
    one = message(too_close.template, count=1)
    assert render(one).startswith("Deja al menos 1 hora entre")


def test_a_domain_plural_message_in_english(qtbot):
    [too_close] = validate_times(dt.time(8), dt.time(12))
    assert render(too_close) == ("Please leave at least 8 hours between the morning and the "
                                 "evening injection.")
    assert render(message(too_close.template, count=1)).startswith(
        "Please leave at least 1 hour between")
    # Qt's own lookup gives the English forms from il2desk_en.qm, not "(s)".
    assert QCoreApplication.translate("domain", too_close.template, None, 1).startswith(
        "Please leave at least 1 hour between")


def test_every_domain_plural_is_listed_for_lupdate():
    import ast
    from pathlib import Path

    from il2desk.domain import plurals

    root = Path(plurals.__file__).resolve().parents[1]
    marked = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)
                    and node.args[0].value == "domain" and "%n" in node.args[1].value):
                marked.add(node.args[1].value)
    assert marked  # the check finds them
    assert marked == set(plurals.domain().templates())


def test_a_language_without_il2desk_text_still_gets_the_english_plurals(qtbot, qapp,
                                                                        english_plurals):
    from PySide6.QtCore import QLocale

    from il2desk.ui.i18n import install_translators

    before = QLocale()
    qapp.removeTranslator(english_plurals)  # (the tests' own: only the app's counts here)
    try:
        install_translators(qapp, "C")  # what Xvfb's bare environment gives
        assert QCoreApplication.translate("domain", "Please leave at least %n hour(s) between "
                                          "the morning and the evening injection.", None,
                                          1).startswith("Please leave at least 1 hour between")
    finally:
        install_translators(qapp, "en")
        qapp.installTranslator(english_plurals)
        QLocale.setDefault(before)


def test_the_visit_report_regimen_in_spanish(qtbot, spanish):
    from il2desk.domain.texts import QT_TRANSLATE_NOOP

    once = message(QT_TRANSLATE_NOOP("domain", "{days} × {injections} of {dose}"),
                   days=message(QT_TRANSLATE_NOOP("domain", "%n day(s)"), count=1),
                   injections=message(QT_TRANSLATE_NOOP("domain", "%n injection(s)"),
                                      count=1), dose=Decimal("4.5"))
    assert render(once).startswith("1 día × 1 inyección de 4,5")
