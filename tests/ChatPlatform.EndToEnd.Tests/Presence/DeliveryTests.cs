using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>Exactly once and in seq order as the client sees it: resume, retries, replicas (SPEC.md section 4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class DeliveryTests(PlatformFixture platform)
{
    [Fact]
    public async Task Resume_with_since_seq_gets_every_message_once_in_order_including_those_sent_during_the_replay()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Resume", "group", bob.Id)).Id();
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        var pacer = new SendPacer();
        for (var index = 1; index <= 50; index++)
        {
            await pacer.WaitAsync();
            await aliceSocket.SendTextAsync($"m{index}", $"resume-{index}");
            await aliceSocket.WaitForAckAsync($"resume-{index}");
        }

        var sending = Task.Run(async () =>
        {
            for (var index = 51; index <= 70; index++)
            {
                await pacer.WaitAsync();
                await aliceSocket.SendTextAsync($"m{index}", $"resume-{index}");
                await Task.Delay(10);
            }
        });
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob, sinceSeq: 0));
        await using var lateSocket = await platform.ConnectAsync(SessionSocket(session, bob, sinceSeq: 25));
        await sending;

        Assert.Equal(Enumerable.Range(1, 70).Select(seq => (long)seq), await CollectSeqsUntilAsync(bobSocket, 70));
        Assert.Equal(Enumerable.Range(26, 45).Select(seq => (long)seq), await CollectSeqsUntilAsync(lateSocket, 70));
        var history = await bob.HistoryAsync(session, "?after_seq=0&limit=200");
        Assert.Equal(Enumerable.Range(1, 70).Select(seq => $"m{seq}"), history["items"]!.AsArray().Select(item => item!["content"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_same_client_message_id_three_times_is_one_message_and_three_identical_acks()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Retry", "direct", bob.Id)).Id();
        await using var aliceSocket = await platform.ConnectAsync(SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await aliceSocket.SendTextAsync("only once", "retry-1");
        }
        var acks = new List<JsonObject>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            acks.Add(await aliceSocket.WaitForAckAsync("retry-1"));
        }
        await bobSocket.WaitForMessageAsync("only once");
        await aliceSocket.SendTextAsync("after", "retry-2");
        await bobSocket.WaitForMessageAsync("after");
        await bobSocket.PingAsync();

        Assert.All(acks, ack => Assert.True(JsonNode.DeepEquals(acks[0], ack)));
        Assert.Equal(1, acks[0].Seq());
        Assert.DoesNotContain(bobSocket.Received, frame => frame.Str("content") == "only once");
        Assert.Equal([2L, 1L], (await bob.HistoryAsync(session)).Seqs());
    }

    [Fact]
    public async Task Clients_on_different_presence_replicas_exchange_messages_typing_and_receipts()
    {
        var admin = await platform.AdminAsync();
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Across", "direct", bob.Id)).Id();
        var open = new List<ChatSocket>();
        try
        {
            var (aliceSocket, aliceInstance) = await platform.ConnectOnReplicaAsync(admin, SessionSocket(session, alice), open);
            var (bobSocket, bobInstance) = await platform.ConnectOnReplicaAsync(admin, SessionSocket(session, bob), open, instance => instance != aliceInstance);
            Assert.NotEqual(aliceInstance, bobInstance);

            await aliceSocket.SendTextAsync("from A", "x-1");
            await bobSocket.WaitForMessageAsync("from A");
            await bobSocket.SendTextAsync("from B", "x-2");
            await aliceSocket.WaitForMessageAsync("from B");
            await bobSocket.SendAsync(new { message_type = "typing", is_typing = true });
            Assert.Equal(bob.Id.ToString(), (await aliceSocket.WaitForTypeAsync("typing")).Str("user_id"));
            await aliceSocket.SendAsync(new { message_type = "read", up_to_seq = 2 });
            Assert.Equal(2, (await bobSocket.WaitForTypeAsync("read_receipt"))["up_to_seq"]!.GetValue<long>());
        }
        finally
        {
            foreach (var socket in open)
            {
                await socket.DisposeAsync();
            }
        }
    }

    /// <summary>Every message seq the socket receives, in arrival order, up to <paramref name="lastSeq"/> and whatever follows before a pong.</summary>
    private static async Task<List<long>> CollectSeqsUntilAsync(ChatSocket socket, long lastSeq)
    {
        var seqs = new List<long>();
        while (true)
        {
            var frame = await socket.WaitForAsync(_ => true, TimeSpan.FromSeconds(30));
            if (IsMessage(frame))
            {
                seqs.Add(frame.Seq());
                if (frame.Seq() == lastSeq)
                {
                    break;
                }
            }
        }
        await socket.PingAsync();
        seqs.AddRange(socket.Received.Where(IsMessage).Select(frame => frame.Seq()));
        return seqs;
    }

    private static bool IsMessage(JsonObject frame) => frame["seq"] is not null && frame.Type() != "ack";
}
