#!/usr/bin/env bash
# Where the CPU of one request goes: the peer benchmark's Waymark server (PeerServer waymark, the
# embedded runtime with its defaults, access log on) under wrk load, recorded with JFR, each
# execution sample charged to a stage of the request path (ProfileBreakdown), and the server's CPU
# time per request turned into microseconds per stage.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/profile.sh            # the STANDARD route, /items/42
#   ROUTE=/edge/items/42 impl/benchmarks/profile.sh
#
# Settings (environment): ROUTE (default /items/42), WARMUP (default 20s), DURATION of the recorded
# wrk run (default 30s), CONNECTIONS (default 64), THREADS (default 2), PORT (default 18180),
# JAVA_OPTS for the server JVM (such as -Dwaymark.access-log.format=off), KEEP (a path: keep the
# recording there).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
route="${ROUTE:-/items/42}"
port="${PORT:-18180}"
# shellcheck source=wrk-lib.sh
. "$here/wrk-lib.sh"

java ${JAVA_OPTS:-} -cp "$jar" dev.waymark.benchmarks.PeerServer waymark "$port" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port$route" 2>/dev/null && break
    sleep 0.5
done
url="http://127.0.0.1:$port$route"
echo "   warming up $url for ${WARMUP:-20s}" >&2
measure "$url" "${WARMUP:-20s}" >/dev/null
: >"$work/server.out"
jcmd "$server_pid" JFR.start name=profile settings=profile >/dev/null
read -r rps cpu <<<"$(measure "$url" "${DURATION:-30s}")"
jcmd "$server_pid" JFR.stop name=profile filename="$work/profile.jfr" >/dev/null
echo "   $rps requests/s, $cpu us of server CPU per request" >&2
java -cp "$jar" dev.waymark.benchmarks.ProfileBreakdown "$work/profile.jfr" "$cpu"
if [ -n "${KEEP:-}" ]; then
    cp "$work/profile.jfr" "$KEEP"
fi
