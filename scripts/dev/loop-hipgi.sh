#!/usr/bin/env bash
# Developer tool: host instructions per guest instruction for a fixed loop (see loop-count.ts),
# from two callgrind runs of different length. Usage: [CORE=wasm] loop-hipgi.sh KIND
set -euo pipefail
kind=${1:-alu}
run() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all-non-file \
    node --no-liftoff --single-threaded --import tsx scripts/dev/loop-count.ts "$1" "$kind" 2>&1 |
    awk '/Collected :/ {print $4}'
}
h1=$(run 2000000); h2=$(run 12000000)
echo "$kind: $(echo "scale=2; ($h2 - $h1) / 10000000" | bc) host/guest"
