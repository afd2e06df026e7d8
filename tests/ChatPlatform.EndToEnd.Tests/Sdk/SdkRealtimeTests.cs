using ChatPlatform.Client.Realtime;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.Sdk;

/// <summary>The SDK's <see cref="ChatConnection"/> through the gateway of the real platform.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SdkRealtimeTests(PlatformFixture platform)
{
    [Fact]
    public async Task Two_clients_chat_with_acks_typing_and_read_receipts()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = Guid.Parse((await alice.CreateSessionAsync("SDK chat", "direct", bob.Id)).Id());
        await using var aliceSocket = await platform.ConnectAsync(await platform.CredentialsAsync(alice), session, sinceSeq: 0);
        await using var bobSocket = await platform.ConnectAsync(await platform.CredentialsAsync(bob));

        var ack = await aliceSocket.SendAsync("hello bob");
        var atBob = (await bobSocket.NextAsync(frame => frame.IsMessage)).Match.AsMessage();
        Assert.Equal((ack.Id, ack.Seq, "hello bob", alice.Id), (atBob.Id, atBob.Seq, atBob.Content, atBob.UserId!.Value));

        var reply = await bobSocket.SendAsync("hi alice", session);
        var atAlice = (await aliceSocket.NextAsync(frame => frame.IsMessage && frame.Seq == reply.Seq)).Match.AsMessage();
        Assert.Equal(("hi alice", bob.Id), (atAlice.Content, atAlice.UserId!.Value));

        await bobSocket.SendTypingAsync(true, session);
        var typing = (await aliceSocket.NextAsync(frame => frame.MessageType == ChatFrameTypes.Typing)).Match.Deserialize<TypingEvent>();
        Assert.Equal((session, bob.Id, true), (typing.ChatSessionId, typing.UserId, typing.IsTyping));

        await aliceSocket.MarkReadAsync(reply.Seq);
        var receipt = (await bobSocket.NextAsync(frame => frame.MessageType == ChatFrameTypes.ReadReceipt)).Match.Deserialize<ReadReceipt>();
        Assert.Equal((session, alice.Id, reply.Seq), (receipt.ChatSessionId, receipt.UserId, receipt.UpToSeq));

        var refused = await Assert.ThrowsAsync<ChatSendException>(() => aliceSocket.SendAsync(new string('x', 4001)));
        Assert.Equal("validation_failed", refused.Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_socket_dropped_mid_stream_resumes_with_no_gap_and_no_duplicate(bool allSessionsSocket)
    {
        const int total = 40;
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = Guid.Parse((await alice.CreateSessionAsync("Drop", "direct", bob.Id)).Id());
        await using var bobSocket = allSessionsSocket
            ? await platform.ConnectAsync(await platform.CredentialsAsync(bob))
            : await platform.ConnectAsync(await platform.CredentialsAsync(bob), session, sinceSeq: 0);

        var sending = SendPacedAsync(alice, session, total);
        var seen = await bobSocket.MessagesAsync(10);
        bobSocket.DropSocket();
        seen.AddRange(await bobSocket.MessagesAsync(total - 10, TimeSpan.FromSeconds(60)));
        await sending;

        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), seen.Select(message => message.Seq));
        Assert.Equal(Enumerable.Range(1, total).Select(i => $"m{i}"), seen.Select(message => message.Content));
        Assert.True(bobSocket.Reconnects >= 1, "the socket never reconnected");

        await alice.SendAsync(session.ToString(), "after");
        var next = await bobSocket.NextAsync(frame => frame.IsMessage);
        Assert.Equal((total + 1L, "after"), (next.Match.Seq!.Value, next.Match.AsMessage().Content));
    }

    [Fact]
    public async Task A_send_whose_ack_was_lost_is_retried_with_its_id_and_stored_once()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = Guid.Parse((await alice.CreateSessionAsync("Lost ack", "direct", bob.Id)).Id());
        var ackLost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var aliceSocket = await platform.ConnectAsync(await platform.CredentialsAsync(alice), session, sinceSeq: 0,
            inboundFilter: frame =>
            {
                if (frame.MessageType == ChatFrameTypes.Ack && frame.ClientMessageId == "lost-ack" && !ackLost.Task.IsCompleted)
                {
                    ackLost.SetResult();
                    return false;
                }
                return true;
            });

        var send = aliceSocket.SendAsync("only once", options: new ChatSendOptions { ClientMessageId = "lost-ack" });
        await ackLost.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(send.IsCompleted);
        aliceSocket.DropSocket();

        var ack = await send.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, ack.Seq);
        Assert.True(aliceSocket.Reconnects >= 1);
        var sentinel = await aliceSocket.SendAsync("sentinel");
        Assert.Equal(2, sentinel.Seq);

        var seenByAlice = await aliceSocket.MessagesAsync(2);
        Assert.Equal([("only once", 1L), ("sentinel", 2L)], seenByAlice.Select(m => (m.Content!, m.Seq)));
        var history = await alice.HistoryAsync(session.ToString(), "?after_seq=0");
        Assert.Equal([1L, 2L], history.Seqs());
        Assert.Single(history["items"]!.AsArray(), item => item!["client_message_id"]?.GetValue<string>() == "lost-ack");
    }

    [Fact]
    public async Task A_token_refresh_before_expiry_keeps_the_socket_going()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = Guid.Parse((await alice.CreateSessionAsync("Refresh", "direct", bob.Id)).Id());
        var credentials = await platform.CredentialsAsync(bob);
        var firstToken = credentials.Tokens.AccessToken;
        credentials.RefreshLead = credentials.Tokens.ExpiresAt - DateTimeOffset.UtcNow - TimeSpan.FromSeconds(2);
        var refreshed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        credentials.Refreshed += _ => refreshed.TrySetResult();
        await using var bobSocket = await platform.ConnectAsync(credentials, session, sinceSeq: 0);

        await alice.SendAsync(session.ToString(), "before");
        await refreshed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        credentials.RefreshLead = TimeSpan.FromSeconds(60);
        await alice.SendAsync(session.ToString(), "during");
        var bobAck = await bobSocket.SendAsync("bob after refresh");
        await alice.SendAsync(session.ToString(), "after");

        var seen = await bobSocket.MessagesAsync(4);
        Assert.Equal(["before", "during", "bob after refresh", "after"], seen.Select(m => m.Content));
        Assert.Equal([1L, 2L, 3L, 4L], seen.Select(m => m.Seq));
        Assert.Equal(3, bobAck.Seq);
        Assert.NotEqual(firstToken, credentials.Tokens.AccessToken);
        Assert.True(bobSocket.Reconnects >= 1, "the socket was not reopened with the new token");
        Assert.Equal(ChatConnectionState.Open, bobSocket.State);
    }

    [Fact]
    public async Task A_refused_handshake_is_a_typed_error()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var stranger = await TestUser.RegisterAsync(platform, "stranger");
        var session = Guid.Parse((await alice.CreateSessionAsync("Private", "group")).Id());

        var refused = await Assert.ThrowsAsync<ChatConnectException>(async () => await platform.ConnectAsync(await platform.CredentialsAsync(stranger), session));
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
    }

    private static async Task SendPacedAsync(TestUser sender, Guid session, int count)
    {
        var pacer = new SendPacer();
        for (var index = 1; index <= count; index++)
        {
            await pacer.WaitAsync();
            await sender.SendAsync(session.ToString(), $"m{index}");
        }
    }
}
