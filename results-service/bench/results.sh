#!/usr/bin/env bash
# Election-night benchmark: 10,000 precinct protocols for one national list contest submitted by 16
# concurrent clients, the national tabulation and allocation, then 60 s of reads of the published
# latest results. Prints protocols/s, tabulation time, reads/s and p99 latency, and the CPU time a protocol of
# results-service and of this load generator (a Java client: bench/side-by-side.sh sends the intake by wrk instead).
#   deploy/local/up.sh && results-service/bench/results.sh [CLIENTS]
# Ports as deploy/local/up.sh takes them: REGISTRY_PORT, BALLOT_PORT, RESULTS_PORT (8081, 8082, 8083); a stack
# started with TIZIM_STATE_DIR is found there too (its tokens and its results-service's pid).
# Setup (election, the demo parties' lists, lot, approved ballot, 10,000 precincts) is not timed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
registry=http://localhost:${REGISTRY_PORT:-8081}
ballot=http://localhost:${BALLOT_PORT:-8082}
results=http://localhost:${RESULTS_PORT:-8083}
for service in "$registry" "$ballot" "$results"; do
  curl -fs "$service/q/health/ready" >/dev/null || { echo "not ready at $service: run deploy/local/up.sh" >&2; exit 1; }
done
# The local stack's results-service, so that its CPU time per protocol is printed too.
pidfile="${TIZIM_STATE_DIR:-$root/deploy/local/.state}/results-service.pid"
[ -n "${RESULTS_PID:-}" ] || { [ -f "$pidfile" ] && RESULTS_PID=$(cat "$pidfile"); } || true
export RESULTS_PID
# A second argument "turnout" runs election day instead (bench/turnout.sh).
TOKEN_TTL=7200 java "$here/ResultsBench.java" "$registry" "$ballot" "$results" \
  "$root/deploy/local/token.sh" "${1:-16}" ${2:+"$2"}
