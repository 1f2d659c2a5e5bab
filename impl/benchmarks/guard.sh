#!/usr/bin/env bash
# What authorizers and rate limits cost: the same JSON handler served by the embedded runtime as a
# STANDARD route without anything before it (open), behind a JWT authorizer that verifies an RS256
# token on every request (jwt), behind a custom authorizer whose decisions are cached (custom), and
# behind a rate limit that never refuses (limited), on one server in one JVM (see
# GuardLoadServer), with wrk on 127.0.0.1 only.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/guard.sh
#
# It starts one GuardLoadServer, checks that every target answers the same JSON with its header
# and refuses without it, warms up (two passes of WARMUP per target), then runs wrk ROUNDS times
# against each target in turn and prints every round, the medians, and each target's throughput
# and server CPU time per request as a ratio to the open route.
#
# Settings (environment): ROUNDS (default 5, at least 2), DURATION of one measured wrk run
# (default 10s), WARMUP (default 10s), CONNECTIONS (default 64), THREADS (default 2), JAVA_OPTS
# for the server JVM.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
rounds="${ROUNDS:-5}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-10s}"
targets=(open jwt custom limited)
if [ "$rounds" -lt 2 ]; then
    echo "ROUNDS must be at least 2" >&2
    exit 1
fi
# shellcheck source=wrk-lib.sh
. "$here/wrk-lib.sh"

start_server dev.waymark.benchmarks.GuardLoadServer
declare -A url header
for target in "${targets[@]}"; do
    url[$target]="$(awk -v name="$target" '$1 == name {print $2}' "$work/server.out")"
    spec="$(awk -v name="$target" '$1 == name {print $3}' "$work/server.out")"
    header[$target]=""
    curl_header=()
    if [ "$spec" != "-" ]; then
        header[$target]="$(sed 's/:/: /; s/_/ /' <<<"$spec")"
        curl_header=(-H "${header[$target]}")
        refused="$(curl -sS -o /dev/null -w '%{http_code}' "${url[$target]}")"
        if [ "$refused" != 401 ]; then
            echo "${url[$target]} answered $refused without its header" >&2
            exit 1
        fi
    fi
    answer="$(curl -fsS -w ' %{http_code} %{content_type}' "${curl_header[@]}" "${url[$target]}")"
    if [ "$answer" != '{"id":"42","name":"item"} 200 application/json' ]; then
        echo "${url[$target]} answered '$answer'" >&2
        exit 1
    fi
    echo "   $target: ${url[$target]}" >&2
done

run_rounds
stop_server
for target in jwt custom limited; do
    printf '%-8s / open: requests/s %5s, server CPU per request %5s\n' "$target" \
        "$(ratio "${result[$target]}" "${result[open]}")" "$(ratio "${cpu_result[$target]}" "${cpu_result[open]}")"
done
