"""The one shape of "this value cannot be used" that forms show beside a field."""

from __future__ import annotations


class FieldInputError(ValueError):
    """Input that cannot be used; str() is a plain-words message, `field` says where."""

    def __init__(self, message: str, *, field: str = "value") -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
