# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

from django.apps import AppConfig


class DmsConfig(AppConfig):
    name = "dms"
    verbose_name = "Document management"

    def ready(self):
        from django.db.backends.signals import connection_created

        from . import signals  # noqa: F401  (connects the model signals)

        def _sqlite_pragmas(sender, connection, **kwargs):
            if connection.vendor == "sqlite":
                with connection.cursor() as c:
                    # WAL lets readers proceed while another process writes
                    c.execute("PRAGMA journal_mode=WAL;")
                    c.execute("PRAGMA synchronous=NORMAL;")

        connection_created.connect(_sqlite_pragmas, dispatch_uid="dms_sqlite_pragmas")

        from django.test.signals import setting_changed

        def _api_prefix_changed(setting, **kwargs):
            # override_settings(DMS_API_PREFIX=...) in a test: mount the routes there,
            # and back at the default when the override ends
            if setting == "DMS_API_PREFIX":
                from config import urls

                urls.rebuild()

        setting_changed.connect(_api_prefix_changed, weak=False, dispatch_uid="dms_api_prefix_changed")
