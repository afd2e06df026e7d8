using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatPlatform.Messages.Tests.Bus;

/// <summary>
/// Messages on a real broker: the SendMessage request/response Presence uses, the MarkRead command, Sessions'
/// events feeding the membership projection and system messages, and MessagePosted leaving through the outbox.
/// </summary>
[Collection(BusCollection.Name)]
public sealed class BusTests(PostgresServer database, BrokerFixture broker, ITestOutputHelper output) : IAsyncLifetime
{
    private MessagesApiFactory _api = null!;
    private TestBus _bus = null!;

    public async Task InitializeAsync()
    {
        _api = new MessagesApiFactory(await database.CreateDatabaseAsync(), broker.Address);
        using (var client = _api.CreateClient())
        {
            Assert.True((await client.GetAsync("/alive")).IsSuccessStatusCode);
        }
        var health = await _api.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        Assert.Equal(BusHealthStatus.Healthy, health);
        _bus = await TestBus.StartAsync(broker.Address);
    }

    public async Task DisposeAsync()
    {
        await _bus.DisposeAsync();
        await _api.DisposeAsync();
    }

    private async Task<(MessageAccepted? Accepted, MessageRejected? Rejected)> SendAsync(Guid sessionId, Guid userId, string content, string? clientMessageId = null)
    {
        var response = await _bus.SendClient.GetResponse<MessageAccepted, MessageRejected>(
            new SendMessage(sessionId, userId, "text", content, clientMessageId, null, null, null));
        return response.Is(out Response<MessageAccepted>? accepted) ? (accepted.Message, null)
            : response.Is(out Response<MessageRejected>? rejected) ? (null, rejected.Message)
            : throw new InvalidOperationException("Unexpected response.");
    }

    private Task<List<Model.Message>> HistoryAsync(Guid sessionId) => InDatabaseAsync(db =>
        db.Messages.AsNoTracking().Where(m => m.ChatSessionId == sessionId).OrderBy(m => m.Seq).ToListAsync());

