#!/usr/bin/env bash
# Prints an access token from the local stack's Keycloak, for all three services.
#   deploy/local/token.sh USER                      a demo user (cec, almaty-commission, agent-amanat, citizen, …)
#   deploy/local/token.sh ROLE [attribute=value …]   a user with that realm role and attributes, created on first
#                                                   use: commission territory=KZ-75, party-agent party=<party id>,
#                                                   citizen sub=<name> (sub names the user; Keycloak sets the sub claim)
# Uses the dev-only client tizim-dev (password grant), which up.sh adds to the local realm only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${TIZIM_STATE_DIR:-$here/.state}
[ -f "$state/stack.env" ] || { echo "no local stack in $state: run deploy/local/up.sh first" >&2; exit 1; }
# shellcheck disable=SC1091
. "$state/stack.env"
[ $# -ge 1 ] || { echo "usage: $0 USER | ROLE [attribute=value ...]" >&2; exit 2; }
json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

user=$1; shift
case "$user" in
  commission|party-agent|citizen|tabulator|observer)
    role=$user; attributes=""; suffix=""
    for pair in "$@"; do
      name=${pair%%=*}; value=${pair#*=}
      suffix="$suffix-$value"
      [ "$name" = sub ] || attributes="$attributes${attributes:+,}\"$name\":[\"$value\"]"
    done
    user=$(printf '%s%s' "$role" "$suffix" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9.\n-' '-')
    admin=$(curl -fs -d grant_type=client_credentials -d client_id=tizim-admin -d "client_secret=$ADMIN_SECRET" \
      "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | json_field access_token)
    curl -fs -o /dev/null -X POST "$KEYCLOAK_URL/admin/realms/elections/partialImport" \
      -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "{\"ifResourceExists\": \"SKIP\",
      \"users\": [{\"username\": \"$user\", \"enabled\": true, \"realmRoles\": [\"$role\"], \"attributes\": {$attributes},
      \"credentials\": [{\"type\": \"password\", \"value\": \"$DEMO_PASSWORD\", \"temporary\": false}]}]}" \
      || { echo "could not create user $user in Keycloak" >&2; exit 1; }
    ;;
esac
response=$(curl -s -d grant_type=password -d client_id=tizim-dev -d "username=$user" -d "password=$DEMO_PASSWORD" \
  "$KEYCLOAK_URL/realms/elections/protocol/openid-connect/token")
token=$(printf '%s' "$response" | json_field access_token)
[ -n "$token" ] || { echo "no token for $user: $response" >&2; exit 1; }
printf '%s\n' "$token"
