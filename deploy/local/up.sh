#!/usr/bin/env bash
# Starts Tizim locally with demo data: builds if needed; uses the local PostgreSQL if it answers, else an
# embedded one; creates each service's database; fetches Keycloak from Maven Central (once, cached) and
# starts it with the `elections` realm, the demo users and the dev-only token client; starts the three
# services one after another (each loads its part of the demo election), each from its target/quarkus-app with the
# JVM and options of deploy/local/jvm.sh (the heap and collector of a pod; as a pod, a JDK 24+ with the service's AOT
# cache, made as the image makes it when missing or stale, else JDK 17 with its AppCDS archive); prints URLs, logins
# and how to get a token. Stop with deploy/local/down.sh.
#
# Everything it keeps (keys, logs, pids) is in $TIZIM_STATE_DIR (deploy/local/.state). Knobs, for running a
# second stack beside the first (the system tests do): TIZIM_STATE_DIR, TIZIM_DB_PREFIX (tizim_),
# REGISTRY_PORT, BALLOT_PORT, RESULTS_PORT, KEYCLOAK_PORT, TIZIM_EMBEDDED_PG_PORT (15432), TIZIM_FRESH=1
# (drop the databases first), PGHOST/PGPORT/PGUSER (127.0.0.1:5432, postgres), TIZIM_CACHE_DIR
# (~/.cache/tizim: the unpacked Keycloak), TIZIM_DEMO_PASSWORD, TIZIM_KEYCLOAK_WAIT (600: seconds Keycloak may take
# to start, more on a busy machine).
#
# TIZIM_REPLICAS=2 (or more) starts that many instances of ballot-service and results-service, instance i on
# its service's port + i x TIZIM_REPLICA_PORT_STEP (1000: 9082 and 10082, 9083 and 10083), with nginx (Debian's
# nginx-light, installed if missing) in front as the load balancer on the usual ports, so every URL stays the
# same. Default 1: one instance of each, no nginx.
#
# The AOT cache: by default each service whose target/quarkus-app/app.aot is missing or older than its jars gets the
# one the image makes (deploy/local/aot.sh: about 20 s of CPU each, the three at once, before the first start), so
# the services start as pods do. TIZIM_AOT=1 (asked for only: never in the system tests or CI) trains a cache on a
# real start instead (about 15 % less time to ready again): once the stack is up, each service without a fresh trained
# cache is trained (one more start against the stack on TIZIM_AOT_PORT, RESULTS_PORT + 1, plus about a minute) and
# restarted on it. Later starts use a fresh cache by themselves; TIZIM_AOT=0 never makes or uses one (JDK 17 +
# AppCDS); TIZIM_JAVA names the JDK 24+ java (default: the first under /usr/lib/jvm). Without a JDK 24+ the services
# start on JDK 17 + AppCDS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state=${TIZIM_STATE_DIR:-$here/.state}
mkdir -p "$state/keys" "$state/logs"
state=$(cd "$state" && pwd)

KEYCLOAK_VERSION=26.7.3
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
REGISTRY_PORT=${REGISTRY_PORT:-8081}
BALLOT_PORT=${BALLOT_PORT:-8082}
RESULTS_PORT=${RESULTS_PORT:-8083}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
EMBEDDED_PG_PORT=${TIZIM_EMBEDDED_PG_PORT:-15432}
prefix=${TIZIM_DB_PREFIX:-tizim_}
replicas=${TIZIM_REPLICAS:-1}
replica_step=${TIZIM_REPLICA_PORT_STEP:-1000}
cache=${TIZIM_CACHE_DIR:-$HOME/.cache/tizim}
demo_password=${TIZIM_DEMO_PASSWORD:-tizim-demo-2023}
keycloak_wait=${TIZIM_KEYCLOAK_WAIT:-600}
keycloak_url="http://localhost:$KEYCLOAK_PORT"
realm_url="$keycloak_url/realms/elections"

