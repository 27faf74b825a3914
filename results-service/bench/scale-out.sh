#!/usr/bin/env bash
# Scale-out benchmark: protocol intake with one results-service instance and with two on one database, and the
# ratio. Each run is results.sh's intake (a fresh national list contest, its 10,000 precinct protocols from 16
# clients, each with its own keep-alive connection), sent to instance 1 alone, then round robin to both, as nginx
# spreads them. Prints both rates, the ratio, and the CPU the results database's PostgreSQL backends and the
# instances spent per protocol: the database's share says how far more instances can take the intake.
#   TIZIM_REPLICAS=2 deploy/local/up.sh && results-service/bench/scale-out.sh [CLIENTS]
# Ports as deploy/local/up.sh takes them (REGISTRY_PORT, BALLOT_PORT, RESULTS_PORT, TIZIM_REPLICA_PORT_STEP,
# TIZIM_STATE_DIR, TIZIM_DB_PREFIX); PRECINCTS (10,000) protocols per run. The database's CPU is read from its backends' processes: the PostgreSQL must
# run on this machine, and this script must see its processes (as their user or root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state=${TIZIM_STATE_DIR:-$root/deploy/local/.state}
results_port=${RESULTS_PORT:-8083}
step=${TIZIM_REPLICA_PORT_STEP:-1000}
one=http://localhost:$((results_port + step))
two=http://localhost:$((results_port + 2 * step))
for instance in "$one" "$two"; do
  curl -fs "$instance/q/health/ready" >/dev/null \
    || { echo "no results-service instance at $instance: start the stack with TIZIM_REPLICAS=2 deploy/local/up.sh" >&2; exit 1; }
done
pids="$(cat "$state/results-service-1.pid") $(cat "$state/results-service-2.pid")"
export REGISTRY_PORT BALLOT_PORT RESULTS_PORT READ_SECONDS=0 INTAKE_ONLY=1 RESULTS_DB=${TIZIM_DB_PREFIX:-tizim_}results
echo "== one instance ($one)" >&2
single=$(RESULTS_URLS=$one RESULTS_PID=$(cat "$state/results-service-1.pid") "$here/results.sh" "${1:-16}" | tee >(cat >&2) \
  | sed -n 's/.* = \([0-9]*\) protocols\/s.*/\1/p')
echo "== two instances ($one, $two)" >&2
double=$(RESULTS_URLS="$one $two" RESULTS_PID=$pids "$here/results.sh" "${1:-16}" | tee >(cat >&2) \
  | sed -n 's/.* = \([0-9]*\) protocols\/s.*/\1/p')
awk -v one="$single" -v two="$double" 'BEGIN { printf "intake: one instance %d protocols/s, two instances %d protocols/s, ratio %.2f\n", one, two, two / one }'
