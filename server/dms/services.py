# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Business rules: visibility, roles, and legal status transitions.

Every write goes through here, from the REST views and from drive_activity,
so signals, audit entries and broadcasts are the same for both.
"""
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound, PermissionDenied, ValidationError

from . import ids, security
from .models import (
    REQUEST_MODELS,
    Crate,
    CrateStatus,
    RequestStatus,
    Role,
    SendBackRecord,
    StorageLocation,
    TransferRequest,
    Unit,
)


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Illegal status transition."
    default_code = "conflict"


APPROVER_ROLES = {Role.APPROVER, Role.UNIT_ADMIN, Role.ADMIN}
STORE_ROLES = {Role.STORE_HEAD, Role.UNIT_ADMIN, Role.ADMIN}
UNIT_ADMIN_ROLES = {Role.UNIT_ADMIN, Role.ADMIN}
SIGNED_ACTIONS = {"approve", "reject", "send-back"}
ACTIONS = ("approve", "reject", "send-back", "allocate-storage", "issue", "return")

# crate lifecycle active -> withdrawn -> archived -> destroyed, plus withdrawn -> active (return)
CRATE_TRANSITIONS = {
    CrateStatus.ACTIVE: {CrateStatus.WITHDRAWN, CrateStatus.ARCHIVED},
    CrateStatus.WITHDRAWN: {CrateStatus.ACTIVE, CrateStatus.ARCHIVED},
    CrateStatus.ARCHIVED: {CrateStatus.DESTROYED},
    CrateStatus.DESTROYED: set(),
}


# ---------------------------------------------------------------- visibility
def is_admin(user):
    return user.role == Role.ADMIN


def visible_requests(user, kind):
    model = REQUEST_MODELS[kind]
    qs = model.objects.all()
    if is_admin(user):
        return qs
    if model is TransferRequest:
        return qs.filter(Q(unit_id=user.unit_id) | Q(destination_unit_id=user.unit_id))
    return qs.filter(unit_id=user.unit_id)


def visible_crates(user):
    qs = Crate.objects.all()
    return qs if is_admin(user) else qs.filter(unit_id=user.unit_id)


def visible_storage(user):
    qs = StorageLocation.objects.all()
    return qs if is_admin(user) else qs.filter(unit_id=user.unit_id)


def visible_sendbacks(user):
    qs = SendBackRecord.objects.all()
    if is_admin(user):
        return qs
    return qs.filter(Q(unit_id=user.unit_id) | Q(peer_unit_id=user.unit_id))


def visible_audit(user):
    from .models import AuditEntry

    qs = AuditEntry.objects.all()
    if is_admin(user):
        return qs
    return qs.filter(Q(unit_id=user.unit_id) | Q(peer_unit_id=user.unit_id))


def get_visible(qs, pk):
    """The row a URL names (a public id, dms/ids.py); another unit's, unknown or malformed: 404."""
    return ids.get_or_404(qs, pk)


# ---------------------------------------------------------------- helpers
def _require(cond, msg="You do not have permission to perform this action."):
    if not cond:
        raise PermissionDenied(msg)


def _mark(obj, actor, action=None, summary=None):
    obj._actor = actor
    obj._audit_action = action
    obj._audit_summary = summary
    if hasattr(obj, "updated_by_id") and actor is not None and actor.pk:
        obj.updated_by = actor
    return obj


def _storage_for(unit_id, storage_id, field="storage_id"):
    if storage_id in (None, ""):
        raise ValidationError({field: ["This field is required."]})
    st = StorageLocation.objects.filter(unit_id=unit_id, **ids.lookup(storage_id, field)).first()
    if st is None:
        raise ValidationError({field: ["No storage location %s in unit %s." % (
            storage_id, ids.public_of(Unit, unit_id))]})
    return st


def _crate_for(unit_id, crate_id):
    if crate_id in (None, ""):
        return None
    crate = Crate.objects.filter(unit_id=unit_id, **ids.lookup(crate_id, "crate_id")).first()
    if crate is None:
        raise ValidationError({"crate_id": ["No crate %s in unit %s." % (crate_id, ids.public_of(Unit, unit_id))]})
    return crate


