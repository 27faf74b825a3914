# How bench/startup.sh and bench/startup-classes.sh start a packaged service against the running stack (sourced; the
# caller sets root, keycloak_url, pg_host, pg_port, prefix, base_port and key, the stack's secret of a name).
# Starts a service in the background from its target/quarkus-app against the stack, with the java, port, log and JVM
# options given; sets pid (and tizim_launched_pid, for aot.sh).
launch() { # module java port log option...
  local module=$1 java=$2 port=$3 log=$4
  shift 4
  (
    cd "$root/$module/target/quarkus-app"
    TIZIM_IIN_HASH_KEY=$(key iin-hash-key) TIZIM_OIDC_URL="$keycloak_url/realms/elections" \
    TIZIM_WEB_STATE_SECRET=$(key web-state-secret) TIZIM_DB_USER=${PGUSER:-postgres} \
    TIZIM_REGISTRY_DB_URL="jdbc:postgresql://$pg_host:$pg_port/${prefix}registry" \
    TIZIM_BALLOT_DB_URL="jdbc:postgresql://$pg_host:$pg_port/${prefix}ballot" \
    TIZIM_RESULTS_DB_URL="jdbc:postgresql://$pg_host:$pg_port/${prefix}results" \
    TIZIM_REGISTRY_URL="http://localhost:$((base_port + 1))" TIZIM_BALLOT_URL="http://localhost:$((base_port + 2))" \
    TIZIM_BALLOT_CLIENT_SECRET=$(key ballot-client-secret) TIZIM_RESULTS_CLIENT_SECRET=$(key results-client-secret) \
      exec "$java" "$@" -Dquarkus.http.port="$port" -jar quarkus-run.jar
  ) > "$log" 2>&1 &
  pid=$!
  tizim_launched_pid=$pid
}
