# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Close codes and limits through a real Daphne socket (serve.py on a free port)."""
import os
import re
import select
import shutil
import socket
import tempfile
import time
import unittest

from common import api, login, server_env, start_server
from wsclient import WS, HandshakeRefused

RATE_LIMIT = 20  # client frames per sliding second (DMS_WS_RATE_LIMIT in config/settings.py)


def send_one_over_the_rate_limit(w):
    """Send the pings that make the server close with 4029, and not one more: a frame sent
    after the server closed its end makes the kernel answer with a reset, which can discard
    the close frame before the test reads it (server_daphne failed so under load, 1 run in 10
    of scripts/flakes, when this sent 30)."""
    for i in range(RATE_LIMIT + 1):
        w.send_json({"type": "ping", "timestamp": i})


class RealDaphneTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="dms-daphne-")
        cls.env = server_env(os.path.join(cls.tmp, "db.sqlite3"), DMS_ACCESS_TTL=4)
        cls.server = start_server(cls.env, "--migrate", "--seed",
                                  "--units 2 --users-per-unit 4 --crates 20 --requests 12 --seed 7")
        cls.port = cls.server.port

    @classmethod
    def tearDownClass(cls):
        rc = cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)
        # SIGTERM is a clean shutdown
        assert rc == 0, "serve.py exited with %s: %s" % (rc, cls.server.stderr_text()[-2000:])

    def ws(self, path, **kw):
        w = WS(self.port, path, **kw)
        self.addCleanup(w.close)
        return w

    def hello(self, w):
        m = w.recv_json()
        self.assertEqual(m["type"], "connection_established")
        return m

    def test_bad_token_query_4001(self):
        w = self.ws("/ws/updates/?token=garbage")
        self.assertEqual(w.expect_close(), ("closed", 4001))

    def test_bad_token_header_4001(self):
        w = self.ws("/ws/updates/", headers={"Authorization": "Bearer garbage"})
        self.assertEqual(w.expect_close(), ("closed", 4001))

    def test_missing_token_4001(self):
        self.assertEqual(self.ws("/ws/updates/").expect_close(), ("closed", 4001))

    def test_expired_token_4001(self):
        tok = login(self.port, "u1_req1")
        self.hello(self.ws("/ws/updates/?token=" + tok))
        time.sleep(5)  # DMS_ACCESS_TTL=4
        self.assertEqual(self.ws("/ws/updates/?token=" + tok).expect_close(), ("closed", 4001))

    def test_header_token_accepted(self):
        tok = login(self.port, "u1_req1")
        m = self.hello(self.ws("/ws/updates/", headers={"Authorization": "Bearer " + tok}))
        self.assertEqual(m["unit_id"], 1)

    def test_other_unit_path_4003(self):
        tok = login(self.port, "u1_req1")
        self.assertEqual(self.ws("/ws/requests/2/?token=" + tok).expect_close(), ("closed", 4003))
        self.assertEqual(self.ws("/ws/notifications/9999/?token=" + tok).expect_close(), ("closed", 4003))
        self.hello(self.ws("/ws/crates/1/?token=" + tok))

    def test_missing_origin_refused_403(self):
        tok = login(self.port, "u1_req1")
        with self.assertRaises(HandshakeRefused) as cm:
            WS(self.port, "/ws/updates/?token=" + tok, origin=None)
        self.assertEqual(cm.exception.status, 403)
        with self.assertRaises(HandshakeRefused):
            WS(self.port, "/ws/updates/?token=" + tok, origin="http://evil.example")

    def test_oversize_frame_1009_and_server_keeps_serving(self):
        tok = login(self.port, "u1_req1")
        other = self.ws("/ws/updates/?token=" + tok)
        self.hello(other)
        big = self.ws("/ws/updates/?token=" + tok)
        self.hello(big)
        t0 = time.monotonic()
        try:
            big.send_frame(0x1, b"x" * (2 * 1024 * 1024))
        except OSError:
            pass
        self.assertEqual(big.expect_close(), ("closed", 1009))
        self.assertLess(time.monotonic() - t0, 5)
        other.send_json({"type": "ping", "timestamp": "still-here"})
        self.assertEqual(other.recv_json()["echo"], "still-here")
        self.hello(self.ws("/ws/updates/?token=" + tok))
        self.assertEqual(api(self.port, "GET", "/api/auth/me/", token=tok)[0], 200)

    def test_64k_frame_is_fine(self):
        tok = login(self.port, "u1_req1")
        w = self.ws("/ws/updates/?token=" + tok)
        self.hello(w)
        w.send_frame(0x1, b'{"type":"ping","timestamp":"' + b"y" * 60000 + b'"}')
        self.assertEqual(w.recv_json()["type"], "pong")

    def test_rate_limit_4029(self):
        tok = login(self.port, "u1_req1")
        w = self.ws("/ws/updates/?token=" + tok)
        self.hello(w)
        send_one_over_the_rate_limit(w)
        pongs = 0
        while True:
            kind, val = w.expect_close()
            if kind == "closed":
                self.assertEqual(val, 4029)
                break
            pongs += 1
        self.assertEqual(pongs, RATE_LIMIT)

    def test_close_waits_for_a_slow_clients_reply(self):
        # The server closes (4029) and a client busy for 1.5 s replies late: the server must
        # still be waiting for the reply. With Autobahn's default 1 s close-handshake timeout
        # -- which txaio rounds down to a whole second, so it fires 0-1 s after the close --
        # the server had reset the connection by then, and sending the reply failed, every
        # time. (Once it has the reply the server drops the connection itself, with a reset:
        # Autobahn's way, not checked here.)
        tok = login(self.port, "u1_req1")
        w = self.ws("/ws/updates/?token=" + tok)
        self.hello(w)
        send_one_over_the_rate_limit(w)
        while True:
            opcode, payload = w.recv_frame()
            if opcode == 0x8:
                break
        self.assertEqual(int.from_bytes(payload[:2], "big"), 4029)
        time.sleep(1.5)  # the wait is the thing tested: a client that answers late
        w.send_frame(0x8, payload[:2])  # raises ConnectionResetError if the server gave up

    def test_rest_change_reaches_socket(self):
        tok = login(self.port, "u1_appr1")
        w = self.ws("/ws/updates/?token=" + tok)
        h = self.hello(w)
        status, lst = api(self.port, "GET", "/api/requests/withdrawal/?status=pending&page_size=1", token=tok)
        rid = lst["results"][0]["id"]
        self.assertEqual(api(self.port, "POST", "/api/requests/withdrawal/%d/approve/" % rid,
                             {"password": "wrong"}, tok)[0], 403)
        status, body = api(self.port, "POST", "/api/requests/withdrawal/%d/approve/" % rid,
                           {"password": "dms-demo"}, tok)
        self.assertEqual(status, 200)
        ev = w.recv_json()
        self.assertEqual((ev["type"], ev["entity"], ev["data"]["id"], ev["data"]["status"], ev["seq"]),
                         ("data_update", "withdrawal", rid, "approved", h["seq"] + 1))
        self.assertEqual(w.recv_json()["seq"], h["seq"] + 2)
        self.assertEqual(api(self.port, "POST", "/api/requests/withdrawal/%d/approve/" % rid,
                             {"password": "dms-demo"}, tok)[0], 409)
        self.assertEqual(api(self.port, "POST", "/api/requests/withdrawal/", raw=b"{nope", token=tok)[0], 400)
        admin = login(self.port, "admin", "dms-admin")
        status, conns = api(self.port, "GET", "/api/realtime/connections/", token=admin)
        self.assertEqual(status, 200)
        self.assertGreaterEqual(conns["count"], 1)
        self.assertEqual(api(self.port, "GET", "/api/realtime/connections/", token=tok)[0], 403)


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


