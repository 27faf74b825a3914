#!/usr/bin/env bash
# Election-night speed against the machine's own limits, measured in the same run: on a shared machine an
# absolute figure moves 2-5x from run to run, a ratio against the physical limit beside it holds.
#   deploy/local/up.sh && bench/side-by-side.sh [ROUNDS]
# Two paths, each run alternately with its anchor, ROUNDS (2) times, then each figure and the ratio:
#   reads    GET results/latest of the demo election as JSON and as CSV (?format=csv), and its results page
#            (/ui/elections/{code}, Kazakh, anonymous; and "lang": the same page with ?lang=kk, as the language links
#            ask it, which also sets the language cookie) by wrk (1 thread, 32 connections, READ_SECONDS 10 s each),
#            each against nginx
#            (1 worker, on loopback :NGINX_PORT 18980) serving the same bytes from a file;
#   intake   a fresh national list contest of INTAKE_PRECINCTS (40,000) precincts set up by results.sh's ResultsBench
#            (not timed; it also sends the first protocol, which loads the contest), then its protocols POSTed by wrk
#            (bench/intake.lua: INTAKE_THREADS 1 thread, 16 connections, INTAKE_SECONDS 10 s, each protocol with an
#            Idempotency-Key of its own), against pgbench (8 clients, INTAKE_SECONDS 10 s) writing one protocol row
#            and 9 vote rows per transaction into its own scratch database (bench_anchor). Checked after each round:
#            every answer was 201 (none refused, timed out or sent again after the protocols ran out), and the
#            contest's reported precincts, read through the API, count every protocol answered 201 (and at most one
#            more a connection: in flight when wrk stopped). Each round prints the CPU time a protocol of results-service,
#            of wrk and of the PostgreSQL backends of results-service's database, and pgbench's of its backends a
#            transaction (bench/cpu.sh). Before the rounds, uncounted warm-up rounds (INTAKE_WARMUP_SECONDS, 10,
#            each on a contest of its own, checked as a round is) until results-service's CPU a protocol is within
#            10 % of the warm-up round before (the JIT has compiled the path: right after a start a protocol costs 2-3x
#            what it does once warm, and it takes some 20,000 protocols), at most INTAKE_WARMUP_ROUNDS (6; 0 for
#            none). The load generator is C, as pgbench's is: results.sh's Java client used 1.4-1.7 ms of the same
#            2 cores a protocol (about as much as the service), wrk about 0.06 ms. INTAKE_CLIENT=java runs
#            results.sh's intake instead (PRECINCTS 10,000 protocols, 16 Java clients, no Idempotency-Key), as before.
# The anchors' tools (wrk, nginx-light, PostgreSQL's pgbench) are installed from Debian packages when missing.
# Ports and state as deploy/local/up.sh takes them (REGISTRY_PORT, BALLOT_PORT, RESULTS_PORT, TIZIM_STATE_DIR,
# PGHOST, PGPORT, PGUSER). ONLY=reads or ONLY=intake runs one path. ANCHOR_DB (bench_anchor): pgbench's scratch
# database, dropped and created each round; two runs at once on one PostgreSQL need one each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
state=${TIZIM_STATE_DIR:-$root/deploy/local/.state}
rounds=${1:-2}
results=http://localhost:${RESULTS_PORT:-8083}
election=${ELECTION:-mazhilis-2023}
read_seconds=${READ_SECONDS:-10}
intake_seconds=${INTAKE_SECONDS:-10}
nginx_port=${NGINX_PORT:-18980}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER PGOPTIONS="-c client_min_messages=warning"
anchor_db=${ANCHOR_DB:-bench_anchor} # its own per concurrent run: each round drops and creates it
intake_client=${INTAKE_CLIENT:-wrk}
intake_threads=${INTAKE_THREADS:-1}
intake_precincts=${INTAKE_PRECINCTS:-40000}
intake_warmup=${INTAKE_WARMUP_SECONDS:-10}
intake_warmup_rounds=${INTAKE_WARMUP_ROUNDS:-6} # 0: none
results_db=${TIZIM_DB_PREFIX:-tizim_}results
. "$here/cpu.sh" # cpu_ms, database_cpu, database_cpu_since, ended_backends_ms
work=$(mktemp -d)
chmod 755 "$work" # nginx running as root serves as nobody
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

