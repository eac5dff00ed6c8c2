"""The measured phases; each starts the app it measures on the store it is given and adds its figures."""
import os, shutil, subprocess, tempfile, time
from .app import App, wait_for_page
from .common import load, log, median, pct
from . import seed, work

NEW_WEB = os.path.join(tempfile.gettempdir(), "rr-perf-newweb")
NEW_WEB_PORT = int(os.environ.get("RR_PERF_BASELINE_PORT", "5065"))


class Context:
    def __init__(self, args, figures, application):
        self.args, self.figures, self.application = args, figures, application

    def app(self, store):
        log_path = os.path.join(tempfile.gettempdir(), f"rr-perf-{store.provider.lower()}.log")
        return App(store.provider, store.connection_string, log_path)


def bursts(ctx, store):
    """Ten bursts (by default) of --burst submissions in one process; with memory, each burst then approved to letters."""
    a, fig, p = ctx.args, ctx.figures, store.provider
    app = ctx.app(store)
    app.start()
    lines, rates, p95s, rss = [], [], [], []
    try:
        # One at a time, for the p95 baseline; the first is not timed (it compiles what the rest reuse).
        light = work.submit_one_at_a_time(app, store, work.create_drafts(app, a.light + 1, ctx.application)[0])[1:] if a.light else []
        for b in range(1, a.bursts + 1):
            ids, draft_rate = work.create_drafts(app, a.burst, ctx.application)
            rate, lat = work.submit(app, store, ids)
            rates.append(rate); p95s.append(pct(lat, 95))
            if b == 1:
                fig.add(p, f"submissions carried to the queue, a burst of {a.burst:,} (/s)", rate, draft_rate, "≥ 0.3 × drafts")
            letter_rate = work.approve(app, store, ids) if "memory" in a.only else None
            if letter_rate: rss.append(app.rss_mb())
            lines.append([str(b), f"{draft_rate:.0f}", f"{rate:.1f}", f"{rate / rates[0]:.2f}", f"{median(lat) * 1000:.0f}",
                          f"{pct(lat, 95) * 1000:.0f}", "" if letter_rate is None else f"{letter_rate:.1f}",
                          "" if not rss else f"{rss[-1]:.0f}", f"{load():.2f}"])
            log(f"  {p} burst {b}: " + ", ".join(lines[-1][1:]))
        worst = min(range(len(rates)), key=lambda k: rates[k])
        fig.add(p, f"slowest of {a.bursts} bursts of {a.burst:,} (burst {worst + 1}) against the first (/s)", rates[worst], rates[0],
                "≥ 0.8 × the first")
        light_p95 = pct(light, 95) * 1000 if light else None
        fig.add(p, f"submit → queue p95 during a burst, worst of {a.bursts} (ms)", max(p95s) * 1000, light_p95, "< 1,000 ms",
                digits=0)
        if len(rss) > 1:
            fig.add(p, f"resident memory after {a.burst * len(rss):,} carried to letters, against after {a.burst:,} (MB)",
                    rss[-1], rss[0], "≤ 1.15 ×", digits=0)
        if rss:
            # The periodic audit check (ADR 0015) over applications with real events, each one submitted, screened, routed,
            # decided and given its letter above; the app's CPU only (PostgreSQL's share is not in it).
            c0, t0 = app.cpu_seconds(), time.perf_counter()
            app.request("GET", "/api/audit/verify", "compliance", timeout=600)
            wall, audit = time.perf_counter() - t0, app.cpu_seconds() - c0
            decided = a.burst * len(rss)
            fig.add(p, f"the audit check over {decided:,} decided applications, the app's CPU a run (s)", audit, None, "", digits=2)
            fig.add(p, "the same, wall clock (s)", wall, None, "", digits=2)
            fig.add(p, "the same check every 15 minutes (% of one core)", audit / 900 * 100, None, "", digits=2)
    finally:
        app.stop()
    baseline = f"; the p95 column's baseline: {a.light} submissions one at a time, p95 {pct(light, 95) * 1000:.0f} ms" if light else ""
    fig.table(f"{p}: each burst of {a.burst:,} in one process{baseline}",
              ["burst", "drafts /s", "to queue /s", "÷ first", "submit→queue p50 ms", "p95 ms", "letters /s", "RSS MB", "load"], lines)