class LiteralSeedServersTests(unittest.TestCase):
    """serve.py --wire/--public-ids/--api-prefix/--lab-activity through real Daphne, as the
    console's tests start it: three servers, each speaking another dialect.

    Each has its own database: SQLite shared by processes that write at the same time
    (here the alt server's lab activity) can refuse a write at once with "database is
    locked" (a deferred transaction cannot upgrade its read lock), which is not what
    these tests are about."""

    SEED = "--units 2 --users-per-unit 4 --crates 30 --requests 36"

    @classmethod
    def start(cls, name, *args):
        env = server_env(os.path.join(cls.tmp, name + ".sqlite3"), DMS_FIRST_MESSAGE_DEADLINE=1)
        proc = start_server(env, "--migrate", "--seed", cls.SEED, *args)
        cls.procs.append(proc)
        return proc

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="dms-literal-")
        cls.procs = []
        try:
            cls.s002 = cls.start("s002", "--wire", "seed002", "--public-ids", "uuid", "--api-prefix", "dms/v2/")
            cls.s001 = cls.start("s001", "--wire", "seed001")
            cls.alt = cls.start("alt", "--wire", "alt", "--public-ids", "uuid", "--api-prefix", "dms/v2",
                                "--lab-activity", "4", "--activity-seed", "5")
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        # (exit codes are RealDaphneTests' and StopTests' business)
        for p in reversed(cls.procs):
            p.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def ws(self, port, path, **kw):
        w = WS(port, path, **kw)
        self.addCleanup(w.close)
        return w

    def silent(self, w, seconds=0.5):
        try:
            w.recv_frame(timeout=seconds)
        except socket.timeout:
            return True
        return False

    def pending(self, port, tok, prefix, kind="withdrawal"):
        status, lst = api(port, "GET", "%srequests/%s/?status=pending&page_size=1" % (prefix, kind), token=tok)
        self.assertEqual(status, 200)
        return lst["results"][0]["id"]

    def test_seed002_uuid_prefix(self):
        port = self.s002.port
        ans = login(port, "u2_appr1", prefix="/dms/v2/", whole=True)
        self.assertRegex(ans["user"]["id"], UUID)
        self.assertRegex(ans["user"]["unit_id"], UUID)
        self.assertEqual(api(port, "POST", "/api/auth/login/", {"username": "u2_appr1", "password": "dms-demo"})[0],
                         404)
        tok = ans["access"]
        w = self.ws(port, "/ws/updates/?token=" + tok)
        self.assertEqual(w.recv_json(), {"type": "connection_established",
                                         "message": "Connected to unit %s updates" % ans["user"]["unit_id"]})
        rid = self.pending(port, tok, "/dms/v2/")
        self.assertRegex(rid, UUID)
        status, body = api(port, "POST", "/dms/v2/requests/withdrawal/%s/approve/" % rid, {"password": "dms-demo"}, tok)
        self.assertEqual((status, body["id"]), (200, rid))
        ev = w.recv_json()
        self.assertEqual(set(ev), {"type", "entity", "action", "data", "timestamp"})
        self.assertEqual(ev["data"], {"id": rid, "status": "approved", "request_number": body["request_number"]})
        self.assertTrue(self.silent(w))  # no audit event
        w.send_json({"type": "ping", "timestamp": "t0"})
        self.assertEqual(set(w.recv_json()), {"type", "timestamp"})
        with self.assertRaises(HandshakeRefused):
            WS(port, "/ws/requests/%s/?token=%s" % (ans["user"]["unit_id"], tok))
        self.assertEqual(api(port, "GET", "/dms/v2/requests/withdrawal/1/", token=tok)[0], 404)

    def test_rate_limit_4029_in_a_literal_mode(self):
        # no seed defines a code for it; RFC 6455's 1008 cannot pass Daphne 4.0 (Autobahn
        # lets an application send only 1000 and 3000-4999: the client got 1011), so 4029
        # stays (docs/server.md, "Close codes in the literal modes")
        tok = login(self.s002.port, "u1_req1", prefix="/dms/v2/")
        w = self.ws(self.s002.port, "/ws/updates/?token=" + tok)
        w.recv_json()  # welcome
        send_one_over_the_rate_limit(w)
        while True:
            kind, val = w.expect_close()
            if kind == "closed":
                self.assertEqual(val, 4029)
                break

    def test_seed001_no_welcome_control_pings_answered(self):
        port = self.s001.port
        ans = login(port, "u1_appr1", whole=True)
        tok = ans["access"]
        w = self.ws(port, "/ws/requests/%d/?token=%s" % (ans["user"]["unit_id"], tok))
        note = self.ws(port, "/ws/notifications/%d/?token=%s" % (ans["user"]["id"], tok))
        w.send_json({"type": "ping", "timestamp": "t0"})
        self.assertTrue(self.silent(w))  # no welcome, no JSON pong
        w.send_frame(0x9, b"alive?")
        self.assertEqual(w.recv_frame(), (0xA, b"alive?"))  # Autobahn answers control pings
        rid = self.pending(port, tok, "/api/")
        self.assertEqual(api(port, "POST", "/api/requests/withdrawal/%d/approve/" % rid, {"password": "dms-demo"},
                             tok)[0], 200)
        m = w.recv_json()
        self.assertEqual(set(m), {"type", "action", "request_id", "status", "updated_at", "updated_by", "data"})
        self.assertEqual((m["type"], m["action"], m["request_id"], m["status"], m["data"]["request_type"]),
                         ("request.updated", "approved", rid, "Approved", "Withdrawal"))
        self.assertTrue(self.silent(note, 0.2))
        with self.assertRaises(HandshakeRefused):
            WS(port, "/ws/updates/?token=" + tok)

    def test_alt_with_lab_activity(self):
        port = self.alt.port
        ans = login(port, "u1_req1", prefix="/dms/v2/", whole=True)
        w = self.ws(port, "/live/events/?access_token=" + ans["access"])
        hello = w.recv_json()
        self.assertEqual((set(hello), hello["event"]), ({"event", "text"}, "hello"))
        w.send_json({"event": "heartbeat", "sent": "t0"})
        ack = w.recv_json()
        self.assertEqual((set(ack), ack["event"]), ({"event", "at"}, "heartbeat_ack"))
        self.assertEqual(self.ws(port, "/live/events/?token=" + ans["access"]).expect_close(), ("closed", 4001))
        # --lab-activity 4: lab events reach an authenticated /ws socket without any REST call
        lab = self.ws(port, "/ws")
        lab.send_json({"type": "auth", "token": ans["access"]})
        m = lab.recv_json(timeout=15)
        self.assertIn(m["type"], ("equipment_update", "session_update", "sample_update"))
        self.assertEqual(set(m) - {"session_id", "equipment_id", "submission_id", "recipient_user_id"},
                         {"type", "action", "data"})

    def test_lab_first_message_auth(self):
        port = self.s002.port
        ans = login(port, "u1_head1", prefix="/dms/v2/", whole=True)
        lab = self.ws(port, "/ws")
        lab.send_json({"type": "auth", "token": ans["access"]})
        self.assertTrue(self.silent(lab, 0.3))  # no reply to a good auth
        status, eqs = api(port, "GET", "/dms/v2/equipment/?status=available", token=ans["access"])
        self.assertEqual(status, 200)
        eid = eqs["results"][0]["id"]
        self.assertRegex(eid, UUID)
        status, _ = api(port, "POST", "/dms/v2/equipment/%s/status/" % eid, {"status": "maintenance"}, ans["access"])
        self.assertEqual(status, 200)
        m = lab.recv_json()
        self.assertEqual((m["type"], m["action"], m["equipment_id"], m["data"]["status"]),
                         ("equipment_update", "status_change", eid, "maintenance"))
        api(port, "POST", "/dms/v2/equipment/%s/status/" % eid, {"status": "available"}, ans["access"])
        t0 = time.monotonic()
        self.assertEqual(self.ws(port, "/ws/").expect_close(), ("closed", 4001))  # DMS_FIRST_MESSAGE_DEADLINE=1
        self.assertLess(time.monotonic() - t0, 4)
        w = self.ws(port, "/ws")
        w.send_json({"type": "ping"})
        self.assertEqual(w.expect_close(), ("closed", 4001))
        w = self.ws(port, "/ws")
        w.send_json({"type": "auth", "token": "garbage"})
        self.assertEqual(w.expect_close(), ("closed", 4001))

    def test_stdout_holds_only_the_ready_line(self):
        for p in self.procs:
            r, _, _ = select.select([p.p.stdout], [], [], 0)
            self.assertEqual(r, [], "serve.py wrote more than READY on stdout")



