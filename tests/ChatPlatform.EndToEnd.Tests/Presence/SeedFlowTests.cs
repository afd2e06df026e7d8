using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>The seed client's flow over WebSockets through the gateway (SPEC.md section 4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class SeedFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task Hello_reaches_both_sides_is_in_history_is_read_and_a_closed_session_refuses_more()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Help", "direct", bob.Id)).Id();
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));

        await aliceSocket.SendAsync(new { message_type = "text", content = "Hello!" });

        var ack = await aliceSocket.WaitForTypeAsync("ack");
        var atBob = await bobSocket.WaitForMessageAsync("Hello!");
        var atAlice = await aliceSocket.WaitForMessageAsync("Hello!");
        Assert.Equal(MessagesApi.MessageFields.Order(), atBob.Select(pair => pair.Key).Order());
        Assert.True(JsonNode.DeepEquals(atAlice, atBob));
        Assert.Equal(("text", session, alice.Id.ToString(), 1L), (atBob.Type(), atBob.Str("chat_session_id"), atBob.Str("user_id"), atBob.Seq()));
        Assert.False(string.IsNullOrEmpty(ack.Str("client_message_id")));
        Assert.Equal((ack.Str("id"), ack.Seq(), ack.Str("client_message_id")), (atBob.Str("id"), atBob.Seq(), atBob.Str("client_message_id")));

        var history = await bob.HistoryAsync(session);
        Assert.True(JsonNode.DeepEquals(atBob, history["items"]![0]));

        await bobSocket.SendAsync(new { message_type = "read", up_to_seq = 1 });
        var receipt = await aliceSocket.WaitForTypeAsync("read_receipt");
        Assert.Equal((session, bob.Id.ToString(), 1L), (receipt.Str("chat_session_id"), receipt.Str("user_id"), receipt["up_to_seq"]!.GetValue<long>()));

        var closed = await alice.Http.PostAsJsonAsync($"{SessionsApi.SessionsPath}/{session}/close", new { });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var systemAtBob = await bobSocket.WaitForAsync(frame => frame.Type() == "system");
        Assert.Equal("session_closed", systemAtBob.Str("event"));
        Assert.Equal(2, systemAtBob.Seq());
        await aliceSocket.WaitForAsync(frame => frame.Type() == "system" && frame.Str("event") == "session_closed");

        await aliceSocket.SendTextAsync("Anyone?", clientMessageId: "late-1");
        var refused = await aliceSocket.WaitForTypeAsync("error");
        Assert.Equal(("session_closed", "late-1"), (refused.Str("code"), refused.Str("client_message_id")));
        Assert.False(string.IsNullOrEmpty(refused.Str("detail")));
        await ProblemAssert.IsProblemAsync(
            await alice.PostMessageAsync(session, new { message_type = "text", content = "Anyone?" }), HttpStatusCode.Conflict, "session_closed");
    }

    [Fact]
    public async Task Mark_read_over_rest_is_a_read_receipt_on_the_sockets()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Receipts", "direct", bob.Id)).Id();
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await alice.SendAsync(session, "one");
        await aliceSocket.WaitForMessageAsync("one");

        Assert.Equal(HttpStatusCode.OK, (await bob.MarkReadAsync(session, new { up_to_seq = 1 })).StatusCode);

        var receipt = await aliceSocket.WaitForTypeAsync("read_receipt");
        Assert.Equal((bob.Id.ToString(), 1L), (receipt.Str("user_id"), receipt["up_to_seq"]!.GetValue<long>()));
    }
}
