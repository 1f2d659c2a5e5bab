#!/usr/bin/env bash
# EDGE against STANDARD: the same handler served by the embedded runtime as a STANDARD route
# (Jersey, Waymark's pre-matching filter, a CDI request context) and as an EDGE route (straight
# from Grizzly), on one server in one JVM (see EdgeLoadServer), with wrk on 127.0.0.1 only; and,
# as the ceiling, a bare Grizzly handler writing the same bytes in the same JVM.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/edge.sh
#
# It starts one EdgeLoadServer, checks that every target answers the same JSON with the same
# status and content type, warms up (three passes of WARMUP per target), then runs wrk ROUNDS times
# against each target in turn (STANDARD, EDGE, Grizzly, STANDARD, ...) and prints every round, the
# medians, EDGE/Grizzly (target: at least 0.9) and EDGE/STANDARD (about 1: both are served straight
# from Grizzly). Beside requests per second it prints the server JVM's CPU time per request (user
# and system time of all its threads, from /proc, over each wrk run): wrk shares the cores, so this
# is what each target costs the server alone.
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
targets=(standard edge grizzly)
if [ "$rounds" -lt 2 ]; then
    echo "ROUNDS must be at least 2" >&2
    exit 1
fi
# shellcheck source=wrk-lib.sh
. "$here/wrk-lib.sh"

start_server dev.waymark.benchmarks.EdgeLoadServer
declare -A url
read_targets "${targets[@]}"

warm_up "${targets[@]}"
declare -A runs cpus result cpu_result
per_round=()
for round in $(seq 1 "$rounds"); do
    measure_round "$round" "${targets[@]}"
    per_round+=("$(printf '%-6s %10.0f %10.0f %10.0f %14s %13s   %8s %8s %8s' "$round" "${line[0]}" "${line[2]}" "${line[4]}" \
        "$(ratio "${line[2]}" "${line[0]}")" "$(ratio "${line[2]}" "${line[4]}")" "${line[1]}" "${line[3]}" "${line[5]}")")
done
take_medians "${targets[@]}"
stop_server

echo
echo "wrk -t$threads -c$connections -d$duration, $rounds rounds, $(date -u +%Y-%m-%d), $(nproc) cores"
echo "requests/s, and the server's CPU time per request in microseconds (all its threads)"
printf '%-6s %10s %10s %10s %14s %13s   %8s %8s %8s\n' round standard edge grizzly edge/standard edge/grizzly \
    "cpu std" "cpu edge" "cpu grz"
printf '%s\n' "${per_round[@]}"
printf '%-6s %10.0f %10.0f %10.0f %14s %13s   %8s %8s %8s\n' median "${result[standard]}" "${result[edge]}" \
    "${result[grizzly]}" "$(ratio "${result[edge]}" "${result[standard]}")" "$(ratio "${result[edge]}" "${result[grizzly]}")" \
    "${cpu_result[standard]}" "${cpu_result[edge]}" "${cpu_result[grizzly]}"
echo
printf 'EDGE/Grizzly, requests/s (medians)        %6s   target >= 0.9\n' "$(ratio "${result[edge]}" "${result[grizzly]}")"
printf 'EDGE/STANDARD, requests/s (medians)       %6s   about 1\n' "$(ratio "${result[edge]}" "${result[standard]}")"
printf 'STANDARD/EDGE, server CPU per request    %6s\n' "$(ratio "${cpu_result[standard]}" "${cpu_result[edge]}")"
