"""The course wizard (issue 4): one page per module, assembled in wizard.py.

Nothing is imported here, so a view that needs only a date helper from `common` does
not load every page of the wizard (start-up speed, issue 11).
"""
