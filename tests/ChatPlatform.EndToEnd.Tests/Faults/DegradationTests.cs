using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Faults;

/// <summary>
/// Degradation, not collapse (issue 13): with one part of the platform stopped, what still works keeps working and
/// what cannot work says so at once (503 problem+json with Retry-After, an error frame), never a hang. Each test
/// starts what it stopped again. A client that waited longer than <see cref="FailFast"/> for an answer fails the test.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DegradationTests(FaultPlatformFixture platform) : IClassFixture<FaultPlatformFixture>
{
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(5);

    /// <summary>How long a consumer may take to reconnect to a restarted broker (MassTransit retries every few seconds).</summary>
    private static readonly TimeSpan BrokerRecovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task With_Redis_down_messages_still_flow_over_WebSocket_and_REST_and_new_sockets_still_subscribe()
    {
        var (alice, bob, session) = await TwoPeopleTalkingAsync("Redis down");
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));

        await platform.StopAsync("redis");
        try
        {
            await aliceSocket.SendTextAsync("sent over the socket", "redis-down-ws");
            await aliceSocket.WaitForAsync(frame => frame.Type() == "ack" && frame.Str("client_message_id") == "redis-down-ws", FailFast);
            await bobSocket.WaitForMessageAsync("sent over the socket", FailFast);

            using var rest = new CancellationTokenSource(FailFast);
            var response = await bob.Http.PostAsJsonAsync(MessagesApi.MessagesPath(session),
                new { message_type = "text", content = "sent over REST", client_message_id = "redis-down-rest" }, rest.Token);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            await aliceSocket.WaitForMessageAsync("sent over REST", FailFast);

            // Membership comes from Sessions while Redis cannot say.
            await using var resumed = await platform.ConnectAsync(SessionSocket(session, bob, sinceSeq: 0));
            await resumed.WaitForMessageAsync("sent over REST", FailFast);
            await using var allSessions = await platform.ConnectAsync(AllSessionsSocket(bob));
            await allSessions.PingAsync();
        }
        finally
        {
            await platform.StartAsync("redis");
        }
    }

    [Fact]
    public async Task With_Sessions_down_its_routes_answer_503_at_once_and_messages_in_existing_sessions_still_flow()
    {
        var (alice, bob, session) = await TwoPeopleTalkingAsync("Sessions down");
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));

        await platform.StopAsync("sessions");
        try
        {
            using var create = new CancellationTokenSource(FailFast);
            var response = await alice.Http.PostAsJsonAsync("/api/v1/chat/sessions",
                new { title = "Not now", kind = "group", participant_ids = new[] { bob.Id } }, create.Token);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "service_unavailable");
            Assert.NotNull(response.Headers.RetryAfter);

            // The gateway stays in rotation (200) and says which service is down.
            using var client = platform.CreateClient();
            var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var report = (await health.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("Degraded", report["status"]!.GetValue<string>());
            Assert.Equal("Degraded", report["checks"]!["sessions"]!["status"]!.GetValue<string>());
            Assert.Equal("Healthy", report["checks"]!["messages"]!["status"]!.GetValue<string>());

            await aliceSocket.SendTextAsync("still talking", "sessions-down-ws");
            await aliceSocket.WaitForAsync(frame => frame.Type() == "ack" && frame.Str("client_message_id") == "sessions-down-ws", FailFast);
            await bobSocket.WaitForMessageAsync("still talking", FailFast);
        }
        finally
        {
            await platform.StartAsync("sessions");
        }
    }

    [Fact]
    public async Task With_Messages_down_sends_are_refused_at_once_and_retried_after_recovery_they_are_stored_once()
    {
        var (alice, bob, session) = await TwoPeopleTalkingAsync("Messages down");
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));
        var restSend = new { message_type = "text", content = "REST while down", client_message_id = "messages-down-rest" };
        var openedWhileDown = string.Empty;

        await platform.StopAsync("messages");
        try
        {
            using var rest = new CancellationTokenSource(FailFast);
            var refused = await alice.Http.PostAsJsonAsync(MessagesApi.MessagesPath(session), restSend, rest.Token);
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.ServiceUnavailable, "service_unavailable");
            Assert.NotNull(refused.Headers.RetryAfter);

            await SendIsRefusedAsync(aliceSocket, "socket while down", "messages-down-ws");

            // Sessions still opens sessions: its hand-over to Messages gives way, and the bus brings the change later.
            using var create = new CancellationTokenSource(FailFast);
            var opened = await alice.Http.PostAsJsonAsync("/api/v1/chat/sessions",
                new { title = "Opened while Messages is down", kind = "group", participant_ids = new[] { bob.Id } }, create.Token);
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            openedWhileDown = (await opened.Content.ReadFromJsonAsync<JsonObject>())!.Id();
        }
        finally
        {
            await platform.StartAsync("messages");
        }
        var inOpenedSession = await ResendUntilStoredAsync(bob, openedWhileDown,
            new { message_type = "text", content = "in the session opened while Messages was down", client_message_id = "opened-while-down" }, "Messages");
        Assert.Equal(1, inOpenedSession["seq"]!.GetValue<long>());

        // The client retries with the same ids, as SPEC section 4 tells it to: each message is stored once.
        var stored = await ResendUntilStoredAsync(alice, session, restSend, "Messages");
        Assert.Equal("messages-down-rest", stored.Str("client_message_id"));
        await aliceSocket.SendTextAsync("socket while down", "messages-down-ws");
        var firstAck = await aliceSocket.WaitForAckAsync("messages-down-ws");
        await aliceSocket.SendTextAsync("socket while down", "messages-down-ws");
        var secondAck = await aliceSocket.WaitForAckAsync("messages-down-ws");
        Assert.Equal(firstAck.Seq(), secondAck.Seq());

        var history = await bob.HistoryAsync(session, "?after_seq=0&limit=50");
        Assert.Equal(["REST while down", "socket while down"], history["items"]!.AsArray().Select(item => item!["content"]!.GetValue<string>()));
        await bobSocket.WaitForMessageAsync("REST while down");
        await bobSocket.WaitForMessageAsync("socket while down");
        await bobSocket.PingAsync();
        Assert.DoesNotContain(bobSocket.Received, frame => frame["seq"] is not null && frame.Type() != "ack");
    }

    [Fact]
    public async Task With_RabbitMQ_down_sends_are_stored_and_acknowledged_and_delivered_once_when_it_is_back()
    {
        var (alice, bob, session) = await TwoPeopleTalkingAsync("RabbitMQ down");
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));

        await platform.StopAsync("messaging");
        try
        {
            using var rest = new CancellationTokenSource(FailFast);
            var stored = await alice.Http.PostAsJsonAsync(MessagesApi.MessagesPath(session),
                new { message_type = "text", content = "REST while the broker is down", client_message_id = "broker-down-rest" }, rest.Token);
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);

            await aliceSocket.SendTextAsync("socket while the broker is down", "broker-down-ws");
            await aliceSocket.WaitForAsync(frame => frame.Type() == "ack" && frame.Str("client_message_id") == "broker-down-ws", FailFast);
        }
        finally
        {
            await platform.StartAsync("messaging");
        }

        // The outbox kept both events; once the broker is back they reach the open sockets, each once.
        await bobSocket.WaitForMessageAsync("REST while the broker is down", BrokerRecovery);
        await bobSocket.WaitForMessageAsync("socket while the broker is down", BrokerRecovery);
        var history = await bob.HistoryAsync(session, "?after_seq=0&limit=50");
        var items = history["items"]!.AsArray().Select(item => item!.AsObject()).ToList();
        Assert.Equal(["REST while the broker is down", "socket while the broker is down"], items.Select(item => item.Str("content")));
        Assert.Equal([1L, 2L], items.Select(item => item.Seq()));

        await aliceSocket.SendTextAsync("after the broker is back", "broker-back-ws");
        await bobSocket.WaitForMessageAsync("after the broker is back");
        await bobSocket.PingAsync();
        Assert.DoesNotContain(bobSocket.Received, frame => frame["seq"] is not null && frame.Type() != "ack");
    }

    [Fact]
    public async Task With_PostgreSQL_down_requests_fail_at_once_with_503_nothing_is_acknowledged_and_it_recovers_without_restarts()
    {
        var (alice, bob, session) = await TwoPeopleTalkingAsync("PostgreSQL down");
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));
        var restSend = new { message_type = "text", content = "REST while the database is down", client_message_id = "db-down-rest" };

        await platform.StopAsync("postgres");
        try
        {
            using (var rest = new CancellationTokenSource(FailFast))
            {
                var refused = await alice.Http.PostAsJsonAsync(MessagesApi.MessagesPath(session), restSend, rest.Token);
                await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.ServiceUnavailable, "service_unavailable");
                Assert.NotNull(refused.Headers.RetryAfter);
            }
            using (var read = new CancellationTokenSource(FailFast))
            {
                var history = await bob.Http.GetAsync(MessagesApi.MessagesPath(session), read.Token);
                await ProblemAssert.IsProblemAsync(history, HttpStatusCode.ServiceUnavailable, "service_unavailable");
            }
            using (var list = new CancellationTokenSource(FailFast))
            {
                var sessions = await bob.Http.GetAsync("/api/v1/chat/sessions", list.Token);
                await ProblemAssert.IsProblemAsync(sessions, HttpStatusCode.ServiceUnavailable, "service_unavailable");
            }

            await SendIsRefusedAsync(aliceSocket, "socket while the database is down", "db-down-ws");
        }
        finally
        {
            await platform.StartAsync("postgres");
        }

        // No service restarted: each reconnects on its own, and the client's retries are stored once.
        var stored = await ResendUntilStoredAsync(alice, session, restSend, "PostgreSQL");
        Assert.Equal(1L, stored.Seq());
        await aliceSocket.SendTextAsync("socket while the database is down", "db-down-ws");
        Assert.Equal(2L, (await aliceSocket.WaitForAckAsync("db-down-ws")).Seq());

        var items = (await bob.HistoryAsync(session, "?after_seq=0&limit=50"))["items"]!.AsArray();
        Assert.Equal(["REST while the database is down", "socket while the database is down"], items.Select(item => item!["content"]!.GetValue<string>()));
        await bobSocket.WaitForMessageAsync("REST while the database is down");
        await bobSocket.WaitForMessageAsync("socket while the database is down");
        await bobSocket.PingAsync();
        Assert.DoesNotContain(bobSocket.Received, frame => frame["seq"] is not null && frame.Type() != "ack");
    }

    /// <summary>A WebSocket send answered at once with a <c>service_unavailable</c> error frame carrying its id.</summary>
    private static async Task SendIsRefusedAsync(ChatSocket socket, string content, string clientMessageId)
    {
        await socket.SendTextAsync(content, clientMessageId);
        var error = await socket.WaitForAsync(frame => frame.Type() == "error" && frame.Str("client_message_id") == clientMessageId, FailFast);
        Assert.Equal("service_unavailable", error.Str("code"));
    }

    /// <summary>The client's retry with the same ids, as SPEC section 4 tells it, until the part that was down is back.</summary>
    private static Task<JsonObject> ResendUntilStoredAsync(TestUser user, string session, object send, string cameBack) =>
        MessagesApi.EventuallyAsync(async () =>
        {
            var retry = await user.PostMessageAsync(session, send);
            return retry.StatusCode == HttpStatusCode.Created ? await retry.Content.ReadFromJsonAsync<JsonObject>() : null;
        }, $"a REST send after {cameBack} came back");

    private async Task<(TestUser Alice, TestUser Bob, string Session)> TwoPeopleTalkingAsync(string title)
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync(title, "group", bob.Id)).Id();
        return (alice, bob, session);
    }
}
