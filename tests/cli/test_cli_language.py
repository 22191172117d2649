"""The command line speaks the user's language (issue 18 §2): Settings' language, else
the system's (LANG), as the window does; exit codes and YYYY-MM-DD dates never change."""

from __future__ import annotations

import ast
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services.pdf_text import pdftotext
from tests.ui.translation_files import SPANISH_TS, messages, plural_forms

ROOT = Path(__file__).resolve().parents[2]
# The command reads the real wall clock, so the course is planned a month from today.
FUTURE = dt.date.today() + dt.timedelta(days=30)
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def il2desk(lang: str, data_dir: Path, *args: str, flags: tuple[str, ...] = ()
            ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env["LANG"] = lang
    return subprocess.run([sys.executable, *flags, "-m", "il2desk", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=env)


def plan(lang: str, data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return il2desk(lang, data_dir, "course", "new", "--start", FUTURE.isoformat(),
                   "--dose-miu", "4.5", "--tz", "Europe/Madrid", *extra)


def set_language(make_ctx, language: str) -> None:
    ctx = make_ctx()
    ctx.settings.update_field("language", language)
    ctx.db.close()


def test_a_spanish_system_gets_spanish(data_dir):
    result = plan("es_ES.UTF-8", data_dir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Ciclo 1 planificado" in out
    assert "4,5 millones de unidades por inyección (Europe/Madrid)" in out  # rule D4
    assert "Jeringas precargadas." in out and "Análisis de sangre:" in out
    first = next(line for line in out.splitlines() if line.startswith("   1."))
    # The day as the options take it back, the weekday and the time of day in Spanish.
    assert FUTURE.isoformat() in first and first.endswith("08:00 mañana")
    assert "Wed" not in out and "morning" not in out and "million" not in out
    listing = il2desk("es_ES.UTF-8", data_dir, "course", "list")
    assert listing.returncode == 0
    assert listing.stdout.startswith(f"1: {FUTURE.isoformat()} a ")  # what a script reads
    assert "0 de 10 puestas, 0 olvidadas" in listing.stdout


def test_an_english_or_c_system_gets_english_as_before(data_dir):
    result = plan("C.UTF-8", data_dir)
    assert result.returncode == 0, result.stderr
    assert "Planned course 1" in result.stdout
    assert "4.5 million units per injection" in result.stdout
    assert f"{FUTURE:%a %Y-%m-%d} 08:00 morning" in result.stdout


def test_settings_spanish_wins_over_a_c_system(make_ctx, data_dir):
    set_language(make_ctx, "es")
    assert il2desk("C", data_dir, "course", "list").stdout == "Todavía no hay ciclos.\n"
    result = plan("C", data_dir)
    assert "4,5 millones de unidades" in result.stdout


def test_settings_english_wins_over_a_spanish_system(make_ctx, data_dir):
    set_language(make_ctx, "en")
    assert il2desk("es_ES.UTF-8", data_dir, "course", "list").stdout == "No courses yet.\n"
    assert "4.5 million units" in plan("es_ES.UTF-8", data_dir).stdout


def test_plurals_in_both_languages(data_dir, tmp_path):
    once = ("--days", "1", "--per-day", "1", "--time", "09:00")
    assert "1 día de una inyección" in plan("es_ES.UTF-8", data_dir, *once).stdout
    twice = ("--days", "3", "--per-day", "2")
    assert "3 días de dos inyecciones" in plan("es_ES.UTF-8", tmp_path / "b", *twice).stdout
    assert "1 day of one injection" in plan("C", tmp_path / "c", *once).stdout
    assert "3 days of two injections" in plan("C", tmp_path / "d", *twice).stdout


def test_errors_in_spanish_keep_their_exit_code(data_dir):
    refused = il2desk("es_ES.UTF-8", data_dir, "course", "new", "--start", "2027-13-06",
                      "--dose-miu", "4.5")
    assert refused.returncode == 2  # argparse's own refusal
    assert refused.stderr.count("\n") == 1
    assert "«2027-13-06» no es una fecha" in refused.stderr
    assert refused.stderr.startswith("il2desk: argumento --start:")
    unusual = plan("es_ES.UTF-8", data_dir, "--dose-miu", "45")
    assert unusual.returncode == 2  # a domain check (rule R2), told as the option to add
    assert unusual.stderr.startswith("il2desk: Dosis: 45 millones de unidades")
    assert "añade --confirm-dose para confirmar" in unusual.stderr
    assert "tick the box" not in unusual.stderr and unusual.stdout == ""
    missing = il2desk("es_ES.UTF-8", data_dir, "course", "show", "7")
    assert missing.returncode == 2
    assert missing.stderr == ("il2desk: No hay ningún ciclo con el número 7; "
                              "`il2desk course list` los muestra.\n")


def test_help_in_spanish(data_dir):
    result = il2desk("es_ES.UTF-8", data_dir, "course", "new", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("uso: il2desk course new")
    assert "dosis por inyección en millones de unidades" in result.stdout
    assert "códigos de salida (todos los comandos):" in result.stdout


def test_checklist_and_calendar_from_the_command_line_in_spanish(data_dir, tmp_path):
    assert plan("es_ES.UTF-8", data_dir).returncode == 0
    pdf = tmp_path / "lista.pdf"
    result = il2desk("es_ES.UTF-8", data_dir, "checklist", "--course", "1", "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Lista del ciclo guardada en {pdf}\n"
    text = " ".join(pdftotext(pdf).split())
    assert "Lista del ciclo de IL-2" in text
    assert "4,5 millones de unidades por inyección" in text and "million" not in text
    ics = tmp_path / "ciclo.ics"
    result = il2desk("es_ES.UTF-8", data_dir, "export-ics", "--course", "1", str(ics))
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+ eventos de calendario guardados en .*ciclo\.ics\. El archivo "
                        r"contiene información de salud: guárdalo en privado\.\n", result.stdout)
    unfolded = ics.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "SUMMARY:Inyección de IL-2 — mañana (4\\,5 millones de unidades)" in unfolded


def test_english_loads_no_qt(data_dir):
    # Start-up speed: in English nothing of Qt is imported by a command that needs none.
    il2desk("C", data_dir, "course", "list")
    result = il2desk("C", data_dir, "course", "list", flags=("-X", "importtime"))
    assert result.returncode == 0
    assert "PySide6" not in result.stderr and "shiboken" not in result.stderr


# -- every sentence is in the Spanish translation -------------------------------------
def cli_sources() -> list[str]:
    """The English of every translate("cli", …) and QT_TRANSLATE_NOOP("cli", …)."""
    found = []
    for path in sorted((ROOT / "il2desk" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == "cli"):
                if len(node.args) == 4:  # a plural: lupdate sees it only with a plain name
                    assert isinstance(node.args[3], ast.Name), ast.unparse(node)
                if isinstance(node.args[1], ast.Constant):  # (else a marked one, by name)
                    found.append(node.args[1].value)
    return found


def test_every_cli_sentence_is_translated_into_spanish():
    sources = cli_sources()
    assert len(sources) > 150
    spanish = messages(SPANISH_TS)
    missing = [s for s in sources if not spanish.get(("cli", s), ("", False))[1]]
    assert missing == []


@pytest.mark.parametrize("key, forms", sorted(plural_forms(SPANISH_TS).items()))
def test_every_plural_form_keeps_the_count_and_the_fields(key, forms):
    _context, source = key
    fields = sorted(re.findall(r"\{\w*\}", source))
    assert len(forms) == 2  # Spanish: one, other
    for form in forms:
        # (A spin box's unit, " hour(s)", is a suffix after the number: no %n.)
        assert ("%n" in form) == ("%n" in source)
        assert sorted(re.findall(r"\{\w*\}", form)) == fields
