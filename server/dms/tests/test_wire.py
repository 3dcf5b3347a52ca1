# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""DMS_WIRE: each seed spoken literally, with exact key sets, in both id modes.

Every case class below runs twice: with integer ids and with uuid ids
(DMS_PUBLIC_IDS=uuid); ids in frames and paths are checked with pid()/assert_id().
"""
import re

from channels.db import database_sync_to_async
from django.test import TransactionTestCase, override_settings

from dms import services, wire
from dms.models import Crate, SendBackRecord

from .base import PW
from .wsbase import WsCase, act, keys_everywhere

MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
SECONDS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
MICRO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


class ModeCase(WsCase):
    async def refused(self, path, user=None, param="token"):
        """The handshake of another dialect's socket is refused (HTTP 403 for a client)."""
        comm, connected, _ = await self.open(path, self.token(user or self.users["u1_req"]), param=param)
        self.assertFalse(connected, path)


# ---------------------------------------------------------------- seed 002
class Seed002Cases(ModeCase):
    async def open002(self, user):
        comm, connected, _ = await self.open("/ws/updates/", self.token(user))
        self.assertTrue(connected)
        return comm, await comm.receive_json_from(timeout=3)

    async def test_welcome_is_exactly_seed_002s(self):
        _, hello = await self.open002(self.users["u1_req"])
        self.assertEqual(hello, {"type": "connection_established",
                                 "message": "Connected to unit %s updates" % self.pid(self.u1)})

    async def test_data_update_exact_keys_no_seq_no_audit(self):
        c1, _ = await self.open002(self.users["u1_req"])
        c2, _ = await self.open002(self.users["u2_req"])
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        ev = await c1.receive_json_from(timeout=3)
        self.assertEqual(set(ev), {"type", "entity", "action", "data", "timestamp"})
        self.assertEqual((ev["type"], ev["entity"], ev["action"]), ("data_update", "withdrawal", "updated"))
        self.assertEqual(ev["data"], {"id": self.pid(self.w1), "status": "approved", "request_number": "WR-000001"})
        self.assert_id(ev["data"]["id"])
        self.assertRegex(ev["timestamp"], MS)
        # no audit event follows (audit events are ours), nothing reaches the other unit
        await self.assert_quiet(c1, c2)

    async def test_crate_storage_sendback_frames_and_no_notification(self):
        requester = self.users["u1_req"]
        c1, _ = await self.open002(requester)
        await act(self.users["u1_appr"], self.w1, "send-back", {"password": PW, "reason": "add"})
        got = await self.drain(c1)
        self.assertEqual([(m["type"], m["entity"]) for m in got], [("data_update", "withdrawal"),
                                                                   ("data_update", "sendback")])
        rec = await database_sync_to_async(SendBackRecord.objects.get)()
        self.assertEqual(got[1]["data"], {"id": self.pid(rec), "status": "open", "request_number": "WR-000001"})
        await act(self.users["u1_appr"], self.d1, "approve", {"password": PW})
        await act(self.users["u1_head"], self.d1, "issue")
        got = await self.drain(c1)
        crate = [m for m in got if m["entity"] == "crate"][0]
        self.assertEqual(crate["data"], {"id": self.pid(self.c1b), "status": "archived", "crate_number": "CR-1-00002"})
        st = await database_sync_to_async(services.create_storage)(self.users["u1_head"], {"code": "NEW"})
        ev = await c1.receive_json_from(timeout=3)
        self.assertEqual((ev["entity"], ev["action"], ev["data"]), ("storage", "created",
                                                                    {"id": self.pid(st), "status": "active"}))
        for m in got + [ev]:
            self.assertEqual(set(m), {"type", "entity", "action", "data", "timestamp"})

    async def test_transfer_reaches_both_units(self):
        c1, _ = await self.open002(self.users["u1_req"])
        c2, _ = await self.open002(self.users["u2_req"])
        await act(self.users["u1_appr"], self.t1, "approve", {"password": PW})
        for comm in (c1, c2):
            ev = await comm.receive_json_from(timeout=3)
            self.assertEqual((ev["entity"], ev["data"]["id"]), ("transfer", self.pid(self.t1)))

    async def test_ping_pong_exact_and_nothing_else_answered(self):
        comm, _ = await self.open002(self.users["u1_req"])
        await comm.send_json_to({"type": "ping", "timestamp": "2024-01-15T10:30:00.000Z"})
        pong = await comm.receive_json_from(timeout=3)
        self.assertEqual(set(pong), {"type", "timestamp"})
        self.assertEqual(pong["type"], "pong")
        self.assertRegex(pong["timestamp"], MS)
        self.assertNotEqual(pong["timestamp"], "2024-01-15T10:30:00.000Z")  # the server's now, no echo
        await comm.send_json_to({"type": "subscribe"})
        await comm.send_to(text_data="not json")
        await comm.send_to(text_data="[1]")
        # client frames are handled one by one, in order: an answer to any of those (or a
        # second frame after the first pong) would come before this pong
        await comm.send_json_to({"type": "ping", "timestamp": "after"})
        self.assertEqual((await comm.receive_json_from(timeout=3))["type"], "pong")

    async def test_rate_limit_4029_as_in_ext(self):
        # no seed defines a code for it; why 4029 stays: docs/server.md, "Close codes in
        # the literal modes"
        comm, _ = await self.open002(self.users["u1_req"])
        await self.assert_rate_limit_close(comm, {"type": "ping", "timestamp": "t"}, 4029)

    async def test_bad_token_4001_and_other_dialects_absent(self):
        comm, connected, _ = await self.open("/ws/updates/", "garbage")
        self.assertTrue(connected)
        await self.assert_closed_with(comm, 4001)
        await self.refused("/ws/requests/%s/" % self.pid(self.u1))
        await self.refused("/ws/notifications/%s/" % self.pid(self.users["u1_req"]))
        await self.refused("/live/events/", param="access_token")


