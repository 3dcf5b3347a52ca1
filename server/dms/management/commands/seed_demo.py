# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Deterministic demo data: units, users in every role, storage, crates, requests, and
the seed-004 lab (equipment, a session, samples)."""
import csv
import os
import random
import sys

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from dms import ids
from dms.models import (
    AuditEntry,
    Crate,
    CrateStatus,
    DestructionRequest,
    Equipment,
    EquipmentStatus,
    LabSession,
    RequestStatus,
    Role,
    SampleStatus,
    SampleSubmission,
    SendBackRecord,
    StorageLocation,
    TransferRequest,
    Unit,
    UnitSequence,
    User,
    WithdrawalRequest,
)

DEMO_PASSWORD = "dms-demo"
ADMIN_PASSWORD = "dms-admin"
ROLE_CYCLE = [("req", Role.REQUESTER), ("appr", Role.APPROVER), ("head", Role.STORE_HEAD),
              ("uadmin", Role.UNIT_ADMIN)]
REQUEST_STATES = [RequestStatus.PENDING] * 4 + [RequestStatus.APPROVED] * 2 + [
    RequestStatus.ISSUED, RequestStatus.ISSUED, RequestStatus.RETURNED, RequestStatus.REJECTED,
    RequestStatus.SENT_BACK]


def demo_usernames(unit, n):
    """[(username, role)] for unit `unit` with n users: u1_req1, u1_appr1, u1_head1, u1_uadmin1, u1_req2..."""
    out, counts = [], {}
    for i in range(n):
        short, role = ROLE_CYCLE[i % len(ROLE_CYCLE)]
        counts[short] = counts.get(short, 0) + 1
        out.append(("u%d_%s%d" % (unit, short, counts[short]), role))
    return out


class Command(BaseCommand):
    help = "Create deterministic demo data (refuses if the database already has units)."

    def add_arguments(self, parser):
        parser.add_argument("--units", type=int, default=3)
        parser.add_argument("--users-per-unit", type=int, default=8)
        parser.add_argument("--crates", type=int, default=200, help="crates per unit")
        parser.add_argument("--requests", type=int, default=60, help="requests per unit (all kinds)")
        parser.add_argument("--storage", type=int, default=10, help="storage locations per unit")
        parser.add_argument("--equipment", type=int, default=6, help="lab equipment (seed 004), shared by all")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--users-csv", default=None, help="write username,password,unit_id,role here")

    def handle(self, *args, **o):
        if o["units"] < 1 or o["users_per_unit"] < 1 or o["crates"] < 0 or o["requests"] < 0 or o["storage"] < 1 \
                or o["equipment"] < 0:
            raise CommandError("sizes must be positive")
        if o["units"] < 2 and o["requests"] > 0:
            self.stderr.write("note: with one unit no transfer requests are created")
        existing = Unit.objects.count()
        if existing:
            self.stderr.write("seed_demo: the database already holds %d unit(s); nothing was changed." % existing)
            if o["users_csv"]:
                self._write_csv(o["users_csv"])
            return
        rng = random.Random(o["seed"])
        with transaction.atomic():
            self._seed(rng, o)
        if o["users_csv"]:
            self._write_csv(o["users_csv"])
        self.stderr.write("seed_demo: %d units, %d users, %d storage locations, %d crates, %d requests" % (
            Unit.objects.count(), User.objects.count(), StorageLocation.objects.count(), Crate.objects.count(),
            WithdrawalRequest.objects.count() + DestructionRequest.objects.count() + TransferRequest.objects.count()))
        self.stderr.write("seed_demo: lab: %d equipment, %d sessions, %d samples" % (
            Equipment.objects.count(), LabSession.objects.count(), SampleSubmission.objects.count()))

    def _write_csv(self, path):
        """unit_id is the unit's public id (DMS_PUBLIC_IDS: the integer key, or its uuid),
        the one the login answer and every frame carry."""
        rows = [("username", "password", "unit_id", "role")]
        for u in User.objects.select_related("unit").order_by("id"):
            if u.username == "admin":
                rows.append((u.username, ADMIN_PASSWORD, ids.fk(u, "unit"), u.role))
            elif u.username.startswith("u") and "_" in u.username:
                rows.append((u.username, DEMO_PASSWORD, ids.fk(u, "unit"), u.role))
        if path == "-":
            out = sys.stdout
        else:
            # passwords: readable by the owner only, also when the file was there before
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.fchmod(fd, 0o600)
            out = os.fdopen(fd, "w", newline="")
        try:
            csv.writer(out, lineterminator="\n").writerows(rows)
        finally:
            if out is not sys.stdout:
                out.close()

    def _seed(self, rng, o):
        nunits = o["units"]
        units = [Unit.objects.create(name="Unit %d" % i) for i in range(1, nunits + 1)]
        UnitSequence.objects.bulk_create([UnitSequence(unit=u, value=0) for u in units], ignore_conflicts=True)
        demo_hash = make_password(DEMO_PASSWORD)
        users = []
        for u in units:
            for name, role in demo_usernames(u.pk, o["users_per_unit"]):
                short = name.split("_", 1)[1]
                users.append(User(username=name, password=demo_hash, unit=u, role=role,
                                  first_name=short.rstrip("0123456789").capitalize(),
                                  last_name="%s (unit %d)" % (short[len(short.rstrip("0123456789")):], u.pk)))
        users.append(User(username="admin", password=make_password(ADMIN_PASSWORD), unit=units[0],
                          role=Role.ADMIN, first_name="Demo", last_name="Administrator", is_staff=True))
        User.objects.bulk_create(users, batch_size=500)
        by_unit_role = {}
        # in key order: PostgreSQL returns rows in no set order, and the rng's picks below
        # must not depend on it (a given --seed makes the same data on every database)
        for usr in User.objects.order_by("id"):
            by_unit_role.setdefault((usr.unit_id, usr.role), []).append(usr)

        StorageLocation.objects.bulk_create(
            [StorageLocation(unit=u, code="S%d-%s%02d" % (u.pk, "ABCDEFGHIJ"[(k // 10) % 10], k % 10 + 1),
                             description="Rack %d of unit %d" % (k + 1, u.pk))
             for u in units for k in range(o["storage"])], batch_size=500)
        storage_by_unit = {}
        for s in StorageLocation.objects.order_by("id"):
            storage_by_unit.setdefault(s.unit_id, []).append(s)

        crates = []
        for u in units:
            for k in range(1, o["crates"] + 1):
                crates.append(Crate(crate_number="CR-%d-%05d" % (u.pk, k), unit=u,
                                    storage=rng.choice(storage_by_unit[u.pk]),
                                    status=rng.choice([CrateStatus.ACTIVE] * 8 + [CrateStatus.ARCHIVED]),
                                    description="Documents batch %d" % k))
        Crate.objects.bulk_create(crates, batch_size=1000)
        crates_by_unit = {}
        for c in Crate.objects.order_by("id"):
            crates_by_unit.setdefault(c.unit_id, []).append(c)

        counters = {"withdrawal": 0, "destruction": 0, "transfer": 0}
        models = {"withdrawal": WithdrawalRequest, "destruction": DestructionRequest, "transfer": TransferRequest}
        pending_objs = {k: [] for k in models}
        crate_updates = {}
        sendbacks = []
        kinds = ["withdrawal", "destruction", "transfer"] if nunits > 1 else ["withdrawal", "destruction"]
        for u in units:
            requesters = by_unit_role.get((u.pk, Role.REQUESTER)) or by_unit_role.get((u.pk, Role.APPROVER)) \
                or [x for (uid, _), lst in by_unit_role.items() if uid == u.pk for x in lst]
            approvers = by_unit_role.get((u.pk, Role.APPROVER)) or requesters
            heads = by_unit_role.get((u.pk, Role.STORE_HEAD)) or approvers
            free = [c for c in crates_by_unit.get(u.pk, []) if c.status == CrateStatus.ACTIVE]
            rng.shuffle(free)
            for n in range(o["requests"]):
                kind = kinds[n % len(kinds)]
                state = rng.choice(REQUEST_STATES)
                counters[kind] += 1
                model = models[kind]
                crate = free.pop() if free else None
                req = model(request_number="%s-%06d" % (model.prefix, counters[kind]), unit=u,
                            requester=rng.choice(requesters), status=state,
                            reason=rng.choice(["Audit review", "Regulatory inspection", "Retention expired",
                                               "Batch record check", "Site consolidation", "Quality investigation"]),
                            crate=crate, updated_by=rng.choice(approvers) if state != RequestStatus.PENDING else None)
                if kind == "transfer":
                    dests = [x for x in units if x.pk != u.pk]
                    req.destination_unit = rng.choice(dests)
                if crate is not None and state in (RequestStatus.ISSUED, RequestStatus.RETURNED):
                    req.updated_by = rng.choice(heads)
                    if kind == "withdrawal":
                        crate.status = CrateStatus.WITHDRAWN if state == RequestStatus.ISSUED else CrateStatus.ACTIVE
                    elif kind == "destruction":
                        crate.status = CrateStatus.ARCHIVED if state == RequestStatus.ISSUED else CrateStatus.DESTROYED
                        if state == RequestStatus.RETURNED:
                            crate.storage = None
                    else:
                        if state == RequestStatus.ISSUED:
                            crate.status = CrateStatus.WITHDRAWN
                        else:
                            dest_storage = rng.choice(storage_by_unit[req.destination_unit.pk])
                            req.storage = dest_storage
                            crate.status = CrateStatus.ACTIVE
                            crate.unit = req.destination_unit
                            crate.storage = dest_storage
                    crate_updates[crate.pk] = crate
                pending_objs[kind].append(req)
        for kind, objs in pending_objs.items():
            models[kind].objects.bulk_create(objs, batch_size=500)
        if crate_updates:
            Crate.objects.bulk_update(list(crate_updates.values()), ["status", "unit", "storage"], batch_size=500)
        for kind, model in models.items():
            for req in model.objects.filter(status=RequestStatus.SENT_BACK).order_by("id"):
                approver = (by_unit_role.get((req.unit_id, Role.APPROVER)) or [req.requester])[0]
                sendbacks.append(SendBackRecord(request_kind=kind, request_id=req.pk,
                                                request_number=req.request_number, unit_id=req.unit_id,
                                                peer_unit_id=getattr(req, "destination_unit_id", None),
                                                request_public_id=req.public_id,
                                                requester_id=req.requester_id, sent_by=approver,
                                                reason="Please attach the batch list"))
        SendBackRecord.objects.bulk_create(sendbacks, batch_size=500)
        AuditEntry.objects.bulk_create([AuditEntry(username="system", unit=u, entity="unit", entity_id=u.pk,
                                                   entity_public_id=u.public_id,
                                                   action="seeded", summary="demo data created for %s" % u.name)
                                        for u in units])
        self._seed_lab(rng, o, by_unit_role, units)

    def _seed_lab(self, rng, o, by_unit_role, units):
        """Equipment shared by all; the first one in use by unit 1's first requester, the
        last one in maintenance; three samples in that requester's inbox, one read."""
        kinds = ["Microscope", "Centrifuge", "HPLC", "Spectrometer", "PCR cycler", "Incubator", "Balance"]
        eqs = [Equipment(name="%s %d" % (kinds[k % len(kinds)], k + 1), location="Lab %s" % "ABC"[k % 3])
               for k in range(o["equipment"])]
        if len(eqs) >= 3:
            eqs[-1].status = EquipmentStatus.MAINTENANCE
        Equipment.objects.bulk_create(eqs)
        eqs = list(Equipment.objects.order_by("id"))
        unit1 = units[0].pk
        requester = (by_unit_role.get((unit1, Role.REQUESTER)) or by_unit_role.get((unit1, Role.APPROVER)) or [None])[0]
        sender = (by_unit_role.get((unit1, Role.APPROVER)) or [requester])[0]
        if requester is None or not eqs:
            return
        now = timezone.now()
        LabSession.objects.create(equipment=eqs[0], user=requester, started_at=now, notes="demo session")
        Equipment.objects.filter(pk=eqs[0].pk).update(status=EquipmentStatus.IN_USE)
        SampleSubmission.objects.bulk_create([
            SampleSubmission(submitter=sender, recipient=requester, equipment=rng.choice(eqs),
                             sample_name="Sample %04d" % (k + 1), status=status, is_read=read)
            for k, (status, read) in enumerate([(SampleStatus.SUBMITTED, False), (SampleStatus.SUBMITTED, False),
                                                (SampleStatus.RECEIVED, True)])])
