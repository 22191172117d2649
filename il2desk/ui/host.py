"""What a view may ask of the window that holds it, without knowing the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from il2desk.services.context import AppContext
    from il2desk.ui.prompter import Prompter


@dataclass(kw_only=True, eq=False)
class ViewHost:
    """What a view may use of the window around it: the record and a few actions.

    Not a record: one per window, compared by identity, and tests may swap an action."""

    ctx: AppContext
    show_emergency: Callable[[], None]
    go_to: Callable[[str], None]
    prompter: Prompter
    # Opens the guided injection session for a planned injection (issue 6).
    start_session: Callable[[int], None]
    # Close and reopen the window (after a restore, or to change language).
    request_restart: Callable[[], None]
