#!/usr/bin/env bash
# Starts Tizim locally with demo data: builds if needed, prepares the services' databases on the local
# PostgreSQL, starts the dev token issuer and the three services, and waits until they are ready. Stop with deploy/local/down.sh.
# State (keys, logs, pids) lives in deploy/local/.state/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state="$here/.state"
mkdir -p "$state/keys" "$state/logs"

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
REGISTRY_PORT=${REGISTRY_PORT:-8081}
BALLOT_PORT=${BALLOT_PORT:-8082}
RESULTS_PORT=${RESULTS_PORT:-8083}
ISSUER_PORT=${ISSUER_PORT:-8180}

step() { printf '==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

step "Build (log: $state/logs/build.log)"
stale() { # module: its jar is missing or older than its sources or the shared code
  local jar="$root/$1/target/quarkus-app/quarkus-run.jar"
  [ ! -f "$jar" ] || [ -n "$(find "$root/$1/src" "$root/$1/pom.xml" "$root/service-common/src" -newer "$jar" -print -quit)" ]
}
if stale registry-service || stale ballot-service || stale results-service; then
  (cd "$root" && ./mvnw -B -q -DskipTests -pl registry-service,ballot-service,results-service -am package) > "$state/logs/build.log" 2>&1 \
    || fail "build; see $state/logs/build.log"
fi

step "PostgreSQL at $PGHOST:$PGPORT"
if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  command -v pg_ctlcluster >/dev/null && pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || fail "no PostgreSQL answers at $PGHOST:$PGPORT (set PGHOST/PGPORT/PGUSER)"
fi
for db in tizim_registry tizim_ballot tizim_results; do
  psql -q -d postgres -tc "select 1 from pg_database where datname = '$db'" | grep -q 1 \
    || psql -q -d postgres -c "create database $db" || fail "cannot create database $db"
done

step "Keys"
if [ ! -f "$state/keys/token-signing.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$state/keys/token-signing.pem" 2>/dev/null
  openssl rsa -in "$state/keys/token-signing.pem" -pubout -out "$state/keys/token-signing.pub" 2>/dev/null
fi
[ -f "$state/keys/iin-hash-key" ] || openssl rand -hex 32 > "$state/keys/iin-hash-key"
for client in ballot results; do
  [ -f "$state/keys/$client-client-secret" ] || openssl rand -hex 16 > "$state/keys/$client-client-secret"
done

running() { [ -f "$state/$1.pid" ] && kill -0 "$(cat "$state/$1.pid")" 2>/dev/null; }

start() { # name port
  local name=$1 port=$2
  if running "$name"; then
    step "$name already running (pid $(cat "$state/$name.pid"))"; return
  fi
  step "Start $name on :$port (log: $state/logs/$name.log)"
  TIZIM_LOCAL_TOKEN_PUBLIC_KEY=$(grep -v -- '-----' "$state/keys/token-signing.pub" | tr -d '\n') \
  TIZIM_IIN_HASH_KEY=$(cat "$state/keys/iin-hash-key") \
  TIZIM_REGISTRY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/tizim_registry" \
  TIZIM_BALLOT_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/tizim_ballot" \
  TIZIM_RESULTS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/tizim_results" TIZIM_DB_USER="$PGUSER" \
  TIZIM_REGISTRY_URL="http://localhost:$REGISTRY_PORT" TIZIM_OIDC_URL="http://localhost:$ISSUER_PORT/realms/elections" \
  TIZIM_BALLOT_CLIENT_SECRET=$(cat "$state/keys/ballot-client-secret") \
  TIZIM_RESULTS_CLIENT_SECRET=$(cat "$state/keys/results-client-secret") TIZIM_BALLOT_URL="http://localhost:$BALLOT_PORT" \
    nohup java -Dquarkus.profile=local -Dquarkus.http.port="$port" -jar "$root/$name/target/quarkus-app/quarkus-run.jar" \
    > "$state/logs/$name.log" 2>&1 &
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

if running dev-token-issuer; then
  step "dev-token-issuer already running"
else
  step "Start the dev token issuer on :$ISSUER_PORT (log: $state/logs/dev-token-issuer.log)"
  nohup java "$here/DevTokenIssuer.java" "$state/keys/token-signing.pem" "$ISSUER_PORT" \
    "ballot-service=$(cat "$state/keys/ballot-client-secret")" "results-service=$(cat "$state/keys/results-client-secret")" \
    > "$state/logs/dev-token-issuer.log" 2>&1 &
  echo $! > "$state/dev-token-issuer.pid"
fi
start registry-service "$REGISTRY_PORT"
start ballot-service "$BALLOT_PORT"
start results-service "$RESULTS_PORT"
wait_ready registry-service "$REGISTRY_PORT"
wait_ready ballot-service "$BALLOT_PORT"
wait_ready results-service "$RESULTS_PORT"

cat <<INFO

Tizim is running (demo data: the seven registered parties of the 2023 Mazhilis election).
  registry-service  http://localhost:$REGISTRY_PORT/api/v1/parties      Swagger UI http://localhost:$REGISTRY_PORT/q/swagger-ui
  ballot-service    http://localhost:$BALLOT_PORT/api/v1/precincts     Swagger UI http://localhost:$BALLOT_PORT/q/swagger-ui
  results-service   http://localhost:$RESULTS_PORT/api/v1/allocations  Swagger UI http://localhost:$RESULTS_PORT/q/swagger-ui
  health / metrics  http://localhost:$REGISTRY_PORT/q/health  http://localhost:$REGISTRY_PORT/q/metrics
Tokens (signed with the local key, valid for every service; no password grant anywhere):
  deploy/local/token.sh commission territory=KZ
  deploy/local/token.sh party-agent party=\$(uuidgen)
  deploy/local/token.sh observer
Stop: deploy/local/down.sh     Logs: $state/logs/
INFO