install_missing() { # command package
  command -v "$1" >/dev/null || [ -x "/usr/sbin/$1" ] && return 0
  echo "installing $2 (for $1)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1; } \
    || { echo "could not install $2: apt-get install $2" >&2; exit 1; }
}
install_missing wrk wrk
install_missing nginx nginx-light
install_missing pgbench postgresql-client
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

curl -fs "$results/q/health/ready" >/dev/null || { echo "results-service not ready at $results: run deploy/local/up.sh" >&2; exit 1; }
# The PostgreSQL server (the parent of every backend): what listens on PGPORT.
postgres_pid=$(ss -ltnpH "sport = :$PGPORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
[ -n "$postgres_pid" ] || { echo "no PostgreSQL server found listening on :$PGPORT (ss -ltnp)" >&2; exit 1; }

# wrk's p99 latency (ms) from its --latency output in FILE.
wrk_p99() { awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$1"; }
mean() { awk '{ s += $1; n++ } END { if (n) printf "%.0f", s / n; else print 0 }'; }
# wrk's requests/s and p99 (ms) of a URL: "RATE P99".
wrk_run() {
  wrk -t1 -c32 -d"${read_seconds}s" --latency "$1" > "$work/wrk.out" 2>&1
  local rate p99 errors
  rate=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/wrk.out")
  p99=$(wrk_p99 "$work/wrk.out")
  errors=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.out")
  [ -z "$errors" ] || { echo "wrk: $errors non-2xx responses from $1" >&2; cat "$work/wrk.out" >&2; exit 1; }
  echo "${rate%.*} $p99"
}

# One read, Tizim and nginx alternately, ROUNDS times: "NAME URL FILE LOCATION" (nginx serves FILE at LOCATION).
read_side_by_side() {
  local name=$1 url=$2 file=$3 location=$4
  echo "  $name: $(wc -c < "$work/$file") bytes, $url" >&2
  : > "$work/$name.tizim"; : > "$work/$name.nginx"
  read_seconds=3 wrk_run "$url" > /dev/null # warm-up, not counted: the first reads after a start compile the path
  for round in $(seq 1 "$rounds"); do
    set -- $(wrk_run "$url"); echo "$1 $2" >> "$work/$name.tizim"
    printf '  round %d  %-5s Tizim %6d req/s  p99 %6.2f ms\n' "$round" "$name" "$1" "$2" >&2
    set -- $(wrk_run "http://127.0.0.1:$nginx_port$location"); echo "$1 $2" >> "$work/$name.nginx"
    printf '  round %d  %-5s nginx %6d req/s  p99 %6.2f ms\n' "$round" "$name" "$1" "$2" >&2
  done
}

read_ratio() { # NAME
  awk -v name="$1" -v t="$(cut -d' ' -f1 "$work/$1.tizim" | mean)" -v n="$(cut -d' ' -f1 "$work/$1.nginx" | mean)" \
      -v tp="$(cut -d' ' -f2 "$work/$1.tizim" | sort -n | tail -1)" -v np="$(cut -d' ' -f2 "$work/$1.nginx" | sort -n | tail -1)" \
    'BEGIN { printf "reads %-5s Tizim %d req/s (p99 <= %s ms), nginx %d req/s (p99 <= %s ms): ratio %.2f\n", name, t, tp, n, np, t / n }'
}

# The same bytes from nginx: the latest results as JSON and CSV, and the results page (Kazakh, as an anonymous
# reader without a language cookie gets it).
reads() {
  local api="$results/api/v1/elections/$election/results/latest" page="$results/ui/elections/$election"
  curl -fs -o "$work/latest.json" "$api" || { echo "no published results at $api" >&2; exit 1; }
  curl -fs -o "$work/latest.csv" "$api?format=csv" || { echo "no CSV at $api?format=csv" >&2; exit 1; }
  curl -fs -o "$work/page.html" "$page" || { echo "no results page at $page" >&2; exit 1; }
  mkdir -p "$work/nginx/html" "$work/nginx/tmp"
  cp "$work/latest.json" "$work/latest.csv" "$work/page.html" "$work/nginx/html/"
  cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp;
    proxy_temp_path $work/nginx/tmp;
    fastcgi_temp_path $work/nginx/tmp;
    uwsgi_temp_path $work/nginx/tmp;
    scgi_temp_path $work/nginx/tmp;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/nginx/html;
        location = /latest { default_type application/json; add_header Cache-Control "max-age=5"; try_files /latest.json =404; }
        location = /csv { default_type "text/csv; charset=UTF-8"; add_header Cache-Control "max-age=5"; try_files /latest.csv =404; }
        location = /page { default_type "text/html;charset=UTF-8"; add_header Cache-Control "public, max-age=5"; try_files /page.html =404; }
    }
}
CONF
  "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" > "$work/nginx/out.log" 2>&1 &
  nginx_pid=$!
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/latest" && break; sleep 0.1; done
  local location file
  for location in latest:latest.json csv:latest.csv page:page.html; do
    file=${location#*:}; location=${location%%:*}
    curl -fs -o "$work/nginx.out" "http://127.0.0.1:$nginx_port/$location" && cmp -s "$work/$file" "$work/nginx.out" \
      || { echo "nginx does not serve the bytes of $file; see $work/nginx/error.log" >&2; cat "$work/nginx/error.log" "$work/nginx/out.log" >&2; exit 1; }
  done
  echo "reads of $election: wrk 1 thread, 32 connections, ${read_seconds} s each" >&2
  read_side_by_side json "$api" latest.json /latest
  read_side_by_side csv "$api?format=csv" latest.csv /csv
  read_side_by_side page "$page" page.html /page
  # The same page asked with the language alone (a language link): served from the same prepared bytes, with the
  # cookie that remembers the choice (rendered per request until the ninth session: 0.13 of nginx).
  read_side_by_side lang "$page?lang=kk" page.html /page
  kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""
  read_ratio json; read_ratio csv; read_ratio page; read_ratio lang
}

# pgbench's run: "TPS DB_MS", its transactions/s and the CPU (ms) a transaction of its backends (they end with the
# run: counted once the server has reaped them all).
pgbench_run() {
  local before after
  before=$(ended_backends_ms "$postgres_pid")
  pgbench -n -c 8 -j 2 -T "$intake_seconds" -f "$work/protocol.sql" "$anchor_db" > "$work/pgbench.out" 2>&1
  for _ in $(seq 1 100); do [ -z "$(database_cpu "$anchor_db")" ] && break; sleep 0.1; done
  after=$(ended_backends_ms "$postgres_pid")
  awk -v d=$((after - before)) '/^number of transactions actually processed:/ { n = $NF } /^tps = / { t = $3 }
    END { if (!n) exit 1; printf "%d %.2f", t, d / n }' "$work/pgbench.out" \
    || { echo "pgbench failed" >&2; cat "$work/pgbench.out" >&2; exit 1; }
}

# One intake by wrk: a fresh contest of PRECINCTS precincts set up (not timed) by ResultsBench, its protocols sent
# for INTAKE_SECONDS by bench/intake.lua, then checked: every answer 201, none run out of, and the contest's count of
# reported precincts (through the API) equal to the protocols answered 201 and the first one (set-up). Prints
# "RATE P99 SERVICE_MS WRK_MS DB_MS": protocols/s, p99 (ms), the CPU (ms) a protocol of results-service, of wrk and of
# the PostgreSQL backends serving results-service's database.
wrk_intake() {
  local bodies="$work/protocols.$1" out="$work/wrk-intake.out" pid before after created other exhausted reported
  PRECINCTS=$intake_precincts INTAKE_BODIES="$bodies" "$root/results-service/bench/results.sh" 16 > "$work/prepare.out" 2>&1 \
    || { echo "results.sh's set-up failed" >&2; cat "$work/prepare.out" >&2; exit 1; }
  local contest; contest=$(sed -n 's/^prepared: [0-9]* protocols of \([^ ]*\) in .*/\1/p' "$work/prepare.out")
  pid=$(cat "$state/results-service.pid" 2>/dev/null || true)
  before=$([ -n "$pid" ] && cpu_ms "$pid" || echo 0)
  database_cpu "$results_db" > "$work/database.before"
  /usr/bin/time -f '%U %S' -o "$work/wrk.time" wrk -t"$intake_threads" -c16 -d"${intake_seconds}s" --timeout 30s --latency \
    -s "$here/intake.lua" "$results/api/v1/protocols" -- "$bodies" "$(cat "$bodies.token")" "$(date +%s%N)" "$intake_threads" \
    > "$out" 2>&1
  after=$([ -n "$pid" ] && cpu_ms "$pid" || echo 0)
  local database_ms; database_ms=$(database_cpu_since "$results_db" "$work/database.before")
  set -- $(sed -n 's/^intake-check: created \([0-9]*\) other \([0-9]*\) exhausted \([0-9]*\)$/\1 \2 \3/p' "$out")
  created=${1:-0}; other=${2:-0}; exhausted=${3:-0}
  [ "$created" -gt 0 ] && [ "$other" = 0 ] && [ "$exhausted" = 0 ] && ! grep -q '^ *Socket errors' "$out" || {
    echo "wrk's intake: $created answered 201, $other otherwise, $exhausted sent again after running out of protocols" \
      "(raise INTAKE_PRECINCTS or lower INTAKE_SECONDS if so), or socket errors (timeouts)" >&2; cat "$out" >&2; exit 1; }
  # Every 201 is stored; at most one request a connection was still open when wrk stopped, stored or not.
  reported=$(curl -fs -H "Authorization: Bearer $("$root/deploy/local/token.sh" commission territory=KZ)" \
      "$results/api/v1/contests/$contest/tabulation" | sed -n 's/.*"nation":{[^}]*"precinctsReported":\([0-9]*\).*/\1/p')
  [ -n "$reported" ] && [ "$reported" -ge $((created + 1)) ] && [ "$reported" -le $((created + 1 + 16)) ] || {
    echo "wrk's intake: $created protocols answered 201 (and the set-up's one), but $contest reports ${reported:-?} precincts" >&2; exit 1; }
  local rate p99 wrk_cpu
  rate=$(awk -v c="$created" -v s="$(sed -n 's/.* requests in \([0-9.]*\)\(m\?s\),.*/\1 \2/p' "$out")" \
    'BEGIN { split(s, t, " "); secs = t[2] == "ms" ? t[1] / 1000 : t[1]; printf "%.0f", c / secs }')
  p99=$(wrk_p99 "$out")
  wrk_cpu=$(awk -v c="$created" '{ printf "%.3f", ($1 + $2) * 1000 / c }' "$work/wrk.time")
  echo "$rate $p99 $(awk -v d=$((after - before)) -v c="$created" 'BEGIN { printf "%.2f", d / c }') $wrk_cpu" \
    "$(awk -v d="$database_ms" -v c="$created" 'BEGIN { printf "%.2f", d / c }')"
}

intake() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $anchor_db" -c "CREATE DATABASE $anchor_db" >/dev/null
  psql -q -d "$anchor_db" >/dev/null <<'SQL'
CREATE TABLE protocol (id bigserial PRIMARY KEY, contest text NOT NULL, precinct uuid NOT NULL, voters_on_list int NOT NULL,
  ballots_received int NOT NULL, ballots_issued int NOT NULL, ballots_cancelled int NOT NULL, took_part int NOT NULL,
  invalid int NOT NULL, against_all int NOT NULL, submitted_at timestamptz NOT NULL DEFAULT now(), UNIQUE (contest, precinct));
CREATE TABLE vote (protocol_id bigint NOT NULL REFERENCES protocol, position int NOT NULL, votes int NOT NULL,
  PRIMARY KEY (protocol_id, position));
SQL
  cat > "$work/protocol.sql" <<'SQL'
BEGIN;
INSERT INTO protocol (contest, precinct, voters_on_list, ballots_received, ballots_issued, ballots_cancelled, took_part, invalid, against_all)
  VALUES ('bench.list', gen_random_uuid(), 3000, 3000, 1500, 1500, 1500, 15, 58) RETURNING id \gset
INSERT INTO vote (protocol_id, position, votes) VALUES (:id, 1, 800), (:id, 2, 160), (:id, 3, 124), (:id, 4, 101),
  (:id, 5, 77), (:id, 6, 34), (:id, 7, 131), (:id, 8, 0), (:id, 9, 0);
END;
SQL
  if [ "$intake_client" = java ]; then
    echo "intake: Tizim results.sh's intake (PRECINCTS ${PRECINCTS:-10000} protocols, 16 clients); pgbench 8 clients, ${intake_seconds} s, 1 + 9 rows a transaction" >&2
  else
    echo "intake: Tizim by wrk (${intake_threads} thread(s), 16 connections, ${intake_seconds} s, a fresh contest of $intake_precincts precincts); pgbench 8 clients, ${intake_seconds} s, 1 + 9 rows a transaction" >&2
  fi
  : > "$work/intake.tizim"; : > "$work/intake.pgbench"
  local rate p99 line
  if [ "$intake_client" != java ]; then
    # Not counted: the first protocols after a start compile the path (a cold round ran at 30-40 % of a warm one's
    # rate with 2-3x its CPU a protocol). Each on a contest of its own, sent to as a round is, with the same checks,
    # until the CPU a protocol settles: election night's intake runs for hours on a compiled path.
    local warm previous=""
    for warm in $(seq 1 "$intake_warmup_rounds"); do
      line=$(intake_seconds=$intake_warmup wrk_intake "warm-up-$warm") || exit 1
      set -- $line
      printf '  warm-up %d Tizim  %5d protocols/s  p99 %6.1f ms; results-service %s ms CPU a protocol (not counted)\n' \
        "$warm" "$1" "$2" "$3" >&2
      [ -n "$previous" ] && awk -v a="$previous" -v b="$3" 'BEGIN { exit !(b <= a * 1.1 && b >= a * 0.9) }' && break
      previous=$3
    done
  fi
  for round in $(seq 1 "$rounds"); do
    line=$(pgbench_run) || exit 1
    set -- $line; echo "$1" >> "$work/intake.pgbench"
    printf '  round %d  pgbench %5d tps; its PostgreSQL backends %s ms CPU a transaction\n' "$round" "$1" "$2" >&2
    database=""
    if [ "$intake_client" = java ]; then
      line=$(READ_SECONDS=0 INTAKE_ONLY=1 "$root/results-service/bench/results.sh" 16 2>&1 || true)
      grep -q '^protocols:' <<< "$line" || { echo "results.sh's intake failed" >&2; exit 1; }
      rate=$(sed -n 's/^protocols: .* = \([0-9]*\) protocols\/s.*/\1/p' <<< "$line")
      p99=$(sed -n 's/^protocols: .*p99 \([0-9.]*\) ms.*/\1/p' <<< "$line")
      cpu=$(sed -n 's/^results-service CPU during the protocols: \([0-9.]*\) ms.*/\1/p' <<< "$line")
      client=$(sed -n 's/^load generator (this JVM) CPU during the protocols: \([0-9.]*\) ms.*/\1/p' <<< "$line")
    else
      line=$(wrk_intake "$round") || exit 1
      set -- $line; rate=$1; p99=$2; cpu=$3; client=$4; database=$5
    fi
    echo "$rate $p99" >> "$work/intake.tizim"
    printf '  round %d  Tizim   %5d protocols/s  p99 %6.1f ms%s\n' "$round" "$rate" "$p99" \
      "${cpu:+; results-service ${cpu} ms CPU a protocol}${client:+, load generator ${client} ms}${database:+, its PostgreSQL backends ${database} ms}" >&2
  done
  line=$(pgbench_run) || exit 1
  set -- $line; echo "$1" >> "$work/intake.pgbench"
  printf '  last     pgbench %5d tps; its PostgreSQL backends %s ms CPU a transaction\n' "$1" "$2" >&2
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $anchor_db" >/dev/null
  awk -v t="$(cut -d' ' -f1 "$work/intake.tizim" | mean)" -v p="$(mean < "$work/intake.pgbench")" \
      -v tp="$(cut -d' ' -f2 "$work/intake.tizim" | sort -n | tail -1)" \
    'BEGIN { printf "intake: Tizim %d protocols/s (p99 <= %s ms), pgbench %d tps: ratio %.2f\n", t, tp, p, t / p }'
}

case "${ONLY:-all}" in
  reads) reads ;;
  intake) intake ;;
  *) reads; intake ;;
esac
