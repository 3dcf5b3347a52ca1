# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Security controls of the reference server (docs/security.md): password guessing,
token revocation, the request-body limit, and re-authorisation of open sockets. Each test
fails without the control it is for."""
import asyncio
import time
from datetime import timedelta

from asgiref.testing import ApplicationCommunicator
from channels.db import database_sync_to_async
from django.core.cache import cache
from django.test import TestCase, TransactionTestCase, override_settings
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from config.asgi import application
from dms.models import Unit, User

from .base import PW, Fixture
from .wsbase import WsCase


def login(username, password):
    return APIClient().post("/api/auth/login/", {"username": username, "password": password}, format="json")


class GuessingTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def setUp(self):
        cache.clear()  # the per-address counts live in the process's cache

    @override_settings(DMS_PASSWORD_FAILURES_PER_MINUTE=0, DMS_PASSWORD_MAX_FAILURES=5)
    def test_hundred_wrong_passwords_lock_the_account_and_refuse_the_right_one(self):
        codes = [login("u1_appr", "wrong-%d" % i).status_code for i in range(100)]
        self.assertEqual(codes[:4], [401] * 4)
        self.assertEqual(set(codes[4:]), {429}, codes)  # the 5th locks, long before the 100th
        r = login("u1_appr", PW)
        self.assertEqual(r.status_code, 429)
        self.assertIn("locked", r.json()["detail"])
        self.assertGreater(int(r["Retry-After"]), 0)
        # another account is not affected
        self.assertEqual(login("u1_req", PW).status_code, 200)
        # when the lock ends the right password works, and resets the count
        User.objects.filter(username="u1_appr").update(locked_until=timezone.now() - timedelta(seconds=1))
        self.assertEqual(login("u1_appr", PW).status_code, 200)
        self.assertEqual(User.objects.get(username="u1_appr").failed_passwords, 0)

    @override_settings(DMS_PASSWORD_FAILURES_PER_MINUTE=0, DMS_PASSWORD_MAX_FAILURES=3)
    def test_a_right_password_resets_the_count(self):
        for _ in range(2):
            self.assertEqual(login("u1_appr", "wrong").status_code, 401)
        self.assertEqual(login("u1_appr", PW).status_code, 200)
        for _ in range(2):
            self.assertEqual(login("u1_appr", "wrong").status_code, 401)
        self.assertEqual(login("u1_appr", PW).status_code, 200)

    @override_settings(DMS_PASSWORD_FAILURES_PER_MINUTE=5, DMS_PASSWORD_MAX_FAILURES=1000)
    def test_one_address_guessing_many_accounts_gets_429(self):
        codes = [login("nobody-%d" % i, "x").status_code for i in range(8)]
        self.assertEqual(codes, [401] * 5 + [429] * 3)
        r = login("u1_req", PW)  # also a right password from that address, this minute
        self.assertEqual(r.status_code, 429)
        self.assertIn("Retry-After", r)

    @override_settings(DMS_PASSWORD_FAILURES_PER_MINUTE=0, DMS_PASSWORD_MAX_FAILURES=3)
    def test_signature_guesses_lock_the_account_too(self):
        appr = self.client_for("u1_appr")
        url = "/api/requests/withdrawal/%d/approve/" % self.w1.pk
        codes = [appr.post(url, {"password": "wrong"}, format="json").status_code for _ in range(5)]
        self.assertEqual(codes, [403, 403, 429, 429, 429])
        r = appr.post(url, {"password": PW}, format="json")
        self.assertEqual(r.status_code, 429)
        self.w1.refresh_from_db()
        self.assertEqual(self.w1.status, "pending")  # nothing changed
        self.assertEqual(login("u1_appr", PW).status_code, 429)  # the same lock

    def test_successful_sign_ins_are_never_limited(self):
        for _ in range(60):
            self.assertEqual(login("u1_req", PW).status_code, 200)


class TokenTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def setUp(self):
        cache.clear()

    def test_logout_revokes_the_refresh_token(self):
        refresh = login("u1_req", PW).json()["refresh"]
        r = APIClient().post("/api/auth/logout/", {"refresh": refresh}, format="json")
        self.assertEqual(r.status_code, 205)
        r = APIClient().post("/api/auth/token/refresh/", {"refresh": refresh}, format="json")
        self.assertEqual(r.status_code, 401)
        # a second logout with it is refused too; no token is a 400
        self.assertEqual(APIClient().post("/api/auth/logout/", {"refresh": refresh}, format="json").status_code, 401)
        self.assertEqual(APIClient().post("/api/auth/logout/", {}, format="json").status_code, 400)

    def test_refresh_rotates_and_the_old_token_is_spent(self):
        refresh = login("u1_req", PW).json()["refresh"]
        r = APIClient().post("/api/auth/token/refresh/", {"refresh": refresh}, format="json")
        self.assertEqual(r.status_code, 200)
        rotated = r.json()["refresh"]
        self.assertNotEqual(rotated, refresh)
        self.assertEqual(APIClient().post("/api/auth/token/refresh/", {"refresh": refresh},
                                          format="json").status_code, 401)
        self.assertEqual(APIClient().post("/api/auth/token/refresh/", {"refresh": rotated},
                                          format="json").status_code, 200)


def _http(path, body_chunks, headers):
    """Runs one HTTP request through the ASGI application, every body chunk queued at
    once; (status, body bytes, how many chunks the application had read when it
    answered)."""
    async def run():
        comm = ApplicationCommunicator(application, {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
            "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
            "root_path": "", "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")] + headers,
            "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)})
        for i, chunk in enumerate(body_chunks):
            await comm.send_input({"type": "http.request", "body": chunk, "more_body": i + 1 < len(body_chunks)})
        start = await comm.receive_output(timeout=10)
        body = await comm.receive_output(timeout=10)
        read = len(body_chunks) - comm.input_queue.qsize()
        return start["status"], body.get("body", b""), read
    return asyncio.run(run())


@override_settings(DMS_MAX_REQUEST_BODY=1024 * 1024)
class BodyLimitTests(Fixture, TransactionTestCase):
    available_apps = ["dms"]

    def test_declared_ten_mib_gets_413_before_the_body_is_read(self):
        chunks = [b"x" * (1024 * 1024)] * 10
        status, body, sent = _http("/api/auth/login/", chunks, [(b"content-length", str(10 * 1024 * 1024).encode())])
        self.assertEqual(status, 413)
        self.assertIn(b"too large", body)
        self.assertEqual(sent, 0)  # answered before reading any of it

    def test_undeclared_length_is_counted_and_refused_past_the_limit(self):
        chunks = [b"x" * (256 * 1024)] * 40
        status, _, sent = _http("/api/auth/login/", chunks, [])
        self.assertEqual(status, 413)
        self.assertLessEqual(sent, 5)

    def test_bodies_within_the_limit_reach_the_view(self):
        body = b'{"username": "nobody", "password": "x"}'
        status, answer, _ = _http("/api/auth/login/", [body], [(b"content-length", str(len(body)).encode())])
        self.assertEqual(status, 401, answer)
        status, answer, _ = _http("/api/auth/login/", [body[:10], body[10:]],
                                  [(b"content-length", str(len(body)).encode())])
        self.assertEqual(status, 401, answer)


class SocketReauthorisationTests(WsCase, TransactionTestCase):
    async def open_with_lifetime(self, user, seconds):
        """A socket opened with a token of that lifetime, and the token's expiry (Unix
        time; JWT expiries are whole seconds)."""
        token = AccessToken.for_user(user)
        token.set_exp(lifetime=timedelta(seconds=seconds))
        comm, connected, _ = await self.open("/ws/updates/", str(token))
        self.assertTrue(connected)
        self.assertEqual((await comm.receive_json_from(timeout=3))["type"], "connection_established")
        return comm, token["exp"]

    async def closed_code(self, comm, timeout):
        while True:
            out = await comm.receive_output(timeout=timeout)
            if out["type"] == "websocket.close":
                return out["code"]

    async def test_a_socket_is_closed_4001_when_its_token_expires(self):
        comm, expiry = await self.open_with_lifetime(self.users["u1_req"], 2)
        self.assertEqual(await self.closed_code(comm, timeout=10), 4001)
        self.assertGreaterEqual(time.time(), expiry - 0.05)  # at expiry, not before

    async def test_a_deactivated_users_socket_is_closed_4001(self):
        user = self.users["u1_req"]
        comm, _ = await self.open_ok(user)
        other, _ = await self.open_ok(self.users["u1_req_b"])
        await database_sync_to_async(self._deactivate)(user.pk)
        self.assertEqual(await self.closed_code(comm, timeout=5), 4001)
        await self.assert_quiet(other)  # only that user's sockets

    async def test_a_user_moved_to_another_unit_hears_nothing_more_of_the_old_one(self):
        user = self.users["u1_req"]
        comm, _ = await self.open_ok(user)
        await database_sync_to_async(self._move)(user.pk, self.u2.pk)
        self.assertEqual(await self.closed_code(comm, timeout=5), 1012)

    @staticmethod
    def _deactivate(pk):
        u = User.objects.get(pk=pk)
        u.is_active = False
        u.save()

    @staticmethod
    def _move(pk, unit_pk):
        u = User.objects.get(pk=pk)
        u.unit = Unit.objects.get(pk=unit_pk)
        u.save()


class MalformedInputTests(Fixture, TestCase):
    """Bad input is a 400 (or the 404 of an id that names nothing), never a 500."""

    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_ids_beyond_64_bits_or_not_positive_name_nothing(self):
        head = self.client_for("u1_head")
        for bad in (str(2 ** 63), str(2 ** 70), "0", "-7"):
            self.assertEqual(head.get("/api/documents/crates/%s/" % bad).status_code, 404, bad)
            r = head.post("/api/documents/crates/%d/relocate/" % self.c1.pk, {"storage_id": int(bad)}, format="json")
            self.assertEqual(r.status_code, 400, (bad, r.content))
        r = head.get("/api/audit/", {"after_id": str(2 ** 70)})
        self.assertEqual(r.status_code, 400)

    def test_audit_user_with_a_digit_that_is_no_number(self):
        r = self.client_for("admin").get("/api/audit/", {"user": "\u00b2"})
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["count"], 0)

    def test_a_body_nested_too_deep_is_400(self):
        body = "[" * 100000 + "]" * 100000
        r = self.client_for("u1_head").post("/api/documents/crates/", body, content_type="application/json")
        self.assertEqual(r.status_code, 400, r.content[:200])


class MalformedFrameTests(WsCase, TransactionTestCase):
    async def test_a_frame_nested_too_deep_is_an_error_frame_and_the_socket_stays(self):
        comm, _ = await self.open_ok(self.users["u1_req"])
        await comm.send_to(text_data="[" * 20000 + "]" * 20000)  # 40 KB: within the size limit
        self.assertEqual((await comm.receive_json_from(timeout=3))["type"], "error")
        await comm.send_json_to({"type": "ping", "timestamp": "t"})
        self.assertEqual((await comm.receive_json_from(timeout=3))["type"], "pong")


class WorkflowBypassTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_a_crate_is_never_destroyed_by_edits(self):
        head = self.client_for("u1_head")
        url = "/api/documents/crates/%d/" % self.c1.pk
        self.assertEqual(head.put(url, {"status": "archived"}, format="json").status_code, 200)
        r = head.put(url, {"status": "destroyed"}, format="json")
        self.assertEqual(r.status_code, 403)
        self.assertIn("destruction request", r.json()["detail"])
        self.c1.refresh_from_db()
        self.assertEqual(self.c1.status, "archived")

    def test_an_approver_may_not_approve_their_own_request(self):
        appr = self.client_for("u1_appr")
        r = appr.post("/api/requests/withdrawal/", {"crate_id": self.c1.pk, "reason": "mine"}, format="json")
        self.assertEqual(r.status_code, 201, r.content)
        url = "/api/requests/withdrawal/%d/approve/" % r.json()["id"]
        r = appr.post(url, {"password": PW}, format="json")
        self.assertEqual(r.status_code, 403)
        self.assertIn("your own", r.json()["detail"])
        with override_settings(DMS_FORBID_SELF_APPROVAL=False):
            self.assertEqual(appr.post(url, {"password": PW}, format="json").status_code, 200)


class DemoUsersCsvTests(Fixture, TestCase):
    def test_the_users_csv_is_readable_by_its_owner_only(self):
        import os
        import stat
        import tempfile

        from django.core.management import call_command

        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "users.csv")
            with open(path, "w") as f:  # there before, world-readable
                f.write("old\n")
            os.chmod(path, 0o644)
            call_command("seed_demo", "--units", "1", "--users-per-unit", "2", "--crates", "1", "--requests", "1",
                         "--storage", "1", "--equipment", "0", "--users-csv", path, stderr=open(os.devnull, "w"))
            self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)
            with open(path) as f:
                self.assertTrue(f.readline().startswith("username,password"))


class TlsProxyTests(Fixture, TestCase):
    """Behind a TLS-terminating proxy the links the server builds must be https://, or a
    client that refuses to be downgraded (the console does) cannot follow them."""

    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def next_link(self, **headers):
        head = self.client_for("u1_head")
        r = head.get("/api/audit/", {"limit": 1}, HTTP_HOST="dms.example", **headers)
        self.assertEqual(r.status_code, 200)
        return r.json()["next"]

    @override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"), USE_X_FORWARDED_HOST=True,
                       ALLOWED_HOSTS=["dms.example", "proxy.example"])
    def test_forwarded_proto_and_host_make_the_links_https(self):
        self.assertTrue(self.next_link(HTTP_X_FORWARDED_PROTO="https",
                                       HTTP_X_FORWARDED_HOST="proxy.example").startswith("https://proxy.example/"))

    @override_settings(ALLOWED_HOSTS=["dms.example"])
    def test_without_the_setting_the_header_is_not_trusted(self):
        self.assertTrue(self.next_link(HTTP_X_FORWARDED_PROTO="https").startswith("http://dms.example/"))

    def test_the_environment_setting_turns_it_on(self):
        import os
        import subprocess
        import sys

        from django.conf import settings

        code = "import config.settings as s; print(getattr(s, 'SECURE_PROXY_SSL_HEADER', None), getattr(s, 'USE_X_FORWARDED_HOST', False))"
        env = dict(os.environ, DMS_SECRET_KEY="x", DMS_BEHIND_TLS_PROXY="1")
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=str(settings.BASE_DIR),
                             capture_output=True, text=True, check=True).stdout
        self.assertEqual(out.strip(), "('HTTP_X_FORWARDED_PROTO', 'https') True")
        env.pop("DMS_BEHIND_TLS_PROXY")
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=str(settings.BASE_DIR),
                             capture_output=True, text=True, check=True).stdout
        self.assertEqual(out.strip(), "None False")