def _admin_unit(user, data):
    """The unit a body's ``unit_id`` names (admins only); the user's own otherwise."""
    unit_id = user.unit_id
    if is_admin(user) and data.get("unit_id") not in (None, ""):
        unit_id = ids.pk_of(Unit, data["unit_id"], "unit_id")
        if unit_id is None or not Unit.objects.filter(pk=unit_id).exists():
            raise ValidationError({"unit_id": ["Unknown unit."]})
    return unit_id


def _destination(data, source_unit_id):
    dest = ids.pk_of(Unit, data["destination_unit_id"], "destination_unit_id")
    if dest is None or dest == source_unit_id or not Unit.objects.filter(pk=dest).exists():
        raise ValidationError({"destination_unit_id": ["Must be another existing unit."]})
    return dest


def _next_number(model, prefix_fmt, attempt=0):
    n = (model.objects.aggregate(m=Max("id"))["m"] or 0) + 1 + attempt * 7
    return prefix_fmt % n


# ---------------------------------------------------------------- requests
def create_request(user, kind, data):
    model = REQUEST_MODELS[kind]
    unit_id = _admin_unit(user, data)
    if unit_id is None:
        raise ValidationError({"unit_id": ["The user has no unit."]})
    reason = data.get("reason", "")
    if not isinstance(reason, str):
        raise ValidationError({"reason": ["Not a valid string."]})
    fields = {"unit_id": unit_id, "requester": user, "reason": reason,
              "crate": _crate_for(unit_id, data.get("crate_id"))}
    if model is TransferRequest:
        if data.get("destination_unit_id") in (None, ""):
            raise ValidationError({"destination_unit_id": ["This field is required."]})
        fields["destination_unit_id"] = _destination(data, unit_id)
    for attempt in range(5):
        try:
            with transaction.atomic():
                obj = model(request_number=_next_number(model, model.prefix + "-%06d", attempt), **fields)
                _mark(obj, user, "created")
                obj.save()
                return obj
        except IntegrityError:
            if attempt == 4:
                raise
    return None


def edit_request(user, obj, data):
    _require(obj.requester_id == user.pk or user.role in UNIT_ADMIN_ROLES and
             (is_admin(user) or obj.unit_id == user.unit_id),
             "Only the requester or an administrator of the unit may edit a request.")
    unknown = set(data) - {"reason", "crate_id", "destination_unit_id"}
    if "status" in unknown:
        raise ValidationError({"status": ["Status changes only through the request actions."]})
    if unknown:
        raise ValidationError({k: ["This field cannot be edited."] for k in sorted(unknown)})
    if obj.status not in (RequestStatus.PENDING, RequestStatus.SENT_BACK):
        raise Conflict("A %s request cannot be edited." % obj.status)
    if "reason" in data:
        if not isinstance(data["reason"], str):
            raise ValidationError({"reason": ["Not a valid string."]})
        obj.reason = data["reason"]
    if "crate_id" in data:
        obj.crate = _crate_for(obj.unit_id, data["crate_id"])
    if "destination_unit_id" in data:
        if not isinstance(obj, TransferRequest):
            raise ValidationError({"destination_unit_id": ["Only transfer requests have a destination."]})
        obj.destination_unit_id = _destination(data, obj.unit_id)
    with transaction.atomic():
        resubmitted = obj.status == RequestStatus.SENT_BACK
        if resubmitted:
            obj.status = RequestStatus.PENDING
        _mark(obj, user, "resubmitted" if resubmitted else "updated")
        obj.save()
        if resubmitted:
            for rec in SendBackRecord.objects.filter(request_kind=obj.kind, request_id=obj.pk, status="open"):
                rec.status = "resolved"
                rec.save()
    return obj


def delete_request(user, obj):
    _require(obj.requester_id == user.pk or user.role in UNIT_ADMIN_ROLES and
             (is_admin(user) or obj.unit_id == user.unit_id),
             "Only the requester or an administrator of the unit may delete a request.")
    if obj.status not in (RequestStatus.PENDING, RequestStatus.SENT_BACK, RequestStatus.REJECTED):
        raise Conflict("A %s request cannot be deleted." % obj.status)
    with transaction.atomic():
        _mark(obj, user, "deleted")
        obj.delete()


def _acting_unit(obj, action):
    """Which unit's staff may perform the action (transfer: split between the units)."""
    if isinstance(obj, TransferRequest) and action in ("allocate-storage", "return"):
        return obj.destination_unit_id
    return obj.unit_id


