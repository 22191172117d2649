"""One module per main-window view."""
