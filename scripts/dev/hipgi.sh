#!/usr/bin/env bash
# Developer tool: host instructions per guest instruction, measured deterministically with
# callgrind as the difference between two runs of different length (start-up cancels out).
# Usage: [CORE=path/to/emu-core.wasm] scripts/dev/hipgi.sh WORKLOAD [reps_small reps_large]
set -euo pipefail
w=${1:-crc}; a=${2:-1}; b=${3:-4}
run() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all-non-file \
    node --no-liftoff --single-threaded --import tsx scripts/dev/cpu-mips.ts public/guests/bench.hvt "$w" "reps=$1" 2>&1 |
    awk '/insns, cpu/ {g=$1} /Collected :/ {h=$4} END {print g, h}'
}
read -r g1 h1 < <(run "$a")
read -r g2 h2 < <(run "$b")
echo "$w: guest $((g2 - g1)) insns, host $((h2 - h1)) insns -> $(echo "scale=2; ($h2 - $h1) / ($g2 - $g1)" | bc) host/guest"
