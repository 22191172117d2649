"""What a view may ask of the window that holds it, without knowing the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from il2desk.services.context import AppContext
    from il2desk.ui.prompter import Prompter


class ViewHost:
    """What a view may use of the window around it: the record and a few actions.

    A plain class, like AppContext, rather than a dataclass: it is the only dataclass
    the first window would need, and loading `dataclasses` and generating the class's
    methods took about 1.5 ms of every start (issue 11).
    """

    def __init__(self, *, ctx: AppContext, show_emergency: Callable[[], None],
                 go_to: Callable[[str], None], prompter: Prompter,
                 start_session: Callable[[int], None],
                 request_restart: Callable[[], None]) -> None:
        self.ctx = ctx
        self.show_emergency = show_emergency
        self.go_to = go_to
        self.prompter = prompter
        # Opens the guided injection session for a planned injection (issue 6).
        self.start_session = start_session
        # Close and reopen the window (after a restore, or to change language).
        self.request_restart = request_restart
