#!/usr/bin/env python3
"""Workflow steps per second on one node and on two, against the real, built app on PostgreSQL (docs/performance.md).

Each run: a fresh PostgreSQL database; one or two app processes on it, all running steps; N applications created
(not submitted) through the API; then all N submitted at once, spread over the nodes, and the clock runs until
every one is in the Chief Statistician's queue (status AwaitingDecision: outbox -> start -> screen -> route ->
wait). Steps are the engine's execution pointers finished in that time, counted in wf_execution_pointers.

Usage: dotnet build -c Release src/ResearchRelease.Web && \
       RR_PERF_POSTGRES="Host=127.0.0.1;Port=5432;Username=rr;Password=rr;Database=rr" \
       python3 tools/perf/nodes_throughput.py [runs] [applications]
(RR_APP_DLL=path/to/ResearchRelease.Web.dll measures another build.)
"""
import concurrent.futures, json, os, statistics, subprocess, sys, tempfile, time, urllib.request, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.environ.get("RR_APP_DLL") or os.path.join(ROOT, "src/ResearchRelease.Web/bin/Release/net10.0/ResearchRelease.Web.dll")
# The shared examples sit beside the repository (or a worktree's parent's parent): look upwards, as the tests do.
EXAMPLE = next((os.path.join(d, "shared", "examples", "screening-cases.json") for d in
                [ROOT] + [os.path.abspath(os.path.join(ROOT, *[".."] * n)) for n in range(1, 4)]
                if os.path.exists(os.path.join(d, "shared", "examples", "screening-cases.json"))), "screening-cases.json")
SERVER = os.environ.get("RR_PERF_POSTGRES") or os.environ.get("RR_TEST_POSTGRES") or "Host=127.0.0.1;Port=5432;Username=rr;Password=rr;Database=rr"
PORTS = [5107, 5117]


def parts(connection_string):
    return {k.strip().lower(): v.strip() for k, v in (p.split("=", 1) for p in connection_string.split(";") if "=" in p)}


def psql(sql, database=None):
    p = parts(SERVER)
    env = dict(os.environ, PGPASSWORD=p.get("password", ""))
    args = ["psql", "-qtA", "-h", p.get("host", "127.0.0.1"), "-p", p.get("port", "5432"), "-U", p.get("username", ""),
            "-d", database or p.get("database", "postgres"), "-c", sql]
    return subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout.strip()


def request(port, method, path, persona=None, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method, data=None if body is None else body.encode())
    if persona: req.add_header("X-Dev-Persona", persona)
    if body is not None: req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, r.read()


def start_node(port, connection_string, log_dir):
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Development", ASPNETCORE_URLS=f"http://127.0.0.1:{port}",
               Database__Provider="Postgres", Database__ConnectionString=connection_string,
               Logging__LogLevel__Default="Warning", Authentication__DevelopmentPersonas="true")
    # One script submits far faster than people do: lift the per-user rate limits, which would answer 429.
    for policy in ["sign-in", "screening", "decision", "verification", "uploads"]:
        env[f"RateLimits__{policy}__PermitsPerMinute"] = "1000000"
    proc = subprocess.Popen(["dotnet", DLL], env=env, cwd=os.path.dirname(DLL),
                            stdout=open(os.path.join(log_dir, f"node-{port}.log"), "w"), stderr=subprocess.STDOUT)
    t0 = time.perf_counter()
    while True:
        try:
            if request(port, "GET", "/health")[0] == 200: return proc
        except OSError:
            time.sleep(0.05)
        if proc.poll() is not None or time.perf_counter() - t0 > 300:
            proc.terminate(); proc.wait()
            raise RuntimeError(f"node on {port} did not start (exit code {proc.poll()})")


def run(nodes, applications, application_json):
    name = "rr_perf_" + uuid.uuid4().hex[:10]
    psql(f"CREATE DATABASE {name}")
    connection_string = ";".join(f"{k}={v}" for k, v in {**parts(SERVER), "database": name}.items())
    procs = []
    with tempfile.TemporaryDirectory() as log_dir:
        try:
            # One node migrates the fresh database before the next starts (docs/operations.md).
            for port in PORTS[:nodes]: procs.append(start_node(port, connection_string, log_dir))
            ports = [PORTS[i % nodes] for i in range(applications)]
            ids = [json.loads(request(p, "POST", "/api/applications", "researcher", application_json)[1])["id"] for p in ports]
            before = int(psql("SELECT count(*) FROM wf_execution_pointers WHERE end_time_utc_ticks IS NOT NULL", name))
            t0 = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(8) as pool:
                list(pool.map(lambda pi: request(pi[0], "POST", f"/api/applications/{pi[1]}/submit", "researcher"), zip(ports, ids)))
            while int(psql("SELECT count(*) FROM applications WHERE status = 'AwaitingDecision'", name)) < applications:
                if time.perf_counter() - t0 > 600: raise RuntimeError("applications did not all reach the queue")
                time.sleep(0.05)
            elapsed = time.perf_counter() - t0
            steps = int(psql("SELECT count(*) FROM wf_execution_pointers WHERE end_time_utc_ticks IS NOT NULL", name)) - before
            return steps, elapsed
        except Exception:
            for f in os.listdir(log_dir): print(open(os.path.join(log_dir, f)).read()[-3000:], file=sys.stderr)
            raise
        finally:
            for proc in procs: proc.terminate()
            for proc in procs: proc.wait()
            psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    applications = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    application_json = json.dumps(json.load(open(EXAMPLE))[0]["application"])
    results = {1: [], 2: []}
    for _ in range(runs):
        for nodes in (1, 2):  # interleaved, so a change in the machine's load falls on both
            steps, elapsed = run(nodes, applications, application_json)
            results[nodes].append(steps / elapsed)
            print(f"{nodes} node(s): {steps} steps in {elapsed:.2f} s = {steps / elapsed:.1f} steps/s; load {os.getloadavg()[0]:.1f}", flush=True)
    one, two = statistics.median(results[1]), statistics.median(results[2])
    print(f"median steps/s: one node {one:.1f}, two nodes {two:.1f}, ratio {two / one:.2f}")


if __name__ == "__main__":
    main()
