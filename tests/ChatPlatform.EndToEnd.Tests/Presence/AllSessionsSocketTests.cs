using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>The all-sessions socket follows membership: new sessions, added and removed participants, subscribe.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AllSessionsSocketTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_session_created_after_connecting_is_delivered_at_once_with_its_id_on_every_frame()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        await using var bobSocket = await platform.ConnectAsync(AllSessionsSocket(bob));

        var session = (await alice.CreateSessionAsync("Fresh", "direct", bob.Id)).Id();
        await alice.SendAsync(session, "first words");
        var message = await bobSocket.WaitForMessageAsync("first words");
        Assert.Equal((session, 1L), (message.Str("chat_session_id"), message.Seq()));

        await bobSocket.SendTextAsync("no session named", "nameless");
        var error = await bobSocket.WaitForTypeAsync("error");
        Assert.Equal(("validation_failed", "nameless"), (error.Str("code"), error.Str("client_message_id")));

        await bobSocket.SendTextAsync("reply", "named", session);
        var ack = await bobSocket.WaitForAckAsync("named");
        Assert.Equal((session, 2L), (ack.Str("chat_session_id"), ack.Seq()));
        await bobSocket.SendAsync(new { message_type = "typing", is_typing = true, chat_session_id = session });
        await bobSocket.SendAsync(new { message_type = "read", up_to_seq = 2, chat_session_id = session });
        var receipt = await bobSocket.WaitForTypeAsync("read_receipt");
        Assert.Equal((session, bob.Id.ToString()), (receipt.Str("chat_session_id"), receipt.Str("user_id")));
    }

    [Fact]
    public async Task Subscribe_with_since_seq_replays_a_session_on_the_all_sessions_socket()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Backlog", "direct", bob.Id)).Id();
        for (var index = 1; index <= 5; index++)
        {
            await alice.SendAsync(session, $"b{index}");
        }
        await using var bobSocket = await platform.ConnectAsync(AllSessionsSocket(bob));

        await bobSocket.SendAsync(new { message_type = "subscribe", chat_session_id = session, since_seq = 2 });

        var replayed = new List<long>();
        for (var index = 0; index < 3; index++)
        {
            replayed.Add((await bobSocket.WaitForAsync(frame => frame["seq"] is not null && frame.Type() != "ack")).Seq());
        }
        Assert.Equal([3L, 4L, 5L], replayed);

        await bobSocket.SendAsync(new { message_type = "subscribe", chat_session_id = Guid.NewGuid(), since_seq = 0 });
        Assert.Equal("not_found", (await bobSocket.WaitForTypeAsync("error")).Str("code"));
    }

    [Fact]
    public async Task An_added_participant_starts_receiving_and_a_removed_one_stops()
    {
        var owner = await TestUser.RegisterAsync(platform, "owner");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var carol = await TestUser.RegisterAsync(platform, "carol");
        var session = (await owner.CreateSessionAsync("Team", "group", bob.Id)).Id();
        var participants = $"{SessionsApi.SessionsPath}/{session}/participants";
        await using var ownerSocket = await platform.ConnectAsync(SessionSocket(session, owner));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));
        await using var carolSocket = await platform.ConnectAsync(AllSessionsSocket(carol));

        Assert.Equal(HttpStatusCode.Created, (await owner.Http.PostAsJsonAsync(participants, new { user_id = carol.Id })).StatusCode);
        await ownerSocket.SendTextAsync("welcome carol", "w-1");
        var atCarol = await carolSocket.WaitForMessageAsync("welcome carol");
        Assert.Equal(session, atCarol.Str("chat_session_id"));

        Assert.Equal(HttpStatusCode.NoContent, (await owner.Http.DeleteAsync($"{participants}/{bob.Id}")).StatusCode);
        await ownerSocket.WaitForAsync(frame => frame.Type() == "system" && frame.Str("event") == "participant_left");
        await ownerSocket.SendTextAsync("bob is gone", "w-2");
        await carolSocket.WaitForMessageAsync("bob is gone");
        await Task.Delay(500);
        await bobSocket.PingAsync();

        Assert.DoesNotContain(bobSocket.Received, frame => frame.Str("content") == "bob is gone");
    }
}
