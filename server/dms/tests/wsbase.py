"""WebSocket test helpers over channels.testing.WebsocketCommunicator.

TransactionTestCase only: broadcasts are sent from transaction.on_commit, which
fires on a real commit.
"""
from asgiref.sync import async_to_sync
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


class WsCase(Fixture):
    def setUp(self):
        self.make_data()
        self.comms = []

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
        connected, code = await comm.connect(timeout=3)
        return comm, connected, code

    async def open_ok(self, user, path="/ws/updates/"):
        comm, connected, _ = await self.open(path, self.token(user))
        self.assertTrue(connected)
        hello = await comm.receive_json_from(timeout=3)
        self.assertEqual(hello["type"], "connection_established")
        return comm, hello

    async def assert_closed_with(self, comm, code):
        out = await comm.receive_output(timeout=3)
        self.assertEqual(out, {"type": "websocket.close", "code": code})

    async def drain(self, comm, quiet=0.3):
        """Every frame until the socket has been quiet for `quiet` seconds."""
        out = []
        while not await comm.receive_nothing(timeout=quiet):
            out.append(await comm.receive_json_from(timeout=1))
        return out
