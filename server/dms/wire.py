# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Wire dialects (DMS_WIRE): which sockets exist and what every frame looks like.

``ext`` (default) is the reference server's own wire: seed 002's and seed 001's
messages plus our extensions (seq, event_id, welcome fields, echo, notifications,
audit events, ``kind``). The other modes speak one design document word for word, so
the console's tests can prove it needs none of the extensions:

* ``seed002``: /ws/updates/ only, exactly the messages of seed 002;
* ``seed001``: /ws/requests|crates/{unit}/ and /ws/notifications/{user}/ only, exactly
  the messages of seed 001 (no welcome, no pong, capitalised statuses);
* ``alt``: /live/events/ only, a made-up backend whose frames name their kind in
  ``event`` (proves a new backend needs only a profile file).

The frame builders are pure functions of a Change (what happened, captured by
dms.signals with public ids) and the send time, so tests can check exact key sets.
"""
from dataclasses import dataclass, field
from datetime import datetime, timezone as dt_timezone

from django.conf import settings

from .utils import iso_ms

EXT, SEED002, SEED001, ALT = "ext", "seed002", "seed001", "alt"

# the socket families each mode serves
_SERVES = {
    "updates": (EXT, SEED002),     # /ws/updates/
    "channels": (EXT, SEED001),    # /ws/requests|crates|notifications/{id}/
    "alt": (ALT,),                 # /live/events/
}


def mode():
    return settings.DMS_WIRE


def serves(family):
    return mode() in _SERVES[family]


@dataclass
class Change:
    """One change of a row, as every dialect may tell it (ids already public)."""

    entity: str                 # withdrawal|destruction|transfer|crate|storage|sendback
    action: str                 # created|updated|deleted (the row's fate)
    semantic: str               # approved, relocated, storage_allocated, ... (what was done)
    id: object
    status: str
    number_field: str           # request_number|crate_number|code
    number: str
    units: list                 # unit primary keys whose groups hear of it
    updated_at: datetime = None
    updated_by: str = None
    extra: dict = field(default_factory=dict)   # ext-only fields (crate: storage_id)


# ---------------------------------------------------------------- timestamps
def iso_seconds(dt):
    """2025-11-14T12:34:56Z: seed 001's own example has no fraction."""
    if dt is None:
        return None
    return dt.astimezone(dt_timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_micro(dt):
    """2025-11-14T12:34:56.123456Z (the alt backend: another precision to parse)."""
    return dt.astimezone(dt_timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utcnow():
    return datetime.now(dt_timezone.utc)


# ---------------------------------------------------------------- dms-updates (/ws/updates/)
def ext_data(change):
    return {"id": change.id, "status": change.status, change.number_field: change.number}


def ext_update_base(change, event_id):
    """The ext data_update without seq and timestamp (added while sending)."""
    return {"type": "data_update", "entity": change.entity, "action": change.action,
            "data": ext_data(change), "event_id": event_id}


def seed002_update(change, now):
    """Seed 002: data carries only id, status and request_number|crate_number."""
    data = {"id": change.id, "status": change.status}
    if change.number_field in ("request_number", "crate_number"):
        data[change.number_field] = change.number
    return {"type": "data_update", "entity": change.entity, "action": change.action, "data": data,
            "timestamp": iso_ms(now)}


def seed002_welcome(user_unit_public_id):
    return {"type": "connection_established", "message": "Connected to unit %s updates" % user_unit_public_id}


def seed002_pong(now):
    return {"type": "pong", "timestamp": iso_ms(now)}


def stamp(dialect, frame, seq, now):
    """A unit frame from the outbox (dms/broadcast.py) as it is sent: its emit time and,
    in ext, its seq."""
    if dialect == EXT:
        frame["seq"] = seq
        frame["timestamp"] = iso_ms(now)
    elif dialect == SEED002:
        frame["timestamp"] = iso_ms(now)
    elif dialect == ALT:
        frame["emitted_at"] = iso_micro(now)
    return frame


# ---------------------------------------------------------------- alt (/live/events/)
def alt_update(change, now):
    return {"event": "change", "resource": change.entity, "op": change.action,
            "record": {"pk": change.id, "state": change.status, "ref": change.number},
            "emitted_at": iso_micro(now)}


def alt_hello(user):
    return {"event": "hello", "text": "Signed in as %s; live changes follow." % user.username}


def alt_heartbeat_ack(now):
    return {"event": "heartbeat_ack", "at": iso_micro(now)}


# ---------------------------------------------------------------- dms-channels (seed 001)
REQUEST_TYPES = {"withdrawal": "Withdrawal", "destruction": "Destruction", "transfer": "Transfer"}
REQUEST_STATUS_WORDS = {"pending": "Pending", "approved": "Approved", "rejected": "Rejected",
                        "sent_back": "Sent Back", "issued": "Issued", "returned": "Returned"}
# seed 001's request actions; our finer ones are plain updates there
SEED001_REQUEST_ACTIONS = {"created", "updated", "approved", "rejected", "issued", "returned", "sent_back"}


def status_word(status):
    """approved -> Approved, sent_back -> Sent Back (crates: active -> Active)."""
    return REQUEST_STATUS_WORDS.get(status) or status.replace("_", " ").title()


def ext_request_frame(change):
    return {
        "type": "request.updated",
        "action": change.semantic,
        "kind": change.entity,
        "request_id": change.id,
        "request_number": change.number,
        "status": change.status,
        "updated_at": iso_ms(change.updated_at),
        "updated_by": change.updated_by,
        "data": dict(ext_data(change), kind=change.entity),
    }


def ext_crate_frame(change):
    return {
        "type": "crate.updated",
        "action": change.semantic,
        "crate_id": change.id,
        "crate_number": change.number,
        "status": change.status,
        "storage_id": change.extra.get("storage_id"),
        "updated_at": iso_ms(change.updated_at),
        "updated_by": change.updated_by,
        "data": ext_data(change),
    }


def seed001_request_frame(change):
    """Seed 001's message; None for a deletion (its signal handler is post_save only)."""
    if change.action == "deleted":
        return None
    action = change.semantic if change.semantic in SEED001_REQUEST_ACTIONS else "updated"
    status = status_word(change.status)
    return {
        "type": "request.updated",
        "action": action,
        "request_id": change.id,
        "status": status,
        "updated_at": iso_seconds(change.updated_at),
        "updated_by": change.updated_by,
        "data": {"id": change.id, "request_type": REQUEST_TYPES[change.entity], "status": status,
                 "request_number": change.number},
    }


def seed001_crate_frame(change):
    if change.action == "deleted":
        return None
    status = status_word(change.status)
    return {
        "type": "crate.updated",
        "action": change.semantic,
        "crate_id": change.id,
        "status": status,
        "updated_at": iso_seconds(change.updated_at),
        "updated_by": change.updated_by,
        "data": {"id": change.id, "status": status, "crate_number": change.number},
    }


def ext_send_back_note(request_id, request_kind, request_number):
    return {
        "type": "notification",
        "kind": "send_back",
        "request_id": request_id,
        "request_kind": request_kind,
        "request_number": request_number,
        "message": "Request %s was sent back for changes" % request_number,
    }


def seed001_send_back_note(request_id, request_number):
    return {"type": "notification", "notification_type": "send_back", "request_id": request_id,
            "message": "Request %s was sent back for changes" % request_number}
