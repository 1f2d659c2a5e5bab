# Shared by the benchmark scripts: sourced, not run.

# The process of the server a script measures; stop_server stops it, if it still runs.
server_pid=
stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=
}

# The median of the numbers on standard input, separated by spaces or new lines.
median() {
    tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# Installs wrk from the Debian packages if it is missing.
need_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        echo "Installing wrk" >&2
        apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    fi
}
