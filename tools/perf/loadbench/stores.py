"""The two databases: a SQLite file, and a PostgreSQL 15 cluster the benchmark starts itself (with pg_stat_statements)."""
import os, shutil, socket, sqlite3, subprocess, tempfile, uuid

PG_BIN = "/usr/lib/postgresql/15/bin"


class SqliteStore:
    provider, dialect = "Sqlite", "sqlite"

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="rr-perf-sqlite-")
        self.path = os.path.join(self.folder, f"rr-{uuid.uuid4().hex[:8]}.db")
        self.connection_string = f"Data Source={self.path}"

    def execute(self, sql):
        with sqlite3.connect(self.path, timeout=60) as db:
            db.executescript(sql)

    def rows(self, sql):
        db = sqlite3.connect(self.path, timeout=60)
        try: return db.execute(sql).fetchall()
        finally: db.close()

    def scalar(self, sql):
        return self.rows(sql)[0][0]

    def columns(self, table):
        return [(r[1], r[2].lower()) for r in self.rows(f"PRAGMA table_info({table})")]

    def statements(self):
        return None  # SQLite has no statement statistics

    def drop(self):
        shutil.rmtree(self.folder, ignore_errors=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """A throw-away cluster: initdb into a temp dir, trust auth on 127.0.0.1, a free port, pg_stat_statements loaded."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="rr-perf-pg-")
        self.port = free_port()
        os.chmod(self.dir, 0o777)
        self.data = os.path.join(self.dir, "data")
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(self.as_pg + [f"{PG_BIN}/initdb", "-D", self.data, "-A", "trust", "-U", "rr", "--no-sync"],
                       check=True, capture_output=True)
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200 "
                   "-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=10000")
        subprocess.run(self.as_pg + [f"{PG_BIN}/pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "pg.log"), "-w", "start",
                                     "-o", options], check=True, capture_output=True)
        self.psql("CREATE EXTENSION pg_stat_statements", "postgres")

    def database(self):
        return PostgresStore(self)

    def psql(self, sql, database, tuples=False):
        env = dict(os.environ, PGTZ="UTC")
        args = ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "rr", "-d", database, "-v", "ON_ERROR_STOP=1", "-q"]
        if tuples: args += ["-At", "-F", "\t"]
        done = subprocess.run(args, input=sql, text=True, check=True, capture_output=True, env=env)
        return done.stdout

    def stop(self):
        subprocess.run(self.as_pg + [f"{PG_BIN}/pg_ctl", "-D", self.data, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


class PostgresStore:
    provider, dialect = "Postgres", "postgres"

    def __init__(self, cluster):
        self.cluster = cluster
        self.name = "rr_perf_" + uuid.uuid4().hex[:8]
        cluster.psql(f"CREATE DATABASE {self.name}", "postgres")
        self.connection_string = f"Host=127.0.0.1;Port={cluster.port};Username=rr;Database={self.name};Maximum Pool Size=100"

    def execute(self, sql):
        self.cluster.psql(sql, self.name)

    def rows(self, sql, database=None):
        out = self.cluster.psql(sql, database or self.name, tuples=True)
        return [tuple(None if v == "" else v for v in line.split("\t")) for line in out.splitlines() if line]

    def scalar(self, sql):
        return self.rows(sql)[0][0]

    def columns(self, table):
        return self.rows(f"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}' "
                         "ORDER BY ordinal_position")

    def statements(self):
        """Calls so far of each statement run in this database: {queryid: (calls, query)}, read from another database."""
        sql = ("SELECT s.queryid, s.calls, regexp_replace(s.query, '\\s+', ' ', 'g') FROM pg_stat_statements s "
               f"JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '{self.name}'")
        return {q: (int(c), text) for q, c, text in self.rows(sql, "postgres")}

    def drop(self):
        try: self.cluster.psql(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)", "postgres")
        except subprocess.CalledProcessError: pass
