# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Real Redis + two serve.py processes sharing one SQLite database.

A change made through process 1 (REST) reaches a socket connected to process 2,
with consecutive per-unit seq (the counter lives in the database, not in memory).
A third process that SIGKILLs itself while telling a change (DMS_FAULT_DIE_AT) leaves
the change's frames to the others, and its seq values are never given twice.
Runs once per channel layer (pubsub, the default, and core).
"""
import os
import shutil
import signal
import tempfile
import time
import unittest

from common import api, login, server_env, start_redis, start_server
from wsclient import WS


class TwoProcessesBase:
    layer = None

    @classmethod
    def setUpClass(cls):
        cls.procs = []
        cls.tmp = tempfile.mkdtemp(prefix="dms-redis-")
        try:
            cls.redis = start_redis()
            cls.procs.append(cls.redis)
            env = server_env(os.path.join(cls.tmp, "db.sqlite3"),
                             REDIS_URL="redis://127.0.0.1:%d/1" % cls.redis.port, DMS_CHANNEL_LAYER=cls.layer)
            cls.env = env
            cls.p1 = start_server(env, "--migrate", "--seed", "--units 2 --users-per-unit 4 --crates 80 --requests 60 --seed 3")
            cls.procs.append(cls.p1)
            cls.p2 = start_server(env)
            cls.procs.append(cls.p2)
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for p in reversed(cls.procs):
            p.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def ws(self, port, path):
        w = WS(port, path)
        self.addCleanup(w.close)
        return w

    def test_change_via_process1_reaches_socket_on_process2(self):
        self.assertNotEqual(self.p1.port, self.p2.port)
        tok = login(self.p1.port, "u1_appr1")
        w2 = self.ws(self.p2.port, "/ws/updates/?token=" + tok)      # unit 1 socket on process 2
        h = w2.recv_json()
        self.assertEqual(h["type"], "connection_established")
        tok_u2 = login(self.p2.port, "u2_req1")
        other = self.ws(self.p1.port, "/ws/updates/?token=" + tok_u2)  # unit 2 socket on process 1
        h_other = other.recv_json()

        _, lst = api(self.p1.port, "GET", "/api/requests/withdrawal/?status=pending&page_size=2", token=tok)
        rid, rid2 = [x["id"] for x in lst["results"]]
        status, _ = api(self.p1.port, "POST", "/api/requests/withdrawal/%d/approve/" % rid,
                        {"password": "dms-demo"}, tok)
        self.assertEqual(status, 200)
        ev = w2.recv_json()
        self.assertEqual((ev["entity"], ev["data"]["id"], ev["data"]["status"]), ("withdrawal", rid, "approved"))
        self.assertEqual(ev["seq"], h["seq"] + 1)
        self.assertEqual(w2.recv_json()["seq"], h["seq"] + 2)  # its audit entry
        # a change through process 2 continues the same sequence
        status, _ = api(self.p2.port, "POST", "/api/requests/withdrawal/%d/reject/" % rid2,
                        {"password": "dms-demo"}, tok)
        self.assertEqual(status, 200)
        ev = w2.recv_json()
        self.assertEqual((ev["data"]["id"], ev["data"]["status"], ev["seq"]), (rid2, "rejected", h["seq"] + 3))
        self.assertEqual(w2.recv_json()["seq"], h["seq"] + 4)
        # unit 2's socket saw none of it: its next frame is its own pong
        other.send_json({"type": "ping", "timestamp": "x"})
        self.assertEqual(other.recv_json()["type"], "pong")
        # a new unit 1 socket on process 1 starts from the shared counter
        h1 = self.ws(self.p1.port, "/ws/updates/?token=" + tok).recv_json()
        self.assertEqual(h1["seq"], h["seq"] + 4)
        self.assertEqual(h_other["unit_id"], 2)

    def pending_withdrawals(self, tok, n):
        _, lst = api(self.p1.port, "GET", "/api/requests/withdrawal/?status=pending&page_size=%d" % n, token=tok)
        return [x["id"] for x in lst["results"]]

    def approve_on_dying_process(self, die_at, tok, rid):
        """POST the approval to a process that SIGKILLs itself at die_at; the change commits.
        PostgreSQL only (server_redis_pg): with several processes on one SQLite file, Django
        3.2's deferred transactions let a write fail at once with "database is locked" when
        another process writes (its heartbeat), and the POST then answers 500 instead of
        reaching the point (1 run of 10 in scripts/flakes) -- a limit of that layout, not of
        the outbox; a deployment with several workers runs on PostgreSQL (docs/server.md)."""
        if "DMS_DATABASE_URL" not in self.env:
            self.skipTest("several processes killing each other's writes: PostgreSQL only (server_redis_pg)")
        dying = start_server(dict(self.env, DMS_DEBUG="1", DMS_FAULT_DIE_AT=die_at))
        self.addCleanup(dying.stop)
        try:
            status, _ = api(dying.port, "POST", "/api/requests/withdrawal/%d/approve/" % rid, {"password": "dms-demo"}, tok)
        except OSError:  # the connection died with the process
            status = None
        self.assertIsNone(status, "the process answered the POST (%s) instead of dying: %s"
                          % (status, dying.stderr_text()[-3000:]))
        self.assertEqual(dying.p.wait(15), -signal.SIGKILL, dying.stderr_text())
        _, body = api(self.p1.port, "GET", "/api/requests/withdrawal/%d/" % rid, token=tok)
        self.assertEqual(body["status"], "approved")

    def frames_until(self, w, count, deadline_s=30):
        """Data frames on w until there are count of them, pinging meanwhile (a heartbeat
        is what finds frames left waiting); fails after deadline_s without them."""
        frames = []
        deadline = time.monotonic() + deadline_s
        while len(frames) < count and time.monotonic() < deadline:
            w.send_json({"type": "ping", "timestamp": "t"})
            while True:
                m = w.recv_json()
                if m["type"] == "pong":
                    break
                frames.append(m)
            if len(frames) < count:
                time.sleep(0.2)  # the poll's pace, not a guess: the loop ends on the frames
        self.assertEqual(len(frames), count, frames)
        return frames

    def test_process_killed_after_commit_its_frames_come_from_another(self):
        tok = login(self.p1.port, "u1_appr1")
        w2 = self.ws(self.p2.port, "/ws/updates/?token=" + tok)
        h = w2.recv_json()
        rid, = self.pending_withdrawals(tok, 1)
        self.approve_on_dying_process("committed", tok, rid)
        # nothing was sent; a heartbeat of a unit 1 socket on process 2 finds the frames
        # waiting and sends them, numbered after the last event as if nothing had happened
        ev, audit = self.frames_until(w2, 2)
        self.assertEqual((ev["entity"], ev["data"]["id"], ev["data"]["status"], ev["seq"]),
                         ("withdrawal", rid, "approved", h["seq"] + 1))
        self.assertEqual((audit["entity"], audit["seq"]), ("audit", h["seq"] + 2))
        self.assertIn("left waiting", self.p2.stderr_text())

    def test_process_killed_while_sending_never_gives_a_seq_twice(self):
        tok = login(self.p1.port, "u1_appr1")
        w2 = self.ws(self.p2.port, "/ws/updates/?token=" + tok)
        h = w2.recv_json()
        rid, rid2 = self.pending_withdrawals(tok, 2)
        self.approve_on_dying_process("sent", tok, rid)
        first = w2.recv_json()  # sent before the process died
        self.assertEqual((first["data"]["id"], first["seq"]), (rid, h["seq"] + 1))
        # the next change, through process 2, sends what the dead one left -- the same
        # frame again, then the audit entry -- and numbers its own frames after them
        status, _ = api(self.p2.port, "POST", "/api/requests/withdrawal/%d/reject/" % rid2,
                        {"password": "dms-demo"}, tok)
        self.assertEqual(status, 200)
        again, audit, ev, audit2 = self.frames_until(w2, 4)
        # a duplicate a client drops: the same event under the same seq, sent again
        self.assertEqual(dict(again, timestamp=None), dict(first, timestamp=None))
        self.assertEqual((audit["entity"], audit["seq"]), ("audit", h["seq"] + 2))
        self.assertEqual((ev["data"]["id"], ev["data"]["status"], ev["seq"]), (rid2, "rejected", h["seq"] + 3))
        self.assertEqual((audit2["entity"], audit2["seq"]), ("audit", h["seq"] + 4))

    def test_connections_visible_across_processes(self):
        tok = login(self.p1.port, "u1_req1")
        self.ws(self.p1.port, "/ws/updates/?token=" + tok).recv_json()
        self.ws(self.p2.port, "/ws/updates/?token=" + tok).recv_json()
        admin = login(self.p2.port, "admin", "dms-admin")
        _, conns = api(self.p1.port, "GET", "/api/realtime/connections/", token=admin)
        self.assertGreaterEqual(conns["by_unit"].get("1", 0), 2)


class PubSubLayerTests(TwoProcessesBase, unittest.TestCase):
    layer = "pubsub"


class CoreLayerTests(TwoProcessesBase, unittest.TestCase):
    layer = "core"


if __name__ == "__main__":
    unittest.main()
