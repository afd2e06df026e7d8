#!/usr/bin/env bash
# Runs every benchmark behind PERFORMANCE.md's M0-M6 table, medians of 3, and keeps each mode's JSON (and its table
# and log) in one directory. Long: about two hours on the project's 2-core machines; nothing else may run meanwhile
# (every run prints the load average and warns when the machine is busy). M4 needs the system settings of
# docs/benchmarks.md ("Idle connections: what 50,000 need") first.
#
#   bench/run-all.sh [OUT_DIR]        default bench/results/<UTC time>
#   STORAGE=throwaway bench/run-all.sh   PostgreSQL without fsync (default durable)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)}"
storage="${STORAGE:-durable}"
mkdir -p "$out"
failed=()

dotnet build bench/ChatPlatform.Bench -c Release --nologo -v quiet

# run NAME ARGS...: one bench invocation; its JSON line to NAME.json, the table to NAME.txt, progress to NAME.log
run() {
  local name=$1
  shift
  echo "$(date -u +%H:%M:%S) $name: $*"
  local status=0
  dotnet run -c Release --no-build --project bench/ChatPlatform.Bench -- --storage "$storage" "$@" \
    --json-out "$out/$name.json" > "$out/$name.txt" 2> "$out/$name.log" || status=$?
  if ((status != 0)); then
    echo "  $name failed (exit code $status): see $out/$name.log"
    failed+=("$name")
  fi
}

# M1 (and M0's CPU per message, M2's WebSocket latency): 200 clients in 20 sessions at 500 msg/s, raw/direct/gateway
run m1-delivery --clients 200 --sessions 20 --rate 500 --repeat 3
# M6 (and M2's WebSocket throughput ratio): capacity sweep, 10 recipients per message
run m6-capacity --clients 400 --sessions 40 --rate 500,1000,1500,2000,2500,3000 --repeat 3
# M3: fan-out, one session of 1,000; 100 msg/s = 100k deliveries/s
run m3-fanout --clients 1000 --sessions 1 --senders 20 --rate 20,50,100,150 --scenarios raw,gateway --p99-limit 100 --repeat 3
# M5: history pages of 50 from one session of 1,000,000 messages, gateway vs Messages
run m5-history --mode history --history-messages 1000000 --repeat 3
# M2 REST: 16 concurrent senders, gateway vs Messages
run m2-rest --mode rest --concurrency 16 --repeat 3
# M4: 50,000 idle WebSockets through the gateway; memory is only clean on a fresh platform, so three invocations
for i in 1 2 3; do
  run "m4-idle-$i" --mode idle --connections 50000 --connect-concurrency 64
done

echo
echo "results in $out:"
ls -1 "$out"/*.json 2> /dev/null || echo "  no JSON written"
if ((${#failed[@]})); then
  echo "failed: ${failed[*]}"
  exit 1
fi
