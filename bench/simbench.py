#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Simulator benchmark: memory per virtual user and CPU per delivered event.

    /usr/bin/python3 bench/simbench.py --console build/ci/dms-console [--users 100,500,1000]
        [--servers 3] [--units 4] [--duration 60] [--rate 0.5] [--network-managers 4]
        [--compare-nams 1,4] [--out results.json] [--sim-arg ARG ...]

Starts, on 127.0.0.1 only, one redis-server and N serve.py processes sharing one SQLite
database and the Redis channel layer (docs/server.md, "Redis / several processes"), seeds
enough demo users for the largest run, then runs `dms-console simulate bench/bench-fanout.json`
once per user count, spreading the virtual users over the servers. The figures come from
the simulator's own report (processes[0]): RSS before the sessions were built and once every
user was Live with its views loaded, the peak, and user+system CPU during the action phase
divided by the frames received in it. Everything it starts is stopped at the end, also on
failure or Ctrl-C. Standard library only.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from benchlib import Processes, free_port, wait_ready, wait_redis  # noqa: E402


def scenario_file(args, out_dir):
    """bench-fanout.json with the command line's overrides."""
    with open(os.path.join(HERE, "bench-fanout.json")) as f:
        scenario = json.load(f)
    scenario["sign_in_concurrency"] = args.sign_in_concurrency
    scenario["ready_timeout_s"] = args.ready_timeout
    path = os.path.join(out_dir, "bench-fanout.json")
    with open(path, "w") as f:
        json.dump(scenario, f, indent=2)
    return path


