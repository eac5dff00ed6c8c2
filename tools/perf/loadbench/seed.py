"""Seeds many applications quickly, with SQL run in the database.

- `clone_ids`: a table perf_clones (i, app_id, wf_id) of fresh ids, one row per seeded application.
- `applications`: their rows in the read model the lists read (even i awaiting a decision, odd i decided), three to a
  timestamp.
- `clone_waits`: their workflow instances, copied row for row from a real instance the engine left waiting (so they are
  in exactly the shape the engine stores, whatever its columns): the instance row and its execution pointers, with the
  instance's, its pointers' and its application's ids replaced wherever they appear, and its next due time moved on
  by up to a year so that the copies fall due one by one rather than all at once.
"""

YEAR_TICKS = 365 * 24 * 3600 * 10_000_000


def clone_ids(dialect, n):
    if dialect == "postgres":
        return (f"DROP TABLE IF EXISTS perf_clones; CREATE TABLE perf_clones AS SELECT i, gen_random_uuid()::text AS app_id, "
                f"gen_random_uuid()::text AS wf_id FROM generate_series(1, {n}) AS i; CREATE UNIQUE INDEX ON perf_clones (i);")
    uid = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
           "hex(randomblob(2)) || '-' || hex(randomblob(6)))")
    return (f"DROP TABLE IF EXISTS perf_clones; CREATE TABLE perf_clones AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
            f"SELECT i + 1 FROM n WHERE i < {n}) SELECT i, {uid} AS app_id, {uid} AS wf_id FROM n; "
            "CREATE UNIQUE INDEX perf_clones_i ON perf_clones (i);")


def applications(dialect):
    status = "CASE WHEN i % 2 = 0 THEN 'AwaitingDecision' ELSE 'Approved' END"
    outcome = "CASE WHEN i % 2 = 0 THEN NULL ELSE 'approve' END"
    columns = ("id, reference, owner_subject, status, title, organisation_name, applicant_name, round, version, recommendation, "
               "decision_outcome, created_at, updated_at, submitted_at, decided_at")
    if dialect == "sqlite":
        return f"""INSERT INTO applications ({columns})
SELECT upper(app_id), 'PERF-' || i, 'perf', {status}, 'Seeded project ' || i, 'Seeded University', 'Seeded Applicant', 1, 1,
  'eligible', {outcome}, '2027-01-01 00:00:00', '2027-01-01 00:00:00',
  strftime('%Y-%m-%d %H:%M:%S', '2027-01-01', '+' || (i / 3) || ' minutes'),
  CASE WHEN i % 2 = 0 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%S', '2027-02-01', '+' || (i / 3) || ' minutes') END
FROM perf_clones; ANALYZE;"""
    return f"""INSERT INTO applications ({columns})
SELECT app_id::uuid, 'PERF-' || i, 'perf', {status}, 'Seeded project ' || i, 'Seeded University', 'Seeded Applicant', 1, 1,
  'eligible', {outcome}, timestamptz '2027-01-01', timestamptz '2027-01-01', timestamptz '2027-01-01' + (i / 3) * interval '1 minute',
  CASE WHEN i % 2 = 0 THEN NULL ELSE timestamptz '2027-02-01' + (i / 3) * interval '1 minute' END
FROM perf_clones; ANALYZE applications;"""


def _text(type_name):
    return any(word in type_name for word in ("text", "char", "clob"))


def clone_waits(store, template_app_id, parity):
    """SQL copying the waiting instance of template_app_id once for each perf_clones row with i % 2 = parity."""
    wf = store.scalar(f"SELECT id FROM wf_workflows WHERE reference = '{template_app_id}'")
    pointers = [r[0] for r in store.rows(f"SELECT id FROM wf_execution_pointers WHERE workflow_id = '{wf}' ORDER BY id")]
    cat = "||"
    swaps = [(wf, "c.wf_id"), (template_app_id, "c.app_id")]
    swaps += [(p, f"substr(c.wf_id, 1, 32) {cat} '{k:04x}'") for k, p in enumerate(pointers, start=1)]

    def replaced(column):
        expr = f"t.{column}"
        for old, new in swaps: expr = f"replace({expr}, '{old}', {new})"
        return expr

    def select(table, special):
        names, exprs = [], []
        for name, type_name in store.columns(table):
            names.append(name)
            exprs.append(special.get(name) or (replaced(name) if _text(type_name) else f"t.{name}"))
        return ", ".join(names), ", ".join(exprs)

    wf_names, wf_exprs = select("wf_workflows", {
        "id": "c.wf_id", "reference": "c.app_id", "claimed_until_utc_ticks": "NULL",
        "next_execution": f"t.next_execution + (c.i * 7919 % 100000) * ({YEAR_TICKS} / 100000)"})
    pointer_ids = " ".join(f"WHEN '{p}' THEN '{k:04x}'" for k, p in enumerate(pointers, start=1))
    p_names, p_exprs = select("wf_execution_pointers", {
        "id": f"substr(c.wf_id, 1, 32) {cat} (CASE t.id {pointer_ids} END)", "workflow_id": "c.wf_id"})
    where = f"c.i % 2 = {parity}"
    return (f"INSERT INTO wf_workflows ({wf_names}) SELECT {wf_exprs} FROM perf_clones c CROSS JOIN wf_workflows t "
            f"WHERE t.id = '{wf}' AND {where};\n"
            f"INSERT INTO wf_execution_pointers ({p_names}) SELECT {p_exprs} FROM perf_clones c "
            f"CROSS JOIN wf_execution_pointers t WHERE t.workflow_id = '{wf}' AND {where};\n")
