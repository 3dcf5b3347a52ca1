# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Broadcasting of change events after commit.

dms-updates (spec 2.1): group ``unit_{id}``, one ``seq`` per unit kept in the
database (UnitSequence), incremented atomically while the frame is sent, so the
order of seq values equals the order of sends even across several processes
sharing one database and one Redis.

dms-channels (spec 2.2): groups ``requests_{unit}``, ``crates_{unit}``,
``notifications_{user}``.

Which frames go out depends on DMS_WIRE (dms/wire.py), read when the change is
published: ext sends today's frames to both families, seed002 and alt only unit
events in their own shape, seed001 only the per-resource frames. Every mode takes the
unit's seq (so DMS_FAULT_DROP_EVERY works in all of them); only ext sends it.
"""
import logging
import time
import uuid

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction
from django.db.models import F

from . import wire
from .models import Unit, UnitSequence
from .utils import now_iso

log = logging.getLogger("dms.broadcast")

ALL_SOCKETS_GROUP = "dms_all_sockets"
LAB_GROUP = "lab_all"  # every authenticated seed-004 /ws socket


def unit_group(unit_id):
    return "unit_%s" % unit_id


def user_group(user_id):
    return "user_%s" % user_id


def auth_group(user_pk):
    """Every socket of a user, whatever its dialect: told to re-check the user when the
    account changes (deactivated, moved to another unit, new role)."""
    return "auth_%s" % user_pk


def reauthorise(user_pk):
    """After commit: the user's open sockets re-read the account and close when it no
    longer allows what they were opened for (dms.consumers.BaseConsumer.dms_reauth)."""
    on_commit(lambda: _send(auth_group(user_pk), {"type": "dms.reauth"}))


def _send(group, message):
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(group, message)
    except Exception:  # the change is committed; a lost frame shows up as a seq gap
        log.exception("group_send to %s failed", group)


def current_seq(unit_id):
    row = UnitSequence.objects.filter(unit_id=unit_id).values_list("value", flat=True).first()
    return row or 0


def _next_seq_and_send(unit_id, frame_without_seq):
    """Atomically take the unit's next seq and send the frame while holding the row.

    ``frame_without_seq``: an ext frame (seq and timestamp are added), or a callable
    building another dialect's frame from the send time."""
    with transaction.atomic():
        updated = UnitSequence.objects.filter(unit_id=unit_id).update(value=F("value") + 1)
        if not updated:
            UnitSequence.objects.get_or_create(unit_id=unit_id)
            UnitSequence.objects.filter(unit_id=unit_id).update(value=F("value") + 1)
        seq = UnitSequence.objects.filter(unit_id=unit_id).values_list("value", flat=True).get()
        drop_every = settings.DMS_FAULT_DROP_EVERY
        if drop_every and seq % drop_every == 0:
            log.warning("fault injection: dropping unit %s seq %s", unit_id, seq)
            return seq
        if settings.DMS_FAULT_DELAY_MS:
            time.sleep(settings.DMS_FAULT_DELAY_MS / 1000.0)
        if callable(frame_without_seq):
            frame = frame_without_seq(wire.utcnow())
        else:
            frame = dict(frame_without_seq)
            frame["seq"] = seq
            frame["timestamp"] = now_iso()
        _send(unit_group(unit_id), {"type": "dms.event", "frame": frame})
        return seq


def _unit_targets(unit_ids):
    if settings.DMS_FAULT_BROADCAST_ALL:
        unit_ids = list(Unit.objects.values_list("id", flat=True))
    return list(dict.fromkeys(u for u in unit_ids if u))


def emit_data_update(entity, action, data, unit_ids):
    """Send one ext data_update frame to each unit's group (each with its own seq)."""
    base = {
        "type": "data_update",
        "entity": entity,
        "action": action,
        "data": data,
        "event_id": str(uuid.uuid4()),
    }
    for uid in _unit_targets(unit_ids):
        _next_seq_and_send(uid, base)


def publish(change):
    """Tell a change (wire.Change) to its units' sockets in the current dialect."""
    mode = wire.mode()
    if mode == wire.EXT:
        emit_data_update(change.entity, change.action, wire.ext_data(change), change.units)
    elif mode in (wire.SEED002, wire.ALT):
        build = wire.seed002_update if mode == wire.SEED002 else wire.alt_update
        for uid in _unit_targets(change.units):
            _next_seq_and_send(uid, lambda now: build(change, now))
    if mode in (wire.EXT, wire.SEED001):
        _publish_resource(change, mode)


def _publish_resource(change, mode):
    if change.entity == "crate":
        prefix = "crates"
        frame = wire.ext_crate_frame(change) if mode == wire.EXT else wire.seed001_crate_frame(change)
    elif change.entity in wire.REQUEST_TYPES:
        prefix = "requests"
        frame = wire.ext_request_frame(change) if mode == wire.EXT else wire.seed001_request_frame(change)
    else:  # storage and send-back records have no seed-001 socket
        return
    if frame is None:
        return
    for u in dict.fromkeys(change.units):
        emit_resource("%s_%s" % (prefix, u), frame)


def publish_audit(data, unit_ids):
    """Audit events are ours (ext): no seed and no other backend sends them."""
    if wire.mode() == wire.EXT:
        emit_data_update("audit", "created", data, unit_ids)


def publish_send_back(requester_id, request_id, request_kind, request_number):
    """The requester's notification: ext (user and notifications groups) or seed 001's
    (notifications socket only); seed 002 and alt have none."""
    mode = wire.mode()
    if mode == wire.EXT:
        emit_notification(requester_id, wire.ext_send_back_note(request_id, request_kind, request_number))
    elif mode == wire.SEED001:
        _send("notifications_%s" % requester_id,
              {"type": "dms.event", "frame": wire.seed001_send_back_note(request_id, request_number)})


def emit_resource(group, frame):
    """dms-channels frames (request.updated, crate.updated, notification)."""
    _send(group, {"type": "dms.event", "frame": frame})


def emit_notification(user_id, frame):
    _send(user_group(user_id), {"type": "dms.event", "frame": frame})
    _send("notifications_%s" % user_id, {"type": "dms.event", "frame": frame})


def emit_lab(frame):
    """Seed 004 broadcasts every lab event to all connected clients."""
    _send(LAB_GROUP, {"type": "dms.event", "frame": frame})


def on_commit(fn):
    transaction.on_commit(fn)


def disconnect_all(code=1012):
    _send(ALL_SOCKETS_GROUP, {"type": "dms.force_close", "code": code})
