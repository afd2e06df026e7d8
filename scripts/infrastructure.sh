#!/usr/bin/env bash
# PostgreSQL, Redis and RabbitMQ for services run without the AppHost (scripts/run-published.sh): server processes from
# the same Debian binaries the AppHost runs, on free loopback ports, state and logs under DIR.
#   ./scripts/infrastructure.sh start DIR [--throwaway]   starts them; writes DIR/infrastructure.env
#   ./scripts/infrastructure.sh stop DIR                  stops them
# DIR/infrastructure.env exports the connection strings the services read (ConnectionStrings__identitydb, __sessionsdb,
# __messagesdb, __moderationdb: one database and owner role each; __redis; __messaging), so
# `source DIR/infrastructure.env` hands them to run-published.sh. Passwords are generated on the first start and kept in
# DIR (mode 600). --throwaway turns PostgreSQL's fsync, synchronous_commit and full_page_writes off (tests only).
set -euo pipefail

usage() { echo "usage: $0 start DIR [--throwaway] | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
action=$1
state=$(mkdir -p "$2" && cd "$2" && pwd)
throwaway=false
[ "${3:-}" = "--throwaway" ] && throwaway=true

databases=(identitydb sessionsdb messagesdb moderationdb)
pids="$state/pids"
logs="$state/logs"

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    port_is_free "$port" && { echo "$port"; return; }
  done
}

password() { tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24 || true; }

# Waits until "$@" succeeds, or fails after $1 seconds; stops early when the process in pid file $2 died.
wait_until() {
  local seconds=$1 pidfile=$2; shift 2
  for _ in $(seq $((seconds * 5))); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "infrastructure: $(basename "$pidfile" .pid) exited; see $logs" >&2; return 1; }
    sleep 0.2
  done
  echo "infrastructure: $(basename "$pidfile" .pid) did not answer within $seconds s; see $logs" >&2
  return 1
}

# initdb and postgres refuse to run as root; setpriv replaces itself with the program, so $! is the server's PID.
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)

