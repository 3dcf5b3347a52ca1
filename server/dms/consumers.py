# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""WebSocket consumers: dms-updates (/ws/updates/), dms-channels
(/ws/requests|crates|notifications/N/), the alt backend (/live/events/) and the
seed-004 lab endpoint (/ws, first-message auth).

DMS_WIRE (dms/wire.py) decides which of the first three families exist (another
family's handshake is refused: HTTP 403) and the shape of every frame; the lab
endpoint always exists. Ids in paths and frames are public ids (dms/ids.py).

Close codes: 4001 bad/missing/expired token (after accept, nothing sent; lab: also a
missing or late first auth message; on an open socket: its token expired or its user was
deactivated), 4003 another unit's or user's path, 4029 more
than 20 client frames in a sliding second, 1009 oversize client frame, 1012 admin
disconnect-all or the user's unit or role changed (reconnect).
"""
import asyncio
import collections
import functools
import json
import logging
import os
import time
import uuid
from urllib.parse import parse_qs

from channels.db import DatabaseSyncToAsync, database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import timezone

from . import broadcast, ids, wire
from .utils import now_iso

log = logging.getLogger("dms.ws")

INVALID_JSON = object()  # a client frame that is binary or does not parse
SERVER_ID = "%s-%s" % (os.getpid(), uuid.uuid4().hex[:12])
HEARTBEAT_SECONDS = 5
PING_WRITE_SECONDS = 5
_heartbeat_tasks = {}


def header_token(scope):
    for name, value in scope.get("headers", []):
        if name.lower() == b"authorization":
            parts = value.decode("latin1").split(None, 1)
            if len(parts) == 2 and parts[0].lower() == "bearer" and parts[1].strip():
                return parts[1].strip()
    return None


def query_param(scope, name):
    qs = parse_qs(scope.get("query_string", b"").decode("latin1"))
    return qs.get(name, [""])[0] or None


def token_from_scope(scope):
    return header_token(scope) or query_param(scope, "token")


@database_sync_to_async
def user_from_token(token):
    """(user, expiry as a Unix time) for a valid access token of an active user, else
    (None, None)."""
    from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
    from rest_framework_simplejwt.settings import api_settings
    from rest_framework_simplejwt.tokens import AccessToken

    from .auth import user_for_claim

    if not token or not isinstance(token, str):
        return None, None
    try:
        access = AccessToken(token)
        claim = access.get(api_settings.USER_ID_CLAIM)
        expiry = float(access["exp"])
    except (TokenError, InvalidToken, Exception):
        return None, None
    user = user_for_claim(claim)
    return (user, expiry) if user is not None else (None, None)


@database_sync_to_async
def _reload_user(pk):
    from .models import User

    return User.objects.select_related("unit").filter(pk=pk, is_active=True).first()


@database_sync_to_async
def _server_heartbeat():
    from .models import ServerProcess

    now = timezone.now()
    updated = ServerProcess.objects.filter(server_id=SERVER_ID).update(heartbeat=now)
    if not updated:
        ServerProcess.objects.create(server_id=SERVER_ID, pid=os.getpid(), heartbeat=now)


async def _heartbeat_loop():
    while True:
        try:
            await _server_heartbeat()
        except Exception:
            log.exception("server heartbeat failed")
        await asyncio.sleep(HEARTBEAT_SECONDS)


def ensure_heartbeat():
    loop = asyncio.get_running_loop()
    task = _heartbeat_tasks.get(loop)
    if task is None or task.done():
        _heartbeat_tasks[loop] = loop.create_task(_heartbeat_loop())


def socket_bookkeeping(fn):
    """database_sync_to_async for a socket's own bookkeeping (register, unregister, ping).

    On PostgreSQL it runs on the event loop's thread pool instead of the one thread that
    Django's views and every other database call of the process share (thread_sensitive): a
    pong and a closed socket's clean-up must not wait behind a queue of REST requests. At
    10,000 sockets a burst of row GETs kept pongs queued past the clients' 10 s timeout (they
    reconnected, which queued more) and Daphne killed disconnect handlers still waiting after
    10 s. Each pool thread has its own connection; nothing here relies on the views' thread
    (the sweep locks its unit's row, as it must across processes anyway). On SQLite, one
    writer at a time whatever the threads, it stays on the shared thread: more writing
    threads only meet the file's lock (an in-memory test database's shared cache refuses
    them at once: "database table is locked")."""
    pooled = DatabaseSyncToAsync(fn, thread_sensitive=False)
    shared = DatabaseSyncToAsync(fn, thread_sensitive=True)

    @functools.wraps(fn)
    async def call(*args, **kwargs):
        on_pool = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
        return await (pooled if on_pool else shared)(*args, **kwargs)

    return call


@socket_bookkeeping
def _register(channel_name, user, path):
    from .models import LiveConnection, ServerProcess

    now = timezone.now()
    # get_or_create: the process's first sockets may register at once, on two pool threads
    ServerProcess.objects.get_or_create(server_id=SERVER_ID, defaults=dict(pid=os.getpid(), heartbeat=now))
    LiveConnection.objects.update_or_create(
        channel_name=channel_name,
        defaults=dict(server_id=SERVER_ID, unit_id=user.unit_id, user=user, path=path,
                      connected_since=now, last_ping=None),
    )


@socket_bookkeeping
def _unregister(channel_name):
    from .models import LiveConnection

    LiveConnection.objects.filter(channel_name=channel_name).delete()


@socket_bookkeeping
def _ping_bookkeeping(sweep_units, write_channels, seq_units):
    """What the pings of one batch cost the database, in one trip to a database thread:
    the outbox sweep of each unit in sweep_units, the ping time of every socket in
    write_channels (one UPDATE), and the current seq of each unit in seq_units (one
    SELECT). Returns {unit_id: seq} for seq_units."""
    from .models import LiveConnection, UnitSequence

    for unit_id in sweep_units:
        broadcast.drain_stale(unit_id)
    if write_channels:
        LiveConnection.objects.filter(channel_name__in=write_channels).update(last_ping=timezone.now())
    if not seq_units:
        return {}
    seqs = dict.fromkeys(seq_units, 0)
    seqs.update(UnitSequence.objects.filter(unit_id__in=seq_units).values_list("unit_id", "value"))
    return seqs


class _PingBatch:
    """The pings of one event loop that wait for the database together.

    A trip to a database thread costs a ping more than its three queries do (measured with
    1,000 sockets pinging 100 times a second on PostgreSQL: 3.6 ms of the process's CPU per
    ping, 1.4 ms without any database work, 0.4 ms per query). A ping read while a trip is
    under way waits for the next one, which takes every ping that came meanwhile: at a
    handful of pings a second each has its own trip as before (no added delay), under load
    the trips grow instead of queueing one per ping. Every pong still reads the seq after
    its ping arrived."""

    _by_loop = {}

    def __init__(self):
        self.waiting = []  # (sweep unit or None, channel to write or None, seq unit or None, future)
        self.running = False
        self.task = None  # the loop keeps only a weak reference to a task

    @classmethod
    def of_running_loop(cls):
        loop = asyncio.get_running_loop()
        batch = cls._by_loop.get(loop)
        if batch is None:
            for old in [k for k in cls._by_loop if k.is_closed()]:
                del cls._by_loop[old]
            batch = cls._by_loop[loop] = cls()
        return batch

    async def submit(self, sweep_unit, write_channel, seq_unit):
        future = asyncio.get_running_loop().create_future()
        self.waiting.append((sweep_unit, write_channel, seq_unit, future))
        if not self.running:
            self.running = True
            self.task = asyncio.ensure_future(self._run())
        return await future

    async def _run(self):
        try:
            while self.waiting:
                batch, self.waiting = self.waiting, []
                sweep = list(dict.fromkeys(u for u, _, _, _ in batch if u is not None))
                write = [c for _, c, _, _ in batch if c is not None]
                seq = list(dict.fromkeys(u for _, _, u, _ in batch if u is not None))
                try:
                    seqs = await _ping_bookkeeping(sweep, write, seq)
                except Exception as error:  # each ping's caller sees it, as with its own trip
                    for _, _, _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                    continue
                for _, _, unit, future in batch:
                    if not future.done():
                        future.set_result(seqs.get(unit) if unit is not None else None)
        finally:
            self.running = False


@database_sync_to_async
def _welcome_seq(unit_id):
    return broadcast.welcome_seq(unit_id)


@database_sync_to_async
def _unit_pk(path_id):
    """Primary key of the unit a path names (public id), or None."""
    from .models import Unit

    try:
        kw = ids.parse(path_id)
    except ValueError:
        return None
    return Unit.objects.filter(**kw).values_list("pk", flat=True).first()


class BaseConsumer(AsyncWebsocketConsumer):
    """Token, groups, limits and the connections table; subclasses say which socket
    family they are (served or not in this DMS_WIRE) and how they talk."""

    groups = []
    family = None
    pong_carries_seq = False

    async def connect(self):
        self.user = None
        self.joined = []
        self.registered = False
        self.frame_times = collections.deque()
        self.closing = False
        if not wire.serves(self.family):
            # another dialect's socket: a server speaking this seed has no such path
            self.closing = True
            await self.close()
            return
        user, expiry = await user_from_token(self.token())
        await self.accept()
        if user is None:
            self.closing = True
            await self.close(code=4001)
            return
        self.user = user
        self.authorise_until(expiry)
        target = await self.target_groups(user)
        if target is None:
            self.closing = True
            await self.close(code=4003)
            return
        # Read the welcome (and its seq baseline) BEFORE joining the groups: an event sent
        # in between is then missed by this socket and shows as a seq gap (the client
        # resyncs), instead of arriving after a welcome that already counts it (the client
        # would drop it as a duplicate).
        welcome = await self.welcome(user)
        for g in target + [broadcast.ALL_SOCKETS_GROUP, broadcast.auth_group(user.pk)]:
            await self.channel_layer.group_add(g, self.channel_name)
            self.joined.append(g)
        await _register(self.channel_name, user, self.scope.get("path", ""))
        self.registered = True
        ensure_heartbeat()
        if welcome is not None:
            await self.send_json(welcome)

    def token(self):
        return token_from_scope(self.scope)

    # Re-authorisation (docs/security.md, "Open sockets"): a socket is authorised by its
    # token and its user's account, and only while both hold. It is closed with 4001 when
    # the token expires (the client refreshes and reconnects) or the user is deactivated,
    # and with 1012 (reconnect) when the user's unit or role changed, so that it hears
    # nothing of the old unit after that instant and reconnects into the new one.
    def authorise_until(self, expiry):
        delay = max(0.0, expiry - time.time())
        self.expiry_task = asyncio.get_running_loop().call_later(
            delay, lambda: asyncio.ensure_future(self.token_expired()))

    async def token_expired(self):
        if not self.closing:
            await self.close_now(4001)

    async def close_now(self, code):
        """Leave every group first (no frame after this instant), then close."""
        self.closing = True
        for g in self.joined:
            try:
                await self.channel_layer.group_discard(g, self.channel_name)
            except Exception:
                pass
        self.joined = []
        await self.close(code=code)

    async def touch_ping(self, want_seq=False):
        """Record the ping in the connections table, at most once per PING_WRITE_SECONDS
        per socket: a client pinging as fast as the rate limit allows costs no more
        database writes than one pinging every few seconds. At most once a second, send
        the unit's event frames that a dead process left in the outbox (dms/broadcast.py);
        the pong's seq then counts them. With want_seq, returns the unit's current seq
        (read after the sweep), else None."""
        now = time.monotonic()
        unit_id = getattr(self.user, "unit_id", None)
        last_sweep = getattr(self, "last_outbox_sweep", None)
        sweep = unit_id is not None and (last_sweep is None or now - last_sweep >= 1.0)
        if sweep:
            self.last_outbox_sweep = now
        last = getattr(self, "last_ping_write", None)
        write = last is None or now - last >= PING_WRITE_SECONDS
        if write:
            self.last_ping_write = now
        want_seq = want_seq and unit_id is not None
        if not (sweep or write or want_seq):
            return None
        return await _PingBatch.of_running_loop().submit(
            unit_id if sweep else None, self.channel_name if write else None, unit_id if want_seq else None)

    async def dms_reauth(self, event):
        if self.closing or self.user is None:
            return
        fresh = await _reload_user(self.user.pk)
        if fresh is None:
            await self.close_now(4001)
        elif fresh.unit_id != self.user.unit_id or fresh.role != self.user.role:
            await self.close_now(1012)

    async def target_groups(self, user):
        raise NotImplementedError

    async def welcome(self, user):
        """The first frame, or None (seed 001 sends none)."""
        return {"type": "connection_established", "message": "Connected", "server_time": now_iso()}

    async def disconnect(self, code):
        task = getattr(self, "expiry_task", None)
        if task is not None:
            task.cancel()
        for g in getattr(self, "joined", []):
            try:
                await self.channel_layer.group_discard(g, self.channel_name)
            except Exception:
                pass
        if getattr(self, "registered", False):
            try:
                await _unregister(self.channel_name)
            except Exception:
                log.exception("unregister failed")

    async def send_json(self, obj):
        await self.send(text_data=json.dumps(obj, separators=(",", ":")))

    async def over_limits(self, text_data, bytes_data):
        """Close with 4029 (rate) or 1009 (size) and say True; these protect the server in
        every dialect."""
        now = time.monotonic()
        self.frame_times.append(now)
        while self.frame_times and now - self.frame_times[0] > 1.0:
            self.frame_times.popleft()
        if len(self.frame_times) > settings.DMS_WS_RATE_LIMIT:
            self.closing = True
            await self.close(code=4029)
            return True
        size = len(text_data.encode("utf-8")) if text_data is not None else len(bytes_data or b"")
        if size > settings.DMS_WS_MAX_MESSAGE:
            self.closing = True
            await self.close(code=1009)
            return True
        return False

    async def receive(self, text_data=None, bytes_data=None):
        if self.closing or self.user is None:
            return
        if await self.over_limits(text_data, bytes_data):
            return
        msg = INVALID_JSON
        if text_data is not None:
            try:
                msg = json.loads(text_data)
            except (ValueError, RecursionError):  # RecursionError: nested too deep to parse
                pass
        await self.client_frame(text_data, msg)

    async def client_frame(self, text_data, msg):
        """ext: ping -> pong (with echo); anything else -> an error frame, socket kept."""
        if text_data is None:
            await self.send_json({"type": "error", "message": "binary frames are not supported"})
            return
        if msg is INVALID_JSON:
            await self.send_json({"type": "error", "message": "invalid JSON"})
            return
        if not isinstance(msg, dict):
            await self.send_json({"type": "error", "message": "expected a JSON object"})
            return
        mtype = msg.get("type")
        if mtype == "ping":
            seq = await self.touch_ping(want_seq=self.pong_carries_seq)
            pong = {"type": "pong", "timestamp": now_iso(), "echo": msg.get("timestamp")}
            if seq is not None:
                pong["seq"] = seq
            await self.send_json(pong)
        else:
            await self.send_json({"type": "error", "message": "unknown message type %r" % (mtype,)})

    # channel-layer handlers
    async def dms_event(self, event):
        if not self.closing:
            await self.send_json(event["frame"])

    async def dms_force_close(self, event):
        if not self.closing:
            self.closing = True
            await self.close(code=event.get("code", 1012))


class UpdatesConsumer(BaseConsumer):
    """dms-updates: /ws/updates/ -> groups unit_{unit} and user_{id}. Admin: its own unit too."""

    family = "updates"
    # (ext) The pong carries the unit's current seq: a client whose last event is older, and
    # whose missing events do not follow within a grace, lost them at the end of a burst (no
    # later event would show the gap) and resyncs.
    pong_carries_seq = True

    async def target_groups(self, user):
        if user.unit_id is None:
            return None
        return [broadcast.unit_group(user.unit_id), broadcast.user_group(user.pk)]

    async def welcome(self, user):
        if wire.mode() == wire.SEED002:
            return wire.seed002_welcome(ids.fk(user, "unit"))
        return {
            "type": "connection_established",
            "message": "Connected to unit %s updates" % ids.fk(user, "unit"),
            "unit_id": ids.fk(user, "unit"),
            "user_id": ids.public(user),
            "server_time": now_iso(),
            "seq": await _welcome_seq(user.unit_id),
        }


    async def client_frame(self, text_data, msg):
        if wire.mode() != wire.SEED002:
            return await super().client_frame(text_data, msg)
        # seed 002: a JSON ping is answered with its pong; nothing else is answered
        if isinstance(msg, dict) and msg.get("type") == "ping":
            await self.touch_ping()
            await self.send_json(wire.seed002_pong(wire.utcnow()))


class _ChannelsConsumer(BaseConsumer):
    """dms-channels (seed 001). In seed001 mode: no welcome, client frames ignored
    (dead sockets are found with WebSocket ping/pong control frames, which Autobahn
    answers)."""

    family = "channels"

    async def welcome(self, user):
        if wire.mode() == wire.SEED001:
            return None
        return await self.ext_welcome(user)

    async def client_frame(self, text_data, msg):
        if wire.mode() != wire.SEED001:
            await super().client_frame(text_data, msg)


class _UnitPathConsumer(_ChannelsConsumer):
    prefix = None
    what = None

    async def target_groups(self, user):
        raw = self.scope["url_route"]["kwargs"].get("unit_id")
        if raw != str(ids.fk(user, "unit")) and user.role != "admin":
            return None
        unit_pk = await _unit_pk(raw)
        if unit_pk is None:
            return None
        self.unit_pk = unit_pk
        self.unit_public = raw if ids.uuid_mode() else unit_pk
        return ["%s_%s" % (self.prefix, unit_pk)]

    async def ext_welcome(self, user):
        return {"type": "connection_established",
                "message": "Connected to unit %s %s" % (self.unit_public, self.what),
                "unit_id": self.unit_public, "server_time": now_iso()}


class RequestConsumer(_UnitPathConsumer):
    prefix = "requests"
    what = "request updates"


class CrateConsumer(_UnitPathConsumer):
    prefix = "crates"
    what = "crate updates"


class NotificationConsumer(_ChannelsConsumer):
    async def target_groups(self, user):
        if self.scope["url_route"]["kwargs"].get("user_id") != str(ids.public(user)):
            return None
        return ["notifications_%s" % user.pk]

    async def ext_welcome(self, user):
        return {"type": "connection_established",
                "message": "Connected to notifications of user %s" % ids.public(user),
                "user_id": ids.public(user), "server_time": now_iso()}


class AltConsumer(BaseConsumer):
    """The alt backend (DMS_WIRE=alt): /live/events/?access_token=..., frames keyed by
    ``event``; a heartbeat is acknowledged, anything else is ignored."""

    family = "alt"

    def token(self):
        return query_param(self.scope, "access_token")

    async def target_groups(self, user):
        if user.unit_id is None:
            return None
        return [broadcast.unit_group(user.unit_id)]

    async def welcome(self, user):
        return wire.alt_hello(user)

    async def client_frame(self, text_data, msg):
        if isinstance(msg, dict) and msg.get("event") == "heartbeat":
            await self.touch_ping()
            await self.send_json(wire.alt_heartbeat_ack(wire.utcnow()))


class LabConsumer(BaseConsumer):
    """Seed 004 (/ws, always served): the handshake needs no token; the first client
    message must be {"type":"auth","token":<access>} within DMS_FIRST_MESSAGE_DEADLINE
    seconds, else close 4001 (so is a wrong token or any other first message). After a
    good auth nothing is sent back (seed 004 defines no reply): the socket then hears
    every lab event, and later client frames are ignored (no JSON heartbeat)."""

    async def connect(self):
        self.user = None
        self.joined = []
        self.registered = False
        self.frame_times = collections.deque()
        self.closing = False
        self.authenticating = False
        await self.accept()
        self.deadline = asyncio.ensure_future(self._deadline(float(settings.DMS_FIRST_MESSAGE_DEADLINE)))

    async def _deadline(self, seconds):
        await asyncio.sleep(seconds)
        if self.user is None and not self.closing:
            await self._refuse()

    async def _refuse(self):
        self.closing = True
        await self.close(code=4001)

    async def receive(self, text_data=None, bytes_data=None):
        if self.closing or await self.over_limits(text_data, bytes_data):
            return
        if self.user is not None or self.authenticating:
            return  # after auth (or while it is checked) client frames mean nothing
        self.authenticating = True
        try:
            msg = json.loads(text_data) if text_data is not None else None
        except (ValueError, RecursionError):
            msg = None
        if not isinstance(msg, dict) or msg.get("type") != "auth":
            await self._refuse()
            return
        user, expiry = await user_from_token(msg.get("token"))
        if self.closing:  # the deadline passed while the token was checked
            return
        if user is None:
            await self._refuse()
            return
        self.user = user
        self.deadline.cancel()
        self.authorise_until(expiry)
        for g in (broadcast.LAB_GROUP, broadcast.ALL_SOCKETS_GROUP, broadcast.auth_group(user.pk)):
            await self.channel_layer.group_add(g, self.channel_name)
            self.joined.append(g)
        await _register(self.channel_name, user, self.scope.get("path", ""))
        self.registered = True
        ensure_heartbeat()

    async def disconnect(self, code):
        task = getattr(self, "deadline", None)
        if task is not None:
            task.cancel()
        await super().disconnect(code)
