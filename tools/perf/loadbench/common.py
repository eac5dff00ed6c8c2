"""Small helpers every phase shares: the load average, percentiles, a thread pool, times and the figures table."""
import datetime, os, re, statistics, sys, threading


def load():
    return os.getloadavg()[0]


def log(message):
    print(message, file=sys.stderr, flush=True)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def parallel(items, work, threads=8):
    """Runs work(item) for every item on a few threads; returns the results (in completion order)."""
    out, lock, it, errors = [], threading.Lock(), iter(items), []

    def run():
        while True:
            with lock:
                try: item = next(it)
                except StopIteration: return
            try: r = work(item)
            except Exception as e:  # reported after the others finish, so one failure does not hang the run
                with lock: errors.append(e)
                return
            with lock: out.append(r)
    ts = [threading.Thread(target=run) for _ in range(threads)]
    [t.start() for t in ts]; [t.join() for t in ts]
    if errors: raise errors[0]
    return out


def epoch(value):
    """A database time (SQLite text or PostgreSQL timestamptz, UTC) as seconds since 1970."""
    if isinstance(value, (int, float)): return float(value)
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d(?::?\d\d)?)?", value.strip())
    if not m: raise ValueError(f"not a time: {value!r}")
    day, clock, fraction, zone = m.groups()
    parsed = datetime.datetime.fromisoformat(f"{day} {clock}").replace(tzinfo=datetime.timezone.utc)
    if zone and zone != "Z" and zone.replace(":", "").strip("+-0"):
        raise ValueError(f"expected UTC: {value!r}")
    return parsed.timestamp() + (float("0." + fraction) if fraction else 0.0)


def ticks_to_epoch(ticks):
    """.NET ticks (100 ns since year 1, UTC) as seconds since 1970."""
    return (int(ticks) - 621355968000000000) / 1e7


class Figures:
    """The rows of the printed table: each figure, its baseline from the same run, the ratio, the aim and the load."""

    def __init__(self):
        self.rows, self.extra = [], []

    def add(self, provider, figure, now, base=None, aim="", digits=1):
        ratio = now / base if base not in (None, 0) and now == now else None
        self.rows.append((provider, figure, now, base, ratio, aim, digits, load()))
        log(f"  {provider}: {figure}: {now:.{digits}f}" + ("" if base is None else f" (baseline {base:.{digits}f})"))

    def table(self, title, header, lines):
        """A further table printed after the main one (the bursts, one line each)."""
        self.extra.append((title, header, lines))

    def print(self):
        print("\n| provider | figure | now | baseline, same run | ratio | aim | load (1 min) |")
        print("|---|---|---:|---:|---:|---|---:|")
        for provider, figure, now, base, ratio, aim, digits, ld in self.rows:
            b = "" if base is None else f"{base:,.{digits}f}"
            r = "" if ratio is None else f"{ratio:.2f}"
            print(f"| {provider} | {figure} | {now:,.{digits}f} | {b} | {r} | {aim} | {ld:.2f} |")
        for title, header, lines in self.extra:
            print(f"\n{title}\n\n| " + " | ".join(header) + " |\n|" + "---:|" * len(header))
            for line in lines: print("| " + " | ".join(line) + " |")
