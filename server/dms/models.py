# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Data model of the DMS reference server.

Every row a client can name has a ``public_id`` (uuid4) besides its integer primary
key: with DMS_PUBLIC_IDS=uuid the wire shows and accepts only public ids (dms/ids.py),
like the shipped DMS whose ids are UUID strings (seed 002). Keys stay integers inside.
"""
import uuid

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import PermissionDenied
from django.db import models


def public_id_field():
    return models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


class Unit(models.Model):
    public_id = public_id_field()
    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.name


class Role(models.TextChoices):
    REQUESTER = "requester"
    APPROVER = "approver"
    STORE_HEAD = "store_head"
    UNIT_ADMIN = "unit_admin"
    ADMIN = "admin"


class User(AbstractUser):
    public_id = public_id_field()
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="users")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.REQUESTER)
    # password guessing (dms/security.py): wrong passwords in a row, and the end of a lock
    failed_passwords = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    @property
    def full_name(self):
        return (self.get_full_name() or self.username).strip()

    @property
    def is_global_admin(self):
        return self.role == Role.ADMIN

    @property
    def jwt_id(self):
        """The token's user_id claim (SIMPLE_JWT USER_ID_FIELD): the public id, so a
        uuid-mode token carries no integer key either."""
        from .ids import public

        return public(self)


class StorageLocation(models.Model):
    public_id = public_id_field()
    code = models.CharField(max_length=50)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="storage_locations")
    description = models.CharField(max_length=200, blank=True, default="")
    capacity = models.PositiveIntegerField(default=100)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["unit", "code"], name="storage_unique_code_per_unit")]


class CrateStatus(models.TextChoices):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    ARCHIVED = "archived"
    DESTROYED = "destroyed"


class Crate(models.Model):
    public_id = public_id_field()
    crate_number = models.CharField(max_length=50, unique=True)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="crates")
    status = models.CharField(max_length=20, choices=CrateStatus.choices, default=CrateStatus.ACTIVE, db_index=True)
    storage = models.ForeignKey(StorageLocation, null=True, blank=True, on_delete=models.PROTECT, related_name="crates")
    description = models.CharField(max_length=200, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["id"]


class RequestStatus(models.TextChoices):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SENT_BACK = "sent_back"
    ISSUED = "issued"
    RETURNED = "returned"


class RequestBase(models.Model):
    public_id = public_id_field()
    request_number = models.CharField(max_length=50, unique=True)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    requester = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=20, choices=RequestStatus.choices, default=RequestStatus.PENDING, db_index=True)
    reason = models.TextField(blank=True, default="")
    crate = models.ForeignKey(Crate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    storage = models.ForeignKey(StorageLocation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        abstract = True
        ordering = ["id"]

    kind = None  # "withdrawal" | "destruction" | "transfer"
    prefix = None

    def unit_ids(self):
        return [self.unit_id]


class WithdrawalRequest(RequestBase):
    kind = "withdrawal"
    prefix = "WR"

    class Meta(RequestBase.Meta):
        pass


class DestructionRequest(RequestBase):
    kind = "destruction"
    prefix = "DR"

    class Meta(RequestBase.Meta):
        pass


class TransferRequest(RequestBase):
    """`unit` is the source unit; it is kept equal to source_unit."""

    kind = "transfer"
    prefix = "TR"
    destination_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")

    class Meta(RequestBase.Meta):
        pass

    @property
    def source_unit_id(self):
        return self.unit_id

    def unit_ids(self):
        ids = [self.unit_id]
        if self.destination_unit_id and self.destination_unit_id != self.unit_id:
            ids.append(self.destination_unit_id)
        return ids


REQUEST_MODELS = {
    "withdrawal": WithdrawalRequest,
    "destruction": DestructionRequest,
    "transfer": TransferRequest,
}


class SendBackRecord(models.Model):
    public_id = public_id_field()
    request_kind = models.CharField(max_length=20)
    request_id = models.PositiveIntegerField()
    request_public_id = models.UUIDField(null=True, blank=True)  # the request's, for uuid mode
    request_number = models.CharField(max_length=50)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    peer_unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    requester = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    sent_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True, default="")
    status = models.CharField(max_length=20, default="open")  # open -> resolved
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]

    def unit_ids(self):
        ids = [self.unit_id]
        if self.peer_unit_id and self.peer_unit_id != self.unit_id:
            ids.append(self.peer_unit_id)
        return ids


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied("audit entries are immutable")

    def delete(self):
        raise PermissionDenied("audit entries cannot be deleted")


class AuditEntry(models.Model):
    """Append-only: saving an existing row or deleting one raises PermissionDenied."""

    objects = AuditQuerySet.as_manager()

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(User, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    username = models.CharField(max_length=150, blank=True, default="")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    peer_unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    entity = models.CharField(max_length=20, db_index=True)
    entity_id = models.PositiveIntegerField()
    entity_public_id = models.UUIDField(null=True, blank=True)  # the entity's, for uuid mode
    action = models.CharField(max_length=30)
    summary = models.CharField(max_length=300, blank=True, default="")

    class Meta:
        ordering = ["id"]

    def save(self, *args, **kwargs):
        if self.pk is not None or kwargs.get("force_update"):
            raise PermissionDenied("audit entries are immutable")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("audit entries cannot be deleted")

    def unit_ids(self):
        ids = [self.unit_id] if self.unit_id else []
        if self.peer_unit_id and self.peer_unit_id not in ids:
            ids.append(self.peer_unit_id)
        return ids


class UnitSequence(models.Model):
    """Per-unit event counter shared by every server process (never process memory)."""

    unit = models.OneToOneField(Unit, primary_key=True, on_delete=models.CASCADE, related_name="+")
    value = models.BigIntegerField(default=0)


class OutboxFrame(models.Model):
    """A unit's event frame, written in the transaction of the change it tells and sent
    after that commits, by whichever server process drains the unit first
    (dms/broadcast.py): a change never commits without its frames, and a process that dies
    before sending them leaves them to the next one."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    dialect = models.CharField(max_length=8)  # wire mode the frame was built for
    frame = models.TextField()  # JSON, without seq and send time (added when sent)
    seq = models.BigIntegerField(null=True)  # the unit's seq, given before it is sent
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["unit", "seq"])]


