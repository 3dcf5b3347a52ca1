from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from dms.models import Crate, DestructionRequest, Role, StorageLocation, TransferRequest, Unit, User, WithdrawalRequest

PW = "secret-pw"


class Fixture:
    """Two units; one user per role in each; an admin; storage, crates and requests."""

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
