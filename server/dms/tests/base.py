# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

import uuid

from django.conf import settings
from django.core.cache import cache
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from dms import ids
from dms.models import Crate, DestructionRequest, Role, StorageLocation, TransferRequest, Unit, User, WithdrawalRequest

PW = "secret-pw"

# The wire/id/prefix modes every test runs in unless its class overrides them
# (override_settings on the class). A mode left switched on by one test would change
# what the next one sees; Fixture checks before every test that none leaked.
MODE_SETTINGS = ("DMS_WIRE", "DMS_PUBLIC_IDS", "DMS_API_PREFIX")
DEFAULT_MODES = {"DMS_WIRE": "ext", "DMS_PUBLIC_IDS": "int", "DMS_API_PREFIX": "api/"}


def expected_modes(cls):
    want = dict(DEFAULT_MODES)
    want.update({k: v for k, v in (getattr(cls, "_overridden_settings", None) or {}).items() if k in MODE_SETTINGS})
    return want


def assert_no_leaked_mode(test):
    """The modes in force are the defaults plus the test class's own overrides, and the
    REST routes hang under the prefix in force."""
    from config import urls

    actual = {k: getattr(settings, k) for k in MODE_SETTINGS}
    want = expected_modes(type(test))
    if actual != want:
        raise AssertionError("a mode leaked from another test: %r, expected %r" % (actual, want))
    mounted = str(urls.urlpatterns[0].pattern)
    if mounted != settings.DMS_API_PREFIX:
        raise AssertionError("REST routes mounted at %r, DMS_API_PREFIX is %r" % (mounted, settings.DMS_API_PREFIX))


class Fixture:
    """Two units; one user per role in each; an admin; storage, crates and requests."""

    def _pre_setup(self):
        # before the test's transaction is opened: a failure here leaves nothing behind
        assert_no_leaked_mode(self)
        # the per-address password-failure counts (dms/security.py) live in the process's
        # cache: one test's wrong passwords must not throttle the next test's sign-ins
        cache.clear()
        super()._pre_setup()

    @classmethod
    def make_data(cls):
        cls.u1 = Unit.objects.create(name="Unit 1")
        cls.u2 = Unit.objects.create(name="Unit 2")
        cls.users = {}
        for idx, unit in ((1, cls.u1), (2, cls.u2)):
            for short, role in (("req", Role.REQUESTER), ("req_b", Role.REQUESTER), ("appr", Role.APPROVER),
                                ("head", Role.STORE_HEAD), ("uadmin", Role.UNIT_ADMIN)):
                name = "u%d_%s" % (idx, short)
                cls.users[name] = User.objects.create_user(name, password=PW, unit=unit, role=role)
        cls.admin = User.objects.create_user("admin", password=PW, unit=cls.u1, role=Role.ADMIN)
        cls.s1 = StorageLocation.objects.create(code="A1", unit=cls.u1)
        cls.s1b = StorageLocation.objects.create(code="A2", unit=cls.u1)
        cls.s2 = StorageLocation.objects.create(code="B1", unit=cls.u2)
        cls.c1 = Crate.objects.create(crate_number="CR-1-00001", unit=cls.u1, storage=cls.s1)
        cls.c1b = Crate.objects.create(crate_number="CR-1-00002", unit=cls.u1, storage=cls.s1)
        cls.c2 = Crate.objects.create(crate_number="CR-2-00001", unit=cls.u2, storage=cls.s2)
        r1 = cls.users["u1_req"]
        cls.w1 = WithdrawalRequest.objects.create(request_number="WR-000001", unit=cls.u1, requester=r1,
                                                  reason="audit review", crate=cls.c1)
        cls.w2 = WithdrawalRequest.objects.create(request_number="WR-000002", unit=cls.u2,
                                                  requester=cls.users["u2_req"], reason="inspection", crate=cls.c2)
        cls.d1 = DestructionRequest.objects.create(request_number="DR-000001", unit=cls.u1, requester=r1,
                                                   reason="retention expired", crate=cls.c1b)
        cls.t1 = TransferRequest.objects.create(request_number="TR-000001", unit=cls.u1, destination_unit=cls.u2,
                                                requester=r1, reason="consolidation", crate=cls.c1b)

    def client_for(self, username):
        c = APIClient()
        user = self.admin if username == "admin" else self.users[username]
        c.credentials(HTTP_AUTHORIZATION="Bearer %s" % AccessToken.for_user(user))
        return c

    @staticmethod
    def token(user):
        return str(AccessToken.for_user(user))

    # ------------------------------------------------------------ ids in the current mode
    @staticmethod
    def pid(obj):
        """The id a client sees for obj in the mode in force."""
        return ids.public(obj)

    def assert_id(self, value):
        """value has the shape of an id in the mode in force (uuid: a non-numeric uuid string)."""
        if ids.uuid_mode():
            self.assertIsInstance(value, str)
            self.assertFalse(value.isdigit(), value)
            self.assertEqual(str(uuid.UUID(value)), value)
        else:
            self.assertIsInstance(value, int)
            self.assertNotIsInstance(value, bool)

    def api(self, path):
        """A REST path under the prefix in force: api('requests/withdrawal/')."""
        return "/" + settings.DMS_API_PREFIX + path
