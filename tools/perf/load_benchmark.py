#!/usr/bin/env python3
"""Issue 12's load benchmark: one command, the built Release app on SQLite and on a PostgreSQL it starts itself.

Prints each figure with its baseline taken in the same run, the ratio, the aim and the 1-minute load average beside it.
Measure only on a quiet machine: hold the build lock for the whole run and start with the load average under 2.

    flock /tmp/rr-build.lock python3 tools/perf/load_benchmark.py                # everything, about 25 minutes
    python3 tools/perf/load_benchmark.py --only startup,lists --providers sqlite --skip-build
    python3 tools/perf/load_benchmark.py --smoke --skip-build                    # small sizes: does it work?

Phases (--only, comma-separated; each on a fresh database):
- startup: start-up to the first page on an existing database, alternating with a `dotnet new web` app (built Release once
  under the temp folder), medians of --startups runs each.
- bursts: --bursts bursts of --burst submissions in one process: the first burst's rate to the Chief Statistician's
  queue against the rate drafts were created, each burst against the first, submit -> queue p95 against --light
  submissions one at a time.
- memory: with bursts, each burst is then approved and carried to its letters; resident memory (VmRSS) after the last
  burst against after the first.
- waiting: --waiting instances waiting on timers and signals, copied in SQL from a real waiting instance (half awaiting a
  decision, half approved and running to their end date): idle CPU over --window seconds, the engine's statements in that
  window (PostgreSQL: pg_stat_statements), and --signals decisions, one at a time, from decision to the wait taking it;
  each against the same app with only its few real instances, before the copies were added. The app's first audit check
  and anchor (every 15 minutes after it) is brought before the idle window and measured on its own: CPU a run, and that
  spread over its interval.
- lists: --rows applications in the read model (half awaiting a decision, half decided); the queue, /api/decisions and the
  compliance register, --requests requests each, p50, p95 and the size of a page, against /health.

RR_APP_DLL measures another build (e.g. a ReadyToRun publish). The app listens on 5064 (RR_PERF_PORT), the
`dotnet new web` baseline on 5065. PostgreSQL: initdb into a temporary folder on a free port (as the postgres user via
runuser when run as root), removed at the end.
"""
import argparse, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loadbench import phases, stores  # noqa: E402
from loadbench.app import ROOT  # noqa: E402
from loadbench.common import Figures, load, log  # noqa: E402

EXAMPLE = os.path.join(ROOT, "..", "shared", "examples", "screening-cases.json")
PHASES = ["startup", "bursts", "memory", "waiting", "lists"]
SMOKE = dict(burst=20, bursts=3, light=3, rows=2000, waiting=2000, window=5, settle=2, signals=4, requests=10, startups=1)


def arguments():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default=",".join(PHASES), help="phases to run: " + ", ".join(PHASES))
    ap.add_argument("--providers", default="sqlite,postgres")
    ap.add_argument("--burst", type=int, default=1000, help="submissions in a burst")
    ap.add_argument("--bursts", type=int, default=10, help="bursts in one process")
    ap.add_argument("--light", type=int, default=20, help="submissions one at a time (the p95 baseline)")
    ap.add_argument("--rows", type=int, default=100_000, help="applications behind the list pages")
    ap.add_argument("--waiting", type=int, default=100_000, help="waiting instances")
    ap.add_argument("--window", type=int, default=60, help="seconds of the idle window")
    ap.add_argument("--settle", type=int, default=15, help="seconds after a start before the idle window")
    ap.add_argument("--signals", type=int, default=30, help="decisions timed one at a time")
    ap.add_argument("--requests", type=int, default=100, help="requests to each list page")
    ap.add_argument("--startups", type=int, default=3, help="start-ups of each kind")
    ap.add_argument("--smoke", action="store_true", help="small sizes: " + ", ".join(f"{k} {v}" for k, v in SMOKE.items()))
    ap.add_argument("--skip-build", action="store_true")
    args = ap.parse_args()
    if args.smoke:
        for k, v in SMOKE.items(): setattr(args, k, v)
    args.only = set(args.only.split(","))
    unknown = args.only - set(PHASES)
    if unknown: ap.error(f"unknown phase {', '.join(sorted(unknown))}; choose from {', '.join(PHASES)}")
    if "memory" in args.only: args.only.add("bursts")
    return args


def run(ctx, store_for):
    for phase, needed in [(phases.startup, {"startup"}), (phases.bursts, {"bursts"}), (phases.waiting_and_lists, {"waiting", "lists"})]:
        if not needed & ctx.args.only: continue
        store = store_for()
        log(f"{store.provider}: {phase.__name__} (load {load():.2f})")
        try: phase(ctx, store)
        finally: store.drop()


def main():
    args = arguments()
    if not args.skip_build and "RR_APP_DLL" not in os.environ:
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", os.path.join(ROOT, "src/ResearchRelease.Web")], check=True)
    application = json.dumps(json.load(open(EXAMPLE))[0]["application"])
    figures = Figures()
    ctx = phases.Context(args, figures, application)
    start = load()
    print(f"load average at the start: {start:.2f}", flush=True)
    try:
        if "sqlite" in args.providers: run(ctx, stores.SqliteStore)
        if "postgres" in args.providers:
            cluster = stores.PostgresCluster()
            try: run(ctx, cluster.database)
            finally: cluster.stop()
    finally:
        figures.print()
        print(f"\nload average at the start {start:.2f}, at the end {load():.2f}")


if __name__ == "__main__":
    main()
