#!/usr/bin/env bash
# A plain JAX-RS resource with Waymark's annotations against the same resource without them: the
# same method in two Jersey applications on one Grizzly server in one JVM (see JaxrsLoadServer),
# one bare, one with @BodyLimit, @RateLimit (never refusing), @Cors and Waymark's providers, so
# its requests also get a request id and a JSON access log line; wrk on 127.0.0.1 only.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/jaxrs.sh
#
# It starts one JaxrsLoadServer, checks that both targets answer the same JSON with the same
# status and content type, warms up (three passes of WARMUP per target), then runs wrk ROUNDS times
# against each target in turn (bare, waymark, bare, ...) and prints every round, the medians and
# waymark/bare (target: at least 0.9), with the server JVM's CPU time per request. The access log
# is on, in its default JSON format, written where the embedded runtime writes it by default:
# standard output (here a file).
#
# Settings (environment): ROUNDS (default 5, at least 2), DURATION of one measured wrk run
# (default 10s), WARMUP (default 10s), CONNECTIONS (default 64), THREADS (default 2), JAVA_OPTS
# for the server JVM, ACCESS_LOG (the format, default json; off turns the log off) and
# ACCESS_LOG_OUTPUT (default console; logger writes through java.util.logging, as in a WAR).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
rounds="${ROUNDS:-5}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-10s}"
targets=(bare waymark)
if [ "$rounds" -lt 2 ]; then
    echo "ROUNDS must be at least 2" >&2
    exit 1
fi
# shellcheck source=wrk-lib.sh
. "$here/wrk-lib.sh"

server_access_log="${ACCESS_LOG:-json}"
JAVA_OPTS="${JAVA_OPTS:-} -Dwaymark.access-log.output=${ACCESS_LOG_OUTPUT:-console}"
start_server dev.waymark.benchmarks.JaxrsLoadServer
declare -A url
read_targets "${targets[@]}"
if ! curl -fsS -D - -o /dev/null "${url[waymark]}" | grep -qi '^RateLimit-Limit:'; then
    echo "${url[waymark]} sent no RateLimit-Limit header: Waymark's providers are not applied" >&2
    exit 1
fi

warm_up "${targets[@]}"
declare -A runs cpus result cpu_result
per_round=()
for round in $(seq 1 "$rounds"); do
    measure_round "$round" "${targets[@]}"
    per_round+=("$(printf '%-6s %10.0f %10.0f %13s   %8s %8s' "$round" "${line[0]}" "${line[2]}" \
        "$(ratio "${line[2]}" "${line[0]}")" "${line[1]}" "${line[3]}")")
done
take_medians "${targets[@]}"
lines="$(cat "$work/server.out" "$work/server.err" | grep -c '"routeKey":"GET /items/{id}"' || true)"
stop_server

echo
echo "wrk -t$threads -c$connections -d$duration, $rounds rounds, $(date -u +%Y-%m-%d), $(nproc) cores"
echo "requests/s, and the server's CPU time per request in microseconds (all its threads)"
printf '%-6s %10s %10s %13s   %8s %8s\n' round bare waymark waymark/bare "cpu bare" "cpu wm"
printf '%s\n' "${per_round[@]}"
printf '%-6s %10.0f %10.0f %13s   %8s %8s\n' median "${result[bare]}" "${result[waymark]}" \
    "$(ratio "${result[waymark]}" "${result[bare]}")" "${cpu_result[bare]}" "${cpu_result[waymark]}"
echo
printf 'waymark/bare, requests/s (medians)        %6s   target >= 0.9\n' "$(ratio "${result[waymark]}" "${result[bare]}")"
printf 'access log lines written                  %s\n' "$lines"
