#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Launcher of the DMS reference server (Daphne 4 + the settings the tests rely on).

    /usr/bin/python3 server/serve.py [--host 127.0.0.1] [--port 0] [--backlog 1024] [--handshake-timeout 15]
                                     [--migrate] [--seed "--units 2 --users-per-unit 8"]
                                     [--activity RATE] [--lab-activity RATE] [--access-log]
                                     [--tls-cert PEM --tls-key PEM]
                                     [--wire ext|seed002|seed001|alt] [--public-ids int|uuid]
                                     [--api-prefix P]

* works from any working directory;
* --migrate runs the migrations, --seed runs seed_demo with the given arguments,
  both in-process before serving;
* --activity RATE runs the drive_activity loop inside the server process (so its
  broadcasts reach this server's sockets even with the in-memory channel layer);
  --lab-activity RATE does the same with drive_lab_activity (seed 004, /ws);
* --wire, --public-ids, --api-prefix only set DMS_WIRE, DMS_PUBLIC_IDS,
  DMS_API_PREFIX before Django loads (docs/server.md, "Speaking a seed literally");
* DMS_FAST_PASSWORD_HASHER=1 in the environment (tests only) hashes passwords with MD5
  (seeding, logins and signed actions cost nothing); a line on stderr says so;
* serves config.asgi:application with Daphne on the Twisted endpoint
  tcp:PORT:interface=HOST:backlog=N, with Autobahn's maxFramePayloadSize and
  maxMessagePayloadSize set to 64 KiB (a larger client frame is closed with 1009
  without being buffered);
* --handshake-timeout S (15): how long a WebSocket opening handshake may take, the token
  check included; Daphne's 5 s dropped the handshakes of a 1,000-socket reconnect storm
  whose checks queued longer, and each came back to be checked again;
* --tls-cert/--tls-key serve HTTPS and wss:// instead (Twisted endpoint
  ssl:PORT:...:privateKey=KEY:certKey=CERT; the cert file may hold the chain);
* prints exactly one line "READY port=<port>" on stdout once listening; all logs
  go to stderr;
* SIGTERM/SIGINT stop it with exit code 0 (also before it listens): after the reactor
  stops, every asyncio task left is cancelled and awaited, the loop's async generators
  and default executor are shut down, the database connections closed (in asgiref's
  thread-sensitive worker too, whose thread owns them), that worker shut down, the loop
  closed and the streams flushed, so nothing is torn down by the interpreter's
  finalisation (which crashed with SIGSEGV: docs/server.md, "Stopping");
* with DMS_BEHIND_TLS_PROXY=1 the client's address is the proxy's X-Real-IP header;
* faulthandler is on (stderr, all threads): a fatal signal prints the Python stacks.
"""
import faulthandler  # noqa: I001
import signal
import sys

faulthandler.enable(file=sys.stderr, all_threads=True)


def _exit_while_importing(signum, frame):
    raise SystemExit(0)  # nothing runs yet that would need stopping


signal.signal(signal.SIGTERM, _exit_while_importing)
signal.signal(signal.SIGINT, _exit_while_importing)

import daphne.server  # noqa: E402  (before anything that imports Twisted: installs its asyncio reactor)

import argparse  # noqa: E402
import asyncio  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import shlex  # noqa: E402

from twisted.internet import defer, reactor  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

MAX_PAYLOAD = 64 * 1024
# How long a socket the server closes (4001, 4029, 1009, a stop) waits for the client's
# close reply before the connection is aborted. Autobahn's default is 1 s, but its timers go
# through txaio's batched timer, which rounds the deadline *down* to a whole second
# (txaio 21.2: `int(now + delay)`): a 1 s timeout fired 0-1 s after the close -- after 50 ms
# in the failures seen -- and the abort reset the connection while the pong replies and the
# close frame were still on their way, so the client saw "connection reset" instead of the
# close code (server_daphne's rate-limit case, 1 run in 10 under load). 5 s fires after
# 4-5 s: a client busy for a moment still reads its close code.
CLOSE_HANDSHAKE_TIMEOUT = 5
# The process's stdout as it was at start: with --access-log Daphne runs at verbosity 2, where
# Twisted's log replaces sys.stdout with a logging file, and READY must still reach stdout.
READY_STREAM = sys.stdout
SHUTDOWN_TIMEOUT = 5.0  # seconds leftover tasks get to finish after their cancellation

log = logging.getLogger("dms.serve")


class StopRequested(Exception):
    """SIGTERM/SIGINT before the reactor's own handlers are installed."""


def _stop_requested(signum, frame):
    raise StopRequested(signum)


