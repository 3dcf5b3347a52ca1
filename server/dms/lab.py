# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Seed 004 (HyCON lab equipment): rules, representations and broadcasts.

Every lab write goes through here (REST views and drive_lab_activity), and each
sends its seed-004 event after commit to the group of every authenticated /ws
socket (seed 004 broadcasts to all connected clients). The frames do not depend on
DMS_WIRE; ids follow DMS_PUBLIC_IDS.
"""
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from rest_framework.exceptions import PermissionDenied, ValidationError

from . import broadcast, ids
from .models import (
    Equipment,
    EquipmentStatus,
    LabSession,
    Role,
    SampleStatus,
    SampleSubmission,
    User,
)
from .services import Conflict
from .utils import iso_ms

LAB_ADMIN_ROLES = {Role.UNIT_ADMIN, Role.ADMIN}
SAMPLE_NEXT = {  # a sample only moves forward
    SampleStatus.SUBMITTED: {SampleStatus.RECEIVED, SampleStatus.IN_ANALYSIS, SampleStatus.COMPLETED},
    SampleStatus.RECEIVED: {SampleStatus.IN_ANALYSIS, SampleStatus.COMPLETED},
    SampleStatus.IN_ANALYSIS: {SampleStatus.COMPLETED},
    SampleStatus.COMPLETED: set(),
}


# ---------------------------------------------------------------- frames
def _emit(frame):
    broadcast.on_commit(lambda: broadcast.emit_lab(frame))


def equipment_frame(eq, action, **data):
    return {"type": "equipment_update", "action": action, "equipment_id": ids.public(eq),
            "data": dict({"status": eq.status, "name": eq.name, "location": eq.location}, **data)}


def session_frame(s, action):
    return {"type": "session_update", "action": action, "session_id": ids.public(s),
            "equipment_id": ids.fk(s, "equipment"),
            "data": {"user_id": ids.fk(s, "user"), "status": "active" if s.ended_at is None else "ended",
                     "started_at": iso_ms(s.started_at), "ended_at": iso_ms(s.ended_at)}}


def sample_frame(s, action):
    return {"type": "sample_update", "action": action, "submission_id": ids.public(s),
            "recipient_user_id": ids.fk(s, "recipient"), "data": {"status": s.status}}


# ---------------------------------------------------------------- REST rows
def equipment_repr(eq, active_session=None):
    return {"id": ids.public(eq), "name": eq.name, "location": eq.location, "status": eq.status,
            "active_session_id": ids.public(active_session), "updated_at": iso_ms(eq.updated_at)}


def session_repr(s):
    return {"id": ids.public(s), "equipment_id": ids.fk(s, "equipment"), "equipment_name": s.equipment.name,
            "user_id": ids.fk(s, "user"), "username": s.user.username, "notes": s.notes,
            "started_at": iso_ms(s.started_at), "ended_at": iso_ms(s.ended_at), "active": s.ended_at is None}


def sample_repr(s):
    return {"id": ids.public(s), "sample_name": s.sample_name, "status": s.status, "is_read": s.is_read,
            "submitter_id": ids.fk(s, "submitter"), "submitter": s.submitter.username,
            "recipient_user_id": ids.fk(s, "recipient"), "recipient": s.recipient.username,
            "equipment_id": ids.fk(s, "equipment"),
            "created_at": iso_ms(s.created_at), "updated_at": iso_ms(s.updated_at)}


SESSION_RELATED = ("equipment", "user")
SAMPLE_RELATED = ("submitter", "recipient", "equipment")


# ---------------------------------------------------------------- queries
def active_sessions():
    return LabSession.objects.filter(ended_at__isnull=True)


def visible_samples(user):
    qs = SampleSubmission.objects.all()
    if user.role == Role.ADMIN:
        return qs
    return qs.filter(Q(submitter=user) | Q(recipient=user))


def inbox(user):
    return SampleSubmission.objects.filter(recipient=user)


# ---------------------------------------------------------------- helpers
def _text(data, name, required=False, max_len=100):
    v = data.get(name, "")
    if not isinstance(v, str) or (required and not v.strip()) or len(v) > max_len:
        raise ValidationError({name: ["A %stext of at most %d characters is required." % (
            "non-empty " if required else "", max_len)]})
    return v.strip()


def _require_lab_admin(user):
    if user.role not in LAB_ADMIN_ROLES:
        raise PermissionDenied("Only administrators manage equipment.")


def _row(model, value, field, qs=None):
    """The row a body field names; 400 when malformed or unknown."""
    if value in (None, ""):
        raise ValidationError({field: ["This field is required."]})
    row = (qs if qs is not None else model.objects).filter(**ids.lookup(value, field)).first()
    if row is None:
        raise ValidationError({field: ["No such %s." % model._meta.verbose_name]})
    return row


# ---------------------------------------------------------------- equipment
def create_equipment(user, data):
    _require_lab_admin(user)
    eq = Equipment.objects.create(name=_text(data, "name", required=True), location=_text(data, "location"))
    _emit(equipment_frame(eq, "created"))
    return eq


def update_equipment(user, eq, data):
    _require_lab_admin(user)
    unknown = set(data) - {"name", "location"}
    if unknown:
        raise ValidationError({k: ["This field cannot be edited here."] for k in sorted(unknown)})
    if "name" in data:
        eq.name = _text(data, "name", required=True)
    if "location" in data:
        eq.location = _text(data, "location")
    eq.save()
    _emit(equipment_frame(eq, "updated"))
    return eq


def delete_equipment(user, eq):
    _require_lab_admin(user)
    if active_sessions().filter(equipment=eq).exists():
        raise Conflict("End the active session first.")
    frame = equipment_frame(eq, "deleted")
    eq.delete()
    _emit(frame)


def set_equipment_status(user, eq, data):
    """available <-> maintenance; in_use only by starting a session."""
    status = data.get("status")
    if status not in (EquipmentStatus.AVAILABLE, EquipmentStatus.MAINTENANCE):
        raise ValidationError({"status": ["'available' or 'maintenance' (a session makes it in_use)."]})
    with transaction.atomic():
        eq = Equipment.objects.select_for_update().get(pk=eq.pk)
        if active_sessions().filter(equipment=eq).exists():
            raise Conflict("The equipment is in use; end its session first.")
        if eq.status != status:
            eq.status = status
            eq.save()
            _emit(equipment_frame(eq, "status_change"))
    return eq


# ---------------------------------------------------------------- sessions
def start_session(user, data):
    with transaction.atomic():
        eq = _row(Equipment, data.get("equipment_id"), "equipment_id")
        eq = Equipment.objects.select_for_update().get(pk=eq.pk)
        if eq.status != EquipmentStatus.AVAILABLE or active_sessions().filter(equipment=eq).exists():
            raise Conflict("The equipment is %s, not available." % eq.status)
        session = LabSession.objects.create(equipment=eq, user=user, started_at=timezone.now(),
                                            notes=_text(data, "notes", max_len=200))
        eq.status = EquipmentStatus.IN_USE
        eq.save()
        _emit(session_frame(session, "started"))
        _emit(equipment_frame(eq, "status_change", user_id=ids.public(user)))
    return session


def end_session(user, session):
    if session.user_id != user.pk and user.role not in LAB_ADMIN_ROLES:
        raise PermissionDenied("Only the session's user or an administrator may end it.")
    with transaction.atomic():
        session = LabSession.objects.select_for_update().select_related(*SESSION_RELATED).get(pk=session.pk)
        if session.ended_at is not None:
            raise Conflict("The session has ended already.")
        session.ended_at = timezone.now()
        session.save()
        eq = Equipment.objects.select_for_update().get(pk=session.equipment_id)
        eq.status = EquipmentStatus.AVAILABLE
        eq.save()
        _emit(session_frame(session, "ended"))
        _emit(equipment_frame(eq, "status_change"))
    return session


# ---------------------------------------------------------------- samples
def submit_sample(user, data):
    recipient = _row(User, data.get("recipient_user_id"), "recipient_user_id", User.objects.filter(is_active=True))
    equipment = None
    if data.get("equipment_id") not in (None, ""):
        equipment = _row(Equipment, data["equipment_id"], "equipment_id")
    sample = SampleSubmission.objects.create(submitter=user, recipient=recipient, equipment=equipment,
                                             sample_name=_text(data, "sample_name") or "Sample")
    _emit(sample_frame(sample, "new"))
    return sample


def set_sample_status(user, sample, data):
    if sample.recipient_id != user.pk and user.role != Role.ADMIN:
        raise PermissionDenied("Only the recipient may change a sample's status.")
    status = data.get("status")
    if status not in SampleStatus.values:
        raise ValidationError({"status": ["One of %s." % ", ".join(SampleStatus.values)]})
    with transaction.atomic():
        sample = SampleSubmission.objects.select_for_update().get(pk=sample.pk)
        if status not in SAMPLE_NEXT[sample.status]:
            raise Conflict("A sample cannot go from %s to %s." % (sample.status, status))
        sample.status = status
        sample.is_read = True
        sample.save()
        _emit(sample_frame(sample, "status_changed"))
    return sample
