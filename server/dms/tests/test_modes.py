# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""DMS_API_PREFIX, the settings' parsing, and the guard that keeps a mode from leaking
from one test into the next."""
from django.test import SimpleTestCase, TestCase, override_settings
from rest_framework.test import APIClient

from config import settings as config_settings

from .base import PW, Fixture, assert_no_leaked_mode
from .test_public_ids import IdShapeMixin


@override_settings(DMS_API_PREFIX="dms/v2/")
class ApiPrefixTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_every_route_moves_under_the_prefix(self):
        r = APIClient().post("/dms/v2/auth/login/", {"username": "u1_req", "password": PW}, format="json")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(APIClient().post("/api/auth/login/", {"username": "u1_req", "password": PW},
                                          format="json").status_code, 404)
        c = self.client_for("u1_req")
        self.assertEqual(c.get("/dms/v2/requests/withdrawal/").json()["count"], 1)
        self.assertEqual(c.get("/api/requests/withdrawal/").status_code, 404)
        self.assertEqual(c.get("/dms/v2/requests/withdrawal/%d/" % self.w1.pk).status_code, 200)
        body = c.get("/dms/v2/audit/?limit=1").json()
        self.assertTrue(body["next"].startswith("http://testserver/dms/v2/audit/?"), body["next"])


@override_settings(DMS_API_PREFIX="dms/v2/", DMS_PUBLIC_IDS="uuid")
class ApiPrefixUuidTests(IdShapeMixin, TestCase):
    """The whole id suite again, under another prefix with uuid ids (the 'new backend')."""

    uuid = True


class DefaultPrefixTests(Fixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.make_data()

    def test_default_prefix_is_api(self):
        c = self.client_for("u1_req")
        self.assertEqual(c.get("/api/requests/withdrawal/").status_code, 200)
        self.assertEqual(c.get("/dms/v2/requests/withdrawal/").status_code, 404)


class ModeGuardTests(SimpleTestCase):
    """Fixture checks before every test that the modes in force are the defaults plus
    the class's own overrides. Here a mode is left switched on, as a buggy test would,
    and the check the next test runs fails."""

    def test_a_leaked_wire_mode_is_caught(self):
        leak = override_settings(DMS_WIRE="seed002")
        leak.enable()
        try:
            with self.assertRaisesRegex(AssertionError, "leaked"):
                assert_no_leaked_mode(self)
        finally:
            leak.disable()
        assert_no_leaked_mode(self)

    def test_a_leaked_prefix_or_id_mode_is_caught(self):
        for leak in (override_settings(DMS_API_PREFIX="x/"), override_settings(DMS_PUBLIC_IDS="uuid")):
            leak.enable()
            try:
                with self.assertRaises(AssertionError):
                    assert_no_leaked_mode(self)
            finally:
                leak.disable()
        assert_no_leaked_mode(self)

    def test_routes_follow_the_prefix_back(self):
        from config import urls

        with override_settings(DMS_API_PREFIX="elsewhere/"):
            self.assertEqual(str(urls.urlpatterns[0].pattern), "elsewhere/")
        self.assertEqual(str(urls.urlpatterns[0].pattern), "api/")


class SettingsParsingTests(SimpleTestCase):
    def test_api_prefix_normalised(self):
        p = config_settings._api_prefix
        self.assertEqual([p("api/"), p("/dms/v2"), p("dms/v2/"), p(""), p("/")], ["api/", "dms/v2/", "dms/v2/", "", ""])
        for bad in ("a b/", "../x", "a//b", "x?y"):
            with self.assertRaises(RuntimeError, msg=bad):
                p(bad)

    def test_choices_refuse_unknown_values(self):
        import os

        os.environ["DMS_TEST_CHOICE"] = "seed003"
        try:
            with self.assertRaises(RuntimeError):
                config_settings._env_choice("DMS_TEST_CHOICE", config_settings.WIRE_MODES, "ext")
        finally:
            del os.environ["DMS_TEST_CHOICE"]
        self.assertEqual(config_settings._env_choice("DMS_TEST_CHOICE", config_settings.WIRE_MODES, "ext"), "ext")


class FastPasswordHasherTests(SimpleTestCase):
    """DMS_FAST_PASSWORD_HASHER: off unless set (or under `manage.py test`)."""

    @staticmethod
    def load_settings(argv, **env):
        import importlib.util
        import os
        import sys
        from unittest import mock

        spec = importlib.util.spec_from_file_location("dms_settings_probe", config_settings.__file__)
        module = importlib.util.module_from_spec(spec)
        clean = {k: v for k, v in os.environ.items() if not k.startswith("DMS_")}
        clean.update(DMS_SECRET_KEY="probe", **env)
        with mock.patch.dict(os.environ, clean, clear=True), mock.patch.object(sys, "argv", argv):
            spec.loader.exec_module(module)
        return module

    def test_off_by_default_and_with_0(self):
        for env in ({}, {"DMS_FAST_PASSWORD_HASHER": ""}, {"DMS_FAST_PASSWORD_HASHER": "0"}):
            s = self.load_settings(["serve.py"], **env)
            self.assertFalse(s.DMS_FAST_PASSWORD_HASHER, env)
            self.assertFalse(hasattr(s, "PASSWORD_HASHERS"), env)  # Django's default: PBKDF2 first

    def test_on_with_1_md5_first_pbkdf2_still_verifies(self):
        s = self.load_settings(["serve.py"], DMS_FAST_PASSWORD_HASHER="1")
        self.assertTrue(s.DMS_FAST_PASSWORD_HASHER)
        self.assertEqual(s.PASSWORD_HASHERS[0], "django.contrib.auth.hashers.MD5PasswordHasher")
        self.assertIn("django.contrib.auth.hashers.PBKDF2PasswordHasher", s.PASSWORD_HASHERS)

    def test_on_under_manage_py_test(self):
        from django.contrib.auth.hashers import get_hasher

        self.assertTrue(self.load_settings(["manage.py", "test"]).DMS_FAST_PASSWORD_HASHER)
        self.assertEqual(get_hasher().algorithm, "md5")  # this very run