def perform_action(user, obj, action, data, request=None):
    if action not in ACTIONS:
        raise NotFound("Unknown action '%s'." % action)
    if not is_admin(user):
        _require(user.unit_id == _acting_unit(obj, action),
                 "Only the %s unit may %s this request." % (
                     "destination" if _acting_unit(obj, action) != obj.unit_id else "source", action))
    if action in SIGNED_ACTIONS:
        _require(user.role in APPROVER_ROLES, "Your role may not %s requests." % action)
    else:
        _require(user.role in STORE_ROLES, "Your role may not %s requests." % action)
    if action == "approve" and settings.DMS_FORBID_SELF_APPROVAL and obj.requester_id == user.pk:
        raise PermissionDenied("You may not approve your own request.")
    if action in SIGNED_ACTIONS:
        password = data.get("password")
        if password in (None, ""):
            raise ValidationError({"password": ["Your password is required as a digital signature."]})
        # the same guessing limits as sign-in (dms/security.py): a stolen session must not
        # become a password oracle
        security.check_address(request)
        security.check_account(user)
        if not isinstance(password, str) or not user.check_password(password):
            security.failed(request, user)
            raise PermissionDenied("Invalid signature: wrong password.")
        security.succeeded(user)
    reason = data.get("reason", "")
    if reason is not None and not isinstance(reason, str):
        raise ValidationError({"reason": ["Not a valid string."]})
    reason = reason or ""

    with transaction.atomic():
        obj = type(obj).objects.select_for_update().get(pk=obj.pk)
        st = obj.status
        if action in ("approve", "reject", "send-back"):
            if st != RequestStatus.PENDING:
                raise Conflict("Cannot %s a %s request." % (action, st))
            new = {"approve": RequestStatus.APPROVED, "reject": RequestStatus.REJECTED,
                   "send-back": RequestStatus.SENT_BACK}[action]
            obj.status = new
            # the request's own reason stays; the action's reason goes to the audit summary
            _mark(obj, user, new, "%s %s %s%s" % (obj.kind, obj.request_number, new,
                                                  (": " + reason) if reason else ""))
            obj.save()
            if action == "send-back":
                rec = SendBackRecord(request_kind=obj.kind, request_id=obj.pk, request_public_id=obj.public_id,
                                     request_number=obj.request_number, unit_id=obj.unit_id,
                                     peer_unit_id=getattr(obj, "destination_unit_id", None),
                                     requester_id=obj.requester_id, sent_by=user, reason=reason)
                rec._actor = user
                rec.save()
            return obj
        if action == "allocate-storage":
            if st not in (RequestStatus.APPROVED, RequestStatus.ISSUED):
                raise Conflict("Storage can be allocated only to approved or issued requests, not %s." % st)
            storage = _storage_for(_acting_unit(obj, action), data.get("storage_id"))
            obj.storage = storage
            _mark(obj, user, "storage_allocated",
                  "%s %s storage %s allocated" % (obj.kind, obj.request_number, storage.code))
            obj.save()
            return obj
        if action == "issue":
            if st != RequestStatus.APPROVED:
                raise Conflict("Cannot issue a %s request." % st)
            crate = obj.crate
            if crate is not None:
                crate = Crate.objects.select_for_update().get(pk=crate.pk)
                target = CrateStatus.ARCHIVED if obj.kind == "destruction" else CrateStatus.WITHDRAWN
                if crate.status != CrateStatus.ACTIVE:
                    raise Conflict("Crate %s is %s, not active." % (crate.crate_number, crate.status))
                crate.status = target
                _mark(crate, user, target, "crate %s %s for %s" % (crate.crate_number, target, obj.request_number))
                crate.save()
            obj.status = RequestStatus.ISSUED
            _mark(obj, user, "issued")
            obj.save()
            return obj
        if action == "return":
            if st != RequestStatus.ISSUED:
                raise Conflict("Cannot return a %s request." % st)
            crate = obj.crate
            if obj.kind == "transfer" and crate is not None and obj.storage_id is None:
                raise Conflict("Allocate a storage location of the destination unit before receiving the crate.")
            if crate is not None:
                crate = Crate.objects.select_for_update().get(pk=crate.pk)
                if obj.kind == "destruction":
                    if crate.status != CrateStatus.ARCHIVED:
                        raise Conflict("Crate %s is %s, not archived." % (crate.crate_number, crate.status))
                    crate.status = CrateStatus.DESTROYED
                    crate.storage = None
                    _mark(crate, user, "destroyed", "crate %s destroyed (%s)" % (crate.crate_number, obj.request_number))
                else:
                    if crate.status != CrateStatus.WITHDRAWN:
                        raise Conflict("Crate %s is %s, not withdrawn." % (crate.crate_number, crate.status))
                    crate.status = CrateStatus.ACTIVE
                    if obj.kind == "transfer":
                        crate._old_unit_id = crate.unit_id
                        crate.unit_id = obj.destination_unit_id
                        crate.storage_id = obj.storage_id
                        _mark(crate, user, "transferred", "crate %s transferred to unit %s (%s)" % (
                            crate.crate_number, ids.public_of(Unit, obj.destination_unit_id), obj.request_number))
                    else:
                        if obj.storage_id:
                            crate.storage_id = obj.storage_id
                        _mark(crate, user, "returned", "crate %s returned (%s)" % (crate.crate_number, obj.request_number))
                crate.save()
            obj.status = RequestStatus.RETURNED
            _mark(obj, user, "returned")
            obj.save()
            return obj
    raise NotFound("Unknown action '%s'." % action)


