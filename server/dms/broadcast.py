"""Broadcasting of change events after commit.

dms-updates (spec 2.1): group ``unit_{id}``, one ``seq`` per unit kept in the
database (UnitSequence), incremented atomically while the frame is sent, so the
order of seq values equals the order of sends even across several processes
sharing one database and one Redis.

dms-channels (spec 2.2): groups ``requests_{unit}``, ``crates_{unit}``,
``notifications_{user}``.
"""
import logging
import time
import uuid

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction
from django.db.models import F

from .models import Unit, UnitSequence
from .utils import now_iso

log = logging.getLogger("dms.broadcast")

ALL_SOCKETS_GROUP = "dms_all_sockets"


def unit_group(unit_id):
    return "unit_%s" % unit_id


def user_group(user_id):
    return "user_%s" % user_id


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
    """Atomically take the unit's next seq and send the frame while holding the row."""
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
        frame = dict(frame_without_seq)
        frame["seq"] = seq
        frame["timestamp"] = now_iso()
        _send(unit_group(unit_id), {"type": "dms.event", "frame": frame})
        return seq


def emit_data_update(entity, action, data, unit_ids):
    """Send one data_update frame to each unit's group (each with its own seq)."""
    if settings.DMS_FAULT_BROADCAST_ALL:
        unit_ids = list(Unit.objects.values_list("id", flat=True))
    base = {
        "type": "data_update",
        "entity": entity,
        "action": action,
        "data": data,
        "event_id": str(uuid.uuid4()),
    }
    for uid in dict.fromkeys(u for u in unit_ids if u):
        _next_seq_and_send(uid, base)


def emit_resource(group, frame):
    """dms-channels frames (request.updated, crate.updated, notification)."""
    _send(group, {"type": "dms.event", "frame": frame})


def emit_notification(user_id, frame):
    _send(user_group(user_id), {"type": "dms.event", "frame": frame})
    _send("notifications_%s" % user_id, {"type": "dms.event", "frame": frame})


def on_commit(fn):
    transaction.on_commit(fn)


def disconnect_all(code=1012):
    _send(ALL_SOCKETS_GROUP, {"type": "dms.force_close", "code": code})
