#!/usr/bin/env bash
# tcp load for the three server models at 100, 1,000 and 8,000 clients (platform also at 2,000),
# 20 messages of 64 bytes per client, every byte checked. One lab session runs them all, so the
# JIT is warm after the first run; each run closes everything before the next.
# Prints throughput (messages/s while all clients are connected), p99 round trip, errors, and
# each model's throughput as a ratio of the platform model's at the same client count.
# Usage: bench/tcp-load.sh [TIMEOUT_SECONDS]   (per run; default 120)
set -euo pipefail
cd "$(dirname "$0")/.."
timeout="${1:-120}"
script="$(mktemp)"
out="$(mktemp)"
trap 'rm -f "$script" "$out"' EXIT
runs=("platform 100" "virtual 100" "nio 100" "platform 1000" "virtual 1000" "nio 1000"
      "platform 2000" "platform 8000" "virtual 8000" "nio 8000")
for r in "${runs[@]}"; do
  set -- $r
  echo "tcp load --model $1 --clients $2 --messages 20 --timeout $timeout"
done > "$script"
./lab --no-color --version >/dev/null
echo "cores: $(nproc) · descriptor limit: $(ulimit -n) · ephemeral ports: $(tr '\t' '-' < /proc/sys/net/ipv4/ip_local_port_range)"
./lab --no-color --script "$script" > "$out" 2>&1 || true
awk '
  /^lab> tcp load/ { model = $5; clients = $7 }
  /^error:/ && model != "" { printf "%-9s %7s  %s\n", model, clients, $0; model = "" }
  /^  connected/ { connected = $2 }
  /^  throughput/ { tput = $2; gsub(",", "", tput) }
  /^  latency/ { p99 = $7 " " $8 }
  /^  threads/ { threads = $3 " " $4 }
  /^  errors/ {
    errors = $2
    key = clients
    if (model == "platform") base[key] = tput
    ratio = (base[key] > 0) ? sprintf("%.2f×", tput / base[key]) : "-"
    printf "%-9s %7s  connected %6s  %9s msg/s  p99 %10s  errors %s  server threads %s  vs platform %s\n",
           model, clients, connected, tput, p99, errors, threads, ratio
    model = ""
  }
' "$out"
