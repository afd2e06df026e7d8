using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.RichMessaging;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.Blocking;

/// <summary>SPEC.md section 5: in a direct session the blocked user's sends are refused with 403 blocked.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DirectSessionBlockTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_blocked_users_send_in_a_direct_session_is_403_blocked_and_works_again_after_the_unblock()
    {
        var alice = await TestUser.RegisterAsync(platform, "blocker");
        var bob = await TestUser.RegisterAsync(platform, "blockee");
        var direct = await alice.CreateSessionAsync("Direct", "direct", bob.Id);
        var before = await bob.SendAsync(direct.Id(), "hi alice");

        await alice.BlockAsync(bob.Id);
        var refused = await MessagesApi.EventuallyAsync(async () =>
        {
            var response = await bob.PostMessageAsync(direct.Id(), new { message_type = "text", content = "are you there?" });
            return response.StatusCode == HttpStatusCode.Forbidden ? response : null;
        }, "Messages to learn of the block");
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, "blocked");
        await ProblemAssert.IsProblemAsync(await bob.EditAsync(before.Id(), "edited while blocked"), HttpStatusCode.Forbidden, "blocked");
        var aliceStillWrites = await alice.SendAsync(direct.Id(), "I can still write");

        await alice.UnblockAsync(bob.Id);
        var after = await MessagesApi.EventuallyAsync(async () =>
        {
            var response = await bob.PostMessageAsync(direct.Id(), new { message_type = "text", content = "back again", client_message_id = "after-unblock" });
            return response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        }, "Messages to learn of the unblock");

        var history = await alice.HistoryAsync(direct.Id(), "?after_seq=0");
        Assert.Equal([before.Id(), aliceStillWrites.Id(), after.Id()], history.Ids());
    }
}
