#!/usr/bin/env bash
# Upload throughput: "tcp upload" (the lab's framed protocol, SHA-256 on both ends, receiver on loopback
# in a temp folder) against socat piping the same file over loopback TCP into a file, in the same run,
# alternating, several repetitions. Both outputs are checked with sha256sum.
# Ours: the transfer time the command reports (head sent → receiver's verdict, after its SHA-256 check
# and rename), and the wall time of the whole ./lab process (JVM start-up included) reported apart.
# socat: wall time from starting the sending socat until the receiving socat has closed the file.
# Usage: bench/upload.sh [REPETITIONS] [MIB]     (default 5 repetitions of a 100 MiB random file)
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-5}"
mib="${2:-100}"
command -v socat >/dev/null || { echo "socat is missing (apt-get install socat)"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
src="$work/random.bin"
head -c $((mib * 1048576)) /dev/urandom > "$src"
bytes=$(stat -c %s "$src")
want=$(sha256sum "$src" | cut -d' ' -f1)
./lab --version >/dev/null     # builds the jar if the sources changed

now() { date +%s.%N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_listen() { for _ in $(seq 200); do ss -Hltn "sport = :$1" | grep -q . && return; sleep 0.01; done; echo "socat did not listen on $1"; exit 1; }

ours=(); walls=(); theirs=()
for r in $(seq "$reps"); do
  t0=$(now)
  json=$(./lab --json tcp upload "$src" --as "random-$r.bin")
  t1=$(now)
  got=$(sed -n 's/.*"sha256":"\([0-9a-f]*\)".*/\1/p' <<<"$json")
  status=$(sed -n 's/.*"status":"\([a-z_]*\)".*/\1/p' <<<"$json")
  [ "$status" = saved ] && [ "$got" = "$want" ] || { echo "our upload failed: $json"; exit 1; }
  secs=$(sed -n 's/.*"seconds":\([0-9.eE-]*\).*/\1/p' <<<"$json")
  ours+=("$(echo "$bytes / 1000000 / $secs" | bc -l)")
  walls+=("$(echo "$t1 - $t0" | bc -l)")

  out="$work/socat-$r.bin"
  port=$(free_port)
  socat -u TCP-LISTEN:"$port",bind=127.0.0.1,reuseaddr OPEN:"$out",creat,trunc &
  listener=$!
  wait_listen "$port"
  s0=$(now)
  socat -u FILE:"$src" TCP:127.0.0.1:"$port"
  wait "$listener"
  s1=$(now)
  [ "$(sha256sum "$out" | cut -d' ' -f1)" = "$want" ] || { echo "socat copy differs"; exit 1; }
  rm -f "$out"
  theirs+=("$(echo "$bytes / 1000000 / ($s1 - $s0)" | bc -l)")
  printf 'run %d: tcp upload %7.1f MB/s (transfer), %5.2f s wall with JVM start | socat %7.1f MB/s\n' \
    "$r" "${ours[-1]}" "${walls[-1]}" "${theirs[-1]}"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mo=$(median "${ours[@]}"); mw=$(median "${walls[@]}"); ms=$(median "${theirs[@]}")
echo "file: $mib MiB random, SHA-256 $want verified on every copy; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'median of %d: tcp upload %.1f MB/s, socat %.1f MB/s, ratio %.2fx (target >= 1.0x); lab wall time incl. JVM %.2f s\n' \
  "$reps" "$mo" "$ms" "$(echo "$mo / $ms" | bc -l)" "$mw"
