#!/usr/bin/env bash
# Screening load test on this machine, loopback only, bounded in time.
#   scripts/load-test.sh [duration=60s] [connections=16]        (ROWS=1000000 listed entries by default)
# Starts the service from its jar on a fresh embedded database, imports ROWS generated listings (staged, then
# approved by a list approver; both timed), times how soon after the approval the import's last row is screenable
# (a screening by its CNIC repeated until it is stopped) and when the index holds them all, then drives
# POST /api/v1/screenings with wrk and samples the JVM's old generation every 30 s (a flat line = no leak). In the
# same run it drives GET /css/nigehbaan.css and GET /actuator/health (REF_DURATION each): the HTTP stack's ceiling
# beside the screening rate. For each phase it prints the service's CPU per request (the JVM's, and PostgreSQL's),
# which other engineers' builds disturb less than the rates.
#   PROFILE=1   JFR recordings of the approval (until the index holds every row) and of the screening and CSS phases,
#               summarised by scripts/jfr-top.py
#   WARMUP=60s  screening load before the measured phases
#   RESULTS=dir keep the outputs (service log, recordings) there
#   LOCK=file   the benchmark lock of a shared machine (default /work/.bench.lock; LOCK= for none). The set-up
#               (build, start, test data, staging the import) runs without it; the script takes it from the
#               approval to the end, so it holds it for the measured phases only (about 5 minutes with 60 s).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-60s}
CONNECTIONS=${2:-16}
ROWS=${ROWS:-1000000}
PORT=${PORT:-18090}
HEAP=${HEAP:-6g}
REF_DURATION=${REF_DURATION:-30s}
WARMUP=${WARMUP:-60s}
LOCK=${LOCK-/work/.bench.lock}
PASSWORD=load-test-password-1

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -q -B -DskipTests package test-compile
fi
CP="target/test-classes:target/classes:$(mvn -q -o -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
WORK=$(mktemp -d)
OUT=${RESULTS:-$WORK}
mkdir -p "$OUT"
: > "$OUT/summary.txt"
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
echo "== $(date -Is) commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

NIGEHBAAN_ADMIN_PASSWORD=$PASSWORD java -Xms$HEAP -Xmx$HEAP -XX:+UseG1GC -XX:+UseStringDeduplication -jar target/nigehbaan-*.jar --server.port=$PORT \
  --nigehbaan.data-dir="$WORK/data" --nigehbaan.embedded-db-durable=false \
  --logging.level.root=WARN --logging.level.org.nigehbaan=INFO > "$OUT/service.log" 2>&1 &
PID=$!
until curl -sf "localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
ADMIN="admin:$PASSWORD"
# Granting LIST_APPROVER needs a second administrator's approval; admin's first administrator colleague is created at once.
user() {
  curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "localhost:$PORT/api/v1/users" -o /dev/null \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\",\"displayName\":\"Load\",\"agency\":\"$2\",\"roles\":[\"$3\"]}"
}
user load_admin MOI ADMIN
user load_border FIA BORDER_OFFICER
user load_approver MOI LIST_APPROVER
for id in $(curl -s -u "load_admin:$PASSWORD" "localhost:$PORT/api/v1/role-requests" | grep -o '"id":[0-9]*' | cut -d: -f2); do
  curl -s -u "load_admin:$PASSWORD" -X POST "localhost:$PORT/api/v1/role-requests/$id/approve" -o /dev/null
done
for u in load_border load_approver; do
  curl -s -u "$u:$PASSWORD" "localhost:$PORT/api/v1/me" | grep -q '"roles":\["' || { echo "$u has no role" >&2; exit 1; }
done

echo "== generating $ROWS listings and 20,000 travellers"
java -Xmx4g -cp "$CP" org.nigehbaan.screening.LoadTestData "$WORK" "$ROWS" 20000
echo "== importing (one request to stage, one to approve)"
curl -s -u "$ADMIN" -H 'Content-Type: text/csv' --data-binary @"$WORK/import.csv" \
  "localhost:$PORT/api/v1/control-list/imports?approvalReference=LOAD-TEST" -o "$WORK/import.json" \
  -w "import staged: HTTP %{http_code} in %{time_total} s\n"
head -c 200 "$WORK/import.json"; echo
IMPORT_ID=$(grep -o '"importId":[0-9]*' "$WORK/import.json" | cut -d: -f2)
if [ -n "$LOCK" ]; then
  echo "== waiting for $LOCK ($(date +%T))"; exec 9>"$LOCK"; flock 9; echo "== holding $LOCK from $(date +%T)"
fi
[ -n "${PROFILE:-}" ] && jcmd $PID JFR.start name=import settings=profile filename="$OUT/import.jfr" >/dev/null
curl -s -u "load_approver:$PASSWORD" -H 'Content-Type: application/json' -d '{"comment":"load test"}' \
  "localhost:$PORT/api/v1/control-list/imports/$IMPORT_ID/approve" -o "$WORK/approval.json" \
  -w "import approved: HTTP %{http_code} in %{time_total} s\n"
START=$(date +%s.%N)
GIVE_UP=$((SECONDS + 300))
# The rows are ACTIVE from here: screen the last of them until it is stopped, then wait for the whole count.
until curl -s -u "load_border:$PASSWORD" -H 'Content-Type: application/json' --data-binary @"$WORK/last.json" \
    "localhost:$PORT/api/v1/screenings" | grep -q '"decision":"STOP"'; do
  [ $SECONDS -lt $GIVE_UP ] || { echo "the import's last row was not screenable after 300 s: giving up" >&2; exit 1; }
  sleep 0.1
