"""The app under test: started from its built DLL with Development personas, asked over HTTP, read from /proc."""
import json, os, subprocess, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DLL = os.environ.get("RR_APP_DLL") or os.path.join(ROOT, "src/ResearchRelease.Web/bin/Release/net10.0/ResearchRelease.Web.dll")
PORT = int(os.environ.get("RR_PERF_PORT", "5064"))
# Production periods for every timer (Development's short clock would fire reminders during the run).
TIMERS = ["decision-reminder", "decision-escalation", "extension-decision-reminder", "extension-decision-escalation",
          "resubmission-reminder", "lapse", "release-ending-reminder", "release-end", "release-end-during-extension",
          "destruction-overdue"]
CLK_TCK = os.sysconf("SC_CLK_TCK")


def get(base, path, persona=None, timeout=60, method="GET", body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else body.encode())
    if persona: req.add_header("X-Dev-Persona", persona)
    if body is not None: req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, r.read()


def wait_for_page(base, proc, log_path, limit=300):
    """Returns once GET / answers 200; the caller times it from the process start."""
    t0 = time.perf_counter()
    while True:
        try:
            if get(base, "/", timeout=5)[0] == 200: return time.perf_counter() - t0
        except (OSError, urllib.error.HTTPError):
            time.sleep(0.005)
        if proc.poll() is not None or time.perf_counter() - t0 > limit:
            proc.kill()
            raise RuntimeError(f"the app did not start; see {log_path}")


class App:
    """One process of the built app on the given database."""

    def __init__(self, provider, connection_string, log_path, port=PORT, dll=DLL):
        self.base, self.dll, self.log_path = f"http://127.0.0.1:{port}", dll, log_path
        self.env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Development", ASPNETCORE_URLS=self.base, Database__Provider=provider,
                        Database__ConnectionString=connection_string, Logging__LogLevel__Default="Warning",
                        Authentication__DevelopmentPersonas="true", StandingShares__SeedExamples="false")
        # Staff mailboxes as a live service has them (Development's own are not published): each submission then queues
        # and sends the Chief Statistician's email, and no warning is logged for a missing address.
        for mailbox in ["ChiefStatistician", "Escalation", "Compliance"]:
            self.env[f"Notifications__Mailboxes__{mailbox}"] = f"{mailbox.lower()}@education.example"
        for policy in ["sign-in", "screening", "decision", "verification", "uploads"]:
            self.env[f"RateLimits__{policy}__PermitsPerMinute"] = "1000000"
        for timer in TIMERS:
            self.env[f"Workflow__TimerPeriods__{timer}"] = ""
        self.proc, self.startup = None, None

    def start(self):
        """Starts the app; returns the seconds from process start to the first page."""
        t0 = time.perf_counter()
        self.proc = subprocess.Popen(["dotnet", self.dll], env=self.env, cwd=os.path.dirname(self.dll),
                                     stdout=open(self.log_path, "a"), stderr=subprocess.STDOUT)
        wait_for_page(self.base, self.proc, self.log_path)
        self.startup = time.perf_counter() - t0
        return self.startup

    def stop(self):
        if self.proc is None: return
        self.proc.terminate()
        try: self.proc.wait(30)
        except subprocess.TimeoutExpired: self.proc.kill(); self.proc.wait()
        self.proc = None

    def request(self, method, path, persona=None, body=None, timeout=60):
        return get(self.base, path, persona, timeout, method, body)

    def put_pdf(self, path, persona, content):
        req = urllib.request.Request(self.base + path, method="PUT", data=content)
        req.add_header("X-Dev-Persona", persona)
        req.add_header("Content-Type", "application/pdf")
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status

    def json(self, method, path, persona=None, body=None):
        return json.loads(self.request(method, path, persona, body)[1])

    def cpu_seconds(self):
        """User and system CPU the process has used (from /proc/PID/stat)."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"): return int(line.split()[1]) / 1024
        return float("nan")
