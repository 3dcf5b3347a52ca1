#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Start serve.py, use it, SIGTERM it, and count exit codes; N times.

    /usr/bin/python3 server/tools/stop_loop.py [--runs 50] [--stress] [--activity RATE]
                                               [--lab-activity RATE] [--keep-open]

Each run: copy a migrated and seeded template database, start serve.py on a free
127.0.0.1 port (the way livetests/common.py does: own session, stdout piped), poll until
HTTP answers (no fixed sleeps), log in, make a few REST requests, open /ws/updates/
(welcome, ping/pong) and the seed-004 /ws (auth), then SIGTERM the process group (as
common.Proc.stop() does in the server_daphne tests) and wait for the exit code.
--keep-open leaves the sockets open during the SIGTERM (default: closed first, as
the tests' addCleanup does); --stress runs `stress-ng --cpu 1 --timeout 0` meanwhile.

Prints one line per run and a summary "exit codes: {0: 50}" (runs whose stderr shows a
traceback, a fatal error or a shutdown warning are counted apart as "stderr: ..."); exits
1 unless every run exited 0 with a quiet stderr. The stderr of every such run is printed
(faulthandler output included).
"""
import argparse
import collections
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER_DIR = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SERVER_DIR, "livetests"))

from common import PYTHON, Proc, api, free_port, login, server_env  # noqa: E402
from wsclient import WS  # noqa: E402


# in a run's stderr, a sign of an unclean stop even when the exit code is 0
NOISE = ("Traceback", "Fatal Python error", "while stopping", "ignored its cancellation", "Task was destroyed",
         "Listen failure")


def wait_answering(proc, port, timeout=60):
    """Poll GET /api/units/ until the server answers (any HTTP status)."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while time.monotonic() < deadline:
        if proc.p.poll() is not None:
            raise RuntimeError("serve.py exited with %s before answering: %s"
                               % (proc.p.returncode, proc.stderr_text()[-2000:]))
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/api/units/" % port, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # 401: it answers
        except OSError:
            time.sleep(delay)  # not listening yet
            delay = min(delay * 1.5, 0.2)
    raise RuntimeError("serve.py did not answer within %ss" % timeout)


def make_template(tmp):
    path = os.path.join(tmp, "template.sqlite3")
    env = server_env(path)
    manage = os.path.join(SERVER_DIR, "manage.py")
    subprocess.run([PYTHON, manage, "migrate", "--verbosity", "0"], env=env, check=True, cwd=SERVER_DIR)
    subprocess.run([PYTHON, manage, "seed_demo", "--units", "2", "--users-per-unit", "4", "--crates", "20",
                    "--requests", "12", "--seed", "7"], env=env, check=True, cwd=SERVER_DIR,
                   stdout=subprocess.DEVNULL)
    return path


def one_run(template, tmp, i, args):
    db = os.path.join(tmp, "run%d.sqlite3" % i)
    shutil.copyfile(template, db)
    port = free_port()
    extra = []
    if args.activity:
        extra += ["--activity", str(args.activity)]
    if args.lab_activity:
        extra += ["--lab-activity", str(args.lab_activity)]
    proc = Proc([PYTHON, os.path.join(SERVER_DIR, "serve.py"), "--port", str(port)] + extra,
                env=server_env(db), stdout=subprocess.DEVNULL)
    socks = []
    try:
        wait_answering(proc, port)
        tok = login(port, "u1_appr1")
        for path in ("/api/auth/me/", "/api/requests/withdrawal/?page_size=5", "/api/documents/crates/",
                     "/api/dashboard/summary/"):
            status, _ = api(port, "GET", path, token=tok)
            assert status == 200, (path, status)
        w = WS(port, "/ws/updates/?token=" + tok)
        socks.append(w)
        assert w.recv_json()["type"] == "connection_established"
        w.send_json({"type": "ping", "timestamp": "x"})
        assert w.recv_json()["type"] == "pong"
        lab = WS(port, "/ws")
        socks.append(lab)
        lab.send_json({"type": "auth", "token": tok})
        # a REST change while both sockets listen (broadcast on commit)
        status, body = api(port, "GET", "/api/requests/withdrawal/?status=pending&page_size=1", token=tok)
        if status == 200 and body["results"]:
            api(port, "POST", "/api/requests/withdrawal/%s/reject/" % body["results"][0]["id"],
                {"password": "dms-demo", "reason": "stop loop"}, token=tok)
            w.recv_json()
        if not args.keep_open:
            for s in socks:
                s.close()
    except Exception as e:
        print("run %d: setup failed: %r" % (i, e), flush=True)
    t0 = time.monotonic()
    rc = proc.stop(timeout=20)
    took = time.monotonic() - t0
    for s in socks:
        s.close()
    err = proc.stderr_text()
    os.unlink(db)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)
    return rc, took, err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--stress", action="store_true", help="run stress-ng --cpu 1 --timeout 0 meanwhile")
    ap.add_argument("--activity", type=float, default=0.0)
    ap.add_argument("--lab-activity", type=float, default=0.0)
    ap.add_argument("--keep-open", action="store_true", help="sockets still open at SIGTERM")
    ap.add_argument("--show-stderr", action="store_true", help="print every run's stderr")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="dms-stoploop-")
    stress = None
    counts = collections.Counter()
    try:
        template = make_template(tmp)
        if args.stress:
            stress = subprocess.Popen(["stress-ng", "--cpu", "1", "--timeout", "0", "--quiet"],
                                      start_new_session=True, stdout=subprocess.DEVNULL)
        for i in range(1, args.runs + 1):
            rc, took, err = one_run(template, tmp, i, args)
            counts[rc] += 1
            print("run %d: exit %s in %.2fs" % (i, rc, took), flush=True)
            noisy = [m for m in NOISE if m in err]
            if noisy:
                counts["stderr: " + ", ".join(noisy)] += 1
            if rc != 0 or noisy or args.show_stderr:
                print("---- stderr of run %d ----\n%s\n----" % (i, err[-6000:]), flush=True)
    finally:
        if stress is not None:
            os.killpg(stress.pid, signal.SIGTERM)
            stress.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    print("exit codes: %s" % dict(sorted(counts.items(), key=lambda kv: str(kv[0]))))
    return 0 if set(counts) == {0} else 1  # a noisy stderr fails the loop too


if __name__ == "__main__":
    sys.exit(main())