@override_settings(DMS_WIRE="seed002")
class Seed002IntTests(Seed002Cases, TransactionTestCase):
    pass


@override_settings(DMS_WIRE="seed002", DMS_PUBLIC_IDS="uuid")
class Seed002UuidTests(Seed002Cases, TransactionTestCase):
    pass


# ---------------------------------------------------------------- seed 001
class Seed001Cases(ModeCase):
    async def open001(self, user, path):
        comm, connected, _ = await self.open(path, self.token(user))
        self.assertTrue(connected, path)
        await self.registered(comm)  # in its groups: no welcome tells
        return comm

    async def sockets(self, user):
        unit = self.u1 if user.unit_id == self.u1.pk else self.u2
        return (await self.open001(user, "/ws/requests/%s/" % self.pid(unit)),
                await self.open001(user, "/ws/crates/%s/" % self.pid(unit)),
                await self.open001(user, "/ws/notifications/%s/" % self.pid(user)))

    def assert_no_kind(self, frame):
        self.assertNotIn("kind", keys_everywhere(frame))

    async def test_no_welcome_and_client_frames_ignored(self):
        socks = await self.sockets(self.users["u1_req"])
        await self.assert_quiet(*socks)  # connected and in their groups, and no welcome
        for comm in socks:
            await comm.send_json_to({"type": "ping", "timestamp": "2024-01-15T10:30:00.000Z"})
            await comm.send_to(text_data="not json")
        await self.quiet_windows(*socks)

    async def test_request_updated_exact(self):
        req, crates, _ = await self.sockets(self.users["u1_req"])
        req2, _, _ = await self.sockets(self.users["u2_req"])
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        m = await req.receive_json_from(timeout=3)
        self.assertEqual(set(m), {"type", "action", "request_id", "status", "updated_at", "updated_by", "data"})
        self.assertEqual((m["type"], m["action"], m["request_id"], m["status"], m["updated_by"]),
                         ("request.updated", "approved", self.pid(self.w1), "Approved", "u1_appr"))
        self.assert_id(m["request_id"])
        self.assertRegex(m["updated_at"], SECONDS)
        self.assertEqual(m["data"], {"id": self.pid(self.w1), "request_type": "Withdrawal", "status": "Approved",
                                     "request_number": "WR-000001"})
        self.assert_no_kind(m)
        await self.assert_quiet(req, crates, req2)  # no audit, nothing else, nothing in unit 2

    async def test_crate_updated_exact_and_issue(self):
        req, crates, _ = await self.sockets(self.users["u1_req"])
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        await req.receive_json_from(timeout=3)
        await act(self.users["u1_head"], self.w1, "issue")
        m = await crates.receive_json_from(timeout=3)
        self.assertEqual(set(m), {"type", "action", "crate_id", "status", "updated_at", "updated_by", "data"})
        self.assertEqual((m["type"], m["action"], m["crate_id"], m["status"]),
                         ("crate.updated", "withdrawn", self.pid(self.c1), "Withdrawn"))
        self.assertEqual(m["data"], {"id": self.pid(self.c1), "status": "Withdrawn", "crate_number": "CR-1-00001"})
        m = await req.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["status"], m["data"]["status"]), ("issued", "Issued", "Issued"))
        # relocation keeps its own action word; capitalised status
        crate = await database_sync_to_async(Crate.objects.get)(pk=self.c1b.pk)
        await database_sync_to_async(services.relocate_crate)(self.users["u1_head"], crate,
                                                              {"storage_id": self.pid(self.s1b)})
        m = await crates.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["status"]), ("relocated", "Active"))
        self.assert_no_kind(m)

    async def test_send_back_notification_only_to_the_requester(self):
        requester, other = self.users["u1_req"], self.users["u1_req_b"]
        req, _, note = await self.sockets(requester)
        _, _, note_other = await self.sockets(other)
        await act(self.users["u1_appr"], self.w1, "send-back", {"password": PW, "reason": "add list"})
        m = await req.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["status"], m["data"]["status"]), ("sent_back", "Sent Back", "Sent Back"))
        n = await note.receive_json_from(timeout=3)
        self.assertEqual(set(n), {"type", "notification_type", "request_id", "message"})
        self.assertEqual((n["type"], n["notification_type"], n["request_id"]),
                         ("notification", "send_back", self.pid(self.w1)))
        await self.assert_quiet(note, note_other)
        # the requester's edit resubmits it: an "updated" with status Pending
        w1 = await database_sync_to_async(type(self.w1).objects.get)(pk=self.w1.pk)
        await database_sync_to_async(services.edit_request)(requester, w1, {"reason": "with list"})
        m = await req.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["status"]), ("updated", "Pending"))

    async def test_created_rejected_returned_words_and_transfer_both_units(self):
        req1, _, _ = await self.sockets(self.users["u1_req"])
        req2, _, _ = await self.sockets(self.users["u2_req"])
        await act(self.users["u1_appr"], self.t1, "approve", {"password": PW})
        for comm in (req1, req2):
            m = await comm.receive_json_from(timeout=3)
            self.assertEqual((m["request_id"], m["data"]["request_type"], m["status"]),
                             (self.pid(self.t1), "Transfer", "Approved"))
        await act(self.users["u1_appr"], self.d1, "reject", {"password": PW})
        m = await req1.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["status"], m["data"]["request_type"]), ("rejected", "Rejected", "Destruction"))
        new = await database_sync_to_async(services.create_request)(self.users["u1_req"], "withdrawal", {"reason": "x"})
        m = await req1.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["status"], m["request_id"]), ("created", "Pending", self.pid(new)))
        self.assertEqual(wire.status_word("returned"), "Returned")

    async def test_rate_limit_4029_as_in_ext(self):
        comm = await self.open001(self.users["u1_req"], "/ws/crates/%s/" % self.pid(self.u1))
        await self.assert_rate_limit_close(comm, {"type": "ping"}, 4029)

    async def test_deletion_is_silent(self):
        # seed 001's signal handler is post_save only
        req, _, _ = await self.sockets(self.users["u1_req"])
        await database_sync_to_async(services.delete_request)(self.users["u1_req"], self.d1)
        await self.assert_quiet(req)

    async def test_4001_4003_and_other_dialects_absent(self):
        u = self.users["u1_req"]
        comm, connected, _ = await self.open("/ws/requests/%s/" % self.pid(self.u1), "garbage")
        self.assertTrue(connected)
        await self.assert_closed_with(comm, 4001)
        other_form = str(self.u1.pk) if self.uuid else str(self.u1.public_id)
        for path in ("/ws/requests/%s/" % self.pid(self.u2), "/ws/crates/%s/" % self.pid(self.u2),
                     "/ws/notifications/%s/" % self.pid(self.users["u1_appr"]), "/ws/requests/%s/" % other_form,
                     "/ws/crates/zzz/"):
            comm, connected, _ = await self.open(path, self.token(u))
            self.assertTrue(connected, path)
            await self.assert_closed_with(comm, 4003)
        # admin may open another unit's path
        comm = await self.open001(self.admin, "/ws/requests/%s/" % self.pid(self.u2))
        await self.assert_quiet(comm)  # (open, and no welcome)
        await self.refused("/ws/updates/")
        await self.refused("/live/events/", param="access_token")


