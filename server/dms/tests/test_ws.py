# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""WebSocket rules through channels.testing.WebsocketCommunicator (in-memory channel layer).

TransactionTestCase: broadcasts are sent from transaction.on_commit, which only
fires on a real commit.
"""
import asyncio
from unittest import mock
from datetime import timedelta

from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.db import DatabaseError, transaction
from django.test import TransactionTestCase, override_settings
from django.utils import timezone
from rest_framework_simplejwt.tokens import AccessToken

from config.asgi import application
from dms import services
from dms.models import LiveConnection, OutboxFrame, UnitSequence, WithdrawalRequest

from .base import PW
from .wsbase import WsCase, act


class WsTests(WsCase, TransactionTestCase):
    # ------------------------------------------------------------ connect / auth
    async def test_connection_established(self):
        u = self.users["u1_req"]
        comm, hello = await self.open_ok(u)
        self.assertEqual(hello["message"], "Connected to unit %d updates" % self.u1.pk)
        self.assertEqual(hello["unit_id"], self.u1.pk)
        db_seq = await database_sync_to_async(lambda: UnitSequence.objects.get(unit_id=self.u1.pk).value)()
        self.assertEqual(hello["seq"], db_seq)
        self.assertGreater(db_seq, 0)  # the fixture's own changes were broadcast
        self.assertRegex(hello["server_time"], r"\.\d{3}Z$")

    async def test_bad_missing_expired_token_4001(self):
        comm, connected, _ = await self.open("/ws/updates/", "not-a-token")
        self.assertTrue(connected)  # accepted, then closed: the client can tell 4001 from a refusal
        await self.assert_closed_with(comm, 4001)
        comm, connected, _ = await self.open("/ws/updates/")
        self.assertTrue(connected)
        await self.assert_closed_with(comm, 4001)
        expired = AccessToken.for_user(self.users["u1_req"])
        expired.set_exp(lifetime=timedelta(seconds=-5))
        comm, connected, _ = await self.open("/ws/updates/", str(expired))
        self.assertTrue(connected)
        await self.assert_closed_with(comm, 4001)
        comm, connected, _ = await self.open("/ws/updates/", headers=[(b"authorization", b"Bearer nonsense")])
        await self.assert_closed_with(comm, 4001)

    async def test_token_in_authorization_header(self):
        tok = self.token(self.users["u1_req"]).encode()
        comm, connected, _ = await self.open("/ws/updates/", headers=[(b"authorization", b"Bearer " + tok)])
        self.assertTrue(connected)
        self.assertEqual((await comm.receive_json_from(timeout=3))["type"], "connection_established")

    async def test_missing_or_foreign_origin_refused(self):
        comm, connected, _ = await self.open("/ws/updates/", self.token(self.users["u1_req"]), origin=False)
        self.assertFalse(connected)
        comm = WebsocketCommunicator(application, "/ws/updates/?token=" + self.token(self.users["u1_req"]),
                                     headers=[(b"origin", b"http://evil.example")])
        self.comms.append(comm)
        connected, _ = await comm.connect(timeout=3)
        self.assertFalse(connected)

    async def test_other_unit_or_user_path_4003(self):
        u = self.users["u1_req"]
        for path in ("/ws/requests/%d/" % self.u2.pk, "/ws/crates/%d/" % self.u2.pk,
                     "/ws/notifications/%d/" % self.users["u1_appr"].pk):
            comm, connected, _ = await self.open(path, self.token(u))
            self.assertTrue(connected, path)
            await self.assert_closed_with(comm, 4003)
        for path in ("/ws/requests/%d/" % self.u1.pk, "/ws/crates/%d/" % self.u1.pk,
                     "/ws/notifications/%d/" % u.pk):
            await self.open_ok(u, path)

    # ------------------------------------------------------------ ping / client frames
    async def test_ping_pong_echo_and_last_ping(self):
        comm, _ = await self.open_ok(self.users["u1_req"])
        await comm.send_json_to({"type": "ping", "timestamp": "2024-01-15T10:30:00.000Z"})
        pong = await comm.receive_json_from(timeout=3)
        self.assertEqual(pong["type"], "pong")
        self.assertEqual(pong["echo"], "2024-01-15T10:30:00.000Z")
        self.assertRegex(pong["timestamp"], r"^\d{4}-.*\.\d{3}Z$")
        row = await database_sync_to_async(lambda: LiveConnection.objects.get())()
        self.assertIsNotNone(row.last_ping)
        self.assertEqual((row.unit_id, row.path), (self.u1.pk, "/ws/updates/"))

    async def test_pong_carries_the_units_current_seq(self):
        # (ext) so a client can tell that events at the end of a burst never reached it.
        c1, h1 = await self.open_ok(self.users["u1_req"])
        await c1.send_json_to({"type": "ping", "timestamp": "2024-01-15T10:30:00.000Z"})
        self.assertEqual((await c1.receive_json_from(timeout=3))["seq"], h1["seq"])
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        events = [await c1.receive_json_from(timeout=3) for _ in range(2)]  # request, audit
        await c1.send_json_to({"type": "ping", "timestamp": "2024-01-15T10:30:01.000Z"})
        pong = await c1.receive_json_from(timeout=3)
        self.assertEqual(pong["type"], "pong")
        self.assertEqual(pong["seq"], events[-1]["seq"])
        # another unit's counter is its own
        c2, h2 = await self.open_ok(self.users["u2_req"])
        await c2.send_json_to({"type": "ping", "timestamp": "2024-01-15T10:30:02.000Z"})
        self.assertEqual((await c2.receive_json_from(timeout=3))["seq"], h2["seq"])

    async def test_pings_read_at_once_share_a_database_trip(self):
        """Pings that arrive while a trip to the database is under way wait for the next
        trip together (consumers._PingBatch): at 1,000 sockets pinging 333 times a second
        one trip per ping left pongs 3 s late and REST requests starved. Each pong still
        carries its own unit's seq, and every socket's ping time is written."""
        from dms import consumers

        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})  # unit 1 ahead of unit 2
        socks = []
        for name in ("u1_req", "u1_appr", "u1_head", "u2_req", "u2_appr", "u2_head") * 2:
            comm, hello = await self.open_ok(self.users[name])
            socks.append((comm, hello))
        seqs = await database_sync_to_async(
            lambda: dict(UnitSequence.objects.values_list("unit_id", "value")))()
        self.assertNotEqual(seqs[self.u1.pk], seqs[self.u2.pk])
        trips = []
        real = consumers._ping_bookkeeping

        async def counted(*args):
            trips.append(args)
            return await real(*args)

        with mock.patch.object(consumers, "_ping_bookkeeping", counted):
            for i, (comm, _) in enumerate(socks):
                await comm.send_json_to({"type": "ping", "timestamp": "t%d" % i})
            for i, (comm, hello) in enumerate(socks):
                pong = await comm.receive_json_from(timeout=3)
                while pong["type"] != "pong":  # the approval's frames, for unit 1's sockets
                    pong = await comm.receive_json_from(timeout=3)
                self.assertEqual(pong["echo"], "t%d" % i)
                self.assertEqual(pong["seq"], seqs[hello["unit_id"]])
        self.assertLess(len(trips), len(socks))
        self.assertEqual(sum(len(write) for _, write, _ in trips), len(socks))
        pinged = await database_sync_to_async(
            lambda: LiveConnection.objects.filter(last_ping__isnull=False).count())()
        self.assertEqual(pinged, len(socks))

    async def test_unknown_type_error_keeps_socket(self):
        comm, _ = await self.open_ok(self.users["u1_req"])
        await comm.send_json_to({"type": "subscribe"})
        err = await comm.receive_json_from(timeout=3)
        self.assertEqual(err["type"], "error")
        await comm.send_to(text_data="not json")
        self.assertEqual((await comm.receive_json_from(timeout=3))["type"], "error")
        await comm.send_json_to({"type": "ping", "timestamp": 1})
        self.assertEqual((await comm.receive_json_from(timeout=3))["echo"], 1)

    async def test_rate_limit_4029(self):
        comm, _ = await self.open_ok(self.users["u1_req"])
        for i in range(21):
            await comm.send_json_to({"type": "ping", "timestamp": i})
        seen = []
        while True:
            out = await comm.receive_output(timeout=3)
            if out["type"] == "websocket.close":
                self.assertEqual(out["code"], 4029)
                break
            seen.append(out)
        self.assertEqual(len(seen), 20)

    async def test_twenty_per_second_is_allowed(self):
        comm, _ = await self.open_ok(self.users["u1_req"])
        for i in range(20):
            await comm.send_json_to({"type": "ping", "timestamp": i})
        for i in range(20):
            self.assertEqual((await comm.receive_json_from(timeout=3))["echo"], i)
        await asyncio.sleep(1.05)
        await comm.send_json_to({"type": "ping", "timestamp": "again"})
        self.assertEqual((await comm.receive_json_from(timeout=3))["echo"], "again")

    async def test_oversize_text_frame_1009(self):
        comm, _ = await self.open_ok(self.users["u1_req"])
        await comm.send_to(text_data="x" * (64 * 1024 + 1))
        await self.assert_closed_with(comm, 1009)

    async def test_connections_table_tracks_sockets(self):
        comm, _ = await self.open_ok(self.users["u1_req"])
        comm2, _ = await self.open_ok(self.users["u2_req"], "/ws/requests/%d/" % self.u2.pk)
        rows = await database_sync_to_async(lambda: list(LiveConnection.objects.values_list("unit_id", "path")))()
        self.assertEqual(sorted(rows), sorted([(self.u1.pk, "/ws/updates/"),
                                               (self.u2.pk, "/ws/requests/%d/" % self.u2.pk)]))
        await comm.disconnect()
        n = await database_sync_to_async(LiveConnection.objects.count)()
        self.assertEqual(n, 1)

    # ------------------------------------------------------------ broadcasts
    async def test_own_unit_gets_event_other_unit_nothing_seq_plus_one(self):
        c1, h1 = await self.open_ok(self.users["u1_req"])
        c2, h2 = await self.open_ok(self.users["u2_req"])
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        ev = await c1.receive_json_from(timeout=3)
        self.assertEqual(ev["type"], "data_update")
        self.assertEqual((ev["entity"], ev["action"]), ("withdrawal", "updated"))
        self.assertEqual(ev["data"], {"id": self.w1.pk, "status": "approved", "request_number": "WR-000001"})
        self.assertEqual(ev["seq"], h1["seq"] + 1)
        self.assertRegex(ev["timestamp"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
        self.assertEqual(len(ev["event_id"]), 36)
        audit = await c1.receive_json_from(timeout=3)
        self.assertEqual((audit["entity"], audit["action"], audit["seq"]), ("audit", "created", h1["seq"] + 2))
        self.assertEqual((audit["data"]["entity"], audit["data"]["entity_id"], audit["data"]["action"]),
                         ("withdrawal", self.w1.pk, "approved"))
        await self.assert_quiet(c2, c1)
        # no sensitive fields travel
        self.assertEqual(set(ev), {"type", "entity", "action", "data", "timestamp", "seq", "event_id"})
        # the next event continues the sequence
        await act(self.users["u1_head"], self.w1, "issue")
        seqs = [(await c1.receive_json_from(timeout=3))["seq"] for _ in range(4)]  # crate, audit, request, audit
        self.assertEqual(seqs, list(range(h1["seq"] + 3, h1["seq"] + 7)))
        seq_db = await database_sync_to_async(lambda: UnitSequence.objects.get(unit_id=self.u1.pk).value)()
        self.assertEqual(seq_db, h1["seq"] + 6)

    async def test_transfer_reaches_both_units_each_with_own_seq(self):
        await database_sync_to_async(lambda: UnitSequence.objects.filter(unit_id=self.u2.pk).update(value=100))()
        c1, h1 = await self.open_ok(self.users["u1_req"])
        c2, h2 = await self.open_ok(self.users["u2_req"])
        self.assertEqual(h2["seq"], 100)
        await act(self.users["u1_appr"], self.t1, "approve", {"password": PW})
        for comm, hello in ((c1, h1), (c2, h2)):
            ev = await comm.receive_json_from(timeout=3)
            self.assertEqual((ev["entity"], ev["data"]["status"], ev["seq"]), ("transfer", "approved",
                                                                                hello["seq"] + 1))
            au = await comm.receive_json_from(timeout=3)
            self.assertEqual((au["entity"], au["seq"]), ("audit", hello["seq"] + 2))
            self.assertNotEqual(ev["event_id"], au["event_id"])

    async def test_events_created_deleted_crate_storage(self):
        c1, h1 = await self.open_ok(self.users["u1_head"])
        head = self.users["u1_head"]
        crate = await database_sync_to_async(services.create_crate)(head, {"storage_id": self.s1.pk})
        ev = await c1.receive_json_from(timeout=3)
        self.assertEqual((ev["entity"], ev["action"], ev["data"]["crate_number"]), ("crate", "created",
                                                                                    crate.crate_number))
        await c1.receive_json_from(timeout=3)  # audit
        await database_sync_to_async(services.relocate_crate)(head, crate, {"storage_id": self.s1b.pk})
        ev = await c1.receive_json_from(timeout=3)
        self.assertEqual((ev["entity"], ev["action"]), ("crate", "updated"))
        await c1.receive_json_from(timeout=3)
        await database_sync_to_async(services.create_storage)(head, {"code": "NEW"})
        ev = await c1.receive_json_from(timeout=3)
        self.assertEqual((ev["entity"], ev["action"]), ("storage", "created"))
        await c1.receive_json_from(timeout=3)
        d1_pk = self.d1.pk
        await database_sync_to_async(services.delete_request)(self.users["u1_req"], self.d1)
        ev = await c1.receive_json_from(timeout=3)
        self.assertEqual((ev["entity"], ev["action"], ev["data"]["id"]), ("destruction", "deleted", d1_pk))

    async def test_send_back_notification_only_to_requester(self):
        requester, other = self.users["u1_req"], self.users["u1_req_b"]
        c_req, _ = await self.open_ok(requester)
        c_other, _ = await self.open_ok(other)
        c_appr, _ = await self.open_ok(self.users["u1_appr"])
        c_note, _ = await self.open_ok(requester, "/ws/notifications/%d/" % requester.pk)
        c_note_other, _ = await self.open_ok(other, "/ws/notifications/%d/" % other.pk)
        await act(self.users["u1_appr"], self.w1, "send-back", {"password": PW, "reason": "add list"})
        got_req, got_other, got_appr, got_note, got_note_other = await self.settle(
            c_req, c_other, c_appr, c_note, c_note_other)
        notes = [m for m in got_req if m["type"] == "notification"]
        self.assertEqual(len(notes), 1)
        self.assertEqual((notes[0]["kind"], notes[0]["request_id"]), ("send_back", self.w1.pk))
        self.assertIn("message", notes[0])
        entities = [m["entity"] for m in got_req if m["type"] == "data_update"]
        self.assertEqual(sorted(entities), ["audit", "sendback", "withdrawal"])
        for got in (got_other, got_appr):
            self.assertEqual([m for m in got if m["type"] == "notification"], [])
            self.assertEqual(len(got), 3)
        self.assertEqual([m["type"] for m in got_note], ["notification"])
        self.assertEqual(got_note_other, [])

    async def test_dms_channels_dialect(self):
        u = self.users["u1_req"]
        c_req, _ = await self.open_ok(u, "/ws/requests/%d/" % self.u1.pk)
        c_crate, _ = await self.open_ok(u, "/ws/crates/%d/" % self.u1.pk)
        c_req2, _ = await self.open_ok(self.users["u2_req"], "/ws/requests/%d/" % self.u2.pk)
        await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        m = await c_req.receive_json_from(timeout=3)
        self.assertEqual((m["type"], m["action"], m["request_id"], m["status"], m["updated_by"]),
                         ("request.updated", "approved", self.w1.pk, "approved", "u1_appr"))
        await self.assert_quiet(c_req2)
        await act(self.users["u1_head"], self.w1, "issue")
        m = await c_crate.receive_json_from(timeout=3)
        self.assertEqual((m["type"], m["crate_id"], m["status"]), ("crate.updated", self.c1.pk, "withdrawn"))
        m = await c_req.receive_json_from(timeout=3)
        self.assertEqual((m["action"], m["status"]), ("issued", "issued"))

    async def test_failed_signature_broadcasts_nothing(self):
        c1, h1 = await self.open_ok(self.users["u1_req"])
        with self.assertRaises(Exception):
            await act(self.users["u1_appr"], self.w1, "approve", {"password": "wrong"})
        await self.assert_quiet(c1)

    # ------------------------------------------------------------ debug switches
    async def test_fault_drop_every_makes_a_gap(self):
        c1, h1 = await self.open_ok(self.users["u1_req"])
        with override_settings(DMS_FAULT_DROP_EVERY=2):
            await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
            await act(self.users["u1_head"], self.w1, "allocate-storage", {"storage_id": self.s1b.pk})
        seqs = [m["seq"] for m in await self.drain(c1)]
        h = h1["seq"]
        self.assertEqual(seqs, [x for x in range(h + 1, h + 5) if x % 2])  # every 2nd seq is consumed, not sent

    # ------------------------------------------------------------ the outbox (dms/broadcast.py)
    async def test_a_rolled_back_change_tells_nothing(self):
        c1, _ = await self.open_ok(self.users["u1_req"])

        def change_then_fail():
            with transaction.atomic():
                w = WithdrawalRequest.objects.get(pk=self.w1.pk)
                w.status = "approved"
                w.save()
                self.assertEqual(OutboxFrame.objects.count(), 2)  # the request's frame, its audit entry's
                raise RuntimeError("rolled back")

        with self.assertRaises(RuntimeError):
            await database_sync_to_async(change_then_fail)()
        self.assertEqual(await database_sync_to_async(OutboxFrame.objects.count)(), 0)
        await self.assert_quiet(c1)

    async def test_a_heartbeat_sends_frames_left_waiting(self):
        """Frames a dead process left unsent (written, committed, never drained) go out
        numbered on the next ping of one of the unit's sockets; its pong's seq counts them
        (the frame comes through the channel layer, so it may follow the pong)."""
        c1, h1 = await self.open_ok(self.users["u1_req"])
        frame = '{"type": "data_update", "entity": "crate", "action": "updated", "data": {"id": 1}, "event_id": "e"}'

        def leave_one():
            row = OutboxFrame.objects.create(unit_id=self.u1.pk, dialect="ext", frame=frame)
            OutboxFrame.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(seconds=5))

        await database_sync_to_async(leave_one)()
        await c1.send_json_to({"type": "ping", "timestamp": "t"})
        got = [await c1.receive_json_from(timeout=3) for _ in range(2)]
        pong, = [m for m in got if m["type"] == "pong"]
        ev, = [m for m in got if m["type"] == "data_update"]
        self.assertEqual((ev["entity"], ev["event_id"], ev["seq"]), ("crate", "e", h1["seq"] + 1))
        self.assertEqual(pong["seq"], h1["seq"] + 1)
        self.assertEqual(await database_sync_to_async(OutboxFrame.objects.count)(), 0)

    async def test_a_new_socket_counts_from_the_last_frame_sent(self):
        """A frame numbered but not sent yet (its process died while sending) is not in the
        welcome's seq: the socket receives it as its next event, not as a duplicate."""
        frame = '{"type": "data_update", "entity": "crate", "action": "updated", "data": {"id": 1}, "event_id": "n"}'

        def leave_numbered():
            seq = UnitSequence.objects.get(unit_id=self.u1.pk).value + 1
            UnitSequence.objects.filter(unit_id=self.u1.pk).update(value=seq)
            row = OutboxFrame.objects.create(unit_id=self.u1.pk, dialect="ext", frame=frame, seq=seq)
            OutboxFrame.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(seconds=5))
            return seq

        seq = await database_sync_to_async(leave_numbered)()
        c1, h1 = await self.open_ok(self.users["u1_req"])
        self.assertEqual(h1["seq"], seq - 1)
        await c1.send_json_to({"type": "ping", "timestamp": "t"})
        got = [await c1.receive_json_from(timeout=3) for _ in range(2)]
        ev, = [m for m in got if m["type"] == "data_update"]
        self.assertEqual((ev["event_id"], ev["seq"]), ("n", seq))

    async def test_a_drain_that_fails_leaves_the_frames_for_a_heartbeat(self):
        """A database error while draining after the commit: the action still succeeds (it
        committed), the frames stay in the outbox, and a later ping sends them in order."""
        from dms import broadcast

        c1, h1 = await self.open_ok(self.users["u1_req"])
        with mock.patch.object(broadcast, "_number", side_effect=DatabaseError("injected")):
            await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})  # no exception
        await self.assert_quiet(c1)
        self.assertEqual(await database_sync_to_async(OutboxFrame.objects.count)(), 2)
        await database_sync_to_async(
            lambda: OutboxFrame.objects.update(created_at=timezone.now() - timedelta(seconds=5)))()
        await c1.send_json_to({"type": "ping", "timestamp": "t"})
        got = [await c1.receive_json_from(timeout=3) for _ in range(3)]
        events = [m for m in got if m["type"] == "data_update"]
        self.assertEqual([(e["entity"], e["seq"]) for e in events],
                         [("withdrawal", h1["seq"] + 1), ("audit", h1["seq"] + 2)])

    async def test_fault_broadcast_all(self):
        c2, _ = await self.open_ok(self.users["u2_req"])
        with override_settings(DMS_FAULT_BROADCAST_ALL=True):
            await act(self.users["u1_appr"], self.w1, "approve", {"password": PW})
        ev = await c2.receive_json_from(timeout=3)
        self.assertEqual(ev["data"]["id"], self.w1.pk)

    async def test_disconnect_all_1012(self):
        c1, _ = await self.open_ok(self.users["u1_req"])
        c2, _ = await self.open_ok(self.users["u2_req"], "/ws/crates/%d/" % self.u2.pk)
        from dms import broadcast

        await database_sync_to_async(broadcast.disconnect_all)(1012)
        await self.assert_closed_with(c1, 1012)
        await self.assert_closed_with(c2, 1012)
