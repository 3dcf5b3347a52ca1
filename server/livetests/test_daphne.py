"""Close codes and limits through a real Daphne socket (serve.py on a free port)."""
import os
import shutil
import tempfile
import time
import unittest

from common import api, login, server_env, start_server
from wsclient import WS, HandshakeRefused


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
        for i in range(30):
            try:
                w.send_json({"type": "ping", "timestamp": i})
            except OSError:
                break
        pongs = 0
        while True:
            kind, val = w.expect_close()
            if kind == "closed":
                self.assertEqual(val, 4029)
                break
            pongs += 1
        self.assertEqual(pongs, 20)

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


if __name__ == "__main__":
    unittest.main()
