# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""DMS_PUBLIC_IDS=uuid: every id a client sees or sends is a uuid string (REST bodies,
URLs, request bodies, query filters, the token's claim); audit entries keep their
integer id (the after_id cursor). Unknown or malformed ids are 404, never 500.
"""
import base64
import json
import uuid

from django.test import TestCase, override_settings
from rest_framework.test import APIClient

from dms.models import AuditEntry, SendBackRecord

from .base import PW, Fixture


def claims(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


class IdShapeMixin(Fixture):
    """Runs in both id modes (see the two classes at the end)."""

    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_login_me_and_token_claim(self):
        r = APIClient().post(self.api("auth/login/"), {"username": "u1_appr", "password": PW}, format="json")
        self.assertEqual(r.status_code, 200)
        user = r.json()["user"]
        self.assertEqual(user, {"id": self.pid(self.users["u1_appr"]), "username": "u1_appr",
                                "full_name": "u1_appr", "unit_id": self.pid(self.u1),
                                "unit_name": "Unit 1", "role": "approver"})
        self.assert_id(user["id"])
        self.assert_id(user["unit_id"])
        self.assertEqual(claims(r.json()["access"])["user_id"], user["id"])
        me = APIClient()
        me.credentials(HTTP_AUTHORIZATION="Bearer " + r.json()["access"])
        self.assertEqual(me.get(self.api("auth/me/")).json(), user)
        ref = APIClient().post(self.api("auth/token/refresh/"), {"refresh": r.json()["refresh"]}, format="json")
        me.credentials(HTTP_AUTHORIZATION="Bearer " + ref.json()["access"])
        self.assertEqual(me.get(self.api("auth/me/")).json()["id"], user["id"])

    def test_list_rows_carry_public_ids(self):
        c = self.client_for("u1_req")
        row = c.get(self.api("requests/withdrawal/")).json()["results"][0]
        self.assertEqual((row["id"], row["unit_id"], row["requester_id"], row["crate_id"]),
                         (self.pid(self.w1), self.pid(self.u1), self.pid(self.users["u1_req"]), self.pid(self.c1)))
        for k in ("id", "unit_id", "requester_id", "crate_id"):
            self.assert_id(row[k])
        t = c.get(self.api("requests/transfer/")).json()["results"][0]
        self.assertEqual((t["source_unit_id"], t["destination_unit_id"]), (self.pid(self.u1), self.pid(self.u2)))
        crate = c.get(self.api("documents/crates/")).json()["results"][0]
        self.assertEqual((crate["id"], crate["storage_id"], crate["unit_id"]),
                         (self.pid(self.c1), self.pid(self.s1), self.pid(self.u1)))
        st = c.get(self.api("storage/")).json()["results"][0]
        self.assertEqual((st["id"], st["unit_id"]), (self.pid(self.s1), self.pid(self.u1)))
        units = c.get(self.api("units/")).json()["results"]
        self.assertEqual([u["id"] for u in units], [self.pid(self.u1), self.pid(self.u2)])
        self.assertEqual(c.get(self.api("dashboard/summary/")).json()["unit_id"], self.pid(self.u1))

    def test_crate_list_rows_equal_the_details(self):
        # The crate list reads its rows without model instances (serializers.crate_rows):
        # every row must be what the crate's own route (crate_repr) answers, nulls and
        # timestamps (whole seconds, sub-millisecond digits) included.
        from datetime import datetime, timezone

        from dms.models import Crate

        Crate.objects.filter(pk=self.c1b.pk).update(
            storage=None, updated_by=self.users["u1_head"], description="",
            created_at=datetime(2024, 1, 15, 10, 30, 0, 0, tzinfo=timezone.utc),
            updated_at=datetime(2024, 1, 15, 10, 30, 0, 999999, tzinfo=timezone.utc))
        c = self.client_for("admin")
        rows = c.get(self.api("documents/crates/")).json()["results"]
        self.assertEqual(len(rows), Crate.objects.count())
        for row in rows:
            self.assertEqual(row, c.get(self.api("documents/crates/%s/" % row["id"])).json())
        odd = [r for r in rows if r["id"] == self.pid(self.c1b)][0]
        self.assertEqual((odd["storage_id"], odd["storage_code"], odd["updated_by"], odd["created_at"],
                          odd["updated_at"]),
                         (None, None, "u1_head", "2024-01-15T10:30:00.000Z", "2024-01-15T10:30:00.999Z"))

    def test_lists_do_not_query_per_row(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from dms.models import Crate, StorageLocation, WithdrawalRequest

        c = self.client_for("admin")

        def count(path):
            with CaptureQueriesContext(connection) as q:
                self.assertEqual(c.get(self.api(path)).status_code, 200)
            return len(q)

        paths = ("requests/withdrawal/", "requests/transfer/", "documents/crates/", "storage/",
                 "requests/sendbacks/", "audit/")
        before = [count(p) for p in paths]
        WithdrawalRequest.objects.bulk_create([
            WithdrawalRequest(request_number="WR-9%05d" % i, unit=self.u2, requester=self.users["u2_req"])
            for i in range(30)])
        StorageLocation.objects.bulk_create([StorageLocation(code="Q%02d" % i, unit=self.u2) for i in range(10)])
        Crate.objects.bulk_create([Crate(crate_number="CR-9-%05d" % i, unit=self.u2, storage=self.s2)
                                   for i in range(10)])
        self.assertEqual([count(p) for p in paths], before)

    def test_urls_and_bodies_take_public_ids(self):
        appr, head, req = self.client_for("u1_appr"), self.client_for("u1_head"), self.client_for("u1_req")
        url = self.api("requests/withdrawal/%s/" % self.pid(self.w1))
        self.assertEqual(req.get(url).json()["id"], self.pid(self.w1))
        self.assertEqual(appr.post(url + "approve/", {"password": PW}, format="json").status_code, 200)
        r = head.post(url + "allocate-storage/", {"storage_id": self.pid(self.s1b)}, format="json")
        self.assertEqual((r.status_code, r.json()["storage_id"]), (200, self.pid(self.s1b)))
        # create: crate_id and destination_unit_id are public ids
        r = req.post(self.api("requests/withdrawal/"), {"reason": "n", "crate_id": self.pid(self.c1b)}, format="json")
        self.assertEqual((r.status_code, r.json()["crate_id"]), (201, self.pid(self.c1b)))
        self.assert_id(r.json()["id"])
        r = req.post(self.api("requests/transfer/"), {"reason": "t", "destination_unit_id": self.pid(self.u2)},
                     format="json")
        self.assertEqual((r.status_code, r.json()["destination_unit_id"]), (201, self.pid(self.u2)))
        # crates: create with storage_id, filter by ?storage=, relocate by URL id
        r = head.post(self.api("documents/crates/"), {"storage_id": self.pid(self.s1b)}, format="json")
        self.assertEqual(r.status_code, 201)
        cid = r.json()["id"]
        self.assertEqual(head.get(self.api("documents/crates/?storage=%s" % self.pid(self.s1b))).json()["count"], 1)
        self.assertEqual(head.get(self.api("documents/crates/?unit=%s" % self.pid(self.u1))).json()["count"], 3)
        r = head.post(self.api("documents/crates/%s/relocate/" % cid), {"storage_id": self.pid(self.s1)}, format="json")
        self.assertEqual((r.status_code, r.json()["storage_id"]), (200, self.pid(self.s1)))
        r = head.put(self.api("storage/%s/" % self.pid(self.s1b)), {"description": "top"}, format="json")
        self.assertEqual((r.status_code, r.json()["id"]), (200, self.pid(self.s1b)))
        r = self.client_for("admin").post(self.api("storage/"), {"code": "Z9", "unit_id": self.pid(self.u2)},
                                          format="json")
        self.assertEqual((r.status_code, r.json()["unit_id"]), (201, self.pid(self.u2)))

    def test_sendback_and_audit_ids(self):
        url = self.api("requests/withdrawal/%s/" % self.pid(self.w1))
        self.client_for("u1_appr").post(url + "send-back/", {"password": PW, "reason": "r"}, format="json")
        sb = self.client_for("u1_req").get(self.api("requests/sendbacks/")).json()["results"][0]
        rec = SendBackRecord.objects.get()
        self.assertEqual((sb["id"], sb["request_id"], sb["unit_id"]), (self.pid(rec), self.pid(self.w1),
                                                                      self.pid(self.u1)))
        c = self.client_for("u1_uadmin")
        rows = c.get(self.api("audit/?entity=withdrawal&limit=5000")).json()["results"]
        last = rows[-1]
        self.assertEqual((last["entity_id"], last["action"], last["unit_id"]), (self.pid(self.w1), "sent_back",
                                                                                self.pid(self.u1)))
        # the entry's own id stays the integer cursor in every mode
        self.assertIsInstance(last["id"], int)
        self.assertEqual(last["id"], AuditEntry.objects.last().pk)
        self.assertEqual(c.get(self.api("audit/?after_id=%d" % rows[-2]["id"])).json()["results"][-1]["id"],
                         last["id"])
        mine = c.get(self.api("audit/?user=%s" % self.pid(self.users["u1_appr"]))).json()["results"]
        self.assertEqual([x["action"] for x in mine], ["sent_back"])

    def test_unknown_and_malformed_ids_are_404(self):
        c = self.client_for("admin")
        other_mode_id = str(self.w1.pk) if self.uuid else str(self.w1.public_id)
        for bad in ("zzz", str(uuid.uuid4()), "99999", other_mode_id, "1.5", "%20"):
            for path in ("requests/withdrawal/%s/", "requests/withdrawal/%s/approve/", "documents/crates/%s/",
                         "documents/crates/%s/relocate/", "storage/%s/"):
                method = c.post if path.endswith(("approve/", "relocate/")) else c.get
                r = method(self.api(path % bad), {"password": PW}, format="json")
                self.assertEqual(r.status_code, 404, (path, bad, r.content))
                self.assertIn("detail", r.json())
        # another unit's (valid) id is 404 as well
        self.assertEqual(self.client_for("u2_req").get(self.api("requests/withdrawal/%s/" % self.pid(self.w1)))
                         .status_code, 404)

    def test_malformed_body_and_query_ids_are_400(self):
        c = self.client_for("u1_head")
        wrong = self.c1.pk if self.uuid else "abc"
        r = self.client_for("u1_req").post(self.api("requests/withdrawal/"), {"crate_id": wrong}, format="json")
        self.assertEqual(r.status_code, 400)
        self.assertIn("crate_id", r.json())
        r = c.post(self.api("documents/crates/%s/relocate/" % self.pid(self.c1)), {"storage_id": wrong}, format="json")
        self.assertEqual(r.status_code, 400)
        self.assertEqual(c.get(self.api("documents/crates/?storage=%s" % ("abc"))).status_code, 400)
        # a well-formed id of another unit's storage: 400 as before, not 500
        r = c.post(self.api("documents/crates/%s/relocate/" % self.pid(self.c1)), {"storage_id": self.pid(self.s2)},
                   format="json")
        self.assertEqual(r.status_code, 400)


class IntIdTests(IdShapeMixin, TestCase):
    uuid = False


@override_settings(DMS_PUBLIC_IDS="uuid")
class UuidIdTests(IdShapeMixin, TestCase):
    uuid = True

    def test_int_token_is_refused_in_uuid_mode(self):
        # a token minted with an integer claim names no user in uuid mode
        from rest_framework_simplejwt.tokens import AccessToken

        tok = AccessToken()
        tok["user_id"] = self.users["u1_req"].pk
        c = APIClient()
        c.credentials(HTTP_AUTHORIZATION="Bearer %s" % tok)
        self.assertEqual(c.get(self.api("auth/me/")).status_code, 401)


class SeedDemoCsvCases:
    """seed_demo --users-csv: unit_id is the unit's public id, the one a client sees (the
    login answer's user.unit_id), in both id modes; also when the database was seeded
    already (the CSV is still written)."""

    def read_csv(self):
        import csv
        import io
        from contextlib import redirect_stdout

        from django.core.management import call_command

        out = io.StringIO()
        with redirect_stdout(out):
            call_command("seed_demo", "--units", "2", "--users-per-unit", "4", "--crates", "0", "--requests", "0",
                         "--equipment", "0", "--users-csv", "-", stderr=io.StringIO())
        return list(csv.DictReader(io.StringIO(out.getvalue())))

    def check(self, rows):
        from dms.models import User

        self.assertEqual(len(rows), 9)  # 2 units x 4 users + admin
        for row in rows:
            user = User.objects.select_related("unit").get(username=row["username"])
            want = str(user.unit.public_id) if self.uuid else str(user.unit_id)
            self.assertEqual(row["unit_id"], want, row)
        r = APIClient().post("/api/auth/login/", {"username": rows[1]["username"], "password": rows[1]["password"]},
                             format="json")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(str(r.json()["user"]["unit_id"]), rows[1]["unit_id"])

    def test_users_csv_unit_id_is_the_public_id(self):
        self.check(self.read_csv())
        self.check(self.read_csv())  # seeded already: nothing changes, the CSV is written again


class SeedDemoCsvIntTests(SeedDemoCsvCases, TestCase):
    uuid = False


@override_settings(DMS_PUBLIC_IDS="uuid")
class SeedDemoCsvUuidTests(SeedDemoCsvCases, TestCase):
    uuid = True
