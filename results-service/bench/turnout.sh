#!/usr/bin/env bash
# Election-day benchmark: turnout through the day. 10,000 precincts × 6 reporting times (10:00 … 18:00 and the close)
# submitted by 16 concurrent clients, one time after another; then 200 reads of the turnout figures per unit and
# nation. Prints reports/s (p50, p99) and the figures' read latency (median, p99, max).
#   TIZIM_TURNOUT_REFUSE_BEFORE_TIME=false deploy/local/up.sh && results-service/bench/turnout.sh [CLIENTS]
# The benchmark's election is 30 days ahead (its lists must still be registrable), so results-service must take reports
# before their time has come: start it with tizim.turnout.refuse-before-time=false (the environment variable above).
# Ports and setup as results.sh (REGISTRY_PORT, BALLOT_PORT, RESULTS_PORT); the setup is not timed.
set -euo pipefail
exec "$(cd "$(dirname "$0")" && pwd)/results.sh" "${1:-16}" turnout
