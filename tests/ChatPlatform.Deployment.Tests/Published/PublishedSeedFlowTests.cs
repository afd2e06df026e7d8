using System.Net;

namespace ChatPlatform.Deployment.Tests.Published;

/// <summary>
/// The seed's flow against the published services run as plain processes (scripts/run-published.sh: three Messages and
/// three Presence replicas, two gateways behind nginx, no AppHost, no DCP): the proof that nothing needs Aspire at run time.
/// </summary>
public sealed class PublishedSeedFlowTests
{
    [PublishedFact]
    public async Task Two_users_chat_over_rest_and_websocket_and_read_the_history_back()
    {
        var alice = await PublishedUser.RegisterAsync("Alice");
        var bob = await PublishedUser.RegisterAsync("Bob");
        var session = (await alice.PostAsync("/api/v1/chat/sessions",
            new { title = "Published", kind = "group", participant_ids = new[] { bob.Id } }, HttpStatusCode.Created))["id"]!.GetValue<string>();

        await using var aliceSocket = await PublishedSocket.ConnectAsync($"/api/v1/chat/ws/{session}?token={alice.AccessToken}");
        // Bob on several sockets: each lands on any of the three Presence replicas, and every one gets every message.
        var bobSockets = new List<PublishedSocket>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                bobSockets.Add(await PublishedSocket.ConnectAsync($"/api/v1/chat/ws/{session}?token={bob.AccessToken}"));
            }

            var overRest = await alice.PostAsync($"/api/v1/chat/sessions/{session}/messages",
                new { message_type = "text", content = "Hello over REST", client_message_id = "published-rest-1" }, HttpStatusCode.Created);
            Assert.Equal(1, overRest["seq"]!.GetValue<long>());

            await aliceSocket.SendAsync(new { message_type = "text", content = "Hello!", client_message_id = "published-ws-1" });
            var ack = await aliceSocket.FrameWhereAsync("message_type", "ack");
            Assert.Equal(("published-ws-1", 2L), (ack["client_message_id"]!.GetValue<string>(), ack["seq"]!.GetValue<long>()));

            foreach (var socket in bobSockets)
            {
                Assert.Equal(1, (await socket.FrameWhereAsync("client_message_id", "published-rest-1"))["seq"]!.GetValue<long>());
                Assert.Equal(2, (await socket.FrameWhereAsync("client_message_id", "published-ws-1"))["seq"]!.GetValue<long>());
            }

            var history = await bob.GetAsync($"/api/v1/chat/sessions/{session}/messages?limit=50");
            var items = history["items"]!.AsArray().Select(item => (item!["seq"]!.GetValue<long>(), item["content"]!.GetValue<string>()));
            Assert.Equal([(2L, "Hello!"), (1L, "Hello over REST")], items);
        }
        finally
        {
            foreach (var socket in bobSockets)
            {
                await socket.DisposeAsync();
            }
        }
    }

    [PublishedFact]
    public async Task Three_presence_replicas_are_alive_behind_the_one_address()
    {
        var admin = await PublishedUser.LoginAsync(
            Environment.GetEnvironmentVariable(PublishedFactAttribute.AdminEmailVariable)!,
            Environment.GetEnvironmentVariable(PublishedFactAttribute.AdminPasswordVariable)!);

        var stats = await admin.GetAsync("/api/v1/chat/ws-stats");

        Assert.Equal(3, stats["instances"]!.AsObject().Count);
    }
}
