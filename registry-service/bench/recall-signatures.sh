#!/usr/bin/env bash
# Benchmark: recall signature sheets keyed in through the API (default 100,000 signatures, the size of a large
# district's 10 %, in batches of 5,000, 4 requests at a time) into one recall petition on the running stack;
# prints signatures per second. Target: 100,000 in under 60 s.
#   deploy/local/up.sh && registry-service/bench/recall-signatures.sh [SIGNATURES] [BATCH] [CLIENTS]
# Sets up what it needs through the API: a mandate for the demo deputy of mazhilis-2023.smd-75-01 (reported as
# results-service reports the elected, with its client-credentials token) unless the district has one, a citizen's
# recall application and the Almaty commission's admission; a petition COLLECTING there already is reused. The
# Almaty commission enters the sheets. The time is from the first request sent to the last answered.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
total=${1:-100000}
batch=${2:-5000}
clients=${3:-4}
state=${TIZIM_STATE_DIR:-$root/deploy/local/.state}
[ -f "$state/stack.env" ] || { echo "no local stack in $state: run deploy/local/up.sh first" >&2; exit 1; }
# shellcheck disable=SC1091
. "$state/stack.env"
base=${REGISTRY_URL:-http://localhost:8081}/api/v1
district=${DISTRICT:-mazhilis-2023.smd-75-01}

curl -fs "${base%/api/v1}/q/health/ready" >/dev/null || { echo "registry-service is not ready at $base: run deploy/local/up.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }

service=$(curl -fs -d grant_type=client_credentials -d client_id=results-service \
  -d "client_secret=$(cat "$state/keys/results-client-secret")" \
  "$KEYCLOAK_URL/realms/elections/protocol/openid-connect/token" | field "['access_token']")
commission=$("$root/deploy/local/token.sh" commission territory=KZ-75)
citizen=$("$root/deploy/local/token.sh" citizen "sub=bench-recall-$(date +%s)")

current=$(curl -fs "$base/contests/$district/mandates" | python3 -c "
import json,sys; print(sum(1 for m in json.load(sys.stdin)['mandates'] if m['status'] == 'CURRENT'))")
if [ "$current" = 0 ]; then
  deputy=$(curl -fs "$base/contests/$district/candidates" | field "['candidates'][0]['nominationId']")
  curl -fs -o /dev/null -X PUT "$base/contests/$district/elected" -H "Authorization: Bearer $service" \
    -H 'Content-Type: application/json' -d "{\"electedOn\":\"2023-03-29\",\"elected\":[\"$deputy\"],\"resultVersion\":1}"
fi
petition=$(curl -fs "$base/recalls?district=$district" | python3 -c "
import json,sys; print(next((p['id'] for p in json.load(sys.stdin) if p['status'] == 'COLLECTING'), ''))")
if [ -z "$petition" ]; then
  petition=$(curl -fs -X POST "$base/recalls" -H "Authorization: Bearer $citizen" -H 'Content-Type: application/json' \
    -d "{\"district\":\"$district\",\"ground\":\"benchmark\",\"applicantName\":\"Бенчмарк\",\"applicantAddress\":\"Алматы\"}" \
    | field "['id']")
  curl -fs -o /dev/null -X POST "$base/recalls/$petition/decisions" -H "Authorization: Bearer $commission" \
    -H 'Content-Type: application/json' -d '{"action":"ADMIT"}'
fi
before=$(curl -fs "$base/recalls/$petition" | field "['signatures']")
echo "petition $petition in $district: $before signatures before"

# Batches of distinct voters with valid IINs (check digit, two passes of weights), signed today.
python3 - "$total" "$batch" "$work" <<'PY'
import json, random, sys, datetime
total, size, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
w1, w2 = range(1, 12), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
seen, today, n = set(), datetime.date.today().isoformat(), 0
def iin():
    while True:
        p = '%02d%02d%02d' % (random.randint(50, 99), random.randint(1, 12), random.randint(1, 28)) + str(random.randint(3, 6)) + '%04d' % random.randint(0, 9999)
        c = sum(int(d) * w for d, w in zip(p, w1)) % 11
        if c == 10:
            c = sum(int(d) * w for d, w in zip(p, w2)) % 11
        if c != 10 and p not in seen:
            seen.add(p)
            return p + str(c)
for b in range(0, total, size):
    rows = [{"fullName": "Сайлаушы %d Бенчмаркұлы" % i, "address": "Алматы, %d-үй" % i, "iin": iin(), "signedOn": today}
            for i in range(b, min(total, b + size))]
    with open('%s/batch-%05d.json' % (out, b // size), 'w') as f:
        json.dump({"signatures": rows}, f, ensure_ascii=False)
PY

start=$(date +%s.%N)
ls "$work"/batch-*.json | xargs -P "$clients" -I{} sh -c \
  "curl -fs -o /dev/null -X POST '$base/recalls/$petition/signatures' -H 'Authorization: Bearer $commission' \
     -H 'Content-Type: application/json' --data-binary @{} || { echo 'batch {} failed' >&2; exit 255; }"
end=$(date +%s.%N)
after=$(curl -fs "$base/recalls/$petition" | field "['signatures']")
python3 -c "
entered = $after - $before; seconds = $end - $start
print('%d signatures entered in %.1f s = %d signatures/s (%d a batch, %d clients); petition total %d'
      % (entered, seconds, entered / seconds, $batch, $clients, $after))"
# Random IINs of a later run can repeat an earlier run's voters (about 15 in 100,000 on a petition of 100,000): the
# service counts those once, as the law wants; more than 0.1 % missing is a failure.
missing=$((total - (after - before)))
[ "$missing" -le $((total / 1000)) ] || { echo "expected $total new signatures, $missing missing" >&2; exit 1; }
[ "$missing" = 0 ] || echo "$missing generated voters had signed in an earlier run and were counted once"
