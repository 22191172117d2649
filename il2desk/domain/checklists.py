"""What to check and arrange before a course, the same lists in every front end (the
wizard, the Today page, the printed checklist): the pre-course questions (rule R14)
and the support checklist (rules R8, R10, R11, R16).
"""

from __future__ import annotations

from dataclasses import dataclass

from il2desk.domain.course import Course
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, message

__all__ = [
    "PRECHECKS",
    "PRECHECK_ADVICE",
    "PROTEASE_CAUTION",
    "PROTEASE_CAUTION_SETTING",
    "SUPPORT_ITEMS",
    "CheckItem",
    "open_support_items",
]


@dataclass(frozen=True, slots=True)
class CheckItem:
    """One question or one thing to arrange, with its advice and its short form."""

    key: str
    text: Message
    advice: Message | None = None
    short: Message | None = None  # a few words for the printed checklist ("heart disease")


# rule R14: each "yes" is flagged with "discuss with your doctor before starting".
PRECHECKS: tuple[CheckItem, ...] = (
    CheckItem("infection", message(QT_TRANSLATE_NOOP(
        "domain", "Do you have an infection right now (for example a cold with "
        "fever, flu, or an infection being treated)?")),
        message(QT_TRANSLATE_NOOP(
            "domain", "With an active infection the course is usually delayed until it is "
            "over.")),
        short=message(QT_TRANSLATE_NOOP("domain", "an infection now"))),
    CheckItem("viral_load", message(QT_TRANSLATE_NOOP(
        "domain", "Is your viral load high, or has it been going up?")),
              short=message(QT_TRANSLATE_NOOP("domain", "viral load high or rising"))),
    CheckItem("blood_pressure",
              message(QT_TRANSLATE_NOOP("domain", "Do you take medicine for blood pressure?")),
              message(QT_TRANSLATE_NOOP(
                  "domain", "Interleukin-2 can lower blood pressure a lot during a course.")),
              short=message(QT_TRANSLATE_NOOP("domain", "blood-pressure medicine"))),
    CheckItem("heart", message(QT_TRANSLATE_NOOP("domain", "Do you have heart disease?")),
              short=message(QT_TRANSLATE_NOOP("domain", "heart disease"))),
    CheckItem("lung", message(QT_TRANSLATE_NOOP("domain", "Do you have lung disease?")),
              short=message(QT_TRANSLATE_NOOP("domain", "lung disease"))),
    CheckItem("autoimmune",
              message(QT_TRANSLATE_NOOP("domain", "Do you have an autoimmune disease?")),
              short=message(QT_TRANSLATE_NOOP("domain", "autoimmune disease"))),
    CheckItem("thyroid", message(QT_TRANSLATE_NOOP("domain", "Do you have thyroid disease?")),
              short=message(QT_TRANSLATE_NOOP("domain", "thyroid disease"))),
    CheckItem("diabetes", message(QT_TRANSLATE_NOOP("domain", "Do you have diabetes?")),
              short=message(QT_TRANSLATE_NOOP("domain", "diabetes"))),
    CheckItem("pregnancy",
              message(QT_TRANSLATE_NOOP("domain", "Are you pregnant, or could you be?")),
              message(QT_TRANSLATE_NOOP(
                  "domain", "Interleukin-2 must be stopped during pregnancy.")),
              short=message(QT_TRANSLATE_NOOP("domain", "pregnancy"))),
    # rule R20 (issue 19): the other treatment goes on during the courses.
    CheckItem("other_treatment", message(QT_TRANSLATE_NOOP(
        "domain", "Have you stopped your anti-HIV medicines or your medicine that prevents "
        "infections (such as PCP), or are you thinking of stopping them?")),
        message(QT_TRANSLATE_NOOP(
            "domain", "Anti-HIV therapy goes on during interleukin-2, and the medicine that "
            "prevents infections is not stopped because counts rose, unless your doctor "
            "says so.")),
        short=message(QT_TRANSLATE_NOOP("domain", "anti-HIV or preventive medicine stopped"))),
)
PRECHECK_ADVICE = message(QT_TRANSLATE_NOOP(
    "domain", "Please discuss this with your doctor before starting."))

# rules R10 (support), R11 (sharps), R8 (pre-treatment), R16 (blood work).
SUPPORT_ITEMS: tuple[CheckItem, ...] = (
    CheckItem("company", message(QT_TRANSLATE_NOOP(
        "domain", "Someone stays overnight, or a friend checks in on me regularly"))),
    CheckItem("childcare", message(QT_TRANSLATE_NOOP(
        "domain", "Childcare is arranged (or not needed)"))),
    CheckItem("doctor_number", message(QT_TRANSLATE_NOOP(
        "domain", "I have my doctor's emergency number"))),
    CheckItem("sharps", message(QT_TRANSLATE_NOOP(
        "domain", "I have a sharps container for used syringes"))),
    CheckItem("pretreatment", message(QT_TRANSLATE_NOOP(
        "domain", "I have an antihistamine and ibuprofen at home"))),
    # rule R9 (issue 19): the ice before and after each injection
    CheckItem("ice_packs", message(QT_TRANSLATE_NOOP("domain", "I have ice packs in the freezer"))),
    CheckItem("blood_work", message(QT_TRANSLATE_NOOP("domain", "My blood test is booked"))),
)

# rule R8: shown once, then remembered in the settings under this key.
PROTEASE_CAUTION = message(QT_TRANSLATE_NOOP(
    "domain",
    "Some antihistamines do not mix well with HIV protease inhibitors. Ask your doctor "
    "or pharmacist which antihistamine is right for you."))
PROTEASE_CAUTION_SETTING = "r8_protease_caution_shown"


def open_support_items(course: Course) -> list[CheckItem]:
    """Support checklist items the user has not ticked yet (rule R10)."""
    return [item for item in SUPPORT_ITEMS if not course.plan.support.get(item.key, False)]
