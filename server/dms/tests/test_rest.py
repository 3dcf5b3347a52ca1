# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

import re

from django.core.exceptions import PermissionDenied
from django.test import TestCase, override_settings
from rest_framework.test import APIClient

from dms.models import AuditEntry, Crate, SendBackRecord, StorageLocation, TransferRequest, WithdrawalRequest

from .base import PW, Fixture

TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


class AuthTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_login_ok_returns_tokens_and_user(self):
        r = APIClient().post("/api/auth/login/", {"username": "u1_appr", "password": PW}, format="json")
        self.assertEqual(r.status_code, 200)
        self.assertIn("access", r.json())
        self.assertIn("refresh", r.json())
        self.assertEqual(r.json()["user"], {"id": self.users["u1_appr"].pk, "username": "u1_appr",
                                            "full_name": "u1_appr", "unit_id": self.u1.pk,
                                            "unit_name": "Unit 1", "role": "approver"})
        me = APIClient()
        me.credentials(HTTP_AUTHORIZATION="Bearer " + r.json()["access"])
        self.assertEqual(me.get("/api/auth/me/").json()["username"], "u1_appr")
        ref = APIClient().post("/api/auth/token/refresh/", {"refresh": r.json()["refresh"]}, format="json")
        self.assertEqual(ref.status_code, 200)
        self.assertIn("access", ref.json())

    def test_login_wrong_password_401(self):
        r = APIClient().post("/api/auth/login/", {"username": "u1_appr", "password": "nope"}, format="json")
        self.assertEqual(r.status_code, 401)
        self.assertIn("detail", r.json())

    def test_login_missing_fields_400(self):
        r = APIClient().post("/api/auth/login/", {"username": "u1_appr"}, format="json")
        self.assertEqual(r.status_code, 400)
        self.assertIn("password", r.json())

    def test_refresh_bad_token_401(self):
        r = APIClient().post("/api/auth/token/refresh/", {"refresh": "garbage"}, format="json")
        self.assertEqual(r.status_code, 401)

    def test_no_token_401(self):
        self.assertEqual(APIClient().get("/api/requests/withdrawal/").status_code, 401)
        c = APIClient()
        c.credentials(HTTP_AUTHORIZATION="Bearer broken")
        self.assertEqual(c.get("/api/auth/me/").status_code, 401)

    def test_malformed_json_400(self):
        c = self.client_for("u1_req")
        r = c.generic("POST", "/api/requests/withdrawal/", "{bad json", content_type="application/json")
        self.assertEqual(r.status_code, 400)
        self.assertIn("detail", r.json())
        r = c.generic("POST", "/api/auth/login/", "[1,2]", content_type="application/json")
        self.assertEqual(r.status_code, 400)
        r = c.post("/api/requests/transfer/", {"reason": "x"}, format="json")
        self.assertEqual(r.status_code, 400)
        self.assertIn("destination_unit_id", r.json())
        r = c.post("/api/requests/withdrawal/", {"crate_id": "abc"}, format="json")
        self.assertEqual(r.status_code, 400)
        self.assertIn("crate_id", r.json())
        r = c.get("/api/documents/crates/?storage=abc")
        self.assertEqual(r.status_code, 400)

    def test_unknown_url_is_json_404(self):
        r = self.client_for("u1_req").get("/api/nothing/here/")
        self.assertEqual(r.status_code, 404)


class RequestTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_list_fields_and_timestamps(self):
        r = self.client_for("u1_req").get("/api/requests/withdrawal/")
        self.assertEqual(r.status_code, 200)
        body = r.json()
        self.assertEqual(set(body), {"count", "next", "previous", "results"})
        item = body["results"][0]
        for f in ("id", "request_number", "status", "unit_id", "requester", "created_at", "updated_at",
                  "updated_by", "storage_id", "reason"):
            self.assertIn(f, item)
        self.assertRegex(item["created_at"], TS)
        t = self.client_for("u1_req").get("/api/requests/transfer/").json()["results"][0]
        self.assertEqual((t["source_unit_id"], t["destination_unit_id"]), (self.u1.pk, self.u2.pk))

    def test_unit_isolation(self):
        c2 = self.client_for("u2_appr")
        ids = [x["id"] for x in c2.get("/api/requests/withdrawal/").json()["results"]]
        self.assertEqual(ids, [self.w2.pk])
        self.assertEqual(c2.get("/api/requests/withdrawal/%d/" % self.w1.pk).status_code, 404)
        r = c2.post("/api/requests/withdrawal/%d/approve/" % self.w1.pk, {"password": PW}, format="json")
        self.assertEqual(r.status_code, 404)
        self.assertEqual(c2.patch("/api/requests/withdrawal/%d/" % self.w1.pk, {"reason": "x"},
                                  format="json").status_code, 404)
        self.assertEqual(c2.delete("/api/requests/withdrawal/%d/" % self.w1.pk).status_code, 404)
        self.w1.refresh_from_db()
        self.assertEqual(self.w1.status, "pending")
        # crates and storage too
        self.assertEqual(c2.get("/api/documents/crates/%d/" % self.c1.pk).status_code, 404)
        self.assertEqual([x["id"] for x in c2.get("/api/documents/crates/").json()["results"]], [self.c2.pk])
        self.assertEqual(self.client_for("u2_head").put("/api/storage/%d/" % self.s1.pk, {"code": "Z"},
                                                        format="json").status_code, 404)

    def test_transfer_visible_to_both_units_admin_sees_all(self):
        for name in ("u1_req", "u2_req"):
            r = self.client_for(name).get("/api/requests/transfer/%d/" % self.t1.pk)
            self.assertEqual(r.status_code, 200, name)
        r = self.client_for("admin").get("/api/requests/withdrawal/")
        self.assertEqual(r.json()["count"], 2)
        self.assertEqual(self.client_for("admin").get("/api/documents/crates/").json()["count"], 3)

    def test_withdrawal_lifecycle_and_409(self):
        appr, head = self.client_for("u1_appr"), self.client_for("u1_head")
        url = "/api/requests/withdrawal/%d/" % self.w1.pk
        self.assertEqual(head.post(url + "issue/").status_code, 409)
        r = appr.post(url + "approve/", {"password": PW}, format="json")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["status"], "approved")
        self.assertEqual(r.json()["updated_by"], "u1_appr")
        self.assertEqual(appr.post(url + "approve/", {"password": PW}, format="json").status_code, 409)
        self.assertEqual(appr.post(url + "reject/", {"password": PW}, format="json").status_code, 409)
        self.assertEqual(head.post(url + "return/").status_code, 409)
        r = head.post(url + "allocate-storage/", {"storage_id": self.s1b.pk}, format="json")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["storage_id"], self.s1b.pk)
        self.assertEqual(head.post(url + "allocate-storage/", {"storage_id": self.s2.pk},
                                   format="json").status_code, 400)
        r = head.post(url + "issue/")
        self.assertEqual(r.json()["status"], "issued")
        self.c1.refresh_from_db()
        self.assertEqual(self.c1.status, "withdrawn")
        self.assertEqual(head.post(url + "issue/").status_code, 409)
        r = head.post(url + "return/")
        self.assertEqual(r.json()["status"], "returned")
        self.c1.refresh_from_db()
        self.assertEqual((self.c1.status, self.c1.storage_id), ("active", self.s1b.pk))
        self.assertEqual(head.post(url + "return/").status_code, 409)

    def test_reject_is_final(self):
        appr = self.client_for("u1_appr")
        url = "/api/requests/withdrawal/%d/" % self.w1.pk
        self.assertEqual(appr.post(url + "reject/", {"password": PW, "reason": "no"}, format="json").json()["status"],
                         "rejected")
        self.assertEqual(appr.post(url + "approve/", {"password": PW}, format="json").status_code, 409)
        self.assertEqual(self.client_for("u1_head").post(url + "issue/").status_code, 409)

    def test_destruction_lifecycle(self):
        url = "/api/requests/destruction/%d/" % self.d1.pk
        self.client_for("u1_appr").post(url + "approve/", {"password": PW}, format="json")
        head = self.client_for("u1_head")
        self.assertEqual(head.post(url + "issue/").status_code, 200)
        self.c1b.refresh_from_db()
        self.assertEqual(self.c1b.status, "archived")
        self.assertEqual(head.post(url + "return/").status_code, 200)
        self.c1b.refresh_from_db()
        self.assertEqual(self.c1b.status, "destroyed")

    def test_transfer_split_between_units(self):
        url = "/api/requests/transfer/%d/" % self.t1.pk
        self.assertEqual(self.client_for("u2_appr").post(url + "approve/", {"password": PW},
                                                         format="json").status_code, 403)
        self.assertEqual(self.client_for("u1_appr").post(url + "approve/", {"password": PW},
                                                         format="json").status_code, 200)
        self.assertEqual(self.client_for("u2_head").post(url + "issue/").status_code, 403)
        self.assertEqual(self.client_for("u1_head").post(url + "issue/").status_code, 200)
        # receiving needs a destination storage first
        self.assertEqual(self.client_for("u2_head").post(url + "return/").status_code, 409)
        self.assertEqual(self.client_for("u1_head").post(url + "allocate-storage/", {"storage_id": self.s1.pk},
                                                         format="json").status_code, 403)
        self.assertEqual(self.client_for("u2_head").post(url + "allocate-storage/", {"storage_id": self.s2.pk},
                                                         format="json").status_code, 200)
        self.assertEqual(self.client_for("u2_head").post(url + "return/").status_code, 200)
        self.c1b.refresh_from_db()
        self.assertEqual((self.c1b.unit_id, self.c1b.storage_id, self.c1b.status), (self.u2.pk, self.s2.pk, "active"))

    def test_signature_wrong_password_403_nothing_changes(self):
        url = "/api/requests/withdrawal/%d/" % self.w1.pk
        before = (AuditEntry.objects.count(), SendBackRecord.objects.count())
        for action in ("approve", "reject", "send-back"):
            r = self.client_for("u1_appr").post(url + action + "/", {"password": "wrong"}, format="json")
            self.assertEqual(r.status_code, 403, action)
            self.assertIn("detail", r.json())
        r = self.client_for("u1_appr").post(url + "approve/", {}, format="json")
        self.assertEqual(r.status_code, 400)
        self.assertIn("password", r.json())
        self.w1.refresh_from_db()
        self.assertEqual(self.w1.status, "pending")
        self.assertEqual((AuditEntry.objects.count(), SendBackRecord.objects.count()), before)

    def test_roles(self):
        url = "/api/requests/withdrawal/%d/" % self.w1.pk
        for action in ("approve", "reject", "send-back"):
            r = self.client_for("u1_req").post(url + action + "/", {"password": PW}, format="json")
            self.assertEqual(r.status_code, 403, action)
        self.assertEqual(self.client_for("u1_head").post(url + "approve/", {"password": PW},
                                                         format="json").status_code, 403)
        self.client_for("u1_appr").post(url + "approve/", {"password": PW}, format="json")
        self.assertEqual(self.client_for("u1_appr").post(url + "issue/").status_code, 403)
        self.assertEqual(self.client_for("u1_req").post(url + "issue/").status_code, 403)
        self.assertEqual(self.client_for("u1_uadmin").post(url + "issue/").status_code, 200)
        # admin may act in any unit
        url2 = "/api/requests/withdrawal/%d/" % self.w2.pk
        self.assertEqual(self.client_for("admin").post(url2 + "approve/", {"password": PW},
                                                       format="json").status_code, 200)

    def test_unknown_action_404(self):
        r = self.client_for("u1_appr").post("/api/requests/withdrawal/%d/explode/" % self.w1.pk, {}, format="json")
        self.assertEqual(r.status_code, 404)
        self.assertEqual(self.client_for("u1_appr").get("/api/requests/bogus/").status_code, 404)
        self.assertEqual(self.client_for("u1_appr").get("/api/requests/withdrawal/99999/").status_code, 404)

    def test_send_back_then_requester_edit_returns_to_pending(self):
        url = "/api/requests/withdrawal/%d/" % self.w1.pk
        r = self.client_for("u1_appr").post(url + "send-back/", {"password": PW, "reason": "add list"}, format="json")
        self.assertEqual(r.json()["status"], "sent_back")
        rec = SendBackRecord.objects.get()
        self.assertEqual((rec.request_id, rec.status, rec.reason), (self.w1.pk, "open", "add list"))
        sb = self.client_for("u1_req").get("/api/requests/sendbacks/").json()
        self.assertEqual(sb["count"], 1)
        self.assertEqual(self.client_for("u2_req").get("/api/requests/sendbacks/").json()["count"], 0)
        # another requester may not edit it
        self.assertEqual(self.client_for("u1_req_b").patch(url, {"reason": "x"}, format="json").status_code, 403)
        self.assertEqual(self.client_for("u1_req").patch(url, {"status": "approved"}, format="json").status_code, 400)
        r = self.client_for("u1_req").patch(url, {"reason": "with list"}, format="json")
        self.assertEqual(r.status_code, 200)
        self.assertEqual((r.json()["status"], r.json()["reason"]), ("pending", "with list"))
        rec.refresh_from_db()
        self.assertEqual(rec.status, "resolved")

    def test_edit_and_delete_only_when_open(self):
        url = "/api/requests/withdrawal/%d/" % self.w1.pk
        self.client_for("u1_appr").post(url + "approve/", {"password": PW}, format="json")
        self.assertEqual(self.client_for("u1_req").patch(url, {"reason": "x"}, format="json").status_code, 409)
        self.assertEqual(self.client_for("u1_req").delete(url).status_code, 409)
        url = "/api/requests/destruction/%d/" % self.d1.pk
        self.assertEqual(self.client_for("u1_req_b").delete(url).status_code, 403)
        self.assertEqual(self.client_for("u1_req").delete(url).status_code, 204)
        self.assertEqual(self.client_for("u1_req").get(url).status_code, 404)

    def test_create_request(self):
        c = self.client_for("u1_req")
        r = c.post("/api/requests/withdrawal/", {"reason": "new", "crate_id": self.c1.pk}, format="json")
        self.assertEqual(r.status_code, 201)
        self.assertEqual((r.json()["status"], r.json()["unit_id"], r.json()["requester"]), ("pending", self.u1.pk,
                                                                                             "u1_req"))
        self.assertTrue(r.json()["request_number"].startswith("WR-"))
        # another unit's crate is refused
        r = c.post("/api/requests/withdrawal/", {"reason": "new", "crate_id": self.c2.pk}, format="json")
        self.assertEqual(r.status_code, 400)
        r = c.post("/api/requests/transfer/", {"reason": "t", "destination_unit_id": self.u2.pk}, format="json")
        self.assertEqual(r.status_code, 201)
        self.assertEqual(r.json()["destination_unit_id"], self.u2.pk)

    def test_pagination_and_filters(self):
        u1r = self.users["u1_req"]
        WithdrawalRequest.objects.bulk_create([
            WithdrawalRequest(request_number="WR-1%05d" % i, unit=self.u1, requester=u1r,
                              reason="batch %d" % i, status="approved" if i % 3 == 0 else "pending")
            for i in range(120)])
        c = self.client_for("u1_req")
        body = c.get("/api/requests/withdrawal/").json()
        self.assertEqual((body["count"], len(body["results"])), (121, 50))
        self.assertIsNotNone(body["next"])
        self.assertIsNone(body["previous"])
        ids = [x["id"] for x in body["results"]]
        self.assertEqual(ids, sorted(ids))
        body = c.get("/api/requests/withdrawal/?page_size=5000").json()
        self.assertEqual((len(body["results"]), body["next"]), (121, None))
        body = c.get("/api/requests/withdrawal/?page_size=7&page=3").json()
        self.assertEqual(len(body["results"]), 7)
        self.assertIsNotNone(body["previous"])
        self.assertEqual(c.get("/api/requests/withdrawal/?page=99").status_code, 404)
        body = c.get("/api/requests/withdrawal/?status=approved&page_size=500").json()
        self.assertEqual(body["count"], 40)
        self.assertTrue(all(x["status"] == "approved" for x in body["results"]))
        body = c.get("/api/requests/withdrawal/?search=WR-100011").json()
        self.assertEqual([x["request_number"] for x in body["results"]], ["WR-100011"])
        body = c.get("/api/requests/withdrawal/?search=audit").json()
        self.assertEqual([x["id"] for x in body["results"]], [self.w1.pk])


class CrateStorageTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_crate_list_fields_filters(self):
        c = self.client_for("u1_head")
        item = c.get("/api/documents/crates/").json()["results"][0]
        for f in ("id", "crate_number", "status", "storage_id", "storage_code", "unit_id", "updated_at", "updated_by"):
            self.assertIn(f, item)
        self.assertEqual(c.get("/api/documents/crates/?storage=%d" % self.s1.pk).json()["count"], 2)
        self.assertEqual(c.get("/api/documents/crates/?storage=%d" % self.s1b.pk).json()["count"], 0)
        self.assertEqual(c.get("/api/documents/crates/?search=00002").json()["count"], 1)
        self.assertEqual(c.get("/api/documents/crates/?status=archived").json()["count"], 0)

    def test_crate_create_update_relocate_delete(self):
        c = self.client_for("u1_head")
        r = c.post("/api/documents/crates/", {"storage_id": self.s1.pk, "description": "new"}, format="json")
        self.assertEqual(r.status_code, 201)
        cid = r.json()["id"]
        # CR-{unit key}-: the key is 1 only where keys restart with each test (SQLite, not
        # PostgreSQL's sequences)
        self.assertTrue(r.json()["crate_number"].startswith("CR-%d-" % self.u1.pk), r.json()["crate_number"])
        self.assertEqual(self.client_for("u1_req").post("/api/documents/crates/", {}, format="json").status_code, 403)
        r = c.post("/api/documents/crates/%d/relocate/" % cid, {"storage_id": self.s2.pk}, format="json")
        self.assertEqual(r.status_code, 400)
        r = c.post("/api/documents/crates/%d/relocate/" % cid, {"storage_id": self.s1b.pk}, format="json")
        self.assertEqual((r.status_code, r.json()["storage_id"], r.json()["storage_code"]), (200, self.s1b.pk, "A2"))
        self.assertEqual(c.put("/api/documents/crates/%d/" % cid, {"status": "destroyed"},
                               format="json").status_code, 403)
        self.assertEqual(c.put("/api/documents/crates/%d/" % cid, {"status": "bogus"}, format="json").status_code, 400)
        r = c.put("/api/documents/crates/%d/" % cid, {"status": "archived", "description": "d"}, format="json")
        self.assertEqual((r.status_code, r.json()["status"]), (200, "archived"))
        self.assertEqual(c.put("/api/documents/crates/%d/" % cid, {"status": "active"}, format="json").status_code, 409)
        self.assertEqual(c.delete("/api/documents/crates/%d/" % cid).status_code, 403)
        self.assertEqual(self.client_for("u1_uadmin").delete("/api/documents/crates/%d/" % cid).status_code, 204)
        self.assertFalse(Crate.objects.filter(pk=cid).exists())

    def test_storage(self):
        c = self.client_for("u1_head")
        r = c.post("/api/storage/", {"code": "C9"}, format="json")
        self.assertEqual((r.status_code, r.json()["unit_id"]), (201, self.u1.pk))
        self.assertEqual(c.post("/api/storage/", {"code": "C9"}, format="json").status_code, 400)
        self.assertEqual(c.post("/api/storage/", {}, format="json").status_code, 400)
        r = c.put("/api/storage/%d/" % r.json()["id"], {"code": "C10", "description": "top"}, format="json")
        self.assertEqual((r.status_code, r.json()["code"]), (200, "C10"))
        r = c.post("/api/storage/bulk-create/", {"prefix": "R-", "count": 5}, format="json")
        self.assertEqual((r.status_code, r.json()["count"]), (201, 5))
        r = c.post("/api/storage/bulk-create/", {"codes": ["X1", "X2"]}, format="json")
        self.assertEqual(r.status_code, 201)
        self.assertEqual(c.post("/api/storage/bulk-create/", {"codes": ["X1"]}, format="json").status_code, 400)
        self.assertEqual(StorageLocation.objects.filter(unit=self.u1).count(), 2 + 1 + 5 + 2)
        self.assertEqual(c.get("/api/storage/").json()["count"], 10)
        self.assertEqual(self.client_for("u1_req").post("/api/storage/", {"code": "Q"}, format="json").status_code,
                         403)


class AuditDashboardRealtimeTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_every_change_writes_one_audit_entry(self):
        n = AuditEntry.objects.count()
        self.client_for("u1_appr").post("/api/requests/withdrawal/%d/approve/" % self.w1.pk, {"password": PW},
                                        format="json")
        self.assertEqual(AuditEntry.objects.count(), n + 1)
        a = AuditEntry.objects.last()
        self.assertEqual((a.entity, a.entity_id, a.action, a.username), ("withdrawal", self.w1.pk, "approved",
                                                                         "u1_appr"))

    def test_audit_after_id_limit_filters(self):
        c = self.client_for("u1_uadmin")
        all_rows = c.get("/api/audit/?limit=5000").json()["results"]
        ids = [x["id"] for x in all_rows]
        self.assertEqual(ids, sorted(ids))
        self.assertTrue(all(x["unit_id"] == self.u1.pk or x["entity"] == "transfer" for x in all_rows))
        for f in ("id", "at", "user", "unit_id", "entity", "entity_id", "action", "summary"):
            self.assertIn(f, all_rows[0])
        self.assertRegex(all_rows[0]["at"], TS)
        mid = ids[2]
        after = c.get("/api/audit/?after_id=%d&limit=2" % mid).json()
        self.assertEqual([x["id"] for x in after["results"]], ids[3:5])
        self.assertIsNotNone(after["next"])
        self.assertEqual(c.get("/api/audit/?after_id=%d" % ids[-1]).json()["results"], [])
        crates = c.get("/api/audit/?entity=crate").json()["results"]
        self.assertTrue(crates and all(x["entity"] == "crate" for x in crates))
        self.client_for("u1_appr").post("/api/requests/withdrawal/%d/approve/" % self.w1.pk, {"password": PW},
                                        format="json")
        mine = c.get("/api/audit/?user=u1_appr").json()["results"]
        self.assertEqual([x["action"] for x in mine], ["approved"])
        self.assertEqual(c.get("/api/audit/?after_id=x").status_code, 400)
        # the other unit does not see unit 1's crate entries
        other = self.client_for("u2_uadmin").get("/api/audit/?entity=crate&limit=5000").json()["results"]
        self.assertTrue(all(x["unit_id"] == self.u2.pk for x in other))

    def test_audit_is_append_only(self):
        a = AuditEntry.objects.first()
        a.summary = "changed"
        with self.assertRaises(PermissionDenied):
            a.save()
        with self.assertRaises(PermissionDenied):
            a.delete()
        with self.assertRaises(PermissionDenied):
            AuditEntry.objects.filter(pk=a.pk).update(summary="x")
        with self.assertRaises(PermissionDenied):
            AuditEntry.objects.all().delete()
        c = self.client_for("admin")
        self.assertEqual(c.put("/api/audit/", {}, format="json").status_code, 405)
        self.assertEqual(c.delete("/api/audit/").status_code, 405)
        self.assertEqual(c.delete("/api/audit/%d/" % a.pk).status_code, 404)

    def test_dashboard_summary(self):
        body = self.client_for("u1_req").get("/api/dashboard/summary/").json()
        self.assertEqual(body["withdrawal"]["pending"], 1)
        self.assertEqual(body["withdrawal"]["total"], 1)
        self.assertEqual(body["transfer"]["total"], 1)
        self.assertEqual(body["crate"]["active"], 2)
        self.assertEqual(self.client_for("admin").get("/api/dashboard/summary/").json()["crate"]["total"], 3)

    def test_connections_admin_only(self):
        self.assertEqual(self.client_for("u1_uadmin").get("/api/realtime/connections/").status_code, 403)
        r = self.client_for("admin").get("/api/realtime/connections/")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json(), {"count": 0, "by_unit": {}, "results": []})

    def test_disconnect_all_is_debug_only(self):
        self.assertEqual(self.client_for("admin").post("/api/realtime/disconnect-all/").status_code, 404)
        with override_settings(DEBUG=True):
            self.assertEqual(self.client_for("u1_uadmin").post("/api/realtime/disconnect-all/").status_code, 403)
            self.assertEqual(self.client_for("admin").post("/api/realtime/disconnect-all/").status_code, 200)

    def test_transfer_audit_reaches_both_units(self):
        TransferRequest.objects.filter(pk=self.t1.pk)
        self.client_for("u1_appr").post("/api/requests/transfer/%d/approve/" % self.t1.pk, {"password": PW},
                                        format="json")
        rows = self.client_for("u2_req").get("/api/audit/?entity=transfer").json()["results"]
        self.assertIn("approved", [x["action"] for x in rows])
