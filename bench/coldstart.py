#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""bench/coldstart.py: the console's cold start against the real reference server.

    bench/coldstart.py --console build/ci/dms-console [--crates 10000] [--runs 5]
                       [--json OUT] [--quick] [--fast-hasher] [--timeout S]

Seeds a fresh SQLite database (seed_demo: one unit with --crates crates, 60 requests, 10
storage locations, 4 users), starts one serve.py on 127.0.0.1 (a free port, its READY line),
then runs `dms-console watch --until-ready` as the unit's store head (u1_head1) --runs times,
one process after the other: each run is a new process (no cache, nothing remembered: --no-keychain)
that signs in, opens its live socket and fetches every list `watch` keeps by default
(withdrawal, destruction and transfer requests, send-backs, crates, storage, audit, dashboard).

Measured per run, on this machine's monotonic clock:
  wall_ms     process start (spawn) -> its `ready` line read: Live, every list's first fetch done
  exit_ms     process start -> the process has exited
  cpu_ms      the client process's own CPU time (user + system): its share of the wait
and from the ready line (the command's own clock, started before sign-in, after Qt's start-up):
  signed_in_ms, live_ms, ready_ms; plus each list's first-fetch time and rows (its `fetch` lines).
One warm-up run first (not counted) lets the server load its code and fill its caches: the
figure is the client's cold start against a running server.

