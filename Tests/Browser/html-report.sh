#!/usr/bin/env bash
# The HTML report in a real browser (issue 19): headless Chromium opens the sample's report,
# with a hostile name given to N01, and the rendered DOM must hold every finding of the sample
# and the name as text (no element made from it), with no script error logged; a screenshot
# and a printed PDF are written next to it for a person to look at.
#
#   Tests/Browser/html-report.sh [BIN]     (BIN: the vagttjek binary; default: release build)
#
# Installs Debian's chromium when it is missing. When it cannot be installed (no package
# mirror), the test says so and is skipped rather than failed: the Swift tests cover the page's
# text, escaping and self-containedness without a browser.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.build/release/vagttjek}
[ -x "$BIN" ] || swift build -c release --product vagttjek >/dev/null
if ! command -v chromium >/dev/null 2>&1; then
  echo "browser test: installing Debian's chromium…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/vagttjek-chromium-install.log 2>&1 || true
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "browser test: SKIPPED, chromium could not be installed (log: /tmp/vagttjek-chromium-install.log)"
  exit 0
fi
OUT=${BROWSER_OUT:-/tmp/vagttjek-browser}
rm -rf "$OUT" && mkdir -p "$OUT"
HOSTILE='"><img src=x onerror=alert(1)>'
sed 's/^N01,Anne Holm,/N01,"""><img src=x onerror=alert(1)>",/' SampleRosters/employees.csv > "$OUT/employees.csv"
set +e
"$BIN" check SampleRosters/bosted-solsikken-marts-2026.csv --employees "$OUT/employees.csv" \
  --agreement SampleRosters/aftaler/hus-nord-nedsat-hviletid.json --format html --output "$OUT/rapport.html"
code=$?
"$BIN" check SampleRosters/bosted-solsikken-marts-2026.csv --employees "$OUT/employees.csv" \
  --agreement SampleRosters/aftaler/hus-nord-nedsat-hviletid.json --format csv --output "$OUT/rapport.csv"
set -e
[ "$code" -eq 1 ] || { echo "browser test: the sample check exited $code, expected 1" >&2; exit 1; }
CHROME=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --enable-logging=stderr --v=0)
timeout 120 "${CHROME[@]}" --dump-dom "file://$OUT/rapport.html" >"$OUT/dom.html" 2>"$OUT/console.log" || true
timeout 120 "${CHROME[@]}" --window-size=1200,1800 --screenshot="$OUT/rapport.png" "file://$OUT/rapport.html" >/dev/null 2>>"$OUT/console.log" || true
timeout 120 "${CHROME[@]}" --no-pdf-header-footer --print-to-pdf="$OUT/rapport.pdf" "file://$OUT/rapport.html" >/dev/null 2>>"$OUT/console.log" || true
fail() { echo "browser test: $1" >&2; exit 1; }
[ -s "$OUT/dom.html" ] || fail "chromium rendered no DOM (log: $OUT/console.log)"
# Every finding: as many list items under the employees as CSV rows, and each finding's rule
# and sentence start; the page opens with the errors ("Ret først"), as many as the CSV has.
findings=$(( $(wc -l < "$OUT/rapport.csv") - 1 ))
items=$(sed -n '/<section id="employees">/,$p' "$OUT/dom.html" | grep -o '<li class="\(error\|warning\|info\)">' | wc -l)
[ "$items" -eq "$findings" ] || fail "the DOM lists $items findings; the CSV report has $findings"
[ "$findings" -eq 60 ] || fail "the sample has $findings findings; expected 60"
errors=$(tail -n +2 "$OUT/rapport.csv" | grep -c '^[^,]*,error,')
first=$(sed -n '/<section id="fix-first">/,/<\/section>/p' "$OUT/dom.html" | grep -o '<li class="error">' | wc -l)
[ "$first" -eq "$errors" ] || fail "the page opens with $first errors to fix first; the CSV report has $errors errors"
for rule in $(tail -n +2 "$OUT/rapport.csv" | cut -d, -f1 | sort -u); do
  grep -q "<code>$rule</code>" "$OUT/dom.html" || fail "rule $rule is not in the DOM"
done
# The hostile name is text: escaped in the DOM, and no <img> element exists.
grep -q '(&quot;&gt;&lt;img src=x onerror=alert(1)&gt;)\|("&gt;&lt;img src=x onerror=alert(1)&gt;)' "$OUT/dom.html" \
  || fail "the hostile name is not shown as text"
if grep -q '<img' "$OUT/dom.html"; then fail "an <img> element was made from the input"; fi
# No script error (Chromium logs uncaught errors to stderr as CONSOLE lines).
if grep -i 'Uncaught\|SyntaxError\|ReferenceError\|TypeError' "$OUT/console.log"; then fail "a script error was logged"; fi
[ -s "$OUT/rapport.png" ] || fail "no screenshot"
[ -s "$OUT/rapport.pdf" ] || fail "no PDF"
echo "browser test: $items findings rendered, hostile name shown as text, no script error; screenshot and PDF in $OUT"
