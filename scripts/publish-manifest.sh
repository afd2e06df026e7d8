#!/usr/bin/env bash
# Writes the Aspire app model, as the AppHost's manifest publisher renders it, to deploy/aspire/aspire-manifest.json.
# The deployment tests (tests/ChatPlatform.Deployment.Tests) fail when the AppHost no longer publishes exactly that file,
# and check deploy/kubernetes against it: run this after changing the AppHost, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p deploy/aspire
dotnet run --project ChatPlatform.AppHost -c Release -- --publisher manifest --output-path "$PWD/deploy/aspire/aspire-manifest.json"
