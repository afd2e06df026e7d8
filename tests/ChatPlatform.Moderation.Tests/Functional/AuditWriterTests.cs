using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using ChatPlatform.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Tests.Functional;

/// <summary>The audit log against real PostgreSQL: one row per event however often the event is delivered.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AuditWriterTests(PostgresServer server) : IAsyncLifetime
{
    private readonly ModerationDatabase _database = new(server);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_redelivered_event_adds_no_second_row()
    {
        var record = AuditRecords.UserBlocked(new UserBlocked(Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow));
        var messageId = Guid.NewGuid();

        foreach (var _ in new[] { 1, 2 })
        {
            await using var db = _database.CreateContext();
            await new AuditWriter(db, TimeProvider.System).AppendAsync(record, messageId, CancellationToken.None);
        }

        await using var check = _database.CreateContext();
        var row = await check.AuditLog.SingleAsync(e => e.SourceId == messageId);
        Assert.Equal((AuditActions.UserBlocked, record.ActorId, record.TargetUserId), (row.Action, row.ActorId, row.TargetUserId));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_event_store_one_row_and_neither_fails()
    {
        var record = AuditRecords.ParticipantAdded(new ParticipantAdded(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow));
        var messageId = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = _database.CreateContext();
            await new AuditWriter(db, TimeProvider.System).AppendAsync(record, messageId, CancellationToken.None);
        }));

        await using var check = _database.CreateContext();
        Assert.Equal(1, await check.AuditLog.CountAsync(e => e.SourceId == messageId));
    }

    [Fact]
    public async Task Details_are_stored_as_json_and_read_back()
    {
        var record = AuditRecords.MessageEdited(new MessageEdited(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            Guid.CreateVersion7(), "it's \"quoted\" ' ; DROP TABLE audit_log; --", "après ✓", DateTimeOffset.UtcNow));
        var messageId = Guid.NewGuid();
        await using (var db = _database.CreateContext())
        {
            await new AuditWriter(db, TimeProvider.System).AppendAsync(record, messageId, CancellationToken.None);
        }

        await using var check = _database.CreateContext();
        var row = await check.AuditLog.SingleAsync(e => e.SourceId == messageId);
        var response = Apis.Dtos.AuditEntryResponse.From(row);
        Assert.Equal("it's \"quoted\" ' ; DROP TABLE audit_log; --", response.Details.GetProperty("previous_content").GetString());
        Assert.Equal("après ✓", response.Details.GetProperty("content").GetString());
    }
}
