"""The one shape of "this value cannot be used" that forms show beside a field."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from il2desk.domain.texts import Joined, Message


class FieldInputError(ValueError):
    """Input that cannot be used: `message` says why in plain words (a message value, or
    still a sentence where a module has not moved to values yet), `field` says where;
    str() is the English text."""

    def __init__(self, message: str | Message | Joined, *, field: str = "value") -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return str(self.message)
