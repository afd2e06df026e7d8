#!/usr/bin/env bash
# Starts the whole platform (PostgreSQL, Redis, RabbitMQ, every service, the gateway and the Aspire dashboard),
# installing the server packages first if they are missing. Extra arguments go to the AppHost, e.g.
#   ./scripts/start.sh --gateway-port 8080 --ephemeral
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
trap - INT
# Release: the services run as they would deployed, and as docs/benchmarks.md measures them.
exec dotnet run -c Release --project ChatPlatform.AppHost -- "$@"
