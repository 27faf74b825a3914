#!/usr/bin/env bash
# Benchmark: a party agent uploads a large member list (default 50,000 rows) to the running
# registry-service; prints members per second and the service's peak memory.
#   deploy/local/up.sh && registry-service/bench/member-upload.sh [ROWS] [ROUNDS]
# Each round files a new party application and uploads the same CSV once; the time is the whole
# HTTP request as curl sees it (parse, hash, duplicate check, COPY, pre-check report).
# Anchor, alternating with the uploads when psql is installed: psql's \copy of the same CSV into a table
# like party_member (logged, a primary key numbering the rows in order, IIN and unit code), created for the round
# and dropped after it in the registry's database (PGHOST, PGPORT, PGUSER: as deploy/local/up.sh; PGDATABASE:
# ${TIZIM_DB_PREFIX:-tizim_}registry): the cost of storing the list's bytes alone. Ratio = anchor seconds / upload
# seconds (1 = as fast as PostgreSQL loading the file).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rows=${1:-50000}
rounds=${2:-3}
base=${REGISTRY_URL:-http://localhost:8081}
pidfile="${TIZIM_STATE_DIR:-$root/deploy/local/.state}/registry-service.pid"

curl -fs "$base/q/health/ready" >/dev/null || { echo "registry-service is not ready at $base: run deploy/local/up.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java "$here/GenerateMembers.java" "$rows" "$work/members.csv"
echo "members CSV: $rows rows, $(du -k "$work/members.csv" | cut -f1) KiB"

units='["KZ-10","KZ-11","KZ-15","KZ-19","KZ-23","KZ-27","KZ-31","KZ-33","KZ-35","KZ-39","KZ-43","KZ-47","KZ-55","KZ-59"]'
rates=()
ratios=()
anchor() { # prints the seconds psql takes to \copy the CSV into a fresh table
  local start end table="member_anchor_$$"
  start=$(date +%s.%N)
  PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} \
    psql -X -q -v ON_ERROR_STOP=1 -d "${PGDATABASE:-${TIZIM_DB_PREFIX:-tizim_}registry}" \
    -c "create table $table (line integer generated always as identity primary key, iin char(12) not null, unit_code varchar(5) not null)" \
    -c "\\copy $table (iin, unit_code) from '$work/members.csv' with (format csv, header)" \
    -c "drop table $table" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(round($end - $start, 2))"
}
for round in $(seq 1 "$rounds"); do
  party=$(cat /proc/sys/kernel/random/uuid)
  tag="bench$(date +%s%N)"
  token=$("$root/deploy/local/token.sh" party-agent "party=$party")
  bin=$(python3 -c "
import random
w=[3,4,5,6,7,8,9,10,11,1,2]
while True:
    p='2301400'+'%04d'%random.randint(0,9999)
    c=sum(int(d)*(i+1) for i,d in enumerate(p))%11
    if c==10: c=sum(int(d)*x for d,x in zip(p,w))%11
    if c!=10: print(p+str(c)); break")
  curl -fs -o /dev/null -X POST "$base/api/v1/parties/applications" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"nameKk\":\"$tag\",\"nameRu\":\"$tag\",\"nameEn\":\"$tag\",
      \"shortName\":\"$tag\",\"bin\":\"$bin\",\"notifiedOn\":\"2023-01-15\",\"congressOn\":\"2023-04-15\",
      \"initiativeGroup\":{\"size\":700,\"units\":$units}}" || { echo "filing failed (BIN $bin)" >&2; exit 1; }
  result=$(curl -s -o "$work/response.json" -w '%{http_code} %{time_total}' -X PUT \
    "$base/api/v1/parties/applications/$party/members" -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv' --data-binary @"$work/members.csv")
  status=${result% *}; seconds=${result#* }
  stored=$(python3 -c "import json; print(json.load(open('$work/response.json')).get('rows'))")
  [ "$status" = 200 ] && [ "$stored" = "$rows" ] || { echo "round $round: HTTP $status, rows $stored" >&2; exit 1; }
  rate=$(python3 -c "print(round($rows / $seconds))")
  rates+=("$rate")
  printf 'round %d: %d rows in %.2f s = %d members/s\n' "$round" "$rows" "$seconds" "$rate"
  if command -v psql >/dev/null; then
    anchor_seconds=$(anchor)
    ratio=$(python3 -c "print(round($anchor_seconds / $seconds, 2))")
    ratios+=("$ratio")
    printf '  anchor: psql \\copy of the same CSV into a table like party_member: %.2f s; ratio %s\n' "$anchor_seconds" "$ratio"
  fi
done

sorted=$(printf '%s\n' "${rates[@]}" | sort -n)
best=$(echo "$sorted" | tail -1)
median=$(echo "$sorted" | sed -n "$(( (rounds + 1) / 2 ))p")
echo "members/s: $best (best), $median (median) over $rounds round(s) of $rows rows"
[ ${#ratios[@]} -gt 0 ] && echo "ratio to the anchor: ${ratios[*]} (by round)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$pidfile" ] && [ -r "/proc/$(cat "$pidfile")/status" ]; then
  grep -E '^VmHWM' "/proc/$(cat "$pidfile")/status" | awk '{printf "service peak RSS (VmHWM): %d MiB\n", $2/1024}'
fi
curl -fs "$base/q/metrics" | awk '/^jvm_memory_used_bytes/ && /area="heap"/ {sum += $NF} END {printf "service JVM heap in use now: %d MiB\n", sum/1048576}'
