#!/usr/bin/env bash
# Runs what a new user runs against the packed ClaimRecon package, from a local feed:
#   1. notebooks/seed-story.ipynb in the real .NET Interactive kernel under Jupyter (`jupyter nbconvert --execute`),
#      failing on any error output and requiring ClaimRecon's own HTML (claim set summary, charts) in the outputs;
#   2. samples/seed-story.cs, the .NET 10 file-based app that takes the package with `#:package ClaimRecon@<version>`.
# Installs what it needs: Debian's Jupyter packages and the Microsoft.dotnet-interactive tool (pinned; frozen upstream).
# Usage: .ci/notebook.sh [folder holding ClaimRecon.<version>.nupkg]   (default artifacts/packages)
set -euo pipefail
cd "$(dirname "$0")/.."

feed=$(realpath "${1:-artifacts/packages}")
ls "$feed"/ClaimRecon.[0-9]*.nupkg >/dev/null
interactive_version=1.0.712001
work=$PWD/artifacts/notebook
rm -rf "$work"
mkdir -p "$work/kernels" "$work/home/.nuget/NuGet" "$work/packages"

if ! command -v jupyter-nbconvert >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import nbclient, ipykernel, jupyter_client' >/dev/null 2>&1; then
  echo "== installing Jupyter (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client >/dev/null
fi

tools="$HOME/.dotnet/tools"
if ! "$tools/dotnet-interactive" --version 2>/dev/null | grep -q "^$interactive_version"; then
  echo "== installing the .NET Interactive kernel $interactive_version (dotnet tool)"
  dotnet tool update --global Microsoft.dotnet-interactive --version "$interactive_version" >/dev/null
fi
export PATH="$PATH:$tools"
export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet-interactive jupyter install --path "$work/kernels" >/dev/null

# A private home and package folder: the local feed is added to a copy of the user's NuGet sources without touching the
# user's own configuration, and a repacked ClaimRecon of the same version is never served from a stale package cache.
if [ -f "$HOME/.nuget/NuGet/NuGet.Config" ]; then
  cp "$HOME/.nuget/NuGet/NuGet.Config" "$work/home/.nuget/NuGet/NuGet.Config"
else
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" /></packageSources></configuration>\n' > "$work/home/.nuget/NuGet/NuGet.Config"
fi
dotnet nuget add source "$feed" --name claimrecon-local --configfile "$work/home/.nuget/NuGet/NuGet.Config" >/dev/null
run_as_new_user() { HOME="$work/home" NUGET_PACKAGES="$work/packages" JUPYTER_PATH="$work" "$@"; }

echo "== notebooks/seed-story.ipynb in the .NET Interactive kernel (jupyter nbconvert --execute)"
start=$(date +%s)
run_as_new_user jupyter nbconvert --to notebook --execute notebooks/seed-story.ipynb \
  --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=600 \
  --output-dir "$work" --output seed-story.executed.ipynb 2> "$work/nbconvert.log" \
  || { grep -v -i -E 'frozen|debugger|PYDEVD' "$work/nbconvert.log" | tail -n 40; exit 1; }
python3 .ci/check-notebook.py "$work/seed-story.executed.ipynb"
echo "kernel run: $(( $(date +%s) - start )) s"

echo "== samples/seed-story.cs (file-based app, #:package from the local feed), writing the HTML report"
run_as_new_user dotnet run samples/seed-story.cs -- "$PWD/artifacts/seed-story-report.html"
grep -q '<svg' artifacts/seed-story-report.html || { echo "artifacts/seed-story-report.html has no chart"; exit 1; }
