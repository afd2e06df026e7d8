using System.Net.WebSockets;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>Bad frames get error frames and the socket stays up; an oversized frame closes it with 1009.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProtocolTests(PlatformFixture platform)
{
    [Fact]
    public async Task Malformed_unknown_and_incomplete_frames_get_validation_errors_and_the_socket_stays_up()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var session = (await alice.CreateSessionAsync("Errors")).Id();
        await using var socket = await platform.ConnectAsync(SessionSocket(session, alice));

        await socket.SendTextAsync("{not json");
        await socket.SendAsync(new { message_type = "shout", content = "HEY" });
        await socket.SendAsync(new { message_type = "text", client_message_id = "no-content" });
        var errors = new List<JsonObject>();
        for (var index = 0; index < 3; index++)
        {
            errors.Add(await socket.WaitForTypeAsync("error"));
        }
        await socket.PingAsync();
        await socket.SendTextAsync("still here", "ok-1");
        var ack = await socket.WaitForAckAsync("ok-1");

        Assert.All(errors, error => Assert.Equal("validation_failed", error.Str("code")));
        Assert.All(errors, error => Assert.False(string.IsNullOrEmpty(error.Str("detail"))));
        Assert.Equal("no-content", errors[2].Str("client_message_id"));
        Assert.Equal(1, ack.Seq());
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_frame_over_64_KiB_closes_the_socket_with_1009_and_the_server_stays_healthy()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var session = (await alice.CreateSessionAsync("Big")).Id();
        await using var socket = await platform.ConnectAsync(SessionSocket(session, alice));

        await socket.SendTextAsync(JsonSerializer.Serialize(new { message_type = "text", content = new string('x', 70 * 1024) }));

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await socket.WaitForCloseAsync());
        await using var again = await platform.ConnectAsync(SessionSocket(session, alice));
        await again.SendTextAsync("fine", "after-big");
        Assert.Equal(1, (await again.WaitForAckAsync("after-big")).Seq());
        using var client = platform.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Ws_stats_are_for_admins_and_count_every_replica()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var admin = await platform.AdminAsync();
        var session = (await alice.CreateSessionAsync("Stats")).Id();
        await using var socket = await platform.ConnectAsync(SessionSocket(session, alice));

        await ProblemAssert.IsProblemAsync(await alice.Http.GetAsync("/api/v1/chat/ws-stats"), HttpStatusCode.Forbidden, "forbidden");
        var stats = await admin.WsStatsAsync();

        Assert.True(stats["connections"]!.GetValue<long>() >= 1);
        Assert.True(stats["users_online"]!.GetValue<long>() >= 1);
        Assert.True(stats["messages_out"]!.GetValue<long>() >= 0);
        Assert.True(stats["messages_in"]!.GetValue<long>() >= 0);
        var instances = stats["instances"]!.AsObject();
        Assert.Equal(2, instances.Count);
        Assert.Equal(stats["connections"]!.GetValue<long>(), instances.Sum(pair => pair.Value!["connections"]!.GetValue<long>()));
    }
}
