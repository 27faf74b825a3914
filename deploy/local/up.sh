#!/usr/bin/env bash
# Starts Tizim locally with demo data: builds if needed, prepares the registry database on the local
# PostgreSQL, starts registry-service and waits until it is ready. Stop with deploy/local/down.sh.
# State (keys, logs, pids) lives in deploy/local/.state/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state="$here/.state"
mkdir -p "$state/keys" "$state/logs"

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
REGISTRY_PORT=${REGISTRY_PORT:-8081}

step() { printf '==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

step "Build (log: $state/logs/build.log)"
jar="$root/registry-service/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/registry-service/src" "$root/registry-service/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests -pl registry-service -am package) > "$state/logs/build.log" 2>&1 \
    || fail "build; see $state/logs/build.log"
fi

step "PostgreSQL at $PGHOST:$PGPORT"
if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  command -v pg_ctlcluster >/dev/null && pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || fail "no PostgreSQL answers at $PGHOST:$PGPORT (set PGHOST/PGPORT/PGUSER)"
fi
psql -q -d postgres -tc "select 1 from pg_database where datname = 'tizim_registry'" | grep -q 1 \
  || psql -q -d postgres -c "create database tizim_registry" || fail "cannot create database tizim_registry"

step "Keys"
if [ ! -f "$state/keys/token-signing.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$state/keys/token-signing.pem" 2>/dev/null
  openssl rsa -in "$state/keys/token-signing.pem" -pubout -out "$state/keys/token-signing.pub" 2>/dev/null
fi
[ -f "$state/keys/iin-hash-key" ] || openssl rand -hex 32 > "$state/keys/iin-hash-key"

start() { # name port jar
  local name=$1 port=$2 jar=$3
  if [ -f "$state/$name.pid" ] && kill -0 "$(cat "$state/$name.pid")" 2>/dev/null; then
    step "$name already running (pid $(cat "$state/$name.pid"))"; return
  fi
  step "Start $name on :$port (log: $state/logs/$name.log)"
  TIZIM_LOCAL_TOKEN_PUBLIC_KEY=$(grep -v -- '-----' "$state/keys/token-signing.pub" | tr -d '\n') \
  TIZIM_IIN_HASH_KEY=$(cat "$state/keys/iin-hash-key") \
  TIZIM_REGISTRY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/tizim_registry" TIZIM_DB_USER="$PGUSER" \
    nohup java -Dquarkus.profile=local -Dquarkus.http.port="$port" -jar "$jar" > "$state/logs/$name.log" 2>&1 &
  echo $! > "$state/$name.pid"
}

wait_ready() { # name port
  local name=$1 port=$2
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$state/$name.pid")" 2>/dev/null || fail "$name stopped while starting; see $state/logs/$name.log"
    sleep 1
  done
  fail "$name not ready after 120 s; see $state/logs/$name.log"
}

start registry-service "$REGISTRY_PORT" "$jar"
wait_ready registry-service "$REGISTRY_PORT"

cat <<INFO

Tizim is running (demo data: the seven registered parties of the 2023 Mazhilis election).
  registry-service  http://localhost:$REGISTRY_PORT/api/v1/parties
  Swagger UI        http://localhost:$REGISTRY_PORT/q/swagger-ui
  health / metrics  http://localhost:$REGISTRY_PORT/q/health  http://localhost:$REGISTRY_PORT/q/metrics
Tokens (signed with the local key; no password grant anywhere):
  deploy/local/token.sh commission territory=KZ
  deploy/local/token.sh party-agent party=\$(uuidgen)
  deploy/local/token.sh observer
Stop: deploy/local/down.sh     Logs: $state/logs/
INFO
