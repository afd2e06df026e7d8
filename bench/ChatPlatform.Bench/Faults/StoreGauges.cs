using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// What the soak watches in the stores: PostgreSQL client connections, rows in every database's outbox
/// (<c>outbox_messages</c>) and in Messages' inbox (<c>processed_messages</c>; no other service keeps one), and messages
/// waiting in RabbitMQ's queues (<c>rabbitmqctl list_queues</c>, run with the broker's own environment: node name,
/// cookie, epmd port).
/// </summary>
public sealed class StoreGauges(DistributedApplication app, ResourceWatcher resources)
{
    private static readonly string[] Databases = ["identitydb", "sessionsdb", "messagesdb", "moderationdb"];
    private const string InboxDatabase = "messagesdb";

    public async Task<StoreReading> ReadAsync(CancellationToken cancellationToken)
    {
        var server = await app.GetConnectionStringAsync("postgres", cancellationToken);
        long connections = 0, outbox = 0, inbox = 0;
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres;Pooling=false"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'", connection);
            connections = (long)(await count.ExecuteScalarAsync(cancellationToken))! - 1;
        }
        foreach (var database in Databases)
        {
            await using var connection = new NpgsqlConnection(server + $";Database={database};Pooling=false");
            await connection.OpenAsync(cancellationToken);
            var inboxCount = database == InboxDatabase ? "(SELECT count(*) FROM processed_messages)" : "0::bigint";
            await using var count = new NpgsqlCommand($"SELECT (SELECT count(*) FROM outbox_messages), {inboxCount}", connection);
            await using var reader = await count.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            outbox += reader.GetInt64(0);
            inbox += reader.GetInt64(1);
        }
        return new StoreReading(connections, outbox, inbox, await QueuedAsync(cancellationToken));
    }

    private async Task<long?> QueuedAsync(CancellationToken cancellationToken)
    {
        if (resources.Replicas("messaging") is not [{ Pid: { } dcpPid }] || RealProcess.Find("messaging", dcpPid) is not { } beam)
        {
            return null;
        }
        var ctl = Directory.GetDirectories("/usr/lib/rabbitmq/lib", "rabbitmq_server-*").Select(d => Path.Combine(d, "sbin", "rabbitmqctl")).FirstOrDefault(File.Exists);
        if (ctl is null)
        {
            return null;
        }
        var start = new ProcessStartInfo(ctl, ["list_queues", "-q", "--no-table-headers", "messages"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var variable in File.ReadAllText($"/proc/{beam}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var split = variable.IndexOf('=');
            if (split > 0)
            {
                start.Environment[variable[..split]] = variable[(split + 1)..];
            }
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Sum(line => long.TryParse(line, out var n) ? n : 0)
            : null;
    }
}

public sealed record StoreReading(long PostgresConnections, long OutboxRows, long InboxRows, long? QueuedMessages);
