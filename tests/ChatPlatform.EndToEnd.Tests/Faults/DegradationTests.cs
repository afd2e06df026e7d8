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

        await platform.StopAsync("messages");
        try
        {
            using var rest = new CancellationTokenSource(FailFast);
            var refused = await alice.Http.PostAsJsonAsync(MessagesApi.MessagesPath(session), restSend, rest.Token);
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.ServiceUnavailable, "service_unavailable");
            Assert.NotNull(refused.Headers.RetryAfter);

            await aliceSocket.SendTextAsync("socket while down", "messages-down-ws");
            var error = await aliceSocket.WaitForAsync(frame => frame.Type() == "error" && frame.Str("client_message_id") == "messages-down-ws", FailFast);
            Assert.Equal("service_unavailable", error.Str("code"));
        }
        finally
        {
            await platform.StartAsync("messages");
        }

        // The client retries with the same ids, as SPEC section 4 tells it to: each message is stored once.
        var stored = await MessagesApi.EventuallyAsync(async () =>
        {
            var retry = await alice.PostMessageAsync(session, restSend);
            return retry.StatusCode == HttpStatusCode.Created ? await retry.Content.ReadFromJsonAsync<JsonObject>() : null;
        }, "a REST send after Messages came back");
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

    private async Task<(TestUser Alice, TestUser Bob, string Session)> TwoPeopleTalkingAsync(string title)
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync(title, "group", bob.Id)).Id();
        return (alice, bob, session);
    }
}
