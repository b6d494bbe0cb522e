#!/usr/bin/env bash
# Fuzz vagttjek's parsers with libFuzzer (ships with the Swift toolchain on Linux).
#
#   Tests/Fuzz/run.sh [SECONDS (20)] [TARGET ...]   targets: roster employees agreement policy
#                                                   timestamp columns text survey diff inflate zip
#                                                   sheet (default: all)
#   RUNS=N Tests/Fuzz/run.sh 0 …                    N executions per target with a fixed seed:
#                                                   repeatable (CI's smoke)
#
# Builds VagttjekCore's sources and FuzzTargets.swift into one binary with
# -sanitize=fuzzer,address (in .build-fuzz/, not committed), seeds each target's corpus from
# SampleRosters/ and the tests' example texts, and runs each target for SECONDS. Exits non-zero
# on the first crash, hang (-timeout 10 s), leak or parser disagreement; libFuzzer leaves the
# input that found it as crash-* in .build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER=${1:-20}; shift || true
TARGETS=("$@"); [ ${#TARGETS[@]} -gt 0 ] || TARGETS=(roster employees agreement policy timestamp columns text survey diff inflate zip sheet)
OUT=${FUZZ_OUT:-.build-fuzz}
mkdir -p "$OUT"
rm -f "$OUT"/crash-* "$OUT"/leak-* "$OUT"/timeout-*  # a previous run's findings are not this run's
if [ ! -x "$OUT/fuzz" ] || [ -n "$(find Sources/VagttjekCore Tests/Fuzz -newer "$OUT/fuzz" -name '*.swift' | head -1)" ]; then
  echo "building the fuzz binary (about a minute)…"
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name VagttjekFuzz -swift-version 5 \
    $(find Sources/VagttjekCore -name '*.swift') Tests/Fuzz/FuzzTargets.swift -o "$OUT/fuzz" 2>&1 \
    | grep -v "Cannot export local symbol" || true
fi
seed() {  # target → seed files
  case $1 in
    roster|timestamp|text) ls SampleRosters/*.csv ;;
    columns) printf 'medarbejder,start,slut,type\nemployee=medarbejder,end=slut\n' > "$OUT/col.seed"; echo "$OUT/col.seed" ;;
    employees) echo SampleRosters/employees.csv ;;
    agreement) echo SampleRosters/aftaler/hus-nord-nedsat-hviletid.json ;;
    policy) echo SampleRosters/policy-kl.json ;;
    survey) ls SampleRosters/survey/*.csv ;;
    diff) ls SampleRosters/bosted-solsikken-marts-2026-faktisk.csv SampleRosters/ønsker.csv ;;
    zip) ls SampleRosters/*.xlsx ;;
    # The sample workbook's parts: deflate streams for inflate, the sheet's XML for sheet.
    inflate|sheet) python3 - "$OUT" "$1" <<'PY'
import sys, zipfile, zlib, glob
out, target = sys.argv[1], sys.argv[2]
for k, path in enumerate(sorted(glob.glob("SampleRosters/*.xlsx"))):
    with zipfile.ZipFile(path) as z:
        for i, name in enumerate(z.namelist()):
            data = z.read(name)
            if target == "inflate":
                c = zlib.compressobj(9, zlib.DEFLATED, -15)
                seed = c.compress(data) + c.flush()
            elif "worksheets/" in name:
                seed = data
            else:
                continue
            p = f"{out}/{target}-{k}-{i}.seed"
            open(p, "wb").write(seed)
            print(p)
PY
    ;;
  esac
}
for t in "${TARGETS[@]}"; do
  corpus="$OUT/corpus-$t"
  mkdir -p "$corpus"
  for f in $(seed "$t"); do cp "$f" "$corpus/" 2>/dev/null || true; done
  if [ -n "${RUNS:-}" ]; then echo "== $t ($RUNS runs)"; else echo "== $t ($SECONDS_PER s)"; fi
  if [ -n "${RUNS:-}" ]; then limit="-runs=$RUNS -seed=1"; else limit="-max_total_time=$SECONDS_PER"; fi
  # SWIFT_BACKTRACE off: on a crash Swift's backtracer waited for a terminal and the run hung
  # (it hung CI's fuzz step); libFuzzer prints the stack and keeps the input as crash-*.
  (cd "$OUT" && SWIFT_BACKTRACE=enable=no VAGTTJEK_FUZZ_TARGET=$t ./fuzz "corpus-$t" $limit -timeout=10 -rss_limit_mb=2048 \
     -max_len=${MAX_LEN:-4096} -print_final_stats=1 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|Fatal error|.*disagree)" || true)
  # `ls` of the three patterns fails when any one matches nothing, so test what it printed.
  found=$(ls "$OUT"/crash-* "$OUT"/leak-* "$OUT"/timeout-* 2>/dev/null || true)
  [ -z "$found" ] || { echo "$found"; echo "fuzzing found a problem in $t"; exit 1; }
done
echo "fuzzing: no crash, hang or leak"
