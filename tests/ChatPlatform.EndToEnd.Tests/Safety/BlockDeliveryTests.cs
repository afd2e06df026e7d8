using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Presence;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Safety;

/// <summary>
/// SPEC.md section 5 over the WebSocket: in a group session the blocker's sockets get none of the blocked user's
/// messages, typing or read receipts, while the other members get them; unblocking resumes delivery. The blocker and
/// the blocked user sit on different Presence replicas; the witness shares the blocker's replica, so whatever the
/// witness got, the blocker's replica has handled too (and a ping on the blocker's socket flushes it).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BlockDeliveryTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_blocker_gets_none_of_the_blocked_users_frames_across_replicas_and_unblocking_resumes_delivery()
    {
        var admin = await platform.AdminAsync();
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var mallory = await TestUser.RegisterAsync(platform, "mallory");
        var carol = await TestUser.RegisterAsync(platform, "carol");
        var session = (await carol.CreateSessionAsync("Blocks", "group", alice.Id, mallory.Id)).Id();
        Assert.Equal(HttpStatusCode.OK, (await alice.Http.PostAsJsonAsync("/api/v1/chat/block", new { user_id = mallory.Id })).StatusCode);

        var open = new List<ChatSocket>();
        try
        {
            var (aliceSocket, aliceReplica) = await platform.ConnectOnReplicaAsync(admin, SessionSocket(session, alice), open);
            var (mallorySocket, _) = await platform.ConnectOnReplicaAsync(admin, SessionSocket(session, mallory), open, replica => replica != aliceReplica);
            var (carolSocket, _) = await platform.ConnectOnReplicaAsync(admin, SessionSocket(session, carol), open, replica => replica == aliceReplica);
            await WaitUntilFilteredAsync(aliceSocket, mallorySocket, carolSocket, blocked: true);

            await mallorySocket.SendTextAsync("hidden words", "hidden-1");
            await mallorySocket.SendAsync(new { message_type = "typing", is_typing = true });
            var hidden = await carolSocket.WaitForMessageAsync("hidden words");
            await carolSocket.WaitForAsync(frame => frame.Type() == "typing" && frame.Str("user_id") == mallory.Id.ToString());
            await mallorySocket.SendAsync(new { message_type = "read", up_to_seq = hidden.Seq() });
            await carolSocket.WaitForAsync(frame => frame.Type() == "read_receipt" && frame.Str("user_id") == mallory.Id.ToString());
            await carolSocket.SendTextAsync("visible words", "visible-1");
            var visible = await aliceSocket.WaitForMessageAsync("visible words");
            await aliceSocket.PingAsync();

            Assert.Equal(hidden.Seq() + 1, visible.Seq());
            Assert.DoesNotContain(aliceSocket.Received, frame => frame.Str("content") == "hidden words");
            Assert.DoesNotContain(aliceSocket.Received, frame => frame.Type() is "typing" or "read_receipt" && frame.Str("user_id") == mallory.Id.ToString());

            Assert.Equal(HttpStatusCode.OK, (await alice.Http.PostAsJsonAsync("/api/v1/chat/unblock", new { user_id = mallory.Id })).StatusCode);
            await WaitUntilFilteredAsync(aliceSocket, mallorySocket, carolSocket, blocked: false);
            await mallorySocket.SendAsync(new { message_type = "typing", is_typing = false });
            await mallorySocket.SendAsync(new { message_type = "typing", is_typing = true });
            await aliceSocket.WaitForAsync(frame => frame.Type() == "typing" && frame.Str("user_id") == mallory.Id.ToString());
            await mallorySocket.SendAsync(new { message_type = "read", up_to_seq = visible.Seq() });
            await aliceSocket.WaitForAsync(frame => frame.Type() == "read_receipt" && frame.Str("user_id") == mallory.Id.ToString());
        }
        finally
        {
            foreach (var socket in open)
            {
                await socket.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Block changes travel over the bus: sends a probe from the blocked user and a marker from the witness until the
    /// blocker's socket gets the marker without the probe (<paramref name="blocked"/>) or with it (not blocked).
    /// Seqs are delivered in order, so the marker arriving settles whether the probe was skipped.
    /// </summary>
    private static async Task WaitUntilFilteredAsync(ChatSocket blocker, ChatSocket blockedUser, ChatSocket witness, bool blocked)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var probe = $"probe-{blocked}-{attempt}-{Guid.NewGuid():N}";
            await blockedUser.SendTextAsync(probe, probe);
            await witness.WaitForMessageAsync(probe);
            var marker = $"marker-{blocked}-{attempt}-{Guid.NewGuid():N}";
            await witness.SendTextAsync(marker, marker);
            await blocker.WaitForMessageAsync(marker);
            var probeSeen = blocker.Received.Any(frame => frame.Str("content") == probe);
            if (probeSeen != blocked)
            {
                return;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The block change (blocked: {blocked}) did not reach Presence.");
    }
}
