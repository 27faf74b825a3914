#!/usr/bin/env bash
# Start-up of each service as it is deployed: from the process's start to /q/health/ready answering UP, and its
# resident memory once idle. The packaged services (target/quarkus-app) run in the default (production) profile, as
# Kubernetes runs them, so no demo data is loaded; each against the running stack's Keycloak and its own database
# (deploy/local/up.sh started them: migrated, demo data in), started the way up.sh starts them (deploy/local/jvm.sh:
# the JVM options and the AppCDS archive), beside the stack's own instances on ports of its own.
#   deploy/local/up.sh && bench/startup.sh [ROUNDS]
# Each round (ROUNDS, 3) starts, in turn: the anchor, a trivial Java HTTP server (the JDK's com.sun.net.httpserver,
# answering its readiness path at once) started the same way, so that the ratio can be read on a busy machine; then
# registry-service, ballot-service and results-service, one at a time. For each it prints:
#   ready    ms from the fork to the first 200 UP of /q/health/ready (polled every 50 ms);
#   cpu      ms of CPU (user + system, all threads) the process used until ready: less moved by other processes than
#            the wall time, which on 2 shared cores stretches with the load average;
#   quarkus  what Quarkus logs as "started in" (its own boot, without the JVM's launch);
#   rss      VmRSS (MiB) from /proc/<pid>/status after the process has been idle (under 2 % of a core) for IDLE_SECONDS
#            (10) in a row (at most SETTLE_SECONDS, 120, after ready);
#   hwm      VmHWM (MiB): the most it was resident, start included;
# then the medians per service and the ratios of its ready and CPU times to the anchor's.
# BASELINE=1 also starts each service, right after, with none of those options (plain java -jar, no archive, the
# JVM's own choice of collector and heap for this machine): the figures before this tuning, in the same run.
# EXTRA_OPTIONS (split at spaces) are added to every service's command line, to try an option or a property
# (-Dquarkus...) before it is made the default.
# Ports: STARTUP_PORT (18280) for the anchor, + 1, 2, 3 for registry, ballot and results. The stack's Keycloak, keys and
# databases from TIZIM_STATE_DIR (deploy/local/.state) and TIZIM_DB_PREFIX (tizim_); the instances' logs in
# $TIZIM_STATE_DIR/logs/startup-*.log. ONLY=results (or registry, ballot) measures one service.
# The JVM and options of each service are what deploy/local/jvm.sh decides, as for the stack: a JDK 24+ with the
# service's AOT cache (-XX:AOTCache=app.aot: classes loaded and linked, where AppCDS has classes only; a trained one
# also holds the profiles of a real start), else java (17) with the AppCDS archive. As up.sh does, it first makes the
# cache the image makes (deploy/local/aot.sh, not counted) for each service whose app.aot is missing or older than
# its jars, so that it measures what a pod starts from. TIZIM_AOT=0 measures JDK 17 + AppCDS even when a cache is
# there (to alternate the two); TIZIM_AOT=1 first trains the cache of each service that has no fresh trained one (a
# real start against the stack on the service's bench port, not counted); TIZIM_JAVA as for jvm.sh. The anchor always
# runs on java (17).
# Last measured (4 December 2026, fresh clones on a quiet machine, 3 rounds, medians; README, tenth session): the
# image's cache 2.60-2.81 / 2.03-2.06 / 2.54-2.74 s to ready for registry / ballot / results, idle RSS 223-234 /
# 207-216 / 216-221 MiB; a trained cache (TIZIM_AOT=1) 2.24 / 1.72 / 2.10 s; Java 17 + AppCDS (TIZIM_AOT=0) 2.60-3.01 /
# 2.14-2.47 / 2.54-2.85 s; BASELINE=1 in the same run as the last 5.85 / 4.88 / 5.79 s; the anchor 0.12-0.16 s.
# Earlier (3 December 2026, a slower machine, JDK 25 with a trained cache, load average 1-2):
# ready 2.71 / 2.25 / 2.97 s (medians), CPU 4.5 / 3.7 / 4.8 s, idle RSS 226 / 204 / 218 MiB for registry / ballot /
# results; TIZIM_AOT=0 (Java 17 + AppCDS) 4.50 / 3.89 / 4.67 s; the anchor 0.2 s.
# Before (2 December 2026, BASELINE=1, one round at a load average of 24-33; README, "Start-up and idle
# memory"): CPU to ready 13.2 / 8.6 / 12.9 s (before 14.0 / 12.3 / 15.0 s), idle RSS 225 / 207 / 236 MiB (before
# 298 / 256 / 313 MiB) for registry / ballot / results; the anchor 1.6 s to ready, 0.29 s of CPU.
# JDK 25 with the AOT cache against JDK 17 with AppCDS, alternating (2 December 2026, two passes of one round each, at
# a load average of 32-49): CPU to ready 10.9 / 7.5 / 10.5 s against 15.1 / 11.9 / 13.8 s, idle RSS 225 / 201 / 232
# MiB against 236 / 212 / 234 MiB.
# The archive with the classes of a real start (bench/startup-classes.sh) against the archive of the static
# initialisation alone, the same build, alternating (3 December 2026, 8 starts each, load average 2-12): CPU to ready
# 9.7 / 7.8 / 9.5 s against 11.3 / 8.7 / 10.5 s (median), idle RSS 232 / 206 / 226 MiB against 231 / 209 / 226 MiB.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
state=${TIZIM_STATE_DIR:-$root/deploy/local/.state}
state=$(cd "$state" && pwd)
rounds=${1:-3}
base_port=${STARTUP_PORT:-18280}
prefix=${TIZIM_DB_PREFIX:-tizim_}
idle_seconds=${IDLE_SECONDS:-10}
settle_seconds=${SETTLE_SECONDS:-120}
only=${ONLY:-}
baseline=${BASELINE:-}
# shellcheck source=../deploy/local/jvm.sh
. "$root/deploy/local/jvm.sh"
# shellcheck source=../deploy/local/aot.sh
. "$root/deploy/local/aot.sh"

