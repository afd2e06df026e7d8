using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>Blocks (made through Moderation, projected by Sessions over the bus) keep the blocked user from bringing the blocker into sessions.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BlockingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_blocked_user_cannot_open_a_session_with_the_blocker_or_add_them_until_unblocked()
    {
        var blocker = await TestUser.RegisterAsync(platform, "blocker");
        var blocked = await TestUser.RegisterAsync(platform, "blocked");
        var friend = await TestUser.RegisterAsync(platform, "friend");
        var group = await blocked.CreateSessionAsync("Blocked user's group", "group", friend.Id);

        var block = await blocker.Http.PostAsJsonAsync("/api/v1/chat/block", new { user_id = blocked.Id });
        Assert.Equal(HttpStatusCode.OK, block.StatusCode);

        // The block reaches Sessions over the bus; until then a group with the blocker may still be created.
        await MessagesApi.EventuallyAsync(async () =>
        {
            var attempt = await blocked.Http.PostAsJsonAsync(SessionsPath, new { title = "probe", kind = "group", participant_ids = new[] { blocker.Id } });
            return attempt.StatusCode == HttpStatusCode.Forbidden ? attempt : null;
        }, "Sessions to learn about the block");

        var direct = await blocked.Http.PostAsJsonAsync(SessionsPath, new { title = "Hi", kind = "direct", participant_ids = new[] { blocker.Id } });
        var problem = await ProblemAssert.IsProblemAsync(direct, HttpStatusCode.Forbidden, "blocked");
        Assert.DoesNotContain(blocker.Id.ToString(), problem["detail"]!.GetValue<string>());
        var add = await blocked.Http.PostAsJsonAsync($"{SessionsPath}/{group.Id()}/participants", new { user_id = blocker.Id });
        await ProblemAssert.IsProblemAsync(add, HttpStatusCode.Forbidden, "blocked");
        Assert.DoesNotContain(blocker.Id, (await blocked.GetJsonAsync($"{SessionsPath}/{group.Id()}")).Guids("participant_ids"));

        // The block is one-way: the blocker may still open a session with the blocked user, and others are unaffected.
        Assert.Equal("direct", (await blocker.CreateSessionAsync("From the blocker", "direct", blocked.Id))["kind"]!.GetValue<string>());
        await friend.CreateSessionAsync("Friend and blocker", "group", blocker.Id);

        var unblock = await blocker.Http.PostAsJsonAsync("/api/v1/chat/unblock", new { user_id = blocked.Id });
        Assert.Equal(HttpStatusCode.OK, unblock.StatusCode);
        var added = await MessagesApi.EventuallyAsync(async () =>
        {
            var attempt = await blocked.Http.PostAsJsonAsync($"{SessionsPath}/{group.Id()}/participants", new { user_id = blocker.Id });
            return attempt.StatusCode == HttpStatusCode.Created ? attempt : null;
        }, "Sessions to learn about the unblock");
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
    }
}
