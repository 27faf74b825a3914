# A service's AOT cache (JDK 24+, deploy/local/jvm.sh), made in one of two ways; sourced by up.sh and bench/startup.sh
# after jvm.sh. Both write target/quarkus-app/app.aot (110-120 MB) as the JVM exits, with -XX:AOTCacheOutput=app.aot.
# - tizim_aot_image <target/quarkus-app> <log> <launcher> [its first arguments]
#   The cache the image builds (deploy/kubernetes/Dockerfile), so what a pod starts from: the service run in
#   Quarkus's archive mode (-Dquarkus.appcds.generate=true), which boots to the end of its static initialisation,
#   needing no database or Keycloak, and exits: the classes of that boot loaded and linked, no profiles. About 20 s
#   of CPU a service. up.sh and bench/startup.sh make it for each service whose cache is missing or stale, unless
#   TIZIM_AOT=0 (the system tests and CI too: they start the services as a pod does).
# - tizim_aot_train <target/quarkus-app> <port> <log> <launcher> [its first arguments]
#   A training (TIZIM_AOT=1 only): one real start of the packaged service against the running stack (its Keycloak and
#   database), on a spare port; once it is ready it is stopped cleanly. The cache then also holds the classes and
#   profiles of a real start (JEP 515; one start plus about a minute). It leaves app.aot.trained beside the cache.
# The launcher is the caller's function that starts the service in the background, from that directory, as the
# caller always does, but with the java, port, log and JVM options given after its own first arguments:
#   <launcher> [its first arguments] <java> <port> <log> <JVM option>...   and sets tizim_launched_pid to the JVM's.
tizim_aot_image() {
  local app=$1 log=$2 java
  shift 2
  java=$(tizim_aot_java) || { echo "no JDK 24 or later (TIZIM_JAVA, /usr/lib/jvm) for an AOT cache" >&2; return 1; }
  rm -f "$app/app.aot" "$app/app.aot.trained"
  "$@" "$java" 0 "$log" "${TIZIM_JVM_OPTIONS[@]}" -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true
  wait "$tizim_launched_pid" && [ -f "$app/app.aot" ] \
    || { rm -f "$app/app.aot"; echo "no AOT cache written; see $log" >&2; return 1; }
}

# Whether the cache of a service is fresh and was trained on a real start (not only made as the image makes it).
tizim_aot_trained() { # app dir
  tizim_aot_fresh "$1" && [ -f "$1/app.aot.trained" ] && ! [ "$1/app.aot" -nt "$1/app.aot.trained" ]
}

tizim_aot_train() {
  local app=$1 port=$2 log=$3 java pid ready=""
  shift 3
  java=$(tizim_aot_java) || { echo "no JDK 24 or later (TIZIM_JAVA, /usr/lib/jvm) for an AOT cache" >&2; return 1; }
  rm -f "$app/app.aot" "$app/app.aot.trained"
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
  touch "$app/app.aot.trained"
}
