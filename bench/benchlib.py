# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Pieces the benchmark scripts share (bench/simbench.py, bench/run-all): free ports, the
processes a script started (stopped in reverse order, also on failure), waiting for
serve.py's READY line and for redis-server, a fresh reference server (Redis and several
serve.py on one SQLite file), and the RSS and CPU time of a process tree read from /proc.
Standard library only; run with /usr/bin/python3 (Debian's, which sees Django).
"""
import os
import shutil
import signal
import socket
import subprocess
import threading
import time

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Processes:
    """The processes this script started; stopped in reverse order."""

    def __init__(self):
        self.procs = []

    def start(self, args, env=None, stdout=subprocess.PIPE, log=None, stdin=None, cwd=None):
        p = subprocess.Popen(args, env=env, stdout=stdout, stderr=log or subprocess.DEVNULL, text=True,
                             stdin=stdin, cwd=cwd)
        self.procs.append(p)
        return p

    def forget(self, proc):
        if proc in self.procs:
            self.procs.remove(proc)

    def stop(self, proc, timeout=15):
        """Stops one process this script started (SIGTERM, then SIGKILL after timeout)."""
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        self.forget(proc)

    def stop_all(self, first=()):
        """SIGTERM, then SIGKILL after 15 s; the processes in `first` (those that use the
        others, e.g. the servers of a Redis and a database) are stopped before the rest."""
        first = [p for p in first if p in self.procs]
        for group in (first, [p for p in self.procs if p not in first]):
            for p in reversed(group):
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            deadline = time.time() + 15
            for p in reversed(group):
                try:
                    p.wait(timeout=max(0.1, deadline - time.time()))
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        self.procs = []


def wait_ready(proc, what, timeout=300):
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                raise RuntimeError("%s exited before READY (code %s)" % (what, proc.returncode))
            continue
        if line.startswith("READY port="):
            return int(line.split("=", 1)[1])
    raise RuntimeError("%s not READY within %d s" % (what, timeout))


def wait_redis(port, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("redis-server did not answer on port %d" % port)


def server_env(db_path, redis_port=None, debug=False, fast_hasher=False, secret="bench-only-secret"):
    env = dict(os.environ,
               DMS_DB_PATH=db_path,
               DMS_SECRET_KEY=secret,
               DMS_ACCESS_TTL="7200", DMS_REFRESH_TTL="86400",
               PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    if redis_port:
        env["REDIS_URL"] = "redis://127.0.0.1:%d/1" % redis_port
    else:
        env.pop("REDIS_URL", None)
    if debug:
        env["DMS_DEBUG"] = "1"
    if fast_hasher:
        env["DMS_FAST_PASSWORD_HASHER"] = "1"
    return env


def seed_database(source, db_path, seed_args, log, fast_hasher=True):
    """Migrates and seeds a SQLite file with manage.py (no server started): the template
    every fresh server of a run is copied from."""
    env = server_env(db_path, fast_hasher=fast_hasher)
    manage = os.path.join(source, "server", "manage.py")
    for cmd in (["migrate", "--verbosity", "0"], ["seed_demo"] + seed_args):
        subprocess.run(["/usr/bin/python3", manage] + cmd, env=env, check=True, stdout=log, stderr=log,
                       cwd=os.path.join(source, "server"))


def copy_database(template, target):
    """A fresh copy of the seeded template (with its WAL, if one was left)."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(template + suffix):
            shutil.copyfile(template + suffix, target + suffix)


def start_redis(procs, log):
    port = free_port()
    procs.start(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no"], stdout=subprocess.DEVNULL, log=log)
    wait_redis(port)
    return port


# ------------------------------------------------------------------ process tree figures

def _children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def process_tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def tree_rss_kb(pid):
    total = 0
    for p in process_tree(pid):
        try:
            with open("/proc/%d/statm" % p) as f:
                total += int(f.read().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            pass
    return total


def tree_cpu_ms(pid):
    """User + system CPU of the tree's live processes (and of the children they waited for)."""
    total = 0
    for p in process_tree(pid):
        try:
            with open("/proc/%d/stat" % p) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            # fields[11..14]: utime stime cutime cstime (after the state field at [0])
            total += sum(int(x) for x in fields[11:15])
        except (OSError, IndexError, ValueError):
            pass
    return total * 1000 // CLOCK_TICKS


class TreeSampler:
    """Samples a process tree's RSS every `interval` seconds in a thread: the peak, and the
    value at any moment asked for (the latest sample)."""

    def __init__(self, pid, interval=0.25):
        self.pid = pid
        self.interval = interval
        self.peak_kb = 0
        self.last_kb = 0
        self.samples = []  # (time, kb)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            kb = tree_rss_kb(self.pid)
            if kb:
                self.last_kb = kb
                self.peak_kb = max(self.peak_kb, kb)
                self.samples.append((time.time(), kb))
            self._stop.wait(self.interval)

    def now_kb(self):
        kb = tree_rss_kb(self.pid)
        if kb:
            self.last_kb = kb
            self.peak_kb = max(self.peak_kb, kb)
        return self.last_kb

    def stop(self):
        self._stop.set()
        self._thread.join(timeout=2)
