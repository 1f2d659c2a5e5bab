#!/usr/bin/env bash
# Soak test of the embedded runtime: one SoakServer (a STANDARD JSON GET and POST route, an EDGE
# GET route, a WebSocket echo API, a GraphQL route, on one listener) under SoakClient's mixed load,
# valid and hostile, on 127.0.0.1 only. See SoakClient for the mix and README.md for the report.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/soak.sh [minutes]          # default SOAK_MINUTES, else 10
#
# The server runs with 2 s header and body timeouts (waymark.http.header-timeout and body-timeout),
# so that the client's stalled uploads end during the run, and without the access log. The script
# exits with the client's status: 0 if there was no unexpected error, 1 if there was any, 2 if the
# server could not be used; it then prints the server's warnings and errors (its log is kept in a
# temporary folder that is removed at the end, or in SOAK_LOG_DIR if set).
#
# Settings (environment): SOAK_MINUTES (10), SOAK_WARMUP_SECONDS (20) and SOAK_CAPACITY_SECONDS (20)
# of the closed loop that measures capacity, SOAK_CONCURRENCY (its 32 lanes), SOAK_LOAD (0.8 of
# capacity), SOAK_WS_POOL (50 connections), JAVA_OPTS for the server JVM, CLIENT_JAVA_OPTS for the
# client JVM.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
minutes="${1:-${SOAK_MINUTES:-10}}"
if [ ! -f "$jar" ]; then
    echo "No $jar: build it first with ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests" >&2
    exit 2
fi

work="${SOAK_LOG_DIR:-}"
keep_work=1
if [ -z "$work" ]; then
    work="$(mktemp -d)"
    keep_work=0
fi
mkdir -p "$work"
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
cleanup() {
    stop_server
    if [ "$keep_work" = 0 ]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# The server stops by itself 15 minutes after the soak should have ended.
max_seconds="$(awk -v m="$minutes" 'BEGIN {printf "%d", m * 60 + 900}')"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -Dwaymark.access-log.format=off -Dwaymark.http.body-timeout=2s -Dwaymark.http.header-timeout=2s \
    -cp "$jar" dev.waymark.benchmarks.SoakServer 0 "$max_seconds" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 120); do
    grep -q '^ready$' "$work/server.out" && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        break
    fi
    sleep 0.5
done
if ! grep -q '^ready$' "$work/server.out"; then
    echo "SoakServer did not start in 60 s" >&2
    cat "$work/server.err" >&2
    exit 2
fi
url="$(awk '$1 == "server" {print $2}' "$work/server.out")"
echo "server $url (pid $server_pid), $(nproc) cores, $(java -version 2>&1 | head -1)"

status=0
# shellcheck disable=SC2086
java ${CLIENT_JAVA_OPTS:-} -cp "$jar" dev.waymark.benchmarks.SoakClient "$url" "$minutes" "$server_pid" || status=$?

rss="$(awk '/^VmRSS|^VmHWM/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$server_pid/status" 2>/dev/null || true)"
stop_server
echo
echo "server after the run: ${rss:-RSS unreadable}"
severe="$(grep -c '^SEVERE' "$work/server.err" || true)"
warning="$(grep -c '^WARNING' "$work/server.err" || true)"
echo "server log: $severe SEVERE and $warning WARNING records"
if [ "$severe" != 0 ] || [ "$warning" != 0 ]; then
    echo "how many of each (a record's first line | the line after it, such as the exception):"
    awk '/^(SEVERE|WARNING):/ {record = $0; getline following; print record " | " following}' "$work/server.err" \
        | sort | uniq -c | sort -rn | head -10 | cut -c1-400
fi
if [ "$keep_work" = 1 ]; then
    echo "server output in $work"
fi
exit "$status"
