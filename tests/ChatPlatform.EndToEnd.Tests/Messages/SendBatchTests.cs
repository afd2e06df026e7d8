using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Messages.MessagesApi;

namespace ChatPlatform.EndToEnd.Tests.Messages;

/// <summary>
/// Messages' internal send batch, which carries Presence's WebSocket sends (docs/messages.md): each send of a batch is
/// decided exactly as the REST send would decide it alone (its own token, rules, rate limit, dedupe), results in
/// request order, and one session's sends get their seqs in request order.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SendBatchTests(PlatformFixture platform)
{
    [Fact]
    public async Task Each_send_of_a_batch_gets_the_answer_the_REST_send_would_give()
    {
        var alice = await TestUser.RegisterAsync(platform, "batch-alice");
        var bob = await TestUser.RegisterAsync(platform, "batch-bob");
        var session = (await alice.CreateSessionAsync("Batch")).Id();

        var results = await SendBatchAsync(
            Send(alice, session, "first", "b-1"),
            Send(alice, session, "the same id again", "b-1"),
            Send(bob, session, "not a member", "b-3"),
            Send(alice, session, "forged token", "b-4") with { access_token = "not-a-token" },
            Send(alice, session, "   ", "b-5"),
            Send(alice, session, "second", "b-6"));

        Assert.Equal([201, 201, 404, 401, 400, 201], results.Select(r => r["status"]!.GetValue<int>()));
        Assert.Equal([null, null, "not_found", "unauthorized", "validation_failed", null], results.Select(r => r["code"]?.GetValue<string>()));
        Assert.Equal(results[0]["id"]!.GetValue<string>(), results[1]["id"]!.GetValue<string>());
        Assert.Equal([1L, 1L, 2L], new[] { results[0], results[1], results[5] }.Select(r => r["seq"]!.GetValue<long>()));
        Assert.Equal("b-6", results[5]["client_message_id"]!.GetValue<string>());

        var history = await alice.HistoryAsync(session);
        Assert.Equal(["second", "first"], history["items"]!.AsArray().Select(m => m!["content"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Sends_to_several_sessions_keep_their_order_within_each_session()
    {
        var alice = await TestUser.RegisterAsync(platform, "batch-order");
        var first = (await alice.CreateSessionAsync("One")).Id();
        var second = (await alice.CreateSessionAsync("Two")).Id();

        var results = await SendBatchAsync(
            Send(alice, first, "1a", "o-1"), Send(alice, second, "2a", "o-2"),
            Send(alice, first, "1b", "o-3"), Send(alice, second, "2b", "o-4"), Send(alice, first, "1c", "o-5"));

        Assert.All(results, r => Assert.Equal(201, r["status"]!.GetValue<int>()));
        Assert.Equal([1L, 1L, 2L, 2L, 3L], results.Select(r => r["seq"]!.GetValue<long>()));
        Assert.Equal(["1c", "1b", "1a"], (await alice.HistoryAsync(first))["items"]!.AsArray().Select(m => m!["content"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_rate_limit_counts_every_send_of_a_batch()
    {
        var alice = await TestUser.RegisterAsync(platform, "batch-limit");
        var session = (await alice.CreateSessionAsync("Limit")).Id();

        // Burst 20 (SPEC: 10 messages/s, burst 20): a batch of 25 from one user stores 20.
        var results = await SendBatchAsync([.. Enumerable.Range(1, 25).Select(n => Send(alice, session, $"m{n}", $"l-{n}"))]);

        var statuses = results.Select(r => r["status"]!.GetValue<int>()).ToList();
        Assert.InRange(statuses.Count(s => s == 201), 20, 21);
        Assert.All(results.Where(r => r["status"]!.GetValue<int>() == 429), r =>
        {
            Assert.Equal("rate_limited", r["code"]!.GetValue<string>());
            Assert.True(r["retry_after_ms"]!.GetValue<int>() > 0);
        });
        Assert.Equal(statuses.Count(s => s == 201), (await alice.HistoryAsync(session))["items"]!.AsArray().Count);
    }

    private static BatchSend Send(TestUser user, string session, string content, string clientMessageId) =>
        new(user.AccessToken, session, "text", content, clientMessageId);

    private async Task<List<JsonObject>> SendBatchAsync(params BatchSend[] sends)
    {
        using var messages = new HttpClient { BaseAddress = platform.App.GetEndpoint("messages", "http"), Timeout = TimeSpan.FromSeconds(30) };
        var response = await messages.PostAsJsonAsync("/internal/messages/send-batch", new { sends });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var results = body["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(sends.Length, results.Count);
        return results;
    }

    private sealed record BatchSend(string access_token, string chat_session_id, string message_type, string content, string client_message_id);
}
