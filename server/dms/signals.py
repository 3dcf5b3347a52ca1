# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Model signals: one audit entry per change, and broadcasts after commit.

Services and views annotate the instance before saving/deleting it:
``_actor`` (User), ``_audit_action`` (e.g. "approved"), ``_audit_summary``.
A change is captured as a wire.Change (public ids, read now) and published in the
dialect DMS_WIRE names (dms/broadcast.py): its unit frames are written to the outbox in the
change's own transaction and sent once it commits, the rest is sent after commit.
"""
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from . import broadcast, ids
from .models import (
    AuditEntry,
    Crate,
    DestructionRequest,
    SendBackRecord,
    StorageLocation,
    TransferRequest,
    Unit,
    UnitSequence,
    User,
    WithdrawalRequest,
)
from .wire import Change

REQUEST_SENDERS = (WithdrawalRequest, DestructionRequest, TransferRequest)


def _actor(instance):
    return getattr(instance, "_actor", None) or getattr(instance, "updated_by", None)


def _write_audit(instance, entity, action, summary, unit_id, peer_unit_id=None):
    if getattr(instance, "_skip_audit", False):
        return
    actor = _actor(instance)
    AuditEntry.objects.create(
        user=actor if actor is not None and actor.pk else None,
        username=actor.username if actor is not None else "system",
        unit_id=unit_id,
        peer_unit_id=peer_unit_id,
        entity=entity,
        entity_id=instance.pk,
        entity_public_id=getattr(instance, "public_id", None),
        action=action,
        summary=summary[:300],
    )


def _username(user):
    return user.username if user else None


def _publish(change):
    broadcast.publish(change)


def _handle_request(instance, action):
    kind = instance.kind
    units = instance.unit_ids()
    semantic = getattr(instance, "_audit_action", None) or action
    _publish(Change(entity=kind, action=action, semantic=semantic, id=ids.public(instance),
                    status=instance.status, number_field="request_number", number=instance.request_number,
                    units=units, updated_at=instance.updated_at, updated_by=_username(_actor(instance))))
    summary = getattr(instance, "_audit_summary", None) or "%s %s %s" % (kind, instance.request_number, semantic)
    peer = units[1] if len(units) > 1 else None
    _write_audit(instance, kind, semantic, summary, units[0], peer)


def _crate_change(instance, action, semantic, units):
    return Change(entity="crate", action=action, semantic=semantic, id=ids.public(instance),
                  status=instance.status, number_field="crate_number", number=instance.crate_number,
                  units=units, updated_at=instance.updated_at, updated_by=_username(_actor(instance)),
                  extra={"storage_id": ids.fk(instance, "storage")})


def _storage_change(instance, action, status):
    return Change(entity="storage", action=action, semantic=action, id=ids.public(instance), status=status,
                  number_field="code", number=instance.code, units=[instance.unit_id])


# What a socket was authorised with: a change to any of these re-checks the user's sockets.
_AUTHORISING_FIELDS = ("is_active", "unit_id", "role")


@receiver(pre_save, sender=User)
def on_user_saving(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    before = sender.objects.filter(pk=instance.pk).values(*_AUTHORISING_FIELDS).first()
    instance._reauthorise = before is not None and any(
        before[f] != getattr(instance, f) for f in _AUTHORISING_FIELDS)


@receiver(post_save, sender=User)
def on_user_saved(sender, instance, created, raw=False, **kwargs):
    if getattr(instance, "_reauthorise", False):
        instance._reauthorise = False
        broadcast.reauthorise(instance.pk)


@receiver(post_save)
def on_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    action = "created" if created else "updated"
    if sender in REQUEST_SENDERS:
        _handle_request(instance, action)
    elif sender is Crate:
        unit_id = instance.unit_id
        semantic = getattr(instance, "_audit_action", None) or action
        old_unit = getattr(instance, "_old_unit_id", None)
        units = [unit_id] + ([old_unit] if old_unit and old_unit != unit_id else [])
        _publish(_crate_change(instance, action, semantic, units))
        summary = getattr(instance, "_audit_summary", None) or "crate %s %s" % (instance.crate_number, semantic)
        _write_audit(instance, "crate", semantic, summary, unit_id, units[1] if len(units) > 1 else None)
    elif sender is StorageLocation:
        _publish(_storage_change(instance, action, "active"))
        semantic = getattr(instance, "_audit_action", None) or action
        _write_audit(instance, "storage", semantic, "storage %s %s" % (instance.code, semantic), instance.unit_id)
    elif sender is SendBackRecord:
        _publish(Change(entity="sendback", action=action, semantic=action, id=ids.public(instance),
                        status=instance.status, number_field="request_number", number=instance.request_number,
                        units=instance.unit_ids()))
        if created:
            request_id = (str(instance.request_public_id) if ids.uuid_mode() and instance.request_public_id
                          else instance.request_id)
            args = (instance.requester_id, request_id, instance.request_kind, instance.request_number)
            broadcast.on_commit(lambda: broadcast.publish_send_back(*args))
        # the send-back action itself is audited once, on the request
    elif sender is AuditEntry:
        if created:
            # ``id`` is the log's own integer cursor in every mode
            data = {"id": instance.pk, "entity": instance.entity,
                    "entity_id": (str(instance.entity_public_id) if ids.uuid_mode() and instance.entity_public_id
                                  else instance.entity_id),
                    "action": instance.action}
            units = instance.unit_ids()
            broadcast.publish_audit(data, units)
    elif sender is Unit:
        if created:
            UnitSequence.objects.get_or_create(unit_id=instance.pk)


@receiver(post_delete)
def on_deleted(sender, instance, **kwargs):
    if sender in REQUEST_SENDERS:
        _handle_request(instance, "deleted")
    elif sender is Crate:
        _publish(_crate_change(instance, "deleted", "deleted", [instance.unit_id]))
        _write_audit(instance, "crate", "deleted", "crate %s deleted" % instance.crate_number, instance.unit_id)
    elif sender is StorageLocation:
        _publish(_storage_change(instance, "deleted", "deleted"))
        _write_audit(instance, "storage", "deleted", "storage %s deleted" % instance.code, instance.unit_id)
