#!/usr/bin/env bash
# Benchmark: 15,000 nominations (the size of the 2023 maslikhat election) through the API with 8
# concurrent clients, then 15,000 more through the commission's bulk import; prints nominations per
# second, API latency percentiles and the CPU time per nomination of registry-service and of its
# PostgreSQL backends. Beside it, as an anchor measured in the same run (ANCHOR=0 leaves it out):
# pgbench, 8 clients, ANCHOR_SECONDS (10 s) before and after the API run, each transaction what filing one
# nomination does in the database (read the contest with its election, look the person up, insert the
# nomination and its audit record) in a scratch database bench_anchor_nominations, dropped after; the
# ratio of the two is what compares across runs on a shared machine.
#   TIZIM_RATE_LIMIT_ENABLED=false deploy/local/up.sh && registry-service/bench/nominations.sh [COUNT] [CLIENTS]
# One citizen files every self-nomination, so the per-citizen rate limit (10 in 10 minutes) must be off in the
# registry-service under test: start the stack with TIZIM_RATE_LIMIT_ENABLED=false.
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
anchor_db=bench_anchor_nominations
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
if [ "${ANCHOR:-1}" = 0 ]; then
  java "$here/NominationBench.java" "$base" "$commission" "$citizen" "${1:-15000}" "${2:-8}"
  exit
fi
anchor_setup
before=$(anchor_run "${2:-8}")
echo "anchor: pgbench, ${2:-8} clients, ${ANCHOR_SECONDS:-10} s, one nomination's reads and inserts a transaction: $before tps"
java "$here/NominationBench.java" "$base" "$commission" "$citizen" "${1:-15000}" "${2:-8}" | tee "$work/bench.out"
after=$(anchor_run "${2:-8}")
echo "anchor again: $after tps"
rate=$(sed -n 's/^API: .* = \([0-9]*\) nominations\/s.*/\1/p' "$work/bench.out")
awk -v t="$rate" -v a="$before" -v b="$after" \
  'BEGIN { printf "API nominations: Tizim %d/s, pgbench %d tps (mean of before and after): ratio %.2f\n", t, (a + b) / 2, t / ((a + b) / 2) }'