    private async Task<T> InDatabaseAsync<T>(Func<MessagesDbContext, Task<T>> query)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MessagesDbContext>());
    }

    [Fact]
    public async Task Send_message_over_the_bus_is_accepted_once_per_client_message_id_and_rejected_for_strangers()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);

        var first = await SendAsync(sessionId, user, "over the bus", "ws-1");
        var again = await SendAsync(sessionId, user, "over the bus", "ws-1");
        var stranger = await SendAsync(sessionId, Guid.NewGuid(), "let me in", "ws-2");
        var invalid = await SendAsync(sessionId, user, "  ", "ws-3");

        Assert.Equal(1, first.Accepted!.Message.Seq);
        Assert.Equal(first.Accepted.Message.Id, again.Accepted!.Message.Id);
        Assert.Equal(("not_found", "ws-2"), (stranger.Rejected!.Code, stranger.Rejected.ClientMessageId));
        Assert.Equal("validation_failed", invalid.Rejected!.Code);
        Assert.Single(await HistoryAsync(sessionId));
        await Eventually.HoldsAsync(() => Task.FromResult(_bus.Recorded.Posted.Any(p => p.Message.Id == first.Accepted.Message.Id && p.Message.Seq == 1)),
            "MessagePosted for the message");
    }

    [Fact]
    public async Task A_send_batch_posts_each_stored_message_once_alone_or_combined()
    {
        var user = Guid.NewGuid();
        Guid[] sessions = [await _api.CreateSessionAsync(user), await _api.CreateSessionAsync(user)];
        var token = _api.TokenFor(user);
        var sends = Enumerable.Range(0, 20).Select(n => new
        {
            access_token = token, chat_session_id = sessions[n % 2], message_type = "text", content = $"batched {n}", client_message_id = $"batch-{n}",
        }).ToArray();
        using var client = _api.CreateClient();

        var response = await client.PostAsJsonAsync("/internal/messages/send-batch", new { sends });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonObject>())!["results"]!.AsArray();
        Assert.All(results, r => Assert.Equal(201, r!["status"]!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(0, 20).Select(n => (long)(n / 2 + 1)), results.Select(r => r!["seq"]!.GetValue<long>()));
        var ids = results.Select(r => r!["id"]!.GetValue<Guid>()).ToList();
        await Eventually.HoldsAsync(() => Task.FromResult(ids.All(id => _bus.Recorded.Posted.Any(p => p.Message.Id == id))), "MessagePosted for every message of the batch");
        Assert.All(ids, id => Assert.Single(_bus.Recorded.Posted, p => p.Message.Id == id));
        output.WriteLine($"combined events received: [{string.Join(", ", _bus.Recorded.CombinedEvents)}]");
    }

    [Fact]
    public async Task Message_posted_leaves_through_the_outbox_in_the_trace_of_the_request_that_sent_it()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        var traceId = ActivityTraceId.CreateRandom();
        using var client = _api.ClientFor(user);
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var response = await client.PostAsJsonAsync($"/api/v1/chat/sessions/{sessionId}/messages",
            new { message_type = "text", content = "traced", client_message_id = "traced-1" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        await Eventually.HoldsAsync(() => Task.FromResult(_bus.Recorded.PostedActivityIds.ContainsKey(id)), "MessagePosted for the message");
        Assert.True(ActivityContext.TryParse(_bus.Recorded.PostedActivityIds[id], null, out var published), "MessagePosted carries a W3C activity id");
        Assert.Equal(traceId, published.TraceId);
    }

    [Fact]
    public async Task Session_events_drive_membership_closing_and_system_messages_once_each()
    {
        var (owner, guest, late) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var sessionId = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;

        await _bus.PublishAsync(new ChatSessionCreated(sessionId, "group", "open", "Bus", owner, [owner, guest], null, now), Guid.NewGuid());
        await Eventually.HoldsAsync(async () => (await SendAsync(sessionId, guest, "hello", "g-1")).Accepted is not null, "the created session to be projected");

        var added = Guid.NewGuid();
        await _bus.PublishAsync(new ParticipantAdded(sessionId, late, owner, now.AddSeconds(1)), added);
        await _bus.PublishAsync(new ParticipantAdded(sessionId, late, owner, now.AddSeconds(1)), added);
        await Eventually.HoldsAsync(async () => (await SendAsync(sessionId, late, "made it", "l-1")).Accepted is not null, "the added participant");

        await _bus.PublishAsync(new ParticipantRemoved(sessionId, guest, guest, now.AddSeconds(2)), Guid.NewGuid());
        await Eventually.HoldsAsync(async () => (await SendAsync(sessionId, guest, "still here?")).Rejected?.Code == "not_found", "the removal");

        await _bus.PublishAsync(new ChatSessionClosed(sessionId, owner, 5, "thanks", now.AddSeconds(3)), Guid.NewGuid());
        await Eventually.HoldsAsync(async () => (await SendAsync(sessionId, owner, "after close")).Rejected?.Code == "session_closed", "the close");

        var history = await HistoryAsync(sessionId);
        Assert.Equal(Enumerable.Range(1, history.Count).Select(i => (long)i), history.Select(m => m.Seq));
        var system = history.Where(m => m.MessageType == "system").Select(m => m.Metadata).ToList();
        Assert.Equal(
        [
            $$"""{"event":"participant_joined","user_id":"{{late}}"}""",
            $$"""{"event":"participant_left","user_id":"{{guest}}"}""",
            $$"""{"event":"session_closed","user_id":"{{owner}}"}""",
        ], system);
        await Eventually.HoldsAsync(() => Task.FromResult(
            history.All(m => _bus.Recorded.Posted.Any(p => p.Message.Id == m.Id && p.Message.Seq == m.Seq))), "MessagePosted for every stored message");
    }

    [Fact]
    public async Task Mark_read_command_moves_the_cursor_and_announces_it()
    {
        var (reader, writer) = (Guid.NewGuid(), Guid.NewGuid());
        var sessionId = await _api.CreateSessionAsync(reader, writer);
        for (var i = 0; i < 3; i++)
        {
            await SendAsync(sessionId, writer, $"m{i}");
        }

        await _bus.PublishAsync(new MarkRead(sessionId, reader, 2), Guid.NewGuid());

        await Eventually.HoldsAsync(() => Task.FromResult(
            _bus.Recorded.CursorsAdvanced.Any(c => c.SessionId == sessionId && c.UserId == reader && c.UpToSeq == 2)), "ReadCursorAdvanced");
        Assert.Equal(2, await InDatabaseAsync(db => db.ReadCursors.Where(c => c.SessionId == sessionId && c.UserId == reader).Select(c => c.UpToSeq).SingleAsync()));
    }

    [Fact]
    public async Task Two_hundred_sequential_bus_sends_get_consecutive_seqs_and_their_latency_is_reported()
    {
        var user = Guid.NewGuid();
        var sessionId = await _api.CreateSessionAsync(user);
        await SendAsync(sessionId, user, "warm-up");
        var timings = new List<double>();

        for (var i = 0; i < 200; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = await SendAsync(sessionId, user, $"timed {i}", $"t-{i}");
            timings.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal(i + 2, result.Accepted!.Message.Seq);
        }

        timings.Sort();
        output.WriteLine($"SendMessage request/response over RabbitMQ, 200 sequential sends: p50 {timings[100]:F2} ms, p95 {timings[190]:F2} ms, max {timings[^1]:F2} ms (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    }
}
