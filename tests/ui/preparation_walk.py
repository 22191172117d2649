"""Walk the syringe preparation wizard page by page, filling what each page needs, and
let a check look at every page on the way (shared by the keyboard, text-size and
accessibility tests)."""

from __future__ import annotations

from collections.abc import Callable

from il2desk.ui.syringe_wizard import PageId


def walk_preparation_pages(wizard, check: Callable[[PageId], None], *, limit: int = 16,
                           stop_at: PageId | None = None) -> int:
    """Calls check(page id) on each page, then fills it and goes on; returns the count.

    With `stop_at`, the walk ends on that page, before filling it (for a test that types
    into it)."""
    seen = 0
    for _ in range(limit):
        page = wizard.page
        if stop_at is not None and wizard.page_id == stop_at:
            break
        check(PageId(wizard.page_id))
        seen += 1
        if getattr(page, "confirm_box", None) is not None:
            page.confirm_box.setChecked(True)
        if wizard.page_id == PageId.STRENGTH:
            page.concentration_edit.setText("18")
            page.hours_spin.setValue(48)
            page.doses_spin.setValue(4)
        before = wizard.page_id
        wizard.next()
        if wizard.page_id == before:
            break
    return seen
