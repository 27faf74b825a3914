#!/usr/bin/env bash
# Stops what deploy/local/up.sh started (services first, PostgreSQL last). Databases are kept; start with
# TIZIM_FRESH=1 deploy/local/up.sh for a clean slate. TIZIM_STATE_DIR as for up.sh.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${TIZIM_STATE_DIR:-$here/.state}
for name in results-service ballot-service registry-service keycloak dev-token-issuer postgres; do
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
