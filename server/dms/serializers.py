# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Plain dict representations (fast enough for page_size=5000).

Ids are public ids (dms/ids.py): primary keys in int mode, uuid strings in uuid
mode. Lists select_related the rows whose public ids they show (*_related()).
"""
from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.dateparse import parse_datetime
from rest_framework import serializers

from .ids import fk, public, uuid_mode
from .models import TransferRequest
from .utils import iso_ms


def user_repr(u):
    return {
        "id": public(u),
        "username": u.username,
        "full_name": u.full_name,
        "unit_id": fk(u, "unit"),
        "unit_name": u.unit.name if u.unit_id else None,
        "role": u.role,
    }


def request_repr(r):
    d = {
        "id": public(r),
        "kind": r.kind,
        "request_number": r.request_number,
        "status": r.status,
        "unit_id": fk(r, "unit"),
        "requester": r.requester.username if r.requester_id else None,
        "requester_id": fk(r, "requester"),
        "reason": r.reason,
        "crate_id": fk(r, "crate"),
        "crate_number": r.crate.crate_number if r.crate_id else None,
        "storage_id": fk(r, "storage"),
        "storage_code": r.storage.code if r.storage_id else None,
        "created_at": iso_ms(r.created_at),
        "updated_at": iso_ms(r.updated_at),
        "updated_by": r.updated_by.username if r.updated_by_id else None,
    }
    if isinstance(r, TransferRequest):
        d["source_unit_id"] = fk(r, "unit")
        d["destination_unit_id"] = fk(r, "destination_unit")
    return d


REQUEST_RELATED = ("requester", "updated_by", "crate", "storage")


def _with_units(names, units=("unit",)):
    """select_related names, plus the units whose public ids a row shows in uuid mode (int
    mode reads unit_id: no join, 5000-row pages stay as fast as before)."""
    return tuple(names) + (tuple(units) if uuid_mode() else ())


def request_related(model):
    units = ("unit", "destination_unit") if model is TransferRequest else ("unit",)
    return _with_units(REQUEST_RELATED, units)


def crate_related():
    return _with_units(("storage", "updated_by"))


def storage_related():
    return _with_units(("updated_by",))


def sendback_related():
    return _with_units(("requester", "sent_by"))


def crate_repr(c):
    return {
        "id": public(c),
        "crate_number": c.crate_number,
        "status": c.status,
        "storage_id": fk(c, "storage"),
        "storage_code": c.storage.code if c.storage_id else None,
        "unit_id": fk(c, "unit"),
        "description": c.description,
        "created_at": iso_ms(c.created_at),
        "updated_at": iso_ms(c.updated_at),
        "updated_by": c.updated_by.username if c.updated_by_id else None,
    }


# The crate list's rows straight from the database (values_list: no model instances, no
# related users built per row): the same dicts as crate_repr, ~4x cheaper; with SQLite the
# timestamps are read as the stored text and only re-punctuated (parsing them into datetimes
# was most of what was left). A 10,000-crate list is most of a console's cold start.
def _crate_columns():
    if uuid_mode():
        return ("public_id", "storage__public_id", "unit__public_id")
    return ("id", "storage_id", "unit_id")


def crate_rows(qs):
    """qs (crates, ordered) as a values_list queryset that crate_row() turns into crate_repr's dicts."""
    ident, storage, unit = _crate_columns()
    if connection.vendor == "sqlite":
        qs = qs.annotate(_created=Cast("created_at", TextField()), _updated=Cast("updated_at", TextField()))
        stamps = ("_created", "_updated")
    else:
        stamps = ("created_at", "updated_at")
    return qs.values_list(ident, "crate_number", "status", storage, "storage__code", unit, "description",
                          *stamps, "updated_by__username")


def crate_row(values):
    ident, number, status, storage, code, unit, description, created, updated, by = values
    if uuid_mode():
        ident, storage, unit = _uuid_str(ident), _uuid_str(storage), _uuid_str(unit)
    stamp = iso_ms_of_sqlite_text if isinstance(created, str) else iso_ms
    return {
        "id": ident,
        "crate_number": number,
        "status": status,
        "storage_id": storage,
        "storage_code": code,
        "unit_id": unit,
        "description": description,
        "created_at": stamp(created),
        "updated_at": stamp(updated),
        "updated_by": by,
    }


def iso_ms_of_sqlite_text(text):
    """iso_ms of a DateTimeField as Django stores it in SQLite (UTC, 'YYYY-MM-DD HH:MM:SS'
    and '.ffffff' unless zero), without parsing it: '2024-01-15T10:30:00.123Z'."""
    if text is None:
        return None
    if len(text) < 19 or text[10] != " ":  # not Django's format: parse it after all
        return iso_ms(parse_datetime(text))
    millis = text[20:23] if len(text) > 20 and text[19] == "." else "000"
    return "%sT%s.%sZ" % (text[:10], text[11:19], millis.ljust(3, "0"))


def storage_repr(s):
    return {
        "id": public(s),
        "code": s.code,
        "unit_id": fk(s, "unit"),
        "description": s.description,
        "capacity": s.capacity,
        "created_at": iso_ms(s.created_at),
        "updated_at": iso_ms(s.updated_at),
        "updated_by": s.updated_by.username if s.updated_by_id else None,
    }


def sendback_repr(s):
    return {
        "id": public(s),
        "request_kind": s.request_kind,
        "request_id": _uuid_str(s.request_public_id) if uuid_mode() else s.request_id,
        "request_number": s.request_number,
        "status": s.status,
        "unit_id": fk(s, "unit"),
        "requester": s.requester.username,
        "sent_by": s.sent_by.username,
        "reason": s.reason,
        "created_at": iso_ms(s.created_at),
        "updated_at": iso_ms(s.updated_at),
    }


def _uuid_str(u):
    return str(u) if u is not None else None


def audit_repr(a):
    """``id`` stays the integer key in every mode: it is the ``after_id`` cursor of the
    append-only log. ``user`` is the actor's username (not an id)."""
    return {
        "id": a.pk,
        "at": iso_ms(a.at),
        "user": a.username,
        "unit_id": fk(a, "unit"),
        "entity": a.entity,
        "entity_id": _uuid_str(a.entity_public_id) if uuid_mode() else a.entity_id,
        "action": a.action,
        "summary": a.summary,
    }


def connection_repr(c):
    return {
        "unit_id": fk(c, "unit"),
        "user_id": fk(c, "user"),
        "username": c.user.username,
        "path": c.path,
        "connected_since": iso_ms(c.connected_since),
        "last_ping": iso_ms(c.last_ping),
    }


class LoginSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(trim_whitespace=False)
