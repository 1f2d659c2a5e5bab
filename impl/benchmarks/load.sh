#!/usr/bin/env bash
# End-to-end load benchmark: Waymark routes against bare Jersey resources on one Grizzly server in
# one JVM (see LoadServer), for 10 and 1,000 routes, with wrk on 127.0.0.1 only.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/load.sh
#
# It starts one LoadServer for each number of routes (all at once, in separate JVMs), checks that
# every target answers the same JSON, warms up (three passes of WARMUP per target: on 2 cores the
# JIT needs about that long), then runs wrk ROUNDS times against each target in turn (Waymark,
# Jersey and Waymark runtime at 10 routes, the same at 1,000, Waymark at 10 again, ...) and keeps
# the median of each. The targets are the route Waymark added last and the resource Jersey tries
# last (LoadServer reads Jersey's own order).
#
# Settings (environment): ROUTES (default "10 1000"), ROUNDS (default 5, at least 2), DURATION of
# one measured wrk run (default 10s), WARMUP (default 10s), CONNECTIONS (default 64), THREADS
# (default 2), JAVA_OPTS for the server JVM.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
routes_list="${ROUTES:-10 1000}"
rounds="${ROUNDS:-5}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-10s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
targets=(waymark jersey runtime)

if [ ! -f "$jar" ]; then
    echo "No $jar: build it first with ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests" >&2
    exit 1
fi
if [ "$rounds" -lt 2 ]; then
    echo "ROUNDS must be at least 2" >&2
    exit 1
fi
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
need_wrk

work="$(mktemp -d)"
server_pids=()
stop_servers() {
    for pid in "${server_pids[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            wait "$pid" 2>/dev/null || true
        fi
    done
    server_pids=()
}
trap 'stop_servers; rm -rf "$work"' EXIT

# Prints the requests per second of one wrk run, or fails if any request failed.
measure() {
    local url="$1" length="$2" out
    out="$(wrk -t"$threads" -c"$connections" -d"$length" "$url")"
    if grep -Eq 'Non-2xx|Socket errors' <<<"$out"; then
        echo "wrk reported failed requests for $url:" >&2
        echo "$out" >&2
        return 1
    fi
    awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

# One server per number of routes, all started before measuring: a server waits idle while another
# is measured, and every round goes through all of them, so a slow minute of the machine weighs on
# every figure alike instead of on one number of routes.
for routes in $routes_list; do
    # Each server stops by itself after 30 minutes, should this script be killed.
    java ${JAVA_OPTS:-} -Dwaymark.access-log.format=off -cp "$jar" dev.waymark.benchmarks.LoadServer "$routes" 0 1800 >"$work/server-$routes.out" 2>"$work/server-$routes.err" &
    server_pids+=($!)
done
declare -A url
keys=()
for routes in $routes_list; do
    for _ in $(seq 1 120); do
        grep -q '^ready$' "$work/server-$routes.out" && break
        sleep 0.5
    done
    if ! grep -q '^ready$' "$work/server-$routes.out"; then
        echo "LoadServer $routes did not start in 60 s" >&2
        cat "$work/server-$routes.err" >&2
        exit 1
    fi
    for target in "${targets[@]}"; do
        key="$target,$routes"
        keys+=("$key")
        url[$key]="$(awk -v name="$target" '$1 == name {print $2}' "$work/server-$routes.out")"
        body="$(curl -fsS "${url[$key]}")"
        if [ "$body" != '{"id":"42","name":"item"}' ]; then
            echo "${url[$key]} answered '$body'" >&2
            exit 1
        fi
        echo "   $target, $routes routes: ${url[$key]}" >&2
    done
done

for pass in 1 2 3; do
    for key in "${keys[@]}"; do
        rps="$(measure "${url[$key]}" "$warmup")"
        echo "   warm-up $pass ${key/,/, } routes: $rps req/s" >&2
    done
done
declare -A runs result
for round in $(seq 1 "$rounds"); do
    for key in "${keys[@]}"; do
        rps="$(measure "${url[$key]}" "$duration")"
        runs[$key]="${runs[$key]:-} $rps"
        echo "   round $round ${key/,/, } routes: $rps req/s" >&2
    done
done
for key in "${keys[@]}"; do
    result[$key]="$(median <<<"${runs[$key]}")"
done
stop_servers

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'
}

echo
echo "wrk -t$threads -c$connections -d$duration, medians of $rounds rounds, $(date -u +%Y-%m-%d), $(nproc) cores"
printf '%-8s %12s %12s %12s %16s\n' routes waymark jersey runtime waymark/jersey
for routes in $routes_list; do
    printf '%-8s %12.0f %12.0f %12.0f %16s\n' "$routes" "${result[waymark,$routes]}" "${result[jersey,$routes]}" \
        "${result[runtime,$routes]}" "$(ratio "${result[waymark,$routes]}" "${result[jersey,$routes]}")"
done
set -- $routes_list
small="$1"
large="${!#}"
if [ "$small" != "$large" ]; then
    echo
    printf '%-34s %6s   %s\n' "Waymark/Jersey at $small" "$(ratio "${result[waymark,$small]}" "${result[jersey,$small]}")" "target >= 1.0"
    printf '%-34s %6s   %s\n' "Waymark($large)/Waymark($small)" "$(ratio "${result[waymark,$large]}" "${result[waymark,$small]}")" "target >= 0.9"
    printf '%-34s %6s   %s\n' "Jersey($large)/Jersey($small)" "$(ratio "${result[jersey,$large]}" "${result[jersey,$small]}")" "expected about 0.3"
    printf '%-34s %6s   %s\n' "Runtime/Jersey at $small" "$(ratio "${result[runtime,$small]}" "${result[jersey,$small]}")" "cross-check of the first line"
    printf '%-34s %6s   %s\n' "Runtime($large)/Runtime($small)" "$(ratio "${result[runtime,$large]}" "${result[runtime,$small]}")" "cross-check of the second line"
fi
