namespace ChatPlatform.AppHost.Hosting;

/// <summary>
/// How DCP starts a <see cref="LocalRabbitMQResource"/>: RabbitMQ's own <c>rabbitmq-server</c> script under a small
/// shell wrapper. The script runs the Erlang VM in the background and ends with 0 however the VM ended (its
/// <c>wait ... || true</c>), so a VM killed by SIGKILL or the OOM killer looked like a clean stop and the AppHost's
/// <see cref="CrashRestarter"/> left the broker down (found by the fault harness, docs/reliability.md). The wrapper
/// passes a stop asked for (SIGTERM, SIGINT) on and keeps its exit code; a server that ends without one exits 70.
/// </summary>
internal static class RabbitMQLaunch
{
    private const string Script = """
        "$0" "$@" &
        server=$!
        stopping=
        trap 'stopping=1; kill -TERM $server' TERM
        trap 'stopping=1; kill -INT $server' INT
        while kill -0 $server 2> /dev/null; do
          wait $server
        done
        wait $server
        status=$?
        if [ -n "$stopping" ] || [ $status -ne 0 ]; then exit $status; fi
        echo "rabbitmq-server ended without being asked to stop" >&2
        exit 70
        """;

    public static (string Command, string[] Arguments) For(string serverScript) => ("/bin/sh", ["-c", Script, serverScript]);
}
