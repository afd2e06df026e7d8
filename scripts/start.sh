#!/usr/bin/env bash
# Starts the whole platform (PostgreSQL, Redis, RabbitMQ, every service, the gateway and the Aspire dashboard),
# installing the server packages first if they are missing. Extra arguments go to the AppHost, e.g.
#   ./scripts/start.sh --gateway-port 8080 --ephemeral
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
trap - INT
exec dotnet run --project ChatPlatform.AppHost -- "$@"
