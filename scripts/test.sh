#!/usr/bin/env bash
# Runs every test: unit tests and the end-to-end tests that boot the whole platform with Aspire.Hosting.Testing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
dotnet build ChatPlatform.sln -c Release -nologo -v quiet
dotnet test ChatPlatform.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@"
