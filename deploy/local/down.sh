#!/usr/bin/env bash
# Stops what deploy/local/up.sh started (services first, PostgreSQL last). Databases are kept; start with
# TIZIM_FRESH=1 deploy/local/up.sh for a clean slate. TIZIM_STATE_DIR as for up.sh.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${TIZIM_STATE_DIR:-$here/.state}
# TIZIM_REPLICAS started instances results-service-1, -2, ... and nginx in front of them: the balancer first.
names=(nginx)
for service in results-service ballot-service; do
  names+=("$service")
  for pidfile in "$state/$service"-[0-9].pid; do [ -f "$pidfile" ] && names+=("$(basename "$pidfile" .pid)"); done
done
names+=(registry-service keycloak dev-token-issuer postgres)
for name in "${names[@]}"; do
  pidfile="$state/$name.pid"
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "stopped $name"
  fi
  rm -f "$pidfile"
done
