"""What the program says about a prescribed dose: rules R2 and R3.

R2 catches a likely typo (a dose far outside the usual range needs confirming) and
notes an unusual one; R3 offers one step down after a hard course, as a suggestion to
discuss with the doctor. Neither changes a dose by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from il2desk.domain.dose import DoseInputError, format_dose_miu
from il2desk.domain.regimen import (
    INJECTIONS_PER_DAY,
    LOWEST_USUAL_DAILY_MIU,
    REDUCTION_STEP_DAILY_MIU,
    TYPO_GUARD_MAX_MIU,
    TYPO_GUARD_MIN_MIU,
    USUAL_MAX_MIU,
    USUAL_MIN_MIU,
    daily_total_miu,
    plain_miu,
)
from il2desk.domain.texts import (
    QT_TRANSLATE_NOOP,
    Joined,
    Message,
    Value,
    message,
    sentences,
)

__all__ = ["TICK_TO_CONFIRM", "TOO_MANY_DECIMALS", "DoseRangeCheck", "DoseSuggestion",
           "check_dose_range", "format_dose_miu", "suggest_reduction"]

# Rule R2: the usual daily totals (2 × 4.5, 6, 7.5): typed as the dose per injection
# they double it, so they ask "per injection or per day?".
USUAL_DAILY_TOTALS_MIU = (Decimal(9), Decimal(12), Decimal(15))
MAX_DOSE_DECIMALS = 2  # issue 19: a prescription has at most two decimals
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "domain", "Please type the dose with at most two decimals, as on the prescription, "
    "for example {example}.")
# How the user confirms a dose rule R2 asks about, said at the end of the check's last
# sentence ("…, tick the box to confirm."): the window's tick box by default; the command
# line passes its own words ("add --confirm-dose to confirm"). Nobody edits the sentence.
TICK_TO_CONFIRM = message(QT_TRANSLATE_NOOP("domain", "tick the box to confirm"))


@dataclass(frozen=True)
class DoseRangeCheck:
    """Result of the rule R2 check on a per-injection dose."""

    needs_confirmation: bool  # outside 0.5–10: refuse unless the user confirms
    message: Message | Joined | None
    outside_usual: bool  # outside 4.5–7.5


def _decimal_slip_guess(dose: Decimal) -> Decimal | None:
    """The dose with its decimal point moved so it lands in the usual range, if any.

    A slipped decimal point (45 for 4.5, 0.06 for 6) is the typo rule R2 guards against.
    """
    for places in (1, -1, 2, -2, 3, -3):
        guess = dose.scaleb(-places)
        if USUAL_MIN_MIU <= guess <= USUAL_MAX_MIU:
            return plain_miu(guess)
    return None


def check_dose_range(dose_miu: Decimal, confirm: Value = TICK_TO_CONFIRM) -> DoseRangeCheck:
    """Rule R2: a likely typo needs confirmation; an unusual dose gets a note.

    `confirm` says how to confirm (the window's tick box, the command line's option).
    """
    dose = Decimal(dose_miu)
    if not dose.is_finite() or dose <= 0:
        raise DoseInputError(
            message(QT_TRANSLATE_NOOP("domain", "The dose must be more than zero.")),
            field="dose_miu")
    if dose.normalize().as_tuple().exponent < -MAX_DOSE_DECIMALS:
        # issue 19: 4.55555… is no prescription; say so instead of echoing it back.
        raise DoseInputError(message(TOO_MANY_DECIMALS, example=Decimal("4.5")),
                             field="dose_miu")
    shown = format_dose_miu(dose)
    # Rule R2: the commonest mix-up is a daily total typed as the dose per injection.
    per_day_question = message(QT_TRANSLATE_NOOP(
        "domain", "Is {dose} the dose per injection or per day?"), dose=shown)
    looks_daily = dose > USUAL_MAX_MIU or dose in USUAL_DAILY_TOTALS_MIU
    usual = message(QT_TRANSLATE_NOOP("domain", "{low} to {high}"),
                    low=USUAL_MIN_MIU, high=format_dose_miu(USUAL_MAX_MIU))
    confirm_sentence = message(QT_TRANSLATE_NOOP(
        "domain", "If this really is what your doctor prescribed, {confirm}."), confirm=confirm)
    if dose > TYPO_GUARD_MAX_MIU or dose < TYPO_GUARD_MIN_MIU:
        if dose > TYPO_GUARD_MAX_MIU:
            far = QT_TRANSLATE_NOOP("domain", "{dose} per injection is far above the usual range.")
        else:
            far = QT_TRANSLATE_NOOP("domain", "{dose} per injection is far below the usual range.")
        parts: list[Message] = [message(far, dose=shown)]
        if looks_daily and USUAL_MIN_MIU <= dose / INJECTIONS_PER_DAY <= USUAL_MAX_MIU:
            parts.append(per_day_question)  # 12 or 15: a daily total, most likely
        guess = _decimal_slip_guess(dose)
        if guess is not None:
            parts.append(message(QT_TRANSLATE_NOOP(
                "domain", "Check the prescription: did you mean {number}?"), number=guess))
        else:
            parts.append(message(QT_TRANSLATE_NOOP("domain", "Check the prescription.")))
        half = dose / INJECTIONS_PER_DAY
        if dose > TYPO_GUARD_MAX_MIU and USUAL_MIN_MIU <= half <= USUAL_MAX_MIU:
            # A daily total typed where the per-injection dose belongs is a likely slip.
            parts.append(message(QT_TRANSLATE_NOOP(
                "domain", "If that is the amount for the whole day, each injection is half "
                "of it: {dose}."), dose=format_dose_miu(half)))
        parts.append(confirm_sentence)
        return DoseRangeCheck(needs_confirmation=True, message=sentences(*parts),
                              outside_usual=True)
    if looks_daily:  # above 7.5 (within the typo guard): per injection or per day?
        half = dose / INJECTIONS_PER_DAY
        said = sentences(per_day_question, message(QT_TRANSLATE_NOOP(
            "domain", "The usual dose per injection is {usual}. If {dose} is for the whole "
            "day, each injection is half of it: {half}."),
            usual=usual, dose=shown, half=format_dose_miu(half)),
            message(QT_TRANSLATE_NOOP("domain", "If it really is the dose per injection your "
                                      "doctor prescribed, {confirm}."), confirm=confirm))
        return DoseRangeCheck(needs_confirmation=True, message=said, outside_usual=True)
    if dose < USUAL_MIN_MIU or dose > USUAL_MAX_MIU:
        note = message(QT_TRANSLATE_NOOP(
            "domain", "{dose} per injection is outside the usual range of {usual}. That can be "
            "right, for example after the dose was lowered. Please check it against your "
            "prescription."), dose=shown, usual=usual)
        return DoseRangeCheck(needs_confirmation=False, message=note, outside_usual=True)
    return DoseRangeCheck(needs_confirmation=False, message=None, outside_usual=False)


@dataclass(frozen=True)
class DoseSuggestion:
    """One step down after a course that was hard to tolerate (rule R3)."""

    daily_miu: Decimal
    per_injection_miu: Decimal
    text: Joined  # its last sentence: "Nothing changes until you discuss with your doctor."
    below_usual: bool  # below 9 million units a day


def suggest_reduction(current_per_injection_miu: Decimal) -> DoseSuggestion | None:
    """Rule R3: exactly one step of 3 million units a day down, as a suggestion.

    15 → 12 → 9 a day (7.5 → 6 → 4.5 per injection). A step below 9 a day is still
    offered, with the text saying plainly that it goes below the usual lowest dose.
    None when the step would leave nothing (≤ 0).
    """
    current = Decimal(current_per_injection_miu)
    if not current.is_finite() or current <= 0:
        raise DoseInputError(
            message(QT_TRANSLATE_NOOP("domain", "The dose must be more than zero.")),
            field="dose_miu")
    current_daily = daily_total_miu(current)
    daily = plain_miu(current_daily - REDUCTION_STEP_DAILY_MIU)
    if daily <= 0:
        return None
    per_injection = plain_miu(daily / INJECTIONS_PER_DAY)
    below_usual = daily < LOWEST_USUAL_DAILY_MIU

    def amounts(day_total: Decimal, each: Decimal) -> Message:
        return message(QT_TRANSLATE_NOOP("domain", "{daily} a day ({each} per injection)"),
                       daily=format_dose_miu(day_total), each=format_dose_miu(each))

    said = [
        message(QT_TRANSLATE_NOOP(
            "domain", "The last course was hard to tolerate. You could ask about lowering the "
            "dose by one step, from {current} to {lower}."),
            current=amounts(current_daily, current), lower=amounts(daily, per_injection)),
    ]
    if below_usual:
        lowest_each = LOWEST_USUAL_DAILY_MIU / INJECTIONS_PER_DAY
        said.append(message(QT_TRANSLATE_NOOP(
            "domain", "This would go below the usual lowest dose of {dose}."),
            dose=amounts(LOWEST_USUAL_DAILY_MIU, lowest_each)))
    said.append(message(QT_TRANSLATE_NOOP(
        "domain", "Lowering the dose does not cause drug resistance.")))
    said.append(message(QT_TRANSLATE_NOOP(
        "domain", "Nothing changes until you discuss with your doctor.")))
    return DoseSuggestion(
        daily_miu=daily,
        per_injection_miu=per_injection,
        text=sentences(*said),
        below_usual=below_usual,
    )
