#!/usr/bin/env bash
# Benchmark: self-nominations through the API with 8 concurrent clients, then 15,000 more through the
# commission's bulk import; prints nominations per second, API latency percentiles and the CPU time per nomination
# of registry-service, of its PostgreSQL backends and of the load generator. Beside it, as an anchor measured in the
# same run (ANCHOR=0 leaves it out): pgbench, 8 clients, ANCHOR_SECONDS (10 s) before and after the API run, each
# transaction what filing one nomination does in the database (read the contest with its election, look the person
# up, insert the nomination and its audit record) in a scratch database ANCHOR_DB (bench_anchor_nominations; two
# runs at once on one PostgreSQL need one each), dropped after; the ratio of the two is what compares across runs on
# a shared machine.
#   TIZIM_RATE_LIMIT_ENABLED=false deploy/local/up.sh && registry-service/bench/nominations.sh [COUNT] [CLIENTS]
# The API's load generator is wrk (NOMINATION_CLIENT=wrk, the default), C as pgbench is: NominationBench.java with
# NOMINATION_BODIES sets up 20 open district maslikhats (500 contests) and writes COUNT (15,000) self-nominations,
# one request body a line (not timed), and NOMINATION_WARMUP (10,000) more; wrk (nominations.lua, NOMINATION_THREADS
# 1 thread, CLIENTS 8 connections) POSTs the warm-up's first, not counted (the first thousands of requests after a
# start compile the path: a cold service used 8 ms of CPU a nomination, a warm one 1-2 ms), then the others for
# NOMINATION_SECONDS (10). Checked after: every answer was 201 (none refused, none sent again after the
# bodies ran out, no socket error), and the nominations of those contests, counted through the API, are every one
# answered 201 (and at most one more a connection: in flight when wrk stopped). The Java client spent about as much
# CPU a nomination (4-5 ms) as registry-service itself on the same 2 cores; wrk about 0.1 ms.
# NOMINATION_CLIENT=java runs NominationBench's own API run instead (COUNT nominations, CLIENTS Java clients), as before.
# One citizen files every self-nomination, so the per-citizen rate limit (10 in 10 minutes) must be off in the
# registry-service under test: start the stack with TIZIM_RATE_LIMIT_ENABLED=false. IMPORT=0 leaves the bulk import out.
# Ports and state as deploy/local/up.sh takes them: REGISTRY_PORT (8081), TIZIM_STATE_DIR, TIZIM_DB_PREFIX,
# PGHOST/PGPORT/PGUSER (127.0.0.1:5432, postgres).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${REGISTRY_URL:-http://localhost:${REGISTRY_PORT:-8081}}
curl -fs "$base/q/health/ready" >/dev/null || { echo "registry-service is not ready at $base: run deploy/local/up.sh" >&2; exit 1; }
pidfile="${TIZIM_STATE_DIR:-$root/deploy/local/.state}/registry-service.pid"
[ -n "${REGISTRY_PID:-}" ] || { [ -f "$pidfile" ] && REGISTRY_PID=$(cat "$pidfile"); } || true
REGISTRY_DB=${REGISTRY_DB:-${TIZIM_DB_PREFIX:-tizim_}registry}
export REGISTRY_PID REGISTRY_DB
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER PGOPTIONS="-c client_min_messages=warning"
anchor_db=${ANCHOR_DB:-bench_anchor_nominations} # its own per concurrent run: dropped and created
client=${NOMINATION_CLIENT:-wrk}
count=${1:-15000}
clients=${2:-8}
work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  [ "${ANCHOR:-1}" = 0 ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $anchor_db" >/dev/null 2>&1 || true
}
trap cleanup EXIT