@override_settings(DMS_WIRE="seed001")
class Seed001IntTests(Seed001Cases, TransactionTestCase):
    uuid = False


@override_settings(DMS_WIRE="seed001", DMS_PUBLIC_IDS="uuid")
class Seed001UuidTests(Seed001Cases, TransactionTestCase):
    uuid = True


# ---------------------------------------------------------------- alt
class AltCases(ModeCase):
    async def open_alt(self, user):
        comm, connected, _ = await self.open("/live/events/", self.token(user), param="access_token")
        self.assertTrue(connected)
        return comm, await comm.receive_json_from(timeout=3)

    async def test_hello_change_heartbeat(self):
        comm, hello = await self.open_alt(self.users["u1_req"])
        self.assertEqual(set(hello), {"event", "text"})
        self.assertEqual(hello["event"], "hello")
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        ev = await comm.receive_json_from(timeout=3)
        self.assertEqual(set(ev), {"event", "resource", "op", "record", "emitted_at"})
        self.assertEqual((ev["event"], ev["resource"], ev["op"]), ("change", "withdrawal", "updated"))
        self.assertEqual(ev["record"], {"pk": self.pid(self.w1), "state": "approved", "ref": "WR-000001"})
        self.assert_id(ev["record"]["pk"])
        self.assertRegex(ev["emitted_at"], MICRO)
        await self.assert_quiet(comm)  # no audit event
        await comm.send_json_to({"event": "heartbeat", "sent": "2024-01-15T10:30:00Z"})
        ack = await comm.receive_json_from(timeout=3)
        self.assertEqual(set(ack), {"event", "at"})
        self.assertEqual(ack["event"], "heartbeat_ack")
        self.assertRegex(ack["at"], MICRO)
        # a seed-002 ping, garbage: ignored (handled in order: an answer to them, or a
        # second frame after the first ack, would come before the next ack)
        await comm.send_json_to({"type": "ping", "timestamp": 1})
        await comm.send_to(text_data="nope")
        await comm.send_json_to({"event": "heartbeat", "sent": "2024-01-15T10:30:01Z"})
        self.assertEqual((await comm.receive_json_from(timeout=3))["event"], "heartbeat_ack")
        for frame in (hello, ev, ack):
            self.assertNotIn("type", frame)

    async def test_crate_and_storage_changes(self):
        comm, _ = await self.open_alt(self.users["u1_head"])
        crate = await database_sync_to_async(services.create_crate)(self.users["u1_head"], {})
        ev = await comm.receive_json_from(timeout=3)
        self.assertEqual((ev["resource"], ev["op"], ev["record"]),
                         ("crate", "created", {"pk": self.pid(crate), "state": "active", "ref": crate.crate_number}))
        st = await database_sync_to_async(services.create_storage)(self.users["u1_head"], {"code": "Q1"})
        ev = await comm.receive_json_from(timeout=3)
        self.assertEqual((ev["resource"], ev["record"]), ("storage", {"pk": self.pid(st), "state": "active",
                                                                      "ref": "Q1"}))

    async def test_rate_limit_4029_as_in_ext(self):
        comm, _ = await self.open_alt(self.users["u1_req"])
        await self.assert_rate_limit_close(comm, {"event": "heartbeat", "sent": "t"}, 4029)

    async def test_token_only_in_access_token_4001(self):
        comm, connected, _ = await self.open("/live/events/", "garbage", param="access_token")
        self.assertTrue(connected)
        await self.assert_closed_with(comm, 4001)
        # ?token= is another backend's parameter
        comm, connected, _ = await self.open("/live/events/", self.token(self.users["u1_req"]))
        self.assertTrue(connected)
        await self.assert_closed_with(comm, 4001)
        await self.refused("/ws/updates/")
        await self.refused("/ws/requests/%s/" % self.pid(self.u1))


