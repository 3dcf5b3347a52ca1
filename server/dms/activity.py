# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Random legal activity by real users of each unit (drive_activity, serve.py --activity).

Each action goes through dms.services, the code path of the REST views, so
model signals, audit entries and broadcasts happen exactly as for REST calls.
"""
import asyncio
import logging
import random
import time

from asgiref.sync import sync_to_async
from django.db import close_old_connections, connection
from rest_framework.exceptions import APIException

from . import services
from .models import (
    REQUEST_MODELS,
    Crate,
    CrateStatus,
    RequestStatus,
    Role,
    StorageLocation,
    TransferRequest,
    Unit,
    User,
)

log = logging.getLogger("dms.activity")


class Driver:
    def __init__(self, seed=None, password="dms-demo"):
        self.rng = random.Random(seed)
        self.password = password
        self.verified = {}

    def _user(self, unit_id, roles):
        users = list(User.objects.filter(unit_id=unit_id, role__in=roles, is_active=True).order_by("id"))
        if not users:
            return None
        user = self.rng.choice(users)
        return user if self._knows(user) else None

    def _knows(self, user):
        """Only users whose password is the demo password act (checked once per user)."""
        key = (user.pk, user.password)
        if key not in self.verified:
            self.verified[key] = user.check_password(self.password)
        return self.verified[key]

    def _pick(self, qs):
        n = qs.count()
        if not n:
            return None
        return qs.order_by("id")[self.rng.randrange(n)]

    def step(self):
        """Perform one random legal action; returns a one-line description or None."""
        # a connection that broke or outlived CONN_MAX_AGE (PostgreSQL) is replaced between
        # steps; never inside a transaction the caller holds (a test's): Django would close
        # it there, as its autocommit differs from the setting's
        if not connection.in_atomic_block:
            close_old_connections()
        units = list(Unit.objects.order_by("id").values_list("id", flat=True))
        if not units:
            return None
        for _ in range(8):
            unit_id = self.rng.choice(units)
            choice = self.rng.choices(
                ["approve", "reject", "send-back", "allocate", "issue", "return", "edit", "create", "relocate"],
                weights=[6, 1, 1, 3, 4, 4, 2, 4, 3])[0]
            try:
                line = self._do(unit_id, choice, units)
            except APIException as e:  # a race with another actor; try something else
                line = None
                log.info("activity %s in unit %s refused: %s", choice, unit_id, e.detail)
            if line:
                return line
        return None

    def _kind(self, units):
        kinds = ["withdrawal", "destruction"] + (["transfer"] if len(units) > 1 else [])
        return self.rng.choice(kinds)

    def _do(self, unit_id, choice, units):
        kind = self._kind(units)
        model = REQUEST_MODELS[kind]
        if choice in ("approve", "reject", "send-back"):
            req = self._pick(model.objects.filter(unit_id=unit_id, status=RequestStatus.PENDING))
            actor = self._user(unit_id, [Role.APPROVER, Role.UNIT_ADMIN])
            if req is None or actor is None:
                return None
            reason = {"approve": "", "reject": "Not justified", "send-back": "Please add the batch list"}[choice]
            services.perform_action(actor, req, choice, {"password": self.password, "reason": reason})
            return "%s %s %s %s" % (actor.username, choice, kind, req.request_number)
        if choice == "allocate":
            qs = model.objects.filter(status__in=[RequestStatus.APPROVED, RequestStatus.ISSUED], storage__isnull=True)
            if model is TransferRequest:
                qs = qs.filter(destination_unit_id=unit_id)
            else:
                qs = qs.filter(unit_id=unit_id)
            req = self._pick(qs)
            actor = self._user(unit_id, [Role.STORE_HEAD])
            storage = self._pick(StorageLocation.objects.filter(unit_id=unit_id))
            if req is None or actor is None or storage is None:
                return None
            services.perform_action(actor, req, "allocate-storage", {"storage_id": storage.pk})
            return "%s allocate-storage %s %s -> %s" % (actor.username, kind, req.request_number, storage.code)
        if choice == "issue":
            req = self._pick(model.objects.filter(unit_id=unit_id, status=RequestStatus.APPROVED)
                             .exclude(crate__status__in=[CrateStatus.WITHDRAWN, CrateStatus.ARCHIVED,
                                                         CrateStatus.DESTROYED]))
            actor = self._user(unit_id, [Role.STORE_HEAD])
            if req is None or actor is None:
                return None
            services.perform_action(actor, req, "issue", {})
            return "%s issue %s %s" % (actor.username, kind, req.request_number)
        if choice == "return":
            qs = model.objects.filter(status=RequestStatus.ISSUED)
            if model is TransferRequest:
                qs = qs.filter(destination_unit_id=unit_id).exclude(crate__isnull=False, storage__isnull=True)
            else:
                qs = qs.filter(unit_id=unit_id)
            req = self._pick(qs)
            actor = self._user(unit_id, [Role.STORE_HEAD])
            if req is None or actor is None:
                return None
            services.perform_action(actor, req, "return", {})
            return "%s return %s %s" % (actor.username, kind, req.request_number)
        if choice == "edit":
            req = self._pick(model.objects.filter(unit_id=unit_id, status=RequestStatus.SENT_BACK))
            if req is None or not self._knows(req.requester):
                return None
            services.edit_request(req.requester, req, {"reason": req.reason.split(" (rev")[0] + " (rev %d)" %
                                                       self.rng.randint(2, 99)})
            return "%s edit %s %s (resubmitted)" % (req.requester.username, kind, req.request_number)
        if choice == "create":
            actor = self._user(unit_id, [Role.REQUESTER])
            crate = self._pick(Crate.objects.filter(unit_id=unit_id, status=CrateStatus.ACTIVE))
            if actor is None:
                return None
            data = {"reason": self.rng.choice(["Audit review", "Regulatory inspection", "Retention expired",
                                               "Batch record check"]),
                    "crate_id": crate.pk if crate else None}
            if model is TransferRequest:
                data["destination_unit_id"] = self.rng.choice([u for u in units if u != unit_id])
            req = services.create_request(actor, kind, data)
            return "%s create %s %s" % (actor.username, kind, req.request_number)
        if choice == "relocate":
            crate = self._pick(Crate.objects.filter(unit_id=unit_id, status=CrateStatus.ACTIVE))
            storage = self._pick(StorageLocation.objects.filter(unit_id=unit_id))
            actor = self._user(unit_id, [Role.STORE_HEAD])
            if crate is None or storage is None or actor is None or crate.storage_id == storage.pk:
                return None
            services.relocate_crate(actor, crate, {"storage_id": storage.pk})
            return "%s relocate crate %s -> %s" % (actor.username, crate.crate_number, storage.code)
        return None


async def run_activity(rate, duration=0.0, seed=None, out=None, stop_event=None, driver_class=None):
    """Run Driver.step() `rate` times per second (in a worker thread, so on_commit
    broadcasts are scheduled on this event loop) until duration or stop_event.
    ``driver_class``: another driver with the same step() (dms.lab_activity.LabDriver)."""
    driver = (driver_class or Driver)(seed=seed)
    step = sync_to_async(driver.step, thread_sensitive=True)
    interval = 1.0 / rate if rate > 0 else 1.0
    start = time.monotonic()
    next_at = start
    count = 0
    while True:
        if duration and time.monotonic() - start >= duration:
            break
        if stop_event is not None and stop_event.is_set():
            break
        try:
            line = await step()
        except Exception as e:  # keep going (e.g. database locked under heavy load)
            line = None
            log.warning("activity step failed: %r", e)
        if line:
            count += 1
            if out is not None:
                out(line)
        next_at += interval
        delay = next_at - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        else:
            next_at = time.monotonic()
    return count
