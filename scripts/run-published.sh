#!/usr/bin/env bash
# Runs the published services (scripts/publish.sh) as plain processes, configured by environment variables only, the
# way a deployment runs them: no AppHost, no DCP, no Aspire at run time. Against PostgreSQL, Redis and RabbitMQ it does
# not start: their connection strings come from the environment, e.g.
#   ./scripts/infrastructure.sh start /tmp/chat && source /tmp/chat/infrastructure.env
#   ./scripts/run-published.sh --port 8080
# Layout: identity, sessions, moderation once; messages and presence three times each; two gateways; nginx in front of
# the gateways as the one address (as ingress-nginx is in deploy/kubernetes). Peers find every replica through
# services__<name>__http__<n> (service discovery's configuration provider; requests spread over the replicas).
# Prints "ChatPlatform (published) is ready: http://127.0.0.1:<port>" when every process is healthy, then runs until
# SIGINT or SIGTERM, and stops everything it started. Logs: <state>/logs.
#
# Options: --port N (the front address, default 8080), --base-port N (services on N+1..N+11, default 18100),
# --state-dir DIR (logs, attachments, nginx files; default a new directory in /tmp).
# Seed accounts: Seed__AdminEmail, Seed__AdminPassword, Seed__AgentEmail, Seed__AgentPassword are passed to Identity
# when set.
set -euo pipefail
cd "$(dirname "$0")/.."
repository=$PWD

front_port=8080
base_port=18100
state=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) front_port=$2; shift 2 ;;
    --base-port) base_port=$2; shift 2 ;;
    --state-dir) state=$2; shift 2 ;;
    *) echo "usage: $0 [--port N] [--base-port N] [--state-dir DIR]" >&2; exit 2 ;;
  esac
done
[ -n "$state" ] || state=$(mktemp -d /tmp/chatplatform-published-XXXXXX)
mkdir -p "$state/logs" "$state/attachments" "$state/nginx"
state=$(cd "$state" && pwd)
# nginx's workers run as an unprivileged user when this runs as root; they reach their temp files through it.
chmod 711 "$state"

for name in identitydb sessionsdb messagesdb moderationdb redis messaging; do
  variable="ConnectionStrings__$name"
  if [ -z "${!variable:-}" ]; then
    echo "run-published: $variable is not set (scripts/infrastructure.sh start DIR, then source DIR/infrastructure.env)" >&2
    exit 2
  fi
done
for name in identity sessions messages presence moderation gateway; do
  [ -f "artifacts/publish/$name/ChatPlatform.${name^}.dll" ] || { echo "run-published: artifacts/publish/$name is missing: run scripts/publish.sh" >&2; exit 2; }
done
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "run-published: nginx is missing (scripts/install-prerequisites.sh installs it)" >&2; exit 2; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

url() { echo "http://127.0.0.1:$1"; }
identity_port=$((base_port + 1)); sessions_port=$((base_port + 2)); moderation_port=$((base_port + 3))
messages_ports=($((base_port + 4)) $((base_port + 5)) $((base_port + 6)))
presence_ports=($((base_port + 7)) $((base_port + 8)) $((base_port + 9)))
gateway_ports=($((base_port + 10)) $((base_port + 11)))
for port in "$front_port" "$identity_port" "$sessions_port" "$moderation_port" "${messages_ports[@]}" "${presence_ports[@]}" "${gateway_ports[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "run-published: port $port is taken (choose --port / --base-port)" >&2
    exit 2
  fi
done

# Service discovery by configuration: one services__<name>__http__<n> per replica.
discovery() {
  local name=$1; shift
  local index=0
  for port in "$@"; do echo "services__${name}__http__${index}=$(url "$port")"; index=$((index + 1)); done
}
identity_peer=$(discovery identity "$identity_port")
sessions_peer=$(discovery sessions "$sessions_port")
moderation_peer=$(discovery moderation "$moderation_port")
mapfile -t messages_peers < <(discovery messages "${messages_ports[@]}")
mapfile -t presence_peers < <(discovery presence "${presence_ports[@]}")

