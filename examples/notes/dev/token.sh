#!/usr/bin/env bash
# Mints a development token for the notes example, signed with dev/private-key.pem, which the
# example trusts through waymark.auth.users.public-key. Usage: dev/token.sh [subject] [scope]
set -euo pipefail
cd "$(dirname "$0")"
subject="${1:-alice}"
scope="${2:-notes:write}"
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"dev"}' | b64url)
payload=$(printf '{"iss":"https://auth.notes.example","aud":"notes","sub":"%s","upn":"%s","scope":"%s","iat":%d,"exp":%d}' \
  "$subject" "$subject" "$scope" "$now" "$((now + 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign private-key.pem -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
