#!/usr/bin/env bash
# End-to-end load benchmark: Waymark routes against bare Jersey resources on one Grizzly server in
# one JVM (see LoadServer), for 10 and 1,000 routes, with wrk on 127.0.0.1 only.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/load.sh
#
# For each number of routes it starts one LoadServer, checks that every target answers the same
# JSON, warms up (three passes of WARMUP per target: on 2 cores the JIT needs about that long), then runs wrk ROUNDS times against each target
# in turn (Waymark, Jersey, Waymark runtime, Waymark, ...) and keeps the median of each.
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
if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk" >&2
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

work="$(mktemp -d)"
server_pid=""
stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
trap 'stop_server; rm -rf "$work"' EXIT

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

median() {
    tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

declare -A result
for routes in $routes_list; do
    echo "== $routes routes of each kind" >&2
    # The server stops by itself after 15 minutes, should this script be killed.
    java ${JAVA_OPTS:-} -cp "$jar" dev.waymark.benchmarks.LoadServer "$routes" 0 900 >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 120); do
        grep -q '^ready$' "$work/server.out" && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
        sleep 0.5
    done
    grep -q '^ready$' "$work/server.out" || { echo "LoadServer did not start in 60 s" >&2; exit 1; }
    declare -A url=()
    for target in "${targets[@]}"; do
        url[$target]="$(awk -v name="$target" '$1 == name {print $2}' "$work/server.out")"
        body="$(curl -fsS "${url[$target]}")"
        if [ "$body" != '{"id":"42","name":"item"}' ]; then
            echo "${url[$target]} answered '$body'" >&2
            exit 1
        fi
        echo "   $target: ${url[$target]}" >&2
    done
    for pass in 1 2 3; do
        for target in "${targets[@]}"; do
            echo "   warm-up $pass $target: $(measure "${url[$target]}" "$warmup") req/s" >&2
        done
    done
    declare -A runs=()
    for round in $(seq 1 "$rounds"); do
        for target in "${targets[@]}"; do
            rps="$(measure "${url[$target]}" "$duration")"
            runs[$target]="${runs[$target]:-} $rps"
            echo "   round $round $target: $rps req/s" >&2
        done
    done
    for target in "${targets[@]}"; do
        result[$target,$routes]="$(median <<<"${runs[$target]}")"
    done
    stop_server
done

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
