# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Seed 004 (HyCON lab equipment): REST endpoints, their broadcasts, and the /ws
first-message-auth endpoint, in both id modes and every DMS_WIRE mode."""
import asyncio

from channels.db import database_sync_to_async
from django.test import TestCase, TransactionTestCase, override_settings

from dms import lab
from dms.models import Equipment, EquipmentStatus, LabSession, SampleSubmission, Unit

from .base import PW, Fixture
from .wsbase import WsCase, act


class LabData:
    @classmethod
    def make_lab(cls):
        cls.e1 = Equipment.objects.create(name="Microscope 1", location="Lab A")
        cls.e2 = Equipment.objects.create(name="HPLC 2", location="Lab B")


# ---------------------------------------------------------------- REST
class LabRestCases(LabData, Fixture):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()
        cls.make_lab()

    def test_equipment_list_and_admin_changes(self):
        c = self.client_for("u1_req")
        body = c.get(self.api("equipment/")).json()
        self.assertEqual(set(body), {"count", "next", "previous", "results"})
        row = body["results"][0]
        self.assertEqual(row, {"id": self.pid(self.e1), "name": "Microscope 1", "location": "Lab A",
                               "status": "available", "active_session_id": None, "updated_at": row["updated_at"]})
        self.assert_id(row["id"])
        self.assertEqual(c.post(self.api("equipment/"), {"name": "X"}, format="json").status_code, 403)
        admin = self.client_for("u1_uadmin")
        r = admin.post(self.api("equipment/"), {"name": "PCR 3", "location": "Lab C"}, format="json")
        self.assertEqual((r.status_code, r.json()["status"]), (201, "available"))
        url = self.api("equipment/%s/" % r.json()["id"])
        self.assertEqual(admin.patch(url, {"location": "Lab D"}, format="json").json()["location"], "Lab D")
        self.assertEqual(c.post(url + "status/", {"status": "maintenance"}, format="json").json()["status"],
                         "maintenance")
        self.assertEqual(c.get(self.api("equipment/?status=maintenance")).json()["count"], 1)
        self.assertEqual(c.post(url + "status/", {"status": "in_use"}, format="json").status_code, 400)
        self.assertEqual(admin.delete(url).status_code, 204)
        self.assertEqual(c.get(url).status_code, 404)

    def test_sessions_start_end_and_lists(self):
        me, other = self.client_for("u1_req"), self.client_for("u2_req")
        r = me.post(self.api("sessions/"), {"equipment_id": self.pid(self.e1), "notes": "run 1"}, format="json")
        self.assertEqual(r.status_code, 201)
        s = r.json()
        self.assertEqual((s["equipment_id"], s["user_id"], s["active"], s["ended_at"]),
                         (self.pid(self.e1), self.pid(self.users["u1_req"]), True, None))
        self.assert_id(s["id"])
        eq = me.get(self.api("equipment/%s/" % self.pid(self.e1))).json()
        self.assertEqual((eq["status"], eq["active_session_id"]), ("in_use", s["id"]))
        # in use: nobody else starts one, nobody changes its status
        self.assertEqual(other.post(self.api("sessions/"), {"equipment_id": self.pid(self.e1)},
                                    format="json").status_code, 409)
        self.assertEqual(other.post(self.api("equipment/%s/status/" % self.pid(self.e1)), {"status": "maintenance"},
                                    format="json").status_code, 409)
        other.post(self.api("sessions/"), {"equipment_id": self.pid(self.e2)}, format="json")
        self.assertEqual([x["id"] for x in me.get(self.api("sessions/mine/")).json()["results"]], [s["id"]])
        self.assertEqual(me.get(self.api("sessions/active/")).json()["count"], 2)
        self.assertEqual(me.get(self.api("sessions/")).json()["count"], 2)
        end = self.api("sessions/%s/end/" % s["id"])
        self.assertEqual(other.post(end).status_code, 403)
        r = me.post(end)
        self.assertEqual((r.status_code, r.json()["active"]), (200, False))
        self.assertEqual(me.post(end).status_code, 409)
        self.assertEqual(me.get(self.api("equipment/%s/" % self.pid(self.e1))).json()["status"], "available")
        self.assertEqual(me.get(self.api("sessions/active/")).json()["count"], 1)

    def test_samples_inbox_unread_and_status(self):
        sender, recipient = self.client_for("u1_appr"), self.client_for("u1_req")
        r = sender.post(self.api("samples/"), {"recipient_user_id": self.pid(self.users["u1_req"]),
                                               "sample_name": "S-1", "equipment_id": self.pid(self.e2)}, format="json")
        self.assertEqual(r.status_code, 201)
        sid = r.json()["id"]
        self.assertEqual((r.json()["recipient_user_id"], r.json()["equipment_id"], r.json()["status"]),
                         (self.pid(self.users["u1_req"]), self.pid(self.e2), "submitted"))
        self.assertEqual(recipient.get(self.api("samples/unread-count/")).json(), {"count": 1})
        self.assertEqual(sender.get(self.api("samples/unread-count/")).json(), {"count": 0})
        inbox = recipient.get(self.api("samples/inbox/")).json()
        self.assertEqual([x["id"] for x in inbox["results"]], [sid])
        self.assertEqual(sender.get(self.api("samples/inbox/")).json()["count"], 0)
        url = self.api("samples/%s/status/" % sid)
        self.assertEqual(sender.post(url, {"status": "received"}, format="json").status_code, 403)
        r = recipient.post(url, {"status": "in_analysis"}, format="json")
        self.assertEqual((r.status_code, r.json()["status"], r.json()["is_read"]), (200, "in_analysis", True))
        self.assertEqual(recipient.get(self.api("samples/unread-count/")).json(), {"count": 0})
        self.assertEqual(recipient.post(url, {"status": "received"}, format="json").status_code, 409)
        self.assertEqual(recipient.post(url, {"status": "bogus"}, format="json").status_code, 400)
        self.assertEqual(self.client_for("u2_req").get(self.api("samples/%s/" % sid)).status_code, 404)
        bad = sender.post(self.api("samples/"), {"recipient_user_id": "nobody"}, format="json")
        self.assertEqual(bad.status_code, 400)
        self.assertIn("recipient_user_id", bad.json())

    def test_bad_ids_404(self):
        c = self.client_for("u1_uadmin")
        for bad in ("zzz", "99999", "00000000-0000-4000-8000-000000000000"):
            for method, path in ((c.get, "equipment/%s/"), (c.post, "equipment/%s/status/"), (c.get, "sessions/%s/"),
                                 (c.post, "sessions/%s/end/"), (c.get, "samples/%s/"), (c.post, "samples/%s/status/")):
                r = method(self.api(path % bad), {"status": "available"}, format="json")
                self.assertEqual(r.status_code, 404, (path, bad))

    def test_needs_a_token(self):
        from rest_framework.test import APIClient

        self.assertEqual(APIClient().get(self.api("equipment/")).status_code, 401)


class LabRestIntTests(LabRestCases, TestCase):
    pass


@override_settings(DMS_PUBLIC_IDS="uuid")
class LabRestUuidTests(LabRestCases, TestCase):
    pass


@override_settings(DMS_PUBLIC_IDS="uuid", DMS_API_PREFIX="hycon/")
class LabRestPrefixTests(LabRestCases, TestCase):
    pass


# ---------------------------------------------------------------- /ws first-message auth
class LabWsCases(LabData, WsCase):
    def make_fixture(self):
        super().make_fixture()
        self.make_lab()

    async def lab_socket(self, user, path="/ws"):
        comm, connected, _ = await self.open(path)
        self.assertTrue(connected)  # no token needed for the handshake
        await comm.send_json_to({"type": "auth", "token": self.token(user)})
        await self.registered(comm)  # the auth is handled: the socket is in its groups
        await self.assert_quiet(comm)  # and got no reply (seed 004 defines none)
        return comm

    async def test_good_auth_then_events_for_everyone(self):
        a = await self.lab_socket(self.users["u1_req"])
        b = await self.lab_socket(self.users["u2_head"], "/ws/")
        user = self.users["u1_req"]
        await database_sync_to_async(lab.start_session)(user, {"equipment_id": self.pid(self.e1)})
        session = await database_sync_to_async(LabSession.objects.get)()
        for comm in (a, b):
            m = await comm.receive_json_from(timeout=3)
            self.assertEqual(set(m), {"type", "action", "session_id", "equipment_id", "data"})
            self.assertEqual((m["type"], m["action"], m["session_id"], m["equipment_id"]),
                             ("session_update", "started", self.pid(session), self.pid(self.e1)))
            self.assertEqual((m["data"]["user_id"], m["data"]["status"]), (self.pid(user), "active"))
            self.assert_id(m["session_id"])
            m = await comm.receive_json_from(timeout=3)
            self.assertEqual(set(m), {"type", "action", "equipment_id", "data"})
            self.assertEqual((m["type"], m["action"], m["equipment_id"], m["data"]["status"], m["data"]["user_id"]),
                             ("equipment_update", "status_change", self.pid(self.e1), "in_use", self.pid(user)))
        await database_sync_to_async(lab.end_session)(user, session)
        m = await a.receive_json_from(timeout=3)
        self.assertEqual((m["type"], m["action"], m["data"]["status"]), ("session_update", "ended", "ended"))
        m = await a.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["data"]["status"]), ("status_change", "available"))
        self.assertEqual([x["type"] for x in await self.drain(b)], ["session_update", "equipment_update"])
        sample = await database_sync_to_async(lab.submit_sample)(
            self.users["u1_appr"], {"recipient_user_id": self.pid(user)})
        m = await b.receive_json_from(timeout=3)
        self.assertEqual(set(m), {"type", "action", "submission_id", "recipient_user_id", "data"})
        self.assertEqual((m["type"], m["action"], m["submission_id"], m["recipient_user_id"], m["data"]),
                         ("sample_update", "new", self.pid(sample), self.pid(user), {"status": "submitted"}))
        await database_sync_to_async(lab.set_sample_status)(user, sample, {"status": "received"})
        m = await b.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["data"]), ("status_changed", {"status": "received"}))
        self.assertEqual([x["action"] for x in await self.drain(a)], ["new", "status_changed"])
        eq = await database_sync_to_async(lab.create_equipment)(self.users["u1_uadmin"], {"name": "Balance 9"})
        m = await a.receive_json_from(timeout=3)
        self.assertEqual((m["type"], m["action"], m["equipment_id"]), ("equipment_update", "created", self.pid(eq)))
        await database_sync_to_async(lab.delete_equipment)(self.users["u1_uadmin"], eq)
        self.assertEqual((await a.receive_json_from(timeout=3))["action"], "deleted")

    async def test_client_frames_after_auth_ignored_and_no_dms_events(self):
        comm = await self.lab_socket(self.users["u1_req"])
        await comm.send_json_to({"type": "ping", "timestamp": "x"})
        await comm.send_json_to({"type": "auth", "token": "garbage"})  # a second auth means nothing
        await comm.send_to(text_data="not json")
        await self.quiet_windows(comm)
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        await self.assert_quiet(comm)

    async def test_rate_limit_4029_in_every_mode(self):
        comm = await self.lab_socket(self.users["u1_req"])
        await self.assert_rate_limit_close(comm, {"type": "ping"}, 4029)

    async def test_dms_sockets_hear_no_lab_events(self):
        if self.wire_mode == "seed001":
            return
        comm, _, _ = await self.open("/ws/updates/", self.token(self.users["u1_req"]))
        await comm.receive_json_from(timeout=3)  # welcome
        await database_sync_to_async(lab.set_equipment_status)(self.users["u1_req"], self.e1, {"status": "maintenance"})
        await self.assert_quiet(comm)



class LabWsAuthCases:
    """The first-message rules (the same code in every wire mode: run in ext only)."""

    async def test_bad_token_4001(self):
        for first in ({"type": "auth", "token": "garbage"}, {"type": "auth"}, {"type": "auth", "token": 5}):
            comm, connected, _ = await self.open("/ws")
            self.assertTrue(connected)
            await comm.send_json_to(first)
            await self.assert_closed_with(comm, 4001)

    async def test_first_message_not_auth_4001(self):
        for first in ({"type": "ping", "timestamp": 1}, [1, 2], "not json"):
            comm, connected, _ = await self.open("/ws")
            if isinstance(first, str):
                await comm.send_to(text_data=first)
            else:
                await comm.send_json_to(first)
            await self.assert_closed_with(comm, 4001)
        # a token in the query string does not count: the first message must carry it
        comm, _, _ = await self.open("/ws", self.token(self.users["u1_req"]))
        await comm.send_json_to({"type": "ping"})
        await self.assert_closed_with(comm, 4001)

    @override_settings(DMS_FIRST_MESSAGE_DEADLINE=0.3)
    async def test_silence_past_the_deadline_4001(self):
        comm, connected, _ = await self.open("/ws")
        self.assertTrue(connected)
        t0 = asyncio.get_running_loop().time()
        await self.assert_closed_with(comm, 4001)
        self.assertLess(asyncio.get_running_loop().time() - t0, 2.5)

    @override_settings(DMS_FIRST_MESSAGE_DEADLINE=0.3)
    async def test_auth_in_time_survives_the_deadline(self):
        comm = await self.lab_socket(self.users["u1_req"])
        await asyncio.sleep(0.5)
        await database_sync_to_async(lab.set_equipment_status)(self.users["u1_req"], self.e2, {"status": "maintenance"})
        self.assertEqual((await comm.receive_json_from(timeout=3))["type"], "equipment_update")


class LabWsIntTests(LabWsAuthCases, LabWsCases, TransactionTestCase):
    wire_mode = "ext"


@override_settings(DMS_PUBLIC_IDS="uuid")
class LabWsUuidTests(LabWsAuthCases, LabWsCases, TransactionTestCase):
    wire_mode = "ext"


@override_settings(DMS_WIRE="seed001", DMS_PUBLIC_IDS="uuid")
class LabWsSeed001Tests(LabWsCases, TransactionTestCase):
    """/ws is served whatever DMS_WIRE says."""

    wire_mode = "seed001"


@override_settings(DMS_WIRE="alt")
class LabWsAltTests(LabWsCases, TransactionTestCase):
    wire_mode = "alt"

    async def test_dms_sockets_hear_no_lab_events(self):
        comm, _, _ = await self.open("/live/events/", self.token(self.users["u1_req"]), param="access_token")
        await comm.receive_json_from(timeout=3)  # hello
        await database_sync_to_async(lab.set_equipment_status)(self.users["u1_req"], self.e1, {"status": "maintenance"})
        await self.assert_quiet(comm)


class SeedDemoLabTests(TestCase):
    def test_seed_demo_creates_lab_data(self):
        from io import StringIO

        from django.core.management import call_command

        call_command("seed_demo", "--units", "2", "--users-per-unit", "4", "--crates", "3", "--requests", "4",
                     stderr=StringIO())
        self.assertEqual(Equipment.objects.count(), 6)
        self.assertEqual(Equipment.objects.filter(status=EquipmentStatus.IN_USE).count(), 1)
        self.assertEqual(Equipment.objects.filter(status=EquipmentStatus.MAINTENANCE).count(), 1)
        self.assertEqual(lab.active_sessions().count(), 1)
        # usernames carry the unit's key: u1_req1 on a fresh database; PostgreSQL's
        # sequences do not restart with each test's rollback
        first_unit = Unit.objects.order_by("id").first().pk
        self.assertEqual(SampleSubmission.objects.filter(recipient__username="u%d_req1" % first_unit,
                                                         is_read=False).count(), 2)

    def test_lab_driver_moves_things(self):
        from io import StringIO

        from django.core.management import call_command

        from dms.lab_activity import LabDriver

        call_command("seed_demo", "--units", "1", "--users-per-unit", "4", "--crates", "0", "--requests", "0",
                     stderr=StringIO())
        driver = LabDriver(seed=3)
        lines = [driver.step() for _ in range(30)]
        self.assertGreater(len([x for x in lines if x]), 20)
        self.assertTrue(any("start session" in x for x in lines if x))
        self.assertTrue(any("submit" in x for x in lines if x))