anchor_setup() {
  command -v pgbench >/dev/null || { echo "pgbench missing: apt-get install postgresql-client, or ANCHOR=0" >&2; exit 1; }
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $anchor_db" -c "CREATE DATABASE $anchor_db" >/dev/null
  psql -q -d "$anchor_db" >/dev/null <<'SQL'
CREATE TABLE election (id uuid PRIMARY KEY, code text NOT NULL UNIQUE, kind text NOT NULL, election_day date NOT NULL,
  previous_shares jsonb NOT NULL DEFAULT '{}');
CREATE TABLE contest (id uuid PRIMARY KEY, code text NOT NULL UNIQUE, election_id uuid NOT NULL REFERENCES election,
  kind text NOT NULL, unit_code text, seats int NOT NULL);
INSERT INTO election VALUES ('00000000-0000-0000-0000-000000000001', 'bench', 'MASLIKHAT', '2027-01-01');
INSERT INTO contest SELECT gen_random_uuid(), 'bench.smd-' || n, '00000000-0000-0000-0000-000000000001', 'SINGLE_MANDATE', 'KZ-75', 1
  FROM generate_series(1, 500) n;
CREATE TABLE nomination (id uuid PRIMARY KEY, election_id uuid NOT NULL REFERENCES election, contest_id uuid NOT NULL REFERENCES contest,
  route text NOT NULL, status text NOT NULL, iin_hash bytea NOT NULL, iin_masked text NOT NULL, surname_kk text NOT NULL,
  name_kk text NOT NULL, surname_ru text NOT NULL, name_ru text NOT NULL, birth_date date NOT NULL, sex text NOT NULL,
  residence_years int NOT NULL, occupation text NOT NULL, residence text NOT NULL, education text NOT NULL,
  no_criminal_record boolean NOT NULL, legally_capable boolean NOT NULL, deposit_due bigint NOT NULL,
  submitted_at timestamptz NOT NULL, submitted_by text NOT NULL, version int NOT NULL);
CREATE UNIQUE INDEX ON nomination (election_id, iin_hash) WHERE status IN ('PENDING', 'REGISTERED');
CREATE INDEX ON nomination (contest_id, status);
CREATE INDEX ON nomination (submitted_by);
CREATE INDEX ON nomination (iin_hash);
CREATE TABLE audit_record (id uuid PRIMARY KEY, entity_type text NOT NULL, entity_id uuid NOT NULL, action text NOT NULL,
  actor text NOT NULL, at timestamptz NOT NULL, before jsonb, after jsonb, sequence bigserial UNIQUE);
CREATE INDEX ON audit_record (entity_id, at);
CREATE INDEX ON audit_record (entity_type, at DESC);
SQL
  # pgbench substitutes :variables as plain text, so ids are derived in SQL from a random number, not passed quoted.
  cat > "$work/nomination.sql" <<'SQL'
\set n random(1, 500)
\set h random(1, 2000000000)
BEGIN;
SELECT c.id, c.kind, e.id, e.election_day, e.previous_shares FROM contest c JOIN election e ON e.id = c.election_id
  WHERE c.code = 'bench.smd-' || :n;
SELECT id FROM nomination WHERE iin_hash = decode(md5(:h || '-' || :client_id), 'hex') AND status IN ('PENDING', 'REGISTERED');
INSERT INTO nomination SELECT md5(:h || '-' || :client_id || '-n')::uuid, c.election_id, c.id, 'SELF', 'PENDING',
  decode(md5(:h || '-' || :client_id), 'hex'), '8001******23', 'Сейітов', 'Арман', 'Сеитов', 'Арман', '1980-01-01', 'MALE',
  30, 'мұғалім', 'Шымкент', 'жоғары', true, true, 1476000, now(), 'bench-citizen', 0 FROM contest c WHERE c.code = 'bench.smd-' || :n;
INSERT INTO audit_record (id, entity_type, entity_id, action, actor, at, after) VALUES (gen_random_uuid(), 'nomination',
  md5(:h || '-' || :client_id || '-n')::uuid, 'nomination.submitted', 'bench-citizen', now(), jsonb_build_object('id',
  md5(:h || '-' || :client_id || '-n')::uuid, 'contest', 'bench.smd-' || :n, 'route', 'SELF', 'status', 'PENDING', 'person',
  jsonb_build_object('iin', '8001******23', 'surnameKk', 'Сейітов', 'nameKk', 'Арман', 'surnameRu', 'Сеитов', 'nameRu', 'Арман',
  'birthDate', '1980-01-01', 'sex', 'MALE', 'residenceYears', 30, 'occupation', 'мұғалім', 'residence', 'Шымкент',
  'education', 'жоғары'), 'depositDue', 1476000, 'rules', jsonb_build_array('AGE', 'RESIDENCE', 'CRIMINAL_RECORD',
  'CAPACITY', 'WINDOW', 'ONE_CONTEST', 'DEPOSIT')));
END;
SQL
}
anchor_run() { # prints pgbench's transactions per second
  pgbench -n -c "${2:-8}" -j 2 -T "${ANCHOR_SECONDS:-10}" -f "$work/nomination.sql" "$anchor_db" 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | cut -d. -f1
}

