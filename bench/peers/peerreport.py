# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""bench/run-all's output: RESULTS.md, results.json and the PNG plots, from the runs'
figures. Every table comes with its conditions; ratios are console : peer."""
import difflib
import json
import os

PEER_NAMES = {
    "console": "console (`simulate`)",
    "web": "web client model (seed 002)",
    "artillery": "Artillery (ws engine)",
    "floor": "floor (bare ws)",
}
WHAT_SHOWN = {"console": "table model", "web": "query cache", "artillery": "frame", "floor": "frame"}
COLORS = {"console": "#1b7837", "web": "#c51b7d", "artillery": "#2166ac", "floor": "#7f7f7f"}


def pct(samples, q):
    if not samples:
        return None
    s = sorted(samples)
    k = max(0, min(len(s) - 1, int(-(-q * len(s) // 100)) - 1))
    return s[k]


def fmt(v, digits=0, none="–"):
    if v is None:
        return none
    if isinstance(v, float) and digits:
        return ("{:,.%df}" % digits).format(v).replace(",", " ")
    return "{:,}".format(int(round(v))).replace(",", " ")


def one_line(r):
    s = r.get("samples") or []
    st = r.get("storm", {})
    return ("%s: ready %ss, POST→shown p50/p95 %s/%s ms over %d, never %s, excluded %s; %s (events only %s) GETs/event/user; "
            "peak RSS %s MB, %s KB/user; %s ms CPU/event; storm all Live %s ms, not back %s%s"
            % (r["peer"], r.get("ready_s"), fmt(pct(s, 50)), fmt(pct(s, 95)), len(s), r.get("never_shown"),
               r.get("excluded"), r.get("gets_per_event_user"), r.get("net_gets_per_event_user"),
               fmt((r.get("rss_peak_kb") or 0) / 1024.0, 1) if r.get("rss_peak_kb") else "–",
               fmt(r.get("rss_per_user_kb")), r.get("cpu_ms_per_event"), fmt(st.get("all_live_ms")),
               st.get("not_back"), "" if r.get("ok") else "  PROBLEMS: " + "; ".join(r.get("problems", []))))


def kb(v):
    return v / 1024.0 if v is not None else None


def ratio(console, peer):
    if console is None or peer is None:
        return "–"
    if console == 0:
        return "1 : ∞" if peer else "1 : 1"
    x = peer / float(console)
    return "1 : %s" % (("%.0f" % x) if x >= 10 else ("%.1f" % x) if x >= 0.1 else ("%.2f" % x))


def summarize(r):
    s = r.get("samples") or []
    out = {k: v for k, v in r.items() if k not in ("samples", "plan")}
    out.update({"p50_ms": pct(s, 50), "p95_ms": pct(s, 95), "p99_ms": pct(s, 99), "max_ms": max(s) if s else None,
                "shown": len(s), "plan_changes": len(r.get("plan") or [])})
    return out


def added_user_kb(summaries):
    """{(peer, n1, n2): KB} -- RSS per user added between two counts of the same peer: what
    the users took at n2 (RSS ready - RSS before the first user) minus what they took at n1,
    over n2 - n1. What a process takes once whatever its count (the caches and pools its
    first users fill, libraries loaded late) cancels out; "RSS per user" divides it among
    the users. It can come out negative when two runs' one-off costs differ by more than
    the users added cost (Artillery, which grows by ~200 MB while it starts)."""
    out = {}
    by_peer = {}
    for s in summaries:
        if s.get("ok") and s.get("rss_ready_kb") and s.get("rss_before_kb"):
            by_peer.setdefault(s["peer"], {})[s["users"]] = s["rss_ready_kb"] - s["rss_before_kb"]
    for peer, took in by_peer.items():
        counts = sorted(took)
        for n1, n2 in zip(counts, counts[1:]):
            out[(peer, n1, n2)] = (took[n2] - took[n1]) / float(n2 - n1)
    return out


def plan_match(results):
    """How much of each driver's plan is the console's at the same count (difflib blocks)."""
    lines = []
    console = {r["users"]: r.get("plan") for r in results if r["peer"] == "console" and r.get("plan")}
    for r in results:
        if r["peer"] == "console" or not r.get("plan") or r["users"] not in console:
            continue
        a, b = console[r["users"]], r["plan"]
        same = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
        lines.append("| %d | %s | %d | %d | %d (%.0f %%) |" % (r["users"], PEER_NAMES[r["peer"]], len(a), len(b), same,
                                                            100.0 * same / max(len(a), len(b))))
    return lines


def write_all(out, work, cond, results, failures):
    summaries = [summarize(r) for r in results]
    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump({"conditions": cond, "results": summaries, "failures": failures}, f, indent=1, default=list)
    plots = make_plots(os.path.join(out, "plots"), results)
    write_markdown(os.path.join(out, "RESULTS.md"), cond, summaries, results, failures, plots)


def write_markdown(path, cond, summaries, results, failures, plots):
    m, v, c = cond["machine"], cond["versions"], cond["config"]
    L = []
    L.append("# Benchmark results: the console side by side with its peers")
    L.append("")
    L.append("Written by `bench/run-all%s` on %s (%d s in all). How to read it and what each peer models: "
             "[docs/benchmarks.md](%s)."
             % (" --quick" if cond["mode"] == "quick" else "", cond["date"], cond["wall_s"],
                "../docs/benchmarks.md" if cond["mode"] == "full" else "docs/benchmarks.md"))
    L.append("")
    L.append("## Conditions")
    L.append("")
    L.append("* **Machine:** %s, %s CPUs (%s), %s GiB RAM, kernel %s; shared with other work: load average "
             "(1/5/15 min) %s at the start, %s at the end; busiest processes at the start: %s."
             % (m["distro"], m["cpus"], m["cpu_model"], m["mem_gb"], m["kernel"],
                " / ".join(str(x) for x in m["load_start"]), " / ".join(str(x) for x in m.get("load_end", [])),
                "; ".join("`%s`" % p for p in cond.get("busiest_at_start", [])) or "–"))
    L.append("* **Versions:** Qt %s (the console, `%s`), Node %s, ws %s, @tanstack/query-core %s, Artillery %s; "
             "server: Django %s, Channels %s, Daphne %s, DRF %s, Python %s, Redis %s."
             % (v["qt"], cond["console"], v["node"], v["ws"], v["query_core"], v["artillery"], v["django"],
                v["channels"], v["daphne"], v["drf"], v["python"], v["redis"]))
    L.append("* **Server:** for every run a fresh copy of one seeded database (`%s`, `DMS_FAST_PASSWORD_HASHER=1`), "
             "%d `serve.py` (Daphne)%s, `DMS_WIRE=seed002` (the frames of seed 002, word for word), `DMS_DEBUG=1` "
             "(for the storm), access log on; all on 127.0.0.1, on the same 2 cores as the clients."
             % (cond["seed"], c["servers"], " on one Redis" if c["servers"] > 1 else ", in-memory channel layer"))
    L.append("* **Load:** %d units; %s users (the console also %s); %.2g actions/s for %d s after a %d s warm-up "
             "(approve withdrawal / destruction / transfer, relocate a crate; a missing pending request is created "
             "first), seed 1; a server-side reconnect storm (`disconnect-all`: every socket closed) %d s into the "
             "actions; settle %d s. Peers other than the console observe while a driver (`dms-console simulate`, "
             "the same scenario and seed, %d acting users and no tables) posts the same plan."
             % (c["units"], ", ".join(str(x) for x in c["counts"]), ", ".join(str(x) for x in c["console_extra"]) or "–",
                c["rate"], c["duration"], c["warmup"], c["storm_at"], c["settle"], 4 * c["units"]))
    L.append("* **Freshness** is the actor's POST → each observer of a target unit shows the change: the console's "
             "table model, the web model's query-cache data, the frame for Artillery and the floor (they have no "
             "table). Percentiles are exact, over every (change, observer) pair; *never* = not shown by the end "
             "of the run (the console: within 30 s, its `model_missing`); *excluded* = the change's frame never "
             "came because the observer's socket was down (the storm; the console's `missed_while_down`).")
    L.append("* **GETs** and their bytes are counted in the server's access log from the first POST to the end of "
             "the run (a driver's or the console's final table check included), per data_update frame received "
             "by the observers; *events only* takes out the console's storm resync (after the storm each of its users "
             "refetches each open view once: the first users × 4 list GETs after the storm, with their own bytes; "
             "the web client refetches nothing on reconnect). "
             "**RSS** per user = (RSS with every user Live and loaded − RSS before the first "
             "user) / users; peak = the highest RSS of the process tree (sampled every 0.25 s). **CPU** per event "
             "= user+system CPU of the peer's process tree while the actions ran, per frame received.")
    for note in cond.get("notes", []):
        L.append("* %s" % note)
    L.append("")
    counts = sorted({r["users"] for r in results})
    L.append("## Results")
    L.append("")
    for n in counts:
        rows = [s for s in summaries if s["users"] == n]
        L.append("### %d users" % n)
        L.append("")
        L.append("| peer | shows the change in | ready s | POST → shown p50 / p95 / p99 ms | shown / never / excluded "
                 "| frames | GETs per event per user: events only / all | KB per event per user: events only / all "
                 "| peak RSS MB | RSS per user KB "
                 "| CPU ms per event | storm: all Live again ms (not back) | resynced ms |")
        L.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for s in rows:
            st = s.get("storm") or {}
            L.append("| %s%s | %s | %s | %s / %s / %s | %s / %s / %s | %s | %s / %s | %s / %s | %s | %s | %s | %s (%s) | %s |" % (
                PEER_NAMES[s["peer"]], "" if s.get("ok") else " **(failed)**", WHAT_SHOWN[s["peer"]],
                fmt(s.get("ready_s"), 1), fmt(s.get("p50_ms")), fmt(s.get("p95_ms")), fmt(s.get("p99_ms")),
                fmt(s.get("shown")), fmt(s.get("never_shown")), fmt(s.get("excluded")), fmt(s.get("frames")),
                fmt(s.get("net_gets_per_event_user"), 2), fmt(s.get("gets_per_event_user"), 2),
                fmt(kb(s.get("net_bytes_per_event_user")), 2), fmt(kb(s.get("bytes_per_event_user")), 2),
                fmt((s["rss_peak_kb"] / 1024.0) if s.get("rss_peak_kb") else None, 1), fmt(s.get("rss_per_user_kb")),
                fmt(s.get("cpu_ms_per_event"), 3), fmt(st.get("all_live_ms")), fmt(st.get("not_back")),
                fmt(st.get("all_resynced_ms")) if s["peer"] == "console" else "n/a"))
        web = next((s for s in rows if s["peer"] == "web"), None)
        if web and web.get("client"):
            t = web["client"]
            L.append("")
            L.append("Web model, client side: %s GETs issued (%s done, %s failed), %s still waiting for one of the "
                     "6 sockets and %s in flight when the run ended; %s reconnect attempts, %s users gave up."
                     % (fmt(t.get("gets_issued")), fmt(t.get("gets_done")), fmt(t.get("gets_failed")),
                        fmt(t.get("gets_queued_end")), fmt(t.get("gets_in_flight_end")),
                        fmt(t.get("reconnect_attempts")), fmt(t.get("gave_up"))))
        problems = [s for s in rows if not s.get("ok")]
        for s in problems:
            L.append("")
            L.append("**%s failed:** %s" % (PEER_NAMES[s["peer"]], "; ".join(s.get("problems", []))))
        L.append("")
    L.append("## Console : peer")
    L.append("")
    L.append("Each cell is console : peer with the console as 1 (1 : 54 = the peer's figure is 54 times the "
             "console's; 1 : 0.5 = half). Against the floor it shows the console's cost above the stack's own.")
    L.append("")
    L.append("| users | peer | POST → shown p50 | p95 | GETs per event per user (events only) | bytes per event per user "
             "(events only) | RSS per user | peak RSS | CPU per event |")
    L.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for n in counts:
        con = next((s for s in summaries if s["users"] == n and s["peer"] == "console"), None)
        if not con:
            continue
        for s in summaries:
            if s["users"] != n or s["peer"] == "console":
                continue
            L.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                n, PEER_NAMES[s["peer"]], ratio(con.get("p50_ms"), s.get("p50_ms")), ratio(con.get("p95_ms"), s.get("p95_ms")),
                ratio(con.get("net_gets_per_event_user"), s.get("net_gets_per_event_user")),
                ratio(con.get("net_bytes_per_event_user"), s.get("net_bytes_per_event_user")),
                ratio(con.get("rss_per_user_kb"), s.get("rss_per_user_kb")),
                ratio(con.get("rss_peak_kb"), s.get("rss_peak_kb")),
                ratio(con.get("cpu_ms_per_event"), s.get("cpu_ms_per_event"))))
    L.append("")
    added = added_user_kb(summaries)
    if added:
        L.append("**RSS per added user** (KB): what the users took at the larger count (RSS ready − RSS before "
                 "the first user) minus what they took at the smaller, over the users added; what a process takes "
                 "once whatever its count (the caches and pools its first users fill, libraries loaded late) "
                 "cancels out, where *RSS per user* divides it among the users. Negative: two runs' one-off "
                 "costs differed by more than the added users cost. Console : peer as above.")
        L.append("")
        L.append("| users | peer | KB per added user | console : peer |")
        L.append("|---|---|---:|---:|")
        order = list(PEER_NAMES)
        for (peer, n1, n2), v in sorted(added.items(), key=lambda kv: (kv[0][1], kv[0][2], order.index(kv[0][0]))):
            con = added.get(("console", n1, n2))
            L.append("| %d → %d | %s | %s | %s |" % (n1, n2, PEER_NAMES[peer], fmt(v),
                                                   "" if peer == "console" else ratio(con, v)))
        L.append("")
    L.append("## The same action stream?")
    L.append("")
    L.append("The console's run and each driver plan with the same planner, seed and starting database; the plan "
             "can still drift when an action is skipped (at most 4 in flight) or refused under load. Changes posted "
             "(action, entity, id, new status) and how many of them the two runs share, in order:")
    L.append("")
    L.append("| users | peer | console's changes | driver's changes | shared |")
    L.append("|---:|---|---:|---:|---:|")
    L += plan_match(results) or ["| – | – | – | – | – |"]
    L.append("")
    if plots:
        L.append("## Plots")
        L.append("")
        for title, fn in plots:
            L.append("![%s](plots/%s)" % (title, fn))
            L.append("")
    L.append("## Micro-benchmarks and cold start")
    L.append("")
    L += extras_markdown(cond)
    L.append("")
    L.append("## Checks")
    L.append("")
    if failures:
        L.append("**FAILED** (a peer could not run, or a figure is missing):")
        L.append("")
        L += ["* %s" % f for f in failures]
    else:
        L.append("Every peer ran at every count, saw events, and every figure above was measured. (Slow figures "
                 "never fail the run.)")
    L.append("")
    with open(path, "w") as f:
        f.write("\n".join(L))


def extras_markdown(cond):
    L = []
    micro = cond.get("micro", {})
    if not micro.get("present"):
        L.append("* Micro-benchmarks: not run — %s." % micro.get("why"))
    elif not micro.get("ok"):
        L.append("* Micro-benchmarks: **failed** — %s." % micro.get("why"))
    else:
        data = micro["data"]
        ctx = data.get("context", {})
        L.append("Google Benchmark (`dms_microbench`, %s, %s CPUs at %s MHz, library build %s):"
                 % (ctx.get("date", "?"), ctx.get("num_cpus", "?"), ctx.get("mhz_per_cpu", "?"),
                    ctx.get("library_build_type", "?")))
        L.append("")
        L.append("| benchmark | real time | CPU time | iterations |")
        L.append("|---|---:|---:|---:|")
        for b in data.get("benchmarks", []):
            if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "mean":
                continue
            L.append("| `%s` | %.4g %s | %.4g %s | %s |" % (b.get("name"), b.get("real_time", 0), b.get("time_unit", ""),
                                                         b.get("cpu_time", 0), b.get("time_unit", ""), b.get("iterations")))
    cold = cond.get("coldstart", {})
    if not cold.get("present"):
        L.append("* Cold start: not run — %s." % cold.get("why"))
    elif not cold.get("ok"):
        L.append("* Cold start: **failed** — %s." % cold.get("why"))
    else:
        L.append("")
        L.append("Cold start (`bench/coldstart.py`):")
        L.append("")
        L.append("| figure | value |")
        L.append("|---|---:|")
        for k, v in flatten(cold["data"]):
            L.append("| `%s` | %s |" % (k, v))
    return L


def flatten(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from flatten(v, prefix + str(k) + ".")
    elif isinstance(obj, list):
        if len(obj) <= 8:
            for i, v in enumerate(obj):
                yield from flatten(v, prefix + str(i) + ".")
    elif isinstance(obj, (int, float, str, bool)) and obj is not None:
        yield prefix.rstrip("."), obj


def make_plots(pdir, results):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    made = []
    counts = sorted({r["users"] for r in results if r.get("samples")})
    if counts:
        fig, axes = plt.subplots(1, len(counts), figsize=(4.2 * len(counts), 3.6), squeeze=False, sharey=True)
        for ax, n in zip(axes[0], counts):
            for r in results:
                if r["users"] != n or not r.get("samples"):
                    continue
                s = sorted(max(1, x) for x in r["samples"])
                total = len(s) + (r.get("never_shown") or 0)
                ys = [(i + 1) / float(total) for i in range(len(s))]
                ax.step(s, ys, where="post", color=COLORS[r["peer"]],
                        label="%s (%s)" % (r["peer"], WHAT_SHOWN[r["peer"]]))
            ax.set_xscale("log")
            ax.set_title("%d users" % n)
            ax.set_xlabel("POST → shown, ms (log)")
            ax.grid(True, which="both", alpha=0.3)
        axes[0][0].set_ylabel("share of (change, observer)")
        axes[0][0].legend(loc="lower right", fontsize=7)
        fig.suptitle("Freshness: latency CDF per client (never shown = the curve stops below 1)", fontsize=10)
        fig.tight_layout()
        fig.savefig(os.path.join(pdir, "freshness-cdf.png"), dpi=110)
        plt.close(fig)
        made.append(("Freshness CDFs per client and user count", "freshness-cdf.png"))

    counts = sorted({r["users"] for r in results if r.get("net_gets_per_event_user") is not None})
    peers = [p for p in ("console", "web", "artillery", "floor")
             if any(r["peer"] == p and r.get("net_gets_per_event_user") is not None for r in results)]
    if counts and peers:
        fig, ax = plt.subplots(figsize=(6.5, 3.6))
        width = 0.8 / len(peers)
        for i, p in enumerate(peers):
            xs, ys = [], []
            for j, n in enumerate(counts):
                r = next((r for r in results if r["peer"] == p and r["users"] == n), None)
                if r and r.get("net_gets_per_event_user") is not None:
                    xs.append(j + i * width)
                    ys.append(r["net_gets_per_event_user"])
            bars = ax.bar(xs, ys, width, color=COLORS[p], label=p)
            for b, y in zip(bars, ys):
                ax.annotate("%.2g" % y, (b.get_x() + b.get_width() / 2, y), ha="center", va="bottom", fontsize=7)
        ax.set_xticks([j + 0.4 - width / 2 for j in range(len(counts))])
        ax.set_xticklabels(["%d users" % n for n in counts])
        ax.set_ylabel("REST GETs per event per user")
        ax.set_title("What one live event costs the server in REST calls (storm resync taken out)", fontsize=10)
        ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(os.path.join(pdir, "gets-per-event.png"), dpi=110)
        plt.close(fig)
        made.append(("REST GETs per event per user", "gets-per-event.png"))

    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10, 3.6))
    any_line = False
    for p in ("console", "web", "artillery", "floor"):
        pts = sorted((r["users"], r["rss_per_user_kb"]) for r in results
                     if r["peer"] == p and r.get("rss_per_user_kb") is not None and r["rss_per_user_kb"] > 0)
        peaks = sorted((r["users"], r["rss_peak_kb"] / 1024.0) for r in results
                       if r["peer"] == p and r.get("rss_peak_kb"))
        if pts:
            any_line = True
            ax.plot([x for x, _ in pts], [y for _, y in pts], "o-", color=COLORS[p], label=p)
        if peaks:
            ax2.plot([x for x, _ in peaks], [y for _, y in peaks], "o-", color=COLORS[p], label=p)
    if any_line:
        for a, ylabel, title in ((ax, "RSS per user, KB (log)", "Memory per user once every user is Live and loaded"),
                                 (ax2, "peak RSS of the client, MB (log)", "Peak memory of the whole client")):
            a.set_xscale("log")
            a.set_yscale("log")
            a.set_xlabel("users (log)")
            a.set_ylabel(ylabel)
            a.set_title(title, fontsize=10)
            a.grid(True, which="both", alpha=0.3)
            a.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(os.path.join(pdir, "rss-per-user.png"), dpi=110)
        made.append(("RSS per user and peak RSS against users", "rss-per-user.png"))
    plt.close(fig)
    return made