# ---------------------------------------------------------------- crates and storage
def create_crate(user, data):
    _require(user.role in STORE_ROLES, "Your role may not create crates.")
    unit_id = _admin_unit(user, data)
    number = data.get("crate_number")
    if number is not None and (not isinstance(number, str) or not number.strip() or len(number) > 50):
        raise ValidationError({"crate_number": ["Not a valid crate number."]})
    desc = data.get("description", "")
    if not isinstance(desc, str):
        raise ValidationError({"description": ["Not a valid string."]})
    storage = None
    if data.get("storage_id") not in (None, ""):
        storage = _storage_for(unit_id, data.get("storage_id"))
    for attempt in range(5):
        try:
            with transaction.atomic():
                num = number.strip() if number else _next_number(Crate, "CR-%d-%%05d" % unit_id, attempt)
                crate = Crate(crate_number=num, unit_id=unit_id, storage=storage, description=desc[:200])
                _mark(crate, user, "created")
                crate.save()
                return crate
        except IntegrityError:
            if number:
                raise ValidationError({"crate_number": ["A crate with this number exists."]})
            if attempt == 4:
                raise
    return None


def update_crate(user, crate, data):
    _require(user.role in STORE_ROLES, "Your role may not change crates.")
    unknown = set(data) - {"description", "status", "storage_id", "crate_number", "id", "unit_id"}
    if unknown:
        raise ValidationError({k: ["Unknown field."] for k in sorted(unknown)})
    if "unit_id" in data and data["unit_id"] != ids.fk(crate, "unit"):
        raise ValidationError({"unit_id": ["A crate changes unit only through a transfer request."]})
    if "crate_number" in data and data["crate_number"] != crate.crate_number:
        raise ValidationError({"crate_number": ["The crate number cannot be changed."]})
    with transaction.atomic():
        crate = Crate.objects.select_for_update().get(pk=crate.pk)
        if "description" in data:
            if not isinstance(data["description"], str):
                raise ValidationError({"description": ["Not a valid string."]})
            crate.description = data["description"][:200]
        if "storage_id" in data:
            crate.storage = None if data["storage_id"] is None else _storage_for(crate.unit_id, data["storage_id"])
        if "status" in data and data["status"] != crate.status:
            new = data["status"]
            if new not in CrateStatus.values:
                raise ValidationError({"status": ["Not a valid choice."]})
            if new == CrateStatus.DESTROYED:
                # terminal: only the signed workflow gets there (an approved destruction
                # request, issued and returned), never an edit
                raise PermissionDenied("A crate is destroyed only through an approved destruction request.")
            if new not in CRATE_TRANSITIONS[crate.status]:
                raise Conflict("A crate cannot go from %s to %s." % (crate.status, new))
            crate.status = new
        _mark(crate, user, "updated")
        crate.save()
    return crate


