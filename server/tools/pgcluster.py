#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""A throwaway PostgreSQL cluster for tests and benchmarks (docs/server.md, "PostgreSQL").

    /usr/bin/python3 server/tools/pgcluster.py run [--quiet] -- COMMAND [ARG ...]
    /usr/bin/python3 server/tools/pgcluster.py serve [--dir DIR]
    /usr/bin/python3 server/tools/pgcluster.py check
    /usr/bin/python3 server/tools/pgcluster.py createdb [--stem NAME]

* its own data directory under a new temporary directory, its own free port on 127.0.0.1
  (and a Unix socket in that directory), nothing else listening; fsync off (a test
  cluster: a crash loses it, which is fine);
* PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user
  (Debian's package creates it), or as DMS_PG_RUN_AS; otherwise as the caller;
* superuser `dms`, database `dms`, trust authentication on 127.0.0.1 and the socket
  only (no password to leak; the cluster lives as long as the command);
* everything is stopped (fast shutdown, then SIGKILL) and the directory removed at the
  end, also on failure and on SIGTERM/SIGINT.

createdb (inside run): makes one more database in that cluster and prints its URL (what
the C++ test fixtures do for each server they start).

run: starts the cluster, runs COMMAND with DMS_DATABASE_URL=postgresql://dms@127.0.0.1:PORT/dms
and DMS_PG_ADMIN_URL (the same URL: it may create databases) in its environment, stops and
removes the cluster, exits with COMMAND's code. serve: prints one line
"READY url=postgresql://dms@127.0.0.1:PORT/dms" on stdout and keeps the cluster until
SIGTERM/SIGINT (what a C++ test fixture starts as a child). check: exit 0 when a cluster can
be made here, else the reason on stderr.

When PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin) every command
prints "SKIPPED: …" and exits 77 (CTest's SKIP_RETURN_CODE); when it is installed but
psycopg2 (Django's driver, python3-psycopg2) is missing, that is an error (exit 1).
"""
import argparse
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SKIP = 77


class Unavailable(Exception):
    """PostgreSQL is not installed: the caller skips."""


def _bindir():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: [int(x) if x.isdigit() else 0 for x in p.split("/")[4].split(".")])
    if not found:
        raise Unavailable("PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin; "
                          "scripts/setup installs Debian's postgresql)")
    return os.path.dirname(found[-1])


def _check_driver():
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise RuntimeError("PostgreSQL is installed but psycopg2 is not (Debian's python3-psycopg2; "
                           "scripts/setup installs it)")


def _die_with_parent():
    """preexec_fn (runs after the switch of user): SIGKILL when the process that started
    the server dies, even by SIGKILL (a CTest timeout), so no cluster outlives its test."""
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as():
    """(uid, gid) the cluster runs as: the caller, or a non-root user when the caller is root."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get("DMS_PG_RUN_AS", "").strip() or "postgres"
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        raise RuntimeError("running as root, and PostgreSQL refuses root: no user %r to run the test cluster as "
                           "(Debian's postgresql package creates 'postgres'; or set DMS_PG_RUN_AS)" % name)
    return pw.pw_uid, pw.pw_gid


class Cluster:
    """start() → url; stop() removes everything. Use as a context manager."""

    def __init__(self, parent_dir=None):
        self.bindir = _bindir()
        _check_driver()
        self.ids = _run_as()
        self.parent_dir = parent_dir  # must be reachable by the cluster's user (/tmp by default)
        self.logfile = None  # initdb's and the server's output: postgres.log in the cluster's directory
        self.dir = None
        self.proc = None
        self.port = None

    # ------------------------------------------------------------------ helpers
    def _as_owner(self):
        if self.ids is None:
            return {}
        uid, gid = self.ids
        return {"user": uid, "group": gid, "extra_groups": []}

    def _tool(self, name, *args, check=True, **kw):
        return subprocess.run([os.path.join(self.bindir, name)] + list(args), cwd=self.dir, check=check,
                              stdout=kw.pop("stdout", self.logfile), stderr=kw.pop("stderr", subprocess.STDOUT),
                              **self._as_owner(), **kw)

    @property
    def url(self):
        return "postgresql://dms@127.0.0.1:%d/dms" % self.port

    def log_tail(self, n=3000):
        try:
            with open(os.path.join(self.dir, "postgres.log"), "rb") as f:
                return f.read()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout=60):
        self.dir = tempfile.mkdtemp(prefix="dms-pg-", dir=self.parent_dir)
        try:
            data = os.path.join(self.dir, "data")
            if self.ids is not None:
                os.chown(self.dir, *self.ids)
            self.logfile = open(os.path.join(self.dir, "postgres.log"), "ab")
            if self.ids is not None:
                os.chown(self.logfile.name, *self.ids)
            self._tool("initdb", "-D", data, "-U", "dms", "-A", "trust", "-E", "UTF8", "--locale=C",
                       "--no-sync", "--no-instructions")
            self.port = _free_port()
            settings = ["-c", "listen_addresses=127.0.0.1", "-p", str(self.port), "-k", self.dir,
                        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                        "-c", "max_connections=300", "-c", "shared_buffers=64MB",
                        "-c", "logging_collector=off", "-c", "log_min_messages=warning"]
            self.proc = subprocess.Popen([os.path.join(self.bindir, "postgres"), "-D", data] + settings,
                                         cwd=self.dir, stdout=self.logfile, stderr=subprocess.STDOUT,
                                         start_new_session=True, preexec_fn=_die_with_parent,
                                         **self._as_owner())
            deadline = time.monotonic() + timeout
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError("postgres exited with %s while starting:\n%s"
                                       % (self.proc.returncode, self.log_tail()))
                ready = self._tool("pg_isready", "-q", "-h", "127.0.0.1", "-p", str(self.port), "-d", "postgres",
                                   "-U", "dms", check=False)
                if ready.returncode == 0:
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError("postgres not ready within %d s:\n%s" % (timeout, self.log_tail()))
                time.sleep(0.1)
            self._tool("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "dms", "dms")
            return self.url
        except BaseException:
            self.stop()
            raise

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # fast shutdown: disconnects clients, no waiting
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None
        if getattr(self, "logfile", None) is not None:
            self.logfile.close()
            self.logfile = None
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


def create_database(admin_url, stem="test"):
    """A new, empty database in the cluster of admin_url (a superuser's URL, e.g. the
    DMS_PG_ADMIN_URL that `run` exports); returns its URL. Names are unique per call."""
    import re
    import secrets

    import psycopg2

    name = "%s_%s" % (re.sub(r"[^a-z0-9_]", "_", stem.lower())[:40] or "test", secrets.token_hex(4))
    conn = psycopg2.connect(admin_url)
    try:
        conn.autocommit = True
        with conn.cursor() as c:
            c.execute('CREATE DATABASE "%s"' % name)
    finally:
        conn.close()
    return admin_url.rsplit("/", 1)[0] + "/" + name


# ---------------------------------------------------------------------- command line

class _Stop(Exception):
    pass


def _raise_stop(signum, frame):
    raise _Stop(signum)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run a command with DMS_DATABASE_URL set to a throwaway cluster")
    r.add_argument("--quiet", action="store_true")
    r.add_argument("command", nargs=argparse.REMAINDER)
    s = sub.add_parser("serve", help="keep a throwaway cluster until SIGTERM; prints READY url=…")
    s.add_argument("--dir", default=None, help="parent of the cluster's temporary directory")
    sub.add_parser("check", help="exit 0 when a cluster can be made here")
    c = sub.add_parser("createdb", help="inside `run`: make a new database in its cluster, print its URL")
    c.add_argument("--stem", default="test", help="beginning of the database's name")
    args = ap.parse_args(argv)

    try:
        if args.cmd == "createdb":
            admin = os.environ.get("DMS_PG_ADMIN_URL", "").strip()
            if not admin:
                sys.stderr.write("pgcluster: createdb needs DMS_PG_ADMIN_URL (run it inside `pgcluster.py run`)\n")
                return 2
            sys.stdout.write(create_database(admin, args.stem) + "\n")
            return 0
        if args.cmd == "check":
            _bindir()
            _check_driver()
            _run_as()
            return 0
        signal.signal(signal.SIGTERM, _raise_stop)
        signal.signal(signal.SIGINT, _raise_stop)
        cluster = Cluster(parent_dir=getattr(args, "dir", None))
        try:
            url = cluster.start()
            if args.cmd == "serve":
                sys.stdout.write("READY url=%s\n" % url)
                sys.stdout.flush()
                while cluster.proc.poll() is None:
                    time.sleep(0.5)
                sys.stderr.write("pgcluster: postgres exited with %s:\n%s\n" % (cluster.proc.returncode,
                                                                                 cluster.log_tail()))
                return 1
            command = args.command[1:] if args.command[:1] == ["--"] else args.command
            if not command:
                ap.error("run needs a command after --")
            if not args.quiet:
                sys.stderr.write("pgcluster: PostgreSQL on 127.0.0.1:%d (%s), running %s\n"
                                 % (cluster.port, cluster.bindir, " ".join(command)))
            env = dict(os.environ, DMS_DATABASE_URL=url, DMS_PG_ADMIN_URL=url)
            child = subprocess.Popen(command, env=env)
            try:
                return child.wait()
            except _Stop:
                child.terminate()
                try:
                    child.wait(15)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()
                return 130
        except _Stop:
            return 130
        finally:
            cluster.stop()
    except Unavailable as e:
        sys.stdout.write("SKIPPED: %s\n" % e)
        sys.stdout.flush()
        return SKIP
    except Exception as e:  # psycopg2's errors too: one clear line, never a traceback
        sys.stderr.write("pgcluster: %s\n" % e)
        return 1


if __name__ == "__main__":
    sys.exit(main())
