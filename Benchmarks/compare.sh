#!/usr/bin/env bash
# Side by side: vagttjek (full legal check, JSON report to /dev/null) against the anchors of
# ../shared/anchors/perf (DuckDB and Polars doing a simplified check) and `wc -l`, on the same
# CSV, whole processes, interleaved repetitions, medians. Writes a Markdown table to stdout and the
# raw rows to $OUT_DIR/raw.tsv.
#
#   Benchmarks/compare.sh [N ...]          default N: 1000 10000  (staff × 52 weeks)
#   env: REPS (5), WEEKS (52), SEED (1), OUT_DIR (bench-data), ANCHORS (../shared/anchors/perf),
#        SHUFFLE=1 (unsorted rows), BYDATE=1 (rows sorted by start, then id: the order many
#        planning systems export), OWN=1 (also vagttjek's own generator's roster)
#
# DuckDB and Polars come from PyPI (`pip install duckdb polars`); the product never needs them.
# Rows whose tool is missing are left out, not faked.
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${REPS:-5}; WEEKS=${WEEKS:-52}; SEED=${SEED:-1}
OUT_DIR=${OUT_DIR:-bench-data}; ANCHORS=${ANCHORS:-../shared/anchors/perf}
NS=("$@"); [ ${#NS[@]} -gt 0 ] || NS=(1000 10000)
mkdir -p "$OUT_DIR"
swift build -c release --product vagttjek >/dev/null
BIN=.build/release/vagttjek
RAW=$OUT_DIR/raw.tsv
printf 'file\tn\trows\ttool\trep\twall_s\trss_kb\tstatus\n' > "$RAW"
has_py() { python3 -c "import $1" >/dev/null 2>&1; }

measure() {  # file n rows tool rep cmd...
  local file=$1 n=$2 rows=$3 tool=$4 rep=$5; shift 5
  local tf; tf=$(mktemp)
  local t0 t1 status=0
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$tf" "$@" >/dev/null 2>&1 || status=$?
  t1=$(date +%s%N)
  # vagttjek exits 1 when it finds breaches; anything else non-zero is a failed run.
  if [ "$status" = 1 ] && [[ "$tool" == vagttjek* ]]; then status=0; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(basename "$file")" "$n" "$rows" "$tool" "$rep" \
    "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f", (b-a)/1e9}')" "$(tail -n 1 "$tf" | grep -o '[0-9]*$')" "$status" >> "$RAW"
  rm -f "$tf"
}

files=()
for n in "${NS[@]}"; do
  sfx=""; [ "${SHUFFLE:-0}" = 1 ] && sfx=_shuf
  f=$OUT_DIR/anchor_${n}x${WEEKS}${sfx}.csv
  if [ ! -f "$f" ]; then
    if [ "${SHUFFLE:-0}" = 1 ]; then shuffle=--shuffle; else shuffle=; fi
    python3 "$ANCHORS/gen_big.py" --employees "$n" --weeks "$WEEKS" --seed "$SEED" --out "$f" $shuffle >/dev/null
  fi
  if [ "${BYDATE:-0}" = 1 ]; then
    # The same rows ordered by start, then employee (a stable sort of the sorted file).
    d=$OUT_DIR/anchor_${n}x${WEEKS}_bydate.csv
    if [ ! -f "$d" ]; then
      { head -n 1 "$f"; tail -n +2 "$f" | LC_ALL=C sort -s -t, -k2,2 -k1,1; } > "$d"
    fi
    f=$d
  fi
  files+=("$f:$n")
  if [ "${OWN:-0}" = 1 ]; then
    # The anchors read exactly employee,start,end,kind: every tool gets those four columns.
    g=$OUT_DIR/own_${n}x${WEEKS}_4col.csv
    if [ ! -f "$g" ]; then
      $BIN generate --employees "$n" --weeks "$WEEKS" --seed "$SEED" --output "$g.full"
      cut -d, -f1-4 "$g.full" > "$g" && rm -f "$g.full"
    fi
    files+=("$g:$n")
  fi
done

for entry in "${files[@]}"; do
  f=${entry%:*}; n=${entry##*:}
  rows=$(( $(wc -l < "$f") - 1 ))
  cat "$f" > /dev/null
  for rep in $(seq 1 "$REPS"); do
    measure "$f" "$n" "$rows" wc "$rep" wc -l "$f"
    measure "$f" "$n" "$rows" vagttjek "$rep" $BIN check "$f" --format json --output /dev/null
    measure "$f" "$n" "$rows" vagttjek_1t "$rep" $BIN check "$f" --format json --output /dev/null --jobs 1
    has_py duckdb && measure "$f" "$n" "$rows" duckdb "$rep" python3 "$ANCHORS/duckdb_check.py" "$f"
    has_py polars && measure "$f" "$n" "$rows" polars "$rep" python3 "$ANCHORS/polars_check.py" "$f"
  done
done

python3 - "$RAW" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
by = {}
for r in rows:
    if r['status'] != '0':
        by.setdefault((r['file'], r['n'], r['rows']), {}).setdefault(r['tool'] + '!', [])
        continue
    by.setdefault((r['file'], r['n'], r['rows']), {}).setdefault(r['tool'], []).append((float(r['wall_s']), int(r['rss_kb'] or 0)))
print('| file | staff | rows | wc -l | vagttjek | vagttjek 1 thread | DuckDB | Polars | vagttjek peak RSS | rows/s | DuckDB ÷ vagttjek | Polars ÷ vagttjek | vagttjek ÷ wc -l |')
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (f, n, nrows), tools in by.items():
    failed = {t[:-1] for t in tools if t.endswith('!')}
    med = {t: statistics.median(w for w, _ in v) for t, v in tools.items() if v and t not in failed}
    rss = {t: statistics.median(m for _, m in v) for t, v in tools.items() if v and t not in failed}
    v = med.get('vagttjek')
    def cell(t): return f"{med[t]:.3f} s" if t in med else ('failed' if t in failed else '–')
    def ratio(t, base): return f"{med[t] / med[base]:.2f}×" if t in med and base in med else '–'
    print(f"| {f} | {int(n):,} | {int(nrows):,} | {cell('wc')} | {cell('vagttjek')} | {cell('vagttjek_1t')} | {cell('duckdb')} | {cell('polars')} | "
          f"{rss.get('vagttjek', 0) / 1024:.0f} MB | {(int(nrows) / v / 1e6 if v else 0):.2f} M | {ratio('duckdb', 'vagttjek')} | {ratio('polars', 'vagttjek')} | {ratio('vagttjek', 'wc')} |")
PY