commission=$("$root/deploy/local/token.sh" commission territory=KZ)
citizen=$("$root/deploy/local/token.sh" citizen sub=bench-citizen)

. "$root/bench/cpu.sh" # cpu_ms, database_cpu, database_cpu_since

# The API run by wrk: prints the "API: ..." line and the CPU lines, checked as the header says.
wrk_api() {
  command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk, or NOMINATION_CLIENT=java" >&2; exit 1; }
  local bodies="$work/bodies" warm=$warm_count seconds=${NOMINATION_SECONDS:-10} threads=${NOMINATION_THREADS:-1}
  local out="$work/wrk.out" warm_created=0 created other exhausted before after counted rate wrk_cpu
  local url="$base/api/v1/nominations"
  if [ "$warm" -gt 0 ]; then
    # wrk runs for its whole duration even once its threads stopped: stopped (SIGINT, which it ends on as at its
    # duration, printing its figures) once every thread has sent its share.
    wrk -t"$threads" -c"$clients" -d600s --timeout 30s -s "$here/nominations.lua" "$url" -- "$bodies.warm" "$citizen" - "$threads" stop \
      > "$work/warm.out" 2>&1 &
    local warm_pid=$!
    while kill -0 "$warm_pid" 2>/dev/null && [ "$(cat "$bodies.warm.done" 2>/dev/null | wc -l)" -lt "$threads" ]; do sleep 0.5; done
    kill -INT "$warm_pid" 2>/dev/null || true
    wait "$warm_pid" || { cat "$work/warm.out" >&2; exit 1; }
    warm_created=$(sed -n 's/^intake-check: created \([0-9]*\) .*/\1/p' "$work/warm.out")
  fi
  before=$([ -n "${REGISTRY_PID:-}" ] && cpu_ms "$REGISTRY_PID" || echo 0)
  database_cpu "$REGISTRY_DB" > "$work/database.before"
  /usr/bin/time -f '%U %S' -o "$work/wrk.time" wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 30s --latency \
    -s "$here/nominations.lua" "$url" -- "$bodies" "$citizen" - "$threads" > "$out" 2>&1
  after=$([ -n "${REGISTRY_PID:-}" ] && cpu_ms "$REGISTRY_PID" || echo 0)
  local database_ms; database_ms=$(database_cpu_since "$REGISTRY_DB" "$work/database.before")
  set -- $(sed -n 's/^intake-check: created \([0-9]*\) other \([0-9]*\) exhausted \([0-9]*\)$/\1 \2 \3/p' "$out")
  created=${1:-0}; other=${2:-0}; exhausted=${3:-0}
  [ "$created" -gt 0 ] && [ "$other" = 0 ] && [ "$exhausted" = 0 ] && ! grep -q '^ *Socket errors' "$out" || {
    echo "wrk: $created nominations answered 201, $other otherwise, $exhausted sent again after running out of bodies" \
      "(raise COUNT or lower NOMINATION_SECONDS if so), or socket errors" >&2; cat "$out" >&2; exit 1; }
  # Every 201 is stored; at most one request a connection was still open when wrk stopped (the warm-up's and the run's).
  counted=$(NOMINATION_COUNT="$bodies.contests" java "$here/NominationBench.java" "$base" "$commission" "$citizen" \
    | sed -n 's/^counted: \([0-9]*\)$/\1/p')
  [ -n "$counted" ] && [ "$counted" -ge $((warm_created + created)) ] && [ "$counted" -le $((warm_created + created + 2 * clients)) ] || {
    echo "wrk: $warm_created (warm-up) + $created nominations answered 201, but the API counts ${counted:-?} in their contests" >&2; exit 1; }
  rate=$(awk -v c="$created" -v s="$(sed -n 's/.* requests in \([0-9.]*\)\(m\?s\),.*/\1 \2/p' "$out")" \
    'BEGIN { split(s, t, " "); secs = t[2] == "ms" ? t[1] / 1000 : t[1]; printf "%.0f", c / secs }')
  wrk_cpu=$(awk -v c="$created" '{ printf "%.3f", ($1 + $2) * 1000 / c }' "$work/wrk.time")
  set -- $(sed -n 's/^nominations-latency: p50 \([0-9.]*\) ms p95 \([0-9.]*\) ms p99 \([0-9.]*\) ms$/\1 \2 \3/p' "$out")
  echo "API: $created nominations in ${seconds} s (after $warm_created to warm up; $counted in their contests, counted through the API) = $rate nominations/s with wrk, $clients connections; latency p50 $1 ms, p95 $2 ms, p99 $3 ms"
  [ -z "${REGISTRY_PID:-}" ] || awk -v d=$((after - before)) -v c="$created" \
    'BEGIN { printf "registry-service CPU during the API nominations: %.2f ms per nomination\n", d / c }'
  awk -v d="$database_ms" -v c="$created" -v db="$REGISTRY_DB" \
    'BEGIN { printf "PostgreSQL CPU (backends of %s) during the API nominations: %.2f ms per nomination\n", db, d / c }'
  echo "load generator (wrk) CPU during the API nominations: $wrk_cpu ms per nomination"
}

