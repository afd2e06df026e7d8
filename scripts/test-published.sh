#!/usr/bin/env bash
# The proof that the services run without the AppHost: publishes them (scripts/publish.sh), starts PostgreSQL, Redis and
# RabbitMQ on their own (scripts/infrastructure.sh, throwaway storage), runs the published layout against them
# (scripts/run-published.sh: 3 Messages, 3 Presence, 2 gateways behind nginx) and runs the [PublishedFact] tests of
# tests/ChatPlatform.Deployment.Tests (the seed's flow) through the one address. Stops everything it started, also on
# failure. Extra arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
./scripts/publish.sh

state=$(mktemp -d /tmp/chatplatform-test-published-XXXXXX)
runner=""
cleanup() {
  if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then
    kill -TERM "$runner"
    wait "$runner" || true
  fi
  ./scripts/infrastructure.sh stop "$state/infrastructure" || true
  rm -rf "$state"
}
trap cleanup EXIT

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 20); do
  base=$((20000 + RANDOM % 30000))
  free=true
  for offset in $(seq 0 11); do port_is_free $((base + offset)) || free=false; done
  $free && break
done
$free || { echo "test-published: no 12 free ports in a row found" >&2; exit 1; }
front=$base

./scripts/infrastructure.sh start "$state/infrastructure" --throwaway
admin_email="admin@published.test"
admin_password="Adm1n-$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 16 || true)"
(
  set -a
  source "$state/infrastructure/infrastructure.env"
  Seed__AdminEmail=$admin_email
  Seed__AdminPassword=$admin_password
  set +a
  exec ./scripts/run-published.sh --port "$front" --base-port "$base" --state-dir "$state/run"
) > "$state/run-published.log" 2>&1 &
runner=$!

started=$SECONDS
until grep -q 'is ready' "$state/run-published.log"; do
  if ! kill -0 "$runner" 2>/dev/null || [ $((SECONDS - started)) -gt 300 ]; then
    echo "test-published: the published services did not come up:" >&2
    cat "$state/run-published.log" >&2
    tail -n 30 "$state"/run/logs/*.log >&2 || true
    exit 1
  fi
  sleep 1
done
echo "test-published: up in $((SECONDS - started)) s: $(grep 'is ready' "$state/run-published.log")"

CHATPLATFORM_PUBLISHED_URL="http://127.0.0.1:$front" \
CHATPLATFORM_PUBLISHED_ADMIN_EMAIL="$admin_email" \
CHATPLATFORM_PUBLISHED_ADMIN_PASSWORD="$admin_password" \
  dotnet test tests/ChatPlatform.Deployment.Tests -c Release -nologo \
    --filter "FullyQualifiedName~ChatPlatform.Deployment.Tests.Published" --logger "console;verbosity=normal" "$@"
