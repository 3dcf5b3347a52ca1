# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Broadcasting of change events.

dms-updates (spec 2.1): group ``unit_{id}``, one ``seq`` per unit kept in the
database (UnitSequence), so the order of seq values equals the order of sends even
across several processes sharing one database and one Redis.

A unit event goes through an outbox (models.OutboxFrame): the frame is written in the
transaction of the change, so the change never commits without it, and once that commits
it is sent in two steps, each under the unit's lock (its UnitSequence row):
1. numbering: the unit's waiting frames take the next seq values, committed before any
   is sent -- a seq is never given twice, even when a process dies while sending;
2. sending: the unit's numbered frames go out in seq order and are deleted.
Whichever process drains a unit sends every frame waiting for it, its own and those a dead
process left behind; a socket's heartbeat drains its unit when a frame has waited longer
than OUTBOX_STALE_SECONDS. A process that dies while sending leaves its frames to be sent
again (the same event under the same seq: a client drops it as a duplicate); one that dies
between the commit and the sending leaves them to the next drain. Before the outbox, a
process killed while sending took back the seq it had just sent, and the unit's next event
went out under the same number, so clients dropped a real change as a duplicate; and one
killed after the commit lost the change's frames for good (docs/server.md, "Outbox").

dms-channels (spec 2.2): groups ``requests_{unit}``, ``crates_{unit}``,
``notifications_{user}``; sent after commit (those frames carry no seq, so nothing is
numbered).

Which frames go out depends on DMS_WIRE (dms/wire.py), read when the change is
published: ext sends today's frames to both families, seed002 and alt only unit
events in their own shape, seed001 only the per-resource frames. ext, seed002 and alt
number their unit events (so DMS_FAULT_DROP_EVERY works in them); only ext sends the seq.
"""
import json
import logging
import os
import signal
import time
import uuid
from datetime import timedelta

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F, Min
from django.utils import timezone

from . import wire
from .models import OutboxFrame, Unit, UnitSequence
from .utils import now_iso

log = logging.getLogger("dms.broadcast")

ALL_SOCKETS_GROUP = "dms_all_sockets"
LAB_GROUP = "lab_all"  # every authenticated seed-004 /ws socket
# A unit frame waiting longer than this was left by a process that died (or one far behind):
# the next heartbeat of one of the unit's sockets sends it.
OUTBOX_STALE_SECONDS = 1.0


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
    """The unit's last numbered seq (a pong announces it: numbered frames are on their way)."""
    row = UnitSequence.objects.filter(unit_id=unit_id).values_list("value", flat=True).first()
    return row or 0


def welcome_seq(unit_id):
    """The seq a new socket counts from: the last one sent. A frame numbered but not sent yet
    still comes to the socket as an event (or, sent before the socket joins its group, shows
    as a gap), so it must not be counted as received: read the counter first, then the first
    numbered frame still waiting (a numbering in between only makes that frame waiting)."""
    value = current_seq(unit_id)
    waiting = (OutboxFrame.objects.filter(unit_id=unit_id, seq__isnull=False)
               .aggregate(first=Min("seq"))["first"])
    return waiting - 1 if waiting is not None else value


def _fault_die(point):
    """DMS_FAULT_DIE_AT (debug only): the process kills itself with SIGKILL at this point of
    telling a change -- "committed" (the change committed, none of its frames numbered) or
    "sent" (one frame sent, the sending not committed) -- as a worker killed there would.
    With DMS_FAULT_DIE_ONCE=PATH the fault is armed while PATH exists, and the one process
    that removes it dies (a test arms it when it wants one worker of several dead)."""
    if settings.DMS_FAULT_DIE_AT != point:
        return
    if settings.DMS_FAULT_DIE_ONCE:
        try:
            os.unlink(settings.DMS_FAULT_DIE_ONCE)
        except FileNotFoundError:  # not armed, or another process took it
            return
    log.warning("fault injection: dying at %r", point)
    os.kill(os.getpid(), signal.SIGKILL)


def _lock_unit(unit_id):
    """Take the unit's lock: its UnitSequence row, by a write, so that SQLite takes its write
    lock at once (a read first would have Django 3.2 upgrade it later: "database is locked")."""
    if not UnitSequence.objects.filter(unit_id=unit_id).update(value=F("value")):
        UnitSequence.objects.get_or_create(unit_id=unit_id)
        UnitSequence.objects.filter(unit_id=unit_id).update(value=F("value"))


