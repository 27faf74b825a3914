#!/usr/bin/env bash
# Prints a bearer token for the local stack, signed with the key up.sh generated.
#   deploy/local/token.sh ROLE [claim=value ...]
#   deploy/local/token.sh commission territory=KZ
#   deploy/local/token.sh party-agent party=<party id>
#   deploy/local/token.sh citizen sub=citizen-791028302728
# The token is for all three services (aud registry-service, ballot-service, results-service).
# Options through the environment: TOKEN_TTL seconds (3600).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
key="$here/.state/keys/token-signing.pem"
[ -f "$key" ] || { echo "no signing key at $key: run deploy/local/up.sh first" >&2; exit 1; }
[ $# -ge 1 ] || { echo "usage: $0 ROLE [claim=value ...]" >&2; exit 2; }

role=$1; shift
now=$(date +%s)
sub="local-$role"
claims=""
for pair in "$@"; do
  name=${pair%%=*}; value=${pair#*=}
  if [ "$name" = sub ]; then sub=$value; else claims="$claims,\"$name\":\"$value\""; fi
done

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"tizim-local"}' | b64url)
payload=$(printf '{"iss":"tizim-local","sub":"%s","preferred_username":"%s","aud":["registry-service","ballot-service","results-service"],"iat":%d,"exp":%d,"realm_access":{"roles":["%s"]}%s}' \
  "$sub" "$sub" "$now" "$((now + ${TOKEN_TTL:-3600}))" "$role" "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
