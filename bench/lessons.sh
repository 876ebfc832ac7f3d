#!/usr/bin/env bash
# Lesson engine benchmarks (issue 3), medians measured in this run against named peers:
#  1. one-shot start-up: ./lab lessons (parses every lesson file) vs ./lab hexdump --text hi (no lessons)
#     and Debian ipcalc;
#  2. rendering every page of every lesson for the terminal in one ./lab --script session vs cmark
#     (the C reference CommonMark implementation) reflowing the same files to 80 columns.
# Needs hyperfine, ipcalc and cmark (apt-get install hyperfine ipcalc cmark).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
for tool in hyperfine ipcalc cmark; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install $tool)"; exit 1; }
done
./lab --version >/dev/null   # builds the jar if needed
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NETLAB_HOME="$tmp/home"

echo "== one-shot start-up (median of $runs)"
hyperfine -N -w 2 -r "$runs" --export-json "$tmp/start.json" \
  "./lab --no-color lessons" "./lab --no-color hexdump --text hi" "ipcalc -n 192.168.1.130/26" >/dev/null
python3 - "$tmp/start.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
lessons, hexdump, ipcalc = (x["median"] for x in r)
print(f"  ./lab lessons                {lessons*1000:7.1f} ms")
print(f"  ./lab hexdump --text hi      {hexdump*1000:7.1f} ms")
print(f"  ipcalc -n 192.168.1.130/26   {ipcalc*1000:7.1f} ms")
print(f"  lessons/hexdump              {lessons/hexdump:7.2f}  (cost of reading the catalogue)")
PY

script="$tmp/all-pages.txt"
python3 - lessons "$script" <<'PY'
import os, re, sys
folder, out = sys.argv[1], sys.argv[2]
lines = []
for name in sorted(os.listdir(folder)):
    m = re.match(r"(\d\d)-.*\.md$", name)
    if not m:
        continue
    pages = sum(1 for l in open(os.path.join(folder, name), encoding="utf-8") if l.startswith("## "))
    lines.append(f"lesson {int(m.group(1))}")
    lines += [f"page {p}" for p in range(2, pages + 1)]
open(out, "w").write("\n".join(lines) + "\n")
PY
pages=$(wc -l < "$script")
echo "== render all $pages pages of $(ls lessons/[0-9][0-9]-*.md | wc -l) lessons (median of $runs)"
hyperfine -N -w 2 -r "$runs" --export-json "$tmp/render.json" --output=null \
  "./lab --no-color --script $script" "cmark --width 80 -t commonmark $(ls lessons/[0-9][0-9]-*.md | tr '\n' ' ')" >/dev/null
python3 - "$tmp/render.json" "$pages" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
lab, cmark = r[0]["median"], r[1]["median"]
print(f"  ./lab --script (every page)  {lab*1000:7.1f} ms  ({lab*1000/int(sys.argv[2]):.1f} ms a page, JVM start-up included)")
print(f"  cmark -t commonmark          {cmark*1000:7.1f} ms")
print(f"  ratio lab/cmark              {lab/cmark:7.1f}")
PY
