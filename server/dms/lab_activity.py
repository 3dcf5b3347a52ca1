# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Random legal lab activity (drive_lab_activity, serve.py --lab-activity): sessions
started and ended, equipment sent to maintenance and back, samples submitted and moved
on, by real users, through dms.lab (so every change is broadcast on /ws)."""
import logging
import random

from django.db import close_old_connections, connection
from rest_framework.exceptions import APIException

from . import ids, lab
from .models import Equipment, EquipmentStatus, Role, SampleStatus, SampleSubmission, User

log = logging.getLogger("dms.lab_activity")


class LabDriver:
    def __init__(self, seed=None):
        self.rng = random.Random(seed)

    def _pick(self, qs):
        n = qs.count()
        return qs.order_by("id")[self.rng.randrange(n)] if n else None

    def step(self):
        """Perform one random legal lab action; returns a one-line description or None."""
        # a connection that broke or outlived CONN_MAX_AGE (PostgreSQL) is replaced between
        # steps; never inside a transaction the caller holds (a test's): Django would close
        # it there, as its autocommit differs from the setting's
        if not connection.in_atomic_block:
            close_old_connections()
        for _ in range(6):
            choice = self.rng.choices(["start", "end", "maintenance", "submit", "advance"],
                                      weights=[4, 3, 1, 3, 3])[0]
            try:
                line = getattr(self, "_" + choice)()
            except APIException as e:  # a race with another actor; try something else
                line = None
                log.info("lab activity %s refused: %s", choice, e.detail)
            if line:
                return line
        return None

    def _users(self):
        return User.objects.filter(is_active=True).exclude(role=Role.ADMIN)

    def _start(self):
        eq = self._pick(Equipment.objects.filter(status=EquipmentStatus.AVAILABLE))
        user = self._pick(self._users())
        if eq is None or user is None:
            return None
        lab.start_session(user, {"equipment_id": ids.public(eq)})
        return "%s start session on %s" % (user.username, eq.name)

    def _end(self):
        s = self._pick(lab.active_sessions().select_related(*lab.SESSION_RELATED))
        if s is None:
            return None
        lab.end_session(s.user, s)
        return "%s end session on %s" % (s.user.username, s.equipment.name)

    def _maintenance(self):
        eq = self._pick(Equipment.objects.exclude(status=EquipmentStatus.IN_USE))
        admin = self._pick(User.objects.filter(is_active=True, role__in=lab.LAB_ADMIN_ROLES))
        if eq is None or admin is None:
            return None
        new = EquipmentStatus.AVAILABLE if eq.status == EquipmentStatus.MAINTENANCE else EquipmentStatus.MAINTENANCE
        lab.set_equipment_status(admin, eq, {"status": new})
        return "%s set %s %s" % (admin.username, eq.name, new)

    def _submit(self):
        sender, recipient = self._pick(self._users()), self._pick(self._users())
        if sender is None or recipient is None or sender.pk == recipient.pk:
            return None
        eq = self._pick(Equipment.objects.all())
        s = lab.submit_sample(sender, {"recipient_user_id": ids.public(recipient),
                                       "equipment_id": ids.public(eq) if eq else None,
                                       "sample_name": "Sample %04d" % self.rng.randrange(10000)})
        return "%s submit %s to %s" % (sender.username, s.sample_name, recipient.username)

    def _advance(self):
        s = self._pick(SampleSubmission.objects.exclude(status=SampleStatus.COMPLETED).select_related("recipient"))
        if s is None:
            return None
        new = sorted(lab.SAMPLE_NEXT[s.status], key=SampleStatus.values.index)[0]
        lab.set_sample_status(s.recipient, s, {"status": new})
        return "%s mark %s %s" % (s.recipient.username, s.sample_name, new)
