#!/usr/bin/env bash
# Speed of the subnet calculator, measured beside the references in the same run (hyperfine):
#  1. one-shot: ./lab subnet 192.168.1.130/26   vs   Debian ipcalc -n 192.168.1.130/26
#  2. 10,000 random `subnet … --json` lines through ./lab --script   vs   a python3 ipaddress
#     script computing the same 10,000 (start-up included in both).
# Usage: bench/subnet.sh [RUNS]   (from anywhere; needs hyperfine, ipcalc, python3)
# The summary gives wall-clock medians (the targets) and CPU time (user + system), which varies
# less when other work shares the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
for tool in hyperfine ipcalc python3; do
  command -v "$tool" >/dev/null || { echo "bench/subnet.sh: $tool is not installed" >&2; exit 2; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

./lab subnet 192.168.1.130/26 >/dev/null   # builds the jar and its start-up cache if needed

python3 - "$WORK" <<'PY'
import ipaddress, random, sys
work = sys.argv[1]
r = random.Random(10000)
lines = []
for i in range(10000):
    if i % 4 == 3:
        a = ipaddress.IPv6Address(r.getrandbits(128)); p = r.randint(0, 128)
    else:
        a = ipaddress.IPv4Address(r.getrandbits(32)); p = r.randint(0, 32)
    lines.append(f"{a}/{p}")
open(f"{work}/inputs.txt", "w").write("\n".join(lines) + "\n")
open(f"{work}/lab-script.txt", "w").write("".join(f"subnet {l} --json\n" for l in lines))
PY

# The reference computes every field of `subnet --json` (type table and class included) with
# Python's ipaddress: the same script the correctness test uses.
cp src/test/resources/netlab/core/addr/subnet_reference.py "$WORK/reference.py"

echo "== one subnet: ./lab vs Debian ipcalc"
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$WORK/one.json" \
  "./lab subnet 192.168.1.130/26" "ipcalc -n 192.168.1.130/26"
echo
echo "== 10,000 subnets --json: ./lab --script vs python3 ipaddress"
hyperfine -N --warmup 1 --runs "$(( RUNS < 10 ? RUNS : 10 ))" --export-json "$WORK/many.json" \
  "./lab --script $WORK/lab-script.txt" "python3 $WORK/reference.py $WORK/inputs.txt"
echo
python3 - "$WORK/one.json" "$WORK/many.json" <<'PY'
import json, sys
targets = {0: ("one-shot: lab <= ipcalc", 1.0), 1: ("10,000 lines: lab <= 2 x python", 2.0)}
for i, path in enumerate(sys.argv[1:]):
    lab, ref = json.load(open(path))["results"]
    ratio = lab["median"] / ref["median"]
    name, limit = targets[i]
    cpu = lambda r: (r["user"] + r["system"]) * 1000
    print(f"{name}: median wall {lab['median']*1000:.0f} ms vs {ref['median']*1000:.0f} ms = {ratio:.2f}x "
          f"({'meets' if ratio <= limit else 'misses'} the target); mean CPU {cpu(lab):.0f} ms vs {cpu(ref):.0f} ms "
          f"= {cpu(lab) / cpu(ref):.2f}x")
PY
