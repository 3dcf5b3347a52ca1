# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""WebSocket test helpers over channels.testing.WebsocketCommunicator.

TransactionTestCase only: broadcasts are sent from transaction.on_commit, which
fires on a real commit.

"And nothing else" after a server-side change is proved with a barrier, not with a
quiet window: every frame a change causes is in its sockets' channel-layer queues
before the change returns (on_commit -> group_send, synchronously), each consumer
handles its queue in order, one message at a time, so a barrier frame sent to a
socket's own channel afterwards arrives after all of them (settle(), assert_quiet()).
That holds however slow the machine is, where a 0.3 s window can be outlasted. Client
frames come through another queue, which the barrier may overtake: that a client frame
gets no answer is checked either by a later client frame that is answered (client
frames are handled one by one, in order) or, on sockets that answer none, with
receive_nothing() windows (quiet_windows()).
"""
import asyncio
import time

from asgiref.sync import async_to_sync, sync_to_async
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator

from config.asgi import application
from dms import services

from .base import Fixture

ORIGIN = [(b"origin", b"http://127.0.0.1")]


def act(user, obj, action, data=None):
    return database_sync_to_async(services.perform_action)(user, obj, action, data or {})


def keys_everywhere(obj):
    """Every key of a frame, nested ones included (to prove a field is absent anywhere)."""
    out = set()
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.add(k)
            out |= keys_everywhere(v)
    elif isinstance(obj, list):
        for v in obj:
            out |= keys_everywhere(v)
    return out


BARRIER_TYPE = "test.barrier"
QUIET = 0.3  # seconds a socket must stay silent after client frames it must not answer


class WsCase(Fixture):
    # After each test only dms's tables are flushed, and the post_migrate handlers
    # (content types, permissions: no test here uses them; they stay as migrated) do
    # not run again: that re-creation was ~50 ms of every test
    available_apps = ["dms"]

    def setUp(self):
        # one event loop for the whole fixture: each change's broadcast (async_to_sync
        # group_send) would otherwise start a loop in a new thread of its own
        async_to_sync(sync_to_async(self.make_fixture))()
        self.comms = []
        self.barriers = 0
        # the channel name of each consumer, in creation order (open() gives each
        # communicator its own as comm.channel_name)
        layer = get_channel_layer()
        self.new_channels = []
        original = layer.new_channel

        async def recording_new_channel(*args, **kwargs):
            name = await original(*args, **kwargs)
            self.new_channels.append(name)
            return name

        layer.new_channel = recording_new_channel
        self.addCleanup(delattr, layer, "new_channel")

    def make_fixture(self):
        self.make_data()

    def tearDown(self):
        async def close_all():
            for c in self.comms:
                try:
                    await c.disconnect()
                except Exception:
                    pass
            await get_channel_layer().flush()

        async_to_sync(close_all)()

    async def open(self, path, token=None, headers=None, origin=True, param="token"):
        if token is not None:
            path += ("&" if "?" in path else "?") + param + "=" + token
        comm = WebsocketCommunicator(application, path, headers=(ORIGIN if origin else []) + (headers or []))
        self.comms.append(comm)
        before = len(self.new_channels)
        connected, code = await comm.connect(timeout=3)
        # a consumer takes its channel before it handles the connect (a handshake the
        # Origin check refuses never reaches one)
        comm.channel_name = self.new_channels[before] if len(self.new_channels) > before else None
        return comm, connected, code

    async def open_ok(self, user, path="/ws/updates/"):
        comm, connected, _ = await self.open(path, self.token(user))
        self.assertTrue(connected)
        hello = await comm.receive_json_from(timeout=3)
        self.assertEqual(hello["type"], "connection_established")
        return comm, hello

    async def assert_rate_limit_close(self, comm, frame, code):
        """21 frames within a second: whatever answers came, the socket closes with code."""
        for _ in range(21):
            await comm.send_json_to(frame)
        while True:
            out = await comm.receive_output(timeout=3)
            if out["type"] == "websocket.close":
                self.assertEqual(out["code"], code)
                return

    async def assert_closed_with(self, comm, code):
        out = await comm.receive_output(timeout=3)
        self.assertEqual(out, {"type": "websocket.close", "code": code})

    async def settle(self, *comms, timeout=3):
        """For each socket, every frame it got before a barrier sent to it now: all the
        frames the server-side changes made so far caused there, and nothing else
        (module docstring). A list per socket, in order."""
        self.barriers += 1
        barrier = {"type": BARRIER_TYPE, "n": self.barriers}
        layer = get_channel_layer()
        for comm in comms:
            self.assertIsNotNone(comm.channel_name, "no consumer behind this socket")
            await layer.send(comm.channel_name, {"type": "dms.event", "frame": barrier})

        async def until_barrier(comm):
            got = []
            while True:
                m = await comm.receive_json_from(timeout=timeout)
                if m == barrier:
                    return got
                self.assertNotEqual(m.get("type"), BARRIER_TYPE, "an earlier barrier arrived late")
                got.append(m)

        return list(await asyncio.gather(*(until_barrier(c) for c in comms)))

    async def drain(self, comm):
        """Every frame the changes so far caused on this socket (settle() of one)."""
        return (await self.settle(comm))[0]

    async def assert_quiet(self, *comms):
        """Nothing (more) from the changes so far reached these sockets."""
        self.assertEqual(await self.settle(*comms), [[] for _ in comms])

    async def quiet_windows(self, *comms, quiet=QUIET):
        """Client frames just sent to these sockets get no answer: each stays silent for
        `quiet` seconds (the windows run at the same time)."""
        results = await asyncio.gather(*(c.receive_nothing(timeout=quiet) for c in comms))
        self.assertEqual(list(results), [True] * len(comms))

    async def registered(self, comm, timeout=3):
        """Wait until the consumer behind comm has joined its groups and registered in
        the connections table (what a seed-001 socket or an authenticated /ws socket
        does last, without sending anything)."""
        from dms.models import LiveConnection

        exists = database_sync_to_async(lambda: LiveConnection.objects.filter(channel_name=comm.channel_name).exists())
        deadline = time.monotonic() + timeout
        while not await exists():
            self.assertLess(time.monotonic(), deadline, "the socket never registered")
            await asyncio.sleep(0.005)