api_run() { # the API run by the client chosen, its output also in $work/bench.out
  if [ "$client" = java ]; then
    java "$here/NominationBench.java" "$base" "$commission" "$citizen" "$count" "$clients"
  else
    wrk_api
  fi
}

if [ "$client" != java ]; then
  warm_count=${NOMINATION_WARMUP:-10000}
  NOMINATION_BODIES="$work/all" java "$here/NominationBench.java" "$base" "$commission" "$citizen" \
    "$((count + warm_count))" > "$work/prepare.out" 2>&1 || { echo "NominationBench's set-up failed" >&2; cat "$work/prepare.out" >&2; exit 1; }
  head -n "$warm_count" "$work/all" > "$work/bodies.warm"; tail -n +$((warm_count + 1)) "$work/all" > "$work/bodies"
  cp "$work/all.contests" "$work/bodies.contests"
  sed -n 's/^prepared: /prepared (not timed): /p' "$work/prepare.out"
fi
if [ "${ANCHOR:-1}" = 0 ]; then
  api_run | tee "$work/bench.out"
else
  anchor_setup
  before=$(anchor_run "$clients")
  echo "anchor: pgbench, $clients clients, ${ANCHOR_SECONDS:-10} s, one nomination's reads and inserts a transaction: $before tps"
  api_run | tee "$work/bench.out"
  after=$(anchor_run "$clients")
  echo "anchor again: $after tps"
  rate=$(sed -n 's/^API: .* = \([0-9]*\) nominations\/s.*/\1/p' "$work/bench.out")
  awk -v t="$rate" -v a="$before" -v b="$after" \
    'BEGIN { printf "API nominations: Tizim %d/s, pgbench %d tps (mean of before and after): ratio %.2f\n", t, (a + b) / 2, t / ((a + b) / 2) }'
fi
# The bulk import (the Java client's run above did its own).
[ "$client" = java ] || [ "${IMPORT:-1}" = 0 ] || NOMINATION_IMPORT_ONLY=1 java "$here/NominationBench.java" "$base" "$commission" "$citizen" "$count" "$clients"
