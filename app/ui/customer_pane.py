"""The customer pane: the glance card over the timeline and the details of one customer."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.core.operations import Change, Kind
from app.ui.glance_card import GlanceCard
from app.ui.profile_pane import ProfilePane
from app.ui.service import DataService
from app.ui.timeline_panel import TimelinePanel


class CustomerPane(QWidget):
    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        # Before the parts below connect theirs: a customer that is gone (an undone "add")
        # is closed before any part tries to read them again.
        service.changed.connect(self._close_if_gone)
        self.glance = GlanceCard(lambda: service.forms)
        self.profile = ProfilePane(service)
        self.glance.photo_choose.connect(self.profile.choose_photo)
        self.glance.photo_remove.connect(self.profile.remove_photo)
        self.timeline = TimelinePanel(service)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.profile, self.tr("Details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.glance)
        layout.addWidget(self.tabs, 1)
        self.glance.hide()
        service.changed.connect(self._refresh_glance)
        service.privacy.changed.connect(self.set_private)
        service.forms_changed.connect(self._write_again)

    @property
    def customer_id(self) -> int | None:
        return self.profile.customer_id

    def open_customer(self, customer_id: int) -> None:
        self.profile.show_customer(customer_id)
        self.timeline.set_customer(customer_id)
        self.glance.show_glance(self._service.glance(customer_id, self.profile.profile))
        self.glance.show()
        self._service.mark_opened(customer_id)

    def close_customer(self) -> None:
        self.profile.show_customer(None)
        self.timeline.set_customer(None)
        self.glance.hide()

    def _close_if_gone(self, change: Change) -> None:
        cid = self.profile.customer_id
        if (cid is not None and change.touches(cid) and change.any(Kind.LIST)
                and not self._service.rows([cid])):
            self.close_customer()

    def set_private(self, private: bool) -> None:
        self.glance.set_private(private)
        self.timeline.set_private(private)
        self.profile.set_private(private)

    def _write_again(self) -> None:
        """The shop's forms of dates and amounts changed: the open customer is shown in them."""
        if self.customer_id is not None:
            self.profile.show_customer(self.customer_id)
            self.glance.show_glance(self._service.glance(self.customer_id))
            self.timeline.view.viewport().update()

    def _refresh_glance(self, change: Change) -> None:
        cid = self.profile.customer_id
        if cid is not None and change.touches(cid):
            self.glance.show_glance(self._service.glance(cid))
