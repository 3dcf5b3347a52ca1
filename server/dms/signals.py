"""Model signals: one audit entry per change, and broadcasts after commit.

Services and views annotate the instance before saving/deleting it:
``_actor`` (User), ``_audit_action`` (e.g. "approved"), ``_audit_summary``.
"""
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import broadcast
from .models import (
    AuditEntry,
    Crate,
    DestructionRequest,
    SendBackRecord,
    StorageLocation,
    TransferRequest,
    Unit,
    UnitSequence,
    WithdrawalRequest,
)
from .utils import iso_ms

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
        action=action,
        summary=summary[:300],
    )


def _request_payload(obj):
    return {"id": obj.pk, "status": obj.status, "request_number": obj.request_number}


def _handle_request(instance, action):
    kind = instance.kind
    data = _request_payload(instance)
    units = instance.unit_ids()
    updated_by = _actor(instance)
    semantic = getattr(instance, "_audit_action", None) or action
    frame22 = {
        "type": "request.updated",
        "action": semantic,
        "kind": kind,
        "request_id": instance.pk,
        "request_number": instance.request_number,
        "status": instance.status,
        "updated_at": iso_ms(instance.updated_at),
        "updated_by": updated_by.username if updated_by else None,
        "data": dict(data, kind=kind),
    }

    def send():
        broadcast.emit_data_update(kind, action, data, units)
        for u in units:
            broadcast.emit_resource("requests_%s" % u, frame22)

    broadcast.on_commit(send)
    summary = getattr(instance, "_audit_summary", None) or "%s %s %s" % (kind, instance.request_number, semantic)
    peer = units[1] if len(units) > 1 else None
    _write_audit(instance, kind, semantic, summary, units[0], peer)


@receiver(post_save)
def on_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    action = "created" if created else "updated"
    if sender in REQUEST_SENDERS:
        _handle_request(instance, action)
    elif sender is Crate:
        data = {"id": instance.pk, "status": instance.status, "crate_number": instance.crate_number}
        unit_id = instance.unit_id
        semantic = getattr(instance, "_audit_action", None) or action
        actor = _actor(instance)
        frame22 = {
            "type": "crate.updated",
            "action": semantic,
            "crate_id": instance.pk,
            "crate_number": instance.crate_number,
            "status": instance.status,
            "storage_id": instance.storage_id,
            "updated_at": iso_ms(instance.updated_at),
            "updated_by": actor.username if actor else None,
            "data": data,
        }
        old_unit = getattr(instance, "_old_unit_id", None)
        units = [unit_id] + ([old_unit] if old_unit and old_unit != unit_id else [])

        def send():
            broadcast.emit_data_update("crate", action, data, units)
            for u in units:
                broadcast.emit_resource("crates_%s" % u, frame22)

        broadcast.on_commit(send)
        summary = getattr(instance, "_audit_summary", None) or "crate %s %s" % (instance.crate_number, semantic)
        _write_audit(instance, "crate", semantic, summary, unit_id, units[1] if len(units) > 1 else None)
    elif sender is StorageLocation:
        data = {"id": instance.pk, "status": "active", "code": instance.code}
        unit_id = instance.unit_id
        broadcast.on_commit(lambda: broadcast.emit_data_update("storage", action, data, [unit_id]))
        semantic = getattr(instance, "_audit_action", None) or action
        _write_audit(instance, "storage", semantic, "storage %s %s" % (instance.code, semantic), unit_id)
    elif sender is SendBackRecord:
        data = {"id": instance.pk, "status": instance.status, "request_number": instance.request_number}
        units = instance.unit_ids()
        broadcast.on_commit(lambda: broadcast.emit_data_update("sendback", action, data, units))
        if created:
            note = {
                "type": "notification",
                "kind": "send_back",
                "request_id": instance.request_id,
                "request_kind": instance.request_kind,
                "request_number": instance.request_number,
                "message": "Request %s was sent back for changes" % instance.request_number,
            }
            requester_id = instance.requester_id
            broadcast.on_commit(lambda: broadcast.emit_notification(requester_id, note))
        # the send-back action itself is audited once, on the request
    elif sender is AuditEntry:
        if created:
            data = {"id": instance.pk, "entity": instance.entity, "entity_id": instance.entity_id,
                    "action": instance.action}
            units = instance.unit_ids()
            broadcast.on_commit(lambda: broadcast.emit_data_update("audit", "created", data, units))
    elif sender is Unit:
        if created:
            UnitSequence.objects.get_or_create(unit_id=instance.pk)


@receiver(post_delete)
def on_deleted(sender, instance, **kwargs):
    if sender in REQUEST_SENDERS:
        _handle_request(instance, "deleted")
    elif sender is Crate:
        data = {"id": instance.pk, "status": instance.status, "crate_number": instance.crate_number}
        unit_id = instance.unit_id
        actor = _actor(instance)
        frame22 = {
            "type": "crate.updated", "action": "deleted", "crate_id": instance.pk,
            "crate_number": instance.crate_number, "status": instance.status,
            "storage_id": instance.storage_id, "updated_at": iso_ms(instance.updated_at),
            "updated_by": actor.username if actor else None, "data": data,
        }

        def send():
            broadcast.emit_data_update("crate", "deleted", data, [unit_id])
            broadcast.emit_resource("crates_%s" % unit_id, frame22)

        broadcast.on_commit(send)
        _write_audit(instance, "crate", "deleted", "crate %s deleted" % instance.crate_number, unit_id)
    elif sender is StorageLocation:
        data = {"id": instance.pk, "status": "deleted", "code": instance.code}
        unit_id = instance.unit_id
        broadcast.on_commit(lambda: broadcast.emit_data_update("storage", "deleted", data, [unit_id]))
        _write_audit(instance, "storage", "deleted", "storage %s deleted" % instance.code, unit_id)
