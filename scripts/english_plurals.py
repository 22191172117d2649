"""Fill the English plural forms in il2desk_en.ts from each source's "(s)".

English is il2desk's source language; only its plurals need a translation file, and
their forms follow from the source: "%n hour(s)" → "%n hour" (one), "%n hours" (other).
Run by scripts/update-translations.sh after lupdate; entries already finished are kept,
and the file keeps lupdate's layout (only the unfinished entries are rewritten).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_MESSAGE = re.compile(r'<message numerus="yes">.*?</message>', re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_FORM = re.compile(r"<numerusform>.*?</numerusform>", re.DOTALL)


def _filled(match: re.Match[str]) -> str:
    block = match.group(0)
    if '<translation type="unfinished">' not in block:
        return block
    source = _SOURCE.search(block).group(1)  # (already XML-escaped: copied as it is)
    forms = iter((source.replace("(s)", ""), source.replace("(s)", "s")))
    block = _FORM.sub(lambda _m: f"<numerusform>{next(forms, '')}</numerusform>", block)
    return block.replace('<translation type="unfinished">', "<translation>")


def fill(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    ts.write_text(_MESSAGE.sub(_filled, text), encoding="utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        fill(Path(name))