step() { printf '==> %s\n' "$*"; }
[[ "$replicas" =~ ^[1-9]$ ]] || { printf 'FAILED: TIZIM_REPLICAS must be 1 to 9, not %s\n' "$replicas" >&2; exit 1; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
running() { [ -f "$state/$1.pid" ] && kill -0 "$(cat "$state/$1.pid")" 2>/dev/null; }
secret() { [ -f "$state/keys/$1" ] || openssl rand -hex 24 > "$state/keys/$1"; cat "$state/keys/$1"; }
json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
# shellcheck source=jvm.sh
. "$here/jvm.sh"
# shellcheck source=aot.sh
. "$here/aot.sh"
aot=${TIZIM_AOT:-}
aot_port=${TIZIM_AOT_PORT:-$((RESULTS_PORT + 1))}

if [ "${TIZIM_FRESH:-0}" = 1 ]; then
  # A clean slate drops the databases: nothing of this state directory may still be running on them (a
  # Keycloak left by a start that failed half-way would lose its database under its feet).
  TIZIM_STATE_DIR="$state" "$here/down.sh" > /dev/null
fi

step "Build (log: $state/logs/build.log)"
stale() { # module: its jar is missing or older than its sources, the shared code or the law
  local jar="$root/$1/target/quarkus-app/quarkus-run.jar"
  [ ! -f "$jar" ] || [ -n "$(find "$root/$1/src" "$root/$1/pom.xml" "$root/service-common/src" "$root/election-law/src" -newer "$jar" -print -quit)" ]
}
if stale registry-service || stale ballot-service || stale results-service || [ ! -f "$root/test-support/target/classpath.txt" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests -pl test-support,registry-service,ballot-service,results-service -am package) \
    > "$state/logs/build.log" 2>&1 || fail "build; see $state/logs/build.log"
fi

step "PostgreSQL (log: $state/logs/postgres.log)"
databases=("${prefix}registry" "${prefix}ballot" "${prefix}results" "${prefix}keycloak")
if running postgres; then
  PGHOST=localhost; PGPORT=$EMBEDDED_PG_PORT
  step "embedded PostgreSQL already running on :$PGPORT"
fi
fresh=(); [ "${TIZIM_FRESH:-0}" = 1 ] && fresh=(--fresh)
: > "$state/postgres.out"
TIZIM_PG_URL="jdbc:postgresql://$PGHOST:$PGPORT/postgres" TIZIM_PG_USER=$PGUSER \
  nohup java -cp "$root/test-support/target/classes:$(cat "$root/test-support/target/classpath.txt")" \
  kz.elections.testing.LocalPostgres "${fresh[@]}" "$state/postgres-data" "$EMBEDDED_PG_PORT" "${databases[@]}" \
  > "$state/postgres.out" 2> "$state/logs/postgres.log" &
pg_pid=$!
for _ in $(seq 1 120); do
  [ -s "$state/postgres.out" ] && break
  kill -0 "$pg_pid" 2>/dev/null || break
  sleep 1
done
read -r pg_kind PGHOST PGPORT < "$state/postgres.out" || fail "PostgreSQL; see $state/logs/postgres.log"
if [ "$pg_kind" = embedded ]; then
  echo "$pg_pid" > "$state/postgres.pid"
  step "no PostgreSQL answered; embedded PostgreSQL on :$PGPORT (data in $state/postgres-data)"
else
  step "using the PostgreSQL at $PGHOST:$PGPORT: ${databases[*]}"
fi

step "Keycloak $KEYCLOAK_VERSION (log: $state/logs/keycloak.log)"
keycloak_home="$cache/keycloak-$KEYCLOAK_VERSION"
mkdir -p "$cache"
# One unpacked Keycloak serves every stack of this user (the system tests start one beside a developer's), and
# start-dev re-augments it in place: two starting at once broke each other (NoSuchFileException ...
# generated-bytecode.jar). So one stack at a time fetches, starts and waits for it, under a lock held until this
# Keycloak answers (not inherited by Keycloak: 9>&- below).
exec 9> "$cache/keycloak-$KEYCLOAK_VERSION.lock"
flock -n 9 || { step "waiting for another stack's Keycloak to finish starting from $keycloak_home"; flock 9; }
if [ ! -x "$keycloak_home/bin/kc.sh" ]; then
  (cd "$root" && ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$cache") \
    > "$state/logs/keycloak-fetch.log" 2>&1 || fail "fetching Keycloak from Maven Central; see $state/logs/keycloak-fetch.log"
  (cd "$cache" && unzip -q -o "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" && rm "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip") \
    || fail "unpacking Keycloak into $cache"
fi
mkdir -p "$keycloak_home/data/import"
cp "$root/deploy/keycloak/elections-realm.json" "$keycloak_home/data/import/elections-realm.json"
admin_secret=$(secret keycloak-admin-secret)
ballot_secret=$(secret ballot-client-secret)
results_secret=$(secret results-client-secret)
consumer_secret=$(secret consumer-client-secret)
# Made here, once: the services' launches (the AOT caches' at once) only read them.
iin_hash_key=$(secret iin-hash-key)
web_state_secret=$(secret web-state-secret)
if running keycloak; then
  step "Keycloak already running (pid $(cat "$state/keycloak.pid"))"
else
  KC_BOOTSTRAP_ADMIN_CLIENT_ID=tizim-admin KC_BOOTSTRAP_ADMIN_CLIENT_SECRET=$admin_secret \
  TIZIM_BALLOT_CLIENT_SECRET=$ballot_secret TIZIM_RESULTS_CLIENT_SECRET=$results_secret \
  TIZIM_CONSUMER_CLIENT_SECRET=$consumer_secret \
  TIZIM_REGISTRY_WEB_URL="http://localhost:$REGISTRY_PORT" TIZIM_BALLOT_WEB_URL="http://localhost:$BALLOT_PORT" \
  TIZIM_RESULTS_WEB_URL="http://localhost:$RESULTS_PORT" TIZIM_REGISTRY_WEB_URL_IP="http://127.0.0.1:$REGISTRY_PORT" \
  TIZIM_BALLOT_WEB_URL_IP="http://127.0.0.1:$BALLOT_PORT" TIZIM_RESULTS_WEB_URL_IP="http://127.0.0.1:$RESULTS_PORT" \
    nohup "$keycloak_home/bin/kc.sh" start-dev --import-realm --http-port="$KEYCLOAK_PORT" \
      --http-management-port="$((KEYCLOAK_PORT + 10))" --hostname="$keycloak_url" \
      --db=postgres --db-url="jdbc:postgresql://$PGHOST:$PGPORT/${prefix}keycloak" --db-username="$PGUSER" \
      --db-password=unused > "$state/logs/keycloak.log" 2>&1 9>&- &
  echo $! > "$state/keycloak.pid"
fi
for _ in $(seq 1 "$keycloak_wait"); do
  curl -fs "$realm_url/.well-known/openid-configuration" >/dev/null 2>&1 && break
  running keycloak || fail "Keycloak stopped while starting; see $state/logs/keycloak.log"
  sleep 1
done
curl -fs "$realm_url/.well-known/openid-configuration" >/dev/null || fail "Keycloak not ready after $keycloak_wait s (TIZIM_KEYCLOAK_WAIT); see $state/logs/keycloak.log"
exec 9>&- # the copy is augmented: the next stack may start its Keycloak

step "Demo users and the dev-only token client (deploy/keycloak/local/demo.json)"
admin_token=$(curl -fs -d grant_type=client_credentials -d client_id=tizim-admin -d "client_secret=$admin_secret" \
  "$keycloak_url/realms/master/protocol/openid-connect/token" | json_field access_token) \
  || fail "no admin token from Keycloak; see $state/logs/keycloak.log. Its admin client is made once, with the secret of
  the state directory that created its database (${prefix}keycloak): another checkout's stack on this PostgreSQL made it
  if the log says invalid_client_credentials. TIZIM_FRESH=1 starts this stack anew (dropping its databases), or
  TIZIM_DB_PREFIX gives this checkout databases of its own"
sed "s/\${TIZIM_DEMO_PASSWORD}/$demo_password/" "$root/deploy/keycloak/local/demo.json" \
  | curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
      --data-binary @- "$keycloak_url/admin/realms/elections/partialImport" \
  || fail "importing the demo users into Keycloak"
{ echo "KEYCLOAK_URL=$keycloak_url"; echo "ADMIN_SECRET=$admin_secret"; echo "DEMO_PASSWORD=$demo_password"
  echo "REGISTRY_URL=http://localhost:$REGISTRY_PORT"; echo "BALLOT_URL=http://localhost:$BALLOT_PORT"
  echo "RESULTS_URL=http://localhost:$RESULTS_PORT"; echo "CONSUMER_SECRET=$consumer_secret"; } > "$state/stack.env"

# Starts a service's JVM in the background from its target/quarkus-app, against this stack, logging to the log, with
# the java, port and JVM options given (deploy/local/jvm.sh decides them; aot.sh trains with it too); exec keeps
# the pid java's, in tizim_launched_pid.
launch() { # module behind-the-balancer(0|1) java port log option...
  local module=$1 behind=() java=$3 port=$4 log=$5
  # Behind the balancer the client's address is in X-Forwarded-For (the rate limits count per address).
  [ "$2" = 1 ] && behind=(-Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true)
  shift 5
  ( cd "$root/$module/target/quarkus-app"
  TIZIM_IIN_HASH_KEY=$iin_hash_key TIZIM_OIDC_URL=$realm_url TIZIM_WEB_STATE_SECRET=$web_state_secret \
  TIZIM_REGISTRY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/${prefix}registry" \
  TIZIM_BALLOT_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/${prefix}ballot" \
  TIZIM_RESULTS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/${prefix}results" TIZIM_DB_USER="$PGUSER" \
  TIZIM_REGISTRY_URL="http://localhost:$REGISTRY_PORT" TIZIM_BALLOT_URL="http://localhost:$BALLOT_PORT" \
  TIZIM_BALLOT_CLIENT_SECRET=$ballot_secret TIZIM_RESULTS_CLIENT_SECRET=$results_secret \
  TIZIM_PAGES_REGISTRY_PORT=$REGISTRY_PORT TIZIM_PAGES_BALLOT_PORT=$BALLOT_PORT TIZIM_PAGES_RESULTS_PORT=$RESULTS_PORT \
    exec nohup "$java" "$@" -Dquarkus.profile=local -Dquarkus.http.port="$port" "${behind[@]}" -jar quarkus-run.jar \
    ) > "$log" 2>&1 &
  tizim_launched_pid=$!
}
started=() # "module port name" of each instance, for TIZIM_AOT=1
start() { # module port [instance name]
  local module=$1 port=$2 name=${3:-$1}
  started+=("$module $port $name")
  if running "$name"; then
    step "$name already running (pid $(cat "$state/$name.pid"))"; return
  fi
  tizim_service_jvm "$root/$module/target/quarkus-app"
  step "Start $name on :$port with $TIZIM_SERVICE_JAVA ${TIZIM_SERVICE_JVM_OPTIONS[*]} (log: $state/logs/$name.log)"
  launch "$module" "$([ "$name" != "$module" ] && echo 1 || echo 0)" "$TIZIM_SERVICE_JAVA" "$port" "$state/logs/$name.log" \
    "${TIZIM_JVM_OPTIONS[@]}" "${TIZIM_SERVICE_JVM_OPTIONS[@]}"
  echo "$tizim_launched_pid" > "$state/$name.pid"
  for _ in $(seq 1 600); do
    curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && return 0
    running "$name" || fail "$name stopped while starting; see $state/logs/$name.log"
    sleep 1
  done
  fail "$name not ready after 600 s; see $state/logs/$name.log"
}
stop_instance() { # name: SIGTERM (it drains), as down.sh does
  local pid
  pid=$(cat "$state/$1.pid")
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$state/$1.pid"
}
instance_port() { echo $(($1 + $2 * replica_step)); } # port instance
# Several instances of a service, one after another (the first loads the demo data, the others find it loaded).
start_instances() { # module port
  for i in $(seq 1 "$replicas"); do start "$1" "$(instance_port "$2" "$i")" "$1-$i"; done
}
# nginx in front of the instances, on the services' usual ports (nginx/*.template; temp files and pid in the state).
start_balancer() {
  if running nginx; then
    step "nginx already running (pid $(cat "$state/nginx.pid"))"; return
  fi
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    step "Install nginx-light (the load balancer)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light > "$state/logs/nginx-install.log" 2>&1 \
      || { apt-get update -q >> "$state/logs/nginx-install.log" 2>&1 \
           && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >> "$state/logs/nginx-install.log" 2>&1; } \
      || fail "installing nginx-light; see $state/logs/nginx-install.log (or install it: apt-get install nginx-light)"
  fi
  local services="" module port servers
  for module in ballot-service:$BALLOT_PORT results-service:$RESULTS_PORT; do
    port=${module#*:}; module=${module%%:*}; servers=""
    for i in $(seq 1 "$replicas"); do
      servers+="        server 127.0.0.1:$(instance_port "$port" "$i") max_fails=1 fail_timeout=2s;"$'\n'
    done
    services+=$(sed -e "s|@NAME@|$module|g" -e "s|@PORT@|$port|g" "$here/nginx/service.conf.template" \
      | awk -v servers="${servers%$'\n'}" '{ if ($0 == "@SERVERS@") print servers; else print }')$'\n'
  done
  mkdir -p "$state/nginx"
  # Its workers may run as another user than the master (root's nginx runs them as nobody).
  for dir in body proxy fastcgi uwsgi scgi; do mkdir -p "$state/nginx/$dir"; chmod 1777 "$state/nginx/$dir"; done
  sed -e "s|@STATE@|$state|g" "$here/nginx/nginx.conf.template" \
    | awk -v services="$services" '{ if ($0 == "@SERVICES@") print services; else print }' > "$state/nginx/nginx.conf"
  step "Start nginx on :$BALLOT_PORT and :$RESULTS_PORT in front of $replicas instances each (log: $state/logs/nginx-error.log)"
  "$(command -v nginx || echo /usr/sbin/nginx)" -t -q -p "$state/nginx" -e "$state/logs/nginx-error.log" -c "$state/nginx/nginx.conf" \
    > "$state/logs/nginx.log" 2>&1 || fail "nginx configuration; see $state/logs/nginx.log"
  nohup "$(command -v nginx || echo /usr/sbin/nginx)" -p "$state/nginx" -e "$state/logs/nginx-error.log" -c "$state/nginx/nginx.conf" \
    >> "$state/logs/nginx.log" 2>&1 &
  echo $! > "$state/nginx.pid"
}
# As a pod starts (deploy/kubernetes/Dockerfile): from the AOT cache the image makes, on a JDK 24+ (deploy/local/aot.sh),
# made here for each service whose cache is missing or older than its jars, the three at once. TIZIM_AOT=1 trains one
# on a real start instead (below); TIZIM_AOT=0, or no JDK 24+, starts them on JDK 17 + AppCDS.
if [ -z "$aot" ] && aot_java=$(tizim_aot_java); then
  pending=()
  for module in registry-service ballot-service results-service; do
    tizim_aot_fresh "$root/$module/target/quarkus-app" || pending+=("$module")
  done
  if [ "${#pending[@]}" -gt 0 ]; then
    step "AOT caches as the image makes them: ${pending[*]}, with $aot_java (logs: $state/logs/<module>-aot.log)"
    pids=()
    for module in "${pending[@]}"; do
      tizim_aot_image "$root/$module/target/quarkus-app" "$state/logs/$module-aot.log" launch "$module" 0 &
      pids+=($!)
    done
    for i in "${!pending[@]}"; do
      wait "${pids[$i]}" || step "${pending[$i]}'s cache was not made (see its log): it starts on JDK 17 + AppCDS"
    done
  fi
fi

# One after another: each loads its part of the demo election from the one before.
start registry-service "$REGISTRY_PORT"
if [ "$replicas" = 1 ]; then
  start ballot-service "$BALLOT_PORT"
  start results-service "$RESULTS_PORT"
else
  start_instances ballot-service "$BALLOT_PORT"
  start_balancer
  start_instances results-service "$RESULTS_PORT"
fi

if [ "$aot" = 1 ]; then
  # Train each service whose cache is missing or stale, in the stack's order, then restart its instances on it.
  for module in registry-service ballot-service results-service; do
    app="$root/$module/target/quarkus-app"
    tizim_aot_trained "$app" && continue
    step "Train $module's AOT cache on :$aot_port (log: $state/logs/$module-aot-train.log; about a minute after ready)"
    tizim_aot_train "$app" "$aot_port" "$state/logs/$module-aot-train.log" launch "$module" 0 \
      || fail "training $module's AOT cache; see $state/logs/$module-aot-train.log"
    for instance in "${started[@]}"; do
      read -r m port name <<< "$instance"
      [ "$m" = "$module" ] || continue
      step "Restart $name on its AOT cache"
      stop_instance "$name"
      start "$module" "$port" "$name"
    done
  done
fi

cat <<INFO

Tizim is running, with the demo Mazhilis 2023 election (seven parties, the 69-seat list, a few districts,
approved ballots, every precinct's protocol, published results: 40/8/6/5/0/6/4).
  registry-service  http://localhost:$REGISTRY_PORT/api/v1/parties      Swagger UI http://localhost:$REGISTRY_PORT/q/swagger-ui
  ballot-service    http://localhost:$BALLOT_PORT/api/v1/contests/mazhilis-2023.list/ballot
  results-service   http://localhost:$RESULTS_PORT/api/v1/elections/mazhilis-2023/results/latest
  Keycloak          $keycloak_url/admin (admin client tizim-admin, secret in $state/keys/keycloak-admin-secret)
Demo logins (password "$demo_password"): cec and cec-2 (central commission), almaty-commission (KZ-75),
  tabulator, almaty-tabulator, agent-amanat, agent-auyl, citizen, citizen-2, observer (accredited for KZ).
Tokens (dev-only client tizim-dev, password grant; the production realm has none):
  deploy/local/token.sh cec                                  a demo user's token
  deploy/local/token.sh party-agent party=\$(uuidgen)          a new (or the same) user with that role and attribute
  results-consumer (client credentials): secret in $state/keys/consumer-client-secret
Stop: deploy/local/down.sh     Logs: $state/logs/
INFO
if [ "$replicas" != 1 ]; then
  echo "ballot-service and results-service: $replicas instances each (ports $(for i in $(seq 1 "$replicas"); do printf '%s/%s ' \
    "$(instance_port "$BALLOT_PORT" "$i")" "$(instance_port "$RESULTS_PORT" "$i")"; done)) behind nginx on the usual ports"
fi
