"""The domain's plural templates, where Qt's `lupdate` can see that they are plurals.

`lupdate` marks a message as a plural (numerus forms: "1 hour", "2 hours") only where
it sees `self.tr(text, "", n)`; a `QT_TRANSLATE_NOOP("domain", "%n hour(s)")` at the
call site is filed as a plain message. This class, named after the context, lists every
domain template with "%n" that way, and scripts/update-translations.sh hands this file
to `lupdate` first, so the plural entry wins. tests/domain/test_plurals.py checks that
every "%n" template the domain marks is listed here. Never called at run time.
"""

from __future__ import annotations


class domain:  # noqa: N801 - lupdate takes the context from the class name
    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return text

    def templates(self, n: int = 2) -> tuple[str, ...]:
        return (
            self.tr("Please leave at least %n hour(s) between the morning and the evening "
                    "injection.", "", n),
            self.tr("%n day(s)", "", n),
            self.tr("%n week(s)", "", n),
            self.tr("%n injection(s)", "", n),
        )
