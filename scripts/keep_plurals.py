"""Keep the plural forms of the .ts files across pyside6-lupdate (scripts/update-translations.sh).

lupdate's Python reader never marks a message as a plural (numerus), even for
`QCoreApplication.translate(context, "%n day(s)", None, n)`, and drops the plural forms
a translator wrote. This puts them back: `save TS STORE` before lupdate, `restore TS
STORE` after it. Every message whose source has `%n` becomes a plural; its forms come
from before, or are left empty (unfinished) for the translator. Only those messages'
lines change, so the file keeps lupdate's layout.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.DOTALL)
MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attributes>[^>]*)>(?P<body>.*?)</message>",
                     re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attributes>[^>]*?)(?:/>|>"
                         r"(?P<text>.*?)</translation>)", re.DOTALL)


def _plurals(text: str) -> dict[str, list[str]]:
    """context + NUL + source → the (escaped) plural forms written for it."""
    found: dict[str, list[str]] = {}
    for context in CONTEXT.finditer(text):
        for message in MESSAGE.finditer(context.group(2)):
            source = SOURCE.search(message.group("body"))
            forms = FORM.findall(message.group("body"))
            if source and forms and any(form.strip() for form in forms):
                found[f"{context.group(1)}\0{source.group(1)}"] = forms
    return found


def _plural_message(context: str, message: re.Match[str], saved: dict[str, list[str]]
                    ) -> str:
    body = message.group("body")
    source = SOURCE.search(body)
    if source is None or "%n" not in html.unescape(source.group(1)):
        return message.group(0)
    translation = TRANSLATION.search(body)
    if translation is None:
        return message.group(0)
    forms = saved.get(f"{context}\0{source.group(1)}") or FORM.findall(body)
    if not forms:
        forms = ["", ""]
    inner = translation.group("indent")
    finished = all(form.strip() for form in forms)
    state = "" if finished else ' type="unfinished"'
    lines = [f"{inner}<translation{state}>"]
    lines += [f"{inner}    <numerusform>{form}</numerusform>" for form in forms]
    lines.append(f"{inner}</translation>")
    new_body = body[:translation.start()] + "\n".join(lines) + body[translation.end():]
    attributes = message.group("attributes")
    if "numerus=" not in attributes:
        attributes += ' numerus="yes"'
    return f"{message.group('indent')}<message{attributes}>{new_body}</message>"


def restore(text: str, saved: dict[str, list[str]]) -> str:
    def context(match: re.Match[str]) -> str:
        name = match.group(1)
        messages = MESSAGE.sub(lambda m: _plural_message(name, m, saved), match.group(2))
        return f"<context>\n    <name>{name}</name>{messages}</context>"

    return CONTEXT.sub(context, text)


def main(argv: list[str]) -> int:
    action, ts, store = argv[1], Path(argv[2]), Path(argv[3])
    if action == "save":
        store.write_text(json.dumps(_plurals(ts.read_text(encoding="utf-8"))),
                         encoding="utf-8")
    else:
        saved = json.loads(store.read_text(encoding="utf-8"))
        ts.write_text(restore(ts.read_text(encoding="utf-8"), saved), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