started=()   # "name pid" per process
stop_all() {
  trap - EXIT INT TERM
  echo "run-published: stopping"
  # The front and the gateways first, so no new request reaches a service that is going away.
  for entry in "${started[@]}"; do
    set -- $entry
    [ "$1" = nginx ] || [[ "$1" == gateway-* ]] && kill -TERM "$2" 2>/dev/null || true
  done
  sleep 1
  for entry in "${started[@]}"; do set -- $entry; kill -TERM "$2" 2>/dev/null || true; done
  for _ in $(seq 75); do
    alive=0
    for entry in "${started[@]}"; do set -- $entry; kill -0 "$2" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.2
  done
  for entry in "${started[@]}"; do
    set -- $entry
    kill -0 "$2" 2>/dev/null && { echo "run-published: $1 did not stop in 15 s; killing it" >&2; kill -KILL "$2" 2>/dev/null || true; }
  done
  echo "run-published: stopped"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME INSTANCE PORT [NAME=VALUE...]: one process with only the environment a deployment would give it.
start() {
  local name=$1 instance=$2 port=$3; shift 3
  local directory="artifacts/publish/$name"
  (
    cd "$directory"
    exec env -i PATH="$PATH" HOME="${HOME:-/tmp}" TMPDIR="${TMPDIR:-/tmp}" \
      ASPNETCORE_URLS="$(url "$port")" \
      ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
      OTEL_SERVICE_NAME="$name" \
      OTEL_RESOURCE_ATTRIBUTES="service.instance.id=$name-$instance" \
      "$@" \
      dotnet "ChatPlatform.${name^}.dll"
  ) > "$state/logs/$name-$instance.log" 2>&1 &
  started+=("$name-$instance $!")
}

# wait_healthy PORT...: every port answers /health, or a process died, or 180 s passed.
wait_healthy() {
  local deadline=$((SECONDS + 180))
  for port in "$@"; do
    until curl -fs --max-time 2 -o /dev/null "$(url "$port")/health"; do
      for entry in "${started[@]}"; do
        set -- $entry
        kill -0 "$2" 2>/dev/null || { echo "run-published: $1 exited; last lines of its log:" >&2; tail -20 "$state/logs/$1.log" >&2; exit 1; }
      done
      [ $SECONDS -lt $deadline ] || { echo "run-published: port $port not healthy within 180 s (logs: $state/logs)" >&2; exit 1; }
      sleep 0.5
    done
  done
}

secret() { [ -n "${!1:-}" ] && echo "$1=${!1}"; }
mapfile -t seed < <(for variable in Seed__AdminEmail Seed__AdminPassword Seed__AgentEmail Seed__AgentPassword; do secret "$variable" || true; done)

# The key Sessions sends when it hands membership changes to Messages: the caller's InternalApi__Key, or one made
# for this run (the AppHost does the same).
internal_key="InternalApi__Key=${InternalApi__Key:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"

echo "run-published: starting (logs in $state/logs)"
# Identity comes last of the services: it publishes UserRegistered for the seed accounts at start, and the services
# that keep a copy of the users must have declared their queues by then (as the AppHost orders it).
start sessions 0 "$sessions_port" "ConnectionStrings__sessionsdb=$ConnectionStrings__sessionsdb" \
  "ConnectionStrings__messaging=$ConnectionStrings__messaging" "$identity_peer" "${messages_peers[@]}" "$internal_key"
for i in 0 1 2; do
  start messages "$i" "${messages_ports[$i]}" "ConnectionStrings__messagesdb=$ConnectionStrings__messagesdb" \
    "ConnectionStrings__redis=$ConnectionStrings__redis" "ConnectionStrings__messaging=$ConnectionStrings__messaging" \
    "$identity_peer" "Attachments__Root=$state/attachments" "$internal_key"
done
for i in 0 1 2; do
  start presence "$i" "${presence_ports[$i]}" "ConnectionStrings__redis=$ConnectionStrings__redis" \
    "ConnectionStrings__messaging=$ConnectionStrings__messaging" "$identity_peer" "$sessions_peer" "${messages_peers[@]}"
done
start moderation 0 "$moderation_port" "ConnectionStrings__moderationdb=$ConnectionStrings__moderationdb" \
  "ConnectionStrings__messaging=$ConnectionStrings__messaging" "$identity_peer" "${messages_peers[@]}"
wait_healthy "$sessions_port" "${messages_ports[@]}" "${presence_ports[@]}" "$moderation_port"

start identity 0 "$identity_port" "ConnectionStrings__identitydb=$ConnectionStrings__identitydb" \
  "ConnectionStrings__messaging=$ConnectionStrings__messaging" "${seed[@]}"
wait_healthy "$identity_port"

for i in 0 1; do
  start gateway "$i" "${gateway_ports[$i]}" "$identity_peer" "$sessions_peer" "$moderation_peer" "${messages_peers[@]}" "${presence_peers[@]}"
done
wait_healthy "${gateway_ports[@]}"

# One address for both gateways: nginx, configured as the Ingress is (WebSocket upgrade and timeouts, streamed uploads).
cat > "$state/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $state/nginx/nginx.pid;
error_log $state/logs/nginx.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $state/nginx/body;
  proxy_temp_path $state/nginx/proxy;
  fastcgi_temp_path $state/nginx/fastcgi;
  uwsgi_temp_path $state/nginx/uwsgi;
  scgi_temp_path $state/nginx/scgi;
  upstream gateways {
    server 127.0.0.1:${gateway_ports[0]};
    server 127.0.0.1:${gateway_ports[1]};
    keepalive 32;
  }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  server {
    listen 127.0.0.1:$front_port;
    # Heads as large as the gateway's Kestrel takes (docs/gateway.md), so its problem+json 414/431 reach clients.
    large_client_header_buffers 4 128k;
    client_max_body_size 112m;
    proxy_request_buffering off;
    location / {
      proxy_pass http://gateways;
      proxy_http_version 1.1;
      proxy_set_header Host \$http_host;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 3600s;
      proxy_send_timeout 3600s;
    }
  }
}
CONF
"$nginx_bin" -p "$state/nginx" -e "$state/logs/nginx.log" -c "$state/nginx/nginx.conf" -g 'daemon off;' > "$state/logs/nginx.out" 2>&1 &
started+=("nginx $!")
wait_healthy "$front_port"

echo "ChatPlatform (published) is ready: $(url "$front_port") (nginx -> 2 gateways; 3 messages, 3 presence; logs $state/logs)"
while :; do
  # In the background and waited for, so SIGINT and SIGTERM are handled at once.
  sleep 5 & wait $!
  for entry in "${started[@]}"; do
    set -- $entry
    if ! kill -0 "$2" 2>/dev/null && [ ! -e "$state/logs/$1.exited" ]; then
      echo "run-published: $1 exited (log: $state/logs/$1.log)" >&2
      touch "$state/logs/$1.exited"
    fi
  done
done
