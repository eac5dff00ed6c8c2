#!/bin/bash
# Usage: http-export.sh DBFILE  — starts the web app on the DB, downloads /api/decisions.csv as compliance,
# prints the server's peak resident set (VmHWM) before and after the download.
set -e
DB=$(realpath "$1"); PORT=${PORT:-5061}
cd "$(dirname "$0")/../../src/ResearchRelease.Web"
ASPNETCORE_ENVIRONMENT=Development bin/Debug/net10.0/ResearchRelease.Web --urls http://127.0.0.1:$PORT \
  "--Database:ConnectionString=Data Source=$DB" --Authentication:DevelopmentPersonas=true --Logging:LogLevel:Default=Warning > "${TMPDIR:-/tmp}/rr-http-export.log" 2>&1 &
PID=$!
for i in $(seq 1 60); do curl -sf http://127.0.0.1:$PORT/health >/dev/null && break; sleep 0.5; done
curl -sf -H 'X-Dev-Persona: compliance' "http://127.0.0.1:$PORT/api/decisions.csv?status=Nothing" -o /dev/null || true
curl -sf -H 'X-Dev-Persona: compliance' "http://127.0.0.1:$PORT/api/decisions.csv?reference=RR-2027-0000001" -o /dev/null
BEFORE=$(grep VmHWM /proc/$PID/status | awk '{print $2}')
START=$(date +%s%N)
BYTES=$(curl -sf -H 'X-Dev-Persona: compliance' "http://127.0.0.1:$PORT/api/decisions.csv" | wc -c)
END=$(date +%s%N)
AFTER=$(grep VmHWM /proc/$PID/status | awk '{print $2}')
ROWS=$(( $(curl -sf -H 'X-Dev-Persona: compliance' "http://127.0.0.1:$PORT/api/decisions.csv" | wc -l) - 1 ))
kill $PID; wait $PID 2>/dev/null || true
echo "db=$(basename $DB) rows=$ROWS bytes=$BYTES download_ms=$(( (END-START)/1000000 )) server_peak_rss_mb_before=$((BEFORE/1024)) after=$((AFTER/1024))"
