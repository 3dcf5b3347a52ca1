# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""scripts/serve-cluster: several serve.py workers on Redis behind nginx terminating TLS.

Through the one https:// address: sign-in, a list over several pages followed by its
`next` links (https:// on the proxy's address: DMS_BEHIND_TLS_PROXY), and a wss:// socket
that receives the changes made through each worker directly — so at least one of them
came from another worker than the socket's. The database is a throwaway PostgreSQL
cluster when PostgreSQL is installed (serve-cluster's default), else SQLite.

Run as a script (CTest server_cluster): without nginx it prints "SKIPPED: …" and exits
77 (CTest's SKIP_RETURN_CODE).
"""
import json
import os
import select
import ssl
import subprocess
import sys
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

from common import SERVER_DIR, Proc
from wsclient import WS

SERVE_CLUSTER = os.path.join(os.path.dirname(SERVER_DIR), "scripts", "serve-cluster")
WORKERS = 2
SEED = "--units 2 --users-per-unit 4 --crates 80 --requests 60 --seed 3"


def start_cluster(env, *args, timeout=240):
    """serve-cluster started; its READY fields and the WORKER ports."""
    proc = Proc(["/usr/bin/python3", SERVE_CLUSTER, "--workers", str(WORKERS), "--seed", SEED] + list(args), env=env)
    deadline = time.monotonic() + timeout
    workers, ready = [], None
    while time.monotonic() < deadline and ready is None:
        r, _, _ = select.select([proc.p.stdout], [], [], 0.5)
        if r:
            line = proc.p.stdout.readline().decode()
            if line.startswith("WORKER "):
                workers.append(int(line.split("port=", 1)[1].split()[0]))
            elif line.startswith("READY "):
                ready = dict(kv.split("=", 1) for kv in line.split()[1:])
            elif not line and proc.p.poll() is not None:
                break
        elif proc.p.poll() is not None:
            break
    if ready is None:
        proc.stop()
        raise RuntimeError("serve-cluster did not get ready: %s" % proc.stderr_text())
    proc.ready, proc.workers = ready, workers
    return proc


class ClusterTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        env = dict(os.environ)
        for k in list(env):
            if k.startswith("DMS_") or k == "REDIS_URL":
                del env[k]
        env.update(DMS_SECRET_KEY="live-test-secret", DMS_FAST_PASSWORD_HASHER="1", PYTHONDONTWRITEBYTECODE="1")
        cls.cluster = start_cluster(env)
        cls.url = cls.cluster.ready["url"]
        cls.port = urllib.parse.urlsplit(cls.url).port
        cls.tls = ssl.create_default_context(cafile=cls.cluster.ready["ca"])

    @classmethod
    def tearDownClass(cls):
        code = cls.cluster.stop(timeout=60)
        err = cls.cluster.stderr_text()
        if code != 0 or err.strip():
            raise AssertionError("serve-cluster stopped with %s: %s" % (code, err))

    # ------------------------------------------------------------------ helpers
    def call(self, method, url, body=None, token=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, method=method, data=data, headers=headers)
        context = self.tls if url.startswith("https://") else None
        try:
            with urllib.request.urlopen(req, timeout=30, context=context) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def login(self, username, base=None):
        status, body = self.call("POST", (base or self.url) + "/api/auth/login/",
                                 {"username": username, "password": "dms-demo"})
        self.assertEqual(status, 200, body)
        return body["access"]

    # ------------------------------------------------------------------ tests
    def test_ready_line(self):
        self.assertTrue(self.url.startswith("https://127.0.0.1:"), self.url)
        self.assertEqual(int(self.cluster.ready["workers"]), WORKERS)
        self.assertEqual(len(set(self.cluster.workers)), WORKERS)
        self.assertNotIn(self.port, self.cluster.workers)
        expected = "postgresql" if os.path.exists("/usr/lib/postgresql") else "sqlite"
        self.assertEqual(self.cluster.ready["database"], expected)

    def test_plain_http_to_the_proxy_is_refused(self):
        req = urllib.request.Request("http://127.0.0.1:%d/api/auth/me/" % self.port)
        with self.assertRaises((urllib.error.HTTPError, urllib.error.URLError, ConnectionError)) as cm:
            urllib.request.urlopen(req, timeout=10)
        if isinstance(cm.exception, urllib.error.HTTPError):  # nginx: 400 "plain HTTP sent to HTTPS port"
            self.assertEqual(cm.exception.code, 400)

    def test_the_certificate_is_checked(self):
        with self.assertRaises(urllib.error.URLError) as cm:
            urllib.request.urlopen(self.url + "/api/auth/me/", timeout=10, context=ssl.create_default_context())
        self.assertIsInstance(cm.exception.reason, ssl.SSLCertVerificationError)

    def test_sign_in_and_a_list_over_several_pages_through_next_links(self):
        token = self.login("u1_head1")
        status, me = self.call("GET", self.url + "/api/auth/me/", token=token)
        self.assertEqual((status, me["username"]), (200, "u1_head1"))
        status, page = self.call("GET", self.url + "/api/documents/crates/?page_size=15", token=token)
        self.assertEqual(status, 200, page)
        total = page["count"]
        self.assertGreater(total, 45)  # four pages at least
        seen, pages = [r["id"] for r in page["results"]], 1
        while page["next"]:
            # the proxy's scheme, host and port: what DMS_BEHIND_TLS_PROXY is for
            self.assertTrue(page["next"].startswith(self.url + "/api/documents/crates/?"), page["next"])
            status, page = self.call("GET", page["next"], token=token)
            self.assertEqual(status, 200, page)
            if page["previous"]:
                self.assertTrue(page["previous"].startswith(self.url + "/"), page["previous"])
            seen += [r["id"] for r in page["results"]]
            pages += 1
        self.assertGreaterEqual(pages, 4)
        self.assertEqual(len(seen), total)
        self.assertEqual(len(set(seen)), total)

    def test_a_socket_through_the_proxy_hears_changes_made_on_every_worker(self):
        token = self.login("u1_appr1")
        ws = WS(self.port, "/ws/updates/?token=" + token, origin=self.url, ssl_context=self.tls)
        self.addCleanup(ws.close)
        hello = ws.recv_json()
        self.assertEqual(hello["type"], "connection_established")
        status, lst = self.call("GET", self.url + "/api/requests/withdrawal/?status=pending&page_size=%d"
                                % (WORKERS + 1), token=token)
        self.assertEqual(status, 200, lst)
        pending = [r["id"] for r in lst["results"]]
        self.assertEqual(len(pending), WORKERS + 1)
        # one approval straight to each worker (plain http on its loopback port): the
        # socket sits on one of them, so the others' events crossed Redis; then one
        # through the proxy
        targets = ["http://127.0.0.1:%d" % p for p in self.cluster.workers] + [self.url]
        for rid, base in zip(pending, targets):
            status, body = self.call("POST", base + "/api/requests/withdrawal/%d/approve/" % rid,
                                     {"password": "dms-demo"}, self.login("u1_appr1", base))
            self.assertEqual(status, 200, (base, body))
        heard, seqs = set(), []
        while len(heard) < len(pending):
            ev = ws.recv_json(timeout=20)
            if ev.get("type") != "data_update":
                continue
            seqs.append(ev["seq"])
            if ev["entity"] == "withdrawal" and ev["data"]["status"] == "approved":
                heard.add(ev["data"]["id"])
        self.assertEqual(heard, set(pending))
        self.assertEqual(seqs, list(range(hello["seq"] + 1, hello["seq"] + 1 + len(seqs))))
        # the socket is alive and answered by its worker through the proxy
        ws.send_json({"type": "ping", "timestamp": "t"})
        while True:
            frame = ws.recv_json()
            if frame["type"] == "pong":
                break
        self.assertEqual(frame["echo"], "t")


def main():
    if not os.access("/usr/sbin/nginx", os.X_OK):
        print("SKIPPED: nginx is not installed (scripts/setup installs it)")
        return 77
    if subprocess.run(["/usr/bin/which", "redis-server"], capture_output=True).returncode != 0:
        print("SKIPPED: redis-server is not installed (scripts/setup installs it)")
        return 77
    result = unittest.main(exit=False, verbosity=2).result
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
