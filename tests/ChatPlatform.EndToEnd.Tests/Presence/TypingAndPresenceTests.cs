using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>Typing indicators with their 6 s expiry, and online/offline presence across sockets (SPEC.md section 4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class TypingAndPresenceTests(PlatformFixture platform)
{
    [Fact]
    public async Task Typing_reaches_the_others_and_lapses_after_six_seconds_without_renewal()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Typing", "direct", bob.Id)).Id();
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));

        await aliceSocket.SendAsync(new { message_type = "typing", is_typing = true });
        var started = await bobSocket.WaitForTypeAsync("typing");
        var startedAt = DateTime.UtcNow;
        var stopped = await bobSocket.WaitForTypeAsync("typing", TimeSpan.FromSeconds(12));
        var lapsedAfter = DateTime.UtcNow - startedAt;
        await aliceSocket.PingAsync();

        Assert.Equal((session, alice.Id.ToString(), true), (started.Str("chat_session_id"), started.Str("user_id"), started["is_typing"]!.GetValue<bool>()));
        Assert.False(stopped["is_typing"]!.GetValue<bool>());
        Assert.InRange(lapsedAfter, TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(9));
        Assert.DoesNotContain(aliceSocket.Received, frame => frame.Type() == "typing");
    }

    [Fact]
    public async Task A_user_is_online_while_any_socket_is_open_and_offline_with_last_seen_after_the_last_closes()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Status", "direct", bob.Id)).Id();
        await using var bobSocket = await platform.ConnectAsync(AllSessionsSocket(bob));
        var presencePath = $"/api/v1/chat/presence?user_ids={alice.Id},{bob.Id}";

        Assert.Equal("offline", (await bob.GetJsonAsync(presencePath))[alice.Id.ToString()]!["status"]!.GetValue<string>());
        var first = await platform.ConnectAsync(SessionSocket(session, alice));
        var second = await platform.ConnectAsync(AllSessionsSocket(alice));
        var online = await bobSocket.WaitForAsync(frame => frame.Type() == "presence" && frame.Str("user_id") == alice.Id.ToString());
        Assert.Equal("online", online.Str("status"));
        var whileOnline = await bob.GetJsonAsync(presencePath);
        Assert.Equal("online", whileOnline[alice.Id.ToString()]!["status"]!.GetValue<string>());
        Assert.Equal("online", whileOnline[bob.Id.ToString()]!["status"]!.GetValue<string>());

        await first.DisposeAsync();
        await bobSocket.PingAsync();
        Assert.DoesNotContain(bobSocket.Received, frame => frame.Type() == "presence" && frame.Str("status") == "offline");
        Assert.Equal("online", (await bob.GetJsonAsync(presencePath))[alice.Id.ToString()]!["status"]!.GetValue<string>());

        await second.DisposeAsync();
        var offline = await bobSocket.WaitForAsync(frame => frame.Type() == "presence" && frame.Str("status") == "offline");
        Assert.Equal(alice.Id.ToString(), offline.Str("user_id"));
        var after = (await bob.GetJsonAsync(presencePath))[alice.Id.ToString()]!;
        Assert.Equal("offline", after["status"]!.GetValue<string>());
        Assert.True(after["last_seen"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Presence_needs_user_ids()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");

        await ProblemAssert.IsProblemAsync(await alice.Http.GetAsync("/api/v1/chat/presence"), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(await alice.Http.GetAsync("/api/v1/chat/presence?user_ids=nope"), HttpStatusCode.BadRequest, "validation_failed");
    }
}
