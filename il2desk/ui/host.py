"""What a view may ask of the window that holds it, without knowing the window."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from il2desk.services.context import AppContext
from il2desk.ui.prompter import Prompter


@dataclasses.dataclass
class ViewHost:
    """What a view may use of the window around it: the record and a few actions."""

    ctx: AppContext
    show_emergency: Callable[[], None]
    go_to: Callable[[str], None]
    prompter: Prompter
    # Opens the guided injection session for a planned injection (issue 6 fills it in).
    start_session: Callable[[int], None]
    # Close and reopen the window (after a restore, or to change language).
    request_restart: Callable[[], None]