class DmsServer(daphne.server.Server):
    ready_printed = False

    def listen_success(self, port):
        super().listen_success(port)
        # failByDrop=False: answer an oversize frame with a 1009 close frame (the
        # payload that follows is discarded by Autobahn, never buffered)
        self.ws_factory.setProtocolOptions(maxFramePayloadSize=MAX_PAYLOAD, maxMessagePayloadSize=MAX_PAYLOAD,
                                           failByDrop=False, closeHandshakeTimeout=CLOSE_HANDSHAKE_TIMEOUT)
        if not self.ready_printed and hasattr(port, "getHost"):
            self.ready_printed = True
            READY_STREAM.write("READY port=%d\n" % port.getHost().port)
            READY_STREAM.flush()

    def kill_all_applications(self):
        """Daphne's "before shutdown" trigger, minus its bug: Daphne 4.0.0 reads
        details["application_instance"], which a listed connection without one lacks (the
        HTTP request a WebSocket was upgraded from, listed until application_checker drops
        it within a second; a request still being read), so the trigger died of a KeyError
        (silently: Twisted's log goes nowhere at verbosity 1) and no application was
        cancelled."""
        wait_for = []
        for details in list(self.connections.values()):
            instance = details.get("application_instance")
            if instance is not None and not instance.done():
                instance.cancel()
                wait_for.append(instance)
        waited = defer.Deferred.fromFuture(asyncio.gather(*wait_for, return_exceptions=True))
        waited.addErrback(lambda failure: None)
        return waited


def shutdown_cleanly(loop):
    """What must happen between the reactor's stop and the interpreter's exit.

    Left alone, the asyncio tasks still pending (the server heartbeat, the activity
    loops, consumers whose cancellation never came, their channel-layer receives) and
    asgiref's worker threads are torn down by the interpreter's finalisation, whose
    garbage collection of those coroutine frames crashed Python 3.11 with SIGSEGV
    (faulthandler: "Garbage-collecting", asyncio/queues.py in get). Each step runs even
    if an earlier one failed (logged)."""
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, signal.SIG_IGN)  # stopping already; a second signal changes nothing

    def step(what, fn, *args):
        try:
            return fn(*args)
        except Exception as e:
            log.warning("while stopping: %s: %r", what, e)

    def drain_tasks():
        tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for t in tasks:
            t.cancel()
        if not tasks:
            return
        done, pending = loop.run_until_complete(asyncio.wait(tasks, timeout=SHUTDOWN_TIMEOUT))
        for t in done:
            if not t.cancelled() and t.exception() is not None:
                log.warning("task %r ended with %r while stopping", t, t.exception())
        for t in pending:
            log.warning("task %r ignored its cancellation for %ss", t, SHUTDOWN_TIMEOUT)

    loop_usable = not loop.is_closed() and not loop.is_running()
    if loop_usable:
        step("cancelling the tasks left", drain_tasks)
        step("async generators", lambda: loop.run_until_complete(loop.shutdown_asyncgens()))
        step("default executor", lambda: loop.run_until_complete(loop.shutdown_default_executor()))

    from django.apps import apps

    from asgiref.sync import SyncToAsync

    close_db = None
    if apps.ready:
        from django.db import connections

        close_db = connections.close_all
    # Django's connections are per thread: close each thread-sensitive worker's in that
    # thread (database_sync_to_async and the activity loops ran there), then stop it
    for executor in [SyncToAsync.single_thread_executor] + list(SyncToAsync.context_to_thread_executor.values()):
        if close_db is not None:
            try:
                executor.submit(close_db).result(timeout=SHUTDOWN_TIMEOUT * 6)
            except RuntimeError:  # that executor was shut down already
                pass
            except Exception as e:
                log.warning("while stopping: closing a worker's database connections: %r", e)
        step("worker thread", lambda: executor.shutdown(wait=True, cancel_futures=True))
    if close_db is not None:
        step("database connections", close_db)
    if loop_usable:
        step("closing the event loop", loop.close)  # channels_redis hooks this to close its connections
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--backlog", type=int, default=1024)
    ap.add_argument("--handshake-timeout", type=float, default=15.0, metavar="S",
                    help="seconds a WebSocket opening handshake may take, token check included "
                         "(Daphne's default 5)")
    ap.add_argument("--migrate", action="store_true")
    ap.add_argument("--seed", default=None, metavar="ARGS", help='seed_demo arguments, e.g. "--units 2"')
    ap.add_argument("--activity", type=float, default=0.0, metavar="RATE",
                    help="run random legal actions at RATE per second inside the server")
    ap.add_argument("--activity-seed", type=int, default=None)
    ap.add_argument("--lab-activity", type=float, default=0.0, metavar="RATE",
                    help="run random legal lab (seed 004) actions at RATE per second inside the server")
    ap.add_argument("--wire", choices=["ext", "seed002", "seed001", "alt"], default=None,
                    help="sets DMS_WIRE: the live dialect spoken (default ext)")
    ap.add_argument("--public-ids", choices=["int", "uuid"], default=None, help="sets DMS_PUBLIC_IDS")
    ap.add_argument("--api-prefix", default=None, metavar="P", help="sets DMS_API_PREFIX (default api/)")
    ap.add_argument("--access-log", action="store_true", help="log every request to stderr")
    ap.add_argument("--tls-cert", default=None, metavar="PEM", help="serve TLS with this certificate (chain)")
    ap.add_argument("--tls-key", default=None, metavar="PEM", help="private key of --tls-cert")
    args = ap.parse_args(argv)
    if bool(args.tls_cert) != bool(args.tls_key):
        ap.error("--tls-cert and --tls-key go together")
    # until the reactor installs its own handlers (which stop it): exit 0 as well
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop_requested)
    try:
        serve(args)
    except StopRequested as e:
        sys.stderr.write("serve.py: %s before serving, stopping\n" % signal.Signals(e.args[0]).name)
    except KeyboardInterrupt:
        sys.stderr.write("serve.py: SIGINT before serving, stopping\n")
    finally:
        shutdown_cleanly(reactor._asyncioEventloop)  # daphne.server's loop, the reactor's
    return 0


