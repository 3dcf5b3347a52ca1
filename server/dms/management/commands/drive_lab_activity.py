# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

import asyncio
import signal
import sys

from django.core.management.base import BaseCommand, CommandError

from dms.activity import run_activity
from dms.lab_activity import LabDriver


class Command(BaseCommand):
    help = ("Random legal lab actions (seed 004: sessions, equipment status, samples) by real users at "
            "--rate per second, through the same functions as REST (so each is broadcast on /ws). "
            "Live broadcasts reach sockets of a separate server only through Redis (REDIS_URL).")

    def add_arguments(self, parser):
        parser.add_argument("--rate", type=float, default=1.0, help="actions per second")
        parser.add_argument("--duration", type=float, default=0.0, help="seconds; 0 = until SIGINT/SIGTERM")
        parser.add_argument("--seed", type=int, default=None)

    def handle(self, *args, **o):
        if o["rate"] <= 0:
            raise CommandError("--rate must be positive")

        def out(line):
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

        async def main():
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop.set)
            n = await run_activity(o["rate"], o["duration"], o["seed"], out, stop, driver_class=LabDriver)
            sys.stderr.write("drive_lab_activity: %d actions\n" % n)

        asyncio.run(main())