def run_sim(args, procs, urls, users, nams, out_dir, log):
    report = os.path.join(out_dir, "report-%d-nam%d.json" % (users, nams))
    cmd = [args.console, "simulate", scenario_file(args, out_dir),
           "--users", str(users), "--units", str(args.units),
           "--duration", str(args.duration), "--rate", str(args.rate),
           "--network-managers", str(nams), "--report", report, "--quiet"]
    for url in urls:
        cmd += ["--server", url]
    for extra in args.sim_arg:
        cmd.append(extra.replace("{users}", str(users)))
    started = time.time()
    env = dict(os.environ)
    env.pop("QT_LOGGING_RULES", None)
    proc = procs.start(cmd, env=env, stdout=log, log=log)
    proc.wait()
    procs.forget(proc)
    wall = time.time() - started
    with open(report) as f:
        r = json.load(f)
    p = r["processes"][0]
    m = r.get("metrics", {})
    users_run = max(1, p["users"])
    return {
        "users": users,
        "network_managers": nams,
        "exit_code": proc.returncode,
        "passed": r.get("passed"),
        "wall_s": round(wall, 1),
        "ready_s": round((r["run_start_ms"] - r["started_at_ms"]) / 1000.0, 1),
        "rss_before_mb": round(p["rss_before_kb"] / 1024.0, 1),
        "rss_ready_mb": round(p["rss_ready_kb"] / 1024.0, 1),
        "rss_peak_mb": round(p["rss_peak_kb"] / 1024.0, 1),
        "kb_per_user": round((p["rss_ready_kb"] - p["rss_before_kb"]) / users_run, 1),
        "cpu_run_ms": p["cpu_run_ms"],
        "frames_run": p["frames_run"],
        "cpu_ms_per_event": round(p["cpu_run_ms"] / p["frames_run"], 4) if p["frames_run"] else None,
        "delivery": m.get("delivery"),
        "change_delivery": m.get("change_delivery"),
        "p95_ms": m.get("p95_ms"),
        "emit_p95_ms": m.get("emit_p95_ms"),
        "model_p95_ms": m.get("model_p95_ms"),
        "refetches_per_event": m.get("refetches_per_event"),
        "status_p95_ms": m.get("status_p95_ms"),
        "status_model_p95_ms": m.get("status_model_p95_ms"),
        "status_lag_p95_ms": m.get("status_lag_p95_ms"),
        "fetch_lag_p95_ms": m.get("fetch_lag_p95_ms"),
        "gets_per_event": m.get("gets_per_event"),
        "get_bytes_per_event": m.get("get_bytes_per_event"),
        "lost_updates": m.get("lost_updates"),
        "setup_failures": r["counters"]["setup_failures"],
        "report": report,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--console", required=True, help="the dms-console binary")
    ap.add_argument("--source", default=os.path.dirname(HERE), help="the source tree (for server/serve.py)")
    ap.add_argument("--users", default="100,500,1000")
    ap.add_argument("--units", type=int, default=4)
    ap.add_argument("--servers", type=int, default=3, help="serve.py processes on one Redis")
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--network-managers", type=int, default=4)
    ap.add_argument("--compare-nams", default="", help="also run the largest count with these pool sizes, e.g. 1,4")
    ap.add_argument("--sign-in-concurrency", type=int, default=6)
    ap.add_argument("--ready-timeout", type=float, default=1800)
    ap.add_argument("--db-dir", default="/dev/shm" if os.path.isdir("/dev/shm") else "",
                    help="where the shared SQLite file goes (RAM by default: less lock contention)")
    ap.add_argument("--out", default="")
    ap.add_argument("--sim-arg", action="append", default=[],
                    help="one more argument for dms-console simulate ({users} is replaced), e.g. "
                         "--sim-arg=--csv --sim-arg=/tmp/samples-{users}.csv")
    args = ap.parse_args()

    counts = [int(x) for x in args.users.split(",") if x.strip()]
    per_unit = -(-max(counts) // args.units)
    work = tempfile.mkdtemp(prefix="dms-simbench-")
    db_dir = tempfile.mkdtemp(prefix="dms-simbench-db-", dir=args.db_dir or None)
    log_path = os.path.join(work, "bench.log")
    procs = Processes()
    results = []

    def on_signal(signum, frame):
        # Stop what we started first: the exception may surface late in a blocking wait.
        procs.stop_all()
        raise KeyboardInterrupt()

    signal.signal(signal.SIGTERM, on_signal)
    try:
        with open(log_path, "w") as log:
            redis_port = free_port()
            procs.start(["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                         "--appendonly", "no"], stdout=subprocess.DEVNULL, log=log)
            wait_redis(redis_port)
            env = dict(os.environ,
                       REDIS_URL="redis://127.0.0.1:%d/1" % redis_port,
                       DMS_DB_PATH=os.path.join(db_dir, "db.sqlite3"),
                       DMS_SECRET_KEY="simbench-only-secret",
                       DMS_ACCESS_TTL="7200", DMS_REFRESH_TTL="86400",
                       PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
            serve = os.path.join(args.source, "server", "serve.py")
            seed = "--units %d --users-per-unit %d --crates 40 --requests 24 --storage 6" % (args.units, per_unit)
            first = procs.start(["/usr/bin/python3", serve, "--migrate", "--seed", seed, "--port", "0"],
                                env=env, log=log)
            urls = ["http://127.0.0.1:%d" % wait_ready(first, "serve.py 1")]
            for i in range(1, args.servers):
                p = procs.start(["/usr/bin/python3", serve, "--port", "0"], env=env, log=log)
                urls.append("http://127.0.0.1:%d" % wait_ready(p, "serve.py %d" % (i + 1)))
            print("servers: %s (Redis on %d); seed: %s; database %s" % (", ".join(urls), redis_port, seed, db_dir),
                  flush=True)

            runs = [(n, args.network_managers) for n in counts]
            for n in [int(x) for x in args.compare_nams.split(",") if x.strip()]:
                if n != args.network_managers:
                    runs.append((max(counts), n))
            for users, nams in runs:
                print("running %d virtual users (%d network managers) …" % (users, nams), flush=True)
                res = run_sim(args, procs, urls, users, nams, work, log)
                results.append(res)
                print("  ready after %.1f s; RSS %.1f → %.1f MB (peak %.1f): %.1f KB per user; "
                      "%s ms CPU per event over %d frames; delivery %s, p95 %s ms, exit %d"
                      % (res["ready_s"], res["rss_before_mb"], res["rss_ready_mb"], res["rss_peak_mb"],
                         res["kb_per_user"], res["cpu_ms_per_event"], res["frames_run"], res["delivery"],
                         res["p95_ms"], res["exit_code"]), flush=True)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        procs.stop_all()
        shutil.rmtree(db_dir, ignore_errors=True)

    print()
    print("| users | NAMs | ready s | RSS ready MB | RSS peak MB | KB/user | CPU ms/event | frames | delivery | p95 ms | table p95 ms |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print("| %d | %d | %.1f | %.1f | %.1f | %.1f | %s | %d | %s | %s | %s |" % (
            r["users"], r["network_managers"], r["ready_s"], r["rss_ready_mb"], r["rss_peak_mb"],
            r["kb_per_user"], r["cpu_ms_per_event"], r["frames_run"], r["delivery"], r["p95_ms"],
            r["model_p95_ms"]))
    if args.out:
        with open(args.out, "w") as f:
            json.dump({"servers": args.servers, "units": args.units, "rate": args.rate,
                       "duration_s": args.duration, "results": results}, f, indent=2)
        print("results: %s" % args.out)
    print("log and reports: %s" % work)
    if shutil.which("nproc"):
        print("cpus: %s" % subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
