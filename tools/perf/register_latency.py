#!/usr/bin/env python3
"""Seeds 100,000 researcher releases and 1,000 standing shares and measures the public register page, its JSON and the
"How we decide" page against the built app (docs/performance.md, issue 15: p95 under 100 ms).

The pages read only their projections (public_register, decision_facts, decision_tallies), so those are seeded
directly, as the event store would have written them: each application one register row and its decision facts
(received, decided and one of approved, refused, returned, withdrawn or lapsed, spread over eight quarters, with working
days and the screening's agreement), the statistics' counters summed from those facts as the store sums them (when the
build has that table), and 1,000 shares' register rows. Nothing is measured until every page has been asked once (JIT,
the first quarterly snapshots).

Usage (one command; hold the build lock and check the load average, see docs/performance.md):
  flock /tmp/rr-build.lock bash -c 'dotnet build -c Release src/ResearchRelease.Web -v q && \
      python3 tools/perf/register_latency.py sqlite 300 && python3 tools/perf/register_latency.py postgres 300'
Postgres uses RR_PERF_POSTGRES (default: the local rr_ci server) and makes a fresh database rr_perf there.
RR_APP_DLL measures another build (a baseline), RR_PERF_PORT moves the port (default 5098), and RR_PERF_MAX_LOAD=2 waits
after the app has started and answered once until the 1-minute load average is under 2 before measuring.
"""
import hashlib, io, os, random, sqlite3, statistics, subprocess, sys, tempfile, time, urllib.request, uuid
from datetime import date, datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.environ.get("RR_APP_DLL") or os.path.join(ROOT, "src/ResearchRelease.Web/bin/Release/net10.0/ResearchRelease.Web.dll")
PORT = int(os.environ.get("RR_PERF_PORT", "5098"))
BASE = f"http://127.0.0.1:{PORT}"
PG = os.environ.get("RR_PERF_POSTGRES", "host=127.0.0.1 port=5432 user=rr_ci password=rr_ci")
MAX_LOAD = float(os.environ.get("RR_PERF_MAX_LOAD", "0"))
APPLICATIONS, SHARES = 100_000, 1_000
PAGES = ["/register", "/register.json", "/how-we-decide"]
ITEMS = ["pseudonymous_pupil_id", "ks2_results", "ks4_results", "free_school_meals", "ethnic_group", "sen_status", "gender", "postcode_district"]
OUTCOMES = ["approved"] * 6 + ["refused", "returned", "withdrawn", "lapsed"]


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as r:
        r.read()
        return r.status


def start_app(env_extra, log):
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Development", ASPNETCORE_URLS=BASE, Logging__LogLevel__Default="Warning",
               StandingShares__SeedExamples="false", **env_extra)
    proc = subprocess.Popen(["dotnet", DLL], env=env, cwd=os.path.dirname(DLL), stdout=open(log, "w"), stderr=subprocess.STDOUT)
    t0 = time.time()
    while True:
        try:
            if get("/") == 200: return proc
        except OSError:
            time.sleep(0.1)
        if time.time() - t0 > 120: raise RuntimeError(f"app did not start; see {log}")


