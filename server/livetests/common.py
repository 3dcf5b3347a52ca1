# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Helpers for the live tests: spawn serve.py / redis-server on free ports, talk REST."""
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

SERVER_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proc:
    """A child process in its own session; stop() terminates it and its group."""

    def __init__(self, argv, env=None, stdout=subprocess.PIPE):
        self.stderr_file = tempfile.TemporaryFile()
        self.p = subprocess.Popen(argv, env=env, stdout=stdout, stderr=self.stderr_file,
                                  start_new_session=True, cwd="/")

    def stop(self, timeout=10):
        if self.p.poll() is None:
            try:
                os.killpg(self.p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.p.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.p.pid, signal.SIGKILL)
                self.p.wait(5)
        if self.p.stdout is not None:
            self.p.stdout.close()
        return self.p.returncode

    def stderr_text(self):
        self.stderr_file.seek(0)
        return self.stderr_file.read().decode("utf-8", "replace")


def database_env(db_path):
    """The database a test's servers share: the SQLite file db_path, or -- when the tests
    run inside `server/tools/pgcluster.py run` (DMS_PG_ADMIN_URL set) -- a new PostgreSQL
    database of that throwaway cluster, named after db_path's file."""
    admin = os.environ.get("DMS_PG_ADMIN_URL", "").strip()
    if not admin:
        return {"DMS_DB_PATH": db_path}
    from pgcluster import create_database

    return {"DMS_DATABASE_URL": create_database(admin, "live_" + os.path.splitext(os.path.basename(db_path))[0])}


def server_env(db_path, **extra):
    """A serve.py environment without the caller's DMS_* settings: the test's database
    (database_env), a fixed secret key, and extra."""
    database = database_env(db_path)
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("DMS_") or k == "REDIS_URL":
            del env[k]
    env.update({"DMS_SECRET_KEY": "live-test-secret", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(database)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def start_server(env, *args, timeout=60):
    """serve.py on a free port, once it printed READY. It may take long on a loaded machine
    (Django's start, each migration, the seed): the wait goes on while the server makes
    progress -- a new line on its stderr, where serve.py reports each step -- and fails when it
    exits or says nothing new for `timeout` seconds."""
    proc = Proc([PYTHON, os.path.join(SERVER_DIR, "serve.py"), "--port", "0"] + list(args), env=env)
    deadline = time.monotonic() + timeout
    said = 0
    line = b""
    while time.monotonic() < deadline:
        r, _, _ = select.select([proc.p.stdout], [], [], 0.5)
        if r:
            line = proc.p.stdout.readline()
            break
        if proc.p.poll() is not None:
            break
        size = os.fstat(proc.stderr_file.fileno()).st_size
        if size > said:
            said = size
            deadline = time.monotonic() + timeout
    if not line.startswith(b"READY port="):
        proc.stop()
        raise RuntimeError("serve.py did not get ready (%r): %s" % (line, proc.stderr_text()))
    proc.port = int(line.split(b"=", 1)[1])
    return proc


def start_redis():
    port = free_port()
    proc = Proc(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                if s.recv(64).startswith(b"+PONG"):
                    proc.port = port
                    return proc
        except OSError:
            time.sleep(0.1)
    proc.stop()
    raise RuntimeError("redis-server did not start: %s" % proc.stderr_text())


def api(port, method, path, body=None, token=None, raw=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), method=method, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=15) as r:
            text = r.read()
            return r.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        text = e.read()
        try:
            return e.code, json.loads(text)
        except ValueError:
            return e.code, text


def login(port, username, password="dms-demo", prefix="/api/", whole=False):
    """The access token (or, with whole=True, the whole login answer)."""
    status, body = api(port, "POST", prefix + "auth/login/", {"username": username, "password": password})
    if status != 200:
        raise AssertionError("login %s failed: %s %s" % (username, status, body))
    return body if whole else body["access"]


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(SERVER_DIR, "tools"))
