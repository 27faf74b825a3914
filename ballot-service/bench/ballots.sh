#!/usr/bin/env bash
# Benchmark: compose and approve the ballots of a maslikhat-sized election (3,400 single-mandate
# contests, ~12,000 registered candidates), then import 10,000 precincts; prints the times.
#   deploy/local/up.sh && ballot-service/bench/ballots.sh [CLIENTS]
# The registry setup (elections, bulk-imported nominations, registrations) is not timed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
registry=${REGISTRY_URL:-http://localhost:8081}
ballot=${BALLOT_URL:-http://localhost:8082}
for url in "$registry" "$ballot"; do
  curl -fs "$url/q/health/ready" >/dev/null || { echo "not ready at $url: run deploy/local/up.sh" >&2; exit 1; }
done
token=$(TOKEN_TTL=7200 "$root/deploy/local/token.sh" commission territory=KZ)
java "$here/BallotBench.java" "$registry" "$ballot" "$token" "${1:-8}"