def rows(seed=15):
    """(register rows, fact rows) as Python values; the same every run."""
    rnd = random.Random(seed)
    today = date.today()
    first = date(today.year - 2, 1, 1)
    register, facts = [], []
    for n in range(APPLICATIONS + SHARES):
        share = n >= APPLICATIONS
        app = uuid.UUID(int=rnd.getrandbits(128), version=4)
        submitted = first + timedelta(days=rnd.randrange((today - first).days - 30))
        days = rnd.randrange(2, 60)
        decided = submitted + timedelta(days=days * 7 // 5)
        at = datetime(decided.year, decided.month, decided.day, rnd.randrange(8, 18), rnd.randrange(60), tzinfo=timezone.utc)
        outcome = "approved" if share else rnd.choice(OUTCOMES)
        ref = ("SS" if share else "RR") + f"-{decided.year}-" + "".join(rnd.choice("23456789ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(6))
        if share or outcome == "approved":
            register.append(dict(application_id=app, kind="standing_share" if share else "release", sector="government" if share else "university",
                public_benefit="Better schools.", legal_gateway="A standing gateway" if share else "The 2009 regulations",
                frequency="termly" if share else None, linkage=False, review_date=decided + timedelta(days=365) if share else None,
                review_overdue=False, outputs="[]", reference=ref, organisation=f"Organisation {n % 5000}", project_title=f"Project {n}",
                purpose="A study of attainment.", data_item_codes="\n".join(rnd.sample(ITEMS, 3)), article6="public_task", article9=None,
                access_route="secure_research_service", decided_at=at, start_date=decided, end_date=decided + timedelta(days=1000), ended=False))
        if share: continue
        q = lambda d: d.year * 10 + (d.month - 1) // 3 + 1
        facts.append((app, 1, "received", submitted, q(submitted), None, None, None, None, None))
        if outcome in ("approved", "refused"):
            rec = rnd.choice(["eligible", "needs_judgement", "ineligible"])
            agreed = None if rec == "needs_judgement" else (rec == "eligible") == (outcome == "approved")
            facts.append((app, 1, "decided", decided, q(decided), days, rec, agreed, None, None))
        facts.append((app, 1, outcome, decided, q(decided), None, None, None, None, None))
        if outcome == "refused":
            facts.append((app, 1, "refusal_reason", decided, q(decided), None, None, None, "purpose", "The purpose is not research."))
    return register, facts


def tallies(facts):
    """The counters of decision_tallies the facts add up to (DecisionTallies.Add in the app)."""
    sums = {}
    def count(quarter, measure, days=0, part="", reason=""):
        key = hashlib.sha256(reason.encode()).hexdigest() if measure == "refusal_reason" else ""
        k = (quarter, measure, days, part, key, reason)
        sums[k] = sums.get(k, 0) + 1
    for (_, _, kind, _, quarter, days, _, agreed, part, reason) in facts:
        if kind == "refusal_reason":
            count(quarter, kind, part=part or "", reason=reason or "")
            continue
        count(quarter, kind)
        if kind != "decided": continue
        count(quarter, "neither_way" if agreed is None else "agreed" if agreed else "differed")
        if days is not None: count(quarter, "working_days", days)
    return [k + (n,) for k, n in sorted(sums.items())]


TALLY_COLUMNS = ["quarter", "measure", "working_days", "part", "reason_key", "reason", "count"]
REGISTER_COLUMNS = ["application_id", "kind", "sector", "public_benefit", "legal_gateway", "frequency", "linkage", "review_date", "review_overdue",
                    "outputs", "reference", "organisation", "project_title", "purpose", "data_item_codes", "article6", "article9", "access_route",
                    "decided_at", "start_date", "end_date", "ended"]
FACT_COLUMNS = ["application_id", "round", "kind", "occurred_on", "quarter", "working_days", "recommendation", "agreed", "part", "reason"]


def seed_sqlite(path, register, facts):
    def v(x):
        if isinstance(x, uuid.UUID): return str(x).upper()
        if isinstance(x, datetime): return x.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(x, date): return x.isoformat()
        if isinstance(x, bool): return int(x)
        return x
    db = sqlite3.connect(path)
    db.executemany(f"INSERT INTO public_register ({','.join(REGISTER_COLUMNS)}) VALUES ({','.join('?' * len(REGISTER_COLUMNS))})",
                   [[v(r[c]) for c in REGISTER_COLUMNS] for r in register])
    db.executemany(f"INSERT INTO decision_facts ({','.join(FACT_COLUMNS)}) VALUES ({','.join('?' * len(FACT_COLUMNS))})",
                   [[v(x) for x in f] for f in facts])
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'decision_tallies'").fetchone():
        db.executemany(f"INSERT INTO decision_tallies ({','.join(TALLY_COLUMNS)}) VALUES ({','.join('?' * len(TALLY_COLUMNS))})",
                       tallies(facts))
    db.commit()
    db.execute("ANALYZE")
    db.close()


def psql(dsn, sql, stdin=None):
    subprocess.run(["psql", dsn, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], input=stdin, check=True, text=True, stdout=subprocess.DEVNULL)


def seed_postgres(dsn, register, facts):
    def v(x):
        if x is None: return "\\N"
        if isinstance(x, datetime): return x.isoformat()
        if isinstance(x, bool): return "t" if x else "f"
        return str(x).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    psql(dsn, f"COPY public_register ({','.join(REGISTER_COLUMNS)}) FROM STDIN",
         "".join("\t".join(v(r[c]) for c in REGISTER_COLUMNS) + "\n" for r in register))
    psql(dsn, f"COPY decision_facts ({','.join(FACT_COLUMNS)}) FROM STDIN", "".join("\t".join(v(x) for x in f) + "\n" for f in facts))
    has_tallies = subprocess.run(["psql", dsn, "-tAc", "SELECT to_regclass('decision_tallies') IS NOT NULL"],
                                 check=True, text=True, capture_output=True).stdout.strip() == "t"
    if has_tallies:
        psql(dsn, f"COPY decision_tallies ({','.join(TALLY_COLUMNS)}) FROM STDIN",
             "".join("\t".join(v(x) for x in t) + "\n" for t in tallies(facts)))
    psql(dsn, "ANALYZE")


def wait_for_quiet():
    """Waits (at most 15 minutes) until the 1-minute load average is under RR_PERF_MAX_LOAD, when that is set."""
    t0 = time.time()
    while MAX_LOAD and os.getloadavg()[0] >= MAX_LOAD and time.time() - t0 < 900: time.sleep(5)
    return time.time() - t0


def measure(requests):
    for page in PAGES: get(page)  # warm: JIT, and the first request makes any quarterly snapshot
    times = {p: [] for p in PAGES}
    for _ in range(requests):
        for page in PAGES:  # interleaved, so a burst of load falls on every page alike
            t0 = time.perf_counter()
            get(page)
            times[page].append((time.perf_counter() - t0) * 1000)
    return times


def main():
    provider = sys.argv[1] if len(sys.argv) > 1 else "sqlite"
    requests = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    register, facts = rows()
    with tempfile.TemporaryDirectory() as work:
        if provider == "sqlite":
            env = {"Database__ConnectionString": f"Data Source={work}/perf.db"}
        else:
            psql(PG + " dbname=postgres", "DROP DATABASE IF EXISTS rr_perf")
            psql(PG + " dbname=postgres", "CREATE DATABASE rr_perf")
            keys = {"host": "Host", "port": "Port", "user": "Username", "password": "Password"}
            npgsql = ";".join(f"{keys[k]}={v}" for k, v in (kv.split("=", 1) for kv in PG.split()) if k in keys)
            env = {"Database__Provider": "Postgres", "Database__ConnectionString": npgsql + ";Database=rr_perf"}
        log = os.path.join(work, "app.log")
        proc = start_app(env, log)  # creates and migrates the schema
        proc.terminate(); proc.wait()
        t0 = time.time()
        if provider == "sqlite": seed_sqlite(f"{work}/perf.db", register, facts)
        else: seed_postgres(PG + " dbname=rr_perf", register, facts)
        print(f"{provider}: seeded {len(register)} register rows and {len(facts)} decision facts in {time.time() - t0:.0f} s", flush=True)
        proc = start_app(env, log)
        try:
            for page in PAGES: get(page)  # the first requests (and the start-up) over before the wait for a quiet machine
            waited = wait_for_quiet()
            if waited: print(f"{provider}: waited {waited:.0f} s for the load average to fall under {MAX_LOAD}", flush=True)
            load = os.getloadavg()[0]
            times = measure(requests)
            after = os.getloadavg()[0]
        finally:
            proc.terminate(); proc.wait()
    print(f"{provider}: {requests} requests each, load average (1 min) {load:.2f} before, {after:.2f} after")
    for page, t in times.items():
        q = statistics.quantiles(t, n=100)
        print(f"  {page:16} median {statistics.median(t):7.1f} ms   p95 {q[94]:7.1f} ms   max {max(t):7.1f} ms")


if __name__ == "__main__":
    main()
