#!/usr/bin/env bash
# A/B of two vagttjek binaries: both run alternately on the same file (full check, JSON report to
# /dev/null), whole processes; prints the median and minimum of each. For "within 3 % of the
# build before": build the old commit in a worktree, copy both binaries aside, run this.
#
#   Benchmarks/ab.sh OLD_BINARY NEW_BINARY [REPS (11)] [FILE (bench-data/anchor_10000x52.csv)]
set -euo pipefail
A=$1; B=$2; R=${3:-11}; F=${4:-bench-data/anchor_10000x52.csv}
cat "$F" > /dev/null
for _ in $(seq "$R"); do
  for bin in "$A" "$B"; do
    t0=$(date +%s%N)
    "$bin" check "$F" --format json --output /dev/null || [ $? = 1 ]
    t1=$(date +%s%N)
    echo "$bin $(( (t1 - t0) / 1000 ))"
  done
done | python3 -c '
import sys, statistics
d = {}
for line in sys.stdin:
    b, t = line.split()
    d.setdefault(b, []).append(int(t) / 1e6)
for b, v in d.items():
    print(f"{b}: median {statistics.median(v):.4f} s  min {min(v):.4f} s  n={len(v)}")
'
