"""The filters above the inbox, in two rows.

First row: search as you type, status with counts, criticism only, overdue follow-ups.
Second row: site, rating, language, category, assignee and date. A filter that narrows the
inbox is shown in bold with a clear button beside it; "Clear filters" resets them all.

What the bar shows is a ViewState: an InboxFilter plus two things a saved view must keep
relative rather than absolute ("Last 7 days" is not a fixed date; "Me" is whoever runs the
app). It becomes the store's InboxFilter only when the query runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repman.domain import Status, to_iso, utcnow
from repman.store import InboxFilter
from repman.ui import display
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating

SEARCH_DELAY_MS = 250
OPEN = (Status.NEW.value, Status.IN_PROGRESS.value)

# label, statuses; the counts are added to the label.
STATUS_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("FilterBar", "All"), ()),
    (QT_TRANSLATE_NOOP("FilterBar", "Open"), OPEN),
    (QT_TRANSLATE_NOOP("FilterBar", "New"), (Status.NEW.value,)),
    (QT_TRANSLATE_NOOP("FilterBar", "In progress"), (Status.IN_PROGRESS.value,)),
    (QT_TRANSLATE_NOOP("FilterBar", "Answered"), (Status.ANSWERED.value,)),
    (QT_TRANSLATE_NOOP("FilterBar", "Closed"), (Status.CLOSED.value,)),
    (QT_TRANSLATE_NOOP("FilterBar", "Ignored"), (Status.IGNORED.value,)),
)
DEFAULT_CHOICE = 1  # Open: what still needs an answer
RATINGS: tuple[tuple[str, tuple[int, int]], ...] = (
    ("1–2 ★", (1, 2)),
    ("1 ★", (1, 1)),
    ("3 ★", (3, 3)),
    ("4–5 ★", (4, 5)),
    ("5 ★", (5, 5)),
)
# key, label, days back (today counts as one); calendar days in local time, so the filter
# only moves at midnight.
PERIODS: tuple[tuple[str, str, int | None], ...] = (
    ("all", QT_TRANSLATE_NOOP("FilterBar", "All time"), None),
    ("today", QT_TRANSLATE_NOOP("FilterBar", "Today"), 1),
    ("7d", QT_TRANSLATE_NOOP("FilterBar", "Last 7 days"), 7),
    ("30d", QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"), 30),
)
ME = ("me",)  # the assignee choice "Me": never a real name (names are strings)
FIRST_CLASS_LANGUAGES = ("en", "ar", "ur", "el")


@dataclass(frozen=True)
class ViewState:
    """Everything the filter bar shows; since/until of `filter` are not used."""

    filter: InboxFilter = field(default_factory=lambda: InboxFilter(statuses=OPEN))
    period: str = "all"
    mine: bool = False  # assignee is the person running the app

    def to_filter(self, actor: str, now: datetime, tz: tzinfo | None = None) -> InboxFilter:
        return replace(
            self.filter,
            assignee=actor if self.mine else self.filter.assignee,
            since=period_since(self.period, now, tz),
            until=None,
        )


def period_since(period: str, now: datetime, tz: tzinfo | None = None) -> str | None:
    """Start of the period as stored UTC: local midnight `days - 1` days before today."""
    days = next((d for key, _label, d in PERIODS if key == period), None)
    if days is None:
        return None
    today = (now.astimezone(tz) if tz is not None else now.astimezone()).date()
    midnight = datetime.combine(today - timedelta(days=days - 1), time(0))
    # A naive local midnight: astimezone() reads the offset of that day (DST-safe).
    start = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return to_iso(start)


def language_name(code: str) -> str:
    name = QLocale.languageToString(QLocale(code).language())
    return code if name in ("C", "Default", "") else name


def category_label(category: str) -> str:
    text = category.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


class _Choice:
    """A combo box whose first entry means "no filter", and the button that clears it."""

    def __init__(self, parent: QWidget) -> None:
        self.combo = QComboBox(parent)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem("", None)
        self.clear = QToolButton(parent)
        self.clear.setAutoRaise(True)
        self.clear.setIcon(
            parent.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        policy = self.clear.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the row does not jump when it appears
        self.clear.setSizePolicy(policy)
        self.clear.clicked.connect(lambda: self.combo.setCurrentIndex(0))
        self.combo.currentIndexChanged.connect(self.show_active)
        self.show_active()

    def set_words(self, any_label: str, tip: str) -> None:
        self.combo.setItemText(0, any_label)
        self.combo.setToolTip(tip)
        clear = QCoreApplication.translate("FilterBar", "Clear: {filter}")
        self.clear.setToolTip(clear.format(filter=any_label.lower()))
        self.clear.setAccessibleName(self.clear.toolTip())

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any, label: str | None = None) -> None:
        index = self._find(value)
        if index < 0:  # e.g. a saved view names a site that has no items yet
            self.combo.addItem(label or str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def set_options(self, options: Sequence[tuple[str, Any]]) -> None:
        current, current_label = self.value(), self.combo.currentText()
        blocked = self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for label, value in options:
            self.combo.addItem(label, value)
        self.combo.blockSignals(blocked)
        self.set_value(current, current_label)

    def _find(self, value: Any) -> int:
        return next((i for i in range(self.combo.count()) if self.combo.itemData(i) == value), -1)

    def show_active(self) -> None:
        active = self.combo.currentIndex() > 0
        self.clear.setVisible(active)
        font = self.combo.font()
        font.setBold(active)
        self.combo.setFont(font)


class FilterBar(Retranslating, QWidget):
    filterChanged = Signal(object)  # InboxFilter

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._clock = clock
        self._last: InboxFilter | None = None
        self._counts: dict[str, int] | None = None
        self._people: list[str] = []
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.status = QComboBox(self)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, statuses in STATUS_CHOICES:
            self.status.addItem(label, statuses)
        self.status.setCurrentIndex(DEFAULT_CHOICE)
        self.criticism = QCheckBox(self)
        self.overdue = QCheckBox(self)
        self.site = _Choice(self)
        self.rating = _Choice(self)
        self.rating.set_options([(label, value) for label, value in RATINGS])
        self.language = _Choice(self)
        self.category = _Choice(self)
        self.assignee = _Choice(self)
        self.period = _Choice(self)
        self.choices = {
            "site": self.site,
            "rating": self.rating,
            "language": self.language,
            "category": self.category,
            "assignee": self.assignee,
            "period": self.period,
        }
        self.clear_all = QPushButton(self)
        self.clear_all.clicked.connect(self.reset)
        self.retranslate()
        self.set_languages([])

        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.status)
        first.addWidget(self.criticism)
        first.addWidget(self.overdue)
        second = QHBoxLayout()
        second.setSpacing(2)
        for choice in self.choices.values():
            second.addWidget(choice.combo)
            second.addWidget(choice.clear)
            second.addSpacing(6)
        second.addStretch(1)
        second.addWidget(self.clear_all)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 6, 6, 4)
        rows.setSpacing(4)
        rows.addLayout(first)
        rows.addLayout(second)

        # Search waits for a pause in typing, so each keystroke does not start a query.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.flush)
        self.status.currentIndexChanged.connect(self._emit)
        self.criticism.toggled.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        for choice in self.choices.values():
            choice.combo.currentIndexChanged.connect(self._emit)
        self._show_clear_all()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search reviews and authors (Ctrl+F)"))
        for row, (_label, statuses) in enumerate(STATUS_CHOICES):
            names = ", ".join(display.status_label(s) for s in statuses)
            every = self.tr("Items of every status")
            tip = (
                self.tr("Items that are: {statuses}").format(statuses=names) if statuses else every
            )
            self.status.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)
        self.set_counts(self._counts)
        self.criticism.setText(self.tr("Criticism only"))
        self.overdue.setText(self.tr("Overdue follow-ups"))
        self.overdue.setToolTip(self.tr("Items with a promised follow-up past its due time"))
        self.site.set_words(self.tr("Any site"), self.tr("Only items from this site"))
        self.rating.set_words(self.tr("Any rating"), self.tr("Only items with these stars"))
        self.language.set_words(self.tr("Any language"), self.tr("Only items in this language"))
        self.category.set_words(
            self.tr("Any category"), self.tr("Only items of this kind of complaint")
        )
        self.assignee.set_words(self.tr("Anyone"), self.tr("Only items assigned to this person"))
        self.period.set_words(self.tr(PERIODS[0][1]), self.tr("Only items written in this period"))
        periods = [(self.tr(label), key) for key, label, _days in PERIODS[1:]]
        self._quietly(lambda: self.period.set_options(periods))
        self.set_people(self._people)
        self.clear_all.setText(self.tr("Clear filters"))
        self.clear_all.setToolTip(self.tr("Back to all open items (Ctrl+Shift+L)"))

    # -- the choices offered ---------------------------------------------------------------
    def set_sources(self, sources: Sequence[tuple[int, str]]) -> None:
        self._quietly(
            lambda: self.site.set_options(
                [(display.clean_name(name), (sid,)) for sid, name in sources]
            )
        )

    def set_languages(self, codes: Sequence[str]) -> None:
        every = sorted(set(FIRST_CLASS_LANGUAGES) | set(codes), key=language_name)
        self._quietly(lambda: self.language.set_options([(language_name(c), (c,)) for c in every]))

    def set_categories(self, categories: Sequence[str]) -> None:
        options = [(category_label(c), (c,)) for c in sorted(set(categories))]
        self._quietly(lambda: self.category.set_options(options))

    def set_people(self, people: Sequence[str]) -> None:
        self._people = list(people)
        options: list[tuple[str, Any]] = [(self.tr("Unassigned"), "")]
        me = self.tr("Me ({name})").format(name=display.clean_name(self._actor))
        options.append((me if self._actor else self.tr("Me"), ME))
        options += [(display.clean_name(p), p) for p in sorted(set(people)) if p != self._actor]
        self._quietly(lambda: self.assignee.set_options(options))

    # -- the state -------------------------------------------------------------------------
    def state(self) -> ViewState:
        rating = self.rating.value() or (None, None)
        assignee = self.assignee.value()
        text = self.search.text().strip()
        f = InboxFilter(
            statuses=tuple(self.status.currentData() or ()),
            source_ids=self.site.value() or (),
            rating_min=rating[0],
            rating_max=rating[1],
            criticism=True if self.criticism.isChecked() else None,
            languages=self.language.value() or (),
            categories=self.category.value() or (),
            assignee=None if assignee == ME else assignee,
            search=text or None,
            overdue_followups=self.overdue.isChecked(),
        )
        return ViewState(f, self.period.value() or "all", assignee == ME)

    def set_state(self, state: ViewState) -> None:
        """Show a saved view: every control at once, one query."""
        self._quietly(lambda: self._apply(state))
        self._emit()

    def reset(self) -> None:
        self.set_state(ViewState())

    def current_filter(self) -> InboxFilter:
        return self.state().to_filter(self._actor, self._clock())

    def _apply(self, state: ViewState) -> None:
        f = state.filter
        count = self.status.count()
        index = next((i for i in range(count) if self.status.itemData(i) == f.statuses), -1)
        if index < 0:  # a saved view with a set of statuses the list does not have
            self.status.addItem(", ".join(f.statuses), f.statuses)
            index = self.status.count() - 1
        self.status.setCurrentIndex(index)
        self.criticism.setChecked(bool(f.criticism))
        self.overdue.setChecked(f.overdue_followups)
        self.search.setText(f.search or "")
        self._debounce.stop()
        self.site.set_value(
            f.source_ids or None,
            self.tr("Site {ids}").format(ids=", ".join(map(str, f.source_ids))),
        )
        rating = (f.rating_min, f.rating_max)
        self.rating.set_value(None if rating == (None, None) else rating, _rating_label(*rating))
        self.language.set_value(f.languages or None, ", ".join(map(language_name, f.languages)))
        self.category.set_value(f.categories or None, ", ".join(map(category_label, f.categories)))
        self.assignee.set_value(ME if state.mine else f.assignee, f.assignee or "")
        self.period.set_value(None if state.period == "all" else state.period, state.period)

    # -- reacting --------------------------------------------------------------------------
    def flush(self) -> None:
        """Apply a pending search now (Enter, or a test that does not want to wait)."""
        if self._debounce.isActive():
            self._debounce.stop()
        self._emit()

    def refresh_period(self) -> None:
        """Time moved on: a date filter moves at midnight."""
        if self._last is not None and self.current_filter() != self._last:
            self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_counts(self, counts: dict[str, int] | None) -> None:
        """Show how many items each status choice holds under the other filters (None: not
        counted yet)."""
        self._counts = counts
        for row, (label, statuses) in enumerate(STATUS_CHOICES):
            if counts is None:
                self.status.setItemText(row, self.tr(label))
                continue
            n = sum(counts.values()) if not statuses else sum(counts.get(s, 0) for s in statuses)
            self.status.setItemText(
                row, self.tr("{status} ({count})").format(status=self.tr(label), count=n)
            )

    def _quietly(self, change: Callable[[], None]) -> None:
        """Change controls without a query per control."""
        widgets = [self.status, self.criticism, self.overdue, self.search]
        widgets += [c.combo for c in self.choices.values()]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            change()
        finally:
            for widget, was in zip(widgets, blocked, strict=True):
                widget.blockSignals(was)
            for choice in self.choices.values():
                choice.show_active()
            self._show_clear_all()

    def _show_clear_all(self) -> None:
        self.clear_all.setEnabled(self.state() != ViewState())

    def _emit(self) -> None:
        self._show_clear_all()
        self._last = self.current_filter()
        self.filterChanged.emit(self._last)


def _rating_label(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return f"{low or 1}–{high or 5} ★" if low != high else f"{low} ★"
