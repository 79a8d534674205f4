#!/usr/bin/env bash
# Developer tool: host instructions per guest instruction for a fixed loop (see loop-count.ts),
# from two callgrind runs of different length. Usage: [CORE=wasm] [JIT=n] loop-hipgi.sh KIND
# The block translator runs these loops at a few host instructions each, so the runs differ by
# 50M guest instructions: start-up noise (GC, compile timing) stays small against that.
set -euo pipefail
kind=${1:-alu}
run() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all-non-file \
    node --no-liftoff --single-threaded --import tsx scripts/dev/loop-count.ts "$1" "$kind" 2>&1 |
    awk '/Collected :/ {print $4}'
}
h1=$(run 2000000); h2=$(run 52000000)
echo "$kind: $(echo "scale=2; ($h2 - $h1) / 50000000" | bc) host/guest"
