#!/usr/bin/env bash
# Start-up of the notes example as a user runs it: the time from starting `java -jar` to the first
# 200 answer to GET /notes, the CPU time the JVM used until then (all its threads: JIT and GC
# included), and its heap after a full GC once it idles, over STARTS cold starts (a new JVM each, in
# a new empty working directory, so H2 creates its database each time) without the example's
# class-data archive (`java -jar`) and with it (`java -XX:SharedArchiveFile=…/app.jsa -jar`), one
# after the other in turn so that a busy moment of a shared machine weighs on both alike.
#
# Builds nothing: package the example first (that also makes the archive) with
#   ./mvnw -B -q -pl examples/notes -am package -DskipTests
# then run
#   impl/benchmarks/startup.sh
#
# Settings (environment): STARTS (default 5), PORT (default 18080; it must be free), PATH_TO_GET
# (default /notes), JAVA (default java: the JDK that made the archive, or the archive is not used),
# JAVA_OPTS (added to both kinds of start).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../../examples/notes/target"
jar="$target/waymark-example-notes.jar"
archive="$target/app.jsa"
starts="${STARTS:-5}"
port="${PORT:-18080}"
path="${PATH_TO_GET:-/notes}"
java="${JAVA:-java}"

if [ ! -f "$jar" ]; then
    echo "No examples/notes/target/waymark-example-notes.jar: build it first with" >&2
    echo "  ./mvnw -B -q -pl examples/notes -am package -DskipTests" >&2
    exit 1
fi
jar="$(cd "$target" && pwd)/waymark-example-notes.jar"
archive="$(cd "$target" && pwd)/app.jsa"
kinds=(default)
if [ -f "$archive" ]; then
    kinds+=(archive)
else
    echo "No $archive (the example's package phase makes it): measuring java -jar alone" >&2
fi
if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
    echo "Port $port is taken: choose another with PORT" >&2
    exit 1
fi

work="$(mktemp -d)"
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
trap 'stop_server; rm -rf "$work"' EXIT

megabytes() {
    awk '{printf "%.1f", $1 / 1024}'
}

declare -A times cpus heaps

# One cold start of a kind: adds the milliseconds from starting the JVM to the first 200, the CPU
# milliseconds the JVM had used by then, and its used heap after a full GC in KB, to the kind's lists.
start_once() {
    local kind="$1" dir code start now elapsed cpu used options=()
    if [ "$kind" = archive ]; then
        options=(-XX:SharedArchiveFile="$archive")
    fi
    dir="$(mktemp -d "$work/run.XXXXXX")"
    start="$(date +%s%N)"
    # shellcheck disable=SC2086
    (cd "$dir" && exec "$java" ${JAVA_OPTS:-} "${options[@]}" -Dwaymark.port="$port" -Dwaymark.host=127.0.0.1 \
        -jar "$jar" >"$dir/out" 2>"$dir/err") &
    server_pid=$!
    while :; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port$path" || true)"
        now="$(date +%s%N)"
        [ "$code" = 200 ] && break
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "The example stopped before answering $path:" >&2
            cat "$dir/err" >&2
            exit 1
        fi
        if [ $(((now - start) / 1000000)) -gt 60000 ]; then
            echo "No 200 from $path within 60 s" >&2
            exit 1
        fi
        sleep 0.01
    done
    elapsed=$(((now - start) / 1000000))
    cpu="$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$server_pid/stat")"
    sleep 1
    jcmd "$server_pid" GC.run >/dev/null
    used="$(jcmd "$server_pid" GC.heap_info | awk '/ heap .*used/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub(/K.*/, "", $(i + 1)); print $(i + 1)}}' | head -1)"
    stop_server
    if grep -q 'Unable to use shared archive' "$dir/out" "$dir/err"; then
        echo "The JVM did not use $archive (another JDK, or jars changed since it was made):" >&2
        grep -h 'shared archive' "$dir/out" "$dir/err" >&2
        exit 1
    fi
    times[$kind]+=" $elapsed"
    cpus[$kind]+=" $cpu"
    heaps[$kind]+=" ${used:-0}"
    echo "   $kind start: $elapsed ms to the first 200, CPU $cpu ms, heap after GC $(megabytes <<<"${used:-0}") MB" >&2
}

echo "$starts cold starts of each kind of $jar, first 200 from GET $path; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for _ in $(seq 1 "$starts"); do
    for kind in "${kinds[@]}"; do
        start_once "$kind"
    done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

printf '%-8s %14s %12s %14s   %s\n' "medians" "first 200" "CPU" "heap after GC" "(each start, ms to the first 200)"
for kind in "${kinds[@]}"; do
    printf '%-8s %11s ms %9s ms %11s MB   (%s)\n' "$kind" "$(median <<<"${times[$kind]}")" "$(median <<<"${cpus[$kind]}")" \
        "$(median <<<"${heaps[$kind]}" | megabytes)" "${times[$kind]# }"
done
