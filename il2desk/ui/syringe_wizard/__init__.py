"""The syringe preparation wizard (rule R11), one page per module."""

from il2desk.ui.syringe_wizard.state import PageId, PreparationResult
from il2desk.ui.syringe_wizard.wizard import SyringePreparationWizard

__all__ = ["PageId", "PreparationResult", "SyringePreparationWizard"]
