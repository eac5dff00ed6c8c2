#!/usr/bin/env python3
"""Issue 12's load benchmark: one command, the built Release app on SQLite and on a PostgreSQL it starts itself.

Prints each figure with the baseline taken in the same run, the ratio, and the 1-minute load average beside it.
Measure only on a quiet machine (load average under 2, nothing else running); take the median of three runs.

    python3 tools/perf/load_benchmark.py [--burst 100] [--rows 100000] [--skip-build] [--providers sqlite,postgres]

- Builds Release (`dotnet build -c Release src/ResearchRelease.Web`) unless --skip-build; RR_APP_DLL measures
  another build (e.g. a ReadyToRun publish).
- PostgreSQL: initdb into a temporary folder on a free port (as the postgres user via runuser when run as root),
  dropped at the end. RR_PERF_POSTGRES=<connection string> uses an existing server instead.
- Figures: draft creation rate (baseline) and a burst of submissions carried to the Chief Statistician's queue
  (rate, submit -> queue p50/p95), a second burst in the same process, start-up to the first page on the existing
  database, then `--rows` applications written to the read model (half awaiting a decision, half decided) and the
  list pages' p50/p95 and sizes against /health.
"""
import argparse, json, os, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.request, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.environ.get("RR_APP_DLL") or os.path.join(ROOT, "src/ResearchRelease.Web/bin/Release/net10.0/ResearchRelease.Web.dll")
EXAMPLE = os.path.join(ROOT, "..", "shared", "examples", "screening-cases.json")
PORT = int(os.environ.get("RR_PERF_PORT", "5064"))
BASE = f"http://127.0.0.1:{PORT}"
PG_BIN = "/usr/lib/postgresql/15/bin"


def load():
    return os.getloadavg()[0]


def request(method, path, persona=None, body=None, timeout=60):
    req = urllib.request.Request(BASE + path, method=method, data=None if body is None else body.encode())
    if persona: req.add_header("X-Dev-Persona", persona)
    if body is not None: req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, r.read()


