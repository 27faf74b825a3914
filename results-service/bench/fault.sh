#!/usr/bin/env bash
# Fault benchmark: 3,000 precinct protocols of a fresh national list contest submitted by 16 clients, each retried with
# its own Idempotency-Key until it is answered 201 or 200, while results-service is killed with kill -9 (once a third
# is accepted) and started again, and PostgreSQL is restarted (once two thirds are). Prints sent, accepted, lost,
# duplicated, whether the totals are exact, each outage in seconds and every answer the clients saw, by status.
# Target: 0 lost, 0 duplicated, totals exact, no answer 500.
#   deploy/local/up.sh && FAULT_PG_RESTART='…' results-service/bench/fault.sh [CLIENTS]
# results-service is started again by deploy/local/up.sh with this environment (it starts what is not running; give
# fault.sh the same REGISTRY_PORT, BALLOT_PORT, RESULTS_PORT, KEYCLOAK_PORT, TIZIM_STATE_DIR, TIZIM_DB_PREFIX, PGHOST,
# PGPORT as up.sh had). One instance (TIZIM_REPLICAS=1). FAULT_PG_RESTART: a command that restarts the PostgreSQL the
# stack uses, its downtime included (e.g. 'pg_ctl -D DATA stop -m fast && sleep 10 && pg_ctl -D DATA start -w');
# unset, PostgreSQL is not restarted. Never point it at a PostgreSQL others use. PRECINCTS (3,000) protocols.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state=${TIZIM_STATE_DIR:-$root/deploy/local/.state}
pidfile="$state/results-service.pid"
[ -f "$pidfile" ] || { echo "no $pidfile: start one results-service with deploy/local/up.sh" >&2; exit 1; }
export PRECINCTS=${PRECINCTS:-3000}
export FAULT_KILL="kill -9 \$(cat '$pidfile')"
export FAULT_START="'$root/deploy/local/up.sh' > '$state/logs/fault-restart.log' 2>&1"
exec "$here/results.sh" "${1:-16}" fault
