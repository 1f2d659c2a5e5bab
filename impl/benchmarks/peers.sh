#!/usr/bin/env bash
# Waymark beside the frameworks its users would otherwise pick: the same handler, GET /items/{id}
# answering {"id":"42","name":"item"} built per request from the path parameter, on every target,
# each with its own defaults (JSON library, server settings, JVM settings), with wrk on 127.0.0.1.
#
#   target                  JVM (server)     JDK  what
#   waymark-standard        waymark          17   embedded runtime, STANDARD route, access log on (the default)
#   waymark-edge            waymark          17   the same JVM, the handler as an EDGE route (/edge/items/{id})
#   waymark-standard-nolog  waymark-nolog    17   STANDARD, -Dwaymark.access-log.format=off
#   waymark-edge-nolog      waymark-nolog    17   EDGE, access log off
#   waymark-standard-jdk25  waymark-jdk25    25   STANDARD, access log on, the same jar on JDK 25
#   waymark-edge-jdk25      waymark-jdk25    25   EDGE, access log on, on JDK 25
#   jersey                  jersey           17   a JAX-RS resource on Jersey + Grizzly (HK2, JSON-B)
#   grizzly                 grizzly          17   a bare Grizzly HttpHandler concatenating the JSON: the ceiling
#   grizzly-jdk25           grizzly-jdk25    25   the same bare Grizzly handler on JDK 25, beside Helidon
#   grizzly-same-thread     grizzly-same-thread 17 the same handler run on Grizzly's selector threads
#   javalin                 javalin          17   Javalin 6.7.0 (Jetty 11), ctx.json with Jackson
#   vertx                   vertx            17   Vert.x Web 4.5.32, one verticle, a JsonObject
#   quarkus                 quarkus          17   Quarkus REST 3.33.2 with Jackson, fast-jar
#   helidon                 helidon          25   Helidon SE 4.5.0, a JSON-P object
#
# First, one server after the other, STARTS cold starts of each server JVM (StartClock): the time
# from starting the process to the first 200 of GET /items/42, and its RSS then. Then it starts
# every server at once, each as its own JVM on its own port (PORT_BASE, PORT_BASE + 1, ...), checks
# that every target answers the same body with 200 and application/json, warms up (two passes of
# WARMUP per target), and runs wrk ROUNDS times per target, round by round through all targets, so
# that an idle server waits while another is measured. It prints one table: median requests/s,
# the ratios to waymark-standard and to javalin, the server JVM's CPU time per request (user and
# system time of all its threads from /proc over each wrk run, divided by the requests) and its
# RSS at the end.
#
# Builds what is missing: the benchmarks jar, and each peer project of the selected targets
# (peers/<name>, standalone Maven projects; Helidon with JDK 25). Then run
#   impl/benchmarks/peers.sh
#   TARGETS="waymark-standard javalin" ROUNDS=2 DURATION=3s WARMUP=3s STARTS=2 impl/benchmarks/peers.sh
#
# Settings (environment): TARGETS (default all, in the order above), ROUNDS (default 5, at least
# 2), DURATION of one measured wrk run (default 10s), WARMUP (default 10s), STARTS (default 5; 0
# skips the start-up measurement), CONNECTIONS (default 64), THREADS (default 2), PORT_BASE
# (default 18080), JDK25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64). Server JVMs run with
# default settings, and their output goes to files that are emptied after every wrk run.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$here/target/benchmarks.jar"
peers="$here/peers"
java17="java"
java25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
rounds="${ROUNDS:-5}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-10s}"
starts="${STARTS:-5}"
port_base="${PORT_BASE:-18080}"
all_targets=(waymark-standard waymark-edge waymark-standard-nolog waymark-edge-nolog waymark-standard-jdk25 waymark-edge-jdk25
    jersey grizzly grizzly-jdk25 grizzly-same-thread javalin vertx quarkus helidon)
read -r -a targets <<<"${TARGETS:-${all_targets[*]}}"
servers_in_order=(waymark waymark-nolog waymark-jdk25 jersey grizzly grizzly-jdk25 grizzly-same-thread javalin vertx quarkus helidon)
expected='{"id":"42","name":"item"}'
if [ "$rounds" -lt 2 ]; then
    echo "ROUNDS must be at least 2" >&2
    exit 1
fi

declare -A server_of path_of
for target in "${all_targets[@]}"; do
    case "$target" in
        waymark-*-nolog) server_of[$target]=waymark-nolog ;;
        waymark-*-jdk25) server_of[$target]=waymark-jdk25 ;;
        waymark-*) server_of[$target]=waymark ;;
        *) server_of[$target]="$target" ;;
    esac
    case "$target" in
        waymark-edge*) path_of[$target]=/edge/items/42 ;;
        *) path_of[$target]=/items/42 ;;
    esac