start_postgres() {
  local bin data port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  data="$state/postgres"
  port=$(free_port)
  mkdir -p "$data"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$data"
    # The postgres user must reach its data directory through every parent (the AppHost does the same).
    local dir="$state"
    while [ "$dir" != / ]; do
      [ -n "$(find "$dir" -maxdepth 0 -perm -o+x)" ] || { chmod o+x "$dir"; echo "infrastructure: made $dir traversable (o+x) for postgres"; }
      dir=$(dirname "$dir")
    done
  fi
  if [ ! -s "$data/PG_VERSION" ]; then
    local pwfile="$state/postgres.pw"
    (umask 077; printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile")
    [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
    "${as_postgres[@]}" "$bin/initdb" -D "$data" --username=postgres --encoding=UTF8 --locale=C.UTF-8 --pwfile="$pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 > "$logs/initdb.log"
    rm -f "$pwfile"
  fi
  local settings=(-c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=500)
  $throwaway && settings+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
  "${as_postgres[@]}" "$bin/postgres" -D "$data" -p "$port" "${settings[@]}" > "$logs/postgres.log" 2>&1 &
  echo $! > "$pids/postgres.pid"
  wait_until 30 "$pids/postgres.pid" pg_isready -q -h 127.0.0.1 -p "$port"

  for database in "${databases[@]}"; do
    local owner_password="${database^^}_PASSWORD"
    PGPASSWORD="$POSTGRES_PASSWORD" psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$database') THEN CREATE ROLE $database LOGIN; END IF;
END \$\$;
ALTER ROLE $database WITH LOGIN PASSWORD '${!owner_password}';
SELECT 'CREATE DATABASE $database OWNER $database' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database')\gexec
SQL
    echo "export ConnectionStrings__$database='Host=127.0.0.1;Port=$port;Username=$database;Password=${!owner_password};Database=$database'" >> "$env_file"
  done
}

start_redis() {
  local dir="$state/redis" port
  port=$(free_port)
  mkdir -p "$dir"
  # The password goes in a private file rather than on the command line, where ps shows it.
  (umask 077; cat > "$dir/redis.conf" <<CONF
bind 127.0.0.1
port $port
dir "$dir"
requirepass "$REDIS_PASSWORD"
appendonly no
$($throwaway && echo 'save ""')
CONF
  )
  redis-server "$dir/redis.conf" > "$logs/redis.log" 2>&1 &
  echo $! > "$pids/redis.pid"
  wait_until 20 "$pids/redis.pid" sh -c "redis-cli -p $port -a '$REDIS_PASSWORD' --no-auth-warning ping | grep -q PONG"
  echo "export ConnectionStrings__redis='127.0.0.1:$port,password=$REDIS_PASSWORD'" >> "$env_file"
}

start_rabbitmq() {
  local dir="$state/rabbitmq" script port dist epmd_port
  script=$(ls /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin/rabbitmq-server | sort -V | tail -1)
  port=$(free_port); dist=$(free_port); epmd_port=$(free_port)
  mkdir -p "$dir/home"
  [ -f "$dir/home/.erlang.cookie" ] || { password > "$dir/home/.erlang.cookie"; chmod 400 "$dir/home/.erlang.cookie"; }
  (umask 077; printf 'loopback_users = none\ndefault_user = chatplatform\ndefault_pass = %s\n' "$RABBITMQ_PASSWORD" > "$dir/rabbitmq.conf")
  echo '[].' > "$dir/enabled_plugins"
  # Its own epmd, so Erlang starts no daemon that outlives this script's stop.
  epmd -port "$epmd_port" -address 127.0.0.1 > "$logs/epmd.log" 2>&1 &
  echo $! > "$pids/epmd.pid"
  HOME="$dir/home" RABBITMQ_NODENAME="chatplatform-$epmd_port@localhost" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT="$port" RABBITMQ_DIST_PORT="$dist" ERL_EPMD_PORT="$epmd_port" ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-start_epmd false" ERL_FLAGS="-start_epmd false" \
    RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log" RABBITMQ_LOGS=- \
    RABBITMQ_CONFIG_FILE="$dir/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" \
    "$script" > "$logs/rabbitmq.log" 2>&1 &
  echo $! > "$pids/rabbitmq.pid"
  wait_until 60 "$pids/rabbitmq.pid" grep -q 'Server startup complete' "$logs/rabbitmq.log"
  echo "export ConnectionStrings__messaging='amqp://chatplatform:$RABBITMQ_PASSWORD@127.0.0.1:$port/'" >> "$env_file"
}

start() {
  if ls "$pids"/*.pid >/dev/null 2>&1; then
    echo "infrastructure: $state already has running servers (stop them first)" >&2
    exit 1
  fi
  mkdir -p "$pids" "$logs"
  # Private, but traversable: PostgreSQL runs as the postgres user when this script runs as root.
  chmod 711 "$state"
  local passwords="$state/passwords.env"
  if [ ! -f "$passwords" ]; then
    (umask 077
     for name in POSTGRES REDIS RABBITMQ "${databases[@]^^}"; do echo "${name}_PASSWORD=$(password)"; done > "$passwords")
  fi
  set -a; source "$passwords"; set +a

  env_file="$state/infrastructure.env"
  (umask 077; : > "$env_file")
  trap 'echo "infrastructure: start failed; stopping what started" >&2; stop' EXIT
  start_postgres
  start_redis
  start_rabbitmq
  trap - EXIT
  echo "infrastructure: PostgreSQL, Redis and RabbitMQ are up; connection strings in $env_file"
}

stop_one() {
  local name=$1 signal=$2 pidfile="$pids/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && { echo "infrastructure: $name did not stop in 20 s; killing it" >&2; kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$pidfile"
}

stop() {
  # SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every pooled client).
  stop_one postgres INT
  stop_one redis TERM
  stop_one rabbitmq TERM
  stop_one epmd TERM
  echo "infrastructure: stopped"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