[ -f "$state/stack.env" ] && [ -f "$state/postgres.out" ] || { echo "no stack in $state: run deploy/local/up.sh" >&2; exit 1; }
keycloak_url=$(sed -n 's/^KEYCLOAK_URL=//p' "$state/stack.env")
curl -fs "$keycloak_url/realms/elections/.well-known/openid-configuration" >/dev/null \
  || { echo "Keycloak not answering at $keycloak_url: run deploy/local/up.sh" >&2; exit 1; }
read -r _ pg_host pg_port < "$state/postgres.out"
key() { cat "$state/keys/$1"; }

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The anchor: a JDK HTTP server that answers its readiness path as soon as it listens.
mkdir -p "$work/anchor"
cat > "$work/anchor/Anchor.java" <<'JAVA'
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
public class Anchor {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(args[0])), 0);
        byte[] up = "{\"status\":\"UP\"}".getBytes();
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        server.start();
    }
}
JAVA
javac --release 17 -d "$work/anchor" "$work/anchor/Anchor.java"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
status_mib() { awk -v f="$2:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Waits until the process answers UP on its readiness path; sets ready to the ms since $started, cpu to the ms of CPU
# the process has used by then.
wait_ready() { # port started log
  local deadline=$(( $(now_ms) + 600000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if [[ "$(curl -fs --max-time 2 "http://localhost:$1/q/health/ready" 2>/dev/null)" == *'"UP"'* ]]; then
      ready=$(( $(now_ms) - $2 )); cpu=$(( $(cpu_ticks "$pid") * 1000 / $(getconf CLK_TCK) )); return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "stopped while starting; see $3" >&2; exit 1; }
    sleep 0.05
  done
  echo "not ready after 600 s; see $3" >&2; exit 1
}

# Waits until the process has been idle (at most 2 % of a core a second) for idle_seconds in a row.
wait_idle() {
  local hz quiet=0 waited=0 before after
  hz=$(getconf CLK_TCK)
  before=$(cpu_ticks "$pid")
  while [ "$quiet" -lt "$idle_seconds" ]; do
    [ "$waited" -lt "$settle_seconds" ] || { echo "not idle within $settle_seconds s of ready" >&2; exit 1; }
    sleep 1
    waited=$((waited + 1))
    after=$(cpu_ticks "$pid")
    if [ $(( (after - before) * 100 )) -le $(( 2 * hz )) ]; then quiet=$((quiet + 1)); else quiet=0; fi
    before=$after
  done
}

stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

# One start of the anchor: sets ready.
anchor_run() {
  local port=$base_port log="$state/logs/startup-anchor.log" started
  started=$(now_ms)
  java "${TIZIM_JVM_OPTIONS[@]}" -cp "$work/anchor" Anchor "$port" > "$log" 2>&1 &
  pid=$!
  wait_ready "$port" "$started" "$log"
  stop
}

# launch <module> <java> <port> <log> <option>...: starts a service against the stack (launch.sh, shared with
# startup-classes.sh).
# shellcheck source=launch.sh
. "$here/launch.sh"

# One start of a service: sets ready, cpu, quarkus, rss and hwm.
service_run() { # module port [/baseline]
  local module=$1 port=$2 log="$state/logs/startup-$1.log" started java options
  tizim_service_jvm "$root/$module/target/quarkus-app"
  java=$TIZIM_SERVICE_JAVA
  options=("${TIZIM_JVM_OPTIONS[@]}" "${TIZIM_SERVICE_JVM_OPTIONS[@]}")
  [ "${3:-}" != /baseline ] || { java=java; options=(); }
  options+=(${EXTRA_OPTIONS:-})
  started=$(now_ms)
  launch "$module" "$java" "$port" "$log" "${options[@]}"
  wait_ready "$port" "$started" "$log"
  quarkus=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$log" | head -1)
  wait_idle
  rss=$(status_mib "$pid" VmRSS)
  hwm=$(status_mib "$pid" VmHWM)
  stop
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

services=(registry-service ballot-service results-service)
[ -z "$only" ] || services=("$only-service")
series=()
for service in "${services[@]}"; do
  series+=("$service")
  [ -z "$baseline" ] || series+=("$service/baseline")
done
port_of() { case $1 in registry-service) echo $((base_port + 1));; ballot-service) echo $((base_port + 2));; *) echo $((base_port + 3));; esac; }
if [ "${TIZIM_AOT:-}" = 1 ]; then
  for service in "${services[@]}"; do
    app="$root/$service/target/quarkus-app"
    tizim_aot_trained "$app" && continue
    echo "training the AOT cache of $service on a start (log: $state/logs/startup-$service-train.log)"
    tizim_aot_train "$app" "$(port_of "$service")" "$state/logs/startup-$service-train.log" launch "$service" || exit 1
    pid=""
  done
elif [ "${TIZIM_AOT:-}" != 0 ] && tizim_aot_java > /dev/null; then
  for service in "${services[@]}"; do
    app="$root/$service/target/quarkus-app"
    tizim_aot_fresh "$app" && continue
    echo "making the AOT cache of $service as the image does (log: $state/logs/startup-$service-aot.log)"
    tizim_aot_image "$app" "$state/logs/startup-$service-aot.log" launch "$service" || exit 1
    pid=""
  done
fi
for service in "${services[@]}"; do
  tizim_service_jvm "$root/$service/target/quarkus-app"
  echo "$service: $("$TIZIM_SERVICE_JAVA" -version 2>&1 | head -1), ${TIZIM_JVM_OPTIONS[*]} ${TIZIM_SERVICE_JVM_OPTIONS[*]}"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/anchor.txt"; : > "$work/anchor-cpu.txt"
mkdir -p "$work/series"
for s in "${series[@]}"; do : > "$work/series/${s/\//-}.txt"; done
for round in $(seq 1 "$rounds"); do
  anchor_run
  echo "$ready" >> "$work/anchor.txt"
  echo "$cpu" >> "$work/anchor-cpu.txt"
  printf 'round %d  %-25s ready %6d ms  cpu %6d ms\n' "$round" anchor "$ready" "$cpu"
  for s in "${series[@]}"; do
    service=${s%/*}
    port=$(port_of "$service")
    service_run "$service" "$port" "${s#"$service"}"
    echo "$ready ${quarkus:-0} $rss $hwm $cpu" >> "$work/series/${s/\//-}.txt"
    printf 'round %d  %-25s ready %6d ms  cpu %6d ms  quarkus %6s s  rss %4d MiB  hwm %4d MiB\n' "$round" "$s" "$ready" \
      "$cpu" "$quarkus" "$rss" "$hwm"
  done
done
anchor=$(median < "$work/anchor.txt")
anchor_cpu=$(median < "$work/anchor-cpu.txt")
echo "medians over $rounds rounds (load average now: $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %-25s ready %6s ms  cpu %6s ms\n' anchor "$anchor" "$anchor_cpu"
for s in "${series[@]}"; do
  file="$work/series/${s/\//-}.txt"
  ready=$(cut -d' ' -f1 "$file" | median)
  quarkus=$(cut -d' ' -f2 "$file" | median)
  rss=$(cut -d' ' -f3 "$file" | median)
  hwm=$(cut -d' ' -f4 "$file" | median)
  cpu=$(cut -d' ' -f5 "$file" | median)
  printf '  %-25s ready %6s ms (%s x the anchor)  cpu %6s ms (%s x)  quarkus %s s  idle rss %s MiB  hwm %s MiB\n' \
    "$s" "$ready" "$(awk -v r="$ready" -v a="$anchor" 'BEGIN { printf "%.1f", r / a }')" "$cpu" \
    "$(awk -v r="$cpu" -v a="$anchor_cpu" 'BEGIN { printf "%.1f", r / a }')" "$quarkus" "$rss" "$hwm"
done
