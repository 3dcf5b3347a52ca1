"""Plain dict representations (fast enough for page_size=5000)."""
from rest_framework import serializers

from .models import TransferRequest
from .utils import iso_ms


def user_repr(u):
    return {
        "id": u.pk,
        "username": u.username,
        "full_name": u.full_name,
        "unit_id": u.unit_id,
        "unit_name": u.unit.name if u.unit_id else None,
        "role": u.role,
    }


def request_repr(r):
    d = {
        "id": r.pk,
        "kind": r.kind,
        "request_number": r.request_number,
        "status": r.status,
        "unit_id": r.unit_id,
        "requester": r.requester.username if r.requester_id else None,
        "requester_id": r.requester_id,
        "reason": r.reason,
        "crate_id": r.crate_id,
        "crate_number": r.crate.crate_number if r.crate_id else None,
        "storage_id": r.storage_id,
        "storage_code": r.storage.code if r.storage_id else None,
        "created_at": iso_ms(r.created_at),
        "updated_at": iso_ms(r.updated_at),
        "updated_by": r.updated_by.username if r.updated_by_id else None,
    }
    if isinstance(r, TransferRequest):
        d["source_unit_id"] = r.unit_id
        d["destination_unit_id"] = r.destination_unit_id
    return d


REQUEST_RELATED = ("requester", "updated_by", "crate", "storage")


def crate_repr(c):
    return {
        "id": c.pk,
        "crate_number": c.crate_number,
        "status": c.status,
        "storage_id": c.storage_id,
        "storage_code": c.storage.code if c.storage_id else None,
        "unit_id": c.unit_id,
        "description": c.description,
        "created_at": iso_ms(c.created_at),
        "updated_at": iso_ms(c.updated_at),
        "updated_by": c.updated_by.username if c.updated_by_id else None,
    }


def storage_repr(s):
    return {
        "id": s.pk,
        "code": s.code,
        "unit_id": s.unit_id,
        "description": s.description,
        "capacity": s.capacity,
        "created_at": iso_ms(s.created_at),
        "updated_at": iso_ms(s.updated_at),
        "updated_by": s.updated_by.username if s.updated_by_id else None,
    }


def sendback_repr(s):
    return {
        "id": s.pk,
        "request_kind": s.request_kind,
        "request_id": s.request_id,
        "request_number": s.request_number,
        "status": s.status,
        "unit_id": s.unit_id,
        "requester": s.requester.username,
        "sent_by": s.sent_by.username,
        "reason": s.reason,
        "created_at": iso_ms(s.created_at),
        "updated_at": iso_ms(s.updated_at),
    }


def audit_repr(a):
    return {
        "id": a.pk,
        "at": iso_ms(a.at),
        "user": a.username,
        "unit_id": a.unit_id,
        "entity": a.entity,
        "entity_id": a.entity_id,
        "action": a.action,
        "summary": a.summary,
    }


def connection_repr(c):
    return {
        "unit_id": c.unit_id,
        "user_id": c.user_id,
        "username": c.user.username,
        "path": c.path,
        "connected_since": iso_ms(c.connected_since),
        "last_ping": iso_ms(c.last_ping),
    }


class LoginSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(trim_whitespace=False)
