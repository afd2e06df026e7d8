using System.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// The hot path of the outbox: events whose rows were just committed are published at once, as many together as are
/// waiting (their broker confirms overlap), and their rows deleted in one statement per batch. Nothing is lost if this
/// replica dies between commit and delete: the row stays, and the dispatcher publishes it after the grace period
/// (consumers dedupe the event by its message id, the row id). A row whose publish failed is left to the dispatcher too.
/// </summary>
internal sealed partial class OutboxFastLane<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxFastLaneQueue queue,
    OutboxOptions options,
    ILogger<OutboxFastLane<TContext>> logger) : BackgroundService
    where TContext : DbContext, IOutboxDbContext
{
    private const int BatchSize = 256;

    // Losing this commit in a crash only brings the rows back to be published again; it need not wait for the WAL.
    private const string DeleteSql = """
        BEGIN;
        SET LOCAL synchronous_commit = off;
        DELETE FROM outbox_messages WHERE id = ANY(@ids);
        COMMIT;
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<FastLaneEvent>(BatchSize);
        try
        {
            while (await queue.Committed.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && queue.Committed.TryRead(out var next))
                {
                    batch.Add(next);
                }
                await DispatchAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DispatchAsync(List<FastLaneEvent> batch, CancellationToken cancellationToken)
    {
        var published = new bool[batch.Count];
        await Task.WhenAll(PlanPublishes(batch).Select(async indexes =>
        {
            var ok = indexes.Length == 1
                ? await PublishAsync(batch[indexes[0]], cancellationToken)
                : await PublishCombinedAsync([.. indexes.Select(index => batch[index])], cancellationToken);
            foreach (var index in indexes)
            {
                published[index] = ok;
            }
            OutboxMetrics.Published(indexes.Length);
        }));
        var ids = batch.Where((_, index) => published[index]).Select(pending => pending.OutboxId).ToArray();
        if (ids.Length == 0)
        {
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(DeleteSql, connection);
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = ids });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // The rows stay; the dispatcher publishes them again after the grace period and consumers dedupe.
            LogDeleteFailed(logger, ids.Length, exception);
        }
    }

    /// <summary>Which events leave together: runs of a combinable type (in commit order), every other event alone.</summary>
    private IEnumerable<int[]> PlanPublishes(List<FastLaneEvent> batch)
    {
        foreach (var group in Enumerable.Range(0, batch.Count).GroupBy(index => batch[index].Type))
        {
            if (options.Combiners.TryGetValue(group.Key, out var combiner))
            {
                foreach (var chunk in group.Chunk(combiner.MaxPerBatch))
                {
                    yield return chunk;
                }
                continue;
            }
            foreach (var index in group)
            {
                yield return [index];
            }
        }
    }

    /// <summary>
    /// One broker message for several events, under the first one's trace (the others' traces are linked). Its rows
    /// are deleted only once it is confirmed; if the delete is lost, the dispatcher republishes them one by one, and
    /// consumers already handle a repeated event (Presence drops a seq it delivered, Sessions' updates are idempotent).
    /// </summary>
    private async Task<bool> PublishCombinedAsync(FastLaneEvent[] events, CancellationToken cancellationToken)
    {
        var combiner = options.Combiners[events[0].Type];
        using var activity = OutboxTrace.StartPublish(events[0].TraceParent, combiner.BatchType, events.Skip(1).Select(e => e.TraceParent));
        try
        {
            await bus.Publish(combiner.Combine([.. events.Select(e => e.Message)]), combiner.BatchType, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCombinedPublishFailed(logger, events.Length, exception);
            return false;
        }
    }

    private async Task<bool> PublishAsync(FastLaneEvent pending, CancellationToken cancellationToken)
    {
        using var activity = OutboxTrace.StartPublish(pending.TraceParent, pending.Type);
        try
        {
            await bus.Publish(pending.Message, pending.Type, context => context.MessageId = pending.OutboxId, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPublishFailed(logger, pending.OutboxId, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fast-lane publish of outbox row {OutboxId} failed; the dispatcher takes it over")]
    private static partial void LogPublishFailed(ILogger logger, Guid outboxId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fast-lane publish of {Count} combined events failed; the dispatcher takes them over")]
    private static partial void LogCombinedPublishFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting {Count} published outbox rows failed; they will be published again")]
    private static partial void LogDeleteFailed(ILogger logger, int count, Exception exception);
}
