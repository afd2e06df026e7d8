#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine with the .NET SDK lacks to run ChatPlatform locally:
# the PostgreSQL, Redis and RabbitMQ server packages (run by the AppHost as local processes, not as services),
# kubectl (renders deploy/kubernetes offline with `kubectl kustomize` in the deployment tests; kustomize v5, kubectl
# 1.27 or newer), nginx (the one address in front of the gateways in scripts/run-published.sh), Node.js and npm
# (build the web client in clients/web), Chromium (the browser the web client's Playwright tests drive) and a colour
# emoji font (so reactions render in that headless browser and its screenshots).
set -euo pipefail

missing=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
ls /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin/rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
command -v kubectl >/dev/null 2>&1 || missing+=(kubectl)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)

if [ ${#missing[@]} -eq 0 ]; then
  echo "prerequisites: PostgreSQL, Redis, RabbitMQ, kubectl, nginx, Node.js, npm, Chromium and an emoji font are installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "prerequisites: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# Debian's own kubectl package is kubernetes-client where no repository serves one named kubectl.
for i in "${!missing[@]}"; do
  if [ "${missing[$i]}" = kubectl ] && ! apt-cache show kubectl >/dev/null 2>&1; then missing[$i]=kubernetes-client; fi
done
# The packages' scripts start no system service where systemd is absent; where it is present, stop them so the
# default ports stay free: the AppHost runs its own server processes.
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if command -v systemctl >/dev/null 2>&1 && systemctl is-system-running >/dev/null 2>&1; then
  $sudo systemctl disable --now postgresql redis-server rabbitmq-server nginx >/dev/null 2>&1 || true
fi
echo "prerequisites: done"
