#!/usr/bin/env bash
# Install what is missing, build, migrate, seed and serve on http://127.0.0.1:5080 (SQLite file under data/).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
mkdir -p data
exec dotnet run --project src/Host --no-build --configuration Release -- --urls http://127.0.0.1:5080
