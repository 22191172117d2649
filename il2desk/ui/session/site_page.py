"""Step 2 (rule R12): choose the injection site on the body map.

The suggested site is chosen to start with; picking a site with an open reaction asks
for confirmation first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.rotation import explain, site_state, suggest_site
from il2desk.domain.sites import site_label, sites_in_areas
from il2desk.ui.body_map import BodyMap
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.page import SessionPage
from il2desk.ui.widgets import FieldError, heading, paragraph


class SitePage(SessionPage):
    def __init__(self, host: ViewHost, draft: SessionDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, draft, parent)
        self.title = self.tr("Choose the site")
        layout = QHBoxLayout(self)
        self.body_map = BodyMap()
        self.body_map.siteActivated.connect(self.choose)
        layout.addWidget(self.body_map, 3)
        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Where will you inject?"), level=2))
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosenSite")
        self.chosen_label.setWordWrap(True)
        font = self.chosen_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.chosen_label.setFont(font)
        side.addWidget(self.chosen_label)
        self.error = FieldError()
        side.addWidget(self.error)
        side.addWidget(paragraph(self.tr(
            "The suggested site (★) has rested longest and has no open reaction. You may "
            "choose another: click it, or use Tab and the arrow keys, then Enter.")))
        self.reasons = paragraph("")
        self.reasons.setObjectName("siteReasons")
        side.addWidget(self.reasons)
        side.addStretch(1)
        # The reasons scroll when the window is short for them (extra large text).
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_scroll = QScrollArea()
        side_scroll.setObjectName("siteReasonsScroll")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_panel)
        layout.addWidget(side_scroll, 2)
        self.suggestion = None
        self.open_reactions: dict[str, list[str]] = {}

    def enter(self) -> None:
        ctx = self.host.ctx
        prefs = ctx.settings.current
        enabled = sites_in_areas(prefs.enabled_areas)
        self.open_reactions = ctx.reactions.open_by_site()
        self.suggestion = suggest_site(enabled, ctx.course_service.site_history(),
                                       self.open_reactions, prefs.avoid_recent_sites)
        now = self.now_utc()
        sentences = {c: translate_message(explain(c, self.suggestion, now, self.open_reactions))
                     for c in enabled}
        details = {c: translate_message(site_state(c, self.suggestion, now,
                                                   self.open_reactions)) for c in enabled}
        self.body_map.set_state(enabled=enabled, suggested=self.suggestion.site_code,
                                reactions=self.open_reactions, details=details)
        self.reasons.setText("<br>".join(
            "• " + sentences[c] for c in enabled))
        if self.draft.site_code is None and self.suggestion.site_code:
            self.draft.site_code = self.suggestion.site_code
        self._show_choice()

    def choose(self, code: str) -> None:
        if code in self.open_reactions and code != self.draft.site_code:
            use_it = self.host.prompter.confirm(
                self, self.tr("This site has an open reaction"),
                self.tr("{0} still has a reaction that has not healed. Injecting there "
                        "again can make it worse. Use this site anyway?").format(
                            translate_message(site_label(code))),
                yes=self.tr("Use this site"), no=self.tr("Choose another"))
            if not use_it:
                return
        self.draft.site_code = code
        self.error.clear_error()
        self._show_choice()

    def _show_choice(self) -> None:
        code = self.draft.site_code
        self.body_map.set_selected(code)
        if code is None:
            self.chosen_label.setText(self.tr("No site chosen yet."))
        else:
            self.chosen_label.setText(self.tr("Chosen: {0}").format(
                translate_message(site_label(code))))
        self.chosen_label.setAccessibleName(self.chosen_label.text())

    def commit(self) -> bool:
        if self.draft.site_code is None:
            self.error.show_error(self.tr("Please choose a site on the body map."))
            return False
        return True
