#!/usr/bin/env bash
# Election-day benchmark: turnout through the day. 10,000 precincts × 6 reporting times (10:00 … 18:00 and the close)
# submitted by 16 concurrent clients, one time after another; then 200 reads of the turnout figures per unit and
# nation. Prints reports/s (p50, p99) and the figures' read latency (median, p99, max).
#   TIZIM_TURNOUT_REFUSE_BEFORE_TIME=false deploy/local/up.sh && results-service/bench/turnout.sh [CLIENTS]
# The benchmark's election is 30 days ahead (its lists must still be registrable), so results-service must take reports
# before their time has come: start it with tizim.turnout.refuse-before-time=false (the environment variable above).
# Ports as deploy/local/up.sh takes them: REGISTRY_PORT, BALLOT_PORT, RESULTS_PORT (8081, 8082, 8083).
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
pidfile="$root/deploy/local/.state/results-service.pid"
[ -n "${RESULTS_PID:-}" ] || { [ -f "$pidfile" ] && RESULTS_PID=$(cat "$pidfile"); } || true
export RESULTS_PID
TOKEN_TTL=7200 java "$here/ResultsBench.java" "$registry" "$ballot" "$results" \
  "$root/deploy/local/token.sh" "${1:-16}" turnout
