"""Services: what the app does with the stored record (may use QtCore, never widgets)."""