def _write_unit_frames(unit_ids, dialect, frame):
    """In the change's transaction: one outbox row per unit; sent once it commits."""
    targets = _unit_targets(unit_ids)
    if not targets:
        return
    text = json.dumps(frame)
    OutboxFrame.objects.bulk_create([OutboxFrame(unit_id=u, dialect=dialect, frame=text) for u in targets])
    on_commit(lambda: drain(targets))


def drain(unit_ids):
    """Number and send every frame waiting for these units (see the module's doc). Runs
    after the change's commit: a database error here must not turn the request that made
    the change into a 500, so it is logged and the frames wait for the next drain."""
    _fault_die("committed")
    for unit_id in unit_ids:
        try:
            if not OutboxFrame.objects.filter(unit_id=unit_id).exists():
                continue  # another process (or an earlier drain of this change) sent them
            _number(unit_id)
            _send_numbered(unit_id)
        except DatabaseError:
            log.exception("unit %s: the outbox was not drained; its frames wait for the next drain", unit_id)


def drain_stale(unit_id):
    """A heartbeat's check: send the unit's frames that have waited too long (a database
    error is logged: the socket that pinged is not to blame, and a later ping tries again)."""
    cutoff = timezone.now() - timedelta(seconds=OUTBOX_STALE_SECONDS)
    try:
        if OutboxFrame.objects.filter(unit_id=unit_id, created_at__lt=cutoff).exists():
            log.warning("unit %s: sending event frames left waiting (a server process died?)", unit_id)
            _number(unit_id)
            _send_numbered(unit_id)
    except DatabaseError:
        log.exception("unit %s: frames left waiting were not sent", unit_id)


def _number(unit_id):
    with transaction.atomic():
        _lock_unit(unit_id)
        waiting = list(OutboxFrame.objects.filter(unit_id=unit_id, seq__isnull=True)
                       .order_by("id").values_list("id", flat=True))
        if not waiting:
            return
        last = UnitSequence.objects.filter(unit_id=unit_id).values_list("value", flat=True).get()
        for n, pk in enumerate(waiting, start=1):
            OutboxFrame.objects.filter(pk=pk).update(seq=last + n)
        UnitSequence.objects.filter(unit_id=unit_id).update(value=last + len(waiting))


def _send_numbered(unit_id):
    with transaction.atomic():
        _lock_unit(unit_id)
        rows = list(OutboxFrame.objects.filter(unit_id=unit_id, seq__isnull=False).order_by("seq"))
        for row in rows:
            drop_every = settings.DMS_FAULT_DROP_EVERY
            if drop_every and row.seq % drop_every == 0:
                log.warning("fault injection: dropping unit %s seq %s", unit_id, row.seq)
                continue
            if settings.DMS_FAULT_DELAY_MS:
                time.sleep(settings.DMS_FAULT_DELAY_MS / 1000.0)
            frame = wire.stamp(row.dialect, json.loads(row.frame), row.seq, wire.utcnow())
            _send(unit_group(unit_id), {"type": "dms.event", "frame": frame})
            _fault_die("sent")
        OutboxFrame.objects.filter(pk__in=[r.pk for r in rows]).delete()


def _unit_targets(unit_ids):
    if settings.DMS_FAULT_BROADCAST_ALL:
        unit_ids = list(Unit.objects.values_list("id", flat=True))
    return list(dict.fromkeys(u for u in unit_ids if u))


def emit_data_update(entity, action, data, unit_ids):
    """One ext data_update frame for each unit's group (each numbered in its unit)."""
    base = {
        "type": "data_update",
        "entity": entity,
        "action": action,
        "data": data,
        "event_id": str(uuid.uuid4()),
    }
    _write_unit_frames(unit_ids, wire.EXT, base)


def publish(change):
    """Tell a change (wire.Change) to its units' sockets in the current dialect. Called in
    the change's transaction: unit frames go to the outbox, the rest is sent after commit."""
    mode = wire.mode()
    if mode == wire.EXT:
        emit_data_update(change.entity, change.action, wire.ext_data(change), change.units)
    elif mode in (wire.SEED002, wire.ALT):
        build = wire.seed002_update if mode == wire.SEED002 else wire.alt_update
        _write_unit_frames(change.units, mode, build(change, wire.utcnow()))
    if mode in (wire.EXT, wire.SEED001):
        on_commit(lambda: _publish_resource(change, mode))


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
    """Audit events are ours (ext): no seed and no other backend sends them. Called in the
    transaction of the audit entry."""
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