@override_settings(DMS_WIRE="alt")
class AltIntTests(AltCases, TransactionTestCase):
    pass


@override_settings(DMS_WIRE="alt", DMS_PUBLIC_IDS="uuid")
class AltUuidTests(AltCases, TransactionTestCase):
    pass


# ---------------------------------------------------------------- ext with uuid ids
@override_settings(DMS_PUBLIC_IDS="uuid")
class ExtUuidTests(ModeCase, TransactionTestCase):
    async def test_ext_frames_carry_uuid_ids(self):
        requester = self.users["u1_req"]
        comm, hello = await self.open_ok(requester)
        self.assertEqual((hello["unit_id"], hello["user_id"]), (self.pid(self.u1), self.pid(requester)))
        self.assertEqual(hello["message"], "Connected to unit %s updates" % self.pid(self.u1))
        req_sock, h2 = await self.open_ok(requester, "/ws/requests/%s/" % self.pid(self.u1))
        self.assertEqual(h2["unit_id"], self.pid(self.u1))
        note_sock, _ = await self.open_ok(requester, "/ws/notifications/%s/" % self.pid(requester))
        await act(self.users["u1_appr"], self.w1, "send-back", {"password": PW})
        got = await self.drain(comm)
        by_entity = {m.get("entity", m["type"]): m for m in got}
        self.assertEqual(by_entity["withdrawal"]["data"]["id"], self.pid(self.w1))
        self.assertIn("seq", by_entity["withdrawal"])
        self.assertEqual(by_entity["notification"]["request_id"], self.pid(self.w1))
        audit = by_entity["audit"]["data"]
        self.assertIsInstance(audit["id"], int)   # the log's cursor
        self.assertEqual(audit["entity_id"], self.pid(self.w1))
        m = await req_sock.receive_json_from(timeout=3)
        self.assertEqual((m["request_id"], m["kind"], m["data"]["id"]), (self.pid(self.w1), "withdrawal",
                                                                        self.pid(self.w1)))
        self.assertEqual((await note_sock.receive_json_from(timeout=3))["request_id"], self.pid(self.w1))

    async def test_crate_frame_storage_id(self):
        comm, _ = await self.open_ok(self.users["u1_head"], "/ws/crates/%s/" % self.pid(self.u1))
        crate = await database_sync_to_async(Crate.objects.get)(pk=self.c1.pk)
        await database_sync_to_async(services.relocate_crate)(self.users["u1_head"], crate,
                                                              {"storage_id": self.pid(self.s1b)})
        m = await comm.receive_json_from(timeout=3)
        self.assertEqual((m["crate_id"], m["storage_id"]), (self.pid(self.c1), self.pid(self.s1b)))

    async def test_ext_serves_both_families_but_not_alt(self):
        await self.open_ok(self.users["u1_req"])
        await self.open_ok(self.users["u1_req"], "/ws/crates/%s/" % self.pid(self.u1))
        await self.refused("/live/events/", param="access_token")
