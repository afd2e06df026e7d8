using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>The session list's <c>unread_count</c> and <c>last_message</c> (from Messages) and its activity order.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionSummariesTests(PlatformFixture platform)
{
    [Fact]
    public async Task List_shows_unread_count_and_last_message_and_puts_the_active_session_first()
    {
        var alice = await TestUser.RegisterAsync(platform, "reader");
        var bob = await TestUser.RegisterAsync(platform, "writer");
        var quiet = await alice.CreateSessionAsync("Quiet", "group", bob.Id);
        var busy = await alice.CreateSessionAsync("Busy", "group", bob.Id);
        var later = await alice.CreateSessionAsync("Later", "group", bob.Id);

        await bob.SendAsync(busy.Id(), "first");
        var last = await bob.SendAsync(busy.Id(), "second");

        // Both travel asynchronously: the order over the bus, the counts from Messages (which a list may skip while it is down).
        var page = await MessagesApi.EventuallyAsync(async () =>
        {
            var list = await alice.GetJsonAsync(SessionsPath);
            return list.Ids().FirstOrDefault() == busy.Id() && list["items"]![0]!["unread_count"]!.GetValue<int>() > 0 ? list : null;
        }, "the session with new messages to move to the top of the list with its unread count", TimeSpan.FromSeconds(30));

        Assert.Equal([busy.Id(), later.Id(), quiet.Id()], page.Ids());
        var item = page["items"]![0]!;
        Assert.Equal(2, item["unread_count"]!.GetValue<int>());
        Assert.Equal(last.Id(), item["last_message"]!["id"]!.GetValue<string>());
        Assert.Equal("second", item["last_message"]!["content"]!.GetValue<string>());
        Assert.Equal(0, page["items"]![1]!["unread_count"]!.GetValue<int>());
        Assert.Null(page["items"]![1]!["last_message"]);

        var single = await alice.GetJsonAsync($"{SessionsPath}/{busy.Id()}");
        Assert.Equal(2, single["unread_count"]!.GetValue<int>());
        var forSender = await bob.GetJsonAsync($"{SessionsPath}/{busy.Id()}");
        Assert.Equal(0, forSender["unread_count"]!.GetValue<int>());
    }
}
