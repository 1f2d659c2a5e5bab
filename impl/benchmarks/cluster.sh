#!/usr/bin/env bash
# Cluster costs on Hazelcast, against the same thing on one node, in one run:
#  1. a rate-limit check with buckets in memory and in a Hazelcast map of two members (JMH);
#  2. POST /ws/@connections/{id} to the node that holds the connection and to another node: p50, p99;
#  3. a 1 KB broadcast to N connections (default 10,000) on one node, and spread over two nodes.
# Needs the benchmarks jar: ./mvnw -B -o -Pbenchmarks -pl impl/benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/benchmarks.jar
N=${N:-10000}
SENDS=${SENDS:-5000}
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

echo "== 1. rate-limit check, local against shared"
java -jar "$JAR" RateLimitBenchmark -f1 -wi 3 -i 5 -w 2s -r 2s 2>/dev/null | grep -E "^RateLimitBenchmark|Benchmark "

node() { # node PORT CLUSTER_PORT [engine]
  java -Xmx1g -Dwaymark.access-log.format=off -Dwaymark.cluster.engine="${3:-hazelcast}" -Dwaymark.cluster.name=bench \
    -Dwaymark.cluster.port="$2" -Dwaymark.cluster.members=127.0.0.1:15711,127.0.0.1:15712 \
    -cp "$JAR" dev.waymark.benchmarks.SocketLoadServer "$1" 1800 > "/tmp/waymark-cluster-node-$1.log" 2>&1 &
  pids+=($!)
}
ready() { until grep -q '^ready' "/tmp/waymark-cluster-node-$1.log"; do sleep 0.2; done; }

node 18971 15711
node 18972 15712
ready 18971; ready 18972
until curl -s http://127.0.0.1:18972/heap | grep -q connections; do sleep 0.2; done
sleep 3
echo "== 2. send to a connection, same node against cross node ($SENDS each)"
java -cp "$JAR" dev.waymark.benchmarks.ClusterSendLatency http://127.0.0.1:18971/ http://127.0.0.1:18972/ "$SENDS"

echo "== 3a. 1 KB broadcast to $N connections over two nodes"
java -Xmx2g -Dsocket.nodes=http://127.0.0.1:18971/,http://127.0.0.1:18972/ -cp "$JAR" \
  dev.waymark.benchmarks.SocketLoadClient http://127.0.0.1:18971/ "$N" 1024 5 | grep -E "round|median|broadcast"
for pid in "${pids[@]}"; do kill "$pid"; done
wait 2>/dev/null || true
pids=()

echo "== 3b. 1 KB broadcast to $N connections on one node"
node 18973 15713 none
ready 18973
java -Xmx2g -cp "$JAR" dev.waymark.benchmarks.SocketLoadClient http://127.0.0.1:18973/ "$N" 1024 5 | grep -E "round|median|broadcast"
