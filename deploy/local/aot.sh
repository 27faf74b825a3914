# Training of a service's AOT cache (JDK 24+, deploy/local/jvm.sh), sourced by up.sh (TIZIM_AOT=1) and
# bench/startup.sh after jvm.sh. A training is one real start of the packaged service against the running stack (its
# Keycloak and database), on a spare port, with -XX:AOTCacheOutput=app.aot: once it is ready it is stopped cleanly,
# and the JVM writes target/quarkus-app/app.aot as it exits (110-120 MB; one start plus about a minute). Never
# implicit: the system tests and CI do not train, so they start on JDK 17 + AppCDS.
#   tizim_aot_train <target/quarkus-app> <port> <log> <launcher> [its first arguments]
# The launcher is the caller's function that starts the service in the background, from that directory, as the
# caller always does, but with the java, port, log and JVM options given after its own first arguments:
#   <launcher> [its first arguments] <java> <port> <log> <JVM option>...   and sets tizim_launched_pid to the JVM's.
tizim_aot_train() {
  local app=$1 port=$2 log=$3 java pid ready=""
  shift 3
  java=$(tizim_aot_java) || { echo "no JDK 24 or later (TIZIM_JAVA, /usr/lib/jvm) for an AOT cache" >&2; return 1; }
  rm -f "$app/app.aot"
  "$@" "$java" "$port" "$log" "${TIZIM_JVM_OPTIONS[@]}" -XX:AOTCacheOutput=app.aot
  pid=$tizim_launched_pid
  for _ in $(seq 1 600); do
    [[ "$(curl -fs --max-time 2 "http://localhost:$port/q/health/ready" 2>/dev/null)" == *'"UP"'* ]] && { ready=1; break; }
    kill -0 "$pid" 2>/dev/null || { echo "the training start stopped; see $log" >&2; return 1; }
    sleep 1
  done
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true # the JVM writes the cache before it exits
  [ -n "$ready" ] || { rm -f "$app/app.aot"; echo "the training start was not ready after 600 s; see $log" >&2; return 1; }
  [ -f "$app/app.aot" ] || { echo "no AOT cache written; see $log" >&2; return 1; }
}
