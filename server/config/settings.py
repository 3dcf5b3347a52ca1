# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Settings of the DMS reference server.

Every knob comes from the environment (see docs/server.md):
DMS_DATABASE_URL, DMS_DB_PATH, DMS_DB_CONN_MAX_AGE, DMS_ACCESS_TTL, DMS_REFRESH_TTL, DMS_ALLOWED_HOSTS, DMS_DEBUG, DMS_PASSWORD_MAX_FAILURES, DMS_PASSWORD_LOCKOUT_SECONDS,
DMS_PASSWORD_FAILURES_PER_MINUTE, DMS_MAX_REQUEST_BODY, DMS_FORBID_SELF_APPROVAL, DMS_BEHIND_TLS_PROXY,
DMS_SECRET_KEY, DMS_SECRET_KEY_FILE, REDIS_URL, DMS_CHANNEL_LAYER, DMS_FAULT_* (debug only),
DMS_WIRE, DMS_PUBLIC_IDS, DMS_API_PREFIX, DMS_FIRST_MESSAGE_DEADLINE,
DMS_FAST_PASSWORD_HASHER (tests only).

The code reads every DMS_* value as ``settings.X`` when it runs, never copies it at
import time, so tests switch modes with django.test.override_settings.
"""
import re
import os
import secrets
import sys
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_bool(name, default=False):
    v = os.environ.get(name)
    if v is None or v == "":
        return default
    return v.strip().lower() in ("1", "true", "yes", "on")


def _env_int(name, default):
    v = os.environ.get(name)
    if v is None or v.strip() == "":
        return default
    return int(v)


def _secret_key():
    key = os.environ.get("DMS_SECRET_KEY")
    if key:
        return key
    # The installed server (/usr/share/dms-console-server) cannot write beside its code:
    # its launcher points this at its state directory.
    path = Path(os.environ.get("DMS_SECRET_KEY_FILE") or BASE_DIR / ".secret_key")
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        key = secrets.token_urlsafe(50)
        try:
            fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(key + "\n")
        except FileExistsError:  # another process won the race
            return path.read_text().strip()
        return key


def _env_choice(name, choices, default):
    v = os.environ.get(name, "").strip() or default
    if v not in choices:
        raise RuntimeError("%s must be one of %s, not %r" % (name, ", ".join(choices), v))
    return v


def _api_prefix(raw):
    """'/dms/v2' -> 'dms/v2/'; '' or '/' -> '' (routes at the root)."""
    p = raw.strip().strip("/")
    if p and (not re.fullmatch(r"[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*", p)
              or any(seg in (".", "..") for seg in p.split("/"))):
        raise RuntimeError("DMS_API_PREFIX must be path segments like 'dms/v2/', not %r" % raw)
    return p + "/" if p else ""


SECRET_KEY = _secret_key()
DEBUG = _env_bool("DMS_DEBUG", False)
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("DMS_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]

INSTALLED_APPS = [
    "daphne",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "channels",
    "dms.apps.DmsConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
TEMPLATES = []

def _database(url):
    """DATABASES["default"] for DMS_DATABASE_URL (PostgreSQL), or SQLite at DMS_DB_PATH.

    postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME[?sslmode=...&connect_timeout=...]
    (also postgres://); a HOST that is empty or starts with %2F is a Unix socket
    directory. Anything else refuses to start with a clear message."""
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("DMS_DB_PATH") or str(BASE_DIR / "db.sqlite3"),
            # several Daphne processes and drive_activity may share one SQLite file
            "OPTIONS": {"timeout": 30},
            "TEST": {"NAME": os.environ.get("DMS_TEST_DB_PATH") or None},
        }
    from urllib.parse import parse_qsl, unquote, urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise RuntimeError("DMS_DATABASE_URL must start with postgresql:// (SQLite: leave it unset and "
                           "set DMS_DB_PATH), not %r" % (parts.scheme + "://…"))
    name = unquote(parts.path.lstrip("/"))
    if not name or "/" in name:
        raise RuntimeError("DMS_DATABASE_URL must name one database: postgresql://USER@HOST:PORT/NAME")
    try:
        port = parts.port
    except ValueError:
        raise RuntimeError("DMS_DATABASE_URL has a bad port")
    options = dict(parse_qsl(parts.query))
    allowed = {"sslmode", "sslrootcert", "connect_timeout", "application_name", "host"}
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise RuntimeError("DMS_DATABASE_URL: unknown option(s) %s (allowed: %s)"
                           % (", ".join(unknown), ", ".join(sorted(allowed))))
    host = unquote(options.pop("host", "") or parts.hostname or "")
    options.setdefault("connect_timeout", "10")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(port or ""),
        # one connection per worker thread, kept between requests (a new PostgreSQL
        # connection costs a process fork on the server); closed when it broke
        "CONN_MAX_AGE": _env_int("DMS_DB_CONN_MAX_AGE", 60),
        "OPTIONS": options,
        "TEST": {"NAME": os.environ.get("DMS_TEST_DB_NAME") or None},
    }


# DMS_DATABASE_URL=postgresql://…: PostgreSQL (the deployment layout, docs/server.md);
# unset: SQLite at DMS_DB_PATH (the zero-setup default)
DMS_DATABASE_URL = os.environ.get("DMS_DATABASE_URL", "").strip()
DATABASES = {"default": _database(DMS_DATABASE_URL)}

TEST_RUNNER = "dms.testrunner.DmsTestRunner"

AUTH_USER_MODEL = "dms.User"
AUTH_PASSWORD_VALIDATORS = []
# TESTS ONLY, never in a deployment: DMS_FAST_PASSWORD_HASHER=1 hashes new passwords with
# Django's MD5PasswordHasher (meant for tests) instead of PBKDF2 (~0.1 s per hash or check
# here), so seeding users, logins and signed actions cost nothing. PBKDF2 hashes already
# stored still verify (and are rewritten as MD5 at their next successful check, Django's
# hasher upgrade). Always on under `manage.py test`; serve.py reads it from the environment.
DMS_FAST_PASSWORD_HASHER = "test" in sys.argv[1:2] or _env_bool("DMS_FAST_PASSWORD_HASHER")
if DMS_FAST_PASSWORD_HASHER:
    from django.conf import global_settings

    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"] + global_settings.PASSWORD_HASHERS

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
APPEND_SLASH = False

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["dms.auth.DmsJWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": ["dms.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "dms.pagination.DmsPagination",
    "EXCEPTION_HANDLER": "dms.views.exception_handler",
    "UNAUTHENTICATED_USER": None,
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(seconds=_env_int("DMS_ACCESS_TTL", 300)),
    "REFRESH_TOKEN_LIFETIME": timedelta(seconds=_env_int("DMS_REFRESH_TTL", 86400)),
    # every refresh answers a new refresh token and blacklists the one it was given;
    # POST auth/logout/ blacklists the one it is given (docs/security.md, "Tokens")
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": False,
    "AUTH_HEADER_TYPES": ("Bearer",),
    # the claim is the user's public id (a property following DMS_PUBLIC_IDS); dms.auth
    # looks it up
    "USER_ID_FIELD": "jwt_id",
}

# Password guessing (dms/security.py): wrong passwords in a row before an account is
# locked, for how long, and wrong passwords per client address and minute.
DMS_PASSWORD_MAX_FAILURES = _env_int("DMS_PASSWORD_MAX_FAILURES", 5)
DMS_PASSWORD_LOCKOUT_SECONDS = _env_int("DMS_PASSWORD_LOCKOUT_SECONDS", 300)
DMS_PASSWORD_FAILURES_PER_MINUTE = _env_int("DMS_PASSWORD_FAILURES_PER_MINUTE", 30)
# Behind a TLS-terminating proxy (docs/security.md): trust its X-Forwarded-Proto (and
# X-Forwarded-Host), so that the links the server builds (pagination's "next") are https://.
# Only set this when a proxy that sets those headers is the only way in.
DMS_BEHIND_TLS_PROXY = _env_bool("DMS_BEHIND_TLS_PROXY", False)
if DMS_BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
# An approver may not approve a request they made themselves (docs/security.md)
DMS_FORBID_SELF_APPROVAL = _env_bool("DMS_FORBID_SELF_APPROVAL", True)
# Request bodies above this many bytes answer 413 before they are read (config/asgi.py)
DMS_MAX_REQUEST_BODY = _env_int("DMS_MAX_REQUEST_BODY", 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = DMS_MAX_REQUEST_BODY

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
DMS_CHANNEL_LAYER = os.environ.get("DMS_CHANNEL_LAYER", "pubsub").strip() or "pubsub"
if REDIS_URL:
    if DMS_CHANNEL_LAYER == "core":
        CHANNEL_LAYERS = {
            "default": {
                "BACKEND": "channels_redis.core.RedisChannelLayer",
                "CONFIG": {"hosts": [REDIS_URL], "capacity": 1500, "expiry": 10},
            }
        }
    elif DMS_CHANNEL_LAYER == "pubsub":
        CHANNEL_LAYERS = {
            "default": {
                "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
                "CONFIG": {"hosts": [REDIS_URL]},
            }
        }
    else:
        raise RuntimeError("DMS_CHANNEL_LAYER must be 'pubsub' or 'core', not %r" % DMS_CHANNEL_LAYER)
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# WebSocket limits (the launcher enforces the frame size in Autobahn as well)
DMS_WS_MAX_MESSAGE = 64 * 1024
DMS_WS_RATE_LIMIT = 20  # client frames per sliding second

# Wire dialects (docs/server.md "Speaking a seed literally"). The Django test runner
# ignores the environment here: tests choose modes with override_settings only, so the
# suite means the same whatever the caller exported.
_TESTING = "test" in sys.argv[1:2]
WIRE_MODES = ("ext", "seed002", "seed001", "alt")
DMS_WIRE = "ext" if _TESTING else _env_choice("DMS_WIRE", WIRE_MODES, "ext")
DMS_PUBLIC_IDS = "int" if _TESTING else _env_choice("DMS_PUBLIC_IDS", ("int", "uuid"), "int")
# unset or empty: api/ (like every other DMS_* variable); "/" puts the routes at the root
DMS_API_PREFIX = "api/" if _TESTING else _api_prefix(os.environ.get("DMS_API_PREFIX", "").strip() or "api/")
# seed 004 (/ws): seconds a client has to send {"type":"auth","token":...}
DMS_FIRST_MESSAGE_DEADLINE = float(os.environ.get("DMS_FIRST_MESSAGE_DEADLINE", "").strip() or 5)

# Debug-only fault injection: ignored unless DMS_DEBUG=1
DMS_FAULT_BROADCAST_ALL = DEBUG and _env_bool("DMS_FAULT_BROADCAST_ALL")
DMS_FAULT_DROP_EVERY = _env_int("DMS_FAULT_DROP_EVERY", 0) if DEBUG else 0
DMS_FAULT_DELAY_MS = _env_int("DMS_FAULT_DELAY_MS", 0) if DEBUG else 0
# the process SIGKILLs itself while telling a change: "committed" or "sent" (dms/broadcast.py);
# with DMS_FAULT_DIE_ONCE=PATH only while PATH exists, and only the process that removes it
DMS_FAULT_DIE_AT = (os.environ.get("DMS_FAULT_DIE_AT", "").strip() or None) if DEBUG else None
DMS_FAULT_DIE_ONCE = (os.environ.get("DMS_FAULT_DIE_ONCE", "").strip() or None) if DEBUG else None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("DMS_LOG_LEVEL", "WARNING")},
    # 4xx answers are normal traffic (tests make hundreds of them); 5xx still log
    "loggers": {"django.request": {"level": "ERROR"}},
}