done

# The servers of the selected targets, in a fixed order, each with its port.
servers=()
declare -A port_of
for target in "${targets[@]}"; do
    if [ -z "${server_of[$target]:-}" ]; then
        echo "Unknown target $target; the targets are: ${all_targets[*]}" >&2
        exit 1
    fi
done
for i in "${!servers_in_order[@]}"; do
    server="${servers_in_order[$i]}"
    for target in "${targets[@]}"; do
        if [ "${server_of[$target]}" = "$server" ]; then
            servers+=("$server")
            port_of[$server]=$((port_base + i))
            break
        fi
    done
done

# Sets cmd to the command line of a server on a port.
server_command() {
    local main=dev.waymark.benchmarks.PeerServer
    case "$1" in
        waymark) cmd=("$java17" -cp "$jar" "$main" waymark "$2") ;;
        waymark-nolog) cmd=("$java17" -Dwaymark.access-log.format=off -cp "$jar" "$main" waymark "$2") ;;
        waymark-jdk25) cmd=("$java25" -cp "$jar" "$main" waymark "$2") ;;
        jersey | grizzly | grizzly-same-thread) cmd=("$java17" -cp "$jar" "$main" "$1" "$2") ;;
        grizzly-jdk25) cmd=("$java25" -cp "$jar" "$main" grizzly "$2") ;;
        javalin | vertx) cmd=("$java17" -jar "$peers/$1/target/peer-$1.jar" "$2") ;;
        quarkus) cmd=("$java17" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" -jar "$peers/quarkus/target/quarkus-app/quarkus-run.jar") ;;
        helidon) cmd=("$java25" -jar "$peers/helidon/target/peer-helidon.jar" "$2") ;;
    esac
}

# The jar a server runs, to build when it is missing.
declare -A artifact_of=(
    [javalin]="$peers/javalin/target/peer-javalin.jar"
    [vertx]="$peers/vertx/target/peer-vertx.jar"
    [quarkus]="$peers/quarkus/target/quarkus-app/quarkus-run.jar"
    [helidon]="$peers/helidon/target/peer-helidon.jar"
)
if [ ! -f "$jar" ]; then
    echo "Building $jar" >&2
    (cd "$root" && ./mvnw -B -q -Pbenchmarks -pl impl/benchmarks -am package -DskipTests)
fi
for server in "${servers[@]}"; do
    if [ -n "${artifact_of[$server]:-}" ] && [ ! -f "${artifact_of[$server]}" ]; then
        echo "Building peers/$server" >&2
        if [ "$server" = helidon ]; then
            JAVA_HOME="$(dirname "$(dirname "$java25")")" "$root/mvnw" -B -q -f "$peers/$server/pom.xml" package -DskipTests
        else
            "$root/mvnw" -B -q -f "$peers/$server/pom.xml" package -DskipTests
        fi
    fi
done

# shellcheck source=wrk-lib.sh
. "$here/wrk-lib.sh"

declare -A pid_of jdk_of
clock_pid=
stop_all() {
    local pid
    for pid in "${pid_of[@]}" $clock_pid; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pid_of[@]}" $clock_pid; do
        wait "$pid" 2>/dev/null || true
    done
}
trap 'stop_all; rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for server in "${servers[@]}"; do
    server_command "$server" "${port_of[$server]}"
    if (exec 3<>"/dev/tcp/127.0.0.1/${port_of[$server]}") 2>/dev/null; then
        echo "Port ${port_of[$server]} (for $server) is in use: set PORT_BASE" >&2
        exit 1
    fi
    jdk_of[$server]="$("${cmd[0]}" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
done