class ServerProcess(models.Model):
    """One row per running server process; heartbeat lets stale socket rows be pruned."""

    server_id = models.CharField(max_length=40, primary_key=True)
    pid = models.IntegerField(default=0)
    started_at = models.DateTimeField(auto_now_add=True)
    heartbeat = models.DateTimeField()


class LiveConnection(models.Model):
    channel_name = models.CharField(max_length=200, unique=True)
    server_id = models.CharField(max_length=40, db_index=True)
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    path = models.CharField(max_length=200)
    connected_since = models.DateTimeField()
    last_ping = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]


# ---------------------------------------------------------------- seed 004: lab equipment (HyCON)
class EquipmentStatus(models.TextChoices):
    AVAILABLE = "available"
    IN_USE = "in_use"
    MAINTENANCE = "maintenance"


class Equipment(models.Model):
    """Lab equipment, shared by everyone (seed 004 broadcasts to all connected clients)."""

    public_id = public_id_field()
    name = models.CharField(max_length=100)
    location = models.CharField(max_length=100, blank=True, default="")
    status = models.CharField(max_length=20, choices=EquipmentStatus.choices, default=EquipmentStatus.AVAILABLE,
                              db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]


class LabSession(models.Model):
    """A user's use of one equipment: active while ended_at is null (one at a time)."""

    public_id = public_id_field()
    equipment = models.ForeignKey(Equipment, on_delete=models.CASCADE, related_name="sessions")
    user = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    notes = models.CharField(max_length=200, blank=True, default="")
    started_at = models.DateTimeField(db_index=True)
    ended_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["id"]


class SampleStatus(models.TextChoices):
    SUBMITTED = "submitted"
    RECEIVED = "received"
    IN_ANALYSIS = "in_analysis"
    COMPLETED = "completed"


class SampleSubmission(models.Model):
    """A sample sent to one user's inbox; unread until the recipient changes its status."""

    public_id = public_id_field()
    submitter = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recipient = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    equipment = models.ForeignKey(Equipment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    sample_name = models.CharField(max_length=100)
    status = models.CharField(max_length=20, choices=SampleStatus.choices, default=SampleStatus.SUBMITTED)
    is_read = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
