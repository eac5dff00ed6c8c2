"""Issue 12's load benchmark, in parts: the app under test, the databases, the seeds and the measured phases."""
