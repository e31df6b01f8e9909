#!/usr/bin/env bash
# Load check of the reference web app (docs/benchmarks.md, "## Web"): start-up time, heap after start-up, and
# wrk against case pages at 50 concurrent connections (with and without think time) on the embedded H2 file
# database with the demo data set.
# Needs: a JDK, wrk (apt-get install -y wrk), curl; run from the repository root after
#   ./mvnw -q install -DskipTests
# Usage: siproc-reference-web/bench/load-check.sh [seconds]      (only loopback addresses are used)
set -euo pipefail
SECONDS_RUN=${1:-30}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WEB=$ROOT/siproc-reference-web
WORK=$WEB/target/load-check
PORT=${SIPROC_BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT
rm -rf "$WORK" && mkdir -p "$WORK"
(cd "$ROOT" && ./mvnw -q -o -pl siproc-reference-web dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
CP="$WEB/target/classes:$(cat "$WORK/cp.txt")"
JAVA_OPTS=${JAVA_OPTS:-"-Xmx512m"}

start() { # $1 = log file
  java $JAVA_OPTS -cp "$CP" org.siproc.web.SiprocWebApplication --spring.profiles.active=demo \
    --spring.datasource.url="jdbc:h2:file:$WORK/db/siproc" --server.port=$PORT > "$1" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do
    grep -q "Started SiprocWebApplication" "$1" && return 0
    kill -0 $APP 2>/dev/null || { cat "$1"; exit 1; }
    sleep 0.5
  done
  echo "the application did not start"; kill $APP; exit 1
}
stop() { kill $APP; wait $APP 2>/dev/null || true; }

echo "== first start: migrations + demo data set"
start "$WORK/first.log"
grep -E "Demo data|Started SiprocWebApplication" "$WORK/first.log" | sed 's/.*\] //'
stop
echo "== second start: the data set exists"
start "$WORK/second.log"
grep -E "Started SiprocWebApplication" "$WORK/second.log" | sed 's/.*\] //'
jcmd $APP GC.run >/dev/null
echo "heap after start-up and a full GC: $(jcmd $APP GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"
echo "process RSS: $(ps -o rss= -p $APP | awk '{printf "%d MB", $1/1024}')"

# Log in as the consul of Tapachula (session cookie), and list the office's case numbers.
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=consul.tapachula&password=siproc-demo-2026&_csrf=$TOKEN" "$BASE/login"
COOKIE="SIPROC_SESSION=$(awk '$6 == "SIPROC_SESSION" {print $7}' "$JAR")"
curl -s -u consul.tapachula:siproc-demo-2026 "$BASE/api/v1/cases?size=500" | grep -oE 'HN-MXTAP-[0-9]{4}-[0-9]{6}' | sort -u > "$WORK/cases.txt"
echo "case pages: $(wc -l < "$WORK/cases.txt") cases of Tapachula"
test "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/cases/$(head -1 "$WORK/cases.txt")")" = 200

echo "== warm-up (10 s)"
SIPROC_COOKIE="$COOKIE" SIPROC_CASES="$WORK/cases.txt" wrk -t2 -c50 -d10s -s "$WEB/bench/case-pages.lua" "$BASE" >/dev/null
echo "== saturation: case pages, 50 connections without pause, ${SECONDS_RUN} s"
# The server's CPU time per page (process CPU / pages served) does not depend on what else runs on the machine,
# unlike the latencies: it is the figure to compare between runs on a shared machine.
cpu_ms() { awk -v t="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / t}' /proc/$APP/stat; }
CPU0=$(cpu_ms)
SIPROC_COOKIE="$COOKIE" SIPROC_CASES="$WORK/cases.txt" wrk -t2 -c50 -d${SECONDS_RUN}s --latency -s "$WEB/bench/case-pages.lua" "$BASE" | tee "$WORK/wrk-cases.txt"
PAGES=$(grep -oE '^ *[0-9]+ requests' "$WORK/wrk-cases.txt" | grep -oE '[0-9]+')
echo "server CPU per case page: $(awk -v a="$CPU0" -v b="$(cpu_ms)" -v n="$PAGES" 'BEGIN {printf "%.1f ms", (b - a) / n}') (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "== 50 users with 1-3 s think time, ${SECONDS_RUN} s"
SIPROC_COOKIE="$COOKIE" SIPROC_CASES="$WORK/cases.txt" wrk -t2 -c50 -d${SECONDS_RUN}s --latency -s "$WEB/bench/case-pages-users.lua" "$BASE" | tee "$WORK/wrk-users.txt"
echo "== baseline: /actuator/health, same settings"
wrk -t2 -c50 -d${SECONDS_RUN}s --latency "$BASE/actuator/health" | tee "$WORK/wrk-health.txt"
stop