rss_mb() {
    awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

# Start-up: STARTS cold starts of each server, one after the other, nothing else running.
declare -A start_ms start_rss
if [ "$starts" -gt 0 ]; then
    for server in "${servers[@]}"; do
        server_command "$server" "${port_of[$server]}"
        "$java17" -cp "$jar" dev.waymark.benchmarks.StartClock "$starts" "${port_of[$server]}" /items/42 "$work/$server.start.log" \
            "${cmd[@]}" >"$work/$server.starts" &
        clock_pid=$!
        if ! wait "$clock_pid"; then
            clock_pid=
            echo "Start-up of $server failed; its output:" >&2
            tail -n 20 "$work/$server.start.log" >&2
            exit 1
        fi
        clock_pid=
        start_ms[$server]="$(awk '{print $1}' "$work/$server.starts" | median)"
        start_rss[$server]="$(awk '{print $2 / 1024}' "$work/$server.starts" | median)"
        echo "   start-up $server: $(awk '{printf "%s ms ", $1}' "$work/$server.starts")" >&2
    done
fi

# Throughput: every server at once.
for server in "${servers[@]}"; do
    server_command "$server" "${port_of[$server]}"
    "${cmd[@]}" >>"$work/$server.out" 2>>"$work/$server.err" &
    pid_of[$server]=$!
done
for server in "${servers[@]}"; do
    for _ in $(seq 1 240); do
        curl -fsS -o /dev/null "http://127.0.0.1:${port_of[$server]}/items/42" 2>/dev/null && continue 2
        kill -0 "${pid_of[$server]}" 2>/dev/null || break
        sleep 0.5
    done
    echo "$server did not answer in 120 s; its output:" >&2
    tail -n 20 "$work/$server.out" "$work/$server.err" >&2
    exit 1
done
declare -A url
for target in "${targets[@]}"; do
    url[$target]="http://127.0.0.1:${port_of[${server_of[$target]}]}${path_of[$target]}"
    answer="$(curl -sS -w ' %{http_code} %{content_type}' "${url[$target]}")"
    case "$answer" in
        "$expected 200 application/json" | "$expected 200 application/json;"*) ;;
        *)
            echo "$target (${url[$target]}) answered '$answer'" >&2
            exit 1
            ;;
    esac
    echo "   $target: ${url[$target]}: $answer" >&2
done

# Empties the servers' output files (the access log of the Waymark servers grows by the request).
truncate_logs() {
    local server
    for server in "${servers[@]}"; do
        : >"$work/$server.out"
        : >"$work/$server.err"
    done
}

# Runs wrk once against a target; the figures go to rps and cpu.
run_wrk() {
    local figures
    figures="$(measure "${url[$1]}" "$2" "" "${pid_of[${server_of[$1]}]}")"
    read -r rps cpu <<<"$figures"
    truncate_logs
}

for pass in 1 2; do
    for target in "${targets[@]}"; do
        run_wrk "$target" "$warmup"
        echo "   warm-up $pass $target: $rps req/s, $cpu us of server CPU per request" >&2
    done
done
declare -A runs cpus result cpu_result
for round in $(seq 1 "$rounds"); do
    for target in "${targets[@]}"; do
        run_wrk "$target" "$duration"
        runs[$target]="${runs[$target]:-} $rps"
        cpus[$target]="${cpus[$target]:-} $cpu"
        echo "   round $round $target: $rps req/s, $cpu us of server CPU per request" >&2
    done
done
declare -A rss_end
for server in "${servers[@]}"; do
    rss_end[$server]="$(rss_mb "${pid_of[$server]}")"
done
stop_all
pid_of=()

for target in "${targets[@]}"; do
    result[$target]="$(median <<<"${runs[$target]}")"
    cpu_result[$target]="$(median <<<"${cpus[$target]}")"
done
# The ratio of a target's median to a reference target's, or - when the reference was not run.
ratio_to() {
    if [ -n "${result[$2]:-}" ]; then
        ratio "${result[$1]}" "${result[$2]}"
    else
        echo -
    fi
}

echo
echo "wrk -t$threads -c$connections -d$duration, $rounds rounds, warm-up 2 x $warmup per target, $(date -u +%Y-%m-%d), $(nproc) cores"
echo "median requests/s; server CPU time per request (all its threads), median; server RSS at the end"
printf '%-24s %-9s %10s %11s %10s %12s %8s\n' target JDK 'req/s' '/waymark-std' '/javalin' 'CPU us/req' 'RSS MB'
for target in "${targets[@]}"; do
    server="${server_of[$target]}"
    printf '%-24s %-9s %10.0f %11s %10s %12.1f %8s\n' "$target" "${jdk_of[$server]}" "${result[$target]}" \
        "$(ratio_to "$target" waymark-standard)" "$(ratio_to "$target" javalin)" "${cpu_result[$target]}" "${rss_end[$server]}"
done
if [ "$starts" -gt 0 ]; then
    echo
    echo "start-up: $starts cold starts per server JVM, process start to the first 200 of GET /items/42 (medians)"
    printf '%-15s %-9s %10s %14s   %s\n' server JDK 'start ms' 'RSS MB then' targets
    for server in "${servers[@]}"; do
        served=()
        for target in "${targets[@]}"; do
            if [ "${server_of[$target]}" = "$server" ]; then
                served+=("$target")
            fi
        done
        printf '%-15s %-9s %10.0f %14.0f   %s\n' "$server" "${jdk_of[$server]}" "${start_ms[$server]}" "${start_rss[$server]}" "${served[*]}"
    done
fi
