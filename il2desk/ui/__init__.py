"""Qt widgets, views, wizards and dialogs. Only this layer imports QtWidgets."""
