#!/usr/bin/env bash
# The same set-up as run.sh, then every test. The last line printed is "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
# pdftoppm for page images of the documents; Chromium for the browser tests and the PDF benchmark baseline.
if ! scripts/setup.sh poppler-utils chromium; then
  echo "构建失败：见上方输出。"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

results=TestResults/run
rm -rf "$results"
dotnet test Reconsideration.sln --no-build --configuration Release --logger trx --logger "console;verbosity=normal" --results-directory "$results"
status=$?

# Every test assembly writes one .trx file; add up its counters.
read -r assemblies passed failed skipped < <(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  { n++; for (i = 1; i <= NF; i++) { split($i, kv, "=\""); v = kv[2]; sub(/".*/, "", v)
      if (kv[1] == "passed") p += v; else if (kv[1] == "failed") f += v; else if (kv[1] == "notExecuted") s += v } }
  END { printf "%d %d %d %d\n", n, p, f, s }')
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi   # a crashed test host counts as a failure
echo "test assemblies: $assemblies"
echo "$passed passed, $failed failed, $skipped skipped"
[[ $failed -eq 0 ]]
