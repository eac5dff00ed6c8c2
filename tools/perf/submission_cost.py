#!/usr/bin/env python3
"""What one submission costs, against what one draft costs (issue 12): CPU of the app and of PostgreSQL, and statements.

Two modes, on the built app (as load_benchmark.py starts it) and a PostgreSQL the script starts itself:

    # Builds taken in turn (A B A B ...), each on a fresh database: per burst, drafts/s, submissions to the queue/s, the
    # ratio, and the CPU a draft and a submission cost in the app and in PostgreSQL (from /proc), with the load average.
    flock /tmp/rr-build.lock python3 tools/perf/submission_cost.py cpu \\
        --build before=/tmp/old/ResearchRelease.Web.dll --build after=src/ResearchRelease.Web/bin/Release/net10.0/ResearchRelease.Web.dll
    python3 tools/perf/submission_cost.py cpu --provider sqlite --build now=...dll --rounds 1

    # Statements a draft and a submission send (pg_stat_statements), each statement's calls divided by the count.
    python3 tools/perf/submission_cost.py statements [--count 300]

Measure only on a quiet machine: each run waits for the load average to fall under 2 before it starts.
"""
import argparse, glob, json, os, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loadbench import stores, work  # noqa: E402
from loadbench.app import App, DLL, ROOT  # noqa: E402
from loadbench.common import load, log, median  # noqa: E402

EXAMPLE = os.path.join(ROOT, "..", "shared", "examples", "screening-cases.json")
TICKS = os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds():
    """CPU used so far by every PostgreSQL process on the machine (the script's cluster is the only busy one)."""
    total = 0
    for path in glob.glob("/proc/[0-9]*/stat"):
        try:
            text = open(path).read()
        except OSError:
            continue
        if "(postgres)" in text:
            fields = text.rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15])
    return total / TICKS


def started(store, dll, log_name):
    app = App(store.provider, store.connection_string, os.path.join("/tmp", log_name), dll=dll)
    app.start()
    return app


def warm(app, store, application):
    """21 submissions one at a time: the code every burst runs is compiled before anything is timed."""
    work.submit_one_at_a_time(app, store, work.create_drafts(app, 21, application)[0])


def cpu(args, application):
    cluster = None if args.provider == "sqlite" else stores.PostgresCluster()
    rows = []
    try:
        for r in range(args.rounds):
            for name, dll in args.build:
                while load() >= 2: time.sleep(5)
                at_start = load()
                store = stores.SqliteStore() if cluster is None else cluster.database()
                app = started(store, dll, f"rr-cost-{name}.log")
                try:
                    warm(app, store, application)
                    for b in range(args.bursts):
                        a0, p0 = app.cpu_seconds(), postgres_cpu_seconds()
                        ids, draft_rate = work.create_drafts(app, args.burst, application)
                        a1, p1 = app.cpu_seconds(), postgres_cpu_seconds()
                        time.sleep(1)
                        rate, latencies = work.submit(app, store, ids)
                        a2, p2 = app.cpu_seconds(), postgres_cpu_seconds()
                        n = args.burst
                        rows.append(dict(build=name, round=r + 1, burst=b + 1, drafts=draft_rate, submissions=rate,
                                         draft_app=(a1 - a0) / n * 1000, draft_pg=(p1 - p0) / n * 1000,
                                         sub_app=(a2 - a1) / n * 1000, sub_pg=(p2 - p1) / n * 1000,
                                         p95=sorted(latencies)[int(0.95 * len(latencies))] * 1000, start=at_start, load=load()))
                        log("  " + line(rows[-1]))
                finally:
                    app.stop()
                    store.drop()
    finally:
        if cluster: cluster.stop()
    print("\nbuild | round | burst | drafts/s | to the queue/s | ratio | draft CPU app / PostgreSQL (ms) | submission CPU app / "
          "PostgreSQL (ms) | p95 submit → queue (ms) | load at start / end")
    for row in rows: print(line(row))
    print("\nmedians of every burst:")
    for name, _ in args.build:
        mine = [x for x in rows if x["build"] == name]
        print(f"{name}: to the queue {median([x['submissions'] for x in mine]):.1f}/s, ratio "
              f"{median([x['submissions'] / x['drafts'] for x in mine]):.3f}, submission CPU app {median([x['sub_app'] for x in mine]):.1f} "
              f"ms, PostgreSQL {median([x['sub_pg'] for x in mine]):.1f} ms")


def line(x):
    """(Draft CPU includes the untimed upload of each draft's ethics letter.)"""
    return (f"{x['build']} | {x['round']} | {x['burst']} | {x['drafts']:.0f} | {x['submissions']:.1f} | {x['submissions'] / x['drafts']:.3f} | "
            f"{x['draft_app']:.1f} / {x['draft_pg']:.1f} | {x['sub_app']:.1f} / {x['sub_pg']:.1f} | {x['p95']:.0f} | "
            f"{x['start']:.2f} / {x['load']:.2f}")


def statements(args, application):
    cluster = stores.PostgresCluster()
    try:
        store = cluster.database()
        app = started(store, args.build[0][1] if args.build else DLL, "rr-cost-statements.log")
        try:
            warm(app, store, application)
            time.sleep(3)
            s0 = store.statements()
            ids, _ = work.create_drafts(app, args.count, application)
            s1 = store.statements()
            work.submit(app, store, ids)
            time.sleep(4)  # the emails the submissions owe are sent in the background
            s2 = store.statements()
        finally:
            app.stop()
            store.drop()
    finally:
        cluster.stop()
    for label, before, after in [("a draft (with its ethics letter's upload)", s0, s1), ("a submission", s1, s2)]:
        calls = {q: (after[q][0] - before.get(q, (0, ""))[0], after[q][1]) for q in after}
        calls = {q: v for q, v in calls.items() if v[0] > 0}
        print(f"\n{label}: {sum(c for c, _ in calls.values()) / args.count:.1f} statements")
        for c, text in sorted(calls.values(), key=lambda v: -v[0]):
            if c / args.count >= 0.05: print(f"{c / args.count:6.2f}  {text[:150]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["cpu", "statements"])
    ap.add_argument("--build", action="append", default=[], metavar="NAME=DLL", help="a build to measure (cpu: two or more)")
    ap.add_argument("--provider", choices=["postgres", "sqlite"], default="postgres")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--bursts", type=int, default=2, help="bursts per run (the first in a process warms the runtime's top tier)")
    ap.add_argument("--burst", type=int, default=1000)
    ap.add_argument("--count", type=int, default=300, help="statements: drafts and submissions counted")
    args = ap.parse_args()
    args.build = [tuple(b.split("=", 1)) for b in args.build] or [("now", DLL)]
    application = json.dumps(json.load(open(EXAMPLE))[0]["application"])
    print(f"load average at the start: {load():.2f}", flush=True)
    (cpu if args.mode == "cpu" else statements)(args, application)


if __name__ == "__main__":
    main()
