#!/usr/bin/env bash
# What a Waymark GraphQL route costs against SmallRye GraphQL's own servlet: the same code-first
# schema and the same SmallRye execution service behind the embedded runtime's @GraphQLRoute
# (waymark) and behind SmallRye's ExecutionServlet in Grizzly's servlet container (servlet), in one
# JVM (see GraphQLLoadServer), with wrk POSTing one query on 127.0.0.1 only.
#
# Builds nothing: package the module first with
#   ./mvnw -B -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
# then run
#   impl/benchmarks/graphql.sh
#
# It starts one GraphQLLoadServer, checks that both targets answer the query the same, warms up
# (two passes of WARMUP per target), then runs wrk ROUNDS times against each target in turn and
# prints every round, the medians, and waymark's throughput and server CPU time per request as a
# ratio to the servlet's.
#
# Settings (environment): ROUNDS (default 5, at least 2), DURATION of one measured wrk run
# (default 10s), WARMUP (default 30s: both targets still get faster after 20 s of load),
# CONNECTIONS (default 64), THREADS (default 2), JAVA_OPTS for the server JVM.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
rounds="${ROUNDS:-5}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-30s}"
targets=(servlet waymark)
query='{"query":"{ items { id name } }"}'
if [ "$rounds" -lt 2 ]; then
    echo "ROUNDS must be at least 2" >&2
    exit 1
fi
# shellcheck source=wrk-lib.sh
. "$here/wrk-lib.sh"

wrk_script="$work/post.lua"
cat >"$wrk_script" <<LUA
wrk.method = "POST"
wrk.body = '$query'
wrk.headers["Content-Type"] = "application/json"
LUA

start_server dev.waymark.benchmarks.GraphQLLoadServer
declare -A url header
expected=
for target in "${targets[@]}"; do
    url[$target]="$(awk -v name="$target" '$1 == name {print $2}' "$work/server.out")"
    answer="$(curl -fsS -H 'Content-Type: application/json' -d "$query" "${url[$target]}")"
    if [ -z "$expected" ]; then
        expected="$answer"
    elif [ "$answer" != "$expected" ]; then
        echo "${url[$target]} answered '$answer', not '$expected'" >&2
        exit 1
    fi
    echo "   $target: ${url[$target]}" >&2
done
case "$expected" in
    '{"data":{"items":[{"id":"0","name":"item 0"}'*) ;;
    *) echo "unexpected answer '$expected'" >&2; exit 1 ;;
esac

run_rounds
stop_server
printf 'waymark / servlet: requests/s %5s, server CPU per request %5s\n' \
    "$(ratio "${result[waymark]}" "${result[servlet]}")" "$(ratio "${cpu_result[waymark]}" "${cpu_result[servlet]}")"
