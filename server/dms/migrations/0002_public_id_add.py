# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Public ids, step 1 of 3: add the columns, nullable and not unique yet.

(Django's recipe for a unique field on existing rows: a callable default in an
AddField is evaluated once, so every existing row would get the same uuid.)
"""
import uuid

from django.db import migrations, models

PUBLIC = ["unit", "user", "storagelocation", "crate", "withdrawalrequest", "destructionrequest",
          "transferrequest", "sendbackrecord"]


class Migration(migrations.Migration):

    dependencies = [
        ("dms", "0001_initial"),
    ]

    operations = [
        migrations.AddField(model_name=m, name="public_id",
                            field=models.UUIDField(default=uuid.uuid4, editable=False, null=True))
        for m in PUBLIC
    ] + [
        migrations.AddField(model_name="sendbackrecord", name="request_public_id",
                            field=models.UUIDField(blank=True, null=True)),
        migrations.AddField(model_name="auditentry", name="entity_public_id",
                            field=models.UUIDField(blank=True, null=True)),
    ]
