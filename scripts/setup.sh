#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install what a fresh Debian machine with the .NET 10 SDK and Node 20
# lacks, then restore and build. Idempotent: a second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

# The documents' free default fonts (single-face TrueType: PDFsharp takes neither TTC collections nor CFF outlines).
document_fonts=(fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-lxgw-wenkai fonts-droid-fallback)

need_apt=()
for pkg in "${document_fonts[@]}" "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
if ((${#need_apt[@]})); then
  echo "正在安装系统软件包：${need_apt[*]}" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet restore Reconsideration.sln --verbosity quiet >&2
dotnet build Reconsideration.sln --no-restore --configuration Release --verbosity quiet -nologo >&2
