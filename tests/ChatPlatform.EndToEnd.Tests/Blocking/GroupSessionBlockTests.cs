using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.RichMessaging;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.Blocking;

/// <summary>
/// SPEC.md section 5: in a group session the blocker does not see the blocked user's messages in history or
/// unread counts; unblocking shows what comes after it, while what was said during the block stays hidden.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GroupSessionBlockTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_blocker_does_not_see_the_blocked_users_messages_nor_count_them_and_sees_what_comes_after_the_unblock()
    {
        var alice = await TestUser.RegisterAsync(platform, "groupblocker");
        var bob = await TestUser.RegisterAsync(platform, "groupblockee");
        var carol = await TestUser.RegisterAsync(platform, "groupother");
        var group = await alice.CreateSessionAsync("Group", "group", bob.Id, carol.Id);
        var beforeBlock = await bob.SendAsync(group.Id(), "before the block");

        await alice.BlockAsync(bob.Id);
        await MessagesApi.EventuallyAsync(async () =>
            (await alice.HistoryAsync(group.Id())).Ids().Contains(beforeBlock.Id()) ? null : new object(),
            "the blocked user's messages to disappear from the blocker's history");
        await bob.SendAsync(group.Id(), "during the block");
        var fromCarol = await carol.SendAsync(group.Id(), "carol speaks");

        Assert.Equal([fromCarol.Id()], (await alice.HistoryAsync(group.Id())).Ids());
        Assert.Equal(3, (await carol.HistoryAsync(group.Id())).Ids().Count);
        var listed = await MessagesApi.EventuallyAsync(async () =>
        {
            var session = await alice.GetJsonAsync($"{SessionsApi.SessionsPath}/{group.Id()}");
            return session["last_message"]?["id"]?.GetValue<string>() == fromCarol.Id() ? session : null;
        }, "the session's summary to show carol's message");
        Assert.Equal(1, listed["unread_count"]!.GetValue<int>());

        await alice.UnblockAsync(bob.Id);
        var afterUnblock = await MessagesApi.EventuallyAsync(async () =>
        {
            var history = await alice.HistoryAsync(group.Id());
            return history.Ids().Contains(beforeBlock.Id()) ? history : null;
        }, "the unblock to reach Messages");
        var later = await bob.SendAsync(group.Id(), "after the unblock");

        var final = await alice.HistoryAsync(group.Id(), "?after_seq=0");
        Assert.Equal(["before the block", "carol speaks", "after the unblock"], final.Contents());
        Assert.Equal(later.Id(), final.Ids()[^1]);
        Assert.DoesNotContain("during the block", afterUnblock.Contents());
        var summary = await alice.GetJsonAsync($"{SessionsApi.SessionsPath}/{group.Id()}");
        Assert.Equal(3, summary["unread_count"]!.GetValue<int>());
    }
}
