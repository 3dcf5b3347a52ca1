# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Real Redis + two serve.py processes sharing one SQLite database.

A change made through process 1 (REST) reaches a socket connected to process 2,
with consecutive per-unit seq (the counter lives in the database, not in memory).
Runs once per channel layer (pubsub, the default, and core).
"""
import os
import shutil
import tempfile
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
