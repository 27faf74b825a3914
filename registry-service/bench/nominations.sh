#!/usr/bin/env bash
# Benchmark: 15,000 nominations (the size of the 2023 maslikhat election) through the API with 8
# concurrent clients, then 15,000 more through the commission's bulk import; prints nominations per
# second and API latency percentiles.
#   deploy/local/up.sh && registry-service/bench/nominations.sh [COUNT] [CLIENTS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${REGISTRY_URL:-http://localhost:8081}
curl -fs "$base/q/health/ready" >/dev/null || { echo "registry-service is not ready at $base: run deploy/local/up.sh" >&2; exit 1; }
commission=$("$root/deploy/local/token.sh" commission territory=KZ)
citizen=$("$root/deploy/local/token.sh" citizen sub=bench-citizen)
java "$here/NominationBench.java" "$base" "$commission" "$citizen" "${1:-15000}" "${2:-8}"