def serve(args):
    for value, name in ((args.wire, "DMS_WIRE"), (args.public_ids, "DMS_PUBLIC_IDS"),
                        (args.api_prefix, "DMS_API_PREFIX")):
        if value is not None:
            os.environ[name] = value

    logging.basicConfig(stream=sys.stderr, level=logging.INFO if args.access_log else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    import django
    from django.core.management import call_command

    django.setup()
    from django.conf import settings

    if settings.DMS_FAST_PASSWORD_HASHER:
        sys.stderr.write("serve.py: DMS_FAST_PASSWORD_HASHER is on: new passwords are hashed with MD5 "
                         "(for tests only, never for a deployment)\n")
    # Progress on stderr (stdout carries only READY): a launcher waiting for READY can tell a
    # slow start on a loaded machine, still applying migrations, from a stuck one.
    if args.migrate:
        call_command("migrate", verbosity=1, interactive=False, stdout=sys.stderr)
    if args.seed is not None:
        sys.stderr.write("serve.py: seeding (seed_demo %s)\n" % args.seed)
        sys.stderr.flush()
        call_command("seed_demo", *shlex.split(args.seed))
    from django.db import connections

    connections.close_all()

    from config.asgi import application

    activity_task = []

    def start_activity():
        if args.activity > 0:
            import asyncio

            from dms.activity import run_activity

            loop = asyncio.get_event_loop()
            activity_task.append(loop.create_task(run_activity(
                args.activity, 0, args.activity_seed, lambda line: sys.stderr.write("activity: %s\n" % line))))
        if args.lab_activity > 0:
            import asyncio

            from dms.activity import run_activity
            from dms.lab_activity import LabDriver

            activity_task.append(asyncio.get_event_loop().create_task(run_activity(
                args.lab_activity, 0, args.activity_seed, lambda line: sys.stderr.write("lab-activity: %s\n" % line),
                driver_class=LabDriver)))

    def stop_activity():
        for t in activity_task:
            t.cancel()

    reactor.callWhenRunning(start_activity)
    reactor.addSystemEventTrigger("before", "shutdown", stop_activity)
    action_logger = None
    if args.access_log:
        from daphne.access import AccessLogGenerator

        action_logger = AccessLogGenerator(sys.stderr)
    endpoint = "tcp:port=%d:interface=%s:backlog=%d" % (args.port, args.host.replace(":", r"\:"), args.backlog)
    if args.tls_cert:
        def esc(path):
            return os.path.abspath(path).replace("\\", "\\\\").replace(":", r"\:").replace("=", r"\=")

        endpoint = "ssl:port=%d:interface=%s:backlog=%d:privateKey=%s:certKey=%s" % (
            args.port, args.host.replace(":", r"\:"), args.backlog, esc(args.tls_key), esc(args.tls_cert))
    proxy = {}
    if settings.DMS_BEHIND_TLS_PROXY:
        # the client's address is the proxy's X-Real-IP (nginx sets it to the peer it
        # serves, replacing any a client sent), so the per-address password limits
        # (dms/security.py) count clients, not the proxy; X-Forwarded-For is not used: its
        # first entry is whatever the client wrote
        proxy = {"proxy_forwarded_address_header": "X-Real-IP"}
    server = DmsServer(application=application, endpoints=[endpoint], signal_handlers=True,
                       action_logger=action_logger, verbosity=1 if not args.access_log else 2,
                       websocket_handshake_timeout=args.handshake_timeout, **proxy)
    # From here on a signal stops the reactor (Twisted's own handlers, which it keeps
    # when it starts): one that comes before the reactor runs -- READY is printed while
    # the endpoint is set up, before reactor.run() -- is queued and stops it as soon as it
    # starts. (Raising StopRequested there would end inside a Deferred: "Listen failure".)
    signal.signal(signal.SIGTERM, reactor.sigTerm)
    signal.signal(signal.SIGINT, reactor.sigInt)
    server.run()


if __name__ == "__main__":
    sys.exit(main())
