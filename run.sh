#!/usr/bin/env bash
# Install what is missing, build, migrate, seed and serve on http://127.0.0.1:5080 (SQLite file under data/).
# Demo data (users of every role, cases in several stages) is seeded once; --no-demo starts without it.
# Further arguments go to the host, e.g. ./run.sh --Seeding:DemoPassword 'Another@2026'.
set -euo pipefail
cd "$(dirname "$0")"
demo=true
if [[ ${1:-} == --no-demo ]]; then demo=false; shift; fi
scripts/setup.sh
mkdir -p data data/holidays
# Absolute paths, so the data file and the shipped definitions do not depend on the working directory.
exec dotnet run --project src/Host --no-build --configuration Release -- --urls http://127.0.0.1:5080 \
  --Workflows:Database "$PWD/data/reconsideration.db" --Workflows:Definitions "$PWD/workflow-definitions" \
  --Documents:DataDirectory "$PWD/data" --Cases:DataDirectory "$PWD/data" --Workflows:HolidayDirectory "$PWD/data/holidays" --Seeding:Demo "$demo" "$@"
