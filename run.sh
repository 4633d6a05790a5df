#!/usr/bin/env bash
# Install what is missing, build, migrate, seed and serve on http://127.0.0.1:5080 (SQLite file under data/).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
mkdir -p data
# Absolute paths, so the data file and the shipped definitions do not depend on the working directory.
exec dotnet run --project src/Host --no-build --configuration Release -- --urls http://127.0.0.1:5080 \
  --Workflows:Database "$PWD/data/reconsideration.db" --Workflows:Definitions "$PWD/workflow-definitions"
