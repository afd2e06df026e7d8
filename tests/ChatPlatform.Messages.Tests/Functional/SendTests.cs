using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Tests.Infrastructure;
using ChatPlatform.ServiceDefaults;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Functional;

[Collection(PostgresCollection.Name)]
public sealed class SendTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagesHost.StartAsync(server);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<SendResult> SendAsync(MessagesHost host, Guid sessionId, Guid userId, string content, string? clientMessageId = null, string? metadata = null) =>
        host.InScopeAsync(services => services.GetRequiredService<MessageSender>()
            .SendAsync(sessionId, userId, new MessageDraft("text", content, clientMessageId, metadata, null, null), bearerToken: null, CancellationToken.None));

    [Fact]
    public async Task Twenty_concurrent_senders_get_seq_1_to_20_with_no_gap_or_duplicate()
    {
        var users = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        var sessionId = await _host.CreateSessionAsync(users);

        var results = await Task.WhenAll(users.Select(user => Task.Run(() => SendAsync(_host, sessionId, user, $"from {user}"))));

        Assert.All(results, result => Assert.NotNull(result.Message));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), results.Select(r => r.Message!.Seq).Order());
        var stored = await _host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>()
            .Messages.Where(m => m.ChatSessionId == sessionId).Select(m => m.Seq).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), stored);
    }

    [Fact]
    public async Task Two_replicas_with_many_concurrent_senders_share_one_gap_free_sequence()
    {
        await using var replica = MessagesHost.Attach(_host, "replica-2");
        var users = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        var sessionId = await _host.CreateSessionAsync(users);

        var results = await Task.WhenAll(users.Select((user, i) => Task.Run(async () =>
        {
            var seqs = new List<long>();
            for (var n = 0; n < 5; n++)
            {
                var host = (i + n) % 2 == 0 ? _host : replica;
                seqs.Add((await SendAsync(host, sessionId, user, $"{i}/{n}")).Message!.Seq);
            }
            return seqs;
        })));

        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), results.SelectMany(s => s).Order());
        Assert.All(results, seqs => Assert.Equal(seqs.Order(), seqs));
    }

    [Fact]
    public async Task The_same_client_message_id_three_times_stores_one_message_and_returns_the_first_every_time()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);

        var first = await SendAsync(_host, sessionId, user, "once", "cmid-1", """{"k":"v","a":1}""");
        var again = await SendAsync(_host, sessionId, user, "changed", "cmid-1");
        var third = await SendAsync(_host, sessionId, user, "once", "cmid-1", """{"k":"v","a":1}""");

        Assert.Equal(Json(first), Json(again));
        Assert.Equal(Json(first), Json(third));
        Assert.Equal(1, await CountAsync(sessionId));
        Assert.Equal(2, (await SendAsync(_host, sessionId, user, "next", "cmid-2")).Message!.Seq);
    }

    [Fact]
    public async Task Concurrent_retries_of_one_client_message_id_store_one_message_and_burn_no_seq()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => SendAsync(_host, sessionId, user, "race", "cmid-race"))));

        Assert.Single(results.Select(r => r.Message!.Id).Distinct());
        Assert.Equal(1, await CountAsync(sessionId));
        Assert.Equal(2, (await SendAsync(_host, sessionId, user, "after")).Message!.Seq);
    }

    [Fact]
    public async Task A_send_without_client_message_id_gets_one_from_the_server()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);

        var result = await SendAsync(_host, sessionId, user, "Hello!");

        Assert.True(Guid.TryParse(result.Message!.ClientMessageId, out _));
    }

    [Fact]
    public async Task Every_stored_message_is_queued_as_MessagePosted_with_its_seq()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);
        var sent = new[] { await SendAsync(_host, sessionId, user, "one"), await SendAsync(_host, sessionId, user, "two", metadata: """{"x":[1]}""") };

        var posted = await _host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>()
            .OutboxMessages.Where(o => o.Type.StartsWith("ChatPlatform.Contracts.MessagePosted,")).ToListAsync());
        var mine = posted.Select(o => JsonSerializer.Deserialize<MessagePosted>(o.Payload)!.Message)
            .Where(m => m.ChatSessionId == sessionId).OrderBy(m => m.Seq).ToList();

        Assert.Equal(sent.Select(s => s.Message), mine, new ChatMessageComparer());
    }

    [Fact]
    public async Task A_stored_message_goes_to_the_fast_lane_once_with_its_seq_and_a_resend_does_not()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);
        var fastLane = (RecordingFastLane)await _host.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IOutboxFastLane>()));

        var first = await SendAsync(_host, sessionId, user, "once", clientMessageId: "fast-1");
        var again = await SendAsync(_host, sessionId, user, "once", clientMessageId: "fast-1");

        var handed = fastLane.Events.OfType<MessagePosted>().Where(p => p.Message.ChatSessionId == sessionId).ToList();
        Assert.Equal(first.Message!.Id, again.Message!.Id);
        Assert.True(again.Resend);
        var posted = Assert.Single(handed);
        Assert.Equal(first.Message.Seq, posted.Message.Seq);
        Assert.Equal(first.Message.Id, posted.Message.Id);
    }

    [Fact]
    public async Task A_non_participant_is_told_not_found()
    {
        var sessionId = await _host.CreateSessionAsync(Guid.NewGuid());

        var result = await SendAsync(_host, sessionId, Guid.NewGuid(), "let me in");

        Assert.Equal(ErrorCode.NotFound, result.Code);
        Assert.Equal(0, await CountAsync(sessionId));
    }

    [Fact]
    public async Task A_closed_session_refuses_new_messages_but_replays_a_retry()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);
        var first = await SendAsync(_host, sessionId, user, "before close", "cmid-close");
        await _host.InScopeAsync(services => services.GetRequiredService<MembershipProjection>()
            .UpsertSessionAsync(sessionId, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, CancellationToken.None));

        var refused = await SendAsync(_host, sessionId, user, "after close");
        var retry = await SendAsync(_host, sessionId, user, "before close", "cmid-close");

        Assert.Equal(ErrorCode.SessionClosed, refused.Code);
        Assert.Equal(Json(first), Json(retry));
    }

    [Fact]
    public async Task A_send_that_waits_for_a_committing_close_is_refused_and_nothing_follows_the_closed_notice()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);
        await SendAsync(_host, sessionId, user, "before close");

        // The close consumer's work, held open in its transaction: the projection's close, then the notice.
        await using var scope = _host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagesDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var closed = new ChatSessionClosed(sessionId, user, Rating: null, Comment: null, DateTimeOffset.UtcNow);
        await scope.ServiceProvider.GetRequiredService<MembershipProjection>().ApplyAsync(closed, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<SystemMessagePoster>()
            .PostAsync(sessionId, SystemEvents.SessionClosed, user, user, closed.OccurredAt, CancellationToken.None);

        // The send starts while the close is uncommitted (its snapshot sees an open session) and waits on a lock.
        var racing = Task.Run(() => SendAsync(_host, sessionId, user, "racing the close"));
        await WaitForLockWaitersAsync(1);
        await transaction.CommitAsync();
        var result = await racing;

        Assert.Equal(ErrorCode.SessionClosed, result.Code);
        var stored = await _host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>()
            .Messages.Where(m => m.ChatSessionId == sessionId).OrderBy(m => m.Seq).Select(m => new { m.Seq, m.MessageType }).ToListAsync());
        Assert.Equal([(1L, MessageTypes.Text), (2L, MessageTypes.System)], stored.Select(m => (m.Seq, m.MessageType)));
    }

    /// <summary>Polls pg_stat_activity until <paramref name="count"/> backends of this database wait on a lock.</summary>
    private async Task WaitForLockWaitersAsync(int count)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((long)(await command.ExecuteScalarAsync(deadline.Token))! < count)
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    [Fact]
    public async Task A_reply_must_point_at_a_message_of_the_same_session()
    {
        var user = Guid.NewGuid();
        var sessionId = await _host.CreateSessionAsync(user);
        var original = await SendAsync(_host, sessionId, user, "question");

        var reply = await _host.InScopeAsync(services => services.GetRequiredService<MessageSender>().SendAsync(sessionId, user,
            new MessageDraft("text", "answer", null, null, original.Message!.Id, null), null, CancellationToken.None));
        var stray = await _host.InScopeAsync(services => services.GetRequiredService<MessageSender>().SendAsync(sessionId, user,
            new MessageDraft("text", "answer", null, null, Guid.NewGuid(), null), null, CancellationToken.None));

        Assert.Equal(original.Message!.Id, reply.Message!.ReplyToId);
        Assert.Equal(["reply_to_id"], stray.Errors!.Keys);
    }

    private Task<int> CountAsync(Guid sessionId) => _host.InScopeAsync(services =>
        services.GetRequiredService<MessagesDbContext>().Messages.CountAsync(m => m.ChatSessionId == sessionId));

    private static string Json(SendResult result) => JsonSerializer.Serialize(MessageResponse.From(result.Message!), ChatJson.Options);

    private sealed class ChatMessageComparer : IEqualityComparer<ChatMessage?>
    {
        public bool Equals(ChatMessage? x, ChatMessage? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Seq == y.Seq && x.Content == y.Content
            && x.Timestamp == y.Timestamp && x.MetadataJson == y.MetadataJson && x.ClientMessageId == y.ClientMessageId;

        public int GetHashCode(ChatMessage? obj) => obj?.Id.GetHashCode() ?? 0;
    }
}
