#!/usr/bin/env bash
# Writes each service's list of the classes a real start loads (src/main/resources/META-INF/tizim/startup-classes.txt),
# which the AppCDS archive's generation loads so that the archive holds them too (service-common
# kz.elections.common.startup.StartupClassArchive; the README, "Start-up and idle memory"). Run it after a change of
# dependencies or of what a start does, then rebuild; a stale list is never wrong, it only covers less.
#   deploy/local/up.sh && bench/startup-classes.sh && ./mvnw -B -q package -DskipTests
# Each service starts once as bench/startup.sh starts it (the packaged service in the production profile against the
# running stack, on a port of its own: STARTUP_PORT + 1, 2, 3), but without its archive, so that every class it loads
# is logged with where it came from (-Xlog:class+load); once /q/health/ready answers UP it is stopped. Kept: the
# classes of the application's jars (lib/, app/, quarkus/ of target/quarkus-app) and of the JDK's modules that the
# JDK's own archive lacks, in the order they were loaded. ONLY=results (or registry, ballot) writes one list.
# Knobs as for bench/startup.sh: TIZIM_STATE_DIR, TIZIM_DB_PREFIX, STARTUP_PORT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
state=${TIZIM_STATE_DIR:-$root/deploy/local/.state}
state=$(cd "$state" && pwd)
base_port=${STARTUP_PORT:-18280}
prefix=${TIZIM_DB_PREFIX:-tizim_}
# shellcheck source=../deploy/local/jvm.sh
. "$root/deploy/local/jvm.sh"
# shellcheck source=launch.sh
. "$here/launch.sh"

[ -f "$state/stack.env" ] && [ -f "$state/postgres.out" ] || { echo "no stack in $state: run deploy/local/up.sh" >&2; exit 1; }
keycloak_url=$(sed -n 's/^KEYCLOAK_URL=//p' "$state/stack.env")
read -r _ pg_host pg_port < "$state/postgres.out"
key() { cat "$state/keys/$1"; }

services=(registry-service ballot-service results-service)
[ -z "${ONLY:-}" ] || services=("$ONLY-service")
port=$base_port
for service in "${services[@]}"; do
  port=$((port + 1))
  app="$root/$service/target/quarkus-app"
  log="$state/logs/startup-classes-$service.log"
  classes=$(mktemp)
  [ -f "$app/quarkus-run.jar" ] || { echo "$service is not packaged: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
  launch "$service" java "$port" "$log" "${TIZIM_JVM_OPTIONS[@]}" "-Xlog:class+load=info:file=$classes"
  ready=""
  for _ in $(seq 1 600); do
    [[ "$(curl -fs --max-time 2 "http://localhost:$port/q/health/ready" 2>/dev/null)" == *'"UP"'* ]] && { ready=1; break; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$ready" ] || { rm -f "$classes"; echo "$service was not ready; see $log" >&2; exit 1; }
  list="$root/$service/src/main/resources/META-INF/tizim/startup-classes.txt"
  mkdir -p "$(dirname "$list")"
  {
    echo "# The classes a start of $service loads, for its AppCDS archive (kz.elections.common.startup.StartupClassArchive)."
    echo "# Written by bench/startup-classes.sh; do not edit."
    awk -v app="file:$app/" '
      { for (i = 1; i < NF; i++) if ($i == "source:") {
          if (index($(i + 1), app) == 1 || index($(i + 1), "jrt:/") == 1) { name = $(i - 1); if (!(name in seen)) { seen[name] = 1; print name } }
          break } }' "$classes"
  } > "$list"
  rm -f "$classes"
  echo "$service: $(grep -vc '^#' "$list") classes in ${list#"$root/"}"
done
