# Shared by the wrk load benchmarks (edge.sh, guard.sh, graphql.sh, peers.sh, jaxrs.sh): sourced, not run. Expects $jar
# (the benchmarks jar) and reads THREADS and CONNECTIONS (defaults 2 and 64); a caller may set
# $wrk_script to a wrk Lua script that every run uses (such as a POST body).
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"

if [ ! -f "$jar" ]; then
    echo "No $jar: build it first with ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests" >&2
    exit 1
fi
# shellcheck source=bench-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
need_wrk

work="$(mktemp -d)"
trap 'stop_server; rm -rf "$work"' EXIT

# Starts a server class of the jar (port 0, at most 30 minutes, access log off unless the caller
# sets $server_access_log to a format) and waits for its "ready" line; its output is in
# $work/server.out, its log (and access log lines) in $work/server.err.
start_server() {
    java ${JAVA_OPTS:-} -Dwaymark.access-log.format="${server_access_log:-off}" -cp "$jar" "$1" 0 1800 >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 120); do
        grep -q '^ready$' "$work/server.out" && return 0
        sleep 0.5
    done
    echo "$1 did not start in 60 s" >&2
    cat "$work/server.err" >&2
    exit 1
}

# The CPU time a server JVM has used, all its threads, in clock ticks: the process given, by
# default the one start_server started.
server_ticks() {
    awk '{print $14 + $15}' "/proc/${1:-$server_pid}/stat"
}

# Prints the requests per second of one wrk run and the server's CPU time per request in
# microseconds, or fails if any request failed. An optional third argument is a request header
# (empty for none), an optional fourth the server's process id (by default start_server's).
measure() {
    local url="$1" length="$2" header="${3:-}" pid="${4:-$server_pid}" out before after
    local extra=()
    if [ -n "$header" ]; then
        extra=(-H "$header")
    fi
    if [ -n "${wrk_script:-}" ]; then
        extra+=(-s "$wrk_script")
    fi
    before="$(server_ticks "$pid")"
    out="$(wrk -t"$threads" -c"$connections" -d"$length" "${extra[@]}" "$url")"
    after="$(server_ticks "$pid")"
    if grep -Eq 'Non-2xx|Socket errors' <<<"$out"; then
        echo "wrk reported failed requests for $url:" >&2
        echo "$out" >&2
        return 1
    fi
    awk -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" '
        / requests in / {requests = $1}
        /^Requests\/sec:/ {rps = $2}
        END {printf "%s %.1f\n", rps, ticks / hz * 1e6 / requests}' <<<"$out"
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'
}

# Warms up (two passes of $warmup per target), then runs wrk $rounds times against each of
# ${targets[@]} in turn (URLs in url[...], optional request headers in header[...]), and prints
# the table of every round and the medians; the medians stay in result[...] (requests/s) and
# cpu_result[...] (server CPU per request, microseconds).
declare -A runs cpus result cpu_result
run_rounds() {
    local pass round target figures rps cpu line
    local per_round=()
    for pass in 1 2; do
        for target in "${targets[@]}"; do
            figures="$(measure "${url[$target]}" "$warmup" "${header[$target]:-}")"
            read -r rps cpu <<<"$figures"
            echo "   warm-up $pass $target: $rps req/s, $cpu us of server CPU per request" >&2
        done
    done
    for round in $(seq 1 "$rounds"); do
        line="$(printf '%-6s' "$round")"
        for target in "${targets[@]}"; do
            figures="$(measure "${url[$target]}" "$duration" "${header[$target]:-}")"
            read -r rps cpu <<<"$figures"
            runs[$target]="${runs[$target]:-} $rps"
            cpus[$target]="${cpus[$target]:-} $cpu"
            line="$line $(printf '%10.0f %7s' "$rps" "$cpu")"
            echo "   round $round $target: $rps req/s, $cpu us of server CPU per request" >&2
        done
        per_round+=("$line")
    done
    for target in "${targets[@]}"; do
        result[$target]="$(median <<<"${runs[$target]}")"
        cpu_result[$target]="$(median <<<"${cpus[$target]}")"
    done
    echo
    echo "wrk -t$threads -c$connections -d$duration, $rounds rounds, $(date -u +%Y-%m-%d), $(nproc) cores"
    echo "requests/s and the server's CPU time per request in microseconds (all its threads)"
    line="$(printf '%-6s' round)"
    for target in "${targets[@]}"; do
        line="$line $(printf '%10s %7s' "$target" cpu)"
    done
    echo "$line"
    printf '%s\n' "${per_round[@]}"
    line="$(printf '%-6s' median)"
    for target in "${targets[@]}"; do
        line="$line $(printf '%10.0f %7s' "${result[$target]}" "${cpu_result[$target]}")"
    done
    echo "$line"
    echo
}

# Warms a server up: three passes of $warmup over each target given, whose URLs are in the caller's
# associative array url.
warm_up() {
    local pass target figures rps cpu
    for pass in 1 2 3; do
        for target in "$@"; do
            figures="$(measure "${url[$target]}" "$warmup")"
            read -r rps cpu <<<"$figures"
            echo "   warm-up $pass $target: $rps req/s, $cpu us of server CPU per request" >&2
        done
    done
}

# One measured round ($1) of $duration over each target given after it: appends each target's
# requests per second and CPU time per request to the caller's associative arrays runs and cpus,
# and leaves them, target after target, in the caller's array line.
measure_round() {
    local round="$1" target figures rps cpu
    shift
    line=()
    for target in "$@"; do
        figures="$(measure "${url[$target]}" "$duration")"
        read -r rps cpu <<<"$figures"
        runs[$target]="${runs[$target]:-} $rps"
        cpus[$target]="${cpus[$target]:-} $cpu"
        line+=("$rps" "$cpu")
        echo "   round $round $target: $rps req/s, $cpu us of server CPU per request" >&2
    done
}

# The medians of the rounds of each target given, into the caller's associative arrays result and
# cpu_result.
take_medians() {
    local target
    for target in "$@"; do
        result[$target]="$(median <<<"${runs[$target]}")"
        cpu_result[$target]="$(median <<<"${cpus[$target]}")"
    done
}

# Reads the URL of each target given from the server's "NAME URL" lines into the caller's associative
# array url, and fails unless each answers the load tests' JSON item with 200 and application/json.
read_targets() {
    local target answer
    for target in "$@"; do
        url[$target]="$(awk -v name="$target" '$1 == name {print $2}' "$work/server.out")"
        answer="$(curl -fsS -w ' %{http_code} %{content_type}' "${url[$target]}")"
        if [ "$answer" != '{"id":"42","name":"item"} 200 application/json' ]; then
            echo "${url[$target]} answered '$answer'" >&2
            exit 1
        fi
        echo "   $target: ${url[$target]}" >&2
    done
}