done
echo "freshness: the import's last row is stopped $(echo "$(date +%s.%N) - $START" | bc) s after the approval returned (load average $(cut -d' ' -f1 /proc/loadavg))"
until curl -s -u "load_border:$PASSWORD" "localhost:$PORT/api/v1/screenings/status" | grep -q "\"listedIdentities\":$ROWS"; do
  [ $SECONDS -lt $GIVE_UP ] || { echo "the index did not hold $ROWS identities after 300 s: giving up" >&2; exit 1; }
  sleep 0.2
done
echo "index: $ROWS listed identities screenable $(echo "$(date +%s.%N) - $START" | bc) s after the approval returned"
grep -a "screening index" "$OUT/service.log" | tail -2 || true
[ -n "${PROFILE:-}" ] && jcmd $PID JFR.stop name=import >/dev/null

export NIGEHBAAN_AUTH=$(printf 'load_border:%s' "$PASSWORD" | base64 -w0)
export NIGEHBAAN_BODIES="$WORK/travellers.jsonl"
echo "== warm-up $WARMUP (the JIT compiles the matcher's hot paths)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s scripts/screening.lua "http://localhost:$PORT" | tail -1
wrk -t2 -c"$CONNECTIONS" -d10s "http://localhost:$PORT/css/nigehbaan.css" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s "http://localhost:$PORT/actuator/health" >/dev/null
live_heap() { jcmd $PID GC.run >/dev/null; sleep 2; jcmd $PID GC.heap_info | awk '/garbage-first heap/ {gsub(/K/,"",$6); printf "%.0f MB\n", $6/1024}'; }
echo "== live heap after a full collection, before the load: $(live_heap)"

# CPU ticks (1/100 s) used so far by a process, and by the embedded PostgreSQL's processes.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local t=0; for p in $(pgrep -f "$WORK/data/postgres" || true); do t=$((t + $(ticks "$p"))); done; echo $t; }
# phase NAME DURATION URL [wrk args...]: runs wrk, prints its output, rate and CPU per request.
phase() {
  local name=$1 duration=$2 url=$3; shift 3
  [ -n "${PROFILE:-}" ] && jcmd $PID JFR.start name="$name" settings=profile filename="$OUT/$name.jfr" >/dev/null
  local j0 p0 j1 p1; j0=$(ticks $PID); p0=$(pg_ticks)
  wrk -t2 -c"$CONNECTIONS" -d"$duration" --latency "$@" "$url" > "$OUT/$name.wrk"
  j1=$(ticks $PID); p1=$(pg_ticks)
  [ -n "${PROFILE:-}" ] && jcmd $PID JFR.stop name="$name" >/dev/null
  cat "$OUT/$name.wrk"
  awk -v n="$name" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v l="$(cut -d' ' -f1 /proc/loadavg)" '
    /^Requests\/sec/ {r=$2} /requests in/ {c=$1}
    END {printf "== %s: %.0f requests/s; CPU per request: JVM %.0f us, PostgreSQL %.0f us; load average %s\n",
         n, r, j*10000/c, p*10000/c, l}' "$OUT/$name.wrk" | tee -a "$OUT/summary.txt"
}
echo "== load: $DURATION, $CONNECTIONS connections; load average $(cut -d' ' -f1-3 /proc/loadavg)"
( while kill -0 $PID 2>/dev/null; do jstat -gcold $PID | tail -1 | awk -v t="$(date +%T)" '{printf "%s old-gen used %.0f MB\n", t, $6/1024}'; sleep 30; done ) > "$WORK/heap.txt" &
SAMPLER=$!
phase screening "$DURATION" "http://localhost:$PORT" -s scripts/screening.lua
kill $SAMPLER 2>/dev/null || true
echo "== old generation (after young collections) during the run"
cat "$WORK/heap.txt"
echo "== the same run's references: the static CSS and the health endpoint, $REF_DURATION each"
phase css "$REF_DURATION" "http://localhost:$PORT/css/nigehbaan.css"
phase health "$REF_DURATION" "http://localhost:$PORT/actuator/health"
awk '/^== screening/ {s=$3} /^== css/ {c=$3} /^== health/ {h=$3}
     END {printf "== screening rate / CSS rate = %.2f; screening / health = %.2f\n", s/c, s/h}' "$OUT/summary.txt"
echo "== live heap after a full collection, after the load: $(live_heap)"
sleep 5
echo "== screenings in the log: $(curl -s -u "$ADMIN" "localhost:$PORT/api/v1/screenings?size=1" | grep -o '"total":[0-9]*'); \
status: $(curl -s -u "load_border:$PASSWORD" "localhost:$PORT/api/v1/screenings/status")"
[ -n "$LOCK" ] && { flock -u 9; echo "== released $LOCK at $(date +%T)"; }
if [ -n "${PROFILE:-}" ]; then
  for n in import screening css; do
    jfr print --events jdk.ExecutionSample --stack-depth 256 "$OUT/$n.jfr" > "$WORK/$n.samples"
    python3 scripts/jfr-top.py "$WORK/$n.samples" > "$OUT/$n.profile.txt"
    echo "== profile of the $n phase (JFR, $OUT/$n.profile.txt)"; head -60 "$OUT/$n.profile.txt"
  done
fi
