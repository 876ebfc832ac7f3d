#!/usr/bin/env bash
# Runs N loopback demos in one lab session and prints the wall time (JVM start included).
# Usage: bench/socket-demos.sh [N] [COMMAND]   e.g. bench/socket-demos.sh 1000 "udp echo hi"
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
cmd="${2:-udp echo hi}"
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
for _ in $(seq "$n"); do echo "$cmd"; done > "$script"
./lab --no-color --version >/dev/null
start=$(date +%s.%N)
./lab --no-color --script "$script" >/dev/null
end=$(date +%s.%N)
echo "$n × \"$cmd\": $(echo "$end - $start" | bc) s in one session"