def submittable(application):
    """The example declares an approved ethics application, which cannot be submitted without the letter attached;
    the benchmark attaches nothing, so it declares that none is needed (the screening outcome is the same)."""
    form = json.loads(application)
    form["project"]["ethics"] = {"status": "not_required", "notRequiredReason": "Uses only the published aggregate statistics."}
    return json.dumps(form)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """A throw-away cluster: initdb into a temp dir, trust auth on 127.0.0.1, a free port."""

    def __init__(self, extra=""):
        self.dir = tempfile.mkdtemp(prefix="rr-perf-pg-")
        self.port = free_port()
        os.chmod(self.dir, 0o777)
        self.data = os.path.join(self.dir, "data")
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(self.as_pg + [f"{PG_BIN}/initdb", "-D", self.data, "-A", "trust", "-U", "rr", "--no-sync"],
                       check=True, capture_output=True)
        subprocess.run(self.as_pg + [f"{PG_BIN}/pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "pg.log"), "-w", "start",
                                     "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200 {extra}"],
                       check=True, capture_output=True)

    def database(self):
        name = "rr_perf_" + uuid.uuid4().hex[:8]
        self.psql(f"CREATE DATABASE {name}", "postgres")
        return name, f"Host=127.0.0.1;Port={self.port};Username=rr;Database={name};Maximum Pool Size=100"

    def psql(self, sql, database):
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "rr", "-d", database, "-v", "ON_ERROR_STOP=1", "-qc", sql],
                       check=True, capture_output=True)

    def stop(self):
        subprocess.run(self.as_pg + [f"{PG_BIN}/pg_ctl", "-D", self.data, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def start_app(provider, connection_string, log):
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Development", ASPNETCORE_URLS=BASE, Database__Provider=provider,
               Database__ConnectionString=connection_string, Logging__LogLevel__Default="Warning",
               Authentication__DevelopmentPersonas="true", StandingShares__SeedExamples="false")
    for policy in ["sign-in", "screening", "decision", "verification", "uploads"]:
        env[f"RateLimits__{policy}__PermitsPerMinute"] = "1000000"
    t0 = time.perf_counter()
    proc = subprocess.Popen(["dotnet", DLL], env=env, cwd=os.path.dirname(DLL), stdout=open(log, "a"), stderr=subprocess.STDOUT)
    while True:
        try:
            if request("GET", "/", timeout=5)[0] == 200: return proc, time.perf_counter() - t0
        except OSError:
            time.sleep(0.01)
        if proc.poll() is not None or time.perf_counter() - t0 > 300:
            proc.kill(); raise RuntimeError(f"the app did not start; see {log}")


def stop_app(proc):
    proc.terminate()
    try: proc.wait(30)
    except subprocess.TimeoutExpired: proc.kill(); proc.wait()


def parallel(items, work, threads=8):
    out, lock, it = [], threading.Lock(), iter(items)
    def run():
        while True:
            with lock:
                try: item = next(it)
                except StopIteration: return
            r = work(item)
            with lock: out.append(r)
    ts = [threading.Thread(target=run) for _ in range(threads)]
    [t.start() for t in ts]; [t.join() for t in ts]
    return out


def create_drafts(n, application):
    t0 = time.perf_counter()
    ids = parallel(range(n), lambda _: json.loads(request("POST", "/api/applications", "researcher", application)[1])["id"])
    return ids, n / (time.perf_counter() - t0)


def burst(ids):
    """Submits all at once (8 client threads); returns (rate to queue, submit->queue latencies)."""
    submitted, queued, pending = {}, {}, set(ids)
    t0 = time.perf_counter()
    def submit(i):
        request("POST", f"/api/applications/{i}/submit", "researcher")
        submitted[i] = time.perf_counter()
    th = threading.Thread(target=lambda: parallel(ids, submit)); th.start()
    while pending and time.perf_counter() - t0 < 900:
        after, seen = None, set()
        while True:
            page = json.loads(request("GET", "/api/queue?size=200" + (f"&after={after}" if after else ""), "chief-statistician")[1])
            seen.update(item["id"] for item in page["items"])
            after = page.get("next")
            if not after: break
        now = time.perf_counter()
        for i in list(pending):
            if i in seen and i in submitted:
                queued[i] = now; pending.discard(i)
        time.sleep(0.02)
    th.join()
    if pending: raise RuntimeError(f"{len(pending)} never reached the queue")
    latencies = sorted(queued[i] - submitted[i] for i in ids)
    return len(ids) / (max(queued.values()) - t0), latencies


def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def timed_get(path, persona, n):
    times, size = [], 0
    for _ in range(n):
        t0 = time.perf_counter(); _, body = request("GET", path, persona); times.append(time.perf_counter() - t0); size = len(body)
    return statistics.median(times), pct(times, 95), size


def seed_sql(provider, rows):
    """Half awaiting a decision, half decided, written to the read model only (the lists read nothing else)."""
    if provider == "Sqlite":
        return f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
INSERT INTO applications (id, reference, owner_subject, status, title, organisation_name, applicant_name, round, version,
  recommendation, decision_outcome, created_at, updated_at, submitted_at, decided_at)
SELECT lower(hex(randomblob(16))), 'PERF-' || i, 'perf', CASE WHEN i % 2 = 0 THEN 'AwaitingDecision' ELSE 'Approved' END,
  'Seeded project ' || i, 'Seeded University', 'Seeded Applicant', 1, 1, 'eligible', CASE WHEN i % 2 = 0 THEN NULL ELSE 'approve' END,
  '2027-01-01 00:00:00', '2027-01-01 00:00:00', strftime('%Y-%m-%d %H:%M:%S', '2027-01-01', '+' || (i / 3) || ' minutes'),
  CASE WHEN i % 2 = 0 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%S', '2027-02-01', '+' || (i / 3) || ' minutes') END FROM n;"""
    return f"""INSERT INTO applications (id, reference, owner_subject, status, title, organisation_name, applicant_name, round, version,
  recommendation, decision_outcome, created_at, updated_at, submitted_at, decided_at)
SELECT gen_random_uuid(), 'PERF-' || i, 'perf', CASE WHEN i % 2 = 0 THEN 'AwaitingDecision' ELSE 'Approved' END,
  'Seeded project ' || i, 'Seeded University', 'Seeded Applicant', 1, 1, 'eligible', CASE WHEN i % 2 = 0 THEN NULL ELSE 'approve' END,
  timestamptz '2027-01-01', timestamptz '2027-01-01', timestamptz '2027-01-01' + (i / 3) * interval '1 minute',
  CASE WHEN i % 2 = 0 THEN NULL ELSE timestamptz '2027-02-01' + (i / 3) * interval '1 minute' END
FROM generate_series(1, {rows}) AS i; ANALYZE applications;"""


def measure(provider, connection_string, seed, args, application, out):
    log = os.path.join(tempfile.gettempdir(), f"rr-perf-{provider.lower()}.log")
    open(log, "w").close()
    row = lambda figure, now, base, unit="", higher_is_better=False: out.append(
        (provider, figure, now, base, unit, (now / base) if base else None, load()))
    proc, _ = start_app(provider, connection_string, log)
    try:
        ids, draft_rate = create_drafts(args.burst, application)
        rate, lat = burst(ids)
        row("submissions carried to the queue (/s)", rate, draft_rate)
        row("submit -> queue p50 during the burst (ms)", statistics.median(lat) * 1000, None)
        row("submit -> queue p95 during the burst (ms)", pct(lat, 95) * 1000, None)
        ids2, _ = create_drafts(args.burst, application)
        rate2, lat2 = burst(ids2)
        row("a second burst in the same process (/s)", rate2, rate)
        row("second burst submit -> queue p95 (ms)", pct(lat2, 95) * 1000, None)
    finally:
        stop_app(proc)
    proc, restart = start_app(provider, connection_string, log)
    stop_app(proc)
    row("start-up to first page, existing database (ms)", restart * 1000, None)
    seed(seed_sql(provider, args.rows))
    proc, _ = start_app(provider, connection_string, log)
    try:
        health = timed_get("/health", None, 50)
        for figure, path, persona in [("GET /api/queue", "/api/queue", "chief-statistician"), ("HTML queue /decisions", "/decisions", "chief-statistician"),
                                      ("GET /api/decisions", "/api/decisions", "compliance"), ("compliance register page", "/compliance", "compliance")]:
            timed_get(path, persona, 3)  # warm
            p50, p95, size = timed_get(path, persona, 50)
            row(f"{figure} with {args.rows:,} rows, p50 (ms)", p50 * 1000, health[0] * 1000)
            row(f"{figure} with {args.rows:,} rows, p95 (ms)", p95 * 1000, health[1] * 1000)
            row(f"{figure} with {args.rows:,} rows, size (KB)", size / 1024, None)
    finally:
        stop_app(proc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--burst", type=int, default=100)
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--providers", default="sqlite,postgres")
    ap.add_argument("--skip-build", action="store_true")
    args = ap.parse_args()
    if not args.skip_build and "RR_APP_DLL" not in os.environ:
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", os.path.join(ROOT, "src/ResearchRelease.Web")], check=True)
    application = submittable(json.dumps(json.load(open(EXAMPLE))[0]["application"]))
    out = []
    print(f"load average at the start: {load():.2f}", flush=True)
    if "sqlite" in args.providers:
        folder = tempfile.mkdtemp(prefix="rr-perf-sqlite-")
        db = os.path.join(folder, "rr.db")
        seed = lambda sql: subprocess.run(["sqlite3", db], input=sql, text=True, check=True)
        try: measure("Sqlite", f"Data Source={db}", seed, args, application, out)
        finally: shutil.rmtree(folder, ignore_errors=True)
    if "postgres" in args.providers:
        pg = None
        try:
            if os.environ.get("RR_PERF_POSTGRES"):
                raise SystemExit("RR_PERF_POSTGRES: not supported yet; let the benchmark start its own cluster")
            pg = Postgres()
            name, cs = pg.database()
            measure("Postgres", cs, lambda sql: pg.psql(sql, name), args, application, out)
        finally:
            if pg: pg.stop()
    print(f"\n| provider | figure | now | baseline, same run | ratio | load (1 min) |\n|---|---|---:|---:|---:|---:|")
    for provider, figure, now, base, unit, ratio, ld in out:
        print(f"| {provider} | {figure} | {now:.1f} | {'' if base is None else f'{base:.1f}'} | {'' if ratio is None else f'{ratio:.2f}'} | {ld:.2f} |")
    print(f"\nload average at the end: {load():.2f}")


if __name__ == "__main__":
    main()
