# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Public ids (DMS_PUBLIC_IDS): what a client sees and sends in place of primary keys.

``int`` (default): the primary key, as always. ``uuid``: the row's ``public_id``, a
uuid4 string, as the shipped DMS sends (seed 002 ``"id": "uuid"``), so the console's
tests can prove it treats ids as opaque values. Primary keys stay the server's own:
foreign keys, channel groups, and the audit log's ``id`` / ``after_id`` cursor.

Every function reads the setting when called, so a test can switch modes.
"""
import uuid

from django.conf import settings
from rest_framework.exceptions import NotFound, ValidationError


def uuid_mode():
    return settings.DMS_PUBLIC_IDS == "uuid"


def public(obj):
    """The id a client sees for a row (None for None)."""
    if obj is None:
        return None
    return str(obj.public_id) if uuid_mode() else obj.pk


def fk(obj, name):
    """Public id of the row ``obj.<name>`` points to; int mode reads ``<name>_id`` (no query)."""
    if not uuid_mode():
        return getattr(obj, name + "_id")
    return public(getattr(obj, name))


def public_of(model, pk):
    """Public id of the row ``pk`` of ``model`` (one query in uuid mode)."""
    if pk is None or not uuid_mode():
        return pk
    found = model.objects.filter(pk=pk).values_list("public_id", flat=True).first()
    return str(found) if found is not None else None


MAX_KEY = 2 ** 63 - 1


def parse(value):
    """Lookup kwargs ({'pk': 3} or {'public_id': UUID}) for an id a client gave.

    Raises ValueError when the value cannot be an id in the current mode (an integer
    in uuid mode, 'abc' in int mode)."""
    if uuid_mode():
        if not isinstance(value, str):
            raise ValueError("not a uuid string")
        return {"public_id": uuid.UUID(value)}
    if isinstance(value, bool):
        raise ValueError("not an integer")
    try:
        pk = int(value)
    except (TypeError, ValueError):
        raise ValueError("not an integer")
    # keys are positive and fit a signed 64-bit column: anything else names nothing, and
    # a larger one made SQLite raise OverflowError (500)
    if not 1 <= pk <= MAX_KEY:
        raise ValueError("out of range")
    return {"pk": pk}


def invalid_message():
    return "A valid id (UUID) is required." if uuid_mode() else "A valid integer is required."


def lookup(value, field):
    """parse() for a body field or query parameter: a malformed id is 400 {field: [...]}."""
    try:
        return parse(value)
    except ValueError:
        raise ValidationError({field: [invalid_message()]})


def related(name, value, field):
    """Filter kwargs on a foreign key: {'unit_id': 3} or {'unit__public_id': UUID}."""
    kw = lookup(value, field)
    if "pk" in kw:
        return {name + "_id": kw["pk"]}
    return {name + "__public_id": kw["public_id"]}


def pk_of(model, value, field):
    """Primary key of the row a client named in a body field; None when there is none.

    A malformed id is 400; an unknown one returns None in uuid mode and the integer in
    int mode, so callers keep their own existence checks (and messages)."""
    kw = lookup(value, field)
    if "pk" in kw:
        return kw["pk"]
    return model.objects.filter(**kw).values_list("pk", flat=True).first()


def get_or_404(qs, value):
    """The row of ``qs`` a URL names; malformed and unknown ids are both 404."""
    try:
        kw = parse(value)
    except ValueError:
        raise NotFound("Not found.")
    try:
        return qs.get(**kw)
    except qs.model.DoesNotExist:
        raise NotFound("Not found.")
