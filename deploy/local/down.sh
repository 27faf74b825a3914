#!/usr/bin/env bash
# Stops what deploy/local/up.sh started. Databases are kept; drop them with psql if you want a clean slate.
set -uo pipefail
state="$(cd "$(dirname "$0")" && pwd)/.state"
for pidfile in "$state"/*.pid; do
  [ -f "$pidfile" ] || continue
  name=$(basename "$pidfile" .pid); pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "stopped $name"
  fi
  rm -f "$pidfile"
done
