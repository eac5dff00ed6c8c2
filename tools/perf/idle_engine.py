#!/usr/bin/env python3
"""Issue 12, "waiting is free": an idle app with 100,000 instances waiting on timers and signals.

    python3 tools/perf/idle_engine.py [--waiting 100000] [--signals 20] [--window 60] [--providers sqlite,postgres] [--skip-build]

Starts the built Release app (as load_benchmark.py does; PostgreSQL on a throw-away cluster with pg_stat_statements),
submits `--signals` applications so that each waits for a decision, clones one of their engine instances until
`--waiting` instances wait, restarts the app, and then prints:
- the app's CPU over an idle window of `--window` seconds (percent of one core, from /proc),
- on PostgreSQL, the engine's statements over that window (pg_stat_statements: wf_ tables, pg_notify, advisory locks),
- the time from each decision's request to the engine taking its signal (the journal's signal-received entry), p50/p95.
Measure on a quiet machine (load average under 2); the load average is printed beside each figure.
"""
import argparse, datetime, json, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import load_benchmark as lb  # noqa: E402

TICKS_AT_EPOCH = 621355968000000000


def clone_sql(provider, reference, n):
    pointer_cols = ("active, children, context_item, end_time_utc_ticks, event_data, event_key, event_name, event_published, "
                    "extension_attributes, outcome, persistence_data, predecessor_id, retry_count, scope, sleep_until_utc_ticks, "
                    "start_time_utc_ticks, status, step_id, step_name")
    workflow_cols = "workflow_definition_id, version, description, status, data, create_time_utc_ticks, complete_time_utc_ticks"
    if provider == "Sqlite":
        series = f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) SELECT i, lower(hex(randomblob(16))) FROM n"
        new_id = "lower(hex(randomblob(16)))"
    else:
        series = f"SELECT i, gen_random_uuid()::text FROM generate_series(1, {n}) AS i"
        new_id = "gen_random_uuid()::text"
    # Each clone sleeps a second longer than the last, so none is due during the measurement.
    return f"""CREATE TEMP TABLE clones (i integer, id text);
INSERT INTO clones {series};
INSERT INTO wf_workflows (id, reference, next_execution, wake_count, handled_wakes, revision, {workflow_cols})
SELECT c.id, 'clone-' || c.i, w.next_execution + CAST(c.i AS BIGINT) * 10000000, 0, 0, 0, {', '.join('w.' + col for col in workflow_cols.split(', '))}
FROM wf_workflows w, clones c WHERE w.reference = '{reference}';
INSERT INTO wf_execution_pointers (id, workflow_id, {pointer_cols})
SELECT {new_id}, c.id, {', '.join('p.' + col for col in pointer_cols.split(', '))}
FROM wf_execution_pointers p JOIN wf_workflows w ON p.workflow_id = w.id, clones c WHERE w.reference = '{reference}';
"""


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def submit_waiting(application, n):
    ids, _ = lb.create_drafts(n, application)
    for i in ids:
        try:
            lb.request("POST", f"/api/applications/{i}/submit", "researcher")
        except lb.urllib.error.HTTPError as e:
            raise RuntimeError(f"submitting {i}: {e.code} {e.read().decode()}") from e
    deadline = time.time() + 300
    while True:
        page = json.loads(lb.request("GET", "/api/queue?size=200", "chief-statistician")[1])
        if {item["id"] for item in page["items"]} >= set(ids): return ids
        if time.time() > deadline: raise RuntimeError("the applications never reached the queue")
        time.sleep(0.1)


