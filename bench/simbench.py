#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Simulator benchmark: memory per virtual user and CPU per delivered event.

    /usr/bin/python3 bench/simbench.py --console build/ci/dms-console [--users 100,500,1000]
        [--servers 3] [--database sqlite|postgres] [--fast-hasher] [--units 4] [--duration 60]
        [--rate 0.5] [--network-managers 2]
        [--compare-nams 1,4] [--out results.json] [--sim-arg ARG ...]

Starts, on 127.0.0.1 only, one redis-server and N serve.py processes sharing one database
(a SQLite file, or with --database postgres a throwaway PostgreSQL cluster) and the Redis
channel layer (docs/server.md, "Redis / several processes"), seeds
enough demo users for the largest run, then runs `dms-console simulate bench/bench-fanout.json`
once per user count, spreading the virtual users over the servers. The figures come from
the simulator's own report (processes[0]): RSS before the sessions were built and once every
user was Live with its views loaded, the peak, and user+system CPU during the action phase
divided by the frames received in it. Everything it starts is stopped at the end, also on
failure or Ctrl-C. Standard library only.

--cluster runs against the reference server laid out as deployed instead
(scripts/serve-cluster: --workers Daphne workers on Redis and, by default, a throwaway
PostgreSQL cluster, behind nginx terminating TLS on one https:// address): the simulator is
given that one --server and the throwaway CA (--ca-file). Beside the console's figures it
then reports the server's, for the whole run and for its action phase, from nginx's access
log (requests and requests/s served, 4xx, 5xx, upgrades, p95 server time of the actions'
POSTs and of GETs) and from the workers' logs ("database is locked", tracebacks) and
PostgreSQL's (ERROR lines).
"""
import argparse
import json
import os
import resource
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


def num(value, absent="–"):
    """A figure with one decimal, or `absent` for a run that never got that far."""
    return absent if value is None else "%.1f" % value


def fmt_states(states):
    """{'live': 3, 'reconnecting': 2} as 'live 3, reconnecting 2', the largest first."""
    return ", ".join("%s %d" % (k or "?", n) for k, n in sorted(states.items(), key=lambda kv: -kv[1])) or "none"


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


def server_figures(work, t0, t1):
    """What the cluster served between t0 and t1 (epoch seconds), from nginx's access log
    (format dms: $msec $status $method $request_time $upstream_response_time $upstream_addr "$uri")."""
    n, status, post_ms, get_ms = 0, {}, [], []
    try:
        with open(os.path.join(work, "nginx-access.log")) as f:
            for line in f:
                parts = line.split()
                if len(parts) < 5:
                    continue
                try:
                    t = float(parts[0])
                except ValueError:
                    continue
                if not t0 <= t <= t1:
                    continue
                n += 1
                status[parts[1]] = status.get(parts[1], 0) + 1
                up = parts[4].split(",")[-1].strip()
                if parts[1] == "101" or up in ("-", ""):
                    continue
                try:
                    ms = float(up) * 1000.0
                except ValueError:
                    continue
                (post_ms if parts[2] == "POST" else get_ms if parts[2] == "GET" else []).append(ms)
    except OSError:
        return None
    span = max(0.001, t1 - t0)

    def count(prefix):
        return sum(v for k, v in status.items() if k.startswith(prefix))

    return {
        "requests": n,
        "requests_per_s": round(n / span, 1),
        "status_2xx": count("2"),
        "status_4xx": count("4"),
        "status_5xx": count("5"),
        "upgrades_101": status.get("101", 0),
        "post_p95_ms": round(percentile(post_ms, 95), 1) if post_ms else None,
        "post_count": len(post_ms),
        "get_p95_ms": round(percentile(get_ms, 95), 1) if get_ms else None,
    }


def log_counts(work):
    """'database is locked' and tracebacks in the workers' logs; ERROR lines in PostgreSQL's."""
    locked = tracebacks = pg_errors = 0
    for name in sorted(os.listdir(work)):
        path = os.path.join(work, name)
        if name.startswith("worker-") and name.endswith(".log"):
            with open(path, errors="replace") as f:
                for line in f:
                    locked += "database is locked" in line
                    tracebacks += line.startswith("Traceback")
        elif name == "postgres.log":
            with open(path, errors="replace") as f:
                pg_errors = sum(1 for line in f if "ERROR:" in line or "FATAL:" in line)
    return {"database_is_locked": locked, "tracebacks": tracebacks, "postgres_errors": pg_errors}


def start_cluster(args, procs, per_unit, work, log):
    """scripts/serve-cluster with the run's seed: (url, ca file, its work directory)."""
    cluster_dir = os.path.join(work, "cluster")
    env = dict(os.environ, DMS_SECRET_KEY="simbench-only-secret", DMS_ACCESS_TTL="7200", DMS_REFRESH_TTL="86400",
               PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    for k in ("DMS_DB_PATH", "DMS_DATABASE_URL", "REDIS_URL", "DMS_FAST_PASSWORD_HASHER"):
        env.pop(k, None)
    if args.fast_hasher:
        env["DMS_FAST_PASSWORD_HASHER"] = "1"
    seed = "--units %d --users-per-unit %d --crates 40 --requests 24 --storage 6" % (args.units, per_unit)
    cmd = ["/usr/bin/python3", os.path.join(args.source, "scripts", "serve-cluster"), "--workers", str(args.workers),
           "--database", args.database, "--seed", seed, "--work-dir", cluster_dir]
    p = procs.start(cmd, env=env, log=log)
    procs.cluster = p
    deadline = time.time() + 900
    procs.cluster_workers = []
    while time.time() < deadline:
        line = p.stdout.readline()
        if not line:
            if p.poll() is not None:
                raise RuntimeError("serve-cluster exited with %s (log: %s)" % (p.returncode, log.name))
            continue
        if line.startswith("WORKER "):
            procs.cluster_workers.append(int(line.split("pid=", 1)[1].split()[0]))
        if line.startswith("READY "):
            ready = dict(kv.split("=", 1) for kv in line.split()[1:])
            print("cluster: %s, %s workers, %s, seed: %s (logs: %s)" % (ready["url"], ready["workers"],
                                                                       ready["database"], seed, cluster_dir),
                  flush=True)
            return ready["url"], ready["ca"], cluster_dir, ready["database"]
    raise RuntimeError("serve-cluster not ready within 900 s")


def start_postgres(args, procs, log):
    """A throwaway PostgreSQL cluster (server/tools/pgcluster.py serve) for the serve.py
    processes: its URL. It is stopped with the other processes at the end."""
    tool = os.path.join(args.source, "server", "tools", "pgcluster.py")
    p = procs.start(["/usr/bin/python3", tool, "serve"], log=log)
    line = p.stdout.readline()
    if not line.startswith("READY "):
        p.wait(timeout=30)
        raise RuntimeError("pgcluster.py serve exited with %s (log: %s)" % (p.returncode, log.name))
    return line.split("url=", 1)[1].strip()


def run_sim(args, procs, urls, users, nams, out_dir, log, ca_file=None, cluster_dir=None):
    report = os.path.join(out_dir, "report-%d-nam%d.json" % (users, nams))
    cmd = [args.console, "simulate", scenario_file(args, out_dir),
           "--users", str(users), "--units", str(args.units),
           "--duration", str(args.duration), "--rate", str(args.rate),
           "--network-managers", str(nams), "--report", report, "--quiet"]
    for url in urls:
        cmd += ["--server", url]
    if ca_file:
        cmd += ["--ca-file", ca_file]
    for extra in args.sim_arg:
        cmd.append(extra.replace("{users}", str(users)))
    started = time.time()
    env = dict(os.environ)
    env.pop("QT_LOGGING_RULES", None)
    proc = procs.start(cmd, env=env, stdout=log, log=log)
    killed = None
    if args.kill_worker_after and getattr(procs, "cluster_workers", None):
        # one worker dies (SIGKILL) this long after the simulator started: its sockets
        # drop, nginx sends the reconnects and every request to the others
        try:
            proc.wait(timeout=args.kill_worker_after)
        except subprocess.TimeoutExpired:
            victim = procs.cluster_workers.pop()  # never again (its pid may be reused)
            os.kill(victim, signal.SIGKILL)
            killed = {"pid": victim, "after_s": args.kill_worker_after}
            print("  killed worker pid %d (SIGKILL) %.0f s after the start" % (victim, args.kill_worker_after),
                  flush=True)
    proc.wait()
    procs.forget(proc)
    wall = time.time() - started
    with open(report) as f:
        r = json.load(f)
    p = r["processes"][0]
    m = r.get("metrics", {})
    users_run = max(1, p["users"])
    server = None
    if cluster_dir:
        run_from = started + (r["run_start_ms"] - r["started_at_ms"]) / 1000.0
        server = {"whole": server_figures(cluster_dir, started, started + wall),
                  "action_phase": server_figures(cluster_dir, run_from, started + wall)}
        server.update(log_counts(cluster_dir))
    c = r["counters"]
    # A run stopped before every user was Live and loaded (aborted, or the ready timeout) has
    # no ready time and no ready RSS: None, not figures computed from zeros.
    ready = r.get("run_start_ms", 0) > 0 and p["rss_ready_kb"] > 0
    states = {}
    for u in r.get("user_stats", []):
        states[u.get("state")] = states.get(u.get("state"), 0) + 1
    return {
        "users": users,
        "network_managers": nams,
        "exit_code": proc.returncode,
        "passed": r.get("passed"),
        "wall_s": round(wall, 1),
        "ready_s": round((r["run_start_ms"] - r["started_at_ms"]) / 1000.0, 1) if ready else None,
        "aborted": r.get("aborted", False),
        "states_at_end": states,
        "rss_before_mb": round(p["rss_before_kb"] / 1024.0, 1),
        "rss_ready_mb": round(p["rss_ready_kb"] / 1024.0, 1) if ready else None,
        "rss_peak_mb": round(p["rss_peak_kb"] / 1024.0, 1),
        "kb_per_user": round((p["rss_ready_kb"] - p["rss_before_kb"]) / users_run, 1) if ready else None,
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
        "setup_failures": c["setup_failures"],
        "actions": c.get("actions"),
        "action_errors": c.get("action_errors"),
        "not_live": c.get("not_live"),
        "server": server,
        "killed_worker": killed,
        "report": report,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--console", required=True, help="the dms-console binary")
    ap.add_argument("--source", default=os.path.dirname(HERE), help="the source tree (for server/serve.py)")
    ap.add_argument("--users", default="100,500,1000")
    ap.add_argument("--units", type=int, default=4)
    ap.add_argument("--servers", type=int, default=3, help="serve.py processes on one Redis")
    ap.add_argument("--cluster", action="store_true",
                    help="one https:// address: scripts/serve-cluster (nginx, --workers workers, Redis, --database)")
    ap.add_argument("--workers", type=int, default=4, help="with --cluster: Daphne workers behind nginx")
    ap.add_argument("--kill-worker-after", type=float, default=0, metavar="S",
                    help="with --cluster: SIGKILL the last worker S seconds after the simulator starts "
                         "(once, in the first run)")
    ap.add_argument("--database", choices=["postgres", "sqlite"], default=None,
                    help="a throwaway PostgreSQL cluster or one SQLite file (the default: postgres with "
                         "--cluster, sqlite without)")
    ap.add_argument("--fast-hasher", action="store_true",
                    help="seed the users with DMS_FAST_PASSWORD_HASHER=1 (MD5, tests only): sign-in costs the "
                         "servers nothing instead of one PBKDF2 check (~0.1 s of a core) per user")
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--network-managers", type=int, default=2)
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
    if args.database is None:
        args.database = "postgres" if args.cluster else "sqlite"

    counts = [int(x) for x in args.users.split(",") if x.strip()]
    # Thousands of sockets in the console and in each server (they inherit the limit): every
    # descriptor the hard limit allows.
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (resource.getrlimit(resource.RLIMIT_NOFILE)[1],) * 2)
    except (ValueError, OSError):
        pass
    per_unit = -(-max(counts) // args.units)
    work = tempfile.mkdtemp(prefix="dms-simbench-")
    db_dir = tempfile.mkdtemp(prefix="dms-simbench-db-", dir=args.db_dir or None)
    log_path = os.path.join(work, "bench.log")
    procs = Processes()
    servers = []  # stopped before Redis and PostgreSQL, which they use
    results = []

    def on_signal(signum, frame):
        # Stop what we started first: the exception may surface late in a blocking wait.
        procs.stop_all(first=servers)
        raise KeyboardInterrupt()

    signal.signal(signal.SIGTERM, on_signal)
    try:
        with open(log_path, "w") as log:
            ca_file = cluster_dir = None
            if args.cluster:
                url, ca_file, cluster_dir, _ = start_cluster(args, procs, per_unit, work, log)
                urls = [url]
            else:
                redis_port = free_port()
                procs.start(["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL, log=log)
                wait_redis(redis_port)
                env = dict(os.environ,
                           REDIS_URL="redis://127.0.0.1:%d/1" % redis_port,
                           DMS_SECRET_KEY="simbench-only-secret",
                           DMS_ACCESS_TTL="7200", DMS_REFRESH_TTL="86400",
                           PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
                for k in ("DMS_DATABASE_URL", "DMS_FAST_PASSWORD_HASHER"):  # only what the options say
                    env.pop(k, None)
                if args.database == "postgres":
                    env["DMS_DATABASE_URL"] = start_postgres(args, procs, log)
                    database = "PostgreSQL %s" % env["DMS_DATABASE_URL"]
                else:
                    env["DMS_DB_PATH"] = os.path.join(db_dir, "db.sqlite3")
                    database = "SQLite %s" % env["DMS_DB_PATH"]
                if args.fast_hasher:
                    env["DMS_FAST_PASSWORD_HASHER"] = "1"
                serve = os.path.join(args.source, "server", "serve.py")
                seed = "--units %d --users-per-unit %d --crates 40 --requests 24 --storage 6" % (args.units, per_unit)
                first = procs.start(["/usr/bin/python3", serve, "--migrate", "--seed", seed, "--port", "0"],
                                    env=env, log=log)
                servers.append(first)
                urls = ["http://127.0.0.1:%d" % wait_ready(first, "serve.py 1")]
                for i in range(1, args.servers):
                    p = procs.start(["/usr/bin/python3", serve, "--port", "0"], env=env, log=log)
                    servers.append(p)
                    urls.append("http://127.0.0.1:%d" % wait_ready(p, "serve.py %d" % (i + 1)))
                print("servers: %s (Redis on %d); seed: %s; database: %s" % (", ".join(urls), redis_port, seed,
                                                                             database), flush=True)

            runs = [(n, args.network_managers) for n in counts]
            for n in [int(x) for x in args.compare_nams.split(",") if x.strip()]:
                if n != args.network_managers:
                    runs.append((max(counts), n))
            for users, nams in runs:
                print("running %d virtual users (%d network managers) …" % (users, nams), flush=True)
                res = run_sim(args, procs, urls, users, nams, work, log, ca_file, cluster_dir)
                results.append(res)
                if res["ready_s"] is None:
                    print("  never ready (%s); RSS %.1f MB before, peak %.1f MB; users' states at the end: %s; "
                          "exit %d" % ("aborted" if res["aborted"] else "stopped", res["rss_before_mb"],
                                       res["rss_peak_mb"], fmt_states(res["states_at_end"]), res["exit_code"]),
                          flush=True)
                else:
                    print("  ready after %.1f s; RSS %.1f → %.1f MB (peak %.1f): %.1f KB per user; "
                          "%s ms CPU per event over %d frames; delivery %s, p95 %s ms, exit %d"
                          % (res["ready_s"], res["rss_before_mb"], res["rss_ready_mb"], res["rss_peak_mb"],
                             res["kb_per_user"], res["cpu_ms_per_event"], res["frames_run"], res["delivery"],
                             res["p95_ms"], res["exit_code"]), flush=True)
                print("  actions %s, action errors %s, setup failures %s, not live %s"
                      % (res["actions"], res["action_errors"], res["setup_failures"], res["not_live"]), flush=True)
                if res["server"]:
                    sv, ph = res["server"], res["server"]["action_phase"] or {}
                    print("  server: %s requests (%s/s) in the whole run, %s/s in the action phase; 5xx %s, "
                          "4xx %s, upgrades %s; action POST p95 %s ms, GET p95 %s ms; 'database is locked' %d, "
                          "tracebacks %d, PostgreSQL errors %d"
                          % (sv["whole"]["requests"], sv["whole"]["requests_per_s"], ph.get("requests_per_s"),
                             sv["whole"]["status_5xx"], sv["whole"]["status_4xx"], sv["whole"]["upgrades_101"],
                             ph.get("post_p95_ms"), ph.get("get_p95_ms"), sv["database_is_locked"],
                             sv["tracebacks"], sv["postgres_errors"]), flush=True)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if getattr(procs, "cluster", None) is not None:
            # serve-cluster stops nginx, the workers, Redis and PostgreSQL itself: give it time
            procs.stop(procs.cluster, timeout=120)
        procs.stop_all(first=servers)
        shutil.rmtree(db_dir, ignore_errors=True)

    print()
    print("| users | NAMs | ready s | RSS ready MB | RSS peak MB | KB/user | CPU ms/event | frames | delivery | p95 ms | table p95 ms |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print("| %d | %d | %s | %s | %.1f | %s | %s | %d | %s | %s | %s |" % (
            r["users"], r["network_managers"], num(r["ready_s"], "never"), num(r["rss_ready_mb"]),
            r["rss_peak_mb"], num(r["kb_per_user"]), r["cpu_ms_per_event"], r["frames_run"], r["delivery"],
            r["p95_ms"], r["model_p95_ms"]))
    if args.cluster:
        print()
        print("| users | exit | actions | action errors | not live | requests | req/s (actions) | 5xx | "
              "POST p95 ms | GET p95 ms | 'database is locked' | PostgreSQL errors |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in results:
            sv = r["server"] or {}
            w, ph = sv.get("whole") or {}, sv.get("action_phase") or {}
            print("| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                r["users"], r["exit_code"], r["actions"], r["action_errors"], r["not_live"], w.get("requests"),
                ph.get("requests_per_s"), w.get("status_5xx"), ph.get("post_p95_ms"), ph.get("get_p95_ms"),
                sv.get("database_is_locked"), sv.get("postgres_errors")))
    if args.out:
        with open(args.out, "w") as f:
            json.dump({"servers": args.servers, "cluster": args.cluster,
                       "workers": args.workers if args.cluster else None,
                       "database": args.database, "fast_hasher": args.fast_hasher, "units": args.units,
                       "rate": args.rate,
                       "duration_s": args.duration, "results": results}, f, indent=2)
        print("results: %s" % args.out)
    print("log and reports: %s" % work)
    if shutil.which("nproc"):
        print("cpus: %s" % subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
