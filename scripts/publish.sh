#!/usr/bin/env bash
# Publishes the services and the gateway in Release, each on its own, into artifacts/publish/<name> (gitignored):
#   ./scripts/publish.sh                     every service and the gateway
#   ./scripts/publish.sh messages presence   only those
# Each output directory runs alone: `dotnet ChatPlatform.<Name>.dll` with environment configuration
# (scripts/run-published.sh, deploy/kubernetes/README.md).
#
# Container images: where a registry is configured (CONTAINER_REGISTRY, e.g. registry.example.com) or a container
# daemon answers (`docker info`), each project is also published as an image with the SDK's container support
# (`-t:PublishContainer`: repository chatplatform/<name>, port 8080, user 1654, from the project settings), tagged
# CONTAINER_TAG (default: the project version). CONTAINER_BASE_IMAGE overrides the base image (an internal mirror).
# Where neither exists, or the image build fails (the base image comes from a registry), the script says so and
# the plain publish output is what it leaves.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A projects=(
  [identity]=services/Identity/ChatPlatform.Identity.csproj
  [sessions]=services/Sessions/ChatPlatform.Sessions.csproj
  [messages]=services/Messages/ChatPlatform.Messages.csproj
  [presence]=services/Presence/ChatPlatform.Presence.csproj
  [moderation]=services/Moderation/ChatPlatform.Moderation.csproj
  [gateway]=gateway/ChatPlatform.Gateway.csproj
)
all=(identity sessions messages presence moderation gateway)
output_root="${PUBLISH_DIR:-artifacts/publish}"

names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${all[@]}")
for name in "${names[@]}"; do
  if [ -z "${projects[$name]:-}" ]; then
    echo "publish: unknown service '$name' (one of: ${all[*]})" >&2
    exit 2
  fi
done

container_reason=""
if [ -n "${CONTAINER_REGISTRY:-}" ]; then
  container_reason="registry $CONTAINER_REGISTRY"
elif command -v docker >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1; then
  container_reason="the local container daemon"
else
  echo "publish: no container registry (CONTAINER_REGISTRY is unset) and no container daemon (docker info fails): plain publish only"
fi

container_args=()
[ -n "${CONTAINER_REGISTRY:-}" ] && container_args+=("-p:ContainerRegistry=$CONTAINER_REGISTRY")
[ -n "${CONTAINER_TAG:-}" ] && container_args+=("-p:ContainerImageTag=$CONTAINER_TAG")
[ -n "${CONTAINER_BASE_IMAGE:-}" ] && container_args+=("-p:ContainerBaseImage=$CONTAINER_BASE_IMAGE")

for name in "${names[@]}"; do
  project="${projects[$name]}"
  output="$output_root/$name"
  rm -rf "$output"
  echo "publish: $name -> $output"
  dotnet publish "$project" -c Release -o "$output" -nologo -v quiet
  if [ -n "$container_reason" ]; then
    echo "publish: $name as image chatplatform/$name to $container_reason"
    log="$output_root/$name-container.log"
    if ! dotnet publish "$project" -c Release -t:PublishContainer -nologo -v quiet "${container_args[@]}" > "$log" 2>&1; then
      echo "publish: the image of $name could not be built or pushed; $output is the plain publish output. First error ($log):" >&2
      grep -m1 -o 'error [A-Z0-9]*: .*' "$log" | cut -c1-300 >&2 || true
    fi
  fi
done
