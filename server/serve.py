#!/usr/bin/python3
"""Launcher of the DMS reference server (Daphne 4 + the settings the tests rely on).

    /usr/bin/python3 server/serve.py [--host 127.0.0.1] [--port 0] [--backlog 1024]
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
* serves config.asgi:application with Daphne on the Twisted endpoint
  tcp:PORT:interface=HOST:backlog=N, with Autobahn's maxFramePayloadSize and
  maxMessagePayloadSize set to 64 KiB (a larger client frame is closed with 1009
  without being buffered);
* --tls-cert/--tls-key serve HTTPS and wss:// instead (Twisted endpoint
  ssl:PORT:...:privateKey=KEY:certKey=CERT; the cert file may hold the chain);
* prints exactly one line "READY port=<port>" on stdout once listening; all logs
  go to stderr; exits cleanly on SIGTERM/SIGINT.
"""
import daphne.server  # noqa: I001  (must come first: installs Twisted's asyncio reactor)

import argparse
import logging
import os
import shlex
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

MAX_PAYLOAD = 64 * 1024


class DmsServer(daphne.server.Server):
    ready_printed = False

    def listen_success(self, port):
        super().listen_success(port)
        # failByDrop=False: answer an oversize frame with a 1009 close frame (the
        # payload that follows is discarded by Autobahn, never buffered)
        self.ws_factory.setProtocolOptions(maxFramePayloadSize=MAX_PAYLOAD, maxMessagePayloadSize=MAX_PAYLOAD,
                                           failByDrop=False)
        if not self.ready_printed and hasattr(port, "getHost"):
            self.ready_printed = True
            sys.stdout.write("READY port=%d\n" % port.getHost().port)
            sys.stdout.flush()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--backlog", type=int, default=1024)
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
    for value, name in ((args.wire, "DMS_WIRE"), (args.public_ids, "DMS_PUBLIC_IDS"),
                        (args.api_prefix, "DMS_API_PREFIX")):
        if value is not None:
            os.environ[name] = value

    logging.basicConfig(stream=sys.stderr, level=logging.INFO if args.access_log else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    import django
    from django.core.management import call_command

    django.setup()
    if args.migrate:
        call_command("migrate", verbosity=0, interactive=False)
    if args.seed is not None:
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

    from twisted.internet import reactor

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
    server = DmsServer(application=application, endpoints=[endpoint], signal_handlers=True,
                       action_logger=action_logger, verbosity=1 if not args.access_log else 2)
    server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
