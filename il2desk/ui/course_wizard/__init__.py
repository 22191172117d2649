"""The course wizard (issue 4): one page per module, assembled in wizard.py.

Nothing is imported here, so opening the wizard's package does not load every page of
the wizard (start-up speed, issue 11).
"""
