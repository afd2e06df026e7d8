namespace ChatPlatform.AppHost.Hosting;

/// <summary>How DCP starts a <see cref="LocalPostgresResource"/>: a small shell wrapper around initdb and postgres.</summary>
internal static class PostgresLaunch
{
    // Runs as the server's user with PGDATA, PGPORT and POSTGRES_PASSWORD set; Debian keeps the
    // binaries off PATH, in /usr/lib/postgresql/<version>/bin (the newest wins). First start: initdb.
    // Later starts: set the superuser password to the current parameter value (it may have changed).
    // DCP stops executables with SIGTERM, a "smart" shutdown that waits for pooled clients, so the
    // wrapper turns it into SIGINT (fast shutdown); --pdeathsig does the same if the wrapper is killed.
    private const string Script = """
        set -e
        for bin in /usr/lib/postgresql/*/bin; do PATH="$bin:$PATH"; done
        if [ ! -s "$PGDATA/PG_VERSION" ]; then
          printf '%s\n' "$POSTGRES_PASSWORD" | initdb --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
            --pwfile=/dev/stdin --auth-local=trust --auth-host=scram-sha-256
        else
          escaped=$(printf '%s' "$POSTGRES_PASSWORD" | sed "s/'/''/g")
          printf "ALTER ROLE postgres PASSWORD '%s'\n" "$escaped" | postgres --single postgres > /dev/null
        fi
        unset POSTGRES_PASSWORD
        setpriv --pdeathsig INT postgres -c listen_addresses=127.0.0.1 -c unix_socket_directories= "$@" &
        server=$!
        trap 'kill -INT $server' TERM INT
        set +e
        while :; do
          wait $server
          status=$?
          kill -0 $server 2> /dev/null || exit $status
        done
        """;

    /// <summary>
    /// Room for every service's connection pool: five services, Messages with two replicas, each Npgsql pool growing
    /// with concurrent requests and keeping idle connections for minutes. The default of 100 ran out under the test
    /// suite's bursts ("too many clients already").
    /// </summary>
    public static readonly string[] ServerSettings = ["-c", "max_connections=500"];

    /// <summary>Settings for throwaway data: no fsync, no waiting for WAL flushes, no full-page writes.</summary>
    public static readonly string[] NoDurability = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

    /// <summary>initdb and postgres refuse to run as root, so a root AppHost switches to the postgres user.</summary>
    public static (string Command, string[] Arguments) For(bool asRoot) => asRoot
        ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "/bin/sh", "-c", Script, "postgres"])
        : ("/bin/sh", ["-c", Script, "postgres"]);
}
