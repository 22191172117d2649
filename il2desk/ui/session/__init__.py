"""The guided injection session: one wizard, one page per module."""