class StopTests(unittest.TestCase):
    """SIGTERM while sockets are open and tasks pending is exit code 0, nothing on stderr.

    Before serve.py stopped cleanly, the interpreter's finalisation garbage-collected the
    pending coroutines (consumers waiting in Queue.get, the heartbeat, the activity loops)
    and Python 3.11 died of SIGSEGV in 4 of 5 such stops (tools/stop_loop.py; in CI,
    RealDaphneTests' tearDownClass in about 1 run of 6). Each round starts serve.py on a
    copy of one seeded database, so a round costs no migration or seeding."""

    ROUNDS = 2  # the old serve.py died in 4 of 5 stops: 4 stops miss that with p < 0.002

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="dms-stop-")
        cls.template = os.path.join(cls.tmp, "template.sqlite3")
        proc = start_server(server_env(cls.template), "--migrate", "--seed", "--units 2 --users-per-unit 4 "
                            "--crates 10 --requests 8 --seed 3")
        rc = proc.stop()
        if rc != 0:
            shutil.rmtree(cls.tmp, ignore_errors=True)
            raise AssertionError("seeding serve.py exited with %s: %s" % (rc, proc.stderr_text()[-2000:]))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def round(self, i, *args):
        db = os.path.join(self.tmp, "round%d.sqlite3" % i)
        shutil.copyfile(self.template, db)
        proc = start_server(server_env(db), *args)
        self.addCleanup(proc.stop)
        tok = login(proc.port, "u1_appr1")
        self.assertEqual(api(proc.port, "GET", "/api/requests/withdrawal/?page_size=3", token=tok)[0], 200)
        w = self.ws(proc.port, "/ws/updates/?token=" + tok)
        self.assertEqual(w.recv_json()["type"], "connection_established")
        w.send_json({"type": "ping", "timestamp": "t"})
        while w.recv_json()["type"] != "pong":  # (events of --activity may come first)
            pass
        lab = self.ws(proc.port, "/ws")
        lab.send_json({"type": "auth", "token": tok})
        self.ws(proc.port, "/ws/crates/1/?token=" + tok)
        rc = proc.stop()  # SIGTERM with all three sockets still open
        self.assert_clean_exit(i, proc, rc)

    def assert_clean_exit(self, i, proc, rc):
        err = proc.stderr_text()
        self.assertEqual(rc, 0, "round %d: serve.py exited with %s: %s" % (i, rc, err[-3000:]))
        for bad in ("Fatal Python error", "Traceback", "while stopping", "Listen failure"):
            self.assertNotIn(bad, err, "round %d" % i)

    def ws(self, port, path):
        w = WS(port, path)
        self.addCleanup(w.close)
        return w

    def test_sigterm_with_open_sockets_exits_0(self):
        for i in range(self.ROUNDS):
            with self.subTest(round=i):
                self.round(i)

    def test_sigterm_right_after_ready_exits_0(self):
        # READY is printed before the reactor runs: the signal must still stop it cleanly
        for i in range(self.ROUNDS):
            with self.subTest(round=i):
                db = os.path.join(self.tmp, "ready%d.sqlite3" % i)
                shutil.copyfile(self.template, db)
                proc = start_server(server_env(db))
                self.addCleanup(proc.stop)
                self.assert_clean_exit(200 + i, proc, proc.stop())

    def test_access_log_keeps_ready_on_stdout(self):
        # --access-log runs Daphne at verbosity 2, where Twisted's log takes over sys.stdout:
        # READY must still come on the real stdout (start_server reads it there), the access
        # log on stderr
        db = os.path.join(self.tmp, "access.sqlite3")
        shutil.copyfile(self.template, db)
        proc = start_server(server_env(db), "--access-log")
        self.addCleanup(proc.stop)
        tok = login(proc.port, "u1_appr1")
        self.assertEqual(api(proc.port, "GET", "/api/requests/withdrawal/?page_size=3", token=tok)[0], 200)
        self.assert_clean_exit(300, proc, proc.stop())
        self.assertIn('"GET /api/requests/withdrawal/', proc.stderr_text())

    def test_sigterm_with_activity_running_exits_0(self):
        for i in range(self.ROUNDS):
            with self.subTest(round=i):
                self.round(100 + i, "--activity", "5", "--lab-activity", "5", "--activity-seed", str(i))


if __name__ == "__main__":
    unittest.main()
