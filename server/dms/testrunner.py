# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""The test runner of `manage.py test` (settings.TEST_RUNNER): Django's, plus one step
PostgreSQL needs at the end.

The WebSocket tests run database work in asgiref's worker threads, each with its own
connection; one still open when the suite ends made DROP DATABASE fail ("database
"test_dms" is being accessed by other users") after every test had passed (1 run in 3).
Before the test database is destroyed, the other sessions on it are ended."""
from django.db import connections
from django.test.runner import DiscoverRunner


class DmsTestRunner(DiscoverRunner):
    def teardown_databases(self, old_config, **kwargs):
        for conn in connections.all():
            if conn.vendor == "postgresql":
                with conn.cursor() as c:
                    c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        super().teardown_databases(old_config, **kwargs)