def measure(provider, connection_string, run_sql, query, args, application, out):
    log = os.path.join(tempfile.gettempdir(), f"rr-idle-{provider.lower()}.log")
    open(log, "w").close()
    def row(figure, value):
        out.append((provider, figure, value, lb.load()))
        print(f"{provider}: {figure}: {value:.1f} (load {lb.load():.2f})", flush=True)
    proc, _ = lb.start_app(provider, connection_string, log)
    try:
        ids = submit_waiting(application, args.signals)
        # The engine begins the wait a moment after the queue shows the application.
        deadline = time.time() + 120
        while int(query(f"SELECT count(*) FROM wf_journal WHERE kind = 'waiting' AND node = 'await-decision'")) < len(ids):
            if time.time() > deadline: raise RuntimeError("the instances never began their waits")
            time.sleep(0.1)
    finally:
        lb.stop_app(proc)
    run_sql(clone_sql(provider, ids[0], args.waiting - len(ids)))
    row("instances waiting", float(query("SELECT count(*) FROM wf_workflows WHERE status = 'Runnable'")))
    proc, _ = lb.start_app(provider, connection_string, log)
    try:
        time.sleep(10)  # start-up work (seeds, warm-up) is not idling
        if provider == "Postgres": query("SELECT pg_stat_statements_reset()")
        cpu0, t0 = cpu_seconds(proc.pid), time.perf_counter()
        time.sleep(args.window)
        cpu = (cpu_seconds(proc.pid) - cpu0) / (time.perf_counter() - t0) * 100
        row(f"idle CPU over {args.window} s (% of one core)", cpu)
        if provider == "Postgres":
            engine = query("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query ~* '(wf_|pg_notify|advisory)'")
            row(f"engine statements over {args.window} s", float(engine))
        latencies = []
        for i in ids:
            sent = time.time()
            status, _ = lb.request("POST", f"/api/applications/{i}/decision", "chief-statistician",
                                   json.dumps({"outcome": "approve", "endDate": "2030-03-31", "reasons": "Sound design."}))
            deadline = time.time() + 60
            while True:
                taken = query(f"SELECT min(occurred_at_utc_ticks) FROM wf_journal WHERE application_id = '{i}' AND kind = 'signal-received'")
                if taken not in ("", None): break
                if time.time() > deadline: raise RuntimeError(f"the decision on {i} was never taken")
                time.sleep(0.05)
            latencies.append((int(taken) - TICKS_AT_EPOCH) / 1e7 - sent)
        row("decision request -> engine takes the signal, p50 (ms)", statistics.median(latencies) * 1000)
        row("decision request -> engine takes the signal, p95 (ms)", lb.pct(latencies, 95) * 1000)
    finally:
        lb.stop_app(proc)


# Development's short clock (reminders after minutes) would make the waits due during the measurement: an empty
# value keeps the definition's own period.
SHORT_TIMERS = ["decision-reminder", "decision-escalation", "extension-decision-reminder", "extension-decision-escalation",
                "resubmission-reminder", "lapse", "release-ending-reminder", "release-end", "release-end-during-extension",
                "destruction-overdue"]


def main():
    for timer in SHORT_TIMERS:
        os.environ[f"Workflow__TimerPeriods__{timer}"] = ""
    ap = argparse.ArgumentParser()
    ap.add_argument("--waiting", type=int, default=100000)
    ap.add_argument("--signals", type=int, default=20)
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--providers", default="sqlite,postgres")
    ap.add_argument("--skip-build", action="store_true")
    args = ap.parse_args()
    if not args.skip_build and "RR_APP_DLL" not in os.environ:
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", os.path.join(lb.ROOT, "src/ResearchRelease.Web")], check=True)
    application = lb.submittable(json.dumps(json.load(open(lb.EXAMPLE))[0]["application"]))
    out = []
    print(f"load average at the start: {lb.load():.2f}", flush=True)
    if "sqlite" in args.providers:
        folder = tempfile.mkdtemp(prefix="rr-idle-sqlite-")
        db = os.path.join(folder, "rr.db")
        sqlite = lambda sql: subprocess.run(["sqlite3", db], input=sql, text=True, check=True, capture_output=True).stdout.strip()
        try: measure("Sqlite", f"Data Source={db}", sqlite, sqlite, args, application, out)
        finally: shutil.rmtree(folder, ignore_errors=True)
    if "postgres" in args.providers:
        pg = None
        try:
            pg = lb.Postgres(extra="-c shared_preload_libraries=pg_stat_statements")
            name, cs = pg.database()
            pg.psql("CREATE EXTENSION pg_stat_statements", name)
            psql = lambda sql: subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(pg.port), "-U", "rr", "-d", name, "-v", "ON_ERROR_STOP=1",
                                               "-qAtc", sql], check=True, capture_output=True, text=True).stdout.strip()
            measure("Postgres", cs, lambda sql: pg.psql(sql, name), psql, args, application, out)
        finally:
            if pg: pg.stop()
    print("\n| provider | figure | value | load (1 min) |\n|---|---|---:|---:|")
    for provider, figure, value, ld in out:
        print(f"| {provider} | {figure} | {value:.1f} | {ld:.2f} |")
    print(f"\nload average at the end: {lb.load():.2f}")


if __name__ == "__main__":
    main()
