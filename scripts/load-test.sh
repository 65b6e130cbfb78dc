#!/usr/bin/env bash
# Screening load test on this machine, loopback only, bounded in time.
#   scripts/load-test.sh [duration=60s] [connections=16]        (ROWS=1000000 listed entries by default)
# Starts the service from its jar on a fresh embedded database, imports ROWS generated listings (staged, then
# approved by a list approver; both timed), waits
# for the screening index (timed), then drives POST /api/v1/screenings with wrk and samples the JVM's old
# generation every 30 s (a flat line = no leak). Prints throughput and latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-60s}
CONNECTIONS=${2:-16}
ROWS=${ROWS:-1000000}
PORT=${PORT:-18090}
HEAP=${HEAP:-6g}
PASSWORD=load-test-password-1

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
mvn -q -B -DskipTests package test-compile
CP="target/test-classes:target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

NIGEHBAAN_ADMIN_PASSWORD=$PASSWORD java -Xms$HEAP -Xmx$HEAP -XX:+UseG1GC -XX:+UseStringDeduplication -jar target/nigehbaan-*.jar --server.port=$PORT \
  --nigehbaan.data-dir="$WORK/data" --nigehbaan.embedded-db-durable=false \
  --logging.level.root=WARN --logging.level.org.nigehbaan=INFO > "$WORK/service.log" 2>&1 &
PID=$!
until curl -sf "localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
ADMIN="admin:$PASSWORD"
curl -sf -u "$ADMIN" -H 'Content-Type: application/json' -d "{\"username\":\"load_border\",\"password\":\"$PASSWORD\",\"displayName\":\"Load\",\"agency\":\"FIA\",\"roles\":[\"BORDER_OFFICER\"]}" "localhost:$PORT/api/v1/users" >/dev/null
curl -sf -u "$ADMIN" -H 'Content-Type: application/json' -d "{\"username\":\"load_approver\",\"password\":\"$PASSWORD\",\"displayName\":\"Load\",\"agency\":\"MOI\",\"roles\":[\"LIST_APPROVER\"]}" "localhost:$PORT/api/v1/users" >/dev/null

echo "== generating $ROWS listings and 20,000 travellers"
java -Xmx4g -cp "$CP" org.nigehbaan.screening.LoadTestData "$WORK" "$ROWS" 20000
echo "== importing (one request to stage, one to approve)"
curl -s -u "$ADMIN" -H 'Content-Type: text/csv' --data-binary @"$WORK/import.csv" \
  "localhost:$PORT/api/v1/control-list/imports?approvalReference=LOAD-TEST" -o "$WORK/import.json" \
  -w "import staged: HTTP %{http_code} in %{time_total} s\n"
head -c 200 "$WORK/import.json"; echo
IMPORT_ID=$(grep -o '"importId":[0-9]*' "$WORK/import.json" | cut -d: -f2)
curl -s -u "load_approver:$PASSWORD" -H 'Content-Type: application/json' -d '{"comment":"load test"}' \
  "localhost:$PORT/api/v1/control-list/imports/$IMPORT_ID/approve" -o "$WORK/approval.json" \
  -w "import approved: HTTP %{http_code} in %{time_total} s\n"
START=$(date +%s.%N)
until curl -s -u "load_border:$PASSWORD" "localhost:$PORT/api/v1/screenings/status" | grep -q "\"listedIdentities\":$ROWS"; do sleep 1; done
echo "index: $ROWS listed identities screenable $(echo "$(date +%s.%N) - $START" | bc) s after the approval returned"
grep -a "screening index" "$WORK/service.log" | tail -2 || true

export NIGEHBAAN_AUTH=$(printf 'load_border:%s' "$PASSWORD" | base64 -w0)
export NIGEHBAAN_BODIES="$WORK/travellers.jsonl"
echo "== warm-up 60 s (the JIT compiles the matcher's hot paths)"
wrk -t2 -c"$CONNECTIONS" -d60s -s scripts/screening.lua "http://localhost:$PORT" | tail -1
live_heap() { jcmd $PID GC.run >/dev/null; sleep 2; jcmd $PID GC.heap_info | awk '/garbage-first heap/ {gsub(/K/,"",$6); printf "%.0f MB\n", $6/1024}'; }
echo "== live heap after a full collection, before the load: $(live_heap)"
echo "== load: $DURATION, $CONNECTIONS connections"
( while kill -0 $PID 2>/dev/null; do jstat -gcold $PID | tail -1 | awk -v t="$(date +%T)" '{printf "%s old-gen used %.0f MB\n", t, $6/1024}'; sleep 30; done ) > "$WORK/heap.txt" &
SAMPLER=$!
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/screening.lua "http://localhost:$PORT"
kill $SAMPLER 2>/dev/null || true
echo "== old generation (after young collections) during the run"
cat "$WORK/heap.txt"
echo "== live heap after a full collection, after the load: $(live_heap)"
sleep 5
echo "== screenings in the log: $(curl -s -u "$ADMIN" "localhost:$PORT/api/v1/screenings?size=1" | grep -o '"total":[0-9]*'); \
status: $(curl -s -u "load_border:$PASSWORD" "localhost:$PORT/api/v1/screenings/status")"
