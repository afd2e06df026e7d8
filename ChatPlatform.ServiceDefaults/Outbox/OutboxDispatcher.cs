using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Publishes committed outbox rows to the broker and deletes them, in one transaction per batch. Rows are claimed
/// with <c>FOR UPDATE SKIP LOCKED</c>, so several replicas dispatch side by side without publishing a row twice
/// in the normal case; a crash between publish and commit republishes (at-least-once, consumers dedupe by message id).
/// Deleting instead of marking keeps the table as small as what is in flight.
/// </summary>
internal sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxOptions options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IOutboxDbContext
{
    private const int BatchSize = 200;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Claims the oldest pending rows and removes them; they come back if the transaction does not commit. Rows of the
    /// fast lane's types are left to it for the grace period.
    /// </summary>
    private static readonly string ClaimSql = $"""
        DELETE FROM outbox_messages WHERE id IN (
            SELECT id FROM outbox_messages
            WHERE dispatched_at IS NULL AND (type <> ALL(@fast_lane_types) OR occurred_at < now() - @fast_lane_grace)
            ORDER BY occurred_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
        RETURNING *
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cleaned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!cleaned)
                {
                    await DeleteDispatchedRowsAsync(stoppingToken);
                    cleaned = true;
                }
                var dispatched = await DispatchBatchAsync(stoppingToken);
                if (dispatched < BatchSize)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogDispatchFailed(logger, exception);
                await Task.Delay(ErrorBackoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();

        // Through the execution strategy, so a DbContext registered with retries on (Aspire's default) can still
        // open its own transaction; a retried batch republishes, which consumers tolerate (they dedupe by message id).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Losing this commit in a crash only brings the rows back, to be published again (consumers dedupe), so
            // it need not wait for the WAL flush: the send that wrote them already did.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", ct);
            var batch = await db.OutboxMessages.FromSqlRaw(ClaimSql,
                    new NpgsqlParameter<string[]>("fast_lane_types", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. options.FastLaneTypes] },
                    new NpgsqlParameter<TimeSpan>("fast_lane_grace", NpgsqlDbType.Interval) { TypedValue = options.FastLaneGrace })
                .AsNoTracking().ToListAsync(ct);
            if (batch.Count == 0)
            {
                return 0;
            }

            // Published together so their broker confirms overlap; consumers order by their own keys (seq), not by arrival.
            await Task.WhenAll(batch.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Select(message => PublishAsync(publisher, message, ct)));
            await transaction.CommitAsync(ct);
            return batch.Count;
        }, cancellationToken);
    }

    private static async Task PublishAsync(IPublishEndpoint publisher, OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = OutboxTypeName.Resolve(message.Type);
        using var activity = OutboxTrace.StartPublish(message.TraceParent, type);
        var payload = JsonSerializer.Deserialize(message.Payload, type)!;
        await publisher.Publish(payload, type, context => context.MessageId = message.Id, cancellationToken);
    }

    /// <summary>Rows published before dispatched rows were deleted (older versions kept them, marked dispatched).</summary>
    private async Task DeleteDispatchedRowsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM outbox_messages WHERE dispatched_at IS NOT NULL", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
