#!/usr/bin/env python3
"""Measures the walking skeleton's two latency figures against the real, built app (docs/performance.md).

1. Start-up: process start of the built app to the first page served (GET / answering 200), on a fresh SQLite
   database (migrations included) and again on the same, now up-to-date, database (the usual restart).
2. Submit to queue: from the moment POST /api/applications/{id}/submit returns to the application appearing in
   the Chief Statistician's GET /api/queue (the workflow screens it in between).

Usage: dotnet build -c Release src/ResearchRelease.Web && python3 tools/perf/skeleton_latency.py [runs] [submissions]
(RR_APP_DLL=path/to/ResearchRelease.Web.dll measures another build, e.g. a ReadyToRun publish.)
"""
import json, os, statistics, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.environ.get("RR_APP_DLL") or os.path.join(ROOT, "src/ResearchRelease.Web/bin/Release/net10.0/ResearchRelease.Web.dll")
EXAMPLE = os.path.join(ROOT, "..", "shared", "examples", "screening-cases.json")
PORT = 5099
BASE = f"http://127.0.0.1:{PORT}"


def request(method, path, persona=None, body=None):
    req = urllib.request.Request(BASE + path, method=method, data=None if body is None else body.encode())
    if persona: req.add_header("X-Dev-Persona", persona)
    if body is not None: req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, r.read()


def start_app(db_dir):
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Development", ASPNETCORE_URLS=BASE,
               Database__ConnectionString=f"Data Source={db_dir}/perf.db", Logging__LogLevel__Default="Warning",
               Authentication__DevelopmentPersonas="true")  # a publish output has no appsettings.Development.json
    t0 = time.perf_counter()
    proc = subprocess.Popen(["dotnet", DLL], env=env, cwd=os.path.dirname(DLL), stdout=open(os.path.join(db_dir, "app.log"), "w"), stderr=subprocess.STDOUT)
    while True:
        try:
            if request("GET", "/")[0] == 200: return proc, time.perf_counter() - t0
        except OSError:
            time.sleep(0.01)
        if time.perf_counter() - t0 > 60: raise RuntimeError("app did not start")


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    submissions = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    application = json.dumps(json.load(open(EXAMPLE))[0]["application"])
    startups, restarts, latencies = [], [], []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as db_dir:
            proc, startup = start_app(db_dir)  # fresh database: migrations run
            startups.append(startup)
            proc.terminate(); proc.wait()
            proc, restart = start_app(db_dir)  # the usual case: an up-to-date database
            restarts.append(restart)
            try:
                if run == runs - 1:
                    for _ in range(submissions):
                        app_id = json.loads(request("POST", "/api/applications", "researcher", application)[1])["id"]
                        request("POST", f"/api/applications/{app_id}/submit", "researcher")
                        t0 = time.perf_counter()
                        while app_id not in request("GET", "/api/queue", "chief-statistician")[1].decode():
                            time.sleep(0.005)
                        latencies.append(time.perf_counter() - t0)
            except Exception:
                print(open(os.path.join(db_dir, "app.log")).read()[-4000:], file=sys.stderr)
                raise
            finally:
                proc.terminate(); proc.wait()
    ms = lambda xs: ", ".join(f"{x * 1000:.0f}" for x in xs)
    print(f"start-up to first page, fresh database (ms): median {statistics.median(startups) * 1000:.0f}; runs: {ms(startups)}")
    print(f"start-up to first page, existing database (ms): median {statistics.median(restarts) * 1000:.0f}; runs: {ms(restarts)}")
    print(f"submit to queue (ms): median {statistics.median(latencies) * 1000:.0f}, "
          f"p90 {sorted(latencies)[int(len(latencies) * 0.9) - 1] * 1000:.0f}, max {max(latencies) * 1000:.0f} over {len(latencies)}")


if __name__ == "__main__":
    main()