def idle(app, store, seconds):
    """CPU (% of one core) the app used and the statements it ran in the database, over a window of doing nothing."""
    s0, c0, t0 = store.statements(), app.cpu_seconds(), time.monotonic()
    time.sleep(seconds)
    s1, c1, t1 = store.statements(), app.cpu_seconds(), time.monotonic()
    cpu = (c1 - c0) / (t1 - t0) * 100
    if s1 is None: return cpu, None, None
    delta = {q: (calls - s0.get(q, (0, ""))[0], text) for q, (calls, text) in s1.items()}
    engine = {q: d for q, d in delta.items() if d[0] > 0 and ("wf_" in d[1] or "advisory" in d[1].lower())}
    for calls, text in sorted(engine.values(), reverse=True)[:6]: log(f"    {calls:6} × {text[:150]}")
    return cpu, sum(c for c, _ in engine.values()), sum(c for c, _ in delta.values() if c > 0)


def waiting_and_lists(ctx, store):
    """With --waiting instances waiting on timers and signals: idle CPU, statements and signal latency, against the same
    app with only the few real instances it made; and the list pages with --rows applications against /health."""
    a, fig, p, only = ctx.args, ctx.figures, store.provider, ctx.args.only
    app = ctx.app(store)
    # The audit check and anchor (ADR 0015) runs once soon after a start and then every 15 minutes, over every
    # application. Its first run is brought before the idle window, which measures what runs all the time; the periodic
    # check is measured on its own below, as CPU a run and its share of a core at that interval.
    app.env["Audit__FirstAnchorDelaySeconds"] = "3"
    app.start()
    n = max(a.rows if "lists" in only else 0, a.waiting if "waiting" in only else 0)
    try:
        if "waiting" in only:
            # Two templates for the copies, then the decisions timed before and after the copies (one more each: the
            # first decision after a start is not timed, as it compiles what the rest reuse).
            real, _ = work.create_drafts(app, 4 + 2 * a.signals, ctx.application)
            work.submit(app, store, real)
            templates, before, after = real[:2], real[2:3 + a.signals], real[3 + a.signals:]
            work.approve(app, store, templates[1:])
            work.wait_until("the instances to settle into their waits", lambda: work.settled(store, real), 120, 0.25)
            time.sleep(a.settle)
            base_cpu, base_engine, base_all = idle(app, store, a.window)
            base_signal, base_letter = work.signal_latencies(app, store, before)
            app.stop()
            t0 = time.perf_counter()
            store.execute(seed.clone_ids(store.dialect, n))
            store.execute(seed.clone_waits(store, templates[0], 0) + seed.clone_waits(store, templates[1], 1)
                          + ("ANALYZE;" if store.dialect == "sqlite" else "ANALYZE wf_workflows; ANALYZE wf_execution_pointers;"))
            if "lists" in only: store.execute(seed.applications(store.dialect))
            log(f"  {p}: seeded {n:,} waiting instances in {time.perf_counter() - t0:.0f} s")
            fig.add(p, f"start-up to first page with {n:,} waiting (ms)", app.start() * 1000, digits=0)
            time.sleep(a.settle)  # the warm-up after start is not idle time
            work.wait_until("the real instances to settle", lambda: work.settled(store, after), 120, 0.25)
            cpu, engine, total = idle(app, store, a.window)
            few = len(real)
            fig.add(p, f"idle CPU over {a.window} s with {n:,} waiting, against {few} waiting (% of one core)", cpu, base_cpu, "< 5 %",
                    digits=2)
            if engine is not None:
                fig.add(p, f"engine statements in those {a.window} s, against {few} waiting", engine, base_engine,
                        "none but due times", digits=0)
                fig.add(p, f"all statements in those {a.window} s, against {few} waiting", total, base_all, "", digits=0)
            signal, letter = work.signal_latencies(app, store, after)
            fig.add(p, f"signal moves one of {n:,} waiting, p95 of {a.signals} (ms)", pct(signal, 95) * 1000,
                    pct(base_signal, 95) * 1000, "< 100 ms", digits=0)
            fig.add(p, f"decision → letter issued, one of {n:,} waiting, p95 (ms)", pct(letter, 95) * 1000,
                    pct(base_letter, 95) * 1000, "", digits=0)
            c0 = app.cpu_seconds()
            app.request("GET", "/api/audit/verify", "compliance", timeout=600)
            audit = app.cpu_seconds() - c0
            fig.add(p, f"the audit check over {n:,} applications, CPU a run (s)", audit, None, "", digits=2)
            fig.add(p, "the same every 15 minutes (% of one core)", audit / 900 * 100, None, "", digits=2)
        elif "lists" in only:
            app.stop()
            store.execute(seed.clone_ids(store.dialect, n) + seed.applications(store.dialect))
            app.start()
        if "lists" in only: lists(ctx, app, p, n)
    finally:
        app.stop()