By default the server hashes passwords as a production one does (Django's PBKDF2), so
sign-in costs what it costs a user; --fast-hasher uses the tests' MD5 hasher instead.
Writes a JSON summary (--json OUT; every run's record in OUT's name with -runs.json) and
prints one line per run. Exit 1 when a run is not ready
(exit code, no ready line) -- never because a figure is slow. Standard library only; runs
with /usr/bin/python3 (Debian's, which sees Django). --quick: 1,000 crates, 2 runs.
"""
import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import benchlib  # noqa: E402

DEMO_PASSWORD = "dms-demo"  # seed_demo's public demo password (docs/server.md)
USER = "u1_head1"


def run_watch(console, url, timeout_s):
    """One cold start: spawn -> ready line -> exit. Returns the run's figures."""
    env = dict(os.environ)
    env["DMS_PASSWORD"] = DEMO_PASSWORD
    env.pop("QT_LOGGING_RULES", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    cmd = [console, "watch", "--server", url, "--user", USER, "--until-ready", "--no-keychain",
           "--duration", str(timeout_s)]
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    err = []
    reader = threading.Thread(target=lambda: err.extend(p.stderr), daemon=True)
    reader.start()
    lines, ready_wall = [], None
    for line in p.stdout:
        now = time.monotonic()
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        lines.append(obj)
        if obj.get("kind") == "ready" and ready_wall is None:
            ready_wall = (now - t0) * 1000.0
    code = p.wait()
    exit_wall = (time.monotonic() - t0) * 1000.0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # the server is not waited for: this run's process only
    cpu_ms = ((cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)) * 1000.0
    reader.join(timeout=5)
    ready = next((o for o in lines if o.get("kind") == "ready"), None)
    fetches = {}
    for o in lines:
        if o.get("kind") == "fetch" and o.get("key") not in fetches:
            fetches[o["key"]] = {"ms": o.get("ms"), "rows": o.get("rows"), "status": o.get("status")}
    run = {"exit_code": code, "wall_ms": round(ready_wall, 1) if ready_wall is not None else None,
           "exit_ms": round(exit_wall, 1), "cpu_ms": round(cpu_ms, 1), "first_fetches": fetches}
    if ready:
        run.update(ready_ms=ready.get("ms"), signed_in_ms=ready.get("signed_in_ms"), live_ms=ready.get("live_ms"),
                   queries=ready.get("queries"), rows=ready.get("rows"))
    if code != 0 or not ready:
        tail = "".join(err[-20:])
        run["problem"] = "exit %s, %s; stderr: %s" % (code, "ready" if ready else "no ready line", tail[-800:])
    return run


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": round(statistics.median(values), 1), "min": round(min(values), 1), "max": round(max(values), 1)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--console", default=os.path.join(SOURCE, "build", "ci", "dms-console"))
    ap.add_argument("--crates", type=int, default=None, help="crates in the user's unit (default 10000)")
    ap.add_argument("--runs", type=int, default=None, help="timed runs (default 5)")
    ap.add_argument("--json", default=None, help="write the figures here")
    ap.add_argument("--quick", action="store_true", help="1,000 crates, 2 runs (CI)")
    ap.add_argument("--fast-hasher", action="store_true", help="the tests' MD5 password hasher on the server")
    ap.add_argument("--timeout", type=int, default=60, help="seconds a run may take (watch --duration)")
    args = ap.parse_args()
    crates = args.crates or (1000 if args.quick else 10000)
    runs = args.runs or (2 if args.quick else 5)
    console = os.path.abspath(args.console)
    if not (os.path.isfile(console) and os.access(console, os.X_OK)):
        print("coldstart: no dms-console at %s (build it: cmake --build --preset ci)" % console, file=sys.stderr)
        return 1

    procs = benchlib.Processes()
    tmp = tempfile.mkdtemp(prefix="dms-coldstart-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "crates": crates, "runs": runs,
              "user": USER, "password_hasher": "md5 (tests)" if args.fast_hasher else "pbkdf2 (Django default)",
              "machine": {"cpus": os.cpu_count(), "kernel": platform.release(),
                          "load_start": [round(x, 2) for x in os.getloadavg()]}}
    failed = []
    try:
        db = os.path.join(tmp, "db.sqlite3")
        seed = ["--units", "1", "--users-per-unit", "4", "--crates", str(crates), "--requests", "60",
                "--storage", "10", "--seed", "1"]
        result["seed"] = "seed_demo " + " ".join(seed)
        started = time.monotonic()
        with open(os.path.join(tmp, "seed.log"), "w") as log:
            benchlib.seed_database(SOURCE, db, seed, log, fast_hasher=args.fast_hasher)
        result["seed_s"] = round(time.monotonic() - started, 1)
        env = benchlib.server_env(db, fast_hasher=args.fast_hasher)
        with open(os.path.join(tmp, "server.log"), "w") as slog:
            server = procs.start(["/usr/bin/python3", os.path.join(SOURCE, "server", "serve.py"), "--port", "0"],
                                 env=env, log=slog)
            port = benchlib.wait_ready(server, "serve.py", timeout=120)
            url = "http://127.0.0.1:%d" % port
            print("coldstart: %d crates, server %s; warm-up run" % (crates, url), flush=True)
            warm = run_watch(console, url, args.timeout)
            if warm.get("problem"):
                failed.append("warm-up: " + warm["problem"])
            timed = []
            for i in range(runs):
                r = run_watch(console, url, args.timeout)
                timed.append(r)
                crates_fetch = r["first_fetches"].get("crates", {})
                print("  run %d: ready %s ms after spawn (signed in %s ms, Live %s ms, ready %s ms by its own clock; "
                      "crates %s rows in %s ms), exited after %s ms, %s ms of CPU%s"
                      % (i + 1, r["wall_ms"], r.get("signed_in_ms"), r.get("live_ms"), r.get("ready_ms"),
                         crates_fetch.get("rows"), crates_fetch.get("ms"), r["exit_ms"], r["cpu_ms"],
                         (" -- " + r["problem"]) if r.get("problem") else ""), flush=True)
                if r.get("problem"):
                    failed.append("run %d: %s" % (i + 1, r["problem"]))
    except (OSError, RuntimeError, subprocess.CalledProcessError) as e:
        print("coldstart: %s" % e, file=sys.stderr)
        procs.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
        return 1
    finally:
        procs.stop_all()
    shutil.rmtree(tmp, ignore_errors=True)

    result["machine"]["load_end"] = [round(x, 2) for x in os.getloadavg()]
    result["runs_detail"] = timed
    keys = sorted({k for r in timed for k in r["first_fetches"]})
    result["wall_ms"] = summary([r["wall_ms"] for r in timed])
    result["exit_ms"] = summary([r["exit_ms"] for r in timed])
    result["client_cpu_ms"] = summary([r["cpu_ms"] for r in timed])
    for k in ("signed_in_ms", "live_ms", "ready_ms"):
        result[k] = summary([r.get(k) for r in timed])
    result["first_fetch_ms"] = {k: summary([r["first_fetches"].get(k, {}).get("ms") for r in timed]) for k in keys}
    result["rows"] = timed[-1].get("rows") if timed else None
    result["ok"] = not failed
    if failed:
        result["problems"] = failed
    print("coldstart: process start -> Live with every list loaded: median %s ms (min %s, max %s) over %d runs; "
          "%s rows" % (result["wall_ms"] and result["wall_ms"]["median"], result["wall_ms"] and result["wall_ms"]["min"],
                       result["wall_ms"] and result["wall_ms"]["max"], runs, result["rows"]), flush=True)
    if args.json:
        # The summary for RESULTS.md; every run's own record next to it.
        detail = result.pop("runs_detail")
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
        with open(os.path.splitext(args.json)[0] + "-runs.json", "w") as f:
            json.dump(detail, f, indent=2)
    if failed:
        print("coldstart: FAILED:\n  - " + "\n  - ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
