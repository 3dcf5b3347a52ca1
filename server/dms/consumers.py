"""WebSocket consumers: dms-updates (/ws/updates/) and dms-channels (/ws/requests|crates|notifications/N/).

Close codes: 4001 bad/missing/expired token (after accept, nothing sent),
4003 another unit's or user's path, 4029 more than 20 client frames in a
sliding second, 1009 oversize client frame, 1012 admin disconnect-all.
"""
import asyncio
import collections
import json
import logging
import os
import time
import uuid
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import timezone

from . import broadcast
from .utils import now_iso

log = logging.getLogger("dms.ws")

SERVER_ID = "%s-%s" % (os.getpid(), uuid.uuid4().hex[:12])
HEARTBEAT_SECONDS = 5
_heartbeat_tasks = {}


def token_from_scope(scope):
    for name, value in scope.get("headers", []):
        if name.lower() == b"authorization":
            parts = value.decode("latin1").split(None, 1)
            if len(parts) == 2 and parts[0].lower() == "bearer" and parts[1].strip():
                return parts[1].strip()
    qs = parse_qs(scope.get("query_string", b"").decode("latin1"))
    tok = qs.get("token", [""])[0]
    return tok or None


@database_sync_to_async
def user_from_token(token):
    from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
    from rest_framework_simplejwt.tokens import AccessToken

    from .models import User

    if not token:
        return None
    try:
        at = AccessToken(token)
        uid = at.get("user_id")
    except (TokenError, InvalidToken, Exception):
        return None
    user = User.objects.select_related("unit").filter(pk=uid, is_active=True).first()
    return user


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


@database_sync_to_async
def _register(channel_name, user, path):
    from .models import LiveConnection, ServerProcess

    now = timezone.now()
    if not ServerProcess.objects.filter(server_id=SERVER_ID).exists():
        ServerProcess.objects.create(server_id=SERVER_ID, pid=os.getpid(), heartbeat=now)
    LiveConnection.objects.update_or_create(
        channel_name=channel_name,
        defaults=dict(server_id=SERVER_ID, unit_id=user.unit_id, user=user, path=path,
                      connected_since=now, last_ping=None),
    )


@database_sync_to_async
def _unregister(channel_name):
    from .models import LiveConnection

    LiveConnection.objects.filter(channel_name=channel_name).delete()


@database_sync_to_async
def _touch_ping(channel_name):
    from .models import LiveConnection

    LiveConnection.objects.filter(channel_name=channel_name).update(last_ping=timezone.now())


@database_sync_to_async
def _current_seq(unit_id):
    return broadcast.current_seq(unit_id)


class BaseConsumer(AsyncWebsocketConsumer):
    groups = []

    async def connect(self):
        self.user = None
        self.joined = []
        self.registered = False
        self.frame_times = collections.deque()
        self.closing = False
        token = token_from_scope(self.scope)
        user = await user_from_token(token)
        await self.accept()
        if user is None:
            self.closing = True
            await self.close(code=4001)
            return
        self.user = user
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
        for g in target + [broadcast.ALL_SOCKETS_GROUP]:
            await self.channel_layer.group_add(g, self.channel_name)
            self.joined.append(g)
        await _register(self.channel_name, user, self.scope.get("path", ""))
        self.registered = True
        ensure_heartbeat()
        await self.send_json(welcome)

    async def target_groups(self, user):
        raise NotImplementedError

    async def welcome(self, user):
        return {"type": "connection_established", "message": "Connected", "server_time": now_iso()}

    async def pong_extra(self):
        return {}

    async def disconnect(self, code):
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

    async def receive(self, text_data=None, bytes_data=None):
        if self.closing or self.user is None:
            return
        now = time.monotonic()
        self.frame_times.append(now)
        while self.frame_times and now - self.frame_times[0] > 1.0:
            self.frame_times.popleft()
        if len(self.frame_times) > settings.DMS_WS_RATE_LIMIT:
            self.closing = True
            await self.close(code=4029)
            return
        size = len(text_data.encode("utf-8")) if text_data is not None else len(bytes_data or b"")
        if size > settings.DMS_WS_MAX_MESSAGE:
            self.closing = True
            await self.close(code=1009)
            return
        if text_data is None:
            await self.send_json({"type": "error", "message": "binary frames are not supported"})
            return
        try:
            msg = json.loads(text_data)
        except ValueError:
            await self.send_json({"type": "error", "message": "invalid JSON"})
            return
        if not isinstance(msg, dict):
            await self.send_json({"type": "error", "message": "expected a JSON object"})
            return
        mtype = msg.get("type")
        if mtype == "ping":
            await _touch_ping(self.channel_name)
            pong = {"type": "pong", "timestamp": now_iso(), "echo": msg.get("timestamp")}
            pong.update(await self.pong_extra())
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

    async def target_groups(self, user):
        if user.unit_id is None:
            return None
        return [broadcast.unit_group(user.unit_id), broadcast.user_group(user.pk)]

    async def welcome(self, user):
        return {
            "type": "connection_established",
            "message": "Connected to unit %s updates" % user.unit_id,
            "unit_id": user.unit_id,
            "user_id": user.pk,
            "server_time": now_iso(),
            "seq": await _current_seq(user.unit_id),
        }

    async def pong_extra(self):
        # (ext) The unit's current seq: a client whose last event is older, and whose
        # missing events do not follow within a grace, lost them at the end of a burst
        # (no later event would show the gap) and resyncs.
        return {"seq": await _current_seq(self.user.unit_id)}


class _UnitPathConsumer(BaseConsumer):
    prefix = None
    what = None

    async def target_groups(self, user):
        try:
            unit_id = int(self.scope["url_route"]["kwargs"]["unit_id"])
        except (KeyError, ValueError):
            return None
        if unit_id != user.unit_id and user.role != "admin":
            return None
        self.unit_id = unit_id
        return ["%s_%s" % (self.prefix, unit_id)]

    async def welcome(self, user):
        return {"type": "connection_established",
                "message": "Connected to unit %s %s" % (self.unit_id, self.what),
                "unit_id": self.unit_id, "server_time": now_iso()}


class RequestConsumer(_UnitPathConsumer):
    prefix = "requests"
    what = "request updates"


class CrateConsumer(_UnitPathConsumer):
    prefix = "crates"
    what = "crate updates"


class NotificationConsumer(BaseConsumer):
    async def target_groups(self, user):
        try:
            uid = int(self.scope["url_route"]["kwargs"]["user_id"])
        except (KeyError, ValueError):
            return None
        if uid != user.pk:
            return None
        return ["notifications_%s" % uid]

    async def welcome(self, user):
        return {"type": "connection_established", "message": "Connected to notifications of user %s" % user.pk,
                "user_id": user.pk, "server_time": now_iso()}