def relocate_crate(user, crate, data):
    _require(user.role in STORE_ROLES, "Your role may not relocate crates.")
    storage = _storage_for(crate.unit_id, data.get("storage_id"))
    with transaction.atomic():
        crate = Crate.objects.select_for_update().get(pk=crate.pk)
        if crate.status == CrateStatus.DESTROYED:
            raise Conflict("A destroyed crate cannot be relocated.")
        old = crate.storage.code if crate.storage_id else "-"
        crate.storage = storage
        _mark(crate, user, "relocated", "crate %s relocated %s -> %s" % (crate.crate_number, old, storage.code))
        crate.save()
    return crate


def delete_crate(user, crate):
    _require(user.role in UNIT_ADMIN_ROLES, "Only unit administrators may delete crates.")
    with transaction.atomic():
        _mark(crate, user, "deleted")
        crate.delete()


def _validate_code(code):
    if not isinstance(code, str) or not code.strip() or len(code.strip()) > 50:
        raise ValidationError({"code": ["A non-empty code of at most 50 characters is required."]})
    return code.strip()


def _storage_unit(user, data):
    return _admin_unit(user, data)


def create_storage(user, data):
    _require(user.role in STORE_ROLES, "Your role may not manage storage.")
    unit_id = _storage_unit(user, data)
    code = _validate_code(data.get("code"))
    desc = data.get("description", "")
    if not isinstance(desc, str):
        raise ValidationError({"description": ["Not a valid string."]})
    if StorageLocation.objects.filter(unit_id=unit_id, code=code).exists():
        raise ValidationError({"code": ["This unit already has a storage location %s." % code]})
    with transaction.atomic():
        st = StorageLocation(unit_id=unit_id, code=code, description=desc[:200])
        _mark(st, user, "created")
        st.save()
    return st


def update_storage(user, st, data):
    _require(user.role in STORE_ROLES, "Your role may not manage storage.")
    with transaction.atomic():
        if "code" in data:
            code = _validate_code(data["code"])
            if StorageLocation.objects.filter(unit_id=st.unit_id, code=code).exclude(pk=st.pk).exists():
                raise ValidationError({"code": ["This unit already has a storage location %s." % code]})
            st.code = code
        if "description" in data:
            if not isinstance(data["description"], str):
                raise ValidationError({"description": ["Not a valid string."]})
            st.description = data["description"][:200]
        if "capacity" in data:
            try:
                cap = int(data["capacity"])
                if cap < 0:
                    raise ValueError
            except (TypeError, ValueError):
                raise ValidationError({"capacity": ["A non-negative integer is required."]})
            st.capacity = cap
        _mark(st, user, "updated")
        st.save()
    return st


def bulk_create_storage(user, data):
    """Body: {"codes": [..]} or {"prefix": "A-", "count": N, "start": 1}."""
    _require(user.role in STORE_ROLES, "Your role may not manage storage.")
    unit_id = _storage_unit(user, data)
    if "codes" in data:
        codes = data["codes"]
        if not isinstance(codes, list) or not codes:
            raise ValidationError({"codes": ["A non-empty list is required."]})
        codes = [_validate_code(c) for c in codes]
    else:
        prefix = data.get("prefix")
        if not isinstance(prefix, str) or not prefix.strip():
            raise ValidationError({"prefix": ["Give either codes or prefix and count."]})
        try:
            count = int(data.get("count"))
            start = int(data.get("start", 1))
        except (TypeError, ValueError):
            raise ValidationError({"count": ["A valid integer is required."]})
        if not 1 <= count <= 1000:
            raise ValidationError({"count": ["Between 1 and 1000."]})
        codes = [_validate_code("%s%03d" % (prefix.strip(), start + i)) for i in range(count)]
    if len(set(codes)) != len(codes):
        raise ValidationError({"codes": ["Duplicate codes."]})
    existing = set(StorageLocation.objects.filter(unit_id=unit_id, code__in=codes).values_list("code", flat=True))
    if existing:
        raise ValidationError({"codes": ["Already exist: %s" % ", ".join(sorted(existing))]})
    out = []
    with transaction.atomic():
        for c in codes:
            st = StorageLocation(unit_id=unit_id, code=c)
            _mark(st, user, "created")
            st.save()
            out.append(st)
    return out
