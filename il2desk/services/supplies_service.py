"""Supplies and mixed vials: what a course uses, what runs out, what a preparation used.

Per-injection use (a stated assumption the user can check against their own routine):
- vial path: 1 syringe, 2 alcohol swabs (the vial's stopper and the skin);
- pre-filled path: 0 syringes from the box (the medicine comes in its own syringe),
  1 alcohol swab (the skin);
- both: 2 pre-treatment pills (one antihistamine and one ibuprofen, rule R8).
"""

from __future__ import annotations

import dataclasses

from il2desk.domain.course import Course, CourseStatus, InjectionStatus, Preparation
from il2desk.domain.regimen import INJECTIONS_PER_COURSE
from il2desk.services.changes import ChangeNotifier
from il2desk.services.clock import Clock
from il2desk.storage.course_repo import CourseRepository
from il2desk.storage.database import Database
from il2desk.storage.supplies_repo import SuppliesRepository, SupplyItem
from il2desk.storage.vial_repo import NewVial, Vial, VialRepository

# The records this service speaks of, for the ui (which never imports storage).
__all__ = ["COUNTED_ITEMS", "CourseNeeds", "NewVial", "SharpsState", "Shortfall",
           "SuppliesService", "SupplyItem", "Vial", "needs_for"]

COUNTED_ITEMS: tuple[SupplyItem, ...] = (SupplyItem.SYRINGES, SupplyItem.SWABS, SupplyItem.PILLS)

PER_INJECTION: dict[Preparation, dict[SupplyItem, int]] = {
    Preparation.VIAL: {SupplyItem.SYRINGES: 1, SupplyItem.SWABS: 2, SupplyItem.PILLS: 2},
    Preparation.PREFILLED: {SupplyItem.SYRINGES: 0, SupplyItem.SWABS: 1, SupplyItem.PILLS: 2},
}

# What the preparation wizard itself uses up; the skin swab and the pills belong to the
# injection session (another module), which records them there.
USED_BY_PREPARATION: dict[Preparation, dict[SupplyItem, int]] = {
    Preparation.VIAL: {SupplyItem.SYRINGES: 1, SupplyItem.SWABS: 1},
    Preparation.PREFILLED: {},
}


@dataclasses.dataclass(frozen=True)
class Shortfall:
    item: SupplyItem
    needed: int
    have: int

    @property
    def missing(self) -> int:
        return self.needed - self.have


@dataclasses.dataclass(frozen=True)
class CourseNeeds:
    """What the next planned course (or a standard course of 10) needs, and what is short."""

    course: Course | None
    injections: int
    preparation: Preparation
    needed: dict[SupplyItem, int]
    shortfalls: list[Shortfall]


@dataclasses.dataclass(frozen=True)
class SharpsState:
    used: int
    capacity: int  # 0 = not said

    @property
    def full(self) -> bool:
        return self.capacity > 0 and self.used >= self.capacity


def needs_for(preparation: Preparation, injections: int) -> dict[SupplyItem, int]:
    per = PER_INJECTION[preparation]
    return {item: per[item] * injections for item in COUNTED_ITEMS}


class SuppliesService(ChangeNotifier):
    """Owns the supplies' and vials' writes; `changed` after each committed one."""

    def __init__(self, db: Database, clock: Clock, courses: CourseRepository) -> None:
        self._db = db
        self._clock = clock
        self._courses = courses
        self.vials = VialRepository(db)
        self.supplies = SuppliesRepository(db)

    # -- counts -------------------------------------------------------------------------
    def counts(self) -> dict[SupplyItem, int]:
        return self.supplies.counts()

    def set_count(self, item: SupplyItem, count: int) -> None:
        self.supplies.set(item, count)
        self.announce()

    def sharps(self) -> SharpsState:
        counts = self.supplies.counts()
        return SharpsState(counts[SupplyItem.SHARPS_USED], counts[SupplyItem.SHARPS_CAPACITY])

    def new_sharps_container(self) -> None:
        """The full container went for disposal; a new, empty one is in use."""
        self.supplies.set(SupplyItem.SHARPS_USED, 0)
        self.announce()

    # -- will a course run out? ---------------------------------------------------------
    def next_course(self) -> Course | None:
        """The planned course that starts first from today on (by start date)."""
        today = self._clock.now_utc().date()
        planned = [c for c in self._courses.list(statuses=(CourseStatus.PLANNED,))
                   if c.end_date >= today]
        return min(planned, key=lambda c: c.start_date) if planned else None

    def course_needs(self, preparation: Preparation | None = None) -> CourseNeeds:
        """Needs of the next planned course's remaining injections; without a planned
        course, of a standard course of 10 (rule R1) with `preparation` (default vial)."""
        course = self.next_course()
        if course is not None:
            injections = sum(1 for i in self._courses.injections(course.id)
                             if i.status is InjectionStatus.PLANNED)
            prep = course.plan.preparation
        else:
            injections = INJECTIONS_PER_COURSE
            prep = preparation or Preparation.VIAL
        needed = needs_for(prep, injections)
        counts = self.supplies.counts()
        shortfalls = [Shortfall(item, needed[item], counts[item])
                      for item in COUNTED_ITEMS if counts[item] < needed[item]]
        return CourseNeeds(course, injections, prep, needed, shortfalls)

    # -- vials (rule D5) ----------------------------------------------------------------
    def open_vials(self) -> list[Vial]:
        return self.vials.list()

    def is_expired(self, vial: Vial) -> bool:
        return vial.is_expired(self._clock.now_utc())

    def discard_vial(self, vial_id: int) -> None:
        self.vials.discard(vial_id)
        self.announce()

    # -- what one preparation used, in ONE transaction -----------------------------------
    def record_preparation(
        self,
        *,
        preparation: Preparation,
        new_vial: NewVial | None = None,
        vial_id: int | None = None,
        injection_id: int | None = None,
        sharps_done: bool = False,
    ) -> int | None:
        """Store a new vial (if mixed), one dose drawn from it, the supplies used, the
        syringe into the sharps container, and the vial on the injection. Returns the
        vial id (None on the pre-filled path)."""
        with self._db.transaction() as conn:
            if new_vial is not None:
                vial_id = self.vials.insert(conn, new_vial)
                self.supplies.add_in(conn, SupplyItem.VIALS, -1)  # one vial fewer unmixed
            if vial_id is not None:
                self.vials.add_draw(conn, vial_id)
            for item, used in USED_BY_PREPARATION[preparation].items():
                self.supplies.add_in(conn, item, -used)
            if sharps_done:
                self.supplies.add_in(conn, SupplyItem.SHARPS_USED, 1)
            if injection_id is not None:
                conn.execute(
                    "UPDATE injections SET vial_id = COALESCE(?, vial_id), "
                    "sharps_done = MAX(sharps_done, ?) WHERE id = ?",
                    (vial_id, int(sharps_done), injection_id))
        self.announce()
        return vial_id
