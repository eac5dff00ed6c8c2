"""What the benchmark asks the app to do: create drafts, submit bursts, decide, and wait for the results in the database.

Times come from the database where it has them (when an application entered the queue, when a decision was recorded,
when its wait took the signal): polling the API for every application would load the app it measures.
"""
import datetime, json, time
from .common import epoch, log, parallel, ticks_to_epoch

DRAFT_THREADS = 8


def id_list(store, ids):
    return ", ".join(f"'{i.upper() if store.dialect == 'sqlite' else i}'" for i in ids)


def one_page_pdf():
    """The smallest PDF the attachment check accepts: one empty A4 page."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF = one_page_pdf()


def create_drafts(app, n, application):
    """Creates n drafts (8 at a time) and returns them with the rate they were created at (the baseline of a burst). An
    application that declares an ethics approval then gets its letter attached, untimed: submitting needs it."""
    t0 = time.perf_counter()
    ids = parallel(range(n), lambda _: app.json("POST", "/api/applications", "researcher", application)["id"], DRAFT_THREADS)
    rate = n / (time.perf_counter() - t0)
    if json.loads(application).get("project", {}).get("ethics", {}).get("status") == "approved":
        parallel(ids, lambda i: app.put_pdf(f"/api/applications/{i}/attachments/ethics_approval", "researcher", PDF), DRAFT_THREADS)
    return ids, rate


def count(store, sql):
    return int(store.scalar(sql))


def wait_until(what, done, limit, interval=0.1):
    t0 = time.perf_counter()
    while not done():
        if time.perf_counter() - t0 > limit: raise RuntimeError(f"timed out after {limit} s waiting for {what}")
        time.sleep(interval)


def in_queue(store, ids):
    return count(store, f"SELECT count(*) FROM applications WHERE status = 'AwaitingDecision' AND id IN ({id_list(store, ids)})")


def submit(app, store, ids, threads=DRAFT_THREADS, limit=1800):
    """Submits all at once; returns (rate to the queue per second, submit -> queue latencies in seconds).

    A latency runs from the moment the submit request was sent to the time the queue's row was written: the request
    itself runs the process to the queue (IReleaseProcess.RunNowAsync), so its own time is part of the wait."""
    submitted = {}

    def one(i):
        submitted[i] = time.time()
        app.request("POST", f"/api/applications/{i}/submit", "researcher")
    t0 = time.time()
    parallel(ids, one, threads)
    wait_until(f"{len(ids)} submissions to reach the queue", lambda: in_queue(store, ids) >= len(ids), limit)
    rows = store.rows(f"SELECT id, updated_at FROM applications WHERE id IN ({id_list(store, ids)})")
    queued = {str(i).lower(): epoch(at) for i, at in rows}
    latencies = [queued[i] - submitted[i] for i in ids]
    return len(ids) / (max(queued.values()) - t0), latencies


def submit_one_at_a_time(app, store, ids):
    """Light load: each submission alone, the next only once the last is in the queue."""
    latencies = []
    for i in ids:
        latencies += submit(app, store, [i], threads=1, limit=60)[1]
    return latencies


def decision_body(outcome="approve"):
    end = (datetime.date.today() + datetime.timedelta(days=730)).isoformat()
    return json.dumps({"outcome": outcome, "endDate": end, "reasons": "Sound design and clear public benefit."})


def letters(store):
    return count(store, "SELECT count(*) FROM letters")


def approve(app, store, ids, limit=3600):
    """Approves each (8 at a time) and waits for every letter; returns the rate of letters issued per second."""
    before, t0 = letters(store), time.perf_counter()
    parallel(ids, lambda i: app.request("POST", f"/api/applications/{i}/decision", "chief-statistician", decision_body()),
             DRAFT_THREADS)
    wait_until(f"{len(ids)} letters", lambda: letters(store) >= before + len(ids), limit, 0.25)
    return len(ids) / (time.perf_counter() - t0)


def settled(store, ids):
    """True once every instance of these applications sleeps until a future time and no node holds it."""
    now = int((time.time() + 62135596800) * 1e7)
    refs = ", ".join(f"'{i}'" for i in ids)
    waiting = count(store, f"SELECT count(*) FROM wf_workflows WHERE reference IN ({refs}) AND claimed_until_utc_ticks IS NULL "
                           f"AND status = 'Runnable' AND next_execution > {now}")
    return waiting >= len(ids)


def signal_latencies(app, store, ids):
    """Decides each application alone (approve) and waits for its letter; returns, per application, the seconds from
    the decision being recorded to its wait taking the signal, and to the letter being issued."""
    for i in ids:
        app.request("POST", f"/api/applications/{i}/decision", "chief-statistician", decision_body())
        wait_until("a letter", lambda: app.json("GET", f"/api/applications/{i}", "chief-statistician").get("letter"), 60, 0.01)
    decided = {str(i).lower(): epoch(at) for i, at in store.rows(
        f"SELECT application_id, occurred_at FROM application_events WHERE type = 'decided' AND application_id IN ({id_list(store, ids)})")}
    refs = ", ".join(f"'{i}'" for i in ids)
    taken = {}
    for i, ticks in store.rows(f"SELECT application_id, occurred_at_utc_ticks FROM wf_journal WHERE kind = 'signal-received' "
                               f"AND application_id IN ({refs}) ORDER BY id"):
        taken.setdefault(i.lower(), ticks_to_epoch(ticks))
    issued = {str(i).lower(): epoch(at) for i, at in store.rows(
        f"SELECT application_id, issued_at FROM letters WHERE application_id IN ({id_list(store, ids)})")}
    missing = [i for i in ids if i not in taken]
    if missing: log(f"  no signal-received journal entry for {len(missing)} of {len(ids)}")
    timed = ids[1:]  # the first warms up
    return ([taken[i] - decided[i] for i in timed if i in taken], [issued[i] - decided[i] for i in timed])
