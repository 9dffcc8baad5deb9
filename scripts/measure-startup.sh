#!/usr/bin/env bash
# Measures the packaged app: time from `java -jar` to the first page answering, and resident
# memory after it has idled. The first start creates the database and imports the examples;
# the later ones start over the existing database, as a restart does.
#
#   ./mvnw package -DskipTests && scripts/measure-startup.sh [RUNS] [IDLE_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
idle=${2:-20}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/promptsmith.jar
port=18431
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r prompts testcases "$work"/
echo "java: $("$java" -version 2>&1 | head -1); cores: $(nproc)"
printf '%-6s %-16s %-22s %s\n' run database first_page_seconds idle_rss_mb
for run in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  (cd "$work" && exec "$java" -jar "$OLDPWD/$jar" --server.port=$port >"$work/app-$run.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see its log:" >&2; cat "$work/app-$run.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  sleep "$idle"
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$run" -eq 1 ] && state=new || state=existing
  printf '%-6s %-16s %-22.2f %d\n' "$run" "$state" "$(echo "$end - $start" | bc)" $((rss_kb / 1024))
done