def timed_get(app, path, persona, n):
    times, size = [], 0
    for _ in range(n):
        t0 = time.perf_counter(); _, body = app.request("GET", path, persona); times.append(time.perf_counter() - t0); size = len(body)
    return median(times), pct(times, 95), size


def lists(ctx, app, p, n):
    fig, k = ctx.figures, ctx.args.requests
    timed_get(app, "/health", None, 5)
    health = timed_get(app, "/health", None, k)
    for figure, path, persona in [("GET /api/queue", "/api/queue", "chief-statistician"),
                                  ("HTML queue /decisions", "/decisions", "chief-statistician"),
                                  ("GET /api/decisions", "/api/decisions", "compliance"),
                                  ("compliance register page", "/compliance", "compliance")]:
        timed_get(app, path, persona, 5)  # warm
        p50, p95, size = timed_get(app, path, persona, k)
        fig.add(p, f"{figure}, {n:,} applications, p50 against /health (ms)", p50 * 1000, health[0] * 1000, "", digits=1)
        fig.add(p, f"{figure}, {n:,} applications, p95 against /health (ms)", p95 * 1000, health[1] * 1000, "< 50 ms", digits=1)
        fig.add(p, f"{figure}, {n:,} applications, size of a page (KB)", size / 1024, None, "< 200 KB", digits=1)


def new_web():
    """`dotnet new web`, built Release once and kept under the temp folder; returns its DLL."""
    dll = os.path.join(NEW_WEB, "bin/Release/net10.0/NewWeb.dll")
    if not os.path.exists(dll):
        shutil.rmtree(NEW_WEB, ignore_errors=True)
        subprocess.run(["dotnet", "new", "web", "-n", "NewWeb", "-o", NEW_WEB], check=True, capture_output=True)
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", NEW_WEB], check=True, capture_output=True)
    return dll


def start_new_web(dll):
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Development", ASPNETCORE_URLS=f"http://127.0.0.1:{NEW_WEB_PORT}",
               Logging__LogLevel__Default="Warning")
    t0 = time.perf_counter()
    proc = subprocess.Popen(["dotnet", dll], env=env, cwd=os.path.dirname(dll), stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_for_page(f"http://127.0.0.1:{NEW_WEB_PORT}", proc, "(dotnet new web)")
        return time.perf_counter() - t0
    finally:
        proc.terminate(); proc.wait()


def startup(ctx, store):
    """Start-up to the first page on an existing database, alternating with `dotnet new web` (medians)."""
    app = ctx.app(store)
    app.start(); app.stop()  # creates and migrates the database: not measured
    dll, ours, theirs = new_web(), [], []
    for _ in range(ctx.args.startups):
        theirs.append(start_new_web(dll))
        ours.append(app.start()); app.stop()
    ms = lambda xs: ", ".join(f"{x * 1000:.0f}" for x in xs)
    log(f"  {store.provider} start-ups (ms): app {ms(ours)}; dotnet new web {ms(theirs)}")
    ctx.figures.add(store.provider, f"start-up to first page, existing database, median of {len(ours)} against `dotnet new web` (ms)",
                    median(ours) * 1000, median(theirs) * 1000, "well under 1,000 ms", digits=0)
