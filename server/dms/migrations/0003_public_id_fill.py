# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Public ids, step 2 of 3: a fresh uuid4 for every existing row (step 1 gave them all
the same one: AddField evaluates a callable default once); send-back records and
audit entries copy the public id of the row they name.

An audit entry whose row was deleted before this migration gets a uuid5 derived from
(entity, key): stable and non-numeric, like every other id in uuid mode.
"""
import uuid

from django.db import migrations

PUBLIC = ["Unit", "User", "StorageLocation", "Crate", "WithdrawalRequest", "DestructionRequest",
          "TransferRequest", "SendBackRecord"]
ENTITY_MODELS = {"unit": "Unit", "crate": "Crate", "storage": "StorageLocation",
                 "withdrawal": "WithdrawalRequest", "destruction": "DestructionRequest",
                 "transfer": "TransferRequest", "sendback": "SendBackRecord"}
NAMESPACE = uuid.UUID("5a0c4b52-64d4-4f0e-9a53-3e2f1f0d9b7e")


def fill(apps, schema_editor):
    for name in PUBLIC:
        model = apps.get_model("dms", name)
        for pk in model.objects.values_list("pk", flat=True):
            model.objects.filter(pk=pk).update(public_id=uuid.uuid4())

    def public_of(entity, pk):
        model = apps.get_model("dms", ENTITY_MODELS[entity]) if entity in ENTITY_MODELS else None
        found = model.objects.filter(pk=pk).values_list("public_id", flat=True).first() if model else None
        return found or uuid.uuid5(NAMESPACE, "%s:%s" % (entity, pk))

    SendBackRecord = apps.get_model("dms", "SendBackRecord")
    for rec in SendBackRecord.objects.filter(request_public_id__isnull=True):
        SendBackRecord.objects.filter(pk=rec.pk).update(request_public_id=public_of(rec.request_kind, rec.request_id))
    # the historical model has the plain manager: this update is the migration's, not a client's
    AuditEntry = apps.get_model("dms", "AuditEntry")
    for pk, entity, entity_id in AuditEntry.objects.filter(entity_public_id__isnull=True).values_list(
            "pk", "entity", "entity_id"):
        AuditEntry.objects.filter(pk=pk).update(entity_public_id=public_of(entity, entity_id))


class Migration(migrations.Migration):

    dependencies = [
        ("dms", "0002_public_id_add"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
