"""Message values (issue 18 §2): the domain says a template and typed values; the ui
translates the template and formats each value for the locale. Nothing is parsed back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from il2desk.domain.texts import QT_TRANSLATE_NOOP, listing, message, sentences
from il2desk.services.translation import render

DOSE = QT_TRANSLATE_NOOP("domain", "{number} million units")


def test_english_without_qt_fills_values_with_rule_d4_and_long_dates():
    planned = message("Planned for {day} at {time}: {dose}.", day=dt.date(2026, 12, 5),
                      time=dt.time(8, 0), dose=message(DOSE, number=Decimal("4.50")))
    assert planned.english() == "Planned for Saturday 5 December 2026 at 08:00: 4.5 million units."
    assert str(planned) == planned.english()


def test_english_plural_forms_from_count():
    assert message("%n hour(s)", count=1).english() == "1 hour"
    assert message("%n hour(s)", count=3).english() == "3 hours"


def test_messages_are_values_that_compare_and_hash():
    one = message(DOSE, number=Decimal("4.5"))
    assert one == message(DOSE, number=Decimal("4.5"))
    assert one.value("number") == Decimal("4.5")
    assert len({one, message(DOSE, number=Decimal("4.5"))}) == 1


def test_joined_values_in_english():
    assert listing(["swelling", "redness"]).english() == "swelling, redness"
    assert sentences(message("One."), message("Two.")).english() == "One. Two."


@pytest.fixture()
def spanish(qapp):
    from il2desk.ui.i18n import install_translators

    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def test_rendered_in_spanish_with_the_locale_decimal_mark(spanish):
    assert render(message(DOSE, number=Decimal("4.5"))) == "4,5 millones de unidades"


def test_rendered_date_in_the_one_long_style(spanish):
    text = render(message("{day}", day=dt.date(2026, 12, 5)))
    assert text == "sábado 5 de diciembre de 2026"


def test_the_plural_count_is_no_value_of_the_template():
    # `count` picks the plural form and fills "%n"; a number shown as well has its own
    # name (tests/domain/test_plural_counts.py), never "{count}".
    assert message("%n of {total} done", count=2, total=5).english() == "2 of 5 done"
    with pytest.raises(KeyError):
        message("{count} left (%n)", count=3).english()


def test_nothing_takes_a_sentence_apart_or_reads_the_sources():
    # Issue 18 §2: the old way matched English sentences with regular expressions and
    # read the package's sources with `ast` at run time.
    import ast
    from pathlib import Path

    import il2desk.services.translation as translation

    tree = ast.parse(Path(translation.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree)
                if isinstance(node, (ast.Import, ast.ImportFrom)) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"re", "ast", "pathlib", "Path"}


def test_a_plain_marked_phrase_is_translated_as_it_is(spanish):
    from il2desk.services.translation import translate_message

    assert translate_message(QT_TRANSLATE_NOOP("domain", "undetectable")) != "undetectable"
    assert translate_message("Not a marked phrase, 4.5 million units.") == (
        "Not a marked phrase, 4.5 million units.")  # never taken apart
