# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Public ids, step 3 of 3: not null and unique."""
import uuid

from django.db import migrations, models

PUBLIC = ["unit", "user", "storagelocation", "crate", "withdrawalrequest", "destructionrequest",
          "transferrequest", "sendbackrecord"]


class Migration(migrations.Migration):

    dependencies = [
        ("dms", "0003_public_id_fill"),
    ]

    operations = [
        migrations.AlterField(model_name=m, name="public_id",
                              field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True))
        for m in PUBLIC
    ]
