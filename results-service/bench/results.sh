#!/usr/bin/env bash
# Election-night benchmark: 10,000 precinct protocols for one national list contest submitted by 16
# concurrent clients, the national tabulation and allocation, then 60 s of reads of the published
# latest results. Prints protocols/s, tabulation time, reads/s and p99 latency.
#   deploy/local/up.sh && results-service/bench/results.sh [CLIENTS]
# Setup (election, the demo parties' lists, lot, approved ballot, 10,000 precincts) is not timed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
for port in 8081 8082 8083; do
  curl -fs "http://localhost:$port/q/health/ready" >/dev/null || { echo "not ready on :$port: run deploy/local/up.sh" >&2; exit 1; }
done
TOKEN_TTL=7200 java "$here/ResultsBench.java" http://localhost:8081 http://localhost:8082 http://localhost:8083 \
  "$root/deploy/local/token.sh" "${1:-16}"
