# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""DMS_DATABASE_URL: PostgreSQL as a setting, SQLite the default (config/settings.py).

Each case imports the settings in a fresh interpreter with the environment under test
(the settings are read once, at import)."""
import json
import os
import subprocess
import sys

from django.conf import settings
from django.db import connection
from django.test import SimpleTestCase

CODE = """
import json
try:
    import config.settings as s
except RuntimeError as e:
    print(json.dumps({"error": str(e)}))
else:
    d = s.DATABASES["default"]
    print(json.dumps({k: d.get(k) for k in ("ENGINE", "NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS",
                                            "CONN_MAX_AGE")}))
"""


def database_settings(**env):
    full = {k: v for k, v in os.environ.items() if not k.startswith("DMS_")}
    full.update(DMS_SECRET_KEY="x", **env)
    out = subprocess.run([sys.executable, "-c", CODE], env=full, cwd=str(settings.BASE_DIR),
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


class DatabaseUrlTests(SimpleTestCase):
    def test_sqlite_is_the_default(self):
        d = database_settings(DMS_DB_PATH="/tmp/some.sqlite3")
        self.assertEqual((d["ENGINE"], d["NAME"]), ("django.db.backends.sqlite3", "/tmp/some.sqlite3"))

    def test_a_postgresql_url(self):
        d = database_settings(DMS_DATABASE_URL="postgresql://dms:s%40cret@db.internal:6543/dms_prod?sslmode=require",
                              DMS_DB_PATH="/tmp/ignored.sqlite3")
        self.assertEqual(d["ENGINE"], "django.db.backends.postgresql")
        self.assertEqual((d["NAME"], d["USER"], d["PASSWORD"], d["HOST"], d["PORT"]),
                         ("dms_prod", "dms", "s@cret", "db.internal", "6543"))
        self.assertEqual(d["OPTIONS"], {"sslmode": "require", "connect_timeout": "10"})
        self.assertEqual(d["CONN_MAX_AGE"], 60)

    def test_a_unix_socket_and_the_connection_age(self):
        d = database_settings(DMS_DATABASE_URL="postgres://dms@/dms?host=/var/run/postgresql",
                              DMS_DB_CONN_MAX_AGE="0")
        self.assertEqual((d["HOST"], d["PORT"], d["PASSWORD"], d["CONN_MAX_AGE"]), ("/var/run/postgresql", "", "", 0))
        self.assertEqual(d["OPTIONS"], {"connect_timeout": "10"})

    def test_bad_urls_refuse_to_start_without_showing_the_password(self):
        for url, words in (("mysql://u:hunter2@h/d", "must start with postgresql://"),
                           ("postgresql://u:hunter2@h/", "must name one database"),
                           ("postgresql://u:hunter2@h/a/b", "must name one database"),
                           ("postgresql://u:hunter2@h:99999/d", "bad port"),
                           ("postgresql://u:hunter2@h/d?password=x", "unknown option(s) password")):
            with self.subTest(url=url):
                d = database_settings(DMS_DATABASE_URL=url)
                self.assertIn("error", d)
                self.assertIn(words, d["error"])
                self.assertNotIn("hunter2", d["error"])


class BackendInUseTests(SimpleTestCase):
    """Says which database the suite ran on (server_django: SQLite; server_django_pg:
    PostgreSQL, from pgcluster.py run), so a PostgreSQL run cannot silently be SQLite."""

    def test_the_backend_follows_the_environment(self):
        want = "postgresql" if os.environ.get("DMS_DATABASE_URL", "").strip() else "sqlite"
        self.assertEqual(connection.vendor, want)
